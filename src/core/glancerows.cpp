// SPDX-License-Identifier: MIT
#include "glancerows.h"

#include "formatting.h"

#include <QCoreApplication>

namespace cc
{

namespace
{
// The window shows these labels in the interface language; the report keeps them in English, like
// the rest of its text. Strings are marked with QT_TRANSLATE_NOOP("GlanceRows", …) for lupdate.
struct Labels {
    bool translated = true;
    QString operator()(const char *text) const
    {
        return translated ? QCoreApplication::translate("GlanceRows", text) : QString::fromUtf8(text);
    }
};
} // namespace

QString GlanceValue::toolTip() const
{
    const Labels label; // tooltips are the window's only
    QStringList parts;
    if (!source.isEmpty())
        parts << label(QT_TRANSLATE_NOOP("GlanceRows", "Source: %1")).arg(source);
    if (estimate)
        parts << label(QT_TRANSLATE_NOOP("GlanceRows", "Estimate"));
    if (!note.isEmpty())
        parts << (missing ? label(QT_TRANSLATE_NOOP("GlanceRows", "Not available: %1")).arg(note) : note);
    return parts.join(QLatin1Char('\n'));
}

namespace
{

GlanceValue value(const Role &role, const QString &field, const QString &text,
    const QHash<QString, QString> &names, const Labels &label)
{
    const Provenance p = role.provenanceOf(field);
    GlanceValue v;
    v.missing = text.isEmpty();
    v.text = v.missing ? label(QT_TRANSLATE_NOOP("GlanceRows", "not available")) : text;
    v.estimate = p.status == ValueStatus::Estimate;
    v.source = names.value(p.sourceId, p.sourceId);
    v.note = p.note;
    return v;
}

template <typename T, typename F> QString show(const std::optional<T> &v, F f)
{
    return v ? f(*v) : QString();
}

QString verdictText(Verdict v, bool judged, const QString &higherWord, const Labels &label)
{
    switch (v) {
    case Verdict::ABetter:
        return judged ? label(QT_TRANSLATE_NOOP("GlanceRows", "\u25C0 better"))
                      : label(QT_TRANSLATE_NOOP("GlanceRows", "\u25C0 %1")).arg(higherWord);
    case Verdict::BBetter:
        return judged ? label(QT_TRANSLATE_NOOP("GlanceRows", "better \u25B6"))
                      : label(QT_TRANSLATE_NOOP("GlanceRows", "%1 \u25B6")).arg(higherWord);
    case Verdict::Equal:
        return label(QT_TRANSLATE_NOOP("GlanceRows", "equal"));
    case Verdict::Unknown:
        break;
    }
    return label(QT_TRANSLATE_NOOP("GlanceRows", "cannot compare"));
}

} // namespace

QVector<GlanceRow> glanceRows(const Comparison &c, const QHash<QString, QString> &names, bool translated)
{
    const Labels label { translated };
    const Role &a = c.a;
    const Role &b = c.b;
    QVector<GlanceRow> rows;
    auto add
        = [&](const QString &key, const QString &attribute, const QString &field, const QString &ta,
              const QString &tb, Verdict verdict, bool judged = true, const QString &higherWord = QString()) {
              GlanceRow row;
              row.key = key;
              row.attribute = attribute;
              row.a = value(a, field, ta, names, label);
              row.b = value(b, field, tb, names, label);
              row.verdict = verdict;
              row.judged = judged;
              row.verdictText = verdictText(verdict, judged, higherWord, label);
              rows.append(row);
          };

    auto salaryText = [&label](const Role &r) {
        const QString range = format::salaryRange(r.salary);
        return range.isEmpty() ? QString() : range + label(QT_TRANSLATE_NOOP("GlanceRows", "/yr"));
    };
    add(QStringLiteral("salary"), label(QT_TRANSLATE_NOOP("GlanceRows", "Salary range")), Field::Salary,
        salaryText(a), salaryText(b), compareSalaryCeiling(a, b));
    add(QStringLiteral("median"), label(QT_TRANSLATE_NOOP("GlanceRows", "Median salary")), Field::Salary,
        format::wage(a.salary.median), format::wage(b.salary.median), compareMedianSalary(a, b));
    add(Field::DemandScore, label(QT_TRANSLATE_NOOP("GlanceRows", "Demand score")), Field::DemandScore,
        show(a.demandScore, format::score), show(b.demandScore, format::score), compareDemand(a, b));
    add(Field::AiRisk, label(QT_TRANSLATE_NOOP("GlanceRows", "AI replacement risk")), Field::AiRisk,
        show(a.aiRiskPercent, format::percent), show(b.aiRiskPercent, format::percent), compareAiRisk(a, b));
    const Verdict exposure = [&] {
        if (!a.llmExposurePercent || !b.llmExposurePercent)
            return Verdict::Unknown;
        const double x = format::roundToTenth(*a.llmExposurePercent);
        const double y = format::roundToTenth(*b.llmExposurePercent);
        return x == y ? Verdict::Equal : (x > y ? Verdict::ABetter : Verdict::BBetter);
    }();
    add(Field::LlmExposure, label(QT_TRANSLATE_NOOP("GlanceRows", "LLM exposure")), Field::LlmExposure,
        show(a.llmExposurePercent, format::percent), show(b.llmExposurePercent, format::percent), exposure,
        false, label(QT_TRANSLATE_NOOP("GlanceRows", "more exposed")));
    add(Field::LearningMonths, label(QT_TRANSLATE_NOOP("GlanceRows", "Learning curve")),
        Field::LearningMonths, show(a.learningMonths, format::months), show(b.learningMonths, format::months),
        compareLearning(a, b));
    add(Field::Difficulty, label(QT_TRANSLATE_NOOP("GlanceRows", "Difficulty")), Field::Difficulty,
        show(a.difficulty, difficultyName), show(b.difficulty, difficultyName), compareDifficulty(a, b));
    add(Field::EntryBarrier, label(QT_TRANSLATE_NOOP("GlanceRows", "Entry barrier")), Field::EntryBarrier,
        show(a.entryBarrier, entryBarrierName), show(b.entryBarrier, entryBarrierName),
        compareEntryBarrier(a, b));
    add(Field::RemoteFriendly, label(QT_TRANSLATE_NOOP("GlanceRows", "Remote friendly")),
        Field::RemoteFriendly, show(a.remoteFriendly, remoteFriendlyName),
        show(b.remoteFriendly, remoteFriendlyName), compareRemote(a, b));
    auto yesNo = [&label](bool v) {
        return v ? label(QT_TRANSLATE_NOOP("GlanceRows", "Yes"))
                 : label(QT_TRANSLATE_NOOP("GlanceRows", "No"));
    };
    const Verdict coding = (a.requiresCoding && b.requiresCoding)
        ? (*a.requiresCoding == *b.requiresCoding ? Verdict::Equal
                                                  : (*a.requiresCoding ? Verdict::ABetter : Verdict::BBetter))
        : Verdict::Unknown;
    add(Field::RequiresCoding, label(QT_TRANSLATE_NOOP("GlanceRows", "Requires coding")),
        Field::RequiresCoding, show(a.requiresCoding, yesNo), show(b.requiresCoding, yesNo), coding, false,
        label(QT_TRANSLATE_NOOP("GlanceRows", "codes")));
    return rows;
}

} // namespace cc
