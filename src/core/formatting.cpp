// SPDX-License-Identifier: MIT
#include "formatting.h"

#include "translations.h"

#include <QCoreApplication>
#include <QLocale>

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
} // namespace

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

double roundToTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
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
