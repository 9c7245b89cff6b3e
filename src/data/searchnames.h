// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <string_view>

namespace cc
{

// Every name a role can be found by (titles, alternate titles, Spanish terms), held compactly:
// the shown names in one UTF-8 buffer and their searchFold()ed forms in one UTF-16 buffer, each
// name an offset into both; a role's code, title and category once per role, referred to by
// index. A name becomes a QString only when asked for (name()). About 95 bytes a name, where a
// struct of QStrings took about 500.
class SearchNames
{
public:
    // Adds a name of a role. `folded` is searchFold(name) when known (the catalogue stores it for
    // Spanish terms); empty to fold here. `origin` is a Spanish term's origin ("esco-preferred",
    // "esco-alternate", "team"), empty for titles.
    struct Input {
        QString name;
        QString folded;
        QString code;
        QString title;
        QString category;
        bool primary = false;
        bool custom = false; // a role of the user's own, not from the catalogue
        double weight = 1; // how well attested a Spanish term is; 1 for titles
        QString origin;
    };
    void append(const Input &input);
    // The catalogue reader's way (cataloguesearch.cpp): each role's code, title and category once,
    // then its names by the index this returns.
    quint32 addRole(const QString &code, const QString &title, const QString &category);
    // A name of role `role` whose text is printable ASCII (0x20 to 0x7E, as cleanText() leaves it):
    // kept as it is and folded here as searchFold() would, with no QString in between.
    void appendAscii(quint32 role, std::string_view name, bool primary);
    // Any other name of role `role`; `folded` as in Input.
    void append(quint32 role, const QString &name, const QString &folded, bool primary, double weight,
        const QString &origin, bool custom = false);
    void reserve(qsizetype names);
    void squeeze();
    void clear() { *this = SearchNames(); }

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    QString name(qsizetype i) const; // decoded on each call
    // The folded name, sharing this list's buffer: valid while the list lives and is not changed.
    QString folded(qsizetype i) const
    {
        const Entry &e = m_entries[i];
        return QString::fromRawData(m_folded.constData() + e.foldedAt, e.foldedSize);
    }
    const QString &code(qsizetype i) const { return role(i).code; }
    const QString &title(qsizetype i) const { return role(i).title; }
    const QString &category(qsizetype i) const { return role(i).category; }
    bool primary(qsizetype i) const { return m_entries.at(i).flags & Primary; }
    bool custom(qsizetype i) const { return m_entries.at(i).flags & Custom; }
    double weight(qsizetype i) const { return m_weights.at(m_entries.at(i).weight); }
    const QString &origin(qsizetype i) const { return m_origins.at(m_entries.at(i).origin); }
    bool isSpanishTerm(qsizetype i) const { return !origin(i).isEmpty(); }

    // Which characters each folded name holds, as bits (letterBit()): every character, those that
    // start a word of it (the first, and any after a character that is not a letter or number), and
    // every two in a row. A search skips a name that lacks a character or pair of the query without
    // reading it, and ranks a query of one ASCII letter or digit from these alone. Filled by
    // sortForDisplay().
    struct Letters {
        quint64 all = 0;
        quint64 wordStarts = 0;
        quint64 pairs = 0; // each two characters in a row (pairBit())
    };
    const Letters &letters(qsizetype i) const { return m_letters.at(i); }
    bool hasLetters() const { return m_letters.size() == m_entries.size(); }
    // Bits 0-35 are the ASCII letters a-z and digits 0-9, one each; any other character shares one
    // of bits 36-63 with others.
    static quint64 letterBit(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            return quint64(1) << (u - u'a');
        if (u >= u'0' && u <= u'9')
            return quint64(1) << (26 + u - u'0');
        return quint64(1) << (36 + u % 28);
    }
    // Two characters in a row, as one of 64 bits (shared by many pairs).
    static quint64 pairBit(QChar first, QChar second)
    {
        const quint32 pair = (quint32(first.unicode()) << 16) | second.unicode();
        return quint64(1) << ((pair * 2654435761u) >> 26);
    }
    static bool hasOwnBit(QChar c)
    {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    }

    // Puts the names in the order the window lists them: primary titles first, then the better
    // attested (weight), then the shorter, then by folded name and code. Nothing to do when they
    // are already in that order (no name added since the last sort).
    void sortForDisplay();
    bool isSortedForDisplay() const { return m_sorted; }

private:
    enum Flag : quint8 { Primary = 1, Custom = 2 };
    struct Entry {
        quint32 nameAt = 0; // in m_utf8
        quint32 foldedAt = 0; // in m_folded
        quint32 role = 0; // in m_roles
        quint16 nameBytes = 0;
        quint16 foldedSize = 0;
        quint16 weight = 0; // in m_weights
        quint8 origin = 0; // in m_origins
        quint8 flags = 0;
    };
    struct Role {
        QString code;
        QString title;
        QString category;
    };
    const Role &role(qsizetype i) const { return m_roles.at(m_entries.at(i).role); }
    quint32 roleIndex(const Input &input);
    quint16 weightIndex(double weight);
    quint8 originIndex(const QString &origin);

    void fillLetters();

    QVector<Entry> m_entries;
    QVector<Letters> m_letters; // by entry, once sorted
    QByteArray m_utf8;
    QString m_folded;
    QVector<Role> m_roles;
    QVector<double> m_weights;
    QStringList m_origins { QString() };
    QHash<QString, quint32> m_roleByCode; // while appending
    bool m_sorted = true; // in display order (an empty list is)
};

} // namespace cc
