// SPDX-License-Identifier: GPL-3.0-or-later
// The experiment panel: choose a preset or the spec's fields, run it in the sandbox, watch the
// queues and the socket states move while it runs, and read the result: every figure the kernel
// model predicts beside what was measured, mismatches highlighted, with the explanation.
#pragma once

#include "lab/experimentresult.h"
#include "lab/experimentrunner.h"
#include "lab/experimentspec.h"
#include "lab/kernelseries.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace tcplab
{

class ComparisonTableView;
class ExperimentSettingsForm;
class KernelComparisonView;
class QueueDiagram;

class ExperimentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentPanel(QWidget *parent = nullptr);
    ~ExperimentPanel() override;

    // The spec the fields describe now.
    lab::ExperimentSpec spec() const;
    // Fills the fields (and picks the preset in the combo box when the spec has one).
    void setSpec(const lab::ExperimentSpec &spec);
    bool selectPreset(const QString &name);

    bool isRunning() const;
    lab::ExperimentRunner *runner() const
    {
        return m_runner;
    }
    // The last finished run, if any.
    const std::optional<lab::ExperimentResult> &result() const
    {
        return m_result;
    }
    // Result table as CSV (one row per figure: group, name, expected, measured, matches), or the
    // kernel comparison's after a comparison.
    QString resultCsv() const;
    // The kernel the next run happens on: "host", a shelf kernel's name, or kCompareKernels for
    // this machine and every kernel on the shelf, one after the other.
    QString kernelChoice() const;
    bool setKernelChoice(const QString &choice);
    static constexpr const char *kCompareKernels = "compare";
    // The kernels a comparison runs on: this machine's, then the shelf's.
    QStringList comparisonKernels() const;
    KernelComparisonView *comparisonView() const
    {
        return m_comparison;
    }
    lab::KernelSeries *series() const
    {
        return m_series;
    }
    ComparisonTableView *resultTable() const
    {
        return m_table;
    }
    // Where the runner finds tcplab-agent and tcplab-sandbox; the program's folder by default.
    void setBinDirectory(const QString &directory)
    {
        m_options.binDirectory = directory;
    }

public Q_SLOTS:
    void run();
    // Reads the shelf again for the kernel choice (after the shelf changed).
    void refreshKernels();
    void stop();
    void copyResult();
    void saveResultCsv();

Q_SIGNALS:
    void runStarted();
    void runFinished(const tcplab::lab::ExperimentResult &result);
    void runFailed(const QString &message);
    // One kernel's run of a comparison ended (runFinished() comes for single runs only).
    void seriesRunFinished(const tcplab::lab::ExperimentResult &result);
    // A comparison across kernels ended: its text for the write-up, and the command behind it.
    void comparisonFinished(const QString &command, const QString &text);
    // The user asked for the kernel shelf.
    void shelfRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void buildTimeline();
    void retranslate();
    void onFieldEdited();
    void onProgress(qint64 elapsedMs, qint64 totalMs, const QString &phase);
    void onTimeline(const lab::TimelineSample &sample);
    void onFinished(const lab::ExperimentResult &result);
    void onSeriesFinished(const QList<lab::KernelRun> &runs);
    void runSeries(const lab::ExperimentSpec &spec);
    bool prepareRun(const QStringList &problems, bool comparison);
    QString seriesFinishedText() const;
    void onFailed(const QString &message);
    void setRunning(bool running);
    void showResult();
    void resetTimeline();

    lab::ExperimentRunner *m_runner;
    lab::KernelSeries *m_series;
    QString m_runKernel; // the release the live view's queue diagram follows
    lab::RunnerOptions m_options;
    std::optional<lab::ExperimentResult> m_result;

    QGroupBox *m_specBox;
    ExperimentSettingsForm *m_form;
    QLabel *m_kernelLabel;
    QComboBox *m_kernelBox;
    QToolButton *m_shelfButton;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QLabel *m_problems;
    QueueDiagram *m_diagram;
    QChart *m_timelineChart;
    QChartView *m_timelineView;
    QValueAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QList<QLineSeries *> m_timelineSeries;
    QSplitter *m_split;
    QWidget *m_live; // the queues and the timeline while a run goes
    QStackedWidget *m_resultStack;
    ComparisonTableView *m_table;
    KernelComparisonView *m_comparison;
    QTextBrowser *m_explanation;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
};

} // namespace tcplab
