// SPDX-License-Identifier: MIT
#include "roledirectory.h"

#include <QCoreApplication>

namespace cc
{

QStringList RoleDirectory::findCodes(const QString &name) const
{
    QStringList codes = m_catalogue.findCodes(name);
    if (!codes.isEmpty() || !m_store || !m_catalogue.lastError().isEmpty())
        return codes;
    const QString wanted = name.trimmed();
    for (const RoleInput &r : m_store->customRoles()) {
        if (r.role.code.compare(wanted, Qt::CaseInsensitive) == 0
            || r.role.title.compare(wanted, Qt::CaseInsensitive) == 0)
            codes << r.role.code;
    }
    return codes;
}

std::optional<Role> RoleDirectory::role(const QString &code) const
{
    if (auto r = m_catalogue.role(code))
        return r;
    if (!m_store || !m_catalogue.lastError().isEmpty())
        return std::nullopt;
    const auto input = m_store->customRole(code);
    if (!input)
        return std::nullopt;
    return toRole(*input, [this](const QString &skill) { return m_catalogue.skillEntityNamed(skill); });
}

SearchNames RoleDirectory::searchNames() const
{
    SearchNames names = m_catalogue.searchNames();
    const QVector<SearchNames::Input> custom = customSearchNames();
    for (const SearchNames::Input &name : custom)
        names.append(name);
    if (!custom.isEmpty())
        names.squeeze();
    return names;
}

QVector<SearchNames::Input> RoleDirectory::customSearchNames() const
{
    QVector<SearchNames::Input> names;
    if (!m_store)
        return names;
    for (const RoleInput &r : m_store->customRoles()) {
        SearchNames::Input name;
        name.name = r.role.title;
        name.code = r.role.code;
        name.title = r.role.title;
        name.category = r.role.category;
        name.primary = true;
        name.custom = true;
        names.append(name);
    }
    return names;
}

namespace
{
const QString UserSource = QStringLiteral("user");
}

QHash<QString, QString> RoleDirectory::sourceNames() const
{
    QHash<QString, QString> names = m_catalogue.sourceNames();
    names.insert(
        UserSource, QCoreApplication::translate("RoleDirectory", "entered by the user (custom role)"));
    return names;
}

QHash<QString, QString> RoleDirectory::sourceCitations() const
{
    QHash<QString, QString> citations = m_catalogue.sourceCitations();
    // Citations go into the report, which is English throughout.
    citations.insert(UserSource, QStringLiteral("Values of custom roles were entered by the user."));
    return citations;
}

QVector<NamedCode> RoleDirectory::allNames() const
{
    QVector<NamedCode> names = m_catalogue.allNames();
    if (m_store) {
        for (const RoleInput &r : m_store->customRoles())
            names.append(NamedCode { r.role.title, r.role.code });
    }
    return names;
}

} // namespace cc
