// SPDX-License-Identifier: MIT
#include "comparisonsession.h"

#include <QSqlQuery>

namespace cc {

ComparisonSession::ComparisonSession(const CatalogueDatabase &catalogue, QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_sourceNames(catalogue.sourceNames())
{
}

std::optional<Role> ComparisonSession::load(const QString &code)
{
    if (const auto it = m_cache.constFind(code); it != m_cache.constEnd())
        return *it;
    auto role = m_catalogue.role(code);
    if (!role) {
        emit failed(m_catalogue.lastError().isEmpty() ? tr("The catalogue has no role %1.").arg(code)
                                                      : tr("The catalogue cannot be read: %1").arg(m_catalogue.lastError()));
        return std::nullopt;
    }
    m_cache.insert(code, *role);
    return role;
}

void ComparisonSession::recompute(const Role &a, const Role &b)
{
    m_comparison = Comparison::of(a, b);
    emit comparisonChanged();
}

bool ComparisonSession::setRoles(const QString &codeA, const QString &codeB)
{
    const auto a = load(codeA);
    const auto b = a ? load(codeB) : std::nullopt;
    if (!a || !b)
        return false;
    recompute(*a, *b);
    return true;
}

bool ComparisonSession::setRoleA(const QString &code)
{
    if (!m_comparison)
        return setRoles(code, code);
    const auto a = load(code);
    if (!a)
        return false;
    recompute(*a, m_comparison->b);
    return true;
}

bool ComparisonSession::setRoleB(const QString &code)
{
    if (!m_comparison)
        return setRoles(code, code);
    const auto b = load(code);
    if (!b)
        return false;
    recompute(m_comparison->a, *b);
    return true;
}

void ComparisonSession::swap()
{
    if (m_comparison)
        recompute(m_comparison->b, m_comparison->a);
}

} // namespace cc
