// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-bench-connect: how fast tcplab-agent's event-driven client opens many connections, next
// to a thread-per-connection client (the lab's original design), in a private network namespace
// with queues large enough that nothing is dropped. Exits non-zero when the agent's clients did
// not all connect.
//
//   tcplab-bench-connect [--clients N] [--runs N] [--agent PATH] [--threaded-client PATH]
#include "sandbox/netns.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tcplab;

namespace
{

struct Figures {
    std::vector<double> values;
    void add(double value)
    {
        values.push_back(value);
    }
    void print(const char *name) const
    {
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.empty()) {
            std::printf("%-34s no runs\n", name);
            return;
        }
        std::printf("%-34s median %9.1f ms   min %9.1f   max %9.1f\n", name, sorted[sorted.size() / 2], sorted.front(), sorted.back());
    }
};

// Reads a JSON line with the given "event" (or, for the threaded client, any line) from output.
QJsonObject findLine(const QByteArray &output, const char *event)
{
    QJsonObject found;
    for (const QByteArray &line : output.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.isEmpty() && (!event || object.value(QLatin1String("event")).toString() == QLatin1String(event)))
            found = object;
    }
    return found;
}

// A server that accepts at once with room for every client in its queues. Returns its port or 0.
int startServer(QProcess &server, const QString &agent)
{
    server.start(agent,
                 {QStringLiteral("serve"),
                  QStringLiteral("--port"),
                  QStringLiteral("0"),
                  QStringLiteral("--backlog"),
                  QStringLiteral("16384"),
                  QStringLiteral("--accept"),
                  QStringLiteral("immediate"),
                  QStringLiteral("--report-ms"),
                  QStringLiteral("1000")});
    QByteArray seen;
    while (server.waitForReadyRead(10000)) {
        seen += server.readAllStandardOutput();
        const QJsonObject listening = findLine(seen, "listening");
        if (!listening.isEmpty())
            return listening.value(QLatin1String("port")).toInt();
    }
    return 0;
}

void stopServer(QProcess &server)
{
    if (server.state() == QProcess::NotRunning)
        return;
    server.terminate();
    if (!server.waitForFinished(10000)) {
        server.kill();
        server.waitForFinished(10000);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any thread exists: a user namespace needs a single-threaded process.
    const sandbox::NamespaceResult ns = sandbox::enterPrivateNetworkNamespace();
    if (!ns.ok()) {
        std::fprintf(stderr, "no private network namespace: %s\n", qPrintable(ns.error));
        return 1;
    }
    QCoreApplication app(argc, argv);
    int clients = 10000;
    int runs = 5;
    QString agent = QStringLiteral(TCPLAB_AGENT_EXECUTABLE);
    QString threaded = QStringLiteral(TCPLAB_THREADED_CLIENT_EXECUTABLE);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--clients"))
            clients = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--agent"))
            agent = args[i + 1];
        else if (args[i] == QLatin1String("--threaded-client"))
            threaded = args[i + 1];
    }
    for (const auto &[path, value] : {std::pair{"net/core/somaxconn", "16384"},
                                      std::pair{"net/ipv4/tcp_max_syn_backlog", "16384"},
                                      std::pair{"net/ipv4/ip_local_port_range", "1024 65535"}}) {
        const QString error = sandbox::writeSysctl(QString::fromLatin1(path), QByteArray(value));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    // One client run against a fresh server (each holds every accepted socket, and one process may
    // hold only so many files): the connected count and the connect phase from the client's final
    // JSON line (`summaryEvent`, or the last line when null), and the whole process's wall time.
    struct Outcome {
        bool serverStarted = false;
        int connected = -1;
        double phaseMs = -1;
        double wallMs = 0;
    };
    auto runClient = [&](const QString &program, const QStringList &arguments, const char *summaryEvent) {
        Outcome outcome;
        QProcess server;
        const int port = startServer(server, agent);
        if (!port) {
            stopServer(server);
            return outcome;
        }
        outcome.serverStarted = true;
        QStringList withPort = arguments;
        withPort << QStringLiteral("--host") << QStringLiteral("127.0.0.1") << QStringLiteral("--port") << QString::number(port) << QStringLiteral("--clients")
                 << QString::number(clients);
        QProcess client;
        QElapsedTimer wall;
        wall.start();
        client.start(program, withPort);
        const bool finished = client.waitForFinished(120000);
        outcome.wallMs = double(wall.nsecsElapsed()) / 1e6;
        if (!finished)
            client.kill(), client.waitForFinished(10000);
        const QJsonObject result = findLine(client.readAllStandardOutput(), summaryEvent);
        stopServer(server);
        outcome.connected = result.value(QLatin1String("connected")).toInt(-1);
        outcome.phaseMs = result.value(QLatin1String("connect_phase_ms")).toDouble(-1);
        return outcome;
    };

    Figures agentPhase, agentWall, threadedPhase, threadedWall;
    bool allConnected = true;
    for (int run = 0; run < runs; ++run) {
        const Outcome a =
            runClient(agent,
                      {QStringLiteral("connect"), QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("--hold"), QStringLiteral("0")},
                      "summary");
        const Outcome t = runClient(threaded, {}, nullptr);
        if (!a.serverStarted || !t.serverStarted) {
            std::fprintf(stderr, "the server did not start\n");
            return 1;
        }
        std::printf("run %d agent:    connected %d/%d, connect phase %.1f ms, wall %.1f ms\n", run + 1, a.connected, clients, a.phaseMs, a.wallMs);
        std::printf("run %d threaded: connected %d/%d, connect phase %.1f ms, wall %.1f ms\n", run + 1, t.connected, clients, t.phaseMs, t.wallMs);
        if (a.connected != clients) {
            allConnected = false;
        } else {
            agentPhase.add(a.phaseMs);
            agentWall.add(a.wallMs);
        }
        if (t.connected == clients) {
            threadedPhase.add(t.phaseMs);
            threadedWall.add(t.wallMs);
        }
    }
    std::printf("\n%d clients, %d runs, loopback in a private network namespace\n", clients, runs);
    agentPhase.print("tcplab-agent connect phase");
    agentWall.print("tcplab-agent whole process");
    threadedPhase.print("thread per connection, phase");
    threadedWall.print("thread per connection, process");
    if (!allConnected) {
        std::fprintf(stderr, "FAIL: not every tcplab-agent client connected\n");
        return 1;
    }
    return 0;
}
