// SPDX-License-Identifier: MIT
#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <optional>

namespace cc
{

// Numbers typed as the user reads them (issue #13 item 10): in the user's locale and as the window
// shows them. "86.070", "86,070", "86 070" and "86070" are all 86,070 in a whole-number box (group
// separators of any locale; a whole number has no decimals to confuse them with), and "6,5" and "6.5"
// are both 6.5 in a box with decimals (the last '.' or ',' is the decimal point, any others group).
// The boxes show their value in their locale (the user's).
namespace numberinput
{
// The whole number in `text` (prefix and suffix already removed); nullopt when it is not one.
std::optional<qint64> parseWhole(const QString &text);
// The number with decimals in `text`; nullopt when it is not one.
std::optional<double> parseDecimal(const QString &text);
} // namespace numberinput

class WholeNumberBox : public QSpinBox
{
    Q_OBJECT
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    int valueFromText(const QString &text) const override;

private:
    QString stripped(const QString &text) const;
};

class DecimalNumberBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;

private:
    QString stripped(const QString &text) const;
};

} // namespace cc
