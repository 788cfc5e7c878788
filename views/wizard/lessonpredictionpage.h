// SPDX-License-Identifier: GPL-3.0-or-later
// What the student expects of an experiment lesson before it runs: the server's sockets, the
// clients that connect and what the others see, the counter that moves, and for half-open clients
// the SYN-ACK resends.
#pragma once

#include "lessonpage.h"

#include <QJsonObject>

class QComboBox;
class QFormLayout;
class QSpinBox;

namespace tcplab
{

class LessonPredictionPage : public LessonPage
{
public:
    explicit LessonPredictionPage(LessonState *state);
    // server_established, server_syn_recv, clients_connected, clients_see, counter,
    // counter_delta, synack_resends.
    QJsonObject prediction() const;
    void initializePage() override;
    void retranslate() override;

private:
    QFormLayout *m_form;
    QSpinBox *m_server;
    QSpinBox *m_synRecv;
    QSpinBox *m_connected;
    QComboBox *m_sees;
    QComboBox *m_counter;
    QSpinBox *m_counterValue;
    QSpinBox *m_synAcks;
    QString m_loadedFor;
};

} // namespace tcplab
