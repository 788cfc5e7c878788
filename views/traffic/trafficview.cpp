// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview.h"

#include "monitor/monitorchart.h"
#include "monitor/monitorview.h"
#include "series/monitorsession.h"
#include "sources/localcountersource.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace tcplab
{

namespace
{

// A word-wrapped label whose size hint is the height its text needs at its present width: a form
// row that spans both columns asks for the size hint, and QLabel's own guesses a width, which
// leaves a longer (e.g. Japanese) text cut off or a short one floating in space.
class WrappedLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize sizeHint() const override
    {
        const QSize hint = QLabel::sizeHint();
        return width() > 0 ? QSize(hint.width(), heightForWidth(width())) : hint;
    }
    QSize minimumSizeHint() const override
    {
        return QSize(QLabel::minimumSizeHint().width(), sizeHint().height());
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (heightForWidth(width()) != height())
            updateGeometry();
    }
};

} // namespace

namespace
{

constexpr int kSampleIntervalMs = 250;

const char *const kRowNames[TrafficView::RowCount] = {
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Packets/s in"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Packets/s out"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Bytes/packet in"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Bytes/packet out"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Mbit/s in"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Mbit/s out"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Mbit/s in on the wire"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Mbit/s out on the wire"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Throughput in (80 % rule)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Throughput out (80 % rule)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Retransmitted segments"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Input errors (0.025 % rule)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Output errors (0.025 % rule)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "CPU user (whole machine)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "CPU system (whole machine)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "CPU softirq (whole machine)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "CPU idle (whole machine)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Connections opened (ActiveOpens)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Connections accepted (PassiveOpens)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Segments sent again (RetransSegs)"),
    QT_TRANSLATE_NOOP("tcplab::TrafficView", "Sockets in TIME_WAIT"),
};

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setObjectName(QLatin1String(name));
    box->setAccelerated(true);
    return box;
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

QString percent(double share, int decimals)
{
    return QString::number(share * 100, 'f', decimals) + QLatin1String(" %");
}

std::optional<double> mbps(const lab::TrafficHost &host, bool in)
{
    if (host.figures.seconds <= 0)
        return std::nullopt;
    return double(in ? host.link.rxBytes : host.link.txBytes) * 8 / host.figures.seconds / 1e6;
}

// The checklist view's colours for a verdict, for light and dark palettes.
QColor verdictColour(checklist::Verdict verdict, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (verdict) {
    case checklist::Verdict::Ok:
        return dark ? QColor(0x6f, 0xdc, 0x8c) : QColor(0x1b, 0x7f, 0x3b);
    case checklist::Verdict::LookCloser:
        return dark ? QColor(0xff, 0xc0, 0x62) : QColor(0xa8, 0x64, 0x00);
    case checklist::Verdict::Problem:
        return dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xc0, 0x27, 0x2d);
    case checklist::Verdict::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

bool isRunKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_R && (event->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

} // namespace

TrafficView::TrafficView(QWidget *parent)
    : QWidget(parent)
    , m_runner(new lab::TrafficRunner(this))
    , m_serverSession(new MonitorSession(this))
    , m_clientSession(new MonitorSession(this))
{
    setObjectName(QStringLiteral("trafficView"));
    buildForm();
    setSpec(lab::TrafficSpec{QStringLiteral("put-then-get")});
    retranslate();

    connect(m_runner, &lab::TrafficRunner::hostsReady, this, &TrafficView::onHostsReady);
    connect(m_runner, &lab::TrafficRunner::hostsClosing, this, &TrafficView::onHostsClosing);
    connect(m_runner, &lab::TrafficRunner::phaseStarted, this, [this](const QString &phase, int index, int count) {
        QString what;
        if (phase == QLatin1String("put"))
            what = tr("the client host sends, the server host receives and acknowledges");
        else if (phase == QLatin1String("get"))
            what = tr("the server host sends, the client host receives and acknowledges");
        else if (const char *description = lab::TrafficSpec::patternDescription(phase))
            what = QCoreApplication::translate("tcplab::lab::TrafficSpec", description);
        m_phase->setText(tr("Phase %1 of %2: %3 — %4").arg(index + 1).arg(count).arg(phase, what));
    });
    connect(m_runner, &lab::TrafficRunner::progress, this, &TrafficView::onProgress);
    connect(m_runner, &lab::TrafficRunner::finished, this, &TrafficView::onFinished);
    connect(m_runner, &lab::TrafficRunner::failed, this, &TrafficView::onFailed);
}

TrafficView::~TrafficView()
{
    // The runner's sandbox ends with it; stop first so that nothing reports into a half-gone view.
    m_runner->disconnect(this);
    if (m_runner->isRunning())
        m_runner->stop();
}

void TrafficView::setBinDirectory(const QString &directory)
{
    m_runner->setBinDirectory(directory);
}

void TrafficView::buildForm()
{
    buildSpecBox();
    QWidget *left = buildControls();
    buildHostCharts();
    buildResultTable();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(left, 0);
    layout->addWidget(m_split, 1);

    connectFields();
}

// The spec's fields: the pattern, the link and the load.
void TrafficView::buildSpecBox()
{
    m_specBox = new QGroupBox(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_pattern = new QComboBox(this);
    m_pattern->setObjectName(QStringLiteral("pattern"));
    for (const QString &pattern : lab::TrafficSpec::patterns())
        m_pattern->addItem(pattern, pattern);
    m_patternDescription = new QLabel(this);
    m_patternDescription->setObjectName(QStringLiteral("patternDescription"));
    m_patternDescription->setWordWrap(true);
    m_patternDescription->setForegroundRole(QPalette::PlaceholderText);
    auto *patternColumn = new QVBoxLayout;
    patternColumn->setSpacing(2);
    patternColumn->addWidget(m_pattern);
    patternColumn->addWidget(m_patternDescription);

    m_rate = new QComboBox(this);
    m_rate->setObjectName(QStringLiteral("rate"));
    for (const QString &rate : lab::TrafficSpec::rates())
        m_rate->addItem(QString(), rate);
    m_mtu = spinBox(this, 576, 9000, "mtu");
    m_queue = spinBox(this, 0, 1 << 30, "queueBytes");
    m_queue->setSingleStep(1500);
    m_duration = spinBox(this, 1, 600, "durationS");
    m_size = spinBox(this, 1, 16 << 20, "size");
    m_size->setSingleStep(100);
    m_concurrency = spinBox(this, 1, 1000, "concurrency");
    m_linkNote = new WrappedLabel(this);
    m_linkNote->setObjectName(QStringLiteral("linkNote"));
    m_linkNote->setWordWrap(true);
    m_linkNote->setFrameShape(QFrame::StyledPanel);
    m_linkNote->setMargin(4);

    struct FormRow {
        QWidget *widget;
        QLayout *layout;
    };
    const FormRow rows[] = {
        {nullptr, patternColumn},
        {m_rate, nullptr},
        {m_mtu, nullptr},
        {m_queue, nullptr},
        {m_duration, nullptr},
        {m_size, nullptr},
        {m_concurrency, nullptr},
    };
    for (const FormRow &row : rows) {
        auto *label = new QLabel(this);
        m_formLabels.append(label);
        if (row.widget) {
            label->setBuddy(row.widget);
            m_form->addRow(label, row.widget);
        } else {
            label->setBuddy(m_pattern);
            m_form->addRow(label, row.layout);
        }
    }
    // The note belongs to the link's settings: right below the queue, before the load's fields.
    m_form->insertRow(4, m_linkNote);
    m_specBox->setLayout(m_form);
}

// Run and Stop, the progress, the problems and the explanation, above one another.
QWidget *TrafficView::buildControls()
{
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("phase"));
    m_phase->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->hide();
    // What the result means, under the settings that made it.
    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_specBox);
    left->addLayout(buttons);
    left->addWidget(m_progress);
    left->addWidget(m_phase);
    left->addWidget(m_problems);
    left->addWidget(m_explanation, 1);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    // Wide enough for the note and the descriptions to read as sentences, narrow enough to leave
    // the charts most of the room.
    leftWidget->setFixedWidth(fontMetrics().averageCharWidth() * 48);
    return leftWidget;
}

void TrafficView::buildHostCharts()
{
    // One monitor per host. Their charts are shorter than the Monitor tab's: the four stacked
    // charts share the height with the result table.
    const auto hostColumn = [this](MonitorSession *session, MonitorView **view, QLabel **title, const char *name) {
        auto *column = new QWidget(this);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        *title = new QLabel(column);
        QFont bold = (*title)->font();
        bold.setBold(true);
        (*title)->setFont(bold);
        *view = new MonitorView(session, column);
        (*view)->setObjectName(QLatin1String(name));
        for (int i = 0; i < (*view)->chartCount(); ++i)
            (*view)->chart(i)->setMinimumHeight(fontMetrics().height() * 8);
        // The packets chart, the one the 2004 guide's figure shows, is the tallest.
        for (int i = 0; i < (*view)->chartCount(); ++i)
            (*view)->setChartStretch(i, i == MonitorView::PacketsChart ? 5 : 4);
        layout->addWidget(*title);
        layout->addWidget(*view, 1);
        return column;
    };
    m_hostSplit = new QSplitter(Qt::Horizontal, this);
    m_hostSplit->setObjectName(QStringLiteral("hostSplit"));
    m_hostSplit->addWidget(hostColumn(m_serverSession, &m_serverMonitor, &m_serverTitle, "serverMonitor"));
    m_hostSplit->addWidget(hostColumn(m_clientSession, &m_clientMonitor, &m_clientTitle, "clientMonitor"));
    m_hostSplit->setChildrenCollapsible(false);
    m_hostSplit->setStretchFactor(0, 1);
    m_hostSplit->setStretchFactor(1, 1);
}

// The table of figures under the charts.
void TrafficView::buildResultTable()
{
    m_table = new QTableWidget(RowCount, 0, this);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(fontMetrics().height() * 8);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("trafficSplit"));
    m_split->addWidget(m_hostSplit);
    m_split->addWidget(m_table);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    // The charts first; below them the table shows its first rows (packets to the verdicts) and
    // scrolls for the rest. Scaled to the height.
    m_split->setSizes({720, 230});
}

void TrafficView::connectFields()
{
    connect(m_pattern, &QComboBox::currentIndexChanged, this, &TrafficView::onFieldEdited);
    connect(m_rate, &QComboBox::currentIndexChanged, this, &TrafficView::onFieldEdited);
    for (QSpinBox *box : {m_mtu, m_queue, m_duration, m_size, m_concurrency})
        connect(box, &QSpinBox::valueChanged, this, &TrafficView::onFieldEdited);
    connect(m_runButton, &QPushButton::clicked, this, &TrafficView::run);
    connect(m_stopButton, &QPushButton::clicked, this, &TrafficView::stop);
    auto *stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopKey, &QShortcut::activated, this, &TrafficView::stop);
}

void TrafficView::retranslate()
{
    m_specBox->setTitle(tr("Traffic between two hosts"));
    const char *labels[] = {
        QT_TR_NOOP("&Pattern:"),
        QT_TR_NOOP("Link &rate:"),
        QT_TR_NOOP("&MTU:"),
        QT_TR_NOOP("Link &queue:"),
        QT_TR_NOOP("Seconds per p&hase:"),
        QT_TR_NOOP("Message si&ze:"),
        QT_TR_NOOP("C&onnections:"),
    };
    for (qsizetype i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(tr(labels[i]));
    for (int i = 0; i < m_pattern->count(); ++i) {
        const char *description = lab::TrafficSpec::patternDescription(m_pattern->itemData(i).toString());
        m_pattern->setItemData(i, description ? QCoreApplication::translate("tcplab::lab::TrafficSpec", description) : QString(), Qt::ToolTipRole);
    }
    const char *rateNames[] = {QT_TR_NOOP("10 Mbit/s"), QT_TR_NOOP("100 Mbit/s"), QT_TR_NOOP("1 Gbit/s"), QT_TR_NOOP("unlimited")};
    for (int i = 0; i < m_rate->count() && i < int(std::size(rateNames)); ++i)
        m_rate->setItemText(i, tr(rateNames[i]));
    m_rate->setToolTip(tr("The link's rate in each direction (a token bucket filter on both ends of the veth pair)"));
    m_mtu->setSuffix(tr(" bytes"));
    m_mtu->setToolTip(tr("The link's MTU: the largest IP packet; a frame adds the 14-byte Ethernet header"));
    m_queue->setSuffix(tr(" bytes"));
    m_queue->setSpecialValueText(tr("20 ms at the rate"));
    m_queue->setToolTip(tr("How many bytes the link's queue holds before it drops"));
    m_duration->setSuffix(tr(" s"));
    m_size->setSuffix(tr(" bytes"));
    m_size->setToolTip(tr("Request and response: bytes each way per transaction"));
    m_concurrency->setToolTip(tr("Request and response, churn: connections at once"));
    m_linkNote->setText(
        tr("This machine's kernel has no netem, so the lab emulates no delay and no random loss. "
           "Congestion comes from a small queue in a router between the two hosts, and only in the "
           "congested pattern."));
    m_runButton->setText(tr("&Run"));
    m_runButton->setToolTip(
        tr("Run the traffic (%1 while this panel has the focus)").arg(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
    m_stopButton->setText(tr("&Stop"));
    m_stopButton->setToolTip(tr("Stop the run (Esc)"));
    m_explanation->setPlaceholderText(tr("After a run, what its figures mean."));
    if (!isRunning() && !m_result && !m_stopped)
        m_phase->setText(
            tr("Choose a pattern and the link, then run. Both hosts are private network namespaces "
               "of this machine joined by a veth pair: nothing on this host changes."));
    if (!isRunning())
        showFinishedStatus();
    onFieldEdited();
    updateHostTitles();
    showResult();
}

void TrafficView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// The outcome of the last run in the status lines, in the current language.
void TrafficView::showFinishedStatus()
{
    if (m_stopped) {
        m_progress->setFormat(tr("Stopped"));
        m_phase->setText(tr("The run did not finish."));
        return;
    }
    if (!m_result)
        return;
    m_progress->setFormat(tr("Finished"));
    double seconds = 0;
    for (const lab::TrafficPhase &phase : m_result->phases)
        seconds += phase.seconds;
    m_phase->setText(tr("Finished: %n phase(s) measured over %1 s.", nullptr, int(m_result->phases.size())).arg(seconds, 0, 'f', 1));
}

bool TrafficView::event(QEvent *event)
{
    // Ctrl+R while the focus is in this panel runs the traffic, ahead of any window-wide shortcut
    // with the same keys.
    if (event->type() == QEvent::ShortcutOverride && isRunKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void TrafficView::keyPressEvent(QKeyEvent *event)
{
    if (isRunKey(event)) {
        event->accept();
        run();
        return;
    }
    QWidget::keyPressEvent(event);
}

lab::TrafficSpec TrafficView::spec() const
{
    lab::TrafficSpec s;
    s.pattern = m_pattern->currentData().toString();
    s.rate = m_rate->currentData().toString();
    s.mtu = m_mtu->value();
    s.queueBytes = m_queue->value();
    s.durationS = m_duration->value();
    s.size = m_size->value();
    s.concurrency = m_concurrency->value();
    return s;
}

void TrafficView::setSpec(const lab::TrafficSpec &s)
{
    m_pattern->setCurrentIndex(qMax(0, m_pattern->findData(s.pattern)));
    m_rate->setCurrentIndex(qMax(0, m_rate->findData(s.rate)));
    m_mtu->setValue(s.mtu);
    m_queue->setValue(int(qBound(qint64(0), s.queueBytes, qint64(1) << 30)));
    m_duration->setValue(int(s.durationS));
    m_size->setValue(s.size);
    m_concurrency->setValue(s.concurrency);
    onFieldEdited();
}

void TrafficView::onFieldEdited()
{
    const QString pattern = m_pattern->currentData().toString();
    const char *description = lab::TrafficSpec::patternDescription(pattern);
    m_patternDescription->setText(description ? QCoreApplication::translate("tcplab::lab::TrafficSpec", description) : QString());
    m_pattern->setToolTip(m_patternDescription->text());
    const bool connections = pattern == QLatin1String("rr") || pattern == QLatin1String("churn");
    m_size->setEnabled(connections);
    m_concurrency->setEnabled(connections);
    if (isRunning())
        return;
    const QStringList problems = spec().validate();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_runButton->setEnabled(problems.isEmpty());
}

bool TrafficView::isRunning() const
{
    return m_runner->isRunning();
}

void TrafficView::run()
{
    if (isRunning())
        return;
    const lab::TrafficSpec s = spec();
    const QStringList problems = s.validate();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        Q_EMIT runFailed(problems.join(QLatin1Char('\n')));
        return;
    }
    m_problems->hide();
    m_result.reset();
    m_stopped = false;
    m_serverAddress.clear();
    m_clientAddress.clear();
    updateHostTitles();
    showResult();
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    setRunning(true);
    if (!m_runner->start(s))
        return; // failed() follows
    Q_EMIT runStarted();
}

void TrafficView::stop()
{
    if (isRunning())
        m_runner->stop();
}

void TrafficView::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_specBox->setEnabled(!running);
}

void TrafficView::onHostsReady(qint64 serverPid, qint64 clientPid)
{
    m_serverAddress = m_runner->serverAddress();
    m_clientAddress = m_runner->clientAddress();
    updateHostTitles();
    const auto watch = [this](MonitorSession *session, qint64 pid, const QString &name) {
        auto source = std::make_unique<LocalCounterSource>(QStringLiteral("/proc/%1/net").arg(pid));
        source->setDisplayName(name);
        // A new run starts new charts: setSource() clears the previous run's history.
        session->setSource(std::move(source));
        // The runner takes each host's socket census itself; a census from here would be this
        // process's own network namespace, not the host's.
        session->setCensusProvider([](sockets::Census *census) {
            census->error = tr("no socket census for a lab host");
            return false;
        });
        session->setIntervalMs(kSampleIntervalMs);
        session->start();
    };
    watch(m_serverSession, serverPid, tr("server host"));
    watch(m_clientSession, clientPid, tr("client host"));
    m_serverMonitor->followLive();
    m_clientMonitor->followLive();
}

void TrafficView::onHostsClosing()
{
    stopSampling();
}

void TrafficView::stopSampling()
{
    // The hosts' /proc/<pid> go away with the run; what was sampled stays drawn.
    for (MonitorSession *session : {m_serverSession, m_clientSession}) {
        if (session->isRunning())
            session->setPaused(true);
    }
}

void TrafficView::updateHostTitles()
{
    m_serverTitle->setText(m_serverAddress.isEmpty() ? tr("Server host") : tr("Server host (%1)").arg(m_serverAddress));
    m_clientTitle->setText(m_clientAddress.isEmpty() ? tr("Client host") : tr("Client host (%1)").arg(m_clientAddress));
}

void TrafficView::onProgress(double elapsedS, double totalS, const QString &text)
{
    if (totalS > 0)
        m_progress->setValue(int(qBound(0.0, elapsedS * 1000 / totalS, 1000.0)));
    m_progress->setFormat(text);
}

void TrafficView::onFinished(const lab::TrafficResult &result)
{
    stopSampling();
    setRunning(false);
    m_progress->setValue(1000);
    m_result = result;
    m_stopped = false;
    m_serverAddress = result.serverAddress;
    m_clientAddress = result.clientAddress;
    updateHostTitles();
    showResult();
    showFinishedStatus();
    Q_EMIT runFinished(result);
}

void TrafficView::onFailed(const QString &message)
{
    stopSampling();
    setRunning(false);
    onFieldEdited();
    m_stopped = true;
    showFinishedStatus();
    m_problems->setText(message);
    m_problems->show();
    Q_EMIT runFailed(message);
}

void TrafficView::showResult()
{
    QStringList rowNames;
    for (const char *name : kRowNames)
        rowNames.append(tr(name));
    m_table->setVerticalHeaderLabels(rowNames);
    m_table->verticalHeaderItem(MbpsWireIn)
        ->setToolTip(tr("The interface's bytes plus 24 bytes a frame that Linux does not count: preamble, "
                        "frame check sequence and the gap between frames"));
    m_table->verticalHeaderItem(MbpsWireOut)->setToolTip(m_table->verticalHeaderItem(MbpsWireIn)->toolTip());
    for (int row : {int(ThroughputInVerdict), int(ThroughputOutVerdict)})
        m_table->verticalHeaderItem(row)->setToolTip(
            tr("On the wire against the link's rate: about 80 % of a full-duplex link is the practical limit "
               "(the 2004 guide's Table 4)"));
    for (int row : {int(CpuUser), int(CpuSystem), int(CpuSoftirq), int(CpuIdle)})
        m_table->verticalHeaderItem(row)->setToolTip(
            tr("Both hosts are network namespaces of this machine's one kernel: they share its CPUs, so "
               "these shares are the whole machine's"));

    if (!m_result) {
        m_table->setColumnCount(0);
        m_explanation->clear();
        return;
    }
    const lab::TrafficResult &r = *m_result;
    const bool limited = r.spec.rateBits() > 0;
    m_table->setColumnCount(int(r.phases.size() * 2));
    int column = 0;
    for (const lab::TrafficPhase &phase : r.phases) {
        for (const lab::TrafficHost *host : {&phase.server, &phase.client}) {
            const bool server = host == &phase.server;
            auto *header = new QTableWidgetItem((server ? tr("%1\nserver host") : tr("%1\nclient host")).arg(phase.name));
            header->setToolTip(server ? tr("Server host %1, phase %2 (%3 s)").arg(r.serverAddress, phase.name).arg(phase.seconds, 0, 'f', 1)
                                      : tr("Client host %1, phase %2 (%3 s)").arg(r.clientAddress, phase.name).arg(phase.seconds, 0, 'f', 1));
            m_table->setHorizontalHeaderItem(column, header);
            const auto &t = host->figures.total;
            const auto cpu = [host](const char *key) {
                const QString name = QLatin1String(key);
                return host->cpu.contains(name) ? percent(host->cpu.value(name), 1) : QStringLiteral("–");
            };
            const auto count = [host](const char *counter) {
                const QString name = QLatin1String(counter);
                return host->tcp.contains(name) ? QString::number(host->tcp.value(name)) : QStringLiteral("–");
            };
            QString cells[RowCount];
            checklist::Verdict verdicts[RowCount];
            std::fill(std::begin(verdicts), std::end(verdicts), checklist::Verdict::Unknown);
            cells[PacketsIn] = number(t.inPacketsPerSecond, 0);
            cells[PacketsOut] = number(t.outPacketsPerSecond, 0);
            cells[BytesPerPacketIn] = number(t.inBytesPerPacket, 0);
            cells[BytesPerPacketOut] = number(t.outBytesPerPacket, 0);
            cells[MbpsIn] = number(mbps(*host, true), 1);
            cells[MbpsOut] = number(mbps(*host, false), 1);
            cells[MbpsWireIn] = number(t.inMbpsWire, 1);
            cells[MbpsWireOut] = number(t.outMbpsWire, 1);
            cells[ThroughputInVerdict] = limited ? checklist::verdictName(host->inThroughput) : QStringLiteral("–");
            cells[ThroughputOutVerdict] = limited ? checklist::verdictName(host->outThroughput) : QStringLiteral("–");
            verdicts[ThroughputInVerdict] = host->inThroughput;
            verdicts[ThroughputOutVerdict] = host->outThroughput;
            cells[Retransmitted] = host->figures.retransmissionRatio ? percent(*host->figures.retransmissionRatio, 2) : QStringLiteral("–");
            verdicts[Retransmitted] = host->figures.retransmissions;
            cells[InErrors] = t.inErrorRatio ? percent(*t.inErrorRatio, 3) : QStringLiteral("–");
            verdicts[InErrors] = t.inErrors;
            cells[OutErrors] = t.outErrorRatio ? percent(*t.outErrorRatio, 3) : QStringLiteral("–");
            verdicts[OutErrors] = t.outErrors;
            cells[CpuUser] = cpu("user");
            cells[CpuSystem] = cpu("system");
            cells[CpuSoftirq] = cpu("softirq");
            cells[CpuIdle] = cpu("idle");
            cells[ActiveOpens] = count("Tcp.ActiveOpens");
            cells[PassiveOpens] = count("Tcp.PassiveOpens");
            cells[RetransSegs] = count("Tcp.RetransSegs");
            cells[TimeWait] = QString::number(host->states.value(QStringLiteral("TIME_WAIT")));
            for (int row = 0; row < RowCount; ++row) {
                auto *item = new QTableWidgetItem(cells[row]);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                const bool verdictRow =
                    row == ThroughputInVerdict || row == ThroughputOutVerdict || row == Retransmitted || row == InErrors || row == OutErrors;
                if (verdictRow && cells[row] != QStringLiteral("–")) {
                    item->setForeground(verdictColour(verdicts[row], palette()));
                    QFont bold = font();
                    bold.setBold(verdicts[row] != checklist::Verdict::Unknown);
                    item->setFont(bold);
                }
                if (row == ThroughputInVerdict || row == ThroughputOutVerdict) {
                    const auto wire = row == ThroughputInVerdict ? t.inMbpsWire : t.outMbpsWire;
                    if (limited && wire)
                        item->setToolTip(tr("%1 Mbit/s on the wire of %2 Mbit/s (%3 % of the link; the limit is "
                                            "about 80 %)")
                                             .arg(*wire, 0, 'f', 1)
                                             .arg(double(r.spec.rateBits()) / 1e6, 0, 'f', 0)
                                             .arg(*wire * 1e6 * 100 / double(r.spec.rateBits()), 0, 'f', 0));
                    else if (!limited)
                        item->setToolTip(tr("An unlimited link has no rate to compare with"));
                }
                m_table->setItem(row, column, item);
            }
            ++column;
        }
    }
    m_explanation->setHtml(explanationHtml());
}

QString TrafficView::explanationHtml() const
{
    if (!m_result)
        return QString();
    const lab::TrafficResult &r = *m_result;
    const auto paragraph = [](const QString &text) -> QString {
        return QLatin1String("<p>") + text.toHtmlEscaped() + QLatin1String("</p>");
    };
    QString html;
    if (const char *description = lab::TrafficSpec::patternDescription(r.spec.pattern))
        html += QLatin1String("<p><b>") + r.spec.pattern.toHtmlEscaped() + QLatin1String("</b>: ")
            + QCoreApplication::translate("tcplab::lab::TrafficSpec", description).toHtmlEscaped() + QLatin1String("</p>");
    const int frame = r.spec.mtu + 14;
    if (r.spec.pattern == QLatin1String("put-then-get") && r.phases.size() == 2) {
        const auto &put = r.phases.at(0).server.figures.total;
        const auto &get = r.phases.at(1).server.figures.total;
        html += paragraph(tr("No frame on this link is longer than the MTU plus the 14-byte Ethernet header: %1 bytes "
                             "here. A bulk transfer sends nearly all its data in frames of that size, and the "
                             "receiving host answers in the opposite direction with small ACK packets (about 66 "
                             "bytes), one for every one or two data segments.")
                              .arg(frame));
        html += paragraph(tr("In the put the client host sends and the server host receives and acknowledges: the "
                             "server host took in %1 packets/s of %2 bytes on average and sent back %3 packets/s. "
                             "In the get the roles are the other way round: the server host sent %4 packets/s of "
                             "%5 bytes and took in %6 ACK packets/s. So in the server host's packets chart, \"in\" "
                             "is high in the first half and \"out\" in the second, as in figure 1 of the 2004 "
                             "guide; the client host's chart is its mirror image.")
                              .arg(number(put.inPacketsPerSecond, 0),
                                   number(put.inBytesPerPacket, 0),
                                   number(put.outPacketsPerSecond, 0),
                                   number(get.outPacketsPerSecond, 0),
                                   number(get.outBytesPerPacket, 0),
                                   number(get.inPacketsPerSecond, 0)));
        html += paragraph(tr("Why the two phases are not exact mirrors: the data are held to the link's rate "
                             "whichever way they go, so the data packets/s come out nearly the same; the ACKs are "
                             "the receiving host's own choice (delayed ACKs, depending on how quickly its program "
                             "reads), so the ACK packets/s may differ: %1 from the server host in the put, %2 from "
                             "the client host in the get. In the guide the measured host took in about 6,000 "
                             "packets/s in the put but sent about 7,600 packets/s in the get: there the other "
                             "machine set the pace of the put and the measured host that of the get.")
                              .arg(number(put.outPacketsPerSecond, 0), number(get.inPacketsPerSecond, 0)));
    } else {
        html += paragraph(tr("No frame on this link is longer than the MTU plus the 14-byte Ethernet header: %1 "
                             "bytes here; the direction that carries the data fills its frames, the other carries "
                             "the ACKs.")
                              .arg(frame));
    }
    if (r.spec.rateBits() > 0) {
        const double link = double(r.spec.rateBits()) / 1e6;
        html += paragraph(tr("Throughput: on a full-duplex link about 80 % of the rate is the practical limit (the "
                             "guide's Table 4), %1 Mbit/s of this %2 Mbit/s link. A direction that reaches it is a "
                             "\"problem\": the link, not the hosts, sets the pace.")
                              .arg(link * checklist::usableShare(checklist::LinkKind::FullDuplex), 0, 'f', 0)
                              .arg(link, 0, 'f', 0));
    }
    html +=
        paragraph(tr("The CPU rows are the whole machine's: both hosts are network namespaces of this one "
                     "kernel and share its CPUs."));
    for (const QString &warning : r.warnings)
        html += QLatin1String("<p><i>") + warning.toHtmlEscaped() + QLatin1String("</i></p>");
    return html;
}

} // namespace tcplab
