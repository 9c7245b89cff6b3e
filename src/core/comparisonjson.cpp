// SPDX-License-Identifier: MIT
#include "comparisonjson.h"

#include "formatting.h"

#include <QJsonArray>

namespace cc
{

namespace
{

template <typename T> QJsonValue optional(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue rounded(const std::optional<double> &v)
{
    return v ? QJsonValue(format::roundToTenth(*v)) : QJsonValue(QJsonValue::Null);
}

template <typename Enum> QJsonValue named(const std::optional<Enum> &v, QString (*name)(Enum))
{
    return v ? QJsonValue(name(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue wage(const Wage &w)
{
    return w.amount ? QJsonValue(*w.amount) : QJsonValue(QJsonValue::Null);
}

QJsonArray names(const QVector<OverlapEntry> &entries)
{
    QJsonArray list;
    for (const OverlapEntry &e : entries)
        list.append(e.entity.name);
    return list;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject roleToJson(const Role &role)
{
    const SalaryRange &s = role.salary;
    QJsonObject salary {
        { QStringLiteral("low"), wage(s.low) },
        { QStringLiteral("p25"), wage(s.p25) },
        { QStringLiteral("median"), wage(s.median) },
        { QStringLiteral("p75"), wage(s.p75) },
        { QStringLiteral("high"), wage(s.high) },
        { QStringLiteral("currency"), s.currency },
        { QStringLiteral("year"), optional(s.year) },
    };
    QJsonArray topCoded;
    const std::pair<const char *, const Wage *> wages[] = { { "low", &s.low }, { "p25", &s.p25 },
        { "median", &s.median }, { "p75", &s.p75 }, { "high", &s.high } };
    for (const auto &[key, w] : wages) {
        if (w->topCoded)
            topCoded.append(QLatin1String(key));
    }
    if (!topCoded.isEmpty())
        salary.insert(QStringLiteral("top_coded"), topCoded);

    QJsonObject notes;
    QStringList fields = role.provenance.keys();
    fields.sort();
    for (const QString &field : fields) {
        const Provenance &p = role.provenance.value(field);
        if (p.status != ValueStatus::Known && !p.note.isEmpty())
            notes.insert(field, QStringLiteral("%1: %2").arg(valueStatusName(p.status), p.note));
    }

    QJsonObject json {
        { QStringLiteral("code"), role.code },
        { QStringLiteral("title"), role.title },
        { QStringLiteral("category"), role.category },
        { QStringLiteral("salary"), salary },
        { QStringLiteral("demand_score"), rounded(role.demandScore) },
        { QStringLiteral("ai_risk_percent"), rounded(role.aiRiskPercent) },
        { QStringLiteral("llm_exposure_percent"), rounded(role.llmExposurePercent) },
        { QStringLiteral("learning_months"), optional(role.learningMonths) },
        { QStringLiteral("difficulty"), named(role.difficulty, &difficultyName) },
        { QStringLiteral("entry_barrier"), named(role.entryBarrier, &entryBarrierName) },
        { QStringLiteral("remote_friendly"), named(role.remoteFriendly, &remoteFriendlyName) },
        { QStringLiteral("requires_coding"), optional(role.requiresCoding) },
    };
    if (!notes.isEmpty())
        json.insert(QStringLiteral("notes"), notes);
    return json;
}

QJsonObject comparisonToJson(
    const Comparison &c, const QHash<QString, QString> &citations, const QString &credit)
{
    QJsonObject skills {
        { QStringLiteral("only_a"), names(c.skills.onlyA) },
        { QStringLiteral("shared"), names(c.skills.shared) },
        { QStringLiteral("only_b"), names(c.skills.onlyB) },
        { QStringLiteral("similarity_percent"),
            c.skills.similarityPercent ? QJsonValue(qRound(*c.skills.similarityPercent))
                                       : QJsonValue(QJsonValue::Null) },
    };
    QStringList sources;
    for (const QString &id : c.sourceIds)
        sources << citations.value(id, id);
    if (!credit.isEmpty() && !sources.contains(credit))
        sources << credit;
    return QJsonObject {
        { QStringLiteral("a"), roleToJson(c.a) },
        { QStringLiteral("b"), roleToJson(c.b) },
        { QStringLiteral("skills"), skills },
        { QStringLiteral("summary"), c.summary },
        { QStringLiteral("conclusion"), strings(c.conclusion) },
        { QStringLiteral("choose_a_if"), strings(c.chooseAIf) },
        { QStringLiteral("choose_b_if"), strings(c.chooseBIf) },
        { QStringLiteral("sources"), strings(sources) },
    };
}

} // namespace cc
