// SPDX-License-Identifier: MIT
#include "cataloguelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cc
{

QString defaultCataloguePath()
{
    const QString fromEnvironment = qEnvironmentVariable("CAREERCOMPARE_CATALOGUE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString installed = appDir.filePath(QStringLiteral("../share/careercompare/careers.sqlite"));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(CC_BUNDLED_CATALOGUE);
}

} // namespace cc
