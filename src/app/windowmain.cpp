// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "cataloguedatabase.h"
#include "commandline.h"
#include "comparisonsession.h"
#include "fontcheck.h"
#include "mainwindow.h"
#include "roledirectory.h"
#include "safefile.h"
#include "translations.h"
#include "userfolders.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <future>
#include <optional>

namespace cc
{

namespace
{

QString windowTitle()
{
    return QObject::tr("Career Compare");
}

// Qt's font database fills on a second thread, started first, while the catalogue and the user store
// open and the first pair's roles are read: none of that uses a font. Whatever shows text (a message
// box, the window) waits for it first (see missingFontsProblemInBackground()).
class StartupFonts
{
public:
    StartupFonts()
        : m_check(missingFontsProblemInBackground())
    {
    }
    // Waits for the fonts; why text cannot be drawn (empty when it can), on every call.
    QString ready()
    {
        if (m_check.valid())
            m_problem = m_check.get();
        return m_problem;
    }

private:
    std::future<QString> m_check;
    QString m_problem;
};

// Says `message` on stderr and in a box.
void warn(StartupFonts &fonts, const QString &message)
{
    fonts.ready();
    QTextStream(stderr) << "careercompare: " << safefile::printable(message) << '\n';
    QMessageBox::warning(nullptr, windowTitle(), message);
}

// Without a readable font the window shows empty boxes: the user is told why, on stderr and in a box
// (its own text may not show either, but its title bar and the terminal do).
void warnWithoutFonts(StartupFonts &fonts)
{
    const QString problem = fonts.ready();
    if (problem.isEmpty())
        return;
    warn(fonts, problem);
}

// The user's own data; the window works without it (custom roles and saved comparisons off). With
// HOME unusable no folder is made: the user is told, settings last this session only.
UserStore::OpenResult openUserStore(
    StartupFonts &fonts, const Invocation &invocation, const QString &settingsProblem)
{
    const QString sessionOnly = settingsProblem.isEmpty()
        ? QString()
        : QObject::tr("Your settings (last comparison, theme, window size) are kept only until you close the "
                      "window, because %1. Set HOME to your home folder to keep them.")
              .arg(settingsProblem);
    if (const QString problem = invocation.userStoreProblem(); !problem.isEmpty()) {
        warn(fonts, sessionOnly.isEmpty() ? problem : problem + QLatin1Char(' ') + sessionOnly);
        return {};
    }
    if (!sessionOnly.isEmpty())
        warn(fonts, sessionOnly);
    auto store = UserStore::open(invocation.userStorePath());
    if (!store.setAsidePath.isEmpty() || !store.store)
        fonts.ready();
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
QStringList codesNamed(StartupFonts &fonts, const QStringList &names, const RoleDirectory &directory)
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
        fonts.ready();
        QMessageBox::warning(nullptr, windowTitle(), message);
        return {};
    }
    return codes;
}

// The pair to show first: the named pair, else the last comparison, else the seed pair.
QPair<QString, QString> firstPair(const QStringList &codes)
{
    if (codes.size() == 2)
        return { codes[0], codes[1] };
    const auto last = AppSettings().lastComparison();
    if (!last.first.isEmpty() && !last.second.isEmpty())
        return last;
    return { SeedCode::MultimodalEngineer, SeedCode::OnDeviceEngineer };
}

// The named pair, else the last comparison, else the seed pair.
void showFirstComparison(MainWindow &window, const QPair<QString, QString> &first)
{
    if (window.compare(first.first, first.second))
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
    StartupFonts fonts;

    auto opened = CatalogueDatabase::open(invocation.cataloguePath());
    if (!opened.catalogue) {
        fonts.ready();
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
    const UserStore::OpenResult store = openUserStore(fonts, invocation, settingsProblem);
    const RoleDirectory directory(*opened.catalogue, store.store.get());
    const auto first = firstPair(codesNamed(fonts, invocation.roles(), directory));
    QVector<Role> firstRoles;
    for (const QString &code : { first.first, first.second }) {
        if (auto role = directory.role(code))
            firstRoles << *role;
    }
    warnWithoutFonts(fonts);

    MainWindow window(*opened.catalogue, store.store.get());
    for (const Role &role : firstRoles)
        window.session()->keep(role);
    showFirstComparison(window, first);
    window.show();
    return QApplication::exec();
}

} // namespace cc

// The entry point careercompare calls (main.cpp) when it opens the window; the only symbol this
// library exports.
extern "C" Q_DECL_EXPORT int careercompare_window_main(int argc, char **argv)
{
    QApplication app(argc, argv);
    cc::describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.careercompare.CareerCompare"));
    return cc::runWindow(QCoreApplication::arguments());
}
