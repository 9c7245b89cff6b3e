// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace cc
{
class MainWindow;
}

// Search per keystroke, two ways (docs/PERFORMANCE.md): the picker's own search (RoleSearchProxy)
// alone, and each character typed into picker A as the user types it, until the event loop is idle
// (the line edit, the search, the completer, its popup laid out and painted). `rounds` times each.
QJsonObject searchFigures(cc::MainWindow &window, int rounds);
