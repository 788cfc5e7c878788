// SPDX-License-Identifier: GPL-3.0-or-later
// The live charts of one monitor session: packets and throughput in and out, CPU time and TCP
// events, stacked on one shared time axis. It follows the newest samples until the user zooms or
// pans, then holds that range until asked to follow again. Redraws are coalesced: samples and
// user actions only mark charts dirty, and one timer redraws what is dirty at most once per tick,
// whatever the sampling rate.
#pragma once

#include "chartexporter.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;

namespace tcplab
{

class MonitorChart;
class MonitorSession;

class MonitorView : public QWidget
{
    Q_OBJECT
public:
    enum ChartIndex { PacketsChart, ThroughputChart, CpuChart, TcpChart, ChartCount };

    static constexpr qint64 kMinimumSpanMs = 60 * 1000;
    static constexpr qint64 kMaximumSpanMs = 24 * 3600 * 1000;
    // How often dirty charts are redrawn at most.
    static constexpr int kRedrawIntervalMs = 50;
    // The narrowest time range a zoom reaches.
    static constexpr qint64 kNarrowestRangeMs = 1000;

    explicit MonitorView(MonitorSession *session, QWidget *parent = nullptr);
    ~MonitorView() override;

    int chartCount() const
    {
        return int(m_charts.size());
    }
    // "Export Chart…" (Ctrl+Shift+E while the view has focus); the main window puts it in its menu.
    QAction *exportAction() const
    {
        return m_exportAction;
    }
    QString chartTitle(int index) const;
    MonitorChart *chart(int index) const
    {
        return m_charts.value(index);
    }
    // How much of the height chart `index` takes against the others (1 each by default).
    void setChartStretch(int index, int stretch);
    // The chart that Ctrl+Shift+E exports: the one under the pointer, else the one with focus,
    // else the first.
    int currentChart() const;

    // Writes chart `index` (see ChartExporter::save); redraws first so that the file shows the
    // newest samples.
    bool exportChart(int index, ExportFormat format, const QString &path, const QSize &size = QSize(1600, 900), int dpi = 150, QString *error = nullptr);
    QString chartCsv(int index);

    bool isFollowing() const
    {
        return m_following;
    }
    qint64 spanMs() const
    {
        return m_spanMs;
    }
    // The time range on the shared axis, in ms since the epoch.
    qint64 fromMs() const
    {
        return m_fromMs;
    }
    qint64 toMs() const
    {
        return m_toMs;
    }

    // "*" for the sum over interfaces, else an interface name.
    QString interfaceName() const;
    void setInterfaceName(const QString &name);
    // -1 for every CPU together, else a CPU number.
    int cpu() const;
    void setCpu(int cpu);

    // Redraws every dirty chart now instead of at the next tick.
    void redrawNow();
    // How many redraws ran; for tests of the coalescing.
    int redrawCount() const
    {
        return m_redrawCount;
    }

public Q_SLOTS:
    // The width of the followed window, clamped to [1 min, 24 h].
    void setSpanMs(qint64 spanMs);
    void followLive();
    // Shows [fromMs, toMs] on every chart and stops following.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    // Opens the export dialog for chart `index`, or for currentChart() when negative.
    void openExportDialog(int index = -1);
    void copyChartData(int index = -1);

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum Dirty {
        DirtyCharts = 1 << 0,
        DirtyLists = 1 << 1,
        DirtyAlignment = 1 << 2,
    };

    void createCharts();
    void retranslate();
    void markDirty(int flags);
    void onTick();
    void redraw();
    void updateLists();
    void updateSeriesSources();
    void alignPlotAreas();
    // The oldest sample of any drawn series, or -1.
    qint64 earliestSample() const;
    void updateFollowButton();
    void setFollowing(bool following);
    static QString baseName(int index);

    MonitorSession *m_session;
    QList<MonitorChart *> m_charts;
    QComboBox *m_interfaces;
    QComboBox *m_cpus;
    QLabel *m_interfaceLabel;
    QLabel *m_cpuLabel;
    QLabel *m_rangeLabel;
    QPushButton *m_follow;
    QTimer m_redrawTimer;
    int m_dirty = 0;
    QAction *m_exportAction = nullptr;
    int m_redrawCount = 0;
    bool m_following = true;
    qint64 m_spanMs = 5 * 60 * 1000;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_hoverChart = -1;
    QStringList m_knownInterfaces;
    QList<int> m_knownCpus;
};

} // namespace tcplab
