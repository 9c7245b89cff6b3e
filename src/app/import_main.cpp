// SPDX-License-Identifier: MIT
#include "cataloguebuilder.h"
#include "safefile.h"
#include "temporarycatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <csignal>

namespace
{

// Whatever Qt itself warns of may quote a path or an argument: never its control characters or escape
// sequences (safefile::printable), as for every message of the importer's own.
void printQtMessagesPrintably()
{
    static const QtMessageHandler standard = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        standard(type, context, cc::safefile::printable(message));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    printQtMessagesPrintably();
    // Bytes that are not text in the system's encoding would be read as U+FFFD, and a file name with
    // them written as another file's name (replacing that file): refused, as careercompare does.
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument.toLocal8Bit() != QByteArray(argv[i])) {
            QTextStream(stderr) << "careercompare-import: "
                                << QCoreApplication::translate("CommandLine",
                                       "argument %1 (%2) is not valid text in the system's encoding "
                                       "(UTF-8); a file of that name cannot be used: rename it")
                                       .arg(i)
                                       .arg(cc::safefile::printable(argument))
                                << '\n';
            return 1;
        }
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careercompare-import"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build the Career Compare catalogue from public occupation data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sourceOption(QStringLiteral("source"),
        QStringLiteral("Source data folder (default: ../shared/data)."), QStringLiteral("DIR"),
        QStringLiteral("../shared/data"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("Catalogue to write (default: data/careers.sqlite)."), QStringLiteral("FILE"),
        QStringLiteral("data/careers.sqlite"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Seed roles JSON (default: built in)."), QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
        QStringLiteral("Write the catalogue even when a source table has fewer than half the rows the "
                       "catalogue at --out was built from."));
    parser.addOptions({ sourceOption, outOption, seedOption, forceOption });
    // Parsed first here, so that an error quoting an argument ("Unknown option '…'") is printed
    // without its control characters; process() then only handles --help and --version.
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << "careercompare-import: " << cc::safefile::printable(parser.errorText())
                            << '\n';
        return 1;
    }
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cc::import::ImportOptions options;
    options.sourceDir = parser.value(sourceOption);
    options.outputFile = parser.value(outOption);
    if (parser.isSet(seedOption))
        options.seedFile = parser.value(seedOption);
    options.force = parser.isSet(forceOption);
    // For tests only: stop (SIGSTOP) with the whole catalogue in the temporary file, so that a test
    // can signal an import at a known point of its write (tst_commandline).
    if (qEnvironmentVariableIsSet("CC_IMPORT_TEST_STOP_BEFORE_RENAME"))
        options.beforeRename = [](const QString &) { ::raise(SIGSTOP); };
    // SIGINT, SIGTERM, SIGHUP: the temporary file being written is removed (temporarycatalogue.h).
    cc::import::removeTemporaryOnSignals();

    QElapsedTimer timer;
    timer.start();
    const cc::import::ImportResult result = cc::import::importCatalogue(options);
    if (!result.ok) {
        // The error may quote a source file's row: never its control characters or escape sequences.
        err << "careercompare-import: " << cc::safefile::printable(result.error) << "\n";
        return 1;
    }
    out << "Wrote " << cc::safefile::printable(QDir::toNativeSeparators(options.outputFile)) << ": "
        << result.summary.roles << " roles (" << result.summary.seedRoles << " from the seed page), "
        << result.summary.alternateTitles << " alternate titles, in " << timer.elapsed() << " ms\n";
    out << "Missing values by field:";
    for (auto it = result.summary.missing.constBegin(); it != result.summary.missing.constEnd(); ++it)
        out << ' ' << it.key() << '=' << it.value();
    out << "\nEstimates by field:";
    for (auto it = result.summary.estimates.constBegin(); it != result.summary.estimates.constEnd(); ++it)
        out << ' ' << it.key() << '=' << it.value();
    out << "\nSpanish terms:";
    for (auto it = result.summary.spanishTerms.constBegin(); it != result.summary.spanishTerms.constEnd();
         ++it)
        out << "\n  " << it.key() << ": " << it.value();
    out << '\n';
    return 0;
}
