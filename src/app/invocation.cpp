// SPDX-License-Identifier: MIT
#include "invocation.h"

#include "cataloguelocation.h"
#include "roledirectory.h"
#include "translations.h"
#include "userfolders.h"
#include "userstore.h"

#include <QCoreApplication>

namespace cc
{

namespace
{

QList<QCommandLineOption> allOptions()
{
    // The order of `Option`.
    return {
        { QStringLiteral("list"), QStringLiteral("Print code<TAB>title<TAB>category of every role.") },
        { QStringLiteral("compare"), QStringLiteral("Compare roles A and B without opening the window.") },
        { QStringLiteral("json"), QStringLiteral("With --compare: print the comparison as JSON.") },
        { QStringLiteral("pdf"), QStringLiteral("With --compare: write the comparison as a PDF to FILE."),
            QStringLiteral("FILE") },
        { QStringLiteral("db"), QStringLiteral("Use catalogue FILE instead of the bundled one."),
            QStringLiteral("FILE") },
        { QStringLiteral("client"), QStringLiteral("With --pdf: the client the report is for."),
            QStringLiteral("NAME") },
        { QStringLiteral("notes"),
            QStringLiteral("With --pdf: print the text of FILE as the report's notes."),
            QStringLiteral("FILE") },
        { QStringLiteral("import-roles"),
            QStringLiteral("Add the custom roles in JSON FILE to your own roles (all or nothing)."),
            QStringLiteral("FILE") },
        { QStringLiteral("export-roles"), QStringLiteral("Write your custom roles to JSON FILE."),
            QStringLiteral("FILE") },
        { QStringLiteral("user-store"),
            QStringLiteral("Use FILE as your own data (custom roles, saved comparisons)."),
            QStringLiteral("FILE") },
        { QStringLiteral("replace"),
            QStringLiteral("With --import-roles: replace your own roles that have the same codes.") },
        { QStringLiteral("paper"),
            QStringLiteral("With --pdf: letter or a4 (default: Letter in the US, A4 elsewhere)."),
            QStringLiteral("SIZE") },
        { QStringLiteral("search"),
            QStringLiteral("Print the roles best matching TEXT (English titles or Spanish job names), best "
                           "first, as code<TAB>title<TAB>matched term."),
            QStringLiteral("TEXT") },
        { QStringLiteral("lang"),
            QStringLiteral("The language of the text, JSON and PDF: es or en (default: the environment's, "
                           "from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)."),
            QStringLiteral("LANG") },
    };
}

// QCommandLineParser's own errors, in the program's translation: Qt's is not installed everywhere.
[[maybe_unused]] const char *const ParserErrors[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace

Invocation::Invocation(const QStringList &arguments)
    : m_options(allOptions())
{
    m_parser.setApplicationDescription(
        QStringLiteral("Compare two careers side by side, offline. With no options, opens "
                       "the window (on roles A and B when given)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(m_options);
    m_parser.addPositionalArgument(
        QStringLiteral("A"), QStringLiteral("A role: O*NET code, title or alternate title."));
    m_parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("Another role."));
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
    if (isSet(Option::UserStore) || qEnvironmentVariableIsSet("CAREERCOMPARE_USER_STORE"))
        return QString();
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
    const QString store = userStorePath();
    QStringList paths { cataloguePath(), store, store + QStringLiteral("-wal"),
        store + QStringLiteral("-shm"), store + QStringLiteral("-journal") };
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
