// SPDX-License-Identifier: GPL-3.0-or-later
// Where the monitor's counters can come from, by kind: this machine, the running experiment
// sandbox's server host or client host, an SSH host, a node_exporter. A SourceKey names one (its
// kind and, for a remote host, the host); SourceRegistry makes the counter source for a key, with
// the census that goes with it, so that a window only asks for a source and shows it.
#pragma once

#include "series/monitorsession.h"
#include "sources/countersource.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace tcplab
{

struct SourceKey {
    Q_GADGET
public:
    enum class Kind { ThisMachine, SandboxServer, SandboxClient, Ssh, NodeExporter };
    Q_ENUM(Kind)

    Kind kind = Kind::ThisMachine;
    // The SSH destination ("user@host", "[host]:port") or the node_exporter's URL; empty for this
    // machine and the sandbox's hosts, which are whichever the running experiment has.
    QString identity;

    bool isRemote() const
    {
        return kind == Kind::Ssh || kind == Kind::NodeExporter;
    }
    // The key of a host as the hosts list keeps it ("ssh:<destination>", "node:<url>"); nullopt
    // for a Prometheus server ("prom:<url>", whose history is charted, not watched) and for
    // anything else.
    static std::optional<SourceKey> fromSavedHost(const QString &host);
    // The hosts list's form of a remote key; "" for the others.
    QString savedHost() const;

    friend bool operator==(const SourceKey &a, const SourceKey &b)
    {
        return a.kind == b.kind && a.identity == b.identity;
    }
    friend bool operator!=(const SourceKey &a, const SourceKey &b)
    {
        return !(a == b);
    }
};

// A source made for a key: the counters, and how its sockets are counted.
struct MadeSource {
    std::unique_ptr<CounterSource> source; // null when `error` says why there is none
    // A sock_diag socket of the source's network namespace (taken over by the session), or -1.
    int censusSocket = -1;
    // For sources whose sockets are not counted through netlink here; empty otherwise.
    MonitorSession::CensusProvider censusProvider;
    QString error;
};

class SourceRegistry : public QObject
{
    Q_OBJECT
public:
    // A network namespace of the running experiment's sandbox: a process in it (0 when there is
    // none), and a fresh sock_diag socket of it on demand.
    struct NamespaceHost {
        qint64 pid = 0;
        std::function<int()> censusSocket;
    };
    // Finds the sandbox's server host or client host when a key asks for one.
    using SandboxLocator = std::function<NamespaceHost(SourceKey::Kind kind)>;

    explicit SourceRegistry(QObject *parent = nullptr);

    void setSandboxLocator(SandboxLocator locator)
    {
        m_sandbox = std::move(locator);
    }

    // The source for `key`, read every `intervalMs`; remote sources are not started yet. Without
    // a source, `error` says why (translated): a sandbox host that is not running, a malformed
    // host, an unknown kind.
    MadeSource make(const SourceKey &key, int intervalMs) const;
    // Makes the source and gives it to `session` with its census, starting a remote source (whose
    // progress then comes as message()).
    // "" when the session now reads `key`, else why not (the session keeps its source then).
    QString use(const SourceKey &key, MonitorSession *session);

    // What this machine and the sandbox's hosts are called in menus and the status bar.
    static QString localName(SourceKey::Kind kind);

Q_SIGNALS:
    // A remote source's progress and problems (connecting, copying the agent, failures).
    void message(const QString &text);

private:
    MadeSource makeSandbox(SourceKey::Kind kind) const;
    static MadeSource makeSsh(const QString &destination, int intervalMs);
    static MadeSource makeNodeExporter(const QString &url, int intervalMs);

    SandboxLocator m_sandbox;
};

} // namespace tcplab
