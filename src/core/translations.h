// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStringList>

#include <optional>

namespace cc
{

// The language of the interface and of everything generated (sentences, level names, charts, the
// report, the command line's text and JSON). Every such string goes through Qt's translation system,
// so that with no translator installed the output is English, byte for byte as it always was.

// Installs the translation for `locale` (and Qt's own, where installed) on the application, in place
// of any installed before. English removes them. Looks in <prefix>/share/careercompare/translations
// beside bin/, then the build tree. Returns whether the application's own translation was found.
// Sets textLocale(): the chosen locale when its translation was found, else English.
bool installTranslations(const QLocale &locale);

// The locale numbers and money are written in: US English (as the English text always was) unless a
// translation is installed, then the locale it was installed for ("86.070 US$" in Spanish).
QLocale textLocale();
// True when generated text is English (no translation installed).
bool textIsEnglish();

// The languages the program speaks, by code: "en", "es".
QStringList languageCodes();
// "es" -> Spanish, "en" -> English (case-insensitive); nullopt for any other value.
std::optional<QLocale> languageNamed(const QString &code);
// The environment's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG through QLocale::system()) when the
// program speaks it, else English. A Spanish system locale is kept whole, so its numbers are its own.
QLocale systemLanguage();

} // namespace cc
