// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "translations.h"

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
    return { s.value(SettingsKey::ComparisonA, SeedA).toString(),
        s.value(SettingsKey::ComparisonB, SeedB).toString() };
}

void AppSettings::setLastComparison(const QString &codeA, const QString &codeB)
{
    QSettings s;
    s.setValue(SettingsKey::ComparisonA, codeA);
    s.setValue(SettingsKey::ComparisonB, codeB);
}

QList<QPair<QString, QString>> AppSettings::recentComparisons() const
{
    QList<QPair<QString, QString>> pairs;
    const QStringList stored = QSettings().value(SettingsKey::RecentComparisons).toStringList();
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
    QStringList stored = QSettings().value(SettingsKey::RecentComparisons).toStringList();
    stored.removeAll(entry);
    stored.prepend(entry);
    while (stored.size() > MaxRecent)
        stored.removeLast();
    QSettings().setValue(SettingsKey::RecentComparisons, stored);
}

QString AppSettings::language() const
{
    const QString code = QSettings().value(SettingsKey::Language).toString();
    return languageNamed(code) ? code.toLower() : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(SettingsKey::Language, code);
}

ThemeChoice AppSettings::theme() const
{
    return themeChoiceFromName(QSettings().value(SettingsKey::Theme).toString())
        .value_or(ThemeChoice::Desktop);
}

void AppSettings::setTheme(ThemeChoice theme)
{
    QSettings().setValue(SettingsKey::Theme, themeChoiceName(theme));
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(SettingsKey::WindowGeometry).toByteArray();
}
QByteArray AppSettings::windowState() const
{
    return QSettings().value(SettingsKey::WindowState).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(SettingsKey::WindowGeometry, geometry);
    s.setValue(SettingsKey::WindowState, state);
}

void AppSettings::keepOnlyIn(const QString &sessionFolder)
{
    // Never the default under "/" or a made-up home, even when no session folder could be made: then
    // a path below a file, which no mkdir can create (QSettings only fails to save).
    const QString folder
        = sessionFolder.isEmpty() ? QStringLiteral("/dev/null/careercompare-settings") : sessionFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

} // namespace cc
