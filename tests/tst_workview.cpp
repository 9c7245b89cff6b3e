// SPDX-License-Identifier: MIT
// The window's "Work activities" tab, and the Skills tab when one role has no skill ratings.
#include "cataloguedatabase.h"
#include "comparisonsession.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "skilllistmodel.h"
#include "userstore.h"
#include "workactivitiesview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QTreeView>
#include <QtTest>

using namespace cc;

namespace
{
const QString RegisteredNurses = QStringLiteral("29-1141.00");
const QString Paramedics = QStringLiteral("29-2043.00");
const QString Internists = QStringLiteral("29-1216.00");
const QString EmergencyPhysicians = QStringLiteral("29-1214.00");

// Rows of an O*NET tab-separated file (header first), or none when it is absent.
QVector<QStringList> readTsv(const QString &name)
{
    QFile file(QStringLiteral(CC_SOURCE_DATA_DIR "/onet/tsv/") + name);
    QVector<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

int column(const QStringList &header, const QString &name)
{
    return int(header.indexOf(name));
}
} // namespace

class TestWorkView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDwasOnetLinksToTheTasks();
    void sharedActivitiesAreMarked();
    void unratedRoleSkillsAreNotOnlyInTheOther_data();
    void unratedRoleSkillsAreNotOnlyInTheOther();
    void bothRatedHasNoNote();

private:
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestWorkView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestWorkView::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("userdata.sqlite")));
    m_store = UserStore::open(m_dir.filePath(QStringLiteral("userdata.sqlite"))).store;
    QVERIFY(m_store);
    m_window = std::make_unique<MainWindow>(*m_catalogue, m_store.get());
    m_window->setUnsavedPrompt([] { return MainWindow::UnsavedChoice::Discard; });
    m_window->show();
}

void TestWorkView::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestWorkView::showsTheDwasOnetLinksToTheTasks()
{
    const QVector<QStringList> links = readTsv(QStringLiteral("Tasks to DWAs.tsv"));
    const QVector<QStringList> tasks = readTsv(QStringLiteral("Task Statements.tsv"));
    const QVector<QStringList> dwas = readTsv(QStringLiteral("DWA Reference.tsv"));
    const QVector<QStringList> iwas = readTsv(QStringLiteral("IWA Reference.tsv"));
    if (links.isEmpty() || tasks.isEmpty() || dwas.isEmpty() || iwas.isEmpty())
        QSKIP("O*NET's task and work-activity tables are not in " CC_SOURCE_DATA_DIR "/onet/tsv");
    QVERIFY(m_window->compare(RegisteredNurses, Paramedics));
    WorkActivitiesView *view = m_window->workActivitiesView();
    QVERIFY(view);
    QCOMPARE(m_window->ui()->tabs->tabText(m_window->ui()->tabs->indexOf(view->parentWidget())),
        QStringLiteral("Work activities"));
    QVERIFY(!view->viewA()->accessibleName().isEmpty());
    QVERIFY(!view->viewB()->accessibleName().isEmpty());

    // What the file says: each DWA of the role's tasks, whether a Core task links to it, its IWA's title.
    QHash<QString, QString> iwaOfDwa;
    const QStringList dh = dwas.first();
    for (const QStringList &row : dwas.mid(1))
        iwaOfDwa.insert(
            row.value(column(dh, QStringLiteral("DWA ID"))), row.value(column(dh, QStringLiteral("IWA ID"))));
    QHash<QString, QString> iwaTitle;
    const QStringList ih = iwas.first();
    for (const QStringList &row : iwas.mid(1))
        iwaTitle.insert(row.value(column(ih, QStringLiteral("IWA ID"))),
            row.value(column(ih, QStringLiteral("IWA Title"))));
    const QStringList th = tasks.first();
    const QStringList lh = links.first();
    for (auto [code, model] :
        { std::pair { RegisteredNurses, view->modelA() }, std::pair { Paramedics, view->modelB() } }) {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSet<QString> coreTasks;
        for (const QStringList &row : tasks.mid(1))
            if (row.value(0) == code
                && row.value(column(th, QStringLiteral("Task Type"))) == QLatin1String("Core"))
                coreTasks.insert(row.value(column(th, QStringLiteral("Task ID"))));
        QHash<QString, QString> expected; // DWA id -> title
        QSet<QString> coreDwas;
        for (const QStringList &row : links.mid(1)) {
            if (row.value(0) != code)
                continue;
            const QString dwa = row.value(column(lh, QStringLiteral("DWA ID")));
            expected.insert(dwa, row.value(column(lh, QStringLiteral("DWA Title"))));
            if (coreTasks.contains(row.value(column(lh, QStringLiteral("Task ID")))))
                coreDwas.insert(dwa);
        }
        QVERIFY(!expected.isEmpty());

        QHash<QString, QString> shown;
        bool coreGroupsDone = false;
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            bool groupHasCore = false;
            bool coreDone = false;
            for (int d = 0; d < model->rowCount(group); ++d) {
                const QModelIndex dwa = model->index(d, 0, group);
                const QString id = dwa.data(WorkActivitiesModel::DwaIdRole).toString();
                QVERIFY2(!shown.contains(id), qPrintable(id));
                shown.insert(id, dwa.data().toString());
                // Under its own IWA, core-task ones first.
                QVERIFY2(
                    group.data().toString().startsWith(iwaTitle.value(iwaOfDwa.value(id))), qPrintable(id));
                const bool core = coreDwas.contains(id);
                QCOMPARE(dwa.data(WorkActivitiesModel::CoreRole).toBool(), core);
                QVERIFY2(!(core && coreDone), qPrintable(id + QStringLiteral(" after supplemental work")));
                coreDone = coreDone || !core;
                groupHasCore = groupHasCore || core;
            }
            QVERIFY2(!(groupHasCore && coreGroupsDone), qPrintable(group.data().toString()));
            coreGroupsDone = coreGroupsDone || !groupHasCore;
            QVERIFY(view->viewA()->isExpanded(group) || model == view->modelB());
        }
        QCOMPARE(shown, expected);
        QCOMPARE(model->activityCount(), expected.size());
    }
    QVERIFY(view->modelB()->heading().startsWith(QStringLiteral("Paramedics: 14 work activities")));
}

void TestWorkView::sharedActivitiesAreMarked()
{
    QVERIFY(m_window->compare(RegisteredNurses, Paramedics));
    WorkActivitiesView *view = m_window->workActivitiesView();
    QSet<QString> dwasA;
    QSet<QString> sharedA;
    QSet<QString> sharedB;
    for (auto [model, shared] :
        { std::pair { view->modelA(), &sharedA }, std::pair { view->modelB(), &sharedB } }) {
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int d = 0; d < model->rowCount(group); ++d) {
                const QModelIndex dwa = model->index(d, 0, group);
                if (model == view->modelA())
                    dwasA.insert(dwa.data(WorkActivitiesModel::DwaIdRole).toString());
                if (dwa.data(WorkActivitiesModel::SharedRole).toBool()) {
                    shared->insert(dwa.data(WorkActivitiesModel::DwaIdRole).toString());
                    QVERIFY(dwa.data(Qt::FontRole).value<QFont>().bold());
                    QVERIFY(
                        dwa.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Paramedics")));
                }
            }
        }
    }
    QVERIFY(!sharedA.isEmpty());
    QCOMPARE(sharedA, sharedB);
    QVERIFY(sharedA.size() < dwasA.size());
    QCOMPARE(view->modelA()->sharedCount(), sharedA.size());
}

void TestWorkView::unratedRoleSkillsAreNotOnlyInTheOther_data()
{
    QTest::addColumn<QString>("rated");
    QTest::addColumn<QString>("unrated");
    QTest::addColumn<QString>("unratedTitle");
    QTest::addColumn<QString>("ratedKnowledge"); // rated for the first role, so never "only in" it
    QTest::newRow("nurses, paramedics") << RegisteredNurses << Paramedics << QStringLiteral("Paramedics")
                                        << QStringLiteral("knowledge:medicine and dentistry");
    QTest::newRow("internists, emergency physicians")
        << Internists << EmergencyPhysicians << QStringLiteral("Emergency Medicine Physicians")
        << QStringLiteral("knowledge:medicine and dentistry");
}

void TestWorkView::unratedRoleSkillsAreNotOnlyInTheOther()
{
    QFETCH(QString, rated);
    QFETCH(QString, unrated);
    QFETCH(QString, unratedTitle);
    QFETCH(QString, ratedKnowledge);
    const QString note = QStringLiteral("O*NET has not rated skills for %1").arg(unratedTitle);
    // Either way round: the rated role's skills are not listed as only in it, and both lists say why.
    for (bool swapped : { false, true }) {
        QVERIFY(swapped ? m_window->compare(unrated, rated) : m_window->compare(rated, unrated));
        const Comparison &c = m_window->session()->comparison();
        const Role &ratedRole = swapped ? c.b : c.a;
        QVERIFY(std::any_of(ratedRole.skills.cbegin(), ratedRole.skills.cend(), [&](const RoleSkill &s) {
            return std::any_of(s.entities.cbegin(), s.entities.cend(),
                [&](const SkillEntity &e) { return e.id == ratedKnowledge; });
        }));
        for (SkillListModel *model :
            { m_window->onlyAModel(), m_window->onlyBModel(), m_window->sharedModel() }) {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            int notes = 0;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(SkillListModel::NoteRole).toBool()) {
                    ++notes;
                    QVERIFY(index.data().toString().contains(note));
                    QVERIFY(!(model->flags(index) & Qt::ItemIsSelectable));
                    continue;
                }
                const QString id = index.data(SkillListModel::EntityIdRole).toString();
                QVERIFY2(
                    !id.startsWith(QStringLiteral("skill:")) && !id.startsWith(QStringLiteral("knowledge:")),
                    qPrintable(id));
                QVERIFY(!index.data().toString().startsWith(QStringLiteral("Skills and knowledge (")));
            }
            QCOMPARE(notes, model == m_window->sharedModel() ? 0 : 1);
        }
        QCOMPARE(m_window->onlyAModel()->skillCount(), c.skills.onlyA.size());
        QVERIFY(m_window->ui()->similarityLabel->text().contains(note));
    }
}

void TestWorkView::bothRatedHasNoNote()
{
    QVERIFY(m_window->compare(RegisteredNurses, QStringLiteral("15-1211.00"))); // Computer Systems Analysts
    for (SkillListModel *model : { m_window->onlyAModel(), m_window->onlyBModel() }) {
        bool skills = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            QVERIFY(!index.data(SkillListModel::NoteRole).toBool());
            skills = skills
                || index.data(SkillListModel::EntityIdRole)
                       .toString()
                       .startsWith(QStringLiteral("knowledge:"));
        }
        QVERIFY(skills);
    }
    QVERIFY(!m_window->ui()->similarityLabel->text().contains(QStringLiteral("not rated")));
}

QTEST_MAIN(TestWorkView)
#include "tst_workview.moc"
