// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

namespace cc::html
{

// Pieces of HTML shared by the window and the report. Every text from data or users is escaped.
QString escape(const QString &text);
QString list(const QStringList &items);
QString chooseAndConclusion(const Comparison &comparison, const QString &headingTag);
// A role's way in: entry education, experience, training, months and the skills to learn first.
// A role's way in (cc::wayIn()): its skills to learn first leave out those `from` lists (none: all).
QString wayIn(const Role &role, const Role *from, const QString &heading, const QString &headingTag);

} // namespace cc::html
