// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficcomparisonpage.h"

#include "lab/lessonrules.h"
#include "lessonwizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcplab
{

using wizard::wizardText;

namespace
{

// Whole numbers with thousands grouped, the same in both languages ("8,263").
QString grouped(double value)
{
    return QLocale(QLocale::English).toString(qRound64(value));
}

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

QString differenceText(double predicted, double measured)
{
    const std::optional<qint64> percent = lab::differencePercent(predicted, measured);
    if (!percent)
        return QStringLiteral("—");
    const QString sign = *percent > 0 ? QStringLiteral("+") : *percent < 0 ? QStringLiteral("−") : QString();
    return sign % QString::number(qAbs(*percent)) % QStringLiteral(" %");
}

// The explanation: the numbers of this run in every sentence, both languages side by side.
QList<BilingualText> whyParagraphs(const lab::TrafficResult &r, const lab::ScenarioFigures &f)
{
    const QString dash = QStringLiteral("—");
    const auto num = [dash](const std::optional<double> &v, QString (*format)(double)) {
        return v ? format(*v) : dash;
    };
    const lab::TrafficSpec &spec = r.spec;
    const double rateBytes = double(spec.rateBits()) / 8;
    const int frame = spec.mtu + 14;
    const int wireFrame = frame + int(checklist::kWireOverheadBytes);
    std::optional<double> putInBytes, ackBytes, ackMbps, documentMbps, wireMbps;
    if (f.put) {
        const lab::TrafficHost &s = f.put->server;
        putInBytes = s.figures.total.inBytesPerPacket;
        ackBytes = s.figures.total.outBytesPerPacket;
        ackMbps = lab::interfaceMbps(s, false);
        documentMbps = s.figures.inMbpsDocument;
        wireMbps = s.figures.total.inMbpsWire;
    }
    QList<BilingualText> why;
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "Why about %3 frames a second fill the link: %1 Mbit/s is %2 bytes a second, and a full frame is the "
                                        "%4-byte IP packet plus the 14-byte Ethernet header, %5 bytes; %2 ÷ %5 ≈ %3. On a real cable each frame "
                                        "also takes 24 bytes of preamble, checksum and gap, which leaves about %6. Measured here: %7 packets a "
                                        "second of %8 bytes into the server host during the put."),
                      {QString::number(double(spec.rateBits()) / 1e6, 'f', 0),
                       grouped(rateBytes),
                       grouped(rateBytes / frame),
                       QString::number(spec.mtu),
                       grouped(frame),
                       grouped(rateBytes / wireFrame),
                       num(f.putPacketsIn, grouped),
                       num(putInBytes, grouped)});
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "Why packets flow the other way too: the receiver acknowledges the data with ACK packets. It does not "
                                        "answer each data packet on its own; one ACK covers several segments that arrived together. During "
                                        "the put the server host sent %1 ACKs for every 100 data packets, each of %2 bytes (Ethernet, IP and "
                                        "TCP headers and no data): they raise the packet count but carry only %3 Mbps. The 2004 host sent "
                                        "about 1,000 packets a second back while it received about 6,000."),
                      {num(f.acksPer100, oneDecimal), num(ackBytes, grouped), ackMbps ? QString::number(*ackMbps, 'f', 2) : dash});
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "Why the put and the get are alike here: %1 packets a second came in during the put and %2 went out "
                                        "during the get. Both hosts are network namespaces of the same kernel and the data comes from memory "
                                        "and goes to memory, so only the link's rate limits either direction. The document measured two "
                                        "different machines running ftp, with disks on both ends (its host waited for disk I/O up to about "
                                        "30 % of the time), so its put reached about 6,000 packets a second (about 80 Mbps) and its get "
                                        "about 7,600 (close to 100 Mbps)."),
                      {num(f.putPacketsIn, grouped), num(f.getPacketsOut, grouped)});
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "Why the document's Table 4 method gives more: it adds 66 bytes to every packet's average size, but "
                                        "the interface's byte count already holds the 14-byte Ethernet header and a real frame needs only 24 "
                                        "bytes more on the cable. For this put the method gives %1 Mbps, the interface's byte count %2 Mbps "
                                        "and the count with 24 bytes of wire overhead per frame %3 Mbps: the method's figure is more than the "
                                        "link can carry."),
                      {num(documentMbps, oneDecimal), num(f.putMbps, oneDecimal), num(wireMbps, oneDecimal)});
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "The link here is emulated: a veth pair joins the two hosts' network namespaces, each end sends "
                                        "through a tbf queue that lets out %1 Mbit/s and no more, the MTU is %2, and the offloads (TSO, GSO, "
                                        "GRO) are off, so that every packet is one frame as on a real network card. Each direction has its "
                                        "own queue, as on a full-duplex link, and nothing else shares it."),
                      {QString::number(double(spec.rateBits()) / 1e6, 'f', 0), QString::number(spec.mtu)});
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "The document's rule of thumb allows a 100 Mbps full-duplex link about 80 % of its rate, 80 Mbps; the "
                                        "checklist marks a direction that reaches that share. Here the transfer fills the emulated link to "
                                        "%1 % of its rate, so the checklist's verdicts below show that the link is the bottleneck."),
                      {f.putMbps && spec.rateBits() > 0 ? QString::number(*f.putMbps * 1e6 / double(spec.rateBits()) * 100, 'f', 0) : dash});

    return why;
}

// The checklist's throughput verdicts of the server host, per phase and direction.
QString verdictsHtml(const lab::TrafficResult &r, const lab::ScenarioFigures &f)
{
    const lab::TrafficSpec &spec = r.spec;
    const QString dash = QStringLiteral("—");
    const auto num = [dash](const std::optional<double> &v, QString (*format)(double)) {
        return v ? format(*v) : dash;
    };
    QString html = QLatin1String("<h3>") % LessonWizard::tr("The checklist's verdicts for the server host").toHtmlEscaped()
        % QLatin1String("</h3><table cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse\"><tr><th>") % LessonWizard::tr("Phase").toHtmlEscaped()
        % QLatin1String("</th><th>") % LessonWizard::tr("Direction").toHtmlEscaped() % QLatin1String("</th><th>")
        % LessonWizard::tr("Packets/s").toHtmlEscaped() % QLatin1String("</th><th>") % LessonWizard::tr("Mbps").toHtmlEscaped() % QLatin1String("</th><th>")
        % LessonWizard::tr("Share of the link").toHtmlEscaped() % QLatin1String("</th><th>") % LessonWizard::tr("Throughput verdict").toHtmlEscaped()
        % QLatin1String("</th><th>") % LessonWizard::tr("Retransmitted").toHtmlEscaped() % QLatin1String("</th></tr>");
    for (const lab::TrafficPhase *stage : {f.put, f.get}) {
        if (!stage)
            continue;
        const lab::TrafficHost &s = stage->server;
        for (bool in : {true, false}) {
            const std::optional<double> mbps = lab::interfaceMbps(s, in);
            const std::optional<double> pps = in ? s.figures.total.inPacketsPerSecond : s.figures.total.outPacketsPerSecond;
            const QString share =
                mbps && spec.rateBits() > 0 ? QString::number(*mbps * 1e6 / double(spec.rateBits()) * 100, 'f', 0) % QStringLiteral(" %") : dash;
            const QString retransmitted = !in && s.figures.retransmissionRatio ? QString::number(*s.figures.retransmissionRatio * 100, 'f', 2)
                    % QStringLiteral(" % (") % checklist::verdictName(s.figures.retransmissions) % QLatin1Char(')')
                                                                               : dash;
            html += QLatin1String("<tr><td>") % (stage->name == QLatin1String("put") ? LessonWizard::tr("put") : LessonWizard::tr("get")).toHtmlEscaped()
                % QLatin1String("</td><td>") % (in ? LessonWizard::tr("in") : LessonWizard::tr("out")).toHtmlEscaped()
                % QLatin1String("</td><td align=\"right\">") % num(pps, grouped) % QLatin1String("</td><td align=\"right\">") % num(mbps, oneDecimal)
                % QLatin1String("</td><td align=\"right\">") % share % QLatin1String("</td><td>")
                % checklist::verdictName(in ? s.inThroughput : s.outThroughput).toHtmlEscaped() % QLatin1String("</td><td>") % retransmitted.toHtmlEscaped()
                % QLatin1String("</td></tr>");
        }
    }
    return html % QLatin1String("</table>");
}

} // namespace

TrafficComparisonPage::TrafficComparisonPage(LessonState *state)
    : LessonPage(state)
    , m_comparison(new QTableWidget(0, 5, this))
    , m_explanation(new QTextBrowser(this))
    , m_rerun(new QPushButton(this))
{
    m_comparison->setObjectName(QStringLiteral("trafficComparison"));
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->verticalHeader()->hide();
    // Short cells on one line each, so that the table's height is known before it is laid out.
    m_comparison->setWordWrap(false);
    m_comparison->setTextElideMode(Qt::ElideNone);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_comparison->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->setFocusPolicy(Qt::NoFocus);
    m_comparison->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_explanation->setObjectName(QStringLiteral("trafficExplanation"));
    m_rerun->setObjectName(QStringLiteral("trafficRerun"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_comparison);
    layout->addWidget(m_explanation, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_rerun);
    layout->addLayout(row);
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        m_state->wizard->editAndRerun();
    });
}

void TrafficComparisonPage::initializePage()
{
    retranslate();
    if (m_state->trafficResult)
        Q_EMIT m_state->wizard->trafficLessonCompleted(*m_state->trafficResult, m_state->wizard->prediction());
}

void TrafficComparisonPage::retranslate()
{
    setTitle(LessonWizard::tr("Prediction, the 2004 document and measurement"));
    setSubTitle(LessonWizard::tr("A prediction more than 20 % away from the measurement is marked; the text below says where the numbers come from."));
    m_rerun->setText(LessonWizard::tr("Predict and run again"));
    fill();
}

void TrafficComparisonPage::fill()
{
    m_comparison->setRowCount(0);
    m_explanation->clear();
    m_comparison->setHorizontalHeaderLabels({LessonWizard::tr("Figure"),
                                             LessonWizard::tr("Your prediction"),
                                             LessonWizard::tr("2004 document"),
                                             LessonWizard::tr("Measured here"),
                                             LessonWizard::tr("Difference")});
    if (!m_state->trafficResult)
        return;
    const lab::TrafficResult &r = *m_state->trafficResult;
    fillTable(r);
    const lab::ScenarioFigures f = lab::scenarioFigures(r);
    QString html = QLatin1String("<h3>") % LessonWizard::tr("Where the numbers come from").toHtmlEscaped() % QLatin1String("</h3>")
        % wizard::bilingualRows(whyParagraphs(r, f)) % verdictsHtml(r, f);
    if (!r.warnings.isEmpty())
        html += QLatin1String("<p>") % r.warnings.join(QLatin1String("<br>")).toHtmlEscaped() % QLatin1String("</p>");
    m_explanation->setHtml(html);
}

void TrafficComparisonPage::fillTable(const lab::TrafficResult &r)
{
    QTableWidget *table = m_comparison;
    const lab::ScenarioFigures f = lab::scenarioFigures(r);
    const QJsonObject p = m_state->wizard->prediction();

    struct Row {
        QString figure;
        double predicted;
        QString predictedText;
        QString document;
        std::optional<double> measured;
        QString measuredText;
    };
    const QString dash = QStringLiteral("—");
    const auto num = [dash](const std::optional<double> &v, QString (*format)(double)) {
        return v ? format(*v) : dash;
    };
    const double putIn = p.value(QStringLiteral("put_server_packets_in")).toDouble();
    const double getOut = p.value(QStringLiteral("get_server_packets_out")).toDouble();
    const double putMbps = p.value(QStringLiteral("put_mbps")).toDouble();
    const double acks = p.value(QStringLiteral("acks_per_100")).toDouble();
    const QList<Row> rows = {
        {LessonWizard::tr("Server host, put: packets/s in"),
         putIn,
         grouped(putIn),
         LessonWizard::tr("about %1").arg(grouped(lab::scenario3::kPutPacketsIn)),
         f.putPacketsIn,
         num(f.putPacketsIn, grouped)},
        {LessonWizard::tr("Server host, get: packets/s out"),
         getOut,
         grouped(getOut),
         LessonWizard::tr("about %1").arg(grouped(lab::scenario3::kGetPacketsOut)),
         f.getPacketsOut,
         num(f.getPacketsOut, grouped)},
        {LessonWizard::tr("Put: Mbps into the server host"),
         putMbps,
         QString::number(putMbps),
         LessonWizard::tr("about %1 (peak %2)").arg(grouped(lab::scenario3::kPutMbps), oneDecimal(lab::scenario3::kPeakInMbps)),
         f.putMbps,
         num(f.putMbps, oneDecimal)},
        {LessonWizard::tr("Put: ACK packets per 100 data packets"),
         acks,
         QString::number(acks),
         LessonWizard::tr("about %1 (%2 out for %3 in)")
             .arg(grouped(lab::scenario3::kPutPacketsOut / lab::scenario3::kPutPacketsIn * 100),
                  grouped(lab::scenario3::kPutPacketsOut),
                  grouped(lab::scenario3::kPutPacketsIn)),
         f.acksPer100,
         num(f.acksPer100, oneDecimal)},
    };
    const bool dark = table->palette().color(QPalette::Base).lightness() < 128;
    const QColor offText = dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xc0, 0x27, 0x2d);
    const QColor offBackground = dark ? QColor(0x5a, 0x1e, 0x22) : QColor(0xfd, 0xe2, 0xe1);
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const bool off = row.measured && lab::predictionIsOff(row.predicted, *row.measured);
        const QStringList cells = {row.figure,
                                   row.predictedText,
                                   row.document,
                                   row.measuredText,
                                   row.measured ? differenceText(row.predicted, *row.measured) : dash};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // The prediction and its difference carry the mark.
            if (off && (c == 1 || c == 4)) {
                item->setData(LessonWizard::OffRole, true);
                item->setForeground(offText);
                item->setBackground(offBackground);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(LessonWizard::tr("More than 20 % away from the measurement"));
            }
            table->setItem(i, c, item);
        }
    }
    // Four short rows: the table takes their height and leaves the rest to the explanation.
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int i = 0; i < table->rowCount(); ++i)
        height += table->rowHeight(i);
    table->setFixedHeight(height);
}

} // namespace tcplab
