// SPDX-License-Identifier: MIT
// The report's text laid out on two threads (LayoutSource, docs/PERFORMANCE.md): every section comes
// back, laid out once and exactly as on one thread, drawn the same, and the second thread ends
// cleanly whether or not all its sections were asked for.
#include "reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <QtTest>

using namespace cc;

namespace
{
// Sections like the report's: headings, paragraphs longer than one layout step (1,000 characters),
// lists, a bordered table and a layout table of lists.
QStringList sections()
{
    QStringList html;
    for (int n = 0; n < 12; ++n) {
        QString items;
        for (int i = 0; i < 8 + n; ++i)
            items += QStringLiteral("<li>Item %1 of section %2, a line of ordinary words</li>").arg(i).arg(n);
        QString rows;
        for (int r = 0; r < 6; ++r)
            rows += QStringLiteral("<tr><td>Attribute %1</td><td class='better'>$%2</td><td>n/a</td></tr>")
                        .arg(r)
                        .arg(1000 * (r + n));
        html << QStringLiteral("<h2>Section %1</h2><p>%2</p><table class='glance' width='100%' "
                               "cellspacing='0' cellpadding='3' border='1'><tr><th>A</th><th>B</th>"
                               "<th>C</th></tr>%3</table><table width='100%' cellpadding='3'><tr>"
                               "<td width='50%' valign='top'><h3>Left</h3><ul>%4</ul></td>"
                               "<td width='50%' valign='top'><h3>Right</h3><ul>%4</ul></td></tr></table>")
                    .arg(n)
                    .arg(QStringLiteral("Words that wrap over several lines. ").repeated(30 + 5 * n), rows,
                        items);
    }
    html << html.first(); // a duplicate is laid out once
    return html;
}

QImage page()
{
    QImage image(1200, 1600, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(150 / 0.0254));
    image.setDotsPerMeterY(qRound(150 / 0.0254));
    image.fill(Qt::white);
    return image;
}

QImage drawn(QTextDocument &doc)
{
    QImage image = page();
    QPainter painter(&image);
    doc.drawContents(&painter, QRectF(0, 0, image.width(), image.height()));
    return image;
}

// Every line of every block where the other document has it.
void compareLines(QTextDocument &a, QTextDocument &b)
{
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.blockCount(), b.blockCount());
    for (QTextBlock x = a.begin(), y = b.begin(); x.isValid(); x = x.next(), y = y.next()) {
        QCOMPARE(a.documentLayout()->blockBoundingRect(x), b.documentLayout()->blockBoundingRect(y));
        QCOMPARE(x.layout()->lineCount(), y.layout()->lineCount());
        for (int i = 0; i < x.layout()->lineCount(); ++i) {
            const QTextLine l = x.layout()->lineAt(i), m = y.layout()->lineAt(i);
            QCOMPARE(l.textStart(), m.textStart());
            QCOMPARE(l.textLength(), m.textLength());
            QCOMPARE(l.y(), m.y());
            QCOMPARE(l.naturalTextWidth(), m.naturalTextWidth());
        }
    }
}
} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT
private slots:
    void sameAsOneThread();
    void endsWithoutBeingAsked();
    void oneSection();
};

void TestReportLayout::sameAsOneThread()
{
    QImage device = page();
    const QStringList html = sections();
    int fromSecondThread = 0;
    {
        LayoutSource layouts(&device, device.width());
        layouts.startSecondThread(html, true);
        QSet<QTextDocument *> distinct;
        for (const QString &section : html) {
            const std::shared_ptr<QTextDocument> two = layouts.document(section);
            QVERIFY(two);
            QCOMPARE(layouts.document(section), two); // laid out once
            distinct << two.get();
            if (two->thread() != QThread::currentThread())
                ++fromSecondThread;
            const std::shared_ptr<QTextDocument> one = layOutHtml(&device, device.width(), section);
            compareLines(*two, *one);
            QCOMPARE(drawn(*two), drawn(*one));
        }
        QCOMPARE(distinct.size(), html.size() - 1); // the duplicate once
        // Every copy handed out goes before the source, which then lets its thread end.
    }
    // At least the last section (the second thread took it before this one asked for any); how
    // many more depends on the scheduler.
    QVERIFY(fromSecondThread > 0);
}

void TestReportLayout::endsWithoutBeingAsked()
{
    // An early return (a write error), or a caller that needed only some sections: the second thread
    // finishes the one it is on, takes no more, destroys its documents and ends. (A deadlock fails
    // the test by its time limit.)
    QImage device = page();
    for (int asked = 0; asked < 3; ++asked) {
        LayoutSource layouts(&device, device.width());
        layouts.startSecondThread(sections(), asked == 1);
        for (int i = 0; i < asked; ++i)
            QVERIFY(layouts.document(sections().at(i))->size().height() > 0);
        if (asked == 2)
            layouts.releaseSecondThread(); // as writePdf does before the file is synced
    }
    LayoutSource never(&device, device.width()); // no second thread: nothing to end
    QVERIFY(never.document(QStringLiteral("<p>Here</p>"))->size().height() > 0);
}

void TestReportLayout::oneSection()
{
    QImage device = page();
    LayoutSource layouts(&device, device.width());
    layouts.startSecondThread({ QStringLiteral("<p>Only this</p>") }, true);
    const auto doc = layouts.document(QStringLiteral("<p>Only this</p>"));
    QVERIFY(doc->size().height() > 0);
    QVERIFY(doc->thread() != QThread::currentThread()); // the second thread took it first
    // A section it was not given is laid out here.
    QCOMPARE(layouts.document(QStringLiteral("<p>Other</p>"))->thread(), QThread::currentThread());
}

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
