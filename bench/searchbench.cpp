// SPDX-License-Identifier: MIT
#include "searchbench.h"

#include "mainwindow.h"
#include "mainwindowui.h"
#include "rolepicker.h"
#include "rolesearchmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>
#include <cmath>

using namespace cc;

namespace
{

// The queries typed, one character at a time: English, Spanish, a single letter, joining words,
// no match at all. CC_BENCH_SEARCH_QUERIES (separated by commas) replaces them, to profile a few.
const QStringList &queries()
{
    static const QStringList chosen
        = qEnvironmentVariable("CC_BENCH_SEARCH_QUERIES").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!chosen.isEmpty())
        return chosen;
    static const QStringList q { QStringLiteral("registered nurse"), QStringLiteral("software developer"),
        QStringLiteral("data"), QStringLiteral("electrician"), QStringLiteral("teacher"), QStringLiteral("a"),
        QStringLiteral("manager of"), QStringLiteral("zzz"), QStringLiteral("enfermera"),
        QStringLiteral("desarrollador web"), QStringLiteral("alba\u00f1il"),
        QStringLiteral("supervisor oficina") };
    return q;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

struct Keystroke {
    QString typed; // the query so far
    QVector<double> ms; // one a round
};

QJsonObject summary(const QVector<Keystroke> &keys)
{
    QVector<double> all;
    for (const Keystroke &k : keys)
        all += k.ms;
    std::sort(all.begin(), all.end());
    const auto n = all.size();
    const auto at = [&](double share) {
        return n == 0 ? 0.0 : all.at(std::min<qsizetype>(n - 1, qsizetype(std::ceil(double(n) * share)) - 1));
    };
    // The slowest keystrokes by their best time over the rounds (what the keystroke itself costs,
    // whatever else the machine did meanwhile).
    QVector<Keystroke> slowest = keys;
    const auto best = [](const Keystroke &k) { return *std::min_element(k.ms.cbegin(), k.ms.cend()); };
    std::sort(slowest.begin(), slowest.end(),
        [&](const Keystroke &l, const Keystroke &r) { return best(l) > best(r); });
    QJsonArray top;
    for (qsizetype i = 0; i < std::min<qsizetype>(8, slowest.size()); ++i)
        top.append(QJsonObject { { QStringLiteral("typed"), slowest.at(i).typed },
            { QStringLiteral("best_ms"), rounded(best(slowest.at(i))) } });
    return { { QStringLiteral("median_ms"), rounded(at(0.5)) },
        { QStringLiteral("p95_ms"), rounded(at(0.95)) },
        { QStringLiteral("max_ms"), rounded(n ? all.last() : 0.0) }, { QStringLiteral("samples"), int(n) },
        { QStringLiteral("slowest"), top } };
}

QVector<Keystroke> keystrokes()
{
    QVector<Keystroke> keys;
    for (const QString &q : queries()) {
        for (int n = 1; n <= q.size(); ++n)
            keys.append(Keystroke { q.left(n), {} });
    }
    return keys;
}

// The picker's search alone: RoleSearchProxy::setQuery() for each keystroke.
QVector<Keystroke> proxyKeystrokes(RoleSearchProxy *proxy, int rounds)
{
    QVector<Keystroke> keys = keystrokes();
    for (int round = 0; round < rounds; ++round) {
        for (Keystroke &k : keys) {
            if (k.typed.size() == 1)
                proxy->setQuery(QString());
            QElapsedTimer t;
            t.start();
            proxy->setQuery(k.typed);
            k.ms << msSince(t);
        }
        proxy->setQuery(QString());
    }
    return keys;
}

void deliverPostedEvents()
{
    // Twice: what the first pass delivers (a layout, a show) posts more (the paint).
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// The character typed as a keyboard sends it: to the popup when it is open (it has the keyboard;
// the completer passes the key on to the line edit), else to the line edit.
void typeCharacter(RolePicker *picker, QChar c)
{
    QWidget *target = picker->completer()->popup()->isVisible()
        ? static_cast<QWidget *>(picker->completer()->popup())
        : picker->lineEdit();
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
    QCoreApplication::sendEvent(target, &release);
}

// Each character typed into the picker, timed until the event loop has delivered what it caused.
QVector<Keystroke> typedKeystrokes(RolePicker *picker, int rounds)
{
    QVector<Keystroke> keys = keystrokes();
    picker->lineEdit()->setFocus();
    for (int round = 0; round < rounds; ++round) {
        for (Keystroke &k : keys) {
            if (k.typed.size() == 1) {
                picker->completer()->popup()->hide();
                picker->lineEdit()->clear();
                deliverPostedEvents();
            }
            QElapsedTimer t;
            t.start();
            typeCharacter(picker, k.typed.back());
            deliverPostedEvents();
            k.ms << msSince(t);
            if (picker->lineEdit()->text() != k.typed)
                qWarning("typed \"%s\", the picker holds \"%s\"", qPrintable(k.typed),
                    qPrintable(picker->lineEdit()->text()));
        }
    }
    picker->completer()->popup()->hide();
    return keys;
}

} // namespace

QJsonObject searchFigures(MainWindow &window, int rounds)
{
    QElapsedTimer load;
    load.start();
    window.searchModel(); // as the app does after the first paint; not part of a keystroke
    const double loadMs = msSince(load);
    RolePicker *picker = window.ui()->pickerA;
    QJsonObject result;
    result.insert(QStringLiteral("search_names_load_ms"), rounded(loadMs));
    result.insert(QStringLiteral("search_keystroke"), summary(proxyKeystrokes(picker->proxy(), rounds)));
    result.insert(QStringLiteral("search_typed"), summary(typedKeystrokes(picker, rounds)));
    result.insert(QStringLiteral("search_names"), window.searchModel()->rowCount());
    return result;
}
