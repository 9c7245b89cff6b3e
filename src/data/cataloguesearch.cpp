// SPDX-License-Identifier: MIT
// CatalogueDatabase::searchNames(): every name a role can be found by (cataloguedatabase.h).
#include "cataloguedatabase.h"
#include "cataloguevalues.h"

#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <QVariant>

#include <algorithm>

namespace cc
{

namespace
{

// Whether cleanText() leaves `text` as it is and it is ASCII: printable ASCII only, and not too long.
bool plainAscii(std::string_view text, int maxLength)
{
    return text.size() <= std::size_t(maxLength)
        && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= 0x20 && c <= 0x7E; });
}

// A name's text as cleanText() gives it, appended to `names`: printable ASCII straight from SQLite's
// UTF-8 (most names), anything else through cleanText().
void appendName(SearchNames &names, quint32 role, const SqliteStatement &s, int column)
{
    if (s.isText(column) && plainAscii(s.utf8(column), catalogue::MaxTitleLength))
        names.appendAscii(role, s.utf8(column), false);
    else
        names.append(role, catalogue::cleanText(s.value(column)), QString(), false, 1.0, QString());
}

} // namespace

// Each role's code, title and category are read once (by rowid), then its other names: alternate
// titles and Spanish terms refer to their role by rowid. Texts are read from SQLite's UTF-8; only a
// name with other than printable ASCII becomes a QString.
SearchNames CatalogueDatabase::searchNames(const std::atomic_bool *stop) const
{
    m_lastError.clear();
    SearchNames names;
    using catalogue::cleanText;
    QHash<qint64, quint32> roleByRowid;
    {
        SqliteStatement s(*m_connection, "SELECT rowid, code, title, category FROM roles");
        while (next(s)) {
            const QString title = cleanText(s.value(2));
            const quint32 role = names.addRole(
                cleanText(s.value(1), catalogue::MaxCodeLength), title, cleanText(s.value(3)));
            roleByRowid.insert(s.value(0).toLongLong(), role);
            if (s.isText(2) && plainAscii(s.utf8(2), catalogue::MaxTitleLength))
                names.appendAscii(role, s.utf8(2), true);
            else
                names.append(role, title, QString(), true, 1.0, QString());
        }
    }
    names.reserve(65536); // 62,887 today
    SqliteStatement s(*m_connection,
        "SELECT 0, r.rowid, a.title, '', 1.0, '' FROM alternate_titles a"
        " JOIN roles r ON r.code = a.role_code WHERE a.title <> r.title"
        " UNION ALL SELECT 1, r.rowid, t.term, t.normalized, t.weight, t.origin"
        " FROM role_terms t JOIN roles r ON r.code = t.role_code");
    for (int row = 0; next(s); ++row) {
        if (stop && (row & 1023) == 0 && stop->load(std::memory_order_relaxed))
            return {};
        const quint32 role = roleByRowid.value(s.value(1).toLongLong());
        if (s.integer(0) == 0) {
            appendName(names, role, s, 2);
            continue;
        }
        names.append(role, cleanText(s.value(2)), cleanText(s.value(3)), false, s.value(4).toDouble(),
            cleanText(s.value(5), catalogue::MaxCodeLength));
    }
    names.squeeze();
    if (!m_lastError.isEmpty())
        names.clear();
    return names;
}

} // namespace cc
