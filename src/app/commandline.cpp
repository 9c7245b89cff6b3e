// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "cataloguedatabase.h"
#include "cataloguelocation.h"
#include "catalogueschema.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "comparisonreport.h"
#include "fontcheck.h"
#include "mobility.h"
#include "namematcher.h"
#include "onetvocabulary.h"
#include "roledirectory.h"
#include "rolesearch.h"
#include "safefile.h"
#include "translations.h"
#include "userstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <future>
#include <memory>
#include <optional>

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

// The notes file read for a PDF: ComparisonReport prints its first MaxNotesChars characters.
constexpr qint64 MaxNotesBytes = 1024 * 1024;

// Text from the catalogue or the user's files goes to the terminal without control characters:
// an escape sequence in a title is shown as \uFFFD, never acted on.
QString shown(const QString &text)
{
    return safefile::printable(text);
}

// Says why on stderr and returns the exit code. Every line goes through shown(): a message may quote
// a file's title, code, path or a database's own text.
int fail(ExitCode code, const QString &message)
{
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = shown(line);
    err() << "careercompare: " << lines.join(QLatin1Char('\n')) << '\n';
    return code;
}

// The data layer's reason, never empty: "cannot be read:" is always followed by why.
QString reasonOf(const QString &lastError)
{
    return lastError.trimmed().isEmpty()
        ? QCoreApplication::translate("CommandLine",
            "it gave no reason; the file may be damaged or from another version of Career Compare (try --db "
            "with a fresh copy of the catalogue)")
        : lastError;
}

int catalogueUnreadable(const QString &lastError)
{
    return fail(ExitBadCatalogue,
        QCoreApplication::translate("CommandLine", "the catalogue cannot be read: %1")
            .arg(reasonOf(lastError)));
}

int catalogueUnreadable(const RoleDirectory &directory)
{
    return catalogueUnreadable(directory.lastError());
}

// The user's own store, opened on first use, so that a comparison of catalogue roles never touches it.
class LazyUserStore
{
public:
    explicit LazyUserStore(const Invocation &invocation)
        : m_path(invocation.userStorePath())
        , m_problem(invocation.userStoreProblem())
    {
    }

    UserStore *get()
    {
        if (m_store || m_tried)
            return m_store.get();
        m_tried = true;
        if (!m_problem.isEmpty()) {
            m_error = m_problem; // HOME unusable: no folder is made anywhere
            return nullptr;
        }
        auto opened = UserStore::open(m_path);
        if (!opened.setAsidePath.isEmpty())
            err() << "careercompare: "
                  << QCoreApplication::translate(
                         "CommandLine", "your saved data could not be read; it was set aside as %1")
                         .arg(shown(opened.setAsidePath))
                  << '\n';
        m_error = opened.error;
        m_store = std::move(opened.store);
        return m_store.get();
    }
    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_problem;
    std::unique_ptr<UserStore> m_store;
    QString m_error;
    bool m_tried = false;
};

struct Resolved {
    std::optional<Role> role;
    int exitCode = ExitOk;
};

Resolved ambiguousRole(const RoleDirectory &directory, const QString &name, const QStringList &codes)
{
    QStringList choices;
    for (const QString &code : codes) {
        if (const auto r = directory.role(code))
            choices << QStringLiteral("%1 (%2)").arg(
                safefile::printable(r->title), safefile::printable(code));
        else // never an empty list: the code alone when its role cannot be read
            choices << safefile::printable(code);
    }
    err() << "careercompare: "
          << QCoreApplication::translate(
                 "CommandLine", "\"%1\" names several roles; give one of their codes:")
                 .arg(safefile::printable(name.left(200)))
          << "\n  " << choices.join(QStringLiteral("\n  ")) << '\n';
    return { std::nullopt, ExitUnknownRole };
}

Resolved unknownRole(const RoleDirectory &directory, const QString &name)
{
    const QStringList closest = closestNames(name, directory.allNames(), 5);
    err() << "careercompare: "
          << QCoreApplication::translate("CommandLine", "no role is called \"%1\".")
                 .arg(safefile::printable(name.left(200)));
    if (!closest.isEmpty()) {
        err() << ' ' << QCoreApplication::translate("CommandLine", "Closest matches:");
        for (const QString &c : closest)
            err() << "\n  " << safefile::printable(c);
    }
    err() << '\n';
    return { std::nullopt, ExitUnknownRole };
}

// A role named on the command line; an unknown or ambiguous name is exit 2, a catalogue that fails
// to answer is exit 3.
Resolved resolve(const RoleDirectory &directory, const QString &name)
{
    const QStringList codes = directory.findCodes(name);
    if (codes.isEmpty() && catalogueLookupFailed(directory))
        return { std::nullopt, catalogueUnreadable(directory) };
    if (codes.isEmpty())
        return unknownRole(directory, name);
    if (codes.size() > 1)
        return ambiguousRole(directory, name, codes);
    auto role = directory.role(codes.first());
    if (!role)
        return { std::nullopt, catalogueUnreadable(directory) };
    return { role, ExitOk };
}

int printHelp(const Invocation &invocation)
{
    out() << invocation.helpText();
    return ExitOk;
}

int printVersion()
{
    out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n'
          << QCoreApplication::translate("CommandLine", "catalogue: %1")
                 .arg(shown(QDir::cleanPath(QFileInfo(defaultCataloguePath()).absoluteFilePath())))
          << '\n';
    return ExitOk;
}

// Roles given where none belong, or not two where two are needed.
std::optional<int> usageError(const Invocation &invocation)
{
    const bool noRoles
        = invocation.isSet(Option::List) || invocation.isSet(Option::Search) || invocation.rolesOnly();
    if (!noRoles && invocation.roles().size() != 2) {
        err() << "careercompare: "
              << QCoreApplication::translate("CommandLine", "give two roles to compare, for example:")
              << "\n  careercompare --compare \"Software Developers\" \"Data Scientists\" --json\n";
        return ExitUsage;
    }
    if (noRoles && !invocation.roles().isEmpty())
        return fail(ExitUsage,
            QCoreApplication::translate(
                "CommandLine", "--list, --search, --import-roles and --export-roles take no roles"));
    return std::nullopt;
}

// Every output path checked before any work: a regular file or a new one, never a device, a FIFO,
// a read-only file, an input of this command or the user's own store, and never both outputs at once.
int checkOutputs(const Invocation &invocation)
{
    const QStringList inputs = invocation.protectedPaths();
    const Option outputs[] = { Option::Pdf, Option::ExportRoles };
    for (Option o : outputs) {
        if (!invocation.isSet(o))
            continue;
        QStringList others = inputs;
        for (Option other : outputs) {
            if (other != o && invocation.isSet(other))
                others << invocation.value(other);
        }
        if (const QString problem = safefile::outputProblem(invocation.value(o), others); !problem.isEmpty())
            return fail(ExitCannotWrite, problem);
    }
    return ExitOk;
}

int importRoles(const Invocation &invocation, UserStore &store, const CatalogueDatabase &catalogue)
{
    UserStore::RolesImportOptions options;
    options.replace = invocation.isSet(Option::Replace);
    options.catalogueHas = UserStore::catalogueCodes(catalogue);
    if (!catalogue.lastError().isEmpty())
        return fail(ExitBadCatalogue,
            QCoreApplication::translate(
                "CommandLine", "the catalogue cannot be read, so the roles' codes cannot be checked: %1")
                .arg(reasonOf(catalogue.lastError())));
    const UserStore::RolesImport imported
        = store.importRolesFile(invocation.value(Option::ImportRoles), options);
    if (!imported.ok()) {
        const bool taken = !options.replace && !imported.conflicts.isEmpty();
        return fail(imported.badInput ? ExitBadInput : ExitCannotWrite,
            taken ? imported.error + QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "CommandLine", "(--replace replaces your own roles with the same codes.)")
                  : imported.error);
    }
    for (const RoleInput &r : imported.roles) {
        const bool replaced = imported.replaced.contains(r.role.code);
        out() << (replaced ? QCoreApplication::translate("CommandLine", "replaced")
                           : QCoreApplication::translate("CommandLine", "imported"))
              << '\t' << safefile::printable(r.role.code) << '\t' << safefile::printable(r.role.title)
              << '\n';
    }
    return ExitOk;
}

int exportRoles(const Invocation &invocation, UserStore &store)
{
    if (!store.exportRolesFile(invocation.value(Option::ExportRoles), invocation.protectedPaths()))
        return fail(ExitCannotWrite, store.lastError());
    return ExitOk;
}

// --import-roles, then --export-roles, when asked for.
int transferRoles(const Invocation &invocation, LazyUserStore &store, const CatalogueDatabase *catalogue)
{
    if (!invocation.isSet(Option::ImportRoles) && !invocation.isSet(Option::ExportRoles))
        return ExitOk;
    if (!store.get())
        return fail(ExitCannotWrite, store.error());
    if (invocation.isSet(Option::ImportRoles) && catalogue) {
        if (const int code = importRoles(invocation, *store.get(), *catalogue))
            return code;
    }
    if (invocation.isSet(Option::ExportRoles))
        return exportRoles(invocation, *store.get());
    return ExitOk;
}

int listRoles(const CatalogueDatabase &catalogue)
{
    const QVector<RoleSummary> roles = catalogue.roles();
    if (!catalogue.lastError().isEmpty())
        return catalogueUnreadable(catalogue.lastError());
    for (const RoleSummary &r : roles)
        out() << shown(r.code) << '\t' << shown(r.title) << '\t' << shown(onetTerm(r.category)) << '\n';
    return ExitOk;
}

// --search TEXT: the best matching roles, best first; exit 2 when none matches.
int searchRoles(const Invocation &invocation, const CatalogueDatabase &catalogue)
{
    const QString text = invocation.value(Option::Search);
    if (text.simplified().isEmpty())
        return fail(
            ExitUsage, QCoreApplication::translate("CommandLine", "--search needs some text to look for"));
    const SearchNames names = catalogue.searchNames();
    if (!catalogue.lastError().isEmpty())
        return catalogueUnreadable(catalogue.lastError());
    const QVector<RoleMatch> matches = bestRoleMatches(names, text, 10);
    if (matches.isEmpty())
        return fail(ExitUnknownRole,
            QCoreApplication::translate(
                "CommandLine", "no role matches \"%1\" in its title, alternate titles or Spanish names")
                .arg(shown(text.simplified().left(100))));
    for (const RoleMatch &m : matches)
        out() << shown(m.code) << '\t' << shown(m.title) << '\t' << shown(m.term) << '\n';
    return ExitOk;
}

// Each role's first five detailed work activities (as the PDF), core-task work first.
void printWorkActivities(QTextStream &o, const Comparison &c)
{
    o << '\n'
      << QCoreApplication::translate(
             "CommandLine", "What the work is (O*NET detailed work activities, core tasks first)")
      << '\n';
    for (const Role *role : { &c.a, &c.b }) {
        o << "  " << shown(role->title) << ":\n";
        const int count = int(role->workActivities.size());
        if (count == 0)
            o << "    - " << QCoreApplication::translate("CommandLine", "O*NET lists no work activities")
              << '\n';
        for (int i = 0; i < std::min(5, count); ++i)
            o << "    - " << shown(role->workActivities.at(i).dwaTitle) << '\n';
        if (count > 5)
            o << "    - " << QCoreApplication::translate("CommandLine", "and %1 more").arg(count - 5) << '\n';
    }
}

void printText(const Comparison &c)
{
    QTextStream &o = out();
    o << shown(QCoreApplication::translate("CommandLine", "%1 vs %2").arg(c.a.title, c.b.title)) << '\n';
    // In Spanish, the closest ESCO occupation's Spanish label under the official English titles.
    for (const Role *r : { &c.a, &c.b }) {
        if (!textIsEnglish() && !r->escoLabel.isEmpty())
            o << shown(
                QCoreApplication::translate("CommandLine", "%1 — ESCO: %2").arg(r->title, r->escoLabel))
              << '\n';
    }
    o << '\n' << shown(c.summary) << "\n\n";
    o << QCoreApplication::translate("CommandLine", "Conclusion") << '\n';
    for (const QString &line : c.conclusion)
        o << "  - " << shown(line) << '\n';
    for (const auto &[role, lines] : { std::pair { &c.a, &c.chooseAIf }, std::pair { &c.b, &c.chooseBIf } }) {
        o << '\n'
          << shown(QCoreApplication::translate("CommandLine", "Choose %1 if you...").arg(role->title))
          << '\n';
        for (const QString &line : *lines)
            o << "  - " << shown(line) << '\n';
    }
    printWorkActivities(o, c);
    QStringList shared;
    bool onlyTechnologies = !c.skills.shared.isEmpty();
    bool onlySkills = !c.skills.shared.isEmpty();
    for (const OverlapEntry &e : c.skills.shared) {
        shared << onetTerm(e.entity.name);
        onlyTechnologies = onlyTechnologies && e.entity.kind == SkillKind::Technology;
        onlySkills = onlySkills && e.entity.kind == SkillKind::Skill;
    }
    // Named for what they are: with a role's skills unrated, only technologies can be shared; a list
    // that mixes kinds is not called skills alone.
    QString sharedLine;
    if (shared.isEmpty())
        sharedLine = c.skills.skillsCompared()
            ? QCoreApplication::translate("CommandLine", "Shared skills: none")
            : QCoreApplication::translate("CommandLine", "Shared technologies: none");
    else
        sharedLine
            = (onlyTechnologies  ? QCoreApplication::translate("CommandLine", "Shared technologies (%1): %2")
                    : onlySkills ? QCoreApplication::translate("CommandLine", "Shared skills (%1): %2")
                                 : QCoreApplication::translate("CommandLine",
                                     "Shared skills, knowledge areas and technologies (%1): %2"))
                  .arg(QString::number(c.skills.shared.size()), shared.join(QStringLiteral(", ")));
    o << '\n' << shown(sharedLine) << '\n';
    o << '\n'
      << QCoreApplication::translate(
             "CommandLine", "Real moves (US Current Population Survey, del Rio-Chanona et al. 2021)")
      << '\n';
    o << "  - " << shown(mobility::pairSentence(c.a, c.b)) << '\n';
    o << "  - " << shown(mobility::pairSentence(c.b, c.a)) << '\n';
}

void printJson(const Comparison &c, const RoleDirectory &directory)
{
    const QJsonObject json = comparisonToJson(
        c, directory.sourceCitations(), directory.catalogue().metadata(schema::MetadataKey::OnetCredit));
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

// `fonts`: the font database being filled on another thread (runCommandLine), waited for before
// the report uses a font.
int writePdf(const Invocation &invocation, const Comparison &c, const RoleDirectory &directory,
    std::future<QString> &fonts)
{
    const CatalogueDatabase &catalogue = directory.catalogue();
    ReportContext context;
    context.credit = catalogue.metadata(schema::MetadataKey::OnetCredit);
    context.citations = directory.sourceCitations();
    context.catalogueRelease = catalogue.releaseLine();
    context.client = invocation.value(Option::Client).left(200);
    if (invocation.isSet(Option::Notes)) {
        // A regular file of at most MaxNotesBytes: /dev/zero or a FIFO is refused before it is read.
        const safefile::ReadResult notes
            = safefile::readRegularFile(invocation.value(Option::Notes), MaxNotesBytes);
        if (!notes.ok())
            return fail(
                ExitBadInput, QCoreApplication::translate("CommandLine", "the notes: %1").arg(notes.error));
        context.notes = QString::fromUtf8(notes.bytes);
        if (ComparisonReport::notesShortened(context.notes))
            err() << "careercompare: "
                  << QCoreApplication::translate("CommandLine",
                         "the notes are longer than %1 characters; the PDF prints the first %1.")
                         .arg(ComparisonReport::MaxNotesChars)
                  << '\n';
    }
    const Paper paper = invocation.paper();
    const QPageSize pageSize = paper == Paper::Letter ? QPageSize(QPageSize::Letter)
        : paper == Paper::A4                          ? QPageSize(QPageSize::A4)
                                                      : ComparisonReport::defaultPageSize();
    QString error;
    const ComparisonReport report(c, context);
    if (!report.writePdf(
            invocation.value(Option::Pdf), &error, pageSize, invocation.protectedPaths(), [&fonts] {
                if (fonts.valid())
                    fonts.wait(); // no font is touched on this thread before the font database is filled
            }))
        return fail(ExitCannotWrite, error);
    if (const QString withoutGlyphs = report.charactersWithoutGlyphs(); !withoutGlyphs.isEmpty())
        err() << "careercompare: "
              << QCoreApplication::translate("CommandLine",
                     "the PDF is written, but no font installed on this computer has these characters of "
                     "the notes or the client's name, so they print as empty boxes: %1. Install a font "
                     "that has them (for Chinese, Japanese and Korean, for example, fonts-noto-cjk).")
                     .arg(shown(withoutGlyphs))
              << '\n';
    return ExitOk;
}

// --compare A B: text, or JSON, and/or a PDF.
int compareRoles(const Invocation &invocation, const CatalogueDatabase &catalogue, LazyUserStore &store,
    std::future<QString> &fonts)
{
    const QStringList names = invocation.roles();
    // Custom roles only when a name is not the catalogue's.
    const bool needsStore
        = catalogue.findCodes(names.at(0)).isEmpty() || catalogue.findCodes(names.at(1)).isEmpty();
    const RoleDirectory directory(catalogue, needsStore ? store.get() : nullptr);
    if (needsStore && !store.error().isEmpty())
        err() << "careercompare: "
              << QCoreApplication::translate("CommandLine", "your custom roles cannot be looked up: %1")
                     .arg(shown(store.error()))
              << '\n';
    const Resolved a = resolve(directory, names.at(0));
    if (!a.role)
        return a.exitCode;
    const Resolved b = resolve(directory, names.at(1));
    if (!b.role)
        return b.exitCode;

    const Comparison comparison = Comparison::of(*a.role, *b.role);
    if (invocation.isSet(Option::Pdf)) {
        if (const int code = writePdf(invocation, comparison, directory, fonts))
            return code;
    }
    if (invocation.isSet(Option::Json))
        printJson(comparison, directory);
    else if (!invocation.isSet(Option::Pdf))
        printText(comparison);
    return ExitOk;
}

int runCommand(const Invocation &invocation)
{
    if (const auto code = usageError(invocation))
        return *code;
    if (const int code = checkOutputs(invocation))
        return code;
    // A PDF needs the font database: filled on the second core while the catalogue opens and the
    // roles load (fontcheck.h says why that is safe), and the report's font made there too.
    // Waited for before the report is drawn, and on any early return by the future's destructor.
    std::future<QString> fonts;
    if (invocation.mode() == Mode::Pdf)
        fonts = missingFontsProblemInBackground(true);
    LazyUserStore store(invocation);
    // The catalogue for everything but an export alone (an import checks codes against it).
    CatalogueDatabase::OpenResult opened;
    if (!invocation.rolesOnly() || invocation.isSet(Option::ImportRoles)) {
        opened = CatalogueDatabase::open(invocation.cataloguePath());
        if (!opened.catalogue)
            return fail(ExitBadCatalogue, opened.message);
    }
    if (const int code = transferRoles(invocation, store, opened.catalogue.get()))
        return code;
    if (invocation.rolesOnly())
        return ExitOk;

    if (invocation.isSet(Option::List))
        return listRoles(*opened.catalogue);
    if (invocation.isSet(Option::Search))
        return searchRoles(invocation, *opened.catalogue);
    return compareRoles(invocation, *opened.catalogue, store, fonts);
}

} // namespace

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("careercompare"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareerCompare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
}

Mode modeFor(const QStringList &arguments)
{
    return Invocation(arguments).mode();
}

int runCommandLine(const QStringList &arguments)
{
    // The messages, text, JSON and PDF in the language asked for: the same translation the window uses.
    // The arguments are read again once it is installed, so that their own errors are in it too.
    installTranslations(Invocation(arguments).language());
    const Invocation invocation(arguments);
    int code = ExitOk;
    if (!invocation.parsed())
        code = fail(ExitUsage, invocation.errorText());
    else if (invocation.wantsHelp())
        code = printHelp(invocation);
    else if (invocation.wantsVersion())
        code = printVersion();
    else
        code = runCommand(invocation);
    out().flush();
    return code;
}

} // namespace cc
