// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "safefile.h"
#include "userfolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <dlfcn.h>

namespace
{

constexpr char WindowLibrary[] = "careercompare-window.so";

// Where the window's library may be: beside the program (a build), or where it is installed (from
// the installed program's folder, CC_WINDOW_LIBRARY_DIR). Nowhere when the program's own path cannot
// be read: never a folder relative to wherever the user happens to be.
QStringList windowLibraryPlaces()
{
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (program.isEmpty())
        return {};
    const QDir programDir = QFileInfo(program).dir();
    return { programDir.filePath(QLatin1String(WindowLibrary)),
        QDir::cleanPath(
            programDir.filePath(QStringLiteral(CC_WINDOW_LIBRARY_DIR "/") + QLatin1String(WindowLibrary))) };
}

// Loads the window's library and runs the window; its widgets, Qt Charts and PrintSupport are linked
// only then (see runWindow()).
int openWindow(int argc, char *argv[])
{
    QStringList tried;
    for (const QString &place : windowLibraryPlaces()) {
        if (!QFileInfo::exists(place)) {
            tried << place;
            continue;
        }
        void *library = dlopen(QFile::encodeName(place).constData(), RTLD_LAZY | RTLD_LOCAL);
        if (!library) {
            tried << QStringLiteral("%1 (%2)").arg(place, QString::fromLocal8Bit(dlerror()));
            continue;
        }
        using Entry = int (*)(int, char **);
        if (const auto entry = reinterpret_cast<Entry>(dlsym(library, "careercompare_window_main")))
            return entry(argc, argv); // the library stays loaded until the process ends
        tried << QStringLiteral("%1 (no careercompare_window_main)").arg(place);
    }
    const QString where = tried.isEmpty() ? QStringLiteral("beside the program (its path is unreadable)")
                                          : tried.join(QStringLiteral(" or "));
    QTextStream(stderr) << "careercompare: the window cannot be opened: its library could not be loaded from "
                        << cc::safefile::printable(where)
                        << ". Reinstall Career Compare; the command line (--compare, --json, --pdf) works "
                           "without it.\n";
    return cc::ExitNoWindow;
}

// The command line's output is its own: Qt's warnings ("OpenType support missing for ..., script 9"
// for a note in Syriac, fifteen times) are nothing a user can act on. Critical and fatal messages
// still reach the terminal; set QT_LOGGING_RULES to see the rest while debugging.
void keepQtWarningsQuiet()
{
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        return;
    static const QtMessageHandler standard = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            standard(type, context, cc::safefile::printable(message));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    cc::userfolders::resolveRelativeHome(); // before Qt reads HOME
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
        // Bytes that are not text in the system's encoding would be read as U+FFFD, and a file name
        // with them written back as another file's name (replacing that file): refused instead.
        if (i > 0 && arguments.last().toLocal8Bit() != QByteArray(argv[i])) {
            QTextStream(stderr) << "careercompare: "
                                << QCoreApplication::translate("CommandLine",
                                       "argument %1 (%2) is not valid text in the system's encoding "
                                       "(UTF-8); a file of that name cannot be used: rename it")
                                       .arg(i)
                                       .arg(cc::safefile::printable(arguments.last()))
                                << '\n';
            return cc::ExitUsage;
        }
    }
    // The same for the paths the environment names.
    for (const char *variable : { "CAREERCOMPARE_USER_STORE", "CAREERCOMPARE_CATALOGUE" }) {
        const QByteArray value = qgetenv(variable);
        if (QString::fromLocal8Bit(value).toLocal8Bit() != value) {
            QTextStream(stderr) << "careercompare: "
                                << QCoreApplication::translate("CommandLine",
                                       "%1 (%2) is not valid text in the system's encoding (UTF-8); a "
                                       "file of that name cannot be used: rename it")
                                       .arg(QLatin1String(variable),
                                           cc::safefile::printable(QString::fromLocal8Bit(value)))
                                << '\n';
            return cc::ExitUsage;
        }
    }
    const cc::Mode mode = cc::modeFor(arguments);
    if (mode == cc::Mode::Text || mode == cc::Mode::Pdf)
        keepQtWarningsQuiet();
    if (mode == cc::Mode::Text) {
        QCoreApplication app(argc, argv);
        cc::describeApplication();
        return cc::runCommandLine(QCoreApplication::arguments());
    }
    // The PDF needs fonts and painting (QtGui) but no display and no widgets: its charts are drawn
    // straight onto the page (reportcharts.h).
    if (mode == cc::Mode::Pdf) {
        // Always offscreen: a PDF needs no display, and a platform set for the desktop (xcb with no
        // X server reachable, over ssh) would abort the program before it starts.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        cc::describeApplication();
        return cc::runCommandLine(QCoreApplication::arguments());
    }
    return openWindow(argc, argv);
}
