// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "cataloguedatabase.h"
#include "commandline.h"
#include "fontcheck.h"
#include "mainwindow.h"
#include "safefile.h"
#include "translations.h"
#include "userfolders.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

namespace cc
{

namespace
{

QString windowTitle()
{
    return QObject::tr("Career Compare");
}

// Says `message` on stderr and in a box.
void warn(const QString &message)
{
    QTextStream(stderr) << "careercompare: " << safefile::printable(message) << '\n';
    QMessageBox::warning(nullptr, windowTitle(), message);
}

// Without a readable font the window shows empty boxes: the user is told why, on stderr and in a box
// (its own text may not show either, but its title bar and the terminal do).
void warnWithoutFonts()
{
    const QString problem = missingFontsProblem();
    if (problem.isEmpty())
        return;
    warn(problem);
}

// The user's own data; the window works without it (custom roles and saved comparisons off). With
// HOME unusable no folder is made: the user is told, settings last this session only.
UserStore::OpenResult openUserStore(const Invocation &invocation, const QString &settingsProblem)
{
    const QString sessionOnly = settingsProblem.isEmpty()
        ? QString()
        : QObject::tr("Your settings (last comparison, theme, window size) are kept only until you close the "
                      "window, because %1. Set HOME to your home folder to keep them.")
              .arg(settingsProblem);
    if (const QString problem = invocation.userStoreProblem(); !problem.isEmpty()) {
        warn(sessionOnly.isEmpty() ? problem : problem + QLatin1Char(' ') + sessionOnly);
        return {};
    }
    if (!sessionOnly.isEmpty())
        warn(sessionOnly);
    auto store = UserStore::open(invocation.userStorePath());
    if (!store.setAsidePath.isEmpty())
        QMessageBox::warning(nullptr, windowTitle(),
            QObject::tr("Your saved data could not be read, so it was set aside as %1 and a new, empty store "
                        "was started. Nothing was deleted.")
                .arg(store.setAsidePath));
    else if (!store.store)
        QMessageBox::warning(nullptr, windowTitle(), store.error);
    return store;
}

// The codes of `careercompare A B`; empty, after a message, when a name is not exactly one role.
QStringList codesNamed(const QStringList &names, const RoleDirectory &directory)
{
    if (names.size() != 2)
        return {};
    QStringList codes;
    for (const QString &name : names) {
        const QStringList found = directory.findCodes(name);
        if (found.size() == 1) {
            codes << found.first();
            continue;
        }
        QString message;
        if (found.isEmpty() && catalogueLookupFailed(directory))
            message = QObject::tr("The catalogue cannot be read: %1").arg(directory.lastError());
        else if (found.isEmpty())
            message = QObject::tr("No role is called \u201c%1\u201d.").arg(name.left(200));
        else
            message = QObject::tr("\u201c%1\u201d names several roles; pick one in the window.")
                          .arg(name.left(200));
        QMessageBox::warning(nullptr, windowTitle(), message);
        return {};
    }
    return codes;
}

// The named pair, else the last comparison, else the seed pair.
void showFirstComparison(MainWindow &window, const QStringList &codes)
{
    if (codes.size() == 2 && window.compare(codes[0], codes[1]))
        return;
    const auto last = AppSettings().lastComparison();
    if (!window.compare(last.first, last.second))
        window.compare(SeedCode::MultimodalEngineer, SeedCode::OnDeviceEngineer);
}

} // namespace

int runWindow(const QStringList &arguments)
{
    const Invocation invocation(arguments); // modeFor() already checked the arguments
    // --lang, else View → Language, else the system's.
    const QString chosen = AppSettings().language();
    installTranslations(
        invocation.isSet(Option::Lang) || chosen.isEmpty() ? invocation.language() : *languageNamed(chosen));
    warnWithoutFonts();

    auto opened = CatalogueDatabase::open(invocation.cataloguePath());
    if (!opened.catalogue) {
        QMessageBox::critical(nullptr, windowTitle(), opened.message);
        return ExitBadCatalogue;
    }
    // With HOME unusable, settings for this run only, in a temporary folder.
    std::optional<QTemporaryDir> sessionSettings;
    const QString settingsProblem = userfolders::problem(QStandardPaths::ConfigLocation);
    if (!settingsProblem.isEmpty()) {
        sessionSettings.emplace();
        AppSettings::keepOnlyIn(sessionSettings->isValid() ? sessionSettings->path() : QString());
    }
    const UserStore::OpenResult store = openUserStore(invocation, settingsProblem);
    MainWindow window(*opened.catalogue, store.store.get());
    showFirstComparison(
        window, codesNamed(invocation.roles(), RoleDirectory(*opened.catalogue, store.store.get())));
    window.show();
    return QApplication::exec();
}

} // namespace cc
