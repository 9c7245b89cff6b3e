// SPDX-License-Identifier: MIT
#include "invocation.h"

#include "cataloguelocation.h"
#include "roledirectory.h"
#include "safefile.h"
#include "translations.h"
#include "userfolders.h"
#include "userstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cc
{

namespace
{

QList<QCommandLineOption> allOptions()
{
    // The order of `Option`.
    return {
        { QStringLiteral("list"),
            QCoreApplication::translate("Invocation", "Print code<TAB>title<TAB>category of every role.") },
        { QStringLiteral("compare"),
            QCoreApplication::translate("Invocation", "Compare roles A and B without opening the window.") },
        { QStringLiteral("json"),
            QCoreApplication::translate("Invocation", "With --compare: print the comparison as JSON.") },
        { QStringLiteral("pdf"),
            QCoreApplication::translate(
                "Invocation", "With --compare: write the comparison as a PDF to FILE."),
            QCoreApplication::translate("Invocation", "FILE") },
        { QStringLiteral("db"),
            QCoreApplication::translate("Invocation", "Use catalogue FILE instead of the bundled one."),
            QCoreApplication::translate("Invocation", "FILE") },
        { QStringLiteral("client"),
            QCoreApplication::translate("Invocation", "With --pdf: the client the report is for."),
            QCoreApplication::translate("Invocation", "NAME") },
        { QStringLiteral("notes"),
            QCoreApplication::translate(
                "Invocation", "With --pdf: print the text of FILE as the report's notes."),
            QCoreApplication::translate("Invocation", "FILE") },
        { QStringLiteral("import-roles"),
            QCoreApplication::translate(
                "Invocation", "Add the custom roles in JSON FILE to your own roles (all or nothing)."),
            QCoreApplication::translate("Invocation", "FILE") },
        { QStringLiteral("export-roles"),
            QCoreApplication::translate("Invocation", "Write your custom roles to JSON FILE."),
            QCoreApplication::translate("Invocation", "FILE") },
        { QStringLiteral("user-store"),
            QCoreApplication::translate(
                "Invocation", "Use FILE as your own data (custom roles, saved comparisons)."),
            QCoreApplication::translate("Invocation", "FILE") },
        { QStringLiteral("replace"),
            QCoreApplication::translate(
                "Invocation", "With --import-roles: replace your own roles that have the same codes.") },
        { QStringLiteral("paper"),
            QCoreApplication::translate(
                "Invocation", "With --pdf: letter or a4 (default: Letter in the US, A4 elsewhere)."),
            QCoreApplication::translate("Invocation", "SIZE") },
        { QStringLiteral("search"),
            QCoreApplication::translate("Invocation",
                "Print the roles best matching TEXT (English titles or Spanish job names), best "
                "first, as code<TAB>title<TAB>matched term."),
            QCoreApplication::translate("Invocation", "TEXT") },
        { QStringLiteral("lang"),
            QCoreApplication::translate("Invocation",
                "The language of the text, JSON and PDF: es or en (default: the environment's, "
                "from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)."),
            QCoreApplication::translate("Invocation", "LANG") },
    };
}

// QCommandLineParser's own errors and help text, in the program's translation: Qt's (qtbase_es) is
// not installed everywhere, and a Spanish --help would otherwise say "Displays help" and "Usage".
[[maybe_unused]] const char *const ParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
};

} // namespace

Invocation::Invocation(const QStringList &arguments)
    : m_options(allOptions())
{
    // Read after installTranslations(): runCommandLine() parses the arguments again once it is.
    m_parser.setApplicationDescription(QCoreApplication::translate("Invocation",
        "Compare two careers side by side, offline. With no options, opens the window (on roles A and B "
        "when given)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(m_options);
    m_parser.addPositionalArgument(QStringLiteral("A"),
        QCoreApplication::translate("Invocation", "A role: O*NET code, title or alternate title."));
    m_parser.addPositionalArgument(
        QStringLiteral("B"), QCoreApplication::translate("Invocation", "Another role."));
    m_parsed = m_parser.parse(arguments);
    if (m_parsed && isSet(Option::Paper)) {
        const QString paper = value(Option::Paper).toLower();
        if (paper != QLatin1String("letter") && paper != QLatin1String("a4")) {
            m_error = QCoreApplication::translate("Invocation", "--paper takes letter or a4, not \"%1\"")
                          .arg(value(Option::Paper));
            m_parsed = false;
        }
    }
    if (m_parsed && isSet(Option::Lang) && !languageNamed(value(Option::Lang))) {
        m_error = QCoreApplication::translate("Invocation", "--lang takes %1 or %2, not \"%3\"")
                      .arg(languageCodes().at(0), languageCodes().at(1), value(Option::Lang));
        m_parsed = false;
    }
}

QLocale Invocation::language() const
{
    if (isSet(Option::Lang)) {
        if (const auto named = languageNamed(value(Option::Lang)))
            return *named;
    }
    return systemLanguage();
}

Paper Invocation::paper() const
{
    if (!isSet(Option::Paper))
        return Paper::FromLocale;
    return value(Option::Paper).toLower() == QLatin1String("letter") ? Paper::Letter : Paper::A4;
}

const QCommandLineOption &Invocation::option(Option option) const
{
    return m_options.at(int(option));
}

bool Invocation::isSet(Option option) const
{
    return m_parser.isSet(this->option(option));
}

QString Invocation::value(Option option) const
{
    return m_parser.value(this->option(option));
}

bool Invocation::wantsHelp() const
{
    return m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"));
}

bool Invocation::wantsVersion() const
{
    return m_parser.isSet(QStringLiteral("version"));
}

Mode Invocation::mode() const
{
    if (!m_parsed || wantsHelp() || wantsVersion())
        return Mode::Text; // errors, help and version print and exit
    if (isSet(Option::Pdf))
        return Mode::Pdf;
    for (Option o : { Option::List, Option::Compare, Option::Json, Option::ImportRoles, Option::ExportRoles,
             Option::Search }) {
        if (isSet(o))
            return Mode::Text;
    }
    return Mode::Window;
}

bool Invocation::rolesOnly() const
{
    return (isSet(Option::ImportRoles) || isSet(Option::ExportRoles)) && !isSet(Option::Compare)
        && !isSet(Option::List) && !isSet(Option::Search);
}

QString Invocation::cataloguePath() const
{
    return isSet(Option::Db) ? value(Option::Db) : defaultCataloguePath();
}

QString Invocation::userStorePath() const
{
    if (isSet(Option::UserStore))
        return value(Option::UserStore);
    if (qEnvironmentVariableIsSet("CAREERCOMPARE_USER_STORE"))
        return qEnvironmentVariable("CAREERCOMPARE_USER_STORE");
    return UserStore::defaultPath();
}

QString Invocation::userStoreProblem() const
{
    if (isSet(Option::UserStore) || qEnvironmentVariableIsSet("CAREERCOMPARE_USER_STORE")) {
        // A store named as another file of this command would be opened as a database and, not being
        // one, set aside: the user's roles file or notes moved away and replaced by an empty store.
        const QString store = userStorePath();
        QStringList others { cataloguePath() };
        for (Option o : { Option::Notes, Option::ImportRoles, Option::Pdf, Option::ExportRoles }) {
            if (isSet(o))
                others << value(o);
        }
        for (const QString &other : std::as_const(others)) {
            if (safefile::sameName(store, other))
                return QCoreApplication::translate("Invocation",
                    "Cannot use %1 as your own data (custom roles, saved comparisons): this command "
                    "also uses it as %2. Give --user-store a file of its own.")
                    .arg(safefile::printable(store), safefile::printable(other));
        }
        return QString();
    }
    const QString why = userfolders::problem(QStandardPaths::AppDataLocation);
    if (why.isEmpty())
        return QString();
    return QCoreApplication::translate("Invocation",
        "Your own data (custom roles, saved comparisons) cannot be kept, because %1, so no folder is "
        "made for it. Set HOME to your home folder, or give --user-store FILE.")
        .arg(why);
}

QStringList Invocation::protectedPaths() const
{
    // The catalogue and the store, each with the files SQLite keeps beside it (a PDF written as the
    // catalogue's -wal would stop the catalogue from opening; as the store's, it would be deleted
    // with the store's next use).
    // A database named through a link has its companions beside the file the link points to (SQLite
    // follows the link): both places are kept.
    QStringList paths;
    for (const QString &named : { cataloguePath(), userStorePath() }) {
        const QString target = QFileInfo(named).canonicalFilePath();
        for (const QString &database : { named, target }) {
            if (database.isEmpty())
                continue;
            paths << database;
            for (const char *suffix : { "-wal", "-shm", "-journal" })
                paths << database + QLatin1String(suffix);
        }
    }
    for (Option o : { Option::Notes, Option::ImportRoles }) {
        if (isSet(o))
            paths << value(o);
    }
    return paths;
}

bool catalogueLookupFailed(const RoleDirectory &directory)
{
    // The data layer keeps the last query error. When findCodes() reports its own failures (issue
    // #8, data layer), this stays the one place that asks.
    return !directory.lastError().isEmpty();
}

} // namespace cc
