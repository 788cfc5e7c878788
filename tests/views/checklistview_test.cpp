// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist view on recorded captures built around the 2004 guide's thresholds: every verdict
// it shows, at and next to each limit, and the exported report.
#include "checklist/checklistview.h"
#include "i18n/localization.h"
#include "procfs/counterstable.h"
#include "procfs/procnetdev.h"
#include "series/monitorsession.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

using namespace tcplab;
using checklist::Verdict;

Q_DECLARE_METATYPE(tcplab::checklist::Verdict)

namespace
{

QByteArray readFixture(const QString &caseName, const QString &file)
{
    QFile f(QStringLiteral(TCPLAB_FIXTURES_DIR "/checklist/") + caseName + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

CounterSnapshot snapshot(const QString &caseName, const QString &which, qint64 monotonicNs)
{
    CounterSnapshot s;
    s.monotonicNs = monotonicNs;
    const auto dev = procfs::parseProcNetDev(readFixture(caseName, which + QLatin1String("_dev")));
    s.interfaces = dev.value;
    const auto snmp = procfs::parseCountersTable(readFixture(caseName, which + QLatin1String("_snmp")), QStringLiteral("snmp"));
    const auto netstat = procfs::parseCountersTable(readFixture(caseName, which + QLatin1String("_netstat")), QStringLiteral("netstat"));
    s.netstat = snmp.value;
    s.netstat.merge(netstat.value);
    s.sockstat.insert(QStringLiteral("TCP.inuse"), 7);
    return s;
}

QString verdictIn(QTableWidget *table, const QString &id)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == id)
            return table->item(r, 5)->text();
    }
    return QStringLiteral("<no row %1>").arg(id);
}

} // namespace

class ChecklistViewTest : public QObject
{
    Q_OBJECT
private:
    Localization *m_localization = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("checklistview-test"));
        QSettings().clear();
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Verdict>("ierrs");
        QTest::addColumn<Verdict>("oerrs");
        QTest::addColumn<Verdict>("colls");
        QTest::addColumn<Verdict>("combined");
        QTest::addColumn<Verdict>("retrans");
        QTest::addColumn<Verdict>("listen");
        QTest::addColumn<Verdict>("errorsRow");
        // Ierrs/Ipkts >= 0.025 %: 1 in 4,000 is exactly the limit.
        QTest::newRow("Ierrs 1/4000") << "ierrs-at-limit" << Verdict::Problem << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok
                                      << Verdict::Problem;
        QTest::newRow("Ierrs 1/4001") << "ierrs-below-limit" << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok
                                      << Verdict::Ok;
        // Colls/Opkts > 2 %: exactly 2 % is still fine, as is a 1 % retransmission ratio.
        QTest::newRow("Colls 2%") << "colls-at-2pct" << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok;
        QTest::newRow("Colls 2.1%") << "colls-above-2pct" << Verdict::Ok << Verdict::Ok << Verdict::LookCloser << Verdict::Ok << Verdict::LookCloser
                                    << Verdict::Ok << Verdict::LookCloser;
        // The guide calls 5 % collisions a problem; 5.1 % retransmitted is past tcplab's 5 %.
        QTest::newRow("Colls 5%") << "colls-at-5pct" << Verdict::Ok << Verdict::Ok << Verdict::Problem << Verdict::Ok << Verdict::Problem << Verdict::LookCloser
                                  << Verdict::Problem;
        // Oerrs/Opkts > 0 already deserves a look, well below 0.025 %.
        QTest::newRow("Oerrs 1") << "oerrs-one" << Verdict::Ok << Verdict::LookCloser << Verdict::Ok << Verdict::Ok << Verdict::Ok << Verdict::Ok
                                 << Verdict::LookCloser;
        // (Colls+Ierrs+Oerrs)/(Ipkts+Opkts) > 2 %: 41 of 2,000.
        QTest::newRow("combined 2.05%") << "combined-above-2pct" << Verdict::Ok << Verdict::Ok << Verdict::LookCloser << Verdict::Problem << Verdict::Ok
                                        << Verdict::Ok << Verdict::Problem;
    }

    void verdicts()
    {
        QFETCH(QString, fixture);
        QFETCH(Verdict, ierrs);
        QFETCH(Verdict, oerrs);
        QFETCH(Verdict, colls);
        QFETCH(Verdict, combined);
        QFETCH(Verdict, retrans);
        QFETCH(Verdict, listen);
        QFETCH(Verdict, errorsRow);
        const CounterSnapshot before = snapshot(fixture, QStringLiteral("before"), 1000000000);
        const CounterSnapshot after = snapshot(fixture, QStringLiteral("after"), 6000000000);
        QVERIFY(!before.interfaces.isEmpty());
        QVERIFY(before.netstat.contains(QStringLiteral("TcpExt.ListenDrops")));

        ChecklistView view(nullptr);
        view.setSnapshots(before, after);
        QCOMPARE(view.input().figures.seconds, 5.0);
        QCOMPARE(view.checkpointTable()->rowCount(), 5);
        QCOMPARE(view.ruleTable()->rowCount(), 6);
        QCOMPARE(verdictIn(view.ruleTable(), QStringLiteral("rule.ierrs")), checklist::verdictName(ierrs));
        QCOMPARE(verdictIn(view.ruleTable(), QStringLiteral("rule.oerrs")), checklist::verdictName(oerrs));
        QCOMPARE(verdictIn(view.ruleTable(), QStringLiteral("rule.colls")), checklist::verdictName(colls));
        QCOMPARE(verdictIn(view.ruleTable(), QStringLiteral("rule.combined")), checklist::verdictName(combined));
        QCOMPARE(verdictIn(view.ruleTable(), QStringLiteral("rule.retrans")), checklist::verdictName(retrans));
        QCOMPARE(verdictIn(view.ruleTable(), QStringLiteral("rule.listen")), checklist::verdictName(listen));
        QCOMPARE(verdictIn(view.checkpointTable(), QStringLiteral("errors")), checklist::verdictName(errorsRow));
        QCOMPARE(verdictIn(view.checkpointTable(), QStringLiteral("connections")), checklist::verdictName(listen));
    }

    void throughputAgainstLinkSpeed()
    {
        // 4000 packets of 1000 bytes in 5 s: (4,000,000 + 24 * 4000) * 8 / 5 = 6.55 Mbps on the wire.
        ChecklistView view(nullptr);
        view.setSnapshots(snapshot(QStringLiteral("ierrs-at-limit"), QStringLiteral("before"), 0),
                          snapshot(QStringLiteral("ierrs-at-limit"), QStringLiteral("after"), 5000000000));
        QVERIFY(qAbs(*view.input().figures.total.inMbpsWire - 6.5536) < 1e-6);
        view.setLinkMbps(1000);
        QCOMPARE(verdictIn(view.checkpointTable(), QStringLiteral("throughput")), checklist::verdictName(Verdict::Ok));
        view.setLinkMbps(10); // 80 % of 10 is 8; 75 % of that is 6
        QCOMPARE(verdictIn(view.checkpointTable(), QStringLiteral("throughput")), checklist::verdictName(Verdict::LookCloser));
        view.setLinkMbps(8); // limit 6.4
        QCOMPARE(verdictIn(view.checkpointTable(), QStringLiteral("throughput")), checklist::verdictName(Verdict::Problem));
        // Rows without a rule in the guide say so instead of passing judgement.
        QCOMPARE(verdictIn(view.checkpointTable(), QStringLiteral("packets")), QStringLiteral("no rule"));
    }

    void detailShowsBothMethods()
    {
        ChecklistView view(nullptr);
        view.setSnapshots(snapshot(QStringLiteral("oerrs-one"), QStringLiteral("before"), 0),
                          snapshot(QStringLiteral("oerrs-one"), QStringLiteral("after"), 5000000000));
        view.ruleTable()->selectRow(1);
        const QString text = view.detail()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Oerrs")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("/proc/net/dev tx_errors")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("netstat -I")));
    }

    void reportIsSelfContained()
    {
        QTemporaryDir dir;
        ChecklistView view(nullptr);
        view.setSnapshots(snapshot(QStringLiteral("ierrs-at-limit"), QStringLiteral("before"), 0),
                          snapshot(QStringLiteral("ierrs-at-limit"), QStringLiteral("after"), 5000000000));
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(view.exportReport(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QLatin1String("<tr id=\"rule.ierrs\">")));
        QVERIFY(html.contains(QLatin1String("Input errors: Ierrs / Ipkts")));
        QVERIFY(!html.contains(QLatin1String("src=")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        // The row's verdict cell carries the problem class and both languages.
        const qsizetype row = html.indexOf(QLatin1String("<tr id=\"rule.ierrs\">"));
        const QString ierrs = html.mid(row, html.indexOf(QLatin1String("</tr>"), row) - row);
        QVERIFY2(ierrs.contains(QLatin1String("class=\"problem\"")), qPrintable(ierrs));
    }

    void liveSessionAndScreenshots()
    {
        MonitorSession session;
        session.setIntervalMs(200);
        ChecklistView view(&session);
        view.setWindowSeconds(1);
        view.resize(1280, 860);
        view.show();
        QSignalSpy updated(&view, &ChecklistView::updated);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(view.input().haveFigures && view.input().figures.seconds >= 0.9, 10000);
        QVERIFY(view.input().connections.has_value());
        view.checkpointTable()->selectRow(3);
        const auto shoot = [&view](const QString &name) {
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name));
        };
        shoot(QStringLiteral("checklist_en.png"));
        m_localization->setPreference(QStringLiteral("ja"));
        QTRY_COMPARE(view.checkpointTable()->horizontalHeaderItem(5)->text(), QStringLiteral("判定"));
        session.setPaused(true);
        view.checkpointTable()->selectRow(3);
        shoot(QStringLiteral("checklist_ja.png"));
        m_localization->setPreference(QStringLiteral("en"));
    }
};

QTEST_MAIN(ChecklistViewTest)
#include "checklistview_test.moc"
