// SPDX-License-Identifier: MIT
// The custom-role dialog (issue #11 item 6): "not given" boxes, negative growth, the catalogue's
// categories, skill completion and matching, the title warning, the start choice, and Edit custom
// role from the Roles menu for any custom role.
#include "attributes.h"
#include "cataloguedatabase.h"
#include "comparisonsession.h"
#include "customroledialog.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "translations.h"
#include "userstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStringListModel>
#include <QtTest>

using namespace cc;

class TestCustomRoleDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void notGivenRoundTrip();
    void negativeGrowthAccepted();
    void titleWarningForCatalogueTitles();
    void categoriesComeFromTheCatalogue();
    void skillsCompleteAndShowMatches();
    void spanishSkillNamesAreOfferedAndStoredAsTheCatalogues();
    void startIsAChoice();
    void editAnyCustomRoleFromTheRolesMenu();
    void fitsTheScreen();
    void numbersInTheUsersLocale_data();
    void numbersInTheUsersLocale();
    void boxesStopWhereARolesFileDoes();
    void editingKeepsTheShareAndTopCodedFigures();

private:
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    QTemporaryDir m_dir;
};

void TestCustomRoleDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestCustomRoleDialog::notGivenRoundTrip()
{
    CustomRoleDialog dialog;
    dialog.setCatalogue(m_catalogue.get());
    dialog.setBlank();
    // Every number and level editor has a "not given" box, checked and its editor disabled.
    for (const QString &key :
        { QStringLiteral("demand_score"), QStringLiteral("growth_percent"), QStringLiteral("annual_openings"),
            QStringLiteral("difficulty"), QStringLiteral("salary.median") }) {
        QCheckBox *box = dialog.notGivenBox(key);
        QVERIFY2(box, qPrintable(key));
        QVERIFY(box->isChecked());
        QVERIFY(!dialog.input(key)->isEnabled());
    }
    dialog.titleEdit()->setText(QStringLiteral("Dog Groomer"));
    RolesParseResult r = dialog.role();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.roles.first().role.demandScore);

    // Given: unchecked, the editor enabled and the value kept, 0 included (not a "not given" value).
    dialog.notGivenBox(QStringLiteral("demand_score"))->setChecked(false);
    QVERIFY(dialog.input(QStringLiteral("demand_score"))->isEnabled());
    qobject_cast<QDoubleSpinBox *>(dialog.input(QStringLiteral("demand_score")))->setValue(0);
    dialog.notGivenBox(QStringLiteral("salary.median"))->setChecked(false);
    qobject_cast<QSpinBox *>(dialog.input(QStringLiteral("salary.median")))->setValue(41000);
    r = dialog.role();
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Role given = r.roles.first().role;
    QCOMPARE(given.demandScore.value_or(-1), 0.0);
    QCOMPARE(given.salary.median.amount.value_or(-1), 41000);
    QVERIFY(!given.salary.low.amount);

    // Round trip: the role back into a dialog keeps which values are given.
    CustomRoleDialog again;
    again.setRole(given, {}, true);
    QVERIFY(!again.notGivenBox(QStringLiteral("demand_score"))->isChecked());
    QVERIFY(again.notGivenBox(QStringLiteral("growth_percent"))->isChecked());
    QVERIFY(again.notGivenBox(QStringLiteral("salary.low"))->isChecked());
    QVERIFY(!again.notGivenBox(QStringLiteral("salary.median"))->isChecked());
    const RolesParseResult back = again.role();
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.roles.first().role.demandScore.value_or(-1), 0.0);
    QCOMPARE(back.roles.first().role.salary.median.amount.value_or(-1), 41000);
}

void TestCustomRoleDialog::negativeGrowthAccepted()
{
    CustomRoleDialog dialog;
    dialog.setBlank();
    dialog.titleEdit()->setText(QStringLiteral("Typesetter"));
    auto *growth = qobject_cast<QDoubleSpinBox *>(dialog.input(QStringLiteral("growth_percent")));
    QVERIFY(growth);
    QVERIFY(growth->minimum() < 0);
    dialog.notGivenBox(QStringLiteral("growth_percent"))->setChecked(false);
    growth->setValue(-12.5);
    const RolesParseResult r = dialog.role();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(growth->value(), -12.5);
    QCOMPARE(attribute(QStringLiteral("growth_percent")).toJson(r.roles.first().role).toDouble(), -12.5);
    // Where the attribute has no negative values, the editor does not go below zero.
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(dialog.input(QStringLiteral("demand_score")))->minimum(), 0.0);
}

void TestCustomRoleDialog::titleWarningForCatalogueTitles()
{
    CustomRoleDialog dialog;
    dialog.setCatalogue(m_catalogue.get());
    dialog.titleEdit()->setText(QStringLiteral("registered nurses"));
    QVERIFY(!dialog.titleWarning()->isHidden());
    QVERIFY(dialog.titleWarning()->text().contains(QStringLiteral("registered nurses")));
    dialog.titleEdit()->setText(QStringLiteral("Registered Nurses (my version)"));
    QVERIFY(dialog.titleWarning()->isHidden());
    dialog.titleEdit()->setText(QStringLiteral("Registered Nurses"));
    QVERIFY(!dialog.titleWarning()->isHidden());
    // An alternate title warns too.
    const QVector<NamedCode> names = m_catalogue->allNames();
    QVERIFY(!names.isEmpty());
    dialog.titleEdit()->setText(QStringLiteral("Dog Groomer of the North"));
    QVERIFY(dialog.titleWarning()->isHidden());
    dialog.titleEdit()->setText(names.last().name);
    QVERIFY(!dialog.titleWarning()->isHidden());
}

void TestCustomRoleDialog::categoriesComeFromTheCatalogue()
{
    CustomRoleDialog dialog;
    dialog.setCatalogue(m_catalogue.get());
    QSet<QString> expected;
    for (const RoleSummary &r : m_catalogue->roles())
        expected.insert(r.category);
    expected.remove(QString());
    QComboBox *box = dialog.categoryBox();
    QSet<QString> listed;
    for (int i = 0; i < box->count(); ++i)
        listed.insert(box->itemText(i));
    QVERIFY(expected.size() > 1);
    QVERIFY(listed.contains(expected));
    QCOMPARE(box->currentText(), QStringLiteral("Custom roles"));
    // Picking a listed category gives it to the role; a new one can still be typed.
    const QString some = *expected.cbegin();
    box->setCurrentIndex(box->findText(some));
    dialog.titleEdit()->setText(QStringLiteral("Dog Groomer"));
    QCOMPARE(dialog.role().roles.first().role.category, some);
    box->setCurrentText(QStringLiteral("Pet care"));
    QCOMPARE(dialog.role().roles.first().role.category, QStringLiteral("Pet care"));
}

void TestCustomRoleDialog::skillsCompleteAndShowMatches()
{
    CustomRoleDialog dialog;
    dialog.setCatalogue(m_catalogue.get());
    const QStringList names = m_catalogue->skillEntityNames();
    QVERIFY(m_catalogue->lastError().isEmpty());
    QVERIFY(names.contains(QStringLiteral("Programming")));
    QCompleter *completer = dialog.skillEntry()->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(QStringLiteral("programm"));
    QVERIFY(completer->completionCount() >= 1);

    dialog.skillsEdit()->setPlainText(QStringLiteral("programming\nMathematics\nDog grooming"));
    const QString label = dialog.skillsMatched()->text();
    QVERIFY2(label.contains(QStringLiteral("Matched: Programming, Mathematics")), qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral("new: Dog grooming")), qPrintable(label));

    // Enter in the entry adds the skill as a line, not saving the dialog.
    dialog.show();
    dialog.skillEntry()->setFocus();
    dialog.skillEntry()->setText(QStringLiteral("Customer and Personal Service"));
    QTest::keyClick(dialog.skillEntry(), Qt::Key_Return);
    QVERIFY(!dialog.result());
    QVERIFY(dialog.skillEntry()->text().isEmpty());
    QVERIFY(dialog.skillsEdit()->toPlainText().endsWith(QStringLiteral("\nCustomer and Personal Service")));
    QVERIFY(dialog.skillsMatched()->text().contains(QStringLiteral("Customer and Personal Service")));
}

// In Spanish the completion offers O*NET's skills and knowledge by their Spanish names, the form accepts
// them (accents and case aside) and shows them, and the role keeps the catalogue's English names.
void TestCustomRoleDialog::spanishSkillNamesAreOfferedAndStoredAsTheCatalogues()
{
    QVERIFY(installTranslations(QLocale(QLocale::Spanish)));
    CustomRoleDialog dialog;
    dialog.setCatalogue(m_catalogue.get());
    QCompleter *completer = dialog.skillEntry()->completer();
    completer->setCompletionPrefix(QStringLiteral("programa"));
    QStringList offered;
    for (int i = 0; completer->setCurrentRow(i); ++i)
        offered << completer->currentCompletion();
    QVERIFY2(offered.contains(QStringLiteral("Programación")), qPrintable(offered.join(QLatin1Char('|'))));
    const QStringList all = static_cast<QStringListModel *>(completer->model())->stringList();
    QVERIFY(!all.contains(QStringLiteral("Programming")));
    QVERIFY(all.contains(QStringLiteral("Matemáticas")));
    QVERIFY(all.contains(QStringLiteral("Python"))); // technology names stay as they are
    QVERIFY(dialog.skillsEdit()->placeholderText().contains(QStringLiteral("Programación, Matemáticas")));

    dialog.titleEdit()->setText(QStringLiteral("Analista de huertos"));
    dialog.skillsEdit()->setPlainText(
        QStringLiteral("programacion\nMATEMÁTICAS\nPython\nCritical Thinking\nJardinería"));
    const QString label = dialog.skillsMatched()->text();
    QVERIFY2(label.contains(QStringLiteral("Programación, Matemáticas, Python, Pensamiento crítico")),
        qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral("Jardinería")), qPrintable(label));
    const RolesParseResult r = dialog.role();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.roles.first().skillNames,
        QStringList({ QStringLiteral("Programming"), QStringLiteral("Mathematics"), QStringLiteral("Python"),
            QStringLiteral("Critical Thinking"), QStringLiteral("Jardinería") }));

    // A role's skills shown in Spanish, stored back as the catalogue's.
    Role from;
    from.title = QStringLiteral("Software Developers");
    dialog.setRole(from,
        { QStringLiteral("Programming"), QStringLiteral("Systems Analysis"), QStringLiteral("Java") }, false);
    QCOMPARE(dialog.skillsEdit()->toPlainText(), QStringLiteral("Programación\nAnálisis de sistemas\nJava"));
    QCOMPARE(dialog.role().roles.first().skillNames,
        QStringList(
            { QStringLiteral("Programming"), QStringLiteral("Systems Analysis"), QStringLiteral("Java") }));
    QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));

    // In English, the same dialog offers the catalogue's names again.
    dialog.setCatalogue(m_catalogue.get());
    QVERIFY(static_cast<QStringListModel *>(completer->model())
                ->stringList()
                .contains(QStringLiteral("Programming")));
}

void TestCustomRoleDialog::startIsAChoice()
{
    const auto question = customRoleStartQuestion(nullptr, QStringLiteral("Registered Nurses"));
    QVERIFY(!question->defaultButton());
    QCOMPARE(customRoleStartChosen(*question), CustomRoleStart::Cancel); // closed without a choice
    auto *fromRole = question->findChild<QPushButton *>(QStringLiteral("startFromRole"));
    QVERIFY(fromRole);
    QVERIFY(fromRole->text().contains(QStringLiteral("Registered Nurses")));
    fromRole->click();
    QCOMPARE(customRoleStartChosen(*question), CustomRoleStart::FromRole);
    question->findChild<QPushButton *>(QStringLiteral("startBlank"))->click();
    QCOMPARE(customRoleStartChosen(*question), CustomRoleStart::Blank);
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(customRoleStartChosen(*question), CustomRoleStart::Cancel);

    const auto nurse
        = m_catalogue->role(m_catalogue->findCodes(QStringLiteral("Registered Nurses")).value(0));
    QVERIFY(nurse);
    CustomRoleDialog dialog;
    startCustomRole(dialog, CustomRoleStart::FromRole, *nurse);
    QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Registered Nurses (my version)"));
    QVERIFY(!dialog.notGivenBox(QStringLiteral("salary.median"))->isChecked());
    QVERIFY(!dialog.skillsEdit()->toPlainText().isEmpty());
    startCustomRole(dialog, CustomRoleStart::Blank, *nurse);
    QVERIFY(dialog.titleEdit()->text().isEmpty());
    QVERIFY(dialog.notGivenBox(QStringLiteral("salary.median"))->isChecked());
    QVERIFY(dialog.skillsEdit()->toPlainText().isEmpty());
}

void TestCustomRoleDialog::editAnyCustomRoleFromTheRolesMenu()
{
    auto opened = UserStore::open(m_dir.filePath(QStringLiteral("userdata.sqlite")));
    QVERIFY(opened.store);
    MainWindow window(*m_catalogue, opened.store.get());
    QVERIFY(window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    RolesParseResult parsed = parseRolesJson(
        R"([{"title": "Dog Groomer", "growth_percent": -3}, {"title": "Cat Sitter", "demand_score": 4}])");
    QVERIFY(parsed.ok());
    QString error;
    QVERIFY2(window.addCustomRoles(parsed.roles, &error), qPrintable(error));
    // Neither custom role is on screen: the menu still offers both, and opens the one picked.
    QString titleInDialog;
    bool checkedGrowth = false;
    QTimer::singleShot(0, [&] {
        auto *pick = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(pick);
        QCOMPARE(pick->comboBoxItems().size(), 2);
        pick->setTextValue(pick->comboBoxItems().filter(QStringLiteral("Dog Groomer")).value(0));
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<CustomRoleDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            titleInDialog = dialog->titleEdit()->text();
            checkedGrowth = !dialog->notGivenBox(QStringLiteral("growth_percent"))->isChecked();
            dialog->reject();
        });
        pick->accept();
    });
    window.ui()->actionEditCustomRole->trigger();
    QCOMPARE(titleInDialog, QStringLiteral("Dog Groomer"));
    QVERIFY(checkedGrowth);
}

// The form scrolls: the dialog never opens taller or wider than the screen (offscreen: 800×600).
void TestCustomRoleDialog::fitsTheScreen()
{
    CustomRoleDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(dialog.frameGeometry().height() <= available.height(),
        qPrintable(QStringLiteral("%1 > %2").arg(dialog.frameGeometry().height()).arg(available.height())));
    QVERIFY(dialog.frameGeometry().width() <= available.width());
}

void TestCustomRoleDialog::numbersInTheUsersLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("expected");
    for (const char *name : { "de_DE", "es_ES", "es_MX", "en_US" }) {
        const QString l = QLatin1String(name);
        QTest::addRow("%s salary 86.070", name) << l << "salary.median"
                                                << "86.070" << 86070.0;
        QTest::addRow("%s salary 86,070", name) << l << "salary.median"
                                                << "86,070" << 86070.0;
        QTest::addRow("%s salary $86 070", name) << l << "salary.median"
                                                 << "$86 070" << 86070.0;
        QTest::addRow("%s salary 86070", name) << l << "salary.median"
                                               << "86070" << 86070.0;
        QTest::addRow("%s demand 6,5", name) << l << "demand_score"
                                             << "6,5" << 6.5;
        QTest::addRow("%s demand 6.5", name) << l << "demand_score"
                                             << "6.5" << 6.5;
        QTest::addRow("%s growth -1,5", name) << l << "growth_percent"
                                              << "-1,5" << -1.5;
        QTest::addRow("%s openings 12.345", name) << l << "annual_openings"
                                                  << "12.345" << 12345.0;
    }
}

void TestCustomRoleDialog::numbersInTheUsersLocale()
{
    // Issue #13 item 10: the number boxes read what the user types in their locale, and what the
    // window shows ("$86,070"), both.
    QFETCH(QString, locale);
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(double, expected);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    {
        CustomRoleDialog dialog;
        dialog.setCatalogue(m_catalogue.get());
        dialog.setBlank();
        dialog.notGivenBox(key)->setChecked(false);
        auto *box = qobject_cast<QAbstractSpinBox *>(dialog.input(key));
        QVERIFY(box);
        QLineEdit *edit = box->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, typed);
        box->interpretText();
        if (auto *whole = qobject_cast<QSpinBox *>(box))
            QCOMPARE(double(whole->value()), expected);
        else
            QCOMPARE(qobject_cast<QDoubleSpinBox *>(box)->value(), expected);
    }
    QLocale::setDefault(before);
}

// The dialog cannot make what a roles file is refused for: each box stops at the range the reader
// accepts (the catalogue's), and both ends are accepted. The salary boxes went down to $0, which
// the catalogue never shows as a wage, and learning time to 1,200 months.
void TestCustomRoleDialog::boxesStopWhereARolesFileDoes()
{
    CustomRoleDialog dialog;
    dialog.setBlank();
    dialog.titleEdit()->setText(QStringLiteral("Ends"));
    QStringList keys { QStringLiteral("salary.low"), QStringLiteral("salary.median"),
        QStringLiteral("salary.high") };
    for (const QString &key : std::as_const(keys)) {
        auto *box = qobject_cast<QSpinBox *>(dialog.input(key));
        QVERIFY2(box, qPrintable(key));
        QCOMPARE(box->minimum(), int(inputrange::Wage.min));
        QCOMPARE(box->maximum(), int(inputrange::Wage.max));
    }
    for (const Attribute &at : attributes()) {
        if (at.input != InputKind::Number && at.input != InputKind::WholeNumber)
            continue;
        auto *box = dialog.input(at.key);
        QVERIFY2(box, qPrintable(at.key));
        const InputRange range = at.inputRange();
        if (auto *whole = qobject_cast<QSpinBox *>(box)) {
            QVERIFY2(range.whole, qPrintable(at.key));
            QCOMPARE(whole->minimum(), int(range.min));
            QCOMPARE(whole->maximum(), int(range.max));
        } else {
            auto *number = qobject_cast<QDoubleSpinBox *>(box);
            QVERIFY2(number && !range.whole, qPrintable(at.key));
            QCOMPARE(number->minimum(), range.min);
            QCOMPARE(number->maximum(), range.max);
        }
        keys << at.key;
    }
    for (const bool top : { false, true }) {
        for (const QString &key : std::as_const(keys)) {
            dialog.notGivenBox(key)->setChecked(false);
            if (auto *whole = qobject_cast<QSpinBox *>(dialog.input(key)))
                whole->setValue(top ? whole->maximum() : whole->minimum());
            else if (auto *number = qobject_cast<QDoubleSpinBox *>(dialog.input(key)))
                number->setValue(top ? number->maximum() : number->minimum());
        }
        const RolesParseResult r = dialog.role();
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
}

// Editing a custom role keeps what the form has no box for, while the values it goes with stay: the
// teleworkable share beside its level ("Partly, 45%"), and a top-coded salary figure ("or more").
void TestCustomRoleDialog::editingKeepsTheShareAndTopCodedFigures()
{
    const RolesParseResult parsed = parseRolesJson(R"({"code": "r-1", "title": "Remote", "remote_friendly":
        "Partly", "remote_share": 45, "salary": {"low": 50000, "high": 239200, "top_coded": ["high"]}})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    CustomRoleDialog dialog;
    dialog.setRole(parsed.roles.first().role, {}, true);
    RolesParseResult r = dialog.role();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.roles.first().role.teleworkShare.value_or(-1), 0.45);
    QVERIFY(r.roles.first().role.salary.high.topCoded);
    QVERIFY(!r.roles.first().role.salary.low.topCoded);
    // Another level, another top figure: neither is kept.
    auto *level = qobject_cast<QComboBox *>(dialog.input(QStringLiteral("remote_friendly")));
    QVERIFY(level);
    level->setCurrentIndex(level->findData(QStringLiteral("Yes")));
    qobject_cast<QSpinBox *>(dialog.input(QStringLiteral("salary.high")))->setValue(200000);
    r = dialog.role();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(*r.roles.first().role.remoteFriendly, RemoteFriendly::Yes);
    QVERIFY(!r.roles.first().role.teleworkShare);
    QVERIFY(!r.roles.first().role.salary.high.topCoded);
}

QTEST_MAIN(TestCustomRoleDialog)
#include "tst_customroledialog.moc"
