// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"
#include "glancemodel.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "relatedrolesmodel.h"
#include "salarychartview.h"
#include "testutil.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>
#include <QtTest>

using namespace cc;

class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void spanishInterfaceLoads();
    void englishNeedsNone();
    void spanishWindowHasNoEnglish();
};

namespace
{
// Every translatable source string of the program (translations/careercompare_es.ts), split at its
// placeholders, markup and accelerators into fragments of three or more words: English the window
// could show. Data (titles, skill, technology and work-activity names) is not in it.
QStringList englishPhrases()
{
    return testutil::englishPhrases(QStringLiteral(CC_TS_FILE), { {}, QStringLiteral("▸·"), true });
}

// The text a widget shows: labels, buttons, group titles, tabs, text boxes, the rows and headers of a
// view, a chart's title, axes and legend.
QStringList shownText(QWidget *root)
{
    QStringList texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            texts << g->title();
        else if (auto *e = qobject_cast<QTextEdit *>(w))
            texts << e->toPlainText();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            texts << p->placeholderText();
        else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(60, m->rowCount()); ++r) {
                for (int c = 0; c < m->columnCount(); ++c)
                    texts << m->index(r, c).data().toString();
            }
        } else if (auto *salary = qobject_cast<SalaryChartView *>(w)) {
            for (const ChartDrawing::Label &label : salary->drawing().labels)
                texts << label.text;
        } else if (auto *cv = qobject_cast<QChartView *>(w); cv && cv->chart()) {
            texts << cv->chart()->title();
            for (QLegendMarker *marker : cv->chart()->legend()->markers())
                texts << marker->label();
            for (QAbstractAxis *axis : cv->chart()->axes()) {
                texts << axis->titleText();
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    texts << categories->categories();
            }
        }
    }
    return texts;
}
} // namespace

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
    // The tabs built when first shown keep the Spanish of mainwindow.ui, where they were described.
    QCOMPARE(window.ui()->demandChartView->accessibleName(), QStringLiteral("Gráfico del índice de demanda"));
    QCOMPARE(window.ui()->onlyAView->accessibleName(), QStringLiteral("Competencias solo de A"));
    QCOMPARE(window.ui()->reverseRoadmapButton->text(), QStringLiteral("&Invertir el sentido"));
    QCOMPARE(window.ui()->wayInBrowser->accessibleName(), QStringLiteral("Cómo acceder"));
    QCOMPARE(window.ui()->mobilityBView->accessibleName(), QStringLiteral("Adónde van quienes dejan B"));
    QVERIFY(window.ui()->mobilityAView->accessibleDescription().startsWith(QStringLiteral("Proporción de")));
    // Related careers' pay and outlook line (built outside a class: its context must still be found).
    const QString line = payAndOutlook(RelatedRole {});
    QVERIFY2(line.startsWith(QStringLiteral("salario no publicado \u00b7 ")), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("outlook")), qPrintable(line));
}

void TestTranslation::englishNeedsNone()
{
    QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
}

// The window in Spanish, every tab shown and grabbed: none of the program's English phrases on screen.
void TestTranslation::spanishWindowHasNoEnglish()
{
    QStandardPaths::setTestModeEnabled(true);
    const QStringList phrases = englishPhrases();
    QVERIFY(phrases.size() > 300);
    QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(opened.catalogue);
    for (const auto &[a, b] :
        { std::pair { "15-1252.00", "29-1141.00" }, std::pair { "AI-0001", "AI-0002" } }) {
        MainWindow window(*opened.catalogue);
        QVERIFY(window.compare(QLatin1String(a), QLatin1String(b)));
        window.resize(1280, 900);
        window.show();
        QTabWidget *tabs = window.ui()->tabs;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QPixmap shot = window.grab();
            QVERIFY(!shot.isNull());
            const QString keep = qEnvironmentVariable("CC_KEEP_GRABS");
            if (!keep.isEmpty())
                shot.save(QStringLiteral("%1/%2-tab%3.png").arg(keep, QLatin1String(a)).arg(i));
            const QString shown
                = (QStringList { tabs->tabText(i), window.windowTitle() } + shownText(tabs->currentWidget()))
                      .join(QLatin1Char('\n'))
                      .simplified();
            const QStringList english = testutil::phrasesIn(shown, phrases);
            QVERIFY2(english.isEmpty(),
                qPrintable(
                    QStringLiteral("tab %1: %2").arg(tabs->tabText(i), english.join(QStringLiteral(" | ")))));
        }
    }
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
