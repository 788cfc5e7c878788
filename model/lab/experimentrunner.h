// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one experiment without blocking the thread it lives in, as a state machine over the host
// the run happens on (hosts::AgentHost: the sandbox, this machine's loopback or SSH hosts): opens
// the host, starts `tcplab-agent serve` and the clients there, samples the sockets on both sides of
// the server's port and the server host's counters every 100 ms, collects the clients' outcomes,
// stops everything, and builds an ExperimentResult with the kernel model's prediction beside the
// measurement. Every process it starts dies with it, even when it is killed (PR_SET_PDEATHSIG).
// Links Qt Core only.
#pragma once

#include "experimentresult.h"
#include "experimentspec.h"
#include "kernelmodel.h"
#include "remote/sshcommand.h"
#include "sources/countersnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>

namespace tcplab::hosts
{
class AgentHost;
}

namespace tcplab::lab
{

struct RunnerOptions {
    // Where tcplab-agent and tcplab-sandbox are; the directory of the running program by default.
    QString binDirectory;
    // The server's port: 11000 (the lab log's) in the sandbox; 0 on the host, for any free port.
    int port = -1;
    // A remote run: the server on one host, the clients on another; either may be missing, which
    // means this machine. Both missing: the sandbox (or the spec's host-loopback mode).
    std::optional<remote::SshTarget> serverHost;
    std::optional<remote::SshTarget> clientHost;
    // Hosts the user added (the hosts dialog): besides loopback, the only ones a run may target.
    QStringList configuredHosts;
    // The kernel the run happens on: "" or "host" for this machine's, else the name of a kernel on
    // the shelf (kernels::KernelShelf), booted in a virtual machine.
    QString kernel;

    bool onShelfKernel() const
    {
        return !kernel.isEmpty() && kernel != QLatin1String("host");
    }

    bool isRemote() const
    {
        return serverHost.has_value() || clientHost.has_value();
    }
};

class ExperimentRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExperimentRunner(QObject *parent = nullptr);
    ~ExperimentRunner() override;

    // Everything that can be checked before anything starts (see Preflight). Translated
    // messages; empty when the run can start.
    static QStringList preflight(const ExperimentSpec &spec, const RunnerOptions &options = {});

    // Starts the run; the outcome comes as finished() or failed(). Returns false (and emits
    // failed()) when preflight() finds a problem or a run is already going.
    bool start(const ExperimentSpec &spec, const RunnerOptions &options = {});
    // Ends the run early and cleanly: the clients and the server are stopped, the sandbox exits,
    // and failed() reports that the run was stopped.
    void stop();
    bool isRunning() const
    {
        return m_phase != Phase::Idle;
    }

    // The sandbox's process while a sandboxed run is going (0 otherwise): its /proc/<pid>/net is
    // the namespace's counters.
    qint64 sandboxPid() const;
    // With two hosts: a process in the client host (0 otherwise), and a new descriptor of the
    // client host's socket diagnostics socket (-1 otherwise; the caller owns it).
    qint64 clientHostPid() const;
    int duplicateClientCensusSocket() const;
    // A new descriptor of the sandbox's socket diagnostics socket, for a census of the sandbox from
    // elsewhere (the monitor), or -1. The caller owns it.
    int duplicateCensusSocket() const;
    // Process ids of everything started so far (the sandbox and the agents), for diagnostics.
    QList<qint64> processIds() const;

Q_SIGNALS:
    void started();
    // The sandbox is up: its counters and sockets can be watched (see sandboxPid()).
    void sandboxReady(qint64 pid);
    // The sandbox is about to go; whoever watches it must stop now.
    void sandboxClosing();
    void progress(qint64 elapsedMs, qint64 totalMs, const QString &phase);
    void timelineSample(const tcplab::lab::TimelineSample &sample);
    void finished(const tcplab::lab::ExperimentResult &result);
    void failed(const QString &message);

private:
    enum class Phase { Idle, Opening, Server, LateClients, Observe, Collect, Stopping };

    struct Agent {
        QString id;
        qint64 pid = 0;
        bool exited = false;
        bool summary = false;
        QJsonObject summaryEvent;
        QHash<QString, qint64> outcomeCounts;
        QStringList errors;
    };

    void openHost();
    void onHostReady();
    void onDeadline();
    void beginServer();
    EffectiveSettings settingsInForce() const;
    void spawnAgent(const QString &id, const QStringList &arguments);
    void signalAgent(const QString &id, int signal);
    void onAgentLine(const QString &id, const QJsonObject &event);
    void onAgentExited(const QString &id, const QString &how);
    void onListening(const QJsonObject &event);
    void onPortReady();
    QStringList connectArguments(int clients) const;
    void startLateClients();
    void startClients();
    void onTick();
    void takeSample(bool last);
    void keepFinalSample(const TimelineSample &sample, const CounterSnapshot &now);
    void endObservation();
    void checkCollected();
    void stopServer();
    void countOutcomes();
    void finishRun();
    void fail(const QString &message);
    void cleanUp();
    void setPhase(Phase phase, const QString &text);

    Phase m_phase = Phase::Idle;
    ExperimentSpec m_spec;
    RunnerOptions m_options;
    bool m_stopRequested = false;

    hosts::AgentHost *m_host = nullptr;
    QHash<QString, Agent> m_agents;

    CounterSnapshot m_before;
    std::optional<CounterSnapshot> m_clientBefore; // a client host with counters of its own
    KernelVersion m_kernel;
    ExperimentResult m_result;
    quint16 m_port = 0;

    QTimer m_tick; // samples during the observation, and every wait's progress
    QTimer m_deadline; // the current phase's time limit
    QElapsedTimer m_clock; // since the clients started
    QElapsedTimer m_phaseClock;
    qint64 m_totalMs = 0;
};

} // namespace tcplab::lab
