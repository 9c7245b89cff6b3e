// SPDX-License-Identifier: MIT
#pragma once

// Shorthands for the importer's provenance notes (NoteText). Every template is written at its use as
// QT_TRANSLATE_NOOP("ProvenanceNote", …) so that lupdate finds it; its Spanish is in
// translations/es_notes.py.
#include "provenancenote.h"

#include <QCoreApplication>

namespace cc::import
{

inline NoteText note(const char *templ, std::vector<NoteText> args = {})
{
    return NoteText::note(templ, std::move(args));
}
inline NoteText integer(qint64 value)
{
    return NoteText::number(double(value), NoteText::NumberStyle::Integer);
}
inline NoteText grouped(qint64 value)
{
    return NoteText::number(double(value), NoteText::NumberStyle::Grouped);
}
inline NoteText oneDecimal(double value) // format::oneDecimal()
{
    return NoteText::number(value, NoteText::NumberStyle::OneDecimal);
}
inline NoteText percent(double value) // format::percent()
{
    return note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1%"), { oneDecimal(value) });
}
inline NoteText months(int value) // format::months()
{
    return value == 1 ? note(QT_TRANSLATE_NOOP("ProvenanceNote", "1 month"))
                      : note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1 months"), { integer(value) });
}
inline NoteText joined(const QString &separator, const QStringList &texts)
{
    return NoteText::joined(separator, std::vector<NoteText>(texts.cbegin(), texts.cend()));
}
inline NoteText joined(const QString &separator, std::vector<NoteText> items)
{
    return NoteText::joined(separator, std::move(items));
}

} // namespace cc::import
