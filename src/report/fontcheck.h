// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace cc
{

// Why text cannot be drawn on this machine: no font that fontconfig (or the platform) can read has
// a glyph for 'A'. QFontDatabase::families() is no test: with no fonts fontconfig still lists its
// aliases ("Sans Serif", "Serif", "Monospace"). Empty when text can be drawn. Needs a QGuiApplication.
QString missingFontsProblem();

} // namespace cc
