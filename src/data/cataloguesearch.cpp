// SPDX-License-Identifier: MIT
// CatalogueDatabase::searchNames(): every name a role can be found by (cataloguedatabase.h).
#include "cataloguedatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc
{

QVector<CatalogueDatabase::SearchName> CatalogueDatabase::searchNames() const
{
    QVector<SearchName> names;
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
    names.reserve(80000);
    while (q.next())
        names.append(SearchName { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt() == 1, false, q.value(5).toString(),
            q.value(6).toDouble(), q.value(7).toString() });
    return names;
}

} // namespace cc
