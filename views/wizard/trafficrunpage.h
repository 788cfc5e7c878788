// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic lesson's run: a put, then a get, between the sandbox's two hosts; Stop ends it, and
// a failed run can be tried again.
#pragma once

#include "lessonpage.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace tcplab
{

class TrafficRunPage : public LessonPage
{
public:
    explicit TrafficRunPage(LessonState *state);
    void initializePage() override;
    void cleanupPage() override;
    void retranslate() override;
    bool isComplete() const override;
    // QWizard::next() does not ask isComplete(); a run that has not finished has nothing to compare.
    bool validatePage() override
    {
        return isComplete();
    }

private:
    void startRun();
    void onFinished(const lab::TrafficResult &result);
    void onFailed(const QString &message);

    QLabel *m_phases;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_stop;
    QPushButton *m_retry;
};

} // namespace tcplab
