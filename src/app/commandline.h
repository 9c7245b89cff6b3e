// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace cc
{

// Exit codes of the careercompare command line (PRODUCT.md §3).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitUnknownRole = 2,
    ExitBadCatalogue = 3,
    ExitCannotWrite = 4,
    ExitBadInput = 5
};

// What the arguments ask for: the window, or a command-line mode that needs no display.
enum class Mode { Window, Text, Pdf };
Mode modeFor(const QStringList &arguments);

// Runs the command-line modes (--list, --compare A B [--json] [--pdf FILE]). Returns the exit code;
// writes to stdout and stderr. `arguments` includes the program name. --pdf needs a QApplication.
int runCommandLine(const QStringList &arguments);

// Opens the window on `careercompare [A B]`, or on the last comparison. Needs a QApplication.
int runWindow(const QStringList &arguments);

} // namespace cc
