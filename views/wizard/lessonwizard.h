// SPDX-License-Identifier: GPL-3.0-or-later
// The guided lessons: pick a lesson, read its question and background in both languages, check or
// change the settings, write down a prediction, run the experiment in the sandbox while the queues
// fill on screen, then compare the prediction with the kernel model and the measurement, with the
// reason for every difference. The last lesson reads this host with the bottleneck checklist.
#pragma once

#include "lab/experimentresult.h"
#include "lab/experimentrunner.h"
#include "lab/experimentspec.h"

#include <QJsonObject>
#include <QWizard>

#include <memory>
#include <optional>

class QTableWidget;
class QTextBrowser;

namespace tcplab {

class ChecklistView;
class MonitorSession;
struct Lesson;

class LessonWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChoosePage, IntroPage, SettingsPage, PredictionPage, RunPage, ComparisonPage, HostPage };

    // `session` feeds the checklist lesson; without one the wizard watches this machine itself.
    explicit LessonWizard(MonitorSession *session = nullptr, QWidget *parent = nullptr);
    ~LessonWizard() override;

    bool selectLesson(const QString &id);
    QString lessonId() const;
    const Lesson *lesson() const;

    // The spec the settings page describes now.
    lab::ExperimentSpec spec() const;
    // The prediction page's numbers as JSON: server_established, server_syn_recv,
    // clients_connected, clients_see, counter, counter_delta, synack_resends (the checklist lesson:
    // errors_verdict).
    QJsonObject prediction() const;
    const std::optional<lab::ExperimentResult> &result() const;
    lab::ExperimentRunner *runner() const;
    // Where the runner finds tcplab-agent and tcplab-sandbox; the program's folder by default.
    void setBinDirectory(const QString &directory);
    QTableWidget *comparisonTable() const;
    QTableWidget *modelTable() const;
    QTextBrowser *explanation() const;
    ChecklistView *checklistView() const;
    // Goes back to the settings page to run the lesson again with other numbers.
    void editAndRerun();

Q_SIGNALS:
    void lessonCompleted(const tcplab::lab::ExperimentResult &result, const QJsonObject &prediction, const QString &lessonId);
    void runFinished(const tcplab::lab::ExperimentResult &result);
    void runFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

public:
    struct Private; // shared with the pages, which live in the .cpp

private:
    std::unique_ptr<Private> d;
};

} // namespace tcplab
