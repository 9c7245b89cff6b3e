// SPDX-License-Identifier: MIT
#pragma once

// The data layer's one error convention (CatalogueDatabase, UserStore, RoleDirectory):
// - Opening returns an OpenResult: the object, or why there is none (a sentence for the user).
// - Every other fallible method returns its value directly (a list, an optional, a bool) and sets
//   lastError(): empty after a success, the reason after a failure; every such method sets it,
//   so it is never stale. An empty list or nullopt with an empty lastError() means "none": no
//   such role, no such code. With lastError() set it means the database failed.
// - The text a user sees is made here, in the data layer; callers show it and never parse it.

#include "namematcher.h"
#include "role.h"
#include "searchnames.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace cc
{

class SqliteConnection;
class SqliteStatement;

struct RoleSummary {
    QString code;
    QString title;
    QString category;
    RoleOrigin origin = RoleOrigin::Onet;
};

// The bundled catalogue, opened read-only and immutable. Nothing here ever writes to it, and nothing
// is created beside it. Every value is checked as it is read (cataloguevalues.h): one outside its
// range is missing, with the reason in its provenance note. A query that runs longer than the time
// limit, or returns more than SqliteConnection::MaxRowsPerStatement rows, fails with lastError() saying so.
class CatalogueDatabase
{
public:
    enum class OpenError {
        None,
        Missing,
        Unreadable,
        NotSqlite,
        NotCatalogue,
        WrongVersion,
        InUse, // another program holds a writer's lock on it
        Unfinished // a journal or write-ahead log of an unfinished change lies beside it
    };
    static constexpr int DefaultQueryTimeLimitMs = 10000; // SqliteConnection::DefaultQueryTimeLimitMs

    struct OpenResult {
        std::unique_ptr<CatalogueDatabase> catalogue;
        OpenError error = OpenError::None;
        QString message; // a sentence for the user when opening failed
    };

    static OpenResult open(const QString &path, int queryTimeLimitMs = DefaultQueryTimeLimitMs);
    ~CatalogueDatabase();
    CatalogueDatabase(const CatalogueDatabase &) = delete;
    CatalogueDatabase &operator=(const CatalogueDatabase &) = delete;

    QString path() const { return m_path; }
    // The value of a metadata key (schema::MetadataKey), empty when the catalogue has none.
    QString metadata(const QString &key) const;
    // The releases the catalogue was built from, for the reader: the stored line in English ("O*NET
    // 29.3, BLS OEWS May 2024, BLS projections 2024–34"), its month and words in the text's language
    // otherwise ("…, BLS OEWS mayo de 2024, proyecciones del BLS 2024–34").
    QString releaseLine() const;

    QVector<RoleSummary> roles() const; // sorted by title
    // Codes whose O*NET code (with or without ".00"), title or alternate title equals `name`, ignoring
    // case. Empty with lastError() empty: no such role. Empty with lastError() set: the catalogue
    // failed (the command line exits 3, not 2).
    QStringList findCodes(const QString &name) const;
    // Every title and alternate title with its code, for suggestions and search.
    QVector<NamedCode> allNames() const;
    std::optional<Role> role(const QString &code) const;
    // The catalogue's skill, knowledge or technology with this name (any case), for custom roles' skills.
    std::optional<SkillEntity> skillEntityNamed(const QString &name) const;
    // The names skillEntityNamed() knows, sorted ignoring case, for completion. Empty with
    // lastError() set: the catalogue failed.
    QStringList skillEntityNames() const;
    QHash<QString, QString> sourceCitations() const;
    QHash<QString, QString> sourceNames() const; // "BLS OEWS … (May 2024)"
    // Titles, alternate titles and Spanish terms with their role's code, title and category, for search
    // (catalogue order: titles, alternate titles, Spanish terms). Empty with lastError() on a failure.
    // Empty, with no error, when `stop` becomes true while they are read (from another thread).
    SearchNames searchNames(const std::atomic_bool *stop = nullptr) const;

    // Why the last query failed; empty when it succeeded.
    QString lastError() const { return m_lastError; }

private:
    explicit CatalogueDatabase(const QString &path);
    QSqlDatabase db() const;
    // Runs `sql` (prepared with `values` bound in order, when there are any) and sets lastError().
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {}) const;
    // The next row of `q`; false at the end, or on a failure (a query stopped by the limits
    // included), which sets lastError().
    bool next(QSqlQuery &q) const;
    bool next(SqliteStatement &s) const; // the same for SQLite's C API (cataloguerole.cpp)
    // The failure of a query, in a sentence: the limit it passed, or SQLite's own words.
    QString queryError(const QSqlQuery &q) const;
    QString queryError(const QSqlError &error) const;
    // A role's other tables (cataloguerole.cpp), each false with lastError() set on a failure.
    bool readRoleDetails(Role &role) const;
    bool readProvenance(Role &role) const;
    QString mobilityTotalsProblem(const Role &role) const;
    bool readRoleMobility(Role &role) const;
    // The similarity vectors, Job Zone and random-pair means, and the work activities (issue #9).
    bool readSimilarity(Role &role) const;
    bool readSimilarityMeans() const;
    // Fills m_entitiesByName on first use; false (lastError() set) when the catalogue failed.
    bool loadSkillEntities() const;

    QString m_path;
    std::unique_ptr<SqliteConnection> m_connection;
    mutable QString m_lastError;
    mutable QHash<QString, SkillEntity> m_entitiesByName; // filled on first use
    mutable std::optional<std::array<double, SimilarityGroupCount>> m_similarityMu; // read on first use
    static constexpr int MaxFoundNames = 64;
    mutable QHash<QString, QStringList> m_foundCodes; // findCodes()'s answers, by name
};

} // namespace cc
