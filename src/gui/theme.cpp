// SPDX-License-Identifier: MIT
#include "theme.h"

namespace cc
{

QString themeChoiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Desktop:
        return QStringLiteral("system");
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    }
    return QString();
}

std::optional<ThemeChoice> themeChoiceFromName(const QString &name)
{
    for (ThemeChoice choice : { ThemeChoice::Desktop, ThemeChoice::Light, ThemeChoice::Dark }) {
        if (themeChoiceName(choice) == name)
            return choice;
    }
    return std::nullopt;
}

Theme::Theme(const QPalette &desktop, ThemeChoice choice)
    : m_desktop(desktop)
    , m_choice(choice)
{
}

QPalette Theme::palette() const
{
    switch (m_choice) {
    case ThemeChoice::Desktop:
        break;
    case ThemeChoice::Light:
        return lightPalette();
    case ThemeChoice::Dark:
        return darkPalette();
    }
    return m_desktop;
}

bool Theme::isDark() const
{
    return charts().background.lightness() < 128;
}

ChartTheme Theme::charts() const
{
    return ChartTheme::forPalette(palette());
}

QPalette Theme::lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

QPalette Theme::darkPalette()
{
    const QColor text(0xe6, 0xe6, 0xe6);
    QPalette palette(QColor(0x2b, 0x2b, 0x2b), QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ToolTipText, text);
    return palette;
}

} // namespace cc
