// SPDX-License-Identifier: MIT
#include "escoterms.h"

#include "importerror.h"
#include "namematcher.h"
#include "notetext.h"
#include "sourcelist.h"
#include "tablewriter.h"

#include <QFileInfo>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace cc::import
{

namespace
{

const QString OriginPreferred = QStringLiteral("esco-preferred");
const QString OriginAlternate = QStringLiteral("esco-alternate");
const QString OriginTeam = QStringLiteral("team");

// Where one O*NET-SOC 2010 occupation lands among today's roles (escoterms.h, steps 1-5).
struct Resolution {
    QStringList roles;
    QString how; // a counts key, and the phrase the provenance note uses
    bool exact = false; // one role, not a split
};

class RoleIndex
{
public:
    RoleIndex(const QVector<BuiltRole> &roles, const QHash<QString, QStringList> &crosswalk)
    {
        for (const BuiltRole &b : roles) {
            if (b.role.origin != RoleOrigin::Onet)
                continue;
            m_codes.insert(b.role.code);
            m_bySoc[b.socCode].append(b.role.code);
            m_byTitle[searchFold(b.role.title)].append(b.role.code);
            m_titles.insert(b.role.code, searchFold(b.role.title));
        }
        for (auto it = crosswalk.cbegin(); it != crosswalk.cend(); ++it) {
            for (const QString &code2010 : it.value())
                m_to2018[code2010].append(it.key());
        }
        for (QStringList &list : m_to2018)
            list.sort();
        for (QStringList &list : m_bySoc)
            list.sort();
    }

    bool hasRole(const QString &code) const { return m_codes.contains(code); }

    const Resolution &resolve(const QString &code2010, const QString &title2010)
    {
        auto it = m_cache.find(code2010);
        if (it == m_cache.end())
            it = m_cache.insert(code2010, compute(code2010, searchFold(title2010)));
        return *it;
    }

private:
    Resolution compute(const QString &code2010, const QString &title) const
    {
        const QStringList socs = m_to2018.value(code2010.left(7));
        QStringList candidates;
        for (const QString &soc : socs)
            candidates += m_bySoc.value(soc);
        QStringList sameTitle;
        for (const QString &c : candidates) {
            if (m_titles.value(c) == title)
                sameTitle << c;
        }
        if (sameTitle.size() == 1)
            return { sameTitle, QStringLiteral("by title"), true };
        if (candidates.contains(code2010))
            return { { code2010 }, QStringLiteral("by code"), true };
        if (m_byTitle.value(title).size() == 1)
            return { m_byTitle.value(title), QStringLiteral("by title elsewhere"), true };
        QStringList dot00;
        for (const QString &soc : socs) {
            if (m_codes.contains(soc + QStringLiteral(".00")))
                dot00 << soc + QStringLiteral(".00");
        }
        if (socs.size() == 1 && dot00.size() == 1)
            return { dot00, QStringLiteral("by SOC"), true };
        if (dot00.isEmpty())
            dot00 = candidates;
        if (socs.isEmpty())
            return { {}, QStringLiteral("unmapped: no SOC 2018 code"), false };
        if (dot00.isEmpty())
            return { {}, QStringLiteral("unmapped: no role for its SOC 2018 codes"), false };
        if (dot00.size() > MaxSplitRoles)
            return { {}, QStringLiteral("unmapped: split over too many roles"), false };
        return { dot00, QStringLiteral("split"), dot00.size() == 1 };
    }

    QSet<QString> m_codes;
    QHash<QString, QStringList> m_bySoc;
    QHash<QString, QStringList> m_byTitle;
    QHash<QString, QString> m_titles;
    QHash<QString, QStringList> m_to2018; // SOC 2010 -> SOC 2018 codes
    QHash<QString, Resolution> m_cache;
};

// The forms of a label: "enfermero/enfermera" gives both.
QStringList formsOf(const QString &label)
{
    QStringList forms;
    for (const QString &part : label.split(QLatin1Char('/'))) {
        const QString form = part.simplified();
        if (form.size() >= 2 && !forms.contains(form))
            forms << form;
    }
    return forms;
}

struct Accumulated {
    double weight = 0;
    double best = 0;
    QString term;
    QString origin;
};

struct LabelChoice {
    double confidence = 0;
    double similarity = 0;
    QString uri;
    QString label;
    NoteText note;
};

// How a 2010 code found its role, as the provenance note says it (only one-role mappings give labels).
NoteText mappedHow(const QString &how)
{
    if (how == QLatin1String("by title"))
        return note(QT_TRANSLATE_NOOP("ProvenanceNote", "by title"));
    if (how == QLatin1String("by code"))
        return note(QT_TRANSLATE_NOOP("ProvenanceNote", "by code"));
    if (how == QLatin1String("by title elsewhere"))
        return note(QT_TRANSLATE_NOOP("ProvenanceNote", "by title elsewhere"));
    if (how == QLatin1String("by SOC"))
        return note(QT_TRANSLATE_NOOP("ProvenanceNote", "by SOC"));
    return NoteText(how);
}

// The state of one build: every (role, normalized term) and each role's best label.
struct Builder {
    QMap<QString, QMap<QString, Accumulated>> terms; // role -> normalized -> sum
    QSet<QString> dropped; // role + '\t' + normalized
    QSet<QString> dropsUsed;
    QMap<QString, LabelChoice> labels;
    QSet<QString> rolesMatched; // any ESCO occupation reaches it
    QMap<QString, int> counts;

    void add(const QString &role, const QString &term, const QString &origin, double weight)
    {
        const QString normalized = searchFold(term);
        if (origin != OriginTeam && dropped.contains(role + QLatin1Char('\t') + normalized)) {
            dropsUsed.insert(role + QLatin1Char('\t') + normalized);
            return;
        }
        Accumulated &a = terms[role][normalized];
        a.weight += weight;
        if (weight > a.best || (weight == a.best && term < a.term)) {
            a.best = weight;
            a.term = term;
            a.origin = origin;
        }
    }
};

// The match of `uri`, or of its nearest broader occupation that has one; `inherited` says which.
const EscoMatch *matchOf(const EscoData &esco, const QHash<QString, const EscoMatch *> &direct,
    const QString &uri, bool &inherited)
{
    QString at = uri;
    for (int depth = 0; depth < 32; ++depth) {
        if (const EscoMatch *m = direct.value(at)) {
            inherited = depth > 0;
            return m;
        }
        if (!esco.broader.contains(at))
            return nullptr;
        at = esco.broader.value(at);
    }
    return nullptr; // a cycle: no match rather than a loop
}

void considerLabel(
    Builder &b, const QString &role, const EscoOccupation &o, const EscoMatch &m, const Resolution &r)
{
    bool anyKept = false;
    for (const QString &form : formsOf(o.preferred))
        anyKept = anyKept || !b.dropped.contains(role + QLatin1Char('\t') + searchFold(form));
    if (!anyKept || !r.exact || m.confidence < 1.0)
        return;
    LabelChoice &c = b.labels[role];
    if (std::tie(m.confidence, m.similarity) < std::tie(c.confidence, c.similarity)
        || (m.confidence == c.confidence && m.similarity == c.similarity && !c.uri.isEmpty()
            && c.uri < o.uri))
        return;
    c = LabelChoice { m.confidence, m.similarity, o.uri, o.preferred,
        note(QT_TRANSLATE_NOOP("ProvenanceNote",
                 "ESCO occupation \"%1\" (%2), matched to O*NET-SOC 2010 %3 %4 by the Nesta "
                 "ESCO\u2013O*NET crosswalk with confidence %5 (of 0.5, 1, 2); 2010 code mapped %6"),
            { o.preferred, o.uri, m.onetCode2010, m.onetTitle2010, QString::number(m.confidence),
                mappedHow(r.how) }) };
}

void addEscoTerms(Builder &b, const EscoData &esco, RoleIndex &index)
{
    QHash<QString, const EscoMatch *> direct;
    for (const EscoMatch &m : esco.matches)
        direct.insert(m.uri, &m);
    QStringList uris = esco.occupations.keys();
    uris.sort();
    for (const QString &uri : uris) {
        const EscoOccupation &o = esco.occupations[uri];
        bool inherited = false;
        const EscoMatch *m = matchOf(esco, direct, uri, inherited);
        const Resolution *r = m ? &index.resolve(m->onetCode2010, m->onetTitle2010) : nullptr;
        if (!m || r->roles.isEmpty()) {
            ++b.counts[m ? QStringLiteral("ESCO occupations whose match is unmapped")
                         : QStringLiteral("ESCO occupations without a match")];
            continue;
        }
        ++b.counts[inherited ? QStringLiteral("ESCO occupations inheriting a match")
                             : QStringLiteral("ESCO occupations matched directly")];
        const double base = m->confidence * (inherited ? 0.5 : 1.0) / double(r->roles.size());
        for (const QString &role : r->roles) {
            b.rolesMatched.insert(role);
            for (const QString &form : formsOf(o.preferred))
                b.add(role, form, OriginPreferred, base);
            for (const QString &alternate : o.alternates) {
                for (const QString &form : formsOf(alternate))
                    b.add(role, form, OriginAlternate, base * 0.5);
            }
            if (!inherited)
                considerLabel(b, role, o, *m, *r);
        }
    }
}

void countResolutions(Builder &b, const EscoData &esco, RoleIndex &index)
{
    QSet<QString> seen;
    for (const EscoMatch &m : esco.matches) {
        if (seen.contains(m.onetCode2010))
            continue;
        seen.insert(m.onetCode2010);
        ++b.counts[QStringLiteral("O*NET-SOC 2010 codes mapped ")
            + index.resolve(m.onetCode2010, m.onetTitle2010).how];
    }
}

void setProvenance(QVector<BuiltRole> &roles, const Builder &b, bool present, const QString &folder)
{
    for (BuiltRole &br : roles) {
        Role &r = br.role;
        if (r.origin != RoleOrigin::Onet) {
            br.set(Field::EscoLabel, ValueStatus::Missing, QString(),
                note(QT_TRANSLATE_NOOP(
                    "ProvenanceNote", "not an O*NET occupation, so the ESCO crosswalk does not cover it")));
        } else if (!present) {
            br.set(Field::EscoLabel, ValueStatus::Missing, QString(),
                note(QT_TRANSLATE_NOOP("ProvenanceNote", "the source data has no ESCO files (%1)"),
                    { QFileInfo(folder).fileName() + QLatin1Char('/') })); // "esco/", wherever the source is
        } else if (b.labels.contains(r.code)) {
            const LabelChoice &c = b.labels[r.code];
            r.escoLabel = c.label;
            br.set(Field::EscoLabel, ValueStatus::Known, Source::Esco, c.note);
            br.set(Field::EscoMatch, ValueStatus::Known, Source::EscoCrosswalk, c.note);
        } else {
            br.set(Field::EscoLabel, ValueStatus::Missing, QString(),
                b.rolesMatched.contains(r.code)
                    ? note(QT_TRANSLATE_NOOP("ProvenanceNote",
                        "the Nesta ESCO\u2013O*NET crosswalk matches ESCO occupations to it only "
                        "loosely (confidence 0.5, through a broader occupation, or split "
                        "between several of today's occupations)"))
                    : note(QT_TRANSLATE_NOOP("ProvenanceNote",
                        "the Nesta ESCO\u2013O*NET crosswalk matches no ESCO occupation to it")));
        }
    }
}

void addTeamTerms(Builder &b, const QVector<TeamTerm> &team, const RoleIndex &index)
{
    for (const TeamTerm &t : team) {
        if (!index.hasRole(t.roleCode))
            throw ImportError(t.file, t.line,
                QStringLiteral("%1 is not an O*NET occupation of the catalogue").arg(t.roleCode));
        if (t.drop)
            b.dropped.insert(t.roleCode + QLatin1Char('\t') + searchFold(t.term));
    }
}

void addTeamAdds(Builder &b, const QVector<TeamTerm> &team)
{
    for (const TeamTerm &t : team) {
        if (t.drop) {
            if (!b.dropsUsed.contains(t.roleCode + QLatin1Char('\t') + searchFold(t.term)))
                throw ImportError(t.file, t.line,
                    QStringLiteral("ESCO gives %1 no term \"%2\" to drop").arg(t.roleCode, t.term));
            continue;
        }
        b.add(t.roleCode, t.term, OriginTeam, TeamWeight);
        ++b.counts[QStringLiteral("team terms")];
    }
}

} // namespace

TermTables buildTermTables(QVector<BuiltRole> &roles, const EscoData &esco, const QVector<TeamTerm> &team,
    const QHash<QString, QStringList> &crosswalk)
{
    Builder b;
    if (esco.present) {
        RoleIndex index(roles, crosswalk);
        addTeamTerms(b, team, index);
        addEscoTerms(b, esco, index);
        countResolutions(b, esco, index);
        addTeamAdds(b, team);
    }
    setProvenance(roles, b, esco.present, esco.folder);
    TermTables tables;
    QSet<QString> fromEsco;
    QSet<QString> fromTeam;
    for (auto role = b.terms.cbegin(); role != b.terms.cend(); ++role) {
        for (auto t = role.value().cbegin(); t != role.value().cend(); ++t) {
            // Rounded so that the order of the sums never shows in the file.
            const double weight = std::round(t.value().weight * 1e6) / 1e6;
            tables.terms.append(RoleTerm { role.key(), t.value().term, t.key(), t.value().origin, weight });
            (t.value().origin == OriginTeam ? fromTeam : fromEsco).insert(role.key());
        }
    }
    for (auto it = b.labels.cbegin(); it != b.labels.cend(); ++it)
        tables.labels.append(
            RoleEscoLabel { it.key(), it.value().label, it.value().uri, it.value().confidence });
    tables.counts = b.counts;
    tables.counts[QStringLiteral("roles with terms")] = int(b.terms.size());
    tables.counts[QStringLiteral("roles with an ESCO subtitle")] = int(b.labels.size());
    tables.counts[QStringLiteral("terms")] = int(tables.terms.size());
    return tables;
}

void writeTermTables(Writer &w, const TermTables &tables)
{
    const QStringList termColumns { QStringLiteral("role_code"), QStringLiteral("term"),
        QStringLiteral("normalized"), QStringLiteral("origin"), QStringLiteral("weight") };
    for (const RoleTerm &t : tables.terms)
        w.insert(QStringLiteral("role_terms"), termColumns,
            { t.roleCode, t.term, t.normalized, t.origin, t.weight });
    const QStringList labelColumns { QStringLiteral("role_code"), QStringLiteral("label"),
        QStringLiteral("concept_uri"), QStringLiteral("confidence") };
    for (const RoleEscoLabel &l : tables.labels)
        w.insert(QStringLiteral("role_esco"), labelColumns, { l.roleCode, l.label, l.uri, l.confidence });
}

} // namespace cc::import
