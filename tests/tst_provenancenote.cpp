// SPDX-License-Identifier: MIT
// Provenance notes kept as template and facts (NoteText): English exactly as the importer wrote it,
// Spanish from the same facts, and the English note where there is no template.
#include "cataloguedatabase.h"
#include "onetvocabulary.h"
#include "provenancenote.h"
#include "translations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace cc;

class TestProvenanceNote : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyCatalogueNoteRendersItsEnglish();
    void jsonRoundTrip();
    void damagedJsonIsRefused();
    void spanishFromTheSameFacts();
    void everyCatalogueNoteHasSpanish();
    void noteWithoutTemplateFallsBack();
    void damagedPartsInTheCatalogueFallBack();

private:
    void installSpanish();
    QVector<Role> m_roles;
    QList<QTranslator *> m_installed;
};

void TestProvenanceNote::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(opened.catalogue);
    for (const RoleSummary &s : opened.catalogue->roles()) {
        const auto role = opened.catalogue->role(s.code);
        QVERIFY2(role, qPrintable(s.code));
        m_roles.append(*role);
    }
    QVERIFY(m_roles.size() > 900);
}

void TestProvenanceNote::cleanup()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

void TestProvenanceNote::installSpanish()
{
    // The system's locale stays C, as on a machine whose user asks for --lang es: the notes' numbers
    // follow the language they are shown in, not the system.
    QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
}

// With no translator installed, every templated note of every role renders to the stored English,
// byte for byte; and every note the importer wrote has its template.
void TestProvenanceNote::everyCatalogueNoteRendersItsEnglish()
{
    int templated = 0;
    for (const Role &r : std::as_const(m_roles)) {
        for (auto it = r.provenance.cbegin(); it != r.provenance.cend(); ++it) {
            const Provenance &p = *it;
            if (p.note.isEmpty()) {
                QVERIFY(p.noteText.isEmpty());
                continue;
            }
            QVERIFY2(p.noteText.isTemplated(),
                qPrintable(r.code + QLatin1Char(' ') + it.key() + QLatin1String(": ") + p.note));
            QCOMPARE(p.noteText.render(), p.note);
            QCOMPARE(p.noteText.english(), p.note);
            QCOMPARE(p.text(), p.note);
            ++templated;
        }
    }
    QVERIFY2(templated > 8000, qPrintable(QString::number(templated)));
}

void TestProvenanceNote::jsonRoundTrip()
{
    int checked = 0;
    for (const Role &r : std::as_const(m_roles)) {
        for (const Provenance &p : r.provenance) {
            if (!p.noteText.isTemplated())
                continue;
            const QString json = p.noteText.toJsonText();
            const auto back = NoteText::fromJsonText(json);
            QVERIFY2(back, qPrintable(json));
            QCOMPARE(back->toJsonText(), json);
            QCOMPARE(back->english(), p.note);
            ++checked;
        }
    }
    QVERIFY(checked > 8000);
    // Plain text keeps nothing: the English note is all there is.
    QVERIFY(NoteText(QStringLiteral("words")).toJsonText().isEmpty());
}

void TestProvenanceNote::damagedJsonIsRefused()
{
    QVERIFY(!NoteText::fromJsonText(QStringLiteral("not json")));
    QVERIFY(!NoteText::fromJsonText(QStringLiteral("[\"a\"]")));
    QVERIFY(!NoteText::fromJsonText(QStringLiteral("{\"t\":3}")));
    QVERIFY(!NoteText::fromJsonText(QStringLiteral("{\"t\":\"%1\",\"a\":\"x\"}")));
    QVERIFY(
        !NoteText::fromJsonText(QStringLiteral("{\"t\":\"%1\",\"a\":[{\"num\":1,\"style\":\"roman\"}]}")));
    QVERIFY(!NoteText::fromJsonText(QStringLiteral("{\"t\":\"x\",\"extra\":1}")));
    QString deep = QStringLiteral("\"x\"");
    for (int i = 0; i < 40; ++i)
        deep = QStringLiteral("{\"t\":\"%1\",\"a\":[%2]}").arg(QStringLiteral("%1"), deep);
    QVERIFY(!NoteText::fromJsonText(deep));
    // A missing argument leaves its marker rather than inventing text.
    const auto partial = NoteText::fromJsonText(QStringLiteral("{\"t\":\"%1 and %2\",\"a\":[\"a\"]}"));
    QVERIFY(partial);
    QCOMPARE(partial->english(), QStringLiteral("a and %2"));
}

const Role *findRole(const QVector<Role> &roles, const QString &code)
{
    for (const Role &r : roles) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

void TestProvenanceNote::spanishFromTheSameFacts()
{
    const Role *nurse = findRole(m_roles, QStringLiteral("29-1141.00"));
    const Role *other = findRole(m_roles, QStringLiteral("15-1299.08"));
    QVERIFY(nurse && other);
    installSpanish();
    QCOMPARE(nurse->provenanceOf(Field::Difficulty).text(),
        QStringLiteral("zona de preparación (Job Zone) 4 de O*NET"));
    QCOMPARE(nurse->provenanceOf(Field::RequiresCoding).text(),
        QStringLiteral("importancia de la competencia de programación: 1,62 de 5 (Sí a partir de 3)"));
    QCOMPARE(nurse->provenanceOf(Field::DemandScore).text(),
        QStringLiteral(
            "crecimiento del 4,9 % (percentil 74) y 189.100 vacantes al año (percentil 98) entre las 832 "
            "ocupaciones que el BLS proyecta para 2024–34 (fórmula en docs/DATA.md)"));
    QCOMPARE(nurse->provenanceOf(Field::LearningMonths).text(),
        QStringLiteral("estudios esperados después de la secundaria: 35 meses + formación: 14 meses "
                       "(docs/DATA.md); O*NET marca algunas de estas valoraciones como poco fiables"));
    QCOMPARE(nurse->provenanceOf(Field::Mobility).text(),
        QStringLiteral("grupo de la CPS 29-1140 Registered Nurses (a partir del SOC 2010 29-1141)"));
    // Official English titles stay English; the nested prefix is Spanish too.
    QCOMPARE(other->provenanceOf(Field::Projections).text(),
        QStringLiteral(
            "datos publicados para el SOC 15-1299 Computer occupations, all other en conjunto, que "
            "incluye esta ocupación"));
    QCOMPARE(other->provenanceOf(Field::Salary).text(),
        QStringLiteral("Salarios: datos publicados para el SOC 15-1299 Computer Occupations, All Other en "
                       "conjunto, que incluye esta ocupación"));
    // O*NET's vocabulary is written by onetTerm(), in the interface language.
    QCOMPARE(nurse->provenanceOf(Field::EntryBarrier).text(),
        QStringLiteral("estudios típicos para empezar: %1; experiencia laboral relacionada: %2")
            .arg(onetTerm(QStringLiteral("Bachelor's degree")), onetTerm(QStringLiteral("None"))));
    const QString ai = other->provenanceOf(Field::AiRisk).text();
    QVERIFY2(ai.startsWith(QStringLiteral(
                 "media de los SOC 2010 15-1199 (22\u00a0%), 43-9011 (78\u00a0%); Frey y Osborne "
                 "indican 15-1199 con su código 15-1799 Computer occupations, all other")),
        qPrintable(ai));
    // The stored English is untouched.
    QVERIFY(nurse->provenanceOf(Field::Difficulty).note == QStringLiteral("O*NET Job Zone 4"));
}

// With Spanish installed, no note of the catalogue comes out as its English.
void TestProvenanceNote::everyCatalogueNoteHasSpanish()
{
    installSpanish();
    QStringList english;
    for (const Role &r : std::as_const(m_roles)) {
        for (const Provenance &p : r.provenance) {
            if (p.noteText.isTemplated() && p.text() == p.note && !english.contains(p.note))
                english << p.note;
        }
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.mid(0, 5).join(QStringLiteral(" | "))));
}

void TestProvenanceNote::noteWithoutTemplateFallsBack()
{
    installSpanish();
    const Provenance old { QStringLiteral("bls-oews"), ValueStatus::Estimate,
        QStringLiteral("an older note") };
    QCOMPARE(old.text(), QStringLiteral("an older note"));
    const Provenance plain { QStringLiteral("user"), ValueStatus::Missing, QStringLiteral("typed"),
        NoteText(QStringLiteral("typed")) };
    QCOMPARE(plain.text(), QStringLiteral("typed"));
    // A role without the field: the core's own note, in Spanish.
    Role custom;
    QCOMPARE(custom.provenanceOf(Field::Salary).text(), QStringLiteral("ninguna fuente da este valor"));
    QCOMPARE(custom.provenanceOf(Field::Salary).note, QStringLiteral("no source gives this value"));
}

// A catalogue whose note parts are damaged still opens, and shows each such note's English.
void TestProvenanceNote::damagedPartsInTheCatalogueFallBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("careers.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(CC_BUNDLED_CATALOGUE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE provenance SET note_parts = '{\"t\": [' WHERE role_code = "
                                      "'29-1141.00' AND field = 'difficulty'")));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    installSpanish();
    auto opened = CatalogueDatabase::open(copy);
    QVERIFY(opened.catalogue);
    const auto nurse = opened.catalogue->role(QStringLiteral("29-1141.00"));
    QVERIFY(nurse);
    const Provenance damaged = nurse->provenanceOf(Field::Difficulty);
    QVERIFY(!damaged.noteText.isTemplated());
    QCOMPARE(damaged.text(), QStringLiteral("O*NET Job Zone 4"));
    // The role's other notes are read as usual.
    QVERIFY(nurse->provenanceOf(Field::RequiresCoding).text().startsWith(QStringLiteral("importancia")));
}

QTEST_MAIN(TestProvenanceNote)
#include "tst_provenancenote.moc"
