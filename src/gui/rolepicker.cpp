// SPDX-License-Identifier: MIT
#include "rolepicker.h"

#include "onetvocabulary.h"
#include "rolesearchmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QMenu>
#include <QToolButton>

namespace cc
{

RolePicker::RolePicker(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_browse = new QToolButton(this);
    m_browse->setText(tr("Browse"));
    m_browse->setToolTip(tr("Browse roles by category"));
    m_browse->setPopupMode(QToolButton::InstantPopup);
    m_browseMenu = new QMenu(m_browse);
    m_browse->setMenu(m_browseMenu);
    connect(m_browseMenu, &QMenu::aboutToShow, this, &RolePicker::fillBrowseMenu);

    // The ESCO subtitle goes under the line (setSubtitle), hidden while there is none.
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->hide();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_subtitle);
    setFocusProxy(m_edit);

    m_proxy = new RoleSearchProxy(this);
    m_completer = new QCompleter(this);
    m_completer->setModel(m_proxy);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(RoleSearchModel::TitleRole);
    m_completer->setMaxVisibleItems(12);
    // Every suggestion is one line in one font. Without this the popup measured the text of every
    // row it lists each time the list changed: up to 60,000 rows for a query's first letter, seconds
    // a keystroke (docs/PERFORMANCE.md, "Search per keystroke"). Even so, placing 60,000 rows takes
    // milliseconds: the rows on screen are placed at once, the rest a thousand at each turn of the
    // event loop, so that the next keystroke need not wait for them.
    if (auto *list = qobject_cast<QListView *>(m_completer->popup())) {
        list->setUniformItemSizes(true);
        list->setLayoutMode(QListView::Batched);
        list->setBatchSize(1000);
    }
    m_edit->setCompleter(m_completer);
    // Ours runs before the completer's own filter: Enter with no suggestion highlighted takes the top one.
    m_completer->popup()->installEventFilter(this);

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // Before the names are there the keystroke is taken as usual; the search runs when they come.
        m_searchPending = !ensureModel(false);
        if (!m_searchPending)
            search();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            choose(index.data(RoleSearchModel::CodeRole).toString(),
                index.data(RoleSearchModel::TitleRole).toString());
        });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible() && !chooseBestMatch())
            restoreTitle();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field without choosing puts the current role's title back.
        if (!m_completer->popup()->isVisible())
            restoreTitle();
    });
}

void RolePicker::search()
{
    const QString text = m_edit->text();
    m_proxy->setQuery(text);
    if (!text.trimmed().isEmpty())
        m_completer->complete();
}

void RolePicker::restoreTitle()
{
    m_searchPending = false;
    if (m_edit->text() != m_title) {
        m_edit->setText(m_title);
        m_edit->setCursorPosition(0);
    }
}

bool RolePicker::ensureModel(bool now)
{
    // With `now` the window also hands over names being read again (a custom role saved meanwhile).
    if (!m_model || now)
        emit searchModelNeeded(now);
    return m_model != nullptr;
}

bool RolePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Focus the user gives (not the window's first activation, which comes before its first paint).
    if (watched == m_edit && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason)
        ensureModel(false);
    if (watched == m_edit && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason
        && !m_completer->popup()->isVisible())
        restoreTitle(); // the field names the role shown, never a half-typed search
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && !m_completer->popup()->currentIndex().isValid()) {
            m_completer->popup()->hide();
            if (!chooseBestMatch())
                restoreTitle();
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_completer->popup()->hide();
            restoreTitle();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RolePicker::setSearchModel(RoleSearchModel *model)
{
    // Typed before the names came, or searching while they are read again (a custom role saved):
    // the search runs again on the new names.
    const bool searching = m_searchPending || m_completer->popup()->isVisible();
    m_searchPending = false;
    m_model = model;
    m_proxy->setSourceModel(model);
    m_browseMenu->clear();
    if (model && searching)
        search();
}

void RolePicker::setLabel(const QString &label)
{
    m_edit->setPlaceholderText(tr("%1: type a job title").arg(label));
    m_edit->setAccessibleName(tr("%1 role").arg(label));
    m_edit->setAccessibleDescription(tr("Type a job title or alternate title; choose from the suggestions"));
    m_browse->setAccessibleName(tr("Browse %1 by category").arg(label));
    m_browse->setAccessibleDescription(tr("A menu of every role by category"));
}

void RolePicker::showRole(const QString &code, const QString &title)
{
    m_code = code;
    m_title = title;
    m_edit->setText(title);
    m_edit->setCursorPosition(0); // a long title shows its beginning; the whole title is on hover
    m_edit->setToolTip(QStringLiteral("%1 (%2)").arg(title, code));
}

void RolePicker::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

QString RolePicker::subtitle() const
{
    return m_subtitle->text();
}

void RolePicker::choose(const QString &code, const QString &title)
{
    if (code.isEmpty())
        return;
    showRole(code, title);
    emit roleChosen(code);
}

bool RolePicker::chooseBestMatch()
{
    if (!ensureModel(true))
        return false;
    m_proxy->setQuery(m_edit->text());
    if (m_edit->text().trimmed().isEmpty() || m_proxy->rowCount() == 0)
        return false;
    const QModelIndex best = m_proxy->index(0, 0);
    choose(best.data(RoleSearchModel::CodeRole).toString(), best.data(RoleSearchModel::TitleRole).toString());
    m_completer->popup()->hide();
    return true;
}

void RolePicker::fillBrowseMenu()
{
    if (!ensureModel(true) || !m_browseMenu->isEmpty())
        return;
    // shown category (O*NET's SOC group in the interface language, in its order) -> title -> code
    QMap<QString, QMap<QString, QString>> byCategory;
    const SearchNames &names = m_model->names();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (names.primary(row))
            byCategory[onetTerm(names.category(row))].insert(names.title(row), names.code(row));
    }
    for (auto it = byCategory.constBegin(); it != byCategory.constEnd(); ++it) {
        QMenu *sub = m_browseMenu->addMenu(QStringLiteral("%1 (%2)").arg(it.key()).arg(it->size()));
        for (auto role = it->constBegin(); role != it->constEnd(); ++role) {
            const QString code = role.value();
            const QString title = role.key();
            sub->addAction(title, this, [this, code, title] { choose(code, title); });
        }
    }
}

} // namespace cc
