// SPDX-License-Identifier: MIT
// The window in a real counselling session (issue #11): on a 1280×720 screen with the two longest
// titles in the catalogue, picking with Enter, a client's comparisons and unsaved notes, and an
// accessible name and description on every control. Runs on an offscreen screen of 1280×720.
#include "cataloguedatabase.h"
#include "comparisonsession.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "presentationview.h"
#include "rolepicker.h"
#include "rolesearchmodel.h"
#include "salarychartview.h"
#include "savedcomparisonsdialog.h"
#include "userstore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QtTest>

using namespace cc;

namespace
{
const QString Grinding = QStringLiteral("51-4033.00"); // Grinding, Lapping, Polishing, and Buffing …
const QString Separating = QStringLiteral("51-9012.00"); // Separating, Filtering, Clarifying, …
const QString Nurses = QStringLiteral("29-1141.00");
const QString WebDevelopers = QStringLiteral("15-1254.00");

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Widgets laid out side by side or one above the other never overlap, stay inside their parent, and a
// wrapped label is tall enough for its text. Returns the first problem found, or an empty string.
QString layoutProblem(const QWidget *top)
{
    const QList<QLayout *> layouts = top->findChildren<QLayout *>();
    for (const QLayout *layout : layouts) {
        const QWidget *owner = layout->parentWidget();
        if (!owner || !owner->isVisible())
            continue;
        QVector<std::pair<QRect, QString>> boxes;
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (QWidget *w = item->widget()) {
                if (w->isVisible() && !w->geometry().isEmpty())
                    boxes.append({ w->geometry(), describe(w) });
            } else if (item->layout() && !item->geometry().isEmpty()) {
                boxes.append(
                    { item->geometry(), QStringLiteral("layout %1").arg(item->layout()->objectName()) });
            }
        }
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j) {
                if (boxes[i].first.intersects(boxes[j].first))
                    return QStringLiteral("%1 overlaps %2 in %3")
                        .arg(boxes[i].second, boxes[j].second, describe(owner));
            }
        }
    }
    for (const QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || !w->parentWidget())
            continue;
        const QWidget *parent = w->parentWidget();
        // A scroll area's content may be larger than its viewport: that is what it scrolls.
        const bool scrolled = parent->parentWidget()
            && qobject_cast<QAbstractScrollArea *>(parent->parentWidget())
            && static_cast<QAbstractScrollArea *>(parent->parentWidget())->viewport() == parent;
        if (!scrolled && !parent->rect().contains(w->geometry()) && !w->geometry().isEmpty()
            && !qobject_cast<const QAbstractScrollArea *>(parent) && !parent->inherits("QTabBar")
            && !parent->inherits("QScrollBar") && !parent->inherits("QLineEdit"))
            return QStringLiteral("%1 sticks out of %2").arg(describe(w), describe(parent));
        if (const auto *label = qobject_cast<const QLabel *>(w); label && label->wordWrap()
            && !label->text().isEmpty() && label->heightForWidth(label->width()) > label->height() + 1)
            return QStringLiteral("%1 is too short for its text (%2 < %3)")
                .arg(describe(w))
                .arg(label->height())
                .arg(label->heightForWidth(label->width()));
    }
    return QString();
}

// Controls a user acts on: each must say what it is and what it does to a screen reader.
bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTabBar *>(w)
        || qobject_cast<const QChartView *>(w) || qobject_cast<const SalaryChartView *>(w);
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void screenIs1280x720();
    void longTitlesFitTheScreen();
    void nothingOverlapsAt900x560();
    void savedSizeLargerThanTheScreenIsFitted();
    void enterTakesTheTopSuggestion();
    void fieldAlwaysNamesTheRoleShown();
    void clientWorkflow();
    void unsavedChangesAskOnQuit();
    void savedComparisonsListIsSearchableAndSortable();
    void everyControlIsAccessible();
    void presentationWrapsAndPages();

private:
    void compareLongest();
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QVector<MainWindow::UnsavedChoice> m_answers; // what the unsaved-changes prompt answers, in turn
    int m_asked = 0;
};

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestWindowFit::init()
{
    QSettings().clear();
    QFile::remove(m_dir.filePath(QStringLiteral("userdata.sqlite")));
    m_store = UserStore::open(m_dir.filePath(QStringLiteral("userdata.sqlite"))).store;
    QVERIFY(m_store);
    m_window = std::make_unique<MainWindow>(*m_catalogue, m_store.get());
    m_answers.clear();
    m_asked = 0;
    m_window->setUnsavedPrompt([this] {
        ++m_asked;
        return m_answers.isEmpty() ? MainWindow::UnsavedChoice::Cancel : m_answers.takeFirst();
    });
    QVERIFY(m_window->compare(Nurses, WebDevelopers));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowFit::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestWindowFit::compareLongest()
{
    QVERIFY(m_window->compare(Grinding, Separating));
    QCoreApplication::processEvents();
}

void TestWindowFit::screenIs1280x720()
{
    QCOMPARE(m_window->screen()->geometry().size(), QSize(1280, 720));
}

void TestWindowFit::longTitlesFitTheScreen()
{
    compareLongest();
    const QRect screen = m_window->screen()->availableGeometry();
    // As large as the screen takes, frame included; the window must not push itself wider.
    m_window->resize(screen.size() - (m_window->frameGeometry().size() - m_window->geometry().size()));
    auto *tabs = m_window->ui()->tabs;
    const QString dir = qEnvironmentVariable("CC_GRAB_DIR");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        m_window->layout()->activate();
        QCoreApplication::processEvents();
        QVERIFY2(m_window->frameGeometry().width() <= screen.width(),
            qPrintable(QStringLiteral("tab %1: %2 px wide").arg(tab).arg(m_window->frameGeometry().width())));
        QVERIFY(m_window->height() <= screen.height());
        QVERIFY(m_window->minimumSizeHint().width() <= 900);
        const QString problem = layoutProblem(m_window.get());
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(problem)));
        if (!dir.isEmpty())
            m_window->grab().save(QStringLiteral("%1/long-tab%2.png").arg(dir).arg(tab));
    }
    // Picker B and Swap are on the screen; the fields name the roles in full on hover.
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_window->ui()->pickerB, m_window->ui()->swapButton }) {
        const QRect onScreen(w->mapToGlobal(QPoint(0, 0)), w->size());
        QVERIFY2(screen.contains(onScreen), qPrintable(describe(w)));
    }
    QVERIFY(m_window->ui()->pickerB->lineEdit()->toolTip().startsWith(QStringLiteral(
        "Separating, Filtering, Clarifying, Precipitating, and Still Machine Setters, Operators, and "
        "Tenders")));
    QCOMPARE(m_window->windowTitle(),
        QStringLiteral(
            "Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal "
            "and Plastic vs Separating, Filtering, Clarifying, Precipitating, and Still Machine Setters, "
            "Operators, and Tenders \u2014 Career Compare"));
}

void TestWindowFit::nothingOverlapsAt900x560()
{
    compareLongest();
    m_window->resize(900, 560);
    QCoreApplication::processEvents();
    QVERIFY(m_window->width() <= 900 && m_window->height() <= 560);
    auto *tabs = m_window->ui()->tabs;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QString problem = layoutProblem(m_window.get());
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(problem)));
    }
}

void TestWindowFit::savedSizeLargerThanTheScreenIsFitted()
{
    // A size saved on a larger screen (or at another scale) opens no larger than this one.
    m_window->resize(1200, 700);
    m_window->setGeometry(QRect(0, 0, 2400, 1500));
    QCoreApplication::processEvents();
    m_window->close(); // saves the geometry
    m_window = std::make_unique<MainWindow>(*m_catalogue, m_store.get());
    QVERIFY(m_window->compare(Grinding, Separating));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QRect screen = m_window->screen()->availableGeometry();
    QVERIFY2(m_window->width() <= screen.width() && m_window->height() <= screen.height(),
        qPrintable(QStringLiteral("%1×%2").arg(m_window->width()).arg(m_window->height())));
    QVERIFY(screen.contains(m_window->geometry().topLeft()));
    // First launch: no saved size, and it fits too.
    QSettings().clear();
    MainWindow fresh(*m_catalogue, m_store.get());
    QVERIFY(fresh.width() <= screen.width() && fresh.height() <= screen.height());
}

void TestWindowFit::enterTakesTheTopSuggestion()
{
    compareLongest();
    RolePicker *picker = m_window->ui()->pickerB;
    m_window->searchModel();
    picker->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("web developer"));
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
    const Comparison &c = m_window->session()->comparison();
    QCOMPARE(c.b.code, WebDevelopers);
    QCOMPARE(c.a.code, Grinding);
    QCOMPARE(picker->lineEdit()->text(), QStringLiteral("Web Developers"));
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral(" vs Web Developers \u2014 Career Compare")));

    // With the popup closed, Enter does the same.
    RolePicker *pickerA = m_window->ui()->pickerA;
    pickerA->setFocus();
    pickerA->lineEdit()->setText(QStringLiteral("registered nurse"));
    QTest::keyClick(pickerA->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_window->session()->comparison().a.code, Nurses);
    QCOMPARE(
        m_window->windowTitle(), QStringLiteral("Registered Nurses vs Web Developers \u2014 Career Compare"));
}

void TestWindowFit::fieldAlwaysNamesTheRoleShown()
{
    RolePicker *picker = m_window->ui()->pickerA;
    m_window->searchModel();
    picker->setFocus();
    picker->lineEdit()->setText(QStringLiteral("zzzz no such job"));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(picker->lineEdit()->text(), QStringLiteral("Registered Nurses"));
    // Typing and leaving the field without choosing.
    picker->setFocus();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral(" data"));
    m_window->ui()->swapButton->setFocus();
    QTRY_COMPARE(picker->lineEdit()->text(), QStringLiteral("Registered Nurses"));
    QCOMPARE(m_window->session()->comparison().a.code, Nurses);
}

void TestWindowFit::clientWorkflow()
{
    auto *ui = m_window->ui();
    // A client of their own, with a comparison saved under them.
    QString error;
    const auto james = m_window->newClient(QStringLiteral("James Carter"), &error);
    QVERIFY2(james, qPrintable(error));
    QCOMPARE(m_window->openClientId(), *james);
    QCOMPARE(ui->clientEdit->text(), QStringLiteral("James Carter"));
    ui->notesEdit->setPlainText(QStringLiteral("Nights are hard with children."));
    QVERIFY(m_window->hasUnsavedChanges());
    const auto first = m_window->save(&error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(!m_window->hasUnsavedChanges());
    QCOMPARE(m_store->savedComparisons().size(), 1);
    QCOMPARE(m_store->savedComparisons().first().clientId, *james);

    // Save updates the open comparison: no duplicate.
    ui->notesEdit->appendPlainText(QStringLiteral("Likes people."));
    QCOMPARE(m_window->save(), first);
    QCOMPARE(m_store->savedComparisons().size(), 1);
    QVERIFY(m_store->savedComparison(*first)->notes.endsWith(QStringLiteral("Likes people.")));
    // Save As makes a new one.
    const auto copy = m_window->saveComparison(QStringLiteral("James, copy"));
    QVERIFY(copy && *copy != *first);
    QCOMPARE(m_store->savedComparisons().size(), 2);
    QCOMPARE(m_window->openComparisonId(), *copy);

    // Unsaved notes, then another pair: Cancel keeps everything as it is.
    ui->notesEdit->setPlainText(QStringLiteral("Unsaved thought"));
    m_answers = { MainWindow::UnsavedChoice::Cancel };
    QVERIFY(!m_window->session()->setRoleB(QStringLiteral("29-2061.00")));
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_window->session()->comparison().b.code, WebDevelopers);
    QCOMPARE(ui->pickerB->lineEdit()->text(), QStringLiteral("Web Developers"));
    QCOMPARE(ui->notesEdit->toPlainText(), QStringLiteral("Unsaved thought"));
    // Save: the notes go to the open comparison, and the new pair starts a new one for James, notes empty.
    m_answers = { MainWindow::UnsavedChoice::Save };
    QVERIFY(m_window->session()->setRoleB(QStringLiteral("29-2061.00")));
    QCOMPARE(m_store->savedComparison(*copy)->notes, QStringLiteral("Unsaved thought"));
    QCOMPARE(m_store->savedComparison(*copy)->codeB, WebDevelopers);
    QCOMPARE(m_window->openClientId(), *james);
    QCOMPARE(m_window->openComparisonId(), 0);
    QVERIFY(ui->notesEdit->toPlainText().isEmpty());
    QVERIFY(!m_window->hasUnsavedChanges());
    // Discard: the typed notes go, nothing is written.
    ui->notesEdit->setPlainText(QStringLiteral("Thrown away"));
    m_answers = { MainWindow::UnsavedChoice::Discard };
    QVERIFY(m_window->session()->setRoleB(QStringLiteral("15-1252.00")));
    QVERIFY(ui->notesEdit->toPlainText().isEmpty());
    QCOMPARE(m_store->savedComparisons().size(), 2);
    // Swapping is the same comparison: nothing asked.
    const int asked = m_asked;
    m_window->session()->swap();
    QCOMPARE(m_asked, asked);

    // The PDF's client is the client of the comparison shown.
    const QString pdf = m_dir.filePath(QStringLiteral("james.pdf"));
    QVERIFY(m_window->exportPdf(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("Prepared for: James Carter")));
    QVERIFY(!text.contains(QStringLiteral("Thrown away")));

    // Another client: opening them shows their latest comparison, their name and their notes only.
    QVERIFY(m_window->closeClient());
    ui->clientEdit->setText(QStringLiteral("Ana Ruiz"));
    ui->notesEdit->setPlainText(QStringLiteral("Ana's notes"));
    m_answers = { MainWindow::UnsavedChoice::Save };
    QVERIFY(m_window->openClient(*james)); // Ana's comparison is saved first, under a client of her own
    QCOMPARE(m_store->clients().size(), 2);
    QCOMPARE(m_window->openClientId(), *james);
    QCOMPARE(ui->clientEdit->text(), QStringLiteral("James Carter"));
    QCOMPARE(ui->notesEdit->toPlainText(), QStringLiteral("Unsaved thought")); // his latest: the copy
    QCOMPARE(m_window->session()->comparison().b.code, WebDevelopers);
}

void TestWindowFit::unsavedChangesAskOnQuit()
{
    m_window->ui()->notesEdit->setPlainText(QStringLiteral("Not yet saved"));
    m_answers = { MainWindow::UnsavedChoice::Cancel };
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    m_answers = { MainWindow::UnsavedChoice::Save };
    QVERIFY(m_window->close());
    QCOMPARE(m_store->savedComparisons().size(), 1);
    QCOMPARE(m_store->savedComparisons().first().notes, QStringLiteral("Not yet saved"));
    QCOMPARE(m_asked, 2);
}

void TestWindowFit::savedComparisonsListIsSearchableAndSortable()
{
    for (const auto &[client, b] : { std::pair { QStringLiteral("Zoe"), WebDevelopers },
             { QStringLiteral("Adam"), QStringLiteral("29-2061.00") } }) {
        SavedComparison c;
        c.client = client;
        c.codeA = Nurses;
        c.codeB = b;
        c.name = client + QStringLiteral(" visit");
        QVERIFY(m_store->saveComparison(c));
    }
    SavedComparisonsDialog dialog(*m_store,
        { { Nurses, QStringLiteral("Registered Nurses") },
            { WebDevelopers, QStringLiteral("Web Developers") },
            { QStringLiteral("29-2061.00"), QStringLiteral("LPNs") } });
    QSortFilterProxyModel *proxy = dialog.proxy();
    QCOMPARE(proxy->rowCount(), 2);
    QCOMPARE(proxy->headerData(SavedComparisonsDialog::ModifiedColumn, Qt::Horizontal).toString(),
        QStringLiteral("Modified"));
    // Newest first, then by client.
    QCOMPARE(proxy->index(0, SavedComparisonsDialog::ClientColumn).data().toString(), QStringLiteral("Adam"));
    dialog.table()->sortByColumn(SavedComparisonsDialog::ClientColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, SavedComparisonsDialog::ClientColumn).data().toString(), QStringLiteral("Zoe"));
    QCOMPARE(proxy->index(0, SavedComparisonsDialog::PairColumn).data().toString(),
        QStringLiteral("Registered Nurses vs Web Developers"));
    dialog.searchEdit()->setText(QStringLiteral("lpn"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, SavedComparisonsDialog::ClientColumn).data().toString(), QStringLiteral("Adam"));
}

void TestWindowFit::everyControlIsAccessible()
{
    compareLongest();
    auto *tabs = m_window->ui()->tabs;
    QStringList missing;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            // What the keyboard reaches (a line edit's clear icon and a header are reached otherwise).
            if (!isInteractive(w) || !w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a) {
                missing << describe(w) + QStringLiteral(": no accessible interface");
                continue;
            }
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                missing << describe(w) + QStringLiteral(": no name");
            if (qobject_cast<QTabBar *>(w)) {
                // A tab bar describes itself through its tabs.
                for (int i = 0; i < a->childCount(); ++i) {
                    QAccessibleInterface *page = a->child(i);
                    if (page->role() == QAccessible::PageTab
                        && (page->text(QAccessible::Name).isEmpty()
                            || page->text(QAccessible::Description).isEmpty()))
                        missing << describe(w) + QStringLiteral(": tab %1 undescribed").arg(i);
                }
            } else if (a->text(QAccessible::Description).trimmed().isEmpty()) {
                missing << describe(w) + QStringLiteral(": no description");
            }
        }
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));

    // Every chart's numbers are in a table the keyboard reaches.
    QTableView *figures = m_window->findChild<QTableView *>(QStringLiteral("chartFiguresView"));
    QVERIFY(figures);
    QVERIFY(figures->focusPolicy() & Qt::TabFocus);
    QAbstractItemModel *model = figures->model();
    QStringList charts;
    for (int row = 0; row < model->rowCount(); ++row)
        charts << model->index(row, 0).data().toString();
    for (const QString &chart : { QStringLiteral("Salary"), QStringLiteral("Demand"), QStringLiteral("AI"),
             QStringLiteral("Time to become qualified"), QStringLiteral("Skill") }) {
        QVERIFY2(std::any_of(
                     charts.cbegin(), charts.cend(), [&](const QString &c) { return c.startsWith(chart); }),
            qPrintable(chart));
    }
}

void TestWindowFit::presentationWrapsAndPages()
{
    compareLongest();
    m_window->setPresentation(true);
    PresentationView *view = m_window->presentation();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QCoreApplication::processEvents();
    QVERIFY(view->width() <= m_window->screen()->geometry().width());
    auto *title = view->findChild<QLabel *>(QStringLiteral("presentationTitle"));
    QVERIFY(title);
    QVERIFY(title->wordWrap());
    QVERIFY(title->heightForWidth(title->width()) <= title->height() + 1);
    auto *pages = view->findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->count(), 3);
    const QString dir = qEnvironmentVariable("CC_GRAB_DIR");
    for (int page = 0; page < pages->count(); ++page) {
        QCOMPARE(pages->currentIndex(), page);
        const QString problem = layoutProblem(view);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (!dir.isEmpty())
            view->grab().save(QStringLiteral("%1/presentation-%2.png").arg(dir).arg(page));
        QTest::keyClick(view, Qt::Key_PageDown);
    }
    QCOMPARE(pages->currentIndex(), 2); // the last page stays
    QTest::keyClick(view, Qt::Key_PageUp);
    QCOMPARE(pages->currentIndex(), 1);
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->presentation());
}

int main(int argc, char *argv[])
{
    // A 1280×720 screen: the smallest the issue was tried on.
    QTemporaryDir config;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        QFile file(config.filePath(QStringLiteral("screen.json")));
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"screens": [{"name": "s1280", "x": 0, "y": 0, "width": 1280, "height": 720,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
