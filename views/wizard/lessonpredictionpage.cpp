// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonpredictionpage.h"

#include "lab/lessonrules.h"
#include "lessonwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tcplab
{

using wizard::spin;

LessonPredictionPage::LessonPredictionPage(LessonState *state)
    : LessonPage(state)
    , m_form(new QFormLayout)
    , m_server(spin(this, 0, 120000, "predictServer"))
    , m_synRecv(spin(this, 0, 120000, "predictSynRecv"))
    , m_connected(spin(this, 0, 120000, "predictConnected"))
    , m_sees(new QComboBox(this))
    , m_counter(new QComboBox(this))
    , m_counterValue(spin(this, 0, 1000000, "predictCounterValue"))
    , m_synAcks(spin(this, 0, 100, "predictSynAcks"))
{
    m_sees->setObjectName(QStringLiteral("predictSees"));
    for (const char *o : {"connected", "timed_out", "reset", "refused"})
        m_sees->addItem(QString(), QLatin1String(o));
    m_counter->setObjectName(QStringLiteral("predictCounter"));
    m_counter->addItem(QString(), QString());
    for (const QString &c : lab::reportedCounters())
        m_counter->addItem(c, c);
    for (QWidget *w : std::initializer_list<QWidget *>{m_server, m_synRecv, m_connected, m_sees, m_counter, m_counterValue, m_synAcks})
        m_form->addRow(new QLabel(this), w);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

QJsonObject LessonPredictionPage::prediction() const
{
    return {
        {QStringLiteral("server_established"), m_server->value()},
        {QStringLiteral("server_syn_recv"), m_synRecv->value()},
        {QStringLiteral("clients_connected"), m_connected->value()},
        {QStringLiteral("clients_see"), m_sees->currentData().toString()},
        {QStringLiteral("counter"), m_counter->currentData().toString()},
        {QStringLiteral("counter_delta"), m_counterValue->value()},
        {QStringLiteral("synack_resends"), m_synAcks->value()},
    };
}

void LessonPredictionPage::initializePage()
{
    if (m_loadedFor != m_state->lessonId) {
        for (QSpinBox *s : {m_server, m_synRecv, m_connected, m_counterValue, m_synAcks})
            s->setValue(0);
        m_sees->setCurrentIndex(0);
        m_counter->setCurrentIndex(0);
        m_loadedFor = m_state->lessonId;
    }
    // Only half-open clients make the server resend SYN-ACKs on its timer.
    m_form->setRowVisible(m_synAcks, lab::hasHalfOpenClients(m_state->wizard->spec()));
    retranslate();
}

void LessonPredictionPage::retranslate()
{
    setTitle(LessonWizard::tr("Your prediction"));
    setSubTitle(LessonWizard::tr("Write down what you expect before the run. The numbers are for the end of the observation."));
    wizard::setRowLabels(m_form,
                         {LessonWizard::tr("Connections the server holds (ESTABLISHED):"),
                          LessonWizard::tr("Half-open on the server (SYN_RECV):"),
                          LessonWizard::tr("Clients that connect:"),
                          LessonWizard::tr("What the other clients see:"),
                          LessonWizard::tr("The counter that moves:"),
                          LessonWizard::tr("By how much:"),
                          LessonWizard::tr("SYN-ACK resends per request:")});
    m_sees->setItemText(0, LessonWizard::tr("all of them connect"));
    m_sees->setItemText(1, LessonWizard::tr("they wait and time out"));
    m_sees->setItemText(2, LessonWizard::tr("they are reset"));
    m_sees->setItemText(3, LessonWizard::tr("they are refused"));
    m_counter->setItemText(0, LessonWizard::tr("none"));
}

} // namespace tcplab
