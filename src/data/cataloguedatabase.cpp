// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"

#include "catalogueschema.h"
#include "sqliteconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace cc
{

namespace
{

template <typename T> std::optional<T> opt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

Wage wageFrom(const QVariant &v, const QStringList &topCoded, const QString &key)
{
    Wage w;
    w.amount = opt<int>(v);
    w.topCoded = topCoded.contains(key);
    return w;
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return f.read(16) == magic;
}

// Why a file is not a usable catalogue, each with its one message for the user.
enum class Problem {
    Missing,
    NotAFile,
    NotSqlite,
    NoDriver,
    CannotOpen,
    NotCatalogue,
    NoVersion,
    WrongVersion
};

CatalogueDatabase::OpenError openErrorOf(Problem problem)
{
    using E = CatalogueDatabase::OpenError;
    switch (problem) {
    case Problem::Missing:
        return E::Missing;
    case Problem::NotAFile:
    case Problem::NoDriver:
    case Problem::CannotOpen:
        return E::Unreadable;
    case Problem::NotSqlite:
        return E::NotSqlite;
    case Problem::NotCatalogue:
    case Problem::NoVersion:
        return E::NotCatalogue;
    case Problem::WrongVersion:
        return E::WrongVersion;
    }
    return E::Unreadable;
}

QString messageOf(Problem problem, const QString &path, const QString &detail)
{
    switch (problem) {
    case Problem::Missing:
        return QStringLiteral("The catalogue %1 does not exist.").arg(path);
    case Problem::NotAFile:
        return QStringLiteral("The catalogue %1 cannot be read.").arg(path);
    case Problem::NotSqlite:
        return QStringLiteral(
            "%1 is not a catalogue: it is not an SQLite database (it may be empty or damaged).")
            .arg(path);
    case Problem::NoDriver:
        return QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed, so no catalogue can be read.");
    case Problem::CannotOpen:
        return QStringLiteral("The catalogue %1 cannot be opened: %2").arg(path, detail);
    case Problem::NotCatalogue:
        return QStringLiteral("%1 is an SQLite database but not a Career Compare catalogue (%2).")
            .arg(path, detail);
    case Problem::NoVersion:
        return QStringLiteral("%1 has no schema version.").arg(path);
    case Problem::WrongVersion:
        return QStringLiteral("%1 has catalogue schema version %2, but this program reads version %3.")
            .arg(path, detail)
            .arg(schema::CatalogueVersion);
    }
    return QString();
}

CatalogueDatabase::OpenResult failure(Problem problem, const QString &path, const QString &detail = QString())
{
    CatalogueDatabase::OpenResult result;
    result.error = openErrorOf(problem);
    result.message = messageOf(problem, path, detail);
    return result;
}

// The file before SQLite opens it: there, a regular file, SQLite's header, a driver to read it.
std::optional<Problem> fileProblem(const QFileInfo &info)
{
    if (!info.exists())
        return Problem::Missing;
    if (!info.isFile() || !info.isReadable())
        return Problem::NotAFile;
    if (!looksLikeSqlite(info.filePath()))
        return Problem::NotSqlite;
    if (!SqliteConnection::driverAvailable())
        return Problem::NoDriver;
    return std::nullopt;
}

// The open file: our application id and the schema version this program reads.
std::optional<Problem> schemaProblem(const QSqlDatabase &database, QString *detail)
{
    QSqlQuery q(database);
    const QString select = QStringLiteral("SELECT value FROM metadata WHERE key = '%1'");
    if (!q.exec(select.arg(schema::MetadataKey::ApplicationId)) || !q.next()
        || q.value(0).toString() != schema::ApplicationId) {
        *detail = q.lastError().isValid() ? sqlErrorText(q.lastError()) : QStringLiteral("no application id");
        return Problem::NotCatalogue;
    }
    if (!q.exec(select.arg(schema::MetadataKey::SchemaVersion)) || !q.next())
        return Problem::NoVersion;
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    if (!ok || version != schema::CatalogueVersion) {
        *detail = q.value(0).toString();
        return Problem::WrongVersion;
    }
    return std::nullopt;
}

} // namespace

CatalogueDatabase::CatalogueDatabase(const QString &path)
    : m_path(path)
    , m_connection(std::make_unique<SqliteConnection>(
          QStringLiteral("cc-catalogue"), path, SqliteConnection::Mode::ReadOnly))
{
}

CatalogueDatabase::~CatalogueDatabase() = default;

QSqlDatabase CatalogueDatabase::db() const
{
    return m_connection->database();
}

CatalogueDatabase::OpenResult CatalogueDatabase::open(const QString &path)
{
    const QFileInfo info(path);
    if (const auto problem = fileProblem(info))
        return failure(*problem, path);
    std::unique_ptr<CatalogueDatabase> catalogue(new CatalogueDatabase(info.absoluteFilePath()));
    if (!catalogue->m_connection->open())
        return failure(Problem::CannotOpen, path, sqlErrorText(catalogue->m_connection->lastError()));
    QString detail;
    if (const auto problem = schemaProblem(catalogue->db(), &detail))
        return failure(*problem, path, detail);
    OpenResult result;
    result.catalogue = std::move(catalogue);
    return result;
}

bool CatalogueDatabase::exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (ok)
        m_lastError.clear();
    else
        m_lastError = sqlErrorText(q.lastError());
    return ok;
}

QString CatalogueDatabase::metadata(const QString &key) const
{
    QSqlQuery q(db());
    if (exec(q, QStringLiteral("SELECT value FROM metadata WHERE key = ?"), { key }) && q.next())
        return q.value(0).toString();
    return QString();
}

QVector<RoleSummary> CatalogueDatabase::roles() const
{
    QVector<RoleSummary> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT code, title, category, origin FROM roles ORDER BY title, code")))
        return list;
    while (q.next())
        list.append(RoleSummary { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            roleOriginFromName(q.value(3).toString()).value_or(RoleOrigin::Onet) });
    return list;
}

QStringList CatalogueDatabase::findCodes(const QString &name) const
{
    m_lastError.clear();
    const QString wanted = name.trimmed();
    QStringList codes;
    if (wanted.isEmpty())
        return codes;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // Code first ("15-1252" means "15-1252.00"), then the title, then alternate titles.
    if (!exec(q,
            QStringLiteral("SELECT code FROM roles WHERE code = ? COLLATE NOCASE OR code = ? || '.00'"
                           " OR title = ? COLLATE NOCASE ORDER BY code"),
            { wanted, wanted, wanted }))
        return codes;
    while (q.next())
        codes << q.value(0).toString();
    if (!codes.isEmpty())
        return codes;
    if (!exec(q,
            QStringLiteral("SELECT DISTINCT role_code FROM alternate_titles WHERE title = ? COLLATE NOCASE"
                           " OR short_title = ? COLLATE NOCASE ORDER BY role_code"),
            { wanted, wanted }))
        return codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

QVector<NamedCode> CatalogueDatabase::allNames() const
{
    QVector<NamedCode> names;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q,
            QStringLiteral(
                "SELECT title, code FROM roles UNION ALL SELECT title, role_code FROM alternate_titles")))
        return names;
    while (q.next())
        names.append(NamedCode { q.value(0).toString(), q.value(1).toString() });
    return names;
}

QHash<QString, QString> CatalogueDatabase::sourceCitations() const
{
    QHash<QString, QString> citations;
    QSqlQuery q(db());
    if (!exec(q, QStringLiteral("SELECT id, citation FROM sources")))
        return citations;
    while (q.next())
        citations.insert(q.value(0).toString(), q.value(1).toString());
    return citations;
}

bool CatalogueDatabase::loadSkillEntities() const
{
    m_lastError.clear();
    if (!m_entitiesByName.isEmpty())
        return true;
    QSqlQuery q(db());
    // Skills before knowledge before technologies when names collide ("Mathematics").
    if (!exec(q,
            QStringLiteral("SELECT id, name, kind FROM skill_entities WHERE kind <> 'topic' ORDER BY"
                           " CASE kind WHEN 'skill' THEN 0 WHEN 'knowledge' THEN 1 ELSE 2 END DESC, id")))
        return false;
    while (q.next()) {
        const SkillEntity e { q.value(0).toString(), q.value(1).toString(),
            skillKindFromName(q.value(2).toString()).value_or(SkillKind::Technology) };
        m_entitiesByName.insert(e.name.simplified().toCaseFolded(), e);
    }
    return true;
}

QStringList CatalogueDatabase::skillEntityNames() const
{
    QStringList names;
    if (!loadSkillEntities())
        return names;
    names.reserve(m_entitiesByName.size());
    for (const SkillEntity &e : std::as_const(m_entitiesByName))
        names << e.name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<SkillEntity> CatalogueDatabase::skillEntityNamed(const QString &name) const
{
    if (!loadSkillEntities())
        return std::nullopt;
    const auto it = m_entitiesByName.constFind(name.simplified().toCaseFolded());
    if (it == m_entitiesByName.constEnd())
        return std::nullopt;
    return *it;
}

QHash<QString, QString> CatalogueDatabase::sourceNames() const
{
    QHash<QString, QString> names;
    QSqlQuery q(db());
    if (!exec(q, QStringLiteral("SELECT id, name, release FROM sources")))
        return names;
    while (q.next())
        names.insert(q.value(0).toString(),
            QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString()));
    return names;
}

QVector<CatalogueDatabase::SearchName> CatalogueDatabase::searchNames() const
{
    QVector<SearchName> names;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q,
            QStringLiteral(
                "SELECT r.title, r.code, r.title, r.category, 1 FROM roles r"
                " UNION ALL SELECT a.title, a.role_code, r.title, r.category, 0 FROM alternate_titles a"
                " JOIN roles r ON r.code = a.role_code WHERE a.title <> r.title")))
        return names;
    names.reserve(50000);
    while (q.next())
        names.append(SearchName { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt() == 1 });
    return names;
}

namespace
{

// The roles row: every single-valued attribute of the role.
Role roleFromRecord(const QSqlRecord &r)
{
    auto v = [&](const char *column) { return r.value(QLatin1String(column)); };
    Role role;
    role.code = v("code").toString();
    role.title = v("title").toString();
    role.category = v("category").toString();
    role.origin = roleOriginFromName(v("origin").toString()).value_or(RoleOrigin::Onet);
    const QStringList topCoded = v("salary_top_coded").toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    role.salary.low = wageFrom(v("salary_low"), topCoded, QStringLiteral("low"));
    role.salary.p25 = wageFrom(v("salary_p25"), topCoded, QStringLiteral("p25"));
    role.salary.median = wageFrom(v("salary_median"), topCoded, QStringLiteral("median"));
    role.salary.p75 = wageFrom(v("salary_p75"), topCoded, QStringLiteral("p75"));
    role.salary.high = wageFrom(v("salary_high"), topCoded, QStringLiteral("high"));
    role.salary.currency = v("salary_currency").toString();
    role.salary.year = opt<int>(v("salary_year"));
    role.employment2024 = opt<double>(v("employment_2024"));
    role.employment2034 = opt<double>(v("employment_2034"));
    role.growthPercent = opt<double>(v("growth_percent"));
    role.annualOpenings = opt<double>(v("annual_openings"));
    role.demandScore = opt<double>(v("demand_score"));
    if (!v("bright_outlook").isNull())
        role.brightOutlook = v("bright_outlook").toInt() != 0;
    role.aiRiskPercent = opt<double>(v("ai_risk_percent"));
    role.llmExposurePercent = opt<double>(v("llm_exposure_percent"));
    role.learningMonths = opt<int>(v("learning_months"));
    role.jobZone = opt<int>(v("job_zone"));
    role.difficulty = difficultyFromName(v("difficulty").toString());
    role.typicalEducation = v("typical_education").toString();
    role.workExperience = v("work_experience").toString();
    role.jobTraining = v("job_training").toString();
    role.entryBarrier = entryBarrierFromName(v("entry_barrier").toString());
    role.teleworkShare = opt<double>(v("telework_share"));
    role.remoteFriendly = remoteFriendlyFromName(v("remote_friendly").toString());
    if (!v("requires_coding").isNull())
        role.requiresCoding = v("requires_coding").toInt() != 0;
    const char *interestColumns[InterestCount] = { "interest_realistic", "interest_investigative",
        "interest_artistic", "interest_social", "interest_enterprising", "interest_conventional" };
    for (int i = 0; i < InterestCount; ++i)
        role.interests[std::size_t(i)] = opt<double>(v(interestColumns[i]));
    return role;
}

// A related or destination role: code, title, (ignored), median, top-coded list, demand, growth.
RelatedRole relatedFrom(const QSqlQuery &q, const QString &tier)
{
    RelatedRole r;
    r.code = q.value(0).toString();
    r.title = q.value(1).toString();
    r.tier = tier;
    r.medianSalary = wageFrom(q.value(3), q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
        QStringLiteral("median"));
    r.demandScore = opt<double>(q.value(5));
    r.growthPercent = opt<double>(q.value(6));
    return r;
}

// One row of role_skills joined with one of its entities; a new position starts a new skill.
void appendSkillRow(Role &role, const QSqlQuery &q, int &lastPosition)
{
    const int position = q.value(0).toInt();
    if (position != lastPosition) {
        RoleSkill skill;
        skill.label = q.value(1).toString();
        skill.kind = skillKindFromName(q.value(2).toString()).value_or(SkillKind::Skill);
        skill.importance = opt<double>(q.value(3));
        skill.hot = q.value(4).toInt() != 0;
        skill.inDemand = q.value(5).toInt() != 0;
        role.skills.append(skill);
        lastPosition = position;
    }
    role.skills.last().entities.append(SkillEntity { q.value(6).toString(), q.value(7).toString(),
        skillKindFromName(q.value(8).toString()).value_or(SkillKind::Skill) });
}

} // namespace

std::optional<Role> CatalogueDatabase::role(const QString &code) const
{
    std::optional<Role> role;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!exec(q, QStringLiteral("SELECT * FROM roles WHERE code = ?"), { code }) || !q.next())
            return std::nullopt; // lastError() tells a failure from no such code
        role = roleFromRecord(q.record());
    }
    if (!readRoleDetails(*role))
        return std::nullopt;
    return role;
}

// The role's provenance, skills and related roles.
bool CatalogueDatabase::readRoleDetails(Role &role) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q,
            QStringLiteral(
                "SELECT field, status, COALESCE(source_id, ''), note FROM provenance WHERE role_code = ?"),
            { role.code }))
        return false;
    while (q.next()) {
        role.provenance.insert(q.value(0).toString(),
            Provenance { q.value(2).toString(),
                valueStatusFromName(q.value(1).toString()).value_or(ValueStatus::Missing),
                q.value(3).toString() });
    }

    if (!exec(q,
            QStringLiteral(
                "SELECT s.position, s.label, s.kind, s.importance, s.hot, s.in_demand, e.id, e.name, e.kind"
                " FROM role_skills s JOIN role_skill_entities l ON l.role_code = s.role_code AND l.position "
                "= "
                "s.position"
                " JOIN skill_entities e ON e.id = l.entity_id WHERE s.role_code = ? ORDER BY s.position, "
                "e.id"),
            { role.code }))
        return false;
    int lastPosition = -1;
    while (q.next())
        appendSkillRow(role, q, lastPosition);

    if (!exec(q,
            QStringLiteral("SELECT r.related_code, o.title, r.tier, o.salary_median, o.salary_top_coded,"
                           " o.demand_score, o.growth_percent FROM related_roles r JOIN roles o ON "
                           "o.code = r.related_code"
                           " WHERE r.role_code = ? ORDER BY r.rank"),
            { role.code }))
        return false;
    while (q.next())
        role.related.append(relatedFrom(q, q.value(2).toString()));
    return readRoleMobility(role) && readSimilarity(role);
}

// The role's survey groups and where their people are a year later, each destination group with
// the catalogue's roles in it (the one to compare with first).
bool CatalogueDatabase::readRoleMobility(Role &role) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q,
            QStringLiteral(
                "SELECT g.cps_code, m.title, g.weight FROM role_mobility_groups g"
                " JOIN mobility_groups m ON m.code = g.cps_code WHERE g.role_code = ? ORDER BY g.cps_code"),
            { role.code }))
        return false;
    while (q.next())
        role.mobility.groups.append(
            MobilityGroup { q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble() });
    if (role.mobility.groups.isEmpty())
        return true;
    if (!exec(q,
            QStringLiteral(
                "SELECT f.target_code, m.title, SUM(g.weight * f.probability) FROM role_mobility_groups g"
                " JOIN mobility_flows f ON f.source_code = g.cps_code"
                " JOIN mobility_groups m ON m.code = f.target_code"
                " WHERE g.role_code = ? GROUP BY f.target_code ORDER BY f.target_code"),
            { role.code }))
        return false;
    QHash<QString, int> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), int(role.mobility.outflows.size()));
        role.mobility.outflows.append(
            MobilityFlow { q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), {} });
    }
    // Mostly this group first, then the most employment, then the code (".00" before ".01").
    if (!exec(q,
            QStringLiteral(
                "SELECT o.code, o.title, '', o.salary_median, o.salary_top_coded, o.demand_score,"
                " o.growth_percent, rg.cps_code FROM role_mobility_groups rg"
                " JOIN roles o ON o.code = rg.role_code"
                " WHERE rg.cps_code IN (SELECT f.target_code FROM role_mobility_groups g"
                " JOIN mobility_flows f ON f.source_code = g.cps_code WHERE g.role_code = ?)"
                " ORDER BY rg.cps_code, rg.weight DESC, COALESCE(o.wage_employment, 0) DESC, o.code"),
            { role.code }))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(7).toString());
        if (it != index.constEnd())
            role.mobility.outflows[*it].roles.append(relatedFrom(q, QString()));
    }
    return true;
}

bool CatalogueDatabase::readSimilarity(Role &role) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!m_similarityMu) {
        if (!exec(q, QStringLiteral("SELECT grp, mu FROM similarity_groups")))
            return false;
        std::array<double, SimilarityGroupCount> mu {};
        for (int g = 0; g < SimilarityGroupCount; ++g)
            mu[std::size_t(g)] = defaultSimilarityMu(SimilarityGroup(g));
        while (q.next()) {
            if (const auto g = similarityGroupFromName(q.value(0).toString()))
                mu[std::size_t(*g)] = q.value(1).toDouble();
        }
        m_similarityMu = mu;
    }
    SimilarityProfile &p = role.similarity;
    p.mu = m_similarityMu;
    p.jobZone = role.jobZone;
    if (!exec(q, QStringLiteral("SELECT grp, items, vals FROM role_similarity WHERE role_code = ?"),
            { role.code }))
        return false;
    while (q.next()) {
        const auto g = similarityGroupFromName(q.value(0).toString());
        if (!g || int(*g) >= SimilarityVectorGroupCount)
            continue;
        const QStringList items = q.value(1).toString().split(QLatin1Char('\t'));
        const QStringList values = q.value(2).toString().split(QLatin1Char('\t'));
        SparseVector v;
        v.reserve(items.size());
        for (int i = 0; i < items.size() && i < values.size(); ++i)
            v.append({ items.at(i), values.at(i).toDouble() });
        p.vector(*g) = normalisedVector(std::move(v));
    }

    if (!exec(q,
            QStringLiteral("SELECT a.dwa_id, d.title, d.iwa_id, i.title, a.core, a.weight"
                           " FROM role_work_activities a JOIN work_dwas d ON d.id = a.dwa_id"
                           " JOIN work_iwas i ON i.id = d.iwa_id WHERE a.role_code = ? ORDER BY a.position"),
            { role.code }))
        return false;
    while (q.next())
        role.workActivities.append(WorkActivity { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0, q.value(5).toDouble() });
    return true;
}

} // namespace cc
