// SPDX-License-Identifier: GPL-3.0-or-later
// ShelfFetch: KernelShelf::fetch() on a worker thread, its progress and outcome as queued signals.
#include "shelffetch.h"

#include <QThread>

#include <cmath>

namespace tcplab::kernels
{

ShelfFetch::ShelfFetch(const QString &root, QObject *parent)
    : QObject(parent)
    , m_root(root)
{
}

ShelfFetch::~ShelfFetch()
{
    // The worker posts to this object: it must have ended before the object goes. Events it
    // posted and that were not delivered yet are dropped with the object.
    m_cancel = true;
    joinWorker();
}

bool ShelfFetch::setRoot(const QString &root)
{
    if (m_running)
        return false;
    m_root = root;
    return true;
}

bool ShelfFetch::start(const QString &name)
{
    if (m_running)
        return false;
    m_running = true;
    m_name = name;
    m_cancel = false;
    m_worker = QThread::create([this, name, root = m_root] {
        // apt reports often; the window only needs a change it can show.
        double shownFraction = -1;
        QString shownText;
        const KernelShelf::Progress report = [this, &shownFraction, &shownText](double fraction, const QString &text) {
            if (std::abs(fraction - shownFraction) < 0.005 && text == shownText)
                return;
            shownFraction = fraction;
            shownText = text;
            QMetaObject::invokeMethod(
                this,
                [this, fraction, text] {
                    Q_EMIT progress(fraction, text);
                },
                Qt::QueuedConnection);
        };
        KernelShelf shelf(root);
        ShelfKernel kernel;
        QString error;
        const bool ok = shelf.fetch(name, report, &m_cancel, &kernel, &error);
        // Posted after the progress, so it arrives after it.
        QMetaObject::invokeMethod(
            this,
            [this, ok, kernel, error] {
                onWorkerDone(ok, kernel, error);
            },
            Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("ShelfFetch ") + name);
    m_worker->start();
    return true;
}

void ShelfFetch::cancel()
{
    if (m_running)
        m_cancel = true;
}

void ShelfFetch::joinWorker()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void ShelfFetch::onWorkerDone(bool ok, const ShelfKernel &kernel, const QString &error)
{
    joinWorker();
    m_running = false;
    if (ok)
        Q_EMIT finished(kernel);
    else if (m_cancel.load())
        Q_EMIT cancelled();
    else
        Q_EMIT failed(error);
}

} // namespace tcplab::kernels
