// SPDX-License-Identifier: MIT
// UserStore: clients, and the comparisons saved for them.
#include "userstore.h"

#include "sqliteconnection.h"
#include "userstorevalues.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cc
{

using userstorevalues::now;
using userstorevalues::text;

namespace
{
const char *SavedColumns
    = "SELECT s.id, s.name, s.code_a, s.code_b, COALESCE(c.name, ''), s.notes, s.saved_at, "
      "COALESCE(s.client_id, 0), s.modified_at FROM saved_comparisons s "
      "LEFT JOIN clients c ON c.id = s.client_id";

SavedComparison savedFromRow(const QSqlQuery &q)
{
    SavedComparison c { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
        QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs), q.value(7).toLongLong(),
        QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs) };
    if (!c.modifiedAt.isValid())
        c.modifiedAt = c.savedAt;
    return c;
}
} // namespace

QVector<SavedComparison> UserStore::savedComparisons() const
{
    QVector<SavedComparison> list;
    QSqlQuery q(db());
    if (!q.exec(QLatin1String(SavedColumns) + QStringLiteral(" ORDER BY s.modified_at DESC, s.id DESC"))) {
        fail(sqlErrorText(q.lastError()));
        return list;
    }
    m_lastError.clear();
    while (q.next())
        list.append(savedFromRow(q));
    return list;
}

std::optional<SavedComparison> UserStore::savedComparison(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QLatin1String(SavedColumns) + QStringLiteral(" WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(sqlErrorText(q.lastError()));
        return std::nullopt;
    }
    m_lastError.clear();
    return q.next() ? std::optional(savedFromRow(q)) : std::nullopt;
}

std::optional<qint64> UserStore::saveComparison(const SavedComparison &c)
{
    std::optional<qint64> id;
    const bool ok = inTransaction([&] {
        QSqlQuery q(db());
        qint64 clientId = c.clientId;
        QString clientName = c.client.trimmed();
        if (clientId == 0 && !clientName.isEmpty()) {
            // Filed under the client of that name; a new name is a new client.
            q.prepare(QStringLiteral("SELECT id FROM clients WHERE name = ? ORDER BY id LIMIT 1"));
            q.addBindValue(clientName);
            if (!q.exec())
                return fail(sqlErrorText(q.lastError()));
            if (q.next()) {
                clientId = q.value(0).toLongLong();
            } else {
                q.prepare(QStringLiteral("INSERT INTO clients (name, notes, modified_at) VALUES (?, '', ?)"));
                q.addBindValue(clientName);
                q.addBindValue(now());
                if (!q.exec())
                    return fail(sqlErrorText(q.lastError()));
                clientId = q.lastInsertId().toLongLong();
            }
        } else if (clientId != 0) {
            q.prepare(QStringLiteral("SELECT name FROM clients WHERE id = ?"));
            q.addBindValue(clientId);
            if (!q.exec() || !q.next())
                return fail(q.lastError().isValid()
                        ? sqlErrorText(q.lastError())
                        : QCoreApplication::translate("UserStore", "no client %1").arg(clientId));
            clientName = q.value(0).toString();
        }
        const QString name = c.name.trimmed().isEmpty() ? QStringLiteral("%1 vs %2").arg(c.codeA, c.codeB)
                                                        : c.name.trimmed();
        const QString stamp = now();
        if (c.id != 0) {
            q.prepare(
                QStringLiteral("UPDATE saved_comparisons SET name = ?, code_a = ?, code_b = ?, client = ?, "
                               "notes = ?, client_id = ?, modified_at = ? WHERE id = ?"));
        } else {
            q.prepare(QStringLiteral("INSERT INTO saved_comparisons (name, code_a, code_b, client, notes, "
                                     "client_id, modified_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        q.addBindValue(name);
        q.addBindValue(c.codeA);
        q.addBindValue(c.codeB);
        q.addBindValue(text(clientName));
        q.addBindValue(text(c.notes));
        q.addBindValue(clientId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(clientId));
        q.addBindValue(stamp);
        q.addBindValue(c.id != 0 ? QVariant(c.id) : QVariant(stamp));
        if (!q.exec())
            return fail(sqlErrorText(q.lastError()));
        if (c.id != 0 && q.numRowsAffected() != 1)
            return fail(QCoreApplication::translate("UserStore", "no saved comparison %1").arg(c.id));
        id = c.id != 0 ? c.id : q.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : std::nullopt;
}

QVector<Client> UserStore::clients() const
{
    QVector<Client> list;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, notes, modified_at FROM clients ORDER BY name COLLATE NOCASE, id"))) {
        fail(sqlErrorText(q.lastError()));
        return list;
    }
    m_lastError.clear();
    while (q.next())
        list.append(Client { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs) });
    return list;
}

std::optional<Client> UserStore::client(qint64 id) const
{
    for (const Client &c : clients()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

std::optional<qint64> UserStore::saveClient(const Client &client)
{
    if (client.name.trimmed().isEmpty()) {
        fail(QCoreApplication::translate("UserStore", "A client needs a name."));
        return std::nullopt;
    }
    std::optional<qint64> id;
    const bool ok = inTransaction([&] {
        QSqlQuery q(db());
        if (client.id != 0)
            q.prepare(QStringLiteral("UPDATE clients SET name = ?, notes = ?, modified_at = ? WHERE id = ?"));
        else
            q.prepare(QStringLiteral("INSERT INTO clients (name, notes, modified_at) VALUES (?, ?, ?)"));
        q.addBindValue(client.name.trimmed());
        q.addBindValue(text(client.notes));
        q.addBindValue(now());
        if (client.id != 0)
            q.addBindValue(client.id);
        if (!q.exec())
            return fail(sqlErrorText(q.lastError()));
        if (client.id != 0 && q.numRowsAffected() != 1)
            return fail(QCoreApplication::translate("UserStore", "no client %1").arg(client.id));
        id = client.id != 0 ? client.id : q.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : std::nullopt;
}

bool UserStore::renameComparison(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("UserStore", "A saved comparison needs a name."));
    return inTransaction([&] {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE saved_comparisons SET name = ? WHERE id = ?"));
        q.addBindValue(name.trimmed());
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1)
            return fail(q.lastError().isValid()
                    ? sqlErrorText(q.lastError())
                    : QCoreApplication::translate("UserStore", "no saved comparison %1").arg(id));
        return true;
    });
}

bool UserStore::deleteComparison(qint64 id)
{
    return inTransaction([&] {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("DELETE FROM saved_comparisons WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() || fail(sqlErrorText(q.lastError()));
    });
}

} // namespace cc
