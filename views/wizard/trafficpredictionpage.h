// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic lesson's prediction: the server host's packet rates, the put's throughput and the
// ACKs it sends back, beside the link the lesson fixes.
#pragma once

#include "lessonpage.h"

#include <QJsonObject>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace tcplab
{

class TrafficPredictionPage : public LessonPage
{
public:
    explicit TrafficPredictionPage(LessonState *state);
    // put_server_packets_in, get_server_packets_out, put_mbps, acks_per_100.
    QJsonObject prediction() const;
    void initializePage() override;
    void retranslate() override;

private:
    QFormLayout *m_form;
    QSpinBox *m_putIn;
    QSpinBox *m_getOut;
    QSpinBox *m_putMbps;
    QSpinBox *m_acks;
    QLabel *m_linkTitle;
    QFormLayout *m_linkForm;
    QLabel *m_linkRate;
    QLabel *m_linkMtu;
    QLabel *m_linkDuration;
    QString m_loadedFor;
};

} // namespace tcplab
