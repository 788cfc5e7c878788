// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentpanel.h"

#include "i18n/localization.h"
#include "queues/queuediagram.h"

#include <QApplication>
#include <QCheckBox>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace tcplab {

namespace {

// The timeline's lines: what each shows, and where in a TimelineSample its value is.
struct TimelineLine {
    const char *title;
    const char *group; // "server" or "client", or "" for the accept queue
    const char *state;
};

const TimelineLine kTimelineLines[] = {
    { QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "accept queue"), "", "" },
    { QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "server SYN_RECV"), "server", "SYN_RECV" },
    { QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "server ESTABLISHED"), "server", "ESTABLISHED" },
    { QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "client SYN_SENT"), "client", "SYN_SENT" },
    { QT_TRANSLATE_NOOP("tcplab::ExperimentPanel", "client ESTABLISHED"), "client", "ESTABLISHED" },
};

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setObjectName(QLatin1String(name));
    box->setAccelerated(true);
    return box;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

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
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const lab::ExperimentSpec &preset : lab::ExperimentSpec::presets())
        m_preset->addItem(QString(), preset.preset);
    m_preset->addItem(QString(), QString());

    m_backlog = spinBox(this, 0, 65535, "backlog");
    m_clients = spinBox(this, 1, 60000, "clients");
    m_lateClients = spinBox(this, 0, 60000, "lateClients");
    m_lateHandshake = spinBox(this, -1, 600000, "lateHandshakeMs");
    m_lateHandshake->setSingleStep(100);
    m_somaxconn = spinBox(this, -1, 65535, "somaxconn");
    m_maxSynBacklog = spinBox(this, -1, 1 << 20, "maxSynBacklog");
    m_synackRetries = spinBox(this, -1, 255, "synackRetries");
    m_syncookies = new QComboBox(this);
    m_syncookies->setObjectName(QStringLiteral("syncookies"));
    for (int v : { -1, 0, 1, 2 })
        m_syncookies->addItem(QString(), v);
    m_abortOnOverflow = new QComboBox(this);
    m_abortOnOverflow->setObjectName(QStringLiteral("abortOnOverflow"));
    for (int v : { -1, 0, 1 })
        m_abortOnOverflow->addItem(QString(), v);
    m_accept = new QComboBox(this);
    m_accept->setObjectName(QStringLiteral("accept"));
    for (auto mode : { lab::AcceptMode::Never, lab::AcceptMode::Delay, lab::AcceptMode::Immediate })
        m_accept->addItem(QString(), lab::acceptModeName(mode));
    m_acceptDelay = spinBox(this, 1, 60000, "acceptDelayMs");
    m_timeout = spinBox(this, 1, 600, "clientTimeoutS");
    m_observe = spinBox(this, 1, 3600, "observeS");
    m_hostLoopback = new QCheckBox(this);
    m_hostLoopback->setObjectName(QStringLiteral("hostLoopback"));
    m_twoHosts = new QCheckBox(this);
    m_twoHosts->setObjectName(QStringLiteral("twoHosts"));

    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(m_accept, 1);
    acceptRow->addWidget(m_acceptDelay);
    auto *lateRow = new QHBoxLayout;
    lateRow->addWidget(m_lateClients);
    lateRow->addWidget(m_lateHandshake, 1);

    QList<QPair<QWidget *, QLayout *>> rows = {
        { m_preset, nullptr },        { m_backlog, nullptr },       { m_clients, nullptr },
        { nullptr, lateRow },         { m_somaxconn, nullptr },     { m_maxSynBacklog, nullptr },
        { m_syncookies, nullptr },    { m_abortOnOverflow, nullptr }, { m_synackRetries, nullptr },
        { nullptr, acceptRow },       { m_timeout, nullptr },       { m_observe, nullptr },
        { m_hostLoopback, nullptr },  { m_twoHosts, nullptr },
    };
    for (const auto &row : rows) {
        auto *label = new QLabel(this);
        m_formLabels.append(label);
        if (row.first) {
            label->setBuddy(row.first);
            m_form->addRow(label, row.first);
        } else {
            m_form->addRow(label, row.second);
        }
    }
    m_specBox->setLayout(m_form);

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

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
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

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExperimentPanel::onPresetChosen);
    for (QSpinBox *box : { m_backlog, m_clients, m_lateClients, m_lateHandshake, m_somaxconn, m_maxSynBacklog,
                           m_synackRetries, m_acceptDelay, m_timeout, m_observe })
        connect(box, &QSpinBox::valueChanged, this, &ExperimentPanel::onFieldEdited);
    for (QComboBox *box : { m_syncookies, m_abortOnOverflow, m_accept })
        connect(box, &QComboBox::currentIndexChanged, this, &ExperimentPanel::onFieldEdited);
    connect(m_hostLoopback, &QCheckBox::toggled, this, &ExperimentPanel::onFieldEdited);
    connect(m_twoHosts, &QCheckBox::toggled, this, &ExperimentPanel::onFieldEdited);
    connect(m_runButton, &QPushButton::clicked, this, &ExperimentPanel::run);
    connect(m_stopButton, &QPushButton::clicked, this, &ExperimentPanel::stop);
    connect(m_copyButton, &QPushButton::clicked, this, &ExperimentPanel::copyResult);
    connect(m_saveButton, &QPushButton::clicked, this, &ExperimentPanel::saveResultCsv);
    auto *stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopKey, &QShortcut::activated, this, &ExperimentPanel::stop);
}

void ExperimentPanel::retranslate()
{
    m_specBox->setTitle(tr("Experiment"));
    const char *labels[] = {
        QT_TR_NOOP("&Preset:"),        QT_TR_NOOP("&Backlog:"),          QT_TR_NOOP("&Clients:"),
        QT_TR_NOOP("Late clients:"),   QT_TR_NOOP("&somaxconn:"),        QT_TR_NOOP("tcp_&max_syn_backlog:"),
        QT_TR_NOOP("tcp_sync&ookies:"), QT_TR_NOOP("tcp_&abort_on_overflow:"), QT_TR_NOOP("tcp_synack_&retries:"),
        QT_TR_NOOP("Accept:"),         QT_TR_NOOP("Client &timeout:"),   QT_TR_NOOP("&Observe:"),
        QT_TR_NOOP("&Host loopback:"), QT_TR_NOOP("T&wo hosts:"),
    };
    for (qsizetype i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(tr(labels[i]));

    for (int i = 0; i < m_preset->count(); ++i) {
        const QString name = m_preset->itemData(i).toString();
        if (const char *title = lab::ExperimentSpec::presetTitleSource(name))
            m_preset->setItemText(i, QCoreApplication::translate("tcplab::lab::Presets", title));
        else
            m_preset->setItemText(i, tr("Custom"));
    }
    for (QSpinBox *box : { m_somaxconn, m_maxSynBacklog, m_synackRetries })
        box->setSpecialValueText(tr("namespace default"));
    m_lateHandshake->setSpecialValueText(tr("never (a SYN flood)"));
    m_lateHandshake->setSuffix(tr(" ms"));
    m_lateHandshake->setToolTip(tr("When the late clients start to see the server's SYN-ACK and complete their handshakes"));
    m_lateClients->setToolTip(tr("Half-open clients started before the others; they ignore the SYN-ACK for a while"));
    m_acceptDelay->setSuffix(tr(" ms"));
    m_timeout->setSuffix(tr(" s"));
    m_observe->setSuffix(tr(" s"));
    m_syncookies->setItemText(0, tr("namespace default"));
    m_syncookies->setItemText(1, tr("0: off"));
    m_syncookies->setItemText(2, tr("1: when the SYN queue is full"));
    m_syncookies->setItemText(3, tr("2: always"));
    m_abortOnOverflow->setItemText(0, tr("namespace default"));
    m_abortOnOverflow->setItemText(1, tr("0: ignore the final ACK"));
    m_abortOnOverflow->setItemText(2, tr("1: reset the connection"));
    m_accept->setItemText(0, tr("never"));
    m_accept->setItemText(1, tr("one every"));
    m_accept->setItemText(2, tr("at once"));
    m_hostLoopback->setText(tr("this host's settings, no sandbox"));
    m_twoHosts->setText(tr("server and clients on two hosts joined by a link"));
    m_twoHosts->setToolTip(tr("As in the lab log, where the server and the client were two machines: each host's "
                              "socket states and counters are read apart (sandbox only)"));
    m_runButton->setText(tr("&Run"));
    m_runButton->setToolTip(tr("Run the experiment (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
    m_stopButton->setText(tr("&Stop"));
    m_stopButton->setToolTip(tr("Stop the run (Esc)"));
    m_copyButton->setText(tr("Cop&y Result"));
    m_saveButton->setText(tr("Save Result as &CSV…"));
    m_table->setHorizontalHeaderLabels({ tr("Figure"), tr("Expected"), tr("Measured"), tr("Match") });
    m_timelineChart->setTitle(tr("During the run"));
    m_timeAxis->setTitleText(tr("seconds since the clients started"));
    m_countAxis->setTitleText(tr("sockets"));
    for (qsizetype i = 0; i < m_timelineSeries.size(); ++i)
        m_timelineSeries[i]->setName(tr(kTimelineLines[i].title));
    if (!isRunning() && !m_result)
        m_phase->setText(tr("Choose a preset or set the fields, then run. The run takes place in a private "
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
    lab::ExperimentSpec s;
    s.preset = m_preset->currentData().toString();
    s.backlog = m_backlog->value();
    s.clients = m_clients->value();
    s.lateClients = m_lateClients->value();
    s.lateHandshakeMs = m_lateHandshake->value();
    s.kernel.somaxconn = m_somaxconn->value();
    s.kernel.maxSynBacklog = m_maxSynBacklog->value();
    s.kernel.synackRetries = m_synackRetries->value();
    s.kernel.syncookies = m_syncookies->currentData().toInt();
    s.kernel.abortOnOverflow = m_abortOnOverflow->currentData().toInt();
    s.accept = lab::acceptModeFromName(m_accept->currentData().toString()).value_or(lab::AcceptMode::Never);
    s.acceptDelayMs = m_acceptDelay->value();
    s.clientTimeoutS = m_timeout->value();
    s.observeS = m_observe->value();
    s.hostLoopback = m_hostLoopback->isChecked();
    s.twoHosts = m_twoHosts->isChecked() && !s.hostLoopback;
    return s;
}

void ExperimentPanel::setSpec(const lab::ExperimentSpec &s)
{
    m_updatingFields = true;
    const int presetIndex = m_preset->findData(s.preset);
    m_preset->setCurrentIndex(presetIndex >= 0 ? presetIndex : m_preset->count() - 1);
    m_backlog->setValue(s.backlog);
    m_clients->setValue(s.clients);
    m_lateClients->setValue(s.lateClients);
    m_lateHandshake->setValue(s.lateHandshakeMs);
    m_somaxconn->setValue(s.kernel.somaxconn);
    m_maxSynBacklog->setValue(s.kernel.maxSynBacklog);
    m_synackRetries->setValue(s.kernel.synackRetries);
    m_syncookies->setCurrentIndex(qMax(0, m_syncookies->findData(s.kernel.syncookies)));
    m_abortOnOverflow->setCurrentIndex(qMax(0, m_abortOnOverflow->findData(s.kernel.abortOnOverflow)));
    m_accept->setCurrentIndex(qMax(0, m_accept->findData(lab::acceptModeName(s.accept))));
    m_acceptDelay->setValue(s.acceptDelayMs);
    m_timeout->setValue(s.clientTimeoutS);
    m_observe->setValue(s.observeS);
    m_hostLoopback->setChecked(s.hostLoopback);
    m_twoHosts->setChecked(s.twoHosts);
    m_updatingFields = false;
    onFieldEdited();
}

bool ExperimentPanel::selectPreset(const QString &name)
{
    auto preset = lab::ExperimentSpec::findPreset(name);
    if (!preset)
        return false;
    preset->twoHosts = m_twoHosts->isChecked() && !m_hostLoopback->isChecked(); // a preset says what, not where
    setSpec(*preset);
    return true;
}

void ExperimentPanel::onPresetChosen()
{
    if (m_updatingFields)
        return;
    const QString name = m_preset->currentData().toString();
    if (!name.isEmpty())
        selectPreset(name);
}

void ExperimentPanel::onFieldEdited()
{
    m_acceptDelay->setEnabled(m_accept->currentData().toString() == QLatin1String("delay"));
    m_lateHandshake->setEnabled(m_lateClients->value() > 0);
    const bool sandbox = !m_hostLoopback->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> { m_somaxconn, m_maxSynBacklog, m_synackRetries, m_syncookies,
                                                          m_abortOnOverflow })
        w->setEnabled(sandbox);
    m_twoHosts->setEnabled(sandbox);
    if (m_updatingFields)
        return;
    // A field that no longer matches the chosen preset makes the spec a custom one.
    const QString name = m_preset->currentData().toString();
    if (!name.isEmpty()) {
        const auto preset = lab::ExperimentSpec::findPreset(name);
        lab::ExperimentSpec now = spec();
        now.preset = name;
        now.twoHosts = preset ? preset->twoHosts : now.twoHosts; // where it runs, not what
        if (preset && now.toJson() != preset->toJson()) {
            m_updatingFields = true;
            m_preset->setCurrentIndex(m_preset->count() - 1);
            m_updatingFields = false;
        }
    }
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
    m_table->setRowCount(0);
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
    const int observe = qMax(1, m_observe ? m_observe->value() : 5);
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
    m_phase->setText(tr("%1 — %2 s of about %3 s")
                         .arg(phase)
                         .arg(double(elapsedMs) / 1000, 0, 'f', 1)
                         .arg(double(totalMs) / 1000, 0, 'f', 0));
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
    const auto comparisons = m_result->comparisons();
    m_table->setRowCount(int(comparisons.size()));
    const QColor bad = palette().color(QPalette::Base).lightnessF() > 0.5 ? QColor(0xff, 0xcd, 0xd2) : QColor(0x7f, 0x1d, 0x1d);
    int row = 0;
    for (const lab::Comparison &c : comparisons) {
        QString group = c.group;
        if (c.group == QLatin1String("server.states"))
            group = tr("server");
        else if (c.group == QLatin1String("client.states"))
            group = tr("client");
        else if (c.group == QLatin1String("client.outcomes"))
            group = tr("clients");
        else if (c.group == QLatin1String("counters_delta"))
            group = tr("counter change");
        auto *name = new QTableWidgetItem(group + QLatin1String(": ") + c.key);
        auto *expected = new QTableWidgetItem(c.expected.toString());
        auto *measured = new QTableWidgetItem(QString::number(c.measured));
        auto *match = new QTableWidgetItem(c.matches() ? tr("yes") : tr("no"));
        for (auto *item : { expected, measured, match })
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!c.matches()) {
            for (auto *item : { name, expected, measured, match }) {
                item->setBackground(bad);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, expected);
        m_table->setItem(row, 2, measured);
        m_table->setItem(row, 3, match);
        ++row;
    }
    if (m_result->twoHosts) {
        // Each host's own books, one under the other: who counted the overflows, who resent SYNs.
        const QStringList counters { QStringLiteral("TcpExt.ListenOverflows"), QStringLiteral("TcpExt.ListenDrops"),
                                     QStringLiteral("TcpExt.TCPSynRetrans"), QStringLiteral("Tcp.RetransSegs") };
        m_table->setRowCount(row + 2 * int(counters.size()));
        for (const bool server : { true, false }) {
            for (const QString &counter : counters) {
                const QMap<QString, qint64> &deltas = server ? m_result->countersDelta : m_result->clientCountersDelta;
                const QString host = server ? tr("server host %1").arg(m_result->serverAddress)
                                            : tr("client host %1").arg(m_result->clientAddress);
                auto *name = new QTableWidgetItem(host + QLatin1String(": ") + counter);
                auto *measured = new QTableWidgetItem(QString::number(deltas.value(counter)));
                measured->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, 0, name);
                m_table->setItem(row, 1, new QTableWidgetItem(QString()));
                m_table->setItem(row, 2, measured);
                m_table->setItem(row, 3, new QTableWidgetItem(QString()));
                ++row;
            }
        }
    }
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
    if (!m_result)
        return QString();
    QString csv = QStringLiteral("group,figure,expected_min,expected_max,measured,matches\n");
    for (const lab::Comparison &c : m_result->comparisons()) {
        csv += csvField(c.group) + QLatin1Char(',') + csvField(c.key) + QLatin1Char(',') + QString::number(c.expected.low)
            + QLatin1Char(',') + QString::number(c.expected.high) + QLatin1Char(',') + QString::number(c.measured)
            + QLatin1Char(',') + (c.matches() ? QLatin1String("yes") : QLatin1String("no")) + QLatin1Char('\n');
    }
    return csv;
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Result"),
                                                      folder + QLatin1String("/experiment.csv"), tr("CSV files (*.csv)"));
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
