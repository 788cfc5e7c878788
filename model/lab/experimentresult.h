// SPDX-License-Identifier: GPL-3.0-or-later
// What one experiment run measured, beside what the kernel model expected: socket states on both
// ends of the server port at the end of the observation, the clients' outcomes, the counter
// deltas from start to end, a timeline sampled during the run, and a bilingual explanation that
// names every figure outside its expected range and the likely reason.
#pragma once

#include "experimentspec.h"
#include "i18n/bilingual.h"
#include "kernelmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace tcplab::lab
{

// One sample of the timeline, every 100 ms during the observation.
struct TimelineSample {
    qint64 elapsedMs = 0; // since the clients started
    qint64 listenQueue = 0; // the listener's accept queue (ss -ltn Recv-Q)
    qint64 listenLimit = 0; // its limit (Send-Q)
    QMap<QString, qint64> serverStates; // "SYN_RECV", "ESTABLISHED" ... on the server port
    QMap<QString, qint64> clientStates; // "SYN_SENT", "ESTABLISHED" ... towards the server port
    QMap<QString, qint64> counters; // TcpExt/Tcp counters, change since the start

    QJsonObject toJson() const;
};

// The groups of figures the model predicts, in the order comparisons() lists them.
enum class ComparisonGroup {
    ServerStates, // "server.states": socket states on the server port
    ClientStates, // "client.states": the clients' socket states towards it
    ClientOutcomes, // "client.outcomes": what each client's connect() ended in
    CountersDelta, // "counters_delta": counter growth over the run
};

// The group of a Comparison::group key ("server.states" ...); CountersDelta for any other.
ComparisonGroup comparisonGroup(const QString &key);
QString comparisonGroupKey(ComparisonGroup group);
// The group in words, in the user interface's language.
QString comparisonGroupName(ComparisonGroup group);

// One measured figure against its expected range.
struct Comparison {
    QString group; // "server.states", "client.states", "client.outcomes", "counters_delta"
    QString key; // "ESTABLISHED", "connected", "TcpExt.ListenOverflows"
    qint64 measured = 0;
    Range expected;
    bool matches() const
    {
        return expected.contains(measured);
    }
    ComparisonGroup groupId() const
    {
        return comparisonGroup(group);
    }
};

struct ExperimentResult {
    Q_DECLARE_TR_FUNCTIONS(tcplab::lab::ExperimentResult)
public:
    ExperimentSpec spec;
    QString kernelRelease;
    bool sandbox = true;
    QString namespaceKind; // "user+net", "net", "vm" (a shelf kernel's virtual machine); empty on the host
    // A virtual machine's run: the shelf kernel's name, the accelerator that ran it ("kvm", "tcg")
    // and why that one, in a sentence.
    QString shelfKernel;
    QString accelerator;
    QString acceleratorNote;
    // A run across hosts over SSH: the server's and the clients' hosts ("" = this machine).
    QString serverHost;
    QString clientHost;
    // Two hosts in the sandbox: each host's address, and the client host's own counter deltas
    // (countersDelta is the server host's).
    bool twoHosts = false;
    QString serverAddress;
    QString clientAddress;
    QMap<QString, qint64> clientCountersDelta;
    bool isRemote() const
    {
        return !serverHost.isEmpty() || !clientHost.isEmpty();
    }
    // The "hosts" section of toJson(): two hosts or a remote run; null otherwise.
    QJsonValue hostsJson() const;
    QMap<QString, QString> sysctls; // the settings in force ("net/core/somaxconn" -> "4096")
    quint16 port = 0;
    qint64 durationMs = 0;
    qint64 listenQueue = 0;
    qint64 listenLimit = 0;
    QMap<QString, qint64> serverStates;
    QMap<QString, qint64> clientStates;
    QMap<QString, qint64> outcomes; // connected, timed_out, refused, reset, errors
    QMap<QString, qint64> countersDelta;
    QList<TimelineSample> timeline;
    Prediction expected;
    QList<BilingualText> explanation; // the model's notes, then one per difference
    QStringList warnings; // things that went wrong in the run without stopping it

    // Every figure the model predicts, measured beside expected.
    QList<Comparison> comparisons() const;
    // Adds to `explanation` one note per figure outside its range, with the likely reason.
    void explainDifferences();

    QJsonObject toJson() const;
    // The table for people: expected beside measured, a mark where they differ, then the
    // explanation in Japanese and in English.
    QString toText() const;
};

// Counters every result reports, by the kernel's names.
QStringList reportedCounters();

} // namespace tcplab::lab
