// SPDX-License-Identifier: MIT
// SearchNames: the compact list of every name a role can be found by (searchnames.h) gives back
// exactly what was put in, folds as searchFold() does, and sorts in the window's display order;
// SearchNamesLoader reads the same names on a thread of its own.
#include "cataloguedatabase.h"
#include "namematcher.h"
#include "searchnames.h"
#include "searchnamesloader.h"

#include <QSignalSpy>
#include <QtTest>

#include <limits>

using namespace cc;

class TestSearchNames : public QObject
{
    Q_OBJECT
private slots:
    void namesComeBackAsPutIn();
    void displayOrder();
    void catalogueNamesFoldLikeSearchFold();
    void asciiNamesFoldLikeSearchFold_data();
    void asciiNamesFoldLikeSearchFold();
    void lettersAreTheFoldedNamesCharacters();
    void aWeightThatIsNotANumberStillSorts();
    void loaderGivesTheCatalogueNamesInDisplayOrder();
    void loaderTellsWhenTheCatalogueCannotBeRead();
    void loaderStopsWhenDestroyedEarly();
};

namespace
{
SearchNames::Input input(const QString &name, const QString &code, const QString &title, bool primary = false)
{
    SearchNames::Input in;
    in.name = name;
    in.code = code;
    in.title = title;
    in.category = QStringLiteral("Construction and Extraction");
    in.primary = primary;
    return in;
}
} // namespace

void TestSearchNames::namesComeBackAsPutIn()
{
    SearchNames names;
    names.append(input(
        QStringLiteral("Brickmasons"), QStringLiteral("47-2021.00"), QStringLiteral("Brickmasons"), true));
    SearchNames::Input spanish
        = input(QStringLiteral("Albañil"), QStringLiteral("47-2021.00"), QStringLiteral("Brickmasons"));
    spanish.folded = QStringLiteral("albanil");
    spanish.weight = 2.5;
    spanish.origin = QStringLiteral("team");
    names.append(spanish);
    // Outside the Basic Multilingual Plane, and a custom role of the user's own.
    SearchNames::Input custom = input(QStringLiteral("Dog \U0001F415 Groomer"), QStringLiteral("U-1"),
        QStringLiteral("Dog \U0001F415 Groomer"), true);
    custom.custom = true;
    custom.category = QStringLiteral("Personal Care and Service");
    names.append(custom);
    names.squeeze();

    QCOMPARE(names.size(), 3);
    QCOMPARE(names.name(1), QStringLiteral("Albañil"));
    QCOMPARE(names.folded(1), QStringLiteral("albanil"));
    QCOMPARE(names.folded(0), QStringLiteral("brickmasons")); // folded here when not given
    QCOMPARE(names.name(2), QStringLiteral("Dog \U0001F415 Groomer"));
    QCOMPARE(names.folded(2), searchFold(QStringLiteral("Dog \U0001F415 Groomer")));
    QCOMPARE(names.code(1), QStringLiteral("47-2021.00"));
    QCOMPARE(names.title(1), QStringLiteral("Brickmasons"));
    QCOMPARE(names.category(2), QStringLiteral("Personal Care and Service"));
    QVERIFY(names.primary(0) && !names.primary(1) && names.primary(2));
    QVERIFY(!names.custom(0) && names.custom(2));
    QCOMPARE(names.weight(1), 2.5);
    QCOMPARE(names.weight(0), 1.0);
    QVERIFY(names.isSpanishTerm(1) && !names.isSpanishTerm(0));
    QCOMPARE(names.origin(1), QStringLiteral("team"));
}

void TestSearchNames::displayOrder()
{
    SearchNames names;
    names.append(input(QStringLiteral("Mason"), QStringLiteral("47-2021.00"), QStringLiteral("Brickmasons")));
    SearchNames::Input attested = input(
        QStringLiteral("Albañil de obra"), QStringLiteral("47-2021.00"), QStringLiteral("Brickmasons"));
    attested.weight = 3;
    attested.origin = QStringLiteral("team");
    names.append(attested);
    names.append(input(
        QStringLiteral("Stonemasons"), QStringLiteral("47-2022.00"), QStringLiteral("Stonemasons"), true));
    names.append(input(
        QStringLiteral("Brickmasons"), QStringLiteral("47-2021.00"), QStringLiteral("Brickmasons"), true));
    names.append(
        input(QStringLiteral("Block Mason"), QStringLiteral("47-2021.00"), QStringLiteral("Brickmasons")));
    names.append(input(QStringLiteral("block mason"), QStringLiteral("47-2020.00"), QStringLiteral("Other")));
    names.sortForDisplay();
    QStringList order;
    for (int i = 0; i < names.size(); ++i)
        order << names.name(i) + QLatin1Char(' ') + names.code(i);
    // Primary titles first (shorter first), then by weight, then shorter, then folded name, then code.
    QCOMPARE(order,
        QStringList({ QStringLiteral("Brickmasons 47-2021.00"), QStringLiteral("Stonemasons 47-2022.00"),
            QStringLiteral("Albañil de obra 47-2021.00"), QStringLiteral("Mason 47-2021.00"),
            QStringLiteral("block mason 47-2020.00"), QStringLiteral("Block Mason 47-2021.00") }));
    QCOMPARE(names.title(3), QStringLiteral("Brickmasons"));
    QCOMPARE(names.title(4), QStringLiteral("Other"));
}

void TestSearchNames::catalogueNamesFoldLikeSearchFold()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    const SearchNames names = opened.catalogue->searchNames();
    QVERIFY(opened.catalogue->lastError().isEmpty());
    QVERIFY(names.size() > opened.catalogue->roles().size());
    int spanish = 0;
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(!names.name(i).isEmpty());
        QCOMPARE(names.folded(i), searchFold(names.name(i)));
        spanish += names.isSpanishTerm(i) ? 1 : 0;
        if (names.primary(i))
            QCOMPARE(names.name(i), names.title(i));
    }
    QVERIFY(spanish > 0);
}

// The catalogue's plain ASCII names take a path of their own (appendAscii): no QString, folded in
// place. It must fold exactly as searchFold() does.
void TestSearchNames::asciiNamesFoldLikeSearchFold_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : { "Registered Nurses", "  Two  spaces   inside and around  ", "ALL-CAPS/Slash (RN)",
             "x", " ", "", "C++ Developer", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./" })
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestSearchNames::asciiNamesFoldLikeSearchFold()
{
    QFETCH(QString, name);
    SearchNames names;
    const quint32 role = names.addRole(
        QStringLiteral("11-1011.00"), QStringLiteral("Chief Executives"), QStringLiteral("Management"));
    const QByteArray latin1 = name.toLatin1();
    names.appendAscii(role, std::string_view(latin1.constData(), std::size_t(latin1.size())), false);
    QCOMPARE(names.name(0), name);
    QCOMPARE(names.folded(0), searchFold(name));
    QCOMPARE(names.code(0), QStringLiteral("11-1011.00"));
    QCOMPARE(names.weight(0), 1.0);
    QVERIFY(!names.isSpanishTerm(0) && !names.primary(0));
}

void TestSearchNames::lettersAreTheFoldedNamesCharacters()
{
    SearchNames names;
    names.append(input(
        QStringLiteral("Nurse-midwife 2"), QStringLiteral("29-1161.00"), QStringLiteral("Nurse Midwives")));
    names.append(input(
        QStringLiteral("Enfermería"), QStringLiteral("29-1141.00"), QStringLiteral("Registered Nurses")));
    QVERIFY(!names.hasLetters());
    names.sortForDisplay();
    QVERIFY(names.hasLetters());
    for (int i = 0; i < names.size(); ++i) {
        const QString folded = names.folded(i);
        quint64 all = 0, starts = 0, pairs = 0;
        for (int at = 0; at < folded.size(); ++at) {
            all |= SearchNames::letterBit(folded.at(at));
            if (at == 0 || !folded.at(at - 1).isLetterOrNumber())
                starts |= SearchNames::letterBit(folded.at(at));
            if (at > 0)
                pairs |= SearchNames::pairBit(folded.at(at - 1), folded.at(at));
        }
        QCOMPARE(names.letters(i).all, all);
        QCOMPARE(names.letters(i).wordStarts, starts);
        QCOMPARE(names.letters(i).pairs, pairs);
    }
    // "nurse-midwife 2": n, m and 2 start words; "enfermeria": only e.
    const int nurse = names.name(0).startsWith(QLatin1Char('N')) ? 0 : 1;
    const quint64 starts = names.letters(nurse).wordStarts;
    QCOMPARE(starts,
        SearchNames::letterBit(QLatin1Char('n')) | SearchNames::letterBit(QLatin1Char('m'))
            | SearchNames::letterBit(QLatin1Char('2')));
    QVERIFY(SearchNames::hasOwnBit(QLatin1Char('z')) && SearchNames::hasOwnBit(QLatin1Char('7')));
    QVERIFY(!SearchNames::hasOwnBit(QLatin1Char(' ')) && !SearchNames::hasOwnBit(QChar(0xF1)));
}

// A damaged catalogue's weight may be text that reads as NaN: it counts as 0 and the order stays
// defined (std::sort with NaN in its key could read outside the list).
void TestSearchNames::aWeightThatIsNotANumberStillSorts()
{
    SearchNames names;
    SearchNames::Input odd
        = input(QStringLiteral("Odd"), QStringLiteral("47-2021.00"), QStringLiteral("Brickmasons"));
    odd.weight = std::numeric_limits<double>::quiet_NaN();
    odd.origin = QStringLiteral("team");
    for (int i = 0; i < 40; ++i) {
        names.append(odd);
        names.append(input(
            QStringLiteral("Mason %1").arg(i), QStringLiteral("47-2021.00"), QStringLiteral("Brickmasons")));
    }
    names.sortForDisplay();
    QCOMPARE(names.size(), 80);
    QCOMPARE(names.weight(79), 0.0);
    QCOMPARE(names.name(0), QStringLiteral("Mason 0"));
}

namespace
{
QStringList everything(const SearchNames &names)
{
    QStringList rows;
    for (int i = 0; i < names.size(); ++i)
        rows << QStringList { names.name(i), names.folded(i), names.code(i), names.title(i),
            names.category(i), QString::number(names.primary(i)), QString::number(names.custom(i)),
            QString::number(names.weight(i)), names.origin(i) }
                    .join(QLatin1Char('|'));
    return rows;
}
} // namespace

// The loader's thread reads what the catalogue's own connection reads, adds the extra names (custom
// roles) and sorts them for display; finished() comes through this thread's event loop.
void TestSearchNames::loaderGivesTheCatalogueNamesInDisplayOrder()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    SearchNames expected = opened.catalogue->searchNames();
    SearchNames::Input custom
        = input(QStringLiteral("Dog Groomer"), QStringLiteral("U-1"), QStringLiteral("Dog Groomer"), true);
    custom.custom = true;
    expected.append(custom);
    expected.sortForDisplay();

    SearchNamesLoader loader(opened.catalogue->path(), { custom });
    QSignalSpy finished(&loader, &SearchNamesLoader::finished);
    QVERIFY(!loader.isStarted());
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(loader.isFinished());
    QCOMPARE(loader.error(), QString());
    const SearchNames names = loader.take();
    QVERIFY(names.isSortedForDisplay() && names.hasLetters());
    QCOMPARE(names.size(), expected.size());
    QCOMPARE(everything(names), everything(expected));
}

void TestSearchNames::loaderTellsWhenTheCatalogueCannotBeRead()
{
    QTemporaryDir dir;
    SearchNamesLoader loader(dir.filePath(QStringLiteral("missing.sqlite")), {});
    const SearchNames names = loader.take(); // starts it and waits
    QVERIFY(names.isEmpty());
    QVERIFY(loader.isFinished());
    QVERIFY(!loader.error().isEmpty());
}

// Closing the window while the names are read: the thread is asked to stop and waited for.
void TestSearchNames::loaderStopsWhenDestroyedEarly()
{
    for (int i = 0; i < 3; ++i) {
        auto loader = std::make_unique<SearchNamesLoader>(
            QStringLiteral(CC_BUNDLED_CATALOGUE), QVector<SearchNames::Input> {});
        loader->start();
        QVERIFY(loader->isStarted());
        loader.reset(); // must neither hang nor crash (ASan and TSan runs see a use after free or a race)
    }
}

QTEST_GUILESS_MAIN(TestSearchNames)
#include "tst_searchnames.moc"
