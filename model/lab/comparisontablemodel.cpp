// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontablemodel.h"

#include "notebook/csv.h"

#include <QCoreApplication>
#include <QEvent>

namespace tcplab::lab
{

namespace
{

// Each host's books in a two-host run: who counted the overflows, who resent SYNs.
const char *const kHostCounters[] = {"TcpExt.ListenOverflows", "TcpExt.ListenDrops", "TcpExt.TCPSynRetrans", "Tcp.RetransSegs"};

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // The texts are translated when asked for: a language switch only has to say that they changed.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void ComparisonTableModel::setResult(const ExperimentResult &result)
{
    beginResetModel();
    m_comparisons = result.comparisons();
    m_hostCounters.clear();
    if (result.twoHosts) {
        for (const bool server : {true, false}) {
            const QMap<QString, qint64> &deltas = server ? result.countersDelta : result.clientCountersDelta;
            for (const char *counter : kHostCounters) {
                const QString name = QLatin1String(counter);
                m_hostCounters.append({server, server ? result.serverAddress : result.clientAddress, name, deltas.value(name)});
            }
        }
    }
    endResetModel();
}

void ComparisonTableModel::setComparisons(const QList<Comparison> &comparisons)
{
    beginResetModel();
    m_comparisons = comparisons;
    m_hostCounters.clear();
    endResetModel();
}

void ComparisonTableModel::clear()
{
    setComparisons({});
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparisons.size() + m_hostCounters.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ExpectedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    const int row = index.row();
    if (row < m_comparisons.size())
        return comparisonData(m_comparisons.at(row), index.column(), role);
    return hostCounterData(m_hostCounters.at(row - m_comparisons.size()), index.column(), role);
}

QVariant ComparisonTableModel::comparisonData(const Comparison &c, int column, int role) const
{
    if (role == DiffersRole)
        return !c.matches();
    if (role == GroupRole)
        return int(c.groupId());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const QString figure = c.groupId() == ComparisonGroup::ClientOutcomes ? outcomeName(c.key) : c.key;
    switch (column) {
    case LabelColumn:
        return QString(comparisonGroupName(c.groupId()) + QLatin1String(": ") + figure);
    case GroupColumn:
        return comparisonGroupName(c.groupId());
    case FigureColumn:
        return figure;
    case ExpectedColumn:
        return c.expected.toString();
    case MeasuredColumn:
        return QString::number(c.measured);
    case MatchesColumn:
        return c.matches() ? tr("yes") : tr("no");
    }
    return QVariant();
}

QVariant ComparisonTableModel::hostCounterData(const HostCounter &h, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const QString host = h.server ? tr("server host %1").arg(h.address) : tr("client host %1").arg(h.address);
    switch (column) {
    case LabelColumn:
        return QString(host + QLatin1String(": ") + h.counter);
    case GroupColumn:
        return host;
    case FigureColumn:
        return h.counter;
    case MeasuredColumn:
        return QString::number(h.value);
    }
    return QString();
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LabelColumn:
    case FigureColumn:
        return tr("Figure");
    case GroupColumn:
        return tr("Group");
    case ExpectedColumn:
        return tr("Expected");
    case MeasuredColumn:
        return tr("Measured");
    case MatchesColumn:
        return tr("Matches");
    }
    return QVariant();
}

QString ComparisonTableModel::toCsv() const
{
    QString csv = QStringLiteral("group,figure,expected_min,expected_max,measured,matches\n");
    for (const Comparison &c : m_comparisons) {
        csv += csvField(c.group) + QLatin1Char(',') + csvField(c.key) + QLatin1Char(',') + QString::number(c.expected.low) + QLatin1Char(',')
            + QString::number(c.expected.high) + QLatin1Char(',') + QString::number(c.measured) + QLatin1Char(',')
            + (c.matches() ? QLatin1String("yes") : QLatin1String("no")) + QLatin1Char('\n');
    }
    return csv;
}

QString ComparisonTableModel::outcomeName(const QString &key)
{
    const char *source = outcomeSource(key);
    return source ? tr(source) : key;
}

const char *ComparisonTableModel::outcomeSource(const QString &key)
{
    if (key == QLatin1String("connected"))
        return QT_TR_NOOP("connected");
    if (key == QLatin1String("timed_out"))
        return QT_TR_NOOP("timed out");
    if (key == QLatin1String("reset"))
        return QT_TR_NOOP("reset");
    if (key == QLatin1String("refused"))
        return QT_TR_NOOP("refused");
    if (key == QLatin1String("errors"))
        return QT_TR_NOOP("other errors");
    return nullptr;
}

bool ComparisonTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace tcplab::lab
