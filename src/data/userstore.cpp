// SPDX-License-Identifier: MIT
#include "userstore.h"

#include "safefile.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace cc
{

namespace
{

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Each migration takes the store from version N to N + 1; version 0 is a new, empty file.
bool migrate(QSqlDatabase &db, int from, QString *error)
{
    QSqlQuery q(db);
    if (from < 1) {
        // Version 1: saved comparisons (name and the two codes).
        if (!exec(q, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"), error)
            || !exec(q,
                QStringLiteral("CREATE TABLE saved_comparisons (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                               " code_a TEXT NOT NULL, code_b TEXT NOT NULL, saved_at TEXT NOT NULL)"),
                error))
            return false;
    }
    if (from < 2) {
        // Version 2: the client and notes of a comparison; custom roles.
        if (!exec(q,
                QStringLiteral("ALTER TABLE saved_comparisons ADD COLUMN client TEXT NOT NULL DEFAULT ''"),
                error)
            || !exec(q,
                QStringLiteral("ALTER TABLE saved_comparisons ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
                error)
            || !exec(q,
                QStringLiteral("CREATE TABLE custom_roles (code TEXT PRIMARY KEY, json TEXT NOT NULL, "
                               "updated_at TEXT NOT NULL)"),
                error))
            return false;
    }
    if (from < 3) {
        // Version 3: clients are records of their own; each comparison names its client and when it was
        // last modified. Every v2 client name becomes a client (one per distinct trimmed name); every
        // comparison keeps its notes and its old `client` text.
        if (!exec(q,
                QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                               "notes TEXT NOT NULL DEFAULT '', modified_at TEXT NOT NULL)"),
                error)
            || !exec(q,
                QStringLiteral("ALTER TABLE saved_comparisons ADD COLUMN client_id INTEGER "
                               "REFERENCES clients(id) ON DELETE SET NULL"),
                error)
            || !exec(q,
                QStringLiteral(
                    "ALTER TABLE saved_comparisons ADD COLUMN modified_at TEXT NOT NULL DEFAULT ''"),
                error)
            || !exec(q,
                QStringLiteral("INSERT INTO clients (name, modified_at) SELECT trim(client), max(saved_at) "
                               "FROM saved_comparisons WHERE trim(client) <> '' GROUP BY trim(client) "
                               "ORDER BY min(id)"),
                error)
            || !exec(q,
                QStringLiteral("UPDATE saved_comparisons SET modified_at = saved_at, client_id = (SELECT id "
                               "FROM clients WHERE clients.name = trim(saved_comparisons.client))"),
                error))
            return false;
    }
    return exec(q, QStringLiteral("PRAGMA user_version = %1").arg(UserStore::SchemaVersion), error);
}

// Messages for the user go through QCoreApplication::translate("UserStore", …): the window shows them
// in its language; the command line, with no translator, in English.

// Qt binds a null QString as SQL NULL; these columns hold '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString UserStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("userdata.sqlite"));
}

UserStore::UserStore(const QString &path)
    : m_path(path)
    , m_connection(std::make_unique<SqliteConnection>(
          QStringLiteral("cc-userstore"), path, SqliteConnection::Mode::ReadWrite))
{
}

UserStore::~UserStore() = default;

QSqlDatabase UserStore::db() const
{
    return m_connection->database();
}

namespace
{

// Only a file SQLite itself calls damaged is set aside; any other failure (a full disk, no
// permission, a lock) leaves the file alone and reports the error.
bool isDamage(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26"); // SQLITE_CORRUPT, SQLITE_NOTADB
}

// Whether the open file has a table of this name.
bool hasTable(QSqlQuery &q, const QString &name)
{
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

// Whether the file is ours: our application id, or (stores written before it was set) none with our
// tables, or a new, empty file. Anything else is someone else's database: refused and left untouched.
bool checkIdentity(QSqlDatabase &database, QString *why, bool *damaged)
{
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *why = q.lastError().text();
        *damaged = isDamage(q.lastError());
        return false;
    }
    const qint64 id = q.value(0).toLongLong();
    if (id == UserStore::ApplicationId)
        return true;
    bool foreign = id != 0;
    if (!foreign) {
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const bool empty = q.next() && q.value(0).toInt() == 0;
        foreign = !empty && !hasTable(q, QStringLiteral("saved_comparisons"));
    }
    if (foreign) {
        *why = QCoreApplication::translate("UserStore",
            "it is not a Career Compare user store (it belongs to another program; it was left as it is)");
        return false;
    }
    return true;
}

// Checks the open file, switches on WAL, and brings an older (or new, empty) store to SchemaVersion.
bool checkAndMigrate(QSqlDatabase &database, QString *why, bool *damaged)
{
    if (!checkIdentity(database, why, damaged))
        return false;
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *why = q.lastError().text();
        *damaged = isDamage(q.lastError());
        return false;
    }
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *why = q.value(0).toString();
        *damaged = true;
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *why = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > UserStore::SchemaVersion) {
        *why = QStringLiteral("it was written by a newer Career Compare (store version %1)").arg(version);
        return false;
    }
    if (version < UserStore::SchemaVersion) {
        // IMMEDIATE: another process opening the same new store waits (busy timeout) and then
        // finds it migrated, instead of failing on a stale read.
        QString error;
        if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), &error)
            || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()
            || !migrate(database, q.value(0).toInt(), &error) || !exec(q, QStringLiteral("COMMIT"), &error)) {
            if (error.isEmpty())
                error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            *why = error.isEmpty() ? QStringLiteral("it could not be upgraded")
                                   : QStringLiteral("it could not be upgraded: %1").arg(error);
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(UserStore::ApplicationId))) {
        *why = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<UserStore> UserStore::tryOpen(const QString &path, QString *why, bool *damaged)
{
    *damaged = false;
    std::unique_ptr<UserStore> store(new UserStore(QFileInfo(path).absoluteFilePath()));
    if (!store->m_connection->open()) {
        *why = store->m_connection->lastError().text();
        *damaged = isDamage(store->m_connection->lastError());
        return nullptr;
    }
    QSqlDatabase database = store->db();
    if (!checkAndMigrate(database, why, damaged))
        return nullptr;
    return store;
}

UserStore::OpenResult UserStore::open(const QString &path)
{
    OpenResult result;
    const QFileInfo info(path);
    if (path.isEmpty() || (info.exists() && !info.isFile()) || (info.isSymLink() && !info.exists())) {
        // A folder, a device, a FIFO, a dangling link: never opened, never set aside.
        result.error = QCoreApplication::translate("UserStore", "The user store %1 cannot be opened: %2")
                           .arg(safefile::printable(path), safefile::outputReason(path));
        if (path.isEmpty())
            result.error = QCoreApplication::translate("UserStore", "No user store file was given.");
        return result;
    }
    QDir().mkpath(info.absolutePath());
    QString why;
    bool damaged = false;
    result.store = tryOpen(path, &why, &damaged);
    if (result.store)
        return result;
    if (!damaged) {
        // Not damaged (a newer version, a full disk, no permission): leave the file alone.
        result.error = QCoreApplication::translate("UserStore", "The user store %1 cannot be opened: %2.")
                           .arg(path, why);
        return result;
    }
    // Set the damaged store aside and start a new one; the user is told where the old one is.
    const QString aside
        = QStringLiteral("%1.damaged-%2")
              .arg(path, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::rename(path, aside)) {
        result.error = QCoreApplication::translate(
            "UserStore", "The user store %1 is damaged (%2) and could not be set aside.")
                           .arg(path, why);
        return result;
    }
    for (const char *suffix : { "-wal", "-shm" })
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    result.setAsidePath = aside;
    QString again;
    result.store = tryOpen(path, &again, &damaged);
    if (!result.store)
        result.error
            = QCoreApplication::translate("UserStore", "A new user store could not be created at %1: %2")
                  .arg(path, again);
    return result;
}

int UserStore::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        fail(q.lastError().text());
        return -1;
    }
    m_lastError.clear();
    return q.value(0).toInt();
}

bool UserStore::fail(const QString &why) const
{
    m_lastError = why;
    return false;
}

// Runs `work` in one transaction: all or nothing. `work` returns false after calling fail().
bool UserStore::inTransaction(const std::function<bool()> &work)
{
    m_lastError.clear();
    // IMMEDIATE takes the write lock at the start, so a concurrent writer waits for it (busy timeout)
    // rather than failing on a snapshot that went stale.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q.lastError().text());
    if (!work() || !q.exec(QStringLiteral("COMMIT"))) {
        if (m_lastError.isEmpty())
            m_lastError = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

namespace
{
std::optional<RoleInput> roleFromRow(const QString &code, const QString &json)
{
    const RolesParseResult parsed = parseRolesJson(json.toUtf8());
    if (!parsed.ok() || parsed.roles.size() != 1)
        return std::nullopt; // a row this version cannot read is skipped, not lost
    RoleInput input = parsed.roles.first();
    input.role.code = code;
    input.role.origin = RoleOrigin::Custom;
    return input;
}
} // namespace

QVector<RoleInput> UserStore::customRoles() const
{
    QVector<RoleInput> roles;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT code, json FROM custom_roles ORDER BY code"))) {
        fail(q.lastError().text());
        return roles;
    }
    m_lastError.clear();
    while (q.next()) {
        if (auto input = roleFromRow(q.value(0).toString(), q.value(1).toString()))
            roles.append(*input);
    }
    return roles;
}

std::optional<RoleInput> UserStore::customRole(const QString &code) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT json FROM custom_roles WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    m_lastError.clear();
    return q.next() ? roleFromRow(code, q.value(0).toString()) : std::nullopt;
}

namespace
{
// A custom role as stored: the ROLE JSON shape, its skills by name.
QString storedJson(const RoleInput &input)
{
    Role copy = input.role;
    copy.skills.clear();
    for (const QString &name : input.skillNames) {
        RoleSkill s;
        s.label = name;
        copy.skills.append(s);
    }
    return QString::fromUtf8(
        QJsonDocument(rolesToJson({ copy }).first().toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

bool UserStore::insertRoles(QVector<RoleInput> &roles)
{
    QSqlQuery q(db());
    int next = 1;
    if (q.exec(QStringLiteral("SELECT code FROM custom_roles WHERE code LIKE 'custom-%'"))) {
        while (q.next())
            next = std::max(next, q.value(0).toString().mid(7).toInt() + 1);
    }
    for (RoleInput &input : roles) {
        if (input.role.code.isEmpty())
            input.role.code = QStringLiteral("custom-%1").arg(next++);
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO custom_roles (code, json, updated_at) VALUES (?, ?, ?)"));
        q.addBindValue(input.role.code);
        q.addBindValue(storedJson(input));
        q.addBindValue(now());
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool UserStore::saveCustomRoles(QVector<RoleInput> &roles)
{
    QVector<RoleInput> updated = roles;
    const bool ok = inTransaction([&] { return insertRoles(updated); });
    if (ok)
        roles = updated;
    return ok;
}

QJsonArray UserStore::customRolesJson() const
{
    QVector<Role> roles;
    for (const RoleInput &r : customRoles()) {
        Role role = r.role;
        for (const QString &name : r.skillNames) {
            RoleSkill s;
            s.label = name;
            role.skills.append(s);
        }
        roles.append(role);
    }
    return rolesToJson(roles);
}

namespace
{
QString quoted(const QStringList &codes)
{
    QStringList out;
    for (const QString &c : codes)
        out << QStringLiteral("\"%1\"").arg(safefile::printable(c.left(100)));
    return out.join(QStringLiteral(", "));
}
} // namespace

UserStore::RolesImport UserStore::importRolesFile(const QString &path)
{
    RolesImportOptions options;
    options.replace = true; // the window's import, as before: a role with the same code is replaced
    return importRolesFile(path, options);
}

UserStore::RolesImport UserStore::importRolesFile(const QString &path, const RolesImportOptions &options)
{
    RolesImport result;
    auto failed = [&](const QString &message, bool badInput) {
        result.error = message;
        result.badInput = badInput;
        fail(message);
        return result;
    };
    const QString shownPath = safefile::printable(path);
    // Only a regular file, only up to the cap: /dev/zero or a FIFO is refused before a byte is read.
    const safefile::ReadResult file = safefile::readRegularFile(path, MaxRolesFileBytes);
    if (!file.ok())
        return failed(
            QCoreApplication::translate("UserStore", "%1 Nothing was imported.").arg(file.error), true);
    RolesParseResult parsed = parseRolesJson(file.bytes);
    if (!parsed.ok())
        return failed(QCoreApplication::translate("UserStore", "%1: %2. Nothing was imported.")
                          .arg(shownPath, safefile::printable(parsed.error)),
            true);

    // Codes that would shadow a catalogue role, appear twice in the file (in any case), or replace
    // one of the user's roles without being asked to.
    QHash<QString, QString> existing; // case-folded -> stored code
    for (const RoleInput &r : customRoles())
        existing.insert(r.role.code.toCaseFolded(), r.role.code);
    if (!m_lastError.isEmpty())
        return failed(m_lastError, false);
    QStringList catalogueCodes;
    QStringList repeated;
    QStringList taken;
    QStringList replaced; // stored codes to remove first (another case of an imported code)
    QHash<QString, QString> seen;
    for (const RoleInput &r : parsed.roles) {
        const QString code = r.role.code;
        if (code.isEmpty())
            continue;
        const QString folded = code.toCaseFolded();
        if (seen.contains(folded)) {
            repeated << seen.value(folded) << code;
            continue;
        }
        seen.insert(folded, code);
        if (options.catalogueHas && options.catalogueHas(code))
            catalogueCodes << code;
        else if (existing.contains(folded)) {
            taken << code;
            if (existing.value(folded) != code)
                replaced << existing.value(folded);
        }
    }
    repeated.removeDuplicates();
    QStringList reasons;
    if (!catalogueCodes.isEmpty())
        reasons << QCoreApplication::translate("UserStore", "codes of catalogue roles: %1")
                       .arg(quoted(catalogueCodes));
    if (!repeated.isEmpty())
        reasons << QCoreApplication::translate(
            "UserStore", "in the file more than once (case is ignored): %1")
                       .arg(quoted(repeated));
    if (!taken.isEmpty() && !options.replace)
        reasons << QCoreApplication::translate("UserStore", "already codes of your own roles: %1")
                       .arg(quoted(taken));
    if (!reasons.isEmpty()) {
        result.conflicts = catalogueCodes + repeated + (options.replace ? QStringList() : taken);
        result.replaceWouldHelp = catalogueCodes.isEmpty() && repeated.isEmpty();
        return failed(
            QCoreApplication::translate("UserStore", "%1: nothing was imported; these codes conflict: %2.")
                .arg(shownPath, reasons.join(QStringLiteral("; "))),
            true);
    }

    QVector<RoleInput> roles = parsed.roles;
    const bool saved = inTransaction([&] {
        QSqlQuery q(db());
        for (const QString &code : replaced) {
            q.prepare(QStringLiteral("DELETE FROM custom_roles WHERE code = ?"));
            q.addBindValue(code);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return insertRoles(roles);
    });
    if (!saved)
        return failed(
            QCoreApplication::translate("UserStore", "Cannot save the roles: %1. Nothing was imported.")
                .arg(m_lastError),
            false);
    result.roles = roles;
    result.replaced = taken;
    m_lastError.clear();
    return result;
}

bool UserStore::exportRolesFile(const QString &path, const QStringList &protectedPaths) const
{
    // Never onto the store itself, a device, a FIFO or a read-only file.
    const QStringList own
        = QStringList { m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm") }
        + protectedPaths;
    if (const QString problem = safefile::outputProblem(path, own); !problem.isEmpty())
        return fail(problem);
    const QJsonArray roles = customRolesJson();
    if (!m_lastError.isEmpty())
        return false; // the store could not be read: no file rather than an empty one
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(roles).toJson()) < 0 || !file.commit())
        return fail(QCoreApplication::translate("UserStore", "Cannot write %1: %2")
                        .arg(safefile::printable(path), file.errorString()));
    return true;
}

bool UserStore::deleteCustomRole(const QString &code)
{
    return inTransaction([&] {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("DELETE FROM custom_roles WHERE code = ?"));
        q.addBindValue(code);
        return q.exec() || fail(q.lastError().text());
    });
}

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
        fail(q.lastError().text());
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
        fail(q.lastError().text());
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
                return fail(q.lastError().text());
            if (q.next()) {
                clientId = q.value(0).toLongLong();
            } else {
                q.prepare(QStringLiteral("INSERT INTO clients (name, notes, modified_at) VALUES (?, '', ?)"));
                q.addBindValue(clientName);
                q.addBindValue(now());
                if (!q.exec())
                    return fail(q.lastError().text());
                clientId = q.lastInsertId().toLongLong();
            }
        } else if (clientId != 0) {
            q.prepare(QStringLiteral("SELECT name FROM clients WHERE id = ?"));
            q.addBindValue(clientId);
            if (!q.exec() || !q.next())
                return fail(q.lastError().isValid() ? q.lastError().text()
                                                    : QStringLiteral("no client %1").arg(clientId));
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
            return fail(q.lastError().text());
        if (c.id != 0 && q.numRowsAffected() != 1)
            return fail(QStringLiteral("no saved comparison %1").arg(c.id));
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
        fail(q.lastError().text());
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
            return fail(q.lastError().text());
        if (client.id != 0 && q.numRowsAffected() != 1)
            return fail(QStringLiteral("no client %1").arg(client.id));
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
            return fail(q.lastError().isValid() ? q.lastError().text()
                                                : QStringLiteral("no saved comparison %1").arg(id));
        return true;
    });
}

bool UserStore::deleteComparison(qint64 id)
{
    return inTransaction([&] {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("DELETE FROM saved_comparisons WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() || fail(q.lastError().text());
    });
}

Role toRole(const RoleInput &input, const SkillResolver &resolve)
{
    Role role = input.role;
    role.origin = RoleOrigin::Custom;
    role.skills.clear();
    for (const QString &name : input.skillNames) {
        RoleSkill s;
        s.label = name;
        const auto entity = resolve ? resolve(name) : std::nullopt;
        if (entity) {
            s.kind = entity->kind;
            s.entities = { *entity };
        } else {
            s.kind = SkillKind::Topic;
            s.entities = { SkillEntity { skillEntityId(SkillKind::Topic, name), name, SkillKind::Topic } };
        }
        role.skills.append(s);
    }
    role.provenance.insert(Field::Skills,
        Provenance { QStringLiteral("user"),
            role.skills.isEmpty() ? ValueStatus::Missing : ValueStatus::Known,
            role.skills.isEmpty() ? QStringLiteral("no skills given")
                                  : QStringLiteral("matched to catalogue skills by name") });
    return role;
}

} // namespace cc
