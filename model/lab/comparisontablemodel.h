// SPDX-License-Identifier: GPL-3.0-or-later
// Expected against measured, as a table: one row per figure the kernel model predicts for a run
// (ExperimentResult::comparisons()), and with two hosts each host's own counters under them. The
// experiment panel, the lessons wizard and the notebook export show it; its CSV is what Copy and
// Save write. Follows a language switch by itself.
#pragma once

#include "experimentresult.h"

#include <QAbstractTableModel>

namespace tcplab::lab
{

class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn, // "Server sockets: ESTABLISHED": group and figure in one
        GroupColumn,
        FigureColumn,
        ExpectedColumn,
        MeasuredColumn,
        MatchesColumn,
        ColumnCount
    };
    enum Role {
        // true where the measurement is outside the model's range; absent on rows without one
        DiffersRole = Qt::UserRole + 1,
        // the row's ComparisonGroup as an int; absent on a host's own counters
        GroupRole,
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    // The result's comparisons; with two hosts, each host's own counters follow them.
    void setResult(const ExperimentResult &result);
    void setComparisons(const QList<Comparison> &comparisons);
    void clear();
    const QList<Comparison> &comparisons() const
    {
        return m_comparisons;
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One line per comparison: group,figure,expected_min,expected_max,measured,matches.
    QString toCsv() const;
    // A client outcome ("timed_out") in words.
    static QString outcomeName(const QString &key);
    // The same words untranslated, in this class's context, for text in both languages at once;
    // null for a key it does not know.
    static const char *outcomeSource(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A host's own counter in a two-host run: measured only.
    struct HostCounter {
        bool server = true;
        QString address;
        QString counter;
        qint64 value = 0;
    };
    QVariant comparisonData(const Comparison &c, int column, int role) const;
    QVariant hostCounterData(const HostCounter &h, int column, int role) const;

    QList<Comparison> m_comparisons;
    QList<HostCounter> m_hostCounters;
};

} // namespace tcplab::lab
