// SPDX-License-Identifier: GPL-3.0-or-later
// The portable collector: a fixed POSIX sh loop run on the remote host that prints, every
// interval, one framed block of the /proc files and `ss -tan`; and the reader that takes frames
// out of the byte stream (partial frames, garbage between frames) and turns them into snapshots
// with the same parsers as the local source.
#pragma once

#include "sockets/socketcensus.h"
#include "sources/countersnapshot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace tcplab::remote {

struct ShFrame {
    quint64 sequence = 0;
    qint64 uptimeNs = 0; // the remote's /proc/uptime when the frame started
    QHash<QString, QByteArray> files; // "net/dev", "stat" ... -> contents
    QStringList missing; // files (or "ss") the remote could not read
    QByteArray ss; // `ss -tan` output
};

class ShCollector
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::remote::ShCollector)
public:
    // The sh program; `intervalMs` is the pause between frames.
    static QString script(int intervalMs);
    // What ssh runs: the program as one argument of `sh -c`, so the remote login shell (bash,
    // zsh, fish ...) only has to understand single quotes.
    static QString remoteCommand(int intervalMs);
};

// Feed it bytes as they arrive; complete frames come out of takeFrames(). Memory is bounded:
// a frame over kMaxFrameBytes or a line over kMaxLineBytes is dropped.
class ShFrameReader
{
public:
    static constexpr qsizetype kMaxFrameBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;

    void feed(QByteArrayView data);
    QList<ShFrame> takeFrames();
    void reset();

    // Bytes outside any frame (a login banner, a motd, noise) and frames begun but not finished.
    qint64 discardedBytes() const { return m_discardedBytes; }
    int discardedFrames() const { return m_discardedFrames; }

private:
    void handleLine(QByteArrayView line);
    void dropFrame();

    QByteArray m_pending; // an incomplete last line
    bool m_skipToNewline = false; // inside an over-long line
    bool m_inFrame = false;
    ShFrame m_frame;
    qsizetype m_frameBytes = 0;
    QByteArray *m_section = nullptr; // where the lines of the current file go
    QList<ShFrame> m_complete;
    qint64 m_discardedBytes = 0;
    int m_discardedFrames = 0;
};

struct ShSnapshot {
    CounterSnapshot snapshot; // monotonicNs is the remote uptime; the caller maps it
    sockets::Census census; // counts and listeners from `ss -tan`
};

ShSnapshot snapshotFromFrame(const ShFrame &frame);
// Counts per state and every listener's queues from `ss -tan` records (request sockets, which
// ss shows as SYN-RECV, are matched to their listener by local address and port).
sockets::Census censusFromRecords(const QList<procfs::TcpSocketRecord> &records);

} // namespace tcplab::remote
