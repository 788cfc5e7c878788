// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonhostpage.h"

#include "checklist/checklistview.h"
#include "lessonwizard.h"
#include "series/monitorsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tcplab
{

LessonHostPage::LessonHostPage(LessonState *state)
    : LessonPage(state)
    , m_verdictLabel(new QLabel(this))
    , m_verdict(new QComboBox(this))
    , m_checklist(new ChecklistView(state->session, this))
{
    m_verdict->setObjectName(QStringLiteral("predictVerdict"));
    for (auto v : {checklist::Verdict::Ok, checklist::Verdict::LookCloser, checklist::Verdict::Problem})
        m_verdict->addItem(QString(), int(v));
    m_checklist->setObjectName(QStringLiteral("checklist"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_verdictLabel);
    row->addWidget(m_verdict);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_checklist, 1);
}

QJsonObject LessonHostPage::prediction() const
{
    QJsonObject observed;
    for (const ChecklistRow &row : checkpointRows(m_checklist->input()) + ruleRows(m_checklist->input()))
        observed.insert(row.id, row.hasRule ? checklist::verdictName(row.verdict) : QStringLiteral("-"));
    static const char *names[] = {"unknown", "ok", "look_closer", "problem"};
    return {{QStringLiteral("errors_verdict"), QLatin1String(names[m_verdict->currentData().toInt()])}, {QStringLiteral("observed_verdicts"), observed}};
}

void LessonHostPage::initializePage()
{
    retranslate();
    if (m_state->ownSession && !m_state->session->isRunning())
        m_state->session->start();
}

void LessonHostPage::retranslate()
{
    setTitle(wizard::ui(wizard::lessonText(lab::findLesson(QStringLiteral("host-checklist"))->title)));
    setSubTitle(LessonWizard::tr("Your guess first, then the checklist of this machine, refreshed with every sample."));
    m_verdictLabel->setText(LessonWizard::tr("Verdict you expect for errors and retransmissions:"));
    m_verdict->setItemText(0, checklist::verdictName(checklist::Verdict::Ok));
    m_verdict->setItemText(1, checklist::verdictName(checklist::Verdict::LookCloser));
    m_verdict->setItemText(2, checklist::verdictName(checklist::Verdict::Problem));
}

bool LessonHostPage::validatePage()
{
    // Nothing ran: the result only says so; the prediction carries the readings.
    lab::ExperimentResult result;
    result.spec.hostLoopback = true;
    result.sandbox = false;
    Q_EMIT m_state->wizard->lessonCompleted(result, prediction(), m_state->lessonId);
    return true;
}

} // namespace tcplab
