// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"
#include "cataloguelocation.h"
#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QMessageBox>

namespace cc
{

int runWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.parse(arguments); // modeFor() already checked the arguments
    installTranslations(QLocale::system());
    if (QFontDatabase::families().isEmpty())
        qWarning("careercompare: no fonts are installed, so text will not show (install fonts-dejavu-core)");

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultCataloguePath();
    auto opened = CatalogueDatabase::open(path);
    if (!opened.catalogue) {
        QMessageBox::critical(nullptr, QObject::tr("Career Compare"), opened.message);
        return ExitBadCatalogue;
    }
    // The user's own data; the window works without it (custom roles and saved comparisons off).
    auto store = UserStore::open(qEnvironmentVariableIsSet("CAREERCOMPARE_USER_STORE")
            ? qEnvironmentVariable("CAREERCOMPARE_USER_STORE")
            : UserStore::defaultPath());
    if (!store.setAsidePath.isEmpty())
        QMessageBox::warning(nullptr, QObject::tr("Career Compare"),
            QObject::tr("Your saved data could not be read, so it was set aside as %1 and a new, empty store "
                        "was started. Nothing was deleted.")
                .arg(store.setAsidePath));
    else if (!store.store)
        QMessageBox::warning(nullptr, QObject::tr("Career Compare"), store.error);
    MainWindow window(*opened.catalogue, store.store.get());

    // `careercompare A B` opens on that comparison; otherwise the last one (the seed pair at first).
    QStringList codes;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 2) {
        for (const QString &name : positional) {
            const QStringList found = RoleDirectory(*opened.catalogue, store.store.get()).findCodes(name);
            if (found.size() != 1) {
                QMessageBox::warning(nullptr, QObject::tr("Career Compare"),
                    found.isEmpty()
                        ? QObject::tr("No role is called \u201c%1\u201d.").arg(name.left(200))
                        : QObject::tr("\u201c%1\u201d names several roles; pick one in the window.")
                              .arg(name.left(200)));
                codes.clear();
                break;
            }
            codes << found.first();
        }
    }
    const auto last = AppSettings().lastComparison();
    if (codes.size() != 2 || !window.compare(codes[0], codes[1])) {
        if (!window.compare(last.first, last.second))
            window.compare(cc::SeedCode::MultimodalEngineer, cc::SeedCode::OnDeviceEngineer);
    }
    window.show();
    return QApplication::exec();
}

} // namespace cc
