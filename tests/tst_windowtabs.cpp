// SPDX-License-Identifier: MIT
// The window fills a tab when it is shown, not before: each tab, shown after role switches, swaps and a
// theme change, holds the comparison on screen. The widgets are reached by name (findChild), not through
// MainWindow's accessors, which fill every tab first.
#include "cataloguedatabase.h"
#include "comparisonsession.h"
#include "glancemodel.h"
#include "mainwindow.h"
#include "relatedrolesmodel.h"
#include "salarychartview.h"
#include "workactivitiesview.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

using namespace cc;

namespace
{
const QString SoftwareDevelopers = QStringLiteral("15-1252.00");
const QString RegisteredNurses = QStringLiteral("29-1141.00");
const QString Paramedics = QStringLiteral("29-2043.00");

// The widgets of `window` by name.
template <typename T> T *child(const MainWindow &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

QString headers(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column)
        texts << model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    return texts.join(QLatin1Char('|'));
}

QString cells(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->index(row, column).data().toString();
    }
    return texts.join(QLatin1Char('|'));
}

QString labels(const MainWindow &window, std::initializer_list<const char *> names)
{
    QStringList texts;
    for (const char *name : names)
        texts << child<QLabel>(window, name)->text();
    return texts.join(QLatin1Char('|'));
}

// What the tab named `tab` of `window` shows, as text: both roles' headings, titles and figures.
QString shownOn(const MainWindow &window, const QString &tab)
{
    if (tab == QLatin1String("glanceTab")) {
        const auto *glance = child<QTableView>(window, "glanceView")->model();
        QString chart; // the salary chart's every label
        for (const ChartDrawing::Label &label :
            child<SalaryChartView>(window, "salaryChartView")->drawing().labels)
            chart += label.text + QLatin1Char('|');
        return headers(glance) + cells(glance) + chart;
    }
    if (tab == QLatin1String("chartsTab")) {
        const QChart *chart = child<QChartView>(window, "demandChartView")->chart();
        const auto *figures = child<QTableView>(window, "chartFiguresView")->model();
        return headers(figures) + cells(figures) + chart->title() + QString::number(chart->series().size());
    }
    if (tab == QLatin1String("workTab")) {
        const auto *work = child<WorkActivitiesView>(window, "workActivities");
        return work->modelA()->heading() + work->modelB()->heading() + cells(work->modelB());
    }
    if (tab == QLatin1String("skillsTab"))
        return labels(window, { "onlyAHeading", "sharedHeading", "onlyBHeading", "similarityLabel" })
            + cells(child<QListView>(window, "onlyBView")->model());
    if (tab == QLatin1String("verdictTab"))
        return child<QTextBrowser>(window, "verdictBrowser")->toPlainText();
    if (tab == QLatin1String("roadmapTab"))
        return labels(window, { "roadmapTitle", "roadmapEstimate" })
            + cells(child<QListView>(window, "roadmapView")->model())
            + child<QTextBrowser>(window, "wayInBrowser")->toPlainText();
    if (tab == QLatin1String("relatedTab"))
        return labels(
                   window, { "relatedAHeading", "relatedBHeading", "mobilityAHeading", "mobilityBHeading" })
            + cells(child<QListView>(window, "relatedBView")->model())
            + cells(child<QListView>(window, "mobilityBView")->model());
    return QString();
}
} // namespace

class TestWindowTabs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hiddenTabsWaitUntilShown();
    void everyTabWorksOnceShown();
    void shownTabHoldsTheComparison_data();
    void shownTabHoldsTheComparison();
    void themeReachesATabShownLater();
    void summaryIsSelectable();
    void salaryChartIsThereWhenShown();
    void textIsNotShaped();

private:
    template <typename T> T *child(const char *name) const { return ::child<T>(*m_window, name); }
    QTabWidget *tabs() const { return child<QTabWidget>("tabs"); }
    void show(const char *tab) { tabs()->setCurrentWidget(child<QWidget>(tab)); }
    // What a window opened on the pair shows on `tab`.
    QString expected(const QString &a, const QString &b, const QString &tab) const;

    std::unique_ptr<CatalogueDatabase> m_catalogue;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestWindowTabs::init()
{
    m_window = std::make_unique<MainWindow>(*m_catalogue);
    m_window->show();
}

void TestWindowTabs::cleanup()
{
    m_window.reset();
}

QString TestWindowTabs::expected(const QString &a, const QString &b, const QString &tab) const
{
    MainWindow fresh(*m_catalogue);
    fresh.show();
    ::child<QTabWidget>(fresh, "tabs")->setCurrentWidget(::child<QWidget>(fresh, tab.toLatin1().constData()));
    if (!fresh.compare(a, b))
        return QStringLiteral("cannot compare");
    return shownOn(fresh, tab);
}

// A tab off screen is neither built nor filled: its page has no widgets until it is first shown (the
// window opens on the glance tab, and the other tabs' widgets cost its first paint), then it is built
// and filled at once, and stays built.
void TestWindowTabs::hiddenTabsWaitUntilShown()
{
    QVERIFY(m_window->compare(SoftwareDevelopers, RegisteredNurses));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(tabs()->currentWidget()->objectName(), QStringLiteral("glanceTab"));
    QCOMPARE(shownOn(*m_window, QStringLiteral("glanceTab")),
        expected(SoftwareDevelopers, RegisteredNurses, QStringLiteral("glanceTab")));
    for (const char *tab : { "chartsTab", "workTab", "skillsTab", "verdictTab", "roadmapTab", "relatedTab" })
        QVERIFY2(child<QWidget>(tab)->children().isEmpty(), tab);
    for (const char *name : { "demandChartView", "chartFiguresView", "workActivities", "onlyBHeading",
             "verdictBrowser", "roadmapView", "relatedAView", "mobilityBView" })
        QVERIFY2(!m_window->findChild<QWidget *>(QLatin1String(name)), name);

    show("workTab");
    auto *work = child<WorkActivitiesView>("workActivities");
    QVERIFY(work->isVisible()); // at once, not at the next turn of the event loop
    QVERIFY(work->modelA()->rowCount() > 0);
    QVERIFY(work->modelB()->heading().startsWith(QStringLiteral("Registered Nurses")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("onlyBHeading"))); // Skills is still not shown
    QVERIFY(child<QWidget>("skillsTab")->children().isEmpty());
    show("glanceTab");
    show("workTab");
    QCOMPARE(child<QWidget>("workTab")->findChildren<WorkActivitiesView *>().size(), 1); // built once
}

// Every tab, reached from the keyboard as a user would (Ctrl+Tab), is built, drawn in full and holds the
// comparison; Tab from the tab bar goes into the page on screen; the controls have their names.
void TestWindowTabs::everyTabWorksOnceShown()
{
    QVERIFY(m_window->compare(SoftwareDevelopers, RegisteredNurses));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QStringList seen;
    for (int i = 1; i < tabs()->count(); ++i) {
        tabs()->tabBar()->setFocus();
        QTest::keyClick(tabs(), Qt::Key_Tab, Qt::ControlModifier);
        QWidget *page = tabs()->currentWidget();
        QCOMPARE(tabs()->currentIndex(), i);
        const QString tab = page->objectName();
        seen << tab;
        // Shown in full at once: every control of the page is visible with a size, before any paint.
        const QList<QWidget *> controls = page->findChildren<QWidget *>();
        QVERIFY2(!controls.isEmpty(), qPrintable(tab));
        for (const QWidget *w : controls) {
            if (w->parentWidget() == page)
                QVERIFY2(w->isVisible() && !w->geometry().isEmpty(), qPrintable(tab + w->objectName()));
        }
        QCOMPARE(shownOn(*m_window, tab), expected(SoftwareDevelopers, RegisteredNurses, tab));
        tabs()->tabBar()->setFocus();
        QTest::keyClick(tabs()->tabBar(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused && page->isAncestorOf(focused), qPrintable(tab));
    }
    QCOMPARE(seen.join(QLatin1Char(' ')),
        QStringLiteral("chartsTab workTab skillsTab verdictTab roadmapTab relatedTab clientTab"));
    // What the controls of the tabs built on demand do.
    QCOMPARE(child<QListView>("relatedAView")->model()->rowCount() > 0, true);
    const QString roadmapBefore = child<QLabel>("roadmapTitle")->text();
    show("roadmapTab");
    child<QPushButton>("reverseRoadmapButton")->click();
    QVERIFY(child<QLabel>("roadmapTitle")->text() != roadmapBefore);
    show("relatedTab");
    auto *related = child<QListView>("relatedAView");
    const QModelIndex first = related->model()->index(0, 0);
    const QString code = first.data(RelatedRolesModel::CodeRole).toString();
    QVERIFY(!code.isEmpty());
    emit related->activated(first);
    QCOMPARE(m_window->session()->comparison().b.code, code);
    QCOMPARE(m_window->session()->comparison().a.code, SoftwareDevelopers);
}

void TestWindowTabs::shownTabHoldsTheComparison_data()
{
    QTest::addColumn<QString>("tab");
    for (const char *tab :
        { "glanceTab", "chartsTab", "workTab", "skillsTab", "verdictTab", "roadmapTab", "relatedTab" })
        QTest::newRow(tab) << QString::fromLatin1(tab);
}

void TestWindowTabs::shownTabHoldsTheComparison()
{
    QFETCH(QString, tab);
    const QByteArray name = tab.toLatin1();
    QVERIFY(m_window->compare(SoftwareDevelopers, RegisteredNurses));
    show(name.constData());
    const QString first = shownOn(*m_window, tab);
    QCOMPARE(first, expected(SoftwareDevelopers, RegisteredNurses, tab));

    // Changed while another tab is on screen: not refilled off screen; the new pair once shown.
    show(tab == QLatin1String("glanceTab") ? "clientTab" : "glanceTab");
    QVERIFY(m_window->session()->setRoleB(Paramedics));
    QCOMPARE(shownOn(*m_window, tab), first);
    show(name.constData());
    QCOMPARE(shownOn(*m_window, tab), expected(SoftwareDevelopers, Paramedics, tab));

    // Changed while it is on screen: refreshed at once.
    m_window->session()->swap();
    QCOMPARE(shownOn(*m_window, tab), expected(Paramedics, SoftwareDevelopers, tab));
    QVERIFY(m_window->session()->setRoleA(RegisteredNurses));
    QCOMPARE(shownOn(*m_window, tab), expected(RegisteredNurses, SoftwareDevelopers, tab));
}

void TestWindowTabs::themeReachesATabShownLater()
{
    auto background = [this](const char *view) {
        if (auto *salary = qobject_cast<SalaryChartView *>(child<QWidget>(view)))
            return salary->grab().toImage().pixelColor(2, 2).lightness();
        return child<QChartView>(view)->chart()->backgroundBrush().color().lightness();
    };
    QVERIFY(m_window->compare(SoftwareDevelopers, RegisteredNurses));
    show("skillsTab");
    m_window->setTheme(ThemeChoice::Dark);
    show("glanceTab");
    QVERIFY(background("salaryChartView") < 128);
    show("chartsTab");
    QVERIFY(background("demandChartView") < 128);
    m_window->setTheme(ThemeChoice::Light);
    QVERIFY(background("demandChartView") > 200);
    show("glanceTab");
    QVERIFY(background("salaryChartView") > 200);
}

// Laid out as plain text until clicked; a click makes it selectable with the mouse and the keyboard, as
// it always was.
void TestWindowTabs::summaryIsSelectable()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->compare(SoftwareDevelopers, RegisteredNurses));
    auto *summary = child<QLabel>("summaryLabel");
    QVERIFY(summary->text().startsWith(QStringLiteral("Software Developers: ")));
    QTest::mouseClick(summary, Qt::LeftButton, {}, QPoint(2, 2));
    QVERIFY(summary->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(summary->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QVERIFY(summary->hasFocus());
    summary->setSelection(0, 19);
    QCOMPARE(summary->selectedText(), QStringLiteral("Software Developers"));
}

// Compared before it is shown, as at start-up: the salary chart is built when the window is shown, at
// its real size, and is the chart of the pair.
void TestWindowTabs::salaryChartIsThereWhenShown()
{
    MainWindow window(*m_catalogue);
    QVERIFY(window.compare(SoftwareDevelopers, RegisteredNurses));
    window.show();
    QCOMPARE(shownOn(window, QStringLiteral("glanceTab")),
        expected(SoftwareDevelopers, RegisteredNurses, QStringLiteral("glanceTab")));
    // Both bars and their titles, at the view's size.
    const auto *view = ::child<SalaryChartView>(window, "salaryChartView");
    const ChartDrawing &drawing = view->drawing();
    QVERIFY(view->rect().contains(drawing.plot.toRect()));
    QStringList labels;
    for (const ChartDrawing::Label &label : drawing.labels)
        labels << label.text;
    QVERIFY2(labels.join(QLatin1Char(' ')).contains(QStringLiteral("Software Developers")),
        qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels.join(QLatin1Char(' ')).contains(QStringLiteral("Registered Nurses")));
    QSet<int> roles;
    for (const ChartDrawing::Box &box : drawing.boxes)
        roles << box.role;
    QVERIFY(roles.contains(0) && roles.contains(1));
}

// Text in every widget goes without OpenType shaping where its script needs none (withoutShaping(),
// comparisoncharts.h): set on the application's font, and on the window before its children are
// made (Qt tells a window of a new application font only later, so they kept the old one).
void TestWindowTabs::textIsNotShaped()
{
    QVERIFY(QApplication::font().styleStrategy() & QFont::PreferNoShaping);
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    QVERIFY(widgets.size() > 50);
    for (const QWidget *widget : widgets)
        QVERIFY2(widget->font().styleStrategy() & QFont::PreferNoShaping, qPrintable(widget->objectName()));
}

QTEST_MAIN(TestWindowTabs)
#include "tst_windowtabs.moc"
