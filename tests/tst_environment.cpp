// SPDX-License-Identifier: MIT
// The program on a machine set up oddly (issue #13 items 7 and 11), run as a child process with a
// changed environment, every file in the test's own temporary folder: no readable fonts (a
// fontconfig that lists no font folders), and HOME empty, missing or relative.
#include "userfolders.h"

#include <QProcessEnvironment>
#include <QtTest>

class TestEnvironment : public QObject
{
    Q_OBJECT
private slots:
    void pdfWithoutFontsFails();
    void pdfWithFontsPasses();
    void windowWarnsWithoutFonts();
    void oddHomesMakeNoFolders_data();
    void oddHomesMakeNoFolders();
    void relativeHomeIsResolved();
    void homeProblemInProcess();

private:
    struct Run {
        int exitCode = -1;
        QString err;
    };
    Run run(
        const QStringList &arguments, const QProcessEnvironment &env, const QString &dir = QString()) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        if (!dir.isEmpty())
            p.setWorkingDirectory(dir);
        p.start(QStringLiteral(CC_CAREERCOMPARE_EXE), arguments);
        if (!p.waitForFinished(600000))
            qFatal("careercompare did not finish");
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError()) };
    }
    // A fontconfig that knows no font folder, and an empty folder for the platform's own font path.
    QProcessEnvironment withoutFonts() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString conf = m_dir.filePath(QStringLiteral("fonts.conf"));
        if (!QFileInfo::exists(conf)) {
            QDir(m_dir.path()).mkpath(QStringLiteral("nofonts"));
            QFile f(conf);
            if (f.open(QIODevice::WriteOnly))
                f.write(
                    QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:"
                                   "fonts.dtd\">\n<fontconfig><cachedir>%1</cachedir></fontconfig>\n")
                        .arg(m_dir.filePath(QStringLiteral("fccache")))
                        .toUtf8());
        }
        env.insert(QStringLiteral("FONTCONFIG_FILE"), conf);
        env.insert(QStringLiteral("QT_QPA_FONTDIR"), m_dir.filePath(QStringLiteral("nofonts")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(
            QStringLiteral("CAREERCOMPARE_USER_STORE"), m_dir.filePath(QStringLiteral("store.sqlite")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }
    QStringList pdfArguments(const QString &pdf) const
    {
        return { QStringLiteral("--compare"), QStringLiteral("Data Scientists"),
            QStringLiteral("Registered Nurses"), QStringLiteral("--pdf"), pdf };
    }
    QTemporaryDir m_dir;
};

void TestEnvironment::pdfWithoutFontsFails()
{
    const QString pdf = m_dir.filePath(QStringLiteral("nofonts.pdf"));
    const Run r = run(pdfArguments(pdf), withoutFonts());
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("No font can be read")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("fonts-dejavu-core")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(pdf)); // nothing written, not a PDF without words
}

void TestEnvironment::pdfWithFontsPasses()
{
    // The same run with the machine's fonts passes the check.
    QProcessEnvironment env = withoutFonts();
    env.remove(QStringLiteral("FONTCONFIG_FILE"));
    env.remove(QStringLiteral("QT_QPA_FONTDIR"));
    const QString pdf = m_dir.filePath(QStringLiteral("fonts.pdf"));
    const Run r = run(pdfArguments(pdf), env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(QStringLiteral("No font")), qPrintable(r.err));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestEnvironment::windowWarnsWithoutFonts()
{
    // The window says it on stderr as well as in its message box (which waits for the user).
    QProcess p;
    p.setProcessEnvironment(withoutFonts());
    p.start(QStringLiteral(CC_CAREERCOMPARE_EXE), {});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("No font can be read"), 60000);
    p.kill();
    p.waitForFinished();
}

void TestEnvironment::oddHomesMakeNoFolders_data()
{
    QTest::addColumn<QString>("home"); // relative to the test's folder, "" for an empty HOME
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QStringLiteral("missing/home") << QStringLiteral("is not an existing folder");
    QTest::newRow("relative missing")
        << QStringLiteral("rel:gone") << QStringLiteral("is not an existing folder");
    QTest::newRow("empty") << QString() << QStringLiteral("HOME is empty or not set");
}

void TestEnvironment::oddHomesMakeNoFolders()
{
    QFETCH(QString, home);
    QFETCH(QString, reason);
    QTemporaryDir work;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAREERCOMPARE_USER_STORE"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    QString homePath;
    if (home.startsWith(QLatin1String("rel:"))) {
        homePath = work.filePath(home.mid(4));
        env.insert(QStringLiteral("HOME"), home.mid(4)); // relative to the child's working folder
    } else if (!home.isEmpty()) {
        homePath = work.filePath(home);
        env.insert(QStringLiteral("HOME"), homePath);
    } else {
        env.insert(QStringLiteral("HOME"), QString());
    }
    const bool rootHadLocal = QFileInfo::exists(QStringLiteral("/.local/share/CareerCompare"));
    // Importing needs the user's store: refused with the reason, exit 4, nothing made.
    QFile roles(work.filePath(QStringLiteral("roles.json")));
    QVERIFY(roles.open(QIODevice::WriteOnly));
    roles.write(R"([{"title": "Dog Groomer"}])");
    roles.close();
    const Run r = run({ QStringLiteral("--import-roles"), roles.fileName() }, env, work.path());
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--user-store")), qPrintable(r.err));
    if (!homePath.isEmpty())
        QVERIFY(!QFileInfo::exists(homePath));
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("roles.json") });
    if (!rootHadLocal)
        QVERIFY(!QFileInfo::exists(QStringLiteral("/.local/share/CareerCompare")));
    // A comparison of catalogue roles needs no store and still works.
    const Run compare = run({ QStringLiteral("--compare"), QStringLiteral("Data Scientists"),
                                QStringLiteral("Registered Nurses"), QStringLiteral("--json") },
        env, work.path());
    QCOMPARE(compare.exitCode, 0);
}

void TestEnvironment::relativeHomeIsResolved()
{
    // A relative HOME that exists is taken against the current folder: the store goes inside it.
    QTemporaryDir work;
    QVERIFY(QDir(work.path()).mkpath(QStringLiteral("me")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAREERCOMPARE_USER_STORE"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("me"));
    const Run r = run(
        { QStringLiteral("--export-roles"), work.filePath(QStringLiteral("out.json")) }, env, work.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(
        work.filePath(QStringLiteral("me/.local/share/CareerCompare/careercompare/userdata.sqlite"))));
}

void TestEnvironment::homeProblemInProcess()
{
    // The decision itself, for the settings' folder too (only environment variables are changed).
    QCoreApplication::setOrganizationName(QStringLiteral("CareerCompare"));
    QCoreApplication::setApplicationName(QStringLiteral("careercompare"));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_CONFIG_HOME");
    qputenv("HOME", "");
    QVERIFY(!cc::userfolders::problem(QStandardPaths::ConfigLocation).isEmpty());
    qputenv("HOME", "/");
    QVERIFY(cc::userfolders::problem(QStandardPaths::ConfigLocation).contains(QStringLiteral("root folder")));
    qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-home"))));
    QVERIFY(!cc::userfolders::problem(QStandardPaths::AppDataLocation).isEmpty());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QCOMPARE(cc::userfolders::problem(QStandardPaths::ConfigLocation), QString());
    // An absolute XDG folder the user chose is used whatever HOME says.
    qputenv("HOME", "");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cfg"))));
    QCOMPARE(cc::userfolders::problem(QStandardPaths::ConfigLocation), QString());
    qputenv("HOME", oldHome);
    if (oldConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
