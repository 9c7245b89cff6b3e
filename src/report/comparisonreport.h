// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "reportpages.h"

#include <QDate>
#include <QHash>
#include <QPageSize>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace cc
{

struct ReportContext {
    QString credit; // O*NET's CC BY 4.0 credit line
    QHash<QString, QString> citations; // source id -> citation
    QString catalogueRelease;
    QDate date = QDate::currentDate();
    QString client; // the counselor's client, shown under the title when given
    QString notes; // free text, printed as written (escaped)
};

// The printable comparison: the same content as the window, laid out on pages, charts as vectors.
class ComparisonReport
{
public:
    ComparisonReport(const Comparison &comparison, ReportContext context);

    // The page size the user's locale expects: Letter in the US system, else A4.
    static QPageSize defaultPageSize();

    // Writes a PDF atomically (QSaveFile): either the whole file appears or nothing changes. Only
    // onto a regular, writable file or a new one, never onto any of `protectedPaths` (safefile.h).
    // Refused when no font can be read (fontcheck.h): a PDF without text is no report.
    // `beforeFonts`, when given, is called once the text is written as HTML, before any font is
    // used: a caller filling the font database on another thread waits for it there.
    bool writePdf(const QString &path, QString *error, const QPageSize &pageSize = defaultPageSize(),
        const QStringList &protectedPaths = {}, const std::function<void()> &beforeFonts = {}) const;
    // Paints every page on `device` (a QPdfWriter or a QPrinter) with `painter` already begun on it,
    // each with "Page k of n" at the foot.
    void paint(QPagedPaintDevice *device, QPainter *painter) const;
    // How many pages writePdf() writes on `pageSize`.
    int pageCount(const QPageSize &pageSize = defaultPageSize()) const;

    // The notes print up to this many characters (with a line saying they were shortened).
    static constexpr int MaxNotesChars = 20000;
    static bool notesShortened(const QString &notes);
    // The notes as printed: capped, without control characters, long words broken.
    static QString printedNotes(const QString &notes);

    // The report's text sections as HTML, every value escaped. Exposed for tests.
    QStringList htmlSections() const;

    // The characters of the notes and the client's name that no installed font has a glyph for (each
    // once, in the order met; at most 12, then "…"): they print as empty boxes. Needs the fonts, so
    // not before they are ready (writePdf() asks after). Empty when every character can be printed.
    QString charactersWithoutGlyphs() const;

private:
    QString headerHtml() const;
    QString glanceHtml() const;
    QString skillsHtml() const;
    QString workActivitiesHtml() const;
    QString verdictHtml() const;
    QString roadmapHtml() const;
    QString relatedHtml() const;
    QString mobilityHtml() const;
    QString sourcesHtml() const;
    QString notesHtml(const QString &withoutGlyphs = QString()) const;
    QString methodHtml() const;
    QString estimatesHtml() const;
    // Header, notes (saying which characters print as boxes), at a glance.
    QStringList sectionsBeforeCharts(const QString &withoutGlyphs = QString()) const;
    QStringList sectionsAfterCharts() const; // skills to sources, in page order
    QString roleLegendHtml() const;
    struct Sections {
        QStringList beforeCharts;
        QStringList afterCharts;
        QString roleLegend; // over the rows of charts that show both roles
    };
    // Written once, for both the measuring and the painting pass.
    Sections sections(const QString &withoutGlyphs = QString()) const;
    // Paints the pages, the text laid out by `layouts`.
    void paint(
        QPagedPaintDevice *device, QPainter *painter, LayoutSource *layouts, const Sections &html) const;
    // Paints the pages, numbering them "of pageTotal()" (asked at the first footer; no footers when
    // empty), or without a painter only measures them; returns how many there are.
    int paintPages(QPagedPaintDevice *device, QPainter *painter, const std::function<int()> &pageTotal,
        LayoutSource *layouts, const Sections &sections) const;

    Comparison m_comparison;
    ReportContext m_context;
    mutable std::optional<QString> m_withoutGlyphs; // charactersWithoutGlyphs(), once worked out
};

} // namespace cc
