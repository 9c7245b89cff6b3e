// SPDX-License-Identifier: MIT
#include "mobilitysource.h"

#include "importerror.h"
#include "notetext.h"
#include "sourcelist.h"
#include "sourcerules.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace cc::import
{

namespace
{

const QString EdgeFile = QStringLiteral("asec_to_bls_mobility_edgelist.csv");
const QString NamesFile = QStringLiteral("occ_names_bls_minor_major.csv");

void readNames(const QString &path, MobilityData &data)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int cCode = t.column({ QStringLiteral("OCC_CODE") });
    const int cTitle = t.column({ QStringLiteral("OCC_TITLE") });
    const int cEmployment = t.column({ QStringLiteral("TOT_EMP") });
    for (int r = 0; r < t.rowCount(); ++r) {
        CpsGroup g;
        g.code = t.text(r, cCode);
        checkCode(t, r, g.code, socCodePattern());
        if (data.groups.contains(g.code))
            t.fail(r, QStringLiteral("occupation %1 appears twice").arg(g.code));
        g.title = t.text(r, cTitle);
        g.employment = t.requiredNumber(r, cEmployment);
        data.groups.insert(g.code, g);
    }
}

void readEdges(const QString &path, MobilityData &data)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int cSource = t.column({ QStringLiteral("OCC_source") });
    const int cTarget = t.column({ QStringLiteral("OCC_target") });
    const int cProbability = t.column({ QStringLiteral("transition_prob_BLS_ASECnorm_corr") });
    QSet<QString> seen;
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString source = t.text(r, cSource);
        const QString target = t.text(r, cTarget);
        checkCode(t, r, source, socCodePattern());
        checkCode(t, r, target, socCodePattern());
        for (const QString &code : { source, target }) {
            if (!data.groups.contains(code))
                t.fail(r, QStringLiteral("occupation %1 is not in %2").arg(code, NamesFile));
        }
        const double p = t.requiredNumber(r, cProbability);
        if (p < 0 || p > 1)
            t.fail(r, QStringLiteral("probability %1 is outside 0..1").arg(p));
        const QString key = source + QLatin1Char('>') + target;
        if (seen.contains(key))
            t.fail(r, QStringLiteral("the move %1 -> %2 appears twice").arg(source, target));
        seen.insert(key);
        data.flows[source].append(CpsFlow { target, p });
    }
    for (auto &list : data.flows)
        std::sort(
            list.begin(), list.end(), [](const CpsFlow &l, const CpsFlow &r) { return l.target < r.target; });
}

// Where a 2010 code may land: itself, its broad code XX-XXX0, its minor group. SOC 2010 codes most
// minor groups XX-X000 (25-1000 Postsecondary Teachers holds 25-1011 to 25-1199) and a few XX-XX00
// (15-1100 Computer Occupations): XX-XX00 first, then XX-X000.
QStringList landingCandidates(const QString &code2010)
{
    QStringList candidates { code2010, code2010.left(6) + QLatin1Char('0'),
        code2010.left(5) + QStringLiteral("00") };
    const QString minor = code2010.left(4) + QStringLiteral("000");
    if (!candidates.contains(minor))
        candidates << minor;
    return candidates;
}

// The first of the 2010 detailed code, its broad code and its minor group that the file has.
QString landing(const QString &code2010, const MobilityData &data)
{
    for (const QString &c : landingCandidates(code2010)) {
        if (data.groups.contains(c))
            return c;
    }
    return QString();
}

// "37%": the share of employment, whole percent.
NoteText percentText(double share)
{
    return note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1%"),
        { NoteText::number(100.0 * share, NoteText::NumberStyle::Whole) });
}

struct Mapping {
    QVector<RoleCpsGroup> groups;
    ValueStatus status = ValueStatus::Missing;
    NoteText note;
};

// Each role's groups and the sentence its provenance keeps. `covered` lists, per group, every
// 2010 code of the crosswalk that lands on it, to tell a group that is the occupation itself from
// one that also counts others.
Mapping mapRole(const BuiltRole &b, const MobilityData &data, const QHash<QString, QStringList> &crosswalk,
    const QHash<QString, QSet<QString>> &covered, const QSet<QString> &split)
{
    Mapping m;
    const Role &r = b.role;
    const QStringList from2010 = crosswalk.value(b.socCode);
    if (from2010.isEmpty()) {
        m.note = note(QT_TRANSLATE_NOOP("ProvenanceNote",
                          "SOC %1 is not in the 2010 to 2018 crosswalk, so it has no CPS group"),
            { b.socCode });
        return m;
    }
    QMap<QString, QStringList> byGroup; // group -> the 2010 codes of this role landing on it
    for (const QString &c : from2010) {
        const QString g = landing(c, data);
        if (!g.isEmpty())
            byGroup[g].append(c);
    }
    if (byGroup.isEmpty()) {
        // Without brackets: the note is quoted inside a sentence's own ("not available (X: …)").
        QStringList broader;
        for (const QString &c : from2010) {
            for (const QString &code : landingCandidates(c).mid(1)) {
                if (!broader.contains(code))
                    broader << code;
            }
        }
        m.note = note(QT_TRANSLATE_NOOP("ProvenanceNote",
                          "the CPS flows of del Rio-Chanona et al. have no group for SOC 2010 %1 nor for the "
                          "broader codes %2, so this survey cannot say where its people move"),
            { from2010.join(QStringLiteral(", ")), broader.join(QStringLiteral(", ")) });
        return m;
    }
    double total = 0;
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it)
        total += data.groups.value(it.key()).employment;
    std::vector<NoteText> parts;
    bool exact = byGroup.size() == 1;
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
        const CpsGroup &g = data.groups[it.key()];
        const double weight = total > 0 ? g.employment / total : 1.0 / double(byGroup.size());
        m.groups.append(RoleCpsGroup { r.code, g.code, weight });
        // The group is the occupation itself when every 2010 code landing on it is one of ours.
        // Nor is it when one of those 2010 codes was split among several 2018 codes (29-2041 for EMTs
        // and for paramedics): the group then counts the other parts too.
        const QSet<QString> mine(from2010.cbegin(), from2010.cend());
        if (!mine.contains(covered.value(g.code)))
            exact = false;
        for (const QString &c : it.value()) {
            if (split.contains(c))
                exact = false;
        }
        parts.push_back(byGroup.size() == 1
                ? note(QT_TRANSLATE_NOOP("ProvenanceNote", "CPS group %1 %2 (from SOC 2010 %3)"),
                    { g.code, g.title, it.value().join(QStringLiteral(", ")) })
                : note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1 %2 (from SOC 2010 %3, %4 of the employment)"),
                    { g.code, g.title, it.value().join(QStringLiteral(", ")), percentText(weight) }));
    }
    const bool subOccupation = !r.code.endsWith(QStringLiteral(".00"));
    if (byGroup.size() > 1) {
        m.status = ValueStatus::Estimate;
        m.note = note(QT_TRANSLATE_NOOP("ProvenanceNote",
                          "several CPS groups combined by BLS employment: %1; moves between them count as "
                          "staying"),
            { joined(QStringLiteral("; "), parts) });
    } else if (!exact) {
        m.status = ValueStatus::Estimate;
        m.note
            = note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1, a group that counts more than this occupation"),
                { parts.front() });
    } else if (subOccupation) {
        m.status = ValueStatus::Estimate;
        m.note = note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1, figures for SOC %2 as a whole"),
            { parts.front(), b.socCode });
    } else {
        m.status = ValueStatus::Known;
        m.note = parts.front();
    }
    return m;
}

} // namespace

MobilityData readMobility(const QString &dir)
{
    MobilityData data;
    data.folder = dir;
    const QDir folder(dir);
    if (!optionalTablesPresent(dir, { NamesFile, EdgeFile }))
        return data;
    readNames(folder.filePath(NamesFile), data);
    readEdges(folder.filePath(EdgeFile), data);
    data.present = true;
    return data;
}

MobilityTables mapMobility(
    QVector<BuiltRole> &roles, const MobilityData &data, const QHash<QString, QStringList> &crosswalk)
{
    MobilityTables tables;
    QHash<QString, QSet<QString>> covered;
    QHash<QString, int> parts; // 2010 code -> how many 2018 codes it goes to
    for (const QStringList &list : crosswalk) {
        for (const QString &c : list) {
            ++parts[c];
            const QString g = landing(c, data);
            if (!g.isEmpty())
                covered[g].insert(c);
        }
    }
    QSet<QString> split; // 2010 codes the 2018 SOC divides
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it.value() > 1)
            split.insert(it.key());
    }
    QSet<QString> sources;
    for (BuiltRole &b : roles) {
        if (b.role.origin != RoleOrigin::Onet) {
            b.set(Field::Mobility, ValueStatus::Missing, QString(),
                note(QT_TRANSLATE_NOOP(
                    "ProvenanceNote", "not an occupation of the US survey the moves come from")));
            continue;
        }
        if (!data.present) {
            // The folder by its name in the source ("mobility/"): the catalogue is the same wherever
            // and however the source folder was given.
            b.set(Field::Mobility, ValueStatus::Missing, QString(),
                note(QT_TRANSLATE_NOOP("ProvenanceNote", "the source data has no mobility files (%1)"),
                    { QFileInfo(data.folder).fileName() + QLatin1Char('/') }));
            continue;
        }
        const Mapping m = mapRole(b, data, crosswalk, covered, split);
        b.set(Field::Mobility, m.status, m.groups.isEmpty() ? QString() : Source::Mobility, m.note);
        for (const RoleCpsGroup &g : m.groups) {
            tables.roleGroups.append(g);
            sources.insert(g.cpsCode);
        }
    }
    std::sort(
        tables.roleGroups.begin(), tables.roleGroups.end(), [](const RoleCpsGroup &l, const RoleCpsGroup &r) {
            return std::tie(l.roleCode, l.cpsCode) < std::tie(r.roleCode, r.cpsCode);
        });
    QSet<QString> named;
    for (auto it = data.flows.cbegin(); it != data.flows.cend(); ++it) {
        if (!sources.contains(it.key()))
            continue; // no role leaves from this group
        named.insert(it.key());
        for (const CpsFlow &f : it.value()) {
            tables.flows.append({ it.key(), f });
            named.insert(f.target);
        }
    }
    for (auto it = data.groups.cbegin(); it != data.groups.cend(); ++it) {
        if (named.contains(it.key()))
            tables.groups.append(it.value());
    }
    return tables;
}

void writeMobilityTables(QSqlDatabase db, const MobilityTables &tables)
{
    auto prepare = [&](QSqlQuery &q, const QString &sql) {
        if (!q.prepare(sql))
            throw ImportError(
                db.databaseName(), 0, QStringLiteral("cannot prepare insert: %1").arg(q.lastError().text()));
    };
    auto run = [&](QSqlQuery &q) {
        if (!q.exec())
            throw ImportError(
                db.databaseName(), 0, QStringLiteral("cannot insert mobility: %1").arg(q.lastError().text()));
    };
    QSqlQuery q(db);
    prepare(q, QStringLiteral("INSERT INTO mobility_groups (code, title, employment) VALUES (?, ?, ?)"));
    for (const CpsGroup &g : tables.groups) {
        q.bindValue(0, g.code);
        q.bindValue(1, g.title);
        q.bindValue(2, g.employment);
        run(q);
    }
    prepare(
        q, QStringLiteral("INSERT INTO role_mobility_groups (role_code, cps_code, weight) VALUES (?, ?, ?)"));
    for (const RoleCpsGroup &g : tables.roleGroups) {
        q.bindValue(0, g.roleCode);
        q.bindValue(1, g.cpsCode);
        q.bindValue(2, g.weight);
        run(q);
    }
    prepare(q,
        QStringLiteral(
            "INSERT INTO mobility_flows (source_code, target_code, probability) VALUES (?, ?, ?)"));
    for (const auto &[source, flow] : tables.flows) {
        q.bindValue(0, source);
        q.bindValue(1, flow.target);
        q.bindValue(2, flow.probability);
        run(q);
    }
}

} // namespace cc::import
