// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace cc
{

// A provenance note kept as the facts it was written from, so that it can be written in the interface
// language: an English template (translatable in the "ProvenanceNote" context) and its arguments.
// An argument is plain text (codes, official English titles: never translated), a term of O*NET's
// vocabulary (written with onetTerm()), a number (in the reader's locale once the note is translated),
// a nested note, or a list of notes joined by a separator. The importer builds every note this way;
// the catalogue keeps it as JSON beside the English text (docs/DATA.md).
class NoteText
{
public:
    enum class Kind { Text, Term, Number, Template, List };
    enum class NumberStyle {
        Integer, // "832"
        Grouped, // "189,100"
        OneDecimal, // format::oneDecimal(): "9.2", "15"
        TwoDecimals, // "1.50"
        Whole // rounded to a whole number: "37"
    };

    NoteText() = default; // no note
    NoteText(const QString &text); // NOLINT: plain text, as given in every language

    static NoteText term(const QString &english);
    static NoteText number(double value, NumberStyle style);
    // `templ` is a QT_TRANSLATE_NOOP("ProvenanceNote", …) literal; %1… name the arguments.
    static NoteText note(const char *templ, std::vector<NoteText> args = {});
    static NoteText joined(const QString &separator, std::vector<NoteText> items);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Text && m_text.isEmpty(); }
    // Whether a translation can exist: the note is a template or a list of them, not bare text.
    bool isTemplated() const { return m_kind == Kind::Template || m_kind == Kind::List; }

    // The template's source text (a QT_TRANSLATE_NOOP literal); empty when the note is no template.
    QString templateSource() const { return m_kind == Kind::Template ? m_text : QString(); }
    // The numbers quoted inside the (first) part made from template `templ`, in order: the figures
    // a note says a value was made from. Empty when no part is made from it.
    std::vector<double> numbersIn(const char *templ) const;
    QString english() const; // as the importer wrote it, whatever translators are installed
    QString render() const; // in the interface language (the installed translators)

    QJsonValue toJson() const;
    // Nullopt for anything this class does not write (a damaged or foreign catalogue).
    static std::optional<NoteText> fromJson(const QJsonValue &json);
    static std::optional<NoteText> fromJsonText(const QString &json);
    QString toJsonText() const;

private:
    QString renderWith(bool translate, bool localNumbers) const;
    static std::optional<NoteText> parse(const QJsonValue &json, int depth);
    static std::optional<std::vector<NoteText>> parseList(const QJsonValue &json, int depth);

    Kind m_kind = Kind::Text;
    QString m_text; // text, term, template source or list separator
    double m_value = 0;
    NumberStyle m_style = NumberStyle::Integer;
    std::vector<NoteText> m_args; // template arguments or list items
};

} // namespace cc
