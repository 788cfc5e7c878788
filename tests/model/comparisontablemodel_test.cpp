// SPDX-License-Identifier: GPL-3.0-or-later
// Expected against measured as a table model: one row per comparison of the result and, with two
// hosts, each host's own counters; the texts of each column, the differences marked, the CSV, and
// QAbstractItemModelTester's checks through every reset.
#include "lab/comparisontablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tcplab::lab;
using Model = ComparisonTableModel;

namespace
{

ExperimentResult result(bool twoHosts)
{
    ExperimentResult r;
    r.expected.serverStates.insert(QStringLiteral("ESTABLISHED"), Range::exactly(11));
    r.serverStates.insert(QStringLiteral("ESTABLISHED"), 11);
    r.expected.clientStates.insert(QStringLiteral("SYN_SENT"), Range::exactly(89));
    r.clientStates.insert(QStringLiteral("SYN_SENT"), 80);
    r.expected.outcomes.insert(QStringLiteral("timed_out"), Range::between(80, 89));
    r.outcomes.insert(QStringLiteral("timed_out"), 85);
    r.expected.countersDelta.insert(QStringLiteral("TcpExt.ListenOverflows"), Range::between(1, 500));
    r.countersDelta.insert(QStringLiteral("TcpExt.ListenOverflows"), 267);
    r.twoHosts = twoHosts;
    r.serverAddress = QStringLiteral("198.18.0.1");
    r.clientAddress = QStringLiteral("198.18.0.2");
    r.clientCountersDelta.insert(QStringLiteral("TcpExt.TCPSynRetrans"), 42);
    return r;
}

} // namespace

class ComparisonTableModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groups_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<ComparisonGroup>("group");
        QTest::addColumn<QString>("name");
        QTest::newRow("server") << QStringLiteral("server.states") << ComparisonGroup::ServerStates << QStringLiteral("Server sockets");
        QTest::newRow("client") << QStringLiteral("client.states") << ComparisonGroup::ClientStates << QStringLiteral("Client sockets");
        QTest::newRow("outcomes") << QStringLiteral("client.outcomes") << ComparisonGroup::ClientOutcomes << QStringLiteral("Client outcomes");
        QTest::newRow("counters") << QStringLiteral("counters_delta") << ComparisonGroup::CountersDelta << QStringLiteral("Counter growth");
    }
    void groups()
    {
        QFETCH(QString, key);
        QFETCH(ComparisonGroup, group);
        QCOMPARE(comparisonGroup(key), group);
        QCOMPARE(comparisonGroupKey(group), key);
        QTEST(comparisonGroupName(group), "name");
    }

    void rows_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("measured");
        QTest::addColumn<QString>("matches");
        QTest::addColumn<QVariant>("differs");
        QTest::newRow("server ESTABLISHED") << 0 << QStringLiteral("Server sockets: ESTABLISHED") << QStringLiteral("Server sockets")
                                            << QStringLiteral("ESTABLISHED") << QStringLiteral("11") << QStringLiteral("11") << QStringLiteral("yes")
                                            << QVariant(false);
        QTest::newRow("client SYN_SENT, off") << 1 << QStringLiteral("Client sockets: SYN_SENT") << QStringLiteral("Client sockets")
                                              << QStringLiteral("SYN_SENT") << QStringLiteral("89") << QStringLiteral("80") << QStringLiteral("no")
                                              << QVariant(true);
        // An outcome in words, never the result's key.
        QTest::newRow("timed out") << 2 << QStringLiteral("Client outcomes: timed out") << QStringLiteral("Client outcomes") << QStringLiteral("timed out")
                                   << QStringLiteral("80–89") << QStringLiteral("85") << QStringLiteral("yes") << QVariant(false);
        QTest::newRow("counter") << 3 << QStringLiteral("Counter growth: TcpExt.ListenOverflows") << QStringLiteral("Counter growth")
                                 << QStringLiteral("TcpExt.ListenOverflows") << QStringLiteral("1–500") << QStringLiteral("267") << QStringLiteral("yes")
                                 << QVariant(false);
        // Two hosts: each host's own counters, measured only.
        QTest::newRow("server host's counter") << 4 << QStringLiteral("server host 198.18.0.1: TcpExt.ListenOverflows")
                                               << QStringLiteral("server host 198.18.0.1") << QStringLiteral("TcpExt.ListenOverflows") << QString()
                                               << QStringLiteral("267") << QString() << QVariant();
        QTest::newRow("client host's counter") << 10 << QStringLiteral("client host 198.18.0.2: TcpExt.TCPSynRetrans")
                                               << QStringLiteral("client host 198.18.0.2") << QStringLiteral("TcpExt.TCPSynRetrans") << QString()
                                               << QStringLiteral("42") << QString() << QVariant();
    }
    void rows()
    {
        QFETCH(int, row);
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result(true));
        QCOMPARE(model.rowCount(), 4 + 8);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        const auto text = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QTEST(text(Model::LabelColumn), "label");
        QTEST(text(Model::GroupColumn), "group");
        QTEST(text(Model::FigureColumn), "figure");
        QTEST(text(Model::ExpectedColumn), "expected");
        QTEST(text(Model::MeasuredColumn), "measured");
        QTEST(text(Model::MatchesColumn), "matches");
        QTEST(model.index(row, Model::MeasuredColumn).data(Model::DiffersRole), "differs");
        QCOMPARE(model.index(row, Model::MeasuredColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void resets()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(result(false));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.comparisons().size(), 4);
        QCOMPARE(model.comparisons().at(1).key, QStringLiteral("SYN_SENT"));
        model.setComparisons(result(true).comparisons().mid(1, 2));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, Model::FigureColumn).data().toString(), QStringLiteral("SYN_SENT"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 3);
        // Rows and columns are flat: nothing below an index.
        model.setResult(result(true));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        QCOMPARE(model.headerData(Model::ExpectedColumn, Qt::Horizontal).toString(), QStringLiteral("Expected"));
    }

    void csv()
    {
        Model model;
        model.setResult(result(true));
        // The comparisons only: a host's own counters have no expectation to write.
        const QStringList lines = model.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("group,figure,expected_min,expected_max,measured,matches"));
        QCOMPARE(lines.at(1), QStringLiteral("server.states,ESTABLISHED,11,11,11,yes"));
        QCOMPARE(lines.at(2), QStringLiteral("client.states,SYN_SENT,89,89,80,no"));
        QCOMPARE(lines.at(3), QStringLiteral("client.outcomes,timed_out,80,89,85,yes"));
    }
};

QTEST_GUILESS_MAIN(ComparisonTableModelTest)
#include "comparisontablemodel_test.moc"
