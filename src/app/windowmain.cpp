// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "cataloguedatabase.h"
#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QFontDatabase>
#include <QMessageBox>

namespace cc
{

namespace
{

QString windowTitle()
{
    return QObject::tr("Career Compare");
}

// The user's own data; the window works without it (custom roles and saved comparisons off).
UserStore::OpenResult openUserStore(const Invocation &invocation)
{
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
    if (QFontDatabase::families().isEmpty())
        qWarning("careercompare: no fonts are installed, so text will not show (install fonts-dejavu-core)");

    auto opened = CatalogueDatabase::open(invocation.cataloguePath());
    if (!opened.catalogue) {
        QMessageBox::critical(nullptr, windowTitle(), opened.message);
        return ExitBadCatalogue;
    }
    const UserStore::OpenResult store = openUserStore(invocation);
    MainWindow window(*opened.catalogue, store.store.get());
    showFirstComparison(
        window, codesNamed(invocation.roles(), RoleDirectory(*opened.catalogue, store.store.get())));
    window.show();
    return QApplication::exec();
}

} // namespace cc
