// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshhost.h"

#include "censussides.h"
#include "remote/sshsource.h"
#include "remotehosts.h"
#include "sources/localcountersource.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSysInfo>

namespace tcplab::hosts
{

namespace
{

// A remote host's watcher: a frame every 100 ms, and this long for the first one.
constexpr int kWatchIntervalMs = 100;
constexpr int kWatchStallMs = 5000;
constexpr int kWatchReadyTimeoutMs = 20000;

void addStates(const procfs::TcpStateCounts &counts, QMap<QString, qint64> *states)
{
    for (int n = 1; n <= procfs::TcpStateMax; ++n) {
        if (counts.counts[size_t(n)] != 0)
            (*states)[procfs::tcpStateName(procfs::TcpState(n))] += counts.counts[size_t(n)];
    }
}

QHostAddress firstIpv4(const QList<QHostAddress> &addresses, bool skipLoopback)
{
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !(skipLoopback && a.isLoopback()))
            return a;
    }
    return QHostAddress();
}

} // namespace

struct SshHost::Local {
    sockets::SocketCensus census;
    std::unique_ptr<LocalCounterSource> counters;
};

SshHost::SshHost(const QString &binDirectory, const std::optional<remote::SshTarget> &server, const std::optional<remote::SshTarget> &client, QObject *parent)
    : ProcessHost(parent)
    , m_server(server)
    , m_client(client)
    , d(std::make_unique<Local>())
{
    m_binDirectory = binDirectory;
    m_sameHost = m_server && m_client && m_server->destination() == m_client->destination();
    m_watchDeadline.setSingleShot(true);
    connect(&m_watchDeadline, &QTimer::timeout, this, [this] {
        Q_EMIT failed(tr("the remote hosts' counters did not arrive within %1 s").arg(kWatchReadyTimeoutMs / 1000));
    });
}

SshHost::~SshHost()
{
    kill();
}

QString SshHost::name() const
{
    return m_server ? m_server->destination() : m_client->destination();
}

void SshHost::open()
{
    // The ssh calls below wait (seconds at most); ready() never comes from inside open().
    QTimer::singleShot(0, this, &SshHost::prepare);
}

void SshHost::prepare()
{
    QString error;
    if (!copyAgents(&error) || !readServerHost(&error) || !chooseAddresses(&error)) {
        Q_EMIT failed(error);
        return;
    }
    if (!m_server || !m_client) {
        error = d->census.open(); // this machine's side of the run
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
    }
    Q_EMIT ready();
}

bool SshHost::copyAgents(QString *error)
{
    for (const auto *target : {&m_server, &m_client}) {
        if (!*target)
            continue;
        Q_EMIT progress(tr("Copying tcplab-agent to %1").arg((*target)->destination()));
        if (!lab::RemoteHosts::ensureAgent(**target, localAgentPath(), &m_agentSha256, error))
            return false;
    }
    return true;
}

bool SshHost::readServerHost(QString *error)
{
    if (m_server) {
        lab::RemoteHostInfo info;
        if (!lab::RemoteHosts::readHost(*m_server, runSysctls(), &info, error))
            return false;
        m_info.kernelRelease = info.kernelRelease;
        for (auto it = info.sysctls.cbegin(); it != info.sysctls.cend(); ++it) {
            if (!it.value().isEmpty())
                m_info.sysctls.insert(it.key(), it.value());
        }
        return true;
    }
    m_info.kernelRelease = QSysInfo::kernelVersion();
    for (const QString &name : runSysctls()) {
        const QString text = readLocalSysctl(name);
        if (!text.isEmpty())
            m_info.sysctls.insert(name, text);
    }
    d->counters = std::make_unique<LocalCounterSource>();
    return true;
}

// Where the server listens and where the clients connect to.
bool SshHost::chooseAddresses(QString *error)
{
    if (m_sameHost || (m_server && lab::RemoteHosts::isLoopback(m_server->host) && !m_client)) {
        // One host, or a server on this machine's loopback through sshd and clients here.
        m_info.serverBind = QStringLiteral("127.0.0.1");
        m_info.serverAddress = QStringLiteral("127.0.0.1");
        return true;
    }
    m_info.serverBind = QStringLiteral("0.0.0.0");
    const QHostAddress address =
        m_server ? firstIpv4(QHostInfo::fromName(m_server->host).addresses(), false) : firstIpv4(QNetworkInterface::allAddresses(), true);
    if (address.isNull()) {
        *error = tr("no IPv4 address found for the server host %1").arg(m_server ? m_server->destination() : tr("this machine"));
        return false;
    }
    m_info.serverAddress = address.toString();
    return true;
}

void SshHost::startAgent(const QString &id, Role role, const QStringList &arguments)
{
    const std::optional<remote::SshTarget> &target = role == Role::Server ? m_server : m_client;
    if (!target) {
        launch(id, localAgentPath(), arguments, false);
        return;
    }
    // Through ssh; its standard input stays open: closing it stops the remote agent.
    const QString command = lab::RemoteHosts::agentCommand(m_agentSha256, arguments);
    if (command.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("an argument for the remote agent holds characters that are not allowed"));
        });
        return;
    }
    launch(id, remote::SshCommand::program(), remote::SshCommand::arguments(*target, command), true);
}

remote::SshSource *SshHost::makeWatch(const remote::SshTarget &target, quint16 port)
{
    auto *watch = new remote::SshSource(target, this);
    watch->setMode(remote::SshSource::Mode::Agent);
    watch->setAgentPath(localAgentPath());
    watch->setWatchPort(port);
    watch->setFrameIntervalMs(kWatchIntervalMs);
    watch->setStallTimeoutMs(kWatchStallMs);
    connect(watch, &remote::SshSource::stateChanged, this, [this](remote::SshSource::State state, const QString &message) {
        if (state == remote::SshSource::State::Failed)
            Q_EMIT failed(message);
    });
    connect(watch, &remote::SshSource::frameReceived, this, &SshHost::onFrame);
    return watch;
}

// The remote hosts' watchers, started once the server's port is known: tcplab-agent watch --port
// counts the states on each side of it.
void SshHost::watchPort(quint16 port)
{
    Q_EMIT progress(tr("Connecting to the remote hosts' counters"));
    if (m_server)
        m_serverWatch = makeWatch(*m_server, port);
    if (m_client)
        m_clientWatch = m_sameHost ? m_serverWatch : makeWatch(*m_client, port);
    m_watching = true;
    m_watchDeadline.start(kWatchReadyTimeoutMs);
    for (remote::SshSource *watch : {m_serverWatch, m_clientWatch}) {
        if (watch && watch->state() == remote::SshSource::State::Idle)
            watch->start();
    }
}

void SshHost::onFrame()
{
    if (!m_watching)
        return;
    for (remote::SshSource *watch : {m_serverWatch, m_clientWatch}) {
        if (watch && watch->framesReceived() == 0)
            return;
    }
    m_watching = false;
    m_watchDeadline.stop();
    Q_EMIT portReady();
}

PortSides SshHost::sample(quint16 port)
{
    PortSides sides;
    if (!m_serverWatch || !m_clientWatch) {
        sockets::Census census;
        if (takePortCensus(d->census, port, &census, &sides))
            addCensusSides(census, port, !m_serverWatch, !m_clientWatch, &sides);
    }
    // A remote host's newest frame (at most one watch interval old).
    if (m_serverWatch) {
        addStates(m_serverWatch->lastPortSides().local, &sides.serverStates);
        const sockets::Census remoteCensus = m_serverWatch->lastCensus();
        for (const sockets::ListenerQueue &l : remoteCensus.listeners) {
            if (l.local.port == port) {
                sides.listenQueue = l.acceptQueue;
                sides.listenLimit = l.acceptQueueLimit;
            }
        }
    }
    if (m_clientWatch)
        addStates(m_clientWatch->lastPortSides().remote, &sides.clientStates);
    return sides;
}

bool SshHost::stateCounts(Role role, procfs::TcpStateCounts *counts)
{
    remote::SshSource *watch = role == Role::Server ? m_serverWatch : m_clientWatch;
    if (watch) {
        *counts = watch->lastCensus().counts;
        return watch->framesReceived() > 0;
    }
    return takeStateCounts(d->census, counts);
}

std::optional<CounterSnapshot> SshHost::counters(Role role)
{
    // Remote runs keep the server host's books only.
    if (role == Role::Client)
        return std::nullopt;
    if (m_serverWatch)
        return m_serverWatch->read();
    if (d->counters)
        return d->counters->read();
    return std::nullopt;
}

void SshHost::close()
{
    killAgents();
    stopWatches();
    Q_EMIT closed();
}

void SshHost::stopWatches()
{
    // The watchers' ssh links end here; a remote agent ends with its own link (see RemoteHosts).
    for (remote::SshSource *watch : {m_clientWatch == m_serverWatch ? nullptr : m_clientWatch, m_serverWatch}) {
        if (!watch)
            continue;
        watch->disconnect(this);
        watch->stop();
        watch->deleteLater();
    }
    m_serverWatch = nullptr;
    m_clientWatch = nullptr;
    m_watching = false;
    m_watchDeadline.stop();
}

void SshHost::kill()
{
    killAgents();
    stopWatches();
    d->census.close();
    d->counters.reset();
}

} // namespace tcplab::hosts
