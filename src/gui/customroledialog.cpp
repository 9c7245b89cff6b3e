// SPDX-License-Identifier: MIT
#include "customroledialog.h"

#include "attributes.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cc
{

namespace
{

QSpinBox *money(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 10'000'000);
    box->setSingleStep(1000);
    box->setPrefix(QStringLiteral("$"));
    box->setSpecialValueText(QObject::tr("not given"));
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox *figure(QWidget *parent, double max, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(-1, max);
    box->setDecimals(1);
    box->setSuffix(suffix);
    box->setSpecialValueText(QObject::tr("not given"));
    box->setValue(-1);
    return box;
}

QComboBox *levels(QWidget *parent, const QStringList &values)
{
    auto *box = new QComboBox(parent);
    box->addItem(QObject::tr("not given"), QString());
    for (const QString &v : values)
        box->addItem(v, v);
    return box;
}

void select(QComboBox *box, const QString &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

CustomRoleDialog::CustomRoleDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Custom role"));
    m_title = new QLineEdit(this);
    m_title->setMaxLength(MaxTitleLength);
    m_category = new QLineEdit(tr("Custom roles"), this);
    m_category->setMaxLength(MaxTitleLength);
    m_skills = new QPlainTextEdit(this);
    m_skills->setPlaceholderText(tr("One skill per line. Names the catalogue knows (Python, Programming, "
                                    "Mathematics…) are matched to it."));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    addInputs(form);
    form->addRow(tr("&Skills:"), m_skills);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

// One editor per attribute of the table, in its order: what a custom role can give.
void CustomRoleDialog::addInputs(QFormLayout *form)
{
    auto label = [](const char *text) { return QCoreApplication::translate("cc::CustomRoleDialog", text); };
    for (const Attribute &at : attributes()) {
        switch (at.input) {
        case InputKind::Salary:
            m_low = money(this);
            m_median = money(this);
            m_high = money(this);
            form->addRow(tr("Salary, 10th percentile:"), m_low);
            form->addRow(tr("Salary, median:"), m_median);
            form->addRow(tr("Salary, 90th percentile:"), m_high);
            break;
        case InputKind::PartOfSalary:
            break;
        case InputKind::Number:
            m_inputs.insert(at.key, figure(this, at.max, QString::fromUtf8(at.inputSuffix)));
            break;
        case InputKind::WholeNumber: {
            auto *box = new QSpinBox(this);
            box->setRange(-1, int(at.max));
            box->setSuffix(label(at.inputSuffix));
            box->setSpecialValueText(tr("not given"));
            box->setValue(-1);
            m_inputs.insert(at.key, box);
            break;
        }
        case InputKind::Level:
            m_inputs.insert(at.key, levels(this, at.levels));
            break;
        case InputKind::YesNo: {
            auto *box = new QComboBox(this);
            box->addItem(tr("not given"), QString());
            box->addItem(tr("Yes"), QStringLiteral("yes"));
            box->addItem(tr("No"), QStringLiteral("no"));
            m_inputs.insert(at.key, box);
            break;
        }
        }
        if (QWidget *input = m_inputs.value(at.key))
            form->addRow(label(at.formLabel), input);
    }
}

void CustomRoleDialog::setRole(const Role &role, const QStringList &skillNames, bool keepCode)
{
    m_code = keepCode ? role.code : QString();
    m_title->setText(keepCode ? role.title : tr("%1 (my version)").arg(role.title).left(MaxTitleLength));
    m_category->setText(role.category.isEmpty() ? tr("Custom roles") : role.category);
    m_low->setValue(role.salary.low.amount.value_or(0));
    m_median->setValue(role.salary.median.amount.value_or(0));
    m_high->setValue(role.salary.high.amount.value_or(0));
    for (const Attribute &at : attributes()) {
        QWidget *input = m_inputs.value(at.key);
        if (!input)
            continue;
        const QJsonValue v = at.toJson(role);
        if (auto *number = qobject_cast<QDoubleSpinBox *>(input))
            number->setValue(v.isDouble() ? v.toDouble() : -1);
        else if (auto *whole = qobject_cast<QSpinBox *>(input))
            whole->setValue(v.isDouble() ? v.toInt() : -1);
        else if (auto *choice = qobject_cast<QComboBox *>(input))
            select(choice,
                v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : v.toString());
    }
    m_skills->setPlainText(skillNames.join(QLatin1Char('\n')));
}

RolesParseResult CustomRoleDialog::role() const
{
    QJsonObject o;
    if (!m_code.isEmpty())
        o.insert(QStringLiteral("code"), m_code);
    o.insert(QStringLiteral("title"), m_title->text());
    o.insert(QStringLiteral("category"), m_category->text());
    QJsonObject salary;
    if (m_low->value() > 0)
        salary.insert(QStringLiteral("low"), m_low->value());
    if (m_median->value() > 0)
        salary.insert(QStringLiteral("median"), m_median->value());
    if (m_high->value() > 0)
        salary.insert(QStringLiteral("high"), m_high->value());
    o.insert(QStringLiteral("salary"), salary);
    for (const Attribute &at : attributes()) {
        QWidget *input = m_inputs.value(at.key);
        if (auto *number = qobject_cast<QDoubleSpinBox *>(input)) {
            if (number->value() >= 0)
                o.insert(at.jsonName, number->value());
        } else if (auto *whole = qobject_cast<QSpinBox *>(input)) {
            if (whole->value() >= 0)
                o.insert(at.jsonName, whole->value());
        } else if (auto *choice = qobject_cast<QComboBox *>(input)) {
            const QString value = choice->currentData().toString();
            if (value.isEmpty())
                continue;
            if (at.input == InputKind::YesNo)
                o.insert(at.jsonName, value == QLatin1String("yes"));
            else
                o.insert(at.jsonName, value);
        }
    }
    QJsonArray skills;
    for (const QString &line : m_skills->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            skills.append(line.trimmed());
    }
    o.insert(QStringLiteral("skills"), skills);
    return parseRolesJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void CustomRoleDialog::accept()
{
    const RolesParseResult r = role();
    if (!r.ok()) {
        m_error->setText(r.problem.isEmpty() ? r.error : r.problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cc
