// SPDX-License-Identifier: MIT
#include "presentationview.h"

#include "onetvocabulary.h"
#include "qtcharts.h"
#include "reporthtml.h"

#include <QChartView>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc
{

PresentationView::PresentationView(const Comparison &c, const ChartTheme &theme, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 vs %2 \u2014 presentation").arg(c.a.title, c.b.title));
    setAccessibleName(tr("Presentation"));
    setAccessibleDescription(tr("Page Down and Page Up turn the pages; Escape leaves"));
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.background);
    p.setColor(QPalette::WindowText, theme.text);
    p.setColor(QPalette::Base, theme.background);
    p.setColor(QPalette::Text, theme.text);
    setPalette(p);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);

    // Both titles in full, wrapped: a projector audience must read which job is which.
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("presentationTitle"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    title->setText(QStringLiteral(
        "<span style='color:%1'>A: %2</span> &nbsp;vs&nbsp; <span style='color:%3'>B: %4</span>")
                       .arg(theme.roleA.name(), c.a.title.toHtmlEscaped(), theme.roleB.name(),
                           c.b.title.toHtmlEscaped()));
    title->setAlignment(Qt::AlignCenter);
    const bool long_ = c.a.title.size() + c.b.title.size() > 80;
    title->setFont(theme.font(long_ ? 15 : 22, true));
    title->setAccessibleName(tr("Compared roles"));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(chartsPage(c, theme));
    m_pages->addWidget(skillsPage(c, theme));
    m_pages->addWidget(verdictPage(c, theme));
    m_pageNames = QStringList { tr("Charts"), tr("Skills"), tr("Verdict") };

    m_footer = new QLabel(this);
    m_footer->setFont(theme.font(8));
    m_footer->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_footer);
    setPage(0);
}

QWidget *PresentationView::chartsPage(const Comparison &c, const ChartTheme &theme)
{
    auto *page = new QWidget;
    auto view = [page](QChart *chart, const QString &name) {
        auto *v = new QChartView(chart, page);
        v->setRenderHint(QPainter::Antialiasing);
        v->setAccessibleName(name);
        v->setFocusPolicy(Qt::NoFocus);
        chart->setParent(v);
        return v;
    };
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(view(makeSalaryChart(c, theme, true), tr("Salary range chart")), 0, 0, 1, 3);
    const QStringList names { tr("Demand score chart"), tr("AI risk and LLM exposure chart"),
        tr("Learning time chart") };
    const QVector<ChartMetric> metrics = chartMetrics();
    for (int i = 0; i < metrics.size(); ++i)
        grid->addWidget(view(makeFiguresChart(c, metrics[i], theme, true), names[i]), 1, i);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 6);
    return page;
}

QWidget *PresentationView::skillsPage(const Comparison &c, const ChartTheme &theme)
{
    auto *page = new QWidget;
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    const SkillOverlap &s = c.skills;
    const struct {
        QString heading;
        const QVector<OverlapEntry> &entries;
        QColor colour;
    } columns[] = {
        // The titles are in full above, in the same colours.
        { tr("Only A"), s.onlyA, theme.roleA },
        { tr("Both"), s.shared, theme.text },
        { tr("Only B"), s.onlyB, theme.roleB },
    };
    for (const auto &column : columns) {
        auto *box = new QVBoxLayout;
        auto *heading
            = new QLabel(QStringLiteral("%1 (%2)").arg(column.heading).arg(column.entries.size()), page);
        heading->setWordWrap(true);
        heading->setFont(theme.font(13, true));
        QPalette hp = heading->palette();
        hp.setColor(QPalette::WindowText, column.colour);
        heading->setPalette(hp);
        auto *list = new QListWidget(page);
        list->setFont(theme.font(11));
        list->setFocusPolicy(Qt::NoFocus); // PgDn / PgUp turn the page
        list->setWordWrap(true);
        list->setFrameShape(QFrame::NoFrame);
        list->setAccessibleName(column.heading);
        for (int i = 0; i < std::min(14, int(column.entries.size())); ++i)
            list->addItem(onetTerm(column.entries[i].entity.name));
        if (column.entries.size() > 14)
            list->addItem(tr("and %n more", nullptr, int(column.entries.size()) - 14));
        box->addWidget(heading);
        box->addWidget(list, 1);
        row->addLayout(box, 1);
    }
    return page;
}

QWidget *PresentationView::verdictPage(const Comparison &c, const ChartTheme &theme)
{
    auto *browser = new QTextBrowser;
    browser->setFrameShape(QFrame::NoFrame);
    browser->setFocusPolicy(Qt::NoFocus); // PgDn / PgUp turn the page
    browser->setFont(theme.font(11));
    browser->document()->setDefaultStyleSheet(
        QStringLiteral("body { color: %1; } h3 { font-size: large; }").arg(theme.text.name()));
    browser->setHtml(html::chooseAndConclusion(c, QStringLiteral("h3")));
    browser->setAccessibleName(tr("Verdict"));
    return browser;
}

int PresentationView::page() const
{
    return m_pages->currentIndex();
}

int PresentationView::pageCount() const
{
    return m_pages->count();
}

void PresentationView::setPage(int page)
{
    m_pages->setCurrentIndex(std::clamp(page, 0, m_pages->count() - 1));
    m_footer->setText(tr("%1 \u2014 page %2 of %3 \u00b7 PgDn / PgUp: next / previous \u00b7 Esc: leave")
                          .arg(m_pageNames.value(m_pages->currentIndex()))
                          .arg(m_pages->currentIndex() + 1)
                          .arg(m_pages->count()));
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
        close();
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Right:
        setPage(page() + 1);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Left:
        setPage(page() - 1);
        return;
    case Qt::Key_Home:
        setPage(0);
        return;
    case Qt::Key_End:
        setPage(pageCount() - 1);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresentationView::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace cc
