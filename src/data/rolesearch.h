// SPDX-License-Identifier: MIT
#pragma once

// Search over every name a role has: its title, O*NET's alternate titles and the Spanish terms
// (ESCO labels and the team's Latin American forms), accent- and case-insensitive (searchFold()).
// The command line's --search and the tests use it; the window's picker ranks the same way
// (src/gui/rolesearchmodel.h) but lists every matching name.

#include "cataloguedatabase.h"

namespace cc
{

struct RoleMatch {
    QString code;
    QString title;
    QString term; // the name that matched: a title, an alternate title or a Spanish term
    int rank = 0; // searchRank(): 0 exact, 1 prefix, 2 word start, 3 inside, 4 every word
    double weight = 1;
};

// The best match of each role for `query`, best first, at most `limit`: by rank (exact, prefix,
// word start, inside), then primary titles before other names, then the better attested (weight),
// then the shorter name. Empty for an empty query.
QVector<RoleMatch> bestRoleMatches(const SearchNames &names, const QString &query, int limit = 10);

} // namespace cc
