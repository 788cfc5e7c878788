// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceregistry.h"

#include "remote/nodeexportersource.h"
#include "remote/sshcommand.h"
#include "remote/sshsource.h"
#include "sources/localcountersource.h"

#include <QUrl>

namespace tcplab
{

namespace
{

const QLatin1String kSshPrefix("ssh:");
const QLatin1String kNodePrefix("node:");

} // namespace

std::optional<SourceKey> SourceKey::fromSavedHost(const QString &host)
{
    if (host.startsWith(kSshPrefix))
        return SourceKey{Kind::Ssh, host.mid(kSshPrefix.size())};
    if (host.startsWith(kNodePrefix))
        return SourceKey{Kind::NodeExporter, host.mid(kNodePrefix.size())};
    return std::nullopt;
}

QString SourceKey::savedHost() const
{
    switch (kind) {
    case Kind::Ssh:
        return kSshPrefix + identity;
    case Kind::NodeExporter:
        return kNodePrefix + identity;
    case Kind::ThisMachine:
    case Kind::SandboxServer:
    case Kind::SandboxClient:
        break;
    }
    return QString();
}

SourceRegistry::SourceRegistry(QObject *parent)
    : QObject(parent)
{
}

QString SourceRegistry::localName(SourceKey::Kind kind)
{
    switch (kind) {
    case SourceKey::Kind::ThisMachine:
        return tr("This machine");
    case SourceKey::Kind::SandboxServer:
        return tr("Experiment sandbox");
    case SourceKey::Kind::SandboxClient:
        return tr("Experiment sandbox: client host");
    case SourceKey::Kind::Ssh:
    case SourceKey::Kind::NodeExporter:
        break;
    }
    return QString();
}

MadeSource SourceRegistry::make(const SourceKey &key, int intervalMs) const
{
    MadeSource made;
    if (!key.isRemote() && !key.identity.isEmpty()) {
        made.error = tr("this machine and the sandbox's hosts take no host name, not \"%1\"").arg(key.identity);
        return made;
    }
    switch (key.kind) {
    case SourceKey::Kind::ThisMachine:
        made.source = std::make_unique<LocalCounterSource>();
        return made;
    case SourceKey::Kind::SandboxServer:
    case SourceKey::Kind::SandboxClient:
        return makeSandbox(key.kind);
    case SourceKey::Kind::Ssh:
        return makeSsh(key.identity, intervalMs);
    case SourceKey::Kind::NodeExporter:
        return makeNodeExporter(key.identity, intervalMs);
    }
    made.error = tr("unknown kind of source: %1").arg(int(key.kind));
    return made;
}

MadeSource SourceRegistry::makeSandbox(SourceKey::Kind kind) const
{
    MadeSource made;
    const NamespaceHost host = m_sandbox ? m_sandbox(kind) : NamespaceHost();
    if (host.pid <= 0) {
        made.error = kind == SourceKey::Kind::SandboxClient ? tr("the experiment sandbox has no client host now") : tr("the experiment sandbox is not running");
        return made;
    }
    auto source = std::make_unique<LocalCounterSource>(QStringLiteral("/proc/%1/net").arg(host.pid));
    source->setDisplayName(localName(kind));
    made.source = std::move(source);
    made.censusSocket = host.censusSocket ? host.censusSocket() : -1;
    return made;
}

MadeSource SourceRegistry::makeSsh(const QString &destination, int intervalMs)
{
    MadeSource made;
    remote::SshTarget target;
    made.error = remote::SshCommand::parseDestination(destination, &target);
    if (made.error.isEmpty())
        made.error = remote::SshCommand::validate(target);
    if (!made.error.isEmpty())
        return made;
    auto source = std::make_unique<remote::SshSource>(target);
    remote::SshSource *ssh = source.get();
    // A fresh frame for every sample.
    ssh->setFrameIntervalMs(qMax(100, intervalMs / 2));
    made.censusProvider = [ssh](sockets::Census *census) {
        *census = ssh->lastCensus();
        return census->ok();
    };
    made.source = std::move(source);
    return made;
}

MadeSource SourceRegistry::makeNodeExporter(const QString &url, int intervalMs)
{
    MadeSource made;
    made.error = remote::NodeExporterSource::validateUrl(QUrl(url));
    if (!made.error.isEmpty())
        return made;
    auto source = std::make_unique<remote::NodeExporterSource>(QUrl(url));
    source->setTimeoutMs(qMin(5000, intervalMs));
    made.source = std::move(source);
    // node_exporter reports counters, not sockets: the socket views stay empty and say why.
    made.censusProvider = [](sockets::Census *census) {
        *census = sockets::Census();
        census->error = tr("node_exporter reports no socket states or listen queues");
        return false;
    };
    return made;
}

QString SourceRegistry::use(const SourceKey &key, MonitorSession *session)
{
    MadeSource made = make(key, session->intervalMs());
    if (!made.source)
        return made.error;
    auto *ssh = dynamic_cast<remote::SshSource *>(made.source.get());
    session->setSource(std::move(made.source), made.censusSocket);
    if (made.censusProvider)
        session->setCensusProvider(std::move(made.censusProvider));
    if (ssh) {
        connect(ssh, &remote::SshSource::stateChanged, this, [this](remote::SshSource::State, const QString &text) {
            Q_EMIT message(text);
        });
        ssh->start();
    }
    return QString();
}

} // namespace tcplab
