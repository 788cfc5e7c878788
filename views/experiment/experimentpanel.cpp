// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentpanel.h"

#include "comparisontableview.h"
#include "experimentsettingsform.h"
#include "kernelcomparisonview.h"

#include "i18n/localization.h"
#include "kernels/kernelshelf.h"
#include "lab/comparisontablemodel.h"
#include "lab/kernelcomparisonmodel.h"
#include "queues/queuediagram.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
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
#include <QStackedWidget>
#include <QSysInfo>
#include <QTextBrowser>
#include <QToolButton>
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
    , m_series(new lab::KernelSeries(this))
{
    buildForm();
    retranslate();
    setSpec(lab::ExperimentSpec::presets().first());

    connect(m_runner, &lab::ExperimentRunner::progress, this, &ExperimentPanel::onProgress);
    connect(m_runner, &lab::ExperimentRunner::timelineSample, this, &ExperimentPanel::onTimeline);
    connect(m_runner, &lab::ExperimentRunner::finished, this, &ExperimentPanel::onFinished);
    connect(m_runner, &lab::ExperimentRunner::failed, this, &ExperimentPanel::onFailed);

    connect(m_series, &lab::KernelSeries::progress, this, [this](double fraction, const QString &phase) {
        m_progress->setValue(int(qBound(0.0, fraction, 1.0) * 1000));
        m_phase->setText(phase);
    });
    connect(m_series, &lab::KernelSeries::kernelStarted, this, [this](int, int, const QString &name, bool) {
        m_runKernel = lab::KernelSeries::releaseOf(name);
        resetTimeline();
        m_diagram->clear();
    });
    connect(m_series->runner(), &lab::ExperimentRunner::timelineSample, this, &ExperimentPanel::onTimeline);
    connect(m_series, &lab::KernelSeries::runFinished, this, [this](int, const lab::ExperimentResult &result) {
        Q_EMIT seriesRunFinished(result);
    });
    connect(m_series, &lab::KernelSeries::finished, this, &ExperimentPanel::onSeriesFinished);
    connect(m_series, &lab::KernelSeries::failed, this, &ExperimentPanel::onFailed);
}

ExperimentPanel::~ExperimentPanel()
{
    // The runner's processes end with it; stop first so that nothing reports into a half-gone panel.
    m_runner->disconnect(this);
    m_series->disconnect(this);
    if (m_runner->isRunning())
        m_runner->stop();
    if (m_series->isRunning())
        m_series->stop();
}

void ExperimentPanel::buildForm()
{
    m_specBox = new QGroupBox(this);
    m_form = new ExperimentSettingsForm(ExperimentSettingsForm::Kind::Panel, this);
    auto *specLayout = new QVBoxLayout(m_specBox);
    specLayout->addWidget(m_form);
    m_kernelLabel = new QLabel(this);
    m_kernelBox = new QComboBox(this);
    m_kernelBox->setObjectName(QStringLiteral("kernelBox"));
    m_kernelBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kernelBox->setMinimumContentsLength(18);
    m_kernelLabel->setBuddy(m_kernelBox);
    m_shelfButton = new QToolButton(this);
    m_shelfButton->setObjectName(QStringLiteral("shelfButton"));
    auto *kernelRow = new QHBoxLayout;
    kernelRow->addWidget(m_kernelLabel);
    kernelRow->addWidget(m_kernelBox, 1);
    kernelRow->addWidget(m_shelfButton);
    specLayout->addLayout(kernelRow);
    connect(m_shelfButton, &QToolButton::clicked, this, &ExperimentPanel::shelfRequested);

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
    m_phase->setObjectName(QStringLiteral("phase"));
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
    m_live = live;
    auto *liveLayout = new QVBoxLayout(live);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addWidget(m_diagram);
    liveLayout->addWidget(m_timelineView);
    // One run's table and explanation, or a comparison across kernels.
    auto *single = new QWidget(this);
    auto *singleLayout = new QVBoxLayout(single);
    singleLayout->setContentsMargins(0, 0, 0, 0);
    singleLayout->addWidget(m_table, 3);
    singleLayout->addWidget(m_explanation, 2);
    m_comparison = new KernelComparisonView(this);
    m_comparison->setObjectName(QStringLiteral("kernelComparison"));
    m_resultStack = new QStackedWidget(this);
    m_resultStack->addWidget(single);
    m_resultStack->addWidget(m_comparison);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_resultStack, 1);
    resultsLayout->addLayout(resultButtons);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(live);
    m_split->addWidget(results);
    m_split->setChildrenCollapsible(false);

    auto *left = new QVBoxLayout;
    left->addWidget(m_specBox);
    left->addLayout(buttons);
    left->addWidget(m_phase);
    left->addWidget(m_problems);
    left->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 0);
    layout->addWidget(m_split, 1);

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
    m_kernelLabel->setText(tr("&Kernel:"));
    m_kernelBox->setToolTip(
        tr("Where the run happens: this machine's kernel in a private network namespace, a kernel from the shelf in a "
           "small virtual machine, or the same run on this machine and every shelf kernel, side by side."));
    m_shelfButton->setText(tr("Shelf…"));
    m_shelfButton->setToolTip(tr("Fetch, add and remove kernels (%1)").arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K).toString(QKeySequence::NativeText)));
    refreshKernels();
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
    if (!isRunning() && !m_result && m_comparison->comparisonModel()->kernels().isEmpty())
        m_phase->setText(
            tr("Choose a preset or set the fields, then run. The run takes place in a private "
               "network namespace: nothing on this host changes."));
    if (!isRunning() && !m_comparison->comparisonModel()->kernels().isEmpty())
        m_phase->setText(seriesFinishedText());
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
    return m_runner->isRunning() || m_series->isRunning();
}

void ExperimentPanel::refreshKernels()
{
    const QString current = m_kernelBox->count() > 0 ? kernelChoice() : QStringLiteral("host");
    const QSignalBlocker block(m_kernelBox);
    m_kernelBox->clear();
    m_kernelBox->addItem(tr("This machine (Linux %1)").arg(QSysInfo::kernelVersion()), QStringLiteral("host"));
    const QList<kernels::ShelfKernel> shelf = kernels::KernelShelf().kernels();
    for (const kernels::ShelfKernel &k : shelf) {
        m_kernelBox->addItem(tr("%1 (Linux %2, virtual machine)").arg(k.name, k.release), k.name);
        m_kernelBox->setItemData(m_kernelBox->count() - 1, k.origin, Qt::ToolTipRole);
    }
    if (!shelf.isEmpty()) {
        m_kernelBox->insertSeparator(m_kernelBox->count());
        m_kernelBox->addItem(tr("Compare kernels: this machine and the %n on the shelf", nullptr, int(shelf.size())), QLatin1String(kCompareKernels));
    }
    if (!setKernelChoice(current))
        m_kernelBox->setCurrentIndex(0);
}

QString ExperimentPanel::kernelChoice() const
{
    return m_kernelBox->currentData().toString();
}

bool ExperimentPanel::setKernelChoice(const QString &choice)
{
    const int index = m_kernelBox->findData(choice);
    if (index < 0)
        return false;
    m_kernelBox->setCurrentIndex(index);
    return true;
}

QStringList ExperimentPanel::comparisonKernels() const
{
    QStringList names{QStringLiteral("host")};
    for (const kernels::ShelfKernel &k : kernels::KernelShelf().kernels())
        names << k.name;
    return names;
}

void ExperimentPanel::run()
{
    if (isRunning())
        return;
    const lab::ExperimentSpec s = spec();
    if (kernelChoice() == QLatin1String(kCompareKernels)) {
        runSeries(s);
        return;
    }
    m_options.kernel = kernelChoice();
    m_runKernel = lab::KernelSeries::releaseOf(m_options.kernel);
    if (!prepareRun(lab::ExperimentRunner::preflight(s, m_options), false))
        return;
    if (!m_runner->start(s, m_options))
        return; // failed() has been emitted
    Q_EMIT runStarted();
}

// Shows the preflight's problems (false), or clears the last result and the live view for a new
// run, a single one or a comparison across kernels (true).
bool ExperimentPanel::prepareRun(const QStringList &problems, bool comparison)
{
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        Q_EMIT runFailed(problems.join(QLatin1Char('\n')));
        return false;
    }
    m_problems->hide();
    m_result.reset();
    m_resultStack->setCurrentIndex(comparison ? 1 : 0);
    m_comparison->comparisonModel()->clear();
    m_table->comparisonModel()->clear();
    m_explanation->clear();
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    resetTimeline();
    m_diagram->clear();
    m_live->show();
    m_progress->setValue(0);
    setRunning(true);
    return true;
}

// The same spec on this machine and on every shelf kernel, one after the other.
void ExperimentPanel::runSeries(const lab::ExperimentSpec &s)
{
    const QStringList kernels = comparisonKernels();
    if (!prepareRun(lab::KernelSeries::preflight(s, m_options, kernels), true))
        return;
    if (!m_series->start(s, m_options, kernels))
        return; // failed() has been emitted
    Q_EMIT runStarted();
}

void ExperimentPanel::onSeriesFinished(const QList<lab::KernelRun> &runs)
{
    setRunning(false);
    m_progress->setValue(1000);
    lab::KernelComparisonModel *model = m_comparison->comparisonModel();
    // The form stays disabled while the series runs: its spec is the series'.
    model->setRuns(spec(), runs, lab::KernelComparisonModel::defaultModelOnlyVersions());
    m_resultStack->setCurrentIndex(1);
    // A comparison has a column group per kernel and is about where the runs ended: it takes the
    // height the live view had, until the next run.
    m_live->hide();
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    m_phase->setText(seriesFinishedText());
    Q_EMIT comparisonFinished(model->command(), model->toText(Localization::current()));
}

QString ExperimentPanel::seriesFinishedText() const
{
    const QList<lab::KernelRun> &runs = m_series->runs();
    int failed = 0;
    for (const lab::KernelRun &run : runs)
        failed += run.result ? 0 : 1;
    return failed == 0 ? tr("Finished on %n kernel(s).", nullptr, int(runs.size()))
                       : tr("Finished; %1 of %2 runs did not complete (see the notes).").arg(failed).arg(runs.size());
}

void ExperimentPanel::stop()
{
    if (m_series->isRunning())
        m_series->stop();
    else if (isRunning())
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

    const lab::KernelVersion kernel = lab::KernelVersion::parse(m_runKernel);
    m_diagram->setFigures(QueueFigures::from(tr("the experiment's server"), sample, kernel.isValid() ? kernel : lab::KernelVersion::running()));
}

void ExperimentPanel::onFinished(const lab::ExperimentResult &result)
{
    setRunning(false);
    m_progress->setValue(1000);
    m_result = result;
    showResult();
    m_phase->setText(tr("Finished in %1 s.").arg(double(result.durationMs) / 1000, 0, 'f', 1));
    if (!result.accelerator.isEmpty())
        m_phase->setText(tr("Finished in %1 s on %2 (Linux %3), in a virtual machine run by %4.")
                             .arg(double(result.durationMs) / 1000, 0, 'f', 1)
                             .arg(result.shelfKernel, result.kernelRelease, result.accelerator.toUpper()));
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
    if (!m_result->accelerator.isEmpty())
        html += QLatin1String("<p><i>")
            + tr("Ran on %1 (Linux %2) in a virtual machine with %3: %4")
                  .arg(m_result->shelfKernel, m_result->kernelRelease, m_result->accelerator.toUpper(), m_result->acceleratorNote)
                  .toHtmlEscaped()
            + QLatin1String("</i></p>");
    m_explanation->setHtml(html);
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
}

QString ExperimentPanel::resultCsv() const
{
    if (m_resultStack->currentIndex() == 1)
        return m_comparison->comparisonModel()->toCsv();
    return m_result ? m_table->comparisonModel()->toCsv() : QString();
}

void ExperimentPanel::copyResult()
{
    const QString csv = resultCsv();
    if (!csv.isEmpty())
        QApplication::clipboard()->setText(csv);
}

void ExperimentPanel::saveResultCsv()
{
    const bool comparison = m_resultStack->currentIndex() == 1;
    if (!m_result && !comparison)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/lastFolder")).toString();
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save Result"),
                                                      folder + (comparison ? QLatin1String("/kernels.csv") : QLatin1String("/experiment.csv")),
                                                      tr("CSV files (*.csv)"));
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
