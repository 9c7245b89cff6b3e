// SPDX-License-Identifier: MIT
#include "customroledialog.h"

#include "attributes.h"
#include "cataloguedatabase.h"
#include "namematcher.h"
#include "numberinput.h"
#include "onetvocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace cc
{

namespace
{

// The salary's three figures, kept beside the attributes' editors under these keys.
const QString SalaryLow = QStringLiteral("salary.low");
const QString SalaryMedian = QStringLiteral("salary.median");
const QString SalaryHigh = QStringLiteral("salary.high");

QSpinBox *money(QWidget *parent)
{
    auto *box = new WholeNumberBox(parent);
    box->setRange(int(inputrange::Wage.min), int(inputrange::Wage.max)); // what a roles file may give
    box->setSingleStep(1000);
    box->setPrefix(QStringLiteral("$"));
    box->setGroupSeparatorShown(true);
    return box;
}

void select(QComboBox *box, const QString &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

// Categories are saved in English, as the catalogue names them, and shown in the interface language.
QString defaultCategory()
{
    return QStringLiteral("Custom roles");
}

// The category to save: the English name of the listed category shown, or the text typed.
QString storedCategory(const QComboBox *box)
{
    const QString text = box->currentText();
    const int i = box->findText(text);
    return i >= 0 ? box->itemData(i).toString() : text;
}

void showCategory(QComboBox *box, const QString &category)
{
    const int i = box->findData(category);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setCurrentText(category);
}

} // namespace

CustomRoleDialog::CustomRoleDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Custom role"));
    m_title = new QLineEdit(this);
    m_title->setMaxLength(MaxTitleLength);
    m_titleWarning = new QLabel(this);
    m_titleWarning->setWordWrap(true);
    m_titleWarning->setStyleSheet(QStringLiteral("color: #8a4b00"));
    m_titleWarning->hide();
    m_category = new QComboBox(this);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->lineEdit()->setMaxLength(MaxTitleLength);
    m_category->addItem(onetTerm(defaultCategory()), defaultCategory());
    m_skills = new QPlainTextEdit(this);
    m_skills->setPlaceholderText(tr("One skill per line. Names the catalogue knows (Python, Programming, "
                                    "Mathematics…) are matched to it."));
    m_skillEntry = new QLineEdit(this);
    m_skillEntry->setPlaceholderText(tr("Type a skill and press Enter to add it"));
    m_skillCompleter = new QCompleter(new QStringListModel(this), this);
    m_skillCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_skillCompleter->setFilterMode(Qt::MatchContains);
    m_skillEntry->setCompleter(m_skillCompleter);
    m_skillEntry->installEventFilter(this);
    m_skillsMatched = new QLabel(this);
    m_skillsMatched->setWordWrap(true);
    m_skillsMatched->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setTextFormat(Qt::PlainText); // it may quote a title or a value
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleWarning);
    form->addRow(tr("&Category:"), m_category);
    addInputs(form);
    form->addRow(tr("&Skills:"), m_skills);
    form->addRow(tr("&Add a skill:"), m_skillEntry);
    form->addRow(QString(), m_skillsMatched);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &CustomRoleDialog::updateTitleWarning);
    connect(m_skills, &QPlainTextEdit::textChanged, this, &CustomRoleDialog::updateSkillsMatched);
    connect(m_skillCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this] {
        QMetaObject::invokeMethod(this, &CustomRoleDialog::addSkillFromEntry, Qt::QueuedConnection);
    });
    // The form scrolls, so the dialog fits a 720-pixel screen; the buttons stay in sight.
    auto *formWidget = new QWidget(this);
    formWidget->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize hint = sizeHint();
        const QRect available = screen->availableGeometry();
        resize(qMin(hint.width() + 24, available.width()),
            qMin(formWidget->sizeHint().height() + 120, available.height() - 40));
    }
}

// The editor with a "not given" box beside it: checked, the editor is disabled and the value left out.
QWidget *CustomRoleDialog::withNotGiven(const QString &key, const QString &label, QWidget *input)
{
    auto *row = new QWidget(this);
    auto *box = new QCheckBox(tr("not given"), row);
    const QString name = QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    input->setAccessibleName(name);
    box->setAccessibleName(tr("%1 not given").arg(name));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    input->setParent(row);
    layout->addWidget(input, 1);
    layout->addWidget(box);
    connect(box, &QCheckBox::toggled, input, &QWidget::setDisabled);
    m_inputs.insert(key, input);
    m_notGiven.insert(key, box);
    box->setChecked(true);
    input->setEnabled(false);
    return row;
}

void CustomRoleDialog::setNotGiven(const QString &key, bool notGiven)
{
    if (QCheckBox *box = m_notGiven.value(key))
        box->setChecked(notGiven);
}

bool CustomRoleDialog::given(const QString &key) const
{
    const QCheckBox *box = m_notGiven.value(key);
    return box && !box->isChecked();
}

// One editor per attribute of the table, in its order: what a custom role can give.
void CustomRoleDialog::addInputs(QFormLayout *form)
{
    auto label = [](const char *text) { return QCoreApplication::translate("cc::CustomRoleDialog", text); };
    for (const Attribute &at : attributes()) {
        switch (at.input) {
        case InputKind::Salary:
            for (const auto &[key, text] : { std::pair { SalaryLow, tr("Salary, 10th percentile:") },
                     std::pair { SalaryMedian, tr("Salary, median:") },
                     std::pair { SalaryHigh, tr("Salary, 90th percentile:") } })
                form->addRow(text, withNotGiven(key, text, money(this)));
            break;
        case InputKind::PartOfSalary:
            break;
        case InputKind::Number: {
            auto *box = new DecimalNumberBox(this);
            box->setRange(at.min, at.max); // below zero where the attribute allows it (growth)
            box->setDecimals(1);
            box->setSuffix(QString::fromUtf8(at.inputSuffix));
            box->setValue(qBound(at.min, 0.0, at.max));
            form->addRow(label(at.formLabel), withNotGiven(at.key, label(at.formLabel), box));
            break;
        }
        case InputKind::WholeNumber: {
            auto *box = new WholeNumberBox(this);
            box->setRange(int(at.min), int(at.max));
            box->setSuffix(label(at.inputSuffix));
            box->setValue(qBound(int(at.min), 0, int(at.max)));
            form->addRow(label(at.formLabel), withNotGiven(at.key, label(at.formLabel), box));
            break;
        }
        case InputKind::Level: {
            auto *box = new QComboBox(this);
            for (const QString &v : at.levels)
                box->addItem(v, v);
            form->addRow(label(at.formLabel), withNotGiven(at.key, label(at.formLabel), box));
            break;
        }
        case InputKind::YesNo: {
            auto *box = new QComboBox(this);
            box->addItem(tr("not given"), QString());
            box->addItem(tr("Yes"), QStringLiteral("yes"));
            box->addItem(tr("No"), QStringLiteral("no"));
            m_inputs.insert(at.key, box);
            form->addRow(label(at.formLabel), box);
            break;
        }
        }
    }
}

void CustomRoleDialog::setCatalogue(const CatalogueDatabase *catalogue)
{
    m_catalogue = catalogue;
    const QString current = storedCategory(m_category);
    QStringList categories { defaultCategory() };
    QStringList skills;
    if (m_catalogue) {
        QSet<QString> seen;
        QStringList fromCatalogue;
        for (const RoleSummary &r : m_catalogue->roles()) {
            if (!r.category.isEmpty() && !seen.contains(r.category)) {
                seen.insert(r.category);
                fromCatalogue << r.category;
            }
        }
        std::sort(fromCatalogue.begin(), fromCatalogue.end(), [](const QString &x, const QString &y) {
            return QString::localeAwareCompare(onetTerm(x), onetTerm(y)) < 0;
        });
        categories << fromCatalogue;
        skills = m_catalogue->skillEntityNames();
    }
    skills = indexSkillNames(skills);
    categories.removeDuplicates();
    m_category->clear();
    for (const QString &category : std::as_const(categories))
        m_category->addItem(onetTerm(category), category);
    showCategory(m_category, current);
    static_cast<QStringListModel *>(m_skillCompleter->model())->setStringList(skills);
    updateTitleWarning();
    updateSkillsMatched();
}

void CustomRoleDialog::setBlank()
{
    m_code.clear();
    m_teleworkShare.reset();
    m_shareLevel.clear();
    m_topCoded.clear();
    m_title->clear();
    showCategory(m_category, defaultCategory());
    for (auto it = m_notGiven.cbegin(); it != m_notGiven.cend(); ++it)
        it.value()->setChecked(true);
    for (QWidget *input : std::as_const(m_inputs)) {
        if (auto *choice = qobject_cast<QComboBox *>(input))
            choice->setCurrentIndex(0);
    }
    m_skills->clear();
}

void CustomRoleDialog::setRole(const Role &role, const QStringList &skillNames, bool keepCode)
{
    m_code = keepCode ? role.code : QString();
    m_title->setText(keepCode ? role.title : tr("%1 (my version)").arg(role.title).left(MaxTitleLength));
    showCategory(m_category, role.category.isEmpty() ? defaultCategory() : role.category);
    const std::pair<QString, std::optional<int>> salary[] = { { SalaryLow, role.salary.low.amount },
        { SalaryMedian, role.salary.median.amount }, { SalaryHigh, role.salary.high.amount } };
    for (const auto &[key, amount] : salary) {
        if (auto *box = qobject_cast<QSpinBox *>(m_inputs.value(key)))
            box->setValue(amount.value_or(0));
        setNotGiven(key, !amount);
    }
    m_topCoded.clear();
    for (const auto &[key, wage] : { std::pair { SalaryLow, &role.salary.low },
             std::pair { SalaryMedian, &role.salary.median }, std::pair { SalaryHigh, &role.salary.high } }) {
        if (wage->amount && wage->topCoded)
            m_topCoded.insert(key, *wage->amount);
    }
    m_teleworkShare = role.remoteFriendly ? role.teleworkShare : std::nullopt;
    m_shareLevel = role.remoteFriendly ? remoteFriendlyName(*role.remoteFriendly) : QString();
    for (const Attribute &at : attributes()) {
        QWidget *input = m_inputs.value(at.key);
        if (!input)
            continue;
        const QJsonValue v = at.toJson(role);
        if (auto *number = qobject_cast<QDoubleSpinBox *>(input)) {
            if (v.isDouble())
                number->setValue(v.toDouble());
            setNotGiven(at.key, !v.isDouble());
        } else if (auto *whole = qobject_cast<QSpinBox *>(input)) {
            if (v.isDouble())
                whole->setValue(v.toInt());
            setNotGiven(at.key, !v.isDouble());
        } else if (auto *choice = qobject_cast<QComboBox *>(input)) {
            const QString value
                = v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : v.toString();
            select(choice, value);
            setNotGiven(at.key, choice->findData(value) < 0 || value.isEmpty());
        }
    }
    QStringList shown;
    for (const QString &name : skillNames)
        shown << onetTerm(name);
    m_skills->setPlainText(shown.join(QLatin1Char('\n')));
}

RolesParseResult CustomRoleDialog::role() const
{
    QJsonObject o;
    if (!m_code.isEmpty())
        o.insert(QStringLiteral("code"), m_code);
    o.insert(QStringLiteral("title"), m_title->text());
    o.insert(QStringLiteral("category"), storedCategory(m_category));
    QJsonObject salary;
    QJsonArray topCoded;
    const std::pair<QString, QString> figures[] = { { SalaryLow, QStringLiteral("low") },
        { SalaryMedian, QStringLiteral("median") }, { SalaryHigh, QStringLiteral("high") } };
    for (const auto &[key, name] : figures) {
        if (!given(key))
            continue;
        const int amount = qobject_cast<QSpinBox *>(m_inputs.value(key))->value();
        salary.insert(name, amount);
        if (m_topCoded.contains(key) && m_topCoded.value(key) == amount)
            topCoded.append(name); // still the survey's top figure: "or more"
    }
    if (!topCoded.isEmpty())
        salary.insert(QStringLiteral("top_coded"), topCoded);
    o.insert(QStringLiteral("salary"), salary);
    for (const Attribute &at : attributes()) {
        QWidget *input = m_inputs.value(at.key);
        if (!input || (m_notGiven.contains(at.key) && !given(at.key)))
            continue;
        if (auto *number = qobject_cast<QDoubleSpinBox *>(input)) {
            o.insert(at.jsonName, number->value());
        } else if (auto *whole = qobject_cast<QSpinBox *>(input)) {
            o.insert(at.jsonName, whole->value());
        } else if (auto *choice = qobject_cast<QComboBox *>(input)) {
            const QString value = choice->currentData().toString();
            if (value.isEmpty())
                continue;
            if (at.input == InputKind::YesNo)
                o.insert(at.jsonName, value == QLatin1String("yes"));
            else
                o.insert(at.jsonName, value);
            // The share goes with the level it was given with ("Partly, 45%"), not with another.
            if (!at.extraJsonName.isEmpty() && m_teleworkShare && value == m_shareLevel)
                o.insert(at.extraJsonName, *m_teleworkShare * 100.0);
        }
    }
    QJsonArray skills;
    for (const QString &line : m_skills->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            skills.append(catalogueSkillName(line.trimmed()));
    }
    o.insert(QStringLiteral("skills"), skills);
    return parseRolesJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void CustomRoleDialog::updateTitleWarning()
{
    const QString title = m_title->text().simplified();
    const bool taken = m_catalogue && !title.isEmpty() && !m_catalogue->findCodes(title).isEmpty();
    if (taken) {
        m_titleWarning->setText(tr("The catalogue already has a role called “%1”. Compare with it instead, "
                                   "or give yours another title.")
                                    .arg(title));
    }
    m_titleWarning->setVisible(taken);
}

void CustomRoleDialog::updateSkillsMatched()
{
    QStringList matched;
    QStringList unknown;
    for (const QString &line : m_skills->toPlainText().split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (name.isEmpty())
            continue;
        const auto entity
            = m_catalogue ? m_catalogue->skillEntityNamed(catalogueSkillName(name)) : std::nullopt;
        if (entity)
            matched << onetTerm(entity->name);
        else
            unknown << name;
    }
    QStringList parts;
    if (!matched.isEmpty())
        parts << tr("Matched: %1").arg(matched.join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        parts
            << (m_catalogue ? tr("new: %1") : tr("not matched: %1")).arg(unknown.join(QStringLiteral(", ")));
    m_skillsMatched->setText(parts.join(QStringLiteral("; ")));
}

QStringList CustomRoleDialog::indexSkillNames(const QStringList &names)
{
    m_skillByTerm.clear();
    QStringList offered;
    offered.reserve(names.size());
    for (const QString &name : names) {
        const QString term = onetTerm(name);
        if (term != name && !m_skillByTerm.contains(searchFold(term)))
            m_skillByTerm.insert(searchFold(term), name);
        offered << term;
    }
    if (m_skillByTerm.isEmpty())
        return offered; // English: the catalogue's names in the catalogue's order
    offered.removeDuplicates();
    std::sort(offered.begin(), offered.end(),
        [](const QString &x, const QString &y) { return QString::localeAwareCompare(x, y) < 0; });
    return offered;
}

QString CustomRoleDialog::catalogueSkillName(const QString &name) const
{
    if (!m_catalogue || m_catalogue->skillEntityNamed(name))
        return name;
    return m_skillByTerm.value(searchFold(name), name);
}

void CustomRoleDialog::addSkillFromEntry()
{
    const QString name = m_skillEntry->text().trimmed();
    if (name.isEmpty())
        return;
    QString text = m_skills->toPlainText();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    m_skills->setPlainText(text + name);
    m_skillEntry->clear();
}

bool CustomRoleDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_skillEntry && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addSkillFromEntry();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
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

std::unique_ptr<QMessageBox> customRoleStartQuestion(QWidget *parent, const QString &fromTitle)
{
    auto question
        = std::make_unique<QMessageBox>(QMessageBox::Question, CustomRoleDialog::tr("New custom role"),
            CustomRoleDialog::tr("Start the new role blank, or from the values and skills of “%1”?")
                .arg(fromTitle),
            QMessageBox::NoButton, parent);
    auto *blank = question->addButton(CustomRoleDialog::tr("Start &blank"), QMessageBox::AcceptRole);
    auto *from = question->addButton(CustomRoleDialog::tr("Start from “%1”")
                                         .arg(fromTitle)
                                         .replace(QLatin1Char('&'), QStringLiteral("&&")),
        QMessageBox::AcceptRole);
    question->addButton(QMessageBox::Cancel);
    blank->setObjectName(QStringLiteral("startBlank"));
    from->setObjectName(QStringLiteral("startFromRole"));
    // A choice, not a default: Enter picks neither.
    blank->setAutoDefault(false);
    from->setAutoDefault(false);
    question->setEscapeButton(QMessageBox::Cancel);
    return question;
}

CustomRoleStart customRoleStartChosen(const QMessageBox &question)
{
    const QAbstractButton *clicked = question.clickedButton();
    if (!clicked)
        return CustomRoleStart::Cancel;
    if (clicked->objectName() == QLatin1String("startBlank"))
        return CustomRoleStart::Blank;
    if (clicked->objectName() == QLatin1String("startFromRole"))
        return CustomRoleStart::FromRole;
    return CustomRoleStart::Cancel;
}

void startCustomRole(CustomRoleDialog &dialog, CustomRoleStart start, const Role &from)
{
    if (start != CustomRoleStart::FromRole) {
        dialog.setBlank();
        return;
    }
    QStringList skills;
    for (const RoleSkill &s : from.skills)
        skills << s.label;
    dialog.setRole(from, skills.mid(0, 40), false);
}

} // namespace cc
