// SPDX-License-Identifier: GPL-3.0-or-later
// The lessons' kernel rules without a GUI: the server's SYN-ACK timer and what TcpExt.TCPSynRetrans
// should show for half-open clients, the server host's figures of a put-then-get run, when a
// prediction is off, and the lesson list's facts and declared differences.
#include "kernels/kernelcatalogue.h"
#include "lab/lessonrules.h"
#include "lab/lessons.h"

#include <QTest>

using namespace tcplab::lab;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace
{

ExperimentResult halfOpenRun(const char *release, int observeS, const QString &synackSysctl, qint64 measured)
{
    ExperimentResult r;
    r.spec.lateClients = 4;
    r.spec.lateHandshakeMs = -1;
    r.spec.observeS = observeS;
    r.expected.kernel = KernelVersion::parse(QLatin1String(release));
    r.expected.settings = EffectiveSettings::defaultsFor(r.expected.kernel);
    r.expected.settings.synackRetries = 2;
    if (!synackSysctl.isEmpty())
        r.sysctls.insert(QStringLiteral("net/ipv4/tcp_synack_retries"), synackSysctl);
    r.countersDelta.insert(QStringLiteral("TcpExt.TCPSynRetrans"), measured);
    for (qint64 ms = 500; ms < observeS * 1000; ms += 1000) {
        TimelineSample s;
        s.elapsedMs = ms;
        s.counters.insert(QStringLiteral("TcpExt.TCPSynRetrans"), ms / 500);
        r.timeline << s;
    }
    return r;
}

TrafficPhase phase(const char *name, double seconds, double packetsIn, double packetsOut, quint64 rxBytes)
{
    TrafficPhase p;
    p.name = QLatin1String(name);
    p.seconds = seconds;
    p.server.figures.seconds = seconds;
    p.server.figures.total.inPacketsPerSecond = packetsIn;
    p.server.figures.total.outPacketsPerSecond = packetsOut;
    p.server.link.rxBytes = rxBytes;
    p.server.link.txBytes = rxBytes / 20;
    return p;
}

} // namespace

class LessonRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void halfOpen_data()
    {
        QTest::addColumn<int>("lateClients");
        QTest::addColumn<int>("lateHandshakeMs");
        QTest::addColumn<bool>("halfOpen");
        QTest::newRow("SYN flood") << 40 << -1 << true;
        QTest::newRow("late handshakes") << 5 << 1500 << false;
        QTest::newRow("no late clients") << 0 << -1 << false;
    }
    void halfOpen()
    {
        QFETCH(int, lateClients);
        QFETCH(int, lateHandshakeMs);
        ExperimentSpec spec;
        spec.lateClients = lateClients;
        spec.lateHandshakeMs = lateHandshakeMs;
        QTEST(hasHalfOpenClients(spec), "halfOpen");
    }

    void synAckTimer_data()
    {
        QTest::addColumn<int>("retries");
        QTest::addColumn<QList<double>>("times");
        QTest::newRow("none") << 0 << QList<double>{};
        QTest::newRow("one") << 1 << QList<double>{1};
        QTest::newRow("the default five") << 5 << QList<double>{1, 3, 7, 15, 31};
        // The wait doubles up to TCP_RTO_MAX, 120 s, and stays there.
        QTest::newRow("eight, capped") << 8 << QList<double>{1, 3, 7, 15, 31, 63, 127, 247};
    }
    void synAckTimer()
    {
        QFETCH(int, retries);
        QTEST(synAckTimerTimes(retries), "times");
    }

    void synAckFigures_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<int>("observeS");
        QTest::addColumn<QString>("sysctl");
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("timerResends");
        QTest::addColumn<int>("clientResends");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        // 6.5 and later: SYNs at 0, 1, 2, 3 … s; in 3 s two resends each (3 at the edge), the timer's
        // at 1 s (3 s at the edge).
        QTest::newRow("6.18, 3 s") << QStringLiteral("6.18.0") << 3 << QStringLiteral("5") << 5 << 1 << 2 << qint64(4 * 2) << qint64(4 * (2 * 3 + 2));
        // Before 6.5: SYNs at 0, 1, 3, 7 s; the timer at 1, 3, 7 s.
        QTest::newRow("6.4, 8 s") << QStringLiteral("6.4.0") << 8 << QStringLiteral("5") << 5 << 3 << 3 << qint64(4 * 3) << qint64(4 * (2 * 3 + 3));
        // Without the sysctl read, the model's setting counts: two resends, at 1 and 3 s.
        QTest::newRow("no sysctl") << QStringLiteral("6.4.0") << 8 << QString() << 2 << 2 << 3 << qint64(4 * 3) << qint64(4 * (2 * 3 + 2));
    }
    void synAckFigures()
    {
        QFETCH(QString, release);
        QFETCH(int, observeS);
        QFETCH(QString, sysctl);
        const ExperimentResult r = halfOpenRun(qPrintable(release), observeS, sysctl, 17);
        const SynAckFigures f = tcplab::lab::synAckFigures(r);
        QTEST(f.retries, "retries");
        QCOMPARE(f.timerTimes, synAckTimerTimes(f.retries));
        QCOMPARE(f.window, double(observeS));
        QTEST(f.timerResends, "timerResends");
        QTEST(f.clientResends, "clientResends");
        QTEST(f.expectedCounter.low, "low");
        QTEST(f.expectedCounter.high, "high");
        QCOMPARE(f.measured, qint64(17));
        // The counter as it stood at the end of each whole second: the samples at 0.5, 1.5 … s.
        QCOMPARE(f.bySecond.size(), observeS);
        for (int i = 0; i < observeS; ++i)
            QCOMPARE(f.bySecond.at(i), qint64(2 * i + 1));
    }

    void scenarioFigures()
    {
        TrafficResult r;
        r.phases << phase("put", 5, 8000, 2000, 60000000) << phase("get", 5, 4000, 8100, 3000000);
        const ScenarioFigures f = tcplab::lab::scenarioFigures(r);
        QVERIFY(f.put && f.get);
        QCOMPARE(f.put->name, QStringLiteral("put"));
        QCOMPARE(*f.putPacketsIn, 8000.0);
        QCOMPARE(*f.getPacketsOut, 8100.0);
        QCOMPARE(*f.putMbps, 60000000.0 * 8 / 5 / 1e6);
        QCOMPARE(*f.acksPer100, 25.0);
        QCOMPARE(*interfaceMbps(f.put->server, false), 3000000.0 * 8 / 5 / 1e6);
        // A run that stopped before the get has the put's figures only.
        r.phases.removeLast();
        const ScenarioFigures put = tcplab::lab::scenarioFigures(r);
        QVERIFY(put.put && !put.get && !put.getPacketsOut);
        QVERIFY(!tcplab::lab::scenarioFigures(TrafficResult()).putPacketsIn);
        TrafficHost idle;
        QVERIFY(!interfaceMbps(idle, true));
    }

    void off_data()
    {
        QTest::addColumn<double>("predicted");
        QTest::addColumn<double>("measured");
        QTest::addColumn<bool>("off");
        QTest::addColumn<std::optional<qint64>>("percent");
        QTest::newRow("right") << 100.0 << 100.0 << false << std::optional<qint64>(0);
        QTest::newRow("20 % over") << 120.0 << 100.0 << false << std::optional<qint64>(20);
        QTest::newRow("21 % over") << 121.0 << 100.0 << true << std::optional<qint64>(21);
        QTest::newRow("20 % under") << 80.0 << 100.0 << false << std::optional<qint64>(-20);
        QTest::newRow("21 % under") << 79.0 << 100.0 << true << std::optional<qint64>(-21);
        QTest::newRow("nothing, as predicted") << 0.0 << 0.0 << false << std::optional<qint64>(0);
        QTest::newRow("something where nothing was") << 5.0 << 0.0 << true << std::optional<qint64>();
    }
    void off()
    {
        QFETCH(double, predicted);
        QFETCH(double, measured);
        QTEST(predictionIsOff(predicted, measured), "off");
        QTEST(differencePercent(predicted, measured), "percent");
    }

    // The lesson list: every lesson by its kind, and what each kind needs.
    void lessons_data()
    {
        QTest::addColumn<QString>("id");
        for (const Lesson &l : tcplab::lab::lessons())
            QTest::newRow(qPrintable(l.id)) << l.id;
    }
    void lessons()
    {
        QFETCH(QString, id);
        const Lesson *l = findLesson(id);
        QVERIFY(l);
        QVERIFY(*l->title && *l->question && *l->background);
        int sameId = 0;
        for (const Lesson &other : tcplab::lab::lessons())
            sameId += other.id == id ? 1 : 0;
        QCOMPARE(sameId, 1);
        switch (l->kind) {
        case LessonKind::Experiment: {
            QVERIFY2(l->spec.validate().isEmpty(), qPrintable(l->spec.validate().join(QLatin1String("; "))));
            QVERIFY(reportedCounters().contains(l->counter));
            // A declared difference names a figure the model predicts for this lesson, and says why.
            const KernelVersion kernel = KernelVersion::running();
            const Prediction p = predict(l->spec, EffectiveSettings::forSpec(l->spec, EffectiveSettings::defaultsFor(kernel)), kernel);
            ExperimentResult r;
            r.expected = p;
            for (const ModelDifference &d : l->modelDifferences) {
                QVERIFY(*d.reason);
                bool named = false;
                for (const Comparison &c : r.comparisons())
                    named = named || (c.group == d.group && c.key == d.key);
                QVERIFY2(named, qPrintable(d.group + QLatin1Char(' ') + d.key));
            }
            break;
        }
        case LessonKind::Traffic:
            QCOMPARE(l->trafficSpec.pattern, QStringLiteral("put-then-get"));
            QVERIFY(l->modelDifferences.isEmpty());
            break;
        case LessonKind::HostChecklist:
            QVERIFY(l->modelDifferences.isEmpty());
            break;
        case LessonKind::Kernels:
            // Kernels the shelf can fetch, and a spec that runs on each of them.
            QVERIFY2(l->spec.validate().isEmpty(), qPrintable(l->spec.validate().join(QLatin1String("; "))));
            QVERIFY(reportedCounters().contains(l->counter));
            QVERIFY(l->kernels.size() >= 2);
            for (const QString &kernel : l->kernels)
                QVERIFY2(tcplab::kernels::Catalogue::find(kernel), qPrintable(kernel));
            QVERIFY(l->modelDifferences.isEmpty());
            break;
        }
    }

    void declaredDifference()
    {
        Lesson l;
        l.modelDifferences << ModelDifference{QStringLiteral("client.outcomes"), QStringLiteral("connected"), "because"};
        Comparison c{QStringLiteral("client.outcomes"), QStringLiteral("connected"), 3, Range::exactly(5)};
        QVERIFY(l.declaredDifference(c));
        QCOMPARE(l.declaredDifference(c)->reason, "because");
        c.key = QStringLiteral("timed_out");
        QVERIFY(!l.declaredDifference(c));
        c = {QStringLiteral("server.states"), QStringLiteral("connected"), 3, Range::exactly(5)};
        QVERIFY(!l.declaredDifference(c));
    }

    // The student reads which figure differs, by how much, and the lesson's reason.
    void differenceNotes_data()
    {
        QTest::addColumn<qint64>("measured");
        QTest::addColumn<QString>("en");
        QTest::newRow("differs") << qint64(9) << QStringLiteral("server.states ESTABLISHED: measured 9, the model expected 11. because");
        QTest::newRow("agrees this time") << qint64(11)
                                          << QStringLiteral("server.states ESTABLISHED: measured 11, the model expected 11; this time they agree. because");
    }
    void differenceNotes()
    {
        QFETCH(qint64, measured);
        Lesson l;
        l.modelDifferences << ModelDifference{QStringLiteral("server.states"), QStringLiteral("ESTABLISHED"), "because"};
        ExperimentResult r;
        r.expected.serverStates.insert(QStringLiteral("ESTABLISHED"), Range::exactly(11));
        r.expected.serverStates.insert(QStringLiteral("SYN_RECV"), Range::exactly(0));
        r.serverStates.insert(QStringLiteral("ESTABLISHED"), measured);
        r.serverStates.insert(QStringLiteral("SYN_RECV"), 4);
        const QList<tcplab::BilingualText> notes = l.differenceNotes(r);
        // SYN_RECV is off too, but not declared: no note of the lesson's for it.
        QCOMPARE(notes.size(), 1);
        QTEST(notes.first().en, "en");
        QVERIFY(notes.first().ja.endsWith(QLatin1String("because")));
        QVERIFY(Lesson().differenceNotes(r).isEmpty());
    }
};

QTEST_GUILESS_MAIN(LessonRulesTest)
#include "lessonrules_test.moc"
