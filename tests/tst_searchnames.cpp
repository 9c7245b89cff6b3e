// SPDX-License-Identifier: MIT
// SearchNames: the compact list of every name a role can be found by (searchnames.h) gives back
// exactly what was put in, folds as searchFold() does, and sorts in the window's display order.
#include "cataloguedatabase.h"
#include "namematcher.h"
#include "searchnames.h"

#include <QtTest>

using namespace cc;

class TestSearchNames : public QObject
{
    Q_OBJECT
private slots:
    void namesComeBackAsPutIn();
    void displayOrder();
    void catalogueNamesFoldLikeSearchFold();
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

QTEST_GUILESS_MAIN(TestSearchNames)
#include "tst_searchnames.moc"
