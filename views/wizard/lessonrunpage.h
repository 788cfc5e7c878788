// SPDX-License-Identifier: GPL-3.0-or-later
// An experiment lesson's run: the listener's queues as they fill, the progress, and a way to try
// again when the run fails.
#pragma once

#include "lessonpage.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace tcplab
{

class QueueDiagram;

class LessonRunPage : public LessonPage
{
public:
    explicit LessonRunPage(LessonState *state);
    void initializePage() override;
    void cleanupPage() override;
    void retranslate() override;
    bool isComplete() const override;

private:
    void startRun();
    void onFinished(const lab::ExperimentResult &result);
    void onFailed(const QString &message);

    QueueDiagram *m_diagram;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QPushButton *m_retry;
};

} // namespace tcplab
