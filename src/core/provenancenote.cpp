// SPDX-License-Identifier: MIT
#include "provenancenote.h"

#include "onetvocabulary.h"
#include "translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <functional>

namespace cc
{

namespace
{

const char *const Context = "ProvenanceNote";
constexpr int MaxDepth = 16; // the importer nests three deep; anything deeper is not ours

const QString TemplateKey = QStringLiteral("t");
const QString ArgsKey = QStringLiteral("a");
const QString TermKey = QStringLiteral("term");
const QString NumberKey = QStringLiteral("num");
const QString StyleKey = QStringLiteral("style");
const QString JoinKey = QStringLiteral("join");
const QString ItemsKey = QStringLiteral("items");

const char *const StyleNames[] = { "int", "grouped", "1dp", "2dp", "whole" };

// English notes use the figures as the importer wrote them; a translated note uses the language it
// is shown in (textLocale(): "4,9 %" and "12.800" in Spanish, as the sentences around it), whatever
// the system's own locale.
QLocale numberLocale(bool local)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return local ? textLocale() : english;
}

QString formatNumber(double value, NoteText::NumberStyle style, const QLocale &locale)
{
    switch (style) {
    case NoteText::NumberStyle::Grouped:
        return locale.toString(qint64(std::llround(value)));
    case NoteText::NumberStyle::OneDecimal: {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        const double r = std::round(value * 10.0) / 10.0;
        return r == std::floor(r) ? plain.toString(qint64(r)) : plain.toString(r, 'f', 1);
    }
    case NoteText::NumberStyle::TwoDecimals:
    case NoteText::NumberStyle::Whole: {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return plain.toString(value, 'f', style == NoteText::NumberStyle::Whole ? 0 : 2);
    }
    case NoteText::NumberStyle::Integer:
        break;
    }
    return QString::number(qint64(std::llround(value)));
}

// %1…%9 replaced by the arguments in one pass (an argument's own text is never scanned again).
QString substitute(const QString &templ, const QStringList &args)
{
    QString out;
    out.reserve(templ.size() + 64);
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c == QLatin1Char('%') && i + 1 < templ.size()) {
            const int n = templ.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

NoteText::NoteText(const QString &text)
    : m_text(text)
{
}

NoteText NoteText::term(const QString &english)
{
    NoteText n(english);
    n.m_kind = Kind::Term;
    return n;
}

NoteText NoteText::number(double value, NumberStyle style)
{
    NoteText n;
    n.m_kind = Kind::Number;
    n.m_value = value;
    n.m_style = style;
    return n;
}

NoteText NoteText::note(const char *templ, std::vector<NoteText> args)
{
    NoteText n(QString::fromUtf8(templ));
    n.m_kind = Kind::Template;
    n.m_args = std::move(args);
    return n;
}

NoteText NoteText::joined(const QString &separator, std::vector<NoteText> items)
{
    NoteText n(separator);
    n.m_kind = Kind::List;
    n.m_args = std::move(items);
    return n;
}

QString NoteText::english() const
{
    return renderWith(false, false);
}

QString NoteText::render() const
{
    return renderWith(true, false);
}

std::vector<double> NoteText::numbersIn(const char *templ) const
{
    if (m_kind == Kind::Template && m_text == QLatin1String(templ)) {
        std::vector<double> numbers;
        std::function<void(const NoteText &)> collect = [&](const NoteText &part) {
            if (part.m_kind == Kind::Number)
                numbers.push_back(part.m_value);
            for (const NoteText &arg : part.m_args)
                collect(arg);
        };
        collect(*this);
        return numbers;
    }
    for (const NoteText &part : m_args) {
        if (std::vector<double> numbers = part.numbersIn(templ); !numbers.empty())
            return numbers;
    }
    return {};
}

QString NoteText::renderWith(bool translate, bool localNumbers) const
{
    switch (m_kind) {
    case Kind::Text:
        return m_text;
    case Kind::Term:
        return translate ? onetTerm(m_text) : m_text;
    case Kind::Number:
        return formatNumber(m_value, m_style, numberLocale(localNumbers));
    case Kind::Template: {
        const QString templ
            = translate ? QCoreApplication::translate(Context, m_text.toUtf8().constData()) : m_text;
        const bool local = localNumbers || templ != m_text;
        QStringList args;
        for (const NoteText &a : m_args)
            args << a.renderWith(translate, local);
        return substitute(templ, args);
    }
    case Kind::List: {
        QStringList items;
        for (const NoteText &a : m_args)
            items << a.renderWith(translate, localNumbers);
        return items.join(m_text);
    }
    }
    return m_text;
}

QJsonValue NoteText::toJson() const
{
    auto list = [](const std::vector<NoteText> &v) {
        QJsonArray a;
        for (const NoteText &n : v)
            a.append(n.toJson());
        return a;
    };
    switch (m_kind) {
    case Kind::Text:
        return m_text;
    case Kind::Term:
        return QJsonObject { { TermKey, m_text } };
    case Kind::Number:
        return QJsonObject { { NumberKey, m_value }, { StyleKey, QLatin1String(StyleNames[int(m_style)]) } };
    case Kind::Template:
        if (m_args.empty())
            return QJsonObject { { TemplateKey, m_text } };
        return QJsonObject { { TemplateKey, m_text }, { ArgsKey, list(m_args) } };
    case Kind::List:
        return QJsonObject { { JoinKey, m_text }, { ItemsKey, list(m_args) } };
    }
    return QJsonValue();
}

QString NoteText::toJsonText() const
{
    const QJsonValue v = toJson();
    if (v.isString()) // bare text: nothing to translate, nothing to keep
        return QString();
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

std::optional<NoteText> NoteText::fromJsonText(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (doc.isNull() || !doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

std::optional<NoteText> NoteText::fromJson(const QJsonValue &json)
{
    return parse(json, 0);
}

std::optional<std::vector<NoteText>> NoteText::parseList(const QJsonValue &json, int depth)
{
    if (!json.isArray())
        return std::nullopt;
    std::vector<NoteText> list;
    for (const QJsonValue &v : json.toArray()) {
        auto item = parse(v, depth + 1);
        if (!item)
            return std::nullopt;
        list.push_back(std::move(*item));
    }
    return list;
}

std::optional<NoteText> NoteText::parse(const QJsonValue &json, int depth)
{
    if (depth > MaxDepth)
        return std::nullopt;
    if (json.isString())
        return NoteText(json.toString());
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    if (o.size() == 1 && o.value(TermKey).isString())
        return term(o.value(TermKey).toString());
    if (o.size() == 2 && o.value(NumberKey).isDouble() && o.value(StyleKey).isString()) {
        const QString style = o.value(StyleKey).toString();
        for (std::size_t s = 0; s < std::size(StyleNames); ++s) {
            if (style == QLatin1String(StyleNames[s]))
                return number(o.value(NumberKey).toDouble(), NumberStyle(s));
        }
        return std::nullopt;
    }
    if (o.value(TemplateKey).isString() && (o.size() == 1 || (o.size() == 2 && o.contains(ArgsKey)))) {
        auto args = o.contains(ArgsKey) ? parseList(o.value(ArgsKey), depth)
                                        : std::optional<std::vector<NoteText>>(std::vector<NoteText>());
        if (!args)
            return std::nullopt;
        NoteText n(o.value(TemplateKey).toString());
        n.m_kind = Kind::Template;
        n.m_args = std::move(*args);
        return n;
    }
    if (o.size() == 2 && o.value(JoinKey).isString()) {
        auto items = parseList(o.value(ItemsKey), depth);
        if (!items)
            return std::nullopt;
        return joined(o.value(JoinKey).toString(), std::move(*items));
    }
    return std::nullopt;
}

} // namespace cc
