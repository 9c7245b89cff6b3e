// SPDX-License-Identifier: MIT
#pragma once

#include "namematcher.h"
#include "role.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace cc
{

struct RoleSummary {
    QString code;
    QString title;
    QString category;
    RoleOrigin origin = RoleOrigin::Onet;
};

// The bundled catalogue, opened read-only. Nothing here ever writes to it.
class CatalogueDatabase
{
public:
    enum class OpenError { None, Missing, Unreadable, NotSqlite, NotCatalogue, WrongVersion };

    struct OpenResult {
        std::unique_ptr<CatalogueDatabase> catalogue;
        OpenError error = OpenError::None;
        QString message; // a sentence for the user when opening failed
    };

    static OpenResult open(const QString &path);
    ~CatalogueDatabase();
    CatalogueDatabase(const CatalogueDatabase &) = delete;
    CatalogueDatabase &operator=(const CatalogueDatabase &) = delete;

    QString path() const { return m_path; }
    QString metadata(const QString &key) const;

    QVector<RoleSummary> roles() const; // sorted by title
    // Codes whose O*NET code (with or without ".00"), title or alternate title equals `name`, ignoring case.
    QStringList findCodes(const QString &name) const;
    // Every title and alternate title with its code, for suggestions and search.
    QVector<NamedCode> allNames() const;
    std::optional<Role> role(const QString &code) const;
    // The catalogue's skill, knowledge or technology with this name (any case), for custom roles' skills.
    std::optional<SkillEntity> skillEntityNamed(const QString &name) const;
    QHash<QString, QString> sourceCitations() const;
    QHash<QString, QString> sourceNames() const; // "BLS OEWS … (May 2024)"
    // Titles and alternate titles with their role's code, title and category, for search.
    struct SearchName {
        QString name;
        QString code;
        QString title;
        QString category;
        bool primary = false;
        bool custom = false; // a role of the user's own, not from the catalogue
    };
    QVector<SearchName> searchNames() const;

    // The last query error, empty when the last call succeeded.
    QString lastError() const { return m_lastError; }

private:
    CatalogueDatabase(QString path, QString connectionName);
    QSqlDatabase db() const;

    QString m_path;
    QString m_connectionName;
    mutable QString m_lastError;
    mutable QHash<QString, SkillEntity> m_entitiesByName; // filled on first use
};

} // namespace cc
