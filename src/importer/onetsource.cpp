// SPDX-License-Identifier: MIT
// O*NET's tables (Excel edition as TSV, or the text edition): one reader per table.
#include "sourcedata.h"

#include "sourcerules.h"

#include "safefile.h"
#include <QDir>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace cc::import
{

namespace
{

QString onetFile(const QString &dir, const QString &name)
{
    const QStringList candidates { QDir(dir).filePath(QStringLiteral("tsv/%1.tsv").arg(name)),
        QDir(dir).filePath(QStringLiteral("%1.txt").arg(name)),
        QDir(dir).filePath(QStringLiteral("%1.tsv").arg(name)) };
    for (const QString &c : candidates) {
        if (!nothingAt(c)) // a loop or a FIFO there is read, and says so
            return c;
    }
    return candidates.first(); // reported as missing by the reader
}

DelimitedTable readOnetTable(const QString &dir, const QString &name)
{
    return DelimitedTable::read(onetFile(dir, name), DelimitedTable::Format::Tsv);
}

OnetOccupation &occupationFor(OnetData &data, const DelimitedTable &t, int row, const QString &code)
{
    checkCode(t, row, code, onetCodePattern());
    auto it = data.occupations.find(code);
    if (it == data.occupations.end())
        t.fail(row, QStringLiteral("occupation %1 is not in Occupation Data").arg(code));
    return *it;
}

// Skills, Knowledge: importance (IM) and level (LV) of each element, one rating per element.
void readRatings(OnetData &data, const QString &dir, const QString &name, SkillKind kind)
{
    const DelimitedTable t = readOnetTable(dir, name);
    const int cCode = t.column(OnetCodeColumn);
    const int cElement = t.column({ QStringLiteral("Element ID") });
    const int cName = t.column({ QStringLiteral("Element Name") });
    const int cScale = t.column({ QStringLiteral("Scale ID") });
    const int cValue = t.column({ QStringLiteral("Data Value") });
    const int cSuppress = t.column({ QStringLiteral("Recommend Suppress") }, false);
    const int cNotRelevant = t.column({ QStringLiteral("Not Relevant") }, false);

    QHash<QString, QHash<QString, int>> indexByElement; // code -> element -> index in ratings
    QSet<QString> seen;
    for (int r = 0; r < t.rowCount(); ++r) {
        OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
        const QString element = t.text(r, cElement);
        const QString scale = t.text(r, cScale);
        const QString key = occ.code + QLatin1Char('|') + element + QLatin1Char('|') + scale;
        if (seen.contains(key))
            t.fail(r, QStringLiteral("duplicate %1 rating of %2 for %3").arg(scale, element, occ.code));
        seen.insert(key);
        auto &index = indexByElement[occ.code];
        auto it = index.find(element);
        if (it == index.end()) {
            OnetRating rating;
            rating.elementId = element;
            rating.name = t.text(r, cName);
            rating.kind = kind;
            occ.ratings.append(rating);
            it = index.insert(element, int(occ.ratings.size() - 1));
        }
        OnetRating &rating = occ.ratings[*it];
        // Importance 1 to 5, level 0 to 7 (O*NET's scales); another scale is not kept.
        const double value = scale == QLatin1String("IM")
            ? requiredNumberIn(t, r, cValue, catalogue::Bounds::Importance)
            : scale == QLatin1String("LV") ? requiredNumberIn(t, r, cValue, SourceBounds::OnetLevel)
                                           : t.requiredNumber(r, cValue);
        if (scale == QLatin1String("IM")) {
            rating.importance = value;
            rating.suppressed = yes(t.text(r, cSuppress));
        } else if (scale == QLatin1String("LV")) {
            rating.level = value;
            rating.notRelevant = yes(t.text(r, cNotRelevant));
        }
    }
}

QString readRelease(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("Read Me.txt"));
    if (nothingAt(path))
        return QString(); // no Read Me: the release is unknown, and the summary says so
    // Present but a folder, a device or too large: say so rather than "(release unknown)".
    const safefile::ReadResult readMe = safefile::readRegularFile(path, 1024 * 1024);
    if (!readMe.ok())
        throw ImportError(path, 0, readMe.why);
    static const QRegularExpression version(QStringLiteral("O\\*NET\\s+(\\d+\\.\\d+)\\s+Database"));
    const auto m = version.match(QString::fromUtf8(readMe.bytes));
    return m.hasMatch() ? m.captured(1) : QString();
}

// Occupation Data: The occupations themselves: code and title, each code once.
void readOccupationData(OnetData &data, const QString &dir)
{
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Occupation Data"));
    const int cCode = t.column(OnetCodeColumn);
    const int cTitle = t.column({ QStringLiteral("Title") });
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString code = t.text(r, cCode);
        checkCode(t, r, code, onetCodePattern());
        if (data.occupations.contains(code))
            t.fail(r, QStringLiteral("duplicate occupation code %1").arg(code));
        const QString title = t.text(r, cTitle);
        if (title.isEmpty())
            t.fail(r, QStringLiteral("occupation %1 has no title").arg(code));
        OnetOccupation occ;
        occ.code = code;
        occ.title = title;
        data.occupations.insert(code, occ);
    }
}

// Job Zones: One Job Zone (1 to 5) per occupation.
void readJobZones(OnetData &data, const QString &dir)
{
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Job Zones"));
    const int cCode = t.column(OnetCodeColumn);
    const int cZone = t.column({ QStringLiteral("Job Zone") });
    for (int r = 0; r < t.rowCount(); ++r) {
        OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
        if (occ.jobZone)
            t.fail(r, QStringLiteral("duplicate Job Zone for %1").arg(occ.code));
        const double zone = t.requiredNumber(r, cZone);
        if (zone < 1 || zone > 5 || zone != int(zone))
            t.fail(r, QStringLiteral("Job Zone %1 is not 1 to 5").arg(zone));
        occ.jobZone = int(zone);
    }
}

// Technology Skills: Technology examples with their commodity class and Hot / In Demand flags.
void readTechnologySkills(OnetData &data, const QString &dir)
{
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Technology Skills"));
    const int cCode = t.column(OnetCodeColumn);
    const int cExample = t.column({ QStringLiteral("Example") });
    const int cCommodity = t.column({ QStringLiteral("Commodity Title") });
    const int cHot = t.column({ QStringLiteral("Hot Technology") });
    const int cDemand = t.column({ QStringLiteral("In Demand") }, false); // added in O*NET 27.1
    for (int r = 0; r < t.rowCount(); ++r) {
        OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
        const QString example = t.text(r, cExample);
        if (example.isEmpty())
            t.fail(r, QStringLiteral("technology example is empty"));
        occ.technologies.append(
            OnetTechnology { example, t.text(r, cCommodity), yes(t.text(r, cHot)), yes(t.text(r, cDemand)) });
    }
}

// Interests: The six RIASEC occupational interest scores (scale OI); high-point codes are skipped.
void readInterests(OnetData &data, const QString &dir)
{
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Interests"));
    const int cCode = t.column(OnetCodeColumn);
    const int cName = t.column({ QStringLiteral("Element Name") });
    const int cScale = t.column({ QStringLiteral("Scale ID") });
    const int cValue = t.column({ QStringLiteral("Data Value") });
    for (int r = 0; r < t.rowCount(); ++r) {
        if (t.text(r, cScale) != QLatin1String("OI"))
            continue; // high-point codes (IH) are not kept
        OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
        const QString name = t.text(r, cName);
        bool known = false;
        for (int i = 0; i < InterestCount; ++i) {
            if (interestName(Interest(i)).compare(name, Qt::CaseInsensitive) == 0) {
                occ.interests[std::size_t(i)] = requiredNumberIn(t, r, cValue, catalogue::Bounds::Interest);
                known = true;
            }
        }
        if (!known)
            t.fail(r, QStringLiteral("unknown interest area \"%1\"").arg(name.left(40)));
    }
}

// Work Styles: the importance (scale IM) of each work style, for the similarity.
void readWorkStyles(OnetData &data, const QString &dir)
{
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Work Styles"));
    const int cCode = t.column(OnetCodeColumn);
    const int cElement = t.column({ QStringLiteral("Element ID") });
    const int cScale = t.column({ QStringLiteral("Scale ID") });
    const int cValue = t.column({ QStringLiteral("Data Value") });
    for (int r = 0; r < t.rowCount(); ++r) {
        if (t.text(r, cScale) != QLatin1String("IM"))
            continue;
        OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
        const QString element = t.text(r, cElement);
        for (const auto &[id, value] : occ.workStyles) {
            if (id == element)
                t.fail(r, QStringLiteral("duplicate work style %1 for %2").arg(element, occ.code));
        }
        occ.workStyles.append({ element, requiredNumberIn(t, r, cValue, catalogue::Bounds::Importance) });
    }
}

// Education, Training, and Experience: Category shares of required education (RL), on-the-job (OJ) and
// on-site (PT) training and related experience (RW).
void readEducationTrainingExperience(OnetData &data, const QString &dir)
{
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Education, Training, and Experience"));
    const int cCode = t.column(OnetCodeColumn);
    const int cScale = t.column({ QStringLiteral("Scale ID") });
    const int cCategory = t.column({ QStringLiteral("Category") });
    const int cValue = t.column({ QStringLiteral("Data Value") });
    const int cSuppress = t.column({ QStringLiteral("Recommend Suppress") }, false);
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString scale = t.text(r, cScale);
        if (scale != QLatin1String("RL") && scale != QLatin1String("OJ") && scale != QLatin1String("PT")
            && scale != QLatin1String("RW"))
            continue;
        OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
        const double category = t.requiredNumber(r, cCategory);
        // Data Value: the percentage of respondents in the category.
        occ.ete[scale].append(derive::CategoryShare {
            int(category), requiredNumberIn(t, r, cValue, catalogue::Bounds::Percent) });
        // Low confidence matters only for the ratings learning months use: RL, OJ and PT, never RW.
        if (scale != QLatin1String("RW") && yes(t.text(r, cSuppress)))
            occ.eteSuppressed = true;
    }
}

// Related Occupations: Related occupations with their tier and rank.
void readRelatedOccupations(OnetData &data, const QString &dir)
{
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Related Occupations"));
    const int cCode = t.column(OnetCodeColumn);
    const int cRelated = t.column({ QStringLiteral("Related O*NET-SOC Code") });
    const int cTier = t.column({ QStringLiteral("Relatedness Tier") });
    const int cIndex = t.column({ QStringLiteral("Index") });
    for (int r = 0; r < t.rowCount(); ++r) {
        OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
        const QString related = t.text(r, cRelated);
        checkCode(t, r, related, onetCodePattern());
        occ.related.append(OnetRelated { related, t.text(r, cTier), int(t.requiredNumber(r, cIndex)) });
    }
}

// Alternate Titles: Other names of each occupation ("n/a" short titles dropped).
void readAlternateTitles(OnetData &data, const QString &dir)
{
    const DelimitedTable t = readOnetTable(dir, QStringLiteral("Alternate Titles"));
    const int cCode = t.column(OnetCodeColumn);
    const int cTitle = t.column({ QStringLiteral("Alternate Title") });
    const int cShort = t.column({ QStringLiteral("Short Title") }, false);
    for (int r = 0; r < t.rowCount(); ++r) {
        OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
        QString shortTitle = t.text(r, cShort);
        if (shortTitle == QLatin1String("n/a"))
            shortTitle.clear();
        const QString title = t.text(r, cTitle);
        if (!title.isEmpty())
            occ.alternateTitles.append(OnetAlternateTitle { title, shortTitle });
    }
}

} // namespace

OnetData readOnet(const QString &dir)
{
    // Occupation Data first: every other table refers to its codes.
    OnetData data;
    data.release = readRelease(dir);
    readOccupationData(data, dir);
    readJobZones(data, dir);
    readRatings(data, dir, QStringLiteral("Skills"), SkillKind::Skill);
    readRatings(data, dir, QStringLiteral("Knowledge"), SkillKind::Knowledge);
    readTechnologySkills(data, dir);
    readInterests(data, dir);
    readWorkStyles(data, dir);
    readEducationTrainingExperience(data, dir);
    readRelatedOccupations(data, dir);
    readAlternateTitles(data, dir);
    return data;
}

} // namespace cc::import
