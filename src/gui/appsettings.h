// SPDX-License-Identifier: MIT
#pragma once

#include "theme.h"

#include <QByteArray>
#include <QPair>
#include <QStringList>

namespace cc
{

// Every key the application stores in QSettings.
namespace SettingsKey
{
inline const QString ComparisonA = QStringLiteral("comparison/a");
inline const QString ComparisonB = QStringLiteral("comparison/b");
inline const QString RecentComparisons = QStringLiteral("comparison/recent");
inline const QString Theme = QStringLiteral("view/theme");
inline const QString Language = QStringLiteral("view/language");
inline const QString WindowGeometry = QStringLiteral("window/geometry");
inline const QString WindowState = QStringLiteral("window/state");
} // namespace SettingsKey

// Every persisted preference and its default, in one place (QSettings underneath).
class AppSettings
{
public:
    static constexpr int MaxRecent = 10;

    // The last comparison shown; the seed page's pair on first start.
    QPair<QString, QString> lastComparison() const;
    void setLastComparison(const QString &codeA, const QString &codeB);

    // Recently compared pairs, newest first, as "codeA|codeB".
    QList<QPair<QString, QString>> recentComparisons() const;
    void addRecentComparison(const QString &codeA, const QString &codeB);

    // Follow the desktop (the default), light or dark.
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    // The language of the window and everything it generates: "" follows the system, else "en" or "es".
    QString language() const;
    void setLanguage(const QString &code);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    // Settings live in $XDG_CONFIG_HOME or $HOME/.config. When that folder must not be made (HOME
    // empty, "/" or missing: userfolders::problem(ConfigLocation)) the window keeps them in
    // `sessionFolder` instead, a temporary folder for this run; with none, nowhere.
    static void keepOnlyIn(const QString &sessionFolder);
};

} // namespace cc
