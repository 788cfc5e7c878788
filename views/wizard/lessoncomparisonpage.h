// SPDX-License-Identifier: GPL-3.0-or-later
// An experiment lesson's last page: the student's prediction beside the kernel model and the
// measurement with the reason for every difference, every figure the model predicts, and the
// notes: the model's rules, the SYN-ACK timer for half-open clients, and where this kernel is
// known to differ from the model and why.
#pragma once

#include "lessonpage.h"

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace tcplab
{

class ComparisonTableView;

class LessonComparisonPage : public LessonPage
{
public:
    explicit LessonComparisonPage(LessonState *state);
    QTableWidget *comparison() const
    {
        return m_comparison;
    }
    QTableView *model() const;
    QTextBrowser *explanation() const
    {
        return m_explanation;
    }
    void initializePage() override;
    void retranslate() override;
    // The last page of a run lesson (by default QWizard would go on to the next page id).
    int nextId() const override
    {
        return -1;
    }

private:
    void fill();

    QTableWidget *m_comparison;
    QLabel *m_modelTitle;
    ComparisonTableView *m_model;
    QTextBrowser *m_explanation;
    QPushButton *m_rerun;
};

} // namespace tcplab
