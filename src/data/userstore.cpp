// SPDX-License-Identifier: MIT
#include "userstore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString nextConnection()
{
    static QAtomicInt counter;
    return QStringLiteral("cc-userstore-%1").arg(counter.fetchAndAddRelaxed(1));
}

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

UserStore::UserStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

UserStore::~UserStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isValid())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase UserStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

UserStore::OpenResult UserStore::open(const QString &path)
{
    OpenResult result;
    QDir().mkpath(QFileInfo(path).absolutePath());

    // Only a file SQLite itself calls damaged is set aside; any other failure (a full disk, no
    // permission, a lock) leaves the file alone and reports the error.
    enum class Failure { None, Damaged, Other };
    auto isDamage = [](const QSqlError &e) {
        const QString code = e.nativeErrorCode();
        return code == QLatin1String("11") || code == QLatin1String("26"); // SQLITE_CORRUPT, SQLITE_NOTADB
    };
    auto attempt = [&](QString *why, Failure *failure) -> std::unique_ptr<UserStore> {
        *failure = Failure::Other;
        const QString name = nextConnection();
        std::unique_ptr<UserStore> store(new UserStore(QFileInfo(path).absoluteFilePath(), name));
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(store->m_path);
        if (!database.open()) {
            *why = database.lastError().text();
            if (isDamage(database.lastError()))
                *failure = Failure::Damaged;
            return nullptr;
        }
        QSqlQuery q(database);
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            *why = q.lastError().text();
            if (isDamage(q.lastError()))
                *failure = Failure::Damaged;
            return nullptr;
        }
        if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
            *why = q.value(0).toString();
            *failure = Failure::Damaged;
            return nullptr;
        }
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
            || !q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
            || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            *why = q.lastError().text();
            return nullptr;
        }
        const int version = q.value(0).toInt();
        if (version > SchemaVersion) {
            *why = QStringLiteral("it was written by a newer Career Compare (store version %1)").arg(version);
            return nullptr;
        }
        if (version == 0) {
            // A new file, or an SQLite file of something else: only an empty one is ours to fill.
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            if (q.next() && q.value(0).toInt() > 0) {
                *why = QStringLiteral("it is not a Career Compare user store");
                *failure = Failure::Damaged;
                return nullptr;
            }
        }
        if (version < SchemaVersion) {
            QString error;
            if (!database.transaction() || !migrate(database, version, &error) || !database.commit()) {
                database.rollback();
                *why = QStringLiteral("it could not be upgraded: %1").arg(error);
                return nullptr;
            }
        }
        *failure = Failure::None;
        return store;
    };

    QString why;
    Failure failure = Failure::None;
    result.store = attempt(&why, &failure);
    if (result.store)
        return result;
    if (failure != Failure::Damaged) {
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
    result.store = attempt(&again, &failure);
    if (!result.store)
        result.error
            = QCoreApplication::translate("UserStore", "A new user store could not be created at %1: %2")
                  .arg(path, again);
    return result;
}

int UserStore::schemaVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool UserStore::inTransaction(const std::function<bool()> &work, QString *error)
{
    QSqlDatabase database = db();
    if (!database.transaction()) {
        m_lastError = database.lastError().text();
        if (error)
            *error = m_lastError;
        return false;
    }
    if (!work() || !database.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = database.lastError().text();
        database.rollback();
        if (error)
            *error = m_lastError;
        return false;
    }
    m_lastError.clear();
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
        m_lastError = q.lastError().text();
        return roles;
    }
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
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? roleFromRow(code, q.value(0).toString()) : std::nullopt;
}

bool UserStore::saveCustomRoles(QVector<RoleInput> &roles, QString *error)
{
    m_lastError.clear();
    QVector<RoleInput> updated = roles;
    const bool ok = inTransaction(
        [&] {
            QSqlQuery q(db());
            int next = 1;
            if (q.exec(QStringLiteral("SELECT code FROM custom_roles WHERE code LIKE 'custom-%'"))) {
                while (q.next())
                    next = std::max(next, q.value(0).toString().mid(7).toInt() + 1);
            }
            for (RoleInput &input : updated) {
                if (input.role.code.isEmpty())
                    input.role.code = QStringLiteral("custom-%1").arg(next++);
                Role copy = input.role;
                copy.skills.clear();
                for (const QString &name : input.skillNames) {
                    RoleSkill s;
                    s.label = name;
                    copy.skills.append(s);
                }
                const QByteArray json
                    = QJsonDocument(rolesToJson({ copy }).first().toObject()).toJson(QJsonDocument::Compact);
                q.prepare(QStringLiteral(
                    "INSERT OR REPLACE INTO custom_roles (code, json, updated_at) VALUES (?, ?, ?)"));
                q.addBindValue(input.role.code);
                q.addBindValue(QString::fromUtf8(json));
                q.addBindValue(now());
                if (!q.exec()) {
                    m_lastError = q.lastError().text();
                    return false;
                }
            }
            return true;
        },
        error);
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

UserStore::RolesImport UserStore::importRolesFile(const QString &path)
{
    RolesImport result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
        result.badInput = true;
        result.error = file.isOpen()
            ? QCoreApplication::translate(
                "UserStore", "%1 is too large for a list of roles. Nothing was imported.")
                  .arg(path)
            : QCoreApplication::translate("UserStore", "Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    RolesParseResult parsed = parseRolesJson(file.readAll());
    if (!parsed.ok()) {
        result.badInput = true;
        result.error = QCoreApplication::translate("UserStore", "%1: %2. Nothing was imported.")
                           .arg(path, parsed.error);
        return result;
    }
    QString error;
    if (!saveCustomRoles(parsed.roles, &error)) {
        result.error
            = QCoreApplication::translate("UserStore", "Cannot save the roles: %1. Nothing was imported.")
                  .arg(error);
        return result;
    }
    result.roles = parsed.roles;
    return result;
}

bool UserStore::exportRolesFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(customRolesJson()).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("UserStore", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool UserStore::deleteCustomRole(const QString &code, QString *error)
{
    return inTransaction(
        [&] {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("DELETE FROM custom_roles WHERE code = ?"));
            q.addBindValue(code);
            if (!q.exec()) {
                m_lastError = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

QVector<SavedComparison> UserStore::savedComparisons() const
{
    QVector<SavedComparison> list;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, name, code_a, code_b, client, notes, saved_at FROM "
                               "saved_comparisons ORDER BY saved_at DESC, id DESC"))) {
        m_lastError = q.lastError().text();
        return list;
    }
    while (q.next()) {
        list.append(SavedComparison { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs) });
    }
    return list;
}

std::optional<qint64> UserStore::saveComparison(const SavedComparison &c, QString *error)
{
    std::optional<qint64> id;
    const bool ok = inTransaction(
        [&] {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO saved_comparisons (name, code_a, code_b, client, notes, "
                                     "saved_at) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(c.name.trimmed().isEmpty() ? QStringLiteral("%1 vs %2").arg(c.codeA, c.codeB)
                                                      : c.name.trimmed());
            q.addBindValue(c.codeA);
            q.addBindValue(c.codeB);
            q.addBindValue(text(c.client));
            q.addBindValue(text(c.notes));
            q.addBindValue(now());
            if (!q.exec()) {
                m_lastError = q.lastError().text();
                return false;
            }
            id = q.lastInsertId().toLongLong();
            return true;
        },
        error);
    return ok ? id : std::nullopt;
}

bool UserStore::renameComparison(qint64 id, const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("UserStore", "A saved comparison needs a name.");
        return false;
    }
    return inTransaction(
        [&] {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("UPDATE saved_comparisons SET name = ? WHERE id = ?"));
            q.addBindValue(name.trimmed());
            q.addBindValue(id);
            if (!q.exec() || q.numRowsAffected() != 1) {
                m_lastError = q.lastError().isValid() ? q.lastError().text()
                                                      : QStringLiteral("no saved comparison %1").arg(id);
                return false;
            }
            return true;
        },
        error);
}

bool UserStore::deleteComparison(qint64 id, QString *error)
{
    return inTransaction(
        [&] {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("DELETE FROM saved_comparisons WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec()) {
                m_lastError = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
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
