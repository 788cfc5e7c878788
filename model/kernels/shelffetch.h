// SPDX-License-Identifier: GPL-3.0-or-later
// A fetch of one catalogue kernel onto the shelf, run on a thread of its own so that a window stays
// responsive while apt downloads: KernelShelf::fetch() on the worker, its progress and its end
// delivered as signals in the thread the object lives in. Cancelling stops apt and leaves the shelf
// as it was; destroying the object cancels and waits, so that no fetch outlives it.
#pragma once

#include "kernelshelf.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace tcplab::kernels
{

class ShelfFetch : public QObject
{
    Q_OBJECT
public:
    explicit ShelfFetch(const QString &root = KernelShelf::defaultRoot(), QObject *parent = nullptr);
    ~ShelfFetch() override;

    QString root() const
    {
        return m_root;
    }
    // The shelf later fetches go to; false (and nothing changed) while a fetch runs.
    bool setRoot(const QString &root);

    // Starts fetching the catalogue kernel `name`; false when a fetch is already under way. The
    // outcome is one of finished(), failed() or cancelled(), always later than this call.
    bool start(const QString &name);
    // From start() until the outcome has been signalled.
    bool isRunning() const
    {
        return m_running;
    }
    // The kernel being fetched, or the last one.
    QString kernelName() const
    {
        return m_name;
    }
    // Whether cancel() was called on the fetch under way.
    bool isCancelling() const
    {
        return m_running && m_cancel.load();
    }

public Q_SLOTS:
    // Asks the fetch under way to stop; cancelled() follows once apt has been stopped. A fetch
    // already past its last download may still end with finished().
    void cancel();

Q_SIGNALS:
    void progress(double fraction, const QString &what);
    void finished(const tcplab::kernels::ShelfKernel &kernel);
    void failed(const QString &error);
    void cancelled();

private:
    void onWorkerDone(bool ok, const tcplab::kernels::ShelfKernel &kernel, const QString &error);
    void joinWorker();

    QString m_root;
    QString m_name;
    bool m_running = false;
    std::atomic_bool m_cancel{false};
    QThread *m_worker = nullptr;
};

} // namespace tcplab::kernels

Q_DECLARE_METATYPE(tcplab::kernels::ShelfKernel)
