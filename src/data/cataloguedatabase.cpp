// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"

#include "catalogueschema.h"
#include "cataloguevalues.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace cc
{

namespace
{

using catalogue::cleanText;
using catalogue::MaxCodeLength;
using catalogue::MaxNoteLength;
namespace Bounds = catalogue::Bounds;

static_assert(CatalogueDatabase::DefaultQueryTimeLimitMs == SqliteConnection::DefaultQueryTimeLimitMs);

// A code or id as read: bounded and without control characters.
QString codeAt(const QSqlQuery &q, int column)
{
    return cleanText(q.value(column), MaxCodeLength);
}

QString textAt(const QSqlQuery &q, int column)
{
    return cleanText(q.value(column));
}

} // namespace

CatalogueDatabase::CatalogueDatabase(const QString &path)
    : m_path(path)
    , m_connection(std::make_unique<SqliteConnection>(
          QStringLiteral("cc-catalogue"), path, SqliteConnection::Mode::ReadOnly))
{
}

CatalogueDatabase::~CatalogueDatabase() = default;

QSqlDatabase CatalogueDatabase::db() const
{
    return m_connection->database();
}

bool CatalogueDatabase::exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (ok)
        m_lastError.clear();
    else
        m_lastError = queryError(q);
    return ok;
}

bool CatalogueDatabase::next(QSqlQuery &q) const
{
    if (q.next())
        return true;
    if (q.lastError().isValid())
        m_lastError = queryError(q);
    return false;
}

QString CatalogueDatabase::queryError(const QSqlQuery &q) const
{
    return queryError(q.lastError());
}

QString CatalogueDatabase::queryError(const QSqlError &error) const
{
    const QString stopped = m_connection->interruption();
    if (!stopped.isEmpty())
        return QCoreApplication::translate(
            "CatalogueDatabase", "A query of the catalogue %1 (the file may be damaged or altered).")
            .arg(stopped);
    return sqlErrorText(error);
}

QString CatalogueDatabase::metadata(const QString &key) const
{
    QSqlQuery q(db());
    if (exec(q, QStringLiteral("SELECT value FROM metadata WHERE key = ?"), { key }) && next(q))
        return cleanText(q.value(0), catalogue::MaxMetadataLength, true);
    return QString();
}

QString CatalogueDatabase::releaseLine() const
{
    const QString stored = metadata(schema::MetadataKey::Release);
    const QString onet = metadata(schema::MetadataKey::OnetRelease);
    const QString oews = metadata(schema::MetadataKey::OewsRelease);
    const QString projections = metadata(schema::MetadataKey::ProjectionsRelease);
    if (textIsEnglish() || onet.isEmpty() || oews.isEmpty() || projections.isEmpty())
        return stored;
    const QDate month
        = QLocale(QLocale::English, QLocale::UnitedStates).toDate(oews, QStringLiteral("MMMM yyyy"));
    const QString oewsShown = month.isValid()
        ? QCoreApplication::translate("CatalogueDatabase", "%1 %2", "month and year of a release")
              .arg(textLocale().standaloneMonthName(month.month()), QString::number(month.year()))
        : oews;
    return QCoreApplication::translate("CatalogueDatabase", "O*NET %1, BLS OEWS %2, BLS projections %3")
        .arg(onet, oewsShown, projections);
}

QVector<RoleSummary> CatalogueDatabase::roles() const
{
    QVector<RoleSummary> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT code, title, category, origin FROM roles ORDER BY title, code")))
        return list;
    while (next(q))
        list.append(RoleSummary { codeAt(q, 0), textAt(q, 1), textAt(q, 2),
            roleOriginFromName(q.value(3).toString()).value_or(RoleOrigin::Onet) });
    if (!m_lastError.isEmpty())
        list.clear();
    return list;
}

QStringList CatalogueDatabase::findCodes(const QString &name) const
{
    m_lastError.clear();
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return {};
    // The catalogue never changes: a name once found (or not) is answered again without a query
    // (the command line asks for each of its two names twice).
    if (const auto known = m_foundCodes.constFind(wanted); known != m_foundCodes.constEnd())
        return *known;
    QStringList codes;
    {
        // The code first ("15-1252" means "15-1252.00"), in any case: read from the code's own index
        // alone (its 6 pages, where a scan that also matched titles read all 82 of the table's).
        // A UNION of the two, not an OR: SQLite 3.40 turns "code = ?1 COLLATE NOCASE OR code = ?2"
        // into a search of the code's case-sensitive index, and "ai-0001" found nothing.
        SqliteStatement s(*m_connection,
            "SELECT code FROM roles WHERE code = ?1 COLLATE NOCASE"
            " UNION SELECT code FROM roles WHERE code = ?1 || '.00' ORDER BY code",
            { wanted });
        while (next(s))
            codes << cleanText(s.value(0), MaxCodeLength);
    }
    if (codes.isEmpty() && m_lastError.isEmpty()) {
        // Then the title, read straight through the table (NOT INDEXED): SQLite would otherwise walk
        // the code index to save sorting the few rows found, and look each row up in the table.
        SqliteStatement s(*m_connection,
            "SELECT code FROM roles NOT INDEXED WHERE title = ?1 COLLATE NOCASE ORDER BY code", { wanted });
        while (next(s))
            codes << cleanText(s.value(0), MaxCodeLength);
    }
    if (codes.isEmpty() && m_lastError.isEmpty()) {
        // Two selects, so that each is looked up in its index (the short title's index is partial:
        // it holds only the titles that have a short form; an older catalogue without it still works).
        SqliteStatement s(*m_connection,
            "SELECT role_code FROM alternate_titles WHERE title = ?1 COLLATE NOCASE UNION"
            " SELECT role_code FROM alternate_titles WHERE short_title = ?1 COLLATE NOCASE"
            " AND short_title <> '' ORDER BY role_code",
            { wanted });
        while (next(s))
            codes << cleanText(s.value(0), MaxCodeLength);
    }
    if (!m_lastError.isEmpty())
        return {};
    if (m_foundCodes.size() >= MaxFoundNames)
        m_foundCodes.clear();
    m_foundCodes.insert(wanted, codes);
    return codes;
}

QVector<NamedCode> CatalogueDatabase::allNames() const
{
    QVector<NamedCode> names;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q,
            QStringLiteral(
                "SELECT title, code FROM roles UNION ALL SELECT title, role_code FROM alternate_titles")))
        return names;
    while (next(q))
        names.append(NamedCode { textAt(q, 0), codeAt(q, 1) });
    if (!m_lastError.isEmpty())
        names.clear();
    return names;
}

QHash<QString, QString> CatalogueDatabase::sourceCitations() const
{
    QHash<QString, QString> citations;
    QSqlQuery q(db());
    if (!exec(q, QStringLiteral("SELECT id, citation FROM sources")))
        return citations;
    while (next(q))
        citations.insert(codeAt(q, 0), cleanText(q.value(1), MaxNoteLength));
    if (!m_lastError.isEmpty())
        citations.clear();
    return citations;
}

bool CatalogueDatabase::loadSkillEntities() const
{
    m_lastError.clear();
    if (!m_entitiesByName.isEmpty())
        return true;
    QSqlQuery q(db());
    // Skills before knowledge before technologies when names collide ("Mathematics").
    if (!exec(q,
            QStringLiteral("SELECT id, name, kind FROM skill_entities WHERE kind <> 'topic' ORDER BY"
                           " CASE kind WHEN 'skill' THEN 0 WHEN 'knowledge' THEN 1 ELSE 2 END DESC, id")))
        return false;
    while (next(q)) {
        const SkillEntity e { codeAt(q, 0), textAt(q, 1),
            skillKindFromName(q.value(2).toString()).value_or(SkillKind::Technology) };
        m_entitiesByName.insert(e.name.simplified().toCaseFolded(), e);
    }
    if (!m_lastError.isEmpty()) {
        m_entitiesByName.clear();
        return false;
    }
    return true;
}

QStringList CatalogueDatabase::skillEntityNames() const
{
    QStringList names;
    if (!loadSkillEntities())
        return names;
    names.reserve(m_entitiesByName.size());
    for (const SkillEntity &e : std::as_const(m_entitiesByName))
        names << e.name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<SkillEntity> CatalogueDatabase::skillEntityNamed(const QString &name) const
{
    if (!loadSkillEntities())
        return std::nullopt;
    const auto it = m_entitiesByName.constFind(name.simplified().toCaseFolded());
    if (it == m_entitiesByName.constEnd())
        return std::nullopt;
    return *it;
}

QHash<QString, QString> CatalogueDatabase::sourceNames() const
{
    QHash<QString, QString> names;
    QSqlQuery q(db());
    if (!exec(q, QStringLiteral("SELECT id, name, release FROM sources")))
        return names;
    while (next(q))
        names.insert(codeAt(q, 0), QStringLiteral("%1 (%2)").arg(textAt(q, 1), textAt(q, 2)));
    if (!m_lastError.isEmpty())
        names.clear();
    return names;
}

} // namespace cc
