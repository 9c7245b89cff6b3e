// SPDX-License-Identifier: MIT
// UserStore: the user's own roles, and their import from and export to a ROLE JSON file.
#include "userstore.h"

#include "cataloguedatabase.h"

#include "safefile.h"
#include "sqliteconnection.h"
#include "userstorevalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cc
{

using userstorevalues::now;

namespace
{
std::optional<RoleInput> roleFromRow(const QString &code, const QString &json)
{
    // Another version's row may have fields this one does not know (read what is known) and values
    // this one refuses (read as missing, with why): the role is still listed and exported.
    const RolesParseResult parsed
        = parseRolesJson(json.toUtf8(), UnknownFields::Ignore, RefusedValues::Missing);
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
        fail(sqlErrorText(q.lastError()));
        return roles;
    }
    m_lastError.clear();
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
        fail(sqlErrorText(q.lastError()));
        return std::nullopt;
    }
    m_lastError.clear();
    return q.next() ? roleFromRow(code, q.value(0).toString()) : std::nullopt;
}

namespace
{
// A custom role as stored: the ROLE JSON shape, its skills by name.
QString storedJson(const RoleInput &input)
{
    Role copy = input.role;
    copy.skills.clear();
    for (const QString &name : input.skillNames) {
        RoleSkill s;
        s.label = name;
        copy.skills.append(s);
    }
    return QString::fromUtf8(
        QJsonDocument(rolesToJson({ copy }).first().toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

bool UserStore::insertRoles(QVector<RoleInput> &roles, bool replace)
{
    QSqlQuery q(db());
    // A fresh "custom-N" is past every such code of the store and of `roles` themselves, in any case.
    qint64 next = 1;
    auto countPast = [&next](const QString &code) {
        if (code.startsWith(QLatin1String("custom-"), Qt::CaseInsensitive))
            next = std::max(next, code.mid(7).toLongLong() + 1);
    };
    if (!q.exec(QStringLiteral("SELECT code FROM custom_roles WHERE code LIKE 'custom-%'")))
        return fail(sqlErrorText(q.lastError()));
    while (q.next())
        countPast(q.value(0).toString());
    for (const RoleInput &input : roles)
        countPast(input.role.code);
    for (RoleInput &input : roles) {
        if (input.role.code.isEmpty())
            input.role.code = QStringLiteral("custom-%1").arg(next++);
        // Without `replace` a plain INSERT: a code already stored is an error, never overwritten.
        q.prepare(replace
                ? QStringLiteral(
                    "INSERT OR REPLACE INTO custom_roles (code, json, updated_at) VALUES (?, ?, ?)")
                : QStringLiteral("INSERT INTO custom_roles (code, json, updated_at) VALUES (?, ?, ?)"));
        q.addBindValue(input.role.code);
        q.addBindValue(storedJson(input));
        q.addBindValue(now());
        if (!q.exec())
            return fail(sqlErrorText(q.lastError()));
    }
    return true;
}

bool UserStore::saveCustomRoles(QVector<RoleInput> &roles)
{
    QVector<RoleInput> updated = roles;
    // The window's Save: a role edited keeps its code and replaces what was stored under it.
    const bool ok = inTransaction([&] { return insertRoles(updated, true); });
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

namespace
{
QString quoted(const QStringList &codes)
{
    QStringList out;
    for (const QString &c : codes)
        out << QCoreApplication::translate("UserStore", "\"%1\"").arg(safefile::printable(c.left(100)));
    return out.join(QStringLiteral(", "));
}

// The codes in a file being imported that conflict with the catalogue, the file or the store.
struct ImportConflicts {
    QStringList catalogueCodes; // codes of catalogue roles
    QStringList repeated; // in the file more than once (case is ignored)
    QStringList taken; // already codes of the user's roles
    QStringList replaced; // for each of `taken`, the code as stored (in any case): removed when replacing
};

// `existing` maps each stored code, case-folded, to the code as stored.
ImportConflicts findConflicts(const QVector<RoleInput> &roles, const QHash<QString, QString> &existing,
    const UserStore::RolesImportOptions &options)
{
    ImportConflicts found;
    QHash<QString, QString> seen;
    for (const RoleInput &r : roles) {
        const QString code = r.role.code;
        if (code.isEmpty())
            continue;
        const QString folded = code.toCaseFolded();
        if (seen.contains(folded)) {
            found.repeated << seen.value(folded) << code;
            continue;
        }
        seen.insert(folded, code);
        if (options.catalogueHas && options.catalogueHas(code))
            found.catalogueCodes << code;
        else if (existing.contains(folded)) {
            found.taken << code;
            found.replaced << existing.value(folded);
        }
    }
    found.repeated.removeDuplicates();
    return found;
}

// Why the import is refused, one reason per kind of conflict; empty when it may go ahead.
QStringList conflictReasons(const ImportConflicts &conflicts, bool replace)
{
    QStringList reasons;
    if (!conflicts.catalogueCodes.isEmpty())
        reasons << QCoreApplication::translate("UserStore", "codes of catalogue roles: %1")
                       .arg(quoted(conflicts.catalogueCodes));
    if (!conflicts.repeated.isEmpty())
        reasons << QCoreApplication::translate(
            "UserStore", "in the file more than once (case is ignored): %1")
                       .arg(quoted(conflicts.repeated));
    if (!conflicts.taken.isEmpty() && !replace) {
        // "same" (yours is "SAME"): the stored code when it is another case of the file's.
        QStringList taken;
        for (int i = 0; i < conflicts.taken.size(); ++i) {
            taken << quoted({ conflicts.taken[i] });
            if (conflicts.replaced.value(i) != conflicts.taken[i])
                taken.last() = QCoreApplication::translate("UserStore", "%1 (yours is %2)")
                                   .arg(taken.last(), quoted({ conflicts.replaced.value(i) }));
        }
        reasons << QCoreApplication::translate("UserStore", "already codes of your own roles: %1")
                       .arg(taken.join(QStringLiteral(", ")));
    }
    return reasons;
}
} // namespace

bool UserStore::storedCodes(QHash<QString, QString> &codes) const
{
    // Every stored code, also of rows this version cannot read (customRoles() skips those): an
    // import never replaces one without being asked to.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT code FROM custom_roles")))
        return fail(sqlErrorText(q.lastError()));
    while (q.next()) {
        const QString code = q.value(0).toString();
        codes.insert(code.toCaseFolded(), code);
    }
    return true;
}

std::function<bool(const QString &)> UserStore::catalogueCodes(const CatalogueDatabase &catalogue)
{
    auto codes = std::make_shared<QSet<QString>>();
    for (const RoleSummary &r : catalogue.roles()) {
        const QString folded = r.code.toCaseFolded();
        codes->insert(folded);
        if (folded.endsWith(QLatin1String(".00")))
            codes->insert(folded.chopped(3));
    }
    return [codes](const QString &code) { return codes->contains(code.toCaseFolded()); };
}

UserStore::RolesImport UserStore::importRolesFile(const QString &path, const RolesImportOptions &options)
{
    RolesImport result;
    auto failed = [&](const QString &message, bool badInput) {
        result.error = message;
        result.badInput = badInput;
        fail(message);
        return result;
    };
    const QString shownPath = safefile::printable(path);
    // Only a regular file, only up to the cap: /dev/zero or a FIFO is refused before a byte is read.
    const safefile::ReadResult file = safefile::readRegularFile(path, MaxRolesFileBytes);
    if (!file.ok())
        return failed(
            QCoreApplication::translate("UserStore", "%1 Nothing was imported.").arg(file.error), true);
    RolesParseResult parsed = parseRolesJson(file.bytes);
    if (!parsed.ok())
        return failed(QCoreApplication::translate("UserStore", "%1: %2. Nothing was imported.")
                          .arg(shownPath, safefile::printable(parsed.error)),
            true);

    // Codes that would shadow a catalogue role, appear twice in the file (in any case), or replace
    // one of the user's roles without being asked to. Checked inside the write transaction that saves
    // the roles (BEGIN IMMEDIATE: another import waits for it), so that of several imports of one code
    // at once only the first saves it and the others find it taken.
    QVector<RoleInput> roles = parsed.roles;
    ImportConflicts conflicts;
    QStringList reasons;
    const bool saved = inTransaction([&] {
        QHash<QString, QString> existing; // case-folded -> stored code
        if (!storedCodes(existing))
            return false;
        conflicts = findConflicts(roles, existing, options);
        reasons = conflictReasons(conflicts, options.replace);
        if (!reasons.isEmpty())
            return fail(QCoreApplication::translate(
                "UserStore", "%1: nothing was imported; these codes conflict: %2.")
                            .arg(shownPath, reasons.join(QStringLiteral("; "))));
        QSqlQuery q(db());
        for (const QString &code : conflicts.replaced) {
            q.prepare(QStringLiteral("DELETE FROM custom_roles WHERE code = ?"));
            q.addBindValue(code);
            if (!q.exec())
                return fail(sqlErrorText(q.lastError()));
        }
        return insertRoles(roles, false);
    });
    if (!reasons.isEmpty()) {
        result.conflicts = conflicts.catalogueCodes + conflicts.repeated
            + (options.replace ? QStringList() : conflicts.taken);
        result.replaceWouldHelp = conflicts.catalogueCodes.isEmpty() && conflicts.repeated.isEmpty();
        return failed(m_lastError, true);
    }
    if (!saved)
        return failed(
            QCoreApplication::translate("UserStore", "Cannot save the roles: %1. Nothing was imported.")
                .arg(m_lastError),
            false);
    result.roles = roles;
    result.replaced = conflicts.taken;
    m_lastError.clear();
    return result;
}

bool UserStore::exportRolesFile(const QString &path, const QStringList &protectedPaths) const
{
    // Never onto the store itself, a device, a FIFO or a read-only file.
    const QStringList own
        = QStringList { m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm") }
        + protectedPaths;
    if (const QString problem = safefile::outputProblem(path, own); !problem.isEmpty())
        return fail(problem);
    const QJsonArray roles = customRolesJson();
    if (!m_lastError.isEmpty())
        return false; // the store could not be read: no file rather than an empty one
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(roles).toJson()) < 0 || !file.commit())
        return fail(QCoreApplication::translate("UserStore", "Cannot write %1: %2")
                        .arg(safefile::printable(path), file.errorString()));
    return true;
}

bool UserStore::deleteCustomRole(const QString &code)
{
    return inTransaction([&] {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("DELETE FROM custom_roles WHERE code = ?"));
        q.addBindValue(code);
        return q.exec() || fail(sqlErrorText(q.lastError()));
    });
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
    const NoteText skillsNote = role.skills.isEmpty()
        ? NoteText::note(QT_TRANSLATE_NOOP("ProvenanceNote", "no skills given"))
        : NoteText::note(QT_TRANSLATE_NOOP("ProvenanceNote", "matched to catalogue skills by name"));
    role.provenance.insert(Field::Skills,
        Provenance { QStringLiteral("user"),
            role.skills.isEmpty() ? ValueStatus::Missing : ValueStatus::Known, skillsNote.english(),
            skillsNote });
    return role;
}

} // namespace cc
