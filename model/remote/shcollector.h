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

#include <utility>

namespace tcplab::remote
{

struct ShFrame {
    quint64 sequence = 0;
    qint64 uptimeNs = 0; // the remote's /proc/uptime when the frame started
    QHash<QString, QByteArray> files; // "net/dev", "stat" ... -> contents
    QStringList missing; // files (or "ss") the remote could not read
    QByteArray ss; // `ss -tan` output
    QByteArray census; // tcplab-agent's netlink census lines ("state N COUNT", "listen ADDR PORT Q LIMIT SYN")
    bool hasCensus = false; // the frame came from tcplab-agent watch
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

    // Lines that the remote command prints outside frames to say what it found, without the
    // "=tcplab-" prefix: "agent-missing", "agent-unsuitable Linux aarch64", ...
    QStringList takeNotices()
    {
        return std::exchange(m_notices, {});
    }

    // Bytes outside any frame (a login banner, a motd, noise) and frames begun but not finished.
    qint64 discardedBytes() const
    {
        return m_discardedBytes;
    }
    int discardedFrames() const
    {
        return m_discardedFrames;
    }

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
    QStringList m_notices;
    qint64 m_discardedBytes = 0;
    int m_discardedFrames = 0;
};

// The states of the sockets on each side of one port, from `tcplab-agent watch --port P`.
struct PortSides {
    bool present = false;
    procfs::TcpStateCounts local; // local port P: the server's sockets
    procfs::TcpStateCounts remote; // remote port P: its clients' sockets
};

struct ShSnapshot {
    CounterSnapshot snapshot; // monotonicNs is the remote uptime; the caller maps it
    sockets::Census census; // counts and listeners from `ss -tan` or the agent's netlink census
    PortSides sides;
};

ShSnapshot snapshotFromFrame(const ShFrame &frame);
// The census section of an agent frame; a malformed line gives an error, never a partial census.
sockets::Census censusFromAgentLines(const QByteArray &text, PortSides *sides = nullptr);
// Counts per state and every listener's queues from `ss -tan` records (request sockets, which
// ss shows as SYN-RECV, are matched to their listener by local address and port).
sockets::Census censusFromRecords(const QList<procfs::TcpSocketRecord> &records);

} // namespace tcplab::remote
