// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

namespace cc
{

// Installs the interface translation for `locale` (and Qt's own, where installed) on the application.
// Looks in <prefix>/share/careercompare/translations beside bin/, then the build tree. Returns whether
// the application's own translation was found. English needs none.
bool installTranslations(const QLocale &locale);

} // namespace cc
