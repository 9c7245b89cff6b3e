// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
QT_END_NAMESPACE

namespace cc
{

class RoleSearchModel;
class RoleSearchProxy;

// Type to search titles and alternate titles, or browse by category; emits the chosen role's code.
class RolePicker : public QWidget
{
    Q_OBJECT
public:
    explicit RolePicker(QWidget *parent = nullptr);

    void setSearchModel(RoleSearchModel *model);
    void setLabel(const QString &label); // "Role A": used for accessibility and the placeholder
    // Shows a role's title without emitting roleChosen.
    void showRole(const QString &code, const QString &title);
    QString code() const { return m_code; }
    // A line under the picker (the role's ESCO label in Spanish); empty hides it.
    void setSubtitle(const QString &text);
    QString subtitle() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    RoleSearchProxy *proxy() const { return m_proxy; }

    // Chooses the best match of the current text, as pressing Enter does. False when nothing matches.
    bool chooseBestMatch();

signals:
    void roleChosen(const QString &code);
    // Asked when the picker needs names to search, so the window can load them late: `now` when it
    // cannot go on without the current names (Enter, the Browse menu), and setSearchModel() must have
    // been called on return if they were not there or were being read again; otherwise (focus, a
    // keystroke, and only while it has none) the window starts loading them and calls
    // setSearchModel() when they are ready, and the picker then searches for what was typed.
    void searchModelNeeded(bool now);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool ensureModel(bool now);
    void search();
    void restoreTitle();
    void choose(const QString &code, const QString &title);
    void fillBrowseMenu();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_browse = nullptr;
    QLabel *m_subtitle = nullptr;
    QMenu *m_browseMenu = nullptr;
    QCompleter *m_completer = nullptr;
    RoleSearchModel *m_model = nullptr;
    RoleSearchProxy *m_proxy = nullptr;
    QString m_code;
    QString m_title;
    bool m_searchPending = false; // typed before the names were there
};

} // namespace cc
