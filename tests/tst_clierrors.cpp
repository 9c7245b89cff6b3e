// SPDX-License-Identifier: MIT
// The command line's refusals of files in Spanish: paths that cannot be read or written (FIFOs,
// folders, devices' kin, dangling and looping links, missing folders, read-only files, the command's
// own inputs), catalogues that cannot be used, files of custom roles that are refused, and --help.
// Each case is run with --lang es and with --lang en: the Spanish holds the expected Spanish sentence,
// not the English one, and none of the English phrases of the contexts that build these messages
// (read from translations/careercompare_es.ts, so the list grows with the sources); the English is
// as it always was. Paths and text from files are shown without their control characters in both.
#include "testutil.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace
{

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// True when `text` holds a control character other than a line break or tab, or a bidi control.
bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
}

// The contexts whose strings make the messages checked here.
const QStringList kContexts { QStringLiteral("SafeFile"), QStringLiteral("CatalogueDatabase"),
    QStringLiteral("SqliteConnection"), QStringLiteral("RoleJson"), QStringLiteral("QJsonParseError"),
    QStringLiteral("Invocation"), QStringLiteral("QCommandLineParser"), QStringLiteral("UserStore"),
    QStringLiteral("CommandLine") };

const QString Evil = QStringLiteral("evil\x1b[31m\u202Ename");
const QString EvilShown = QStringLiteral("evil\uFFFD[31m\uFFFDname");

// The arguments of a comparison written as a PDF to `path`.
QStringList pdfTo(const QString &path)
{
    return { QStringLiteral("--compare"), QStringLiteral("15-1252"), QStringLiteral("15-2051"),
        QStringLiteral("--pdf"), path };
}

// outputs_data(): a PDF that must not be written where it is asked for.
void addPdfRows()
{
    QTest::newRow("PDF to a folder") << pdfTo(QStringLiteral("{dir}/folder")) << 4
                                     << QStringLiteral(
                                            "careercompare: No se puede escribir {dir}/folder: es una "
                                            "carpeta, no un archivo normal.\n")
                                     << QStringLiteral(
                                            "careercompare: Cannot write {dir}/folder: it is a folder, "
                                            "not a regular file.\n");
    QTest::newRow("PDF to a FIFO") << pdfTo(QStringLiteral("{dir}/fifo")) << 4
                                   << QStringLiteral(
                                          "No se puede escribir {dir}/fifo: es una FIFO (tubería con "
                                          "nombre), no un archivo normal.")
                                   << QStringLiteral(
                                          "Cannot write {dir}/fifo: it is a FIFO (named pipe), not a "
                                          "regular file.");
    QTest::newRow("PDF to a read-only file") << pdfTo(QStringLiteral("{dir}/read-only.pdf")) << 4
                                             << QStringLiteral("{dir}/read-only.pdf: es de solo lectura.")
                                             << QStringLiteral("{dir}/read-only.pdf: it is read-only.");
    QTest::newRow("PDF to a dangling link")
        << pdfTo(QStringLiteral("{dir}/dangling")) << 4
        << QStringLiteral("{dir}/dangling: es un enlace simbólico a un archivo que no existe.")
        << QStringLiteral("{dir}/dangling: it is a symbolic link to a file that does not exist.");
    QTest::newRow("PDF to a link loop") << pdfTo(QStringLiteral("{dir}/loop")) << 4
                                        << QStringLiteral("{dir}/loop: es un bucle de enlaces simbólicos.")
                                        << QStringLiteral("{dir}/loop: it is a loop of symbolic links.");
    QTest::newRow("PDF in a missing folder") << pdfTo(QStringLiteral("{dir}/nowhere/x.pdf")) << 4
                                             << QStringLiteral("No se puede escribir {dir}/nowhere/x.pdf: la "
                                                               "carpeta de destino no existe.")
                                             << QStringLiteral("Cannot write {dir}/nowhere/x.pdf: the output "
                                                               "folder does not exist.");
    QTest::newRow("PDF under a file") << pdfTo(QStringLiteral("{dir}/notes.txt/x.pdf")) << 4
                                      << QStringLiteral(": una parte de la ruta no es una carpeta.")
                                      << QStringLiteral(": a part of the path is not a folder.");
    QTest::newRow("PDF without a name")
        << pdfTo(QString()) << 4
        << QStringLiteral("careercompare: No se puede escribir: no se indicó ningún nombre de archivo.\n")
        << QStringLiteral("careercompare: Cannot write: no file name was given.\n");
    QTest::newRow("PDF onto the notes")
        << pdfTo(QStringLiteral("{dir}/notes.txt"))
            + QStringList { QStringLiteral("--notes"), QStringLiteral("{dir}/notes.txt") }
        << 4 << QStringLiteral("{dir}/notes.txt: es {dir}/notes.txt, que este comando lee o conserva.")
        << QStringLiteral("{dir}/notes.txt: it is {dir}/notes.txt, which this command reads or keeps.");
    // Files not made yet, named by another spelling: the catalogue's and the store's companions.
    QTest::newRow("PDF onto the catalogue's WAL")
        << pdfTo(QStringLiteral("{dir}/plain.sqlite-wal"))
            + QStringList { QStringLiteral("--db"), QStringLiteral("{dir}/plain.sqlite") }
        << 4 << QStringLiteral("{dir}/plain.sqlite-wal: es un archivo que este comando lee o conserva.")
        << QStringLiteral("{dir}/plain.sqlite-wal: it is a file this command reads or keeps.");
    QTest::newRow("PDF onto the WAL of a catalogue named through a link")
        << pdfTo(QStringLiteral("{dir}/plain.sqlite-wal"))
            + QStringList { QStringLiteral("--db"), QStringLiteral("{dir}/link-to-plain.sqlite") }
        << 4 << QStringLiteral("{dir}/plain.sqlite-wal: es un archivo que este comando lee o conserva.")
        << QStringLiteral("{dir}/plain.sqlite-wal: it is a file this command reads or keeps.");
    QTest::newRow("PDF through a link onto the store's WAL")
        << pdfTo(QStringLiteral("{dir}/link-to-dir/store.sqlite-wal")) << 4
        << QStringLiteral(
               "{dir}/link-to-dir/store.sqlite-wal: es un archivo que este comando lee o conserva.")
        << QStringLiteral("{dir}/link-to-dir/store.sqlite-wal: it is a file this command reads or keeps.");
    QTest::newRow("user store is the roles file")
        << QStringList { QStringLiteral("--import-roles"), QStringLiteral("{dir}/roles.json"),
               QStringLiteral("--user-store"), QStringLiteral("{dir}/link-to-dir/roles.json") }
        << 4
        << QStringLiteral("No se puede usar {dir}/link-to-dir/roles.json para sus propios datos (roles "
                          "personalizados, comparaciones guardadas): este comando también lo usa como "
                          "{dir}/roles.json.")
        << QStringLiteral("Cannot use {dir}/link-to-dir/roles.json as your own data (custom roles, saved "
                          "comparisons): this command also uses it as {dir}/roles.json.");
    QTest::newRow("PDF onto the roles exported")
        << pdfTo(QStringLiteral("{dir}/both.out"))
            + QStringList { QStringLiteral("--export-roles"), QStringLiteral("{dir}/both.out") }
        << 4 << QStringLiteral("{dir}/both.out: es un archivo que este comando lee o conserva.")
        << QStringLiteral("{dir}/both.out: it is a file this command reads or keeps.");
}

// outputs_data(): notes, a file of roles exported, and the user store, that cannot be used.
void addFileRows()
{
    QTest::newRow("notes from a FIFO")
        << pdfTo(QStringLiteral("{dir}/n.pdf"))
            + QStringList { QStringLiteral("--notes"), QStringLiteral("{dir}/fifo") }
        << 5
        << QStringLiteral("careercompare: las notas: No se puede leer {dir}/fifo: es "
                          "una FIFO (tubería con nombre), no un archivo normal.\n")
        << QStringLiteral("careercompare: the notes: Cannot read {dir}/fifo: it is a "
                          "FIFO (named pipe), not a regular file.\n");
    QTest::newRow("notes from a folder")
        << pdfTo(QStringLiteral("{dir}/n.pdf"))
            + QStringList { QStringLiteral("--notes"), QStringLiteral("{dir}/folder") }
        << 5 << QStringLiteral("No se puede leer {dir}/folder: es una carpeta, no un archivo normal.")
        << QStringLiteral("Cannot read {dir}/folder: it is a folder, not a regular file.");
    QTest::newRow("notes too large") << pdfTo(QStringLiteral("{dir}/n.pdf"))
            + QStringList { QStringLiteral("--notes"), QStringLiteral("{dir}/big-notes.txt") }
                                     << 5 << QStringLiteral("{dir}/big-notes.txt: supera el límite de 1 MiB.")
                                     << QStringLiteral(
                                            "{dir}/big-notes.txt: it is larger than the limit of 1 MiB.");
    QTest::newRow("notes missing") << pdfTo(QStringLiteral("{dir}/n.pdf"))
            + QStringList { QStringLiteral("--notes"), QStringLiteral("{dir}/") + Evil }
                                   << 5
                                   << QStringLiteral("No se puede leer {dir}/") + EvilShown
            + QStringLiteral(": no se encuentra el archivo.")
                                   << QStringLiteral("Cannot read {dir}/") + EvilShown
            + QStringLiteral(": file not found.");
    const QStringList exportTo { QStringLiteral("--user-store"), QStringLiteral("{dir}/export-store.sqlite"),
        QStringLiteral("--export-roles") };
    QTest::newRow("roles exported to a FIFO")
        << exportTo + QStringList { QStringLiteral("{dir}/fifo") } << 4
        << QStringLiteral(
               "No se puede escribir {dir}/fifo: es una FIFO (tubería con nombre), no un archivo normal.")
        << QStringLiteral("Cannot write {dir}/fifo: it is a FIFO (named pipe), not a regular file.");
    QTest::newRow("roles exported to a missing folder")
        << exportTo + QStringList { QStringLiteral("{dir}/nowhere/roles.json") } << 4
        << QStringLiteral("{dir}/nowhere/roles.json: la carpeta de destino no existe.")
        << QStringLiteral("{dir}/nowhere/roles.json: the output folder does not exist.");
    QTest::newRow("user store is a FIFO")
        << QStringList { QStringLiteral("--user-store"), QStringLiteral("{dir}/fifo"),
               QStringLiteral("--export-roles"), QStringLiteral("{dir}/never.json") }
        << 4
        << QStringLiteral(
               "No se puede abrir el almacén de usuario {dir}/fifo: es una FIFO (tubería con nombre), no "
               "un archivo normal")
        << QStringLiteral(
               "The user store {dir}/fifo cannot be opened: it is a FIFO (named pipe), not a regular "
               "file");
}

// roleFiles_data(): a role whose fields are refused.
void addFieldRows()
{
    QTest::newRow("misspelt field") << QByteArray(R"([{"title": "X", "skils": []}])")
                                    << QStringLiteral(": rol 1 («X»): campo desconocido: «skils» (¿quizás "
                                                      "«skills»?). No se importó nada.")
                                    << QStringLiteral(
                                           ": role 1 (\"X\"): unknown field \"skils\" (did you mean "
                                           "\"skills\"?). Nothing was imported.");
    QTest::newRow("unknown fields") << QByteArray(R"([{"title": "X", "fooo": 1, "bar": 2}])")
                                    << QStringLiteral("rol 1 («X»): campos desconocidos: «bar», «fooo».")
                                    << QStringLiteral("role 1 (\"X\"): unknown fields \"bar\", \"fooo\".");
    QTest::newRow("control characters in a field name and title")
        << QByteArray("[{\"title\": \"T\\u001b[2J\\u202e\", \"sk\\u001bils\": 1}]")
        << QStringLiteral("rol 1 («T\uFFFD[2J\uFFFD»): campo desconocido: «sk\uFFFDils»")
        << QStringLiteral("role 1 (\"T\uFFFD[2J\uFFFD\"): unknown field \"sk\uFFFDils\"");
    QTest::newRow("number of the wrong type")
        << QByteArray(R"([{"title": "X", "demand_score": "high"}])")
        << QStringLiteral("rol 1 («X»): el campo demand_score debe ser un número de 0 a 10 (se indicó "
                          "\"high\"). No se importó nada.")
        << QStringLiteral("role 1 (\"X\"): demand_score must be a number from 0 to 10 (\"high\" was given). "
                          "Nothing was imported.");
    QTest::newRow("a list for a number") << QByteArray(R"([{"title": "X", "ai_risk_percent": [1]}])")
                                         << QStringLiteral("de 0 a 100 (se indicó una lista).")
                                         << QStringLiteral("from 0 to 100 (a list was given).");
    QTest::newRow("not a whole number")
        << QByteArray(R"([{"title": "X", "learning_months": 6.5}])")
        << QStringLiteral("el campo learning_months debe ser un número entero de 0 "
                          "a 600 (se indicó 6.5).")
        << QStringLiteral("learning_months must be a whole number from 0 to 600 (6.5 was given).");
    QTest::newRow("remote share against the level")
        << QByteArray(R"([{"title": "X", "remote_friendly": "No", "remote_share": 45}])")
        << QStringLiteral("remote_share 45 no concuerda con remote_friendly «No»")
        << QStringLiteral("remote_share 45 does not fit remote_friendly \"No\"");
    QTest::newRow("top-coded figure not given")
        << QByteArray(R"([{"title": "X", "salary": {"top_coded": ["p25"]}}])")
        << QStringLiteral("salary.top_coded debe ser una lista de percentiles del salario indicados")
        << QStringLiteral("salary.top_coded must be a list of salary percentiles given");
    QTest::newRow("lone surrogate") << QByteArray(R"([{"title": "X", "category": "\ud800"}])")
                                    << QStringLiteral("el campo category tiene \\ud800, la mitad de un par "
                                                      "suplente UTF-16")
                                    << QStringLiteral(
                                           "category has \\ud800, half of a UTF-16 surrogate pair");
    QTest::newRow("lone surrogate in a skill")
        << QByteArray(R"([{"title": "X", "skills": ["\udfff"]}])")
        << QStringLiteral("la competencia 1 tiene \\udfff") << QStringLiteral("skill 1 has \\udfff");
    QTest::newRow("unknown level") << QByteArray(R"([{"title": "X", "remote_friendly": "maybe"}])")
                                   << QStringLiteral("el campo remote_friendly tiene un valor desconocido.")
                                   << QStringLiteral("remote_friendly has an unknown value.");
    QTest::newRow("not a boolean") << QByteArray(R"([{"title": "X", "requires_coding": "yes"}])")
                                   << QStringLiteral("el campo requires_coding debe ser true, false o null.")
                                   << QStringLiteral("requires_coding must be true, false or null.");
    QTest::newRow("salary not an object") << QByteArray(R"([{"title": "X", "salary": 3}])")
                                          << QStringLiteral("el campo salary debe ser un objeto.")
                                          << QStringLiteral("salary must be an object.");
    QTest::newRow("salary out of order")
        << QByteArray(R"([{"title": "X", "salary": {"low": 5, "median": 3}}])")
        << QStringLiteral("salary.median es menor que un percentil inferior.")
        << QStringLiteral("salary.median is below a lower percentile.");
    QTest::newRow("salary currency") << QByteArray(R"([{"title": "X", "salary": {"currency": "dollars"}}])")
                                     << QStringLiteral(
                                            "salary.currency debe ser «USD»: Career Compare muestra los "
                                            "salarios solo en dólares estadounidenses (se indicó "
                                            "\"dollars\").")
                                     << QStringLiteral(
                                            "salary.currency must be \"USD\": Career Compare shows "
                                            "salaries in US dollars only (\"dollars\" was given).");
    QTest::newRow("salary field") << QByteArray(R"([{"title": "X", "salary": {"lo": 3}}])")
                                  << QStringLiteral("salary: campo desconocido: «lo» (¿quizás «low»?).")
                                  << QStringLiteral("salary: unknown field \"lo\" (did you mean \"low\"?).");
}

// roleFiles_data(): a file whose JSON, list or codes are refused.
void addFileShapeRows()
{
    QTest::newRow("roles not a list") << QByteArray(R"({"roles": 3})")
                                      << QStringLiteral(": «roles» debe ser una lista. No se importó nada.")
                                      << QStringLiteral(": \"roles\" must be a list. Nothing was imported.");
    QTest::newRow("role not an object") << QByteArray("[3]") << QStringLiteral(": rol 1: debe ser un objeto.")
                                        << QStringLiteral(": role 1: must be an object.");
    QTest::newRow("not JSON") << QByteArray(R"([{"title": tru}])")
                              << QStringLiteral(": no es JSON válido: valor no válido en la posición ")
                              << QStringLiteral(": not valid JSON: illegal value at offset ");
    QTest::newRow("text after the JSON")
        << QByteArray("[] x")
        << QStringLiteral(": no es JSON válido: datos sobrantes al final del documento en la posición ")
        << QStringLiteral(": not valid JSON: garbage at the end of the document at offset ");
    QTest::newRow("unterminated object")
        << QByteArray(R"({"title": )")
        << QStringLiteral(": no es JSON válido: objeto sin terminar en la posición ")
        << QStringLiteral(": not valid JSON: unterminated object at offset ");
    QTest::newRow("unterminated") << QByteArray(R"([{"title": "X"})")
                                  << QStringLiteral(": no es JSON válido: lista sin terminar en la posición ")
                                  << QStringLiteral(": not valid JSON: unterminated array at offset ");
    QTest::newRow("title missing") << QByteArray(R"([{"code": "x"}])")
                                   << QStringLiteral(": rol 1: falta el campo title.")
                                   << QStringLiteral(": role 1: title is missing.");
    QTest::newRow("title empty") << QByteArray(R"([{"title": " "}])")
                                 << QStringLiteral("»): el campo title está vacío. No se importó nada.")
                                 << QStringLiteral("\"): title is empty. Nothing was imported.");
    QTest::newRow("title not text") << QByteArray(R"([{"title": 5}])")
                                    << QStringLiteral(": rol 1: el campo title debe ser texto.")
                                    << QStringLiteral(": role 1: title must be text.");
    QTest::newRow("code too long") << QByteArray(
        R"([{"title": "X", "code": ")" + QByteArray(201, 'c') + "\"}]")
                                   << QStringLiteral(
                                          "el campo code debe tener como máximo 200 caracteres, sin "
                                          "caracteres de control.")
                                   << QStringLiteral("code must be at most 200 characters without control "
                                                     "characters.");
    QTest::newRow("skills not a list") << QByteArray(R"([{"title": "X", "skills": "Python"}])")
                                       << QStringLiteral("skills debe ser una lista de nombres.")
                                       << QStringLiteral("skills must be a list of names.");
    QTest::newRow("empty skill") << QByteArray(R"([{"title": "X", "skills": ["Python", ""]}])")
                                 << QStringLiteral(
                                        "la competencia 2 debe ser un nombre no vacío, sin caracteres de "
                                        "control y de 200 caracteres como máximo.")
                                 << QStringLiteral(
                                        "skill 2 must be a non-empty name without control characters, at "
                                        "most 200 characters.");
    QByteArray manySkills = R"([{"title": "X", "skills": [)";
    for (int i = 0; i < 501; ++i)
        manySkills += (i ? ", \"s" : "\"s") + QByteArray::number(i) + '"';
    QTest::newRow("too many skills") << manySkills + "]}]"
                                     << QStringLiteral("rol 1 («X»): tiene más de 500 competencias.")
                                     << QStringLiteral("role 1 (\"X\"): has more than 500 skills.");
    QByteArray manyRoles = "[";
    for (int i = 0; i < 10001; ++i)
        manyRoles += i ? ",{}" : "{}";
    QTest::newRow("too many roles") << manyRoles + "]"
                                    << QStringLiteral(": más de 10000 roles. No se importó nada.")
                                    << QStringLiteral(": more than 10000 roles. Nothing was imported.");
    QTest::newRow("codes twice")
        << QByteArray(R"([{"code": "r-1", "title": "X"}, {"code": "R-1", "title": "Y"}])")
        << QStringLiteral("más de una vez en el archivo (sin distinguir mayúsculas): «r-1», «R-1».")
        << QStringLiteral("in the file more than once (case is ignored): \"r-1\", \"R-1\".");
    QTest::newRow("catalogue code") << QByteArray(R"([{"code": "15-1252", "title": "X"}])")
                                    << QStringLiteral("códigos de roles del catálogo: «15-1252».")
                                    << QStringLiteral("codes of catalogue roles: \"15-1252\".");
}

} // namespace

class TestCliErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void phrasesAreDerived();
    void catalogues_data();
    void catalogues();
    void outputs_data();
    void outputs();
    void roleFiles_data();
    void roleFiles();
    void catalogueInUse();
    void help();
    void namesThatAreNotTextAreRefused();
    void storeNamedAsAnInputIsLeftAlone();
    void environmentNamesThatAreNotTextAreRefused();

private:
    Run run(QStringList arguments, const QString &lang) const;
    void writeFile(const QString &name, const QByteArray &bytes) const;
    QString copyCatalogue(const QString &name, const QString &sql = QString()) const;
    void checkBoth(
        const QStringList &arguments, int exitCode, const QString &spanish, const QString &english);
    QTemporaryDir m_dir;
    QStringList m_phrases;
};

void TestCliErrors::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile f(m_dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A copy of the bundled catalogue in the test's folder, changed by `sql` when given.
QString TestCliErrors::copyCatalogue(const QString &name, const QString &sql) const
{
    const QString path = m_dir.filePath(name);
    if (!QFile::copy(QStringLiteral(CC_BUNDLED_CATALOGUE), path)
        || !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QString();
    if (sql.isEmpty())
        return path;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok ? path : QString();
}

void TestCliErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_phrases
        = cc::testutil::englishPhrases(QStringLiteral(CC_TS_FILE), { kContexts, QString(), false }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY(::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("fifo"))).constData(), 0600) == 0);
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(
        QFile::link(m_dir.filePath(QStringLiteral("nowhere")), m_dir.filePath(QStringLiteral("dangling"))));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("loop")), m_dir.filePath(QStringLiteral("loop"))));
    writeFile(QStringLiteral("notes.txt"), "Notes for the report.\n");
    writeFile(QStringLiteral("big-notes.txt"), QByteArray(1024 * 1024 + 1, 'x'));
    writeFile(QStringLiteral("read-only.pdf"), "%PDF-1.4\n");
    QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("read-only.pdf")), QFileDevice::ReadOwner));
    writeFile(QStringLiteral("garbage.sqlite"), "this is not a database");
    writeFile(QStringLiteral("roles.json"), R"([{"code": "X-1", "title": "X one"}])");
    QVERIFY(QFile::link(m_dir.path(), m_dir.filePath(QStringLiteral("link-to-dir"))));
    QVERIFY(!copyCatalogue(QStringLiteral("plain.sqlite")).isEmpty());
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("plain.sqlite")),
        m_dir.filePath(QStringLiteral("link-to-plain.sqlite"))));

    // Catalogues that are SQLite but not usable.
    QVERIFY(!copyCatalogue(QStringLiteral("version.sqlite"),
        QStringLiteral("UPDATE metadata SET value = '99' WHERE key = 'schema_version'"))
                 .isEmpty());
    QVERIFY(!copyCatalogue(QStringLiteral("no-version.sqlite"),
        QStringLiteral("DELETE FROM metadata WHERE key = 'schema_version'"))
                 .isEmpty());
    QVERIFY(!copyCatalogue(QStringLiteral("no-id.sqlite"), QStringLiteral("DELETE FROM metadata")).isEmpty());
    QVERIFY(!copyCatalogue(QStringLiteral("no-metadata.sqlite"), QStringLiteral("DROP TABLE metadata"))
                 .isEmpty());
    QVERIFY(!copyCatalogue(QStringLiteral("wal.sqlite")).isEmpty());
    writeFile(QStringLiteral("wal.sqlite-wal"), "changes never written");
    QVERIFY(!copyCatalogue(QStringLiteral("journal.sqlite")).isEmpty());
    writeFile(
        QStringLiteral("journal.sqlite-journal"), QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8) + "rest");
}

// `{dir}` in an argument is the test's folder.
Run TestCliErrors::run(QStringList arguments, const QString &lang) const
{
    for (QString &a : arguments)
        a.replace(QLatin1String("{dir}"), m_dir.path());
    arguments = QStringList { QStringLiteral("--lang"), lang } + arguments;
    const cc::testutil::ProcessResult p = cc::testutil::runProgram(QStringLiteral(CC_CAREERCOMPARE_EXE),
        arguments, cc::testutil::environment(m_dir.filePath(QStringLiteral("store.sqlite"))));
    return { p.exitCode, QString::fromUtf8(p.out), QString::fromUtf8(p.err) };
}

// The phrases are the sources' own, and the check finds them in English messages.
void TestCliErrors::phrasesAreDerived()
{
    QVERIFY2(m_phrases.size() > 60, qPrintable(QString::number(m_phrases.size())));
    for (const char *expected :
        { "it is a FIFO", "is an SQLite database but not a Career Compare catalogue", "must be a number from",
            "Displays help on commandline options", "garbage at the end of the document" })
        QVERIFY2(std::any_of(m_phrases.begin(), m_phrases.end(),
                     [&](const QString &p) { return p.startsWith(QLatin1String(expected)); }),
            expected);
    const Run english
        = run({ QStringLiteral("--db"), QStringLiteral("{dir}/fifo"), QStringLiteral("--list") },
            QStringLiteral("en"));
    QVERIFY2(!cc::testutil::phrasesIn(english.err, m_phrases).isEmpty(), qPrintable(english.err));
}

// `{dir}` in `spanish` and `english` is the test's folder.
void TestCliErrors::checkBoth(
    const QStringList &arguments, int exitCode, const QString &spanish, const QString &english)
{
    const QString es = QString(spanish).replace(QLatin1String("{dir}"), m_dir.path());
    const QString en = QString(english).replace(QLatin1String("{dir}"), m_dir.path());

    const Run spanishRun = run(arguments, QStringLiteral("es"));
    QCOMPARE(spanishRun.exitCode, exitCode);
    QVERIFY2(spanishRun.err.contains(es), qPrintable(spanishRun.err.left(800)));
    QVERIFY2(!spanishRun.err.contains(en), qPrintable(spanishRun.err.left(800)));
    const QStringList left = cc::testutil::phrasesIn(spanishRun.all(), m_phrases);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English left: ") + left.join(QStringLiteral(" | "))));
    QVERIFY(!hasControl(spanishRun.all()));

    const Run englishRun = run(arguments, QStringLiteral("en"));
    QCOMPARE(englishRun.exitCode, exitCode);
    QVERIFY2(englishRun.err.contains(en), qPrintable(englishRun.err.left(800)));
    QVERIFY(!hasControl(englishRun.all()));
}

void TestCliErrors::catalogues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("spanish");
    QTest::addColumn<QString>("english");
    QTest::newRow("missing") << QStringLiteral("none.sqlite")
                             << QStringLiteral("careercompare: El catálogo {dir}/none.sqlite no existe.\n")
                             << QStringLiteral(
                                    "careercompare: The catalogue {dir}/none.sqlite does not exist.\n");
    QTest::newRow("control characters in the path") << Evil + QStringLiteral(".sqlite")
                                                    << QStringLiteral("careercompare: El catálogo {dir}/")
            + EvilShown + QStringLiteral(".sqlite no existe.\n")
                                                    << QStringLiteral("careercompare: The catalogue {dir}/")
            + EvilShown + QStringLiteral(".sqlite does not exist.\n");
    QTest::newRow("FIFO") << QStringLiteral("fifo")
                          << QStringLiteral(
                                 "careercompare: No se puede leer el catálogo {dir}/fifo: es una FIFO "
                                 "(tubería con nombre), no un archivo normal.\n")
                          << QStringLiteral("careercompare: The catalogue {dir}/fifo cannot be read: it is a "
                                            "FIFO (named pipe), not a regular file.\n");
    QTest::newRow("folder") << QStringLiteral("folder")
                            << QStringLiteral(
                                   "careercompare: No se puede leer el catálogo {dir}/folder: es una "
                                   "carpeta, no un archivo normal.\n")
                            << QStringLiteral(
                                   "careercompare: The catalogue {dir}/folder cannot be read: it is a "
                                   "folder, not a regular file.\n");
    // A loop is not "does not exist", and a name ending in "/" after a file says which part is wrong.
    QTest::newRow("link loop") << QStringLiteral("loop")
                               << QStringLiteral(
                                      "careercompare: No se puede leer el catálogo {dir}/loop: es un "
                                      "bucle de enlaces simbólicos.\n")
                               << QStringLiteral(
                                      "careercompare: The catalogue {dir}/loop cannot be read: it is a "
                                      "loop of symbolic links.\n");
    QTest::newRow("under a file") << QStringLiteral(
        "notes.txt/") << QStringLiteral("{dir}/notes.txt/: una parte de la ruta no es una carpeta.\n")
                                  << QStringLiteral(
                                         "{dir}/notes.txt/ cannot be read: a part of the path is not a "
                                         "folder.\n");
    QTest::newRow("not SQLite") << QStringLiteral("garbage.sqlite")
                                << QStringLiteral("{dir}/garbage.sqlite no es un catálogo: no es una base de "
                                                  "datos SQLite (puede estar vacío o dañado).")
                                << QStringLiteral(
                                       "{dir}/garbage.sqlite is not a catalogue: it is not an SQLite "
                                       "database (it may be empty or damaged).");
    QTest::newRow("no metadata") << QStringLiteral("no-metadata.sqlite")
                                 << QStringLiteral(
                                        "{dir}/no-metadata.sqlite es una base de datos SQLite, pero no "
                                        "un catálogo de Career Compare (falta una tabla")
                                 << QStringLiteral(
                                        "{dir}/no-metadata.sqlite is an SQLite database but not a Career "
                                        "Compare catalogue (a table");
    QTest::newRow("no application id")
        << QStringLiteral("no-id.sqlite")
        << QStringLiteral("pero no un catálogo de Career Compare (no tiene identificador de aplicación).\n")
        << QStringLiteral("but not a Career Compare catalogue (no application id).\n");
    QTest::newRow("wrong version") << QStringLiteral("version.sqlite")
                                   << QStringLiteral(
                                          "{dir}/version.sqlite tiene la versión 99 del esquema de "
                                          "catálogo, pero este programa lee la versión ")
                                   << QStringLiteral(
                                          "{dir}/version.sqlite has catalogue schema version 99, but "
                                          "this program reads version ");
    QTest::newRow("no version") << QStringLiteral("no-version.sqlite")
                                << QStringLiteral(
                                       "{dir}/no-version.sqlite no indica ninguna versión de esquema.")
                                << QStringLiteral("{dir}/no-version.sqlite has no schema version.");
    QTest::newRow("leftover WAL") << QStringLiteral("wal.sqlite")
                                  << QStringLiteral(
                                         "No se puede leer el catálogo {dir}/wal.sqlite tal como está: "
                                         "{dir}/wal.sqlite-wal contiene cambios que nunca se escribieron")
                                  << QStringLiteral("The catalogue {dir}/wal.sqlite cannot be read as it is: "
                                                    "{dir}/wal.sqlite-wal holds changes");
    QTest::newRow("leftover journal")
        << QStringLiteral("journal.sqlite")
        << QStringLiteral(
               "No se puede confiar en el catálogo {dir}/journal.sqlite: {dir}/journal.sqlite-journal "
               "es el registro (journal) de un cambio que no terminó")
        << QStringLiteral(
               "The catalogue {dir}/journal.sqlite cannot be trusted: {dir}/journal.sqlite-journal is "
               "the journal of a change that did not finish");
}

void TestCliErrors::catalogues()
{
    QFETCH(QString, file);
    QFETCH(QString, spanish);
    QFETCH(QString, english);
    checkBoth({ QStringLiteral("--db"), QStringLiteral("{dir}/") + file, QStringLiteral("--list") }, 3,
        spanish, english);
}

void TestCliErrors::outputs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("spanish");
    QTest::addColumn<QString>("english");
    addPdfRows();
    addFileRows();
}

void TestCliErrors::outputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, spanish);
    QFETCH(QString, english);
    checkBoth(arguments, exitCode, spanish, english);
    for (const char *never : { "n.pdf", "nowhere", "never.json", "both.out" })
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QLatin1String(never))));
}

void TestCliErrors::roleFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("spanish");
    QTest::addColumn<QString>("english");
    addFieldRows();
    addFileShapeRows();
}

void TestCliErrors::roleFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, spanish);
    QFETCH(QString, english);
    writeFile(QStringLiteral("roles.json"), json);
    checkBoth({ QStringLiteral("--import-roles"), QStringLiteral("{dir}/roles.json") }, 5, spanish, english);
    // Nothing was imported: the store's roles are still none.
    QCOMPARE(
        run({ QStringLiteral("--export-roles"), QStringLiteral("{dir}/exported.json") }, QStringLiteral("en"))
            .exitCode,
        0);
    QFile exported(m_dir.filePath(QStringLiteral("exported.json")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().simplified(), QByteArray("[ ]"));
}

// A catalogue that another program is changing: the test holds a writer's lock on it.
void TestCliErrors::catalogueInUse()
{
    const QString path = copyCatalogue(QStringLiteral("in-use.sqlite"));
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        checkBoth({ QStringLiteral("--db"), path, QStringLiteral("--list") }, 3,
            QStringLiteral(
                "careercompare: Otro programa (proceso %1) está modificando el catálogo %2 en este "
                "momento; se puede volver a intentar cuando termine.\n")
                .arg(QCoreApplication::applicationPid())
                .arg(path),
            QStringLiteral("careercompare: The catalogue %1 is being changed by another program (process %2) "
                           "right now; try again when it has finished.\n")
                .arg(path)
                .arg(QCoreApplication::applicationPid()));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

// --help in Spanish: the program's options and Qt's own lines, none left in English.
void TestCliErrors::help()
{
    // The help wraps its columns: a phrase may span lines.
    const auto printed = [](const QString &out, const QString &expected) {
        return out.contains(expected) || out.simplified().contains(expected);
    };
    const Run es = run({ QStringLiteral("--help") }, QStringLiteral("es"));
    QCOMPARE(es.exitCode, 0);
    for (const char *expected :
        { "Uso: ", " [opciones] A B", "Compara dos profesiones lado a lado, sin conexión.", "\nOpciones:\n",
            "\nArgumentos:\n", "Muestra la ayuda sobre las opciones de la línea de comandos.",
            "Muestra la ayuda, incluidas las opciones propias de Qt.",
            "Muestra la información de la versión.", "--pdf <ARCHIVO>", "--client <NOMBRE>",
            "--paper <TAMAÑO>", "--search <TEXTO>", "--lang <IDIOMA>",
            "Con --compare: muestra la comparación en JSON.",
            "Un rol: código O*NET, título o título alternativo." })
        QVERIFY2(printed(es.out, QString::fromUtf8(expected)), expected);
    const QStringList left = cc::testutil::phrasesIn(es.all(), m_phrases);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
    for (const char *english : { "Usage:", "Options:", "Arguments:", "Displays", "FILE", "With --" })
        QVERIFY2(!es.out.contains(QLatin1String(english)), english);

    const Run en = run({ QStringLiteral("--help") }, QStringLiteral("en"));
    QCOMPARE(en.exitCode, 0);
    for (const char *expected : { "Usage: ", " [options] A B", "\nOptions:\n", "\nArguments:\n",
             "Displays help on commandline options.", "Displays version information.", "--pdf <FILE>",
             "With --compare: print the comparison as JSON." })
        QVERIFY2(printed(en.out, QString::fromUtf8(expected)), expected);
    QVERIFY(cc::testutil::phrasesIn(en.out, m_phrases).size() > 10);
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_clierrors.moc"

// A name with a byte that is not UTF-8 was read as U+FFFD, and the PDF replaced the file of that
// other name: refused, and the other file is untouched.
void TestCliErrors::namesThatAreNotTextAreRefused()
{
    const QString other = QStringLiteral("x\uFFFD.pdf");
    writeFile(other, "precious");
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    const cc::testutil::ProcessResult p = cc::testutil::runProgram(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
            QStringLiteral(R"sh(exec "$0" --compare 15-1252 15-2051 --pdf "$1/$(printf 'x\377.pdf')")sh"),
            QStringLiteral(CC_CAREERCOMPARE_EXE), m_dir.path() },
        cc::testutil::environment(m_dir.filePath(QStringLiteral("store.sqlite"))));
    QCOMPARE(p.exitCode, 1);
    QVERIFY2(QString::fromUtf8(p.err).contains(QStringLiteral("is not valid text in the system's encoding")),
        p.err.constData());
    QFile f(m_dir.filePath(other));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

// --user-store naming the file of roles to import: refused before the store is opened, so the roles
// file is not set aside as a damaged store.
void TestCliErrors::storeNamedAsAnInputIsLeftAlone()
{
    const QByteArray roles = R"([{"code": "X-2", "title": "X two"}])";
    writeFile(QStringLiteral("roles-kept.json"), roles);
    const Run r = run({ QStringLiteral("--import-roles"), QStringLiteral("{dir}/roles-kept.json"),
                          QStringLiteral("--user-store"), QStringLiteral("{dir}/./roles-kept.json") },
        QStringLiteral("en"));
    QCOMPARE(r.exitCode, 4);
    QFile f(m_dir.filePath(QStringLiteral("roles-kept.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), roles);
    const QStringList aside = QDir(m_dir.path()).entryList({ QStringLiteral("roles-kept.json.*") });
    QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1Char(' '))));
}

// The same for a store named by the environment.
void TestCliErrors::environmentNamesThatAreNotTextAreRefused()
{
    const cc::testutil::ProcessResult p = cc::testutil::runProgram(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
            QStringLiteral(
                R"sh(CAREERCOMPARE_USER_STORE="$1/$(printf 'env\377.sqlite')" exec "$0" --export-roles "$1/e.json")sh"),
            QStringLiteral(CC_CAREERCOMPARE_EXE), m_dir.path() },
        cc::testutil::environment(m_dir.filePath(QStringLiteral("store.sqlite"))));
    QCOMPARE(p.exitCode, 1);
    QVERIFY2(
        QString::fromUtf8(p.err).contains(QStringLiteral("CAREERCOMPARE_USER_STORE")), p.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("env\uFFFD.sqlite"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("e.json"))));
}
