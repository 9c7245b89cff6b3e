// SPDX-License-Identifier: MIT
#include "tablewriter.h"

#include "importerror.h"

#include <QSqlError>
#include <QVariant>

namespace cc::import
{

Writer::Writer(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void Writer::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw ImportError(m_db.databaseName(), 0, QStringLiteral("SQL failed: %1").arg(q.lastError().text()));
}

void Writer::insert(const QString &table, const QStringList &columns, const QVariantList &values)
{
    QSqlQuery &q = prepared(table, columns);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        throw ImportError(m_db.databaseName(), 0,
            QStringLiteral("cannot insert into %1: %2").arg(table, q.lastError().text()));
}

QSqlQuery &Writer::prepared(const QString &table, const QStringList &columns)
{
    const QString key = table + QLatin1Char('(') + columns.join(QLatin1Char(',')) + QLatin1Char(')');
    auto it = m_queries.find(key);
    if (it == m_queries.end()) {
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
            throw ImportError(m_db.databaseName(), 0,
                QStringLiteral("cannot prepare insert: %1").arg(q->lastError().text()));
        it = m_queries.emplace(key, std::move(q)).first;
    }
    return *it->second;
}

} // namespace cc::import
