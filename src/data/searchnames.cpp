// SPDX-License-Identifier: MIT
#include "searchnames.h"

#include "namematcher.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>

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
    Entry e;
    const QByteArray utf8 = boundedUtf8(input.name);
    const QString folded = (input.folded.isEmpty() ? searchFold(input.name) : input.folded).left(MaxPiece);
    e.nameAt = quint32(m_utf8.size());
    e.nameBytes = quint16(utf8.size());
    e.foldedAt = quint32(m_folded.size());
    e.foldedSize = quint16(folded.size());
    e.role = roleIndex(input);
    e.weight = weightIndex(input.weight);
    e.origin = originIndex(input.origin);
    e.flags = quint8((input.primary ? Primary : 0) | (input.custom ? Custom : 0));
    m_utf8.append(utf8);
    m_folded.append(folded);
    m_entries.append(e);
}

QString SearchNames::name(qsizetype i) const
{
    const Entry &e = m_entries.at(i);
    return QString::fromUtf8(m_utf8.constData() + e.nameAt, e.nameBytes);
}

void SearchNames::sortForDisplay()
{
    const qsizetype n = m_entries.size();
    QVector<int> sizes(n);
    for (qsizetype i = 0; i < n; ++i)
        sizes[i] = utf16Size(m_utf8.constData() + m_entries.at(i).nameAt, m_entries.at(i).nameBytes);
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    using Key = std::tuple<bool, double, int, QStringView, const QString &>;
    const auto key = [&](int i) {
        const Entry &e = m_entries.at(i);
        return Key { !(e.flags & Primary), -m_weights.at(e.weight), sizes.at(i),
            QStringView(m_folded).mid(e.foldedAt, e.foldedSize), m_roles.at(e.role).code };
    };
    std::sort(order.begin(), order.end(), [&](int l, int r) { return key(l) < key(r); });
    QVector<Entry> sorted;
    sorted.reserve(n);
    for (int i : std::as_const(order))
        sorted.append(m_entries.at(i));
    m_entries = std::move(sorted);
}

} // namespace cc
