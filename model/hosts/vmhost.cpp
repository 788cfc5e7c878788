// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmhost.h"

#include "kernels/initramfs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

#include <csignal>

#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace tcplab::hosts
{

namespace
{

// What was learnt about KVM on this machine, so that a machine where it does not boot a guest pays
// for finding out once.
QString kvmVerdictPath()
{
    return QDir(kernels::KernelShelf::defaultRoot()).filePath(QStringLiteral("kvm.json"));
}

QString kvmKey()
{
    return QSysInfo::kernelVersion() + QLatin1Char(' ') + QSysInfo::machineHostName();
}

QString exitText(const QJsonObject &line)
{
    if (line.contains(QStringLiteral("signal")))
        return VmHost::tr("signal %1").arg(line.value(QStringLiteral("signal")).toInt());
    return VmHost::tr("exit code %1").arg(line.value(QStringLiteral("code")).toInt());
}

} // namespace

VmHost::VmHost(const QString &binDirectory, const kernels::ShelfKernel &kernel, const QStringList &sysctls, const QStringList &modules, QObject *parent)
    : AgentHost(parent)
    , m_binDirectory(binDirectory)
    , m_kernel(kernel)
    , m_sysctls(sysctls)
    , m_modules(modules)
{
    // The socket census needs the kernel's sock_diag handlers for TCP; the cloud kernels build
    // them as modules, and nothing in the guest loads a module on demand (no modprobe).
    for (const QString &diag : {QStringLiteral("tcp_diag"), QStringLiteral("inet_diag")}) {
        if (!m_modules.contains(diag) && !kernels::Initramfs::findModule(kernel, diag).isEmpty())
            m_modules.prepend(diag);
    }
    m_info.defaultPort = kDefaultPort;
    m_info.serverBind = QStringLiteral("127.0.0.1");
    m_info.serverAddress = QStringLiteral("127.0.0.1");
    m_info.namespaceKind = QStringLiteral("vm");
    m_kvmDeadline.setSingleShot(true);
    connect(&m_kvmDeadline, &QTimer::timeout, this, [this] {
        fallBackToTcg(tr("the guest did not answer within %1 s").arg(kKvmReadyTimeoutMs / 1000));
    });
}

VmHost::~VmHost()
{
    kill();
}

QString VmHost::name() const
{
    return tr("the virtual machine (%1)").arg(m_kernel.release);
}

QString VmHost::qemuProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
}

QString VmHost::chooseAccelerator(QString *why)
{
    const int fd = ::open("/dev/kvm", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        *why = tr("TCG (QEMU's emulator): /dev/kvm cannot be opened here");
        return QStringLiteral("tcg");
    }
    ::close(fd);
    QFile file(kvmVerdictPath());
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject verdict = QJsonDocument::fromJson(file.readAll()).object();
        if (verdict.value(QStringLiteral("key")).toString() == kvmKey() && !verdict.value(QStringLiteral("boots")).toBool()) {
            *why = tr("TCG (QEMU's emulator): KVM did not boot a guest on this machine (%1)").arg(verdict.value(QStringLiteral("why")).toString());
            return QStringLiteral("tcg");
        }
    }
    *why = tr("KVM");
    return QStringLiteral("kvm");
}

QStringList VmHost::qemuArguments(const QString &initrd, const QString &accelerator) const
{
    QStringList append{QStringLiteral("console=ttyS0"), QStringLiteral("quiet"), QStringLiteral("panic=-1")};
    for (const QString &setting : m_sysctls) {
        QString text = setting;
        append << QLatin1String("tcplab.sysctl=") + text.replace(QLatin1Char(' '), QLatin1Char(','));
    }
    for (const QString &module : m_modules)
        append << QLatin1String("tcplab.module=") + module;
    const bool kvm = accelerator == QLatin1String("kvm");
    return {QStringLiteral("-accel"),
            kvm ? QStringLiteral("kvm") : QStringLiteral("tcg"),
            QStringLiteral("-cpu"),
            kvm ? QStringLiteral("host") : QStringLiteral("max"),
            QStringLiteral("-m"),
            QStringLiteral("256"),
            QStringLiteral("-nodefaults"),
            QStringLiteral("-no-user-config"),
            QStringLiteral("-no-reboot"),
            QStringLiteral("-display"),
            QStringLiteral("none"),
            QStringLiteral("-monitor"),
            QStringLiteral("none"),
            QStringLiteral("-serial"),
            QLatin1String("file:") + QDir(m_work ? m_work->path() : QString()).filePath(QStringLiteral("console.log")),
            QStringLiteral("-serial"),
            QStringLiteral("stdio"),
            QStringLiteral("-kernel"),
            m_kernel.vmlinuz(),
            QStringLiteral("-initrd"),
            initrd,
            QStringLiteral("-append"),
            append.join(QLatin1Char(' '))};
}

void VmHost::open()
{
    m_work = std::make_unique<QTemporaryDir>();
    const QString initrd = QDir(m_work->path()).filePath(QStringLiteral("initrd.gz"));
    QString error;
    const QString program = qemuProgram();
    if (program.isEmpty())
        error = tr("QEMU (qemu-system-x86_64) is not installed");
    else if (!kernels::Initramfs::write(initrd, QDir(m_binDirectory).filePath(QStringLiteral("tcplab-agent")), m_kernel, m_modules, &error))
        error = tr("cannot make the virtual machine's initramfs: %1").arg(error);
    if (!error.isEmpty()) {
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT failed(error);
        });
        return;
    }
    QString why;
    m_info.accelerator = chooseAccelerator(&why);
    m_info.acceleratorNote = why;
    startQemu();
}

void VmHost::startQemu()
{
    const QString initrd = QDir(m_work->path()).filePath(QStringLiteral("initrd.gz"));
    m_qemu = new QProcess(this);
    m_qemu->setProgram(qemuProgram());
    m_qemu->setArguments(qemuArguments(initrd, m_info.accelerator));
    const pid_t parent = ::getpid();
    m_qemu->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
    });
    connect(m_qemu, &QProcess::readyReadStandardOutput, this, &VmHost::onOutput);
    connect(m_qemu, &QProcess::finished, this, &VmHost::onFinished);
    connect(m_qemu, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            Q_EMIT failed(tr("cannot start QEMU: %1").arg(m_qemu->errorString()));
    });
    m_qemu->start();
    if (m_info.accelerator == QLatin1String("kvm"))
        m_kvmDeadline.start(kKvmReadyTimeoutMs);
}

void VmHost::recordKvm(bool boots, const QString &why)
{
    QSaveFile file(kvmVerdictPath());
    QDir().mkpath(QFileInfo(file.fileName()).absolutePath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("key"), kvmKey()}, {QStringLiteral("boots"), boots}, {QStringLiteral("why"), why}}).toJson());
        file.commit();
    }
}

// KVM did not bring the guest up: that is remembered, and the machine boots again with TCG.
void VmHost::fallBackToTcg(const QString &why)
{
    m_kvmDeadline.stop();
    recordKvm(false, why);
    if (m_qemu) {
        m_qemu->disconnect(this);
        m_qemu->kill();
        m_qemu->waitForFinished(3000);
        m_qemu->deleteLater();
        m_qemu = nullptr;
    }
    m_reader.clear();
    m_info.accelerator = QStringLiteral("tcg");
    m_info.acceleratorNote = tr("TCG (QEMU's emulator): KVM did not boot a guest on this machine (%1)").arg(why);
    startQemu();
}

void VmHost::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onOutput();
    if (!m_ready && m_info.accelerator == QLatin1String("kvm")) {
        // QEMU's first line says why ("failed to set MSR ..."); the rest is its assertion.
        const QString said = QString::fromLocal8Bit(m_qemu->readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0).left(200);
        fallBackToTcg(said.isEmpty() ? tr("QEMU ended with exit code %1").arg(exitCode) : said);
        return;
    }
    if (m_closing) {
        Q_EMIT closed();
        return;
    }
    QString said = QString::fromLocal8Bit(m_qemu ? m_qemu->readAllStandardError() : QByteArray()).trimmed();
    if (said.isEmpty() && m_work) {
        QFile console(QDir(m_work->path()).filePath(QStringLiteral("console.log")));
        if (console.open(QIODevice::ReadOnly))
            said = QString::fromLocal8Bit(console.readAll().right(400)).trimmed();
    }
    const QString how = status == QProcess::CrashExit ? tr("a crash") : tr("exit code %1").arg(exitCode);
    Q_EMIT failed(m_error.isEmpty() ? tr("the virtual machine ended unexpectedly (%1): %2").arg(how, said) : m_error);
}

void VmHost::onOutput()
{
    if (!m_qemu)
        return;
    m_reader.feed(m_qemu->readAllStandardOutput(), [this](const QJsonObject &line) {
        onLine(line);
        return m_qemu != nullptr;
    });
}

void VmHost::onLine(const QJsonObject &line)
{
    const QString event = line.value(QStringLiteral("event")).toString();
    const QString id = line.value(QStringLiteral("id")).toString();
    if (line.contains(QStringLiteral("line"))) {
        const QJsonValue value = line.value(QStringLiteral("line"));
        if (value.isObject())
            Q_EMIT agentLine(id, value.toObject());
        else if (id == QLatin1String("watch"))
            onFrameLine(value.toString());
    } else if (event == QLatin1String("ready")) {
        onReady(line);
    } else if (event == QLatin1String("spawned")) {
        // The watcher is the host's own program, not one of the run's.
        if (id != QLatin1String("watch"))
            Q_EMIT agentStarted(id, line.value(QStringLiteral("pid")).toInteger());
    } else if (event == QLatin1String("exited")) {
        if (id != QLatin1String("watch"))
            Q_EMIT agentExited(id, exitText(line));
    } else if (event == QLatin1String("error")) {
        const QString message = line.value(QStringLiteral("message")).toString();
        if (m_ready)
            Q_EMIT warning(message);
        else
            m_error = tr("the virtual machine could not start: %1").arg(message);
    }
}

void VmHost::onReady(const QJsonObject &line)
{
    m_info.kernelRelease = line.value(QStringLiteral("kernel")).toString();
    const QJsonObject sysctls = line.value(QStringLiteral("sysctls")).toObject();
    for (auto it = sysctls.begin(); it != sysctls.end(); ++it) {
        const QJsonValue v = it.value();
        m_info.sysctls.insert(it.key(), v.isString() ? v.toString().simplified() : QString::number(v.toInteger()));
    }
    if (m_info.accelerator == QLatin1String("kvm")) {
        m_kvmDeadline.stop();
        recordKvm(true, QString());
    }
    m_ready = true;
    Q_EMIT ready();
}

void VmHost::onFrameLine(const QString &text)
{
    m_frames.feed(QByteArray(text.toUtf8() + '\n'));
    const QList<remote::ShFrame> frames = m_frames.takeFrames();
    if (frames.isEmpty())
        return;
    m_latest = remote::snapshotFromFrame(frames.last());
    if (m_watching) {
        m_watching = false;
        Q_EMIT portReady();
    }
}

void VmHost::send(const QJsonObject &command)
{
    if (m_qemu && m_qemu->state() == QProcess::Running)
        m_qemu->write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
}

void VmHost::startAgent(const QString &id, Role role, const QStringList &arguments)
{
    Q_UNUSED(role);
    send({{QStringLiteral("cmd"), QStringLiteral("spawn")},
          {QStringLiteral("id"), id},
          {QStringLiteral("argv"), QJsonArray::fromStringList(QStringList{QStringLiteral("/init")} + arguments)}});
}

void VmHost::signalAgent(const QString &id, int signalNumber)
{
    send({{QStringLiteral("cmd"), QStringLiteral("signal")}, {QStringLiteral("id"), id}, {QStringLiteral("signal"), QString::number(signalNumber)}});
}

void VmHost::watchPort(quint16 port)
{
    m_watching = true;
    m_latest.reset();
    startAgent(QStringLiteral("watch"),
               Role::Server,
               {QStringLiteral("watch"), QStringLiteral("--interval-ms"), QStringLiteral("100"), QStringLiteral("--port"), QString::number(port)});
}

PortSides VmHost::sample(quint16 port)
{
    PortSides sides;
    if (!m_latest) {
        sides.errors << tr("no frame from the virtual machine yet");
        return sides;
    }
    if (!m_latest->census.ok())
        sides.errors << tr("the virtual machine's socket census failed: %1").arg(m_latest->census.error);
    const auto add = [](const procfs::TcpStateCounts &counts, QMap<QString, qint64> *states) {
        for (int n = 1; n <= procfs::TcpStateMax; ++n) {
            if (counts.counts[size_t(n)] != 0)
                (*states)[procfs::tcpStateName(procfs::TcpState(n))] += counts.counts[size_t(n)];
        }
    };
    add(m_latest->sides.local, &sides.serverStates);
    add(m_latest->sides.remote, &sides.clientStates);
    for (const sockets::ListenerQueue &l : std::as_const(m_latest->census.listeners)) {
        if (l.local.port == port) {
            sides.listenQueue = l.acceptQueue;
            sides.listenLimit = l.acceptQueueLimit;
        }
    }
    return sides;
}

bool VmHost::stateCounts(Role role, procfs::TcpStateCounts *counts)
{
    Q_UNUSED(role);
    if (!m_latest)
        return false;
    *counts = m_latest->census.counts;
    return true;
}

std::optional<CounterSnapshot> VmHost::counters(Role role)
{
    if (role == Role::Client || !m_latest)
        return std::nullopt;
    return m_latest->snapshot;
}

void VmHost::close()
{
    m_closing = true;
    if (!m_qemu || m_qemu->state() == QProcess::NotRunning) {
        QTimer::singleShot(0, this, &VmHost::closed);
        return;
    }
    // init ends its programs and powers the machine off.
    send({{QStringLiteral("cmd"), QStringLiteral("exit")}});
}

void VmHost::kill()
{
    m_kvmDeadline.stop();
    if (m_qemu) {
        m_qemu->disconnect(this);
        if (m_qemu->state() != QProcess::NotRunning) {
            m_qemu->kill();
            m_qemu->waitForFinished(3000);
        }
        m_qemu->deleteLater();
        m_qemu = nullptr;
    }
    m_ready = false;
}

QList<qint64> VmHost::processIds() const
{
    if (m_qemu && m_qemu->processId() > 0)
        return {m_qemu->processId()};
    return {};
}

} // namespace tcplab::hosts
