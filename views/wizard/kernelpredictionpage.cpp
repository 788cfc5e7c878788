// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelpredictionpage.h"

#include "kernels/kernelcatalogue.h"
#include "lessonwizard.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tcplab
{

KernelPredictionPage::KernelPredictionPage(LessonState *state)
    : LessonPage(state)
    , m_grid(new QGridLayout)
    , m_synRecvTitle(new QLabel(this))
    , m_synRetransTitle(new QLabel(this))
{
    m_synRecvTitle->setWordWrap(true);
    m_synRetransTitle->setWordWrap(true);
    m_grid->addWidget(m_synRecvTitle, 0, 1);
    m_grid->addWidget(m_synRetransTitle, 0, 2);
    m_grid->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

// One row per kernel of the lesson, made again when the lesson changes.
void KernelPredictionPage::build()
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.label;
        delete row.synRecv;
        delete row.synRetrans;
    }
    m_rows.clear();
    const lab::Lesson *lesson = m_state->lesson();
    const QStringList kernels = lesson ? lesson->kernels : QStringList();
    for (const QString &kernel : kernels) {
        Row row{kernel,
                new QLabel(this),
                wizard::spin(this, 0, 100000, qPrintable(QStringLiteral("predictSynRecv_") + kernel)),
                wizard::spin(this, 0, 1000000, qPrintable(QStringLiteral("predictSynRetrans_") + kernel))};
        row.label->setBuddy(row.synRecv);
        const int line = int(m_rows.size()) + 1;
        m_grid->addWidget(row.label, line, 0);
        m_grid->addWidget(row.synRecv, line, 1);
        m_grid->addWidget(row.synRetrans, line, 2);
        m_rows << row;
    }
    // Tab goes down the first column, then down the second.
    QWidget *previous = nullptr;
    for (const bool second : {false, true}) {
        for (const Row &row : std::as_const(m_rows)) {
            QWidget *w = second ? row.synRetrans : row.synRecv;
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    }
}

QJsonObject KernelPredictionPage::prediction() const
{
    QJsonObject synRecv;
    QJsonObject synRetrans;
    for (const Row &row : m_rows) {
        synRecv.insert(row.kernel, row.synRecv->value());
        synRetrans.insert(row.kernel, row.synRetrans->value());
    }
    return {{QStringLiteral("syn_recv"), synRecv}, {QStringLiteral("syn_retrans"), synRetrans}};
}

void KernelPredictionPage::initializePage()
{
    if (m_loadedFor != m_state->lessonId) {
        build();
        m_loadedFor = m_state->lessonId;
    }
    retranslate();
}

void KernelPredictionPage::retranslate()
{
    setTitle(LessonWizard::tr("Your prediction, kernel by kernel"));
    setSubTitle(LessonWizard::tr("Write down what you expect on each kernel before the runs. The numbers are for the end of the observation."));
    m_synRecvTitle->setText(LessonWizard::tr("Half-open on the server (SYN_RECV)"));
    m_synRetransTitle->setText(LessonWizard::tr("Growth of TcpExt.TCPSynRetrans"));
    for (const Row &row : std::as_const(m_rows)) {
        const std::optional<kernels::CatalogueEntry> entry = kernels::Catalogue::find(row.kernel);
        row.label->setText((entry ? kernels::Catalogue::title(*entry) : row.kernel) + QLatin1Char(':'));
    }
}

int KernelPredictionPage::nextId() const
{
    return LessonWizard::KernelRunPage;
}

} // namespace tcplab
