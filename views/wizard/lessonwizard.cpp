// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonwizard.h"

#include "kernelcomparisonpage.h"
#include "kernelpredictionpage.h"
#include "kernelrunpage.h"
#include "lessonchoosepage.h"
#include "lessoncomparisonpage.h"
#include "lessonhostpage.h"
#include "lessonintropage.h"
#include "lessonpredictionpage.h"
#include "lessonrunpage.h"
#include "lessonsettingspage.h"
#include "series/monitorsession.h"
#include "trafficcomparisonpage.h"
#include "trafficpredictionpage.h"
#include "trafficrunpage.h"

#include <QCoreApplication>
#include <QEvent>

namespace tcplab
{

struct LessonWizard::Private {
    LessonState state;
    QList<LessonPage *> pages;
    LessonChoosePage *choose = nullptr;
    LessonSettingsPage *settings = nullptr;
    LessonPredictionPage *prediction = nullptr;
    LessonComparisonPage *comparison = nullptr;
    LessonHostPage *host = nullptr;
    tcplab::TrafficPredictionPage *trafficPrediction = nullptr;
    tcplab::TrafficComparisonPage *trafficComparison = nullptr;
    tcplab::KernelPredictionPage *kernelPrediction = nullptr;
    tcplab::KernelComparisonPage *kernelComparison = nullptr;

    void retranslateAll(LessonWizard *q);
};

void LessonWizard::Private::retranslateAll(LessonWizard *q)
{
    q->setWindowTitle(LessonWizard::tr("tcplab lessons"));
    for (LessonPage *page : pages)
        page->retranslate();
}

LessonWizard::LessonWizard(MonitorSession *session, QWidget *parent)
    : QWizard(parent)
    , d(new Private)
{
    LessonState *state = &d->state;
    state->wizard = this;
    state->session = session;
    if (!state->session) {
        state->session = new MonitorSession(this);
        state->ownSession = true;
    }
    state->runner = new lab::ExperimentRunner(this);
    state->trafficRunner = new lab::TrafficRunner(this);
    state->series = new lab::KernelSeries(this);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    const auto add = [this](int id, auto *page) {
        setPage(id, page);
        d->pages << page;
        return page;
    };
    d->choose = add(ChoosePage, new LessonChoosePage(state));
    add(IntroPage, new LessonIntroPage(state));
    d->settings = add(SettingsPage, new LessonSettingsPage(state));
    d->prediction = add(PredictionPage, new LessonPredictionPage(state));
    add(RunPage, new LessonRunPage(state));
    d->comparison = add(ComparisonPage, new LessonComparisonPage(state));
    d->host = add(HostPage, new LessonHostPage(state));
    d->trafficPrediction = add(TrafficPredictionPage, new tcplab::TrafficPredictionPage(state));
    add(TrafficRunPage, new tcplab::TrafficRunPage(state));
    d->trafficComparison = add(TrafficComparisonPage, new tcplab::TrafficComparisonPage(state));
    d->kernelPrediction = add(KernelPredictionPage, new tcplab::KernelPredictionPage(state));
    add(KernelRunPage, new tcplab::KernelRunPage(state));
    d->kernelComparison = add(KernelComparisonPage, new tcplab::KernelComparisonPage(state));
    setStartId(ChoosePage);
    d->retranslateAll(this);
    resize(900, 680);
}

LessonWizard::~LessonWizard()
{
    if (d->state.runner->isRunning())
        d->state.runner->stop();
    if (d->state.trafficRunner->isRunning())
        d->state.trafficRunner->stop();
    if (d->state.series->isRunning())
        d->state.series->stop();
}

bool LessonWizard::selectLesson(const QString &id)
{
    return d->choose->selectLesson(id);
}

QString LessonWizard::lessonId() const
{
    return d->state.lessonId;
}

const lab::Lesson *LessonWizard::lesson() const
{
    return d->state.lesson();
}

lab::ExperimentSpec LessonWizard::spec() const
{
    // The kernels lesson runs its own spec as it is: the comparison is across kernels, not settings.
    if (d->state.kind() == lab::LessonKind::Kernels)
        return d->state.lesson()->spec;
    return d->settings->spec();
}

QJsonObject LessonWizard::prediction() const
{
    switch (d->state.kind()) {
    case lab::LessonKind::Traffic:
        return d->trafficPrediction->prediction();
    case lab::LessonKind::HostChecklist:
        return d->host->prediction();
    case lab::LessonKind::Kernels:
        return d->kernelPrediction->prediction();
    case lab::LessonKind::Experiment:
        break;
    }
    return d->prediction->prediction();
}

const std::optional<lab::ExperimentResult> &LessonWizard::result() const
{
    return d->state.result;
}

lab::ExperimentRunner *LessonWizard::runner() const
{
    return d->state.runner;
}

void LessonWizard::setBinDirectory(const QString &directory)
{
    d->state.options.binDirectory = directory;
}

QTableWidget *LessonWizard::comparisonTable() const
{
    return d->comparison->comparison();
}

QTableView *LessonWizard::modelTable() const
{
    return d->comparison->model();
}

QTextBrowser *LessonWizard::explanation() const
{
    return d->comparison->explanation();
}

ChecklistView *LessonWizard::checklistView() const
{
    return d->host->checklist();
}

void LessonWizard::editAndRerun()
{
    while (currentId() != SettingsPage && currentId() != TrafficPredictionPage && currentId() != ChoosePage && currentId() != -1)
        back();
}

void LessonWizard::setTrafficDuration(double seconds)
{
    d->state.trafficDurationS = seconds;
}

lab::TrafficSpec LessonWizard::trafficSpec() const
{
    return d->state.trafficSpec();
}

lab::TrafficRunner *LessonWizard::trafficRunner() const
{
    return d->state.trafficRunner;
}

const std::optional<lab::TrafficResult> &LessonWizard::trafficResult() const
{
    return d->state.trafficResult;
}

QTableWidget *LessonWizard::trafficComparisonTable() const
{
    return d->trafficComparison->comparison();
}

QTextBrowser *LessonWizard::trafficExplanation() const
{
    return d->trafficComparison->explanation();
}

lab::KernelSeries *LessonWizard::kernelSeries() const
{
    return d->state.series;
}

QTableWidget *LessonWizard::kernelPredictionTable() const
{
    return d->kernelComparison->predictions();
}

KernelComparisonView *LessonWizard::kernelComparison() const
{
    return d->kernelComparison->comparison();
}

void LessonWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        d->retranslateAll(this);
        // QWizard picks its button texts once; take Qt's own translations of them again, so the
        // buttons follow a language switch like the rest. Held in variables so that these stay
        // Qt's strings (qtbase_*.qm), not ours.
        static const struct {
            QWizard::WizardButton button;
            const char *text;
        } kButtons[] = {
            {QWizard::BackButton, "< &Back"},
            {QWizard::NextButton, "&Next >"},
            {QWizard::FinishButton, "&Finish"},
            {QWizard::CancelButton, "Cancel"},
        };
        const char *context = "QWizard";
        for (const auto &b : kButtons)
            setButtonText(b.button, QCoreApplication::translate(context, b.text));
    }
    QWizard::changeEvent(event);
}

} // namespace tcplab
