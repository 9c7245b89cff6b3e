// SPDX-License-Identifier: MIT
#include "delimitedtable.h"

#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace cc::import
{

namespace
{

QString foldHeader(QString name)
{
    name = name.trimmed().toCaseFolded();
    name.replace(QChar(0x2013), QLatin1Char('-')); // en dash, as in "2024–34"
    name.replace(QChar(0x2014), QLatin1Char('-'));
    return name.simplified();
}

// Splits one physical or quoted-multi-line CSV record starting at `pos`; advances `pos` and `line`.
QStringList nextCsvRecord(const QString &text, int &pos, int &line, bool &quoteError)
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    const int n = int(text.size());
    while (pos < n) {
        const QChar c = text.at(pos);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (pos + 1 < n && text.at(pos + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    pos += 2;
                    continue;
                }
                inQuotes = false;
                ++pos;
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++line;
            field += c;
            ++pos;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || wasQuoted)
                quoteError = true;
            inQuotes = true;
            wasQuoted = true;
            ++pos;
            continue;
        }
        if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            wasQuoted = false;
            ++pos;
            continue;
        }
        if (c == QLatin1Char('\r') && pos + 1 < n && text.at(pos + 1) == QLatin1Char('\n')) {
            ++pos;
            continue;
        }
        if (c == QLatin1Char('\n')) {
            ++pos;
            ++line;
            fields << field;
            return fields;
        }
        if (wasQuoted && !c.isSpace())
            quoteError = true;
        field += c;
        ++pos;
    }
    if (inQuotes)
        quoteError = true;
    fields << field;
    return fields;
}

} // namespace

std::optional<double> parseNumber(const QString &raw)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d+)?$"));
    const QString text = raw.trimmed();
    if (text.isEmpty() || text == QLatin1String(".") || !pattern.match(text).hasMatch())
        return std::nullopt;
    QString plain = text;
    plain.remove(QLatin1Char(','));
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

bool nothingAt(const QString &path)
{
    bool absent = false;
    safefile::inputReason(path, &absent);
    return absent;
}

bool optionalTablesPresent(const QString &dir, const QStringList &tables)
{
    bool absent = false;
    const QString folderWhy = safefile::folderReason(dir, &absent);
    if (absent)
        return false;
    const QString name = QFileInfo(dir).fileName();
    if (!folderWhy.isEmpty())
        throw ImportError(dir, 0,
            QCoreApplication::translate("Importer",
                "%1; %2/ is optional: make it the folder of its tables, or remove it to build the "
                "catalogue without it")
                .arg(folderWhy, name));
    bool any = false;
    for (const QString &table : tables) {
        const QString path = QDir(dir).filePath(table);
        const QString why = safefile::inputReason(path, &absent);
        if (absent)
            continue;
        any = true;
        if (!why.isEmpty())
            throw ImportError(path, 0,
                QCoreApplication::translate("Importer",
                    "%1; put the table itself here, or remove %2 from %3/ to build the catalogue "
                    "without them")
                    .arg(why, tables.join(QStringLiteral(", ")), name));
    }
    return any;
}

DelimitedTable DelimitedTable::read(const QString &path, Format format)
{
    // Only a regular file, and only up to the cap: a link to /dev/zero or a FIFO is refused unread.
    const safefile::ReadResult file = safefile::readRegularFile(path, MaxSourceBytes);
    if (!file.ok())
        throw ImportError(path, 0, file.why);
    DelimitedTable table = parse(file.bytes, format, path);
    RowLog::record(path, table.rowCount());
    return table;
}

namespace
{
thread_local RowLog *currentRowLog = nullptr;
}

RowLog::RowLog()
    : m_outer(currentRowLog)
{
    currentRowLog = this;
}

RowLog::~RowLog()
{
    currentRowLog = m_outer;
}

void RowLog::record(const QString &path, int rows)
{
    if (currentRowLog)
        currentRowLog->m_rows.insert(path, rows);
}

DelimitedTable DelimitedTable::parse(const QByteArray &bytes, Format format, const QString &path)
{
    DelimitedTable table;
    table.m_fileName = path;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD"))
        throw ImportError(path, 0, QStringLiteral("is not UTF-8 text"));

    int pos = 0;
    int line = 1;
    bool headerRead = false;
    const int n = int(text.size());
    while (pos < n) {
        const int startLine = line;
        QStringList fields;
        if (format == Format::Tsv) {
            int end = int(text.indexOf(QLatin1Char('\n'), pos));
            if (end < 0)
                end = n;
            QString record = text.mid(pos, end - pos);
            if (record.endsWith(QLatin1Char('\r')))
                record.chop(1);
            pos = end + 1;
            ++line;
            fields = record.split(QLatin1Char('\t'));
        } else {
            bool quoteError = false;
            fields = nextCsvRecord(text, pos, line, quoteError);
            if (quoteError)
                throw ImportError(path, startLine, QStringLiteral("malformed quoting"));
        }
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // blank line
        if (!headerRead) {
            table.m_header = fields;
            headerRead = true;
            continue;
        }
        if (fields.size() != table.m_header.size())
            throw ImportError(path, startLine,
                QStringLiteral("expected %1 fields as in the header, found %2")
                    .arg(table.m_header.size())
                    .arg(fields.size()));
        table.m_rows.append(fields);
        table.m_lines.append(startLine);
    }
    if (!headerRead)
        throw ImportError(path, 0, QStringLiteral("is empty: no header row"));
    return table;
}

int DelimitedTable::column(const QStringList &names, bool required) const
{
    for (const QString &name : names) {
        const QString wanted = foldHeader(name);
        for (int i = 0; i < m_header.size(); ++i) {
            if (foldHeader(m_header.at(i)) == wanted)
                return i;
        }
    }
    if (required)
        throw ImportError(
            m_fileName, 1, QStringLiteral("no column named \"%1\" in the header").arg(names.value(0)));
    return -1;
}

Cell DelimitedTable::number(int row, int column) const
{
    const QString t = text(row, column);
    Cell cell;
    if (t.isEmpty())
        return cell;
    if (t == QLatin1String("*")) {
        cell.kind = Cell::Kind::NotReleased;
        return cell;
    }
    if (t == QLatin1String("#")) {
        cell.kind = Cell::Kind::TopCoded;
        return cell;
    }
    if (t == QString(QChar(0x2014)) || t.compare(QLatin1String("n/a"), Qt::CaseInsensitive) == 0) {
        cell.kind = Cell::Kind::NotAvailable;
        return cell;
    }
    const auto value = parseNumber(t);
    if (!value)
        fail(row,
            QStringLiteral("\"%1\" is not a number (column %2)").arg(t.left(40), m_header.value(column)));
    cell.kind = Cell::Kind::Number;
    cell.value = *value;
    return cell;
}

double DelimitedTable::requiredNumber(int row, int column) const
{
    const Cell cell = number(row, column);
    if (!cell.isNumber())
        fail(row, QStringLiteral("missing number in column %1").arg(m_header.value(column)));
    return cell.value;
}

void DelimitedTable::fail(int row, const QString &message) const
{
    throw ImportError(m_fileName, m_lines.value(row), message);
}

} // namespace cc::import
