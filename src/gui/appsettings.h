// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QPair>
#include <QStringList>

namespace cc
{

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

    // "system" (follow the desktop), "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
};

} // namespace cc
