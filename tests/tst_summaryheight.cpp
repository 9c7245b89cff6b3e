// SPDX-License-Identifier: MIT
// The summary over the tabs keeps the height of the tallest summary it has shown at its width (a role
// switch then moves nothing under it, and only what changed is drawn again), and always shows its
// whole text: at 1180 and 800 pixels wide, in English and in Spanish.
#include "appsettings.h"
#include "cataloguedatabase.h"
#include "comparison.h"
#include "comparisonsession.h"
#include "glancemodel.h"
#include "mainwindow.h"
#include "summarylabel.h"
#include "translations.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace cc;

namespace
{

// Role B in turn: long titles and short ones, so that the summary takes more lines and fewer.
const QStringList Bs {
    QStringLiteral("29-1141.00"), // Registered Nurses
    QStringLiteral("51-4033.00"), // Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, …
    QStringLiteral("27-2011.00"), // Actors (no salary)
    QStringLiteral("51-9012.00"), // Separating, Filtering, Clarifying, Precipitating, and Still …
    QStringLiteral("AI-0001"), // a seed-page role
    QStringLiteral("15-1252.00"), // the same role as A
    QStringLiteral("29-2043.00"), // Paramedics
};

// The height a QLabel with the same text, font and settings needs at `width`: the whole text.
int neededHeight(const QLabel &label, int width)
{
    QLabel plain;
    plain.setFont(label.font());
    plain.setTextFormat(label.textFormat());
    plain.setWordWrap(label.wordWrap());
    plain.setTextInteractionFlags(label.textInteractionFlags());
    plain.setContentsMargins(label.contentsMargins());
    plain.setText(label.text());
    return plain.heightForWidth(width);
}

} // namespace

class TestSummaryHeight : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void labelKeepsItsTallestHeight();
    void sizeHintsAsQLabels_data();
    void sizeHintsAsQLabels();
    void windowKeepsTheTabsInPlace_data();
    void windowKeepsTheTabsInPlace();
    void glanceModelHoldsTheLastPair();
    void pairRememberedAfterSwitches();
    void cleanup();

private:
    std::unique_ptr<CatalogueDatabase> m_catalogue;
};

void TestSummaryHeight::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestSummaryHeight::cleanup()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSummaryHeight::labelKeepsItsTallestHeight()
{
    SummaryLabel label;
    label.setWordWrap(true);
    label.setTextFormat(Qt::PlainText);
    QVERIFY(label.alignment() & Qt::AlignTop); // the room kept is under the text
    const QString longText = QStringLiteral("word ").repeated(60).trimmed();
    const QString shortText = QStringLiteral("A short summary.");
    label.setText(longText);
    const int tall = label.heightForWidth(300);
    QCOMPARE(tall, neededHeight(label, 300));
    label.setText(shortText);
    QVERIFY(neededHeight(label, 300) < tall);
    QCOMPARE(label.heightForWidth(300), tall); // kept
    // At another width: what the text there needs, then kept there too.
    QCOMPARE(label.heightForWidth(500), neededHeight(label, 500));
    label.setText(longText);
    const int tallAt500 = label.heightForWidth(500);
    QCOMPARE(tallAt500, neededHeight(label, 500));
    label.setText(shortText);
    QCOMPARE(label.heightForWidth(500), tallAt500);
    // A longer text still gets all the room it needs.
    label.setText(longText + QLatin1Char(' ') + longText);
    QCOMPARE(label.heightForWidth(300), neededHeight(label, 300));
    QVERIFY(label.heightForWidth(300) > tall);
    // A new font gives up the room kept for the old one.
    label.setText(shortText);
    QFont font = label.font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    label.setFont(font);
    QCOMPARE(label.heightForWidth(300), neededHeight(label, 300));
}

void TestSummaryHeight::sizeHintsAsQLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << QStringLiteral("Nurses earn more.");
    QTest::newRow("summary") << QStringLiteral(
        "Software Developers: $79,850 to $211,450 a year; Registered Nurses: $66,030 to $135,320 (10th to "
        "90th percentile). Lower AI replacement risk: Registered Nurses (0.9% against 8.6%; both "
        "estimated). Higher future demand: Software Developers (10.0/10: +15.8% growth and 115,200 "
        "openings a year, against 9.5/10). They list 18 of 451 skills, knowledge areas and technologies "
        "in common.");
    QTest::newRow("one long word") << QStringLiteral("Electroencephalographic technologists compared");
}

// The least size (widest word, one line high) and the preferred size (80 characters wide) are what a
// QLabel with the same text says, measured without laying the whole text out again.
void TestSummaryHeight::sizeHintsAsQLabels()
{
    QFETCH(QString, text);
    SummaryLabel label;
    label.setWordWrap(true);
    label.setTextFormat(Qt::PlainText);
    label.setText(text);
    QLabel plain;
    plain.setWordWrap(true);
    plain.setTextFormat(Qt::PlainText);
    plain.setText(text);
    QVERIFY(qAbs(label.minimumSizeHint().width() - plain.minimumSizeHint().width()) <= 1);
    QCOMPARE(label.minimumSizeHint().height(), plain.minimumSizeHint().height());
    const QSize hint = label.sizeHint();
    QVERIFY(hint.width() >= plain.sizeHint().width());
    QCOMPARE(hint.height(), plain.heightForWidth(hint.width()));
    // A margin counts as it does for a QLabel.
    label.setMargin(5);
    plain.setMargin(5);
    QVERIFY(qAbs(label.minimumSizeHint().width() - plain.minimumSizeHint().width()) <= 1);
    QCOMPARE(label.minimumSizeHint().height(), plain.minimumSizeHint().height());
}

void TestSummaryHeight::windowKeepsTheTabsInPlace_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("spanish");
    QTest::newRow("1180 English") << 1180 << false;
    QTest::newRow("800 English") << 800 << false;
    QTest::newRow("1180 Spanish") << 1180 << true;
    QTest::newRow("800 Spanish") << 800 << true;
}

void TestSummaryHeight::windowKeepsTheTabsInPlace()
{
    QFETCH(int, width);
    QFETCH(bool, spanish);
    if (spanish)
        QVERIFY(installTranslations(QLocale(QLocale::Spanish)));
    MainWindow window(*m_catalogue);
    window.resize(width, 820);
    QVERIFY(window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *summary = window.findChild<SummaryLabel *>(QStringLiteral("summaryLabel"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *glance = window.findChild<QTableView *>(QStringLiteral("glanceView"));
    QVERIFY(summary && tabs && glance);

    int tallest = 0;
    int tabsTop = 0;
    int tallestHeader = 0;
    for (const QString &b : Bs) {
        QVERIFY(window.session()->setRoleB(b));
        QCoreApplication::processEvents();
        QCOMPARE(window.width(), width);
        const QString context = QStringLiteral("B %1 at %2 px").arg(b).arg(summary->width());
        QCOMPARE(summary->text(), window.session()->comparison().summary);
        // The whole summary is shown, and above the tabs.
        QVERIFY2(summary->height() >= neededHeight(*summary, summary->width()), qPrintable(context));
        QVERIFY2(summary->geometry().bottom() < tabs->geometry().top(), qPrintable(context));
        // Never shorter than the tallest summary so far; the tabs move only when it grows.
        QVERIFY2(summary->height() >= tallest, qPrintable(context));
        if (summary->height() == tallest)
            QVERIFY2(tabs->y() == tabsTop, qPrintable(context));
        tallest = summary->height();
        tabsTop = tabs->y();
        // The at-a-glance table's header keeps the height of its tallest titles; all its rows shown.
        QVERIFY2(glance->horizontalHeader()->height() >= tallestHeader, qPrintable(context));
        QVERIFY2(glance->horizontalHeader()->height() >= glance->horizontalHeader()->sizeHint().height(),
            qPrintable(context));
        tallestHeader = glance->horizontalHeader()->height();
        int rows = glance->horizontalHeader()->height() + 2 * glance->frameWidth();
        for (int row = 0; row < glance->model()->rowCount(); ++row)
            rows += glance->rowHeight(row);
        QVERIFY2(rows <= glance->height(), qPrintable(context));
    }
    // Back to the first pair: nothing under the summary has moved.
    QVERIFY(window.session()->setRoleB(Bs.first()));
    QCoreApplication::processEvents();
    QCOMPARE(summary->height(), tallest);
    QCOMPARE(tabs->y(), tabsTop);
}

// The glance model tells the view only which cells changed on a switch (not a reset): after a chain
// of switches every cell holds, for every role, what a new model of the last pair holds; and a switch
// of B leaves the attributes unannounced.
void TestSummaryHeight::glanceModelHoldsTheLastPair()
{
    const auto a = m_catalogue->role(QStringLiteral("15-1252.00"));
    QVERIFY(a);
    GlanceModel model;
    QVector<QModelIndex> announced;
    int resets = 0;
    connect(&model, &QAbstractItemModel::dataChanged, this,
        [&](const QModelIndex &from, const QModelIndex &to) { announced << from << to; });
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    for (const QString &code : Bs) {
        const auto b = m_catalogue->role(code);
        QVERIFY(b);
        const Comparison c = Comparison::of(*a, *b);
        announced.clear();
        model.setComparison(c, {});
        GlanceModel fresh;
        fresh.setComparison(c, {});
        QCOMPARE(model.rowCount(), fresh.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                         int(Qt::FontRole), int(Qt::ForegroundRole), int(Qt::TextAlignmentRole),
                         int(GlanceModel::VerdictRole), int(GlanceModel::MissingRole) })
                    QCOMPARE(model.data(model.index(row, column), role),
                        fresh.data(fresh.index(row, column), role));
            }
        }
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal), fresh.headerData(column, Qt::Horizontal));
        for (const QModelIndex &index : announced)
            QVERIFY(index.column() != GlanceModel::AttributeColumn);
    }
    QCOMPARE(resets, 1); // the first pair only: the attributes stay
}

// The pair on screen is remembered at each switch: readable at once, and written to the settings
// file a moment after the last switch, not at each one.
void TestSummaryHeight::pairRememberedAfterSwitches()
{
    const QString electricians = QStringLiteral("47-2111.00"); // in no other test here
    MainWindow window(*m_catalogue);
    QVERIFY(window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString file = QSettings().fileName();
    auto written = [&file] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    for (const QString &b : { QStringLiteral("29-2043.00"), QStringLiteral("27-2011.00"), electricians }) {
        QVERIFY(window.session()->setRoleB(b));
        QCoreApplication::processEvents();
        QCOMPARE(AppSettings().lastComparison(), qMakePair(QStringLiteral("15-1252.00"), b));
        QCOMPARE(AppSettings().recentComparisons().first(), qMakePair(QStringLiteral("15-1252.00"), b));
    }
    QVERIFY2(!written().contains(electricians), qPrintable(written()));
    QTRY_VERIFY_WITH_TIMEOUT(written().contains(QStringLiteral("b=") + electricians), 5000);
    QVERIFY(written().contains(QStringLiteral("15-1252.00|") + electricians));
}

int main(int argc, char *argv[])
{
    // A screen larger than the window, so that it opens at 1180×820 (the default offscreen screen
    // is smaller, and the window fits itself to it).
    QTemporaryDir config;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        QFile file(config.filePath(QStringLiteral("screen.json")));
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"screens": [{"name": "s1600", "x": 0, "y": 0, "width": 1600, "height": 1000,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    TestSummaryHeight test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_summaryheight.moc"
