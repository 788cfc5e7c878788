// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficpredictionpage.h"

#include "lessonwizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tcplab
{

using wizard::spin;

TrafficPredictionPage::TrafficPredictionPage(LessonState *state)
    : LessonPage(state)
    , m_form(new QFormLayout)
    , m_putIn(spin(this, 0, 10000000, "predictPutPacketsIn"))
    , m_getOut(spin(this, 0, 10000000, "predictGetPacketsOut"))
    , m_putMbps(spin(this, 0, 100000, "predictPutMbps"))
    , m_acks(spin(this, 0, 1000, "predictAcksPer100"))
    , m_linkTitle(new QLabel(this))
    , m_linkForm(new QFormLayout)
    , m_linkRate(new QLabel(this))
    , m_linkMtu(new QLabel(this))
    , m_linkDuration(new QLabel(this))
{
    for (QSpinBox *s : {m_putIn, m_getOut})
        s->setGroupSeparatorShown(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_putIn, m_getOut, m_putMbps, m_acks})
        m_form->addRow(new QLabel(this), w);
    m_linkRate->setObjectName(QStringLiteral("linkRate"));
    m_linkMtu->setObjectName(QStringLiteral("linkMtu"));
    m_linkDuration->setObjectName(QStringLiteral("linkDuration"));
    for (QLabel *value : {m_linkRate, m_linkMtu, m_linkDuration}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_linkForm->addRow(new QLabel(this), value);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    layout->addWidget(m_linkTitle);
    layout->addLayout(m_linkForm);
    layout->addStretch(1);
}

QJsonObject TrafficPredictionPage::prediction() const
{
    return {{QStringLiteral("put_server_packets_in"), m_putIn->value()},
            {QStringLiteral("get_server_packets_out"), m_getOut->value()},
            {QStringLiteral("put_mbps"), m_putMbps->value()},
            {QStringLiteral("acks_per_100"), m_acks->value()}};
}

void TrafficPredictionPage::initializePage()
{
    if (m_loadedFor != m_state->lessonId) {
        for (QSpinBox *s : {m_putIn, m_getOut, m_putMbps, m_acks})
            s->setValue(0);
        m_loadedFor = m_state->lessonId;
    }
    retranslate();
}

void TrafficPredictionPage::retranslate()
{
    setTitle(LessonWizard::tr("Your prediction"));
    setSubTitle(
        LessonWizard::tr("Write down what you expect for the server host before the run: its packet rates, the put's throughput "
                         "and the ACKs it sends back."));
    wizard::setRowLabels(m_form,
                         {LessonWizard::tr("Packets a second into the server host during the put:"),
                          LessonWizard::tr("Packets a second out of the server host during the get:"),
                          LessonWizard::tr("Mbps into the server host during the put:"),
                          LessonWizard::tr("ACK packets sent back for every 100 data packets:")});
    m_linkTitle->setText(wizard::bold(LessonWizard::tr("The link, fixed for this lesson")));
    wizard::setRowLabels(m_linkForm, {LessonWizard::tr("Rate:"), LessonWizard::tr("MTU:"), LessonWizard::tr("Each phase:")});
    const lab::TrafficSpec spec = m_state->trafficSpec();
    m_linkRate->setText(LessonWizard::tr("%1 Mbit/s, full duplex").arg(double(spec.rateBits()) / 1e6, 0, 'f', 0));
    m_linkMtu->setText(LessonWizard::tr("%1 bytes").arg(spec.mtu));
    m_linkDuration->setText(LessonWizard::tr("%1 s (the put, then the get)").arg(spec.durationS, 0, 'g', 3));
}

} // namespace tcplab
