// SPDX-License-Identifier: GPL-3.0-or-later
// What the pages of the lessons wizard share: the lesson chosen, the runners and their last
// results (LessonState), a page base that retranslates on a language switch, and the small
// widgets and texts every page uses. Each page owns its widgets; its strings keep the
// LessonWizard translation context.
#pragma once

#include "i18n/bilingual.h"
#include "lab/experimentresult.h"
#include "lab/experimentrunner.h"
#include "lab/kernelseries.h"
#include "lab/lessons.h"
#include "lab/trafficrunner.h"

#include <QWizardPage>

#include <optional>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace tcplab
{

class LessonWizard;
class MonitorSession;

struct LessonState {
    LessonWizard *wizard = nullptr;
    MonitorSession *session = nullptr;
    bool ownSession = false;
    QString lessonId;
    lab::RunnerOptions options;
    lab::ExperimentRunner *runner = nullptr;
    std::optional<lab::ExperimentResult> result;
    lab::TrafficRunner *trafficRunner = nullptr;
    std::optional<lab::TrafficResult> trafficResult;
    double trafficDurationS = 0; // 0: the lesson's own
    // The kernels lesson: its series of runs and their outcome.
    lab::KernelSeries *series = nullptr;
    QList<lab::KernelRun> kernelRuns;

    const lab::Lesson *lesson() const
    {
        return lab::findLesson(lessonId);
    }
    lab::LessonKind kind() const
    {
        return lesson() ? lesson()->kind : lab::LessonKind::Experiment;
    }
    // The traffic lesson's spec with the phase length set in the wizard.
    lab::TrafficSpec trafficSpec() const;
};

class LessonPage : public QWizardPage
{
public:
    explicit LessonPage(LessonState *state)
        : m_state(state)
    {
    }
    virtual void retranslate()
    {
    }

protected:
    LessonState *m_state;
};

namespace wizard
{

BilingualText lessonText(const char *source);
// The text in the language the user interface speaks now.
QString ui(const BilingualText &text);
BilingualText wizardText(const char *source, const QStringList &arguments = {});
QSpinBox *spin(QWidget *parent, int low, int high, const char *name);
// "<b>text</b>", escaped.
QString bold(const QString &text);
// Japanese on the left, English on the right, one row per paragraph.
QString bilingualRows(const QList<BilingualText> &paragraphs);
// Sets the labels of a form's rows, top to bottom.
void setRowLabels(QFormLayout *form, const QStringList &labels);

// Japanese on the left, English on the right, as the lessons are written in both.
class SideBySide : public QWidget
{
public:
    explicit SideBySide(QWidget *parent);
    void setText(const BilingualText &text);

private:
    QLabel *m_ja;
    QLabel *m_en;
};

} // namespace wizard

} // namespace tcplab
