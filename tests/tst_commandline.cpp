// SPDX-License-Identifier: MIT
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &arguments) const
    {
        QProcess p;
        p.start(QStringLiteral(CC_CAREERCOMPARE_EXE), arguments);
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
    const Run r = run({QStringLiteral("--compare"), QStringLiteral("AI Multimodal Systems Engineer"),
                       QStringLiteral("AI On-Device AI Engineer"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    const QJsonObject json = doc.object();
    QCOMPARE(json.value(QStringLiteral("a")).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("AI Multimodal Systems Engineer"));
    QCOMPARE(json.value(QStringLiteral("b")).toObject().value(QStringLiteral("demand_score")).toDouble(), 9.1);
    QVERIFY(json.value(QStringLiteral("summary")).toString().contains(QStringLiteral("Both have the same AI replacement risk (15%)")));
    QVERIFY(r.err.isEmpty());
}

void TestCommandLine::compareByAlternateTitleAndCode()
{
    const Run r = run({QStringLiteral("--compare"), QStringLiteral("registered nurse (rn)"), QStringLiteral("15-2051"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("a")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("29-1141.00"));
    QCOMPARE(json.value(QStringLiteral("b")).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Data Scientists"));
}

void TestCommandLine::list()
{
    const Run r = run({QStringLiteral("--list")});
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
    QTest::newRow("unknown role") << QStringList{QStringLiteral("--compare"), QStringLiteral("Dragon Tamer"), QStringLiteral("Data Scientists")}
                                  << 2 << "no role is called \"Dragon Tamer\"";
    QTest::newRow("unknown second role") << QStringList{QStringLiteral("--compare"), QStringLiteral("Data Scientists"), QStringLiteral("%")}
                                         << 2 << "no role is called";
    QTest::newRow("missing catalogue") << QStringList{QStringLiteral("--db"), missing, QStringLiteral("--list")} << 3 << "does not exist";
    QTest::newRow("not a catalogue") << QStringList{QStringLiteral("--db"), junk.fileName(), QStringLiteral("--compare"),
                                                    QStringLiteral("a"), QStringLiteral("b")}
                                     << 3 << "not an SQLite database";
    QTest::newRow("one role") << QStringList{QStringLiteral("--compare"), QStringLiteral("Data Scientists")} << 1 << "give two roles";
    QTest::newRow("bad option") << QStringList{QStringLiteral("--frobnicate")} << 1 << "frobnicate";
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
    const Run r = run({QStringLiteral("--compare"), QStringLiteral("Sofware Developer"), QStringLiteral("Data Scientists")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Closest matches")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("15-1252.00")), qPrintable(r.err));
}

void TestCommandLine::ambiguousAlternateTitle()
{
    // "Analyst" is an alternate title of several occupations.
    const Run r = run({QStringLiteral("--compare"), QStringLiteral("Analyst"), QStringLiteral("Data Scientists")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("names several roles")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
