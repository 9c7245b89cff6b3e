// SPDX-License-Identifier: MIT
#include "cataloguebuilder.h"

#include "catalogueschema.h"
#include "derivations.h"
#include "formatting.h"
#include "role.h"
#include "sourcedata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

// Q_INIT_RESOURCE may not be used inside a namespace.
static void initImporterResources()
{
    Q_INIT_RESOURCE(importer);
}

namespace cc::import
{

namespace
{

namespace Source
{
const QString Onet = QStringLiteral("onet");
const QString Oews = QStringLiteral("bls-oews");
const QString Projections = QStringLiteral("bls-ep");
const QString FreyOsborne = QStringLiteral("frey-osborne");
const QString Eloundou = QStringLiteral("eloundou");
const QString DingelNeiman = QStringLiteral("dingel-neiman");
const QString Crosswalk = QStringLiteral("bls-soc-crosswalk");
const QString SeedPage = QStringLiteral("seed-page");
} // namespace Source

const QString OnetCredit
    = QStringLiteral("O*NET %1 Database by the U.S. Department of Labor, Employment and Training "
                     "Administration (USDOL/ETA). Used under the CC BY 4.0 license.");

struct SourceInfo {
    QString id;
    QString name;
    QString release;
    QString citation;
    QString licence;
};

QVector<SourceInfo> sourceList(const QString &onetRelease)
{
    return {
        { Source::Onet, QStringLiteral("O*NET Database"), onetRelease, OnetCredit.arg(onetRelease),
            QStringLiteral("CC BY 4.0") },
        { Source::Oews, QStringLiteral("BLS Occupational Employment and Wage Statistics"),
            QStringLiteral("May 2024"),
            QStringLiteral("U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics "
                           "(OEWS), May 2024 "
                           "national cross-industry estimates."),
            QStringLiteral("Public domain (U.S. government work)") },
        { Source::Projections, QStringLiteral("BLS Employment Projections"), QStringLiteral("2024\u201334"),
            QStringLiteral("U.S. Bureau of Labor Statistics, Employment Projections 2024\u201334, Table 1.2: "
                           "occupational "
                           "projections and worker characteristics."),
            QStringLiteral("Public domain (U.S. government work)") },
        { Source::Crosswalk, QStringLiteral("BLS 2010 to 2018 SOC crosswalk"), QStringLiteral("2018"),
            QStringLiteral("U.S. Bureau of Labor Statistics, 2010 SOC to 2018 SOC crosswalk."),
            QStringLiteral("Public domain (U.S. government work)") },
        { Source::FreyOsborne, QStringLiteral("Frey & Osborne probability of computerisation"),
            QStringLiteral("2013/2017"),
            QStringLiteral(
                "C. B. Frey and M. A. Osborne, \"The Future of Employment: How Susceptible Are Jobs to "
                "Computerisation?\", Technological Forecasting and Social Change 114 (2017) 254\u2013280."),
            QStringLiteral("Figures from the published paper; cite the authors") },
        { Source::Eloundou, QStringLiteral("GPTs are GPTs: LLM exposure"), QStringLiteral("2023"),
            QStringLiteral(
                "T. Eloundou, S. Manning, P. Mishkin and D. Rock, \"GPTs are GPTs: An Early Look at the "
                "Labor "
                "Market Impact Potential of Large Language Models\" (2023); occupation-level data, human "
                "ratings, exposure \u03b2."),
            QStringLiteral("MIT (data repository)") },
        { Source::DingelNeiman, QStringLiteral("Dingel & Neiman teleworkable occupations"),
            QStringLiteral("2020"),
            QStringLiteral(
                "J. I. Dingel and B. Neiman, \"How Many Jobs Can be Done at Home?\", Journal of Public "
                "Economics 189 (2020) 104235."),
            QStringLiteral("GPL-3.0 (data repository); cite the paper") },
        { Source::SeedPage, QStringLiteral("Career comparison web page"), QStringLiteral("as captured"),
            QStringLiteral("The public career comparison web page Career Compare grew from (AI Multimodal "
                           "Systems Engineer "
                           "vs AI On-Device AI Engineer); its own figures, not from official statistics."),
            QStringLiteral("Facts quoted from the page") },
    };
}

QString entityId(SkillKind kind, const QString &name)
{
    return skillEntityId(kind, name);
}

struct BuiltSkill {
    RoleSkill skill;
    std::optional<double> level;
    QString sourceId;
};

struct BuiltRole {
    Role role;
    QString socCode;
    std::optional<double> wageEmployment;
    std::optional<double> educationMonths;
    std::optional<double> trainingMonths;
    std::optional<double> experienceMonths;
    QVector<BuiltSkill> skills;
    QVector<OnetRelated> related;
    QVector<OnetAlternateTitle> alternateTitles;

    void set(const QString &field, ValueStatus status, const QString &source, const QString &note = QString())
    {
        role.provenance.insert(field, Provenance { source, status, note });
    }
};

QString thousands(double value)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value, 'f', 1);
}

// SOC-level figures (wages, projections, automation, telework) are published per 6-digit SOC code.
// O*NET sub-occupations ("15-1299.07") share their SOC code's figure: an estimate for them.
struct SocMatch {
    QString code; // the code the figure was published under
    QString title;
    ValueStatus status = ValueStatus::Known;
    QString note;
};

template <typename Row>
std::optional<std::pair<Row, SocMatch>> lookupSoc(const QString &onetCode, const QString &soc,
    const QHash<QString, Row> &primary, const QHash<QString, Row> *secondary, QString (*titleOf)(const Row &))
{
    const bool sub = !onetCode.endsWith(QLatin1String(".00"));
    auto found = [&](const Row &row, const QString &code, bool viaBroad) -> std::pair<Row, SocMatch> {
        SocMatch m;
        m.code = code;
        m.title = titleOf(row);
        if (viaBroad) {
            m.status = ValueStatus::Estimate;
            m.note = QStringLiteral("published only for SOC %1 %2, the group that includes this occupation")
                         .arg(code, m.title);
        } else if (sub) {
            m.status = ValueStatus::Estimate;
            m.note = QStringLiteral("published for SOC %1 %2 as a whole, which includes this occupation")
                         .arg(code, m.title);
        }
        return { row, m };
    };
    if (auto it = primary.constFind(soc); it != primary.constEnd())
        return found(*it, soc, false);
    const QString broad = derive::broadGroupOf(soc);
    if (auto it = primary.constFind(broad); it != primary.constEnd())
        return found(*it, broad, true);
    if (secondary) {
        if (auto it = secondary->constFind(broad); it != secondary->constEnd())
            return found(*it, broad, true);
    }
    return std::nullopt;
}

QString wageTitle(const WageRow &row)
{
    return row.title;
}
QString projectionTitle(const ProjectionRow &row)
{
    return row.title.trimmed();
}

class Builder
{
public:
    Builder(const OnetData &onet, const WageData &wages, const ProjectionData &projections,
        const QHash<QString, QStringList> &crosswalk, const QHash<QString, FreyOsborneRow> &freyOsborne,
        const QHash<QString, double> &telework, const QHash<QString, double> &llm)
        : m_onet(onet)
        , m_wages(wages)
        , m_projections(projections)
        , m_crosswalk(crosswalk)
        , m_fo(freyOsborne)
        , m_telework(telework)
        , m_llm(llm)
        , m_foCodes(freyOsborne.keys())
    {
        m_foCodes.sort(); // a fixed order, so the first aggregate that covers a code is always the same
    }

    BuiltRole build(const OnetOccupation &occ) const;
    void estimateMissingLearningMonths(QVector<BuiltRole> &roles) const;

private:
    QString categoryOf(const QString &soc) const;
    void addSalary(BuiltRole &b, const OnetOccupation &occ) const;
    void addProjections(BuiltRole &b, const OnetOccupation &occ) const;
    void addAutomationRisk(BuiltRole &b, const OnetOccupation &occ) const;
    void addLlmExposure(BuiltRole &b, const OnetOccupation &occ) const;
    void addTelework(BuiltRole &b, const OnetOccupation &occ) const;
    void addPreparation(BuiltRole &b, const OnetOccupation &occ) const;
    void addSkillsAndCoding(BuiltRole &b, const OnetOccupation &occ) const;

    const OnetData &m_onet;
    const WageData &m_wages;
    const ProjectionData &m_projections;
    const QHash<QString, QStringList> &m_crosswalk;
    const QHash<QString, FreyOsborneRow> &m_fo;
    const QHash<QString, double> &m_telework;
    const QHash<QString, double> &m_llm;
    QStringList m_foCodes;
};

QString Builder::categoryOf(const QString &soc) const
{
    const QString major = derive::majorGroupOf(soc);
    if (const auto t = m_wages.majorTitles.value(major); !t.isEmpty())
        return t;
    if (const auto t = m_projections.summaryTitles.value(major).trimmed(); !t.isEmpty())
        return t;
    return QStringLiteral("SOC major group %1").arg(major);
}

void Builder::addSalary(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    const auto match = lookupSoc<WageRow>(occ.code, b.socCode, m_wages.detailed, &m_wages.broad, &wageTitle);
    if (!match) {
        b.set(Field::Salary, ValueStatus::Missing, Source::Oews,
            QStringLiteral("BLS OEWS May 2024 publishes no wages for SOC %1").arg(b.socCode));
        return;
    }
    const WageRow &row = match->first;
    const SocMatch &m = match->second;
    Wage *targets[5]
        = { &role.salary.low, &role.salary.p25, &role.salary.median, &role.salary.p75, &role.salary.high };
    const char *labels[5]
        = { "10th percentile", "25th percentile", "median", "75th percentile", "90th percentile" };
    QStringList notReleased;
    for (std::size_t i = 0; i < 5; ++i) {
        const Cell &cell = row.annual[i];
        if (cell.isNumber()) {
            targets[i]->amount = int(std::lround(cell.value));
        } else if (cell.kind == Cell::Kind::TopCoded) {
            targets[i]->amount = 239200; // BLS: "#" = $239,200 or more a year
            targets[i]->topCoded = true;
        } else {
            notReleased << QLatin1String(labels[i]);
        }
    }
    role.salary.year = 2024;
    b.wageEmployment = row.employment;

    if (!role.salary.low.isKnown() || !role.salary.high.isKnown()) {
        const QString why = row.hourlyOnly
            ? QStringLiteral("BLS publishes only hourly wages for this occupation, no annual figures")
            : QStringLiteral("BLS did not release the annual %1 for SOC %2")
                  .arg(notReleased.join(QStringLiteral(", ")), m.code);
        b.set(Field::Salary, ValueStatus::Missing, Source::Oews, why);
        return;
    }
    QStringList notes;
    if (!m.note.isEmpty())
        notes << QStringLiteral("Wages %1").arg(m.note);
    if (!notReleased.isEmpty())
        notes << QStringLiteral("BLS did not release the %1").arg(notReleased.join(QStringLiteral(", ")));
    if (role.salary.high.topCoded)
        notes << QStringLiteral("the 90th percentile is $239,200 or more, the highest figure BLS publishes");
    b.set(Field::Salary, m.status, Source::Oews, notes.join(QStringLiteral("; ")));
}

void Builder::addProjections(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    const auto match
        = lookupSoc<ProjectionRow>(occ.code, b.socCode, m_projections.lineItems, nullptr, &projectionTitle);
    if (!match) {
        const QString why = QStringLiteral("BLS Employment Projections 2024\u201334 have no line for SOC %1")
                                .arg(b.socCode);
        for (const QString &f :
            { Field::Projections, Field::DemandScore, Field::TypicalEducation, Field::EntryBarrier })
            b.set(f, ValueStatus::Missing, Source::Projections, why);
        return;
    }
    const ProjectionRow &row = match->first;
    const SocMatch &m = match->second;
    auto opt = [](const Cell &c) { return c.isNumber() ? std::optional<double>(c.value) : std::nullopt; };
    role.employment2024 = opt(row.employment2024);
    role.employment2034 = opt(row.employment2034);
    role.growthPercent = opt(row.growthPercent);
    role.annualOpenings = opt(row.annualOpenings);
    const QString prefix = m.note.isEmpty() ? QString() : QStringLiteral("Projections %1; ").arg(m.note);
    const bool complete = role.employment2024 && role.growthPercent && role.annualOpenings;
    b.set(Field::Projections, complete ? m.status : ValueStatus::Missing, Source::Projections,
        complete ? m.note
                 : QStringLiteral("%1BLS gives no figure (\u2014) for part of SOC %2's projection")
                       .arg(prefix, m.code));

    if (complete)
        role.demandScore
            = derive::demandScore(*role.growthPercent, *role.annualOpenings, *role.employment2024);
    if (role.demandScore) {
        b.set(Field::DemandScore, m.status, Source::Projections,
            QStringLiteral(
                "%1from growth %2% over 2024\u201334 and %3 thousand openings a year on %4 thousand jobs "
                "(formula in docs/DATA.md)")
                .arg(prefix, format::oneDecimal(*role.growthPercent), thousands(*role.annualOpenings),
                    thousands(*role.employment2024)));
    } else {
        b.set(Field::DemandScore, ValueStatus::Missing, Source::Projections,
            QStringLiteral("%1BLS projections lack employment, growth or openings for SOC %2")
                .arg(prefix, m.code));
    }

    role.typicalEducation = row.education;
    role.workExperience = row.experience;
    role.jobTraining = row.training;
    role.entryBarrier = derive::entryBarrierFromEducation(row.education);
    if (row.education.isEmpty()) {
        b.set(Field::TypicalEducation, ValueStatus::Missing, Source::Projections,
            QStringLiteral("BLS gives no typical entry education (\u2014) for SOC %1").arg(m.code));
    } else {
        b.set(Field::TypicalEducation, m.status, Source::Projections, m.note);
    }
    if (role.entryBarrier) {
        b.set(Field::EntryBarrier, m.status, Source::Projections,
            QStringLiteral("%1typical entry education: %2").arg(prefix, row.education));
    } else {
        b.set(Field::EntryBarrier, ValueStatus::Missing, Source::Projections,
            row.education.isEmpty()
                ? QStringLiteral("%1BLS gives no typical entry education for SOC %2").arg(prefix, m.code)
                : QStringLiteral("unrecognised BLS education level \"%1\"").arg(row.education));
    }
}

void Builder::addAutomationRisk(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    const QStringList from2010 = m_crosswalk.value(b.socCode);
    const bool sub = !occ.code.endsWith(QLatin1String(".00"));
    if (from2010.isEmpty()) {
        b.set(Field::AiRisk, ValueStatus::Missing, Source::FreyOsborne,
            QStringLiteral(
                "SOC %1 is not in the 2010 to 2018 crosswalk, so no Frey & Osborne figure can be matched")
                .arg(b.socCode));
        return;
    }
    QStringList used;
    QStringList absent;
    QStringList viaAlias;
    double sum = 0;
    for (const QString &code : from2010) {
        if (const auto it = m_fo.constFind(code); it != m_fo.constEnd()) {
            sum += it->probability;
            used << QStringLiteral("%1 (%2)").arg(code, format::percent(100.0 * it->probability));
        } else if (const auto alias = m_fo.constFind(derive::freyOsborneAliasFor(code));
                   alias != m_fo.constEnd()) {
            sum += alias->probability;
            used << QStringLiteral("%1 (%2)").arg(code, format::percent(100.0 * alias->probability));
            viaAlias << QStringLiteral("%1 under their code %2 %3").arg(code, alias.key(), alias->title);
        } else {
            absent << code;
        }
    }
    if (!used.isEmpty()) {
        role.aiRiskPercent = 100.0 * sum / used.size();
        QStringList notes;
        if (used.size() > 1)
            notes << QStringLiteral("mean of 2010 SOC %1").arg(used.join(QStringLiteral(", ")));
        else
            notes << QStringLiteral("2010 SOC %1").arg(used.first());
        if (!viaAlias.isEmpty())
            notes << QStringLiteral("Frey & Osborne list %1").arg(viaAlias.join(QStringLiteral("; ")));
        if (!absent.isEmpty())
            notes << QStringLiteral("no figure for 2010 SOC %1").arg(absent.join(QStringLiteral(", ")));
        if (sub)
            notes << QStringLiteral("figure for SOC %1 as a whole").arg(b.socCode);
        const bool exact = absent.isEmpty() && viaAlias.isEmpty() && !sub;
        b.set(Field::AiRisk, exact ? ValueStatus::Known : ValueStatus::Estimate, Source::FreyOsborne,
            notes.join(QStringLiteral("; ")));
        return;
    }
    // Frey & Osborne give some figures for aggregate codes (29-1060 Physicians and surgeons).
    for (const QString &aggregate : m_foCodes) {
        for (const QString &code : from2010) {
            if (derive::aggregateCodeCovers(aggregate, code)) {
                const FreyOsborneRow &row = m_fo.value(aggregate);
                role.aiRiskPercent = 100.0 * row.probability;
                b.set(Field::AiRisk, ValueStatus::Estimate, Source::FreyOsborne,
                    QStringLiteral(
                        "Frey & Osborne give one figure for the 2010 group %1 %2, which includes 2010 SOC %3")
                        .arg(aggregate, row.title, code));
                return;
            }
        }
    }
    b.set(Field::AiRisk, ValueStatus::Missing, Source::FreyOsborne,
        QStringLiteral("Frey & Osborne (2013) have no figure for 2010 SOC %1, from which the 2018 SOC formed "
                       "this occupation")
            .arg(from2010.join(QStringLiteral(", "))));
}

void Builder::addLlmExposure(BuiltRole &b, const OnetOccupation &occ) const
{
    if (const auto it = m_llm.constFind(occ.code); it != m_llm.constEnd()) {
        b.role.llmExposurePercent = 100.0 * *it;
        b.set(Field::LlmExposure, ValueStatus::Known, Source::Eloundou);
        return;
    }
    const QString parent = b.socCode + QStringLiteral(".00");
    if (const auto it = m_llm.constFind(parent); it != m_llm.constEnd() && parent != occ.code) {
        b.role.llmExposurePercent = 100.0 * *it;
        b.set(Field::LlmExposure, ValueStatus::Estimate, Source::Eloundou,
            QStringLiteral("figure for the parent occupation %1").arg(parent));
        return;
    }
    b.set(Field::LlmExposure, ValueStatus::Missing, Source::Eloundou,
        QStringLiteral("Eloundou et al. rate no occupation %1").arg(occ.code));
}

void Builder::addTelework(BuiltRole &b, const OnetOccupation &occ) const
{
    const QStringList from2010 = m_crosswalk.value(b.socCode);
    QStringList used;
    double sum = 0;
    for (const QString &code : from2010) {
        if (const auto it = m_telework.constFind(code); it != m_telework.constEnd()) {
            sum += *it;
            used << code;
        }
    }
    if (used.isEmpty()) {
        b.set(Field::RemoteFriendly, ValueStatus::Missing, Source::DingelNeiman,
            from2010.isEmpty() ? QStringLiteral("SOC %1 is not in the 2010 to 2018 crosswalk").arg(b.socCode)
                               : QStringLiteral("Dingel & Neiman rate no 2010 SOC %1")
                                     .arg(from2010.join(QStringLiteral(", "))));
        return;
    }
    const double share = sum / used.size();
    b.role.teleworkShare = share;
    b.role.remoteFriendly = derive::remoteFromTeleworkShare(share);
    QStringList notes { QStringLiteral("teleworkable share %1 from 2010 SOC %2")
                            .arg(format::oneDecimal(share * 100.0) + QLatin1Char('%'),
                                used.join(QStringLiteral(", "))) };
    const bool sub = !occ.code.endsWith(QLatin1String(".00"));
    if (sub)
        notes << QStringLiteral("figure for SOC %1 as a whole").arg(b.socCode);
    b.set(Field::RemoteFriendly,
        (sub || used.size() < from2010.size()) ? ValueStatus::Estimate : ValueStatus::Known,
        Source::DingelNeiman, notes.join(QStringLiteral("; ")));
}

void Builder::addPreparation(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    if (occ.jobZone) {
        role.jobZone = occ.jobZone;
        role.difficulty = derive::difficultyFromJobZone(*occ.jobZone);
        b.set(Field::JobZone, ValueStatus::Known, Source::Onet);
        b.set(Field::Difficulty, ValueStatus::Known, Source::Onet,
            QStringLiteral("O*NET Job Zone %1").arg(*occ.jobZone));
    } else {
        b.set(
            Field::JobZone, ValueStatus::Missing, Source::Onet, QStringLiteral("O*NET assigns no Job Zone"));
        b.set(Field::Difficulty, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET assigns no Job Zone"));
    }

    const auto rl = occ.ete.value(QStringLiteral("RL"));
    const auto oj = occ.ete.value(QStringLiteral("OJ"));
    const auto pt = occ.ete.value(QStringLiteral("PT"));
    const auto rw = occ.ete.value(QStringLiteral("RW"));
    b.educationMonths = derive::expectedMonths(rl, &derive::educationMonthsForCategory);
    const auto onJob = derive::expectedMonths(oj, &derive::trainingMonthsForCategory);
    const auto onSite = derive::expectedMonths(pt, &derive::trainingMonthsForCategory);
    b.experienceMonths = derive::expectedMonths(rw, &derive::experienceMonthsForCategory);
    if (b.educationMonths && onJob && onSite) {
        b.trainingMonths = *onJob + *onSite;
        role.learningMonths = derive::learningMonths(*b.educationMonths, *onJob, *onSite);
        const QString note
            = QStringLiteral("expected education beyond high school %1 + training %2 (docs/DATA.md)")
                  .arg(format::months(int(std::lround(*b.educationMonths))),
                      format::months(int(std::lround(*b.trainingMonths))));
        b.set(Field::LearningMonths, occ.eteSuppressed ? ValueStatus::Estimate : ValueStatus::Known,
            Source::Onet,
            occ.eteSuppressed ? note + QStringLiteral("; O*NET marks some of these ratings as low-confidence")
                              : note);
    } else {
        b.educationMonths.reset();
        b.set(Field::LearningMonths, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET has no education and training ratings for this occupation"));
    }
}

void Builder::addSkillsAndCoding(BuiltRole &b, const OnetOccupation &occ) const
{
    std::optional<double> programming;
    QVector<BuiltSkill> rated;
    for (const OnetRating &r : occ.ratings) {
        if (r.kind == SkillKind::Skill && r.name == QLatin1String("Programming") && r.importance)
            programming = r.importance;
        if (!r.importance || *r.importance < 3.0 || r.suppressed || r.notRelevant)
            continue;
        BuiltSkill s;
        s.skill.label = r.name;
        s.skill.kind = r.kind;
        s.skill.importance = r.importance;
        s.skill.entities = { SkillEntity { entityId(r.kind, r.name), r.name, r.kind } };
        s.level = r.level;
        s.sourceId = Source::Onet;
        rated.append(s);
    }
    std::stable_sort(rated.begin(), rated.end(), [](const BuiltSkill &l, const BuiltSkill &r) {
        if (*l.skill.importance != *r.skill.importance)
            return *l.skill.importance > *r.skill.importance;
        return l.skill.label < r.skill.label;
    });

    QVector<BuiltSkill> technologies;
    QSet<QString> seen;
    int development = 0;
    QSet<QString> developmentSeen;
    for (const OnetTechnology &t : occ.technologies) {
        const QString id = entityId(SkillKind::Technology, t.example);
        if (derive::isDevelopmentCommodity(t.commodity) && !developmentSeen.contains(id)) {
            developmentSeen.insert(id);
            ++development;
        }
        if (seen.contains(id)) {
            // The same example under two commodity classes: keep one, with either flag.
            for (BuiltSkill &s : technologies) {
                if (s.skill.entities.first().id == id) {
                    s.skill.hot = s.skill.hot || t.hot;
                    s.skill.inDemand = s.skill.inDemand || t.inDemand;
                }
            }
            continue;
        }
        seen.insert(id);
        BuiltSkill s;
        s.skill.label = t.example;
        s.skill.kind = SkillKind::Technology;
        s.skill.hot = t.hot;
        s.skill.inDemand = t.inDemand;
        s.skill.entities = { SkillEntity { id, t.example, SkillKind::Technology } };
        s.sourceId = Source::Onet;
        technologies.append(s);
    }
    std::stable_sort(technologies.begin(), technologies.end(), [](const BuiltSkill &l, const BuiltSkill &r) {
        const int lr = (l.skill.inDemand ? 2 : 0) + (l.skill.hot ? 1 : 0);
        const int rr = (r.skill.inDemand ? 2 : 0) + (r.skill.hot ? 1 : 0);
        if (lr != rr)
            return lr > rr;
        return l.skill.label.compare(r.skill.label, Qt::CaseInsensitive) < 0;
    });
    b.skills = rated + technologies;
    if (b.skills.isEmpty())
        b.set(Field::Skills, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET lists no skills for this occupation"));
    else if (rated.isEmpty())
        b.set(Field::Skills, ValueStatus::Known, Source::Onet,
            QStringLiteral("O*NET has no skill or knowledge ratings for this occupation; technologies only"));
    else
        b.set(Field::Skills, ValueStatus::Known, Source::Onet);

    if (programming) {
        b.role.requiresCoding = derive::requiresCodingFromProgramming(*programming);
        b.set(Field::RequiresCoding, ValueStatus::Known, Source::Onet,
            QStringLiteral("Programming skill importance %1 of 5 (Yes from 3)")
                .arg(QString::number(*programming, 'f', 2)));
    } else if (!occ.technologies.isEmpty()) {
        b.role.requiresCoding = derive::requiresCodingFromTechnology(development);
        b.set(Field::RequiresCoding, ValueStatus::Estimate, Source::Onet,
            QStringLiteral(
                "O*NET has no skill ratings here; %1 development-software technologies listed (Yes from %2)")
                .arg(development)
                .arg(derive::CodingTechnologyThreshold));
    } else {
        b.set(Field::RequiresCoding, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET has neither skill ratings nor technologies for this occupation"));
    }
}

BuiltRole Builder::build(const OnetOccupation &occ) const
{
    BuiltRole b;
    b.socCode = derive::socFromOnetCode(occ.code);
    b.role.code = occ.code;
    b.role.title = occ.title;
    b.role.origin = RoleOrigin::Onet;
    b.role.category = categoryOf(b.socCode);
    b.set(Field::Title, ValueStatus::Known, Source::Onet);

    addSalary(b, occ);
    addProjections(b, occ);
    addAutomationRisk(b, occ);
    addLlmExposure(b, occ);
    addTelework(b, occ);
    addPreparation(b, occ);
    addSkillsAndCoding(b, occ);

    b.role.interests = occ.interests;
    const bool allInterests = std::all_of(
        occ.interests.begin(), occ.interests.end(), [](const auto &v) { return v.has_value(); });
    if (allInterests)
        b.set(Field::Interests, ValueStatus::Known, Source::Onet);
    else
        b.set(Field::Interests, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET gives no interest profile"));

    for (const OnetRelated &r : occ.related)
        b.related.append(r);
    b.alternateTitles = occ.alternateTitles;
    return b;
}

void Builder::estimateMissingLearningMonths(QVector<BuiltRole> &roles) const
{
    QHash<int, QVector<int>> byZone;
    for (const BuiltRole &b : roles) {
        if (b.role.learningMonths && b.role.jobZone
            && b.role.provenanceOf(Field::LearningMonths).status != ValueStatus::Estimate)
            byZone[*b.role.jobZone].append(*b.role.learningMonths);
    }
    for (BuiltRole &b : roles) {
        if (b.role.learningMonths || !b.role.jobZone || b.role.isSeed())
            continue;
        QVector<int> peers = byZone.value(*b.role.jobZone);
        if (peers.isEmpty())
            continue;
        std::sort(peers.begin(), peers.end());
        const int n = int(peers.size());
        const int median = n % 2 ? peers[n / 2] : int(std::lround((peers[n / 2 - 1] + peers[n / 2]) / 2.0));
        b.role.learningMonths = median;
        b.set(Field::LearningMonths, ValueStatus::Estimate, Source::Onet,
            QStringLiteral(
                "O*NET has no education and training ratings for this occupation; median of the %1 "
                "occupations in Job Zone %2")
                .arg(n)
                .arg(*b.role.jobZone));
    }
}

// --- the seed page's roles -------------------------------------------------------------------------

QVector<BuiltRole> readSeedRoles(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(path, 0, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        throw ImportError(path, 0, QStringLiteral("is not valid JSON: %1").arg(parseError.errorString()));

    QVector<BuiltRole> roles;
    const QJsonArray list = doc.object().value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        BuiltRole b;
        Role &r = b.role;
        r.code = o.value(QStringLiteral("code")).toString();
        r.title = o.value(QStringLiteral("title")).toString();
        r.category = o.value(QStringLiteral("category")).toString();
        r.origin = RoleOrigin::Seed;
        if (r.code.isEmpty() || r.title.isEmpty() || r.category.isEmpty())
            throw ImportError(path, 0, QStringLiteral("a seed role lacks its code, title or category"));
        auto number = [&](const char *key) -> std::optional<double> {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
        };
        const QJsonObject salary = o.value(QStringLiteral("salary")).toObject();
        if (salary.value(QStringLiteral("low")).isDouble())
            r.salary.low.amount = salary.value(QStringLiteral("low")).toInt();
        if (salary.value(QStringLiteral("high")).isDouble())
            r.salary.high.amount = salary.value(QStringLiteral("high")).toInt();
        r.demandScore = number("demand_score");
        r.aiRiskPercent = number("ai_risk_percent");
        if (const auto months = number("learning_months"))
            r.learningMonths = int(*months);
        r.difficulty = difficultyFromName(o.value(QStringLiteral("difficulty")).toString());
        r.entryBarrier = entryBarrierFromName(o.value(QStringLiteral("entry_barrier")).toString());
        r.remoteFriendly = remoteFriendlyFromName(o.value(QStringLiteral("remote_friendly")).toString());
        if (o.value(QStringLiteral("requires_coding")).isBool())
            r.requiresCoding = o.value(QStringLiteral("requires_coding")).toBool();

        const QString page = Source::SeedPage;
        b.set(Field::Title, ValueStatus::Known, page);
        b.set(Field::Salary,
            r.salary.low.isKnown() && r.salary.high.isKnown() ? ValueStatus::Known : ValueStatus::Missing,
            page,
            QStringLiteral("the page gives only the range, no 25th percentile, median or 75th percentile"));
        auto mark = [&](const QString &field, bool present, const QString &missingWhy) {
            b.set(field, present ? ValueStatus::Known : ValueStatus::Missing, page,
                present ? QString() : missingWhy);
        };
        const QString notOnPage = QStringLiteral("the page gives no figure");
        mark(Field::DemandScore, r.demandScore.has_value(), notOnPage);
        mark(Field::AiRisk, r.aiRiskPercent.has_value(), notOnPage);
        mark(Field::LearningMonths, r.learningMonths.has_value(), notOnPage);
        mark(Field::Difficulty, r.difficulty.has_value(), notOnPage);
        mark(Field::EntryBarrier, r.entryBarrier.has_value(), notOnPage);
        mark(Field::RemoteFriendly, r.remoteFriendly.has_value(), notOnPage);
        mark(Field::RequiresCoding, r.requiresCoding.has_value(), notOnPage);
        mark(Field::LlmExposure, false,
            QStringLiteral("the page gives no LLM exposure figure and the role is not an O*NET occupation"));
        mark(Field::Projections, false,
            QStringLiteral("the role is not a BLS occupation; the page gives only its own demand score"));
        mark(Field::TypicalEducation, false, QStringLiteral("the page gives only an entry barrier"));
        mark(Field::JobZone, false, QStringLiteral("the role is not an O*NET occupation"));
        mark(Field::Interests, false,
            QStringLiteral("the role is not an O*NET occupation, so it has no interest profile"));

        for (const QJsonValue &sv : o.value(QStringLiteral("skills")).toArray()) {
            const QJsonObject so = sv.toObject();
            BuiltSkill s;
            s.skill.label = so.value(QStringLiteral("text")).toString();
            s.skill.kind = SkillKind::Topic;
            s.sourceId = page;
            for (const QJsonValue &tv : so.value(QStringLiteral("tags")).toArray()) {
                const QString tag = tv.toString();
                const int colon = int(tag.indexOf(QLatin1Char(':')));
                const auto kind = skillKindFromName(tag.left(colon));
                const QString name = tag.mid(colon + 1).trimmed();
                if (colon <= 0 || !kind || name.isEmpty())
                    throw ImportError(
                        path, 0, QStringLiteral("bad skill tag \"%1\" on %2").arg(tag, r.title));
                s.skill.entities.append(SkillEntity { entityId(*kind, name), name, *kind });
            }
            if (s.skill.label.isEmpty() || s.skill.entities.isEmpty())
                throw ImportError(
                    path, 0, QStringLiteral("a skill of %1 has no text or no tags").arg(r.title));
            b.skills.append(s);
        }
        b.set(Field::Skills, b.skills.isEmpty() ? ValueStatus::Missing : ValueStatus::Known, page,
            QStringLiteral("the page's free-text skills, tagged with the canonical skills they name"));
        roles.append(b);
    }
    if (roles.isEmpty())
        throw ImportError(path, 0, QStringLiteral("has no roles"));
    return roles;
}

// --- writing ------------------------------------------------------------------------------------------

class Writer
{
public:
    explicit Writer(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            throw ImportError(
                m_db.databaseName(), 0, QStringLiteral("SQL failed: %1").arg(q.lastError().text()));
    }

    void finish() { m_queries.clear(); }

    void insert(const QString &table, const QStringList &columns, const QVariantList &values)
    {
        QSqlQuery &q = prepared(table, columns);
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            // A null QString binds as SQL NULL; text columns that hold "nothing" want ''. Missing
            // values are passed as an invalid QVariant instead.
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
        }
        if (!q.exec())
            throw ImportError(m_db.databaseName(), 0,
                QStringLiteral("cannot insert into %1: %2").arg(table, q.lastError().text()));
    }

private:
    QSqlQuery &prepared(const QString &table, const QStringList &columns)
    {
        const QString key = table + QLatin1Char('(') + columns.join(QLatin1Char(',')) + QLatin1Char(')');
        auto it = m_queries.find(key);
        if (it == m_queries.end()) {
            QStringList marks;
            for (int i = 0; i < columns.size(); ++i)
                marks << QStringLiteral("?");
            auto q = std::make_unique<QSqlQuery>(m_db);
            if (!q->prepare(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
                throw ImportError(m_db.databaseName(), 0,
                    QStringLiteral("cannot prepare insert: %1").arg(q->lastError().text()));
            it = m_queries.emplace(key, std::move(q)).first;
        }
        return *it->second;
    }

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

template <typename T> QVariant var(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

template <typename Enum> QVariant named(const std::optional<Enum> &v, QString (*name)(Enum))
{
    return v ? QVariant(name(*v)) : QVariant();
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

void writeCatalogue(
    Writer &w, const QVector<BuiltRole> &roles, const QString &onetRelease, ImportSummary &summary)
{
    for (const QString &sql : schema::catalogueTables())
        w.exec(sql);

    const QVector<SourceInfo> sources = sourceList(onetRelease);
    const QStringList metaColumns { QStringLiteral("key"), QStringLiteral("value") };
    QStringList attribution;
    for (const SourceInfo &s : sources) {
        w.insert(QStringLiteral("sources"),
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("release"),
                QStringLiteral("citation"), QStringLiteral("licence") },
            { s.id, s.name, s.release, s.citation, s.licence });
        attribution << s.citation;
    }
    const QVector<std::pair<QString, QString>> metadata {
        { QStringLiteral("application_id"), schema::ApplicationId },
        { QStringLiteral("schema_version"), QString::number(schema::CatalogueVersion) },
        { QStringLiteral("onet_release"), onetRelease },
        { QStringLiteral("oews_release"), QStringLiteral("May 2024") },
        { QStringLiteral("projections_release"), QStringLiteral("2024\u201334") },
        { QStringLiteral("onet_credit"), OnetCredit.arg(onetRelease) },
        { QStringLiteral("attribution"), attribution.join(QLatin1Char('\n')) },
        { QStringLiteral("release"),
            QStringLiteral("O*NET %1, BLS OEWS May 2024, BLS projections 2024\u201334").arg(onetRelease) },
        { QStringLiteral("role_count"), QString::number(roles.size()) },
    };
    for (const auto &[key, value] : metadata)
        w.insert(QStringLiteral("metadata"), metaColumns, { key, value });

    QSet<QString> codes;
    for (const BuiltRole &b : roles)
        codes.insert(b.role.code);

    // Entities first, in id order, so the file is the same for the same input.
    QMap<QString, SkillEntity> entities;
    for (const BuiltRole &b : roles) {
        for (const BuiltSkill &s : b.skills) {
            for (const SkillEntity &e : s.skill.entities) {
                if (!entities.contains(e.id))
                    entities.insert(e.id, e);
            }
        }
    }
    for (const SkillEntity &e : entities)
        w.insert(QStringLiteral("skill_entities"),
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind") },
            { e.id, e.name, skillKindName(e.kind) });

    const QStringList roleColumns { QStringLiteral("code"), QStringLiteral("title"),
        QStringLiteral("category"), QStringLiteral("origin"), QStringLiteral("soc_code"),
        QStringLiteral("salary_low"), QStringLiteral("salary_p25"), QStringLiteral("salary_median"),
        QStringLiteral("salary_p75"), QStringLiteral("salary_high"), QStringLiteral("salary_top_coded"),
        QStringLiteral("salary_currency"), QStringLiteral("salary_year"), QStringLiteral("wage_employment"),
        QStringLiteral("employment_2024"), QStringLiteral("employment_2034"),
        QStringLiteral("growth_percent"), QStringLiteral("annual_openings"), QStringLiteral("demand_score"),
        QStringLiteral("ai_risk_percent"), QStringLiteral("llm_exposure_percent"),
        QStringLiteral("learning_months"), QStringLiteral("education_months"),
        QStringLiteral("training_months"), QStringLiteral("experience_months"), QStringLiteral("job_zone"),
        QStringLiteral("difficulty"), QStringLiteral("typical_education"), QStringLiteral("work_experience"),
        QStringLiteral("job_training"), QStringLiteral("entry_barrier"), QStringLiteral("telework_share"),
        QStringLiteral("remote_friendly"), QStringLiteral("requires_coding"),
        QStringLiteral("interest_realistic"), QStringLiteral("interest_investigative"),
        QStringLiteral("interest_artistic"), QStringLiteral("interest_social"),
        QStringLiteral("interest_enterprising"), QStringLiteral("interest_conventional") };

    for (const BuiltRole &b : roles) {
        const Role &r = b.role;
        QStringList topCoded;
        const std::pair<const char *, const Wage *> wages[]
            = { { "low", &r.salary.low }, { "p25", &r.salary.p25 }, { "median", &r.salary.median },
                  { "p75", &r.salary.p75 }, { "high", &r.salary.high } };
        for (const auto &[key, wage] : wages) {
            if (wage->topCoded)
                topCoded << QLatin1String(key);
        }
        QVariantList values { r.code, r.title, r.category, roleOriginName(r.origin), text(b.socCode),
            var(r.salary.low.amount), var(r.salary.p25.amount), var(r.salary.median.amount),
            var(r.salary.p75.amount), var(r.salary.high.amount), topCoded.join(QLatin1Char(',')),
            r.salary.currency, var(r.salary.year), var(b.wageEmployment), var(r.employment2024),
            var(r.employment2034), var(r.growthPercent), var(r.annualOpenings), var(r.demandScore),
            var(r.aiRiskPercent), var(r.llmExposurePercent), var(r.learningMonths), var(b.educationMonths),
            var(b.trainingMonths), var(b.experienceMonths), var(r.jobZone),
            named(r.difficulty, &difficultyName), text(r.typicalEducation), text(r.workExperience),
            text(r.jobTraining), named(r.entryBarrier, &entryBarrierName), var(r.teleworkShare),
            named(r.remoteFriendly, &remoteFriendlyName),
            r.requiresCoding ? QVariant(int(*r.requiresCoding)) : QVariant() };
        for (const auto &interest : r.interests)
            values << var(interest);
        w.insert(QStringLiteral("roles"), roleColumns, values);

        QStringList fields = r.provenance.keys();
        fields.sort();
        for (const QString &field : fields) {
            const Provenance &p = r.provenance.value(field);
            w.insert(QStringLiteral("provenance"),
                { QStringLiteral("role_code"), QStringLiteral("field"), QStringLiteral("status"),
                    QStringLiteral("source_id"), QStringLiteral("note") },
                { r.code, field, valueStatusName(p.status), text(p.sourceId), p.note });
            if (p.status == ValueStatus::Missing)
                ++summary.missing[field];
            else if (p.status == ValueStatus::Estimate)
                ++summary.estimates[field];
        }

        for (int i = 0; i < b.skills.size(); ++i) {
            const BuiltSkill &s = b.skills.at(i);
            w.insert(QStringLiteral("role_skills"),
                { QStringLiteral("role_code"), QStringLiteral("position"), QStringLiteral("label"),
                    QStringLiteral("kind"), QStringLiteral("importance"), QStringLiteral("level"),
                    QStringLiteral("hot"), QStringLiteral("in_demand"), QStringLiteral("source_id") },
                { r.code, i, s.skill.label, skillKindName(s.skill.kind), var(s.skill.importance),
                    var(s.level), int(s.skill.hot), int(s.skill.inDemand), s.sourceId });
            QSet<QString> linked;
            for (const SkillEntity &e : s.skill.entities) {
                if (linked.contains(e.id))
                    continue;
                linked.insert(e.id);
                w.insert(QStringLiteral("role_skill_entities"),
                    { QStringLiteral("role_code"), QStringLiteral("position"), QStringLiteral("entity_id") },
                    { r.code, i, e.id });
            }
        }

        QSet<QString> relatedSeen;
        for (const OnetRelated &rel : b.related) {
            if (!codes.contains(rel.code) || rel.code == r.code || relatedSeen.contains(rel.code))
                continue;
            relatedSeen.insert(rel.code);
            w.insert(QStringLiteral("related_roles"),
                { QStringLiteral("role_code"), QStringLiteral("related_code"), QStringLiteral("tier"),
                    QStringLiteral("rank") },
                { r.code, rel.code, rel.tier, rel.index });
        }

        QSet<QString> titlesSeen;
        for (const OnetAlternateTitle &t : b.alternateTitles) {
            const QString key = t.title + QLatin1Char('\t') + t.shortTitle;
            if (titlesSeen.contains(key))
                continue;
            titlesSeen.insert(key);
            w.insert(QStringLiteral("alternate_titles"),
                { QStringLiteral("role_code"), QStringLiteral("title"), QStringLiteral("short_title") },
                { r.code, t.title, t.shortTitle });
            ++summary.alternateTitles;
        }
    }
}

QString connectionName()
{
    static int counter = 0;
    return QStringLiteral("cc-import-%1").arg(++counter);
}

} // namespace

ImportResult importCatalogue(const ImportOptions &options)
{
    initImporterResources();
    ImportResult result;
    if (options.outputFile.isEmpty()) {
        result.error = QStringLiteral("no output file given");
        return result;
    }
    const QDir source(options.sourceDir);
    QVector<BuiltRole> roles;
    QString onetRelease;
    try {
        if (!source.exists())
            throw ImportError(options.sourceDir, 0, QStringLiteral("source folder not found"));
        const OnetData onet = readOnet(source.filePath(QStringLiteral("onet")));
        onetRelease = onet.release.isEmpty() ? QStringLiteral("(release unknown)") : onet.release;
        const WageData wages = readWages(source.filePath(QStringLiteral("wages/national_M2024_dl.csv")));
        const ProjectionData projections
            = readProjections(source.filePath(QStringLiteral("projections/occupation.csv")));
        const auto crosswalk
            = readCrosswalk(source.filePath(QStringLiteral("automation/crosswalk_soc2010_to_soc2018.csv")));
        const auto fo = readFreyOsborne(
            source.filePath(QStringLiteral("automation/frey_osborne_automation_risk_index_clean.csv")));
        const auto telework
            = readTelework(source.filePath(QStringLiteral("telework/onet_teleworkable_blscodes.csv")));
        const auto llm = readLlmExposure(source.filePath(QStringLiteral("automation/occ_level.csv")));

        const Builder builder(onet, wages, projections, crosswalk, fo, telework, llm);
        for (const OnetOccupation &occ : onet.occupations) {
            if (occ.hasData())
                roles.append(builder.build(occ));
        }
        builder.estimateMissingLearningMonths(roles);
        const QVector<BuiltRole> seeds = readSeedRoles(options.seedFile);
        for (const BuiltRole &seed : seeds) {
            for (const BuiltRole &existing : roles) {
                if (existing.role.code == seed.role.code
                    || existing.role.title.compare(seed.role.title, Qt::CaseInsensitive) == 0)
                    throw ImportError(options.seedFile, 0,
                        QStringLiteral("seed role %1 clashes with %2")
                            .arg(seed.role.title, existing.role.code));
            }
            roles.append(seed);
            ++result.summary.seedRoles;
        }
        std::sort(roles.begin(), roles.end(),
            [](const BuiltRole &l, const BuiltRole &r) { return l.role.code < r.role.code; });
    } catch (const ImportError &e) {
        result.error = e.toString();
        return result;
    }

    // Build beside the destination, then rename over it: never a half-written catalogue.
    const QFileInfo out(options.outputFile);
    if (!out.absoluteDir().exists()) {
        result.error = QStringLiteral("%1: the output folder does not exist").arg(options.outputFile);
        return result;
    }
    QTemporaryFile temp(out.absoluteDir().filePath(out.fileName() + QStringLiteral(".tmp-XXXXXX")));
    if (!temp.open()) {
        result.error = QStringLiteral("%1: cannot create a temporary file: %2")
                           .arg(options.outputFile, temp.errorString());
        return result;
    }
    temp.close();
    const QString tempPath = temp.fileName();
    const QString name = connectionName();
    try {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(tempPath);
            if (!db.open())
                throw ImportError(tempPath, 0, QStringLiteral("cannot open: %1").arg(db.lastError().text()));
            Writer w(db);
            w.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
            w.exec(QStringLiteral("PRAGMA synchronous = OFF"));
            w.exec(QStringLiteral("PRAGMA page_size = 4096"));
            if (!db.transaction())
                throw ImportError(tempPath, 0, QStringLiteral("cannot begin a transaction"));
            writeCatalogue(w, roles, onetRelease, result.summary);
            if (!db.commit())
                throw ImportError(
                    tempPath, 0, QStringLiteral("cannot commit: %1").arg(db.lastError().text()));
            w.finish(); // drop prepared statements before VACUUM
            w.exec(QStringLiteral("VACUUM"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    } catch (const ImportError &e) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        result.error = e.toString();
        return result; // the temporary file is removed with `temp`
    }
    if (std::rename(
            QFile::encodeName(tempPath).constData(), QFile::encodeName(out.absoluteFilePath()).constData())
        != 0) {
        result.error = QStringLiteral("%1: cannot move the new catalogue into place").arg(options.outputFile);
        return result;
    }
    temp.setAutoRemove(false);
    QFile::setPermissions(
        out.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    result.summary.roles = int(roles.size());
    result.ok = true;
    return result;
}

} // namespace cc::import
