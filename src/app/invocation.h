// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QLocale>
#include <QStringList>

namespace cc
{

class RoleDirectory;

// Exit codes of the careercompare command line (PRODUCT.md §3).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitUnknownRole = 2,
    ExitBadCatalogue = 3,
    ExitCannotWrite = 4,
    ExitBadInput = 5,
    ExitNoWindow = 6 // the window's library (careercompare-window.so) cannot be loaded
};

// What the arguments ask for: the window, or a command-line mode that needs no display.
enum class Mode { Window, Text, Pdf };

// careercompare's options, by name.
enum class Option {
    List,
    Compare,
    Json,
    Pdf,
    Db,
    Client,
    Notes,
    ImportRoles,
    ExportRoles,
    UserStore,
    Replace,
    Paper,
    Search,
    Lang
};

// The PDF's paper: --paper letter|a4, else what the locale expects.
enum class Paper { FromLocale, Letter, A4 };

// The one command-line front end: the options, their parsing, and the files they resolve to. The
// window's start-up and the command line both read the arguments through it.
class Invocation
{
public:
    explicit Invocation(const QStringList &arguments); // with the program name first

    bool parsed() const { return m_parsed; }
    QString errorText() const { return m_error.isEmpty() ? m_parser.errorText() : m_error; }
    QString helpText() const { return m_parser.helpText(); }
    bool wantsHelp() const; // --help, -h, -? or --help-all
    bool wantsVersion() const;
    Mode mode() const;

    bool isSet(Option option) const;
    QString value(Option option) const;
    QStringList roles() const { return m_parser.positionalArguments(); }
    Paper paper() const;
    // --lang es|en, else the environment's language (English when it is neither).
    QLocale language() const;
    // --import-roles or --export-roles without --compare or --list.
    bool rolesOnly() const;

    // --db, else the bundled catalogue.
    QString cataloguePath() const;
    // --user-store, else $CAREERCOMPARE_USER_STORE, else the default in the user's data folder.
    QString userStorePath() const;
    // Why the default user store's folder must not be made (HOME empty, "/" or missing: userfolders.h),
    // as a sentence that says what to do; empty when a store is named or the folder is safe.
    QString userStoreProblem() const;
    // Every file this invocation reads or keeps (the catalogue and the user store, each with its -wal,
    // -shm and -journal; notes; roles to import): no output may be one of them.
    QStringList protectedPaths() const;

private:
    const QCommandLineOption &option(Option option) const;

    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options; // in the order of `Option`
    bool m_parsed = false;
    QString m_error; // an option's value that the parser cannot judge (--paper, --lang)
};

// Whether the last look-up in the catalogue failed (a query error, not an unknown name).
bool catalogueLookupFailed(const RoleDirectory &directory);

} // namespace cc
