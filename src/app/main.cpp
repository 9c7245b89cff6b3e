// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careercompare"));
    QCoreApplication::setOrganizationName(QStringLiteral("Career Compare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    return cc::runCommandLine(QCoreApplication::arguments());
}
