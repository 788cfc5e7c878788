// SPDX-License-Identifier: GPL-3.0-or-later
// A lesson's question and background, Japanese and English side by side.
#pragma once

#include "lessonpage.h"

class QLabel;

namespace tcplab
{

class LessonIntroPage : public LessonPage
{
public:
    explicit LessonIntroPage(LessonState *state);
    void initializePage() override;
    void retranslate() override;
    int nextId() const override;

private:
    QLabel *m_questionTitle;
    wizard::SideBySide *m_question;
    QLabel *m_backgroundTitle;
    wizard::SideBySide *m_background;
};

} // namespace tcplab
