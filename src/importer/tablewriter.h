// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <map>
#include <memory>

namespace cc::import
{

// Writes the catalogue's rows: one prepared INSERT per table and column list, kept for every row
// after the first. Throws ImportError, naming the database, at any failure.
class Writer
{
public:
    explicit Writer(QSqlDatabase db);

    // Runs one statement (schema, PRAGMA, VACUUM).
    void exec(const QString &sql);
    // Inserts one row of `values` into `columns` of `table`. A null QString is written as '' (text
    // columns that hold "nothing"); a missing value is passed as an invalid QVariant, written as NULL.
    void insert(const QString &table, const QStringList &columns, const QVariantList &values);
    // Drops the prepared statements (before VACUUM).
    void finish() { m_queries.clear(); }

private:
    QSqlQuery &prepared(const QString &table, const QStringList &columns);

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace cc::import
