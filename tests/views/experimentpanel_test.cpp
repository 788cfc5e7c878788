// SPDX-License-Identifier: GPL-3.0-or-later
// The experiment panel runs a preset in the sandbox and fills its result table with the same
// numbers `tcplab experiment --json` prints for the same spec.
#include "../common/widgettest.h"
#include "experiment/comparisontableview.h"
#include "experiment/experimentpanel.h"
#include "i18n/localization.h"
#include "lab/comparisontablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace tcplab;

class ExperimentPanelTest : public QObject
{
    Q_OBJECT
private:
    Localization *m_localization = nullptr;

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name;
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

    // The text the result table shows in a column of lab::ComparisonTableModel.
    static QString cell(const ExperimentPanel &panel, int row, int column)
    {
        const QAbstractItemModel *model = panel.resultTable()->model();
        return model->index(row, column).data().toString();
    }

    // The measured value of a comparison in the CLI's JSON.
    static qint64 measuredInJson(const QJsonObject &json, const lab::Comparison &c)
    {
        if (c.group == QLatin1String("server.states"))
            return json[QStringLiteral("server")][QStringLiteral("states")][c.key].toInteger();
        if (c.group == QLatin1String("client.states"))
            return json[QStringLiteral("client")][QStringLiteral("states")][c.key].toInteger();
        if (c.group == QLatin1String("client.outcomes"))
            return json[QStringLiteral("client")][QStringLiteral("outcomes")][c.key].toInteger();
        return json[QStringLiteral("counters_delta")][c.key].toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("experimentpanel-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
    }

    void presetsFillTheFields()
    {
        ExperimentPanel panel;
        QVERIFY(panel.selectPreset(QStringLiteral("seed-somaxconn-cap")));
        QCOMPARE(panel.spec().backlog, 200);
        QCOMPARE(panel.spec().clients, 200);
        QCOMPARE(panel.spec().kernel.somaxconn, 128);
        QCOMPARE(panel.spec().preset, QStringLiteral("seed-somaxconn-cap"));
        // Editing a field makes it a custom spec.
        panel.findChild<QSpinBox *>(QStringLiteral("clients"))->setValue(150);
        QCOMPARE(panel.spec().preset, QString());
        QCOMPARE(panel.spec().clients, 150);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        // Fields that are each in range but too much together disable Run.
        panel.findChild<QSpinBox *>(QStringLiteral("lateClients"))->setValue(59900);
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        panel.findChild<QSpinBox *>(QStringLiteral("lateClients"))->setValue(0);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        // Two hosts exist only in the sandbox.
        auto *twoHosts = panel.findChild<QCheckBox *>(QStringLiteral("twoHosts"));
        QVERIFY(twoHosts && twoHosts->isEnabled());
        twoHosts->setChecked(true);
        QVERIFY(panel.spec().twoHosts);
        panel.findChild<QCheckBox *>(QStringLiteral("hostLoopback"))->setChecked(true);
        QVERIFY(!twoHosts->isEnabled());
        QVERIFY(!panel.spec().twoHosts);
    }

    void runMatchesTheCommandLine()
    {
        ExperimentPanel panel;
        panel.setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectPreset(QStringLiteral("seed-backlog-10")));
        panel.findChild<QSpinBox *>(QStringLiteral("observeS"))->setValue(3);
        panel.findChild<QSpinBox *>(QStringLiteral("clientTimeoutS"))->setValue(3);
        const lab::ExperimentSpec spec = panel.spec();

        QSignalSpy finished(&panel, &ExperimentPanel::runFinished);
        QSignalSpy failed(&panel, &ExperimentPanel::runFailed);
        panel.run();
        QVERIFY(panel.isRunning() || !finished.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(panel.result());
        const auto comparisons = panel.result()->comparisons();
        QVERIFY(comparisons.size() >= 8);
        QCOMPARE(panel.resultTable()->model()->rowCount(), int(comparisons.size()));
        QVERIFY(!panel.findChild<QTextBrowser *>(QStringLiteral("explanation"))->toPlainText().isEmpty());
        saveScreenshot(&panel, QStringLiteral("experiment_en.png"));

        // The table shows the result's numbers.
        using Model = lab::ComparisonTableModel;
        for (int row = 0; row < panel.resultTable()->model()->rowCount(); ++row) {
            const lab::Comparison &c = comparisons[row];
            QCOMPARE(cell(panel, row, Model::MeasuredColumn), QString::number(c.measured));
            QCOMPARE(cell(panel, row, Model::ExpectedColumn), c.expected.toString());
            QVERIFY(!panel.resultTable()->isColumnHidden(Model::LabelColumn));
        }
        // CSV of the table parses back to the same figures.
        const QStringList csv = panel.resultCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), comparisons.size() + 1);
        QCOMPARE(csv[1].split(QLatin1Char(','))[4], QString::number(comparisons[0].measured));

        // The same spec through the command line: every figure the kernel fixes exactly (state
        // counts and outcomes) is the same; counters may differ by a retransmission at the edge.
        QProcess cli;
        cli.start(QStringLiteral(TCPLAB_EXECUTABLE),
                  {QStringLiteral("experiment"),
                   QStringLiteral("--preset"),
                   QStringLiteral("seed-backlog-10"),
                   QStringLiteral("--observe"),
                   QStringLiteral("3"),
                   QStringLiteral("--timeout"),
                   QStringLiteral("3"),
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QVERIFY(!json.isEmpty());
        QCOMPARE(json[QStringLiteral("spec")][QStringLiteral("backlog")].toInt(), spec.backlog);
        for (const lab::Comparison &c : comparisons) {
            if (c.group == QLatin1String("counters_delta"))
                continue;
            QVERIFY2(c.expected.isExact(), qPrintable(c.key));
            QCOMPARE(measuredInJson(json, c), c.measured);
        }

        QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
        QTRY_COMPARE(panel.resultTable()->model()->headerData(lab::ComparisonTableModel::ExpectedColumn, Qt::Horizontal).toString(), QStringLiteral("予想"));
        saveScreenshot(&panel, QStringLiteral("experiment_ja.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("en")));
    }

    // Two hosts: under the model's figures, each host's own counters, one host under the other.
    void twoHostsShowEachHostsCounters()
    {
        ExperimentPanel panel;
        panel.setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        panel.resize(1200, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectPreset(QStringLiteral("seed-backlog-10")));
        panel.findChild<QCheckBox *>(QStringLiteral("twoHosts"))->setChecked(true);
        // Two hosts say where a preset runs, not what it is: the preset stays chosen, and choosing
        // it again keeps the two hosts.
        QCOMPARE(panel.spec().preset, QStringLiteral("seed-backlog-10"));
        QVERIFY(panel.selectPreset(QStringLiteral("seed-backlog-10")));
        QVERIFY(panel.spec().twoHosts);
        panel.findChild<QSpinBox *>(QStringLiteral("observeS"))->setValue(3);
        QSignalSpy finished(&panel, &ExperimentPanel::runFinished);
        QSignalSpy failed(&panel, &ExperimentPanel::runFailed);
        panel.run();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(panel.result() && panel.result()->twoHosts);

        const int comparisons = int(panel.result()->comparisons().size());
        QCOMPARE(panel.resultTable()->model()->rowCount(), comparisons + 8);
        const auto value = [&panel](const QString &label) -> qint64 {
            for (int row = 0; row < panel.resultTable()->model()->rowCount(); ++row) {
                if (cell(panel, row, lab::ComparisonTableModel::LabelColumn) == label)
                    return cell(panel, row, lab::ComparisonTableModel::MeasuredColumn).toLongLong();
            }
            return -1;
        };
        QVERIFY(value(QStringLiteral("server host 198.18.0.1: TcpExt.ListenOverflows")) > 0);
        QCOMPARE(value(QStringLiteral("client host 198.18.0.2: TcpExt.ListenOverflows")), 0);
        QVERIFY(value(QStringLiteral("client host 198.18.0.2: TcpExt.TCPSynRetrans")) > 0);
        QCOMPARE(value(QStringLiteral("server host 198.18.0.1: TcpExt.TCPSynRetrans")), 0);
        panel.resultTable()->scrollToBottom();
        saveScreenshot(&panel, QStringLiteral("experiment_twohosts_en.png"));
    }

    void stopEndsTheRun()
    {
        ExperimentPanel panel;
        panel.setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        QVERIFY(panel.selectPreset(QStringLiteral("seed-backlog-10")));
        panel.findChild<QSpinBox *>(QStringLiteral("observeS"))->setValue(30);
        QSignalSpy failed(&panel, &ExperimentPanel::runFailed);
        panel.run();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isRunning(), 10000);
        panel.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
    }
};

QTEST_MAIN(ExperimentPanelTest)
#include "experimentpanel_test.moc"
