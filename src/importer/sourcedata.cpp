// SPDX-License-Identifier: MIT
#include "sourcedata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace cc::import
{

namespace
{

const QStringList CodeColumn { QStringLiteral("O*NET-SOC Code") };

QString onetFile(const QString &dir, const QString &name)
{
    const QStringList candidates { QDir(dir).filePath(QStringLiteral("tsv/%1.tsv").arg(name)),
        QDir(dir).filePath(QStringLiteral("%1.txt").arg(name)),
        QDir(dir).filePath(QStringLiteral("%1.tsv").arg(name)) };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return c;
    }
    return candidates.first(); // reported as missing by the reader
}

DelimitedTable readOnetTable(const QString &dir, const QString &name)
{
    return DelimitedTable::read(onetFile(dir, name), DelimitedTable::Format::Tsv);
}

bool yes(const QString &flag)
{
    return flag.trimmed().compare(QLatin1String("Y"), Qt::CaseInsensitive) == 0;
}

void checkCode(const DelimitedTable &t, int row, const QString &code, const QRegularExpression &pattern)
{
    if (!pattern.match(code).hasMatch())
        t.fail(row, QStringLiteral("\"%1\" is not a valid occupation code").arg(code.left(40)));
}

const QRegularExpression &onetCodePattern()
{
    static const QRegularExpression p(QStringLiteral("^\\d{2}-\\d{4}\\.\\d{2}$"));
    return p;
}

const QRegularExpression &socCodePattern()
{
    static const QRegularExpression p(QStringLiteral("^\\d{2}-\\d{4}$"));
    return p;
}

OnetOccupation &occupationFor(OnetData &data, const DelimitedTable &t, int row, const QString &code)
{
    checkCode(t, row, code, onetCodePattern());
    auto it = data.occupations.find(code);
    if (it == data.occupations.end())
        t.fail(row, QStringLiteral("occupation %1 is not in Occupation Data").arg(code));
    return *it;
}

void readRatings(OnetData &data, const QString &dir, const QString &name, SkillKind kind)
{
    const DelimitedTable t = readOnetTable(dir, name);
    const int cCode = t.column(CodeColumn);
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
        const double value = t.requiredNumber(r, cValue);
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
    QFile readMe(QDir(dir).filePath(QStringLiteral("Read Me.txt")));
    if (!readMe.open(QIODevice::ReadOnly))
        return QString();
    static const QRegularExpression version(QStringLiteral("O\\*NET\\s+(\\d+\\.\\d+)\\s+Database"));
    const auto m = version.match(QString::fromUtf8(readMe.readAll()));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

OnetData readOnet(const QString &dir)
{
    OnetData data;
    data.release = readRelease(dir);

    {
        const DelimitedTable t = readOnetTable(dir, QStringLiteral("Occupation Data"));
        const int cCode = t.column(CodeColumn);
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
    {
        const DelimitedTable t = readOnetTable(dir, QStringLiteral("Job Zones"));
        const int cCode = t.column(CodeColumn);
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
    readRatings(data, dir, QStringLiteral("Skills"), SkillKind::Skill);
    readRatings(data, dir, QStringLiteral("Knowledge"), SkillKind::Knowledge);
    {
        const DelimitedTable t = readOnetTable(dir, QStringLiteral("Technology Skills"));
        const int cCode = t.column(CodeColumn);
        const int cExample = t.column({ QStringLiteral("Example") });
        const int cCommodity = t.column({ QStringLiteral("Commodity Title") });
        const int cHot = t.column({ QStringLiteral("Hot Technology") });
        const int cDemand = t.column({ QStringLiteral("In Demand") }, false); // added in O*NET 27.1
        for (int r = 0; r < t.rowCount(); ++r) {
            OnetOccupation &occ = occupationFor(data, t, r, t.text(r, cCode));
            const QString example = t.text(r, cExample);
            if (example.isEmpty())
                t.fail(r, QStringLiteral("technology example is empty"));
            occ.technologies.append(OnetTechnology {
                example, t.text(r, cCommodity), yes(t.text(r, cHot)), yes(t.text(r, cDemand)) });
        }
    }
    {
        const DelimitedTable t = readOnetTable(dir, QStringLiteral("Interests"));
        const int cCode = t.column(CodeColumn);
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
                    occ.interests[std::size_t(i)] = t.requiredNumber(r, cValue);
                    known = true;
                }
            }
            if (!known)
                t.fail(r, QStringLiteral("unknown interest area \"%1\"").arg(name.left(40)));
        }
    }
    {
        const DelimitedTable t = readOnetTable(dir, QStringLiteral("Education, Training, and Experience"));
        const int cCode = t.column(CodeColumn);
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
            occ.ete[scale].append(derive::CategoryShare { int(category), t.requiredNumber(r, cValue) });
            if (yes(t.text(r, cSuppress)))
                occ.eteSuppressed = true;
        }
    }
    {
        const DelimitedTable t = readOnetTable(dir, QStringLiteral("Related Occupations"));
        const int cCode = t.column(CodeColumn);
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
    {
        const DelimitedTable t = readOnetTable(dir, QStringLiteral("Alternate Titles"));
        const int cCode = t.column(CodeColumn);
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
    return data;
}

WageData readWages(const QString &path)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int cCode = t.column({ QStringLiteral("OCC_CODE") });
    const int cTitle = t.column({ QStringLiteral("OCC_TITLE") });
    const int cGroup = t.column({ QStringLiteral("O_GROUP") });
    const int cEmployment = t.column({ QStringLiteral("TOT_EMP") });
    const int cHourly = t.column({ QStringLiteral("HOURLY") }, false);
    const int cArea = t.column({ QStringLiteral("AREA_TYPE") }, false);
    const int cIndustry = t.column({ QStringLiteral("NAICS") }, false);
    const QStringList percentiles { QStringLiteral("A_PCT10"), QStringLiteral("A_PCT25"),
        QStringLiteral("A_MEDIAN"), QStringLiteral("A_PCT75"), QStringLiteral("A_PCT90") };
    std::array<int, 5> cPct {};
    for (int i = 0; i < 5; ++i)
        cPct[std::size_t(i)] = t.column({ percentiles[i] });

    WageData data;
    for (int r = 0; r < t.rowCount(); ++r) {
        if (cArea >= 0 && t.text(r, cArea) != QLatin1String("1"))
            continue; // national rows only
        if (cIndustry >= 0 && t.text(r, cIndustry) != QLatin1String("000000"))
            continue; // cross-industry rows only
        WageRow row;
        row.code = t.text(r, cCode);
        row.title = t.text(r, cTitle);
        row.group = t.text(r, cGroup);
        checkCode(t, r, row.code, socCodePattern());
        const Cell employment = t.number(r, cEmployment);
        if (employment.isNumber())
            row.employment = employment.value;
        for (std::size_t i = 0; i < 5; ++i)
            row.annual[i] = t.number(r, cPct[i]);
        row.hourlyOnly = t.text(r, cHourly).compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
        QHash<QString, WageRow> *target = nullptr;
        if (row.group == QLatin1String("detailed"))
            target = &data.detailed;
        else if (row.group == QLatin1String("broad"))
            target = &data.broad;
        else if (row.group == QLatin1String("major"))
            data.majorTitles.insert(row.code, row.title);
        if (target) {
            if (target->contains(row.code))
                t.fail(r, QStringLiteral("duplicate %1 row for %2").arg(row.group, row.code));
            target->insert(row.code, row);
        }
    }
    return data;
}

ProjectionData readProjections(const QString &path)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int cTitle = t.column({ QStringLiteral("2024 National Employment Matrix title"),
        QStringLiteral("2022 National Employment Matrix title") });
    const int cCode = t.column({ QStringLiteral("2024 National Employment Matrix code"),
        QStringLiteral("2022 National Employment Matrix code") });
    const int cType = t.column({ QStringLiteral("Occupation type") });
    const int cEmp = t.column({ QStringLiteral("Employment, 2024"), QStringLiteral("Employment, 2022") });
    const int cEmpEnd = t.column({ QStringLiteral("Employment, 2034"), QStringLiteral("Employment, 2032") });
    const int cGrowth = t.column({ QStringLiteral("Employment change, percent, 2024-34"),
        QStringLiteral("Employment change, percent, 2022-32") });
    const int cOpenings = t.column({ QStringLiteral("Occupational openings, 2024-34 annual average"),
        QStringLiteral("Occupational openings, 2022-32 annual average") });
    const int cEducation = t.column({ QStringLiteral("Typical education needed for entry") });
    const int cExperience = t.column({ QStringLiteral("Work experience in a related occupation") });
    const int cTraining = t.column(
        { QStringLiteral("Typical on-the-job training needed to attain competency in the occupation") });

    auto textOrEmpty = [&](int r, int c) {
        const QString v = t.text(r, c);
        return v == QString(QChar(0x2014)) ? QString() : v;
    };

    ProjectionData data;
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString code = t.text(r, cCode);
        checkCode(t, r, code, socCodePattern());
        const QString type = t.text(r, cType);
        if (type == QLatin1String("Summary")) {
            data.summaryTitles.insert(code, t.text(r, cTitle));
            continue;
        }
        if (type != QLatin1String("Line item"))
            t.fail(r, QStringLiteral("unknown occupation type \"%1\"").arg(type.left(40)));
        if (data.lineItems.contains(code))
            t.fail(r, QStringLiteral("duplicate line item %1").arg(code));
        ProjectionRow row;
        row.code = code;
        row.title = t.text(r, cTitle);
        row.employment2024 = t.number(r, cEmp);
        row.employment2034 = t.number(r, cEmpEnd);
        row.growthPercent = t.number(r, cGrowth);
        row.annualOpenings = t.number(r, cOpenings);
        row.education = textOrEmpty(r, cEducation);
        row.experience = textOrEmpty(r, cExperience);
        row.training = textOrEmpty(r, cTraining);
        data.lineItems.insert(code, row);
    }
    return data;
}

QHash<QString, QStringList> readCrosswalk(const QString &path)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int c2010 = t.column({ QStringLiteral("2010 SOC Code") });
    const int c2018 = t.column({ QStringLiteral("2018 SOC Code") });
    QHash<QString, QStringList> map;
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString from = t.text(r, c2010);
        const QString to = t.text(r, c2018);
        checkCode(t, r, from, socCodePattern());
        checkCode(t, r, to, socCodePattern());
        QStringList &list = map[to];
        if (!list.contains(from))
            list.append(from);
    }
    for (QStringList &list : map)
        list.sort();
    return map;
}

namespace
{

// A file of one 0–1 share per occupation code: each code once, each share within 0..1.
// `make` builds the stored value from the row and its share.
template <typename Value, typename Make>
QHash<QString, Value> readShares(const QString &path, const QStringList &codeColumn,
    const QString &shareColumn, const QRegularExpression &codePattern, const QString &what, Make make)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int cCode = t.column(codeColumn);
    const int cShare = t.column({ shareColumn });
    QHash<QString, Value> map;
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString code = t.text(r, cCode);
        checkCode(t, r, code, codePattern);
        if (map.contains(code))
            t.fail(r, QStringLiteral("duplicate occupation code %1").arg(code));
        const double share = t.requiredNumber(r, cShare);
        if (share < 0 || share > 1)
            t.fail(r, QStringLiteral("%1 %2 is not between 0 and 1").arg(what).arg(share));
        map.insert(code, make(t, r, share));
    }
    return map;
}

} // namespace

QHash<QString, FreyOsborneRow> readFreyOsborne(const QString &path)
{
    return readShares<FreyOsborneRow>(path, { QStringLiteral("SOC code") }, QStringLiteral("Probability"),
        socCodePattern(), QStringLiteral("probability"), [](const DelimitedTable &t, int r, double p) {
            return FreyOsborneRow { p, t.text(r, t.column({ QStringLiteral("Occupation") })) };
        });
}

QHash<QString, double> readTelework(const QString &path)
{
    return readShares<double>(path, { QStringLiteral("OCC_CODE") }, QStringLiteral("teleworkable"),
        socCodePattern(), QStringLiteral("teleworkable share"),
        [](const DelimitedTable &, int, double v) { return v; });
}

QHash<QString, double> readLlmExposure(const QString &path)
{
    return readShares<double>(path, CodeColumn, QStringLiteral("human_rating_beta"), onetCodePattern(),
        QStringLiteral("exposure"), [](const DelimitedTable &, int, double v) { return v; });
}

} // namespace cc::import
