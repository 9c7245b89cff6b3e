// SPDX-License-Identifier: MIT
// Helper for tst_userstore: saves N comparisons, then starts one more save and waits to be killed
// in the middle of it (the transaction is never committed).
#include "userstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int count = QString::fromLocal8Bit(argv[2]).toInt();
    {
        auto opened = cc::UserStore::open(path);
        if (!opened.store)
            return 3;
        for (int i = 0; i < count; ++i) {
            cc::SavedComparison c;
            c.name = QStringLiteral("committed %1").arg(i);
            c.codeA = QStringLiteral("15-1252.00");
            c.codeB = QStringLiteral("29-1141.00");
            if (!opened.store->saveComparison(c))
                return 4;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mid-save"));
    db.setDatabaseName(path);
    if (!db.open() || !db.transaction())
        return 5;
    QSqlQuery q(db);
    for (int i = 0; i < 100; ++i)
        q.exec(QStringLiteral("INSERT INTO saved_comparisons (name, code_a, code_b, saved_at) VALUES "
                              "('half-saved', 'a', 'b', 'x')"));
    std::printf("ready\n");
    std::fflush(stdout);
    QThread::sleep(60); // killed before this ends
    return 0;
}
