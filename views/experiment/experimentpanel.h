// SPDX-License-Identifier: GPL-3.0-or-later
// The experiment panel: choose a preset or the spec's fields, run it in the sandbox, watch the
// queues and the socket states move while it runs, and read the result: every figure the kernel
// model predicts beside what was measured, mismatches highlighted, with the explanation.
#pragma once

#include "lab/experimentresult.h"
#include "lab/experimentrunner.h"
#include "lab/experimentspec.h"

#include <QWidget>

#include <optional>

class QGroupBox;
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
    // Result table as CSV (one row per figure: group, name, expected, measured, matches).
    QString resultCsv() const;
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
    void stop();
    void copyResult();
    void saveResultCsv();

Q_SIGNALS:
    void runStarted();
    void runFinished(const tcplab::lab::ExperimentResult &result);
    void runFailed(const QString &message);

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
    void onFailed(const QString &message);
    void setRunning(bool running);
    void showResult();
    void resetTimeline();

    lab::ExperimentRunner *m_runner;
    lab::RunnerOptions m_options;
    std::optional<lab::ExperimentResult> m_result;

    QGroupBox *m_specBox;
    ExperimentSettingsForm *m_form;
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
    ComparisonTableView *m_table;
    QTextBrowser *m_explanation;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
};

} // namespace tcplab
