// SPDX-License-Identifier: MIT
// The PDF's page streams compressed at zlib's level 3 instead of its default, 6.
//
// Qt's PDF engine (6.4) compresses every page's content stream and every embedded font with
// deflateInit(&stream, Z_DEFAULT_COMPRESSION) and offers no setting. A report's pages are mostly one
// text operator per glyph (about 565 KB before compression for a seven-page comparison), and level 6
// spent 39 M instructions on them on the main thread: a sixth of a `--pdf` run. Level 3 is zlib's
// fastest kind of search with a longer chain: 21 M fewer instructions, about 5 ms less a PDF, and a
// file 16% larger (66.6 KB → 77.2 KB for Software Developers vs Registered Nurses). Level 1 is no
// faster and 28% larger. docs/PERFORMANCE.md has the figures.
//
// This program's own deflateInit_ comes first in the dynamic linker's search (the executable is looked
// in before every library it loads, the window's included), so QtGui's call lands here. So does every
// other deflateInit_ at the default level in the process (zlib's own compress(), QtCore's qCompress()
// without a level): this program uses them for nothing else. A call that asks for a level of its own
// keeps it, and deflateInit2_ (libpng's, for PNG files) is not touched. Only the careercompare
// executable defines it; the libraries and the tests compress as Qt does. It needs the shared zlib
// that Qt uses (src/app/CMakeLists.txt checks).
#include <zlib.h>

extern "C" __attribute__((visibility("default"))) int deflateInit_(
    z_streamp stream, int level, const char *version, int streamSize)
{
    constexpr int PdfStreamLevel = 3;
    constexpr int WindowBits = 15; // zlib's own defaults for deflateInit
    constexpr int MemoryLevel = 8;
    return deflateInit2_(stream, level == Z_DEFAULT_COMPRESSION ? PdfStreamLevel : level, Z_DEFLATED,
        WindowBits, MemoryLevel, Z_DEFAULT_STRATEGY, version, streamSize);
}
