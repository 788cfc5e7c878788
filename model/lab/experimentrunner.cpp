// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentrunner.h"

#include "hosts/agenthost.h"
#include "i18n/bilingual.h"
#include "preflight.h"
#include "runhost.h"

#include <csignal>

namespace tcplab::lab
{

using hosts::Role;

namespace
{

constexpr int kTickMs = 100;
constexpr int kLateTickMs = 20;
constexpr int kListenTimeoutMs = 10000;
constexpr int kLateTimeoutMs = 3000;
// tcplab-agent connect gives its worker processes 5 s to report after SIGTERM.
constexpr int kCollectTimeoutMs = 8000;
constexpr int kStopTimeoutMs = 4000;
// The remote hosts' watchers have this long for their first frame (see SshHost).
constexpr int kWatchReadyTimeoutMs = 20000;

const QString kServer = QStringLiteral("server");

QString acceptArgument(const ExperimentSpec &spec)
{
    if (spec.accept == AcceptMode::Delay)
        return QStringLiteral("delay:%1").arg(spec.acceptDelayMs);
    return acceptModeName(spec.accept);
}

} // namespace

ExperimentRunner::ExperimentRunner(QObject *parent)
    : QObject(parent)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &ExperimentRunner::onTick);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ExperimentRunner::onDeadline);
}

ExperimentRunner::~ExperimentRunner()
{
    cleanUp();
}

void ExperimentRunner::onDeadline()
{
    switch (m_phase) {
    case Phase::Opening:
        fail(tr("%1 did not report ready within %2 s").arg(m_host->name()).arg(m_host->readyTimeoutMs() / 1000));
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
            if (a.id != kServer && !a.exited)
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
}

QStringList ExperimentRunner::preflight(const ExperimentSpec &spec, const RunnerOptions &options)
{
    return Preflight::check(spec, options);
}

bool ExperimentRunner::start(const ExperimentSpec &spec, const RunnerOptions &options)
{
    if (m_phase != Phase::Idle) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("an experiment is already running"));
        });
        return false;
    }
    m_options = options;
    if (m_options.binDirectory.isEmpty())
        m_options.binDirectory = QCoreApplication::applicationDirPath();
    const QStringList problems = preflight(spec, m_options);
    if (!problems.isEmpty()) {
        const QString message = problems.join(QLatin1String("; "));
        QTimer::singleShot(0, this, [this, message] {
            Q_EMIT failed(message);
        });
        return false;
    }
    m_spec = spec;
    m_result = ExperimentResult();
    m_result.spec = spec;
    m_result.sandbox = !spec.hostLoopback && !options.isRemote();
    if (options.onShelfKernel()) {
        // tcplab is root in the machine: the spec's settings are set there, the counters are its own.
        m_spec.hostLoopback = false;
        m_result.spec.hostLoopback = false;
        m_result.sandbox = true;
        m_result.shelfKernel = options.kernel;
    }
    if (options.isRemote()) {
        // No namespace: the hosts' own settings, read and not changed.
        m_spec.hostLoopback = true;
        m_result.spec.hostLoopback = true;
        m_result.serverHost = options.serverHost ? options.serverHost->destination() : QString();
        m_result.clientHost = options.clientHost ? options.clientHost->destination() : QString();
    }
    m_stopRequested = false;
    m_port = 0;
    m_totalMs = qint64(spec.observeS) * 1000;
    // The clients' clock starts with the clients; until then a run is at its beginning, whatever
    // the last run on this runner reached.
    m_clock.invalidate();
    m_phaseClock.start();
    Q_EMIT started();
    openHost();
    return true;
}

void ExperimentRunner::setPhase(Phase phase, const QString &text)
{
    m_phase = phase;
    m_phaseClock.start();
    Q_EMIT progress(m_clock.isValid() ? m_clock.elapsed() : 0, m_totalMs, text);
}

void ExperimentRunner::openHost()
{
    m_host = makeRunHost(m_spec, m_options, this);
    connect(m_host, &hosts::AgentHost::progress, this, [this](const QString &text) {
        setPhase(m_phase, text);
    });
    connect(m_host, &hosts::AgentHost::ready, this, &ExperimentRunner::onHostReady);
    connect(m_host, &hosts::AgentHost::portReady, this, &ExperimentRunner::onPortReady);
    connect(m_host, &hosts::AgentHost::agentStarted, this, [this](const QString &id, qint64 pid) {
        m_agents[id].pid = pid;
    });
    connect(m_host, &hosts::AgentHost::agentLine, this, &ExperimentRunner::onAgentLine);
    connect(m_host, &hosts::AgentHost::agentExited, this, &ExperimentRunner::onAgentExited);
    connect(m_host, &hosts::AgentHost::warning, this, [this](const QString &message) {
        m_result.warnings << message;
    });
    connect(m_host, &hosts::AgentHost::failed, this, &ExperimentRunner::fail);
    connect(m_host, &hosts::AgentHost::closed, this, &ExperimentRunner::finishRun);
    if (m_options.onShelfKernel())
        setPhase(Phase::Opening, tr("Booting %1 in a virtual machine").arg(m_options.kernel));
    else if (m_result.sandbox)
        setPhase(Phase::Opening, tr("Creating the network namespace"));
    else if (m_options.isRemote())
        setPhase(Phase::Opening, tr("Preparing the remote hosts"));
    else
        setPhase(Phase::Opening, tr("Reading this machine's settings"));
    m_deadline.start(m_host->readyTimeoutMs());
    m_host->open();
}

void ExperimentRunner::onHostReady()
{
    if (m_phase != Phase::Opening)
        return;
    const hosts::HostInfo &info = m_host->info();
    m_result.kernelRelease = info.kernelRelease;
    m_result.namespaceKind = info.namespaceKind;
    m_result.sysctls = info.sysctls;
    m_result.accelerator = info.accelerator;
    m_result.acceleratorNote = info.acceleratorNote;
    if (info.twoHosts) {
        m_result.twoHosts = true;
        m_result.serverAddress = info.serverAddress;
        m_result.clientAddress = info.clientAddress;
    }
    if (sandboxPid() > 0)
        Q_EMIT sandboxReady(sandboxPid());
    beginServer();
}

// The settings in force, as read on the server's host; the spec's where unreadable.
EffectiveSettings ExperimentRunner::settingsInForce() const
{
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
    return settings;
}

void ExperimentRunner::beginServer()
{
    m_kernel = KernelVersion::parse(m_result.kernelRelease);
    if (!m_kernel.isValid())
        m_kernel = KernelVersion::running();
    // What was measured on this very kernel release, where a calibration run has measured it.
    const KernelTraits traits = KernelTraitsStore().find(m_result.kernelRelease).value_or(KernelTraits());
    m_result.expected = predict(m_spec, settingsInForce(), m_kernel, traits);

    const int port = m_options.port >= 0 ? m_options.port : m_host->info().defaultPort;
    setPhase(Phase::Server, tr("Starting the server"));
    m_deadline.start(kListenTimeoutMs);
    spawnAgent(kServer,
               {QStringLiteral("serve"),
                QStringLiteral("--host"),
                m_host->info().serverBind,
                QStringLiteral("--port"),
                QString::number(port),
                QStringLiteral("--backlog"),
                QString::number(m_spec.backlog),
                QStringLiteral("--accept"),
                acceptArgument(m_spec)});
}

void ExperimentRunner::spawnAgent(const QString &id, const QStringList &arguments)
{
    Agent &agent = m_agents[id];
    agent.id = id;
    m_host->startAgent(id, id == kServer ? Role::Server : Role::Client, arguments);
}

void ExperimentRunner::signalAgent(const QString &id, int signal)
{
    const auto it = m_agents.constFind(id);
    if (it != m_agents.cend() && !it->exited && m_host)
        m_host->signalAgent(id, signal);
}

void ExperimentRunner::onAgentLine(const QString &id, const QJsonObject &event)
{
    if (m_phase == Phase::Idle)
        return;
    Agent &agent = m_agents[id];
    const QString name = event.value(QStringLiteral("event")).toString();
    if (name == QLatin1String("outcome")) {
        agent.outcomeCounts[event.value(QStringLiteral("result")).toString()] += 1;
    } else if (name == QLatin1String("summary")) {
        agent.summary = true;
        agent.summaryEvent = event;
    } else if (name == QLatin1String("listening") && id == kServer && m_phase == Phase::Server) {
        onListening(event);
    } else if (name == QLatin1String("error")) {
        const QString message = event.value(QStringLiteral("message")).toString();
        agent.errors << message;
        if (id == kServer && m_phase == Phase::Server)
            fail(tr("the server could not start: %1").arg(message));
        else if (m_phase == Phase::LateClients || m_phase == Phase::Observe)
            fail(tr("the clients could not start: %1").arg(message));
        else
            m_result.warnings << message;
    }
}

void ExperimentRunner::onAgentExited(const QString &id, const QString &how)
{
    if (m_phase == Phase::Idle)
        return;
    Agent &agent = m_agents[id];
    agent.exited = true;
    if (m_phase == Phase::Collect) {
        checkCollected();
        return;
    }
    if (m_phase == Phase::Stopping) {
        if (id == kServer)
            m_host->close();
        return;
    }
    // Anything that ends before the observation is over is a failure of the run.
    const QString errors = agent.errors.join(QLatin1String("; "));
    fail(errors.isEmpty() ? tr("%1 ended unexpectedly (%2)").arg(id, how) : tr("%1 ended unexpectedly (%2): %3").arg(id, how, errors));
}

void ExperimentRunner::onListening(const QJsonObject &event)
{
    m_port = quint16(event.value(QStringLiteral("port")).toInt());
    m_result.port = m_port;
    m_deadline.start(kWatchReadyTimeoutMs);
    m_host->watchPort(m_port);
}

void ExperimentRunner::onPortReady()
{
    if (m_phase != Phase::Server)
        return;
    m_before = m_host->counters(Role::Server).value_or(CounterSnapshot());
    m_clientBefore = m_host->counters(Role::Client);
    if (!m_before.errors.isEmpty())
        m_result.warnings << m_before.errors;
    if (m_spec.lateClients > 0)
        startLateClients();
    else
        startClients();
}

// `tcplab-agent connect` towards the server for `clients` clients.
QStringList ExperimentRunner::connectArguments(int clients) const
{
    return {QStringLiteral("connect"),
            QStringLiteral("--host"),
            m_host->info().serverAddress,
            QStringLiteral("--port"),
            QString::number(m_port),
            QStringLiteral("--clients"),
            QString::number(clients),
            QStringLiteral("--timeout"),
            QString::number(m_spec.clientTimeoutS)};
}

void ExperimentRunner::startLateClients()
{
    setPhase(Phase::LateClients, tr("Starting the half-open clients"));
    const QString drop = m_spec.lateHandshakeMs < 0 ? QStringLiteral("forever") : QString::number(m_spec.lateHandshakeMs);
    spawnAgent(QStringLiteral("late"), connectArguments(m_spec.lateClients) + QStringList{QStringLiteral("--drop-synack"), drop});
    m_deadline.start(kLateTimeoutMs);
    m_tick.start(kLateTickMs);
}

void ExperimentRunner::startClients()
{
    m_tick.stop();
    m_clock.start();
    setPhase(Phase::Observe, tr("Clients connecting"));
    spawnAgent(QStringLiteral("clients"), connectArguments(m_spec.clients));
    m_deadline.start(int(m_totalMs));
    m_tick.start(kTickMs);
    takeSample(false);
}

void ExperimentRunner::onTick()
{
    if (m_phase == Phase::LateClients) {
        // The late clients have sent their SYNs once all of them show SYN_SENT.
        const hosts::PortSides sides = m_host->sample(m_port);
        if (sides.clientStates.value(QStringLiteral("SYN_SENT")) >= m_spec.lateClients)
            startClients();
        return;
    }
    if (m_phase == Phase::Observe) {
        takeSample(false);
        Q_EMIT progress(m_clock.elapsed(), m_totalMs, tr("Observing"));
    }
}

void ExperimentRunner::takeSample(bool last)
{
    const hosts::PortSides sides = m_host->sample(m_port);
    if (!sides.errors.isEmpty()) {
        if (last)
            m_result.warnings << sides.errors;
        if (sides.serverStates.isEmpty() && sides.clientStates.isEmpty())
            return;
    }
    TimelineSample sample;
    sample.elapsedMs = m_clock.elapsed();
    sample.serverStates = sides.serverStates;
    sample.clientStates = sides.clientStates;
    sample.listenQueue = sides.listenQueue;
    sample.listenLimit = sides.listenLimit;
    const CounterSnapshot now = m_host->counters(Role::Server).value_or(CounterSnapshot());
    for (const QString &key : reportedCounters())
        sample.counters[key] = now.netstat.value(key) - m_before.netstat.value(key);
    if (last)
        keepFinalSample(sample, now);
    m_result.timeline.append(sample);
    Q_EMIT timelineSample(sample);
}

void ExperimentRunner::keepFinalSample(const TimelineSample &sample, const CounterSnapshot &now)
{
    QMap<QString, qint64> counters = sample.counters;
    for (auto it = m_result.expected.countersDelta.cbegin(); it != m_result.expected.countersDelta.cend(); ++it)
        counters[it.key()] = now.netstat.value(it.key()) - m_before.netstat.value(it.key());
    m_result.serverStates = sample.serverStates;
    m_result.clientStates = sample.clientStates;
    // A state the model predicts and nobody is in is a measured 0.
    for (auto it = m_result.expected.serverStates.cbegin(); it != m_result.expected.serverStates.cend(); ++it)
        m_result.serverStates.insert(it.key(), sample.serverStates.value(it.key()));
    for (auto it = m_result.expected.clientStates.cbegin(); it != m_result.expected.clientStates.cend(); ++it)
        m_result.clientStates.insert(it.key(), sample.clientStates.value(it.key()));
    m_result.countersDelta = counters;
    if (m_clientBefore) {
        const CounterSnapshot client = m_host->counters(Role::Client).value_or(CounterSnapshot());
        QStringList names = reportedCounters();
        for (auto it = m_result.expected.countersDelta.cbegin(); it != m_result.expected.countersDelta.cend(); ++it)
            names << it.key();
        names.removeDuplicates();
        for (const QString &key : std::as_const(names))
            m_result.clientCountersDelta[key] = client.netstat.value(key) - m_clientBefore->netstat.value(key);
    }
    m_result.listenQueue = sample.listenQueue;
    m_result.listenLimit = sample.listenLimit;
    if (!now.errors.isEmpty())
        m_result.warnings << now.errors;
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
        if (a.id != kServer)
            signalAgent(a.id, SIGTERM);
    }
    checkCollected();
}

void ExperimentRunner::checkCollected()
{
    if (m_phase != Phase::Collect)
        return;
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.id != kServer && !a.exited)
            return;
    }
    stopServer();
}

void ExperimentRunner::stopServer()
{
    setPhase(Phase::Stopping, tr("Stopping the server"));
    m_deadline.start(kStopTimeoutMs);
    const auto server = m_agents.constFind(kServer);
    if (server == m_agents.cend() || server->exited)
        m_host->close();
    else
        signalAgent(kServer, SIGTERM);
}

// Outcomes: a client that connected after its own timeout still connected within the run, and one
// with no outcome yet at the end did not.
void ExperimentRunner::countOutcomes()
{
    qint64 connected = 0;
    qint64 timedOut = 0;
    qint64 refused = 0;
    qint64 reset = 0;
    qint64 errors = 0;
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.id == kServer)
            continue;
        auto count = [&a](const char *key) -> qint64 {
            if (a.summary)
                return a.summaryEvent.value(QLatin1String(key)).toInteger();
            return a.outcomeCounts.value(QLatin1String(key));
        };
        qint64 pending = a.summary ? count("pending") : 0;
        if (!a.summary) {
            const qint64 total = a.id == QLatin1String("late") ? m_spec.lateClients : m_spec.clients;
            pending = qMax<qint64>(0, total - count("connected") - count("timed_out") - count("refused") - count("errors"));
            m_result.warnings << tr("%1 reported no summary; its outcomes are counted from its events").arg(a.id);
        }
        connected += count("connected") + count("late_connected");
        timedOut += qMax<qint64>(0, count("timed_out") - count("late_connected")) + pending;
        refused += count("refused");
        reset += count("reset");
        errors += count("errors") + count("late_failed");
    }
    m_result.outcomes = {{QStringLiteral("connected"), connected},
                         {QStringLiteral("timed_out"), timedOut},
                         {QStringLiteral("refused"), refused},
                         {QStringLiteral("reset"), reset},
                         {QStringLiteral("errors"), errors}};
}

void ExperimentRunner::finishRun()
{
    if (m_phase == Phase::Idle)
        return;
    countOutcomes();
    m_result.explanation = m_result.expected.explanation;
    if (m_result.twoHosts) {
        // What seed 000 saw on its two machines: each host keeps its own books.
        const qint64 synRetrans = m_result.clientCountersDelta.value(QStringLiteral("TcpExt.TCPSynRetrans"));
        const qint64 overflows = m_result.countersDelta.value(QStringLiteral("TcpExt.ListenOverflows"));
        m_result.explanation << bilingual("tcplab::lab::ExperimentResult",
                                          QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                                            "Two hosts: the server host (%1) holds only the listener and the connections it "
                                                            "completed, so SYN_RECV and ListenOverflows (%2 here) appear there alone; the client "
                                                            "host (%3) holds the clients' sockets, ESTABLISHED or SYN_SENT, and it is the one "
                                                            "that retransmits SYNs (TCPSynRetrans %4 there; on the server host that counter "
                                                            "only grows with SYN-ACK retransmissions). On one host both sets of numbers mix."),
                                          {m_result.serverAddress, QString::number(overflows), m_result.clientAddress, QString::number(synRetrans)});
    }
    // A burst that raced its first handshakes is held to the race's figures (burstRace()).
    if (auto raced = burstRace(m_spec, m_result.expected, m_result.countersDelta.value(QStringLiteral("TcpExt.SyncookiesSent")))) {
        m_result.expected = *raced;
        m_result.explanation << raced->explanation.last();
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
    } else if (m_phase == Phase::Opening || m_phase == Phase::Server) {
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
    if (sandboxPid() > 0)
        Q_EMIT sandboxClosing();
    m_tick.stop();
    m_deadline.stop();
    // Agents in the sandbox die with it (their parent-death signal); elsewhere, one by one.
    if (m_host) {
        m_host->disconnect(this);
        m_host->kill();
        m_host->deleteLater();
        m_host = nullptr;
    }
    m_agents.clear();
    m_clientBefore.reset();
}

qint64 ExperimentRunner::sandboxPid() const
{
    return m_host ? m_host->namespacePid(Role::Server) : 0;
}

qint64 ExperimentRunner::clientHostPid() const
{
    return m_host ? m_host->namespacePid(Role::Client) : 0;
}

int ExperimentRunner::duplicateClientCensusSocket() const
{
    return m_host ? m_host->duplicateCensusSocket(Role::Client) : -1;
}

int ExperimentRunner::duplicateCensusSocket() const
{
    return m_host ? m_host->duplicateCensusSocket(Role::Server) : -1;
}

QList<qint64> ExperimentRunner::processIds() const
{
    return m_host ? m_host->processIds() : QList<qint64>();
}

} // namespace tcplab::lab
