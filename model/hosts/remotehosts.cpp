// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotehosts.h"

#include "remote/sshsource.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>

namespace tcplab::lab
{

namespace
{
constexpr int kProbeTimeoutMs = 30000;
constexpr int kCopyTimeoutMs = 120000;
const char kAgentDirectory[] = "d=\"${XDG_CACHE_HOME:-$HOME/.cache}/tcplab\"; ";
} // namespace

bool RemoteHosts::isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost") || host == QLatin1String("ip6-localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString RemoteHosts::checkAllowed(const remote::SshTarget &target, const QStringList &configured)
{
    const QString error = remote::SshCommand::validate(target);
    if (!error.isEmpty())
        return error;
    if (isLoopback(target.host))
        return {};
    for (const QString &entry : configured) {
        remote::SshTarget known;
        if (entry == target.destination() || entry == target.host
            || (remote::SshCommand::parseDestination(entry, &known).isEmpty() && known.host == target.host))
            return {};
    }
    return tr("%1 is neither this machine's loopback nor a host added in the hosts dialog; an experiment "
              "sends bursts of connections and runs only against hosts you have added.")
        .arg(target.destination());
}

bool RemoteHosts::run(const remote::SshTarget &target, const QString &remoteCommand, const QByteArray &input, QByteArray *output, QString *error, int timeoutMs)
{
    QProcess ssh;
    ssh.start(remote::SshCommand::program(), remote::SshCommand::arguments(target, remoteCommand));
    if (!ssh.waitForStarted(10000)) {
        *error = tr("The ssh program could not be started: is OpenSSH's client installed?");
        return false;
    }
    if (!input.isEmpty())
        ssh.write(input);
    ssh.closeWriteChannel();
    if (!ssh.waitForFinished(timeoutMs)) {
        ssh.kill();
        ssh.waitForFinished(2000);
        *error = tr("%1 did not answer within %2 s").arg(target.destination()).arg(timeoutMs / 1000);
        return false;
    }
    *output = ssh.readAllStandardOutput();
    const QByteArray standardError = ssh.readAllStandardError();
    if (ssh.exitStatus() != QProcess::NormalExit || ssh.exitCode() != 0) {
        const auto failure = remote::SshCommand::classify(standardError);
        *error = failure == remote::SshCommand::Failure::None ? tr("The command on %1 failed (exit status %2)").arg(target.destination()).arg(ssh.exitCode())
                                                              : remote::SshCommand::describe(failure, target, standardError);
        return false;
    }
    return true;
}

bool RemoteHosts::ensureAgent(const remote::SshTarget &target, const QString &agentPath, QByteArray *sha256, QString *error)
{
    QFile file(agentPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("tcplab-agent cannot be read at %1: %2").arg(agentPath, file.errorString());
        return false;
    }
    const QByteArray binary = file.readAll();
    *sha256 = QCryptographicHash::hash(binary, QCryptographicHash::Sha256).toHex();
    const QString probe = QLatin1String("sh -c '") + QLatin1String(kAgentDirectory) + QLatin1String("f=\"$d/tcplab-agent-") + QLatin1String(*sha256)
        + QLatin1String("\"; echo \"=tcplab-machine $(uname -s) $(uname -m)\"; "
                        "if [ -x \"$f\" ] && [ \"$(sha256sum < \"$f\" 2>/dev/null | cut -c1-64)\" = \"")
        + QLatin1String(*sha256) + QLatin1String("\" ]; then echo =tcplab-agent-present; fi'");
    QByteArray output;
    if (!run(target, probe, {}, &output, error, kProbeTimeoutMs))
        return false;
    const QString machine = remote::SshSource::localMachine();
    if (!output.contains(QByteArray("=tcplab-machine " + machine.toLatin1() + '\n'))) {
        const qsizetype at = output.indexOf("=tcplab-machine ");
        const QString theirs = at < 0 ? tr("unknown") : QString::fromLatin1(output.mid(at + 16, output.indexOf('\n', at) - at - 16));
        *error = tr("tcplab-agent is built for %1, %2 is %3: an experiment needs the agent there").arg(machine, target.destination(), theirs);
        return false;
    }
    if (output.contains("=tcplab-agent-present"))
        return true;
    if (!run(target, remote::SshSource::uploadRemoteCommand(*sha256), binary, &output, error, kCopyTimeoutMs))
        return false;
    if (!output.contains("=tcplab-agent-installed")) {
        *error = tr("tcplab-agent could not be copied to %1 intact (is sha256sum installed there?)").arg(target.destination());
        return false;
    }
    return true;
}

bool RemoteHosts::readHost(const remote::SshTarget &target, const QStringList &sysctls, RemoteHostInfo *info, QString *error)
{
    for (const QString &name : sysctls) {
        if (!QRegularExpression(QStringLiteral("^[a-z0-9_/]+$")).match(name).hasMatch()) {
            *error = tr("Not a setting name: %1").arg(name);
            return false;
        }
    }
    const QString command = QLatin1String("sh -c 'uname -r; for s in ") + sysctls.join(QLatin1Char(' '))
        + QLatin1String("; do printf \"%s \" \"$s\"; cat \"/proc/sys/$s\" 2>/dev/null || echo; done'");
    QByteArray output;
    if (!run(target, command, {}, &output, error, kProbeTimeoutMs))
        return false;
    const QList<QByteArray> lines = output.split('\n');
    info->kernelRelease = QString::fromLatin1(lines.value(0)).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].simplified();
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            info->sysctls.insert(QString::fromLatin1(line.left(space)), QString::fromLatin1(line.mid(space + 1)));
    }
    if (info->kernelRelease.isEmpty()) {
        *error = tr("%1 did not tell its kernel release").arg(target.destination());
        return false;
    }
    return true;
}

QString RemoteHosts::agentCommand(const QByteArray &sha256, const QStringList &arguments)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9.:_=-]+$"));
    for (const QString &argument : arguments) {
        if (!safe.match(argument).hasMatch())
            return {};
    }
    // fd 3 keeps the link's standard input for the watcher: an asynchronous list gets /dev/null
    // as its standard input unless it is redirected. When tcplab closes its end (or the link
    // drops), cat ends and the agent gets SIGTERM, so it still prints its final event.
    return QLatin1String("sh -c '") + QLatin1String(kAgentDirectory) + QLatin1String("f=\"$d/tcplab-agent-") + QLatin1String(sha256)
        + QLatin1String("\"; if [ ! -x \"$f\" ] || [ \"$(sha256sum < \"$f\" 2>/dev/null | cut -c1-64)\" != \"") + QLatin1String(sha256)
        + QLatin1String(
               "\" ]; then echo \"{\\\"v\\\":1,\\\"event\\\":\\\"error\\\",\\\"code\\\":\\\"ENOENT\\\","
               "\\\"message\\\":\\\"tcplab-agent is not on this host intact.\\\"}\"; exit 2; fi; "
               "exec 3<&0; \"$f\" ")
        + arguments.join(QLatin1Char(' '))
        + QLatin1String(
               " </dev/null 3<&- & p=$!; ( cat <&3 >/dev/null 2>&1; kill -TERM $p 2>/dev/null ) "
               ">/dev/null 2>&1 & w=$!; exec 3<&-; wait $p; s=$?; kill $w 2>/dev/null; exit $s'");
}

} // namespace tcplab::lab
