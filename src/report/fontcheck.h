// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <future>

namespace cc
{

// Why text cannot be drawn on this machine: no font that fontconfig (or the platform) can read has
// a glyph for 'A'. QFontDatabase::families() is no test: with no fonts fontconfig still lists its
// aliases ("Sans Serif", "Serif", "Monospace"). Empty when text can be drawn. Needs a QGuiApplication.
QString missingFontsProblem();

// missingFontsProblem() on another thread, started now. Its first call fills Qt's font database
// (fontconfig reads its configuration and caches: about a twentieth of a PDF's instructions), which
// can overlap work that uses no font, such as loading the roles. Wait for the result before this
// thread uses any font, text layout or painting, so that the two never fill the database at once.
// (QFontDatabase is documented thread-safe in Qt 6 and text works outside the GUI thread since
// Qt 5; the worker's own font engine cache goes with its thread.) Needs a QGuiApplication, which must
// outlive the result.
// With `reportFonts`, that thread then also makes the report's font (reportfont::family()), for a
// PDF about to be written.
std::future<QString> missingFontsProblemInBackground(bool reportFonts = false);

} // namespace cc
