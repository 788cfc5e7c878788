// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessoncomparisonpage.h"

#include "experiment/comparisontableview.h"
#include "i18n/localization.h"
#include "lab/comparisontablemodel.h"
#include "lab/lessonrules.h"
#include "lessonwizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcplab
{

using wizard::wizardText;

namespace
{

// A figure the model leaves open (a server that accepts has no fixed count of sockets) shows a
// dash rather than a 0 that would read as a prediction.
QString rangeText(const QMap<QString, lab::Range> &map, const QString &key)
{
    return map.contains(key) ? map.value(key).toString() : QStringLiteral("—");
}

// The clients' outcomes by the words the prediction page uses, not the result's keys.
BilingualText outcomeName(const QString &key)
{
    const char *source = lab::ComparisonTableModel::outcomeSource(key);
    return source ? bilingual("tcplab::lab::ComparisonTableModel", source) : BilingualText{key, key};
}

QString secondsList(const QList<double> &times)
{
    QStringList parts;
    for (double t : times)
        parts << QString::number(t, 'g', 4);
    return parts.join(QLatin1String(", "));
}

QString synAckSection(const lab::ExperimentResult &r, const lab::SynAckFigures &f)
{
    QStringList growth;
    for (int i = 0; i < f.bySecond.size(); ++i)
        growth << QString::number(i + 1) % QLatin1String(" s: +") % QString::number(f.bySecond.at(i));
    QList<BilingualText> rows;
    rows << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                         "With tcp_synack_retries = %1 the server's timer resends each SYN-ACK at %2 s "
                                         "after the SYN; %3 of these fall inside the %4 s window."),
                       {QString::number(f.retries), secondsList(f.timerTimes), QString::number(f.timerResends), QString::number(f.window, 'g', 3)});
    rows << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                         "Each of the %1 half-open clients also resends its own SYN %2 times in the window. "
                                         "The server answers every resent SYN with a SYN-ACK at once and restarts its timer, "
                                         "so TcpExt.TCPSynRetrans, which counts both ends, should grow by %3."),
                       {QString::number(r.spec.lateClients), QString::number(f.clientResends), f.expectedCounter.toString()});
    const bool inside = f.expectedCounter.contains(f.measured);
    rows << wizardText(inside ? QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Measured: TcpExt.TCPSynRetrans grew by %1 (%2), as expected.")
                              : QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Measured: TcpExt.TCPSynRetrans grew by %1 (%2), outside the expected %3."),
                       inside ? QStringList{QString::number(f.measured), growth.join(QLatin1String(", "))}
                              : QStringList{QString::number(f.measured), growth.join(QLatin1String(", ")), f.expectedCounter.toString()});
    return QLatin1String("<h3>") % LessonWizard::tr("SYN-ACK retransmissions").toHtmlEscaped() % QLatin1String("</h3>") % wizard::bilingualRows(rows);
}

// One row of the prediction table, and the note below it when the prediction was wrong.
struct Row {
    QString figure;
    QString predicted;
    QString expected;
    QString measured;
    BilingualText why;
};

BilingualText figureNote(const BilingualText &figure, const BilingualText &t)
{
    return BilingualText{figure.en % QLatin1String(": ") % t.en, figure.ja % QStringLiteral("：") % t.ja};
}

// Why a predicted number differs from the measurement, and whether the kernel did what the model says.
BilingualText whyText(qint64 predicted, const std::optional<lab::Range> &expected, qint64 measured)
{
    const qint64 diff = measured - predicted;
    QStringList args = {QString::number(qAbs(diff))};
    if (expected)
        args << expected->toString();
    if (diff == 0)
        return wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Your prediction matches the measurement."));
    if (!expected)
        return wizardText(
            diff > 0 ? QT_TRANSLATE_NOOP(
                "tcplab::LessonWizard",
                "The measurement is %1 more than you predicted. The kernel model gives no figure for this; the notes below say what it depends on.")
                     : QT_TRANSLATE_NOOP(
                         "tcplab::LessonWizard",
                         "The measurement is %1 less than you predicted. The kernel model gives no figure for this; the notes below say what it depends on."),
            args);
    if (expected->contains(measured))
        return wizardText(
            diff > 0 ? QT_TRANSLATE_NOOP(
                "tcplab::LessonWizard",
                "The measurement is %1 more than you predicted. The kernel did what the model says (%2); the model's notes below give the rule.")
                     : QT_TRANSLATE_NOOP(
                         "tcplab::LessonWizard",
                         "The measurement is %1 less than you predicted. The kernel did what the model says (%2); the model's notes below give the rule."),
            args);
    return wizardText(
        diff > 0
            ? QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                "The measurement is %1 more than you predicted, and outside the model's range too (%2): see the notes on differences below.")
            : QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                "The measurement is %1 less than you predicted, and outside the model's range too (%2): see the notes on differences below."),
        args);
}

// The prediction table's rows and the notes on every wrong prediction.
class PredictionRows
{
public:
    PredictionRows(const lab::ExperimentResult &r, const QJsonObject &p)
        : m_r(r)
        , m_p(p)
        , m_language(Localization::current())
    {
        number(wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Server: ESTABLISHED")),
               QStringLiteral("server_established"),
               r.expected.serverStates,
               r.serverStates,
               QStringLiteral("ESTABLISHED"));
        number(wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Server: SYN_RECV")),
               QStringLiteral("server_syn_recv"),
               r.expected.serverStates,
               r.serverStates,
               QStringLiteral("SYN_RECV"));
        number(wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Clients connected")),
               QStringLiteral("clients_connected"),
               r.expected.outcomes,
               r.outcomes,
               QStringLiteral("connected"));
        clientsSee();
        const QString counter = p.value(QStringLiteral("counter")).toString();
        if (!counter.isEmpty()) {
            // The model leaves TCPSynRetrans open; with half-open clients the lesson works it out.
            QMap<QString, lab::Range> expectedCounters = r.expected.countersDelta;
            if (lab::hasHalfOpenClients(r.spec) && !expectedCounters.contains(QStringLiteral("TcpExt.TCPSynRetrans")))
                expectedCounters.insert(QStringLiteral("TcpExt.TCPSynRetrans"), lab::synAckFigures(r).expectedCounter);
            number(BilingualText{counter, counter}, QStringLiteral("counter_delta"), expectedCounters, r.countersDelta, counter);
        }
        if (lab::hasHalfOpenClients(r.spec))
            synAcks();
    }
    QList<Row> rows;
    QList<BilingualText> notes;

private:
    void number(const BilingualText &figure,
                const QString &predictionKey,
                const QMap<QString, lab::Range> &expected,
                const QMap<QString, qint64> &measured,
                const QString &key)
    {
        const qint64 predicted = m_p.value(predictionKey).toInteger();
        const std::optional<lab::Range> range = expected.contains(key) ? std::optional<lab::Range>(expected.value(key)) : std::nullopt;
        const qint64 m = measured.value(key);
        const BilingualText why = whyText(predicted, range, m);
        if (m != predicted)
            notes << figureNote(figure, why);
        rows << Row{figure.in(m_language), QString::number(predicted), rangeText(expected, key), QString::number(m), why};
    }
    static void add(BilingualText *list, const QString &key, const QString &count)
    {
        const BilingualText word = outcomeName(key);
        list->en += (list->en.isEmpty() ? QString() : QStringLiteral(", ")) % word.en % QLatin1Char(' ') % count;
        list->ja += (list->ja.isEmpty() ? QString() : QStringLiteral("、")) % word.ja % QLatin1Char(' ') % count;
    }
    // What the clients past the queue see: the outcomes other than "connected", in words.
    void clientsSee()
    {
        const QString predicted = m_p.value(QStringLiteral("clients_see")).toString();
        BilingualText expected;
        for (auto it = m_r.expected.outcomes.cbegin(); it != m_r.expected.outcomes.cend(); ++it) {
            if (it.key() != QLatin1String("connected") && it->high > 0)
                add(&expected, it.key(), it->toString());
        }
        BilingualText measured;
        bool seen = false;
        for (auto it = m_r.outcomes.cbegin(); it != m_r.outcomes.cend(); ++it) {
            if (it.key() != QLatin1String("connected") && it.value() > 0)
                add(&measured, it.key(), QString::number(it.value()));
            seen = seen || (it.key() == predicted && it.value() > 0);
        }
        const bool allConnected = measured.isEmpty();
        if (allConnected)
            measured = outcomeName(QStringLiteral("connected"));
        if (expected.isEmpty())
            expected = outcomeName(QStringLiteral("connected"));
        const bool right = predicted == QLatin1String("connected") ? allConnected : seen;
        const char *notWhat = QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Not what you predicted: the clients saw %1.");
        const BilingualText t = right ? wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "As you predicted."))
                                      : BilingualText{wizardText(notWhat, {measured.en}).en, wizardText(notWhat, {measured.ja}).ja};
        const BilingualText figure = wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Clients see"));
        if (!right)
            notes << figureNote(figure, t);
        rows << Row{figure.in(m_language), outcomeName(predicted).in(m_language), expected.in(m_language), measured.in(m_language), t};
    }
    void synAcks()
    {
        const lab::SynAckFigures f = lab::synAckFigures(m_r);
        const BilingualText figure = wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "SYN-ACK resends per request"));
        const qint64 predicted = m_p.value(QStringLiteral("synack_resends")).toInteger();
        const BilingualText t = predicted == f.timerResends
            ? wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Your prediction matches the server's timer."))
            : wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "The server's timer resends at %1 s after the SYN; in the %3 s window that makes %2."),
                         {secondsList(f.timerTimes), QString::number(f.timerResends), QString::number(f.window, 'g', 3)});
        if (predicted != f.timerResends)
            notes << figureNote(figure, t);
        rows << Row{figure.in(m_language),
                    QString::number(predicted),
                    QString::number(f.timerResends) % QLatin1String(" (") % secondsList(f.timerTimes) % QLatin1String(" s)"),
                    QStringLiteral("TcpExt.TCPSynRetrans +") % QString::number(f.measured),
                    t};
    }

    const lab::ExperimentResult &m_r;
    const QJsonObject &m_p;
    QString m_language;
};

QTableWidget *comparisonTable(QWidget *parent, const char *name)
{
    auto *t = new QTableWidget(0, 5, parent);
    t->setObjectName(QLatin1String(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    // The last column holds sentences: wrap them rather than cut them off.
    t->setWordWrap(true);
    t->setTextElideMode(Qt::ElideNone);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    return t;
}

} // namespace

LessonComparisonPage::LessonComparisonPage(LessonState *state)
    : LessonPage(state)
    , m_comparison(comparisonTable(this, "comparison"))
    , m_modelTitle(new QLabel(this))
    , m_model(new ComparisonTableView(ComparisonTableView::Kind::Lesson, this))
    , m_explanation(new QTextBrowser(this))
    , m_rerun(new QPushButton(this))
{
    m_model->setObjectName(QStringLiteral("modelComparison"));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_rerun->setObjectName(QStringLiteral("rerun"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_comparison, 4);
    layout->addWidget(m_modelTitle);
    layout->addWidget(m_model, 2);
    layout->addWidget(m_explanation, 3);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_rerun);
    layout->addLayout(row);
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        m_state->wizard->editAndRerun();
    });
}

QTableView *LessonComparisonPage::model() const
{
    return m_model;
}

void LessonComparisonPage::initializePage()
{
    retranslate();
    if (m_state->result)
        Q_EMIT m_state->wizard->lessonCompleted(*m_state->result, m_state->wizard->prediction(), m_state->lessonId);
}

void LessonComparisonPage::retranslate()
{
    setTitle(LessonWizard::tr("Prediction, model and measurement"));
    setSubTitle(LessonWizard::tr("Where they differ, the last column and the notes below say why."));
    m_modelTitle->setText(LessonWizard::tr("Every figure the kernel model predicts:"));
    m_rerun->setText(LessonWizard::tr("Run again with my own numbers"));
    fill();
}

void LessonComparisonPage::fill()
{
    m_comparison->setRowCount(0);
    m_explanation->clear();
    m_comparison->setHorizontalHeaderLabels({LessonWizard::tr("Figure"),
                                             LessonWizard::tr("Your prediction"),
                                             LessonWizard::tr("Model expects"),
                                             LessonWizard::tr("Measured"),
                                             LessonWizard::tr("Why")});
    if (!m_state->result) {
        m_model->comparisonModel()->clear();
        return;
    }
    const lab::ExperimentResult &r = *m_state->result;
    const PredictionRows p(r, m_state->wizard->prediction());
    const QString language = Localization::current();
    m_comparison->setRowCount(int(p.rows.size()));
    for (int i = 0; i < p.rows.size(); ++i) {
        const Row &row = p.rows.at(i);
        const QStringList cells = {row.figure, row.predicted, row.expected, row.measured, row.why.in(language)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_comparison->setItem(i, c, item);
        }
    }
    m_model->comparisonModel()->setResult(r);

    QString html = QLatin1String("<h3>") % LessonWizard::tr("Your prediction against the measurement").toHtmlEscaped() % QLatin1String("</h3>");
    if (p.notes.isEmpty())
        html += QLatin1String("<p>") % LessonWizard::tr("Every figure you predicted was right.").toHtmlEscaped() % QLatin1String("</p>");
    html += wizard::bilingualRows(p.notes);
    if (lab::hasHalfOpenClients(r.spec))
        html += synAckSection(r, lab::synAckFigures(r));
    html += QLatin1String("<h3>") % LessonWizard::tr("What the kernel model says, and every difference from it").toHtmlEscaped() % QLatin1String("</h3>")
        % wizard::bilingualRows(r.explanation);
    // The lesson's own word on the figures this kernel is known not to meet: which one, and why.
    const QList<BilingualText> declared = m_state->lesson() ? m_state->lesson()->differenceNotes(r) : QList<BilingualText>();
    if (!declared.isEmpty())
        html += QLatin1String("<h3>") % LessonWizard::tr("Where this kernel is known to differ from the model").toHtmlEscaped() % QLatin1String("</h3>")
            % wizard::bilingualRows(declared);
    m_explanation->setHtml(html);
}

} // namespace tcplab
