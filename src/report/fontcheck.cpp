// SPDX-License-Identifier: MIT
#include "fontcheck.h"

#include "reportfont.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>

#include <system_error>

namespace cc
{

namespace
{

bool fontsReadable()
{
    // The report's font, or what fontconfig substitutes for it. (QRawFont::fromFont crashes in
    // Qt 6.4 when no font exists, so only the metrics are asked.) Fonts do not come or go while the
    // program runs: asked once per process (C++ makes the first call's initialisation thread-safe), so
    // a PDF written after missingFontsProblemInBackground() asks nothing again.
    static const bool readable = [] {
        const QFont font(QStringLiteral("DejaVu Sans"));
        return QFontMetrics(font).inFont(QLatin1Char('A')) && QFontMetrics(QFont()).inFont(QLatin1Char('A'));
    }();
    return readable;
}

} // namespace

QString missingFontsProblem()
{
    if (fontsReadable())
        return QString();
    return QCoreApplication::translate("FontCheck",
        "No font can be read on this computer, so text cannot be drawn: a PDF would have no words and "
        "the window shows empty boxes. Install a font package (for example fonts-dejavu-core) and try "
        "again.");
}

std::future<QString> missingFontsProblemInBackground(bool reportFonts)
{
    const auto check = [reportFonts] {
        QString problem = missingFontsProblem();
        if (problem.isEmpty() && reportFonts)
            reportfont::family();
        return problem;
    };
    try {
        return std::async(std::launch::async, check);
    } catch (const std::system_error &) {
        // No thread to be had: asked on this thread when the answer is waited for.
        return std::async(std::launch::deferred, check);
    }
}

} // namespace cc
