// SPDX-License-Identifier: MIT
// CatalogueDatabase::searchNames(): every name a role can be found by (cataloguedatabase.h).
#include "cataloguedatabase.h"
#include "cataloguevalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc
{

namespace
{

// The names are read in one pass and their pages not needed again: without this SQLite's page
// cache grows by about 2 MB to hold them. A small cache while they are read, the connection's
// own size put back after (which also frees the pages over the small size).
class SmallPageCache
{
public:
    explicit SmallPageCache(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_size = q.value(0).toLongLong(&m_known);
        if (m_known)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -128")); // KiB
    }
    ~SmallPageCache()
    {
        if (m_known)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_size));
    }
    SmallPageCache(const SmallPageCache &) = delete;
    SmallPageCache &operator=(const SmallPageCache &) = delete;

private:
    QSqlDatabase m_db;
    qlonglong m_size = 0;
    bool m_known = false;
};

} // namespace

SearchNames CatalogueDatabase::searchNames() const
{
    SearchNames names;
    const SmallPageCache smallCache(db());
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q,
            QStringLiteral("SELECT r.title, r.code, r.title, r.category, 1, '', 1.0, '' FROM roles r"
                           " UNION ALL SELECT a.title, a.role_code, r.title, r.category, 0, '', 1.0, '' FROM "
                           "alternate_titles a"
                           " JOIN roles r ON r.code = a.role_code WHERE a.title <> r.title"
                           " UNION ALL SELECT t.term, t.role_code, r.title, r.category, 0, t.normalized, "
                           "t.weight, t.origin"
                           " FROM role_terms t JOIN roles r ON r.code = t.role_code")))
        return names;
    names.reserve(65536); // 62,887 today
    using catalogue::cleanText;
    SearchNames::Input n;
    while (next(q)) {
        n.primary = q.value(4).toInt() == 1;
        n.code = cleanText(q.value(1), catalogue::MaxCodeLength);
        n.title = cleanText(q.value(2));
        n.name = n.primary ? n.title : cleanText(q.value(0));
        n.category = cleanText(q.value(3));
        n.folded = cleanText(q.value(5));
        n.weight = q.value(6).toDouble();
        n.origin = cleanText(q.value(7), catalogue::MaxCodeLength);
        names.append(n);
    }
    names.squeeze();
    if (!m_lastError.isEmpty())
        names.clear();
    return names;
}

} // namespace cc
