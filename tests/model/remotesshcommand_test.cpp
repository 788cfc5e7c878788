// SPDX-License-Identifier: GPL-3.0-or-later
// Which host and user strings reach ssh, the argument vector they become, and what ssh's error
// output is taken to mean.
#include "remote/shcollector.h"
#include "remote/sshcommand.h"

#include <QTest>

using namespace tcplab::remote;

class RemoteSshCommandTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("name") << "lab-server"
                              << ""
                              << "lab-server" << 0;
        QTest::newRow("fqdn") << "server.lab.example.org"
                              << ""
                              << "server.lab.example.org" << 0;
        QTest::newRow("user") << "student@lab_2"
                              << "student"
                              << "lab_2" << 0;
        QTest::newRow("ipv4") << "root@127.0.0.1"
                              << "root"
                              << "127.0.0.1" << 0;
        QTest::newRow("ipv6 bare") << "::1"
                                   << ""
                                   << "::1" << 0;
        QTest::newRow("ipv6 bracket") << "[::1]"
                                      << ""
                                      << "::1" << 0;
        QTest::newRow("ipv6 port") << "[fe80::1]:2222"
                                   << ""
                                   << "fe80::1" << 2222;
        QTest::newRow("user ipv6 port") << "u.ser-1@[2001:db8::7]:22"
                                        << "u.ser-1"
                                        << "2001:db8::7" << 22;
        QTest::newRow("name port") << "[lab]:2200"
                                   << ""
                                   << "lab" << 2200;
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        SshTarget target;
        QCOMPARE(SshCommand::parseDestination(text, &target), QString());
        QCOMPARE(target.user, user);
        QCOMPARE(target.host, host);
        QCOMPARE(target.port, port);
        QCOMPARE(SshCommand::validate(target), QString());
    }

    // Every attempt to smuggle an option or a command into ssh's arguments (or, through %h in a
    // ProxyCommand, into a shell) is refused, and the message names the problem.
    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("option") << "-oProxyCommand=touch /tmp/x"
                                << "'-'";
        QTest::newRow("option plain") << "-F/etc/passwd"
                                      << "'-'";
        QTest::newRow("option user") << "-oProxyCommand=sh@host"
                                     << "'-'";
        QTest::newRow("user dash") << "-l@host"
                                   << "'-'";
        QTest::newRow("space") << "host extra"
                               << "white space";
        QTest::newRow("tab") << "host\tuname"
                             << "white space";
        QTest::newRow("newline") << QStringLiteral("host\nid") << "white space";
        QTest::newRow("control") << QStringLiteral("host\x01") << "control";
        QTest::newRow("nul") << QString(QStringLiteral("host") + QChar(0)) << "control";
        QTest::newRow("escape") << QStringLiteral("host\x1b[2J") << "control";
        QTest::newRow("single quote") << "host'id'"
                                      << "quote";
        QTest::newRow("double quote") << "\"host\""
                                      << "quote";
        QTest::newRow("backtick") << "host`id`"
                                  << "quote";
        QTest::newRow("semicolon") << "host;id"
                                   << "';'";
        QTest::newRow("and") << "host&&id"
                             << "'&'";
        QTest::newRow("pipe") << "host|id"
                              << "'|'";
        QTest::newRow("dollar") << "$(id)"
                                << "'$'";
        QTest::newRow("redirect") << "host>/tmp/x"
                                  << "'>'";
        QTest::newRow("subshell") << "(host)"
                                  << "'('";
        QTest::newRow("glob") << "host*"
                              << "'*'";
        QTest::newRow("backslash") << "host\\x"
                                   << "'\\'";
        QTest::newRow("percent token") << "host%h"
                                       << "'%'";
        QTest::newRow("equals") << "ProxyCommand=x"
                                << "'='";
        QTest::newRow("user space") << "a b@host"
                                    << "white space";
        QTest::newRow("user dollar") << "$USER@host"
                                     << "'$'";
        QTest::newRow("empty user") << "@host"
                                    << "empty";
        QTest::newRow("bad bracket") << "[::1"
                                     << "']'";
        QTest::newRow("bad port") << "[::1]:99999"
                                  << "65535";
        QTest::newRow("port junk") << "[::1]:22x"
                                   << "65535";
        QTest::newRow("slash") << "host/../x"
                               << "only letters";
        QTest::newRow("colon name") << "host:22"
                                    << "IPv6";
        QTest::newRow("non ascii") << QStringLiteral("h\u00f6st") << "only letters";
        QTest::newRow("fullwidth space") << QStringLiteral("host\u3000x") << "white space";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        SshTarget target;
        const QString error = SshCommand::parseDestination(text, &target);
        QVERIFY2(!error.isEmpty(), qPrintable(text));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(target.host.isEmpty());
    }

    // A target built field by field (the hosts dialog) goes through the same checks.
    void validateFields()
    {
        SshTarget target;
        target.host = QStringLiteral("-oProxyCommand=x");
        QVERIFY(!SshCommand::validate(target).isEmpty());
        target.host = QStringLiteral("lab");
        target.user = QStringLiteral("a;b");
        QVERIFY(!SshCommand::validate(target).isEmpty());
        target.user.clear();
        target.knownHostsFile = QStringLiteral("/tmp/k h");
        QVERIFY(!SshCommand::validate(target).isEmpty());
        target.knownHostsFile = QStringLiteral("/tmp/kh UserKnownHostsFile=/dev/null");
        QVERIFY(!SshCommand::validate(target).isEmpty());
        target.knownHostsFile = QStringLiteral("/tmp/known_hosts");
        target.identityFile = QStringLiteral("-key");
        QVERIFY(!SshCommand::validate(target).isEmpty());
        target.identityFile = QStringLiteral("/tmp/id_ed25519");
        target.port = 70000;
        QVERIFY(!SshCommand::validate(target).isEmpty());
        target.port = 2222;
        QCOMPARE(SshCommand::validate(target), QString());
    }

    void argumentVector()
    {
        SshTarget target;
        QCOMPARE(SshCommand::parseDestination(QStringLiteral("student@[::1]:2222"), &target), QString());
        target.identityFile = QStringLiteral("/tmp/id");
        target.knownHostsFile = QStringLiteral("/tmp/kh");
        const QStringList arguments = SshCommand::arguments(target, QStringLiteral("true"));
        const QStringList expected{QStringLiteral("-T"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("BatchMode=yes"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("ConnectTimeout=10"),
                                   QStringLiteral("-p"),
                                   QStringLiteral("2222"),
                                   QStringLiteral("-i"),
                                   QStringLiteral("/tmp/id"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("UserKnownHostsFile=/tmp/kh"),
                                   QStringLiteral("-l"),
                                   QStringLiteral("student"),
                                   QStringLiteral("--"),
                                   QStringLiteral("::1"),
                                   QStringLiteral("true")};
        QCOMPARE(arguments, expected);
        // Host-key checking is never weakened, whatever the target.
        for (const QString &argument : arguments) {
            QVERIFY(!argument.contains(QLatin1String("StrictHostKeyChecking"), Qt::CaseInsensitive));
            QVERIFY(!argument.contains(QLatin1String("/dev/null")));
        }
        QCOMPARE(target.destination(), QStringLiteral("student@[::1]:2222"));
    }

    // The remote command is the collector's fixed text: no single quote inside the quoted program.
    void remoteCommandIsFixed()
    {
        const QString command = ShCollector::remoteCommand(1000);
        QVERIFY(command.startsWith(QLatin1String("sh -c '")));
        QVERIFY(command.endsWith(QLatin1Char('\'')));
        QCOMPARE(command.count(QLatin1Char('\'')), 2);
    }

    void classify_data()
    {
        QTest::addColumn<QByteArray>("stderrText");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("words");
        QTest::newRow("changed") << QByteArray(
            "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
            "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
            "Host key for [127.0.0.1]:2222 has changed and you have requested strict checking.\n"
            "Host key verification failed.\n")
                                 << int(SshCommand::Failure::HostKeyChanged) << "has changed";
        QTest::newRow("unknown") << QByteArray(
            "No ED25519 host key is known for [127.0.0.1]:2222 and you have "
            "requested strict checking.\nHost key verification failed.\n")
                                 << int(SshCommand::Failure::HostKeyUnknown) << "not known";
        QTest::newRow("auth") << QByteArray("root@127.0.0.1: Permission denied (publickey).\n") << int(SshCommand::Failure::AuthenticationFailed)
                              << "refused the login";
        QTest::newRow("refused") << QByteArray("ssh: connect to host 127.0.0.1 port 2222: Connection refused\n") << int(SshCommand::Failure::ConnectionRefused)
                                 << "refused the connection";
        QTest::newRow("dns") << QByteArray("ssh: Could not resolve hostname nohost: Name or service not known\n") << int(SshCommand::Failure::HostNotFound)
                             << "resolved";
        QTest::newRow("other") << QByteArray("Connection closed by 127.0.0.1 port 2222\n") << int(SshCommand::Failure::Other) << "Connection closed";
        QTest::newRow("none") << QByteArray() << int(SshCommand::Failure::None) << "";
    }
    void classify()
    {
        QFETCH(QByteArray, stderrText);
        QFETCH(int, failure);
        QFETCH(QString, words);
        QCOMPARE(int(SshCommand::classify(stderrText)), failure);
        SshTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = 2222;
        const QString message = SshCommand::describe(SshCommand::Failure(failure), target, stderrText);
        QVERIFY2(message.contains(words), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(RemoteSshCommandTest)
#include "remotesshcommand_test.moc"
