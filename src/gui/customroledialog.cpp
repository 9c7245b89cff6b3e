// SPDX-License-Identifier: MIT
#include "customroledialog.h"

#include <QComboBox>
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
    m_low = money(this);
    m_median = money(this);
    m_high = money(this);
    m_demand = figure(this, 10, QStringLiteral(" /10"));
    m_risk = figure(this, 100, QStringLiteral(" %"));
    m_exposure = figure(this, 100, QStringLiteral(" %"));
    m_months = new QSpinBox(this);
    m_months->setRange(-1, 1200);
    m_months->setSuffix(tr(" months"));
    m_months->setSpecialValueText(tr("not given"));
    m_months->setValue(-1);
    m_difficulty = levels(this,
        { difficultyName(Difficulty::Beginner), difficultyName(Difficulty::Intermediate),
            difficultyName(Difficulty::Advanced) });
    m_barrier = levels(this,
        { entryBarrierName(EntryBarrier::Low), entryBarrierName(EntryBarrier::Medium),
            entryBarrierName(EntryBarrier::High) });
    m_remote = levels(this,
        { remoteFriendlyName(RemoteFriendly::No), remoteFriendlyName(RemoteFriendly::Partly),
            remoteFriendlyName(RemoteFriendly::Yes) });
    m_coding = new QComboBox(this);
    m_coding->addItem(tr("not given"), QString());
    m_coding->addItem(tr("Yes"), QStringLiteral("yes"));
    m_coding->addItem(tr("No"), QStringLiteral("no"));
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
    form->addRow(tr("Salary, 10th percentile:"), m_low);
    form->addRow(tr("Salary, median:"), m_median);
    form->addRow(tr("Salary, 90th percentile:"), m_high);
    form->addRow(tr("&Demand score:"), m_demand);
    form->addRow(tr("AI replacement &risk:"), m_risk);
    form->addRow(tr("&LLM exposure:"), m_exposure);
    form->addRow(tr("Learning &time:"), m_months);
    form->addRow(tr("Di&fficulty:"), m_difficulty);
    form->addRow(tr("&Entry barrier:"), m_barrier);
    form->addRow(tr("Re&mote friendly:"), m_remote);
    form->addRow(tr("Requires c&oding:"), m_coding);
    form->addRow(tr("&Skills:"), m_skills);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CustomRoleDialog::setRole(const Role &role, const QStringList &skillNames, bool keepCode)
{
    m_code = keepCode ? role.code : QString();
    m_title->setText(keepCode ? role.title : tr("%1 (my version)").arg(role.title).left(MaxTitleLength));
    m_category->setText(role.category.isEmpty() ? tr("Custom roles") : role.category);
    m_low->setValue(role.salary.low.amount.value_or(0));
    m_median->setValue(role.salary.median.amount.value_or(0));
    m_high->setValue(role.salary.high.amount.value_or(0));
    m_demand->setValue(role.demandScore.value_or(-1));
    m_risk->setValue(role.aiRiskPercent.value_or(-1));
    m_exposure->setValue(role.llmExposurePercent.value_or(-1));
    m_months->setValue(role.learningMonths.value_or(-1));
    select(m_difficulty, role.difficulty ? difficultyName(*role.difficulty) : QString());
    select(m_barrier, role.entryBarrier ? entryBarrierName(*role.entryBarrier) : QString());
    select(m_remote, role.remoteFriendly ? remoteFriendlyName(*role.remoteFriendly) : QString());
    select(m_coding,
        role.requiresCoding ? (*role.requiresCoding ? QStringLiteral("yes") : QStringLiteral("no"))
                            : QString());
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
    auto put = [&o](const char *key, double v) {
        if (v >= 0)
            o.insert(QLatin1String(key), v);
    };
    put("demand_score", m_demand->value());
    put("ai_risk_percent", m_risk->value());
    put("llm_exposure_percent", m_exposure->value());
    put("learning_months", m_months->value());
    for (auto [key, box] : { std::pair { "difficulty", m_difficulty }, { "entry_barrier", m_barrier },
             { "remote_friendly", m_remote } }) {
        if (!box->currentData().toString().isEmpty())
            o.insert(QLatin1String(key), box->currentData().toString());
    }
    if (!m_coding->currentData().toString().isEmpty())
        o.insert(
            QStringLiteral("requires_coding"), m_coding->currentData().toString() == QLatin1String("yes"));
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
        // "role 1 ("X"): demand_score must be…" -> the part after the role's name.
        const int colon = int(r.error.indexOf(QStringLiteral("): ")));
        m_error->setText(colon >= 0 ? r.error.mid(colon + 3) : r.error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cc
