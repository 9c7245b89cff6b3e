// SPDX-License-Identifier: MIT
#pragma once

#include "invocation.h"

#include <QStringList>

namespace cc
{

// The application's name, organisation and version, for QCoreApplication (settings, --version).
void describeApplication();

// What the arguments ask for (see Invocation::mode()).
Mode modeFor(const QStringList &arguments);

// Runs the command-line modes (--list, --compare A B [--json] [--pdf FILE], --import-roles,
// --export-roles). Returns the exit code; writes to stdout and stderr. `arguments` includes the program
// name. --pdf needs a QApplication.
int runCommandLine(const QStringList &arguments);

// Opens the window on `careercompare [A B]`, or on the last comparison. Needs a QApplication.
// In the window's own library (careercompare-window.so, windowmain.cpp), which careercompare loads
// only to open the window: the command-line modes start without Qt Widgets, Qt Charts and
// PrintSupport (a fifth of a PDF's start was the dynamic linker resolving their symbols).
int runWindow(const QStringList &arguments);

} // namespace cc
