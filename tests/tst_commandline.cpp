// SPDX-License-Identifier: MIT
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void compareJson();
    void compareByAlternateTitleAndCode();
    void list();
    void exitCodes_data();
    void exitCodes();
    void unknownRoleSuggestsClosest();
    void ambiguousAlternateTitle();
    void hostileRoleNames_data();
    void hostileRoleNames();
    void readOnlyCatalogueIsReadAndUnchanged();
    void unusableCatalogues_data();
    void unusableCatalogues();
    void pdfToBadDestinations_data();
    void pdfToBadDestinations();
    void pdfWritesAFile();
    void pdfOnAFullDiskLeavesNothing();
    void importerBadSources_data();
    void importerBadSources();
    void customRolesImportCompareExport();
    void badCustomRoleFilesImportNothing_data();
    void badCustomRoleFilesImportNothing();
    void clientAndNotesArePrintedLiterally();
    void helpAllPrintsHelp();
    void windowOpensTheUserStoreOfTheOption();
    void failingLookupIsAnUnusableCatalogue();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &program = QStringLiteral(CC_CAREERCOMPARE_EXE)) const
    {
        QProcess p;
        // Never the real user's store.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAREERCOMPARE_USER_STORE"),
            m_dir.filePath(QStringLiteral("store/userdata.sqlite")));
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        if (!p.waitForFinished(60000))
            qFatal("careercompare did not finish");
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QTemporaryDir m_dir;
};

void TestCommandLine::compareJson()
{
    const Run r = run({ QStringLiteral("--compare"), QStringLiteral("AI Multimodal Systems Engineer"),
        QStringLiteral("AI On-Device AI Engineer"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    const QJsonObject json = doc.object();
    QCOMPARE(json.value(QStringLiteral("a")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("AI Multimodal Systems Engineer"));
    QCOMPARE(
        json.value(QStringLiteral("b")).toObject().value(QStringLiteral("demand_score")).toDouble(), 9.1);
    QVERIFY(json.value(QStringLiteral("summary"))
                .toString()
                .contains(QStringLiteral("Both have the same AI replacement risk (15%)")));
    QVERIFY(r.err.isEmpty());
}

void TestCommandLine::compareByAlternateTitleAndCode()
{
    const Run r = run({ QStringLiteral("--compare"), QStringLiteral("registered nurse (rn)"),
        QStringLiteral("15-2051"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("a")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("29-1141.00"));
    QCOMPARE(json.value(QStringLiteral("b")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Data Scientists"));
}

void TestCommandLine::list()
{
    const Run r = run({ QStringLiteral("--list") });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 900);
    bool seed = false;
    for (const QByteArray &line : lines) {
        QCOMPARE(line.count('\t'), 2);
        seed = seed || line == "AI-0001\tAI Multimodal Systems Engineer\tAI Engineering";
    }
    QVERIFY(seed);
}

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    const QString missing = m_dir.filePath(QStringLiteral("absent.sqlite"));
    QFile junk(m_dir.filePath(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database at all, just text that goes on for a while");
    junk.close();
    QTest::newRow("unknown role") << QStringList { QStringLiteral("--compare"),
        QStringLiteral("Dragon Tamer"), QStringLiteral("Data Scientists") }
                                  << 2 << "no role is called \"Dragon Tamer\"";
    QTest::newRow("unknown second role")
        << QStringList { QStringLiteral("--compare"), QStringLiteral("Data Scientists"), QStringLiteral("%") }
        << 2 << "no role is called";
    QTest::newRow("missing catalogue")
        << QStringList { QStringLiteral("--db"), missing, QStringLiteral("--list") } << 3 << "does not exist";
    QTest::newRow("not a catalogue") << QStringList { QStringLiteral("--db"), junk.fileName(),
        QStringLiteral("--compare"), QStringLiteral("a"), QStringLiteral("b") }
                                     << 3 << "not an SQLite database";
    QTest::newRow("one role") << QStringList { QStringLiteral("--compare"),
        QStringLiteral("Data Scientists") }
                              << 1 << "give two roles";
    QTest::newRow("bad option") << QStringList { QStringLiteral("--frobnicate") } << 1 << "frobnicate";
}

void TestCommandLine::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCommandLine::unknownRoleSuggestsClosest()
{
    const Run r = run({ QStringLiteral("--compare"), QStringLiteral("Sofware Developer"),
        QStringLiteral("Data Scientists") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Closest matches")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("15-1252.00")), qPrintable(r.err));
}

void TestCommandLine::ambiguousAlternateTitle()
{
    // "Analyst" is an alternate title of several occupations.
    const Run r
        = run({ QStringLiteral("--compare"), QStringLiteral("Analyst"), QStringLiteral("Data Scientists") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("names several roles")), qPrintable(r.err));
}

void TestCommandLine::hostileRoleNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("sql") << "x'); DROP TABLE roles; --";
    QTest::newRow("wildcards") << "%_%";
    QTest::newRow("quotes") << "\"'\"'";
    QTest::newRow("5000 characters") << QString(5000, QLatin1Char('z'));
    QTest::newRow("emoji") << QStringLiteral("\U0001F9D1\u200D\U0001F692 firefighter \U0001F525");
    QTest::newRow("option-like") << "--list";
}

void TestCommandLine::hostileRoleNames()
{
    QFETCH(QString, name);
    const Run r
        = run({ QStringLiteral("--compare"), QStringLiteral("Data Scientists"), QStringLiteral("--"), name });
    if (name == QLatin1String("--list"))
        QCOMPARE(r.exitCode, 2); // after "--" it is a name, not an option
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no role is called")), qPrintable(r.err.left(300)));
    QVERIFY(r.err.size() < 2000); // the echo of the name is bounded
}

void TestCommandLine::readOnlyCatalogueIsReadAndUnchanged()
{
    const QString copy = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(QStringLiteral(CC_BUNDLED_CATALOGUE), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = [&] {
        QFile f(copy);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }();
    const Run r = run({ QStringLiteral("--db"), copy, QStringLiteral("--compare"), QStringLiteral("15-1252"),
        QStringLiteral("15-2051"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QByteArray after = [&] {
        QFile f(copy);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }();
    QCOMPARE(after, before);
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-journal")));
}

void TestCommandLine::unusableCatalogues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("stderrPart");
    QFile bundled(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    const QByteArray bytes = bundled.readAll();
    auto write = [this](const QString &name, const QByteArray &content) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    };
    QTest::newRow("empty") << write(QStringLiteral("empty.sqlite"), QByteArray()) << "not an SQLite database";
    QTest::newRow("truncated") << write(QStringLiteral("truncated.sqlite"), bytes.left(bytes.size() / 3))
                               << "catalogue";
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 2654435761u) >> 24);
    QTest::newRow("random bytes") << write(QStringLiteral("noise.sqlite"), noise) << "not an SQLite database";
    QTest::newRow("a folder") << m_dir.path() << "cannot be read";
}

void TestCommandLine::unusableCatalogues()
{
    QFETCH(QString, path);
    QFETCH(QString, stderrPart);
    for (const QStringList &mode : { QStringList { QStringLiteral("--list") },
             QStringList { QStringLiteral("--compare"), QStringLiteral("15-1252"), QStringLiteral("15-2051"),
                 QStringLiteral("--json") } }) {
        const Run r = run(QStringList { QStringLiteral("--db"), path } + mode);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCommandLine::pdfToBadDestinations_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    QTest::newRow("a folder") << m_dir.path();
    QTest::newRow("a device") << QStringLiteral("/dev/full");
}

void TestCommandLine::pdfToBadDestinations()
{
    QFETCH(QString, path);
    const bool wasDevice = QFileInfo(path).exists() && !QFileInfo(path).isFile() && !QFileInfo(path).isDir();
    const Run r = run({ QStringLiteral("--compare"), QStringLiteral("15-1252"), QStringLiteral("15-2051"),
        QStringLiteral("--pdf"), path });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
    if (wasDevice)
        QVERIFY(!QFileInfo(path).isFile()); // still the device, not replaced by a file
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("*.pdf*") }, QDir::Files).isEmpty());
}

void TestCommandLine::pdfWritesAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("ok.pdf"));
    const Run r = run({ QStringLiteral("--compare"), QStringLiteral("AI Multimodal Systems Engineer"),
        QStringLiteral("AI On-Device AI Engineer"), QStringLiteral("--pdf"), path });
    QCOMPARE(r.exitCode, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
}

void TestCommandLine::pdfOnAFullDiskLeavesNothing()
{
    // A file-size limit of 10 KiB makes the PDF's writes fail as a full disk would.
    QDir(m_dir.path()).mkdir(QStringLiteral("full"));
    const QString target = m_dir.filePath(QStringLiteral("full/report.pdf"));
    const Run r
        = run({ QStringLiteral("-c"), QStringLiteral("ulimit -f 10; trap '' XFSZ; exec \"$0\" \"$@\""),
                  QStringLiteral(CC_CAREERCOMPARE_EXE), QStringLiteral("--compare"),
                  QStringLiteral("15-1252"), QStringLiteral("15-2051"), QStringLiteral("--pdf"), target },
            QStringLiteral("/bin/bash"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("full"))).entryList(QDir::Files).isEmpty());
    QVERIFY(!r.err.contains(QStringLiteral("set aside")));
}

void TestCommandLine::importerBadSources_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrPart");
    const QString out = m_dir.filePath(QStringLiteral("never.sqlite"));
    QTest::newRow("no source folder") << QStringList { QStringLiteral("--source"),
        m_dir.filePath(QStringLiteral("nope")), QStringLiteral("--out"), out }
                                      << "source folder not found";
    QTest::newRow("folder without data") << QStringList { QStringLiteral("--source"), m_dir.path(),
        QStringLiteral("--out"), out } << "file not found";
    QTest::newRow("output folder missing")
        << QStringList { QStringLiteral("--source"), QStringLiteral(CC_FIXTURES_DIR "/source"),
               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/dir/x.sqlite")) }
        << "output folder does not exist";
}

void TestCommandLine::importerBadSources()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrPart);
    const Run r = run(arguments, QStringLiteral(CC_IMPORTER_EXE));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.sqlite"))));
}

void TestCommandLine::customRolesImportCompareExport()
{
    const QString file = m_dir.filePath(QStringLiteral("roles.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            R"([{"title": "Community Health Worker", "salary": {"low": 32000, "median": 48000, "high": 72000},
                    "demand_score": 7.2, "entry_barrier": "Low", "skills": ["Service Orientation", "Active Listening", "Home visits"]}])");
    }
    Run r = run({ QStringLiteral("--import-roles"), file });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("imported\tcustom-"), r.out.constData());
    r = run({ QStringLiteral("--compare"), QStringLiteral("community health worker"),
        QStringLiteral("Registered Nurses"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("a")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Community Health Worker"));
    QCOMPARE(
        json.value(QStringLiteral("a")).toObject().value(QStringLiteral("demand_score")).toDouble(), 7.2);
    // Its skills met the catalogue's by name: nurses rate Service Orientation and Active Listening.
    const QJsonArray shared
        = json.value(QStringLiteral("skills")).toObject().value(QStringLiteral("shared")).toArray();
    QVERIFY(shared.contains(QStringLiteral("Service Orientation")));
    QVERIFY(shared.contains(QStringLiteral("Active Listening")));
    QVERIFY(json.value(QStringLiteral("summary"))
                .toString()
                .contains(QStringLiteral("Community Health Worker: $32,000")));

    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    r = run({ QStringLiteral("--export-roles"), exported });
    QCOMPARE(r.exitCode, 0);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray roles = QJsonDocument::fromJson(f.readAll()).array();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().toObject().value(QStringLiteral("skills")).toArray().size(), 3);
}

void TestCommandLine::badCustomRoleFilesImportNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("bad json") << QByteArray("[{\"title\": ") << "not valid JSON";
    QTest::newRow("missing title") << QByteArray(R"([{"title": "Fine"}, {"demand_score": 3}])")
                                   << "role 2: title is missing";
    QTest::newRow("hostile title") << QByteArray("[{\"title\": \"ok\"}, {\"title\": \"bad\\u0000title\"}]")
                                   << "control characters";
}

void TestCommandLine::badCustomRoleFilesImportNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, stderrPart);
    const QString file = m_dir.filePath(QStringLiteral("bad-roles.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    const QString store = m_dir.filePath(QStringLiteral("bad-store.sqlite"));
    const Run r = run({ QStringLiteral("--user-store"), store, QStringLiteral("--import-roles"), file });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(stderrPart) && r.err.contains(QStringLiteral("Nothing was imported")),
        qPrintable(r.err));
    const Run exported = run({ QStringLiteral("--user-store"), store, QStringLiteral("--export-roles"),
        m_dir.filePath(QStringLiteral("none.json")) });
    QCOMPARE(exported.exitCode, 0);
    QFile f(m_dir.filePath(QStringLiteral("none.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).array().size(), 0); // not even the good first role
}

void TestCommandLine::clientAndNotesArePrintedLiterally()
{
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("Wants <b>remote</b> work & part-time hours.\nNext meeting: Tuesday.");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("client.pdf"));
    const Run r = run({ QStringLiteral("--compare"), QStringLiteral("15-1252"), QStringLiteral("15-2051"),
        QStringLiteral("--pdf"), pdf, QStringLiteral("--client"), QStringLiteral("Ana <i>Ruiz</i> & Co"),
        QStringLiteral("--notes"), notes });
    QCOMPARE(r.exitCode, 0);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Prepared for: Ana <i>Ruiz</i> & Co")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Wants <b>remote</b> work & part-time hours.")));
    QVERIFY(text.contains(QStringLiteral("Next meeting: Tuesday.")));
    const Run missing = run({ QStringLiteral("--compare"), QStringLiteral("15-1252"),
        QStringLiteral("15-2051"), QStringLiteral("--pdf"), pdf, QStringLiteral("--notes"),
        m_dir.filePath(QStringLiteral("no-notes.txt")) });
    QCOMPARE(missing.exitCode, 5);
}

void TestCommandLine::helpAllPrintsHelp()
{
    // --help-all prints the help and exits; it does not open the window.
    const Run r = run({ QStringLiteral("--help-all") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--user-store"));
    QVERIFY(r.out.contains("--compare"));
}

void TestCommandLine::windowOpensTheUserStoreOfTheOption()
{
    // The window reads the same options as the command line: --user-store wins over the environment.
    const QString chosen = m_dir.filePath(QStringLiteral("window-store.sqlite"));
    const QString fromEnvironment = m_dir.filePath(QStringLiteral("window-env-store.sqlite"));
    QTemporaryDir config;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAREERCOMPARE_USER_STORE"), fromEnvironment);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path()); // never the real user's settings
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CC_CAREERCOMPARE_EXE), { QStringLiteral("--user-store"), chosen });
    QVERIFY(p.waitForStarted());
    // The window creates its store on start-up, before it shows.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(chosen), 30000);
    p.kill();
    p.waitForFinished();
    QVERIFY(!QFileInfo::exists(fromEnvironment));
}

void TestCommandLine::failingLookupIsAnUnusableCatalogue()
{
    // A catalogue whose alternate titles cannot be queried (the table renamed in place): a name that
    // needs them is a catalogue that cannot be read (exit 3), not an unknown role (exit 2).
    QFile bundled(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray bytes = bundled.readAll();
    bytes.replace("alternate_titles", "alternate_titlez");
    const QString path = m_dir.filePath(QStringLiteral("no-alternate-titles.sqlite"));
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write(bytes);
    broken.close();
    const Run byCode = run({ QStringLiteral("--db"), path, QStringLiteral("--compare"),
        QStringLiteral("15-1252"), QStringLiteral("15-2051") });
    QCOMPARE(byCode.exitCode, 0);
    const Run byName = run({ QStringLiteral("--db"), path, QStringLiteral("--compare"),
        QStringLiteral("Dragon Tamer"), QStringLiteral("15-2051") });
    // commandline.cpp asks catalogueLookupFailed(); CatalogueDatabase::findCodes() does not yet record its
    // query errors in lastError() (issue #8, data layer). Delete this line when it does.
    QCOMPARE(byName.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
