// SPDX-License-Identifier: MIT
// CatalogueDatabase::role(): one role and everything about it, read with SQLite's C API
// (SqliteStatement: each statement prepared once per catalogue, values read without Qt SQL's row
// cache). Every value is checked as it is read (cataloguevalues.h), exactly as through Qt SQL.
#include "cataloguedatabase.h"

#include "cataloguevalues.h"
#include "mobility.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <charconv>

namespace cc
{

namespace
{

using catalogue::cleanText;
using catalogue::MaxCodeLength;
using catalogue::MaxNoteLength;
namespace Bounds = catalogue::Bounds;

// A code or id as read: bounded and without control characters.
QString codeAt(const SqliteStatement &s, int column)
{
    return cleanText(s.value(column), MaxCodeLength);
}

QString textAt(const SqliteStatement &s, int column)
{
    return cleanText(s.value(column));
}

// The roles row's values by column name (SELECT *), as QSqlRecord::value(name) gave them: the
// first column of that name ignoring case, and an invalid (null) value when there is none.
class NamedColumns
{
public:
    explicit NamedColumns(const SqliteStatement &s)
        : m_statement(s)
        , m_names(s.columnNames())
    {
    }
    QVariant operator()(const char *column) const
    {
        const QLatin1String wanted(column);
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            if (m_names.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
                return m_statement.value(int(i));
        }
        return QVariant();
    }

private:
    const SqliteStatement &m_statement;
    const QStringList m_names;
};

// The salary columns: each percentile a whole number of dollars in range, the five in order, in
// US dollars; anything else makes the whole range missing (which percentile is wrong is unknown).
SalaryRange salaryFrom(const NamedColumns &v, catalogue::ValueCheck &check)
{
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
Role roleFromRow(const NamedColumns &v, catalogue::ValueCheck &check)
{
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
    role.salary = salaryFrom(v, check);
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
    // Figures the importer derived from a refused one cannot be trusted either: the demand score is
    // computed from the projections' growth and openings, the difficulty from the Job Zone.
    if (check.refused(Field::Projections) && role.demandScore)
        check.refuse(Field::DemandScore,
            QCoreApplication::translate("CatalogueValues",
                "it is computed from the employment projections, whose values in the catalogue cannot be "
                "true"));
    if (check.refused(Field::JobZone) && role.difficulty)
        check.refuse(Field::Difficulty,
            QCoreApplication::translate("CatalogueValues",
                "it follows from the Job Zone, whose value in the catalogue cannot be true"));
    const char *interestColumns[InterestCount] = { "interest_realistic", "interest_investigative",
        "interest_artistic", "interest_social", "interest_enterprising", "interest_conventional" };
    for (int i = 0; i < InterestCount; ++i)
        role.interests[std::size_t(i)] = number(interestColumns[i], Field::Interests, Bounds::Interest);
    return role;
}

// One similarity value as QString::toDouble() reads it: the usual plain number directly, anything
// else (a sign, spaces, an overflow) through toDouble() itself, so that the result is the same.
double similarityValue(std::string_view token, bool *ok)
{
    double value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error == std::errc() && end == token.data() + token.size()) {
        *ok = true;
        return value;
    }
    return QString::fromLatin1(token.data(), qsizetype(token.size())).toDouble(ok);
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

// The same from plain ASCII text, without splitting it into strings first.
SparseVector similarityVector(std::string_view items, std::string_view values)
{
    SparseVector v;
    v.reserve(qsizetype(std::count(values.begin(), values.end(), '\t')) + 1);
    for (;;) {
        const std::size_t itemEnd = std::min(items.find('\t'), items.size());
        const std::size_t valueEnd = std::min(values.find('\t'), values.size());
        bool ok = false;
        const double value = similarityValue(values.substr(0, valueEnd), &ok);
        if (!ok || !catalogue::numberIn(value, Bounds::SimilarityValue))
            return {};
        v.append({ QString::fromLatin1(items.data(), qsizetype(itemEnd)), value });
        if (itemEnd == items.size() || valueEnd == values.size())
            break;
        items.remove_prefix(itemEnd + 1);
        values.remove_prefix(valueEnd + 1);
    }
    return normalisedVector(std::move(v));
}

SparseVector similarityVectorAt(const SqliteStatement &s, int itemColumn, int valueColumn)
{
    if (s.isText(itemColumn) && s.isText(valueColumn)) {
        const std::string_view items = s.utf8(itemColumn);
        const std::string_view values = s.utf8(valueColumn);
        auto ascii = [](std::string_view t) {
            return std::all_of(
                t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        };
        if (ascii(items) && ascii(values))
            return similarityVector(items, values);
    }
    return similarityVector(s.text(itemColumn), s.text(valueColumn));
}

// A related or destination role: code, title, (ignored), median, top-coded list, demand, growth.
// A figure outside its range is left out (shown as not available), as on the role's own page.
RelatedRole relatedFrom(const SqliteStatement &s, const QString &tier)
{
    RelatedRole r;
    r.code = codeAt(s, 0);
    r.title = textAt(s, 1);
    r.tier = tier;
    r.medianSalary = catalogue::wageIn(
        s.value(3), s.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts).contains(QLatin1String("median")));
    r.demandScore = catalogue::numberIn(s.value(5), Bounds::DemandScore);
    r.growthPercent = catalogue::numberIn(s.value(6), Bounds::GrowthPercent);
    if (!r.growthPercent && !s.value(6).isNull())
        r.demandScore.reset(); // computed from a growth that cannot be true (as on the role's own page)
    return r;
}

// One row of role_skills joined with one of its entities; a new position starts a new skill.
// A row of a kind this program does not know is left out; an importance outside 1–5 is none.
void appendSkillRow(Role &role, const SqliteStatement &s, int &lastPosition)
{
    const auto kind = skillKindFromName(s.text(2));
    const auto entityKind = skillKindFromName(s.text(8));
    if (!kind || !entityKind)
        return;
    const int position = s.integer(0);
    if (position != lastPosition || role.skills.isEmpty()) {
        RoleSkill skill;
        skill.label = textAt(s, 1);
        skill.kind = *kind;
        skill.importance = catalogue::numberIn(s.value(3), Bounds::Importance);
        skill.hot = s.integer(4) != 0;
        skill.inDemand = s.integer(5) != 0;
        role.skills.append(skill);
        lastPosition = position;
    }
    role.skills.last().entities.append(SkillEntity { codeAt(s, 6), textAt(s, 7), *entityKind });
}

// A value is shown only with the provenance that says where it comes from: a field the catalogue
// marks missing has no value, whatever its columns hold (a value beside "missing" was printed as a
// fact), and a field the catalogue names no source for is missing with that reason (an estimate
// without its row was shown as a plain fact). The bundled catalogue has neither case.
void keepOnlySourcedValues(Role &role)
{
    static const QString fields[] = { Field::Salary, Field::Projections, Field::DemandScore,
        Field::BrightOutlook, Field::AiRisk, Field::LlmExposure, Field::LearningMonths, Field::JobZone,
        Field::Difficulty, Field::TypicalEducation, Field::EntryBarrier, Field::RemoteFriendly,
        Field::RequiresCoding, Field::Interests, Field::Mobility };
    for (const QString &field : fields) {
        const auto p = role.provenance.constFind(field);
        if (p == role.provenance.constEnd())
            catalogue::markMissing(role, field,
                QCoreApplication::translate("CatalogueValues", "the catalogue names no source for it"));
        else if (p->status == ValueStatus::Missing) {
            const Provenance kept = *p; // its note as it was, in every language
            catalogue::markMissing(role, field, kept.note);
            role.provenance[field] = kept;
        }
    }
}

} // namespace

bool CatalogueDatabase::next(SqliteStatement &s) const
{
    if (s.next())
        return true;
    if (s.error().isValid())
        m_lastError = queryError(s.error());
    return false;
}

std::optional<Role> CatalogueDatabase::role(const QString &code) const
{
    m_lastError.clear();
    const SqliteConnection::OperationLimit limit(*m_connection); // the role's dozen statements together
    std::optional<Role> role;
    catalogue::ValueCheck check;
    {
        SqliteStatement s(*m_connection, "SELECT * FROM roles WHERE code = ?", { code });
        if (!next(s))
            return std::nullopt; // lastError() tells a failure from no such code
        role = roleFromRow(NamedColumns(s), check);
    }
    if (!readRoleDetails(*role))
        return std::nullopt;
    check.applyTo(*role); // after the provenance is read: refused values are missing, with why
    keepOnlySourcedValues(*role);
    return role;
}

// The role's provenance (each field's source, status and note).
bool CatalogueDatabase::readProvenance(Role &role) const
{
    SqliteStatement s(*m_connection,
        "SELECT field, status, COALESCE(source_id, ''), note, COALESCE(note_parts, '') FROM provenance"
        " WHERE role_code = ?",
        { role.code });
    while (next(s)) {
        const QString field = codeAt(s, 0);
        const QString statusName = s.text(1);
        const auto status = valueStatusFromName(statusName);
        // A note's parts that do not parse are left out: the English note is still shown.
        const QString parts = s.text(4);
        role.provenance.insert(field,
            Provenance { codeAt(s, 2), status.value_or(ValueStatus::Missing),
                cleanText(s.value(3), MaxNoteLength),
                parts.isEmpty() ? NoteText() : NoteText::fromJsonText(parts).value_or(NoteText()) });
        if (!status) // neither known, estimated nor missing: the value is not shown
            catalogue::markMissing(role, field, catalogue::ValueCheck::unknownWord("status", statusName));
    }
    return m_lastError.isEmpty();
}

// The role's provenance, skills and related roles.
bool CatalogueDatabase::readRoleDetails(Role &role) const
{
    if (!readProvenance(role))
        return false;
    {
        // Ordered by role_skill_entities' own key (the same order as by position and entity id,
        // which are equal to it), so that SQLite need not sort the rows.
        SqliteStatement s(*m_connection,
            "SELECT s.position, s.label, s.kind, s.importance, s.hot, s.in_demand, e.id, e.name, e.kind"
            " FROM role_skills s JOIN role_skill_entities l ON l.role_code = s.role_code AND l.position"
            " = s.position JOIN skill_entities e ON e.id = l.entity_id WHERE s.role_code = ?"
            " ORDER BY l.position, l.entity_id",
            { role.code });
        int lastPosition = -1;
        while (next(s))
            appendSkillRow(role, s, lastPosition);
        if (!m_lastError.isEmpty())
            return false;
    }
    {
        SqliteStatement s(*m_connection,
            "SELECT r.related_code, o.title, r.tier, o.salary_median, o.salary_top_coded, o.demand_score,"
            " o.growth_percent FROM related_roles r JOIN roles o ON o.code = r.related_code"
            " WHERE r.role_code = ? ORDER BY r.rank",
            { role.code });
        // Each related role once, and never the role itself (a catalogue could list either).
        while (next(s)) {
            RelatedRole related = relatedFrom(s, textAt(s, 2));
            const bool known = std::any_of(role.related.cbegin(), role.related.cend(),
                [&](const RelatedRole &r) { return r.code == related.code; });
            if (related.code != role.code && !known)
                role.related.append(std::move(related));
        }
        if (!m_lastError.isEmpty())
            return false;
    }
    {
        SqliteStatement s(*m_connection, "SELECT label FROM role_esco WHERE role_code = ?", { role.code });
        if (next(s))
            role.escoLabel = textAt(s, 0);
        if (!m_lastError.isEmpty())
            return false;
    }
    return readRoleMobility(role) && readSimilarity(role);
}

// The role's survey groups and where their people are a year later, each destination group with
// the catalogue's roles in it (the one to compare with first).
bool CatalogueDatabase::readRoleMobility(Role &role) const
{
    QString refused; // the first share outside 0–1: the role's mobility is then missing
    {
        SqliteStatement s(*m_connection,
            "SELECT g.cps_code, m.title, g.weight FROM role_mobility_groups g"
            " JOIN mobility_groups m ON m.code = g.cps_code WHERE g.role_code = ? ORDER BY g.cps_code",
            { role.code });
        while (next(s)) {
            const QVariant value = s.value(2);
            const auto weight = catalogue::numberIn(value, Bounds::Share);
            if (!weight && refused.isEmpty())
                refused
                    = catalogue::ValueCheck::outOfRange("role_mobility_groups.weight", value, Bounds::Share);
            role.mobility.groups.append(MobilityGroup { codeAt(s, 0), textAt(s, 1), weight.value_or(0) });
        }
        if (!m_lastError.isEmpty())
            return false;
    }
    if (role.mobility.groups.isEmpty())
        return true;
    if (refused.isEmpty())
        refused = mobilityTotalsProblem(role);
    if (!m_lastError.isEmpty())
        return false;
    if (!refused.isEmpty()) { // no destinations summed from shares that cannot be true
        catalogue::markMissing(role, Field::Mobility, refused);
        return true;
    }
    {
        SqliteStatement s(*m_connection,
            "SELECT f.target_code, m.title, SUM(g.weight * f.probability) FROM role_mobility_groups g"
            " JOIN mobility_flows f ON f.source_code = g.cps_code"
            " JOIN mobility_groups m ON m.code = f.target_code"
            " WHERE g.role_code = ? GROUP BY f.target_code ORDER BY f.target_code",
            { role.code });
        while (next(s)) {
            const QVariant value = s.value(2);
            const auto probability = catalogue::numberIn(value, Bounds::Share);
            if (!probability && refused.isEmpty())
                refused
                    = catalogue::ValueCheck::outOfRange("mobility_flows.probability", value, Bounds::Share);
            role.mobility.outflows.append(
                MobilityFlow { codeAt(s, 0), textAt(s, 1), probability.value_or(0), {} });
        }
        if (!m_lastError.isEmpty())
            return false;
    }
    // The catalogue's roles of the groups the destinations list (not of every group the leavers go
    // to: a third of the rows): mostly this group first, then the most employment, then the code
    // (".00" before ".01").
    for (const int i : mobility::destinationFlows(role)) {
        SqliteStatement s(*m_connection,
            "SELECT o.code, o.title, '', o.salary_median, o.salary_top_coded, o.demand_score,"
            " o.growth_percent FROM role_mobility_groups rg JOIN roles o ON o.code = rg.role_code"
            " WHERE rg.cps_code = ? ORDER BY rg.weight DESC, COALESCE(o.wage_employment, 0) DESC, o.code",
            { role.mobility.outflows[i].groupCode });
        while (next(s))
            role.mobility.outflows[i].roles.append(relatedFrom(s, QString()));
        if (!m_lastError.isEmpty())
            return false;
    }
    if (!refused.isEmpty())
        catalogue::markMissing(role, Field::Mobility, refused);
    return m_lastError.isEmpty();
}

// Why the role's survey shares cannot be true, or empty: its groups' weights, or the shares of where
// one group's people are a year later, are not numbers from 0 to 1, or add up to more than 100%.
// (Each sum is checked before it is summed into destinations: a share of 'abc' would count as 0,
// and two of 0.9 would make a destination of 180%.) The survey's own rounding leaves each group's
// shares adding up to 99.7–100%.
QString CatalogueDatabase::mobilityTotalsProblem(const Role &role) const
{
    constexpr double Tolerance = 0.001;
    double weights = 0;
    for (const MobilityGroup &g : role.mobility.groups)
        weights += g.weight;
    if (weights > 1 + Tolerance)
        return QCoreApplication::translate("CatalogueValues",
            "the catalogue's shares of the survey groups of %1 add up to %2%, more than 100%")
            .arg(role.title, QLocale::c().toString(100 * weights, 'f', 1));
    SqliteStatement s(*m_connection,
        "SELECT g.cps_code, m.title, TOTAL(f.probability), SUM(NOT (typeof(f.probability) IN"
        " ('integer', 'real') AND f.probability BETWEEN 0 AND 1)) FROM role_mobility_groups g"
        " JOIN mobility_groups m ON m.code = g.cps_code JOIN mobility_flows f ON f.source_code ="
        " g.cps_code WHERE g.role_code = ? GROUP BY g.cps_code ORDER BY g.cps_code",
        { role.code });
    while (next(s)) {
        const QString group = codeAt(s, 0);
        if (s.integer(3) > 0) {
            SqliteStatement bad(*m_connection,
                "SELECT probability FROM mobility_flows WHERE source_code = ? AND NOT (typeof(probability)"
                " IN ('integer', 'real') AND probability BETWEEN 0 AND 1) LIMIT 1",
                { group });
            const QVariant value = next(bad) ? bad.value(0) : QVariant();
            return catalogue::ValueCheck::outOfRange("mobility_flows.probability", value, Bounds::Share);
        }
        const double total = s.value(2).toDouble();
        if (!(total <= 1 + Tolerance))
            return QCoreApplication::translate("CatalogueValues",
                "the catalogue's shares of where people in %1 are a year later add up to %2%, more "
                "than 100%")
                .arg(textAt(s, 1), QLocale::c().toString(100 * total, 'f', 1));
    }
    return QString();
}

// The similarity groups' random-pair means, read once per catalogue.
bool CatalogueDatabase::readSimilarityMeans() const
{
    if (m_similarityMu)
        return true;
    std::array<double, SimilarityGroupCount> mu {};
    for (int g = 0; g < SimilarityGroupCount; ++g)
        mu[std::size_t(g)] = defaultSimilarityMu(SimilarityGroup(g));
    SqliteStatement s(*m_connection, "SELECT grp, mu FROM similarity_groups");
    while (next(s)) {
        const auto g = similarityGroupFromName(s.text(0));
        // Else the default: a mean of 1 would leave nothing to scale the pair's cosine by.
        const auto value = catalogue::numberIn(s.value(1), Bounds::Share);
        if (g && value && *value < 1)
            mu[std::size_t(*g)] = *value;
    }
    if (!m_lastError.isEmpty())
        return false;
    m_similarityMu = mu;
    return true;
}

bool CatalogueDatabase::readSimilarity(Role &role) const
{
    if (!readSimilarityMeans())
        return false;
    SimilarityProfile &p = role.similarity;
    p.mu = m_similarityMu;
    p.jobZone = role.jobZone;
    {
        SqliteStatement s(
            *m_connection, "SELECT grp, items, vals FROM role_similarity WHERE role_code = ?", { role.code });
        while (next(s)) {
            const auto g = similarityGroupFromName(s.text(0));
            if (g && int(*g) < SimilarityVectorGroupCount) {
                p.vector(*g) = similarityVectorAt(s, 1, 2);
                if (p.vector(*g).isEmpty() && !s.text(2).isEmpty())
                    p.unreadable = true; // values that are not numbers in range: read as none
            }
        }
        if (!m_lastError.isEmpty())
            return false;
    }
    SqliteStatement s(*m_connection,
        "SELECT a.dwa_id, d.title, d.iwa_id, i.title, a.core, a.weight"
        " FROM role_work_activities a JOIN work_dwas d ON d.id = a.dwa_id"
        " JOIN work_iwas i ON i.id = d.iwa_id WHERE a.role_code = ? ORDER BY a.position",
        { role.code });
    while (next(s)) {
        if (const auto weight = catalogue::numberIn(s.value(5), Bounds::TaskWeight)) // else left out
            role.workActivities.append(WorkActivity {
                codeAt(s, 0), textAt(s, 1), codeAt(s, 2), textAt(s, 3), s.integer(4) != 0, *weight });
    }
    return m_lastError.isEmpty();
}

} // namespace cc
