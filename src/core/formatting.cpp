// SPDX-License-Identifier: MIT
#include "formatting.h"

#include <QLocale>

#include <cmath>

namespace cc::format
{

QString money(int amount)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return QLatin1Char('$') + english.toString(amount);
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

double roundToTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString oneDecimal(double value)
{
    const double r = roundToTenth(value);
    if (r == std::floor(r))
        return QString::number(qint64(r));
    return QString::number(r, 'f', 1);
}

QString percent(double value)
{
    return oneDecimal(value) + QLatin1Char('%');
}

// Always one decimal (PRODUCT.md: "0–10, one decimal"): "4.0/10", not "4/10".
QString score(double value)
{
    return QString::number(roundToTenth(value), 'f', 1) + QStringLiteral("/10");
}

QString months(int value)
{
    return value == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(value);
}

} // namespace cc::format
