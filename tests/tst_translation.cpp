// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"
#include "glancemodel.h"
#include "mainwindow.h"
#include "translations.h"
#include "ui_mainwindow.h"

#include <QtTest>

using namespace cc;

class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void spanishInterfaceLoads();
    void englishNeedsNone();
};

void TestTranslation::spanishInterfaceLoads()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(opened.catalogue);
    MainWindow window(*opened.catalogue);
    QVERIFY(window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    QCOMPARE(window.ui()->menuFile->title(), QStringLiteral("&Archivo"));
    QCOMPARE(window.ui()->tabs->tabText(0), QStringLiteral("De un vistazo"));
    QCOMPARE(window.ui()->actionExportPdf->text(), QStringLiteral("&Exportar PDF…"));
    QCOMPARE(window.glanceModel()->headerData(GlanceModel::AttributeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Atributo"));
    QCOMPARE(window.glanceModel()->index(0, GlanceModel::AttributeColumn).data().toString(),
        QStringLiteral("Rango salarial"));
    QCOMPARE(window.glanceModel()->index(0, GlanceModel::RoleAColumn).data().toString(),
        QStringLiteral("79.850\u00a0US$\u2013211.450\u00a0US$/año"));
    QVERIFY(window.ui()->onlyAHeading->text().startsWith(QStringLiteral("Solo Software Developers")));
}

void TestTranslation::englishNeedsNone()
{
    QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
