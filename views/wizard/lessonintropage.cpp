// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonintropage.h"

#include "lessonwizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tcplab
{

LessonIntroPage::LessonIntroPage(LessonState *state)
    : LessonPage(state)
    , m_questionTitle(new QLabel(this))
    , m_question(new wizard::SideBySide(this))
    , m_backgroundTitle(new QLabel(this))
    , m_background(new wizard::SideBySide(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_questionTitle);
    layout->addWidget(m_question);
    layout->addSpacing(8);
    layout->addWidget(m_backgroundTitle);
    layout->addWidget(m_background);
    layout->addStretch(1);
}

void LessonIntroPage::initializePage()
{
    retranslate();
}

void LessonIntroPage::retranslate()
{
    const lab::Lesson *l = m_state->lesson();
    if (!l)
        return;
    setTitle(wizard::ui(wizard::lessonText(l->title)));
    setSubTitle(LessonWizard::tr("The question and what you need to know, in Japanese and English."));
    m_questionTitle->setText(wizard::bold(LessonWizard::tr("Question")));
    m_backgroundTitle->setText(wizard::bold(LessonWizard::tr("Background")));
    m_question->setText(wizard::lessonText(l->question));
    m_background->setText(wizard::lessonText(l->background));
}

int LessonIntroPage::nextId() const
{
    switch (m_state->kind()) {
    case lab::LessonKind::HostChecklist:
        return LessonWizard::HostPage;
    case lab::LessonKind::Traffic:
        return LessonWizard::TrafficPredictionPage;
    case lab::LessonKind::Kernels:
        return LessonWizard::KernelPredictionPage;
    case lab::LessonKind::Experiment:
        break;
    }
    return LessonWizard::SettingsPage;
}

} // namespace tcplab
