// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelcomparisonpage.h"

#include "experiment/comparisontableview.h"
#include "experiment/kernelcomparisonview.h"
#include "i18n/localization.h"
#include "lab/kernelcomparisonmodel.h"
#include "lab/lessonrules.h"
#include "lessonwizard.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcplab
{

namespace
{

const char *const kSynRecv = "SYN_RECV";
const char *const kSynRetrans = "TcpExt.TCPSynRetrans";

enum Column { KernelColumn, SynRecvPredicted, SynRecvExpected, SynRecvMeasured, RetransPredicted, RetransExpected, RetransMeasured, ColumnCount };

} // namespace

KernelComparisonPage::KernelComparisonPage(LessonState *state)
    : LessonPage(state)
    , m_predictions(new QTableWidget(0, ColumnCount, this))
    , m_comparison(new KernelComparisonView(this))
    , m_notes(new QTextBrowser(this))
{
    m_predictions->setObjectName(QStringLiteral("kernelPredictions"));
    m_predictions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_predictions->verticalHeader()->hide();
    m_predictions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_predictions->horizontalHeader()->setSectionResizeMode(KernelColumn, QHeaderView::Stretch);
    m_comparison->notesView()->hide();
    m_notes->setObjectName(QStringLiteral("kernelNotes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_predictions, 2);
    layout->addWidget(m_comparison, 3);
    layout->addWidget(m_notes, 2);
}

void KernelComparisonPage::initializePage()
{
    fill();
    retranslate();
    lab::KernelComparisonModel *model = m_comparison->comparisonModel();
    Q_EMIT m_state->wizard->kernelLessonCompleted(m_state->kernelRuns, m_state->wizard->prediction(), model->command(), model->toText(Localization::current()));
}

void KernelComparisonPage::fill()
{
    lab::KernelComparisonModel *model = m_comparison->comparisonModel();
    model->setRuns(m_state->wizard->spec(), m_state->kernelRuns);
    const QJsonObject prediction = m_state->wizard->prediction();
    m_predictions->setRowCount(int(m_state->kernelRuns.size()));
    for (int row = 0; row < m_state->kernelRuns.size(); ++row) {
        const lab::KernelRun &run = m_state->kernelRuns.at(row);
        auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(column == KernelColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_predictions->setItem(row, column, item);
            return item;
        };
        set(KernelColumn, run.result ? QStringLiteral("%1 (Linux %2)").arg(run.name, run.release) : run.name);
        // SYN_RECV by the kernel model; TcpExt.TCPSynRetrans by the rule of the SYN-ACK lesson
        // (the clients' resent SYNs on this kernel's schedule, the server's answers and timer).
        std::optional<lab::Range> synRecv;
        std::optional<lab::Range> retrans;
        if (run.result) {
            if (run.result->expected.serverStates.contains(QLatin1String(kSynRecv)))
                synRecv = run.result->expected.serverStates.value(QLatin1String(kSynRecv));
            retrans = lab::synAckFigures(*run.result).expectedCounter;
        }
        const struct {
            const char *prediction;
            int column;
            std::optional<lab::Range> expected;
            std::optional<qint64> measured;
        } figures[] = {
            {"syn_recv", SynRecvPredicted, synRecv, run.result ? std::optional<qint64>(run.result->serverStates.value(QLatin1String(kSynRecv))) : std::nullopt},
            {"syn_retrans",
             RetransPredicted,
             retrans,
             run.result ? std::optional<qint64>(run.result->countersDelta.value(QLatin1String(kSynRetrans))) : std::nullopt},
        };
        for (const auto &f : figures) {
            const int predicted = prediction.value(QLatin1String(f.prediction)).toObject().value(run.name).toInt();
            QTableWidgetItem *mine = set(f.column, QString::number(predicted));
            set(f.column + 1, f.expected ? f.expected->toString() : QStringLiteral("—"));
            set(f.column + 2, f.measured ? QString::number(*f.measured) : QStringLiteral("—"));
            // A prediction outside what the model expects on this kernel is marked like a difference.
            if (f.expected && !f.expected->contains(predicted)) {
                mine->setBackground(differenceColor(palette()));
                mine->setData(LessonWizard::OffRole, true);
            }
        }
    }
}

void KernelComparisonPage::retranslate()
{
    setTitle(LessonWizard::tr("Four kernels, side by side"));
    setSubTitle(LessonWizard::tr("Your prediction beside each kernel's model and measurement, then every figure; amber rows differ between kernels."));
    m_predictions->setHorizontalHeaderLabels({LessonWizard::tr("Kernel"),
                                              LessonWizard::tr("SYN_RECV\nyours"),
                                              LessonWizard::tr("SYN_RECV\nmodel"),
                                              LessonWizard::tr("SYN_RECV\nmeasured"),
                                              LessonWizard::tr("SYN retransmissions\nyours"),
                                              LessonWizard::tr("SYN retransmissions\nmodel"),
                                              LessonWizard::tr("SYN retransmissions\nmeasured")});
    QList<BilingualText> notes = m_comparison->comparisonModel()->notes();
    m_notes->setHtml(wizard::bilingualRows(notes));
}

} // namespace tcplab
