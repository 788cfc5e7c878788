// SPDX-License-Identifier: GPL-3.0-or-later
// The counter sources by kind: every kind of key makes its kind of source with the census that
// goes with it, keys that name nothing readable say why, and remote keys convert to and from the
// hosts list's saved form unchanged.
#include "remote/nodeexportersource.h"
#include "remote/sshsource.h"
#include "series/monitorsession.h"
#include "sources/localcountersource.h"
#include "sources/sourceregistry.h"

#include <QTest>

using namespace tcplab;
using Kind = SourceKey::Kind;

class SourceRegistryTest : public QObject
{
    Q_OBJECT
private:
    // A registry whose sandbox has its server host (and, with two hosts, its client host) in this
    // process's network namespace; 0 for a host that is not running.
    static void placeSandbox(SourceRegistry *registry, qint64 serverPid, qint64 clientPid, QList<Kind> *asked)
    {
        registry->setSandboxLocator([=](Kind kind) {
            asked->append(kind);
            const bool client = kind == Kind::SandboxClient;
            return SourceRegistry::NamespaceHost{client ? clientPid : serverPid, [client] {
                                                     return client ? 42 : 41;
                                                 }};
        });
    }

    static QString typeOf(const CounterSource *source)
    {
        if (dynamic_cast<const remote::SshSource *>(source))
            return QStringLiteral("ssh");
        if (dynamic_cast<const remote::NodeExporterSource *>(source))
            return QStringLiteral("node_exporter");
        if (dynamic_cast<const LocalCounterSource *>(source))
            return QStringLiteral("local");
        return QStringLiteral("none");
    }

private Q_SLOTS:
    void makesEachKind_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name"); // a part of the source's display name
        QTest::addColumn<int>("censusSocket");
        QTest::addColumn<bool>("censusProvider");
        QTest::newRow("this machine") << Kind::ThisMachine << QString() << "local"
                                      << "This machine" << -1 << false;
        QTest::newRow("sandbox server host") << Kind::SandboxServer << QString() << "local"
                                             << "Experiment sandbox" << 41 << false;
        QTest::newRow("sandbox client host") << Kind::SandboxClient << QString() << "local"
                                             << "Experiment sandbox: client host" << 42 << false;
        QTest::newRow("ssh host") << Kind::Ssh << "student@lab-host"
                                  << "ssh"
                                  << "lab-host" << -1 << true;
        QTest::newRow("ssh host and port") << Kind::Ssh << "[127.0.0.1]:2222"
                                           << "ssh"
                                           << "127.0.0.1" << -1 << true;
        QTest::newRow("node_exporter") << Kind::NodeExporter << "http://127.0.0.1:9100/metrics"
                                       << "node_exporter"
                                       << "127.0.0.1:9100" << -1 << true;
    }

    void makesEachKind()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, identity);
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(int, censusSocket);
        QFETCH(bool, censusProvider);
        SourceRegistry registry;
        QList<Kind> asked;
        const qint64 self = QCoreApplication::applicationPid();
        placeSandbox(&registry, self, self, &asked);
        MadeSource made = registry.make({kind, identity}, 1000);
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        QCOMPARE(typeOf(made.source.get()), type);
        QVERIFY2(made.source->displayName().contains(name), qPrintable(made.source->displayName()));
        QCOMPARE(made.censusSocket, censusSocket);
        QCOMPARE(bool(made.censusProvider), censusProvider);
        // Only the sandbox's kinds look for the sandbox, each for its own host.
        const bool sandbox = kind == Kind::SandboxServer || kind == Kind::SandboxClient;
        QCOMPARE(asked, sandbox ? QList<Kind>{kind} : QList<Kind>{});
        if (type == QLatin1String("local")) {
            // This process's namespace, read through /proc/<pid>/net for the sandbox's hosts.
            const CounterSnapshot snapshot = made.source->read();
            QVERIFY2(snapshot.errors.isEmpty(), qPrintable(snapshot.errors.join(QLatin1Char(';'))));
            QVERIFY(snapshot.netstat.contains(QStringLiteral("TcpExt.ListenOverflows")));
        }
    }

    // A sandbox host's counters are those of the process found for it.
    void sandboxReadsItsNamespace()
    {
        SourceRegistry registry;
        QList<Kind> asked;
        placeSandbox(&registry, 999999999, 0, &asked);
        const MadeSource made = registry.make({Kind::SandboxServer, QString()}, 1000);
        QVERIFY(made.source);
        QVERIFY(!made.source->read().errors.isEmpty());
    }

    void nodeExporterHasNoSockets()
    {
        SourceRegistry registry;
        MadeSource made = registry.make({Kind::NodeExporter, QStringLiteral("http://127.0.0.1:9100/metrics")}, 1000);
        QVERIFY(made.censusProvider);
        sockets::Census census;
        QVERIFY(!made.censusProvider(&census));
        QVERIFY(census.error.contains(QLatin1String("node_exporter")));
    }

    void refusesKeysItCannotRead_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<qint64>("sandboxPid"); // of both sandbox hosts; -1: no sandbox at all
        QTest::addColumn<QString>("error");
        QTest::newRow("no sandbox") << int(Kind::SandboxServer) << QString() << qint64(-1) << "not running";
        QTest::newRow("sandbox stopped") << int(Kind::SandboxServer) << QString() << qint64(0) << "not running";
        QTest::newRow("one-host sandbox") << int(Kind::SandboxClient) << QString() << qint64(0) << "no client host";
        QTest::newRow("this machine named") << int(Kind::ThisMachine) << "lab-host" << qint64(-1) << "\"lab-host\"";
        QTest::newRow("sandbox named") << int(Kind::SandboxServer) << "lab-host" << qint64(1) << "\"lab-host\"";
        QTest::newRow("ssh without a host") << int(Kind::Ssh) << QString() << qint64(-1) << "";
        QTest::newRow("ssh with a shell") << int(Kind::Ssh) << "lab-host;reboot" << qint64(-1) << "refused";
        QTest::newRow("ssh without a user") << int(Kind::Ssh) << "@lab-host" << qint64(-1) << "user name";
        QTest::newRow("ssh bad port") << int(Kind::Ssh) << "[lab-host]:99999" << qint64(-1) << "";
        QTest::newRow("node_exporter without a URL") << int(Kind::NodeExporter) << QString() << qint64(-1) << "";
        QTest::newRow("node_exporter over ftp") << int(Kind::NodeExporter) << "ftp://127.0.0.1/metrics" << qint64(-1) << "";
        QTest::newRow("unknown kind") << 99 << QString() << qint64(-1) << "unknown kind of source: 99";
    }

    void refusesKeysItCannotRead()
    {
        QFETCH(int, kind);
        QFETCH(QString, identity);
        QFETCH(qint64, sandboxPid);
        QFETCH(QString, error);
        SourceRegistry registry;
        QList<Kind> asked;
        if (sandboxPid >= 0)
            placeSandbox(&registry, sandboxPid, sandboxPid, &asked);
        const MadeSource made = registry.make({Kind(kind), identity}, 1000);
        QVERIFY(!made.source);
        QVERIFY(!made.error.isEmpty());
        QVERIFY2(made.error.contains(error), qPrintable(made.error));
        QCOMPARE(made.censusSocket, -1);
    }

    // use(): the session reads the key's source, or keeps its own and the caller hears why.
    void useGivesTheSessionItsSource()
    {
        SourceRegistry registry;
        MonitorSession session;
        session.setIntervalMs(500);
        QCOMPARE(registry.use({Kind::NodeExporter, QStringLiteral("http://127.0.0.1:9100/metrics")}, &session), QString());
        QVERIFY(dynamic_cast<remote::NodeExporterSource *>(session.source()));
        const CounterSource *before = session.source();
        QVERIFY(!registry.use({Kind::SandboxServer, QString()}, &session).isEmpty());
        QCOMPARE(session.source(), before);
        QCOMPARE(registry.use(SourceKey(), &session), QString());
        QCOMPARE(typeOf(session.source()), QStringLiteral("local"));
        QCOMPARE(session.source()->displayName(), QStringLiteral("This machine"));
    }

    // What the hosts list keeps ("ssh:<destination>", "node:<url>") is the remote keys' saved
    // form; the chosen source itself is not kept anywhere.
    void savedHosts_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<bool>("live");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("identity");
        QTest::newRow("ssh") << "ssh:student@lab-host" << true << int(Kind::Ssh) << "student@lab-host";
        QTest::newRow("ssh port") << "ssh:[::1]:2222" << true << int(Kind::Ssh) << "[::1]:2222";
        QTest::newRow("node_exporter") << "node:http://127.0.0.1:9100/metrics" << true << int(Kind::NodeExporter) << "http://127.0.0.1:9100/metrics";
        QTest::newRow("prometheus") << "prom:http://127.0.0.1:9090" << false << 0 << QString();
        QTest::newRow("upper case") << "SSH:lab-host" << false << 0 << QString();
        QTest::newRow("old host key") << "host" << false << 0 << QString();
        QTest::newRow("old sandbox key") << "sandbox" << false << 0 << QString();
        QTest::newRow("empty") << QString() << false << 0 << QString();
    }

    void savedHosts()
    {
        QFETCH(QString, saved);
        QFETCH(bool, live);
        QFETCH(int, kind);
        QFETCH(QString, identity);
        const auto key = SourceKey::fromSavedHost(saved);
        QCOMPARE(bool(key), live);
        if (!key)
            return;
        QCOMPARE(key->kind, Kind(kind));
        QCOMPARE(key->identity, identity);
        QVERIFY(key->isRemote());
        QCOMPARE(key->savedHost(), saved);
    }

    void localKeysHaveNoSavedForm_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("this machine") << Kind::ThisMachine;
        QTest::newRow("sandbox server host") << Kind::SandboxServer;
        QTest::newRow("sandbox client host") << Kind::SandboxClient;
    }

    void localKeysHaveNoSavedForm()
    {
        QFETCH(Kind, kind);
        const SourceKey key{kind, QString()};
        QVERIFY(!key.isRemote());
        QCOMPARE(key.savedHost(), QString());
        QVERIFY(!SourceRegistry::localName(kind).isEmpty());
        // Keys are equal by kind and identity: what the source box finds its entries by.
        QVERIFY(key == (SourceKey{kind, QString()}));
        QVERIFY(key != (SourceKey{kind, QStringLiteral("lab-host")}));
        QVERIFY(key != (SourceKey{Kind::Ssh, QString()}));
        QCOMPARE(QVariant::fromValue(key).value<SourceKey>(), key);
    }
};

QTEST_GUILESS_MAIN(SourceRegistryTest)
#include "sourceregistry_test.moc"
