// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorview.h"

#include "exportdialog.h"
#include "monitorchart.h"
#include "series/monitorsession.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tcplab
{

namespace
{

// Colour slots of MonitorChart's palette.
enum Colour { Blue, Red, Green, Orange, Purple, Teal };

// The TCP counters of the fourth chart, by their kernel names (which is how netstat -s and nstat
// show them too, so they are not translated).
struct TcpCounter {
    const char *name;
    Colour colour;
};
const TcpCounter kTcpCounters[] = {
    {"TcpExt.ListenOverflows", Red},
    {"TcpExt.ListenDrops", Orange},
    {"Tcp.ActiveOpens", Blue},
    {"Tcp.PassiveOpens", Green},
    {"Tcp.RetransSegs", Purple},
};

const char *const kCpuFields[] = {"user", "system", "iowait", "softirq"};

// "cpu10" after "cpu9".
int cpuNumber(const QString &name, bool *ok)
{
    const int dot = name.indexOf(QLatin1Char('.'));
    return name.mid(3, dot - 3).toInt(ok);
}

} // namespace

MonitorView::MonitorView(MonitorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_interfaces(new QComboBox(this))
    , m_cpus(new QComboBox(this))
    , m_interfaceLabel(new QLabel(this))
    , m_cpuLabel(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_follow(new QPushButton(this))
{
    setObjectName(QStringLiteral("monitorView"));
    m_interfaces->setObjectName(QStringLiteral("monitorInterfaces"));
    m_cpus->setObjectName(QStringLiteral("monitorCpus"));
    m_follow->setObjectName(QStringLiteral("monitorFollow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_interfaces->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cpus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_interfaceLabel->setBuddy(m_interfaces);
    m_cpuLabel->setBuddy(m_cpus);
    m_interfaces->addItem(QString(), QStringLiteral("*"));
    m_cpus->addItem(QString(), -1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_interfaceLabel);
    bar->addWidget(m_interfaces);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_cpuLabel);
    bar->addWidget(m_cpus);
    bar->addStretch(1);
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_follow);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addSpacing(fontMetrics().height() / 3);
    createCharts();
    for (MonitorChart *c : std::as_const(m_charts))
        layout->addWidget(c, 1);

    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(kRedrawIntervalMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &MonitorView::onTick);

    const TimeSeriesStore *store = &m_session->store();
    connect(store, &TimeSeriesStore::appended, this, [this] {
        markDirty(DirtyCharts);
    });
    connect(store, &TimeSeriesStore::seriesAdded, this, [this] {
        markDirty(DirtyLists);
    });
    connect(m_session, &MonitorSession::sampled, this, [this] {
        markDirty(DirtyCharts);
    });

    connect(m_interfaces, &QComboBox::currentIndexChanged, this, [this] {
        updateSeriesSources();
        markDirty(DirtyCharts);
    });
    connect(m_cpus, &QComboBox::currentIndexChanged, this, [this] {
        updateSeriesSources();
        markDirty(DirtyCharts);
    });
    connect(m_follow, &QPushButton::clicked, this, [this](bool checked) {
        if (checked)
            followLive();
        else
            setTimeRange(m_fromMs, m_toMs);
    });

    // One action for the shortcut and the main window's menu, so that the two never compete for
    // the same keys.
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        openExportDialog(-1);
    });

    // Until the first sample, the axes show the span up to now rather than the epoch.
    m_toMs = QDateTime::currentMSecsSinceEpoch();
    m_fromMs = m_toMs - m_spanMs;
    for (MonitorChart *c : std::as_const(m_charts)) {
        c->setTimeRange(m_fromMs, m_toMs);
        c->refresh();
    }

    retranslate();
    updateLists();
    updateSeriesSources();
    markDirty(DirtyCharts);
}

MonitorView::~MonitorView() = default;

void MonitorView::createCharts()
{
    const TimeSeriesStore *store = &m_session->store();
    for (int i = 0; i < ChartCount; ++i) {
        auto *c = new MonitorChart(store, this);
        c->setObjectName(QLatin1String("monitorChart") + QString::number(i));
        c->setMinimumHeight(fontMetrics().height() * 10);
        m_charts.append(c);
    }
    m_charts[PacketsChart]->addSeries(QString(), QString(), 1.0, Blue);
    m_charts[PacketsChart]->addSeries(QString(), QString(), 1.0, Red);
    // Bytes per second to megabits per second.
    m_charts[ThroughputChart]->addSeries(QString(), QString(), 8.0 / 1e6, Blue);
    m_charts[ThroughputChart]->addSeries(QString(), QString(), 8.0 / 1e6, Red);
    const Colour cpuColours[] = {Blue, Red, Orange, Purple};
    for (int f = 0; f < 4; ++f)
        m_charts[CpuChart]->addSeries(QString(), QString(), 1.0, cpuColours[f]);
    m_charts[CpuChart]->setValueCeiling(100);
    for (const TcpCounter &counter : kTcpCounters) {
        const QString name = QLatin1String(counter.name);
        m_charts[TcpChart]->addSeries(name, name.section(QLatin1Char('.'), 1), 1.0, counter.colour);
    }

    for (int i = 0; i < ChartCount; ++i) {
        MonitorChart *c = m_charts.at(i);
        connect(c, &MonitorChart::rangeRequested, this, &MonitorView::setTimeRange);
        connect(c, &MonitorChart::followRequested, this, &MonitorView::followLive);
        connect(c, &MonitorChart::exportRequested, this, [this, i] {
            openExportDialog(i);
        });
        connect(c, &MonitorChart::copyDataRequested, this, [this, i] {
            copyChartData(i);
        });
        connect(c, &MonitorChart::hoverTimeChanged, this, [this, i](qint64 timeMs) {
            // One time under the pointer, shown on every chart.
            m_hoverChart = timeMs >= 0 ? i : -1;
            for (MonitorChart *other : std::as_const(m_charts))
                other->setHoverTime(timeMs);
        });
        connect(c->chart(), &QChart::plotAreaChanged, this, [this] {
            markDirty(DirtyAlignment);
        });
    }
}

void MonitorView::retranslate()
{
    m_interfaceLabel->setText(tr("&Interface:"));
    m_cpuLabel->setText(tr("C&PU:"));
    m_interfaces->setItemText(0, tr("All interfaces"));
    m_cpus->setItemText(0, tr("All CPUs"));
    for (int i = 1; i < m_cpus->count(); ++i)
        m_cpus->setItemText(i, tr("CPU %1").arg(m_cpus->itemData(i).toInt()));
    m_follow->setText(tr("Follow live"));
    m_follow->setToolTip(tr("Show the newest samples as they arrive (Home)"));

    m_charts[PacketsChart]->setTitle(tr("Packets per second"));
    m_charts[PacketsChart]->setValueTitle(tr("packets/s"));
    m_charts[PacketsChart]->setUnit(tr("packets/s"));
    m_charts[ThroughputChart]->setTitle(tr("Throughput"));
    m_charts[ThroughputChart]->setValueTitle(tr("Mbit/s"));
    m_charts[ThroughputChart]->setUnit(tr("Mbit/s"));
    for (int chartIndex : {int(PacketsChart), int(ThroughputChart)}) {
        m_charts[chartIndex]->setSeriesLabel(0, tr("In"));
        m_charts[chartIndex]->setSeriesLabel(1, tr("Out"));
    }
    m_charts[CpuChart]->setTitle(tr("CPU time"));
    m_charts[CpuChart]->setValueTitle(tr("CPU %"));
    m_charts[CpuChart]->setUnit(QStringLiteral("%"));
    m_charts[CpuChart]->setSeriesLabel(0, tr("User"));
    m_charts[CpuChart]->setSeriesLabel(1, tr("System"));
    m_charts[CpuChart]->setSeriesLabel(2, tr("I/O wait"));
    m_charts[CpuChart]->setSeriesLabel(3, tr("Softirq"));
    m_charts[TcpChart]->setTitle(tr("TCP events per second"));
    m_charts[TcpChart]->setValueTitle(tr("events/s"));
    m_charts[TcpChart]->setUnit(tr("events/s"));

    const QString help =
        tr("Drag to zoom into a time range, or use the mouse wheel. Shift+drag, middle-drag or "
           "the arrow keys pan; Home follows the newest samples again. Ctrl+Shift+E exports "
           "the chart.");
    for (MonitorChart *c : std::as_const(m_charts))
        c->setToolTip(help);
    markDirty(DirtyCharts | DirtyAlignment);
}

void MonitorView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        markDirty(DirtyCharts | DirtyAlignment);
}

void MonitorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markDirty(DirtyCharts | DirtyLists | DirtyAlignment);
}

void MonitorView::setChartStretch(int index, int stretch)
{
    if (auto *box = qobject_cast<QBoxLayout *>(layout()); box && index >= 0 && index < m_charts.size())
        box->setStretchFactor(m_charts.at(index), stretch);
}

QString MonitorView::chartTitle(int index) const
{
    return index >= 0 && index < m_charts.size() ? m_charts.at(index)->title() : QString();
}

int MonitorView::currentChart() const
{
    if (m_hoverChart >= 0)
        return m_hoverChart;
    for (int i = 0; i < m_charts.size(); ++i) {
        if (m_charts.at(i)->hasFocus())
            return i;
    }
    return 0;
}

QString MonitorView::interfaceName() const
{
    return m_interfaces->currentData().toString();
}

void MonitorView::setInterfaceName(const QString &name)
{
    updateLists();
    const int index = m_interfaces->findData(name);
    if (index >= 0)
        m_interfaces->setCurrentIndex(index);
}

int MonitorView::cpu() const
{
    return m_cpus->currentData().toInt();
}

void MonitorView::setCpu(int cpuNumberToShow)
{
    updateLists();
    const int index = m_cpus->findData(cpuNumberToShow);
    if (index >= 0)
        m_cpus->setCurrentIndex(index);
}

void MonitorView::setSpanMs(qint64 spanMs)
{
    m_spanMs = qBound(kMinimumSpanMs, spanMs, kMaximumSpanMs);
    if (m_following)
        markDirty(DirtyCharts);
}

void MonitorView::followLive()
{
    setFollowing(true);
    markDirty(DirtyCharts);
}

void MonitorView::setTimeRange(qint64 fromMs, qint64 toMs)
{
    // Never narrower than a second (a click is not a zoom) nor wider than a week.
    constexpr qint64 kWidest = 7LL * 24 * 3600 * 1000;
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    const qint64 middle = fromMs + (toMs - fromMs) / 2;
    const qint64 width = qBound(kNarrowestRangeMs, toMs - fromMs, kWidest);
    m_fromMs = middle - width / 2;
    m_toMs = m_fromMs + width;
    setFollowing(false);
    markDirty(DirtyCharts);
}

void MonitorView::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    updateFollowButton();
    Q_EMIT followingChanged(following);
}

void MonitorView::updateFollowButton()
{
    m_follow->setChecked(m_following);
}

void MonitorView::markDirty(int flags)
{
    m_dirty |= flags;
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void MonitorView::redrawNow()
{
    m_dirty |= DirtyCharts;
    m_redrawTimer.stop();
    redraw();
}

void MonitorView::onTick()
{
    // Hidden (a closed dock): keep the flags for when it shows again.
    if (isVisible())
        redraw();
}

void MonitorView::redraw()
{
    const int dirty = std::exchange(m_dirty, 0);
    if (dirty & DirtyLists)
        updateLists();
    if (dirty & DirtyCharts) {
        if (m_following) {
            const qint64 last = m_session->store().lastTimeMs();
            m_toMs = last > 0 ? last : QDateTime::currentMSecsSinceEpoch();
            m_fromMs = m_toMs - m_spanMs;
            // Until the history fills the span, the charts show what there is, so that a fresh
            // session is not a sliver at the right edge.
            const qint64 first = earliestSample();
            if (first > m_fromMs)
                m_fromMs = qMin(first, m_toMs - kNarrowestRangeMs);
        }
        for (MonitorChart *c : std::as_const(m_charts)) {
            c->setTimeRange(m_fromMs, m_toMs);
            c->refresh();
        }
        const QLocale locale;
        const QString format = m_toMs - m_fromMs > 24 * 3600 * 1000 ? QStringLiteral("MM-dd HH:mm:ss") : QStringLiteral("HH:mm:ss");
        m_rangeLabel->setText(locale.toString(QDateTime::fromMSecsSinceEpoch(m_fromMs), format) + QStringLiteral(" – ")
                              + locale.toString(QDateTime::fromMSecsSinceEpoch(m_toMs), format));
        ++m_redrawCount;
    }
    if (dirty & (DirtyAlignment | DirtyCharts))
        alignPlotAreas();
}

qint64 MonitorView::earliestSample() const
{
    qint64 earliest = -1;
    for (const MonitorChart *c : m_charts) {
        for (int s = 0; s < c->seriesCount(); ++s) {
            const TimeSeries *series = m_session->store().series(c->seriesStoreName(s));
            if (series && !series->isEmpty() && (earliest < 0 || series->firstTime() < earliest))
                earliest = series->firstTime();
        }
    }
    return earliest;
}

void MonitorView::alignPlotAreas()
{
    // The value axes' labels differ in width from chart to chart; pad each chart on the left so
    // that every plot area starts at the same x and one time means one x down the whole stack.
    // The layouts run now rather than at the next event, so the picture never shows them unaligned.
    for (MonitorChart *c : std::as_const(m_charts))
        c->chart()->layout()->activate();
    qreal widest = 0;
    QList<qreal> natural;
    for (MonitorChart *c : std::as_const(m_charts)) {
        const qreal left = c->chart()->plotArea().left() - c->leftPadding();
        natural.append(left);
        widest = qMax(widest, left);
    }
    for (int i = 0; i < m_charts.size(); ++i) {
        const qreal padding = widest - natural.at(i);
        if (std::fabs(padding - m_charts.at(i)->leftPadding()) >= 0.5) {
            m_charts.at(i)->setLeftPadding(padding);
            m_charts.at(i)->chart()->layout()->activate();
        }
    }
}

void MonitorView::updateLists()
{
    QStringList interfaces;
    QList<int> cpus;
    const QStringList names = m_session->store().names();
    const QLatin1String rx(".rx_packets");
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("if.")) && name.endsWith(rx)) {
            const QString interface = name.mid(3, name.size() - 3 - rx.size());
            if (interface != QLatin1String("*"))
                interfaces.append(interface);
        } else if (name.startsWith(QLatin1String("cpu")) && name.endsWith(QLatin1String(".user"))) {
            bool ok = false;
            const int n = cpuNumber(name, &ok);
            if (ok)
                cpus.append(n);
        }
    }
    std::sort(cpus.begin(), cpus.end());
    if (interfaces != m_knownInterfaces) {
        m_knownInterfaces = interfaces;
        const QString current = interfaceName();
        const QSignalBlocker blocker(m_interfaces);
        while (m_interfaces->count() > 1)
            m_interfaces->removeItem(1);
        for (const QString &interface : std::as_const(interfaces))
            m_interfaces->addItem(interface, interface);
        // An interface that went away stays selectable while it is selected: its history is there.
        if (m_interfaces->findData(current) < 0)
            m_interfaces->addItem(current, current);
        m_interfaces->setCurrentIndex(m_interfaces->findData(current));
    }
    if (cpus != m_knownCpus) {
        m_knownCpus = cpus;
        const int current = cpu();
        const QSignalBlocker blocker(m_cpus);
        while (m_cpus->count() > 1)
            m_cpus->removeItem(1);
        for (int n : std::as_const(cpus))
            m_cpus->addItem(tr("CPU %1").arg(n), n);
        if (m_cpus->findData(current) < 0)
            m_cpus->addItem(tr("CPU %1").arg(current), current);
        m_cpus->setCurrentIndex(m_cpus->findData(current));
    }
}

void MonitorView::updateSeriesSources()
{
    const QString interface = QLatin1String("if.") + interfaceName() + QLatin1Char('.');
    m_charts[PacketsChart]->setSeriesStoreName(0, interface + QLatin1String("rx_packets"));
    m_charts[PacketsChart]->setSeriesStoreName(1, interface + QLatin1String("tx_packets"));
    m_charts[ThroughputChart]->setSeriesStoreName(0, interface + QLatin1String("rx_bytes"));
    m_charts[ThroughputChart]->setSeriesStoreName(1, interface + QLatin1String("tx_bytes"));
    const QString cpuPrefix = cpu() < 0 ? QStringLiteral("cpu.") : QLatin1String("cpu") + QString::number(cpu()) + QLatin1Char('.');
    for (int f = 0; f < 4; ++f)
        m_charts[CpuChart]->setSeriesStoreName(f, cpuPrefix + QLatin1String(kCpuFields[f]));
}

QString MonitorView::baseName(int index)
{
    static const char *const names[] = {"packets", "throughput", "cpu", "tcp"};
    const QString when = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QLatin1String("tcplab-") + QLatin1String(names[qBound(0, index, int(ChartCount) - 1)]) + QLatin1Char('-') + when;
}

bool MonitorView::exportChart(int index, ExportFormat format, const QString &path, const QSize &size, int dpi, QString *error)
{
    if (index < 0 || index >= m_charts.size()) {
        if (error)
            *error = tr("There is no chart %1.").arg(index);
        return false;
    }
    redrawNow();
    return ChartExporter::save(m_charts.at(index), format, path, size, dpi, error);
}

QString MonitorView::chartCsv(int index)
{
    if (index < 0 || index >= m_charts.size())
        return QString();
    redrawNow();
    return ChartExporter::csv(*m_charts.at(index));
}

void MonitorView::openExportDialog(int index)
{
    if (index < 0)
        index = currentChart();
    if (index >= m_charts.size())
        return;
    ExportDialog dialog(chartTitle(index), baseName(index), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportChart(index, dialog.format(), dialog.path(), dialog.pixelSize(), dialog.dpi(), &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void MonitorView::copyChartData(int index)
{
    if (index < 0)
        index = currentChart();
    if (index >= m_charts.size())
        return;
    redrawNow();
    ChartExporter::copyCsv(*m_charts.at(index));
}

} // namespace tcplab
