// SPDX-License-Identifier: MIT
#include "glancerows.h"

#include "attributes.h"
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

QString GlanceValue::marked() const
{
    if (missing)
        return text;
    return text + (estimate ? QStringLiteral(" *") : QString())
        + (pageFigure ? QStringLiteral(" \u2020") : QString());
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
    v.note = p.text();
    return v;
}

// `nearly`: the two values differ as shown but are about the same (Attribute::closeness). `higherWord`:
// for a neutral row, what the higher value is; for a judged row without a winner, why ("neither better").
QString verdictText(Verdict v, bool judged, bool nearly, const QString &higherWord, const Labels &label)
{
    switch (v) {
    case Verdict::ABetter:
        return judged ? label(QT_TRANSLATE_NOOP("GlanceRows", "\u25C0 better"))
                      : label(QT_TRANSLATE_NOOP("GlanceRows", "\u25C0 %1")).arg(higherWord);
    case Verdict::BBetter:
        return judged ? label(QT_TRANSLATE_NOOP("GlanceRows", "better \u25B6"))
                      : label(QT_TRANSLATE_NOOP("GlanceRows", "%1 \u25B6")).arg(higherWord);
    case Verdict::Equal:
        return nearly ? label(QT_TRANSLATE_NOOP("GlanceRows", "about equal"))
                      : label(QT_TRANSLATE_NOOP("GlanceRows", "equal"));
    case Verdict::Unknown:
        if (judged && !higherWord.isEmpty())
            return higherWord; // compared, and neither is better ("neither better")
        break;
    }
    return label(QT_TRANSLATE_NOOP("GlanceRows", "cannot compare"));
}

} // namespace

QVector<GlanceRow> glanceRows(
    const Comparison &c, const QHash<QString, QString> &names, LabelLanguage language)
{
    const Labels label { language == LabelLanguage::Interface };
    QVector<GlanceRow> rows;
    for (const Attribute &at : attributes()) {
        auto shown = [&](const Role &r) {
            QString text = at.glanceValue(r);
            if (text.isEmpty())
                return text;
            if (at.input == InputKind::YesNo)
                text = label(qPrintable(text));
            return at.suffix ? text + label(at.suffix) : text;
        };
        GlanceRow row;
        row.key = at.key;
        row.attribute = label(at.label);
        row.a = value(c.a, at.field, shown(c.a), names, label);
        row.b = value(c.b, at.field, shown(c.b), names, label);
        row.a.pageFigure = !row.a.missing && c.a.isPageFigure(at.field);
        row.b.pageFigure = !row.b.missing && c.b.isPageFigure(at.field);
        const GlanceMark mark = at.glanceMark(c.a, c.b);
        row.verdict = mark.verdict;
        row.judged = mark.judged;
        const bool nearly = at.glanceValue(c.a) != at.glanceValue(c.b);
        row.verdictText
            = verdictText(row.verdict, row.judged, nearly, mark.word ? label(mark.word) : QString(), label);
        if (mark.why)
            row.verdictNote = label(mark.why);
        rows.append(row);
    }
    return rows;
}

} // namespace cc
