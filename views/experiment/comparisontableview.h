// SPDX-License-Identifier: GPL-3.0-or-later
// A table of expected against measured (lab::ComparisonTableModel), figures outside the model's
// range marked. The experiment panel shows each figure with its group in one column; a lesson
// shows the group and the figure apart.
#pragma once

#include <QColor>
#include <QPalette>
#include <QTableView>

namespace tcplab
{

// The background of a figure outside the model's range, for a light or a dark palette: every table
// that compares with the model marks it the same way.
QColor differenceColor(const QPalette &palette);

namespace lab
{
class ComparisonTableModel;
}

class ComparisonTableView : public QTableView
{
    Q_OBJECT
public:
    enum class Kind { Panel, Lesson };

    ComparisonTableView(Kind kind, QWidget *parent = nullptr);
    lab::ComparisonTableModel *comparisonModel() const
    {
        return m_model;
    }

private:
    lab::ComparisonTableModel *m_model;
};

} // namespace tcplab
