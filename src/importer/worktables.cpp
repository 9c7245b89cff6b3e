// SPDX-License-Identifier: MIT
#include "worktables.h"

#include "importerror.h"
#include "sourcerules.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace cc::import
{

namespace
{

DelimitedTable readOnetTable(const QString &dir, const QString &name)
{
    const QStringList candidates { QDir(dir).filePath(QStringLiteral("tsv/%1.tsv").arg(name)),
        QDir(dir).filePath(QStringLiteral("%1.txt").arg(name)),
        QDir(dir).filePath(QStringLiteral("%1.tsv").arg(name)) };
    for (const QString &c : candidates) {
        if (!nothingAt(c)) // a loop or a FIFO there is read, and says so
            return DelimitedTable::read(c, DelimitedTable::Format::Tsv);
    }
    return DelimitedTable::read(candidates.first(), DelimitedTable::Format::Tsv); // reports it missing
}

QString codeAt(const DelimitedTable &t, int row, int column, const OnetData &onet)
{
    const QString code = t.text(row, column);
    checkCode(t, row, code, onetCodePattern());
    if (!onet.occupations.contains(code))
        t.fail(row, QStringLiteral("occupation %1 is not in Occupation Data").arg(code));
    return code;
}

// IWA Reference and DWA Reference: the taxonomy's ids and titles.
void readReferences(OnetWorkData &work, const QString &dir)
{
    const DelimitedTable iwa = readOnetTable(dir, QStringLiteral("IWA Reference"));
    const int cIwa = iwa.column({ QStringLiteral("IWA ID") });
    const int cIwaTitle = iwa.column({ QStringLiteral("IWA Title") });
    for (int r = 0; r < iwa.rowCount(); ++r) {
        const QString id = iwa.text(r, cIwa);
        if (id.isEmpty() || iwa.text(r, cIwaTitle).isEmpty())
            iwa.fail(r, QStringLiteral("IWA without id or title"));
        if (work.iwaTitle.contains(id))
            iwa.fail(r, QStringLiteral("duplicate IWA %1").arg(id));
        work.iwaTitle.insert(id, iwa.text(r, cIwaTitle));
    }
    const DelimitedTable dwa = readOnetTable(dir, QStringLiteral("DWA Reference"));
    const int cDwa = dwa.column({ QStringLiteral("DWA ID") });
    const int cDwaTitle = dwa.column({ QStringLiteral("DWA Title") });
    const int cDwaIwa = dwa.column({ QStringLiteral("IWA ID") });
    for (int r = 0; r < dwa.rowCount(); ++r) {
        const QString id = dwa.text(r, cDwa);
        if (id.isEmpty() || dwa.text(r, cDwaTitle).isEmpty())
            dwa.fail(r, QStringLiteral("DWA without id or title"));
        if (work.dwaTitle.contains(id))
            dwa.fail(r, QStringLiteral("duplicate DWA %1").arg(id));
        const QString iwaId = dwa.text(r, cDwaIwa);
        if (!work.iwaTitle.contains(iwaId))
            dwa.fail(r, QStringLiteral("DWA %1 names IWA %2, which IWA Reference lacks").arg(id, iwaId));
        work.dwaTitle.insert(id, dwa.text(r, cDwaTitle));
        work.dwaIwa.insert(id, iwaId);
    }
}

// Task Statements (id and type only) and Tasks to DWAs: each task's weight, Core 1, Supplemental 0.5,
// untyped 1, split evenly over its DWAs.
void readTasks(OnetWorkData &work, const QString &dir, const OnetData &onet)
{
    QHash<QString, QString> taskType; // "code|task id" -> Core, Supplemental or ""
    {
        const DelimitedTable t = readOnetTable(dir, QStringLiteral("Task Statements"));
        const int cCode = t.column(OnetCodeColumn);
        const int cTask = t.column({ QStringLiteral("Task ID") });
        const int cType = t.column({ QStringLiteral("Task Type") });
        for (int r = 0; r < t.rowCount(); ++r) {
            const QString key = codeAt(t, r, cCode, onet) + QLatin1Char('|') + t.text(r, cTask);
            QString type = t.text(r, cType);
            if (type == QLatin1String("n/a"))
                type.clear();
            if (!type.isEmpty() && type != QLatin1String("Core") && type != QLatin1String("Supplemental"))
                t.fail(r, QStringLiteral("unknown task type \"%1\"").arg(type.left(40)));
            if (taskType.contains(key))
                t.fail(r, QStringLiteral("duplicate task %1").arg(key));
            taskType.insert(key, type);
        }
    }
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Tasks to DWAs"));
    const int cCode = t.column(OnetCodeColumn);
    const int cTask = t.column({ QStringLiteral("Task ID") });
    const int cDwa = t.column({ QStringLiteral("DWA ID") });
    QMap<QString, QStringList> dwasOfTask; // "code|task id" -> DWA ids, in file order
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString key = codeAt(t, r, cCode, onet) + QLatin1Char('|') + t.text(r, cTask);
        const QString dwa = t.text(r, cDwa);
        if (!work.dwaTitle.contains(dwa))
            t.fail(r, QStringLiteral("DWA %1 is not in DWA Reference").arg(dwa));
        dwasOfTask[key].append(dwa);
    }
    for (auto it = dwasOfTask.cbegin(); it != dwasOfTask.cend(); ++it) {
        const QString code = it.key().section(QLatin1Char('|'), 0, 0);
        const QString type = taskType.value(it.key());
        const double weight = (type == QLatin1String("Supplemental") ? 0.5 : 1.0) / double(it->size());
        OnetWorkOccupation &occ = work.occupations[code];
        for (const QString &dwa : *it) {
            occ.dwaWeight[dwa] += weight;
            bool &core = occ.dwaCore[dwa];
            core = core || type == QLatin1String("Core");
        }
    }
}

// Technology Skills and Tools Used: rows per UNSPSC commodity code.
void readCommodities(OnetWorkData &work, const QString &dir, const OnetData &onet, const QString &name,
    QMap<QString, int> OnetWorkOccupation::*target)
{
    const DelimitedTable t = readOnetTable(dir, name);
    const int cCode = t.column(OnetCodeColumn);
    const int cCommodity = t.column({ QStringLiteral("Commodity Code") });
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString code = codeAt(t, r, cCode, onet);
        const QString commodity = t.text(r, cCommodity);
        if (commodity.isEmpty())
            t.fail(r, QStringLiteral("no commodity code"));
        ++(work.occupations[code].*target)[commodity];
    }
}

using Vector = QMap<QString, double>;

// IDF = ln(n / df) over the O*NET roles; n = roles listing anything in the group. Items every role
// lists get 0 and are dropped; items no O*NET role lists (seed roles' topics) get ln(n).
void weightByIdf(QMap<QString, Vector> &vectors, const QSet<QString> &onetRoles, int &n)
{
    QMap<QString, int> df;
    n = 0;
    for (auto it = vectors.cbegin(); it != vectors.cend(); ++it) {
        if (!onetRoles.contains(it.key()) || it->isEmpty())
            continue;
        ++n;
        for (auto item = it->cbegin(); item != it->cend(); ++item)
            ++df[item.key()];
    }
    for (auto it = vectors.begin(); it != vectors.end(); ++it) {
        Vector weighted;
        for (auto item = it->cbegin(); item != it->cend(); ++item) {
            const int d = std::max(1, df.value(item.key()));
            if (d < n)
                weighted.insert(item.key(), item.value() * std::log(double(n) / d));
        }
        *it = weighted;
    }
}

// MU: mean cosine over all pairs of different O*NET roles that both have the group.
double randomPairMean(const QVector<SparseVector> &vectors)
{
    double sum = 0;
    qint64 pairs = 0;
    for (int i = 0; i < vectors.size(); ++i) {
        for (int j = i + 1; j < vectors.size(); ++j) {
            sum += sparseCosine(vectors.at(i), vectors.at(j));
            ++pairs;
        }
    }
    return pairs ? sum / double(pairs) : 0.0;
}

void execOrThrow(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        throw ImportError(
            QString(), 0, QStringLiteral("cannot insert into %1: %2").arg(what, q.lastError().text()));
}

QSqlQuery prepare(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw ImportError(
            QString(), 0, QStringLiteral("cannot prepare %1: %2").arg(sql, q.lastError().text()));
    return q;
}

using RawVectors = std::array<QMap<QString, Vector>, SimilarityVectorGroupCount>;

QMap<QString, Vector> &groupAt(RawVectors &raw, SimilarityGroup g)
{
    return raw[std::size_t(g)];
}

// Technologies (and a seed role's topics): binary.
Vector technologyVector(const BuiltRole &b)
{
    Vector tech;
    for (const BuiltSkill &s : b.skills) {
        if (!isTechnologyLike(s.skill.kind))
            continue;
        for (const SkillEntity &e : s.skill.entities)
            tech.insert(e.id, 1.0);
    }
    return tech;
}

// Work activities: task weight summed per IWA; tf = sqrt(share of the role's total). The role's
// DWAs go to `activities`.
Vector workActivityVector(
    const OnetWorkOccupation &w, const OnetWorkData &work, QVector<WorkActivity> &activities)
{
    Vector iwa;
    double total = 0;
    for (auto it = w.dwaWeight.cbegin(); it != w.dwaWeight.cend(); ++it) {
        const QString iwaId = work.dwaIwa.value(it.key());
        iwa[iwaId] += it.value();
        total += it.value();
        activities.append(WorkActivity { it.key(), work.dwaTitle.value(it.key()), iwaId,
            work.iwaTitle.value(iwaId), w.dwaCore.value(it.key()), it.value() });
    }
    for (auto it = iwa.begin(); it != iwa.end(); ++it)
        *it = std::sqrt(*it / total);
    return iwa;
}

// The groups an O*NET occupation has: skills, knowledge, work activities, technology classes, tools,
// interests and work styles.
void addOnetVectors(RawVectors &raw, SimilarityTables &out, const QString &code, const OnetOccupation &occ,
    const OnetWorkData &work)
{
    using G = SimilarityGroup;
    // Skills and knowledge: raw importance of every rated element.
    Vector skills;
    Vector knowledge;
    for (const OnetRating &r : occ.ratings) {
        if (r.importance)
            (r.kind == SkillKind::Knowledge ? knowledge : skills).insert(r.elementId, *r.importance);
    }
    groupAt(raw, G::Skills).insert(code, skills);
    groupAt(raw, G::Knowledge).insert(code, knowledge);
    const OnetWorkOccupation w = work.occupations.value(code);
    QVector<WorkActivity> activities;
    groupAt(raw, G::WorkActivities).insert(code, workActivityVector(w, work, activities));
    out.workActivities.insert(code, orderedWorkActivities(activities));
    Vector classes;
    for (auto it = w.technologyClasses.cbegin(); it != w.technologyClasses.cend(); ++it)
        classes.insert(it.key(), std::sqrt(double(it.value())));
    groupAt(raw, G::TechnologyClasses).insert(code, classes);
    Vector tools;
    for (auto it = w.toolClasses.cbegin(); it != w.toolClasses.cend(); ++it)
        tools.insert(it.key(), 1.0);
    groupAt(raw, G::Tools).insert(code, tools);
    // Interests (RIASEC, 1–7) and work styles (importance): raw values, as skills and knowledge.
    Vector interests;
    for (int i = 0; i < InterestCount; ++i) {
        if (const auto value = occ.interests[std::size_t(i)])
            interests.insert(interestName(Interest(i)), *value);
    }
    groupAt(raw, G::Interests).insert(code, interests);
    Vector styles;
    for (const auto &[element, value] : occ.workStyles)
        styles.insert(element, value);
    groupAt(raw, G::WorkStyles).insert(code, styles);
}

// Store, and measure MU on the normalised vectors of the O*NET roles, as the app compares them.
void storeVectors(const RawVectors &raw, const QSet<QString> &onetRoles, SimilarityTables &out)
{
    for (int g = 0; g < SimilarityVectorGroupCount; ++g) {
        QVector<SparseVector> normalised;
        const QMap<QString, Vector> &vectors = raw[std::size_t(g)];
        for (auto it = vectors.cbegin(); it != vectors.cend(); ++it) {
            SparseVector v;
            QVector<SimilarityItem> items;
            for (auto item = it->cbegin(); item != it->cend(); ++item) {
                // Stored with six significant digits: MU is measured on what the app reads.
                const double value = QString::number(item.value(), 'g', 6).toDouble();
                if (value <= 0)
                    continue;
                v.append({ item.key(), value });
                items.append(SimilarityItem { item.key(), value });
            }
            if (items.isEmpty())
                continue;
            out.vectors[it.key()][std::size_t(g)] = items;
            if (onetRoles.contains(it.key()))
                normalised.append(normalisedVector(v));
        }
        out.groups.insert(
            similarityGroupName(SimilarityGroup(g)), { randomPairMean(normalised), int(normalised.size()) });
    }
}

// Job Zone: 1 − |a − b| / 4 over all pairs of O*NET roles with one; the mean and how many roles.
std::pair<double, int> jobZoneMean(const QVector<BuiltRole> &roles)
{
    QVector<int> zones;
    for (const BuiltRole &b : roles) {
        if (b.role.origin == RoleOrigin::Onet && b.role.jobZone)
            zones.append(*b.role.jobZone);
    }
    double sum = 0;
    qint64 pairs = 0;
    for (int i = 0; i < zones.size(); ++i) {
        for (int j = i + 1; j < zones.size(); ++j) {
            sum += jobZoneCosine(zones.at(i), zones.at(j));
            ++pairs;
        }
    }
    return { pairs ? sum / double(pairs) : 0.0, int(zones.size()) };
}

} // namespace

OnetWorkData readOnetWork(const QString &onetDir, const OnetData &onet)
{
    OnetWorkData work;
    readReferences(work, onetDir);
    readTasks(work, onetDir, onet);
    readCommodities(
        work, onetDir, onet, QStringLiteral("Technology Skills"), &OnetWorkOccupation::technologyClasses);
    readCommodities(work, onetDir, onet, QStringLiteral("Tools Used"), &OnetWorkOccupation::toolClasses);
    return work;
}

SimilarityTables buildSimilarityTables(
    const OnetData &onet, const OnetWorkData &work, const QVector<BuiltRole> &roles)
{
    using G = SimilarityGroup;
    SimilarityTables out;
    out.work = &work;
    QSet<QString> onetRoles;
    RawVectors raw;
    for (const BuiltRole &b : roles) {
        const QString &code = b.role.code;
        if (b.role.origin == RoleOrigin::Onet)
            onetRoles.insert(code);
        groupAt(raw, G::Technologies).insert(code, technologyVector(b));
        const auto occ = onet.occupations.constFind(code);
        if (occ != onet.occupations.constEnd())
            addOnetVectors(raw, out, code, *occ, work);
    }
    for (G g : { G::WorkActivities, G::Technologies, G::TechnologyClasses, G::Tools }) {
        int n = 0;
        weightByIdf(groupAt(raw, g), onetRoles, n);
    }
    storeVectors(raw, onetRoles, out);
    out.groups.insert(similarityGroupName(G::JobZone), jobZoneMean(roles));
    return out;
}

void writeSimilarityTables(QSqlDatabase db, const SimilarityTables &tables)
{
    QSqlQuery group
        = prepare(db, QStringLiteral("INSERT INTO similarity_groups (grp, mu, roles) VALUES (?, ?, ?)"));
    for (auto it = tables.groups.cbegin(); it != tables.groups.cend(); ++it) {
        group.bindValue(0, it.key());
        group.bindValue(1, it->first);
        group.bindValue(2, it->second);
        execOrThrow(group, QStringLiteral("similarity_groups"));
    }
    QSqlQuery vector = prepare(
        db, QStringLiteral("INSERT INTO role_similarity (role_code, grp, items, vals) VALUES (?, ?, ?, ?)"));
    for (auto it = tables.vectors.cbegin(); it != tables.vectors.cend(); ++it) {
        for (int g = 0; g < SimilarityVectorGroupCount; ++g) {
            const QVector<SimilarityItem> &items = it.value()[std::size_t(g)];
            if (items.isEmpty())
                continue;
            QStringList names;
            QStringList values;
            for (const SimilarityItem &item : items) {
                if (item.item.contains(QLatin1Char('\t')))
                    throw ImportError(
                        QString(), 0, QStringLiteral("similarity item with a tab: %1").arg(item.item));
                names << item.item;
                values << QString::number(item.value, 'g', 6);
            }
            vector.bindValue(0, it.key());
            vector.bindValue(1, similarityGroupName(SimilarityGroup(g)));
            vector.bindValue(2, names.join(QLatin1Char('\t')));
            vector.bindValue(3, values.join(QLatin1Char('\t')));
            execOrThrow(vector, QStringLiteral("role_similarity"));
        }
    }
    if (tables.work) {
        QSqlQuery iwa = prepare(db, QStringLiteral("INSERT INTO work_iwas (id, title) VALUES (?, ?)"));
        for (auto it = tables.work->iwaTitle.cbegin(); it != tables.work->iwaTitle.cend(); ++it) {
            iwa.bindValue(0, it.key());
            iwa.bindValue(1, it.value());
            execOrThrow(iwa, QStringLiteral("work_iwas"));
        }
        QSqlQuery dwa
            = prepare(db, QStringLiteral("INSERT INTO work_dwas (id, title, iwa_id) VALUES (?, ?, ?)"));
        for (auto it = tables.work->dwaTitle.cbegin(); it != tables.work->dwaTitle.cend(); ++it) {
            dwa.bindValue(0, it.key());
            dwa.bindValue(1, it.value());
            dwa.bindValue(2, tables.work->dwaIwa.value(it.key()));
            execOrThrow(dwa, QStringLiteral("work_dwas"));
        }
    }
    QSqlQuery activity = prepare(db,
        QStringLiteral("INSERT INTO role_work_activities (role_code, position, dwa_id, core, weight) VALUES "
                       "(?, ?, ?, ?, ?)"));
    for (auto it = tables.workActivities.cbegin(); it != tables.workActivities.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            const WorkActivity &w = it->at(i);
            activity.bindValue(0, it.key());
            activity.bindValue(1, i);
            activity.bindValue(2, w.dwaId);
            activity.bindValue(3, int(w.core));
            activity.bindValue(4, w.weight);
            execOrThrow(activity, QStringLiteral("role_work_activities"));
        }
    }
}

} // namespace cc::import
