// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "roadmap.h"
#include "roledirectory.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace cc
{

// The comparison on screen: two roles picked from the catalogue. Models and charts follow it.
class ComparisonSession : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonSession(const RoleDirectory &roles, QObject *parent = nullptr);

    // Asked before the comparison changes to another pair (not a swap, not a reload): false keeps the
    // comparison on screen, and the call that asked returns false. The window asks about unsaved notes.
    using ChangeGuard = std::function<bool(const QString &codeA, const QString &codeB)>;
    void setChangeGuard(ChangeGuard guard) { m_guard = std::move(guard); }

    bool setRoles(const QString &codeA, const QString &codeB);
    bool setRoleA(const QString &code);
    bool setRoleB(const QString &code);
    void swap();

    bool hasComparison() const { return m_comparison.has_value(); }
    const Comparison &comparison() const { return *m_comparison; }
    const CatalogueDatabase &catalogue() const { return m_roles.catalogue(); }
    // A role read before the window was built (while the fonts load on another thread): used as if
    // this session had loaded it.
    void keep(const Role &role) { m_cache.insert(role.code, role); }
    // Forgets a cached role (after a custom role is edited) and reloads the comparison if it shows it.
    void reload(const QString &code);
    QHash<QString, QString> sourceNames() const { return m_sourceNames; }
    // "Similarity 62%: <the transition wording>." for the comparison on screen.
    QString similaritySentence() const;

    // The roadmap from A to B, or from B to A once reversed; the direction outlasts the comparison.
    Roadmap roadmap() const { return cc::roadmap(*m_comparison, m_roadmapAToB); }
    bool roadmapAToB() const { return m_roadmapAToB; }
    void reverseRoadmap();

signals:
    void comparisonChanged();
    void roadmapChanged();
    void failed(const QString &message);

private:
    std::optional<Role> load(const QString &code);
    bool replace(const QString &code, bool roleA);
    void recompute(const Role &a, const Role &b);
    bool mayChangeTo(const QString &codeA, const QString &codeB) const;

    const RoleDirectory &m_roles;
    QHash<QString, Role> m_cache;
    QHash<QString, QString> m_sourceNames;
    std::optional<Comparison> m_comparison;
    bool m_roadmapAToB = true;
    ChangeGuard m_guard;
};

} // namespace cc
