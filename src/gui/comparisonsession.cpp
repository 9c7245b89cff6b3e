// SPDX-License-Identifier: MIT
#include "comparisonsession.h"

#include "formatting.h"

#include <cmath>

namespace cc
{

ComparisonSession::ComparisonSession(const RoleDirectory &roles, QObject *parent)
    : QObject(parent)
    , m_roles(roles)
    , m_sourceNames(roles.sourceNames())
{
}

void ComparisonSession::reload(const QString &code)
{
    m_cache.remove(code);
    if (m_comparison && (m_comparison->a.code == code || m_comparison->b.code == code)) {
        const auto a = load(m_comparison->a.code);
        const auto b = a ? load(m_comparison->b.code) : std::nullopt;
        if (a && b)
            recompute(*a, *b); // the same pair: no question to ask
    }
}

bool ComparisonSession::mayChangeTo(const QString &codeA, const QString &codeB) const
{
    if (!m_guard || !m_comparison)
        return true;
    const QString a = m_comparison->a.code;
    const QString b = m_comparison->b.code;
    if ((codeA == a && codeB == b) || (codeA == b && codeB == a))
        return true;
    return m_guard(codeA, codeB);
}

std::optional<Role> ComparisonSession::load(const QString &code)
{
    if (const auto it = m_cache.constFind(code); it != m_cache.constEnd())
        return *it;
    auto role = m_roles.role(code);
    if (!role) {
        emit failed(m_roles.lastError().isEmpty()
                ? tr("There is no role %1.").arg(code)
                : tr("The catalogue cannot be read: %1").arg(m_roles.lastError()));
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
    if (!mayChangeTo(codeA, codeB))
        return false;
    const auto a = load(codeA);
    const auto b = a ? load(codeB) : std::nullopt;
    if (!a || !b)
        return false;
    recompute(*a, *b);
    return true;
}

bool ComparisonSession::setRoleA(const QString &code)
{
    return replace(code, true);
}
bool ComparisonSession::setRoleB(const QString &code)
{
    return replace(code, false);
}

bool ComparisonSession::replace(const QString &code, bool roleA)
{
    if (!m_comparison)
        return setRoles(code, code);
    if (!mayChangeTo(roleA ? code : m_comparison->a.code, roleA ? m_comparison->b.code : code))
        return false;
    const auto role = load(code);
    if (!role)
        return false;
    recompute(roleA ? *role : m_comparison->a, roleA ? m_comparison->b : *role);
    return true;
}

QString ComparisonSession::similaritySentence() const
{
    if (!m_comparison)
        return QString();
    const SkillOverlap &skills = m_comparison->skills;
    if (!skills.similarityPercent)
        return tr("Similarity not available: %1.")
            .arg(similarityMissingReason(m_comparison->a, m_comparison->b));
    return tr("Similarity %1: %2.")
        .arg(format::percent(std::round(*skills.similarityPercent)),
            transitionWording(int(skills.shared.size()), skills.similarityPercent));
}

void ComparisonSession::reverseRoadmap()
{
    m_roadmapAToB = !m_roadmapAToB;
    emit roadmapChanged();
}

void ComparisonSession::swap()
{
    if (m_comparison)
        recompute(m_comparison->b, m_comparison->a);
}

} // namespace cc
