// SPDX-License-Identifier: MIT
#include "comparisonreport.h"

#include "attributes.h"
#include "comparisoncharts.h"
#include "fontcheck.h"
#include "formatting.h"
#include "glancerows.h"
#include "mobility.h"
#include "onetvocabulary.h"
#include "reportcharts.h"
#include "reportfont.h"
#include "reporthtml.h"
#include "reportpages.h"
#include "roadmap.h"
#include "safefile.h"
#include "translations.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGlyphRun>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <memory>
#include <optional>

namespace cc
{

namespace
{

using html::list;
QString esc(const QString &text)
{
    return html::escape(text);
}

// Asides ("none", "and 5 more", notes cut short) in upright grey rather than italic: the report
// then embeds two font faces, not three (an italic face costs about 28 M instructions to subset).
constexpr QLatin1String AsideColour("#555555");

QString asideParagraph()
{
    return QStringLiteral("<p style='color:%1'>").arg(AsideColour) + QStringLiteral("%1</p>");
}

QString skillItems(const QVector<OverlapEntry> &entries, int limit)
{
    if (entries.isEmpty())
        return asideParagraph().arg(QCoreApplication::translate("Report", "none"));
    QStringList names;
    for (int i = 0; i < std::min(limit, int(entries.size())); ++i)
        names << onetTerm(entries[i].entity.name);
    QString html = list(names);
    if (entries.size() > limit)
        html += asideParagraph().arg(
            QCoreApplication::translate("Report", "and %1 more").arg(entries.size() - limit));
    return html;
}

} // namespace

ComparisonReport::ComparisonReport(const Comparison &comparison, ReportContext context)
    : m_comparison(comparison)
    , m_context(std::move(context))
{
}

QPageSize ComparisonReport::defaultPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                              : QPageSize(QPageSize::A4);
}

QString ComparisonReport::headerHtml() const
{
    const Comparison &c = m_comparison;
    const QString client = m_context.client.trimmed().isEmpty()
        ? QString()
        : QStringLiteral("<p><b>%1</b> %2</p>")
              .arg(QCoreApplication::translate("Report", "Prepared for:"), esc(m_context.client.trimmed()));
    // English dates as they always were; another language's in its own locale.
    const QLocale dates = textIsEnglish() ? QLocale(QLocale::English) : textLocale();
    // In Spanish, the closest ESCO occupation's Spanish label under the official English titles.
    QStringList esco;
    if (!textIsEnglish()) {
        for (const Role *r : { &c.a, &c.b }) {
            if (!r->escoLabel.isEmpty())
                esco << esc(
                    QCoreApplication::translate("Report", "%1 — ESCO: %2").arg(r->title, r->escoLabel));
        }
    }
    const QString escoLine = esco.isEmpty()
        ? QString()
        : QStringLiteral("<p class='muted'>%1</p>").arg(esco.join(QStringLiteral("<br/>")));
    return QStringLiteral("<h1>%1</h1>%2%3<p class='muted'>%4</p><p>%5</p>")
        .arg(esc(QCoreApplication::translate("Report", "%1 vs %2").arg(c.a.title, c.b.title)), escoLine,
            client,
            esc(QCoreApplication::translate("Report", "Career Compare report, %1. Catalogue: %2.")
                    .arg(dates.toString(m_context.date, QLocale::LongFormat), m_context.catalogueRelease)),
            esc(c.summary));
}

QString ComparisonReport::glanceHtml() const
{
    const Comparison &c = m_comparison;
    QString html
        = QStringLiteral("<h2>%3</h2><table class='glance' width='100%' cellspacing='0' cellpadding='3.5' "
                         "border='0'><tr><th width='18%'>%4</th><th "
                         "width='31%'>%1</th><th width='31%'>%2</th><th width='20%'>%5</th></tr>")
              .arg(esc(c.a.title), esc(c.b.title), QCoreApplication::translate("Report", "At a glance"),
                  QCoreApplication::translate("Report", "Attribute"),
                  QCoreApplication::translate("Report", "Comparison"));
    for (const GlanceRow &row : glanceRows(c, {}, LabelLanguage::Interface)) {
        auto cell = [&](const GlanceValue &v, bool better) {
            QString text = esc(v.marked());
            if (!v.note.isEmpty() && v.missing)
                text += QStringLiteral("<br/><span class='muted'>%1</span>").arg(esc(v.note));
            return better ? QStringLiteral("<td class='better'>%1</td>").arg(text)
                          : QStringLiteral("<td>%1</td>").arg(text);
        };
        html += QStringLiteral("<tr><td>%1</td>%2%3<td>%4</td></tr>")
                    .arg(esc(row.attribute), cell(row.a, row.judged && row.verdict == Verdict::ABetter),
                        cell(row.b, row.judged && row.verdict == Verdict::BBetter), esc(row.verdictText));
    }
    return html
        + QStringLiteral("</table><p class='muted'>%1</p>")
              .arg(esc(QCoreApplication::translate("Report",
                  "Bold: the better value. * An estimate, not a figure published for the occupation "
                  "itself: from a related occupation code (a broader SOC group or an older code), the "
                  "median of its O*NET Job Zone, or a rule applied to what O*NET lists for it; \u201cHow "
                  "these figures are made\u201d says which. † The seed web page's own figure, on a scale "
                  "the page does not explain: never ranked against official statistics.")));
}

QString ComparisonReport::skillsHtml() const
{
    const Comparison &c = m_comparison;
    const SkillOverlap &s = c.skills;
    const QString similarity = s.similarityPercent ? format::percent(std::round(*s.similarityPercent))
                                                   : QCoreApplication::translate("Report", "not available");
    const QStringList unrated = unratedSkillsNotes(s, c.a, c.b);
    const QString note = unrated.isEmpty()
        ? QString()
        : esc(QCoreApplication::translate("Sentences", " %1, so skills and knowledge are not compared.")
                  .arg(joinedUnratedSkillsNotes(s, c.a, c.b)));
    auto only = [](const Role &r, const QVector<OverlapEntry> &entries) {
        return esc(QCoreApplication::translate("Report", "Only %1 (%2)").arg(r.title).arg(entries.size()));
    };
    return QStringLiteral("<h2>%1</h2><p>%2%3</p><table width='100%' cellpadding='3'><tr>"
                          "<td width='33%' valign='top'><h3>%4</h3>%5</td>"
                          "<td width='33%' valign='top'><h3>%6</h3>%7</td>"
                          "<td width='33%' valign='top'><h3>%8</h3>%9</td></tr></table>")
        .arg(QCoreApplication::translate("Report", "Skills"),
            esc(QCoreApplication::translate("Report", "Similarity: %1.").arg(similarity)), note,
            only(c.a, s.onlyA), skillItems(s.onlyA, 25),
            esc(QCoreApplication::translate("Report", "Shared (%1)").arg(s.shared.size())),
            skillItems(s.shared, 25), only(c.b, s.onlyB), skillItems(s.onlyB, 25));
}

// Each role's first five detailed work activities (O*NET's DWA titles, Core-task work first).
QString ComparisonReport::workActivitiesHtml() const
{
    const Comparison &c = m_comparison;
    QString html = QStringLiteral("<h2>%1</h2><table width='100%' cellpadding='3'><tr>")
                       .arg(QCoreApplication::translate("Report", "What the work is"));
    for (const Role *role : { &c.a, &c.b }) {
        QStringList titles;
        for (int i = 0; i < std::min(5, int(role->workActivities.size())); ++i)
            titles << role->workActivities.at(i).dwaTitle;
        if (role->workActivities.size() > 5)
            titles
                << QCoreApplication::translate("Report", "and %1 more").arg(role->workActivities.size() - 5);
        html += QStringLiteral("<td width='50%' valign='top'><h3>%1</h3>%2</td>")
                    .arg(esc(role->title),
                        titles.isEmpty() ? asideParagraph().arg(
                            QCoreApplication::translate("Report", "O*NET lists no work activities"))
                                         : list(titles));
    }
    return html
        + QStringLiteral("</tr></table><p class='muted'>%1</p>")
              .arg(esc(QCoreApplication::translate("Report",
                  "O*NET's detailed work activities linked to the "
                  "occupation's tasks, those of its core tasks first.")));
}

QString ComparisonReport::verdictHtml() const
{
    return QStringLiteral("<h2>%1</h2>").arg(QCoreApplication::translate("Report", "Which to choose"))
        + html::chooseAndConclusion(m_comparison, QStringLiteral("h3"));
}

QString ComparisonReport::roadmapHtml() const
{
    const Comparison &c = m_comparison;
    const Roadmap r = roadmap(c, true);
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
              .arg(esc(QCoreApplication::translate("Report", "Roadmap: %1 → %2").arg(c.a.title, c.b.title)),
                  esc(r.estimateNote), esc(r.carriesOver));
    if (!r.workActivities.isEmpty()) {
        QStringList first = r.workActivities.mid(0, 10);
        if (r.workActivities.size() > first.size())
            first << QCoreApplication::translate("Report", "and %1 more")
                         .arg(r.workActivities.size() - first.size());
        html += QStringLiteral("<h3>%1</h3>%2")
                    .arg(esc(QCoreApplication::translate("Report", "Work %1 involves that %2 does not")
                                 .arg(c.b.title, c.a.title)),
                        list(first));
    }
    // Over the list, what it is; "that X does not list" only where X's skills are rated.
    // With skills and knowledge not compared (a role unrated), the steps are the technologies (and the
    // seed page's topics) one lists and the other does not: said so, not "skills and knowledge".
    if (!r.steps.isEmpty()) {
        const bool topics = r.hasTopics();
        const QString heading = c.skills.skillsCompared()
            ? QCoreApplication::translate("Report",
                "Skills, knowledge and technologies that %1 lists and %2 does not, most important first")
            : topics ? QCoreApplication::translate("Report",
                  "Technologies and topics that %1 lists and %2 does not, most important first (skills and "
                  "knowledge are not compared: they are not rated for both roles)")
                     : QCoreApplication::translate("Report",
                         "Technologies that %1 lists and %2 does not, most important first (skills and "
                         "knowledge are not compared: they are not rated for both roles)");
        html += QStringLiteral("<h3>%1</h3>").arg(esc(heading.arg(c.b.title, c.a.title)));
    }
    html += skillItems(r.steps, 25);
    if (r.moreTechnologies > 0)
        html += asideParagraph().arg(
            QCoreApplication::translate("Report", "and %n more technologies", nullptr, r.moreTechnologies));
    html += QStringLiteral("<h2>%1</h2><table width='100%' cellpadding='3'><tr>")
                .arg(QCoreApplication::translate("Report", "The way in"));
    for (const Role *role : { &c.a, &c.b })
        html += QStringLiteral("<td width='50%' valign='top'>%1</td>")
                    .arg(html::wayIn(*role, role == &c.a ? &c.b : &c.a, role->title, QStringLiteral("h3")));
    return html + QStringLiteral("</tr></table>");
}

QString ComparisonReport::relatedHtml() const
{
    const Comparison &c = m_comparison;
    QString html = QStringLiteral("<h2>%1</h2><table width='100%' cellpadding='3'><tr>")
                       .arg(QCoreApplication::translate("Report", "Related careers"));
    for (const Role *role : { &c.a, &c.b }) {
        QStringList names;
        for (int i = 0; i < std::min(8, int(role->related.size())); ++i)
            names << role->related[i].title;
        html += QStringLiteral("<td width='50%' valign='top'><h3>%1</h3>%2</td>")
                    .arg(esc(QCoreApplication::translate("Report", "Related to %1").arg(role->title)),
                        names.isEmpty()
                            ? asideParagraph().arg(QCoreApplication::translate("Report", "none listed"))
                            : list(names));
    }
    return html + QStringLiteral("</tr></table>");
}

// Where people go: the pair's shares of leavers both ways, then each role's ten commonest moves.
QString ComparisonReport::mobilityHtml() const
{
    const Comparison &c = m_comparison;
    QString html = QStringLiteral("<h2>%1</h2>%2<table width='100%' cellpadding='3'><tr>")
                       .arg(QCoreApplication::translate("Report", "Where people go"),
                           list({ mobility::pairSentence(c.a, c.b), mobility::pairSentence(c.b, c.a) }));
    for (const Role *role : { &c.a, &c.b }) {
        QStringList items;
        for (const mobility::Destination &d : mobility::destinations(*role)) {
            QString item = QStringLiteral("%1 %2").arg(
                mobility::percentText(d.percent), d.roles.isEmpty() ? d.groupTitle : d.roles.first().title);
            if (d.roles.size() > 1)
                item += QCoreApplication::translate("Report", " (survey group %1, with %2 more)")
                            .arg(d.groupTitle)
                            .arg(d.roles.size() - 1);
            else if (d.roles.isEmpty())
                item += QCoreApplication::translate("Report", " (no occupation of the catalogue)");
            items << item;
        }
        const QString body = items.isEmpty()
            ? asideParagraph().arg(esc(
                QCoreApplication::translate("Report", "not available: %1").arg(mobility::whyNoGroup(*role))))
            : list(items);
        html += QStringLiteral("<td width='50%' valign='top'><h3>%1</h3>%2</td>")
                    .arg(esc(QCoreApplication::translate("Report", "Where people who leave %1 go")
                                 .arg(mobility::titleWithSurveyGroups(*role))),
                        body);
    }
    return html
        + QStringLiteral("</tr></table><p class='muted'>%1</p>")
              .arg(esc(QCoreApplication::translate("Report",
                  "Share of the people who leave an occupation in a year. "
                  "Source: US Current Population Survey (ASEC) flows by del Rio-Chanona et al. (2021), "
                  "CC BY 4.0. A move nobody was recorded making is not an impossible one.")));
}

QString ComparisonReport::sourcesHtml() const
{
    QStringList sources;
    QStringList ids = m_comparison.sourceIds;
    if (!textIsEnglish()) {
        for (const QString &id : { SourceId::Esco, SourceId::EscoCrosswalk }) {
            if (!ids.contains(id) && m_context.citations.contains(id))
                ids << id;
        }
    }
    for (const QString &id : std::as_const(ids))
        sources << m_context.citations.value(id, id);
    if (!m_context.credit.isEmpty() && !sources.contains(m_context.credit))
        sources << m_context.credit;
    return QStringLiteral("<h2>%1</h2>%2")
        .arg(QCoreApplication::translate("Report", "Sources"), list(sources));
}

// For the client who takes the report home: what the figures are, in plain words.
QString ComparisonReport::methodHtml() const
{
    const char *paragraphs[] = {
        QT_TRANSLATE_NOOP("Report",
            "<b>Salary</b> is what people in the occupation earned in a year across the United States "
            "in May 2024, before tax, from the Bureau of Labor Statistics (BLS): the bar runs from "
            "the 10th to the 90th percentile, so one in ten earned less and one in ten more; the dark "
            "middle holds half of everyone."),
        QT_TRANSLATE_NOOP("Report",
            "<b>Demand</b> (0–10) ranks the occupation among about 830 that the Bureau of Labor "
            "Statistics projects from 2024 to 2034, by how fast employment grows and how many "
            "openings there are each year, the two counting equally: 5 is the middle, 10 the top."),
        QT_TRANSLATE_NOOP("Report",
            "<b>AI replacement risk</b> is Frey and Osborne's estimate of how likely the work is to "
            "be automated. <b>LLM exposure</b> (Eloundou and others) is the share of the work a "
            "language model such as ChatGPT could speed up: a tool that helps, not a forecast of lost "
            "jobs."),
        QT_TRANSLATE_NOOP("Report",
            "<b>Learning time</b> adds up the education, on-site and on-the-job training that people "
            "in the job report in O*NET, the US Department of Labor's occupation database. "
            "<b>Skills</b> and their importance (1–5) come from O*NET too; similarity measures how "
            "much of what one job needs the other already uses."),
        QT_TRANSLATE_NOOP("Report",
            "A figure marked * was not published for this occupation itself: it comes from a related "
            "occupation code (a broader or an older one), from the median of the occupation's Job Zone, "
            "or from a rule applied to what O*NET lists for it; the list below says which. All figures "
            "are national and describe the occupation, not one employer or town: local pay and "
            "openings can differ, and so can the time it takes you, depending on what you already "
            "know."),
    };
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(QCoreApplication::translate("Report", "How these figures are made"));
    for (const char *paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("Report", paragraph));
    return html + estimatesHtml();
}

// Every estimate of the comparison with how it was made (the catalogue's note): what the glance
// table's * stands for, one figure at a time.
QString ComparisonReport::estimatesHtml() const
{
    QStringList items;
    for (const Role *role : { &m_comparison.a, &m_comparison.b }) {
        QSet<QString> said;
        auto add = [&](const QString &field, const QString &label) {
            if (said.contains(field) || !role->isEstimate(field))
                return;
            said.insert(field);
            // The catalogue's pointers to our own documentation ("(formula in docs/DATA.md)") mean
            // nothing to a client. (No regular expression: PCRE's JIT upsets the valgrind test.)
            QString note = role->provenanceOf(field).text();
            for (qsizetype at = note.indexOf(QLatin1String("docs/DATA.md")); at >= 0;
                 at = note.indexOf(QLatin1String("docs/DATA.md"))) {
                const qsizetype open = note.lastIndexOf(QLatin1Char('('), at);
                const qsizetype close = note.indexOf(QLatin1Char(')'), at);
                if (open < 0 || close < 0)
                    break;
                qsizetype from = open;
                while (from > 0 && note.at(from - 1).isSpace())
                    --from;
                note.remove(from, close + 1 - from);
            }
            items << QStringLiteral("<b>%1</b>, %2: %3").arg(esc(role->title), esc(label), esc(note));
        };
        for (const Attribute &at : attributes())
            add(at.field, QCoreApplication::translate("GlanceRows", at.label));
        add(Field::TypicalEducation, QCoreApplication::translate("Report", "typical entry education"));
        add(Field::Mobility, QCoreApplication::translate("Report", "where people go"));
    }
    if (items.isEmpty())
        return QString();
    QString html
        = QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("Report", "The estimates"));
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

QString ComparisonReport::printedNotes(const QString &notes)
{
    // Capped, control characters dropped, and words longer than a line broken: a 1 MB single-line
    // note would otherwise take minutes to lay out and fill a hundred pages.
    const QString capped = notes.trimmed().left(MaxNotesChars);
    QString text;
    text.reserve(capped.size() + capped.size() / 80);
    int run = 0;
    for (const QChar c : capped) {
        if (c == QLatin1Char('\n')) {
            text += c;
            run = 0;
            continue;
        }
        if (c.isSpace()) {
            text += QLatin1Char(' ');
            run = 0;
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        if (++run > 80) {
            text += QLatin1Char(' ');
            run = 1;
        }
        text += c;
    }
    return text;
}

bool ComparisonReport::notesShortened(const QString &notes)
{
    return notes.trimmed().size() > MaxNotesChars;
}

QString ComparisonReport::charactersWithoutGlyphs() const
{
    if (m_withoutGlyphs) // asked by the PDF and again by the command line's message
        return *m_withoutGlyphs;
    m_withoutGlyphs = QString();
    const QString text = printedNotes(m_context.notes) + m_context.client;
    if (text.trimmed().isEmpty())
        return QString();
    // Each distinct character laid out alone in the report's font, with Qt's fallback to every other
    // installed font: printed when the font Qt chose for it has it (a character no font has is drawn
    // as glyph 0 of the report's font, or by Qt's box engine, which is no real font).
    const QFont font = reportfont::font(9);
    QSet<char32_t> seen;
    QString missing;
    int count = 0;
    for (const char32_t c : text.toUcs4()) {
        if (seen.contains(c) || QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control
            || QChar::category(c) == QChar::Other_Format || QChar::category(c) == QChar::Mark_NonSpacing)
            continue;
        seen.insert(c);
        QTextLayout layout(QString::fromUcs4(&c, 1), font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        if (std::any_of(runs.cbegin(), runs.cend(), [c](const QGlyphRun &run) {
                const QList<quint32> glyphs = run.glyphIndexes();
                return run.rawFont().supportsCharacter(uint(c))
                    && std::find(glyphs.cbegin(), glyphs.cend(), 0u) == glyphs.cend();
            }))
            continue;
        if (++count > 12) {
            missing += QStringLiteral(" \u2026");
            break;
        }
        // A character with no look of its own (private use, unassigned) by its code point.
        const QChar::Category category = QChar::category(c);
        const bool invisible = category == QChar::Other_PrivateUse || category == QChar::Other_NotAssigned
            || category == QChar::Other_Surrogate;
        if (!missing.isEmpty())
            missing += QLatin1Char(' ');
        missing += invisible ? QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper()
                             : QString::fromUcs4(&c, 1);
    }
    m_withoutGlyphs = missing;
    return missing;
}

QString ComparisonReport::notesHtml(const QString &withoutGlyphs) const
{
    if (m_context.notes.trimmed().isEmpty() && withoutGlyphs.isEmpty())
        return QString();
    QString text = esc(printedNotes(m_context.notes));
    text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    if (notesShortened(m_context.notes))
        text += QStringLiteral("<br/><span style='color:%1'>%2</span>")
                    .arg(AsideColour,
                        QCoreApplication::translate("Report",
                            "(The notes are longer than %1 characters; only the first %1 are printed.)")
                            .arg(MaxNotesChars));
    if (!withoutGlyphs.isEmpty())
        text += QStringLiteral("<br/><span style='color:%1'>%2</span>")
                    .arg(AsideColour,
                        esc(QCoreApplication::translate("Report",
                            "(No font installed on this computer has these characters of the notes or the "
                            "client's name, so they print as empty boxes: %1. A font that has them, such as "
                            "Noto, prints them.)")
                                .arg(withoutGlyphs)));
    return QStringLiteral("<h2>%1</h2><p>%2</p>").arg(QCoreApplication::translate("Report", "Notes"), text);
}

QStringList ComparisonReport::sectionsBeforeCharts(const QString &withoutGlyphs) const
{
    QStringList sections { headerHtml() };
    const QString notes = notesHtml(withoutGlyphs);
    if (!notes.isEmpty())
        sections << notes; // the client and the counselor's notes right after the summary
    return sections << glanceHtml();
}

QStringList ComparisonReport::sectionsAfterCharts() const
{
    return { workActivitiesHtml(), skillsHtml(), verdictHtml(), roadmapHtml(), relatedHtml(), mobilityHtml(),
        methodHtml(), sourcesHtml() };
}

QStringList ComparisonReport::htmlSections() const
{
    return sectionsBeforeCharts() + sectionsAfterCharts();
}

void ComparisonReport::paint(QPagedPaintDevice *device, QPainter *painter) const
{
    LayoutSource layouts(device, device->width());
    paint(device, painter, &layouts, sections(charactersWithoutGlyphs()));
}

void ComparisonReport::paint(
    QPagedPaintDevice *device, QPainter *painter, LayoutSource *layouts, const Sections &html) const
{
    // The pages are counted (measured on the device itself, with the text laid out for painting)
    // when the first footer needs the count, so the first page is painted while a second thread
    // may still be laying out the last ones.
    const auto pageTotal = [&] { return paintPages(device, nullptr, {}, layouts, html); };
    paintPages(device, painter, pageTotal, layouts, html);
}

int ComparisonReport::pageCount(const QPageSize &pageSize) const
{
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    LayoutSource layouts(&writer, writer.width());
    return paintPages(&writer, nullptr, {}, &layouts, sections());
}

ComparisonReport::Sections ComparisonReport::sections(const QString &withoutGlyphs) const
{
    return { sectionsBeforeCharts(withoutGlyphs), sectionsAfterCharts(), roleLegendHtml() };
}

// The two roles' colours and full titles, over the rows of charts that show both.
QString ComparisonReport::roleLegendHtml() const
{
    const ChartTheme theme;
    return QStringLiteral("<p style='margin: 0'><span style='color:%1'>\u25A0</span> %2<br/>"
                          "<span style='color:%3'>\u25A0</span> %4</p>")
        .arg(theme.roleA.name(), esc(m_comparison.a.title), theme.roleB.name(), esc(m_comparison.b.title));
}

int ComparisonReport::paintPages(QPagedPaintDevice *device, QPainter *painter,
    const std::function<int()> &pageTotal, LayoutSource *layouts, const Sections &sections) const
{
    ReportPages pages(device, painter, pageTotal, layouts);
    const qreal mm = pages.mm();
    ChartTheme theme;
    theme.family = reportfont::family();
    theme.hinting = QFont::PreferNoHinting;
    for (const QString &section : sections.beforeCharts)
        pages.drawHtml(section);
    pages.skip(3 * mm);
    // Tall enough for each bar's label: the whole title over as many lines as it takes.
    pages.drawCharts(
        [&](QPainter &p, const QRectF &row) {
            salaryChartDrawing(m_comparison, theme, device, row).paint(p);
        },
        std::max(55, 36 + 8 * salaryLabelLines(m_comparison)), QString());
    const QString &roleLegend = sections.roleLegend;
    ChartTheme narrow = theme; // three in a row: a little smaller
    narrow.fontScale = 1 / 1.4;
    pages.drawCharts(
        [&](QPainter &p, const QRectF &row) {
            const QVector<ChartMetric> metrics = chartMetrics();
            const qreal width = row.width() / metrics.size();
            for (int i = 0; i < metrics.size(); ++i)
                figuresChartDrawing(m_comparison, metrics[i], narrow, device,
                    QRectF(row.left() + i * width, row.top(), width, row.height()))
                    .paint(p);
        },
        58, roleLegend);
    pages.drawCharts(
        [&](QPainter &p, const QRectF &row) {
            skillProfileDrawing(m_comparison, theme, device, row).paint(p);
        },
        80, roleLegend);
    for (const QString &section : sections.afterCharts)
        pages.drawHtml(section);
    pages.drawFooter();
    return pages.pageNumber();
}

bool ComparisonReport::writePdf(const QString &path, QString *error, const QPageSize &pageSize,
    const QStringList &protectedPaths, const std::function<void()> &beforeFonts) const
{
    // A folder, a device (/dev/full), a FIFO or a read-only file: never replaced.
    if (const QString problem = safefile::outputProblem(path, protectedPaths); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    Sections html = sections(); // uses no font
    if (beforeFonts)
        beforeFonts();
    // Without a readable font the PDF would have no text at all: refused, nothing written.
    if (const QString problem = missingFontsProblem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // Characters no font has print as boxes: the notes say which (the fonts are ready now).
    if (const QString withoutGlyphs = charactersWithoutGlyphs(); !withoutGlyphs.isEmpty())
        html = sections(withoutGlyphs);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Report", "Cannot write %1: %2")
                         .arg(safefile::printable(path), file.errorString());
        return false;
    }
    std::optional<LayoutSource> layouts; // destroyed after the writer (reportlayout.h)
    {
        QPdfWriter writer(&file);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("Report", "%1 vs %2")
                            .arg(m_comparison.a.title, m_comparison.b.title));
        writer.setCreator(QStringLiteral("Career Compare"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            if (error)
                *error = QCoreApplication::translate("Report", "Cannot start a PDF at %1.")
                             .arg(safefile::printable(path));
            return false;
        }
        // The text is laid out on both cores, by a LayoutSource that outlives the writer.
        layouts.emplace(&writer, writer.width());
        layouts->startSecondThread(html.beforeCharts + QStringList(html.roleLegend) + html.afterCharts);
        paint(&writer, &painter, &*layouts, html);
        painter.end();
    }
    layouts->releaseSecondThread(); // it ends while the file is synced and renamed
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Report", "Cannot write %1: %2")
                         .arg(safefile::printable(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace cc
