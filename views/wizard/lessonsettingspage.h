// SPDX-License-Identifier: GPL-3.0-or-later
// The settings of a lesson's experiment, through the experiment panel's own form: the lesson's
// numbers to start with, the student's own on a re-run.
#pragma once

#include "lab/experimentspec.h"
#include "lessonpage.h"

class QLabel;

namespace tcplab
{

class ExperimentSettingsForm;

class LessonSettingsPage : public LessonPage
{
public:
    explicit LessonSettingsPage(LessonState *state);
    // The spec the fields describe now: the lesson's, with the student's numbers.
    lab::ExperimentSpec spec() const;
    void initializePage() override;
    void retranslate() override;
    bool isComplete() const override;

private:
    void check();

    ExperimentSettingsForm *m_form;
    QLabel *m_problems;
    QString m_loadedFor; // the lesson whose spec the fields hold
};

} // namespace tcplab
