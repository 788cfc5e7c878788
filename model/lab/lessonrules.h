// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel rules and reference figures the lessons compare against: when the server resends a
// SYN-ACK and what TcpExt.TCPSynRetrans should show for half-open clients, the 2004 checklist's
// scenario 3 and the server host's figures of a put-then-get run, and when a prediction counts as
// off. Pure functions over results; the wizard only shows them.
#pragma once

#include "experimentresult.h"
#include "trafficlab.h"

#include <QList>

#include <optional>

namespace tcplab::lab
{

// Clients that never complete their handshakes: the server resends its SYN-ACKs on its own timer.
bool hasHalfOpenClients(const ExperimentSpec &spec);

// Seconds after the SYN at which the server's request timer resends the SYN-ACK:
// reqsk_timer_handler() starts at TCP_TIMEOUT_INIT (1 s) and doubles the wait with every resend,
// capped at TCP_RTO_MAX (120 s), tcp_synack_retries times.
QList<double> synAckTimerTimes(int synackRetries);

// What the SYN-ACK lesson compares: the server's retransmission timer by the kernel's rule and what
// TcpExt.TCPSynRetrans measured.
struct SynAckFigures {
    int retries = 5;
    double window = 0;
    QList<double> timerTimes; // seconds after the SYN
    int timerResends = 0; // of those, inside the window
    int clientResends = 0; // each half-open client's own SYN retransmissions in the window
    Range expectedCounter;
    qint64 measured = 0;
    QList<qint64> bySecond; // the counter's growth at the end of each whole second
};

SynAckFigures synAckFigures(const ExperimentResult &result);

// The 2004 document's scenario 3, the host it measured on a 100 Mbps link: Figure 1's packet rates
// during an ftp put (about 6,000 in, 1,000 out a second) and an ftp get (about 7,600 out), Figure
// 4's throughput of the put (about 80 Mbps; Table 4.2's peak input was 79,773,206 bit/s).
namespace scenario3
{
constexpr double kPutPacketsIn = 6000;
constexpr double kPutPacketsOut = 1000;
constexpr double kGetPacketsOut = 7600;
constexpr double kPutMbps = 80;
constexpr double kPeakInMbps = 79.773206;
} // namespace scenario3

const TrafficPhase *findPhase(const TrafficResult &result, const QString &name);
// The interface's own byte count (Ethernet header included) in Mbps, as `tcplab traffic` shows it.
std::optional<double> interfaceMbps(const TrafficHost &host, bool in);

// The four figures the traffic lesson asks for, from the server host's side.
struct ScenarioFigures {
    const TrafficPhase *put = nullptr;
    const TrafficPhase *get = nullptr;
    std::optional<double> putPacketsIn;
    std::optional<double> getPacketsOut;
    std::optional<double> putMbps;
    std::optional<double> acksPer100; // packets out per 100 packets in, during the put
};

ScenarioFigures scenarioFigures(const TrafficResult &result);

// A prediction further than this share of the measurement from it is off.
constexpr double kOffShare = 0.20;
bool predictionIsOff(double predicted, double measured);
// The prediction's distance from the measurement in whole per cent of it; none when nothing was
// measured.
std::optional<qint64> differencePercent(double predicted, double measured);

} // namespace tcplab::lab
