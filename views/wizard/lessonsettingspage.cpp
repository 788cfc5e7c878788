// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonsettingspage.h"

#include "experiment/experimentsettingsform.h"
#include "lessonwizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tcplab
{

LessonSettingsPage::LessonSettingsPage(LessonState *state)
    : LessonPage(state)
    , m_form(new ExperimentSettingsForm(ExperimentSettingsForm::Kind::Lesson, this))
    , m_problems(new QLabel(this))
{
    m_problems->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    connect(m_form, &ExperimentSettingsForm::edited, this, &LessonSettingsPage::check);
}

lab::ExperimentSpec LessonSettingsPage::spec() const
{
    lab::ExperimentSpec s = m_form->spec();
    const lab::Lesson *lesson = m_state->lesson();
    if (!lesson)
        return s;
    // Changed numbers are no longer the preset; a shorter observation still is.
    lab::ExperimentSpec original = lesson->spec;
    original.observeS = s.observeS;
    s.preset = lesson->spec.preset;
    if (original.toJson() != s.toJson())
        s.preset.clear();
    return s;
}

void LessonSettingsPage::initializePage()
{
    // Coming back to re-run keeps the student's numbers; a new lesson starts from its own.
    if (m_loadedFor != m_state->lessonId && m_state->lesson()) {
        m_form->setSpec(m_state->lesson()->spec);
        m_loadedFor = m_state->lessonId;
    }
    retranslate();
    check();
}

void LessonSettingsPage::retranslate()
{
    setTitle(LessonWizard::tr("Settings"));
    setSubTitle(LessonWizard::tr("What the experiment will do. Change any number to try your own; -1 keeps the sandbox's default."));
}

bool LessonSettingsPage::isComplete() const
{
    return spec().validate().isEmpty();
}

void LessonSettingsPage::check()
{
    m_problems->setText(spec().validate().join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

} // namespace tcplab
