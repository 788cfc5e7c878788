// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels lesson's last page: the student's prediction for each kernel beside that kernel's
// model and measurement, the whole comparison across kernels (KernelComparisonView), and the
// notes, Japanese beside English, that name the kernel change behind each difference.
#pragma once

#include "lessonpage.h"

class QTableWidget;
class QTextBrowser;

namespace tcplab
{

class KernelComparisonView;

class KernelComparisonPage : public LessonPage
{
public:
    explicit KernelComparisonPage(LessonState *state);
    QTableWidget *predictions() const
    {
        return m_predictions;
    }
    KernelComparisonView *comparison() const
    {
        return m_comparison;
    }
    QTextBrowser *notes() const
    {
        return m_notes;
    }
    void initializePage() override;
    void retranslate() override;
    int nextId() const override
    {
        return -1;
    }

private:
    void fill();

    QTableWidget *m_predictions;
    KernelComparisonView *m_comparison;
    QTextBrowser *m_notes;
};

} // namespace tcplab
