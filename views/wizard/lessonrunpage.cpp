// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonrunpage.h"

#include "lab/kernelversion.h"
#include "lessonwizard.h"
#include "queues/queuediagram.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tcplab
{

namespace
{

QString finishedText(const lab::ExperimentResult &result)
{
    return LessonWizard::tr("Finished in %1 s. Go on to compare.").arg(double(result.durationMs) / 1000, 0, 'f', 1);
}

} // namespace

LessonRunPage::LessonRunPage(LessonState *state)
    : LessonPage(state)
    , m_diagram(new QueueDiagram(this))
    , m_progress(new QProgressBar(this))
    , m_phase(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    m_diagram->setObjectName(QStringLiteral("queueDiagram"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_phase->setWordWrap(true);
    m_retry->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_diagram, 1);
    layout->addWidget(m_progress);
    auto *row = new QHBoxLayout;
    row->addWidget(m_phase, 1);
    row->addWidget(m_retry);
    layout->addLayout(row);
    connect(m_retry, &QPushButton::clicked, this, &LessonRunPage::startRun);

    lab::ExperimentRunner *runner = m_state->runner;
    connect(runner, &lab::ExperimentRunner::progress, this, [this](qint64 elapsed, qint64 total, const QString &phase) {
        if (total > 0)
            m_progress->setValue(int(qBound(qint64(0), elapsed * 1000 / total, qint64(1000))));
        m_phase->setText(phase);
    });
    connect(runner, &lab::ExperimentRunner::timelineSample, this, [this](const lab::TimelineSample &sample) {
        m_diagram->setFigures(QueueFigures::from(LessonWizard::tr("the lesson's server"), sample, lab::KernelVersion::running()));
    });
    connect(runner, &lab::ExperimentRunner::finished, this, &LessonRunPage::onFinished);
    connect(runner, &lab::ExperimentRunner::failed, this, &LessonRunPage::onFailed);
}

void LessonRunPage::initializePage()
{
    retranslate();
    startRun();
}

void LessonRunPage::cleanupPage()
{
    if (m_state->runner->isRunning())
        m_state->runner->stop();
}

void LessonRunPage::retranslate()
{
    setTitle(LessonWizard::tr("The run"));
    setSubTitle(LessonWizard::tr("The experiment runs in a private network namespace; the picture shows the listener's queues as they fill."));
    m_retry->setText(LessonWizard::tr("Try again"));
    // The finished line is set when the run ends; say it again in the new language.
    if (m_state->result && !m_state->runner->isRunning())
        m_phase->setText(finishedText(*m_state->result));
}

bool LessonRunPage::isComplete() const
{
    return m_state->result.has_value() && !m_state->runner->isRunning();
}

void LessonRunPage::startRun()
{
    m_state->result.reset();
    m_retry->hide();
    m_progress->setValue(0);
    m_diagram->clear();
    m_phase->setText(LessonWizard::tr("Starting…"));
    Q_EMIT completeChanged();
    m_state->runner->start(m_state->wizard->spec(), m_state->options);
}

void LessonRunPage::onFinished(const lab::ExperimentResult &result)
{
    m_state->result = result;
    m_progress->setValue(1000);
    m_phase->setText(finishedText(result));
    Q_EMIT completeChanged();
    Q_EMIT m_state->wizard->runFinished(result);
}

void LessonRunPage::onFailed(const QString &message)
{
    m_phase->setText(LessonWizard::tr("The run did not finish: %1").arg(message));
    m_retry->show();
    Q_EMIT completeChanged();
    Q_EMIT m_state->wizard->runFailed(message);
}

} // namespace tcplab
