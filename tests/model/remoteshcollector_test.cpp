// SPDX-License-Identifier: GPL-3.0-or-later
// The portable collector's frames: the real output of the sh loop (run here with /bin/sh, no ssh)
// read in chunks of every size, cut off, and mixed with garbage.
#include "remote/shcollector.h"
#include "sources/localcountersource.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace tcplab;
using namespace tcplab::remote;

class RemoteShCollectorTest : public QObject
{
    Q_OBJECT
private:
    QByteArray m_output; // three complete frames and whatever came after

    static QList<ShFrame> readAll(QByteArrayView data, ShFrameReader *reader)
    {
        reader->feed(data);
        return reader->takeFrames();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), ShCollector::script(100)});
        QVERIFY(shell.waitForStarted());
        ShFrameReader reader;
        int frames = 0;
        while (frames < 3 && shell.waitForReadyRead(10000)) {
            const QByteArray chunk = shell.readAllStandardOutput();
            m_output += chunk;
            frames += int(readAll(chunk, &reader).size());
        }
        shell.kill();
        shell.waitForFinished();
        QCOMPARE(frames, 3);
    }

    void realFrames()
    {
        ShFrameReader reader;
        const QList<ShFrame> frames = readAll(m_output, &reader);
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].sequence, 1u);
        QCOMPARE(frames[2].sequence, 3u);
        QVERIFY(frames[1].uptimeNs > frames[0].uptimeNs);
        QVERIFY(frames[0].files.contains(QStringLiteral("net/netstat")));
        QCOMPARE(reader.discardedFrames(), 0);

        // The same parsers as the local source: the same keys, interfaces and CPUs.
        const ShSnapshot remote = snapshotFromFrame(frames[2]);
        LocalCounterSource localSource;
        const CounterSnapshot local = localSource.read();
        QVERIFY2(remote.snapshot.errors.isEmpty(), qPrintable(remote.snapshot.errors.join(QLatin1Char('\n'))));
        QCOMPARE(remote.snapshot.netstat.keys(), local.netstat.keys());
        QCOMPARE(remote.snapshot.interfaces.size(), local.interfaces.size());
        QCOMPARE(remote.snapshot.cpu.perCpu.size(), local.cpu.perCpu.size());
        QCOMPARE(remote.snapshot.sockstat.keys(), local.sockstat.keys());
        QVERIFY(!remote.snapshot.softirqs.rows.isEmpty());
        QVERIFY(remote.snapshot.netstat.contains(QStringLiteral("TcpExt.ListenOverflows")));
        if (QStandardPaths::findExecutable(QStringLiteral("ss")).isEmpty())
            QSKIP("ss (iproute2) is not installed: no census to check");
        QVERIFY2(remote.census.ok(), qPrintable(remote.census.error));
    }

    // However the stream is cut into reads, the same frames come out.
    void chunked()
    {
        ShFrameReader whole;
        const QList<ShFrame> expected = readAll(m_output, &whole);
        for (int size : {1, 2, 3, 7, 64, 4095}) {
            ShFrameReader reader;
            QList<ShFrame> frames;
            for (qsizetype at = 0; at < m_output.size(); at += size)
                frames += readAll(QByteArrayView(m_output).sliced(at, qMin<qsizetype>(size, m_output.size() - at)), &reader);
            QCOMPARE(frames.size(), expected.size());
            for (qsizetype i = 0; i < frames.size(); ++i) {
                QCOMPARE(frames[i].sequence, expected[i].sequence);
                QCOMPARE(frames[i].files, expected[i].files);
                QCOMPARE(frames[i].ss, expected[i].ss);
            }
        }
    }

    // A link that dies mid-frame leaves no half frame behind, wherever it is cut.
    void truncated()
    {
        const qsizetype lastBegin = m_output.lastIndexOf("=tcplab-frame-begin 3");
        const qsizetype lastEnd = m_output.indexOf("=tcplab-frame-end 3");
        QVERIFY(lastBegin > 0 && lastEnd > lastBegin);
        for (qsizetype cut = lastBegin; cut < lastEnd + 19; cut += qMax<qsizetype>(1, (lastEnd - lastBegin) / 97)) {
            ShFrameReader reader;
            const QList<ShFrame> frames = readAll(QByteArrayView(m_output).first(cut), &reader);
            QCOMPARE(frames.size(), 2);
            // After a reconnection the reader starts afresh and the next frame is whole.
            reader.reset();
            const QList<ShFrame> after = readAll(QByteArrayView(m_output).sliced(lastBegin), &reader);
            QCOMPARE(after.size(), 1);
        }
        // Cut, and the stream goes on with a new frame (the remote restarted): the cut one is
        // dropped, the new one read.
        ShFrameReader reader;
        const QByteArray spliced = QByteArray(m_output.left(lastBegin + 200) + "\n" + m_output.mid(lastBegin));
        const QList<ShFrame> frames = readAll(spliced, &reader);
        QCOMPARE(frames.size(), 3);
        QCOMPARE(reader.discardedFrames(), 1);
    }

    void garbage()
    {
        const qsizetype secondBegin = m_output.indexOf("=tcplab-frame-begin 2");
        const QByteArray junk = QByteArray("Welcome to Ubuntu 24.04 LTS\n\x01\x02\xff binary noise\n") +
            "=tcplab-frame-begin x y\n" // a begin that does not parse
            "=tcplab-frame-begin 9 12.5\nInter-|\n=tcplab-frame-end 8\n" // end of another frame
            "=tcplab-frame-end 2\n" // an end with no begin
            "=tcplab-file net/dev\n";
        QByteArray mixed = junk + m_output.left(secondBegin) + junk + m_output.mid(secondBegin);
        ShFrameReader reader;
        const QList<ShFrame> frames = readAll(mixed, &reader);
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[1].sequence, 2u);
        QVERIFY(reader.discardedBytes() > 0);
        QCOMPARE(reader.discardedFrames(), 2);
        QVERIFY(snapshotFromFrame(frames[1]).snapshot.errors.isEmpty());

        // Random bytes never crash the reader and never make up a frame.
        QRandomGenerator random(6);
        for (int round = 0; round < 200; ++round) {
            QByteArray noise(int(random.bounded(4096)), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            ShFrameReader noisy;
            QVERIFY(readAll(noise, &noisy).isEmpty());
        }
        // A line without end is bounded: it is dropped, and the next frame still comes through.
        ShFrameReader bounded;
        bounded.feed(QByteArray(ShFrameReader::kMaxLineBytes + 10, 'x'));
        QCOMPARE(readAll(QByteArray(QByteArray("\n") + m_output), &bounded).size(), 3);
    }

    // A file the remote could not read is named in the errors; a frame that misses it is not a
    // crash, and the files it has are used.
    void missingFiles()
    {
        ShFrame frame;
        frame.sequence = 1;
        frame.uptimeNs = 5;
        frame.missing = {QStringLiteral("net/netstat"), QStringLiteral("ss")};
        ShFrameReader reader;
        const QList<ShFrame> real = readAll(m_output, &reader);
        frame.files = real[0].files;
        frame.files.remove(QStringLiteral("net/netstat"));
        const ShSnapshot snapshot = snapshotFromFrame(frame);
        QCOMPARE(snapshot.snapshot.errors.size(), 1);
        QVERIFY(snapshot.snapshot.errors[0].contains(QLatin1String("net/netstat")));
        QVERIFY(snapshot.snapshot.netstat.contains(QStringLiteral("Tcp.ActiveOpens")));
        QVERIFY(!snapshot.census.ok());
    }

    // tcplab-agent's census lines: counts, listeners (IPv4 and IPv6) and the two sides of a port;
    // any line it cannot read gives an error and no partial census.
    void agentCensusLines()
    {
        PortSides sides;
        const auto census = censusFromAgentLines(
            "state 1 12\nstate 10 2\nstate 3 4\nside local 1 5\n"
            "side remote 2 7\nlisten 0.0.0.0 8080 3 128 4\n"
            "listen :: 22 0 4096 0\n",
            &sides);
        QVERIFY2(census.ok(), qPrintable(census.error));
        QCOMPARE(census.counts[procfs::TcpState::Established], 12u);
        QCOMPARE(census.counts[procfs::TcpState::Listen], 2u);
        QCOMPARE(census.counts[procfs::TcpState::SynRecv], 4u);
        QCOMPARE(census.listeners.size(), 2);
        QCOMPARE(census.listeners[0].local.toString(), QStringLiteral("0.0.0.0:8080"));
        QCOMPARE(census.listeners[0].acceptQueue, 3u);
        QCOMPARE(census.listeners[0].acceptQueueLimit, 128u);
        QCOMPARE(census.listeners[0].synRecv, 4u);
        QCOMPARE(census.listeners[1].local.toString(), QStringLiteral("[::]:22"));
        QVERIFY(sides.present);
        QCOMPARE(sides.local[procfs::TcpState::Established], 5u);
        QCOMPARE(sides.remote[procfs::TcpState::SynSent], 7u);

        for (const QByteArray &bad : {QByteArray("state 13 1\n"),
                                      QByteArray("state 1 x\n"),
                                      QByteArray("state 1 99999999999\n"),
                                      QByteArray("listen 1.2.3 80 0 1 0\n"),
                                      QByteArray("listen 0.0.0.0 70000 0 1 0\n"),
                                      QByteArray("side up 1 1\n"),
                                      QByteArray("what\n"),
                                      QByteArray("state 1 2\nerror sock_diag: EPERM\n")}) {
            const auto broken = censusFromAgentLines("state 1 3\n" + bad);
            QVERIFY2(!broken.ok(), bad.constData());
            QCOMPARE(broken.counts.total(), 0u);
            QVERIFY(broken.listeners.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(RemoteShCollectorTest)
#include "remoteshcollector_test.moc"
