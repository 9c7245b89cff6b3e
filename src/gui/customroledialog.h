// SPDX-License-Identifier: MIT
#pragma once

#include "rolejson.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
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
    QString m_code;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_category = nullptr;
    QSpinBox *m_low = nullptr;
    QSpinBox *m_median = nullptr;
    QSpinBox *m_high = nullptr;
    QDoubleSpinBox *m_demand = nullptr;
    QDoubleSpinBox *m_risk = nullptr;
    QDoubleSpinBox *m_exposure = nullptr;
    QSpinBox *m_months = nullptr;
    QComboBox *m_difficulty = nullptr;
    QComboBox *m_barrier = nullptr;
    QComboBox *m_remote = nullptr;
    QComboBox *m_coding = nullptr;
    QPlainTextEdit *m_skills = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cc
