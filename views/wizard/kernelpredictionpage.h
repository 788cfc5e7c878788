// SPDX-License-Identifier: GPL-3.0-or-later
// What the student expects of the kernels lesson before it runs, kernel by kernel: the half-open
// requests the server keeps (SYN_RECV) and how much TcpExt.TCPSynRetrans grows.
#pragma once

#include "lessonpage.h"

#include <QJsonObject>

class QGridLayout;
class QLabel;
class QSpinBox;

namespace tcplab
{

class KernelPredictionPage : public LessonPage
{
public:
    explicit KernelPredictionPage(LessonState *state);
    // {"syn_recv": {"debian11": n, ...}, "syn_retrans": {"debian11": n, ...}}
    QJsonObject prediction() const;
    void initializePage() override;
    void retranslate() override;
    int nextId() const override;

private:
    struct Row {
        QString kernel;
        QLabel *label;
        QSpinBox *synRecv;
        QSpinBox *synRetrans;
    };
    void build();

    QGridLayout *m_grid;
    QLabel *m_synRecvTitle;
    QLabel *m_synRetransTitle;
    QList<Row> m_rows;
    QString m_loadedFor;
};

} // namespace tcplab
