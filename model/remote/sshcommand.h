// SPDX-License-Identifier: GPL-3.0-or-later
// How tcplab runs the system's OpenSSH client: which host and user strings it accepts, the
// argument vector it passes (never a shell string built from user input), and what ssh's error
// output means. Going through `ssh` keeps the user's ~/.ssh/config, agent, keys and known_hosts.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tcplab::remote
{

struct SshTarget {
    QString user; // empty: ssh's default (the config's User, or the local user name)
    QString host; // a name, an alias from ~/.ssh/config, an IPv4 or IPv6 address (no brackets)
    int port = 0; // 0: ssh's default (the config's Port, or 22)
    QString identityFile; // -i; empty: the agent and the config's keys
    QString knownHostsFile; // -o UserKnownHostsFile=; empty: the user's own

    // "user@host", "host", "[::1]:2222", for the user and for settings.
    QString destination() const;
};

class SshCommand
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::remote::SshCommand)
public:
    // What went wrong, read from ssh's standard error.
    enum class Failure {
        None,
        HostKeyUnknown, // no known_hosts entry; BatchMode cannot ask
        HostKeyChanged, // the entry does not match: possibly an attack, never bypassed
        AuthenticationFailed,
        ConnectionRefused,
        HostNotFound,
        Other,
    };

    // Reads "host", "user@host", "[host]:port" or "user@[v6]:port" into *target (user, host,
    // port). Returns a message for the user, or "" when the text is acceptable.
    static QString parseDestination(const QString &text, SshTarget *target);
    // Every field of a target; "" when ssh may be started with it.
    static QString validate(const SshTarget &target);
    static QString validateHost(const QString &host);
    static QString validateUser(const QString &user);

    // The arguments for `ssh` (the program name not included). `remoteCommand` is tcplab's own,
    // fixed text; the target must have passed validate().
    static QStringList arguments(const SshTarget &target, const QString &remoteCommand);
    static QString program()
    {
        return QStringLiteral("ssh");
    }

    static Failure classify(QByteArrayView standardError);
    // Failures that retrying cannot mend: the user must act (check the key, fix known_hosts).
    static bool isPermanent(Failure failure);
    // A sentence for the status bar; `standardError` supplies the detail for Other.
    static QString describe(Failure failure, const SshTarget &target, QByteArrayView standardError);
};

} // namespace tcplab::remote
