// SPDX-License-Identifier: MIT
#include "searchnamesloader.h"

#include "cataloguedatabase.h"

#include <QThread>

namespace cc
{

struct SearchNamesLoader::Work {
    QString path;
    QVector<SearchNames::Input> extra;
    std::atomic_bool stop { false };
    // Written by the thread only; read by the loader after the thread has finished.
    SearchNames names;
    QString error;

    void run()
    {
        auto opened = CatalogueDatabase::open(path);
        if (!opened.catalogue) {
            error = opened.message;
            return;
        }
        names = opened.catalogue->searchNames(&stop);
        error = opened.catalogue->lastError();
        if (stop.load())
            return;
        for (const SearchNames::Input &input : std::as_const(extra))
            names.append(input);
        names.squeeze();
        names.sortForDisplay();
    }
};

SearchNamesLoader::SearchNamesLoader(
    const QString &cataloguePath, QVector<SearchNames::Input> extra, QObject *parent)
    : QObject(parent)
    , m_work(std::make_shared<Work>())
{
    m_work->path = cataloguePath;
    m_work->extra = std::move(extra);
}

SearchNamesLoader::~SearchNamesLoader()
{
    if (m_thread) {
        m_work->stop.store(true);
        m_thread->wait();
    }
}

void SearchNamesLoader::start()
{
    if (m_thread)
        return;
    // The thread holds the work by a shared pointer of its own: what it writes stays valid until it ends.
    m_thread = QThread::create([work = m_work] { work->run(); });
    m_thread->setParent(this);
    m_thread->setObjectName(QStringLiteral("search names"));
    // QThread::finished comes from the thread that ends; with `this` as context it is queued to
    // the loader's thread, after every write the thread made.
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

bool SearchNamesLoader::isFinished() const
{
    return m_finished || (m_thread && m_thread->isFinished());
}

SearchNames SearchNamesLoader::take()
{
    start();
    m_thread->wait(); // returns at once when the thread has ended; its writes are then visible here
    return std::move(m_work->names);
}

QString SearchNamesLoader::error() const
{
    return isFinished() ? m_work->error : QString();
}

} // namespace cc
