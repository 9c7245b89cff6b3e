// SPDX-License-Identifier: MIT
#pragma once

#include "searchnames.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

class QThread;

namespace cc
{

// Reads a catalogue's search names (CatalogueDatabase::searchNames()) and puts them in display order
// on a thread of its own, so that the window's thread goes on painting and taking keystrokes while
// they load. The thread opens its own connection to the catalogue file (a Qt SQL connection may only
// be used by the thread that made it) and shares nothing with the caller while it runs: it gets a
// copy of the path and of the extra names, and its result is read only once it has finished
// (finished() is delivered through the loader's own thread's event loop; take() waits for the
// thread when it has not).
class SearchNamesLoader : public QObject
{
    Q_OBJECT
public:
    // `extra`: names added to the catalogue's (the user's custom roles), read by the caller.
    SearchNamesLoader(
        const QString &cataloguePath, QVector<SearchNames::Input> extra, QObject *parent = nullptr);
    // Asks a running thread to stop and waits for it (it stops within about a thousand rows).
    ~SearchNamesLoader() override;

    void start();
    bool isStarted() const { return m_thread != nullptr; }
    bool isFinished() const;
    // The names in display order, waiting for the thread if it is still running (it is started
    // when it was not). Empty with error() set when the catalogue could not be read. Once: the
    // names are moved out.
    SearchNames take();
    QString error() const;

signals:
    // The names are ready for take(); emitted in the loader's thread.
    void finished();

private:
    struct Work;
    std::shared_ptr<Work> m_work; // written by the thread until it finishes, then read here
    QThread *m_thread = nullptr;
    bool m_finished = false;
};

} // namespace cc
