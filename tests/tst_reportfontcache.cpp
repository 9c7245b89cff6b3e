// SPDX-License-Identifier: MIT
// The report's copied faces kept between runs (reportfontcache.h): a stored copy is read back as the
// very bytes withoutHinting() makes; a damaged, foreign or oversized file is never trusted, and a
// FIFO, folder or link at its name never blocks, is never followed and never replaced; a newer copy
// of the same face replaces the older one and leaves everything else in the folder alone; no folder
// is made where the user's folders must not be made, nor in Qt's test mode.
#include "fontcheck.h"
#include "reportfont.h"
#include "reportfontcache.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QRawFont>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cc;

namespace
{

QRawFont systemFace(bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(bold);
    return QRawFont::fromFont(font);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Sets an environment variable for one scope, and puts the old value back.
class ScopedVariable
{
public:
    ScopedVariable(const char *name, const QByteArray &value, bool set = true)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (set)
            qputenv(name, value);
        else
            qunsetenv(name);
    }
    ~ScopedVariable()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace

class TestReportFontCache : public QObject
{
    Q_OBJECT

private:
    const QString m_family = QStringLiteral("Test Sans");

private slots:
    void initTestCase()
    {
        QVERIFY2(missingFontsProblem().isEmpty(), "the tests need DejaVu Sans (fonts-dejavu-core)");
    }

    void storedThenReadBack_data()
    {
        QTest::addColumn<bool>("bold");
        QTest::newRow("regular") << false;
        QTest::newRow("bold") << true;
    }

    void storedThenReadBack()
    {
        QFETCH(bool, bold);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("cache/report-fonts")); // made when needed
        const QRawFont source = systemFace(bold);
        const QByteArray made = reportfont::withoutHinting(reportfont::tables(source), m_family);
        QVERIFY(!made.isEmpty());

        bool fromCache = true;
        QCOMPARE(reportfont::copiedFace(source, m_family, folder, &fromCache), made);
        QVERIFY(!fromCache);
        QCOMPARE(filesIn(folder), QStringList { reportfont::cachedFaceFileName(source, m_family) });

        const QByteArray read = reportfont::copiedFace(source, m_family, folder, &fromCache);
        QVERIFY(fromCache);
        QCOMPARE(read, made);
        // And it is a font Qt reads as the copy.
        const QRawFont copy(read, 12);
        QVERIFY(copy.isValid());
        QCOMPARE(copy.familyName(), m_family);
    }

    void namesTellFacesAndFamiliesApart()
    {
        const QRawFont regular = systemFace(false);
        const QString name = reportfont::cachedFaceFileName(regular, m_family);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{16}-[0-9a-f]{32}\\.ttf$")).match(name).hasMatch());
        QCOMPARE(reportfont::cachedFaceFileName(systemFace(false), m_family), name);
        QVERIFY(reportfont::cachedFaceFileName(systemFace(true), m_family) != name);
        QVERIFY(reportfont::cachedFaceFileName(regular, QStringLiteral("Other Sans")) != name);
    }

    void damagedCopyIsMadeAgain_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("replaced"); // a regular file is replaced by a sound copy
        QTest::newRow("cut in half") << "half" << true;
        QTest::newRow("one byte changed") << "byte" << true;
        QTest::newRow("empty") << "empty" << true;
        QTest::newRow("not a font") << "text" << true;
        QTest::newRow("larger than the cap") << "huge" << true;
        QTest::newRow("the other face's copy") << "bold" << true;
        QTest::newRow("a folder") << "folder" << false;
        QTest::newRow("a FIFO") << "fifo" << false;
        QTest::newRow("a link to a sound copy") << "link" << false;
    }

    void damagedCopyIsMadeAgain()
    {
        QFETCH(QString, damage);
        QFETCH(bool, replaced);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QRawFont source = systemFace(false);
        const QByteArray made = reportfont::copiedFace(source, m_family, dir.path());
        const QString path = dir.filePath(reportfont::cachedFaceFileName(source, m_family));
        QVERIFY(QFile::exists(path));

        QFile::remove(path);
        if (damage == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(QFileInfo(path).fileName()));
        } else if (damage == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (damage == QLatin1String("link")) {
            // A sound copy elsewhere: the link is neither read nor followed to be replaced.
            const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.ttf"));
            QFile target(elsewhere);
            QVERIFY(target.open(QIODevice::WriteOnly));
            target.write(made);
            target.close();
            QVERIFY(QFile::link(elsewhere, path));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (damage == QLatin1String("half")) {
                file.write(made.left(made.size() / 2));
            } else if (damage == QLatin1String("byte")) {
                QByteArray changed = made;
                changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x5a);
                file.write(changed);
            } else if (damage == QLatin1String("bold")) {
                // Whole and sound, but the bold face's copy: not this face.
                file.write(reportfont::withoutHinting(reportfont::tables(systemFace(true)), m_family));
            } else if (damage == QLatin1String("text")) {
                file.write(QByteArray(1000, 'x'));
            } else if (damage == QLatin1String("huge")) {
                file.write(made);
                QVERIFY(file.resize(reportfont::MaxCachedFaceBytes + 4)); // sparse: no disk used
            }
        }

        bool fromCache = true;
        QCOMPARE(reportfont::copiedFace(source, m_family, dir.path(), &fromCache), made); // never blocks
        QVERIFY(!fromCache);
        const QFileInfo after(path);
        if (replaced) {
            QVERIFY(after.isFile());
            QCOMPARE(after.size(), made.size());
            QCOMPARE(reportfont::copiedFace(source, m_family, dir.path(), &fromCache), made);
            QVERIFY(fromCache);
        } else if (damage == QLatin1String("link")) {
            QVERIFY(after.isSymLink()); // left as it was, its target unchanged
            QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("elsewhere.ttf"))).size(), made.size());
        } else {
            QVERIFY(after.exists() && !after.isFile()); // left as it was
            QCOMPARE(after.isDir(), damage == QLatin1String("folder"));
        }
    }

    void newerCopyReplacesTheOlderOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QRawFont source = systemFace(false);
        const QString name = reportfont::cachedFaceFileName(source, m_family);
        const QString prefix = name.section(QLatin1Char('-'), 0, 0);
        const QString older = prefix + QStringLiteral("-00000000000000000000000000000000.ttf");
        const QString otherFace = QStringLiteral("0123456789abcdef-00000000000000000000000000000000.ttf");
        const QString notes = QStringLiteral("notes.txt");
        for (const QString &file : { older, otherFace, notes }) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("kept?");
        }
        reportfont::copiedFace(source, m_family, dir.path());
        QStringList expected { name, otherFace, notes };
        expected.sort();
        QCOMPARE(filesIn(dir.path()), expected);
    }

    void noFolderNoCopyKept()
    {
        const QRawFont source = systemFace(false);
        const QByteArray made = reportfont::withoutHinting(reportfont::tables(source), m_family);
        bool fromCache = true;
        QCOMPARE(reportfont::copiedFace(source, m_family, QString(), &fromCache), made);
        QVERIFY(!fromCache);

        // A folder that cannot be made (under a regular file): the copy all the same, nothing made.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QCOMPARE(
            reportfont::copiedFace(source, m_family, dir.filePath(QStringLiteral("file/fonts")), &fromCache),
            made);
        QVERIFY(!fromCache);
        QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("file") });
    }

    void folderIsInTheUsersCacheFolderOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            const ScopedVariable cache("XDG_CACHE_HOME", QFile::encodeName(dir.path()));
            QCOMPARE(
                reportfont::faceCacheFolder(), dir.path() + QStringLiteral("/careercompare/report-fonts"));
        }
        const ScopedVariable noCache("XDG_CACHE_HOME", {}, false);
        {
            const ScopedVariable home("HOME", QFile::encodeName(dir.path()));
            QCOMPARE(reportfont::faceCacheFolder(),
                dir.path() + QStringLiteral("/.cache/careercompare/report-fonts"));
        }
        for (const QByteArray &home : { QByteArray(), QByteArray("/"), QByteArray("relative/home"),
                 QFile::encodeName(dir.filePath(QStringLiteral("missing"))) }) {
            const ScopedVariable odd("HOME", home);
            QVERIFY2(reportfont::faceCacheFolder().isEmpty(), home.constData());
        }
        QCOMPARE(filesIn(dir.path()), QStringList()); // asking makes nothing
        // Qt's test mode points every folder at ~/.qttest: nothing is kept there.
        const ScopedVariable cache("XDG_CACHE_HOME", QFile::encodeName(dir.path()));
        QStandardPaths::setTestModeEnabled(true);
        const QString inTestMode = reportfont::faceCacheFolder();
        QStandardPaths::setTestModeEnabled(false);
        QVERIFY2(inTestMode.isEmpty(), qPrintable(inTestMode));
    }
};

QTEST_MAIN(TestReportFontCache)
#include "tst_reportfontcache.moc"
