// SPDX-License-Identifier: MIT
#include "cataloguevalues.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cc::catalogue
{

namespace
{

bool isUnwantedControl(char32_t c)
{
    return (c < 0x20) || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1 (escape sequences)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidi embeddings, isolates
        || c == 0x200E || c == 0x200F || c == 0xFEFF;
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QLocale(QLocale::English, QLocale::UnitedStates).toString(qlonglong(value));
    return QString::number(value, 'g', 15);
}

// The stored value as the message shows it: an integer exactly, a real in full, text shortened.
QString storedText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return value.toString();
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return QLatin1Char('"') + cleanText(value, 40) + QLatin1Char('"');
    }
}

std::optional<double> numberOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Double:
        return value.toDouble();
    default:
        return std::nullopt; // text or a blob in a number column
    }
}

bool inside(double v, const Range &range)
{
    return std::isfinite(v) && v >= range.min && v <= range.max && (!range.whole || v == std::floor(v));
}

} // namespace

QString cleanText(const QVariant &value, int maxLength, bool keepLayout)
{
    QString text = value.toString();
    // Every character dropped is in the Basic Multilingual Plane: UTF-16 units can be tested alone.
    const auto unwanted = [keepLayout](QChar c) {
        return isUnwantedControl(c.unicode())
            && !(keepLayout && (c == QLatin1Char('\n') || c == QLatin1Char('\t')));
    };
    if (std::any_of(text.cbegin(), text.cend(), unwanted)) {
        QString clean;
        clean.reserve(text.size());
        for (const QChar c : std::as_const(text)) {
            if (!unwanted(c))
                clean += c;
            else if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                clean += QLatin1Char(' ');
        }
        text = clean;
    }
    if (text.size() > maxLength) {
        text.truncate(std::max(0, maxLength - 1));
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        text += QChar(0x2026);
    }
    return text;
}

std::optional<double> numberIn(const QVariant &value, const Range &range)
{
    const std::optional<double> n = numberOf(value);
    if (!n || !inside(*n, range))
        return std::nullopt;
    return n;
}

Wage wageIn(const QVariant &value, bool topCoded)
{
    Wage w;
    if (const auto n = numberIn(value, Bounds::Salary)) {
        w.amount = int(*n);
        w.topCoded = topCoded;
    }
    return w;
}

void markMissing(Role &role, const QString &field, const QString &reason)
{
    if (field == Field::Salary) {
        for (Wage *w :
            { &role.salary.low, &role.salary.p25, &role.salary.median, &role.salary.p75, &role.salary.high })
            *w = Wage {};
    } else if (field == Field::Projections || field == Field::Employment) {
        role.employment2024.reset();
        role.employment2034.reset();
        role.growthPercent.reset();
        role.annualOpenings.reset();
    } else if (field == Field::DemandScore) {
        role.demandScore.reset();
    } else if (field == Field::BrightOutlook) {
        role.brightOutlook.reset();
    } else if (field == Field::AiRisk) {
        role.aiRiskPercent.reset();
    } else if (field == Field::LlmExposure) {
        role.llmExposurePercent.reset();
    } else if (field == Field::LearningMonths) {
        role.learningMonths.reset();
    } else if (field == Field::JobZone) {
        role.jobZone.reset();
        role.similarity.jobZone.reset();
    } else if (field == Field::Difficulty) {
        role.difficulty.reset();
    } else if (field == Field::TypicalEducation) {
        role.typicalEducation.clear();
        role.workExperience.clear();
        role.jobTraining.clear();
    } else if (field == Field::EntryBarrier) {
        role.entryBarrier.reset();
    } else if (field == Field::RemoteFriendly) {
        role.remoteFriendly.reset();
        role.teleworkShare.reset();
    } else if (field == Field::RequiresCoding) {
        role.requiresCoding.reset();
    } else if (field == Field::Interests) {
        for (auto &interest : role.interests)
            interest.reset();
    } else if (field == Field::Mobility) {
        role.mobility = RoleMobility {};
    }
    Provenance &p = role.provenance[field];
    p.status = ValueStatus::Missing;
    p.note = reason;
    p.noteText = NoteText(); // the reason replaces the catalogue's note in every language
}

std::optional<double> ValueCheck::number(
    const QVariant &value, const char *column, const QString &field, const Range &range)
{
    if (value.isNull())
        return std::nullopt;
    const std::optional<double> n = numberIn(value, range);
    if (!n)
        refuse(field, outOfRange(column, value, range));
    return n;
}

std::optional<int> ValueCheck::whole(
    const QVariant &value, const char *column, const QString &field, const Range &range)
{
    const std::optional<double> n = number(value, column, field, range);
    return n ? std::optional<int>(int(*n)) : std::nullopt;
}

std::optional<bool> ValueCheck::flag(const QVariant &value, const char *column, const QString &field)
{
    const std::optional<double> n = number(value, column, field, Bounds::Flag);
    return n ? std::optional<bool>(*n != 0) : std::nullopt;
}

Wage ValueCheck::wage(const QVariant &value, const char *column, bool topCoded)
{
    Wage w;
    if (const auto n = number(value, column, Field::Salary, Bounds::Salary)) {
        w.amount = int(*n);
        w.topCoded = topCoded;
    }
    return w;
}

void ValueCheck::checkSalaryOrder(const SalaryRange &salary)
{
    const std::pair<const char *, const Wage *> ordered[]
        = { { "salary_low", &salary.low }, { "salary_p25", &salary.p25 }, { "salary_median", &salary.median },
              { "salary_p75", &salary.p75 }, { "salary_high", &salary.high } };
    const std::pair<const char *, const Wage *> *previous = nullptr;
    for (const auto &current : ordered) {
        if (!current.second->amount)
            continue;
        if (previous && *previous->second->amount > *current.second->amount) {
            refuse(Field::Salary,
                QCoreApplication::translate("CatalogueValues",
                    "the catalogue's salary percentiles are out of order (%1 %2 is above %3 %4)")
                    .arg(QLatin1String(previous->first), numberText(*previous->second->amount),
                        QLatin1String(current.first), numberText(*current.second->amount)));
            return;
        }
        previous = &current;
    }
}

void ValueCheck::refuse(const QString &field, const QString &reason)
{
    QStringList &reasons = m_reasons[field];
    if (!reasons.contains(reason))
        reasons << reason;
}

void ValueCheck::applyTo(Role &role) const
{
    for (auto it = m_reasons.constBegin(); it != m_reasons.constEnd(); ++it)
        markMissing(role, it.key(), it.value().join(QStringLiteral("; ")));
}

QString ValueCheck::outOfRange(const char *column, const QVariant &value, const Range &range)
{
    const std::optional<double> n = numberOf(value);
    if (!n)
        return QCoreApplication::translate(
            "CatalogueValues", "the catalogue's value %1 for %2 is not a number")
            .arg(storedText(value), QLatin1String(column));
    if (range.whole && std::isfinite(*n) && *n >= range.min && *n <= range.max)
        return QCoreApplication::translate(
            "CatalogueValues", "the catalogue's value %1 for %2 is not a whole number")
            .arg(storedText(value), QLatin1String(column));
    return QCoreApplication::translate(
        "CatalogueValues", "the catalogue's value %1 for %2 is outside the range %3 to %4")
        .arg(storedText(value), QLatin1String(column), numberText(range.min), numberText(range.max));
}

QString ValueCheck::unknownWord(const char *column, const QString &word)
{
    return QCoreApplication::translate(
        "CatalogueValues", "the catalogue's value \"%1\" for %2 is not one this program knows")
        .arg(cleanText(word, 40), QLatin1String(column));
}

} // namespace cc::catalogue
