// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic lab panel: a load pattern between the sandbox's two hosts over a rate-limited link,
// each host's packets, throughput, CPU and TCP events drawn live side by side (one monitor session
// per host, fed from the host's /proc/<pid>/net while the run goes), then the 2004 checklist's
// figures per phase and host with the throughput verdict against the link.
#pragma once

#include "lab/trafficrunner.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableWidget;
class QTextBrowser;

namespace tcplab
{

class MonitorSession;
class MonitorView;

class TrafficView : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficView(QWidget *parent = nullptr);
    ~TrafficView() override;

    lab::TrafficSpec spec() const;
    void setSpec(const lab::TrafficSpec &spec);

    bool isRunning() const;
    lab::TrafficRunner *runner() const
    {
        return m_runner;
    }
    const std::optional<lab::TrafficResult> &result() const
    {
        return m_result;
    }
    // One column per phase and host (put: server host, put: client host, ...), one row per figure.
    QTableWidget *resultTable() const
    {
        return m_table;
    }
    MonitorSession *serverSession() const
    {
        return m_serverSession;
    }
    MonitorSession *clientSession() const
    {
        return m_clientSession;
    }
    MonitorView *serverMonitor() const
    {
        return m_serverMonitor;
    }
    MonitorView *clientMonitor() const
    {
        return m_clientMonitor;
    }
    // Where the runner finds tcplab-agent and tcplab-sandbox; the program's folder by default.
    void setBinDirectory(const QString &directory);

    // The table's rows, in order.
    enum Row {
        PacketsIn,
        PacketsOut,
        BytesPerPacketIn,
        BytesPerPacketOut,
        MbpsIn,
        MbpsOut,
        MbpsWireIn,
        MbpsWireOut,
        ThroughputInVerdict,
        ThroughputOutVerdict,
        Retransmitted,
        InErrors,
        OutErrors,
        CpuUser,
        CpuSystem,
        CpuSoftirq,
        CpuIdle,
        ActiveOpens,
        PassiveOpens,
        RetransSegs,
        TimeWait,
        RowCount
    };

public Q_SLOTS:
    void run();
    void stop();

Q_SIGNALS:
    void runStarted();
    void runFinished(const tcplab::lab::TrafficResult &result);
    void runFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildForm();
    void buildSpecBox();
    QWidget *buildControls();
    void buildHostCharts();
    void buildResultTable();
    void connectFields();
    void retranslate();
    void onFieldEdited();
    void onHostsReady(qint64 serverPid, qint64 clientPid);
    void onHostsClosing();
    void onProgress(double elapsedS, double totalS, const QString &text);
    void onFinished(const lab::TrafficResult &result);
    void onFailed(const QString &message);
    void setRunning(bool running);
    void stopSampling();
    void updateHostTitles();
    void showResult();
    QString explanationHtml() const;

    lab::TrafficRunner *m_runner;
    std::optional<lab::TrafficResult> m_result;
    bool m_stopped = false; // the last run failed or was stopped: its status, in the current language
    void showFinishedStatus();
    QString m_serverAddress;
    QString m_clientAddress;
    QString m_lastProgress;

    QGroupBox *m_specBox;
    QFormLayout *m_form;
    QList<QLabel *> m_formLabels;
    QComboBox *m_pattern;
    QLabel *m_patternDescription;
    QComboBox *m_rate;
    QSpinBox *m_mtu;
    QSpinBox *m_queue;
    QSpinBox *m_duration;
    QSpinBox *m_size;
    QSpinBox *m_concurrency;
    QLabel *m_linkNote;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QLabel *m_problems;

    MonitorSession *m_serverSession;
    MonitorSession *m_clientSession;
    MonitorView *m_serverMonitor;
    MonitorView *m_clientMonitor;
    QLabel *m_serverTitle;
    QLabel *m_clientTitle;
    QSplitter *m_hostSplit;
    QSplitter *m_split;
    QTableWidget *m_table;
    QTextBrowser *m_explanation;
};

} // namespace tcplab
