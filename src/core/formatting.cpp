// SPDX-License-Identifier: MIT
#include "formatting.h"

#include "translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cc::format
{

namespace
{
// Decimals in the reader's locale, never grouped ("1500", "9.2"; "9,2" in Spanish).
QLocale decimalLocale()
{
    QLocale locale = textLocale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}
bool isBreak(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('.');
}

// The index of the bracket closing the one at `open`, or -1.
qsizetype closing(const QString &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        depth += text.at(i) == QLatin1Char('(') ? 1 : text.at(i) == QLatin1Char(')') ? -1 : 0;
        if (depth == 0)
            return i;
    }
    return -1;
}

// Appends `part` (already without brackets) set off by commas, as the text around it allows.
void appendAside(QString &out, const QString &part, const QString &rest)
{
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    const QString inner = part.trimmed();
    const bool hasWords
        = std::any_of(inner.begin(), inner.end(), [](QChar c) { return c.isLetterOrNumber(); });
    const QString next = rest.trimmed();
    if (!hasWords) { // "(—)": nothing to say
        if (!out.isEmpty() && !next.isEmpty() && !isBreak(next.at(0)))
            out += QLatin1Char(' ');
        return;
    }
    if (!out.isEmpty())
        out += isBreak(out.back()) ? QStringLiteral(" ") : QStringLiteral(", ");
    out += inner;
    if (!next.isEmpty() && !isBreak(next.at(0)) && next.at(0) != QLatin1Char(')'))
        out += QLatin1Char(',');
    if (!next.isEmpty() && !isBreak(next.at(0)))
        out += QLatin1Char(' ');
}

} // namespace

QString aside(const QString &text)
{
    if (!text.contains(QLatin1Char('(')) && !text.contains(QLatin1Char(')')))
        return text;
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(')'))
            continue; // unmatched
        if (c != QLatin1Char('(')) {
            out += c;
            continue;
        }
        const qsizetype end = closing(text, i);
        const qsizetype stop = end < 0 ? text.size() : end;
        const QString rest = text.mid(stop + 1);
        appendAside(out, aside(text.mid(i + 1, stop - i - 1)), rest);
        i = stop;
        while (i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' '))
            ++i; // appendAside wrote the space the rest needs
    }
    return out;
}

QString money(int amount)
{
    return QCoreApplication::translate("Format", "$%1").arg(textLocale().toString(amount));
}

QString wage(const Wage &w)
{
    if (!w.amount)
        return QString();
    return money(*w.amount) + (w.topCoded ? QStringLiteral("+") : QString());
}

QString salaryRange(const SalaryRange &salary)
{
    if (!salary.low.isKnown() || !salary.high.isKnown())
        return QString();
    return wage(salary.low) + QChar(0x2013) + wage(salary.high);
}

// A percentage made from a source's fraction carries the binary error of the product: Frey & Osborne's
// 0.0055 times 100 is 0.54999999999999993, which rounded plainly shows 0.5% where the source's decimal
// rounds to 0.6%. The tenths are first taken to six decimals (far below any source's precision, far
// above that error), then rounded half away from zero.
double roundToTenth(double value)
{
    double tenths = value * 10.0;
    if (std::isfinite(tenths) && std::abs(tenths) < 1e9)
        tenths = std::round(tenths * 1e6) / 1e6;
    return std::round(tenths) / 10.0;
}

QString oneDecimal(double value)
{
    const double r = roundToTenth(value);
    if (r == std::floor(r))
        return decimalLocale().toString(qint64(r));
    return decimalLocale().toString(r, 'f', 1);
}

QString percent(double value)
{
    return QCoreApplication::translate("Format", "%1%").arg(oneDecimal(value));
}

QString fixedPercent(double value)
{
    return QCoreApplication::translate("Format", "%1%").arg(decimalLocale().toString(value, 'f', 1));
}

// Always one decimal (PRODUCT.md: "0–10, one decimal"): "4.0/10", not "4/10".
QString score(double value)
{
    return QCoreApplication::translate("Format", "%1/10")
        .arg(decimalLocale().toString(roundToTenth(value), 'f', 1));
}

QString months(int value)
{
    return value == 1
        ? QCoreApplication::translate("Format", "1 month")
        : QCoreApplication::translate("Format", "%1 months").arg(decimalLocale().toString(value));
}

} // namespace cc::format
