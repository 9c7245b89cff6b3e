// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "cataloguedatabase.h"
#include "cataloguelocation.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "comparisonreport.h"
#include "formatting.h"
#include "namematcher.h"
#include "roledirectory.h"
#include "rolejson.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace cc
{

namespace
{

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Resolved {
    std::optional<Role> role;
    int exitCode = ExitOk;
};

Resolved resolve(const RoleDirectory &catalogue, const QString &name)
{
    const QStringList codes = catalogue.findCodes(name);
    if (codes.size() > 1) {
        QStringList choices;
        for (const QString &code : codes) {
            if (const auto r = catalogue.role(code))
                choices << QStringLiteral("%1 (%2)").arg(r->title, code);
        }
        err() << QStringLiteral("careercompare: \"%1\" names several roles; give one of their codes:\n  %2\n")
                     .arg(name.left(200), choices.join(QStringLiteral("\n  ")));
        return { std::nullopt, ExitUnknownRole };
    }
    if (codes.isEmpty()) {
        if (!catalogue.lastError().isEmpty()) {
            err() << QStringLiteral("careercompare: the catalogue cannot be read: %1\n")
                         .arg(catalogue.lastError());
            return { std::nullopt, ExitBadCatalogue };
        }
        const QStringList closest = closestNames(name, catalogue.allNames(), 5);
        err() << QStringLiteral("careercompare: no role is called \"%1\".").arg(name.left(200));
        if (!closest.isEmpty())
            err() << QStringLiteral(" Closest matches:\n  %1").arg(closest.join(QStringLiteral("\n  ")));
        err() << '\n';
        return { std::nullopt, ExitUnknownRole };
    }
    auto role = catalogue.role(codes.first());
    if (!role) {
        err()
            << QStringLiteral("careercompare: the catalogue cannot be read: %1\n").arg(catalogue.lastError());
        return { std::nullopt, ExitBadCatalogue };
    }
    return { role, ExitOk };
}

void printText(const Comparison &c)
{
    QTextStream &o = out();
    o << c.a.title << " vs " << c.b.title << "\n\n" << c.summary << "\n\n";
    o << "Conclusion\n";
    for (const QString &line : c.conclusion)
        o << "  - " << line << '\n';
    o << "\nChoose " << c.a.title << " if you...\n";
    for (const QString &line : c.chooseAIf)
        o << "  - " << line << '\n';
    o << "\nChoose " << c.b.title << " if you...\n";
    for (const QString &line : c.chooseBIf)
        o << "  - " << line << '\n';
    auto names = [](const QVector<OverlapEntry> &list) {
        QStringList n;
        for (const OverlapEntry &e : list)
            n << e.entity.name;
        return n.join(QStringLiteral(", "));
    };
    o << "\nShared skills (" << c.skills.shared.size() << "): " << names(c.skills.shared) << '\n';
}

struct Options {
    QCommandLineOption list { QStringLiteral("list"),
        QStringLiteral("Print code<TAB>title<TAB>category of every role.") };
    QCommandLineOption compare { QStringLiteral("compare"),
        QStringLiteral("Compare roles A and B without opening the window.") };
    QCommandLineOption json { QStringLiteral("json"),
        QStringLiteral("With --compare: print the comparison as JSON.") };
    QCommandLineOption pdf { QStringLiteral("pdf"),
        QStringLiteral("With --compare: write the comparison as a PDF to FILE."), QStringLiteral("FILE") };
    QCommandLineOption db { QStringLiteral("db"),
        QStringLiteral("Use catalogue FILE instead of the bundled one."), QStringLiteral("FILE") };
    QCommandLineOption client { QStringLiteral("client"),
        QStringLiteral("With --pdf: the client the report is for."), QStringLiteral("NAME") };
    QCommandLineOption notes { QStringLiteral("notes"),
        QStringLiteral("With --pdf: print the text of FILE as the report's notes."), QStringLiteral("FILE") };
    QCommandLineOption importRoles { QStringLiteral("import-roles"),
        QStringLiteral("Add the custom roles in JSON FILE to your own roles (all or nothing)."),
        QStringLiteral("FILE") };
    QCommandLineOption exportRoles { QStringLiteral("export-roles"),
        QStringLiteral("Write your custom roles to JSON FILE."), QStringLiteral("FILE") };
    QCommandLineOption userStore { QStringLiteral("user-store"),
        QStringLiteral("Use FILE as your own data (custom roles, saved comparisons)."),
        QStringLiteral("FILE") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("Compare two careers side by side, offline. With no options, opens "
                           "the window (on roles A and B when given)."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            { list, compare, json, pdf, db, client, notes, importRoles, exportRoles, userStore });
        parser.addPositionalArgument(
            QStringLiteral("A"), QStringLiteral("A role: O*NET code, title or alternate title."));
        parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("Another role."));
    }
};

} // namespace

Mode modeFor(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help"))
        || parser.isSet(QStringLiteral("version")))
        return Mode::Text; // errors, help and version print and exit
    if (parser.isSet(o.pdf))
        return Mode::Pdf;
    if (parser.isSet(o.list) || parser.isSet(o.compare) || parser.isSet(o.json) || parser.isSet(o.importRoles)
        || parser.isSet(o.exportRoles))
        return Mode::Text;
    return Mode::Window;
}

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    const QCommandLineOption &listOption = o.list;
    const QCommandLineOption &jsonOption = o.json;
    const QCommandLineOption &dbOption = o.db;
    if (!parser.parse(arguments)) {
        err() << "careercompare: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n'
              << "catalogue: " << QDir::cleanPath(QFileInfo(defaultCataloguePath()).absoluteFilePath())
              << '\n';
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    const bool list = parser.isSet(listOption);
    const bool rolesOnly
        = (parser.isSet(o.importRoles) || parser.isSet(o.exportRoles)) && !parser.isSet(o.compare) && !list;
    if (!list && !rolesOnly && positional.size() != 2) {
        err() << "careercompare: give two roles to compare, for example:\n  careercompare --compare "
                 "\"Software Developers\" \"Data Scientists\" --json\n";
        return ExitUsage;
    }
    if ((list || rolesOnly) && !positional.isEmpty()) {
        err() << "careercompare: --list, --import-roles and --export-roles take no roles\n";
        return ExitUsage;
    }

    // The user's own store: opened only when custom roles are asked for, so that a comparison of
    // catalogue roles never touches it.
    std::unique_ptr<UserStore> store;
    QString storeError;
    auto openStore = [&]() -> UserStore * {
        if (store || !storeError.isEmpty())
            return store.get();
        const QString storePath = parser.isSet(o.userStore) ? parser.value(o.userStore)
            : qEnvironmentVariableIsSet("CAREERCOMPARE_USER_STORE")
            ? qEnvironmentVariable("CAREERCOMPARE_USER_STORE")
            : UserStore::defaultPath();
        auto opened = UserStore::open(storePath);
        if (!opened.setAsidePath.isEmpty())
            err() << "careercompare: your saved data could not be read; it was set aside as "
                  << opened.setAsidePath << '\n';
        storeError = opened.error;
        store = std::move(opened.store);
        return store.get();
    };
    if ((parser.isSet(o.importRoles) || parser.isSet(o.exportRoles)) && !openStore()) {
        err() << "careercompare: " << storeError << '\n';
        return ExitCannotWrite;
    }
    if (parser.isSet(o.importRoles)) {
        const UserStore::RolesImport imported = store->importRolesFile(parser.value(o.importRoles));
        if (!imported.ok()) {
            err() << "careercompare: " << imported.error << '\n';
            return imported.badInput ? ExitBadInput : ExitCannotWrite;
        }
        for (const RoleInput &r : imported.roles)
            out() << "imported\t" << r.role.code << '\t' << r.role.title << '\n';
    }
    QString exportError;
    if (parser.isSet(o.exportRoles) && !store->exportRolesFile(parser.value(o.exportRoles), &exportError)) {
        err() << "careercompare: " << exportError << '\n';
        return ExitCannotWrite;
    }
    if (rolesOnly) {
        out().flush();
        return ExitOk;
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultCataloguePath();
    auto opened = CatalogueDatabase::open(path);
    if (!opened.catalogue) {
        err() << "careercompare: " << opened.message << '\n';
        return ExitBadCatalogue;
    }
    const CatalogueDatabase &catalogue = *opened.catalogue;
    // Custom roles only when a name is not the catalogue's.
    const bool needsStore = !list
        && (catalogue.findCodes(positional.value(0)).isEmpty()
            || catalogue.findCodes(positional.value(1)).isEmpty());
    const RoleDirectory directory(catalogue, needsStore ? openStore() : nullptr);

    if (list) {
        const QVector<RoleSummary> roles = catalogue.roles();
        if (!catalogue.lastError().isEmpty()) {
            err() << "careercompare: the catalogue cannot be read: " << catalogue.lastError() << '\n';
            return ExitBadCatalogue;
        }
        for (const RoleSummary &r : roles)
            out() << r.code << '\t' << r.title << '\t' << r.category << '\n';
        return ExitOk;
    }

    const Resolved a = resolve(directory, positional.at(0));
    if (!a.role)
        return a.exitCode;
    const Resolved b = resolve(directory, positional.at(1));
    if (!b.role)
        return b.exitCode;

    const Comparison comparison = Comparison::of(*a.role, *b.role);
    if (parser.isSet(o.pdf)) {
        ReportContext context;
        context.credit = catalogue.metadata(QStringLiteral("onet_credit"));
        context.citations = directory.sourceCitations();
        context.catalogueRelease = catalogue.metadata(QStringLiteral("release"));
        context.client = parser.value(o.client).left(200);
        if (parser.isSet(o.notes)) {
            QFile notes(parser.value(o.notes));
            if (!notes.open(QIODevice::ReadOnly) || notes.size() > 1024 * 1024) {
                err() << "careercompare: cannot read the notes " << notes.fileName() << ": "
                      << notes.errorString() << '\n';
                return ExitBadInput;
            }
            context.notes = QString::fromUtf8(notes.readAll());
        }
        QString error;
        if (!ComparisonReport(comparison, context).writePdf(parser.value(o.pdf), &error)) {
            err() << "careercompare: " << error << '\n';
            return ExitCannotWrite;
        }
    }
    if (parser.isSet(jsonOption)) {
        const QJsonObject json = comparisonToJson(
            comparison, directory.sourceCitations(), catalogue.metadata(QStringLiteral("onet_credit")));
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else if (!parser.isSet(o.pdf)) {
        printText(comparison);
    }
    out().flush();
    return ExitOk;
}

} // namespace cc
