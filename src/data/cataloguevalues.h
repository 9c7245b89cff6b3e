// SPDX-License-Identifier: MIT
#pragma once

// What the data layer accepts from a catalogue (issue #13): every stored figure is checked against
// its plausible range (and the salary percentiles against their order) as it is read, and texts are
// bounded in length and freed of control characters. A value outside its range is never shown as a
// fact: its field becomes missing, and the provenance note says which value was refused and why.
// The ranges, and why each bound was chosen, are in docs/DATA.md ("Values the app accepts").

#include "role.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cc::catalogue
{

// A closed range of accepted values; `whole` when the value must be an integer.
struct Range {
    double min;
    double max;
    bool whole = false;
};

namespace Bounds
{
constexpr Range Salary { 1, 10'000'000, true }; // annual US dollars
constexpr Range SalaryYear { 1990, 2100, true };
constexpr Range EmploymentThousands { 0, 200'000 }; // the whole US workforce is about 170 million
constexpr Range GrowthPercent { -100, 1000 };
constexpr Range OpeningsThousands { 0, 10'000 };
constexpr Range DemandScore { 0, 10 };
constexpr Range Percent { 0, 100 };
constexpr Range Share { 0, 1 };
constexpr Range LearningMonths { 0, 600, true };
constexpr Range JobZone { 1, 5, true };
constexpr Range Interest { 1, 7 }; // O*NET's RIASEC scale
constexpr Range Importance { 1, 5 }; // O*NET's importance scale
constexpr Range Flag { 0, 1, true };
constexpr Range SimilarityValue { 0, 1000 }; // an importance or share times an IDF weight
constexpr Range TaskWeight { 0, 1000 }; // a role's task weight on one detailed work activity
} // namespace Bounds

// The longest texts kept: a title, label or name; a provenance note or citation; a code or id.
constexpr int MaxTitleLength = 300;
constexpr int MaxNoteLength = 2000;
constexpr int MaxCodeLength = 64;

constexpr int MaxMetadataLength = 10000; // the attribution: every source's citation, one a line

// `value` as text without control characters (tabs and line breaks become spaces, or stay when
// `keepLayout`; other control characters, bidirectional overrides and isolates are dropped), cut at
// `maxLength` characters with an ellipsis when longer.
QString cleanText(const QVariant &value, int maxLength = MaxTitleLength, bool keepLayout = false);

// The number in `value` when it is one (an integer or a real, finite) and inside `range`.
std::optional<double> numberIn(const QVariant &value, const Range &range);
// The same for a wage: a whole number of dollars inside Bounds::Salary.
Wage wageIn(const QVariant &value, bool topCoded);

// Empties the values of `field` (Field::Salary empties all five percentiles) and marks its
// provenance missing with `reason`, keeping its source.
void markMissing(Role &role, const QString &field, const QString &reason);

// Reads the values of one role, remembering every refusal by field until applyTo().
class ValueCheck
{
public:
    // The value, or nullopt when it is NULL or refused (then `field` is refused with the reason).
    std::optional<double> number(
        const QVariant &value, const char *column, const QString &field, const Range &range);
    std::optional<int> whole(
        const QVariant &value, const char *column, const QString &field, const Range &range);
    std::optional<bool> flag(const QVariant &value, const char *column, const QString &field);
    Wage wage(const QVariant &value, const char *column, bool topCoded);
    // An enum stored as text: nullopt for NULL or '' (missing), and a refusal for an unknown word.
    template <typename Enum>
    std::optional<Enum> choice(const QVariant &value, const char *column, const QString &field,
        std::optional<Enum> (*fromName)(const QString &))
    {
        const QString text = value.toString();
        if (value.isNull() || text.isEmpty())
            return std::nullopt;
        const std::optional<Enum> parsed = fromName(text);
        if (!parsed)
            refuse(field, unknownWord(column, text));
        return parsed;
    }
    // The salary's percentiles must rise from low to high; otherwise the whole range is refused.
    void checkSalaryOrder(const SalaryRange &salary);
    void refuse(const QString &field, const QString &reason);
    bool refused(const QString &field) const { return m_reasons.contains(field); }
    // Each refused field missing (markMissing), its reasons joined.
    void applyTo(Role &role) const;

    static QString outOfRange(const char *column, const QVariant &value, const Range &range);
    static QString unknownWord(const char *column, const QString &word);

private:
    QMap<QString, QStringList> m_reasons;
};

} // namespace cc::catalogue
