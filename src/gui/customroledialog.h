// SPDX-License-Identifier: MIT
#pragma once

#include "rolejson.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QCompleter;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace cc
{

class CatalogueDatabase;

// How a new custom role starts: the user's choice, never a default.
enum class CustomRoleStart { Cancel, Blank, FromRole };

// Adds or edits a role the catalogue lacks. Every value may be left "not given" (a checkbox beside
// it); what is entered is checked by the same reader as imported JSON, so the two can never disagree.
class CustomRoleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomRoleDialog(QWidget *parent = nullptr);

    // The catalogue's categories, skill names and titles: the category list, the skills' completion
    // and matching, the warning when the title is already a catalogue role's. Null: none of these.
    void setCatalogue(const CatalogueDatabase *catalogue);

    // Fills the form: from a custom role to edit, or from a catalogue role to start from.
    void setRole(const Role &role, const QStringList &skillNames, bool keepCode);
    // Empties the form: a new role with every value not given.
    void setBlank();
    // The role as entered; an empty result with `error` when a value is not acceptable.
    RolesParseResult role() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *categoryBox() const { return m_category; }
    QPlainTextEdit *skillsEdit() const { return m_skills; }
    QLineEdit *skillEntry() const { return m_skillEntry; }
    QLabel *titleWarning() const { return m_titleWarning; }
    QLabel *skillsMatched() const { return m_skillsMatched; }
    // The editor of one attribute (by key; "low", "median", "high" for the salary) and its
    // "not given" box; null when the attribute has none.
    QWidget *input(const QString &key) const { return m_inputs.value(key); }
    QCheckBox *notGivenBox(const QString &key) const { return m_notGiven.value(key); }

    void accept() override;

protected:
    // Enter in the skill entry adds the skill rather than saving the dialog.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addInputs(QFormLayout *form);
    QWidget *withNotGiven(const QString &key, const QString &label, QWidget *input);
    void setNotGiven(const QString &key, bool notGiven);
    bool given(const QString &key) const;
    void updateTitleWarning();
    void updateSkillsMatched();
    void addSkillFromEntry();
    // The catalogue's skill names as the completion offers them: O*NET's skills and knowledge in the
    // interface language (onetTerm()), technologies as they are. Remembers the catalogue's name of each
    // translated one, so that a skill typed in the interface language is stored as the catalogue's.
    QStringList indexSkillNames(const QStringList &names);
    // The catalogue's name for a skill typed in the interface language ("programación" ->
    // "Programming"; accents and case ignored); any other name as it is.
    QString catalogueSkillName(const QString &name) const;

    const CatalogueDatabase *m_catalogue = nullptr;
    QString m_code;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleWarning = nullptr;
    QComboBox *m_category = nullptr;
    QHash<QString, QWidget *> m_inputs; // by attribute key, one editor per attribute the user gives
    QHash<QString, QCheckBox *> m_notGiven; // beside each number and level editor
    QPlainTextEdit *m_skills = nullptr;
    QLineEdit *m_skillEntry = nullptr; // completes from the catalogue's skill names; Enter adds a line
    QCompleter *m_skillCompleter = nullptr;
    QHash<QString, QString> m_skillByTerm; // searchFold()ed translated name -> the catalogue's name
    QLabel *m_skillsMatched = nullptr;
    QLabel *m_error = nullptr;
    // What the form has no editor for, kept from the role set with setRole() while the values it goes
    // with are unchanged: the teleworkable share (with its remote-friendly level) and which of the
    // salary's figures are top-coded ("$239,200 or more"), with their amounts.
    std::optional<double> m_teleworkShare;
    QString m_shareLevel;
    QHash<QString, int> m_topCoded; // salary key ("salary.high") -> its amount
};

// The question a new custom role starts with: "Start blank", "Start from <fromTitle>" or Cancel
// (no default button). Built, not shown: the caller runs it.
std::unique_ptr<QMessageBox> customRoleStartQuestion(QWidget *parent, const QString &fromTitle);
// What was chosen in that question once it has run: Cancel when it was closed or cancelled.
CustomRoleStart customRoleStartChosen(const QMessageBox &question);
// Fills a new role's dialog as chosen: every value not given, or `from`'s values and first skills.
void startCustomRole(CustomRoleDialog &dialog, CustomRoleStart start, const Role &from);

} // namespace cc
