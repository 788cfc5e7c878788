// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic lesson's last page: the prediction beside the 2004 document's scenario 3 and the
// measurement, far-off predictions marked, then where the numbers come from and the checklist's
// verdicts for the server host.
#pragma once

#include "lessonpage.h"

class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace tcplab
{

class TrafficComparisonPage : public LessonPage
{
public:
    explicit TrafficComparisonPage(LessonState *state);
    QTableWidget *comparison() const
    {
        return m_comparison;
    }
    QTextBrowser *explanation() const
    {
        return m_explanation;
    }
    void initializePage() override;
    void retranslate() override;
    int nextId() const override
    {
        return -1;
    }

private:
    void fill();
    void fillTable(const lab::TrafficResult &result);

    QTableWidget *m_comparison;
    QTextBrowser *m_explanation;
    QPushButton *m_rerun;
};

} // namespace tcplab
