// SPDX-License-Identifier: MIT
#include "seedroles.h"

#include "importerror.h"
#include "notetext.h"
#include "sourcelist.h"

#include "safefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::import
{

namespace
{

// The role's own figures, as the page gives them.
BuiltRole seedRole(const QJsonObject &o, const QString &path)
{
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
    return b;
}

// Every field the page gives is known from it; every other is missing, with the reason.
void setSeedProvenance(BuiltRole &b)
{
    const Role &r = b.role;
    const QString page = Source::SeedPage;
    b.set(Field::Title, ValueStatus::Known, page);
    b.set(Field::Salary,
        r.salary.low.isKnown() && r.salary.high.isKnown() ? ValueStatus::Known : ValueStatus::Missing, page,
        note(QT_TRANSLATE_NOOP("ProvenanceNote",
            "the page gives only the range, no 25th percentile, median or 75th percentile")));
    auto mark = [&](const QString &field, bool present, const NoteText &missingWhy) {
        b.set(field, present ? ValueStatus::Known : ValueStatus::Missing, page,
            present ? NoteText() : missingWhy);
    };
    const NoteText notOnPage = note(QT_TRANSLATE_NOOP("ProvenanceNote", "the page gives no figure"));
    mark(Field::DemandScore, r.demandScore.has_value(), notOnPage);
    mark(Field::AiRisk, r.aiRiskPercent.has_value(), notOnPage);
    mark(Field::LearningMonths, r.learningMonths.has_value(), notOnPage);
    mark(Field::Difficulty, r.difficulty.has_value(), notOnPage);
    mark(Field::EntryBarrier, r.entryBarrier.has_value(), notOnPage);
    mark(Field::RemoteFriendly, r.remoteFriendly.has_value(), notOnPage);
    mark(Field::RequiresCoding, r.requiresCoding.has_value(), notOnPage);
    mark(Field::LlmExposure, false,
        note(QT_TRANSLATE_NOOP("ProvenanceNote",
            "the page gives no LLM exposure figure and the role is not an O*NET occupation")));
    mark(Field::Projections, false,
        note(QT_TRANSLATE_NOOP(
            "ProvenanceNote", "the role is not a BLS occupation; the page gives only its own demand score")));
    mark(Field::BrightOutlook, false,
        note(QT_TRANSLATE_NOOP("ProvenanceNote",
            "the role is not a BLS occupation, so no projection says whether its outlook is bright")));
    mark(Field::TypicalEducation, false,
        note(QT_TRANSLATE_NOOP("ProvenanceNote", "the page gives only an entry barrier")));
    mark(Field::JobZone, false,
        note(QT_TRANSLATE_NOOP("ProvenanceNote", "the role is not an O*NET occupation")));
    mark(Field::Interests, false,
        note(QT_TRANSLATE_NOOP(
            "ProvenanceNote", "the role is not an O*NET occupation, so it has no interest profile")));
}

// A free-text skill of the page, tagged "kind: name" with the canonical skills it names.
BuiltSkill seedSkill(const QJsonObject &so, const QString &path, const QString &roleTitle)
{
    BuiltSkill s;
    s.skill.label = so.value(QStringLiteral("text")).toString();
    s.skill.kind = SkillKind::Topic;
    s.sourceId = Source::SeedPage;
    for (const QJsonValue &tv : so.value(QStringLiteral("tags")).toArray()) {
        const QString tag = tv.toString();
        const int colon = int(tag.indexOf(QLatin1Char(':')));
        const auto kind = skillKindFromName(tag.left(colon));
        const QString name = tag.mid(colon + 1).trimmed();
        if (colon <= 0 || !kind || name.isEmpty())
            throw ImportError(path, 0, QStringLiteral("bad skill tag \"%1\" on %2").arg(tag, roleTitle));
        s.skill.entities.append(SkillEntity { skillEntityId(*kind, name), name, *kind });
    }
    if (s.skill.label.isEmpty() || s.skill.entities.isEmpty())
        throw ImportError(path, 0, QStringLiteral("a skill of %1 has no text or no tags").arg(roleTitle));
    return s;
}

} // namespace

QVector<BuiltRole> readSeedRoles(const QString &path)
{
    const safefile::ReadResult file = safefile::readRegularFile(path, 16 * 1024 * 1024);
    if (!file.ok())
        throw ImportError(path, 0, file.why);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.bytes, &parseError);
    if (doc.isNull())
        throw ImportError(path, 0, QStringLiteral("is not valid JSON: %1").arg(parseError.errorString()));

    QVector<BuiltRole> roles;
    const QJsonArray list = doc.object().value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        BuiltRole b = seedRole(o, path);
        setSeedProvenance(b);
        for (const QJsonValue &sv : o.value(QStringLiteral("skills")).toArray())
            b.skills.append(seedSkill(sv.toObject(), path, b.role.title));
        b.set(Field::Skills, b.skills.isEmpty() ? ValueStatus::Missing : ValueStatus::Known, Source::SeedPage,
            note(QT_TRANSLATE_NOOP("ProvenanceNote",
                "the page's free-text skills, tagged with the canonical skills they name")));
        roles.append(b);
    }
    if (roles.isEmpty())
        throw ImportError(path, 0, QStringLiteral("has no roles"));
    return roles;
}

} // namespace cc::import
