// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentrunner.h"

#include "i18n/bilingual.h"
#include "remote/sshsource.h"
#include "remotehosts.h"
#include "sandbox/sandboxprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcplab::lab {

namespace {

constexpr int kSandboxPort = 11000; // the lab log's port; the namespace is empty, so it is free
constexpr int kTickMs = 100;
constexpr int kLateTickMs = 20;
constexpr int kReadyTimeoutMs = 10000;
constexpr int kListenTimeoutMs = 10000;
constexpr int kLateTimeoutMs = 3000;
// tcplab-agent connect gives its worker processes 5 s to report after SIGTERM.
constexpr int kCollectTimeoutMs = 8000;
constexpr int kStopTimeoutMs = 4000;
// A new network namespace starts with ip_local_port_range 32768-60999 (inet_init_net()).
constexpr int kNamespacePortLow = 32768;
constexpr int kNamespacePortHigh = 60999;
constexpr int kWidePortLow = 1024;
constexpr int kWidePortHigh = 65535;
// Descriptors a server or client process needs besides its sockets (tcplab-agent keeps 32).
constexpr qint64 kReservedFds = 64;
constexpr qint64 kAgentMaxProcesses = 64; // tcplab-agent connect's limit on worker processes
// A remote host's watcher: a frame every 100 ms, and this long for the first one.
constexpr int kWatchIntervalMs = 100;
constexpr int kWatchReadyTimeoutMs = 20000;

const char *const kSysctls[] = {
    "net/core/somaxconn",          "net/ipv4/tcp_max_syn_backlog", "net/ipv4/tcp_syncookies",
    "net/ipv4/tcp_abort_on_overflow", "net/ipv4/tcp_synack_retries", "net/ipv4/tcp_syn_retries",
    "net/ipv4/tcp_syn_linear_timeouts", "net/ipv4/ip_local_port_range",
};

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(file.readAll()).simplified();
}

// ip_local_port_range as two numbers; false when it cannot be read.
bool portRange(const QString &text, int *low, int *high)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *low = parts[0].toInt(&ok1);
    *high = parts[1].toInt(&ok2);
    return ok1 && ok2 && *high >= *low;
}

QString acceptArgument(const ExperimentSpec &spec)
{
    if (spec.accept == AcceptMode::Delay)
        return QStringLiteral("delay:%1").arg(spec.acceptDelayMs);
    return acceptModeName(spec.accept);
}

// The sandbox's sysctl arguments for a spec.
QStringList sysctlArguments(const ExperimentSpec &spec)
{
    QStringList args;
    auto put = [&args](const char *path, int value) {
        if (value != -1)
            args << QStringLiteral("--sysctl") << QStringLiteral("%1=%2").arg(QLatin1String(path)).arg(value);
    };
    put("net/core/somaxconn", spec.kernel.somaxconn);
    put("net/ipv4/tcp_max_syn_backlog", spec.kernel.maxSynBacklog);
    put("net/ipv4/tcp_syncookies", spec.kernel.syncookies);
    put("net/ipv4/tcp_abort_on_overflow", spec.kernel.abortOnOverflow);
    put("net/ipv4/tcp_synack_retries", spec.kernel.synackRetries);
    put("net/ipv4/tcp_syn_retries", spec.kernel.synRetries);
    // Every client needs its own local port towards the one server address.
    if (spec.totalClients() > kNamespacePortHigh - kNamespacePortLow + 1)
        args << QStringLiteral("--sysctl")
             << QStringLiteral("net/ipv4/ip_local_port_range=%1 %2").arg(kWidePortLow).arg(kWidePortHigh);
    return args;
}

QString defaultBinDirectory()
{
    return QCoreApplication::applicationDirPath();
}

} // namespace

ExperimentRunner::ExperimentRunner(QObject *parent)
    : QObject(parent)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &ExperimentRunner::onTick);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        switch (m_phase) {
        case Phase::Sandbox:
            fail(tr("tcplab-sandbox did not report ready within %1 s").arg(kReadyTimeoutMs / 1000));
            break;
        case Phase::Server:
            fail(tr("the server did not start listening within %1 s").arg(kListenTimeoutMs / 1000));
            break;
        case Phase::LateClients:
            // Some late SYNs may have been dropped at once (a full queue): go on with what is there.
            startClients();
            break;
        case Phase::Observe:
            endObservation();
            break;
        case Phase::Collect:
            m_result.warnings << tr("the clients did not report their summary in time; they were killed");
            for (const Agent &a : std::as_const(m_agents)) {
                if (a.id != QLatin1String("server") && !a.exited)
                    signalAgent(a.id, SIGKILL);
            }
            stopServer();
            break;
        case Phase::Stopping:
            m_result.warnings << tr("the server or the sandbox did not stop in time; they were killed");
            finishRun();
            break;
        case Phase::Idle:
            break;
        }
    });
}

ExperimentRunner::~ExperimentRunner()
{
    cleanUp();
}

QString ExperimentRunner::agentPath() const
{
    return QDir(m_options.binDirectory).filePath(QStringLiteral("tcplab-agent"));
}

QString ExperimentRunner::sandboxPath() const
{
    return QDir(m_options.binDirectory).filePath(QStringLiteral("tcplab-sandbox"));
}

QStringList ExperimentRunner::preflight(const ExperimentSpec &spec, const RunnerOptions &givenOptions)
{
    QStringList problems = spec.validate();
    RunnerOptions options = givenOptions;
    if (options.binDirectory.isEmpty())
        options.binDirectory = defaultBinDirectory();
    if (options.port < -1 || options.port > 65535)
        problems << tr("The port must be between 1 and 65535 (it is %1)").arg(options.port);
    if (!problems.isEmpty())
        return problems;

    const bool remote = options.isRemote();
    if (remote) {
        for (const auto *target : { &options.serverHost, &options.clientHost }) {
            if (!*target)
                continue;
            const QString why = RemoteHosts::checkAllowed(**target, options.configuredHosts);
            if (!why.isEmpty())
                problems << why;
        }
        const bool same = options.serverHost && options.clientHost
            && options.serverHost->destination() == options.clientHost->destination();
        if (!same && options.serverHost && RemoteHosts::isLoopback(options.serverHost->host) && options.clientHost)
            problems << tr("The server on %1 listens on that host's loopback, which clients on another host cannot "
                           "reach; name the server host by an address the client host can reach")
                            .arg(options.serverHost->destination());
        if (!problems.isEmpty())
            return problems;
    }
    const QDir bin(options.binDirectory);
    QStringList programs { QStringLiteral("tcplab-agent") };
    if (!spec.hostLoopback && !remote)
        programs << QStringLiteral("tcplab-sandbox");
    for (const QString &program : programs) {
        if (!QFileInfo(bin.filePath(program)).isExecutable())
            problems << tr("%1 was not found next to tcplab (in %2)").arg(program, bin.absolutePath());
    }

    // Local ports: every connection to the one server address needs its own.
    const qint64 clients = spec.totalClients();
    int low = kWidePortLow;
    int high = kWidePortHigh;
    if (remote && options.clientHost) {
        // The client host checks its own range: tcplab-agent connect refuses with EADDRNOTAVAIL.
        high = int(qMin<qint64>(kWidePortHigh, low + clients + 1));
    } else if (spec.hostLoopback || remote) {
        if (!portRange(readText(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range")), &low, &high)) {
            low = kNamespacePortLow;
            high = kNamespacePortHigh;
        }
    }
    const qint64 ports = qint64(high) - low + 1 - 1; // the server's own port may be inside it
    if (clients > ports) {
        problems << tr("%1 clients need as many local ports, but net.ipv4.ip_local_port_range (%2-%3) holds "
                       "only %4")
                        .arg(clients)
                        .arg(low)
                        .arg(high)
                        .arg(ports);
    }

    // Open files: the server keeps every accepted connection open; the clients are spread over at
    // most 64 processes by tcplab-agent connect.
    rlimit files {};
    ::getrlimit(RLIMIT_NOFILE, &files);
    const qint64 hard = files.rlim_max == RLIM_INFINITY ? (qint64(1) << 40) : qint64(files.rlim_max);
    qint64 accepted = 0;
    if (spec.accept == AcceptMode::Immediate)
        accepted = clients;
    else if (spec.accept == AcceptMode::Delay)
        accepted = qMin<qint64>(clients, qint64(spec.observeS) * 1000 / qMax(1, spec.acceptDelayMs) + 1);
    if (accepted + kReservedFds > hard && !(remote && options.serverHost)) {
        problems << tr("The server would hold %1 accepted connections, but one process may open at most %2 "
                       "files here (RLIMIT_NOFILE)")
                        .arg(accepted)
                        .arg(hard);
    }
    if (clients > kAgentMaxProcesses * qMax<qint64>(0, hard - kReservedFds) && !(remote && options.clientHost)) {
        problems << tr("%1 clients need more than %2 processes of at most %3 open files each")
                        .arg(clients)
                        .arg(kAgentMaxProcesses)
                        .arg(hard);
    }

    // On the host the port must be free; the sandbox's namespace is empty.
    if ((spec.hostLoopback || remote) && !options.serverHost && options.port > 0) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd >= 0) {
            // As tcplab-agent serve binds: SO_REUSEADDR, so only a real user of the port conflicts.
            const int one = 1;
            ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            sockaddr_in address {};
            address.sin_family = AF_INET;
            address.sin_port = htons(quint16(options.port));
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
                const int error = errno;
                problems << tr("Port %1 on 127.0.0.1 is not free: %2")
                                .arg(options.port)
                                .arg(QString::fromLocal8Bit(std::strerror(error)));
            }
            ::close(fd);
        }
    }
    return problems;
}

bool ExperimentRunner::start(const ExperimentSpec &spec, const RunnerOptions &options)
{
    if (m_phase != Phase::Idle) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(tr("an experiment is already running")); });
        return false;
    }
    m_options = options;
    if (m_options.binDirectory.isEmpty())
        m_options.binDirectory = defaultBinDirectory();
    const QStringList problems = preflight(spec, m_options);
    if (!problems.isEmpty()) {
        const QString message = problems.join(QLatin1String("; "));
        QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
        return false;
    }
    m_spec = spec;
    m_result = ExperimentResult();
    m_result.spec = spec;
    m_result.sandbox = !spec.hostLoopback && !options.isRemote();
    if (options.isRemote()) {
        // No namespace: the hosts' own settings, read and not changed.
        m_spec.hostLoopback = true;
        m_result.spec.hostLoopback = true;
        m_result.serverHost = options.serverHost ? options.serverHost->destination() : QString();
        m_result.clientHost = options.clientHost ? options.clientHost->destination() : QString();
    }
    m_failure.clear();
    m_stopRequested = false;
    m_port = 0;
    m_totalMs = qint64(spec.observeS) * 1000;
    m_phaseClock.start();
    Q_EMIT started();
    if (options.isRemote()) {
        setPhase(Phase::Server, tr("Preparing the remote hosts"));
        QTimer::singleShot(0, this, &ExperimentRunner::startRemote);
    } else if (spec.hostLoopback)
        QTimer::singleShot(0, this, &ExperimentRunner::startHost);
    else
        startSandbox();
    return true;
}

void ExperimentRunner::setPhase(Phase phase, const QString &text)
{
    m_phase = phase;
    m_phaseClock.start();
    Q_EMIT progress(m_clock.isValid() ? m_clock.elapsed() : 0, m_totalMs, text);
}

void ExperimentRunner::startSandbox()
{
    setPhase(Phase::Sandbox, tr("Creating the network namespace"));
    QStringList arguments = sysctlArguments(m_spec);
    if (m_spec.twoHosts) // an unlimited link: timing as on one host, packets as on a LAN
        arguments << QStringLiteral("--two-hosts") << QStringLiteral("--rate") << QStringLiteral("unlimited");
    // The sandbox, and through its own parent-death signal everything in it, dies with us.
    m_sandbox = new sandbox::SandboxProcess(this);
    connect(m_sandbox, &sandbox::SandboxProcess::ready, this, &ExperimentRunner::onReady);
    connect(m_sandbox, &sandbox::SandboxProcess::programStarted, this,
            [this](const QString &id, qint64 pid) { m_agents[id].pid = pid; });
    connect(m_sandbox, &sandbox::SandboxProcess::programLine, this, &ExperimentRunner::onAgentLine);
    connect(m_sandbox, &sandbox::SandboxProcess::programExited, this, &ExperimentRunner::onAgentExited);
    connect(m_sandbox, &sandbox::SandboxProcess::failed, this, [this](const QString &message) {
        if (m_phase == Phase::Sandbox)
            m_failure = tr("cannot create the experiment's sandbox: %1").arg(message);
        else
            m_result.warnings << message;
    });
    connect(m_sandbox, &sandbox::SandboxProcess::finished, this, [this](int code) {
        if (m_phase == Phase::Stopping) {
            finishRun();
        } else if (m_phase != Phase::Idle) {
            fail(m_failure.isEmpty() ? tr("tcplab-sandbox ended unexpectedly (exit code %1)").arg(code) : m_failure);
        }
    });
    m_deadline.start(kReadyTimeoutMs);
    if (!m_sandbox->start(sandboxPath(), arguments))
        fail(m_failure.isEmpty() ? tr("cannot start %1").arg(sandboxPath()) : m_failure);
}

void ExperimentRunner::onReady(const QJsonObject &ready)
{
    m_sandboxPid = ready.value(QStringLiteral("pid")).toInteger();
    m_result.namespaceKind = ready.value(QStringLiteral("namespace")).toString();
    m_result.kernelRelease = ready.value(QStringLiteral("kernel")).toString();
    const QJsonObject sysctls = ready.value(QStringLiteral("sysctls")).toObject();
    for (auto it = sysctls.begin(); it != sysctls.end(); ++it) {
        const QJsonValue v = it.value();
        m_result.sysctls.insert(it.key(), v.isString() ? v.toString().simplified() : QString::number(v.toInteger()));
    }
    const QList<int> sockets = m_sandbox->takeCensusSockets();
    const int fd = sockets.value(0, -1);
    const int clientFd = m_spec.twoHosts ? sockets.value(1, -1) : -1;
    if (fd < 0 || (m_spec.twoHosts && clientFd < 0)) {
        for (int s : sockets)
            ::close(s);
        fail(tr("tcplab-sandbox did not pass its socket diagnostics socket"));
        return;
    }
    QString error = m_census.adopt(fd);
    if (error.isEmpty() && m_spec.twoHosts) {
        m_clientCensus = std::make_unique<sockets::SocketCensus>();
        error = m_clientCensus->adopt(clientFd);
    }
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    // /proc/<pid>/net is the network namespace of that process, read from outside it.
    m_counters = std::make_unique<LocalCounterSource>(QStringLiteral("/proc/%1/net").arg(m_sandboxPid));
    if (m_spec.twoHosts) {
        const QJsonObject hosts = ready.value(QStringLiteral("two_hosts")).toObject();
        m_clientPid = hosts.value(QStringLiteral("client_pid")).toInteger();
        m_result.twoHosts = true;
        m_result.serverAddress = hosts.value(QStringLiteral("server_address")).toString();
        m_result.clientAddress = hosts.value(QStringLiteral("client_address")).toString();
        m_serverAddress = m_result.serverAddress;
        m_serverBind = m_result.serverAddress;
        m_clientCounters = std::make_unique<LocalCounterSource>(QStringLiteral("/proc/%1/net").arg(m_clientPid));
    }
    Q_EMIT sandboxReady(m_sandboxPid);
    beginServer();
}

void ExperimentRunner::startHost()
{
    if (m_phase == Phase::Idle && !m_result.spec.hostLoopback)
        return;
    m_result.kernelRelease = QSysInfo::kernelVersion();
    for (const char *path : kSysctls) {
        const QString text = readText(QLatin1String("/proc/sys/") + QLatin1String(path));
        if (!text.isEmpty())
            m_result.sysctls.insert(QLatin1String(path), text);
    }
    const QString error = m_census.open();
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_counters = std::make_unique<LocalCounterSource>();
    beginServer();
}

std::optional<remote::SshTarget> ExperimentRunner::targetOf(const QString &id) const
{
    return id == QLatin1String("server") ? m_options.serverHost : m_options.clientHost;
}

bool ExperimentRunner::remoteRole(const QString &id) const
{
    return m_options.isRemote() && targetOf(id).has_value();
}

// A run across hosts: tcplab-agent copied and checked on each remote host, the server host's
// kernel and settings read (the model predicts with them), then the server.
void ExperimentRunner::startRemote()
{
    if (m_phase == Phase::Idle)
        return;
    QString error;
    for (const auto *target : { &m_options.serverHost, &m_options.clientHost }) {
        if (!*target)
            continue;
        setPhase(Phase::Server, tr("Copying tcplab-agent to %1").arg((*target)->destination()));
        if (!RemoteHosts::ensureAgent(**target, agentPath(), &m_agentSha256, &error)) {
            fail(error);
            return;
        }
        if (m_phase == Phase::Idle)
            return; // stopped meanwhile
    }
    QStringList names;
    for (const char *path : kSysctls)
        names << QLatin1String(path);
    if (m_options.serverHost) {
        RemoteHostInfo info;
        if (!RemoteHosts::readHost(*m_options.serverHost, names, &info, &error)) {
            fail(error);
            return;
        }
        m_result.kernelRelease = info.kernelRelease;
        for (auto it = info.sysctls.cbegin(); it != info.sysctls.cend(); ++it) {
            if (!it.value().isEmpty())
                m_result.sysctls.insert(it.key(), it.value());
        }
    } else {
        m_result.kernelRelease = QSysInfo::kernelVersion();
        for (const QString &name : std::as_const(names)) {
            const QString text = readText(QLatin1String("/proc/sys/") + name);
            if (!text.isEmpty())
                m_result.sysctls.insert(name, text);
        }
        m_counters = std::make_unique<LocalCounterSource>();
    }
    if (!m_options.serverHost || !m_options.clientHost) {
        error = m_census.open(); // this machine's side of the run
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
    }
    m_sameHost = m_options.serverHost && m_options.clientHost
        && m_options.serverHost->destination() == m_options.clientHost->destination();
    if (m_sameHost || (m_options.serverHost && RemoteHosts::isLoopback(m_options.serverHost->host)
                       && !m_options.clientHost)) {
        // One host, or a server on this machine's loopback through sshd and clients here.
        m_serverBind = QStringLiteral("127.0.0.1");
        m_serverAddress = QStringLiteral("127.0.0.1");
    } else {
        m_serverBind = QStringLiteral("0.0.0.0");
        QHostAddress address;
        if (m_options.serverHost) {
            const QHostInfo info = QHostInfo::fromName(m_options.serverHost->host);
            for (const QHostAddress &a : info.addresses()) {
                if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                    address = a;
                    break;
                }
            }
        } else {
            for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
                if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                    address = a;
                    break;
                }
            }
        }
        if (address.isNull()) {
            fail(tr("no IPv4 address found for the server host %1")
                     .arg(m_options.serverHost ? m_options.serverHost->destination() : tr("this machine")));
            return;
        }
        m_serverAddress = address.toString();
    }
    beginServer();
}

// The remote hosts' watchers, started once the server's port is known: tcplab-agent watch --port
// counts the states on each side of it.
void ExperimentRunner::startWatchers()
{
    setPhase(Phase::Server, tr("Connecting to the remote hosts' counters"));
    const auto make = [this](const remote::SshTarget &target) {
        auto *watch = new remote::SshSource(target, this);
        watch->setMode(remote::SshSource::Mode::Agent);
        watch->setAgentPath(agentPath());
        watch->setWatchPort(m_port);
        watch->setFrameIntervalMs(kWatchIntervalMs);
        watch->setStallTimeoutMs(5000);
        connect(watch, &remote::SshSource::stateChanged, this,
                [this](remote::SshSource::State state, const QString &message) {
                    if (state == remote::SshSource::State::Failed)
                        fail(message);
                });
        connect(watch, &remote::SshSource::frameReceived, this, &ExperimentRunner::onWatchersReady);
        return watch;
    };
    if (m_options.serverHost)
        m_serverWatch = make(*m_options.serverHost);
    if (m_options.clientHost)
        m_clientWatch = m_sameHost ? m_serverWatch : make(*m_options.clientHost);
    m_deadline.start(kWatchReadyTimeoutMs);
    for (remote::SshSource *watch : { m_serverWatch, m_clientWatch }) {
        if (watch && watch->state() == remote::SshSource::State::Idle)
            watch->start();
    }
}

void ExperimentRunner::onWatchersReady()
{
    if (m_phase != Phase::Server)
        return;
    for (remote::SshSource *watch : { m_serverWatch, m_clientWatch }) {
        if (watch && watch->framesReceived() == 0)
            return;
    }
    m_before = m_serverWatch ? m_serverWatch->read() : m_counters->read();
    if (m_clientCounters)
        m_clientBefore = m_clientCounters->read();
    if (!m_before.errors.isEmpty())
        m_result.warnings << m_before.errors;
    if (m_spec.lateClients > 0) {
        setPhase(Phase::LateClients, tr("Starting the half-open clients"));
        const QString drop = m_spec.lateHandshakeMs < 0 ? QStringLiteral("forever") : QString::number(m_spec.lateHandshakeMs);
        spawnAgent(QStringLiteral("late"),
                   { QStringLiteral("connect"), QStringLiteral("--host"), serverAddress(),
                     QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--clients"),
                     QString::number(m_spec.lateClients), QStringLiteral("--timeout"),
                     QString::number(m_spec.clientTimeoutS), QStringLiteral("--drop-synack"), drop });
        m_deadline.start(kLateTimeoutMs);
        m_tick.start(kLateTickMs);
        return;
    }
    startClients();
}

QString ExperimentRunner::serverAddress() const
{
    return m_options.isRemote() || m_spec.twoHosts ? m_serverAddress : QStringLiteral("127.0.0.1");
}

void ExperimentRunner::beginServer()
{
    m_kernel = KernelVersion::parse(m_result.kernelRelease);
    if (!m_kernel.isValid())
        m_kernel = KernelVersion::running();
    // The settings in force, as read from the namespace (or the host); the spec's where unreadable.
    EffectiveSettings settings = EffectiveSettings::forSpec(m_spec, EffectiveSettings::defaultsFor(m_kernel));
    auto take = [this](const char *path, int *into) {
        bool ok = false;
        const int value = m_result.sysctls.value(QLatin1String(path)).toInt(&ok);
        if (ok)
            *into = value;
    };
    take("net/core/somaxconn", &settings.somaxconn);
    take("net/ipv4/tcp_max_syn_backlog", &settings.maxSynBacklog);
    take("net/ipv4/tcp_syncookies", &settings.syncookies);
    take("net/ipv4/tcp_abort_on_overflow", &settings.abortOnOverflow);
    take("net/ipv4/tcp_synack_retries", &settings.synackRetries);
    take("net/ipv4/tcp_syn_retries", &settings.synRetries);
    take("net/ipv4/tcp_syn_linear_timeouts", &settings.synLinearTimeouts);
    m_result.expected = predict(m_spec, settings, m_kernel);

    const int port = m_options.port >= 0 ? m_options.port : (m_spec.hostLoopback || m_options.isRemote() ? 0 : kSandboxPort);
    setPhase(Phase::Server, tr("Starting the server"));
    m_deadline.start(kListenTimeoutMs);
    spawnAgent(QStringLiteral("server"),
               { QStringLiteral("serve"), QStringLiteral("--host"),
                 m_options.isRemote() || m_spec.twoHosts ? m_serverBind : QStringLiteral("127.0.0.1"),
                 QStringLiteral("--port"), QString::number(port), QStringLiteral("--backlog"),
                 QString::number(m_spec.backlog), QStringLiteral("--accept"), acceptArgument(m_spec) });
}

void ExperimentRunner::spawnAgent(const QString &id, const QStringList &arguments)
{
    Agent &agent = m_agents[id];
    agent.id = id;
    if (m_sandbox) {
        m_sandbox->spawn(id, QStringList { agentPath() } + arguments, m_spec.twoHosts && id != QLatin1String("server"));
        return;
    }
    auto *process = new QProcess(this);
    agent.process = process;
    const std::optional<remote::SshTarget> target = remoteRole(id) ? targetOf(id) : std::nullopt;
    if (target) {
        // Through ssh; its standard input stays open: closing it stops the remote agent.
        const QString command = RemoteHosts::agentCommand(m_agentSha256, arguments);
        if (command.isEmpty()) {
            fail(tr("an argument for the remote agent holds characters that are not allowed"));
            return;
        }
        agent.remote = true;
        process->setProgram(remote::SshCommand::program());
        process->setArguments(remote::SshCommand::arguments(*target, command));
    } else {
        process->setProgram(agentPath());
        process->setArguments(arguments);
        process->setStandardInputFile(QProcess::nullDevice());
    }
    process->setStandardErrorFile(QProcess::nullDevice()); // the same words come as error events
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, id, process] {
        Agent &a = m_agents[id];
        a.partial += process->readAllStandardOutput();
        qsizetype begin = 0;
        for (qsizetype end; (end = a.partial.indexOf('\n', begin)) >= 0; begin = end + 1) {
            const QJsonDocument document = QJsonDocument::fromJson(a.partial.mid(begin, end - begin));
            if (document.isObject())
                onAgentLine(id, document.object());
            if (m_phase == Phase::Idle)
                return;
        }
        m_agents[id].partial.remove(0, begin);
    });
    connect(process, &QProcess::errorOccurred, this, [this, id, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("cannot start %1: %2").arg(agentPath(), process->errorString()));
        Q_UNUSED(id);
    });
    connect(process, &QProcess::finished, this, [this, id](int code, QProcess::ExitStatus status) {
        onAgentExited(id, status == QProcess::CrashExit ? tr("a crash") : tr("exit code %1").arg(code));
    });
    process->start(target ? QIODevice::ReadWrite : QIODevice::ReadOnly);
    agent.pid = process->processId();
}

void ExperimentRunner::signalAgent(const QString &id, int signal)
{
    const auto it = m_agents.constFind(id);
    if (it == m_agents.cend() || it->exited)
        return;
    if (m_sandbox) {
        m_sandbox->signal(id, signal);
    } else if (it->remote && it->process) {
        // The remote wrapper sends SIGTERM when its standard input closes; SIGKILL ends the link.
        if (signal == SIGKILL)
            it->process->kill();
        else
            it->process->closeWriteChannel();
    } else if (it->pid > 0) {
        ::kill(pid_t(it->pid), signal);
    }
}

void ExperimentRunner::onAgentLine(const QString &id, const QJsonObject &event)
{
    Agent &agent = m_agents[id];
    const QString name = event.value(QStringLiteral("event")).toString();
    if (name == QLatin1String("outcome")) {
        agent.outcomeCounts[event.value(QStringLiteral("result")).toString()] += 1;
    } else if (name == QLatin1String("summary")) {
        agent.summary = true;
        agent.summaryEvent = event;
    } else if (name == QLatin1String("listening") && id == QLatin1String("server") && m_phase == Phase::Server) {
        onListening(event);
    } else if (name == QLatin1String("error")) {
        const QString message = event.value(QStringLiteral("message")).toString();
        agent.errors << message;
        if (id == QLatin1String("server") && m_phase == Phase::Server)
            fail(tr("the server could not start: %1").arg(message));
        else if (m_phase == Phase::LateClients || m_phase == Phase::Observe)
            fail(tr("the clients could not start: %1").arg(message));
        else
            m_result.warnings << message;
    }
}

void ExperimentRunner::onAgentExited(const QString &id, const QString &how)
{
    Agent &agent = m_agents[id];
    agent.exited = true;
    if (m_phase == Phase::Idle)
        return;
    if (m_phase == Phase::Collect) {
        checkCollected();
        return;
    }
    if (m_phase == Phase::Stopping) {
        if (id == QLatin1String("server")) {
            if (m_sandbox) {
                m_sandbox->exitGracefully();
            } else {
                finishRun();
            }
        }
        return;
    }
    // Anything that ends before the observation is over is a failure of the run.
    const QString errors = agent.errors.join(QLatin1String("; "));
    fail(errors.isEmpty() ? tr("%1 ended unexpectedly (%2)").arg(id, how)
                          : tr("%1 ended unexpectedly (%2): %3").arg(id, how, errors));
}

void ExperimentRunner::onListening(const QJsonObject &event)
{
    m_port = quint16(event.value(QStringLiteral("port")).toInt());
    m_result.port = m_port;
    if (m_options.isRemote()) {
        startWatchers();
        return;
    }
    onWatchersReady();
}

void ExperimentRunner::startClients()
{
    m_tick.stop();
    m_clock.start();
    setPhase(Phase::Observe, tr("Clients connecting"));
    spawnAgent(QStringLiteral("clients"),
               { QStringLiteral("connect"), QStringLiteral("--host"), serverAddress(),
                 QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--clients"),
                 QString::number(m_spec.clients), QStringLiteral("--timeout"), QString::number(m_spec.clientTimeoutS) });
    m_deadline.start(int(m_totalMs));
    m_tick.start(kTickMs);
    takeSample(false);
}

void ExperimentRunner::onTick()
{
    if (m_phase == Phase::LateClients) {
        // The late clients have sent their SYNs once all of them show SYN_SENT.
        if (m_clientWatch) {
            if (m_clientWatch->lastPortSides().remote[sockets::TcpState::SynSent] >= quint32(m_spec.lateClients))
                startClients();
            return;
        }
        sockets::Census census;
        sockets::CensusOptions options;
        options.detail = sockets::CensusDetail::Sockets;
        options.port = m_port;
        if ((m_clientCensus ? *m_clientCensus : m_census).takeInto(options, &census)) {
            qint64 synSent = 0;
            for (const sockets::SocketEntry &s : std::as_const(census.sockets))
                synSent += s.remote.port == m_port && s.state == sockets::TcpState::SynSent ? 1 : 0;
            if (synSent >= m_spec.lateClients)
                startClients();
        }
        return;
    }
    if (m_phase == Phase::Observe) {
        takeSample(false);
        Q_EMIT progress(m_clock.elapsed(), m_totalMs, tr("Observing"));
    }
}

void ExperimentRunner::takeSample(bool last)
{
    TimelineSample sample;
    sample.elapsedMs = m_clock.elapsed();
    const bool serverLocal = !m_serverWatch;
    const bool clientLocal = !m_clientWatch;
    if (serverLocal || clientLocal) {
        sockets::Census census;
        sockets::CensusOptions options;
        options.detail = sockets::CensusDetail::Sockets;
        options.port = m_port;
        if (!m_census.takeInto(options, &census)) {
            if (last)
                m_result.warnings << census.error;
            return;
        }
        // On loopback both ends are here: the server's sockets have the port as their local
        // port, the clients' as their peer's.
        for (const sockets::SocketEntry &s : std::as_const(census.sockets)) {
            const QString state = procfs::tcpStateName(s.state);
            if (s.local.port == m_port && serverLocal)
                sample.serverStates[state] += 1;
            else if (s.remote.port == m_port && clientLocal)
                sample.clientStates[state] += 1;
        }
        for (const sockets::ListenerQueue &l : std::as_const(census.listeners)) {
            if (l.local.port == m_port && serverLocal) {
                sample.listenQueue = l.acceptQueue;
                sample.listenLimit = l.acceptQueueLimit;
            }
        }
        if (m_clientCensus) {
            // Two hosts: the server host holds only the server's end; the clients are on the
            // other host, read through its own census.
            sample.clientStates.clear();
            sockets::Census clients;
            if (m_clientCensus->takeInto(options, &clients)) {
                for (const sockets::SocketEntry &s : std::as_const(clients.sockets)) {
                    if (s.remote.port == m_port)
                        sample.clientStates[procfs::tcpStateName(s.state)] += 1;
                }
            } else if (last) {
                m_result.warnings << clients.error;
            }
        }
    }
    // A remote host's newest frame (at most one watch interval old).
    const auto addSides = [](const procfs::TcpStateCounts &counts, QMap<QString, qint64> *states) {
        for (int n = 1; n <= procfs::TcpStateMax; ++n) {
            if (counts.counts[size_t(n)] != 0)
                (*states)[procfs::tcpStateName(procfs::TcpState(n))] += counts.counts[size_t(n)];
        }
    };
    if (m_serverWatch) {
        addSides(m_serverWatch->lastPortSides().local, &sample.serverStates);
        const sockets::Census remoteCensus = m_serverWatch->lastCensus();
        for (const sockets::ListenerQueue &l : remoteCensus.listeners) {
            if (l.local.port == m_port) {
                sample.listenQueue = l.acceptQueue;
                sample.listenLimit = l.acceptQueueLimit;
            }
        }
    }
    if (m_clientWatch)
        addSides(m_clientWatch->lastPortSides().remote, &sample.clientStates);
    const CounterSnapshot now = m_serverWatch ? m_serverWatch->read() : m_counters->read();
    for (const QString &key : reportedCounters())
        sample.counters[key] = now.netstat.value(key) - m_before.netstat.value(key);
    if (last) {
        for (auto it = m_result.expected.countersDelta.cbegin(); it != m_result.expected.countersDelta.cend(); ++it)
            sample.counters[it.key()] = now.netstat.value(it.key()) - m_before.netstat.value(it.key());
        m_result.serverStates = sample.serverStates;
        m_result.clientStates = sample.clientStates;
        // A state the model predicts and nobody is in is a measured 0.
        for (auto it = m_result.expected.serverStates.cbegin(); it != m_result.expected.serverStates.cend(); ++it)
            m_result.serverStates.insert(it.key(), sample.serverStates.value(it.key()));
        for (auto it = m_result.expected.clientStates.cbegin(); it != m_result.expected.clientStates.cend(); ++it)
            m_result.clientStates.insert(it.key(), sample.clientStates.value(it.key()));
        m_result.countersDelta = sample.counters;
        if (m_clientCounters) {
            const CounterSnapshot client = m_clientCounters->read();
            QStringList names = reportedCounters();
            for (auto it = m_result.expected.countersDelta.cbegin(); it != m_result.expected.countersDelta.cend(); ++it)
                names << it.key();
            names.removeDuplicates();
            for (const QString &key : std::as_const(names))
                m_result.clientCountersDelta[key] = client.netstat.value(key) - m_clientBefore.netstat.value(key);
        }
        m_result.listenQueue = sample.listenQueue;
        m_result.listenLimit = sample.listenLimit;
        if (!now.errors.isEmpty())
            m_result.warnings << now.errors;
    }
    m_result.timeline.append(sample);
    Q_EMIT timelineSample(sample);
}

void ExperimentRunner::endObservation()
{
    if (m_phase != Phase::Observe && m_phase != Phase::LateClients)
        return;
    m_tick.stop();
    const bool observing = m_phase == Phase::Observe;
    // The phase changes first: a slot of timelineSample() may call stop(), which must not end
    // the observation a second time.
    m_phase = Phase::Collect;
    if (observing)
        takeSample(true);
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    setPhase(Phase::Collect, tr("Collecting the clients' outcomes"));
    m_deadline.start(kCollectTimeoutMs);
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.id != QLatin1String("server"))
            signalAgent(a.id, SIGTERM);
    }
    checkCollected();
}

void ExperimentRunner::checkCollected()
{
    if (m_phase != Phase::Collect)
        return;
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.id != QLatin1String("server") && !a.exited)
            return;
    }
    stopServer();
}

void ExperimentRunner::stopServer()
{
    setPhase(Phase::Stopping, tr("Stopping the server"));
    m_deadline.start(kStopTimeoutMs);
    const auto server = m_agents.constFind(QStringLiteral("server"));
    if (server == m_agents.cend() || server->exited) {
        if (m_sandbox) {
            m_sandbox->exitGracefully();
        } else {
            finishRun();
        }
        return;
    }
    signalAgent(QStringLiteral("server"), SIGTERM);
}

void ExperimentRunner::finishRun()
{
    if (m_phase == Phase::Idle)
        return;
    // Outcomes: a client that connected after its own timeout still connected within the run,
    // and one with no outcome yet at the end did not.
    qint64 connected = 0;
    qint64 timedOut = 0;
    qint64 refused = 0;
    qint64 reset = 0;
    qint64 errors = 0;
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.id == QLatin1String("server"))
            continue;
        auto count = [&a](const char *key) -> qint64 {
            if (a.summary)
                return a.summaryEvent.value(QLatin1String(key)).toInteger();
            return a.outcomeCounts.value(QLatin1String(key));
        };
        qint64 pending = a.summary ? count("pending") : 0;
        if (!a.summary) {
            const qint64 total = a.id == QLatin1String("late") ? m_spec.lateClients : m_spec.clients;
            pending = qMax<qint64>(0, total - count("connected") - count("timed_out") - count("refused")
                                          - count("errors"));
            m_result.warnings << tr("%1 reported no summary; its outcomes are counted from its events").arg(a.id);
        }
        connected += count("connected") + count("late_connected");
        timedOut += qMax<qint64>(0, count("timed_out") - count("late_connected")) + pending;
        refused += count("refused");
        reset += count("reset");
        errors += count("errors") + count("late_failed");
    }
    m_result.outcomes = { { QStringLiteral("connected"), connected },
                          { QStringLiteral("timed_out"), timedOut },
                          { QStringLiteral("refused"), refused },
                          { QStringLiteral("reset"), reset },
                          { QStringLiteral("errors"), errors } };
    m_result.explanation = m_result.expected.explanation;
    if (m_result.twoHosts) {
        // What seed 000 saw on its two machines: each host keeps its own books.
        const qint64 synRetrans = m_result.clientCountersDelta.value(QStringLiteral("TcpExt.TCPSynRetrans"));
        const qint64 overflows = m_result.countersDelta.value(QStringLiteral("TcpExt.ListenOverflows"));
        m_result.explanation << bilingual(
            "tcplab::lab::ExperimentResult",
            QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                              "Two hosts: the server host (%1) holds only the listener and the connections it "
                              "completed, so SYN_RECV and ListenOverflows (%2 here) appear there alone; the client "
                              "host (%3) holds the clients' sockets, ESTABLISHED or SYN_SENT, and it is the one "
                              "that retransmits SYNs (TCPSynRetrans %4 there; on the server host that counter "
                              "only grows with SYN-ACK retransmissions). On one host both sets of numbers mix."),
            { m_result.serverAddress, QString::number(overflows), m_result.clientAddress, QString::number(synRetrans) });
    }
    m_result.explainDifferences();
    const bool stopped = m_stopRequested;
    ExperimentResult result = m_result;
    cleanUp();
    m_phase = Phase::Idle;
    if (stopped)
        Q_EMIT failed(tr("the experiment was stopped"));
    else
        Q_EMIT finished(result);
}

void ExperimentRunner::stop()
{
    if (m_phase == Phase::Idle || m_stopRequested)
        return;
    m_stopRequested = true;
    if (m_phase == Phase::Observe || m_phase == Phase::LateClients) {
        endObservation();
    } else if (m_phase == Phase::Sandbox || m_phase == Phase::Server) {
        fail(tr("the experiment was stopped"));
    }
    // Collect and Stopping are already on their way out.
}

void ExperimentRunner::fail(const QString &message)
{
    if (m_phase == Phase::Idle)
        return;
    cleanUp();
    m_phase = Phase::Idle;
    Q_EMIT failed(message);
}

void ExperimentRunner::cleanUp()
{
    if (m_sandboxPid > 0)
        Q_EMIT sandboxClosing();
    m_tick.stop();
    m_deadline.stop();
    m_census.close();
    // Agents in the sandbox die with it (their parent-death signal); on the host, one by one.
    for (Agent &a : m_agents) {
        if (a.process) {
            a.process->disconnect(this);
            if (a.process->state() != QProcess::NotRunning) {
                a.process->kill();
                a.process->waitForFinished(2000);
            }
            a.process->deleteLater();
            a.process = nullptr;
        }
    }
    if (m_sandbox) {
        m_sandbox->disconnect(this);
        m_sandbox->kill();
        m_sandbox->deleteLater();
        m_sandbox = nullptr;
    }
    // The watchers' ssh links end here; a remote agent ends with its own link (see RemoteHosts).
    for (remote::SshSource *watch : { m_clientWatch == m_serverWatch ? nullptr : m_clientWatch, m_serverWatch }) {
        if (!watch)
            continue;
        watch->disconnect(this);
        watch->stop();
        watch->deleteLater();
    }
    m_serverWatch = nullptr;
    m_clientWatch = nullptr;
    m_agents.clear();
    m_sandboxPid = 0;
    m_counters.reset();
    m_clientCounters.reset();
    m_clientCensus.reset();
    m_clientPid = 0;
}

QList<qint64> ExperimentRunner::processIds() const
{
    QList<qint64> pids;
    if (m_sandbox && m_sandbox->pid() > 0)
        pids << m_sandbox->pid();
    for (const Agent &a : m_agents) {
        if (a.pid > 0)
            pids << a.pid;
    }
    return pids;
}

} // namespace tcplab::lab
