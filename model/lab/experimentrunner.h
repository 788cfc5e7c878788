// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one experiment without blocking the thread it lives in: starts tcplab-sandbox (a private
// network namespace with the spec's sysctls) or, in host-loopback mode, nothing; starts
// `tcplab-agent serve` and the clients inside it; samples the sockets (through the sandbox's
// sock_diag socket) and the namespace's counters (/proc/<sandbox pid>/net) every 100 ms; collects
// the clients' outcomes; stops everything; and builds an ExperimentResult with the kernel model's
// prediction beside the measurement. Every process it starts dies with it, even when it is killed
// (PR_SET_PDEATHSIG), and the namespace goes with the last of them. Links Qt Core only.
#pragma once

#include "experimentresult.h"
#include "experimentspec.h"
#include "kernelmodel.h"
#include "remote/sshcommand.h"
#include "sockets/socketcensus.h"
#include "sources/localcountersource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>
#include <optional>

namespace tcplab::remote {
class SshSource;
}
namespace tcplab::sandbox {
class SandboxProcess;
}

namespace tcplab::lab {

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

    bool isRemote() const { return serverHost.has_value() || clientHost.has_value(); }
};

class ExperimentRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExperimentRunner(QObject *parent = nullptr);
    ~ExperimentRunner() override;

    // Everything that can be checked before anything starts: the spec's own checks, the
    // executables, the local port range and the open-file limit against the client count, and,
    // on the host, whether the port is free. Translated messages; empty when the run can start.
    static QStringList preflight(const ExperimentSpec &spec, const RunnerOptions &options = {});

    // Starts the run; the outcome comes as finished() or failed(). Returns false (and emits
    // failed()) when preflight() finds a problem or a run is already going.
    bool start(const ExperimentSpec &spec, const RunnerOptions &options = {});
    // Ends the run early and cleanly: the clients and the server are stopped, the sandbox exits,
    // and failed() reports that the run was stopped.
    void stop();
    bool isRunning() const { return m_phase != Phase::Idle; }

    // The sandbox's process while a sandboxed run is going (0 otherwise): its /proc/<pid>/net is
    // the namespace's counters.
    qint64 sandboxPid() const { return m_sandboxPid; }
    // With two hosts: a process in the client host (0 otherwise), and a new descriptor of the
    // client host's socket diagnostics socket (-1 otherwise; the caller owns it).
    qint64 clientHostPid() const { return m_clientPid; }
    int duplicateClientCensusSocket() const { return m_clientCensus ? m_clientCensus->duplicateSocket() : -1; }
    // A new descriptor of the sandbox's socket diagnostics socket, for a census of the sandbox from
    // elsewhere (the monitor), or -1. The caller owns it.
    int duplicateCensusSocket() const { return m_census.duplicateSocket(); }
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
    enum class Phase { Idle, Sandbox, Server, LateClients, Observe, Collect, Stopping };

    struct Agent {
        QString id;
        qint64 pid = 0;
        bool exited = false;
        bool summary = false;
        QJsonObject summaryEvent;
        QHash<QString, qint64> outcomeCounts;
        QStringList errors;
        QProcess *process = nullptr; // host-loopback and remote runs
        bool remote = false; // runs through ssh: stopped by closing its standard input
        QByteArray partial;
    };

    void startSandbox();
    void onReady(const QJsonObject &ready);
    void startHost();
    void startRemote();
    void startWatchers();
    void onWatchersReady();
    bool remoteRole(const QString &id) const;
    std::optional<remote::SshTarget> targetOf(const QString &id) const;
    QString serverAddress() const; // where the clients connect to
    void beginServer();
    void spawnAgent(const QString &id, const QStringList &arguments);
    void signalAgent(const QString &id, int signal);
    void onAgentLine(const QString &id, const QJsonObject &event);
    void onAgentExited(const QString &id, const QString &how);
    void onListening(const QJsonObject &event);
    void startClients();
    void onTick();
    void takeSample(bool last);
    void endObservation();
    void checkCollected();
    void stopServer();
    void finishRun();
    void fail(const QString &message);
    void cleanUp();
    void setPhase(Phase phase, const QString &text);
    QString agentPath() const;
    QString sandboxPath() const;

    Phase m_phase = Phase::Idle;
    ExperimentSpec m_spec;
    RunnerOptions m_options;
    QString m_failure; // set when the run ends with failed()
    bool m_stopRequested = false;

    sandbox::SandboxProcess *m_sandbox = nullptr;
    qint64 m_sandboxPid = 0;
    QHash<QString, Agent> m_agents;

    sockets::SocketCensus m_census;
    std::unique_ptr<LocalCounterSource> m_counters;
    CounterSnapshot m_before;
    KernelVersion m_kernel;
    ExperimentResult m_result;
    quint16 m_port = 0;

    // Remote runs: the agent's hash on the remote hosts, where the clients connect to, and the
    // watchers (tcplab-agent watch over ssh) of the remote server and client hosts.
    QByteArray m_agentSha256;
    QString m_serverBind;
    QString m_serverAddress;
    remote::SshSource *m_serverWatch = nullptr;
    remote::SshSource *m_clientWatch = nullptr;
    bool m_sameHost = false;
    // Two hosts in the sandbox: the client host's census, counters and process.
    std::unique_ptr<sockets::SocketCensus> m_clientCensus;
    std::unique_ptr<LocalCounterSource> m_clientCounters;
    CounterSnapshot m_clientBefore;
    qint64 m_clientPid = 0;
    QTimer m_tick; // samples during the observation, and every wait's progress
    QTimer m_deadline; // the current phase's time limit
    QElapsedTimer m_clock; // since the clients started
    QElapsedTimer m_phaseClock;
    qint64 m_totalMs = 0;
};

} // namespace tcplab::lab
