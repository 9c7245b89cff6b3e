// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace cc
{

namespace
{

struct Installed {
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> own;
    QLocale locale { QLocale::English, QLocale::UnitedStates };
    bool english = true;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    Installed &state = installed();
    for (auto *t : { &state.qt, &state.own }) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    state.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    state.english = true;
}

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    removeInstalled();
    if (isEnglish(locale))
        return false;
    Installed &state = installed();
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }

    const QStringList folders { QDir(QCoreApplication::applicationDirPath())
                                    .filePath(QStringLiteral("../share/careercompare/translations")),
        QStringLiteral(CC_BUILD_TRANSLATIONS_DIR) };
    auto own = std::make_unique<QTranslator>();
    for (const QString &folder : folders) {
        if (own->load(locale, QStringLiteral("careercompare"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(own.get());
            state.own = std::move(own);
            state.locale = locale;
            state.english = false;
            return true;
        }
    }
    return false;
}

QLocale textLocale()
{
    return installed().locale;
}

bool textIsEnglish()
{
    return installed().english;
}

QStringList languageCodes()
{
    return { QStringLiteral("en"), QStringLiteral("es") };
}

std::optional<QLocale> languageNamed(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (c == QLatin1String("es"))
        return QLocale(QLocale::Spanish);
    return std::nullopt;
}

QLocale systemLanguage()
{
    const QLocale system = QLocale::system();
    for (const QString &name : system.uiLanguages()) {
        const QLocale ui(name);
        // Made from its language and territory, not taken from the system: a locale Qt builds from
        // the system's own UI language answers month and day names from the system's LC_TIME (under
        // LANG=C.UTF-8 LANGUAGE=es, "May" and "Friday" in Spanish text).
        if (ui.language() == QLocale::Spanish)
            return system.language() == QLocale::Spanish ? QLocale(system.language(), system.territory())
                                                         : QLocale(ui.language(), ui.territory());
        if (ui.language() == QLocale::English)
            break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace cc
