// SPDX-License-Identifier: GPL-3.0-or-later
// The notebook file: every entry kind survives a round trip, a writer killed with SIGKILL leaves
// every committed entry readable, refused files stay byte-identical, a version-1 file migrates, a
// second Notebook on one file is refused, and the paste analysis reads all three capture formats.
#include "lab/experimentresult.h"
#include "notebook/notebook.h"
#include "notebook/pasteanalysis.h"
#include "notebook/recordingwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <cstring>

using namespace tcplab;
using namespace tcplab::notebook;

namespace
{

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

lab::ExperimentResult sampleResult(int backlog)
{
    lab::ExperimentResult r;
    r.spec.preset = QStringLiteral("seed-backlog-10");
    r.spec.backlog = backlog;
    r.kernelRelease = QStringLiteral("6.1.0-test");
    r.serverStates[QStringLiteral("ESTABLISHED")] = backlog + 1;
    r.expected.serverStates[QStringLiteral("ESTABLISHED")] = lab::Range::exactly(backlog + 1);
    r.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = 4242;
    r.expected.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = lab::Range::between(100, 5000);
    lab::TimelineSample s;
    s.elapsedMs = 100;
    s.listenQueue = backlog + 1;
    r.timeline.append(s);
    r.explanation.append({QStringLiteral("The accept queue held %1.").arg(backlog + 1), QStringLiteral("acceptキュー")});
    return r;
}

// The child: appends notes and recording samples as fast as it can and reports each commit.
int childWriter(const QString &path)
{
    Notebook nb;
    if (!nb.open(path))
        return 3;
    QTextStream out(stdout);
    const qint64 recording = nb.addRecording(QStringLiteral("kill test"));
    RecordingWriter writer(&nb, recording);
    for (int i = 1;; ++i) {
        if (!nb.addNote(QStringLiteral("note %1").arg(i), QStringLiteral("body %1 ").arg(i).repeated(20)))
            return 4;
        writer.append(QStringLiteral("series.a"), i * 1000, i);
        writer.append(QStringLiteral("series.b"), i * 1000, i * 0.5);
        if (!writer.flush())
            return 5;
        // Reported only after both commits returned.
        out << "committed " << i << Qt::endl;
    }
}

} // namespace

class NotebookTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const
    {
        return m_dir.filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void roundTripEveryKind()
    {
        const QString file = path(QStringLiteral("round.tcplab"));
        qint64 note = 0, run = 0, chart = 0, output = 0, paste = 0, recording = 0;
        {
            Notebook nb;
            QVERIFY2(nb.create(file, QStringLiteral("Queues")), qPrintable(nb.errorString()));
            QSignalSpy added(&nb, &Notebook::entriesChanged);
            note = nb.addNote(QStringLiteral("First"), QStringLiteral("```bash\nss -ltn\n```"));
            run = nb.addRun(sampleResult(10), QStringLiteral("remark"));
            chart = nb.addChart({QStringLiteral("Chart"), QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), QStringLiteral("time,a\n1,2\n")});
            output = nb.addOutput({QStringLiteral("nstat -az"), QStringLiteral("TcpExtListenOverflows 3 0.0")});
            paste = nb.addPaste(QStringLiteral("Paste"), {QStringLiteral("a"), QStringLiteral("b"), 10});
            recording = nb.addRecording(QStringLiteral("Span"));
            QVERIFY2(recording, qPrintable(nb.errorString()));
            RecordingWriter w(&nb, recording);
            for (int i = 0; i < 1500; ++i) {
                QVERIFY2(w.append(QStringLiteral("int"), 1000 + i * 1000, i % 7), qPrintable(w.errorString()));
                QVERIFY(w.append(QStringLiteral("frac"), 1000 + i * 1000, i / 3.0));
            }
            QVERIFY(w.flush());
            QCOMPARE(added.count(), 6);
            QVERIFY(nb.setTags(note, {QStringLiteral("ss"), QStringLiteral("lesson")}));
        }
        Notebook nb;
        QVERIFY2(nb.open(file), qPrintable(nb.errorString()));
        QCOMPARE(nb.title(), QStringLiteral("Queues"));
        const QList<Entry> entries = nb.entries();
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries.at(0).id, note);
        QCOMPARE(entries.at(0).text, QStringLiteral("```bash\nss -ltn\n```"));
        QCOMPARE(entries.at(0).tags, (QStringList{QStringLiteral("lesson"), QStringLiteral("ss")}));
        QCOMPARE(entries.at(1).kind, EntryKind::Run);
        const auto r = nb.run(run);
        QVERIFY(r);
        QCOMPARE(r->remarks, QStringLiteral("remark"));
        QCOMPARE(r->fullResult(), sampleResult(10).toJson());
        QCOMPARE(r->timeline.size(), 1);
        QCOMPARE(r->spec, sampleResult(10).spec.toJson());
        const auto c = nb.chart(chart);
        QVERIFY(c);
        QCOMPARE(c->csv, QStringLiteral("time,a\n1,2\n"));
        QVERIFY(c->svg.startsWith("<svg"));
        QCOMPARE(nb.output(output)->output, QStringLiteral("TcpExtListenOverflows 3 0.0"));
        QCOMPARE(nb.paste(paste)->seconds, 10.0);
        QCOMPARE(nb.recordingSeries(recording), (QStringList{QStringLiteral("int"), QStringLiteral("frac")}));
        const QList<SeriesPoint> ints = nb.samples(recording, QStringLiteral("int"));
        const QList<SeriesPoint> fracs = nb.samples(recording, QStringLiteral("frac"));
        QCOMPARE(ints.size(), 1500);
        QCOMPARE(fracs.size(), 1500);
        for (int i = 0; i < 1500; ++i) {
            QCOMPARE(ints.at(i).timeMs, 1000 + i * 1000);
            QCOMPARE(ints.at(i).value, double(i % 7));
            QCOMPARE(fracs.at(i).value, i / 3.0);
        }
        QCOMPARE(nb.search(QStringLiteral("SS -L")).size(), 1);
        QCOMPARE(nb.search(QStringLiteral("ListenOverflows")).size(), 2); // the run's result and the output
        QCOMPARE(nb.search(QString(), QStringLiteral("lesson")).size(), 1);
        QCOMPARE(nb.search(QStringLiteral("100%")).size(), 0); // LIKE wildcards are plain text
        QCOMPARE(nb.allTags(), (QStringList{QStringLiteral("lesson"), QStringLiteral("ss")}));
    }

    void undoRedoSurvivesReopen()
    {
        const QString file = path(QStringLiteral("undo.tcplab"));
        qint64 id = 0;
        {
            Notebook nb;
            QVERIFY(nb.create(file));
            id = nb.addNote(QStringLiteral("n"), QStringLiteral("one"));
            QVERIFY(!nb.canUndo());
            QVERIFY(nb.setText(id, QStringLiteral("two")));
            QVERIFY(nb.setText(id, QStringLiteral("three")));
            QVERIFY(nb.undo());
            QCOMPARE(nb.entry(id)->text, QStringLiteral("two"));
        }
        Notebook nb;
        QVERIFY(nb.open(file));
        QVERIFY(nb.canRedo());
        QVERIFY(nb.redo());
        QCOMPARE(nb.entry(id)->text, QStringLiteral("three"));
        QVERIFY(nb.undo());
        QVERIFY(nb.undo());
        QCOMPARE(nb.entry(id)->text, QStringLiteral("one"));
        QVERIFY(!nb.canUndo());
        QVERIFY(nb.setText(id, QStringLiteral("four"))); // forgets the undone edits
        QVERIFY(!nb.canRedo());
    }

    void secondOpenIsRefused()
    {
        const QString file = path(QStringLiteral("twice.tcplab"));
        Notebook first;
        QVERIFY(first.create(file));
        Notebook second;
        QVERIFY(!second.open(file));
        QCOMPARE(second.error(), Notebook::Error::Locked);
        QVERIFY(second.errorString().contains(QStringLiteral("already open")));
        first.close();
        QVERIFY2(second.open(file), qPrintable(second.errorString()));
    }

    void refusedFilesStayIdentical_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedError");
        QTest::newRow("text") << "text" << int(Notebook::Error::NotANotebook);
        QTest::newRow("empty") << "empty" << int(Notebook::Error::NotANotebook);
        QTest::newRow("other sqlite") << "othersqlite" << int(Notebook::Error::NotANotebook);
        QTest::newRow("damaged page") << "damaged" << int(Notebook::Error::Damaged);
        QTest::newRow("truncated") << "truncated" << int(Notebook::Error::Damaged);
        QTest::newRow("newer") << "newer" << int(Notebook::Error::NewerVersion);
    }

    void refusedFilesStayIdentical()
    {
        QFETCH(QString, kind);
        QFETCH(int, expectedError);
        const QString file = path(kind + QStringLiteral(".tcplab"));
        if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write(QByteArray("Tcp:\n    12 active connection openings\n").repeated(200));
        } else if (kind == QLatin1String("othersqlite")) {
            QString error;
            QVERIFY(Notebook::createVersion1(file, &error));
            const QString name = QStringLiteral("other");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id = 1234"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        } else {
            {
                Notebook nb;
                QVERIFY(nb.create(file));
                for (int i = 0; i < 200; ++i)
                    nb.addNote(QStringLiteral("note %1").arg(i), QStringLiteral("text ").repeated(100));
                nb.addRun(sampleResult(5));
            }
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8 * 4096);
            if (kind == QLatin1String("damaged")) {
                f.seek(3 * 4096 + 8); // inside a b-tree page: its cells
                f.write(QByteArray(3000, '\xAB'));
            } else if (kind == QLatin1String("truncated")) {
                f.resize(size / 2);
            } else {
                f.seek(60); // the header's user_version
                const char version[4] = {0, 0, 0, 99};
                f.write(version, 4);
            }
        }
        const QByteArray before = sha256(file);
        Notebook nb;
        QVERIFY(!nb.open(file));
        QCOMPARE(int(nb.error()), expectedError);
        QVERIFY(nb.errorString().contains(file));
        qInfo() << nb.errorString();
        QCOMPARE(sha256(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void migratesVersion1()
    {
        const QString fixture = QStringLiteral(TCPLAB_FIXTURES_DIR "/notebook_v1.tcplab");
        QVERIFY2(QFile::exists(fixture), "run the test with --write-v1-fixture to make it");
        const QString file = path(QStringLiteral("old.tcplab"));
        QVERIFY(QFile::copy(fixture, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        Notebook nb;
        QVERIFY2(nb.open(file), qPrintable(nb.errorString()));
        QCOMPARE(nb.openedVersion(), 1);
        const QList<Entry> entries = nb.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).title, QStringLiteral("Version 1 note"));
        QCOMPARE(entries.at(0).modifiedMs, entries.at(0).createdMs);
        const auto run = nb.run(entries.at(1).id);
        QVERIFY(run);
        // The timeline moved out of the result into its own column.
        QCOMPARE(run->timeline.size(), 1);
        QVERIFY(!run->result.contains(QStringLiteral("timeline")));
        QCOMPARE(run->result[QStringLiteral("counters_delta")][QStringLiteral("TcpExt.ListenOverflows")].toInteger(), 4242);
        QCOMPARE(run->timeline.at(0)[QStringLiteral("listen_queue")].toInteger(), 11);
        QVERIFY(nb.setTags(entries.at(0).id, {QStringLiteral("migrated")}));
        nb.close();
        Notebook again;
        QVERIFY(again.open(file));
        QCOMPARE(again.openedVersion(), Notebook::kSchemaVersion);
    }

    void killedWriterLosesNothingCommitted()
    {
        const QString file = path(QStringLiteral("killed.tcplab"));
        {
            Notebook nb;
            QVERIFY(nb.create(file));
        }
        int expectedNotes = 0;
        for (int round = 0; round < 30; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-writer"), file});
            QVERIFY(child.waitForStarted());
            // Wait for a random number of reported commits, then kill at a random moment after.
            const int wanted = 1 + int(QRandomGenerator::global()->bounded(40));
            int last = 0;
            QByteArray pending;
            while (last < wanted) {
                QVERIFY2(child.waitForReadyRead(20000), "the writer stopped reporting");
                pending += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(nl);
                    pending.remove(0, nl + 1);
                    if (line.startsWith("committed "))
                        last = line.mid(10).toInt();
                }
            }
            QThread::usleep(QRandomGenerator::global()->bounded(20000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(20000));
            pending += child.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n')) {
                if (line.startsWith("committed "))
                    last = line.mid(10).toInt();
            }
            Notebook nb;
            QVERIFY2(nb.open(file), qPrintable(nb.errorString()));
            const QList<Entry> entries = nb.entries();
            // Each round's notes: "note 1".."note N" in order; every reported one is there.
            int roundNotes = 0;
            qint64 lastRecording = 0;
            for (const Entry &e : entries) {
                if (e.kind == EntryKind::Recording)
                    lastRecording = e.id;
            }
            for (const Entry &e : entries) {
                if (e.kind == EntryKind::Note && e.id > lastRecording) {
                    ++roundNotes;
                    QCOMPARE(e.title, QStringLiteral("note %1").arg(roundNotes));
                    QCOMPARE(e.text, QStringLiteral("body %1 ").arg(roundNotes).repeated(20));
                }
            }
            QVERIFY2(roundNotes >= last, qPrintable(QStringLiteral("%1 of %2").arg(roundNotes).arg(last)));
            const QList<SeriesPoint> a = nb.samples(lastRecording, QStringLiteral("series.a"));
            QVERIFY(a.size() >= last);
            for (int i = 0; i < a.size(); ++i)
                QCOMPARE(a.at(i).value, double(i + 1));
            expectedNotes += roundNotes;
        }
        Notebook nb;
        QVERIFY(nb.open(file));
        int notes = 0;
        for (const Entry &e : nb.entries())
            notes += e.kind == EntryKind::Note ? 1 : 0;
        QCOMPARE(notes, expectedNotes);
    }

    void pasteAnalysis_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("format");
        QTest::newRow("netstat -s") << QStringLiteral(
            "Ip:\n    1000 total packets received\n    900 requests sent out\n"
            "Tcp:\n    10 active connection openings\n    500 segments sent out\n"
            "    5 segments retransmitted\nTcpExt:\n"
            "    3 times the listen queue of a socket overflowed\n"
            "    4 SYNs to LISTEN sockets dropped\nIpExt:\n    InOctets: 100000\n"
            "    OutOctets: 90000\n")
                                    << QStringLiteral(
                                           "Ip:\n    2000 total packets received\n    1900 requests sent out\n"
                                           "Tcp:\n    30 active connection openings\n    1500 segments sent out\n"
                                           "    15 segments retransmitted\nTcpExt:\n"
                                           "    23 times the listen queue of a socket overflowed\n"
                                           "    24 SYNs to LISTEN sockets dropped\nIpExt:\n    InOctets: 200000\n"
                                           "    OutOctets: 240000\n")
                                    << int(CaptureFormat::NetstatS);
        QTest::newRow("nstat -az") << QStringLiteral(
            "#kernel\nIpInReceives 1000 0.0\nIpOutRequests 900 0.0\nTcpActiveOpens 10 0.0\n"
            "TcpOutSegs 500 0.0\nTcpRetransSegs 5 0.0\nTcpExtListenOverflows 3 0.0\n"
            "TcpExtListenDrops 4 0.0\nIpExtInOctets 100000 0.0\nIpExtOutOctets 90000 0.0\n")
                                   << QStringLiteral(
                                          "#kernel\nIpInReceives 2000 0.0\nIpOutRequests 1900 0.0\nTcpActiveOpens 30 0.0\n"
                                          "TcpOutSegs 1500 0.0\nTcpRetransSegs 15 0.0\nTcpExtListenOverflows 23 0.0\n"
                                          "TcpExtListenDrops 24 0.0\nIpExtInOctets 200000 0.0\nIpExtOutOctets 240000 0.0\n")
                                   << int(CaptureFormat::Nstat);
        QTest::newRow("/proc") << QStringLiteral(
            "Ip: InReceives OutRequests\nIp: 1000 900\nTcp: ActiveOpens OutSegs RetransSegs\n"
            "Tcp: 10 500 5\nTcpExt: ListenOverflows ListenDrops\nTcpExt: 3 4\n"
            "IpExt: InOctets OutOctets\nIpExt: 100000 90000\n")
                               << QStringLiteral(
                                      "Ip: InReceives OutRequests\nIp: 2000 1900\nTcp: ActiveOpens OutSegs RetransSegs\n"
                                      "Tcp: 30 1500 15\nTcpExt: ListenOverflows ListenDrops\nTcpExt: 23 24\n"
                                      "IpExt: InOctets OutOctets\nIpExt: 200000 240000\n")
                               << int(CaptureFormat::ProcNetstat);
    }

    void pasteAnalysis()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, format);
        const PasteAnalysis a = analysePaste(before, after, 10);
        QVERIFY2(a.ok, qPrintable(a.error.en));
        QCOMPARE(int(a.format), format);
        QVERIFY(a.figures.ipInBytesPerPacket);
        QCOMPARE(*a.figures.ipInBytesPerPacket, 100.0); // 100000 bytes / 1000 packets
        QCOMPARE(*a.figures.ipOutBytesPerPacket, 150.0);
        QCOMPARE(*a.figures.retransmissionRatio, 0.01);
        QCOMPARE(*a.figures.listenDropsPerSecond, 2.0);
        bool sawOverflows = false;
        for (const CounterDelta &d : a.deltas)
            sawOverflows = sawOverflows || (d.key == QLatin1String("TcpExt.ListenOverflows") && d.delta() == 20);
        QVERIFY(sawOverflows);
        QVERIFY(a.explanation.size() >= 4);
        QVERIFY(!analysePaste(QStringLiteral("hello"), after, 10).ok);
        QVERIFY(!analysePaste(before, after, 0).ok);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--child-writer") == 0) {
        QCoreApplication app(argc, argv);
        return childWriter(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && std::strcmp(argv[1], "--write-v1-fixture") == 0) {
        // Makes tests/fixtures/notebook_v1.tcplab: what tcplab 0.1 wrote.
        QCoreApplication app(argc, argv);
        const QString file = QString::fromLocal8Bit(argv[2]);
        QString error;
        if (!Notebook::createVersion1(file, &error))
            return 1;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(file);
        db.open();
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("INSERT INTO entries(id, position, kind, created_ms, title, body) VALUES"
                           "(1, 1, 'note', 1400000000000, 'Version 1 note', 'ss -ltn')"));
        q.exec(
            QStringLiteral("INSERT INTO entries(id, position, kind, created_ms, title, body) VALUES"
                           "(2, 2, 'run', 1400000001000, 'Backlog 10', '')"));
        q.prepare(QStringLiteral("INSERT INTO runs(entry_id, spec, result) VALUES(2, ?, ?)"));
        const lab::ExperimentResult r = sampleResult(10);
        q.addBindValue(QString::fromUtf8(QJsonDocument(r.spec.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
        const bool ok = q.exec();
        q.finish();
        db.close();
        return ok ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    NotebookTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "notebook_test.moc"
