// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficrunpage.h"

#include "lab/lessonrules.h"
#include "lessonwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tcplab
{

namespace
{

QString finishedText(const lab::TrafficResult &r)
{
    const lab::ScenarioFigures f = lab::scenarioFigures(r);
    // Whole numbers with thousands grouped, the same in both languages ("8,263").
    const auto grouped = [](const std::optional<double> &v) {
        return v ? QLocale(QLocale::English).toString(qRound64(*v)) : QStringLiteral("—");
    };
    return LessonWizard::tr("Finished: %1 packets a second into the server host during the put, %2 out of it during the get. Go on to compare.")
        .arg(grouped(f.putPacketsIn), grouped(f.getPacketsOut));
}

} // namespace

TrafficRunPage::TrafficRunPage(LessonState *state)
    : LessonPage(state)
    , m_phases(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_stop(new QPushButton(this))
    , m_retry(new QPushButton(this))
{
    m_phases->setWordWrap(true);
    m_phases->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_progress->setObjectName(QStringLiteral("trafficProgress"));
    m_progress->setRange(0, 1000);
    m_status->setObjectName(QStringLiteral("trafficStatus"));
    m_status->setWordWrap(true);
    m_stop->setObjectName(QStringLiteral("trafficStop"));
    m_retry->setObjectName(QStringLiteral("trafficRetry"));
    m_retry->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phases);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_stop);
    row->addWidget(m_retry);
    layout->addLayout(row);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_state->trafficRunner->stop();
    });
    connect(m_retry, &QPushButton::clicked, this, &TrafficRunPage::startRun);

    lab::TrafficRunner *runner = m_state->trafficRunner;
    connect(runner, &lab::TrafficRunner::progress, this, [this](double elapsedS, double totalS, const QString &text) {
        if (totalS > 0)
            m_progress->setValue(int(qBound(0.0, elapsedS * 1000 / totalS, 1000.0)));
        m_status->setText(text);
    });
    connect(runner, &lab::TrafficRunner::finished, this, &TrafficRunPage::onFinished);
    connect(runner, &lab::TrafficRunner::failed, this, &TrafficRunPage::onFailed);
}

void TrafficRunPage::initializePage()
{
    retranslate();
    startRun();
}

void TrafficRunPage::cleanupPage()
{
    if (m_state->trafficRunner->isRunning())
        m_state->trafficRunner->stop();
}

void TrafficRunPage::retranslate()
{
    const lab::TrafficSpec spec = m_state->trafficSpec();
    setTitle(LessonWizard::tr("The run"));
    setSubTitle(LessonWizard::tr("Two private network namespaces, the server host and the client host, joined by a link of %1 Mbit/s "
                                 "with an MTU of %2.")
                    .arg(double(spec.rateBits()) / 1e6, 0, 'f', 0)
                    .arg(spec.mtu));
    m_phases->setText(LessonWizard::tr("1. The put: the client host sends data to the server host for %1 s.\n"
                                       "2. The get: the client host fetches data from the server host for %1 s.\n\n"
                                       "Each host's interface counters are read before and after each phase, as the 2004 checklist "
                                       "read netstat: packets and bytes each way, per second.")
                          .arg(spec.durationS, 0, 'g', 3));
    m_stop->setText(LessonWizard::tr("Stop"));
    m_retry->setText(LessonWizard::tr("Try again"));
    if (m_state->trafficResult && !m_state->trafficRunner->isRunning())
        m_status->setText(finishedText(*m_state->trafficResult));
}

bool TrafficRunPage::isComplete() const
{
    return m_state->trafficResult.has_value() && !m_state->trafficRunner->isRunning();
}

void TrafficRunPage::startRun()
{
    m_state->trafficResult.reset();
    m_retry->hide();
    m_stop->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(LessonWizard::tr("Starting…"));
    Q_EMIT completeChanged();
    m_state->trafficRunner->setBinDirectory(m_state->options.binDirectory);
    m_state->trafficRunner->start(m_state->trafficSpec());
}

void TrafficRunPage::onFinished(const lab::TrafficResult &result)
{
    m_state->trafficResult = result;
    m_progress->setValue(1000);
    m_stop->setEnabled(false);
    m_status->setText(finishedText(result));
    Q_EMIT completeChanged();
    Q_EMIT m_state->wizard->trafficRunFinished(result);
}

void TrafficRunPage::onFailed(const QString &message)
{
    m_stop->setEnabled(false);
    m_status->setText(LessonWizard::tr("The run did not finish: %1").arg(message));
    m_retry->show();
    Q_EMIT completeChanged();
    Q_EMIT m_state->wizard->runFailed(message);
}

} // namespace tcplab
