// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one traffic spec without blocking its thread, as a state machine over a host with two roles
// (the sandbox's server host and client host joined by a link): the traffic server on the server
// host, one load per phase on the client host, and each host measured over each phase.
#pragma once

#include "trafficlab.h"

#include <QObject>
#include <QTimer>

namespace tcplab::hosts
{
class AgentHost;
enum class Role;
} // namespace tcplab::hosts

namespace tcplab::lab
{

class TrafficRunner : public QObject
{
    Q_OBJECT
public:
    explicit TrafficRunner(QObject *parent = nullptr);
    ~TrafficRunner() override;

    // Where tcplab-agent and tcplab-sandbox are (default: beside the running program).
    void setBinDirectory(const QString &directory)
    {
        m_binDirectory = directory;
    }
    bool start(const TrafficSpec &spec);
    void stop();
    bool isRunning() const
    {
        return m_running;
    }
    // The sandbox's process (the server host) and a process in the client host, while running:
    // their /proc/<pid>/net are the hosts' counters.
    qint64 serverPid() const;
    qint64 clientPid() const;
    // The hosts' addresses on the link, known from hostsReady() on.
    QString serverAddress() const
    {
        return m_result.serverAddress;
    }
    QString clientAddress() const
    {
        return m_result.clientAddress;
    }

Q_SIGNALS:
    void hostsReady(qint64 serverPid, qint64 clientPid);
    void hostsClosing();
    void phaseStarted(const QString &phase, int index, int count);
    void progress(double elapsedS, double totalS, const QString &text);
    void finished(const tcplab::lab::TrafficResult &result);
    void failed(const QString &message);

private:
    QString binDirectory() const;
    void onReady();
    void onLine(const QString &id, const QJsonObject &line);
    void onExited(const QString &id, const QString &how);
    void onTick();
    void startPhase();
    void endPhase();
    TrafficHost measure(hosts::Role role, const CounterSnapshot &before, const CounterSnapshot &after) const;
    void finish();
    void fail(const QString &message);
    void cleanUp();

    QString m_binDirectory;
    TrafficSpec m_spec;
    TrafficResult m_result;
    bool m_running = false;
    bool m_stopping = false;
    int m_phase = -1;
    QStringList m_phases;
    hosts::AgentHost *m_host = nullptr;
    CounterSnapshot m_serverBefore;
    CounterSnapshot m_clientBefore;
    QJsonObject m_clientSummary;
    quint16 m_port = 0;
    QTimer m_deadline;
    QTimer m_tick;
    qint64 m_phaseStartNs = 0;
};

} // namespace tcplab::lab
