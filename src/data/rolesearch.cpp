// SPDX-License-Identifier: MIT
#include "rolesearch.h"

#include "namematcher.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace cc
{

namespace
{

struct Candidate {
    int rank = 0;
    bool primary = false;
    double weight = 1;
    qsizetype index = 0; // into the names
    qsizetype length = 0;
    QString name;
};

// Smaller is better: by rank, primary titles first, the better attested, the shorter, then by name and code.
bool better(const SearchNames &names, const Candidate &l, const Candidate &r)
{
    return std::forward_as_tuple(l.rank, !l.primary, -l.weight, l.length, l.name, names.code(l.index))
        < std::forward_as_tuple(r.rank, !r.primary, -r.weight, r.length, r.name, names.code(r.index));
}

} // namespace

QVector<RoleMatch> bestRoleMatches(const SearchNames &names, const QString &query, int limit)
{
    const QString folded = searchFold(query).left(200); // bound the work for pasted text
    if (folded.isEmpty() || limit <= 0)
        return {};
    QHash<QString, Candidate> best; // by role code
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int rank = searchRank(names.folded(i), folded);
        if (rank < 0)
            continue;
        const QString name = names.name(i);
        const Candidate c { rank, names.primary(i), names.weight(i), i, name.size(), name };
        auto it = best.find(names.code(i));
        if (it == best.end())
            best.insert(names.code(i), c);
        else if (better(names, c, *it))
            *it = c;
    }
    QVector<Candidate> sorted(best.cbegin(), best.cend());
    std::sort(sorted.begin(), sorted.end(),
        [&](const Candidate &l, const Candidate &r) { return better(names, l, r); });
    QVector<RoleMatch> matches;
    for (const Candidate &c : sorted) {
        if (matches.size() >= limit)
            break;
        matches.append(RoleMatch { names.code(c.index), names.title(c.index), c.name, c.rank, c.weight });
    }
    return matches;
}

} // namespace cc
