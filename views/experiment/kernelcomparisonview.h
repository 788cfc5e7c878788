// SPDX-License-Identifier: GPL-3.0-or-later
// One experiment on several kernels, side by side (lab::KernelComparisonModel): a row per figure,
// a group of columns per kernel, shaded by turns so that the groups stand apart. A figure outside
// its kernel's range is bold on red; a row whose measurements differ between kernels is amber; a
// model-only kernel's figures are in italics. Under the table, a summary and the notes that say
// why each difference happened.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace tcplab
{

namespace lab
{
class KernelComparisonModel;
}

class KernelComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit KernelComparisonView(QWidget *parent = nullptr);
    lab::KernelComparisonModel *comparisonModel() const
    {
        return m_model;
    }
    QTableView *table() const
    {
        return m_table;
    }
    QTextBrowser *notesView() const
    {
        return m_notes;
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    lab::KernelComparisonModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QTextBrowser *m_notes;
};

} // namespace tcplab
