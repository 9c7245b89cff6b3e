// SPDX-License-Identifier: MIT
// The window with Spanish terms: the picker finds roles by their Spanish names (accents ignored) and
// shows the matched term; in a Spanish interface each role's ESCO label is shown under its title.
#include "cataloguedatabase.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "rolepicker.h"
#include "rolesearchmodel.h"
#include "userstore.h"

#include <QtTest>

using namespace cc;

class TestEscoSubtitle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pickerFindsSpanishTermsAndShowsThem();
    void subtitleOnlyInSpanish();

private:
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestEscoSubtitle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestEscoSubtitle::init()
{
    m_store = UserStore::open(m_dir.filePath(QStringLiteral("userdata.sqlite"))).store;
    QVERIFY(m_store);
    m_window = std::make_unique<MainWindow>(*m_catalogue, m_store.get());
    m_window->setUnsavedPrompt([] { return MainWindow::UnsavedChoice::Discard; });
}

void TestEscoSubtitle::cleanup()
{
    m_window.reset();
    m_store.reset();
    QLocale::setDefault(QLocale::c());
}

void TestEscoSubtitle::pickerFindsSpanishTermsAndShowsThem()
{
    m_window->searchModel();
    RoleSearchProxy *proxy = m_window->ui()->pickerA->proxy();
    proxy->setQuery(QStringLiteral("ALBANIL"));
    QVERIFY(proxy->rowCount() >= 3);
    const QModelIndex first = proxy->index(0, 0);
    QCOMPARE(first.data(RoleSearchModel::CodeRole).toString(), QStringLiteral("47-2021.00"));
    QCOMPARE(first.data().toString(), QStringLiteral("alba\u00f1il \u2192 Brickmasons and Blockmasons"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Spanish term")));
    proxy->setQuery(QStringLiteral("plomero"));
    QCOMPARE(proxy->index(0, 0).data(RoleSearchModel::CodeRole).toString(), QStringLiteral("47-2152.00"));
    // English titles are found as before.
    proxy->setQuery(QStringLiteral("electricians"));
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Electricians"));
}

void TestEscoSubtitle::subtitleOnlyInSpanish()
{
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("47-2111.00")));
    auto *ui = m_window->ui();
    QCOMPARE(ui->pickerA->subtitle(),
        QStringLiteral("ESCO: enfermero responsable de cuidados generales/enfermera responsable de "
                       "cuidados generales"));
    QCOMPARE(ui->pickerB->subtitle(), QStringLiteral("ESCO: electricista"));
    // A role without a confident ESCO match has no subtitle (the seed page's role).
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("AI-0001")));
    QVERIFY(ui->pickerB->subtitle().isEmpty());
    // In English the titles stand alone.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("47-2111.00")));
    QVERIFY(ui->pickerA->subtitle().isEmpty());
    QVERIFY(ui->pickerB->subtitle().isEmpty());
}

QTEST_MAIN(TestEscoSubtitle)
#include "tst_escosubtitle.moc"
