// SPDX-License-Identifier: MIT
// CatalogueDatabase::searchNames(): every name a role can be found by (cataloguedatabase.h).
#include "cataloguedatabase.h"
#include "cataloguevalues.h"

#include <QSet>

#include <QSqlQuery>
#include <QVariant>

namespace cc
{

namespace
{

// One copy of each repeated string (a role's code, title and category recur for every one of its
// names, 60,000 in all): the names share it instead of each holding its own.
class SharedStrings
{
public:
    QString operator()(const QString &text)
    {
        const auto known = m_strings.constFind(text);
        if (known != m_strings.constEnd())
            return *known;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

} // namespace

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
    SharedStrings shared;
    using catalogue::cleanText;
    while (next(q)) {
        const QString code = shared(cleanText(q.value(1), catalogue::MaxCodeLength));
        const QString title = shared(cleanText(q.value(2)));
        const bool primary = q.value(4).toInt() == 1;
        names.append(SearchName { primary ? title : cleanText(q.value(0)), code, title,
            shared(cleanText(q.value(3))), primary, false, cleanText(q.value(5)), q.value(6).toDouble(),
            shared(cleanText(q.value(7), catalogue::MaxCodeLength)) });
    }
    if (!m_lastError.isEmpty())
        names.clear();
    return names;
}

} // namespace cc
