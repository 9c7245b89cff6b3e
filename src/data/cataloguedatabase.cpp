// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"

#include "catalogueschema.h"
#include "cataloguevalues.h"
#include "sqliteconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace cc
{

namespace
{

using catalogue::cleanText;
using catalogue::MaxCodeLength;
using catalogue::MaxNoteLength;
namespace Bounds = catalogue::Bounds;

static_assert(CatalogueDatabase::DefaultQueryTimeLimitMs == SqliteConnection::DefaultQueryTimeLimitMs);

// A code or id as read: bounded and without control characters.
QString codeAt(const QSqlQuery &q, int column)
{
    return cleanText(q.value(column), MaxCodeLength);
}

QString textAt(const QSqlQuery &q, int column)
{
    return cleanText(q.value(column));
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
        m_lastError = queryError(q);
    return ok;
}

bool CatalogueDatabase::next(QSqlQuery &q) const
{
    if (q.next())
        return true;
    if (q.lastError().isValid())
        m_lastError = queryError(q);
    return false;
}

QString CatalogueDatabase::queryError(const QSqlQuery &q) const
{
    const QString stopped = m_connection->interruption();
    if (!stopped.isEmpty())
        return QStringLiteral("A query of the catalogue %1 (the file may be damaged or altered).")
            .arg(stopped);
    return q.lastError().text();
}

QString CatalogueDatabase::metadata(const QString &key) const
{
    QSqlQuery q(db());
    if (exec(q, QStringLiteral("SELECT value FROM metadata WHERE key = ?"), { key }) && next(q))
        return cleanText(q.value(0), catalogue::MaxMetadataLength, true);
    return QString();
}

QVector<RoleSummary> CatalogueDatabase::roles() const
{
    QVector<RoleSummary> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT code, title, category, origin FROM roles ORDER BY title, code")))
        return list;
    while (next(q))
        list.append(RoleSummary { codeAt(q, 0), textAt(q, 1), textAt(q, 2),
            roleOriginFromName(q.value(3).toString()).value_or(RoleOrigin::Onet) });
    if (!m_lastError.isEmpty())
        list.clear();
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
    while (next(q))
        codes << codeAt(q, 0);
    if (!codes.isEmpty() || !m_lastError.isEmpty())
        return m_lastError.isEmpty() ? codes : QStringList();
    if (!exec(q,
            QStringLiteral("SELECT DISTINCT role_code FROM alternate_titles WHERE title = ? COLLATE NOCASE"
                           " OR short_title = ? COLLATE NOCASE ORDER BY role_code"),
            { wanted, wanted }))
        return codes;
    while (next(q))
        codes << codeAt(q, 0);
    return m_lastError.isEmpty() ? codes : QStringList();
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
    while (next(q))
        names.append(NamedCode { textAt(q, 0), codeAt(q, 1) });
    if (!m_lastError.isEmpty())
        names.clear();
    return names;
}

QHash<QString, QString> CatalogueDatabase::sourceCitations() const
{
    QHash<QString, QString> citations;
    QSqlQuery q(db());
    if (!exec(q, QStringLiteral("SELECT id, citation FROM sources")))
        return citations;
    while (next(q))
        citations.insert(codeAt(q, 0), cleanText(q.value(1), MaxNoteLength));
    if (!m_lastError.isEmpty())
        citations.clear();
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
    while (next(q)) {
        const SkillEntity e { codeAt(q, 0), textAt(q, 1),
            skillKindFromName(q.value(2).toString()).value_or(SkillKind::Technology) };
        m_entitiesByName.insert(e.name.simplified().toCaseFolded(), e);
    }
    if (!m_lastError.isEmpty()) {
        m_entitiesByName.clear();
        return false;
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
    while (next(q))
        names.insert(codeAt(q, 0), QStringLiteral("%1 (%2)").arg(textAt(q, 1), textAt(q, 2)));
    if (!m_lastError.isEmpty())
        names.clear();
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
    while (next(q))
        names.append(
            SearchName { textAt(q, 0), codeAt(q, 1), textAt(q, 2), textAt(q, 3), q.value(4).toInt() == 1 });
    if (!m_lastError.isEmpty())
        names.clear();
    return names;
}

namespace
{

// The salary columns: each percentile a whole number of dollars in range, the five in order, in
// US dollars; anything else makes the whole range missing (which percentile is wrong is unknown).
SalaryRange salaryFrom(const QSqlRecord &r, catalogue::ValueCheck &check)
{
    auto v = [&](const char *column) { return r.value(QLatin1String(column)); };
    const QStringList topCoded = v("salary_top_coded").toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto wage = [&](const char *column, const char *key) {
        return check.wage(v(column), column, topCoded.contains(QLatin1String(key)));
    };
    SalaryRange s;
    s.low = wage("salary_low", "low");
    s.p25 = wage("salary_p25", "p25");
    s.median = wage("salary_median", "median");
    s.p75 = wage("salary_p75", "p75");
    s.high = wage("salary_high", "high");
    if (const QVariant currency = v("salary_currency");
        !currency.isNull() && currency.toString() != s.currency)
        check.refuse(
            Field::Salary, catalogue::ValueCheck::unknownWord("salary_currency", currency.toString()));
    s.year = check.whole(v("salary_year"), "salary_year", Field::Salary, Bounds::SalaryYear);
    check.checkSalaryOrder(s);
    return s;
}

// The roles row: every single-valued attribute of the role, each checked (cataloguevalues.h).
Role roleFromRecord(const QSqlRecord &r, catalogue::ValueCheck &check)
{
    auto v = [&](const char *column) { return r.value(QLatin1String(column)); };
    auto number = [&](const char *column, const QString &field, const catalogue::Range &range) {
        return check.number(v(column), column, field, range);
    };
    Role role;
    role.code = cleanText(v("code"), MaxCodeLength);
    role.title = cleanText(v("title"));
    role.category = cleanText(v("category"));
    role.origin = roleOriginFromName(v("origin").toString()).value_or(RoleOrigin::Onet);
    if (role.origin == RoleOrigin::Custom) // the user's roles live in the user store, never here
        role.origin = RoleOrigin::Onet;
    role.salary = salaryFrom(r, check);
    role.employment2024 = number("employment_2024", Field::Projections, Bounds::EmploymentThousands);
    role.employment2034 = number("employment_2034", Field::Projections, Bounds::EmploymentThousands);
    role.growthPercent = number("growth_percent", Field::Projections, Bounds::GrowthPercent);
    role.annualOpenings = number("annual_openings", Field::Projections, Bounds::OpeningsThousands);
    role.demandScore = number("demand_score", Field::DemandScore, Bounds::DemandScore);
    role.brightOutlook = check.flag(v("bright_outlook"), "bright_outlook", Field::BrightOutlook);
    role.aiRiskPercent = number("ai_risk_percent", Field::AiRisk, Bounds::Percent);
    role.llmExposurePercent = number("llm_exposure_percent", Field::LlmExposure, Bounds::Percent);
    role.learningMonths
        = check.whole(v("learning_months"), "learning_months", Field::LearningMonths, Bounds::LearningMonths);
    role.jobZone = check.whole(v("job_zone"), "job_zone", Field::JobZone, Bounds::JobZone);
    role.difficulty = check.choice(v("difficulty"), "difficulty", Field::Difficulty, &difficultyFromName);
    role.typicalEducation = cleanText(v("typical_education"));
    role.workExperience = cleanText(v("work_experience"));
    role.jobTraining = cleanText(v("job_training"));
    role.entryBarrier
        = check.choice(v("entry_barrier"), "entry_barrier", Field::EntryBarrier, &entryBarrierFromName);
    role.teleworkShare = number("telework_share", Field::RemoteFriendly, Bounds::Share);
    role.remoteFriendly = check.choice(
        v("remote_friendly"), "remote_friendly", Field::RemoteFriendly, &remoteFriendlyFromName);
    role.requiresCoding = check.flag(v("requires_coding"), "requires_coding", Field::RequiresCoding);
    const char *interestColumns[InterestCount] = { "interest_realistic", "interest_investigative",
        "interest_artistic", "interest_social", "interest_enterprising", "interest_conventional" };
    for (int i = 0; i < InterestCount; ++i)
        role.interests[std::size_t(i)] = number(interestColumns[i], Field::Interests, Bounds::Interest);
    return role;
}

// One role's vector of a similarity group: tab-separated items and values. A value that is not a
// number in Bounds::SimilarityValue leaves the group without data for the role (as when O*NET has none).
SparseVector similarityVector(const QString &itemText, const QString &valueText)
{
    const QStringList items = itemText.split(QLatin1Char('\t'));
    const QStringList values = valueText.split(QLatin1Char('\t'));
    SparseVector v;
    v.reserve(std::min(items.size(), values.size()));
    for (qsizetype i = 0; i < items.size() && i < values.size(); ++i) {
        bool ok = false;
        const double value = values.at(i).toDouble(&ok);
        if (!ok || !catalogue::numberIn(value, Bounds::SimilarityValue))
            return {};
        v.append({ items.at(i), value });
    }
    return normalisedVector(std::move(v));
}

// A related or destination role: code, title, (ignored), median, top-coded list, demand, growth.
// A figure outside its range is left out (shown as not available), as on the role's own page.
RelatedRole relatedFrom(const QSqlQuery &q, const QString &tier)
{
    RelatedRole r;
    r.code = codeAt(q, 0);
    r.title = textAt(q, 1);
    r.tier = tier;
    r.medianSalary = catalogue::wageIn(q.value(3),
        q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts).contains(QLatin1String("median")));
    r.demandScore = catalogue::numberIn(q.value(5), Bounds::DemandScore);
    r.growthPercent = catalogue::numberIn(q.value(6), Bounds::GrowthPercent);
    return r;
}

// One row of role_skills joined with one of its entities; a new position starts a new skill.
// A row of a kind this program does not know is left out; an importance outside 1–5 is none.
void appendSkillRow(Role &role, const QSqlQuery &q, int &lastPosition)
{
    const auto kind = skillKindFromName(q.value(2).toString());
    const auto entityKind = skillKindFromName(q.value(8).toString());
    if (!kind || !entityKind)
        return;
    const int position = q.value(0).toInt();
    if (position != lastPosition || role.skills.isEmpty()) {
        RoleSkill skill;
        skill.label = textAt(q, 1);
        skill.kind = *kind;
        skill.importance = catalogue::numberIn(q.value(3), Bounds::Importance);
        skill.hot = q.value(4).toInt() != 0;
        skill.inDemand = q.value(5).toInt() != 0;
        role.skills.append(skill);
        lastPosition = position;
    }
    role.skills.last().entities.append(SkillEntity { codeAt(q, 6), textAt(q, 7), *entityKind });
}

} // namespace

std::optional<Role> CatalogueDatabase::role(const QString &code) const
{
    std::optional<Role> role;
    catalogue::ValueCheck check;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!exec(q, QStringLiteral("SELECT * FROM roles WHERE code = ?"), { code }) || !next(q))
            return std::nullopt; // lastError() tells a failure from no such code
        role = roleFromRecord(q.record(), check);
    }
    if (!readRoleDetails(*role))
        return std::nullopt;
    check.applyTo(*role); // after the provenance is read: refused values are missing, with why
    return role;
}

// The role's provenance, skills and related roles.
bool CatalogueDatabase::readRoleDetails(Role &role) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q,
            QStringLiteral("SELECT field, status, COALESCE(source_id, ''), note, COALESCE(note_parts, '') "
                           "FROM provenance"
                           " WHERE role_code = ?"),
            { role.code }))
        return false;
    while (next(q)) {
        const QString field = codeAt(q, 0);
        const auto status = valueStatusFromName(q.value(1).toString());
        // A note's parts that do not parse are left out: the English note is still shown.
        const QString parts = q.value(4).toString();
        role.provenance.insert(field,
            Provenance { codeAt(q, 2), status.value_or(ValueStatus::Missing),
                cleanText(q.value(3), MaxNoteLength),
                parts.isEmpty() ? NoteText() : NoteText::fromJsonText(parts).value_or(NoteText()) });
        if (!status) // neither known, estimated nor missing: the value is not shown
            catalogue::markMissing(
                role, field, catalogue::ValueCheck::unknownWord("status", q.value(1).toString()));
    }
    if (!m_lastError.isEmpty())
        return false;

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
    while (next(q))
        appendSkillRow(role, q, lastPosition);
    if (!m_lastError.isEmpty())
        return false;

    if (!exec(q,
            QStringLiteral("SELECT r.related_code, o.title, r.tier, o.salary_median, o.salary_top_coded,"
                           " o.demand_score, o.growth_percent FROM related_roles r JOIN roles o ON "
                           "o.code = r.related_code"
                           " WHERE r.role_code = ? ORDER BY r.rank"),
            { role.code }))
        return false;
    while (next(q))
        role.related.append(relatedFrom(q, textAt(q, 2)));
    return m_lastError.isEmpty() && readRoleMobility(role) && readSimilarity(role);
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
    QString refused; // the first share outside 0–1: the role's mobility is then missing
    while (next(q)) {
        const auto weight = catalogue::numberIn(q.value(2), Bounds::Share);
        if (!weight && refused.isEmpty())
            refused
                = catalogue::ValueCheck::outOfRange("role_mobility_groups.weight", q.value(2), Bounds::Share);
        role.mobility.groups.append(MobilityGroup { codeAt(q, 0), textAt(q, 1), weight.value_or(0) });
    }
    if (!m_lastError.isEmpty())
        return false;
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
    while (next(q)) {
        const auto probability = catalogue::numberIn(q.value(2), Bounds::Share);
        if (!probability && refused.isEmpty())
            refused
                = catalogue::ValueCheck::outOfRange("mobility_flows.probability", q.value(2), Bounds::Share);
        index.insert(codeAt(q, 0), int(role.mobility.outflows.size()));
        role.mobility.outflows.append(
            MobilityFlow { codeAt(q, 0), textAt(q, 1), probability.value_or(0), {} });
    }
    if (!m_lastError.isEmpty())
        return false;
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
    while (next(q)) {
        const auto it = index.constFind(codeAt(q, 7));
        if (it != index.constEnd())
            role.mobility.outflows[*it].roles.append(relatedFrom(q, QString()));
    }
    if (!refused.isEmpty())
        catalogue::markMissing(role, Field::Mobility, refused);
    return m_lastError.isEmpty();
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
        while (next(q)) {
            const auto g = similarityGroupFromName(q.value(0).toString());
            const auto value = catalogue::numberIn(q.value(1), Bounds::Share); // else the default
            if (g && value)
                mu[std::size_t(*g)] = *value;
        }
        if (!m_lastError.isEmpty())
            return false;
        m_similarityMu = mu;
    }
    SimilarityProfile &p = role.similarity;
    p.mu = m_similarityMu;
    p.jobZone = role.jobZone;
    if (!exec(q, QStringLiteral("SELECT grp, items, vals FROM role_similarity WHERE role_code = ?"),
            { role.code }))
        return false;
    while (next(q)) {
        const auto g = similarityGroupFromName(q.value(0).toString());
        if (g && int(*g) < SimilarityVectorGroupCount)
            p.vector(*g) = similarityVector(q.value(1).toString(), q.value(2).toString());
    }
    if (!m_lastError.isEmpty())
        return false;

    if (!exec(q,
            QStringLiteral("SELECT a.dwa_id, d.title, d.iwa_id, i.title, a.core, a.weight"
                           " FROM role_work_activities a JOIN work_dwas d ON d.id = a.dwa_id"
                           " JOIN work_iwas i ON i.id = d.iwa_id WHERE a.role_code = ? ORDER BY a.position"),
            { role.code }))
        return false;
    while (next(q)) {
        if (const auto weight = catalogue::numberIn(q.value(5), Bounds::TaskWeight)) // else left out
            role.workActivities.append(WorkActivity {
                codeAt(q, 0), textAt(q, 1), codeAt(q, 2), textAt(q, 3), q.value(4).toInt() != 0, *weight });
    }
    return m_lastError.isEmpty();
}

} // namespace cc
