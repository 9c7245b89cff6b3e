// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"
#include "comparisoncharts.h"
#include "comparisonsession.h"
#include "destinationsmodel.h"
#include "glancemodel.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "presentationview.h"
#include "relatedrolesmodel.h"
#include "roadmap.h"
#include "rolepicker.h"
#include "rolesearchmodel.h"
#include "skilllistmodel.h"
#include "theme.h"
#include "userstore.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QtTest>

using namespace cc;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnSeedPair();
    void typingInPickerUpdatesComparison();
    void completerActivationChoosesRole();
    void searchRanksExactThenPrefixThenWord();
    void typingFindsWhatPastingFinds_data();
    void typingFindsWhatPastingFinds();
    void swap();
    void glanceCellsAndTooltips();
    void skillListsAndCounts();
    void relatedCareerComparesOnActivation();
    void relatedCareersKeepA();
    void whereTheyGoEntryReplacesBAndKeepsA();
    void contextMenuPutsTheEntryInPlaceOfA();
    void whereTheyGoSaysWhyWhenMissing();
    void roadmapReverses();
    void modelsPassModelTester();
    void rememberedComparison();
    void exportPdfContainsTheComparison();
    void exportToUnwritablePathFailsCleanly();
    void grabTabs();
    void clientNotesAndSavedComparisons();
    void customRolesInPickersAndComparison();
    void importAsksBeforeReplacing();
    void presentationMode();
    void darkThemeRethemesCharts();
    void themeChoicesAndChartMetricsByName();
    void skillDetailsComeFromTheRolesSkills();

private:
    // Answers the next modal question box with the button of `button`'s text, noting its text.
    void answerNextQuestion(QStringList *asked, const QString &button)
    {
        QTimer::singleShot(0, this, [asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked << box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button) {
                    b->click();
                    return;
                }
            }
        });
    }
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestMainWindow::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("userdata.sqlite")));
    m_store = UserStore::open(m_dir.filePath(QStringLiteral("userdata.sqlite"))).store;
    QVERIFY(m_store);
    m_window = std::make_unique<MainWindow>(*m_catalogue, m_store.get());
    // Unsaved notes are dropped without a dialog here; tst_windowfit tests the question itself.
    m_window->setUnsavedPrompt([] { return MainWindow::UnsavedChoice::Discard; });
    QVERIFY(m_window->compare(QStringLiteral("AI-0001"), QStringLiteral("AI-0002")));
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestMainWindow::opensOnSeedPair()
{
    auto *ui = m_window->ui();
    QCOMPARE(ui->pickerA->lineEdit()->text(), QStringLiteral("AI Multimodal Systems Engineer"));
    QCOMPARE(ui->pickerB->lineEdit()->text(), QStringLiteral("AI On-Device AI Engineer"));
    QVERIFY(
        ui->summaryLabel->text().contains(QStringLiteral("Both have the same AI replacement risk (15%)")));
    QVERIFY(m_window->windowTitle().contains(
        QStringLiteral("AI Multimodal Systems Engineer vs AI On-Device AI Engineer")));
    QVERIFY(m_window->statusBar()->findChildren<QLabel *>().size() >= 1);
    // The seed page's figures carry a dagger: the key says what it means, and only then.
    QVERIFY(ui->glanceNote->text().contains(QStringLiteral("\u2020 the seed web page's own figure")));
    // A seed role has no O*NET list of related careers: its empty list says why.
    QCOMPARE(m_window->relatedAModel()->rowCount(), 0);
    QVERIFY(m_window->relatedAModel()->heading().contains(QStringLiteral("not an O*NET occupation")));
    QVERIFY(m_window->compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    QVERIFY(!ui->glanceNote->text().contains(QStringLiteral("\u2020")));
    QVERIFY(ui->glanceNote->text().startsWith(QStringLiteral("Bold: the better value.")));
}

void TestMainWindow::typingInPickerUpdatesComparison()
{
    RolePicker *picker = m_window->ui()->pickerA;
    QSignalSpy changed(m_window->session(), &ComparisonSession::comparisonChanged);
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("data scien"));
    // The names are read on their own thread; what was typed is searched when they come.
    QTRY_VERIFY_WITH_TIMEOUT(picker->proxy()->rowCount() > 0, 60000);
    QCOMPARE(picker->proxy()->index(0, 0).data(RoleSearchModel::CodeRole).toString(),
        QStringLiteral("15-2051.00"));
    QVERIFY(picker->chooseBestMatch());
    QCOMPARE(changed.count(), 1);
    const Comparison &c = m_window->session()->comparison();
    QCOMPARE(c.a.code, QStringLiteral("15-2051.00"));
    QCOMPARE(c.b.code, QStringLiteral("AI-0002"));
    // The at-a-glance table shows the catalogue's values for the new role: OEWS May 2024, 15-2051.
    const QModelIndex salary = m_window->glanceModel()->index(0, GlanceModel::RoleAColumn);
    QCOMPARE(salary.data().toString(), QStringLiteral("$63,650\u2013$194,410/yr"));
    QVERIFY(m_window->ui()->summaryLabel->text().startsWith(QStringLiteral("Data Scientists: $63,650")));
}

void TestMainWindow::completerActivationChoosesRole()
{
    RolePicker *picker = m_window->ui()->pickerB;
    m_window->searchModel();
    picker->proxy()->setQuery(QStringLiteral("registered nurse (rn)"));
    QVERIFY(picker->proxy()->rowCount() >= 1);
    const QModelIndex first = picker->proxy()->index(0, 0);
    QVERIFY(QMetaObject::invokeMethod(picker->completer(), "activated", Q_ARG(QModelIndex, first)));
    QCOMPARE(m_window->session()->comparison().b.code, QStringLiteral("29-1141.00"));
    QCOMPARE(picker->lineEdit()->text(), QStringLiteral("Registered Nurses"));
}

void TestMainWindow::searchRanksExactThenPrefixThenWord()
{
    QCOMPARE(RoleSearchProxy::rank(QStringLiteral("nurse"), QStringLiteral("nurse")), 0);
    QCOMPARE(RoleSearchProxy::rank(QStringLiteral("nurse midwives"), QStringLiteral("nurse")), 1);
    QCOMPARE(RoleSearchProxy::rank(QStringLiteral("registered nurses"), QStringLiteral("nurse")), 2);
    QCOMPARE(RoleSearchProxy::rank(QStringLiteral("bionurses"), QStringLiteral("nurse")), 3);
    QCOMPARE(RoleSearchProxy::rank(QStringLiteral("welder"), QStringLiteral("nurse")), -1);
    m_window->searchModel();
    RoleSearchProxy *proxy = m_window->ui()->pickerA->proxy();
    proxy->setQuery(QStringLiteral("Software Developers"));
    QCOMPARE(proxy->index(0, 0).data(RoleSearchModel::CodeRole).toString(), QStringLiteral("15-1252.00"));
    QVERIFY(proxy->index(0, 0).data(RoleSearchModel::PrimaryRole).toBool());
    proxy->setQuery(QStringLiteral("zzzzqqqq"));
    QCOMPARE(proxy->rowCount(), 0);
    proxy->setQuery(QString());
    QCOMPARE(proxy->rowCount(), m_catalogue->roles().size()); // browsing: every primary title once
}

// Typing a query letter by letter finds what pasting it finds, also when a word typed further turns
// into a joining word that is no longer required ("software d" -> "software de").
void TestMainWindow::typingFindsWhatPastingFinds_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q : { "software de", "of t", "supervisor de o", "registered nurse", "chief of p",
             "tecnico en", "the a", "and", "nurse of", "manager and" })
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TestMainWindow::typingFindsWhatPastingFinds()
{
    QFETCH(QString, query);
    m_window->searchModel();
    RoleSearchProxy *proxy = m_window->ui()->pickerA->proxy();
    const auto rows = [proxy] {
        QStringList shown;
        for (int row = 0; row < proxy->rowCount(); ++row)
            shown << proxy->index(row, 0).data().toString();
        return shown;
    };
    proxy->setQuery(QStringLiteral("zzzzqqqq"));
    proxy->setQuery(query); // pasted: every name looked at
    const QStringList pasted = rows();
    QVERIFY(!pasted.isEmpty());
    proxy->setQuery(QString());
    for (qsizetype n = 1; n <= query.size(); ++n)
        proxy->setQuery(query.left(n));
    QCOMPARE(rows(), pasted);
}

void TestMainWindow::swap()
{
    QTest::mouseClick(m_window->ui()->swapButton, Qt::LeftButton);
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("AI-0002"));
    QCOMPARE(m_window->ui()->pickerA->lineEdit()->text(), QStringLiteral("AI On-Device AI Engineer"));
    QCOMPARE(m_window->glanceModel()->headerData(GlanceModel::RoleAColumn, Qt::Horizontal).toString(),
        QStringLiteral("AI On-Device AI Engineer"));
    m_window->ui()->actionSwap->trigger();
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("AI-0001"));
}

void TestMainWindow::glanceCellsAndTooltips()
{
    QVERIFY(m_window->compare(QStringLiteral("15-1252.00"), QStringLiteral("15-2051.00")));
    const GlanceModel *m = m_window->glanceModel();
    QCOMPARE(m->rowCount(), 13);
    auto cell = [m](int row, int column) { return m->index(row, column); };
    QCOMPARE(cell(0, GlanceModel::AttributeColumn).data().toString(), QStringLiteral("Salary range"));
    QCOMPARE(cell(0, GlanceModel::RoleAColumn).data().toString(), QStringLiteral("$79,850\u2013$211,450/yr"));
    QVERIFY(cell(0, GlanceModel::RoleAColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Occupational Employment and Wage Statistics")));
    QCOMPARE(cell(0, GlanceModel::VerdictColumn).data().toString(), QStringLiteral("\u25C0 better"));
    QVERIFY(cell(0, GlanceModel::RoleAColumn).data(Qt::FontRole).value<QFont>().bold());
    // Data Scientists: no Frey & Osborne figure -> "not available", with why, never 0.
    QCOMPARE(cell(6, GlanceModel::AttributeColumn).data().toString(), QStringLiteral("AI replacement risk"));
    QCOMPARE(cell(6, GlanceModel::RoleBColumn).data().toString(), QStringLiteral("not available"));
    QVERIFY(cell(6, GlanceModel::RoleBColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("15-2099")));
    QCOMPARE(cell(6, GlanceModel::VerdictColumn).data().toString(), QStringLiteral("cannot compare"));
    // Growth and openings beside the demand score.
    QCOMPARE(cell(3, GlanceModel::RoleAColumn).data().toString(), QStringLiteral("+15.8%"));
    QCOMPARE(cell(4, GlanceModel::RoleAColumn).data().toString(), QStringLiteral("115,200"));
    // Both Advanced, both High: ties are ties.
    QCOMPARE(cell(9, GlanceModel::VerdictColumn).data().toString(), QStringLiteral("equal"));
    QCOMPARE(cell(10, GlanceModel::VerdictColumn).data().toString(), QStringLiteral("equal"));
    QVERIFY(!cell(10, GlanceModel::RoleAColumn).data(Qt::FontRole).value<QFont>().bold());
    // Estimates carry a mark and say so on hover (the Job Zone median of docs/DATA.md).
    QCOMPARE(cell(8, GlanceModel::RoleAColumn).data().toString(), QStringLiteral("66 months *"));
    QVERIFY(cell(8, GlanceModel::RoleAColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Estimate")));
}

void TestMainWindow::skillListsAndCounts()
{
    const Comparison &c = m_window->session()->comparison();
    QCOMPARE(m_window->sharedModel()->skillCount(), c.skills.shared.size());
    QCOMPARE(m_window->onlyAModel()->skillCount(), c.skills.onlyA.size());
    QCOMPARE(m_window->onlyBModel()->skillCount(), c.skills.onlyB.size());
    QCOMPARE(
        m_window->ui()->sharedHeading->text(), QStringLiteral("Shared (%1)").arg(c.skills.shared.size()));
    QStringList shared;
    for (int row = 0; row < m_window->sharedModel()->rowCount(); ++row) {
        const QModelIndex index = m_window->sharedModel()->index(row, 0);
        if (!index.data(SkillListModel::HeadingRole).toBool())
            shared << index.data(SkillListModel::EntityIdRole).toString();
    }
    QVERIFY(shared.contains(QStringLiteral("technology:rust")));
    QVERIFY(shared.contains(QStringLiteral("technology:c++")));
    QVERIFY(m_window->ui()->similarityLabel->text().startsWith(QStringLiteral("Similarity ")));

    // Technologies are grouped apart from skills and knowledge (both roles rated: Registered Nurses,
    // Computer Systems Analysts).
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("15-1211.00")));
    const SkillListModel *onlyA = m_window->onlyAModel();
    QVERIFY(onlyA->index(0, 0).data(SkillListModel::HeadingRole).toBool());
    QVERIFY(onlyA->index(0, 0).data().toString().startsWith(QStringLiteral("Skills and knowledge")));
    QVERIFY(onlyA->index(1, 0).data().toString().contains(QStringLiteral("importance")));
    bool technologyHeading = false;
    for (int row = 1; row < onlyA->rowCount(); ++row)
        technologyHeading = technologyHeading
            || onlyA->index(row, 0).data().toString().startsWith(QStringLiteral("Technologies"));
    QVERIFY(technologyHeading);
}

void TestMainWindow::relatedCareerComparesOnActivation()
{
    QVERIFY(m_window->compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    QListView *view = m_window->ui()->relatedAView;
    QVERIFY(m_window->relatedAModel()->rowCount() > 0);
    const QModelIndex first = m_window->relatedAModel()->index(0, 0);
    const QString code = first.data(RelatedRolesModel::CodeRole).toString();
    emit view->activated(first);
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("15-1252.00"));
    QCOMPARE(m_window->session()->comparison().b.code, code);
}

// Issue #11 item 5: double-clicking LPN in Registered Nurses' related list (B's list here)
// replaced A; an entry of either list now always takes B's place.
void TestMainWindow::relatedCareersKeepA()
{
    QVERIFY(m_window->compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    RelatedRolesModel *model = m_window->relatedBModel();
    QVERIFY(model->rowCount() > 0);
    const QModelIndex first = model->index(0, 0);
    const QString code = first.data(RelatedRolesModel::CodeRole).toString();
    // Pay and outlook beside each related career.
    const QString text = first.data().toString();
    QVERIFY2(text.contains(QStringLiteral("median $")) && text.contains(QStringLiteral("demand ")),
        qPrintable(text));
    emit m_window->ui()->relatedBView->activated(first);
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("15-1252.00"));
    QCOMPARE(m_window->session()->comparison().b.code, code);
}

void TestMainWindow::whereTheyGoEntryReplacesBAndKeepsA()
{
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("15-1252.00")));
    m_window->ui()->tabs->setCurrentWidget(m_window->ui()->relatedTab);
    DestinationsModel *model = m_window->destinationsAModel();
    QCOMPARE(model->rowCount(), 10);
    const QModelIndex first = model->index(0, 0);
    // Registered Nurses' commonest move: 11.8% of leavers go to LPNs (CPS ASEC flows).
    QCOMPARE(first.data(DestinationsModel::CodeRole).toString(), QStringLiteral("29-2061.00"));
    QVERIFY2(first.data().toString().startsWith(QStringLiteral("11.8% Licensed Practical")),
        qPrintable(first.data().toString()));
    QVERIFY(m_window->ui()->mobilityAHeading->text().contains(QStringLiteral("Registered Nurses")));
    QVERIFY(!m_window->ui()->mobilityAHeading->text().contains(QStringLiteral("the survey's group")));
    // Business Intelligence Analysts move as the survey's broader group does: the heading says so.
    QVERIFY(m_window->compare(QStringLiteral("15-2051.01"), QStringLiteral("15-1211.00")));
    QVERIFY2(m_window->ui()->mobilityAHeading->text().startsWith(
                 QStringLiteral("Where people who leave Business Intelligence Analysts (the survey's group "
                                "Miscellaneous Mathematical Science Occupations, which counts more than this "
                                "occupation) go (")),
        qPrintable(m_window->ui()->mobilityAHeading->text()));
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("15-1252.00")));
    // Activation from the keyboard: select the entry and press Enter.
    QListView *view = m_window->ui()->mobilityAView;
    view->setFocus();
    view->setCurrentIndex(first);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("29-1141.00"));
    QCOMPARE(m_window->session()->comparison().b.code, QStringLiteral("29-2061.00"));
    // B's list, too, replaces B.
    const QModelIndex ofB = m_window->destinationsBModel()->index(1, 0);
    const QString codeOfB = ofB.data(DestinationsModel::CodeRole).toString();
    QVERIFY(!codeOfB.isEmpty());
    emit m_window->ui()->mobilityBView->activated(ofB);
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("29-1141.00"));
    QCOMPARE(m_window->session()->comparison().b.code, codeOfB);
}

void TestMainWindow::contextMenuPutsTheEntryInPlaceOfA()
{
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("15-1252.00")));
    const QModelIndex lpn = m_window->destinationsAModel()->index(0, 0);
    std::unique_ptr<QMenu> menu(m_window->careerMenu(lpn));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->defaultAction(), menu->actions().at(0));
    QVERIFY(
        menu->actions().at(1)->text().contains(QStringLiteral("instead (in place of Registered Nurses)")));
    menu->actions().at(1)->trigger();
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("29-2061.00"));
    QCOMPARE(m_window->session()->comparison().b.code, QStringLiteral("15-1252.00"));
    // The default action is the activation: in place of B.
    const QModelIndex related = m_window->relatedAModel()->index(0, 0);
    const QString code = related.data(RelatedRolesModel::CodeRole).toString();
    std::unique_ptr<QMenu> relatedMenu(m_window->careerMenu(related));
    relatedMenu->actions().at(0)->trigger();
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("29-2061.00"));
    QCOMPARE(m_window->session()->comparison().b.code, code);
}

void TestMainWindow::whereTheyGoSaysWhyWhenMissing()
{
    // The seed page's roles are not occupations of the survey: one row saying why, nothing to compare.
    DestinationsModel *model = m_window->destinationsAModel();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("Not available: ")));
    QVERIFY(model->index(0, 0).data(DestinationsModel::CodeRole).toString().isEmpty());
    QVERIFY(!m_window->careerMenu(model->index(0, 0)));
    const QString before = m_window->session()->comparison().b.code;
    emit m_window->ui()->mobilityAView->activated(model->index(0, 0));
    QCOMPARE(m_window->session()->comparison().b.code, before);
}

void TestMainWindow::roadmapReverses()
{
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("15-2051.00")));
    QVERIFY(m_window->ui()->roadmapTitle->text().contains(
        QStringLiteral("Registered Nurses \u2192 Data Scientists")));
    // Data Scientists' skills are not rated: the steps are technologies, and the heading says so.
    QVERIFY(m_window->ui()->roadmapTitle->text().contains(
        QStringLiteral("technologies to learn (skills and knowledge are not compared")));
    QVERIFY(!m_window->ui()->roadmapTitle->text().contains(QStringLiteral("skills to learn")));
    // What B has and A lacks, technologies capped at ten; the time is B's own, never shortened.
    auto expectedSteps = [](const QVector<OverlapEntry> &lacking) {
        const auto tools = std::count_if(lacking.begin(), lacking.end(),
            [](const OverlapEntry &e) { return isTechnologyLike(e.entity.kind); });
        return int(lacking.size() - tools + std::min<qsizetype>(tools, MaxRoadmapTechnologies));
    };
    const Comparison &c = m_window->session()->comparison();
    QCOMPARE(m_window->roadmapModel()->skillCount(), expectedSteps(c.skills.onlyB));
    QVERIFY(m_window->ui()->roadmapEstimate->text().startsWith(
        QStringLiteral("Becoming qualified for Data Scientists")));
    QVERIFY(m_window->ui()->roadmapEstimate->text().contains(QStringLiteral("does not shorten")));
    QTest::mouseClick(m_window->ui()->reverseRoadmapButton, Qt::LeftButton);
    QVERIFY(m_window->ui()->roadmapTitle->text().contains(
        QStringLiteral("Data Scientists \u2192 Registered Nurses")));
    QCOMPARE(m_window->roadmapModel()->skillCount(),
        expectedSteps(m_window->session()->comparison().skills.onlyA));
    // Two rated roles: skills, knowledge and technologies.
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("29-2061.00")));
    QVERIFY(m_window->ui()->roadmapTitle->text().contains(
        QStringLiteral("skills to learn, most important first")));
}

void TestMainWindow::modelsPassModelTester()
{
    m_window->searchModel();
    const QList<QAbstractItemModel *> models { m_window->glanceModel(), m_window->onlyAModel(),
        m_window->sharedModel(), m_window->onlyBModel(), m_window->roadmapModel(), m_window->relatedAModel(),
        m_window->relatedBModel(), m_window->destinationsAModel(), m_window->destinationsBModel(),
        m_window->searchModel(), m_window->ui()->pickerA->proxy() };
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    // Exercise resets and filtering while the testers watch.
    QVERIFY(m_window->compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    m_window->ui()->pickerA->proxy()->setQuery(QStringLiteral("nurse"));
    m_window->ui()->pickerA->proxy()->setQuery(QStringLiteral("nursex"));
    m_window->session()->swap();
    QVERIFY(m_window->compare(QStringLiteral("AI-0001"), QStringLiteral("AI-0001")));
}

void TestMainWindow::rememberedComparison()
{
    QVERIFY(m_window->compare(QStringLiteral("47-2111.00"), QStringLiteral("29-1141.00")));
    const auto last = AppSettings().lastComparison();
    QCOMPARE(last.first, QStringLiteral("47-2111.00"));
    QCOMPARE(last.second, QStringLiteral("29-1141.00"));
    QCOMPARE(AppSettings().recentComparisons().first(),
        qMakePair(QStringLiteral("47-2111.00"), QStringLiteral("29-1141.00")));
    emit m_window->ui()->menuRecent->aboutToShow();
    QVERIFY(!m_window->ui()->menuRecent->actions().isEmpty());
    QVERIFY(m_window->ui()->menuRecent->actions().first()->text().startsWith(
        QStringLiteral("Electricians vs Registered Nurses")));
}

void TestMainWindow::exportPdfContainsTheComparison()
{
    QVERIFY(m_window->compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1211.00")));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(m_window->exportPdf(pdf, &error), qPrintable(error));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Software Developers vs Anesthesiologists")),
        qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("$79,850")));
    QVERIFY(text.contains(QStringLiteral("$211,450")));
    QVERIFY(text.contains(QStringLiteral("$239,200+"))); // the anesthesiologists' top-coded ceiling
    QVERIFY(text.contains(QStringLiteral("Used under the CC BY 4.0 license")));
    QVERIFY(text.contains(QStringLiteral("Roadmap")));
}

void TestMainWindow::exportToUnwritablePathFailsCleanly()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("locked"));
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    for (const QString &path : { m_dir.filePath(QStringLiteral("no/such/folder/report.pdf")),
             locked + QStringLiteral("/report.pdf") }) {
        if (path.startsWith(locked) && QFileInfo(locked).isWritable())
            continue; // running as root: permissions do not stop us, the missing folder still does
        QString error;
        QVERIFY(!m_window->exportPdf(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
    // An existing file is left whole when the new one cannot be written.
    const QString existing = m_dir.filePath(QStringLiteral("existing.pdf"));
    QVERIFY(m_window->exportPdf(existing));
    const QByteArray before = [&] {
        QFile f(existing);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(before.startsWith("%PDF"));
}

void TestMainWindow::grabTabs()
{
    // Renders every tab once (catches crashes in painting); CC_GRAB_DIR keeps the images to look at.
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("15-2051.00")));
    m_window->resize(1200, 860);
    const QString dir = qEnvironmentVariable("CC_GRAB_DIR");
    for (int i = 0; i < m_window->ui()->tabs->count(); ++i) {
        m_window->ui()->tabs->setCurrentIndex(i);
        const QImage image = m_window->grab().toImage();
        QVERIFY(!image.isNull());
        if (!dir.isEmpty())
            image.save(QStringLiteral("%1/tab-%2.png").arg(dir).arg(i));
    }
}

void TestMainWindow::clientNotesAndSavedComparisons()
{
    QVERIFY(m_window->compare(QStringLiteral("29-1141.00"), QStringLiteral("15-2051.00")));
    m_window->ui()->clientEdit->setText(QStringLiteral("Ana <b>Ruiz</b>"));
    m_window->ui()->notesEdit->setPlainText(QStringLiteral("Prefers days & remote work"));
    QString error;
    QVERIFY2(m_window->saveComparison(QStringLiteral("Ana, first visit"), &error), qPrintable(error));
    const auto saved = m_store->savedComparisons();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().client, QStringLiteral("Ana <b>Ruiz</b>"));
    QCOMPARE(saved.first().codeB, QStringLiteral("15-2051.00"));

    // Elsewhere, then back to the saved one: roles, client and notes return.
    QVERIFY(m_window->compare(QStringLiteral("AI-0001"), QStringLiteral("AI-0002")));
    m_window->ui()->clientEdit->clear();
    m_window->openSaved(saved.first());
    QCOMPARE(m_window->session()->comparison().a.code, QStringLiteral("29-1141.00"));
    QCOMPARE(m_window->ui()->clientEdit->text(), QStringLiteral("Ana <b>Ruiz</b>"));
    QCOMPARE(m_window->ui()->notesEdit->toPlainText(), QStringLiteral("Prefers days & remote work"));

    // The report carries both, literally.
    const QString pdf = m_dir.filePath(QStringLiteral("client.pdf"));
    QVERIFY(m_window->exportPdf(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("Prepared for: Ana <b>Ruiz</b>")));
    QVERIFY(text.contains(QStringLiteral("Prefers days & remote work")));
}

void TestMainWindow::customRolesInPickersAndComparison()
{
    m_window->searchModel();
    RolesParseResult parsed
        = parseRolesJson(R"({"title": "Dog Groomer", "salary": {"low": 25000, "high": 50000},
                                                 "demand_score": 6, "skills": ["Customer and Personal Service", "Grooming"]})");
    QVERIFY(parsed.ok());
    QString error;
    QVERIFY2(m_window->addCustomRoles(parsed.roles, &error), qPrintable(error));
    QCOMPARE(
        parsed.roles.first().role.code, QStringLiteral("custom-1")); // the new code comes back to the caller
    RolePicker *picker = m_window->ui()->pickerB;
    picker->proxy()->setQuery(QStringLiteral("dog groo"));
    QVERIFY(picker->proxy()->rowCount() >= 1);
    QCOMPARE(picker->proxy()->index(0, 0).data().toString(), QStringLiteral("Dog Groomer (custom)"));
    picker->lineEdit()->setText(QStringLiteral("dog groomer"));
    QVERIFY(picker->chooseBestMatch());
    const Comparison &c = m_window->session()->comparison();
    QCOMPARE(c.b.title, QStringLiteral("Dog Groomer"));
    QVERIFY(c.b.origin == cc::RoleOrigin::Custom);
    // Values not given are shown as not given, never 0.
    const QModelIndex risk = m_window->glanceModel()->index(3, GlanceModel::RoleBColumn);
    QCOMPARE(risk.data().toString(), QStringLiteral("not available"));
    QVERIFY(risk.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not given")));
    QCOMPARE(m_window->glanceModel()->index(0, GlanceModel::RoleBColumn).data().toString(),
        QStringLiteral("$25,000\u2013$50,000/yr"));

    // Export and re-import through files.
    const QString file = m_dir.filePath(QStringLiteral("roles.json"));
    QVERIFY(m_window->exportRoles(file, &error));
    // Same code as the user's role: asked first (issue #13), Replace replaces, not duplicates.
    QStringList asked;
    answerNextQuestion(&asked, QStringLiteral("Replace"));
    QVERIFY2(m_window->importRoles(file, &error), qPrintable(error));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("custom-1")), qPrintable(asked.first()));
    QCOMPARE(m_store->customRoles().size(), 1);
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("[{\"title\": \"x\", \"demand_score\": 99}]");
    bad.close();
    QVERIFY(!m_window->importRoles(bad.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("Nothing was imported")), qPrintable(error));
    QCOMPARE(m_store->customRoles().size(), 1);
}

void TestMainWindow::presentationMode()
{
    m_window->ui()->actionPresentation->trigger();
    QVERIFY(m_window->presentation());
    QVERIFY(m_window->presentation()->isFullScreen());
    QCOMPARE(m_window->presentation()->findChildren<QChartView *>().size(), 4);
    QCOMPARE(m_window->presentation()->pageCount(), 3);
    if (const QString dir = qEnvironmentVariable("CC_GRAB_DIR"); !dir.isEmpty()) {
        m_window->presentation()->resize(1600, 900);
        m_window->presentation()->grab().save(dir + QStringLiteral("/presentation.png"));
    }
    QTest::keyClick(m_window->presentation(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->presentation());
    QVERIFY(!m_window->ui()->actionPresentation->isChecked());
}

void TestMainWindow::darkThemeRethemesCharts()
{
    m_window->setTheme(ThemeChoice::Dark);
    QVERIFY(m_window->darkCharts());
    QVERIFY(m_window->ui()->salaryChartView->grab().toImage().pixelColor(2, 2).lightness() < 128);
    if (const QString dir = qEnvironmentVariable("CC_GRAB_DIR"); !dir.isEmpty()) {
        m_window->resize(1200, 860);
        m_window->grab().save(dir + QStringLiteral("/dark.png"));
    }
    m_window->setTheme(ThemeChoice::Light);
    QVERIFY(!m_window->darkCharts());
    QVERIFY(m_window->ui()->salaryChartView->grab().toImage().pixelColor(2, 2).lightness() > 200);
    QCOMPARE(AppSettings().theme(), ThemeChoice::Light);
    m_window->setTheme(ThemeChoice::Desktop);
}

void TestMainWindow::themeChoicesAndChartMetricsByName()
{
    for (ThemeChoice choice : { ThemeChoice::Desktop, ThemeChoice::Light, ThemeChoice::Dark })
        QCOMPARE(themeChoiceFromName(themeChoiceName(choice)), choice);
    QCOMPARE(themeChoiceName(ThemeChoice::Desktop), QStringLiteral("system")); // as settings store it
    QVERIFY(!themeChoiceFromName(QStringLiteral("purple")));
    QSettings().setValue(SettingsKey::Theme, QStringLiteral("purple"));
    QCOMPARE(AppSettings().theme(), ThemeChoice::Desktop);
    QVERIFY(Theme(QPalette(), ThemeChoice::Dark).isDark());
    QVERIFY(!Theme(QPalette(), ThemeChoice::Light).isDark());

    QCOMPARE(chartMetrics().size(), 3);
    for (ChartMetric metric : chartMetrics())
        QCOMPARE(chartMetricFromName(chartMetricName(metric)), metric);
    // An unknown name is no chart, not the learning chart.
    QVERIFY(!chartMetricFromName(QStringLiteral("salary")));
}

void TestMainWindow::skillDetailsComeFromTheRolesSkills()
{
    // Two technologies and a rated skill; the list says what the roles' skills say.
    auto skill
        = [](const QString &id, SkillKind kind, bool hot, bool inDemand, std::optional<double> importance) {
              RoleSkill s;
              s.label = id;
              s.kind = kind;
              s.hot = hot;
              s.inDemand = inDemand;
              s.importance = importance;
              s.entities = { SkillEntity { id, id, kind } };
              return s;
          };
    Role a;
    a.title = QStringLiteral("A");
    a.skills = { skill(QStringLiteral("t:hot"), SkillKind::Technology, true, false, std::nullopt),
        skill(QStringLiteral("t:demand"), SkillKind::Technology, true, true, std::nullopt),
        skill(QStringLiteral("s:rated"), SkillKind::Skill, false, false, 4.0) };
    Role b;
    b.title = QStringLiteral("B");
    // B has a rated skill too: otherwise A's would not be compared (SkillOverlap::notComparedA).
    b.skills = { skill(QStringLiteral("t:plain"), SkillKind::Technology, false, false, std::nullopt),
        skill(QStringLiteral("s:other"), SkillKind::Skill, false, false, 3.0) };
    const SkillOverlap overlap = compareSkills(a, b);
    SkillListModel onlyA(SkillListModel::SideA);
    onlyA.setEntries(overlap.onlyA, a, b);
    QCOMPARE(onlyA.heading(), QStringLiteral("Only A (3)"));
    QStringList shown;
    for (int row = 0; row < onlyA.rowCount(); ++row)
        shown << onlyA.index(row).data().toString();
    QVERIFY(shown.contains(QStringLiteral("s:rated  \u2014  importance 4.0")));
    QVERIFY(shown.contains(QStringLiteral("t:demand  \u2014  in demand")));
    QVERIFY(shown.contains(QStringLiteral("t:hot  \u2014  hot technology")));
    SkillListModel onlyB(SkillListModel::SideB);
    onlyB.setEntries(overlap.onlyB, a, b);
    QStringList shownB;
    for (int row = 0; row < onlyB.rowCount(); ++row)
        shownB << onlyB.index(row).data().toString();
    QVERIFY(shownB.contains(QStringLiteral("t:plain")));
}

void TestMainWindow::importAsksBeforeReplacing()
{
    // Issue #13: the window's import follows the command line's rules. A code of one of the user's
    // roles is named and replaced only after Replace; Cancel changes nothing; a catalogue code or a
    // code twice in the file is refused without asking.
    auto parsed = parseRolesJson(R"({"title": "Ward Clerk", "demand_score": 4})");
    QString error;
    QVERIFY2(m_window->addCustomRoles(parsed.roles, &error), qPrintable(error));
    const QString code = parsed.roles.first().role.code;
    auto write = [this](const QString &name, const QByteArray &json) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(json);
        return f.fileName();
    };
    const QString same = write(QStringLiteral("same.json"),
        QStringLiteral(R"([{"code": "%1", "title": "Ward Clerk II", "demand_score": 7}])")
            .arg(code)
            .toUtf8());
    QStringList asked;
    answerNextQuestion(&asked, QStringLiteral("Cancel"));
    QVERIFY(!m_window->importRoles(same, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error)); // the user's choice, no warning
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(code), qPrintable(asked.first()));
    QCOMPARE(m_store->customRoles().first().role.title, QStringLiteral("Ward Clerk"));

    answerNextQuestion(&asked, QStringLiteral("Replace"));
    QVERIFY2(m_window->importRoles(same, &error), qPrintable(error));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_store->customRoles().size(), 1);
    QCOMPARE(m_store->customRoles().first().role.title, QStringLiteral("Ward Clerk II"));

    for (const QByteArray &json :
        { QByteArray(R"([{"code": "15-1252.00", "title": "Not Software Developers"}])"),
            QByteArray(R"([{"code": "ab", "title": "One"}, {"code": "AB", "title": "Two"}])") }) {
        QVERIFY(!m_window->importRoles(write(QStringLiteral("refused.json"), json), &error));
        QCOMPARE(asked.size(), 2); // not asked: Replace cannot help
        QVERIFY2(error.contains(QStringLiteral("15-1252.00")) || error.contains(QStringLiteral("\"AB\"")),
            qPrintable(error));
        QCOMPARE(m_store->customRoles().size(), 1);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
