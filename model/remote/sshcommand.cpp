// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshcommand.h"

#include <QHostAddress>

namespace tcplab::remote
{

namespace
{

bool isNameCharacter(QChar c)
{
    // Host names, aliases and IPv4 addresses. No '%': ssh expands %-tokens of the host in
    // ProxyCommand and friends, which a shell then runs.
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_');
}

// Why a string may not be used at all, before its form is looked at; "" when nothing is wrong.
QString refusedCharacters(const QString &text)
{
    if (text.startsWith(QLatin1Char('-')))
        return SshCommand::tr("it starts with '-', which ssh would read as an option");
    for (const QChar c : text) {
        if (c.isSpace())
            return SshCommand::tr("it holds white space");
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
            return SshCommand::tr("it holds a quote");
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            return SshCommand::tr("it holds a control character");
        if (QStringLiteral(";&|$<>(){}\\*?!~#%,=^").contains(c))
            return SshCommand::tr("it holds the shell character '%1'").arg(c);
    }
    return {};
}

QString lastLines(QByteArrayView text, int count)
{
    QStringList lines = QString::fromLocal8Bit(text.data(), text.size()).trimmed().split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) {
        return line.trimmed().isEmpty();
    });
    return lines.mid(qMax<qsizetype>(0, lines.size() - count)).join(QLatin1Char(' ')).trimmed();
}

} // namespace

QString SshTarget::destination() const
{
    QString text = host;
    if (port > 0)
        text = (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
    return user.isEmpty() ? text : user + QLatin1Char('@') + text;
}

QString SshCommand::validateHost(const QString &host)
{
    if (host.isEmpty())
        return tr("The host name is empty.");
    const QString why = refusedCharacters(host);
    if (!why.isEmpty())
        return tr("The host name \"%1\" is refused: %2.").arg(host, why);
    if (host.contains(QLatin1Char(':'))) {
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return tr("The host \"%1\" is neither a name nor an IPv6 address.").arg(host);
        return {};
    }
    for (const QChar c : host) {
        if (!isNameCharacter(c))
            return tr("The host name \"%1\" may hold only letters, digits, '.', '-' and '_'.").arg(host);
    }
    return {};
}

QString SshCommand::validateUser(const QString &user)
{
    if (user.isEmpty())
        return {};
    const QString why = refusedCharacters(user);
    if (!why.isEmpty())
        return tr("The user name \"%1\" is refused: %2.").arg(user, why);
    for (const QChar c : user) {
        if (!isNameCharacter(c))
            return tr("The user name \"%1\" may hold only letters, digits, '.', '-' and '_'.").arg(user);
    }
    return {};
}

QString SshCommand::parseDestination(const QString &text, SshTarget *target)
{
    // Characters first, so that every refusal names the real problem ("white space", not "no
    // closing bracket").
    const QString why = refusedCharacters(text);
    if (!why.isEmpty())
        return tr("The host \"%1\" is refused: %2.").arg(text, why);
    QString rest = text;
    QString user;
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        user = rest.left(at);
        rest = rest.mid(at + 1);
        if (user.isEmpty())
            return tr("The user name before '@' is empty.");
        const QString userError = validateUser(user);
        if (!userError.isEmpty())
            return userError;
    }
    int port = 0;
    QString host = rest;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return tr("The host \"%1\" has no closing ']'.").arg(text);
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            bool ok = false;
            port = after.startsWith(QLatin1Char(':')) ? after.mid(1).toInt(&ok) : 0;
            if (!ok || port < 1 || port > 65535)
                return tr("The port after \"[%1]\" must be a number from 1 to 65535.").arg(host);
        }
    }
    const QString hostError = validateHost(host);
    if (!hostError.isEmpty())
        return hostError;
    target->user = user;
    target->host = host;
    if (port > 0)
        target->port = port;
    return {};
}

QString SshCommand::validate(const SshTarget &target)
{
    QString error = validateHost(target.host);
    if (error.isEmpty())
        error = validateUser(target.user);
    if (!error.isEmpty())
        return error;
    if (target.port < 0 || target.port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    for (const QString *file : {&target.identityFile, &target.knownHostsFile}) {
        if (file->isEmpty())
            continue;
        // The known_hosts path goes inside an -o option, which ssh splits at white space and
        // quotes; both paths are expanded for %-tokens.
        for (const QChar c : *file) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return tr("The file name \"%1\" holds a control character.").arg(*file);
            if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('%'))
                return tr("The file name \"%1\" may not hold white space, quotes or '%'.").arg(*file);
        }
        if (file->startsWith(QLatin1Char('-')))
            return tr("The file name \"%1\" may not start with '-'.").arg(*file);
    }
    return {};
}

QStringList SshCommand::arguments(const SshTarget &target, const QString &remoteCommand)
{
    // -T: no terminal, so the remote output is byte for byte what the collector prints.
    // BatchMode: never ask for a password or a host key confirmation; fail instead.
    QStringList arguments{QStringLiteral("-T"),
                          QStringLiteral("-o"),
                          QStringLiteral("BatchMode=yes"),
                          QStringLiteral("-o"),
                          QStringLiteral("ConnectTimeout=10")};
    if (target.port > 0)
        arguments << QStringLiteral("-p") << QString::number(target.port);
    if (!target.identityFile.isEmpty())
        arguments << QStringLiteral("-i") << target.identityFile;
    if (!target.knownHostsFile.isEmpty())
        arguments << QStringLiteral("-o") << QLatin1String("UserKnownHostsFile=") + target.knownHostsFile;
    if (!target.user.isEmpty())
        arguments << QStringLiteral("-l") << target.user;
    // "--" ends the options: nothing after it can be taken for one.
    arguments << QStringLiteral("--") << target.host << remoteCommand;
    return arguments;
}

SshCommand::Failure SshCommand::classify(QByteArrayView standardError)
{
    const QByteArray text = standardError.toByteArray();
    // The changed-key warning also ends in "Host key verification failed", so it comes first.
    if (text.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"))
        return Failure::HostKeyChanged;
    if (text.contains("Host key verification failed") || text.contains("No ED25519 host key is known") || text.contains("host key is known for"))
        return Failure::HostKeyUnknown;
    if (text.contains("Permission denied"))
        return Failure::AuthenticationFailed;
    if (text.contains("Connection refused"))
        return Failure::ConnectionRefused;
    if (text.contains("Could not resolve hostname") || text.contains("Name or service not known"))
        return Failure::HostNotFound;
    return text.trimmed().isEmpty() ? Failure::None : Failure::Other;
}

bool SshCommand::isPermanent(Failure failure)
{
    return failure == Failure::HostKeyUnknown || failure == Failure::HostKeyChanged || failure == Failure::AuthenticationFailed;
}

QString SshCommand::describe(Failure failure, const SshTarget &target, QByteArrayView standardError)
{
    const QString host = target.destination();
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::HostKeyUnknown:
        return tr("The host key of %1 is not known. Connect once with ssh in a terminal, check the key's "
                  "fingerprint and accept it; tcplab never accepts host keys by itself.")
            .arg(host);
    case Failure::HostKeyChanged:
        return tr("The host key of %1 has changed since it was recorded in known_hosts. This can be an "
                  "attack; tcplab refuses to connect. If the host was reinstalled, check the new key and "
                  "remove the old entry with ssh-keygen -R.")
            .arg(host);
    case Failure::AuthenticationFailed:
        return tr("%1 refused the login: no key was accepted (tcplab never asks for passwords).").arg(host);
    case Failure::ConnectionRefused:
        return tr("%1 refused the connection: is sshd running on that port?").arg(host);
    case Failure::HostNotFound:
        return tr("The host name %1 could not be resolved.").arg(host);
    case Failure::Other:
        break;
    }
    return tr("ssh to %1 failed: %2").arg(host, lastLines(standardError, 2));
}

} // namespace tcplab::remote
