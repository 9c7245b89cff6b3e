// SPDX-License-Identifier: MIT
// The window reads its search names on a thread of their own after the first paint (issue #13):
// the window goes on taking keystrokes meanwhile, what was typed before they came is searched when
// they come, Enter before then still chooses the best match, and a custom role saved later is found.
#include "cataloguedatabase.h"
#include "comparisonsession.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "rolejson.h"
#include "rolepicker.h"
#include "rolesearchmodel.h"
#include "userstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QtTest>

using namespace cc;

class TestSearchLoading : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void namesLoadAfterTheFirstPaintWithoutBeingAsked();
    void typingBeforeTheNamesComeIsSearchedWhenTheyCome();
    void enterBeforeTheNamesComeChoosesTheBestMatch();
    void aCustomRoleSavedLaterIsFound_data();
    void aCustomRoleSavedLaterIsFound();
    void closingWhileTheNamesAreReadIsSafe();

private:
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestSearchLoading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestSearchLoading::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("userdata.sqlite")));
    m_store = UserStore::open(m_dir.filePath(QStringLiteral("userdata.sqlite"))).store;
    QVERIFY(m_store);
    m_window = std::make_unique<MainWindow>(*m_catalogue, m_store.get());
    QVERIFY(m_window->compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    m_window->show();
}

void TestSearchLoading::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestSearchLoading::namesLoadAfterTheFirstPaintWithoutBeingAsked()
{
    QVERIFY(!m_window->searchNamesLoaded()); // nothing read before the window is on screen
    QTRY_VERIFY_WITH_TIMEOUT(m_window->searchNamesLoaded(), 60000);
    QVERIFY(m_window->searchModel()->rowCount() > 60000);
    QCOMPARE(m_window->ui()->pickerA->proxy()->rowCount(), m_catalogue->roles().size());
}

// The keystroke returns before the names are read (they are handed over by the event loop, which
// has not run yet), and the picker searches for it when they come.
void TestSearchLoading::typingBeforeTheNamesComeIsSearchedWhenTheyCome()
{
    RolePicker *picker = m_window->ui()->pickerB;
    picker->lineEdit()->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("enfermera"));
    QVERIFY(!m_window->searchNamesLoaded());
    QCOMPARE(picker->lineEdit()->text(), QStringLiteral("enfermera"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->searchNamesLoaded(), 60000);
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    QCOMPARE(picker->proxy()->query(), QStringLiteral("enfermera"));
    QVERIFY(picker->proxy()->rowCount() > 0);
    QCOMPARE(picker->proxy()->index(0, 0).data(RoleSearchModel::CodeRole).toString(),
        QStringLiteral("29-1141.00"));
    // The other picker was not typed in: it has the names, and lists the primary titles.
    QCOMPARE(m_window->ui()->pickerA->proxy()->query(), QString());
    QVERIFY(!m_window->ui()->pickerA->completer()->popup()->isVisible());
}

void TestSearchLoading::enterBeforeTheNamesComeChoosesTheBestMatch()
{
    RolePicker *picker = m_window->ui()->pickerB;
    picker->lineEdit()->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("electricista"));
    QVERIFY(!m_window->searchNamesLoaded());
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return); // waits for the names
    QVERIFY(m_window->searchNamesLoaded());
    QCOMPARE(m_window->session()->comparison().b.code, QStringLiteral("47-2111.00"));
    QCOMPARE(picker->lineEdit()->text(), QStringLiteral("Electricians"));
}

// Saved while the names are read (the reading starts again) and once they are there (read again at
// once): either way the picker finds it.
void TestSearchLoading::aCustomRoleSavedLaterIsFound_data()
{
    QTest::addColumn<bool>("whileReading");
    QTest::newRow("while the names are read") << true;
    QTest::newRow("once they are there") << false;
}

void TestSearchLoading::aCustomRoleSavedLaterIsFound()
{
    QFETCH(bool, whileReading);
    if (whileReading)
        m_window->loadSearchNames();
    else
        QTRY_VERIFY_WITH_TIMEOUT(m_window->searchNamesLoaded(), 60000);
    RolesParseResult parsed = parseRolesJson(R"({"title": "Dog Groomer Extraordinaire"})");
    QVERIFY(parsed.ok());
    QString error;
    QVERIFY2(m_window->addCustomRoles(parsed.roles, &error), qPrintable(error));
    if (whileReading)
        QVERIFY(!m_window->searchNamesLoaded());
    m_window->searchModel(); // waits for a reading in progress
    RoleSearchProxy *proxy = m_window->ui()->pickerA->proxy();
    proxy->setQuery(QStringLiteral("groomer extraordinaire"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Dog Groomer Extraordinaire (custom)"));
}

void TestSearchLoading::closingWhileTheNamesAreReadIsSafe()
{
    m_window->loadSearchNames();
    QVERIFY(!m_window->searchNamesLoaded());
    m_window.reset(); // stops the thread and waits for it
    QVERIFY(!m_window);
}

QTEST_MAIN(TestSearchLoading)
#include "tst_searchloading.moc"
