// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "translations.h"

#include "role.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace cc
{

namespace
{
const QString &SeedA = SeedCode::MultimodalEngineer;
const QString &SeedB = SeedCode::OnDeviceEngineer;

// The pair on screen is remembered at each role switch. Each QSettings written and destroyed wrote
// the whole file there and then (a temporary file, fdatasync twice, a rename): twice a switch, and on a
// busy disk a switch waited for it. These are kept in one QSettings that writes its file a moment
// after the last switch (and when the application ends); every other QSettings of the process reads
// the values at once (they share the file's unwritten changes).
class DeferredSettings : public QObject
{
public:
    explicit DeferredSettings(QObject *parent)
        : QObject(parent)
        , m_settings(new QSettings(this))
    {
        m_settings->installEventFilter(this);
        m_timer.setSingleShot(true);
        m_timer.setInterval(1500);
        connect(&m_timer, &QTimer::timeout, m_settings, &QSettings::sync);
    }
    ~DeferredSettings() override { m_settings->sync(); }
    // To change: written a moment later.
    QSettings &settings()
    {
        m_timer.start();
        return *m_settings;
    }
    // To read (a new QSettings would write the unwritten changes as it opened the file).
    const QSettings &reader() const { return *m_settings; }
    // QSettings writes its file on the event loop's next turn after a change: here, the timer does.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return watched == m_settings && event->type() == QEvent::UpdateRequest;
    }

private:
    QSettings *m_settings;
    QTimer m_timer;
};

QPointer<DeferredSettings> &deferredInstance()
{
    static QPointer<DeferredSettings> instance;
    return instance;
}

// Null without an application object (then each value is written at once).
DeferredSettings *deferred();

QStringList storedRecent()
{
    if (const DeferredSettings *later = deferred())
        return later->reader().value(SettingsKey::RecentComparisons).toStringList();
    return QSettings().value(SettingsKey::RecentComparisons).toStringList();
}

DeferredSettings *deferred()
{
    QPointer<DeferredSettings> &instance = deferredInstance();
    if (!instance && QCoreApplication::instance())
        instance = new DeferredSettings(QCoreApplication::instance());
    return instance;
}
} // namespace

QPair<QString, QString> AppSettings::lastComparison() const
{
    auto read = [](const QSettings &s) -> QPair<QString, QString> {
        return { s.value(SettingsKey::ComparisonA, SeedA).toString(),
            s.value(SettingsKey::ComparisonB, SeedB).toString() };
    };
    if (const DeferredSettings *later = deferred())
        return read(later->reader());
    return read(QSettings());
}

void AppSettings::setLastComparison(const QString &codeA, const QString &codeB)
{
    if (DeferredSettings *later = deferred()) {
        later->settings().setValue(SettingsKey::ComparisonA, codeA);
        later->settings().setValue(SettingsKey::ComparisonB, codeB);
        return;
    }
    QSettings s;
    s.setValue(SettingsKey::ComparisonA, codeA);
    s.setValue(SettingsKey::ComparisonB, codeB);
}

QList<QPair<QString, QString>> AppSettings::recentComparisons() const
{
    QList<QPair<QString, QString>> pairs;
    const QStringList stored = storedRecent();
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
    QStringList stored = storedRecent();
    stored.removeAll(entry);
    stored.prepend(entry);
    while (stored.size() > MaxRecent)
        stored.removeLast();
    if (DeferredSettings *later = deferred())
        later->settings().setValue(SettingsKey::RecentComparisons, stored);
    else
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
    delete deferredInstance().data(); // written where it was, before the path changes
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

} // namespace cc
