// SPDX-License-Identifier: MIT
#include "cataloguewriter.h"

#include "catalogueschema.h"
#include "importerror.h"
#include "sourcelist.h"
#include "sourcerows.h"
#include "sqliteconnection.h"
#include "tablewriter.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QVariant>

namespace cc::import
{

namespace
{

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

void writeSourcesAndMetadata(
    Writer &w, const QString &onetRelease, int roleCount, const QMap<QString, int> &sourceRows)
{
    const QVector<SourceInfo> sources = sourceList(onetRelease);
    QStringList attribution;
    for (const SourceInfo &s : sources) {
        w.insert(QStringLiteral("sources"),
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("release"),
                QStringLiteral("citation"), QStringLiteral("licence") },
            { s.id, s.name, s.release, s.citation, s.licence });
        attribution << s.citation;
    }
    namespace Key = schema::MetadataKey;
    const QVector<std::pair<QString, QString>> metadata {
        { Key::ApplicationId, schema::ApplicationId },
        { Key::SchemaVersion, QString::number(schema::CatalogueVersion) },
        { Key::OnetRelease, onetRelease },
        { Key::OewsRelease, OewsRelease },
        { Key::ProjectionsRelease, ProjectionsRelease },
        { Key::OnetCredit, onetCredit(onetRelease) },
        { Key::Attribution, attribution.join(QLatin1Char('\n')) },
        { Key::Release,
            QStringLiteral("O*NET %1, BLS OEWS %2, BLS projections %3")
                .arg(onetRelease, OewsRelease, ProjectionsRelease) },
        { Key::RoleCount, QString::number(roleCount) },
        { Key::SourceRows, sourceRowsText(sourceRows) },
    };
    const QStringList metaColumns { QStringLiteral("key"), QStringLiteral("value") };
    for (const auto &[key, value] : metadata)
        w.insert(QStringLiteral("metadata"), metaColumns, { key, value });
}

// Entities first, in id order, so the file is the same for the same input.
void writeSkillEntities(Writer &w, const QVector<BuiltRole> &roles)
{
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
}

void writeRoleRow(Writer &w, const BuiltRole &b)
{
    const Role &r = b.role;
    static const QStringList roleColumns { QStringLiteral("code"), QStringLiteral("title"),
        QStringLiteral("category"), QStringLiteral("origin"), QStringLiteral("soc_code"),
        QStringLiteral("salary_low"), QStringLiteral("salary_p25"), QStringLiteral("salary_median"),
        QStringLiteral("salary_p75"), QStringLiteral("salary_high"), QStringLiteral("salary_top_coded"),
        QStringLiteral("salary_currency"), QStringLiteral("salary_year"), QStringLiteral("wage_employment"),
        QStringLiteral("employment_2024"), QStringLiteral("employment_2034"),
        QStringLiteral("growth_percent"), QStringLiteral("annual_openings"), QStringLiteral("demand_score"),
        QStringLiteral("bright_outlook"), QStringLiteral("ai_risk_percent"),
        QStringLiteral("llm_exposure_percent"), QStringLiteral("learning_months"),
        QStringLiteral("education_months"), QStringLiteral("training_months"),
        QStringLiteral("experience_months"), QStringLiteral("job_zone"), QStringLiteral("difficulty"),
        QStringLiteral("typical_education"), QStringLiteral("work_experience"),
        QStringLiteral("job_training"), QStringLiteral("entry_barrier"), QStringLiteral("telework_share"),
        QStringLiteral("remote_friendly"), QStringLiteral("requires_coding"),
        QStringLiteral("interest_realistic"), QStringLiteral("interest_investigative"),
        QStringLiteral("interest_artistic"), QStringLiteral("interest_social"),
        QStringLiteral("interest_enterprising"), QStringLiteral("interest_conventional") };
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
        r.brightOutlook ? QVariant(int(*r.brightOutlook)) : QVariant(), var(r.aiRiskPercent),
        var(r.llmExposurePercent), var(r.learningMonths), var(b.educationMonths), var(b.trainingMonths),
        var(b.experienceMonths), var(r.jobZone), named(r.difficulty, &difficultyName),
        text(r.typicalEducation), text(r.workExperience), text(r.jobTraining),
        named(r.entryBarrier, &entryBarrierName), var(r.teleworkShare),
        named(r.remoteFriendly, &remoteFriendlyName),
        r.requiresCoding ? QVariant(int(*r.requiresCoding)) : QVariant() };
    for (const auto &interest : r.interests)
        values << var(interest);
    w.insert(QStringLiteral("roles"), roleColumns, values);
}

void writeProvenance(Writer &w, const Role &r, ImportSummary &summary)
{
    QStringList fields = r.provenance.keys();
    fields.sort();
    for (const QString &field : fields) {
        const Provenance &p = r.provenance.value(field);
        w.insert(QStringLiteral("provenance"),
            { QStringLiteral("role_code"), QStringLiteral("field"), QStringLiteral("status"),
                QStringLiteral("source_id"), QStringLiteral("note"), QStringLiteral("note_parts") },
            { r.code, field, valueStatusName(p.status), text(p.sourceId), p.note,
                text(p.noteText.toJsonText()) });
        if (p.status == ValueStatus::Missing)
            ++summary.missing[field];
        else if (p.status == ValueStatus::Estimate)
            ++summary.estimates[field];
    }
}

void writeRoleSkills(Writer &w, const BuiltRole &b)
{
    const Role &r = b.role;
    for (int i = 0; i < b.skills.size(); ++i) {
        const BuiltSkill &s = b.skills.at(i);
        w.insert(QStringLiteral("role_skills"),
            { QStringLiteral("role_code"), QStringLiteral("position"), QStringLiteral("label"),
                QStringLiteral("kind"), QStringLiteral("importance"), QStringLiteral("level"),
                QStringLiteral("hot"), QStringLiteral("in_demand"), QStringLiteral("source_id") },
            { r.code, i, s.skill.label, skillKindName(s.skill.kind), var(s.skill.importance), var(s.level),
                int(s.skill.hot), int(s.skill.inDemand), s.sourceId });
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
}

// Related roles that are in the catalogue, each once.
void writeRelatedRoles(Writer &w, const BuiltRole &b, const QSet<QString> &codes)
{
    const Role &r = b.role;
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
}

void writeAlternateTitles(Writer &w, const BuiltRole &b, ImportSummary &summary)
{
    const Role &r = b.role;
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

void writeTables(
    Writer &w, const QVector<BuiltRole> &roles, const QString &onetRelease, ImportSummary &summary)
{
    for (const QString &sql : schema::catalogueTables())
        w.exec(sql);
    writeSourcesAndMetadata(w, onetRelease, int(roles.size()), summary.sourceRows);
    writeSkillEntities(w, roles);
    QSet<QString> codes;
    for (const BuiltRole &b : roles)
        codes.insert(b.role.code);
    for (const BuiltRole &b : roles) {
        writeRoleRow(w, b);
        writeProvenance(w, b.role, summary);
        writeRoleSkills(w, b);
        writeRelatedRoles(w, b, codes);
        writeAlternateTitles(w, b, summary);
    }
}

} // namespace

void writeCatalogue(const QString &path, const QVector<BuiltRole> &roles, const QString &onetRelease,
    const MobilityTables &mobility, const SimilarityTables &similarity, const TermTables &terms,
    ImportSummary &summary)
{
    SqliteConnection connection(QStringLiteral("cc-import"), path, SqliteConnection::Mode::ReadWrite);
    if (!connection.open())
        throw ImportError(path, 0, QStringLiteral("cannot open: %1").arg(connection.lastError().text()));
    QSqlDatabase db = connection.database();
    Writer w(db);
    w.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    w.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    w.exec(QStringLiteral("PRAGMA page_size = 4096"));
    if (!db.transaction())
        throw ImportError(path, 0, QStringLiteral("cannot begin a transaction"));
    writeTables(w, roles, onetRelease, summary);
    writeMobilityTables(db, mobility);
    writeSimilarityTables(db, similarity);
    writeTermTables(w, terms);
    if (!db.commit())
        throw ImportError(path, 0, QStringLiteral("cannot commit: %1").arg(db.lastError().text()));
    w.finish(); // drop prepared statements before VACUUM
    w.exec(QStringLiteral("VACUUM"));
}

} // namespace cc::import
