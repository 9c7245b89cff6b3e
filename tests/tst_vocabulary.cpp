// SPDX-License-Identifier: MIT
// O*NET's fixed vocabulary in Spanish (issue #12, item 2): every term of the bundled catalogue is in
// the list, every term of the list has its Spanish, and the window shows the Spanish while it keeps
// the English values.
#include "cataloguedatabase.h"
#include "customroledialog.h"
#include "mainwindow.h"
#include "mainwindowui.h"
#include "onetvocabulary.h"
#include "role.h"
#include "skilllistmodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTranslator>
#include <QtTest>

using namespace cc;

namespace
{
// Terms whose Spanish is the English word itself.
const QStringList SameInSpanish { QStringLiteral("Social") };

QString qmPath()
{
    return QStringLiteral(CC_BUILD_TRANSLATIONS_DIR "/careercompare_es.qm");
}
} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsAreComplete();
    void catalogueTermsAreInTheVocabulary_data();
    void catalogueTermsAreInTheVocabulary();
    void everyTermHasItsSpanish();
    void spanishTermsAreDistinctWithinAKind();
    void namesakesKeepTheirKind();
    void technologyAndUnknownNamesStayAsTheyAre();
    void skillListShowsSpanish();
    void customRoleDialogShowsSpanishAndSavesEnglish();
    void windowShowsSpanishTerms();

private:
    QStringList column(const QString &sql);
    QSqlDatabase m_db;
    QTranslator m_spanish;
};

void TestVocabulary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vocabulary"));
    m_db.setDatabaseName(QStringLiteral(CC_BUNDLED_CATALOGUE));
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    QVERIFY2(m_spanish.load(qmPath()), qPrintable(qmPath()));
    QVERIFY(QCoreApplication::installTranslator(&m_spanish));
}

void TestVocabulary::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_spanish);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("vocabulary"));
}

QStringList TestVocabulary::column(const QString &sql)
{
    QStringList values;
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        values << q.value(0).toString();
    return values;
}

void TestVocabulary::listsAreComplete()
{
    QCOMPARE(onetVocabulary(VocabularyKind::Skill).size(), 35);
    QCOMPARE(onetVocabulary(VocabularyKind::Knowledge).size(), 33);
    QCOMPARE(onetVocabulary(VocabularyKind::WorkActivity).size(), 41);
    QCOMPARE(onetVocabulary(VocabularyKind::JobZone).size(), 5);
    QCOMPARE(onetVocabulary(VocabularyKind::Interest).size(), InterestCount);
    // The 23 SOC major groups, each named "... Occupations", and the categories that are not SOC's.
    const QStringList categories = onetVocabulary(VocabularyKind::Category);
    QCOMPARE(categories.filter(QStringLiteral(" Occupations")).size(), 23);
    for (int i = 0; i < InterestCount; ++i)
        QVERIFY(onetVocabulary(VocabularyKind::Interest).contains(interestName(Interest(i))));
    for (int zone = 1; zone <= 5; ++zone)
        QCOMPARE(jobZoneName(zone), onetVocabulary(VocabularyKind::JobZone).at(zone - 1));
    QVERIFY(jobZoneName(0).isEmpty());
    QVERIFY(jobZoneName(6).isEmpty());
    // No term is listed twice within a kind.
    for (VocabularyKind kind : { VocabularyKind::Skill, VocabularyKind::Knowledge,
             VocabularyKind::WorkActivity, VocabularyKind::Education, VocabularyKind::Experience,
             VocabularyKind::Training, VocabularyKind::Category }) {
        QStringList terms = onetVocabulary(kind);
        const int n = int(terms.size());
        terms.removeDuplicates();
        QCOMPARE(terms.size(), n);
    }
}

void TestVocabulary::catalogueTermsAreInTheVocabulary_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("kind");
    QTest::newRow("skills") << "select name from skill_entities where kind = 'skill'"
                            << int(VocabularyKind::Skill);
    QTest::newRow("knowledge") << "select name from skill_entities where kind = 'knowledge'"
                               << int(VocabularyKind::Knowledge);
    QTest::newRow("categories") << "select distinct category from roles" << int(VocabularyKind::Category);
    QTest::newRow("education") << "select distinct typical_education from roles where typical_education <> ''"
                               << int(VocabularyKind::Education);
    QTest::newRow("experience") << "select distinct work_experience from roles where work_experience <> ''"
                                << int(VocabularyKind::Experience);
    QTest::newRow("training") << "select distinct job_training from roles where job_training <> ''"
                              << int(VocabularyKind::Training);
}

// A new O*NET or BLS release that renames a term, or adds one, fails here until the list and its
// Spanish follow.
void TestVocabulary::catalogueTermsAreInTheVocabulary()
{
    QFETCH(QString, sql);
    QFETCH(int, kind);
    const QStringList fromCatalogue = column(sql);
    QVERIFY(!fromCatalogue.isEmpty());
    const QStringList vocabulary = onetVocabulary(VocabularyKind(kind));
    QStringList missing;
    for (const QString &term : fromCatalogue) {
        if (!vocabulary.contains(term))
            missing << term;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    // Skills and knowledge: the catalogue holds exactly O*NET's list.
    if (kind == int(VocabularyKind::Skill) || kind == int(VocabularyKind::Knowledge))
        QCOMPARE(fromCatalogue.size(), vocabulary.size());
    // Every Job Zone of the catalogue has its name.
    for (const QString &zone :
        column(QStringLiteral("select distinct job_zone from roles where job_zone > 0")))
        QVERIFY2(!jobZoneName(zone.toInt()).isEmpty(), qPrintable(zone));
}

void TestVocabulary::everyTermHasItsSpanish()
{
    const QStringList terms = onetVocabulary();
    QVERIFY(terms.size() > 150);
    for (const QString &term : terms) {
        const QByteArray key = term.toUtf8();
        const QString spanish = m_spanish.translate("OnetVocabulary", key.constData());
        QVERIFY2(!spanish.trimmed().isEmpty(), qPrintable(QStringLiteral("no Spanish for ") + term));
        if (SameInSpanish.contains(term))
            QCOMPARE(spanish, term);
        else
            QVERIFY2(spanish != term, qPrintable(QStringLiteral("left in English: ") + term));
        if (term.contains(QLatin1String("%1")))
            QVERIFY2(spanish.contains(QLatin1String("%1")), qPrintable(term));
    }
    // onetTerm() reads the installed translation, and gives the English without one.
    QVERIFY(QCoreApplication::removeTranslator(&m_spanish));
    QCOMPARE(onetTerm(QStringLiteral("Active Listening")), QStringLiteral("Active Listening"));
    QVERIFY(QCoreApplication::installTranslator(&m_spanish));
    for (const QString &term : terms) {
        const QByteArray key = term.toUtf8();
        QCOMPARE(onetTerm(term), m_spanish.translate("OnetVocabulary", key.constData()));
    }
    QCOMPARE(onetTerm(QStringLiteral("Active Listening")), QStringLiteral("Escucha activa"));
}

// Two terms of one kind never read the same in Spanish, so lists, menus and chart axes stay unambiguous.
void TestVocabulary::spanishTermsAreDistinctWithinAKind()
{
    QStringList shown;
    for (VocabularyKind kind : { VocabularyKind::Skill, VocabularyKind::Knowledge }) {
        for (const QString &term : onetVocabulary(kind))
            shown << onetTerm(term);
    }
    QCOMPARE(shown.size(), 68);
    shown.removeDuplicates();
    QCOMPARE(shown.size(), 67); // Mathematics is both a skill and a knowledge area
    for (VocabularyKind kind :
        { VocabularyKind::WorkActivity, VocabularyKind::JobZone, VocabularyKind::Education,
            VocabularyKind::Training, VocabularyKind::Category, VocabularyKind::Interest }) {
        QSet<QString> seen;
        for (const QString &term : onetVocabulary(kind)) {
            QVERIFY2(!seen.contains(onetTerm(term)), qPrintable(term));
            seen.insert(onetTerm(term));
        }
    }
}

void TestVocabulary::namesakesKeepTheirKind()
{
    const QString skill = onetTerm(QStringLiteral("Mathematics (skill)"));
    const QString knowledge = onetTerm(QStringLiteral("Mathematics (knowledge)"));
    QVERIFY(skill.startsWith(onetTerm(QStringLiteral("Mathematics"))));
    QVERIFY(skill != knowledge);
    QCOMPARE(skill, onetTerm(QStringLiteral("%1 (skill)")).arg(onetTerm(QStringLiteral("Mathematics"))));
    QVERIFY(!skill.contains(QLatin1String("skill")));
    // A technology's name stays, its kind is translated.
    QCOMPARE(onetTerm(QStringLiteral("Python (technology)")),
        onetTerm(QStringLiteral("%1 (technology)")).arg(QStringLiteral("Python")));
    // A parenthesis that is not a kind is part of the name.
    QCOMPARE(onetTerm(QStringLiteral("Writing (draft)")), QStringLiteral("Writing (draft)"));
}

void TestVocabulary::technologyAndUnknownNamesStayAsTheyAre()
{
    const QStringList technologies
        = column(QStringLiteral("select name from skill_entities where kind in ('technology', 'topic')"));
    QVERIFY(technologies.size() > 1000);
    for (const QString &name : technologies)
        QCOMPARE(onetTerm(name), name);
    QCOMPARE(onetTerm(QStringLiteral("Registered Nurses")), QStringLiteral("Registered Nurses"));
    QCOMPARE(onetTerm(QStringLiteral("Not an O*NET term")), QStringLiteral("Not an O*NET term"));
    QCOMPARE(onetTerm(QString()), QString());
}

void TestVocabulary::skillListShowsSpanish()
{
    Role a;
    a.title = QStringLiteral("A");
    Role b;
    b.title = QStringLiteral("B");
    const QVector<OverlapEntry> entries {
        { { QStringLiteral("onet:2.a.1.b"), QStringLiteral("Active Listening"), SkillKind::Skill }, 1, 1 },
        { { QStringLiteral("tech:python"), QStringLiteral("Python"), SkillKind::Technology }, 1, 1 },
    };
    SkillListModel model(SkillListModel::Both);
    model.setEntries(entries, a, b);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.index(row).data(SkillListModel::HeadingRole).toBool())
            shown << model.index(row).data().toString();
    }
    QCOMPARE(shown, (QStringList { onetTerm(QStringLiteral("Active Listening")), QStringLiteral("Python") }));
    QVERIFY(shown.first() != QStringLiteral("Active Listening"));
}

void TestVocabulary::customRoleDialogShowsSpanishAndSavesEnglish()
{
    const QString english = QStringLiteral("Healthcare Support Occupations");
    CustomRoleDialog dialog;
    QComboBox *box = dialog.categoryBox();
    QCOMPARE(box->currentText(), onetTerm(QStringLiteral("Custom roles")));
    QVERIFY(box->findText(onetTerm(english)) < 0); // no catalogue yet
    box->addItem(onetTerm(english), english);
    box->setCurrentIndex(box->findText(onetTerm(english)));
    QVERIFY(box->currentText() != english);
    dialog.titleEdit()->setText(QStringLiteral("Dog Groomer"));
    QCOMPARE(dialog.role().roles.first().role.category, english);
    // The default category is saved in English too.
    box->setCurrentIndex(0);
    QCOMPARE(dialog.role().roles.first().role.category, QStringLiteral("Custom roles"));
    // A category typed by hand is saved as typed.
    box->setCurrentText(QStringLiteral("Cuidado de mascotas"));
    QCOMPARE(dialog.role().roles.first().role.category, QStringLiteral("Cuidado de mascotas"));
    // An English role opened in the dialog shows its category in Spanish and keeps it in English.
    Role role;
    role.code = QStringLiteral("custom:x");
    role.title = QStringLiteral("Dog Groomer");
    role.category = english;
    dialog.setRole(role, {}, true);
    QCOMPARE(box->currentText(), onetTerm(english));
    QCOMPARE(dialog.role().roles.first().role.category, english);
}

// The window in Spanish: the skill lists name no skill or knowledge area in English, and the
// picker's category menu shows the SOC groups in Spanish.
void TestVocabulary::windowShowsSpanishTerms()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(opened.catalogue);
    MainWindow window(*opened.catalogue);
    // Accountants and Auditors, Registered Nurses: both with skills and knowledge rated by O*NET.
    QVERIFY(window.compare(QStringLiteral("13-2011.00"), QStringLiteral("29-1141.00")));
    const QStringList english
        = onetVocabulary(VocabularyKind::Skill) + onetVocabulary(VocabularyKind::Knowledge);
    QSet<QString> spanish;
    for (const QString &term : english)
        spanish.insert(onetTerm(term));
    int shown = 0;
    for (QListView *view : { window.ui()->onlyAView, window.ui()->sharedView, window.ui()->onlyBView }) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, 0).data().toString();
            const QString name = text.section(QStringLiteral("  \u2014  "), 0, 0);
            QVERIFY2(!english.contains(name), qPrintable(text));
            shown += spanish.contains(name) ? 1 : 0;
        }
    }
    QVERIFY(shown > 10);

    QMenu *browse = window.ui()->pickerA->findChild<QMenu *>();
    QVERIFY(browse);
    emit browse->aboutToShow();
    QStringList categories;
    for (QAction *action : browse->actions())
        categories << action->text().section(QStringLiteral(" ("), 0, 0);
    QVERIFY(categories.size() > 20);
    QVERIFY(categories.contains(onetTerm(QStringLiteral("Computer and Mathematical Occupations"))));
    for (const QString &category : onetVocabulary(VocabularyKind::Category))
        QVERIFY2(!categories.contains(category), qPrintable(category));
}

QTEST_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
