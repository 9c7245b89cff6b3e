// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "userfolders.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace
{
void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("careercompare"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareerCompare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    cc::userfolders::resolveRelativeHome(); // before Qt reads HOME
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cc::Mode mode = cc::modeFor(arguments);
    if (mode == cc::Mode::Text) {
        QCoreApplication app(argc, argv);
        describe();
        return cc::runCommandLine(QCoreApplication::arguments());
    }
    // The PDF needs fonts and painting (QtGui) but no display and no widgets: its charts are drawn
    // straight onto the page (reportcharts.h).
    if (mode == cc::Mode::Pdf) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describe();
        return cc::runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describe();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.careercompare.CareerCompare"));
    return cc::runWindow(QCoreApplication::arguments());
}
