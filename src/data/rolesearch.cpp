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
    int index = 0; // into the names
    qsizetype length = 0;

    // Smaller is better.
    auto key(const QVector<CatalogueDatabase::SearchName> &names) const
    {
        return std::make_tuple(rank, !primary, -weight, length, names.at(index).name, names.at(index).code);
    }
};

} // namespace

QVector<RoleMatch> bestRoleMatches(
    const QVector<CatalogueDatabase::SearchName> &names, const QString &query, int limit)
{
    const QString folded = searchFold(query).left(200); // bound the work for pasted text
    if (folded.isEmpty() || limit <= 0)
        return {};
    QHash<QString, Candidate> best; // by role code
    for (int i = 0; i < names.size(); ++i) {
        const CatalogueDatabase::SearchName &n = names.at(i);
        const int rank = searchRank(n.folded.isEmpty() ? searchFold(n.name) : n.folded, folded);
        if (rank < 0)
            continue;
        const Candidate c { rank, n.primary, n.weight, i, n.name.size() };
        auto it = best.find(n.code);
        if (it == best.end())
            best.insert(n.code, c);
        else if (c.key(names) < it->key(names))
            *it = c;
    }
    QVector<Candidate> sorted(best.cbegin(), best.cend());
    std::sort(sorted.begin(), sorted.end(),
        [&](const Candidate &l, const Candidate &r) { return l.key(names) < r.key(names); });
    QVector<RoleMatch> matches;
    for (const Candidate &c : sorted) {
        if (matches.size() >= limit)
            break;
        const CatalogueDatabase::SearchName &n = names.at(c.index);
        matches.append(RoleMatch { n.code, n.title, n.name, c.rank, c.weight });
    }
    return matches;
}

} // namespace cc
