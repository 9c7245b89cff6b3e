// SPDX-License-Identifier: MIT
#pragma once

#include "provenancenote.h"
#include "similarity.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace cc
{

// Whether a stored value is as published, derived through a related code (an estimate), or absent.
enum class ValueStatus { Known, Estimate, Missing };

QString valueStatusName(ValueStatus status);
std::optional<ValueStatus> valueStatusFromName(const QString &name);

// Where one value of a role came from. `note` says why a value is missing or how it was estimated,
// in English; `noteText` keeps the same note as template and facts where the importer wrote one.
struct Provenance {
    QString sourceId;
    ValueStatus status = ValueStatus::Missing;
    QString note;
    NoteText noteText {};
    // The note in the interface language; `note` itself where there is no template (custom roles).
    QString text() const { return noteText.isTemplated() ? noteText.render() : note; }
};

// The keys under which a role's values keep their provenance (also the catalogue's field names).
namespace Field
{
inline const QString Salary = QStringLiteral("salary");
inline const QString Employment = QStringLiteral("employment");
inline const QString Projections = QStringLiteral("projections");
inline const QString DemandScore = QStringLiteral("demand_score");
inline const QString BrightOutlook = QStringLiteral("bright_outlook");
inline const QString AiRisk = QStringLiteral("ai_risk_percent");
inline const QString LlmExposure = QStringLiteral("llm_exposure_percent");
inline const QString LearningMonths = QStringLiteral("learning_months");
inline const QString JobZone = QStringLiteral("job_zone");
inline const QString Difficulty = QStringLiteral("difficulty");
inline const QString TypicalEducation = QStringLiteral("typical_education");
inline const QString EntryBarrier = QStringLiteral("entry_barrier");
inline const QString RemoteFriendly = QStringLiteral("remote_friendly");
inline const QString RequiresCoding = QStringLiteral("requires_coding");
inline const QString Interests = QStringLiteral("interests");
inline const QString Skills = QStringLiteral("skills");
inline const QString Title = QStringLiteral("title");
inline const QString Mobility = QStringLiteral("mobility"); // CPS flows: which survey group(s) the role is
// Role::escoLabel: the ESCO occupation (source "esco") and the crosswalk match (Nesta) it rests on.
inline const QString EscoLabel = QStringLiteral("esco_label");
inline const QString EscoMatch = QStringLiteral("esco_match");
} // namespace Field

enum class Difficulty { Beginner, Intermediate, Advanced };
enum class EntryBarrier { Low, Medium, High };
enum class RemoteFriendly { No, Partly, Yes };

QString difficultyName(Difficulty value);
QString entryBarrierName(EntryBarrier value);
QString remoteFriendlyName(RemoteFriendly value);
// The same levels as the reader sees them, in the interface language ("Beginner", "Básica").
QString difficultyLabel(Difficulty value);
QString entryBarrierLabel(EntryBarrier value);
QString remoteFriendlyLabel(RemoteFriendly value);
std::optional<Difficulty> difficultyFromName(const QString &name);
std::optional<EntryBarrier> entryBarrierFromName(const QString &name);
std::optional<RemoteFriendly> remoteFriendlyFromName(const QString &name);

// One annual wage figure. BLS top-codes wages at or above $239,200 ("#"): the amount is then that
// threshold and `topCoded` is set, meaning "this much or more".
struct Wage {
    std::optional<int> amount;
    bool topCoded = false;
    bool isKnown() const { return amount.has_value(); }
};

struct SalaryRange {
    Wage low; // 10th percentile
    Wage p25;
    Wage median;
    Wage p75;
    Wage high; // 90th percentile
    QString currency = QStringLiteral("USD");
    std::optional<int> year;
};

// The six O*NET interest areas (RIASEC), each rated 1–7.
enum class Interest { Realistic, Investigative, Artistic, Social, Enterprising, Conventional };
constexpr int InterestCount = 6;
QString interestName(Interest interest);

enum class SkillKind { Skill, Knowledge, Technology, Topic };
QString skillKindName(SkillKind kind);
std::optional<SkillKind> skillKindFromName(const QString &name);
// Technologies and the seed page's free-text topics are things one uses; skills and knowledge are
// O*NET's rated elements. The one rule every list, overlap and roadmap groups by.
inline bool isTechnologyLike(SkillKind kind)
{
    return kind == SkillKind::Technology || kind == SkillKind::Topic;
}
// The canonical id of a named entity ("technology:python", "topic:quantization"): kind, then the name
// with white space simplified and case folded, so that spellings differing only in case are one entity.
QString skillEntityId(SkillKind kind, const QString &name);

// A canonical skill: an O*NET skill or knowledge element, a technology named in O*NET's Technology
// Skills, or a topic named by a seed role's free-text skill. Overlap is computed on these.
struct SkillEntity {
    QString id; // "onet:2.B.3.e", "tech:python", "topic:quantization"
    QString name;
    SkillKind kind = SkillKind::Skill;
};

// A skill as a role lists it. O*NET rows name one entity each; the seed page's free-text skills
// name several ("Python & Systems Programming (Rust, C++…)" names Python, Rust and C++).
struct RoleSkill {
    QString label;
    SkillKind kind = SkillKind::Skill;
    std::optional<double> importance; // O*NET importance 1–5; technologies have none
    bool hot = false; // O*NET "Hot Technology"
    bool inDemand = false; // O*NET "In Demand"
    QVector<SkillEntity> entities;
};

struct RelatedRole {
    QString code;
    QString title;
    QString tier;
    // Pay and outlook shown beside a related career: its BLS median wage and demand score.
    Wage medianSalary;
    std::optional<double> demandScore;
    std::optional<double> growthPercent;
};

// Who actually moves (CPS ASEC flows, del Rio-Chanona et al. 2021; src/core/mobility.h computes
// the shares). A role belongs to one or more of the survey's occupation groups, weighted by
// employment; `outflows` is where the people of those groups are a year later.
struct MobilityGroup {
    QString code; // SOC 2010, "29-1140"
    QString title;
    double weight = 1; // share of the role's employment; sums to 1
};
struct MobilityFlow {
    QString groupCode;
    QString groupTitle;
    double probability = 0; // P(in this group this year | in the role last year), groups combined
    // The catalogue's roles in this group: the one to compare with first (the group mostly is
    // that occupation, the most employment, the ".00" code), then the others. Read for the groups
    // mobility::destinations() lists only; empty for the other flows.
    QVector<RelatedRole> roles;
};
struct RoleMobility {
    QVector<MobilityGroup> groups; // empty: the survey has no group for the role (provenance says why)
    QVector<MobilityFlow> outflows; // every recorded destination, staying included, by group code
};

// Source ids the core itself needs to recognise (the catalogue's sources table names them all).
namespace SourceId
{
inline const QString SeedPage = QStringLiteral("seed-page"); // the web page Career Compare grew from
inline const QString User = QStringLiteral("user"); // a value the user gave for a custom role
// ESCO's Spanish labels and Nesta's crosswalk (the importer's Source::Esco and Source::EscoCrosswalk):
// credited in every Spanish report, whose vocabulary and search rest on them.
inline const QString Esco = QStringLiteral("esco");
inline const QString EscoCrosswalk = QStringLiteral("nesta-esco-onet");
} // namespace SourceId

// Where a role comes from: an O*NET occupation, the seed web page, or the user's own custom role.
enum class RoleOrigin { Onet, Seed, Custom };
QString roleOriginName(RoleOrigin origin); // "onet", "seed", "custom" (the catalogue's spelling)
std::optional<RoleOrigin> roleOriginFromName(const QString &name);

// The seed page's two roles, as the catalogue codes them.
namespace SeedCode
{
inline const QString MultimodalEngineer = QStringLiteral("AI-0001");
inline const QString OnDeviceEngineer = QStringLiteral("AI-0002");
} // namespace SeedCode

struct Role {
    QString code;
    QString title;
    QString category;
    // The closest ESCO occupation's Spanish label where the ESCO–O*NET crosswalk gives a confident
    // match; empty otherwise. A search aid and subtitle, never the role's title.
    QString escoLabel;
    RoleOrigin origin = RoleOrigin::Onet;

    SalaryRange salary;
    std::optional<double> employment2024; // thousands (BLS projections)
    std::optional<double> employment2034; // thousands
    std::optional<double> growthPercent; // 2024–34
    std::optional<double> annualOpenings; // thousands a year
    std::optional<double> demandScore; // 0–10
    std::optional<bool> brightOutlook; // O*NET's Bright Outlook criteria, from the projection line
    std::optional<double> aiRiskPercent; // Frey & Osborne
    std::optional<double> llmExposurePercent; // Eloundou et al.
    std::optional<int> learningMonths;
    std::optional<int> jobZone;
    std::optional<Difficulty> difficulty;
    QString typicalEducation; // BLS wording; empty when missing
    QString workExperience;
    QString jobTraining;
    std::optional<EntryBarrier> entryBarrier;
    std::optional<double> teleworkShare; // 0–1
    std::optional<RemoteFriendly> remoteFriendly;
    std::optional<bool> requiresCoding;
    std::array<std::optional<double>, InterestCount> interests;

    QVector<RoleSkill> skills;
    QVector<RelatedRole> related;
    RoleMobility mobility;
    // What the similarity compares (similarity.h) and the role's detailed work activities, in
    // orderedWorkActivities() order; both empty for roles without O*NET data.
    SimilarityProfile similarity;
    QVector<WorkActivity> workActivities;
    QHash<QString, Provenance> provenance; // by Field key

    Provenance provenanceOf(const QString &field) const;
    // The seed page's own figure: on a scale the page does not explain, never ranked against statistics.
    bool isPageFigure(const QString &field) const
    {
        return provenanceOf(field).sourceId == SourceId::SeedPage;
    }
    bool isEstimate(const QString &field) const
    {
        return provenanceOf(field).status == ValueStatus::Estimate;
    }
    bool isSeed() const { return origin == RoleOrigin::Seed; }
    bool isCustom() const { return origin == RoleOrigin::Custom; }
};

} // namespace cc
