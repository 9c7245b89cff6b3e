// SPDX-License-Identifier: MIT
#include "rolejson.h"

#include "attributes.h"
#include "comparisonjson.h"
#include "namematcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace cc
{

namespace
{

const QString &UserSource = SourceId::User;

NoteText notGiven()
{
    return NoteText::note(QT_TRANSLATE_NOOP("ProvenanceNote", "not given for this custom role"));
}

// Every field a role object may have: what rolesToJson() and the comparison's JSON write. "notes" is
// written by --json and read back as nothing (a custom role's notes are made from what is missing).
QStringList knownRoleFields()
{
    QStringList fields { QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("category"),
        QStringLiteral("skills"), QStringLiteral("notes"), QStringLiteral("esco_label") };
    for (const Attribute &at : attributes()) {
        if (!at.jsonName.isEmpty())
            fields << at.jsonName;
        if (!at.extraJsonName.isEmpty())
            fields << at.extraJsonName;
    }
    return fields;
}

// QJsonParseError::errorString()'s reasons, in the program's translation: Qt's is not installed
// everywhere.
[[maybe_unused]] const char *const JsonParseErrors[] = {
    QT_TRANSLATE_NOOP("QJsonParseError", "unterminated object"),
    QT_TRANSLATE_NOOP("QJsonParseError", "missing name separator"),
    QT_TRANSLATE_NOOP("QJsonParseError", "unterminated array"),
    QT_TRANSLATE_NOOP("QJsonParseError", "missing value separator"),
    QT_TRANSLATE_NOOP("QJsonParseError", "illegal value"),
    QT_TRANSLATE_NOOP("QJsonParseError", "invalid termination by number"),
    QT_TRANSLATE_NOOP("QJsonParseError", "illegal number"),
    QT_TRANSLATE_NOOP("QJsonParseError", "invalid escape sequence"),
    QT_TRANSLATE_NOOP("QJsonParseError", "invalid UTF8 string"),
    QT_TRANSLATE_NOOP("QJsonParseError", "unterminated string"),
    QT_TRANSLATE_NOOP("QJsonParseError", "object is missing after a comma"),
    QT_TRANSLATE_NOOP("QJsonParseError", "too deeply nested document"),
    QT_TRANSLATE_NOOP("QJsonParseError", "too large document"),
    QT_TRANSLATE_NOOP("QJsonParseError", "garbage at the end of the document"),
};

} // namespace

qsizetype loneSurrogateAt(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i; // a pair: one character
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

QString withoutLoneSurrogates(const QString &text)
{
    QString out = text;
    for (qsizetype i = loneSurrogateAt(out); i >= 0; i = loneSurrogateAt(out))
        out[i] = QChar(QChar::ReplacementCharacter);
    return out;
}

QString unknownFieldsProblem(const QJsonObject &object, const QStringList &known)
{
    QStringList unknown;
    QString suggestion;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        unknown << QCoreApplication::translate("RoleJson", "\"%1\"").arg(it.key().left(60));
        if (!suggestion.isEmpty())
            continue;
        // The nearest known field, when the unknown one looks like a typo of it ("skils").
        int best = std::max(2, int(it.key().size()) / 3) + 1;
        for (const QString &k : known) {
            const int d = editDistance(it.key().toLower(), k);
            if (d < best) {
                best = d;
                suggestion = QCoreApplication::translate("RoleJson", " (did you mean \"%1\"?)").arg(k);
            }
        }
    }
    if (unknown.isEmpty())
        return QString();
    return (unknown.size() == 1 ? QCoreApplication::translate("RoleJson", "unknown field %1")
                                : QCoreApplication::translate("RoleJson", "unknown fields %1"))
               .arg(unknown.join(QStringLiteral(", ")))
        + suggestion;
}

namespace
{

class RoleReader
{
public:
    RoleReader(const QJsonObject &object, int index, UnknownFields unknown, RefusedValues refused)
        : m_o(object)
        , m_index(index)
        , m_unknown(unknown)
        , m_refused(refused)
    {
    }

    bool read(RoleInput &out)
    {
        m_role = &out.role;
        Role &r = out.role;
        r.origin = RoleOrigin::Custom;
        // A misspelt field ("skils") would be dropped without a word: refused, named.
        static const QStringList known = knownRoleFields();
        if (m_unknown == UnknownFields::Refuse) {
            if (const QString unknown = unknownFieldsProblem(m_o, known); !unknown.isEmpty())
                return fail(unknown);
        }
        if (!text(QStringLiteral("title"), true, r.title) || !text(QStringLiteral("code"), false, r.code)
            || !text(QStringLiteral("category"), false, r.category))
            return false;
        if (r.category.isEmpty())
            r.category = QStringLiteral("Custom roles");
        r.provenance.insert(Field::Title, Provenance { UserSource, ValueStatus::Known, QString() });

        for (const Attribute &at : attributes()) {
            if (at.jsonName.isEmpty())
                continue;
            const Role before = r;
            QString error = at.fromJson(r, m_o.value(at.jsonName));
            if (error.isEmpty() && at.extraFromJson)
                error = at.extraFromJson(r, m_o.value(at.extraJsonName));
            if (!error.isEmpty()) {
                if (m_refused == RefusedValues::Refuse)
                    return fail(error);
                r = before; // none of the field's values, as if not given, and why
                const NoteText why
                    = NoteText::note(QT_TRANSLATE_NOOP("ProvenanceNote", "the saved value is not shown: %1"),
                        { NoteText(error) });
                r.provenance.insert(
                    at.field, Provenance { UserSource, ValueStatus::Missing, why.english(), why });
                m_refusedFields << at.field;
                continue;
            }
            const bool given = at.input == InputKind::Salary
                ? r.salary.low.isKnown() && r.salary.high.isKnown()
                : !at.text(r).isEmpty();
            mark(at.field, given);
        }

        const QJsonValue skills = m_o.value(QStringLiteral("skills"));
        if (!skills.isUndefined() && !skills.isNull()) {
            if (!skills.isArray())
                return fail(QCoreApplication::translate("RoleJson", "skills must be a list of names"));
            const QJsonArray list = skills.toArray();
            if (list.size() > MaxSkills)
                return fail(
                    QCoreApplication::translate("RoleJson", "has more than %1 skills").arg(MaxSkills));
            for (int i = 0; i < list.size(); ++i) {
                QString name;
                QString raw = list.at(i).toString();
                if (const qsizetype at = loneSurrogateAt(raw); at >= 0) {
                    if (m_refused == RefusedValues::Refuse)
                        return fail(QCoreApplication::translate("RoleJson",
                            "skill %1 has \\u%2, half of a UTF-16 surrogate pair without the other half: it "
                            "is no character (write the character itself)")
                                        .arg(i + 1)
                                        .arg(surrogateHex(raw.at(at))));
                    raw = withoutLoneSurrogates(raw);
                }
                if (!list.at(i).isString() || !clean(raw, name) || name.isEmpty())
                    return fail(QCoreApplication::translate("RoleJson",
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
    QString problem() const { return m_problem; }

private:
    bool fail(const QString &message)
    {
        m_problem = message;
        const QString title = withoutLoneSurrogates(m_o.value(QStringLiteral("title")).toString().left(60));
        m_error = title.isEmpty()
            ? QCoreApplication::translate("RoleJson", "role %1: %2").arg(m_index + 1).arg(message)
            : QCoreApplication::translate("RoleJson", "role %1 (\"%2\"): %3")
                  .arg(m_index + 1)
                  .arg(title, message);
        return false;
    }

    // Trimmed, at most MaxTitleLength, without control or format characters. U+FFFD is a character
    // like any other: a row of the store whose lone surrogates became it exports and imports again.
    static bool clean(const QString &raw, QString &out)
    {
        const QString t = raw.trimmed();
        if (t.size() > MaxTitleLength)
            return false;
        for (const QChar c : t) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                return false;
        }
        out = t;
        return true;
    }

    static QString surrogateHex(QChar c)
    {
        return QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }

    bool text(const QString &key, bool required, QString &out)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(QCoreApplication::translate("RoleJson", "%1 is missing").arg(key));
            return true;
        }
        if (!v.isString())
            return fail(QCoreApplication::translate("RoleJson", "%1 must be text").arg(key));
        // A lone surrogate ("\ud800") is no character, and --json and --export-roles wrote it back
        // as JSON that is not valid.
        QString raw = v.toString();
        if (const qsizetype at = loneSurrogateAt(raw); at >= 0) {
            if (m_refused == RefusedValues::Refuse)
                return fail(QCoreApplication::translate("RoleJson",
                    "%1 has \\u%2, half of a UTF-16 surrogate pair without the other half: it is no "
                    "character (write the character itself)")
                                .arg(key, surrogateHex(raw.at(at))));
            raw = withoutLoneSurrogates(raw);
        }
        if (!clean(raw, out))
            return fail(QCoreApplication::translate(
                "RoleJson", "%1 must be at most %2 characters without control characters")
                            .arg(key)
                            .arg(MaxTitleLength));
        if (required && out.isEmpty())
            return fail(QCoreApplication::translate("RoleJson", "%1 is empty").arg(key));
        return true;
    }

    void mark(const QString &field, bool present)
    {
        // A field shared by two attributes (projections: growth and openings) keeps why a value was
        // refused, and is given when either gives its value.
        if (m_refusedFields.contains(field) || (!present && m_givenFields.contains(field)))
            return;
        if (present)
            m_givenFields << field;
        m_role->provenance.insert(field,
            present ? Provenance { UserSource, ValueStatus::Known, QString() }
                    : Provenance { UserSource, ValueStatus::Missing, notGiven().english(), notGiven() });
    }

    Role *m_role = nullptr;
    const QJsonObject &m_o;
    int m_index;
    UnknownFields m_unknown;
    RefusedValues m_refused;
    QStringList m_refusedFields;
    QStringList m_givenFields;
    QString m_error;
    QString m_problem;
};

} // namespace

RolesParseResult parseRolesJson(const QByteArray &json, UnknownFields unknown, RefusedValues refused)
{
    RolesParseResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        result.error = QCoreApplication::translate("RoleJson", "not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else if (doc.object().contains(QStringLiteral("roles"))) {
        if (!doc.object().value(QStringLiteral("roles")).isArray()) {
            result.error = QCoreApplication::translate("RoleJson", "\"roles\" must be a list");
            return result;
        }
        list = doc.object().value(QStringLiteral("roles")).toArray();
        // Beside the list, nothing: a field there would be dropped without a word ("version": 2).
        if (unknown == UnknownFields::Refuse) {
            if (const QString problem = unknownFieldsProblem(doc.object(), { QStringLiteral("roles") });
                !problem.isEmpty()) {
                result.error = QCoreApplication::translate("RoleJson", "beside \"roles\": %1").arg(problem);
                return result;
            }
        }
    } else {
        list.append(doc.object());
    }
    if (list.size() > MaxRoles) {
        result.error = QCoreApplication::translate("RoleJson", "more than %1 roles").arg(MaxRoles);
        return result;
    }
    QVector<RoleInput> roles;
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            result.error = QCoreApplication::translate("RoleJson", "role %1: must be an object").arg(i + 1);
            return result;
        }
        const QJsonObject object = list.at(i).toObject();
        RoleInput input;
        RoleReader reader(object, i, unknown, refused);
        if (!reader.read(input)) {
            result.error = reader.error();
            result.problem = reader.problem();
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
        o.remove(QStringLiteral("esco_label")); // the catalogue's, never a custom role's
        QJsonArray skills;
        for (const RoleSkill &s : r.skills)
            skills.append(s.label);
        o.insert(QStringLiteral("skills"), skills);
        list.append(o);
    }
    return list;
}

} // namespace cc
