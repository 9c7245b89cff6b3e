// SPDX-License-Identifier: MIT
#include "sourcerows.h"

#include "catalogueschema.h"
#include "importerror.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

namespace cc::import
{

QMap<QString, int> sourceRowCounts(
    const QString &sourceDir, const QMap<QString, int> &rowsByPath, QMap<QString, QString> *pathByName)
{
    // Each path read is the source folder as the user spelled it plus the file's place in it. Made
    // absolute and clean the same way, the two give that place back for any spelling ("src", "src/",
    // "a/../src", "..", a link): QDir::relativeFilePath alone returns a relative path unchanged.
    const QDir source(QDir(sourceDir).absolutePath());
    QMap<QString, int> rows;
    for (auto it = rowsByPath.constBegin(); it != rowsByPath.constEnd(); ++it) {
        const QString relative
            = source.relativeFilePath(QDir::cleanPath(QDir::current().absoluteFilePath(it.key())));
        const QString name = relative.startsWith(QLatin1String("onet/"))
            ? QStringLiteral("onet/") + QFileInfo(it.key()).completeBaseName()
            : relative;
        rows.insert(name, it.value());
        if (pathByName)
            pathByName->insert(name, it.key());
    }
    return rows;
}

QString sourceRowsText(const QMap<QString, int> &rows)
{
    QStringList lines;
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        lines << it.key() + QLatin1Char('\t') + QString::number(it.value());
    return lines.join(QLatin1Char('\n'));
}

QMap<QString, int> sourceRowsFromText(const QString &text)
{
    QMap<QString, int> rows;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        bool ok = false;
        const int count = parts.value(1).toInt(&ok);
        if (parts.size() == 2 && ok && count >= 0)
            rows.insert(parts.at(0), count);
    }
    return rows;
}

QMap<QString, int> previousSourceRows(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    QFile file(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != magic)
        return {};
    file.close();
    // Read-only and immutable: nothing is created beside the catalogue about to be replaced.
    SqliteConnection connection(
        QStringLiteral("cc-import-previous"), info.absoluteFilePath(), SqliteConnection::Mode::ReadOnly);
    if (!connection.open())
        return {};
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT value FROM metadata WHERE key = ?"));
    q.addBindValue(schema::MetadataKey::SourceRows);
    const QMap<QString, int> rows
        = q.exec() && q.next() ? sourceRowsFromText(q.value(0).toString()) : QMap<QString, int>();
    q.finish();
    return rows;
}

void checkNoTableShrank(const QMap<QString, int> &previous, const QMap<QString, int> &current,
    const QMap<QString, QString> &pathByName, const QString &sourceDir, const QString &catalogue)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
        const int now = current.value(it.key(), 0);
        if (2 * qint64(now) >= qint64(it.value()))
            continue;
        const QString file = pathByName.value(it.key(), QDir(sourceDir).filePath(it.key()));
        const QString rows = current.contains(it.key())
            ? QStringLiteral("has %1 data rows").arg(english.toString(now))
            : QStringLiteral("was not read (it is missing)");
        throw ImportError(file, 0,
            QStringLiteral("%1, fewer than half of the %2 the catalogue %3 was built from; nothing was "
                           "written. If the smaller table is right, run the import again with --force.")
                .arg(rows, english.toString(it.value()), catalogue));
    }
}

} // namespace cc::import
