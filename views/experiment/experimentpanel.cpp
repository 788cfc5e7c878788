// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentpanel.h"

#include "comparisontableview.h"
#include "experimentsettingsform.h"

#include "i18n/localization.h"
#include "lab/comparisontablemodel.h"
#include "queues/queuediagram.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace tcplab
{

namespace
{

// The timeline's lines: what each shows, and where in a TimelineSample its value is.
struct TimelineLine {
    const char *title;
    const char *group; // "server" or "client", or "" for the accept queue
    const char *state;
};

const TimelineLine kTimelineLines[] = {
    {QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "accept queue"), "", ""},
    {QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "server SYN_RECV"), "server", "SYN_RECV"},
    {QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "server ESTABLISHED"), "server", "ESTABLISHED"},
    {QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "client SYN_SENT"), "client", "SYN_SENT"},
    {QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "client ESTABLISHED"), "client", "ESTABLISHED"},
};

} // namespace

ExperimentPanel::ExperimentPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new lab::ExperimentRunner(this))
{
    buildForm();
    retranslate();
    setSpec(lab::ExperimentSpec::presets().first());

    connect(m_runner, &lab::ExperimentRunner::progress, this, &ExperimentPanel::onProgress);
    connect(m_runner, &lab::ExperimentRunner::timelineSample, this, &ExperimentPanel::onTimeline);
    connect(m_runner, &lab::ExperimentRunner::finished, this, &ExperimentPanel::onFinished);
    connect(m_runner, &lab::ExperimentRunner::failed, this, &ExperimentPanel::onFailed);
}

ExperimentPanel::~ExperimentPanel()
{
    // The runner's processes end with it; stop first so that nothing reports into a half-gone panel.
    m_runner->disconnect(this);
    if (m_runner->isRunning())
        m_runner->stop();
}

void ExperimentPanel::buildForm()
{
    m_specBox = new QGroupBox(this);
    m_form = new ExperimentSettingsForm(ExperimentSettingsForm::Kind::Panel, this);
    auto *specLayout = new QVBoxLayout(m_specBox);
    specLayout->addWidget(m_form);

    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_phase = new QLabel(this);
    m_phase->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_progress, 1);

    m_diagram = new QueueDiagram(this);
    m_diagram->setMinimumHeight(m_diagram->minimumSizeHint().height());

    buildTimeline();

    m_table = new ComparisonTableView(ComparisonTableView::Kind::Panel, this);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_copyButton = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addStretch(1);
    resultButtons->addWidget(m_copyButton);
    resultButtons->addWidget(m_saveButton);

    auto *live = new QWidget(this);
    auto *liveLayout = new QVBoxLayout(live);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addWidget(m_diagram);
    liveLayout->addWidget(m_timelineView);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_table, 3);
    resultsLayout->addWidget(m_explanation, 2);
    resultsLayout->addLayout(resultButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(live);
    split->addWidget(results);
    split->setChildrenCollapsible(false);

    auto *left = new QVBoxLayout;
    left->addWidget(m_specBox);
    left->addLayout(buttons);
    left->addWidget(m_phase);
    left->addWidget(m_problems);
    left->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 0);
    layout->addWidget(split, 1);

    connect(m_form, &ExperimentSettingsForm::edited, this, &ExperimentPanel::onFieldEdited);
    connect(m_runButton, &QPushButton::clicked, this, &ExperimentPanel::run);
    connect(m_stopButton, &QPushButton::clicked, this, &ExperimentPanel::stop);
    connect(m_copyButton, &QPushButton::clicked, this, &ExperimentPanel::copyResult);
    connect(m_saveButton, &QPushButton::clicked, this, &ExperimentPanel::saveResultCsv);
    auto *stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopKey, &QShortcut::activated, this, &ExperimentPanel::stop);
}

// The chart of the run's sockets over time, one line per kTimelineLines entry.
void ExperimentPanel::buildTimeline()
{
    m_timelineChart = new QChart;
    // On the right the legend's names have room; below they would be cut short.
    m_timelineChart->legend()->setAlignment(Qt::AlignRight);
    m_timelineChart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QValueAxis(m_timelineChart);
    m_countAxis = new QValueAxis(m_timelineChart);
    m_timeAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_timelineChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timelineChart->addAxis(m_countAxis, Qt::AlignLeft);
    for (size_t i = 0; i < std::size(kTimelineLines); ++i) {
        auto *series = new QLineSeries(m_timelineChart);
        m_timelineChart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
        m_timelineSeries.append(series);
    }
    m_timelineView = new QChartView(m_timelineChart, this);
    m_timelineView->setRenderHint(QPainter::Antialiasing);
    m_timelineView->setMinimumHeight(200);
    resetTimeline();
}

void ExperimentPanel::retranslate()
{
    m_specBox->setTitle(tr("Experiment"));
    m_runButton->setText(tr("&Run"));
    m_runButton->setToolTip(tr("Run the experiment (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
    m_stopButton->setText(tr("&Stop"));
    m_stopButton->setToolTip(tr("Stop the run (Esc)"));
    m_copyButton->setText(tr("Cop&y Result"));
    m_saveButton->setText(tr("Save Result as &CSV…"));
    m_timelineChart->setTitle(tr("During the run"));
    m_timeAxis->setTitleText(tr("seconds since the clients started"));
    m_countAxis->setTitleText(tr("sockets"));
    for (qsizetype i = 0; i < m_timelineSeries.size(); ++i)
        m_timelineSeries[i]->setName(tr(kTimelineLines[i].title));
    if (!isRunning() && !m_result)
        m_phase->setText(
            tr("Choose a preset or set the fields, then run. The run takes place in a private "
               "network namespace: nothing on this host changes."));
    if (m_result) {
        showResult();
        m_phase->setText(tr("Finished in %1 s.").arg(double(m_result->durationMs) / 1000, 0, 'f', 1));
    }
}

void ExperimentPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

lab::ExperimentSpec ExperimentPanel::spec() const
{
    return m_form->spec();
}

void ExperimentPanel::setSpec(const lab::ExperimentSpec &s)
{
    m_form->setSpec(s);
}

bool ExperimentPanel::selectPreset(const QString &name)
{
    return m_form->selectPreset(name);
}

void ExperimentPanel::onFieldEdited()
{
    const QStringList problems = spec().validate();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_runButton->setEnabled(problems.isEmpty() && !isRunning());
}

bool ExperimentPanel::isRunning() const
{
    return m_runner->isRunning();
}

void ExperimentPanel::run()
{
    if (isRunning())
        return;
    const lab::ExperimentSpec s = spec();
    const QStringList problems = lab::ExperimentRunner::preflight(s, m_options);
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        Q_EMIT runFailed(problems.join(QLatin1Char('\n')));
        return;
    }
    m_problems->hide();
    m_result.reset();
    m_table->comparisonModel()->clear();
    m_explanation->clear();
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    resetTimeline();
    m_diagram->clear();
    m_progress->setValue(0);
    setRunning(true);
    if (!m_runner->start(s, m_options))
        return; // failed() has been emitted
    Q_EMIT runStarted();
}

void ExperimentPanel::stop()
{
    if (isRunning())
        m_runner->stop();
}

void ExperimentPanel::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_specBox->setEnabled(!running);
}

void ExperimentPanel::resetTimeline()
{
    for (QLineSeries *series : std::as_const(m_timelineSeries))
        series->clear();
    // Whole seconds on the time axis: one tick a second for short runs, nice steps for long ones.
    const int observe = qMax(1, m_form ? m_form->spec().observeS : 5);
    m_timeAxis->setRange(0, observe);
    if (observe <= 10)
        m_timeAxis->setTickCount(observe + 1);
    else
        m_timeAxis->applyNiceNumbers();
    m_countAxis->setRange(0, 10);
}

void ExperimentPanel::onProgress(qint64 elapsedMs, qint64 totalMs, const QString &phase)
{
    if (totalMs > 0)
        m_progress->setValue(int(qBound(qint64(0), elapsedMs * 1000 / totalMs, qint64(1000))));
    m_phase->setText(tr("%1 — %2 s of about %3 s").arg(phase).arg(double(elapsedMs) / 1000, 0, 'f', 1).arg(double(totalMs) / 1000, 0, 'f', 0));
}

void ExperimentPanel::onTimeline(const lab::TimelineSample &sample)
{
    const double x = double(sample.elapsedMs) / 1000;
    double highest = m_countAxis->max();
    for (qsizetype i = 0; i < m_timelineSeries.size(); ++i) {
        const TimelineLine &line = kTimelineLines[i];
        const QString state = QLatin1String(line.state);
        qint64 value = sample.listenQueue;
        if (qstrcmp(line.group, "server") == 0)
            value = sample.serverStates.value(state);
        else if (qstrcmp(line.group, "client") == 0)
            value = sample.clientStates.value(state);
        m_timelineSeries[i]->append(x, double(value));
        highest = qMax(highest, double(value) * 1.1);
    }
    const int seconds = int(std::ceil(x));
    if (seconds > m_timeAxis->max()) {
        m_timeAxis->setRange(0, seconds);
        if (seconds <= 10)
            m_timeAxis->setTickCount(seconds + 1);
        else
            m_timeAxis->applyNiceNumbers();
    }
    if (highest > m_countAxis->max()) {
        m_countAxis->setRange(0, highest);
        m_countAxis->applyNiceNumbers();
    }

    m_diagram->setFigures(QueueFigures::from(tr("the experiment's server"), sample, lab::KernelVersion::running()));
}

void ExperimentPanel::onFinished(const lab::ExperimentResult &result)
{
    setRunning(false);
    m_progress->setValue(1000);
    m_result = result;
    showResult();
    m_phase->setText(tr("Finished in %1 s.").arg(double(result.durationMs) / 1000, 0, 'f', 1));
    Q_EMIT runFinished(result);
}

void ExperimentPanel::onFailed(const QString &message)
{
    setRunning(false);
    onFieldEdited();
    m_phase->setText(tr("The run did not finish."));
    m_problems->setText(message);
    m_problems->show();
    Q_EMIT runFailed(message);
}

void ExperimentPanel::showResult()
{
    if (!m_result)
        return;
    m_table->comparisonModel()->setResult(*m_result);
    const QString language = Localization::current();
    QString html;
    for (const BilingualText &text : m_result->explanation)
        html += QLatin1String("<p>") + text.in(language).toHtmlEscaped() + QLatin1String("</p>");
    for (const QString &warning : m_result->warnings)
        html += QLatin1String("<p><i>") + warning.toHtmlEscaped() + QLatin1String("</i></p>");
    m_explanation->setHtml(html);
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
}

QString ExperimentPanel::resultCsv() const
{
    return m_result ? m_table->comparisonModel()->toCsv() : QString();
}

void ExperimentPanel::copyResult()
{
    if (m_result)
        QApplication::clipboard()->setText(resultCsv());
}

void ExperimentPanel::saveResultCsv()
{
    if (!m_result)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/lastFolder")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Result"), folder + QLatin1String("/experiment.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(resultCsv().toUtf8()) < 0) {
        m_problems->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        m_problems->show();
        return;
    }
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
}

} // namespace tcplab
