// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywindow.h"

#include "monitor/monitorchart.h"
#include "monitor/monitorview.h"
#include "remote/savedhosts.h"
#include "series/monitorsession.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

namespace tcplab
{

namespace
{

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

QList<qint64> HistoryWindow::spanChoicesMs()
{
    return {15 * kMinute, kHour, 6 * kHour, 24 * kHour, 7 * kDay};
}

QStringList HistoryWindow::parseInstances(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList instances;
    for (const QString &instance : text.split(separators, Qt::SkipEmptyParts)) {
        if (!instances.contains(instance))
            instances.append(instance);
    }
    return instances;
}

HistoryWindow::HistoryWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_server(new QComboBox(this))
    , m_instances(new QLineEdit(this))
    , m_span(new QComboBox(this))
    , m_open(new QPushButton(this))
    , m_serverLabel(new QLabel(this))
    , m_instancesLabel(new QLabel(this))
    , m_spanLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_placeholder(new QLabel(this))
    , m_status(new QLabel(this))
    , m_openAction(new QAction(this))
    , m_history(new remote::PrometheusHistory(this))
{
    setObjectName(QStringLiteral("historyWindow"));
    m_server->setObjectName(QStringLiteral("historyServer"));
    m_instances->setObjectName(QStringLiteral("historyInstances"));
    m_span->setObjectName(QStringLiteral("historySpan"));
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_status->setObjectName(QStringLiteral("historyStatus"));

    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumContentsLength(24);
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const QString &host : remote::SavedHosts::load()) {
        if (host.startsWith(QLatin1String("prom:")))
            m_server->addItem(host.mid(5));
    }
    m_server->setCurrentIndex(m_server->count() > 0 ? 0 : -1);
    m_instances->setClearButtonEnabled(true);
    for (qint64 ms : spanChoicesMs())
        m_span->addItem(spanText(ms), ms);
    m_span->setCurrentIndex(0);
    m_open->setDefault(true);
    m_serverLabel->setBuddy(m_server);
    m_instancesLabel->setBuddy(m_instances);
    m_spanLabel->setBuddy(m_span);

    auto *form = new QHBoxLayout;
    form->addWidget(m_serverLabel);
    form->addWidget(m_server, 2);
    form->addSpacing(fontMetrics().averageCharWidth() * 2);
    form->addWidget(m_instancesLabel);
    form->addWidget(m_instances, 3);
    form->addSpacing(fontMetrics().averageCharWidth() * 2);
    form->addWidget(m_spanLabel);
    form->addWidget(m_span);
    form->addWidget(m_open);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(QStringLiteral("historyColumns"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_status);
    m_splitter->hide();

    // Ctrl+O anywhere in the window; Return in either field. (The button's own shortcut would be
    // replaced by the mnemonic of its text.)
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_openAction);
    connect(m_openAction, &QAction::triggered, this, &HistoryWindow::open);
    connect(m_open, &QPushButton::clicked, this, &HistoryWindow::open);
    connect(m_instances, &QLineEdit::returnPressed, this, &HistoryWindow::open);
    connect(m_server->lineEdit(), &QLineEdit::returnPressed, this, &HistoryWindow::open);
    connect(m_history, &remote::PrometheusHistory::finished, this, &HistoryWindow::onFetched);
    // What was wrong with the input goes once the input changes.
    auto inputEdited = [this] {
        if (!m_inputProblem.isEmpty()) {
            m_inputProblem.clear();
            updateStatus();
        }
    };
    connect(m_server, &QComboBox::editTextChanged, this, inputEdited);
    connect(m_instances, &QLineEdit::textChanged, this, inputEdited);

    resize(1400, 800);
    retranslate();
    updateStatus();
}

HistoryWindow::~HistoryWindow()
{
    m_history->abort();
}

QString HistoryWindow::spanText(qint64 spanMs)
{
    if (spanMs > kDay && spanMs % kDay == 0)
        return tr("%1 days").arg(spanMs / kDay);
    if (spanMs >= kHour && spanMs % kHour == 0)
        return tr("%1 h").arg(spanMs / kHour);
    if (spanMs >= kMinute && spanMs % kMinute == 0)
        return tr("%1 min").arg(spanMs / kMinute);
    return tr("%1 s").arg(QLocale().toString(spanMs / 1000.0));
}

void HistoryWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HistoryWindow::retranslate()
{
    setWindowTitle(tr("Prometheus History"));
    m_serverLabel->setText(tr("&Prometheus:"));
    m_server->setToolTip(
        tr("The Prometheus server that scrapes the node_exporters, e.g. http://host:9090 "
           "(add servers under View ▸ Remote Hosts)"));
    m_server->lineEdit()->setPlaceholderText(tr("http://host:9090"));
    m_instancesLabel->setText(tr("&Instances:"));
    m_instances->setPlaceholderText(tr("host:9100, other-host:9100"));
    m_instances->setToolTip(
        tr("The node_exporter instances to chart side by side, as Prometheus labels them, "
           "separated by commas or spaces"));
    m_spanLabel->setText(tr("&Span:"));
    m_span->setToolTip(tr("How far back to read, up to now"));
    for (int i = 0; i < m_span->count(); ++i)
        m_span->setItemText(i, spanText(m_span->itemData(i).toLongLong()));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Read the history of every instance (Ctrl+O)"));
    m_openAction->setText(tr("Open"));
    m_placeholder->setText(
        tr("Give a Prometheus server and one or more node_exporter instances, then Open: each "
           "instance gets a column of charts, all on the same time range."));
    for (Column &column : m_columns)
        updateColumnTitle(column);
    updateStatus();
}

void HistoryWindow::setServer(const QString &url)
{
    m_server->setEditText(url);
}

QString HistoryWindow::server() const
{
    return m_server->currentText().trimmed();
}

void HistoryWindow::setInstances(const QStringList &instances)
{
    m_instances->setText(instances.join(QLatin1String(", ")));
}

QStringList HistoryWindow::instances() const
{
    return parseInstances(m_instances->text());
}

void HistoryWindow::setSpanMs(qint64 spanMs)
{
    int index = m_span->findData(spanMs);
    if (index < 0) {
        m_span->addItem(spanText(spanMs), spanMs);
        index = m_span->count() - 1;
    }
    m_span->setCurrentIndex(index);
}

qint64 HistoryWindow::spanMs() const
{
    return m_span->currentData().toLongLong();
}

MonitorView *HistoryWindow::view(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).view : nullptr;
}

QString HistoryWindow::columnInstance(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).instance : QString();
}

QString HistoryWindow::columnDetails(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).details : QString();
}

QString HistoryWindow::statusText() const
{
    return m_status->text();
}

bool HistoryWindow::open()
{
    const QUrl url(server());
    const QStringList wanted = instances();
    QString problem = remote::PrometheusHistory::validateUrl(url);
    if (problem.isEmpty() && wanted.isEmpty())
        problem = remote::PrometheusHistory::validateInstance(QString());
    for (const QString &instance : wanted) {
        if (!problem.isEmpty())
            break;
        problem = remote::PrometheusHistory::validateInstance(instance);
        if (!problem.isEmpty())
            problem = tr("%1: %2").arg(instance, problem);
    }
    if (!problem.isEmpty()) {
        m_inputProblem = problem;
        updateStatus();
        return false;
    }

    m_history->abort();
    clearColumns();
    m_inputProblem.clear();
    m_failures.clear();
    m_warnings.clear();
    m_requestServer = url;
    m_queue = wanted;
    m_requestSpanMs = spanMs();
    // One end for every instance, so that the columns show the same range.
    m_requestEndMs = QDateTime::currentMSecsSinceEpoch();
    m_next = 0;
    m_done = false;
    if (!m_loading) {
        m_loading = true;
        setCursor(Qt::BusyCursor);
    }
    fetchNext();
    return true;
}

void HistoryWindow::fetchNext()
{
    updateStatus();
    remote::PrometheusHistoryRequest request;
    request.server = m_requestServer;
    request.instance = m_queue.at(m_next);
    request.spanMs = m_requestSpanMs;
    request.endMs = m_requestEndMs;
    m_history->fetch(request);
}

void HistoryWindow::onFetched(const remote::PrometheusHistoryResult &result)
{
    if (!m_loading || m_next >= m_queue.size())
        return;
    const QString instance = m_queue.at(m_next);
    if (result.ok())
        addColumn(instance, result);
    else
        m_failures.append({instance, result.error});
    for (const QString &warning : result.warnings)
        m_warnings.append(tr("%1: %2").arg(instance, warning));
    ++m_next;
    if (m_next < m_queue.size()) {
        fetchNext();
        return;
    }
    m_loading = false;
    m_done = true;
    unsetCursor();
    updateStatus();
    Q_EMIT loaded();
}

void HistoryWindow::clearColumns()
{
    for (const Column &column : std::as_const(m_columns))
        delete column.widget;
    m_columns.clear();
    m_splitter->hide();
    m_placeholder->show();
}

void HistoryWindow::addColumn(const QString &instance, const remote::PrometheusHistoryResult &result)
{
    Column column;
    column.instance = instance;
    column.startMs = result.startMs;
    column.endMs = result.endMs;
    column.stepMs = result.stepMs;
    for (const CounterSnapshot &snapshot : result.snapshots) {
        if (snapshot.errors.isEmpty())
            ++column.points;
        else
            ++column.gaps;
    }

    column.widget = new QWidget(m_splitter);
    column.widget->setObjectName(QLatin1String("historyColumn") + QString::number(m_columns.size()));
    // One line when the column is wide enough, so that the charts keep the height.
    column.header = new QLabel(column.widget);
    column.header->setObjectName(QStringLiteral("historyColumnHeader"));
    column.header->setTextFormat(Qt::RichText);
    column.header->setWordWrap(true);
    column.header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Never started: the store holds the recorded span and nothing samples into it.
    auto *session = new MonitorSession;
    remote::PrometheusHistory::fillStore(result, &session->store());
    column.view = new MonitorView(session, column.widget);
    // The view uses the session until its charts are gone, which happens in QWidget's destructor;
    // as the view's last child the session goes after them.
    session->setParent(column.view);
    column.view->setSpanMs(result.endMs - result.startMs);
    column.view->setTimeRange(result.startMs, result.endMs);
    // A recorded span has nothing live to follow; Home shows the whole span again instead.
    if (auto *follow = column.view->findChild<QPushButton *>(QStringLiteral("monitorFollow")))
        follow->hide();
    connect(column.view, &MonitorView::followingChanged, this, [this](bool following) {
        if (following)
            showWholeSpan();
    });
    for (int i = 0; i < column.view->chartCount(); ++i)
        connect(column.view->chart(i), &MonitorChart::rangeRequested, this, &HistoryWindow::showRange);

    auto *layout = new QVBoxLayout(column.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(column.header);
    layout->addWidget(column.view, 1);

    m_columns.append(column);
    updateColumnTitle(m_columns.last());
    // Equal widths, whatever the titles.
    m_splitter->setSizes(QList<int>(m_columns.size(), 1000));
    m_placeholder->hide();
    m_splitter->show();
}

void HistoryWindow::updateColumnTitle(Column &column)
{
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(column.startMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(column.endMs);
    const QString dateTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString range =
        locale.toString(from, dateTime) + QStringLiteral(" – ") + locale.toString(to, from.date() == to.date() ? QStringLiteral("HH:mm:ss") : dateTime);
    column.details =
        tr("%1 (%2), %3 at a step of %4 s")
            .arg(range, spanText(column.endMs - column.startMs), tr("%n point(s)", nullptr, column.points), locale.toString(column.stepMs / 1000.0));
    if (column.gaps > 0)
        column.details += tr(", %n gap(s)", nullptr, column.gaps);
    column.header->setText(QLatin1String("<b>") + column.instance.toHtmlEscaped() + QLatin1String("</b>&nbsp;&nbsp; ") + column.details.toHtmlEscaped());
}

void HistoryWindow::updateStatus()
{
    QStringList lines;
    if (!m_inputProblem.isEmpty())
        lines.append(m_inputProblem);
    if (m_loading) {
        lines.append(tr("Reading %1 of %2: %3 …").arg(m_next + 1).arg(m_queue.size()).arg(m_queue.value(m_next)));
    } else if (m_done) {
        const int read = int(m_columns.size());
        const int total = int(m_queue.size());
        const QString server = m_requestServer.toString();
        if (read == total)
            lines.append(tr("Done: %1 of %2 instances read from %3.").arg(read).arg(total).arg(server));
        else if (read > 0)
            lines.append(tr("Read %1 of %2 instances from %3; the others failed:").arg(read).arg(total).arg(server));
        for (const Failure &failure : std::as_const(m_failures))
            lines.append(tr("%1: %2").arg(failure.instance, failure.error));
        lines += m_warnings;
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setVisible(!lines.isEmpty());
}

void HistoryWindow::showRange(qint64 fromMs, qint64 toMs)
{
    for (const Column &column : std::as_const(m_columns))
        column.view->setTimeRange(fromMs, toMs);
}

void HistoryWindow::showWholeSpan()
{
    for (const Column &column : std::as_const(m_columns))
        column.view->setTimeRange(column.startMs, column.endMs);
}

} // namespace tcplab
