// SPDX-License-Identifier: GPL-3.0-or-later
// The guided lessons: pick a lesson, read its question and background in both languages, check or
// change the settings, write down a prediction, run the experiment in the sandbox while the queues
// fill on screen, then compare the prediction with the kernel model and the measurement, with the
// reason for every difference and where this kernel is known to differ from the model. The
// traffic lesson runs a put and a get between two hosts and compares the packet rates with the
// 2004 checklist's scenario 3; the last lesson reads this host with the bottleneck checklist. Each
// kind of page is a file of its own (lessonpage.h: what they share).
#pragma once

#include "lab/experimentresult.h"
#include "lab/experimentrunner.h"
#include "lab/experimentspec.h"
#include "lab/kernelseries.h"
#include "lab/trafficrunner.h"

#include <QJsonObject>
#include <QWizard>

#include <memory>
#include <optional>

class QTableView;
class QTableWidget;
class QTextBrowser;

namespace tcplab
{

class ChecklistView;
class KernelComparisonView;
class MonitorSession;
namespace lab
{
struct Lesson;
}

class LessonWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ChoosePage,
        IntroPage,
        SettingsPage,
        PredictionPage,
        RunPage,
        ComparisonPage,
        HostPage,
        TrafficPredictionPage,
        TrafficRunPage,
        TrafficComparisonPage,
        KernelPredictionPage,
        KernelRunPage,
        KernelComparisonPage
    };

    // `session` feeds the checklist lesson; without one the wizard watches this machine itself.
    explicit LessonWizard(MonitorSession *session = nullptr, QWidget *parent = nullptr);
    ~LessonWizard() override;

    bool selectLesson(const QString &id);
    QString lessonId() const;
    const lab::Lesson *lesson() const;

    // The spec the settings page describes now.
    lab::ExperimentSpec spec() const;
    // The prediction page's numbers as JSON: server_established, server_syn_recv,
    // clients_connected, clients_see, counter, counter_delta, synack_resends (the checklist lesson:
    // errors_verdict; the traffic lesson: put_server_packets_in, get_server_packets_out, put_mbps,
    // acks_per_100).
    QJsonObject prediction() const;
    const std::optional<lab::ExperimentResult> &result() const;
    lab::ExperimentRunner *runner() const;
    // Where the runner finds tcplab-agent and tcplab-sandbox; the program's folder by default.
    void setBinDirectory(const QString &directory);
    QTableWidget *comparisonTable() const;
    // Every figure the kernel model predicts: a view of lab::ComparisonTableModel.
    QTableView *modelTable() const;
    QTextBrowser *explanation() const;
    ChecklistView *checklistView() const;
    // Goes back to the settings page (the traffic lesson: its prediction page) to run the lesson
    // again with other numbers.
    void editAndRerun();

    // The traffic lesson: the spec it runs (the lesson's own, with the phase length set here; 0
    // keeps the lesson's), its runner and result, and the comparison page's table and text.
    void setTrafficDuration(double seconds);
    lab::TrafficSpec trafficSpec() const;
    lab::TrafficRunner *trafficRunner() const;
    const std::optional<lab::TrafficResult> &trafficResult() const;
    QTableWidget *trafficComparisonTable() const;
    QTextBrowser *trafficExplanation() const;
    // A cell of the traffic comparison carries this role, true, when the prediction is off by
    // more than 20 % of the measurement.
    static constexpr int OffRole = Qt::UserRole + 1;

    // The kernels lesson: its series of runs, the table of the student's predictions beside each
    // kernel's model and measurement, and the comparison across kernels.
    lab::KernelSeries *kernelSeries() const;
    QTableWidget *kernelPredictionTable() const;
    KernelComparisonView *kernelComparison() const;

Q_SIGNALS:
    void lessonCompleted(const tcplab::lab::ExperimentResult &result, const QJsonObject &prediction, const QString &lessonId);
    void runFinished(const tcplab::lab::ExperimentResult &result);
    void runFailed(const QString &message);
    // The traffic lesson's counterparts of runFinished and lessonCompleted; a failed or stopped
    // traffic run reports runFailed.
    void trafficRunFinished(const tcplab::lab::TrafficResult &result);
    void trafficLessonCompleted(const tcplab::lab::TrafficResult &result, const QJsonObject &prediction);
    // The kernels lesson's end: every kernel's run (runFinished() came for each), the prediction,
    // and the comparison's command and text for the notebook.
    void kernelLessonCompleted(const QList<tcplab::lab::KernelRun> &runs, const QJsonObject &prediction, const QString &command, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tcplab
