// SPDX-License-Identifier: MIT
#include "sourcedata.h"

#include "sourcerules.h"

#include <QRegularExpression>

namespace cc::import
{

namespace
{

// The annual percentiles of one row must not fall from A_PCT10 to A_PCT90 (the viewer refuses such
// a range too). "#" counts as its floor, $239,200; "*" and other markers are skipped.
void checkPercentileOrder(
    const DelimitedTable &t, int r, const std::array<Cell, 5> &annual, const std::array<int, 5> &columns)
{
    auto valueOf
        = [](const Cell &c) { return c.kind == Cell::Kind::TopCoded ? double(OewsTopCodedAnnual) : c.value; };
    auto shown = [&](std::size_t i) {
        const QString text = QLatin1Char('"') + t.text(r, columns[i]) + QLatin1Char('"');
        return annual[i].kind == Cell::Kind::TopCoded
            ? text + QStringLiteral(" ($%1 or more)").arg(boundText(OewsTopCodedAnnual))
            : text;
    };
    std::optional<std::size_t> previous;
    for (std::size_t i = 0; i < annual.size(); ++i) {
        if (!annual[i].isNumber() && annual[i].kind != Cell::Kind::TopCoded)
            continue;
        if (previous && valueOf(annual[*previous]) > valueOf(annual[i]))
            t.fail(r,
                QStringLiteral("the annual percentiles are out of order: %1 %2 is above %3 %4; each of "
                               "A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90 must be at least the one "
                               "before it")
                    .arg(t.columnName(columns[*previous]), shown(*previous), t.columnName(columns[i]),
                        shown(i)));
        previous = i;
    }
}

} // namespace

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
        const Cell employment = numberIn(t, r, cEmployment, SourceBounds::WageEmployment);
        if (employment.isNumber())
            row.employment = employment.value;
        for (std::size_t i = 0; i < 5; ++i)
            row.annual[i] = numberIn(t, r, cPct[i], catalogue::Bounds::Salary);
        checkPercentileOrder(t, r, row.annual, cPct);
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
        row.employment2024 = numberIn(t, r, cEmp, catalogue::Bounds::EmploymentThousands);
        row.employment2034 = numberIn(t, r, cEmpEnd, catalogue::Bounds::EmploymentThousands);
        row.growthPercent = numberIn(t, r, cGrowth, catalogue::Bounds::GrowthPercent);
        row.annualOpenings = numberIn(t, r, cOpenings, catalogue::Bounds::OpeningsThousands);
        row.education = textOrEmpty(r, cEducation);
        row.experience = textOrEmpty(r, cExperience);
        row.training = textOrEmpty(r, cTraining);
        data.lineItems.insert(code, row);
    }
    return data;
}

QHash<QString, QStringList> readCrosswalk(const QString &path, SplitCodes *splits)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int c2010 = t.column({ QStringLiteral("2010 SOC Code") });
    const int c2018 = t.column({ QStringLiteral("2018 SOC Code") });
    const int cTitle = t.column({ QStringLiteral("2010 SOC Title") }, false);
    QHash<QString, QStringList> map;
    SplitCodes into; // every 2010 code, with the 2018 codes it goes to
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString from = t.text(r, c2010);
        const QString to = t.text(r, c2018);
        checkCode(t, r, from, socCodePattern());
        checkCode(t, r, to, socCodePattern());
        QStringList &list = map[to];
        if (!list.contains(from))
            list.append(from);
        SplitCode &code = into[from];
        if (code.title.isEmpty()) {
            // "" when the file has no title column; BLS's "(#)" marks of a split are dropped
            code.title = t.text(r, cTitle);
            if (const int mark = code.title.indexOf(QLatin1String(" (#")); mark >= 0)
                code.title.truncate(mark);
        }
        if (!code.into.contains(to))
            code.into.append(to);
    }
    for (QStringList &list : map)
        list.sort();
    if (splits) {
        splits->clear();
        for (auto it = into.begin(); it != into.end(); ++it) {
            if (it->into.size() > 1) {
                it->into.sort();
                splits->insert(it.key(), *it);
            }
        }
    }
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

QHash<QString, TeleworkOccupation> readTeleworkOccupations(const QString &path)
{
    return readShares<TeleworkOccupation>(path, { QStringLiteral("onetsoccode") },
        QStringLiteral("teleworkable"), onetCodePattern(), QStringLiteral("teleworkable"),
        [](const DelimitedTable &t, int r, double v) {
            return TeleworkOccupation { t.text(r, t.column({ QStringLiteral("onetsoccode") })),
                t.text(r, t.column({ QStringLiteral("title") })), v };
        });
}

QHash<QString, double> readLlmExposure(const QString &path)
{
    return readShares<double>(path, OnetCodeColumn, QStringLiteral("human_rating_beta"), onetCodePattern(),
        QStringLiteral("exposure"), [](const DelimitedTable &, int, double v) { return v; });
}

} // namespace cc::import
