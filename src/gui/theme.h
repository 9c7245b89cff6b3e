// SPDX-License-Identifier: MIT
#pragma once

#include "comparisoncharts.h"

#include <QPalette>
#include <QString>

#include <optional>

namespace cc
{

// The look the user picked: follow the desktop, or always light, or always dark.
enum class ThemeChoice { Desktop, Light, Dark };
QString themeChoiceName(ThemeChoice choice); // "system", "light", "dark" (as the settings store it)
std::optional<ThemeChoice> themeChoiceFromName(const QString &name);

// The window's palettes and the chart colours that go with them.
class Theme
{
public:
    // `desktop` is the palette the desktop gave the application, used for ThemeChoice::Desktop.
    explicit Theme(const QPalette &desktop, ThemeChoice choice = ThemeChoice::Desktop);

    ThemeChoice choice() const { return m_choice; }
    void setChoice(ThemeChoice choice) { m_choice = choice; }

    QPalette palette() const; // for the choice
    bool isDark() const;
    ChartTheme charts() const; // light or dark, to match palette()
    ChartTheme presentationCharts() const { return ChartTheme::presentation(isDark()); }

    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    QPalette m_desktop;
    ThemeChoice m_choice;
};

} // namespace cc
