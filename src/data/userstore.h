// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"
#include "rolejson.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace cc
{

class CatalogueDatabase;
class SqliteConnection;

struct SavedComparison {
    qint64 id = 0; // 0: not saved yet (saveComparison adds it)
    QString name;
    QString codeA;
    QString codeB;
    QString client; // the client's name (read from the client record); see clientId
    QString notes; // the notes of this comparison, printed on its report
    QDateTime savedAt; // UTC, first saved
    qint64 clientId = 0; // 0: no client. Saving with 0 and a `client` name files it under that client.
    QDateTime modifiedAt; // UTC, last saved
};

// A counselor's client: a record of its own, with the comparisons saved for them.
struct Client {
    qint64 id = 0; // 0: not saved yet
    QString name;
    QString notes; // about the client, not printed
    QDateTime modifiedAt; // UTC
};

// The user's own data, apart from the read-only catalogue: custom roles and saved comparisons with
// their client and notes. One SQLite file with a schema version and migrations; every change is
// one transaction. A store that cannot be read is set aside (renamed), never deleted.
// Errors follow the data layer's convention (cataloguedatabase.h): each fallible method returns its
// value and sets lastError(), a sentence the window and the command line show as it is.
class UserStore
{
public:
    static constexpr int SchemaVersion = 3;
    // PRAGMA application_id of our stores ("CCus"): a file with another id is not ours to touch.
    static constexpr qint32 ApplicationId = 0x43437573;

    struct OpenResult {
        std::unique_ptr<UserStore> store;
        QString error; // set when no store could be opened at all
        QString setAsidePath; // set when a damaged store was renamed to this and a new one started
    };

    // QStandardPaths::AppDataLocation/userdata.sqlite
    static QString defaultPath();
    static OpenResult open(const QString &path);
    ~UserStore();
    UserStore(const UserStore &) = delete;
    UserStore &operator=(const UserStore &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const; // -1 when it cannot be read

    // Custom roles, stored in the ROLE JSON shape with their skill names.
    QVector<RoleInput> customRoles() const;
    std::optional<RoleInput> customRole(const QString &code) const;
    // Saves (adds or replaces) roles in one transaction: all or none. Roles without a code get a
    // fresh "custom-N" code, written back into `roles`.
    bool saveCustomRoles(QVector<RoleInput> &roles);
    bool deleteCustomRole(const QString &code);
    // Every custom role in the ROLE JSON shape with its "skills", as --export-roles writes them.
    QJsonArray customRolesJson() const;

    // Reads a JSON file of roles (a regular file of at most MaxRolesFileBytes) and saves them all, or
    // none; also sets lastError(). `badInput` tells an unreadable, invalid or conflicting file (the
    // user's to fix) from a store that cannot be written. A code may not be a catalogue role's
    // (`catalogueHas`), appear twice in the file (case ignored), or be one of the user's roles
    // unless `replace` is set.
    static constexpr qint64 MaxRolesFileBytes = 16 * 1024 * 1024;
    struct RolesImportOptions {
        bool replace = false;
        std::function<bool(const QString &code)> catalogueHas;
    };
    struct RolesImport {
        QVector<RoleInput> roles; // as saved, with their codes
        QStringList replaced; // codes of the user's roles that were replaced
        QStringList conflicts; // the codes that stopped the import
        bool replaceWouldHelp = false; // only codes of the user's own roles conflict
        QString error; // the same sentence as lastError()
        bool badInput = false;
        bool ok() const { return error.isEmpty(); }
    };
    // All or nothing. Refused, naming the codes, when a code is a catalogue role's (`catalogueHas`), is
    // in the file twice (case ignored) or, unless `replace`, is one of the user's roles. The command
    // line's --replace and the window's "Replace" both set `replace`.
    RolesImport importRolesFile(const QString &path, const RolesImportOptions &options);
    // `catalogueHas` for `catalogue`: a catalogue role's code in any case, with or without ".00".
    static std::function<bool(const QString &code)> catalogueCodes(const CatalogueDatabase &catalogue);
    // Writes customRolesJson() atomically (QSaveFile) to a regular file or a new one: never onto the
    // store itself, any of `protectedPaths`, a device, a FIFO or a read-only file.
    bool exportRolesFile(const QString &path, const QStringList &protectedPaths = {}) const;

    QVector<SavedComparison> savedComparisons() const; // last modified first
    std::optional<SavedComparison> savedComparison(qint64 id) const;
    // Adds a comparison (id 0: Save As) or updates the one with its id (Save); returns its id.
    std::optional<qint64> saveComparison(const SavedComparison &comparison);

    // Clients, by name. A client's comparisons are the saved comparisons with its clientId.
    QVector<Client> clients() const;
    std::optional<Client> client(qint64 id) const;
    // Adds (id 0) or updates a client; returns its id. A client needs a name.
    std::optional<qint64> saveClient(const Client &client);
    bool renameComparison(qint64 id, const QString &name);
    bool deleteComparison(qint64 id);

    // Why the last call failed; empty when it succeeded.
    QString lastError() const { return m_lastError; }

private:
    explicit UserStore(const QString &path);
    // Opens, checks and (when older) migrates the store at `path`. Null with `why` set on failure;
    // `damaged` when SQLite calls the file damaged, the only case in which it is set aside.
    static std::unique_ptr<UserStore> tryOpen(const QString &path, QString *why, bool *damaged);
    QSqlDatabase db() const;
    bool inTransaction(const std::function<bool()> &work);
    // Inside a transaction: saves `roles`, giving those without a code a fresh "custom-N". With
    // `replace` a stored role of the same code is replaced; without it, a stored code is an error.
    bool insertRoles(QVector<RoleInput> &roles, bool replace);
    // Every stored code, case-folded, to the code as stored.
    bool storedCodes(QHash<QString, QString> &codes) const;
    bool fail(const QString &why) const;

    QString m_path;
    std::unique_ptr<SqliteConnection> m_connection;
    mutable QString m_lastError;
};

// Turns stored skill names into skill entities: a name the catalogue knows becomes that skill
// (so overlap with catalogue roles works); any other becomes a topic of its own.
using SkillResolver = std::function<std::optional<SkillEntity>(const QString &name)>;
Role toRole(const RoleInput &input, const SkillResolver &resolve);

} // namespace cc
