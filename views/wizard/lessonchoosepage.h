// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's first page: the list of lessons, each by its title in Japanese and English.
#pragma once

#include "lessonpage.h"

class QListWidget;

namespace tcplab
{

class LessonChoosePage : public LessonPage
{
public:
    explicit LessonChoosePage(LessonState *state);
    bool selectLesson(const QString &id);
    void retranslate() override;
    bool isComplete() const override;

private:
    QListWidget *m_list;
};

} // namespace tcplab
