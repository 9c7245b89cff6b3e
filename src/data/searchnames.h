// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

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

    // Puts the names in the order the window lists them: primary titles first, then the better
    // attested (weight), then the shorter, then by folded name and code.
    void sortForDisplay();

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

    QVector<Entry> m_entries;
    QByteArray m_utf8;
    QString m_folded;
    QVector<Role> m_roles;
    QVector<double> m_weights;
    QStringList m_origins { QString() };
    QHash<QString, quint32> m_roleByCode; // while appending
};

} // namespace cc
