// SPDX-License-Identifier: MIT
// The command line's errors and status lines in the language asked for: each case run with --lang es
// (Spanish, none of the English) and with --lang en (the English as it always was), and a Spanish
// environment without --lang. Text the user gave is echoed without its control characters in both.
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace
{

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// True when `text` holds a control character other than a line break or tab, or a bidi override.
bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            || c == QChar(0x202E);
    });
}

} // namespace

class TestCliMessages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void messages_data();
    void messages();
    void spanishEnvironment();
    void importStatusLines();
    void refusedValueReasons();

private:
    Run run(QStringList arguments, const QString &lang = QString(),
        const QString &environmentLang = QStringLiteral("C.UTF-8")) const;
    QString copyCatalogue(const QString &name) const;
    QTemporaryDir m_dir;
};

void TestCliMessages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A catalogue whose alternate titles cannot be queried: a name that needs them cannot be looked up.
    QFile bundled(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray bytes = bundled.readAll();
    bytes.replace("alternate_titles", "alternate_titlez");
    QFile broken(m_dir.filePath(QStringLiteral("broken.sqlite")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QCOMPARE(broken.write(bytes), bytes.size());
}

// `{dir}` in an argument is the test's folder. Runs with --lang `lang` when given, in an environment
// whose language is `environmentLang`.
Run TestCliMessages::run(QStringList arguments, const QString &lang, const QString &environmentLang) const
{
    for (QString &a : arguments)
        a.replace(QLatin1String("{dir}"), m_dir.path());
    if (!lang.isEmpty()) // first: an option at the end may be the value of the one before
        arguments = QStringList { QStringLiteral("--lang"), lang } + arguments;
    const cc::testutil::ProcessResult p
        = cc::testutil::runProgram(QStringLiteral(CC_CAREERCOMPARE_EXE), arguments,
            cc::testutil::environment(m_dir.filePath(QStringLiteral("store.sqlite")), environmentLang));
    return { p.exitCode, QString::fromUtf8(p.out), QString::fromUtf8(p.err) };
}

void TestCliMessages::messages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("spanish");
    QTest::addColumn<QString>("english");

    const QString compare = QStringLiteral("--compare");
    QTest::newRow("unknown role") << QStringList { compare, QStringLiteral("Dragon Tamer"),
        QStringLiteral("15-2051") }
                                  << 2 << QStringLiteral("careercompare: ningún rol se llama «Dragon Tamer».")
                                  << QStringLiteral("careercompare: no role is called \"Dragon Tamer\".");
    QTest::newRow("closest matches") << QStringList { compare, QStringLiteral("Sofware Developers"),
        QStringLiteral("15-2051") } << 2
                                     << QStringLiteral("». Los más parecidos:\n  Software Developers")
                                     << QStringLiteral("\". Closest matches:\n  Software Developers");
    QTest::newRow("several roles")
        << QStringList { compare, QStringLiteral("Analyst"), QStringLiteral("Data Scientists") } << 2
        << QStringLiteral(
               "careercompare: «Analyst» corresponde a varios roles; indica uno de sus códigos:\n  ")
        << QStringLiteral("careercompare: \"Analyst\" names several roles; give one of their codes:\n  ");
    QTest::newRow("one role") << QStringList { compare, QStringLiteral("15-2051") } << 1
                              << QStringLiteral(
                                     "careercompare: indica dos roles para comparar, por ejemplo:\n"
                                     "  careercompare --compare \"Software Developers\"")
                              << QStringLiteral("careercompare: give two roles to compare, for example:\n"
                                                "  careercompare --compare \"Software Developers\"");
    QTest::newRow("roles with --list")
        << QStringList { QStringLiteral("--list"), QStringLiteral("15-2051") } << 1
        << QStringLiteral("careercompare: --list, --search, --import-roles y --export-roles no admiten roles")
        << QStringLiteral("careercompare: --list, --search, --import-roles and --export-roles take no roles");
    QTest::newRow("empty search") << QStringList { QStringLiteral("--search"), QStringLiteral(" ") } << 1
                                  << QStringLiteral("careercompare: --search necesita un texto que buscar")
                                  << QStringLiteral("careercompare: --search needs some text to look for");
    QTest::newRow("search without match")
        << QStringList { QStringLiteral("--search"), QStringLiteral("qqzzxxvv") } << 2
        << QStringLiteral("careercompare: ningún rol coincide con «qqzzxxvv» en su título, sus títulos "
                          "alternativos o sus nombres en español")
        << QStringLiteral("careercompare: no role matches \"qqzzxxvv\" in its title, alternate titles or "
                          "Spanish names");
    QTest::newRow("paper") << QStringList { compare, QStringLiteral("15-1252"), QStringLiteral("15-2051"),
        QStringLiteral("--pdf"), QStringLiteral("{dir}/p.pdf"), QStringLiteral("--paper"),
        QStringLiteral("b5") }
                           << 1 << QStringLiteral("careercompare: --paper admite letter o a4, no «b5»")
                           << QStringLiteral("careercompare: --paper takes letter or a4, not \"b5\"");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << 1
                                    << QStringLiteral("careercompare: Opción desconocida: «frobnicate».")
                                    << QStringLiteral("careercompare: Unknown option 'frobnicate'.");
    QTest::newRow("missing value") << QStringList { compare, QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("--client") }
                                   << 1
                                   << QStringLiteral("careercompare: Falta un valor después de «--client».")
                                   << QStringLiteral("careercompare: Missing value after '--client'.");
    QTest::newRow("catalogue unreadable")
        << QStringList { QStringLiteral("--db"), QStringLiteral("{dir}/broken.sqlite"), compare,
               QStringLiteral("Dragon Tamer"), QStringLiteral("15-2051") }
        << 3
        << QStringLiteral("careercompare: no se puede leer el catálogo: falta una tabla o columna necesaria "
                          "(no such table: alternate_titles)")
        << QStringLiteral(
               "careercompare: the catalogue cannot be read: a table or column it needs is missing "
               "(no such table: alternate_titles)");
    QTest::newRow("notes unreadable")
        << QStringList { compare, QStringLiteral("15-1252"), QStringLiteral("15-2051"),
               QStringLiteral("--pdf"), QStringLiteral("{dir}/n.pdf"), QStringLiteral("--notes"),
               QStringLiteral("{dir}/no-such-notes.txt") }
        << 5 << QStringLiteral("careercompare: las notas: ") << QStringLiteral("careercompare: the notes: ");
    // Control characters and a bidi override in the name are not echoed, in either language.
    QTest::newRow("escape sequence in a name")
        << QStringList { compare, QStringLiteral("Evil\x1b[2J\u202EName"), QStringLiteral("15-2051") } << 2
        << QStringLiteral("careercompare: ningún rol se llama «Evil")
        << QStringLiteral("careercompare: no role is called \"Evil");
}

void TestCliMessages::messages()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, spanish);
    QFETCH(QString, english);

    const Run es = run(arguments, QStringLiteral("es"));
    QCOMPARE(es.exitCode, exitCode);
    QVERIFY2(es.err.contains(spanish), qPrintable(es.err.left(600)));
    QVERIFY2(!es.err.contains(english), qPrintable(es.err.left(600)));
    QVERIFY(!hasControl(es.err));

    const Run en = run(arguments, QStringLiteral("en"));
    QCOMPARE(en.exitCode, exitCode);
    QVERIFY2(en.err.contains(english), qPrintable(en.err.left(600)));
    QVERIFY(!hasControl(en.err));
    QVERIFY(es.out.isEmpty() && en.out.isEmpty());
}

// Without --lang, the environment's language: Spanish from LANG=es_MX.UTF-8, English from C.
void TestCliMessages::spanishEnvironment()
{
    const QStringList unknown { QStringLiteral("--compare"), QStringLiteral("Dragon Tamer"),
        QStringLiteral("15-2051") };
    QVERIFY(run(unknown, QString(), QStringLiteral("es_MX.UTF-8"))
                .err.startsWith(QStringLiteral("careercompare: ningún rol se llama «Dragon Tamer».")));
    QVERIFY(run(unknown, QString(), QStringLiteral("C.UTF-8"))
                .err.startsWith(QStringLiteral("careercompare: no role is called \"Dragon Tamer\".")));
    // A language the program does not speak, named in a Spanish environment: said in Spanish.
    const Run french = run({ QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("fr") },
        QString(), QStringLiteral("es_ES.UTF-8"));
    QCOMPARE(french.exitCode, 1);
    QCOMPARE(french.err, QStringLiteral("careercompare: --lang admite en o es, no «fr»\n"));
}

// The lines --import-roles prints, one a role: "importado" or "reemplazado" in Spanish.
void TestCliMessages::importStatusLines()
{
    QFile roles(m_dir.filePath(QStringLiteral("roles.json")));
    QVERIFY(roles.open(QIODevice::WriteOnly));
    roles.write(R"([{"code": "msg-1", "title": "Bike Mechanics", "demand_score": 6}])");
    roles.close();
    const QString store = m_dir.filePath(QStringLiteral("import-store.sqlite"));
    const QStringList import { QStringLiteral("--user-store"), store, QStringLiteral("--import-roles"),
        roles.fileName() };

    const Run first = run(import, QStringLiteral("es"));
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, QStringLiteral("importado\tmsg-1\tBike Mechanics\n"));
    const Run taken = run(import, QStringLiteral("es"));
    QCOMPARE(taken.exitCode, 5);
    QVERIFY2(taken.err.contains(QStringLiteral("no se importó nada"))
            && taken.err.contains(
                QStringLiteral("(--replace reemplaza tus roles propios que tengan los mismos códigos).")),
        qPrintable(taken.err));
    const Run replaced = run(import + QStringList { QStringLiteral("--replace") }, QStringLiteral("es"));
    QCOMPARE(replaced.out, QStringLiteral("reemplazado\tmsg-1\tBike Mechanics\n"));
    const Run english = run(import + QStringList { QStringLiteral("--replace") }, QStringLiteral("en"));
    QCOMPARE(english.out, QStringLiteral("replaced\tmsg-1\tBike Mechanics\n"));
    const Run takenEnglish = run(import, QStringLiteral("en"));
    QVERIFY2(takenEnglish.err.endsWith(
                 QStringLiteral(". (--replace replaces your own roles with the same codes.)\n")),
        qPrintable(takenEnglish.err));
}

QString TestCliMessages::copyCatalogue(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(QStringLiteral(CC_BUNDLED_CATALOGUE), path)
            && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        ? path
        : QString();
}

// The data layer's reasons for refusing a catalogue value, in the report's language.
void TestCliMessages::refusedValueReasons()
{
    const QString path = copyCatalogue(QStringLiteral("tampered.sqlite"));
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("UPDATE roles SET learning_months = 1000000, difficulty = "
                                       "'Hard\x1b[31m' WHERE code = '15-1252.00'")),
            qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const QStringList compare { QStringLiteral("--db"), path, QStringLiteral("--compare"),
        QStringLiteral("15-1252"), QStringLiteral("15-2051"), QStringLiteral("--json") };
    const auto notes = [&](const QString &lang) {
        const Run r = run(compare, lang);
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value(QStringLiteral("a"))
            .toObject()
            .value(QStringLiteral("notes"))
            .toObject();
    };
    const QJsonObject es = notes(QStringLiteral("es"));
    QCOMPARE(es.value(QStringLiteral("learning_months")).toString(),
        QStringLiteral("missing: el valor 1000000 del catálogo para learning_months está fuera del intervalo "
                       "de 0 a 600"));
    QCOMPARE(es.value(QStringLiteral("difficulty")).toString(),
        QStringLiteral(
            "missing: el valor «Hard[31m» del catálogo para difficulty no es uno que este programa conozca"));
    const QJsonObject en = notes(QStringLiteral("en"));
    QCOMPARE(en.value(QStringLiteral("learning_months")).toString(),
        QStringLiteral(
            "missing: the catalogue's value 1000000 for learning_months is outside the range 0 to 600"));
    QCOMPARE(en.value(QStringLiteral("difficulty")).toString(),
        QStringLiteral(
            "missing: the catalogue's value \"Hard[31m\" for difficulty is not one this program knows"));
}

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_climessages.moc"
