// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist lesson: the student's guess of the errors verdict, then this machine's checklist,
// refreshed with every sample.
#pragma once

#include "lessonpage.h"

#include <QJsonObject>

class QComboBox;
class QLabel;

namespace tcplab
{

class ChecklistView;

class LessonHostPage : public LessonPage
{
public:
    explicit LessonHostPage(LessonState *state);
    ChecklistView *checklist() const
    {
        return m_checklist;
    }
    // errors_verdict, and observed_verdicts: every checkpoint's verdict as read.
    QJsonObject prediction() const;
    void initializePage() override;
    void retranslate() override;
    bool validatePage() override;
    int nextId() const override
    {
        return -1;
    }

private:
    QLabel *m_verdictLabel;
    QComboBox *m_verdict;
    ChecklistView *m_checklist;
};

} // namespace tcplab
