// SPDX-License-Identifier: GPL-3.0-or-later
#include "shcollector.h"

#include "procfs/counterstable.h"
#include "procfs/meminfo.h"
#include "procfs/procnetdev.h"
#include "procfs/procstat.h"
#include "procfs/sockstat.h"
#include "procfs/softirqs.h"
#include "procfs/sstcp.h"
#include "procfs/text.h"

#include <QHostAddress>
#include <QtEndian>

#include <cstring>
#include <optional>
#include <utility>

namespace tcplab::remote
{

namespace
{

constexpr QByteArrayView kBegin = "=tcplab-frame-begin ";
constexpr QByteArrayView kEnd = "=tcplab-frame-end ";
constexpr QByteArrayView kFile = "=tcplab-file ";
constexpr QByteArrayView kMissing = "=tcplab-missing ";
constexpr QByteArrayView kSs = "=tcplab-ss";
constexpr QByteArrayView kCensus = "=tcplab-census";
constexpr QByteArrayView kNotice = "=tcplab-";

// "12345.67" (seconds with a fraction, as /proc/uptime prints them) in nanoseconds.
std::optional<qint64> parseUptime(QByteArrayView text)
{
    const qsizetype dot = text.indexOf('.');
    const auto seconds = procfs::parseUnsigned(dot < 0 ? text : text.first(dot));
    if (!seconds || *seconds > quint64(1) << 32)
        return std::nullopt;
    qint64 ns = qint64(*seconds) * 1000000000;
    if (dot >= 0) {
        const QByteArrayView fraction = text.sliced(dot + 1);
        if (fraction.isEmpty() || fraction.size() > 9 || !procfs::parseUnsigned(fraction))
            return std::nullopt;
        qint64 scale = 100000000;
        for (char c : fraction) {
            ns += (c - '0') * scale;
            scale /= 10;
        }
    }
    return ns;
}

sockets::SocketEndpoint endpointOf(const QHostAddress &address, quint16 port)
{
    sockets::SocketEndpoint endpoint;
    endpoint.port = port;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv4Protocol) {
        endpoint.family = 2; // AF_INET
        const quint32 network = qToBigEndian(v4);
        std::memcpy(endpoint.address.data(), &network, 4);
    } else {
        endpoint.family = 10; // AF_INET6
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        std::memcpy(endpoint.address.data(), v6.c, 16);
    }
    return endpoint;
}

} // namespace

QString ShCollector::script(int intervalMs)
{
    const QString seconds = QString::number(qMax(100, intervalMs) / 1000.0, 'f', 3);
    // No single quote anywhere: remoteCommand() wraps the program in them. Every frame is
    // complete or absent for the reader, so a dropped connection never leaves half a reading.
    return QLatin1String(
               "i=0; while :; do i=$((i+1)); read up rest </proc/uptime || up=0; "
               "echo \"=tcplab-frame-begin $i $up\"; "
               "for f in net/dev net/snmp net/netstat stat net/sockstat net/sockstat6 softirqs meminfo; do "
               "echo \"=tcplab-file $f\"; cat /proc/$f 2>/dev/null || echo \"=tcplab-missing $f\"; done; "
               "echo =tcplab-ss; ss -tan 2>/dev/null || echo \"=tcplab-missing ss\"; "
               "echo \"=tcplab-frame-end $i\" || exit; sleep ")
        + seconds + QLatin1String(" || exit; done");
}

QString ShCollector::remoteCommand(int intervalMs)
{
    return QLatin1String("sh -c '") + script(intervalMs) + QLatin1Char('\'');
}

void ShFrameReader::reset()
{
    m_pending.clear();
    m_skipToNewline = false;
    m_inFrame = false;
    m_frame = ShFrame();
    m_frameBytes = 0;
    m_section = nullptr;
}

void ShFrameReader::feed(QByteArrayView data)
{
    while (!data.isEmpty()) {
        const qsizetype newline = data.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? data : data.first(newline);
        data = newline < 0 ? QByteArrayView() : data.sliced(newline + 1);
        if (m_skipToNewline) {
            m_discardedBytes += piece.size();
            m_skipToNewline = newline < 0;
            continue;
        }
        if (newline < 0) {
            m_pending.append(piece);
            if (m_pending.size() > kMaxLineBytes) {
                m_discardedBytes += m_pending.size();
                m_pending.clear();
                m_skipToNewline = true;
                dropFrame();
            }
            break;
        }
        if (m_pending.isEmpty()) {
            handleLine(piece);
        } else {
            m_pending.append(piece);
            handleLine(m_pending);
            m_pending.clear();
        }
    }
}

QList<ShFrame> ShFrameReader::takeFrames()
{
    return std::exchange(m_complete, {});
}

void ShFrameReader::dropFrame()
{
    if (m_inFrame)
        ++m_discardedFrames;
    m_inFrame = false;
    m_frame = ShFrame();
    m_frameBytes = 0;
    m_section = nullptr;
}

void ShFrameReader::handleLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.startsWith(kBegin)) {
        dropFrame(); // a begin inside a frame: the previous one was cut off
        const auto words = procfs::splitWords(line.sliced(kBegin.size()));
        const auto sequence = words.size() == 2 ? procfs::parseUnsigned(words[0]) : std::nullopt;
        const auto uptime = words.size() == 2 ? parseUptime(words[1]) : std::nullopt;
        if (!sequence || !uptime) {
            m_discardedBytes += line.size();
            return;
        }
        m_inFrame = true;
        m_frame.sequence = *sequence;
        m_frame.uptimeNs = *uptime;
        return;
    }
    if (!m_inFrame) {
        // What the remote command says about the agent; kept few, in case a host repeats it.
        if (line.startsWith(kNotice) && line.size() < 200 && m_notices.size() < 16) {
            m_notices.append(QString::fromLatin1(line.sliced(kNotice.size())).trimmed());
            return;
        }
        m_discardedBytes += line.size() + 1;
        return;
    }
    m_frameBytes += line.size() + 1;
    if (m_frameBytes > kMaxFrameBytes) {
        dropFrame();
        return;
    }
    if (line.startsWith(kEnd)) {
        const auto sequence = procfs::parseUnsigned(line.sliced(kEnd.size()).trimmed());
        if (sequence && *sequence == m_frame.sequence) {
            m_complete.append(std::move(m_frame));
            m_inFrame = false;
            m_frame = ShFrame();
            m_frameBytes = 0;
            m_section = nullptr;
        } else {
            dropFrame();
        }
        return;
    }
    if (line.startsWith(kFile)) {
        const QString name = QString::fromLatin1(line.sliced(kFile.size()).trimmed());
        m_section = &m_frame.files[name];
        return;
    }
    if (line.startsWith(kMissing)) {
        const QString name = QString::fromLatin1(line.sliced(kMissing.size()).trimmed());
        m_frame.missing.append(name);
        m_frame.files.remove(name);
        m_section = nullptr;
        return;
    }
    if (line == kSs) {
        m_section = &m_frame.ss;
        return;
    }
    if (line == kCensus) {
        m_section = &m_frame.census;
        m_frame.hasCensus = true;
        return;
    }
    if (m_section) {
        m_section->append(line);
        m_section->append('\n');
    }
}

sockets::Census censusFromRecords(const QList<procfs::TcpSocketRecord> &records)
{
    sockets::Census census;
    for (const auto &record : records) {
        ++census.counts[record.state];
        if (record.state != procfs::TcpState::Listen)
            continue;
        sockets::ListenerQueue listener;
        listener.local = endpointOf(record.localAddress, record.localPort);
        listener.acceptQueue = quint32(qMin<quint64>(record.rxQueue, 0xffffffffu));
        listener.acceptQueueLimit = quint32(qMin<quint64>(record.txQueue, 0xffffffffu));
        census.listeners.append(listener);
    }
    for (const auto &record : records) {
        if (record.state != procfs::TcpState::SynRecv && record.state != procfs::TcpState::NewSynRecv)
            continue;
        const sockets::SocketEndpoint local = endpointOf(record.localAddress, record.localPort);
        // The listener on exactly this address, or else one on any address of the same port.
        sockets::ListenerQueue *match = nullptr;
        for (auto &listener : census.listeners) {
            if (listener.local.port != local.port)
                continue;
            if (listener.local == local) {
                match = &listener;
                break;
            }
            if (listener.local.isAnyAddress() && !match)
                match = &listener;
        }
        if (match)
            ++match->synRecv;
    }
    return census;
}

sockets::Census censusFromAgentLines(const QByteArray &text, PortSides *sides)
{
    sockets::Census census;
    const auto fail = [&census](const QString &why) {
        census = sockets::Census();
        census.error = why;
        return census;
    };
    const auto unreadable = [&fail](const QByteArray &line) {
        return fail(
            QCoreApplication::translate("tcplab::remote::ShCollector", "A remote census line cannot be read: %1").arg(QString::fromLatin1(line.left(80))));
    };
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.startsWith("error "))
            return fail(QCoreApplication::translate("tcplab::remote::ShCollector", "The remote socket census failed: %1")
                            .arg(QString::fromUtf8(line.sliced(6)).trimmed()));
        const auto words = procfs::splitWords(line);
        if (words.size() == 3 && words[0] == "state") {
            const auto state = procfs::parseUnsigned(words[1]);
            const auto count = procfs::parseUnsigned(words[2]);
            if (!state || !count || *state < 1 || *state > quint64(procfs::TcpStateMax) || *count > 0xffffffffu)
                return unreadable(line);
            census.counts.counts[size_t(*state)] += quint32(*count);
            continue;
        }
        if (words.size() == 4 && words[0] == "side" && (words[1] == "local" || words[1] == "remote")) {
            const auto state = procfs::parseUnsigned(words[2]);
            const auto count = procfs::parseUnsigned(words[3]);
            if (!state || !count || *state < 1 || *state > quint64(procfs::TcpStateMax) || *count > 0xffffffffu)
                return unreadable(line);
            if (sides) {
                sides->present = true;
                (words[1] == "local" ? sides->local : sides->remote).counts[size_t(*state)] += quint32(*count);
            }
            continue;
        }
        if (words.size() == 6 && words[0] == "listen") {
            QHostAddress address;
            const auto port = procfs::parseUnsigned(words[2]);
            const auto queue = procfs::parseUnsigned(words[3]);
            const auto limit = procfs::parseUnsigned(words[4]);
            const auto synRecv = procfs::parseUnsigned(words[5]);
            // Dotted quads or IPv6 only: QHostAddress would also take "1.2.3" as inet_aton does.
            const bool addressForm = words[1].contains(':') || words[1].count('.') == 3;
            if (!addressForm || !address.setAddress(QString::fromLatin1(words[1])) || !port || *port > 65535 || !queue || *queue > 0xffffffffu || !limit
                || *limit > 0xffffffffu || !synRecv || *synRecv > 0xffffffffu)
                return unreadable(line);
            sockets::ListenerQueue listener;
            listener.local = endpointOf(address, quint16(*port));
            listener.acceptQueue = quint32(*queue);
            listener.acceptQueueLimit = quint32(*limit);
            listener.synRecv = quint32(*synRecv);
            census.listeners.append(listener);
            continue;
        }
        return unreadable(line);
    }
    return census;
}

ShSnapshot snapshotFromFrame(const ShFrame &frame)
{
    ShSnapshot result;
    CounterSnapshot &snapshot = result.snapshot;
    snapshot.monotonicNs = frame.uptimeNs;
    const auto file = [&frame](const char *name) {
        return frame.files.value(QLatin1String(name));
    };
    const auto missing = [&](const char *name) {
        snapshot.errors.append(ShCollector::tr("The remote host could not read /proc/%1.").arg(QLatin1String(name)));
    };

    if (frame.files.contains(QStringLiteral("net/dev"))) {
        auto dev = procfs::parseProcNetDev(file("net/dev"));
        if (dev.ok())
            snapshot.interfaces = std::move(dev.value);
        else
            snapshot.errors.append(dev.error);
    } else {
        missing("net/dev");
    }
    for (const char *name : {"net/snmp", "net/netstat"}) {
        if (!frame.files.contains(QLatin1String(name))) {
            missing(name);
            continue;
        }
        const auto table = procfs::parseCountersTable(file(name), QLatin1String("/proc/") + QLatin1String(name));
        if (table.ok())
            snapshot.netstat.merge(table.value);
        else
            snapshot.errors.append(table.error);
    }
    if (frame.files.contains(QStringLiteral("stat"))) {
        auto cpu = procfs::parseProcStat(file("stat"));
        if (cpu.ok())
            snapshot.cpu = std::move(cpu.value);
        else
            snapshot.errors.append(cpu.error);
    } else {
        missing("stat");
    }
    // Optional, as for the local source: no IPv6, a minimal /proc.
    for (const char *name : {"net/sockstat", "net/sockstat6"}) {
        if (!frame.files.contains(QLatin1String(name)))
            continue;
        const auto table = procfs::parseSockstat(file(name), QLatin1String("/proc/") + QLatin1String(name));
        if (table.ok())
            snapshot.sockstat.merge(table.value);
    }
    if (frame.files.contains(QStringLiteral("softirqs"))) {
        auto softirqs = procfs::parseSoftIrqs(file("softirqs"));
        if (softirqs.ok())
            snapshot.softirqs = std::move(softirqs.value);
    }
    if (frame.files.contains(QStringLiteral("meminfo"))) {
        auto memory = procfs::parseMemInfo(file("meminfo"));
        if (memory.ok())
            snapshot.memory = std::move(memory.value);
    }
    if (frame.hasCensus) {
        result.census = censusFromAgentLines(frame.census, &result.sides);
    } else if (frame.missing.contains(QStringLiteral("ss"))) {
        result.census.error = ShCollector::tr("The remote host has no ss (iproute2): no socket census.");
    } else {
        const auto sockets = procfs::parseSsTcp(frame.ss);
        if (sockets.ok())
            result.census = censusFromRecords(sockets.value);
        else
            result.census.error = sockets.error;
    }
    return result;
}

} // namespace tcplab::remote
