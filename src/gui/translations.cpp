// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace cc
{

bool installTranslations(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    const QStringList folders { QDir(QCoreApplication::applicationDirPath())
                                    .filePath(QStringLiteral("../share/careercompare/translations")),
        QStringLiteral(CC_BUILD_TRANSLATIONS_DIR) };
    auto *own = new QTranslator(QCoreApplication::instance());
    for (const QString &folder : folders) {
        if (own->load(locale, QStringLiteral("careercompare"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(own);
            return true;
        }
    }
    delete own;
    return false;
}

} // namespace cc
