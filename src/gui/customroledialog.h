// SPDX-License-Identifier: MIT
#pragma once

#include "rolejson.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace cc
{

// Adds or edits a role the catalogue lacks. Every value may be left "not given"; what is entered is
// checked by the same reader as imported JSON, so the two can never disagree.
class CustomRoleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomRoleDialog(QWidget *parent = nullptr);

    // Fills the form: from a custom role to edit, or from a catalogue role to start from.
    void setRole(const Role &role, const QStringList &skillNames, bool keepCode);
    // The role as entered; an empty result with `error` when a value is not acceptable.
    RolesParseResult role() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *skillsEdit() const { return m_skills; }

    void accept() override;

private:
    void addInputs(QFormLayout *form);
    QString m_code;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_category = nullptr;
    QSpinBox *m_low = nullptr; // the salary attribute's three figures
    QSpinBox *m_median = nullptr;
    QSpinBox *m_high = nullptr;
    QHash<QString, QWidget *> m_inputs; // by attribute key, one editor per attribute the user gives
    QPlainTextEdit *m_skills = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cc
