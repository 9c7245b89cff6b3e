// SPDX-License-Identifier: MIT
#include "numberinput.h"

#include <QRegularExpression>

namespace cc
{

namespace
{

// Spaces of any kind and apostrophes group digits in some locales ("86 070", "86'070").
QString withoutSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text.trimmed()) {
        if (!c.isSpace() && c != QChar(0x2019) && c != QLatin1Char('\'') && c != QChar(0x202F))
            out += c;
    }
    // A Unicode minus as the window might show it.
    out.replace(QChar(0x2212), QLatin1Char('-'));
    return out;
}

// The text between a box's prefix and suffix, as it was typed.
QString between(const QString &text, const QString &prefix, const QString &suffix)
{
    QString t = text.trimmed();
    if (!prefix.isEmpty() && t.startsWith(prefix.trimmed()))
        t.remove(0, prefix.trimmed().size());
    if (!suffix.isEmpty() && t.endsWith(suffix.trimmed()))
        t.chop(suffix.trimmed().size());
    return t;
}

// Whether `text` could still become a number: only a sign, digits and separators.
bool couldBecomeANumber(const QString &text)
{
    static const QRegularExpression partial(QStringLiteral("^[+-]?[0-9.,]*$"));
    return partial.match(withoutSpaces(text)).hasMatch();
}

} // namespace

namespace numberinput
{

std::optional<qint64> parseWhole(const QString &text)
{
    const QString t = withoutSpaces(text);
    // Digits, or digits in groups of three after the first (with '.' or ','): "86.070", "1,234,567".
    static const QRegularExpression plain(QStringLiteral("^[+-]?[0-9]{1,15}$"));
    static const QRegularExpression grouped(QStringLiteral("^[+-]?[0-9]{1,3}([.,][0-9]{3})+$"));
    if (!plain.match(t).hasMatch() && !grouped.match(t).hasMatch())
        return std::nullopt;
    QString digits = t;
    digits.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> parseDecimal(const QString &text)
{
    QString t = withoutSpaces(text);
    static const QRegularExpression shape(QStringLiteral("^[+-]?[0-9.,]*[0-9][0-9.,]*$"));
    if (!shape.match(t).hasMatch())
        return std::nullopt;
    const int point = std::max(t.lastIndexOf(QLatin1Char('.')), t.lastIndexOf(QLatin1Char(',')));
    QString whole = point < 0 ? t : t.left(point);
    const QString fraction = point < 0 ? QString() : t.mid(point + 1);
    if (fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(',')))
        return std::nullopt;
    // Separators before the decimal point group thousands: "1.234,5", "1,234.5".
    if (whole.contains(QLatin1Char('.')) || whole.contains(QLatin1Char(','))) {
        const auto grouped = parseWhole(whole);
        if (!grouped)
            return std::nullopt;
        whole = QString::number(*grouped);
    }
    bool ok = false;
    const double value = QString(whole + QLatin1Char('.') + fraction).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace numberinput

QString WholeNumberBox::stripped(const QString &text) const
{
    return between(text, prefix(), suffix());
}

QValidator::State WholeNumberBox::validate(QString &input, int &) const
{
    const QString t = stripped(input);
    if (const auto v = numberinput::parseWhole(t))
        return *v >= minimum() && *v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    return couldBecomeANumber(t) ? QValidator::Intermediate : QValidator::Invalid;
}

int WholeNumberBox::valueFromText(const QString &text) const
{
    const auto v = numberinput::parseWhole(stripped(text));
    return v ? int(qBound(qint64(minimum()), *v, qint64(maximum()))) : value();
}

QString DecimalNumberBox::stripped(const QString &text) const
{
    return between(text, prefix(), suffix());
}

QValidator::State DecimalNumberBox::validate(QString &input, int &) const
{
    const QString t = stripped(input);
    if (const auto v = numberinput::parseDecimal(t))
        return *v >= minimum() && *v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    return couldBecomeANumber(t) ? QValidator::Intermediate : QValidator::Invalid;
}

double DecimalNumberBox::valueFromText(const QString &text) const
{
    const auto v = numberinput::parseDecimal(stripped(text));
    return v ? qBound(minimum(), *v, maximum()) : value();
}

} // namespace cc
