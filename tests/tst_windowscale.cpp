// SPDX-License-Identifier: MIT
// The window at a large scale factor (issue #13 item 11): with QT_SCALE_FACTOR=3 on the offscreen
// platform's screen (800×600 pixels, so 267×200 device-independent pixels) the window opens inside
// the screen, frame included, its content reachable by scrolling, and so does the custom-role dialog.
#include "cataloguedatabase.h"
#include "customroledialog.h"
#include "mainwindow.h"
#include "userstore.h"

#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QtTest>

using namespace cc;

class TestWindowScale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scaleIsThree();
    void windowOpensInsideTheScreen();
    void savedLargerGeometryStillFits();

private:
    void checkInside(QWidget *window);
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    QTemporaryDir m_dir;
};

void TestWindowScale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestWindowScale::scaleIsThree()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(screen->devicePixelRatio(), 3.0);
    QVERIFY(screen->availableGeometry().width() <= 300);
}

void TestWindowScale::checkInside(QWidget *window)
{
    const QRect screen = window->screen()->availableGeometry();
    QVERIFY2(screen.contains(window->frameGeometry()),
        qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 is not inside the screen %6x%7")
                       .arg(QString::fromLatin1(window->metaObject()->className()))
                       .arg(window->frameGeometry().x())
                       .arg(window->frameGeometry().y())
                       .arg(window->frameGeometry().width())
                       .arg(window->frameGeometry().height())
                       .arg(screen.width())
                       .arg(screen.height())));
}

void TestWindowScale::windowOpensInsideTheScreen()
{
    auto store = UserStore::open(m_dir.filePath(QStringLiteral("userdata.sqlite"))).store;
    QVERIFY(store);
    MainWindow window(*m_catalogue, store.get());
    QVERIFY(window.compare(QStringLiteral("29-1141.00"), QStringLiteral("15-1254.00")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    // The content is reachable: it scrolls inside the window.
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("contentScroll"));
    QVERIFY(scroll);
    QVERIFY(scroll->widget()->minimumSizeHint().width() > scroll->viewport()->width()
        || scroll->widget()->minimumSizeHint().height() > scroll->viewport()->height());
    checkInside(&window);
}

void TestWindowScale::savedLargerGeometryStillFits()
{
    // A size saved at scale 1 on a large screen, then opened at scale 3.
    QWidget big;
    big.setGeometry(0, 0, 1800, 1000);
    QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    auto store = UserStore::open(m_dir.filePath(QStringLiteral("userdata2.sqlite"))).store;
    MainWindow window(*m_catalogue, store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    checkInside(&window);
    QSettings().clear();
}

int main(int argc, char *argv[])
{
    qputenv("QT_SCALE_FACTOR", "3");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestWindowScale test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowscale.moc"
