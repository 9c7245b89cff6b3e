// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace cc {

// Exit codes of the careercompare command line (PRODUCT.md §3).
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitUnknownRole = 2, ExitBadCatalogue = 3, ExitCannotWrite = 4 };

// Runs the non-window modes (--list, --compare A B [--json]). Returns the exit code; writes to
// stdout and stderr. `arguments` includes the program name.
int runCommandLine(const QStringList &arguments);

} // namespace cc
