// SPDX-License-Identifier: MIT
#pragma once

#include "cataloguedatabase.h"
#include "userstore.h"

namespace cc
{

// Every role the user can pick: the catalogue's, then the user's custom roles (when a store is open).
class RoleDirectory
{
public:
    RoleDirectory(const CatalogueDatabase &catalogue, UserStore *store)
        : m_catalogue(catalogue)
        , m_store(store)
    {
    }

    const CatalogueDatabase &catalogue() const { return m_catalogue; }
    UserStore *store() const { return m_store; }

    // Codes for a code, title or alternate title (any case); custom roles by code or title. Empty
    // with lastError() set: the catalogue failed; empty with lastError() empty: no such role.
    QStringList findCodes(const QString &name) const;
    std::optional<Role> role(const QString &code) const;
    SearchNames searchNames() const;
    // The names searchNames() adds to the catalogue's: each custom role's title.
    QVector<SearchNames::Input> customSearchNames() const;
    QVector<NamedCode> allNames() const;
    // The catalogue's last error (see cataloguedatabase.h). A user store that cannot be read adds
    // no roles; its error is the store's own lastError().
    QString lastError() const { return m_catalogue.lastError(); }

    // The catalogue's sources, plus "user" for the values of custom roles.
    QHash<QString, QString> sourceNames() const;
    QHash<QString, QString> sourceCitations() const;

private:
    const CatalogueDatabase &m_catalogue;
    UserStore *m_store;
};

} // namespace cc
