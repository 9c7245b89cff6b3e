// SPDX-License-Identifier: MIT
// careercompare-bench: measures the targets of PRODUCT.md §4 and prints one JSON object.
// Not a test: run it by hand (or from CI for the record) and keep docs/PERFORMANCE.md current.
//
//   careercompare-bench [--source DIR] [--db FILE] [--quick] [--role-switch-only]
#include "cataloguebuilder.h"
#include "cataloguedatabase.h"
#include "comparisonreport.h"
#include "comparisonsession.h"
#include "fontcheck.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "roledirectory.h"
#include "rolepicker.h"
#include "rolesearchmodel.h"
#include "searchbench.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define CC_DUMP_SWITCH(code) CALLGRIND_DUMP_STATS_AT(code)
#else
#define CC_DUMP_SWITCH(code)
#endif

#include <algorithm>
#include <chrono>
#include <cmath>

using namespace cc;

namespace
{

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
    int count = 0;
};

Stats stats(QVector<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = int(values.size());
    s.median = values[values.size() / 2];
    s.p95 = values[std::min<qsizetype>(values.size() - 1, qsizetype(std::ceil(values.size() * 0.95)) - 1)];
    s.max = values.last();
    return s;
}

QJsonObject toJson(const Stats &s)
{
    auto r = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return { { QStringLiteral("median_ms"), r(s.median) }, { QStringLiteral("p95_ms"), r(s.p95) },
        { QStringLiteral("max_ms"), r(s.max) }, { QStringLiteral("samples"), s.count } };
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// Runs the event loop until the window has been painted on screen once, as the first frame is: the
// platform exposes the window (an event the loop delivers), and the expose paints it through its
// backing store. (repaint() right after show() paints nothing: the window is not exposed yet.)
class FirstPaint : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

void paintOnScreen(QWidget &window)
{
    FirstPaint first;
    window.installEventFilter(&first);
    QElapsedTimer waited;
    waited.start();
    while (!first.painted && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents | QEventLoop::WaitForMoreEvents);
    window.removeEventFilter(&first);
}

// Child mode: start, show, paint once, exit. The parent times the whole process.
// The moment the window is drawn, for the parent: steady_clock (CLOCK_MONOTONIC, one clock for every
// process on the machine) in nanoseconds. Start-up ends here; what the process does after it (taking
// the window down, 20% of the comparison window's instructions) is not start-up.
void reportPainted()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    QTextStream(stdout) << "painted " << std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()
                        << Qt::endl;
}

int startupChild(const QString &kind, const QString &db)
{
    if (kind == QLatin1String("empty")) {
        QMainWindow window;
        window.resize(1180, 820);
        window.show();
        paintOnScreen(window);
        reportPainted();
        return 0;
    }
    const bool verbose = qEnvironmentVariableIsSet("CC_BENCH_VERBOSE");
    QElapsedTimer t;
    t.start();
    auto phase = [&](const char *what) {
        if (verbose)
            QTextStream(stderr) << what << ' ' << ms(t) << " ms\n";
    };
    // As the app starts (windowmain.cpp): the fonts load on a second thread while the catalogue
    // opens and the pair's roles are read; the window is built once the fonts are ready.
    auto fonts = missingFontsProblemInBackground();
    auto opened = CatalogueDatabase::open(db);
    if (!opened.catalogue)
        return 3;
    phase("open");
    const QString a = QStringLiteral("15-1252.00");
    const QString b = QStringLiteral("29-1141.00");
    const RoleDirectory directory(*opened.catalogue, nullptr);
    QVector<Role> roles;
    for (const QString &code : { a, b }) {
        if (auto role = directory.role(code))
            roles << *role;
    }
    phase("roles");
    if (!fonts.get().isEmpty())
        return 4;
    phase("fonts");
    MainWindow window(*opened.catalogue);
    for (const Role &role : roles)
        window.session()->keep(role);
    phase("window");
    window.compare(a, b);
    phase("compare");
    window.resize(1180, 820);
    window.show();
    phase("show");
    paintOnScreen(window);
    reportPainted();
    phase("paint");
    // CC_BENCH_GRAB=FILE: the window as it was at its first paint (no event handled since), as a PNG.
    if (const QString grab = qEnvironmentVariable("CC_BENCH_GRAB"); !grab.isEmpty())
        return window.grab().save(grab) ? 0 : 4;
    return 0;
}

// Start-up as the user sees it: from starting the process to its window drawn (the child says
// when), and the whole process, to its exit, beside it.
struct Startup {
    Stats toPaint;
    Stats wholeProcess;
};

Startup timeStartup(const QString &program, const QString &kind, const QString &db, int runs)
{
    QVector<double> toPaint;
    QVector<double> whole;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QElapsedTimer t;
        const auto started = std::chrono::steady_clock::now().time_since_epoch();
        t.start();
        child.start(program, { QStringLiteral("--startup-child"), kind, QStringLiteral("--db"), db });
        child.waitForFinished(60000);
        whole << ms(t);
        const QList<QByteArray> said = child.readAllStandardOutput().trimmed().split(' ');
        if (said.size() == 2 && said[0] == "painted") {
            const auto painted = std::chrono::nanoseconds(said[1].toLongLong());
            toPaint << std::chrono::duration<double, std::milli>(painted - started).count();
        }
    }
    return { stats(toPaint), stats(whole) };
}

// Only the search figures (searchbench.h): the window shown on the bench's pair, then the keystrokes.
int searchOnly(const QString &db, int rounds)
{
    auto opened = CatalogueDatabase::open(db);
    if (!opened.catalogue) {
        QTextStream(stderr) << opened.message << '\n';
        return 3;
    }
    MainWindow window(*opened.catalogue);
    window.resize(1180, 820);
    window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00"));
    window.show();
    paintOnScreen(window);
    QTextStream(stdout)
        << QJsonDocument(searchFigures(window, std::max(1, rounds))).toJson(QJsonDocument::Indented);
    return 0;
}

// One switch: its time, the part before the event loop ran (loading, comparing, refresh()), and
// what it switched B to, so that the slow ones can be told apart.
struct Switch {
    double ms = 0;
    double beforeEvents = 0;
    QString code;
    int summaryHeight = 0;
};

// Role switch: recompute and repaint, for every `step`th role as B. A function of its own so that
// callgrind can count it alone: --toggle-collect='*timeRoleSwitches*'.
Q_NEVER_INLINE QVector<Switch> timeRoleSwitches(
    MainWindow &window, const CatalogueDatabase &catalogue, int step)
{
    QVector<Switch> switches;
    const auto roles = catalogue.roles();
    const bool dumpEach = qEnvironmentVariableIsSet("CC_BENCH_DUMP_SWITCHES");
    // Not through window.ui(): that brings every tab up to date.
    const auto *summary = window.findChild<QWidget *>(QStringLiteral("summaryLabel"));
    for (int i = 0; i < roles.size(); i += step) {
        QElapsedTimer t;
        t.start();
        window.session()->setRoleB(roles[i].code);
        const double before = ms(t);
        // As in the app, the events the switch posts (polish, layout, the paint itself) are delivered
        // by the event loop. Without them (a bare repaint()) the previous chart's items were still
        // unpolished when it was taken out of its scene, and each removal searched that list: a
        // third of every switch, which the app never pays.
        QCoreApplication::processEvents();
        switches << Switch { ms(t), before, roles[i].code, summary ? summary->height() : 0 };
        // Under callgrind with CC_BENCH_DUMP_SWITCHES set: one profile per switch, named by B's code,
        // so that the instructions of the slow switches can be told from the others'.
        if (dumpEach)
            CC_DUMP_SWITCH(qPrintable(roles[i].code));
    }
    return switches;
}

QVector<double> times(const QVector<Switch> &switches)
{
    QVector<double> result;
    for (const Switch &s : switches)
        result << s.ms;
    return result;
}

// The slowest switches, slowest first (--slowest N).
QJsonArray slowest(QVector<Switch> switches, int count)
{
    std::sort(switches.begin(), switches.end(), [](const Switch &l, const Switch &r) { return l.ms > r.ms; });
    QJsonArray result;
    for (int i = 0; i < std::min<int>(count, int(switches.size())); ++i) {
        const Switch &s = switches[i];
        result.append(QJsonObject { { QStringLiteral("code"), s.code },
            { QStringLiteral("ms"), std::round(s.ms * 1000.0) / 1000.0 },
            { QStringLiteral("before_events_ms"), std::round(s.beforeEvents * 1000.0) / 1000.0 },
            { QStringLiteral("summary_height"), s.summaryHeight } });
    }
    return result;
}

// --grab FILE: the window on the Charts tab at --width (and 820 high) in --lang, as a PNG, to look at.
// --switch B1,B2,…: role B switched to each in turn, once shown, before the grab.
int grabWindow(const CatalogueDatabase &catalogue, const QString &file, int width, const QString &tab,
    const QStringList &switches)
{
    MainWindow window(catalogue);
    window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00"));
    window.resize(width, 820);
    if (QWidget *page = window.findChild<QWidget *>(tab))
        window.ui()->tabs->setCurrentWidget(page);
    window.show();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    for (const QString &code : switches) {
        window.session()->setRoleB(code);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    return window.grab().save(file) ? 0 : 4;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careercompare-bench"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    const QCommandLineOption sourceOption(QStringLiteral("source"),
        QStringLiteral("Source data for the importer timing."), QStringLiteral("DIR"),
        QStringLiteral(CC_SOURCE_DATA_DIR));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Catalogue."),
        QStringLiteral("FILE"), QStringLiteral(CC_BUNDLED_CATALOGUE));
    const QCommandLineOption childOption(QStringLiteral("startup-child"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("Fewer samples."));
    const QCommandLineOption searchOption(QStringLiteral("search-only"),
        QStringLiteral("Only search per keystroke, ROUNDS times."), QStringLiteral("ROUNDS"));
    const QCommandLineOption switchOnlyOption(QStringLiteral("role-switch-only"),
        QStringLiteral("Time the role switch alone (no start-up, search, PDF or importer)."));
    const QCommandLineOption slowestOption(
        QStringLiteral("slowest"), QStringLiteral("List the N slowest role switches."), QStringLiteral("N"));
    const QCommandLineOption grabOption(
        QStringLiteral("grab"), QStringLiteral("Save the window as a PNG."), QStringLiteral("FILE"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Window width for --grab."),
        QStringLiteral("PX"), QStringLiteral("1180"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), QStringLiteral("Tab for --grab."),
        QStringLiteral("NAME"), QStringLiteral("chartsTab"));
    const QCommandLineOption switchOption(QStringLiteral("switch"),
        QStringLiteral("For --grab: switch role B to each code in turn first."), QStringLiteral("CODES"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Language for --grab."), QStringLiteral("CODE"));
    parser.addOptions({ sourceOption, dbOption, childOption, quickOption, searchOption, switchOnlyOption,
        slowestOption, grabOption, widthOption, tabOption, langOption, switchOption });
    parser.addHelpOption();
    parser.process(app);
    const QString db = parser.value(dbOption);
    if (parser.isSet(childOption))
        return startupChild(parser.value(childOption), db);
    if (parser.isSet(grabOption)) {
        if (parser.isSet(langOption)) {
            if (const auto language = languageNamed(parser.value(langOption)))
                installTranslations(*language);
        }
        auto opened = CatalogueDatabase::open(db);
        if (!opened.catalogue)
            return 3;
        return grabWindow(*opened.catalogue, parser.value(grabOption), parser.value(widthOption).toInt(),
            parser.value(tabOption), parser.value(switchOption).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    const bool quick = parser.isSet(quickOption);
    if (parser.isSet(searchOption))
        return searchOnly(db, parser.value(searchOption).toInt());
    const bool switchOnly = parser.isSet(switchOnlyOption);

    QJsonObject result;
    if (!switchOnly) {
        const int runs = quick ? 3 : 7;
        const Startup empty
            = timeStartup(QCoreApplication::applicationFilePath(), QStringLiteral("empty"), db, runs);
        const Startup full
            = timeStartup(QCoreApplication::applicationFilePath(), QStringLiteral("full"), db, runs);
        result.insert(QStringLiteral("startup_empty_window"), toJson(empty.toPaint));
        result.insert(QStringLiteral("startup_comparison"), toJson(full.toPaint));
        result.insert(QStringLiteral("startup_ratio"),
            std::round(100.0 * full.toPaint.median / empty.toPaint.median) / 100.0);
        result.insert(QStringLiteral("startup_empty_window_whole_process"), toJson(empty.wholeProcess));
        result.insert(QStringLiteral("startup_comparison_whole_process"), toJson(full.wholeProcess));
        result.insert(QStringLiteral("startup_ratio_whole_process"),
            std::round(100.0 * full.wholeProcess.median / empty.wholeProcess.median) / 100.0);
    }

    auto opened = CatalogueDatabase::open(db);
    if (!opened.catalogue) {
        QTextStream(stderr) << opened.message << '\n';
        return 3;
    }
    const CatalogueDatabase &catalogue = *opened.catalogue;
    MainWindow window(catalogue);
    window.resize(1180, 820);
    window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00"));
    window.show();
    window.repaint();

    // What the first paint queues (the search names load once the window is on screen) is not part
    // of a switch.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    // Nor is reading the search names, once, on a thread of their own: wait for them (under
    // callgrind they took 540 M instructions inside whichever switch they finished in).
    window.searchModel();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    const QVector<Switch> switches = timeRoleSwitches(window, catalogue, quick ? 7 : 1);
    result.insert(QStringLiteral("role_switch"), toJson(stats(times(switches))));
    if (parser.isSet(slowestOption))
        result.insert(
            QStringLiteral("role_switch_slowest"), slowest(switches, parser.value(slowestOption).toInt()));
    if (switchOnly) {
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }

    // Search: each keystroke of some queries, over all titles, alternate titles and Spanish terms.
    const QJsonObject search = searchFigures(window, quick ? 1 : 3);
    for (auto it = search.constBegin(); it != search.constEnd(); ++it)
        result.insert(it.key(), it.value());

    // PDF export.
    QTemporaryDir dir;
    QVector<double> pdfs;
    for (int i = 0; i < (quick ? 2 : 5); ++i) {
        QElapsedTimer t;
        t.start();
        window.exportPdf(dir.filePath(QStringLiteral("bench.pdf")));
        pdfs << ms(t);
    }
    result.insert(QStringLiteral("pdf_export"), toJson(stats(pdfs)));
    result.insert(QStringLiteral("catalogue_bytes"), QFileInfo(db).size());

    // Importer, when the source data is there.
    if (QFileInfo::exists(parser.value(sourceOption) + QStringLiteral("/onet"))) {
        import::ImportOptions options;
        options.sourceDir = parser.value(sourceOption);
        options.outputFile = dir.filePath(QStringLiteral("import.sqlite"));
        QElapsedTimer t;
        t.start();
        const auto imported = import::importCatalogue(options);
        result.insert(QStringLiteral("importer_ms"),
            imported.ok ? QJsonValue(std::round(ms(t))) : QJsonValue(imported.error));
    }

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    result.insert(QStringLiteral("peak_memory_kib"), qint64(usage.ru_maxrss));
    result.insert(QStringLiteral("targets"),
        QJsonObject { { QStringLiteral("startup_ratio_max"), 3.0 },
            { QStringLiteral("role_switch_ms_max"), 16.0 },
            { QStringLiteral("search_keystroke_ms_max"), 5.0 },
            { QStringLiteral("pdf_export_ms_max"), 300.0 },
            { QStringLiteral("catalogue_bytes_max"), 30 * 1024 * 1024 } });
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
