// SPDX-License-Identifier: MIT
#pragma once

#include <QStandardPaths>
#include <QString>

namespace cc
{

// Where the user's own folders (the user store's data folder, the window's settings) may be made
// (issue #13 item 11). Qt puts them under $HOME (or $XDG_DATA_HOME, $XDG_CONFIG_HOME) and, with
// HOME empty or unset, under "/": a store at /.local/share, and with a HOME that does not exist a
// whole tree is built. So a folder is only ever made inside an existing home folder (not "/"), or
// inside an absolute XDG folder the user set on purpose.
namespace userfolders
{

// A relative HOME made absolute against the current folder, once, before anything asks Qt for a
// path. An empty, unset or absolute HOME is left as it is.
void resolveRelativeHome();

// Why the writable folder of `location` (AppDataLocation, ConfigLocation) must not be used: HOME
// empty, unset, "/", relative or not an existing folder, and no absolute XDG folder chosen instead.
// The reason alone ("HOME is not set"), for a sentence that says what is not kept; empty when the
// folder may be used.
QString problem(QStandardPaths::StandardLocation location);

} // namespace userfolders
} // namespace cc
