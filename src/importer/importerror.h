// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <stdexcept>

namespace cc::import
{

// Stops an import: which file, which line (0 when the file as a whole is at fault), and what is wrong.
class ImportError : public std::runtime_error
{
public:
    ImportError(QString file, int line, QString message)
        : std::runtime_error("import error")
        , m_file(std::move(file))
        , m_line(line)
        , m_message(std::move(message))
    {
    }
    QString file() const { return m_file; }
    int line() const { return m_line; }
    QString message() const { return m_message; }
    QString toString() const
    {
        return m_line > 0 ? QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(m_message)
                          : QStringLiteral("%1: %2").arg(m_file, m_message);
    }

private:
    QString m_file;
    int m_line;
    QString m_message;
};

} // namespace cc::import
