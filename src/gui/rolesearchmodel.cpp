// SPDX-License-Identifier: MIT
#include "rolesearchmodel.h"

#include "namematcher.h"
#include "onetvocabulary.h"

#include <algorithm>
#include <array>
#include <vector>

namespace cc
{

RoleSearchModel::RoleSearchModel(SearchNames names, QObject *parent)
    : QAbstractListModel(parent)
    , m_names(std::move(names))
{
    m_names.sortForDisplay();
}

int RoleSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant RoleSearchModel::entryData(int row, int role) const
{
    const SearchNames &n = m_names;
    switch (role) {
    case Qt::DisplayRole:
        if (n.custom(row))
            return tr("%1 (custom)").arg(n.name(row));
        return n.primary(row) ? n.name(row) : QStringLiteral("%1 \u2192 %2").arg(n.name(row), n.title(row));
    case Qt::ToolTipRole:
        if (n.isSpanishTerm(row))
            return tr("%1 (%2), %3; Spanish term: %4")
                .arg(n.title(row), n.code(row), onetTerm(n.category(row)),
                    n.origin(row) == QLatin1String("team") ? tr("common US and Latin American usage")
                                                           : tr("ESCO classification"));
        return QStringLiteral("%1 (%2), %3").arg(n.title(row), n.code(row), onetTerm(n.category(row)));
    case Qt::AccessibleTextRole:
        if (n.isSpanishTerm(row))
            return tr("%1, in Spanish %2").arg(n.title(row), n.name(row));
        return n.primary(row) ? n.name(row) : tr("%1, also called %2").arg(n.title(row), n.name(row));
    case CodeRole:
        return n.code(row);
    case TitleRole:
        return n.title(row);
    case CategoryRole:
        return n.category(row);
    case PrimaryRole:
        return n.primary(row);
    default:
        return {};
    }
}

QVariant RoleSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return entryData(index.row(), role);
}

QHash<int, QByteArray> RoleSearchModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(TitleRole, "title");
    names.insert(CategoryRole, "category");
    names.insert(PrimaryRole, "primary");
    return names;
}

RoleSearchProxy::RoleSearchProxy(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RoleSearchProxy::setSourceModel(RoleSearchModel *model)
{
    m_source = model;
    m_query.clear();
    recompute(false);
}

int RoleSearchProxy::rank(const QString &name, const QString &query)
{
    return searchRank(name, query);
}

void RoleSearchProxy::setQuery(const QString &query)
{
    const QString folded = searchFold(query.left(400)).left(200); // bound the work for pasted text
    if (folded == m_query && !m_matches.isEmpty())
        return;
    const bool narrowing = searchNarrows(m_query, folded);
    m_query = folded;
    recompute(narrowing);
}

namespace
{

// What a query asks of a name's letters (SearchNames::Letters), to rank it or pass it over without
// reading its text.
class QueryLetters
{
public:
    explicit QueryLetters(const QString &query)
    {
        for (qsizetype at = 0; at < query.size(); ++at) {
            m_all |= SearchNames::letterBit(query[at]);
            if (at > 0)
                m_pairs |= SearchNames::pairBit(query[at - 1], query[at]);
        }
        m_single = query.size() == 1 && SearchNames::hasOwnBit(query.front());
        if (!query.contains(QLatin1Char(' ')))
            return;
        // Matched word by word (searchRank() rank 4): each significant word starts a word of the name.
        m_byWords = true;
        for (const QString &word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (isJoiningWord(word))
                continue;
            m_wordStarts |= SearchNames::letterBit(word.front());
            for (qsizetype at = 0; at < word.size(); ++at) {
                m_wordLetters |= SearchNames::letterBit(word[at]);
                if (at > 0)
                    m_wordPairs |= SearchNames::pairBit(word[at - 1], word[at]);
            }
        }
        m_byWords = m_wordLetters != 0;
    }

    // searchRank(name, query) of the name at `row`, reading its text only when its letters allow a match.
    int rank(const SearchNames &names, int row, const QString &query) const
    {
        const SearchNames::Letters &l = names.letters(row);
        if (m_single) {
            // One letter or digit, which has a bit of its own: the bits tell all.
            if (!(l.all & m_all))
                return -1;
            const QString folded = names.folded(row);
            if (folded.front() == query.front())
                return folded.size() == 1 ? 0 : 1;
            return (l.wordStarts & m_all) ? 2 : 3;
        }
        const bool inside = (l.all & m_all) == m_all && (l.pairs & m_pairs) == m_pairs;
        const bool byWords = m_byWords && (l.wordStarts & m_wordStarts) == m_wordStarts
            && (l.all & m_wordLetters) == m_wordLetters && (l.pairs & m_wordPairs) == m_wordPairs;
        return inside || byWords ? searchRank(names.folded(row), query) : -1;
    }

private:
    quint64 m_all = 0;
    quint64 m_wordStarts = 0;
    quint64 m_wordLetters = 0;
    quint64 m_pairs = 0;
    quint64 m_wordPairs = 0;
    bool m_single = false;
    bool m_byWords = false;
};

} // namespace

void RoleSearchProxy::recompute(bool narrowing)
{
    beginResetModel();
    m_matches.clear();
    if (!m_source) {
        m_candidates.clear();
        endResetModel();
        return;
    }
    const int n = m_source->rowCount();
    if (m_query.isEmpty()) {
        m_candidates.clear();
        for (int row = 0; row < n && m_source->names().primary(row); ++row)
            m_matches.append(row);
        endResetModel();
        return;
    }
    // One pass: each matching row and its rank, then the rows placed by rank (a counting sort).
    const SearchNames &names = m_source->names();
    const QueryLetters letters(m_query);
    const bool useLetters = names.hasLetters();
    const auto scanned = narrowing ? m_candidates.size() : n;
    QVector<int> candidates(scanned);
    std::vector<quint8> ranks(std::size_t(scanned), 0);
    std::array<int, 6> starts {}; // by rank + 1: how many, then where each rank starts
    const int *previous = m_candidates.constData();
    int *matching = candidates.data();
    int found = 0;
    for (qsizetype i = 0; i < scanned; ++i) {
        const int row = narrowing ? previous[i] : int(i);
        const int r = useLetters ? letters.rank(names, row, m_query) : rank(names.folded(row), m_query);
        if (r < 0)
            continue;
        matching[found] = row;
        ranks[std::size_t(found++)] = quint8(r);
        ++starts[std::size_t(r) + 1];
    }
    candidates.resize(found);
    for (std::size_t r = 1; r < starts.size(); ++r)
        starts[r] += starts[r - 1];
    m_matches.resize(found);
    int *ranked = m_matches.data();
    for (int i = 0; i < found; ++i)
        ranked[starts[ranks[std::size_t(i)]]++] = matching[i];
    m_candidates = std::move(candidates);
    endResetModel();
}

int RoleSearchProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Browsing (no query) lists every role, however many custom roles there are.
    return int(m_query.isEmpty() ? m_matches.size() : std::min<qsizetype>(m_matches.size(), MaxListed));
}

QVariant RoleSearchProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source)
        return {};
    return m_source->entryData(m_matches.at(index.row()), role);
}

QHash<int, QByteArray> RoleSearchProxy::roleNames() const
{
    return m_source ? m_source->roleNames() : QAbstractListModel::roleNames();
}

} // namespace cc
