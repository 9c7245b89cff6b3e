// SPDX-License-Identifier: MIT
#pragma once

#include "invocation.h"

#include <QStringList>

namespace cc
{

// What the arguments ask for (see Invocation::mode()).
Mode modeFor(const QStringList &arguments);

// Runs the command-line modes (--list, --compare A B [--json] [--pdf FILE], --import-roles,
// --export-roles). Returns the exit code; writes to stdout and stderr. `arguments` includes the program
// name. --pdf needs a QApplication.
int runCommandLine(const QStringList &arguments);

// Opens the window on `careercompare [A B]`, or on the last comparison. Needs a QApplication.
int runWindow(const QStringList &arguments);

} // namespace cc
