// SPDX-License-Identifier: MIT
#include "searchnames.h"

#include "namematcher.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

namespace cc
{

namespace
{

constexpr qsizetype MaxPiece = std::numeric_limits<quint16>::max();

// `text` in UTF-8, cut at a character so that it fits a 16-bit length (names are at most a few
// hundred characters; only a corrupt source reaches this).
QByteArray boundedUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    for (qsizetype keep = text.size(); utf8.size() > MaxPiece; keep = keep * 3 / 4) {
        if (keep > 0 && text.at(keep - 1).isHighSurrogate())
            --keep;
        utf8 = text.left(keep).toUtf8();
    }
    return utf8;
}

// UTF-16 units of valid UTF-8: one per lead byte, two for a four-byte sequence.
int utf16Size(const char *utf8, qsizetype bytes)
{
    int size = 0;
    for (qsizetype i = 0; i < bytes; ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if ((b & 0xC0) != 0x80)
            size += b >= 0xF0 ? 2 : 1;
    }
    return size;
}

} // namespace

void SearchNames::reserve(qsizetype names)
{
    m_entries.reserve(names);
    m_utf8.reserve(names * 26); // the catalogue's names average 24 bytes
    m_folded.reserve(names * 25);
}

void SearchNames::squeeze()
{
    m_entries.squeeze();
    m_utf8.squeeze();
    m_folded.squeeze();
    m_roles.squeeze();
    m_roleByCode = {};
}

quint32 SearchNames::roleIndex(const Input &input)
{
    const auto known = m_roleByCode.constFind(input.code);
    if (known != m_roleByCode.constEnd()) {
        const Role &r = m_roles.at(*known);
        if (r.title == input.title && r.category == input.category)
            return *known;
    }
    m_roles.append(Role { input.code, input.title, input.category });
    const auto index = quint32(m_roles.size() - 1);
    if (known == m_roleByCode.constEnd())
        m_roleByCode.insert(input.code, index);
    return index;
}

quint16 SearchNames::weightIndex(double weight)
{
    const auto known = std::find(m_weights.cbegin(), m_weights.cend(), weight);
    if (known != m_weights.cend())
        return quint16(known - m_weights.cbegin());
    if (m_weights.size() <= MaxPiece) {
        m_weights.append(weight);
        return quint16(m_weights.size() - 1);
    }
    // More distinct weights than an index holds (the catalogue has a few dozen): the nearest.
    const auto nearest = std::min_element(m_weights.cbegin(), m_weights.cend(),
        [weight](double l, double r) { return std::abs(l - weight) < std::abs(r - weight); });
    return quint16(nearest - m_weights.cbegin());
}

quint8 SearchNames::originIndex(const QString &origin)
{
    const qsizetype known = m_origins.indexOf(origin);
    if (known >= 0)
        return quint8(known);
    if (m_origins.size() <= std::numeric_limits<quint8>::max()) {
        m_origins.append(origin);
        return quint8(m_origins.size() - 1);
    }
    return quint8(m_origins.size() - 1); // more than 255 origins: still a Spanish term
}

void SearchNames::append(const Input &input)
{
    append(
        roleIndex(input), input.name, input.folded, input.primary, input.weight, input.origin, input.custom);
}

quint32 SearchNames::addRole(const QString &code, const QString &title, const QString &category)
{
    m_roles.append(Role { code, title, category });
    return quint32(m_roles.size() - 1);
}

void SearchNames::append(quint32 role, const QString &name, const QString &folded, bool primary,
    double weight, const QString &origin, bool custom)
{
    Entry e;
    const QByteArray utf8 = boundedUtf8(name);
    const QString f = (folded.isEmpty() ? searchFold(name) : folded).left(MaxPiece);
    e.nameAt = quint32(m_utf8.size());
    e.nameBytes = quint16(utf8.size());
    e.foldedAt = quint32(m_folded.size());
    e.foldedSize = quint16(f.size());
    e.role = role;
    // A weight that is not a number (only a damaged catalogue has one) would leave the display
    // order undefined: it counts as the least attested.
    e.weight = weightIndex(std::isnan(weight) ? 0.0 : weight);
    e.origin = originIndex(origin);
    e.flags = quint8((primary ? Primary : 0) | (custom ? Custom : 0));
    m_utf8.append(utf8);
    m_folded.append(f);
    m_entries.append(e);
    m_sorted = false;
    m_letters.clear();
}

void SearchNames::appendAscii(quint32 role, std::string_view name, bool primary)
{
    const auto bytes = qsizetype(std::min<std::size_t>(name.size(), MaxPiece));
    Entry e;
    e.nameAt = quint32(m_utf8.size());
    e.nameBytes = quint16(bytes);
    e.foldedAt = quint32(m_folded.size());
    e.role = role;
    e.weight = weightIndex(1.0);
    e.flags = quint8(primary ? Primary : 0);
    m_utf8.append(name.data(), bytes);
    // searchFold() of ASCII: white space simplified (printable ASCII has only the space), then lower case.
    const qsizetype at = m_folded.size();
    m_folded.resize(at + bytes);
    QChar *out = m_folded.data() + at;
    qsizetype size = 0;
    bool space = false;
    for (qsizetype i = 0; i < bytes; ++i) {
        const char c = name[std::size_t(i)];
        if (c == ' ') {
            space = size > 0;
            continue;
        }
        if (space)
            out[size++] = QLatin1Char(' ');
        space = false;
        out[size++] = QLatin1Char(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    m_folded.resize(at + size);
    e.foldedSize = quint16(size);
    m_entries.append(e);
    m_sorted = false;
    m_letters.clear();
}

QString SearchNames::name(qsizetype i) const
{
    const Entry &e = m_entries.at(i);
    return QString::fromUtf8(m_utf8.constData() + e.nameAt, e.nameBytes);
}

void SearchNames::sortForDisplay()
{
    if (m_sorted)
        return;
    const qsizetype n = m_entries.size();
    // The order is by (not primary, -weight, length in UTF-16, folded name, code). The first three
    // are packed in one number per name: the weight as its place among the distinct weights, best
    // first. Only names alike in all three compare their texts.
    QVector<double> weights = m_weights;
    std::sort(weights.begin(), weights.end(), std::greater<double>());
    weights.erase(std::unique(weights.begin(), weights.end()), weights.end());
    QVector<quint64> rankOfWeight(m_weights.size());
    for (qsizetype w = 0; w < m_weights.size(); ++w)
        rankOfWeight[w] = quint64(
            std::lower_bound(weights.cbegin(), weights.cend(), m_weights.at(w), std::greater<double>())
            - weights.cbegin());
    QVector<quint64> keys(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Entry &e = m_entries.at(i);
        const auto size = quint64(utf16Size(m_utf8.constData() + e.nameAt, e.nameBytes));
        keys[i] = (quint64(!(e.flags & Primary)) << 63) | (rankOfWeight.at(e.weight) << 32) | size;
    }
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    const auto before = [&](int l, int r) {
        if (keys.at(l) != keys.at(r))
            return keys.at(l) < keys.at(r);
        const Entry &a = m_entries.at(l);
        const Entry &b = m_entries.at(r);
        const int byName = QStringView(m_folded)
                               .mid(a.foldedAt, a.foldedSize)
                               .compare(QStringView(m_folded).mid(b.foldedAt, b.foldedSize));
        if (byName != 0)
            return byName < 0;
        return a.role != b.role && m_roles.at(a.role).code < m_roles.at(b.role).code;
    };
    std::sort(order.begin(), order.end(), before);
    QVector<Entry> sorted;
    sorted.reserve(n);
    for (int i : std::as_const(order))
        sorted.append(m_entries.at(i));
    m_entries = std::move(sorted);
    m_sorted = true;
    fillLetters();
}

void SearchNames::fillLetters()
{
    m_letters.resize(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        Letters l;
        bool wordStart = true;
        const QStringView folded = QStringView(m_folded).mid(e.foldedAt, e.foldedSize);
        for (qsizetype at = 0; at < folded.size(); ++at) {
            const QChar c = folded[at];
            const quint64 bit = letterBit(c);
            l.all |= bit;
            if (wordStart)
                l.wordStarts |= bit;
            if (at > 0)
                l.pairs |= pairBit(folded[at - 1], c);
            // As searchRank() sees a word's start: after any character that is not a letter or number.
            wordStart = !c.isLetterOrNumber();
        }
        m_letters[i] = l;
    }
    m_letters.squeeze();
}

} // namespace cc
