// SPDX-License-Identifier: MIT
#include "namematcher.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace cc
{

int editDistance(const QString &a, const QString &b)
{
    QVector<int> previous(b.size() + 1);
    QVector<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString searchFold(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.simplified().toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining
            && category != QChar::Mark_Enclosing)
            out.append(c);
    }
    return out.toCaseFolded().simplified();
}

namespace
{

// Where `part` occurs in `text` at or after `from`, or -1: QString::indexOf() (UTF-16 units compared
// as they are), without its set-up, which costs more than the search in names of a few dozen
// characters; search compares every name at every keystroke.
qsizetype find(const QString &text, const QString &part, qsizetype from = 0)
{
    if (part.isEmpty())
        return from <= text.size() ? from : -1;
    // (constData(), not utf16(): that copies a string made by QString::fromRawData to end it with a 0.)
    const QChar *t = text.constData();
    const QChar *p = part.constData();
    const qsizetype last = text.size() - part.size();
    for (qsizetype i = from; i <= last; ++i) {
        if (t[i] == p[0] && std::equal(p + 1, p + part.size(), t + i + 1))
            return i;
    }
    return -1;
}

// Whether `word` starts a word of `name`.
bool startsAWord(const QString &name, const QString &word)
{
    for (qsizetype at = find(name, word); at >= 0; at = find(name, word, at + 1)) {
        if (at == 0 || !name.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

bool isJoiningWord(const QString &word)
{
    static const QStringList joining { QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("la"),
        QStringLiteral("las"), QStringLiteral("el"), QStringLiteral("los"), QStringLiteral("y"),
        QStringLiteral("en"), QStringLiteral("a"), QStringLiteral("of"), QStringLiteral("and"),
        QStringLiteral("the") };
    return joining.contains(word);
}

namespace
{

// The words of a query that must all start a word of the name, short joining words left out.
const QStringList &significantWords(const QString &query)
{
    static thread_local QString lastQuery;
    static thread_local QStringList words;
    if (query != lastQuery) {
        words.clear();
        for (const QString &w : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!isJoiningWord(w))
                words << w;
        }
        lastQuery = query;
    }
    return words;
}

} // namespace

int searchRank(const QString &name, const QString &query)
{
    if (query.isEmpty() || name == query)
        return 0;
    qsizetype at = find(name, query);
    if (at < 0) {
        if (!query.contains(QLatin1Char(' ')))
            return -1;
        const QStringList &words = significantWords(query);
        if (words.isEmpty())
            return -1;
        for (const QString &w : words) {
            if (!startsAWord(name, w))
                return -1;
        }
        return 4;
    }
    if (at == 0)
        return 1;
    for (; at >= 0; at = find(name, query, at + 1)) {
        if (!name.at(at - 1).isLetterOrNumber())
            return 2;
    }
    return 3;
}

bool searchNarrows(const QString &from, const QString &to)
{
    if (from.isEmpty() || !to.startsWith(from))
        return false;
    if (!to.contains(QLatin1Char(' ')))
        return true; // `to` is found only inside names, and then so is `from`
    // `to` may also match word by word: each of its significant words starts a word of the name. Then
    // `from` matches too if each word it requires is the start of a word that `to` requires (the words
    // line up: `to` only extends `from`).
    const QStringList fromWords = from.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList toWords = to.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!from.contains(QLatin1Char(' ')))
        return !isJoiningWord(toWords.first()); // `from` is found only inside names
    bool requiresAWord = false;
    for (qsizetype i = 0; i < fromWords.size() && i < toWords.size(); ++i) {
        if (isJoiningWord(fromWords[i]))
            continue;
        requiresAWord = true;
        if (isJoiningWord(toWords[i]))
            return false;
    }
    return requiresAWord;
}

QStringList closestNames(const QString &query, const QVector<NamedCode> &candidates, int limit)
{
    // Suggestions only need the start of a long name; this bounds the work for hostile input.
    const QString q = query.simplified().toCaseFolded().left(40);
    if (q.isEmpty() || limit <= 0)
        return {};
    struct Scored {
        int containsRank; // 0 when the name contains the query
        int distance;
        QString name;
        QString code;
    };
    QVector<Scored> scored;
    scored.reserve(candidates.size());
    for (const NamedCode &c : candidates) {
        const QString n = c.name.toCaseFolded();
        const bool contains = n.contains(q);
        // Compare against the name's leading part of the query's length, so long titles are not penalised.
        const int distance = contains ? n.size() - q.size() : editDistance(q, n.left(q.size() + 3));
        if (!contains && distance > std::max(2, int(q.size()) / 2))
            continue; // too far to be what was meant
        scored.append(Scored { contains ? 0 : 1, distance, c.name, c.code });
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &l, const Scored &r) {
        return std::tie(l.containsRank, l.distance, l.name, l.code)
            < std::tie(r.containsRank, r.distance, r.name, r.code);
    });
    QStringList result;
    QSet<QString> codes;
    for (const Scored &s : scored) {
        if (codes.contains(s.code))
            continue;
        codes.insert(s.code);
        result << QStringLiteral("%1 (%2)").arg(s.name, s.code);
        if (result.size() >= limit)
            break;
    }
    return result;
}

} // namespace cc
