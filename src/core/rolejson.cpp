// SPDX-License-Identifier: MIT
#include "rolejson.h"

#include "comparisonjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace cc
{

namespace
{

const QString UserSource = QStringLiteral("user");

class RoleReader
{
public:
    RoleReader(const QJsonObject &object, int index)
        : m_o(object)
        , m_index(index)
    {
    }

    bool read(RoleInput &out)
    {
        m_role = &out.role;
        Role &r = out.role;
        r.origin = RoleOrigin::Custom;
        if (!text(QStringLiteral("title"), true, r.title) || !text(QStringLiteral("code"), false, r.code)
            || !text(QStringLiteral("category"), false, r.category))
            return false;
        if (r.category.isEmpty())
            r.category = QStringLiteral("Custom roles");
        r.provenance.insert(Field::Title, Provenance { UserSource, ValueStatus::Known, QString() });

        const QJsonValue salary = m_o.value(QStringLiteral("salary"));
        if (!salary.isUndefined() && !salary.isNull()) {
            if (!salary.isObject())
                return fail(QStringLiteral("salary must be an object"));
            const QJsonObject s = salary.toObject();
            Wage *wages[5]
                = { &r.salary.low, &r.salary.p25, &r.salary.median, &r.salary.p75, &r.salary.high };
            const char *keys[5] = { "low", "p25", "median", "p75", "high" };
            std::optional<double> previous;
            for (int i = 0; i < 5; ++i) {
                std::optional<double> v;
                if (!number(s, QLatin1String(keys[i]), 0, 10'000'000, v, QStringLiteral("salary.")))
                    return false;
                if (v) {
                    if (previous && *v < *previous)
                        return fail(QStringLiteral("salary.%1 is below a lower percentile")
                                        .arg(QLatin1String(keys[i])));
                    wages[i]->amount = int(std::lround(*v));
                    previous = v;
                }
            }
            const QJsonValue currency = s.value(QStringLiteral("currency"));
            if (currency.isString() && !currency.toString().isEmpty()) {
                const QString c = currency.toString().trimmed();
                if (c.size() != 3 || !std::all_of(c.begin(), c.end(), [](QChar ch) { return ch.isUpper(); }))
                    return fail(QStringLiteral("salary.currency must be a three-letter code such as USD"));
                r.salary.currency = c;
            }
            std::optional<double> year;
            if (!number(s, QStringLiteral("year"), 1900, 2200, year, QStringLiteral("salary.")))
                return false;
            if (year)
                r.salary.year = int(*year);
        }
        mark(Field::Salary, r.salary.low.isKnown() && r.salary.high.isKnown());

        if (!number(m_o, QStringLiteral("demand_score"), 0, 10, r.demandScore)
            || !number(m_o, QStringLiteral("ai_risk_percent"), 0, 100, r.aiRiskPercent)
            || !number(m_o, QStringLiteral("llm_exposure_percent"), 0, 100, r.llmExposurePercent))
            return false;
        std::optional<double> months;
        if (!number(m_o, QStringLiteral("learning_months"), 0, 1200, months))
            return false;
        if (months)
            r.learningMonths = int(std::lround(*months));
        mark(Field::DemandScore, r.demandScore.has_value());
        mark(Field::AiRisk, r.aiRiskPercent.has_value());
        mark(Field::LlmExposure, r.llmExposurePercent.has_value());
        mark(Field::LearningMonths, r.learningMonths.has_value());

        if (!level(QStringLiteral("difficulty"), r.difficulty, difficultyFromName)
            || !level(QStringLiteral("entry_barrier"), r.entryBarrier, entryBarrierFromName)
            || !level(QStringLiteral("remote_friendly"), r.remoteFriendly, remoteFriendlyFromName))
            return false;
        mark(Field::Difficulty, r.difficulty.has_value());
        mark(Field::EntryBarrier, r.entryBarrier.has_value());
        mark(Field::RemoteFriendly, r.remoteFriendly.has_value());

        const QJsonValue coding = m_o.value(QStringLiteral("requires_coding"));
        if (coding.isBool())
            r.requiresCoding = coding.toBool();
        else if (!coding.isUndefined() && !coding.isNull())
            return fail(QStringLiteral("requires_coding must be true, false or null"));
        mark(Field::RequiresCoding, r.requiresCoding.has_value());

        const QJsonValue skills = m_o.value(QStringLiteral("skills"));
        if (!skills.isUndefined() && !skills.isNull()) {
            if (!skills.isArray())
                return fail(QStringLiteral("skills must be a list of names"));
            const QJsonArray list = skills.toArray();
            if (list.size() > MaxSkills)
                return fail(QStringLiteral("has more than %1 skills").arg(MaxSkills));
            for (int i = 0; i < list.size(); ++i) {
                QString name;
                if (!list.at(i).isString() || !clean(list.at(i).toString(), name) || name.isEmpty())
                    return fail(QStringLiteral(
                        "skill %1 must be a non-empty name without control characters, at most %2 characters")
                                    .arg(i + 1)
                                    .arg(MaxTitleLength));
                if (!out.skillNames.contains(name, Qt::CaseInsensitive))
                    out.skillNames << name;
            }
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        const QString title = m_o.value(QStringLiteral("title")).toString().left(60);
        m_error = title.isEmpty()
            ? QStringLiteral("role %1: %2").arg(m_index + 1).arg(message)
            : QStringLiteral("role %1 (\"%2\"): %3").arg(m_index + 1).arg(title, message);
        return false;
    }

    static bool clean(const QString &raw, QString &out)
    {
        const QString t = raw.trimmed();
        if (t.size() > MaxTitleLength)
            return false;
        for (const QChar c : t) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                || c == QChar(0xFFFD))
                return false;
        }
        out = t;
        return true;
    }

    bool text(const QString &key, bool required, QString &out)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(QStringLiteral("%1 is missing").arg(key));
            return true;
        }
        if (!v.isString())
            return fail(QStringLiteral("%1 must be text").arg(key));
        if (!clean(v.toString(), out))
            return fail(QStringLiteral("%1 must be at most %2 characters without control characters")
                            .arg(key)
                            .arg(MaxTitleLength));
        if (required && out.isEmpty())
            return fail(QStringLiteral("%1 is empty").arg(key));
        return true;
    }

    bool number(const QJsonObject &o, const QString &key, double min, double max, std::optional<double> &out,
        const QString &prefix = QString())
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max)
            return fail(
                QStringLiteral("%1%2 must be a number from %3 to %4").arg(prefix, key).arg(min).arg(max));
        out = v.toDouble();
        return true;
    }

    template <typename Enum>
    bool level(const QString &key, std::optional<Enum> &out, std::optional<Enum> (*parse)(const QString &))
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        out = v.isString() ? parse(v.toString().trimmed()) : std::nullopt;
        if (!out)
            return fail(QStringLiteral("%1 has an unknown value").arg(key));
        return true;
    }

    void mark(const QString &field, bool present)
    {
        m_role->provenance.insert(field,
            present ? Provenance { UserSource, ValueStatus::Known, QString() }
                    : Provenance {
                        UserSource, ValueStatus::Missing, QStringLiteral("not given for this custom role") });
    }

    Role *m_role = nullptr;
    const QJsonObject &m_o;
    int m_index;
    QString m_error;
};

} // namespace

RolesParseResult parseRolesJson(const QByteArray &json)
{
    RolesParseResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        result.error = QStringLiteral("not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else if (doc.object().contains(QStringLiteral("roles"))) {
        if (!doc.object().value(QStringLiteral("roles")).isArray()) {
            result.error = QStringLiteral("\"roles\" must be a list");
            return result;
        }
        list = doc.object().value(QStringLiteral("roles")).toArray();
    } else {
        list.append(doc.object());
    }
    if (list.size() > MaxRoles) {
        result.error = QStringLiteral("more than %1 roles").arg(MaxRoles);
        return result;
    }
    QVector<RoleInput> roles;
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            result.error = QStringLiteral("role %1: must be an object").arg(i + 1);
            return result;
        }
        const QJsonObject object = list.at(i).toObject();
        RoleInput input;
        RoleReader reader(object, i);
        if (!reader.read(input)) {
            result.error = reader.error();
            return result;
        }
        roles.append(input);
    }
    result.roles = roles;
    return result;
}

QJsonArray rolesToJson(const QVector<Role> &roles)
{
    QJsonArray list;
    for (const Role &r : roles) {
        QJsonObject o = roleToJson(r);
        o.remove(QStringLiteral("notes"));
        QJsonArray skills;
        for (const RoleSkill &s : r.skills)
            skills.append(s.label);
        o.insert(QStringLiteral("skills"), skills);
        list.append(o);
    }
    return list;
}

} // namespace cc
