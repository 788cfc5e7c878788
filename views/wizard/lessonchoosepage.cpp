// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonchoosepage.h"

#include "lessonwizard.h"

#include <QListWidget>
#include <QVBoxLayout>

namespace tcplab
{

LessonChoosePage::LessonChoosePage(LessonState *state)
    : LessonPage(state)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("lessonList"));
    for (const lab::Lesson &l : lab::lessons()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, l.id);
    }
    m_list->setCurrentRow(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const auto *item = m_list->currentItem();
        m_state->lessonId = item ? item->data(Qt::UserRole).toString() : QString();
        Q_EMIT completeChanged();
    });
    m_state->lessonId = lab::lessons().first().id;
}

bool LessonChoosePage::selectLesson(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void LessonChoosePage::retranslate()
{
    setTitle(LessonWizard::tr("Choose a lesson"));
    setSubTitle(LessonWizard::tr("Each lesson asks a question, lets you predict the answer, runs the experiment and compares."));
    for (int i = 0; i < m_list->count(); ++i) {
        const lab::Lesson *l = lab::findLesson(m_list->item(i)->data(Qt::UserRole).toString());
        const BilingualText t = wizard::lessonText(l->title);
        m_list->item(i)->setText(QString::number(i + 1) % QLatin1String(". ") % t.ja % QStringLiteral(" — ") % t.en);
    }
}

bool LessonChoosePage::isComplete() const
{
    return m_state->lesson() != nullptr;
}

} // namespace tcplab
