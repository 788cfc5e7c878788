// SPDX-License-Identifier: GPL-3.0-or-later
// A place where a run happens: somewhere tcplab can start tcplab-agent programs, read their JSON
// lines, signal them, look at the sockets on both sides of the server's port, and read the
// counters. The experiment and traffic runners are state machines over this interface and never
// ask which kind of host they have: the sandbox (one network namespace, or two joined by a link),
// this machine's loopback, and SSH hosts are one class each.
//
// A run sees its host go through open() -> ready() -> startAgent()... -> watchPort() ->
// portReady() -> sample()/counters() while it observes -> close() -> closed(); failed() may come
// at any point and ends the host's usefulness. kill() ends everything at once, without signals.
#pragma once

#include "procfs/tcpstate.h"
#include "sources/countersnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <optional>

namespace tcplab::hosts
{

// Who a program or a figure belongs to: the server's host or the clients'. On a single host both
// roles are the same place.
enum class Role { Server, Client };

// What a host says about itself once it is ready.
struct HostInfo {
    QString kernelRelease; // `uname -r` of the server's host
    QMap<QString, QString> sysctls; // "net/core/somaxconn" -> "4096", as read on the server's host
    QString namespaceKind; // the sandbox's "user+net" or "net"; empty where tcplab made none
    bool twoHosts = false; // the server and the clients sit on two hosts joined by a link
    QString serverBind; // the address the server listens on
    QString serverAddress; // the address the clients connect to
    QString clientAddress; // the client host's address on the link (two hosts)
    QString serverInterface; // the link's interface on each host (two hosts)
    QString clientInterface;
    int defaultPort = 0; // the server's port when none is asked for; 0: any free one
    QString accelerator; // a virtual machine's: "kvm" or "tcg"
    QString acceleratorNote; // which one ran and why, in a sentence
};

// One look at the sockets on both sides of the server's port: the server's own sockets (local port
// = the port) and the clients' (peer port = the port), and the listener's accept queue.
struct PortSides {
    QMap<QString, qint64> serverStates; // "SYN_RECV", "ESTABLISHED" ...
    QMap<QString, qint64> clientStates; // "SYN_SENT", "ESTABLISHED" ...
    qint64 listenQueue = 0;
    qint64 listenLimit = 0;
    QStringList errors; // a side that could not be read
};

// The per-namespace settings a run reads and may set, as paths under /proc/sys.
QStringList runSysctls();
// One of this machine's own settings (a path under /proc/sys), simplified; "" where unreadable.
QString readLocalSysctl(const QString &path);

class AgentHost : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AgentHost() override = default;

    // A few words for messages: "tcplab-sandbox", "this machine", "user@host".
    virtual QString name() const = 0;
    // Brings the host up; ready() or failed() follows, never from inside this call.
    virtual void open() = 0;
    // How long open() may take before the host counts as hung.
    virtual int readyTimeoutMs() const
    {
        return 10000;
    }
    const HostInfo &info() const
    {
        return m_info;
    }

    // Starts `tcplab-agent arguments...` as program `id` where `role` runs; agentStarted(),
    // agentLine() and agentExited() follow, or failed().
    virtual void startAgent(const QString &id, Role role, const QStringList &arguments) = 0;
    virtual void signalAgent(const QString &id, int signalNumber) = 0;

    // The server listens on `port`: whatever follows that port on the hosts starts, and
    // portReady() follows (at once where nothing needs starting).
    virtual void watchPort(quint16 port);
    virtual PortSides sample(quint16 port) = 0;
    // Counts per TCP state of the whole host where `role` runs; false where unreadable.
    virtual bool stateCounts(Role role, procfs::TcpStateCounts *counts) = 0;
    // The counters of the host where `role` runs; nothing for the clients' role on a single host
    // (the server's counters are theirs too) and where a host keeps no separate books.
    virtual std::optional<CounterSnapshot> counters(Role role) = 0;

    // Ends what still runs and the host itself; closed() follows.
    virtual void close() = 0;
    // Ends everything now; no signal follows.
    virtual void kill() = 0;
    // Every process started so far (the host's own and the agents), for checks and diagnostics.
    virtual QList<qint64> processIds() const = 0;
    // Where tcplab made a network namespace for `role`: a process in it (its /proc/<pid>/net is
    // the namespace's counters) and a new sock_diag descriptor of it (the caller owns it).
    virtual qint64 namespacePid(Role role) const;
    virtual int duplicateCensusSocket(Role role) const;

Q_SIGNALS:
    void progress(const QString &text);
    void ready();
    void portReady();
    void agentStarted(const QString &id, qint64 pid);
    void agentLine(const QString &id, const QJsonObject &event);
    void agentExited(const QString &id, const QString &how);
    // Something went wrong that does not stop the run.
    void warning(const QString &message);
    void failed(const QString &message);
    void closed();

protected:
    HostInfo m_info;
};

} // namespace tcplab::hosts
