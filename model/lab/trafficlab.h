// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic lab: load patterns between the two hosts of the sandbox (a server host and a client
// host joined by a rate-limited veth link), measured on each host as the 2004 checklist measures
// a host: packets per second each way, bytes per packet, Mbps, CPU split, TCP counters, socket
// states. TrafficSpec is what to run, TrafficResult what was found (TrafficRunner runs it).
#pragma once

#include "checklist/bottleneckchecklist.h"
#include "sources/countersnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>

namespace tcplab::lab
{

struct TrafficSpec {
    Q_DECLARE_TR_FUNCTIONS(tcplab::lab::TrafficSpec)
public:
    QString pattern = QStringLiteral("put");
    QString rate = QStringLiteral("100mbit"); // 10mbit, 100mbit, 1gbit or unlimited
    int mtu = 1500;
    qint64 queueBytes = 0; // the link's queue (tbf limit); 0: 20 ms at the rate
    double durationS = 5; // per phase
    int size = 1000; // rr: bytes each way per transaction
    int concurrency = 4; // rr and churn: connections at once

    // put, get, put-then-get, rr, churn, congested.
    static QStringList patterns();
    // What a pattern does, untranslated (context "tcplab::lab::TrafficSpec").
    static const char *patternDescription(const QString &pattern);
    static QStringList rates();
    // The client's load per phase: put-then-get is put then get; congested is a put over a link
    // whose queue holds only a few frames.
    QStringList phases() const;
    // The link's queue as used: congested makes it four frames unless one was given.
    qint64 effectiveQueueBytes() const;
    qint64 rateBits() const; // 0 for unlimited
    QStringList validate() const;
    QStringList sandboxArguments() const;
    QJsonObject toJson() const;
};

struct TrafficHost {
    QString host; // "server" or "client"
    QString interfaceName;
    checklist::HostFigures figures; // over the link's interface
    procfs::InterfaceCounters link; // the interface's counters over the phase
    QMap<QString, double> cpu; // user, system, softirq, irq, iowait, idle: shares of the machine's CPU time
    QMap<QString, qint64> tcp; // counter deltas by the kernel's names
    QMap<QString, qint64> states; // TCP states at the end of the phase
    // Verdicts of the checklist: throughput against the link's usable share (80 % full duplex).
    checklist::Verdict inThroughput = checklist::Verdict::Unknown;
    checklist::Verdict outThroughput = checklist::Verdict::Unknown;
    QJsonObject toJson() const;
};

struct TrafficPhase {
    QString name; // put, get, rr, churn
    double seconds = 0;
    QJsonObject load; // the load generator's summary (bytes, connections, transactions)
    TrafficHost server;
    TrafficHost client;
};

struct TrafficResult {
    Q_DECLARE_TR_FUNCTIONS(tcplab::lab::TrafficResult)
public:
    TrafficSpec spec;
    QString kernelRelease;
    QString serverAddress;
    QString clientAddress;
    QList<TrafficPhase> phases;
    QStringList warnings;

    QJsonObject toJson() const;
    QString toText() const;
    // The counters every host reports.
    static QStringList tcpCounters();
};

} // namespace tcplab::lab
