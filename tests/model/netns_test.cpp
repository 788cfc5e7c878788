// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/netnsmain.h"
#include "procfs/procfile.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplab;

class NetnsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void privateNamespace()
    {
        // main() moved us into the namespace.
        char ownNs[64] = {};
        QVERIFY(::readlink("/proc/self/ns/net", ownNs, sizeof ownNs - 1) > 0);
        const QByteArray hostNs = qgetenv("TCPLAB_TEST_HOST_NETNS");
        QVERIFY(hostNs.startsWith("net:["));
        QVERIFY(hostNs != QByteArray(ownNs));

        // Only loopback exists, and it is up: a listener on 127.0.0.1 accepts a connection.
        QByteArray dev;
        QVERIFY(procfs::readProcFile(QStringLiteral("/proc/net/dev"), &dev, nullptr));
        QCOMPARE(dev.count(':'), 1);
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(server, 1), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(server, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const int client = ::socket(AF_INET, SOCK_STREAM, 0);
        QCOMPARE(::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);

        // The namespace's own sysctl, not the host's.
        QVERIFY2(sandbox::writeSysctl(QStringLiteral("net/core/somaxconn"), "77").isEmpty(), "write somaxconn");
        QByteArray value;
        QVERIFY(procfs::readProcFile(QStringLiteral("/proc/sys/net/core/somaxconn"), &value, nullptr));
        QCOMPARE(value.trimmed(), QByteArray("77"));
        ::close(client);
        ::close(server);
    }
};

QTEST_NETNS_MAIN(NetnsTest)
#include "netns_test.moc"
