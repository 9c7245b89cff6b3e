// SPDX-License-Identifier: MIT
#include "userfolders.h"

#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cc::userfolders
{

namespace
{

// The XDG variable that overrides HOME for `location`, when there is one.
const char *xdgVariable(QStandardPaths::StandardLocation location)
{
    switch (location) {
    case QStandardPaths::AppDataLocation:
    case QStandardPaths::AppLocalDataLocation:
    case QStandardPaths::GenericDataLocation:
        return "XDG_DATA_HOME";
    case QStandardPaths::ConfigLocation:
    case QStandardPaths::AppConfigLocation:
    case QStandardPaths::GenericConfigLocation:
        return "XDG_CONFIG_HOME";
    case QStandardPaths::CacheLocation:
    case QStandardPaths::GenericCacheLocation:
        return "XDG_CACHE_HOME";
    default:
        return nullptr;
    }
}

bool isInside(const QString &path, const QString &folder)
{
    const QString f = QDir::cleanPath(folder);
    const QString p = QDir::cleanPath(path);
    return p == f || p.startsWith(f.endsWith(QLatin1Char('/')) ? f : f + QLatin1Char('/'));
}

QString homeProblem(const QByteArray &home)
{
    if (home.isEmpty())
        return QCoreApplication::translate("UserFolders", "HOME is empty or not set");
    const QString path = QFile::decodeName(home);
    if (QDir::isRelativePath(path))
        return QCoreApplication::translate("UserFolders", "HOME (%1) is not an absolute path")
            .arg(safefile::printable(path));
    if (QDir::cleanPath(path) == QDir::rootPath())
        return QCoreApplication::translate("UserFolders", "HOME is the root folder \"/\"");
    if (!QFileInfo(path).isDir())
        return QCoreApplication::translate("UserFolders", "HOME (%1) is not an existing folder")
            .arg(safefile::printable(path));
    return QString();
}

} // namespace

void resolveRelativeHome()
{
    const QByteArray home = qgetenv("HOME");
    if (home.isEmpty() || QDir::isAbsolutePath(QFile::decodeName(home)))
        return;
    qputenv("HOME", QFile::encodeName(QDir::current().absoluteFilePath(QFile::decodeName(home))));
}

QString problem(QStandardPaths::StandardLocation location)
{
    const QString folder = QStandardPaths::writableLocation(location);
    if (const char *variable = xdgVariable(location)) {
        const QString chosen = qEnvironmentVariable(variable);
        // Qt uses an absolute XDG folder whatever HOME says; the user chose it.
        if (QDir::isAbsolutePath(chosen) && QDir::cleanPath(chosen) != QDir::rootPath()
            && isInside(folder, chosen))
            return QString();
    }
    QString why = homeProblem(qgetenv("HOME"));
    if (why.isEmpty() && !isInside(folder, QFile::decodeName(qgetenv("HOME"))))
        why = QCoreApplication::translate("UserFolders", "the folder %1 is outside your home folder")
                  .arg(safefile::printable(folder));
    return why;
}

} // namespace cc::userfolders
