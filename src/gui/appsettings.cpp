// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "role.h"

#include <QSettings>

namespace cc
{

namespace
{
const QString &SeedA = SeedCode::MultimodalEngineer;
const QString &SeedB = SeedCode::OnDeviceEngineer;
} // namespace

QPair<QString, QString> AppSettings::lastComparison() const
{
    QSettings s;
    return { s.value(QStringLiteral("comparison/a"), SeedA).toString(),
        s.value(QStringLiteral("comparison/b"), SeedB).toString() };
}

void AppSettings::setLastComparison(const QString &codeA, const QString &codeB)
{
    QSettings s;
    s.setValue(QStringLiteral("comparison/a"), codeA);
    s.setValue(QStringLiteral("comparison/b"), codeB);
}

QList<QPair<QString, QString>> AppSettings::recentComparisons() const
{
    QList<QPair<QString, QString>> pairs;
    const QStringList stored = QSettings().value(QStringLiteral("comparison/recent")).toStringList();
    for (const QString &entry : stored) {
        const QStringList codes = entry.split(QLatin1Char('|'));
        if (codes.size() == 2 && !codes[0].isEmpty() && !codes[1].isEmpty())
            pairs.append({ codes[0], codes[1] });
    }
    return pairs;
}

void AppSettings::addRecentComparison(const QString &codeA, const QString &codeB)
{
    const QString entry = codeA + QLatin1Char('|') + codeB;
    QStringList stored = QSettings().value(QStringLiteral("comparison/recent")).toStringList();
    stored.removeAll(entry);
    stored.prepend(entry);
    while (stored.size() > MaxRecent)
        stored.removeLast();
    QSettings().setValue(QStringLiteral("comparison/recent"), stored);
}

QString AppSettings::theme() const
{
    const QString t = QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    return (t == QLatin1String("light") || t == QLatin1String("dark")) ? t : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    QSettings().setValue(QStringLiteral("view/theme"), theme);
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}
QByteArray AppSettings::windowState() const
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), geometry);
    s.setValue(QStringLiteral("window/state"), state);
}

} // namespace cc
