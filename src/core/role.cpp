// SPDX-License-Identifier: MIT
#include "role.h"

#include <QCoreApplication>

namespace cc
{

namespace
{
template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<const char *, N> &names, const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 3> StatusNames { "known", "estimate", "missing" };
constexpr std::array<const char *, 3> DifficultyNames { "Beginner", "Intermediate", "Advanced" };
constexpr std::array<const char *, 3> BarrierNames { "Low", "Medium", "High" };
constexpr std::array<const char *, 3> RemoteNames { "No", "Partly", "Yes" };
constexpr std::array<const char *, 3> OriginNames { "onet", "seed", "custom" };
constexpr std::array<const char *, 4> KindNames { "skill", "knowledge", "technology", "topic" };
constexpr std::array<const char *, InterestCount> InterestNames { "Realistic", "Investigative", "Artistic",
    "Social", "Enterprising", "Conventional" };
} // namespace

QString valueStatusName(ValueStatus status)
{
    return QLatin1String(StatusNames.at(int(status)));
}
std::optional<ValueStatus> valueStatusFromName(const QString &name)
{
    return fromName<ValueStatus>(StatusNames, name);
}

QString difficultyName(Difficulty value)
{
    return QLatin1String(DifficultyNames.at(int(value)));
}
QString entryBarrierName(EntryBarrier value)
{
    return QLatin1String(BarrierNames.at(int(value)));
}
QString remoteFriendlyName(RemoteFriendly value)
{
    return QLatin1String(RemoteNames.at(int(value)));
}
std::optional<Difficulty> difficultyFromName(const QString &name)
{
    return fromName<Difficulty>(DifficultyNames, name);
}
std::optional<EntryBarrier> entryBarrierFromName(const QString &name)
{
    return fromName<EntryBarrier>(BarrierNames, name);
}
std::optional<RemoteFriendly> remoteFriendlyFromName(const QString &name)
{
    return fromName<RemoteFriendly>(RemoteNames, name);
}

QString interestName(Interest interest)
{
    return QLatin1String(InterestNames.at(int(interest)));
}

QString skillKindName(SkillKind kind)
{
    return QLatin1String(KindNames.at(int(kind)));
}
std::optional<SkillKind> skillKindFromName(const QString &name)
{
    return fromName<SkillKind>(KindNames, name);
}

QString skillEntityId(SkillKind kind, const QString &name)
{
    return skillKindName(kind) + QLatin1Char(':') + name.simplified().toCaseFolded();
}

QString roleOriginName(RoleOrigin origin)
{
    return QLatin1String(OriginNames.at(int(origin)));
}
std::optional<RoleOrigin> roleOriginFromName(const QString &name)
{
    return fromName<RoleOrigin>(OriginNames, name);
}

Provenance Role::provenanceOf(const QString &field) const
{
    const auto it = provenance.constFind(field);
    if (it != provenance.constEnd())
        return *it;
    static const NoteText none
        = NoteText::note(QT_TRANSLATE_NOOP("ProvenanceNote", "no source gives this value"));
    return Provenance { QString(), ValueStatus::Missing, none.english(), none };
}

} // namespace cc
