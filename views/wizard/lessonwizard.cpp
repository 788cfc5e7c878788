// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonwizard.h"

#include "checklist/checklistview.h"
#include "i18n/localization.h"
#include "lab/kernelversion.h"
#include "lessons.h"
#include "queues/queuediagram.h"
#include "series/monitorsession.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizardPage>

#include <optional>

namespace tcplab {

namespace {

BilingualText lessonText(const char *source)
{
    return bilingual("tcplab::Lessons", source);
}

QString ui(const BilingualText &t)
{
    return t.in(Localization::current());
}

// Japanese on the left, English on the right, as the lessons are written in both.
class SideBySide : public QWidget
{
public:
    explicit SideBySide(QWidget *parent)
        : QWidget(parent)
        , m_ja(new QLabel(this))
        , m_en(new QLabel(this))
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QLabel *l : { m_ja, m_en }) {
            l->setWordWrap(true);
            l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout->addWidget(l, 1);
        }
    }
    void setText(const BilingualText &t)
    {
        m_ja->setText(t.ja);
        m_en->setText(t.en);
    }
    QLabel *m_ja;
    QLabel *m_en;
};

QSpinBox *spin(QWidget *parent, int low, int high, const char *name)
{
    auto *s = new QSpinBox(parent);
    s->setRange(low, high);
    s->setObjectName(QLatin1String(name));
    return s;
}

// A figure the model leaves open (a server that accepts has no fixed count of sockets) shows a
// dash rather than a 0 that would read as a prediction.
QString rangeText(const QMap<QString, lab::Range> &map, const QString &key)
{
    return map.contains(key) ? map.value(key).toString() : QStringLiteral("—");
}

// The clients' outcomes by the words the prediction page uses, not the result's keys.
BilingualText outcomeName(const QString &key)
{
    const char *source = nullptr;
    if (key == QLatin1String("connected"))
        source = QT_TRANSLATE_NOOP("tcplab::LessonWizard", "connected");
    else if (key == QLatin1String("timed_out"))
        source = QT_TRANSLATE_NOOP("tcplab::LessonWizard", "timed out");
    else if (key == QLatin1String("reset"))
        source = QT_TRANSLATE_NOOP("tcplab::LessonWizard", "reset");
    else if (key == QLatin1String("refused"))
        source = QT_TRANSLATE_NOOP("tcplab::LessonWizard", "refused");
    else if (key == QLatin1String("errors"))
        source = QT_TRANSLATE_NOOP("tcplab::LessonWizard", "other errors");
    return source ? bilingual("tcplab::LessonWizard", source) : BilingualText { key, key };
}

// The model's groups of figures in words.
QString groupName(const QString &group)
{
    if (group == QLatin1String("server.states"))
        return LessonWizard::tr("Server sockets");
    if (group == QLatin1String("client.states"))
        return LessonWizard::tr("Client sockets");
    if (group == QLatin1String("client.outcomes"))
        return LessonWizard::tr("Client outcomes");
    if (group == QLatin1String("counters_delta"))
        return LessonWizard::tr("Counter growth");
    return group;
}

// Lessons with clients that never complete their handshakes: the server resends its SYN-ACKs.
bool hasHalfOpen(const lab::ExperimentSpec &spec)
{
    return spec.lateClients > 0 && spec.lateHandshakeMs < 0;
}

QString secondsList(const QList<double> &times)
{
    QStringList parts;
    for (double t : times)
        parts << QString::number(t, 'g', 4);
    return parts.join(QLatin1String(", "));
}

// What the SYN-ACK lesson compares: the server's retransmission timer by the kernel's rule and
// what TcpExt.TCPSynRetrans measured.
struct SynAckFigures {
    int retries = 5;
    double window = 0;
    QList<double> timerTimes; // seconds after the SYN
    int timerResends = 0; // of those, inside the window
    int clientResends = 0; // each half-open client's own SYN retransmissions in the window
    lab::Range expectedCounter;
    qint64 measured = 0;
    QList<qint64> bySecond; // the counter's growth at the end of each whole second
};

SynAckFigures synAckFigures(const lab::ExperimentResult &r)
{
    SynAckFigures f;
    bool ok = false;
    const int sysctl = r.sysctls.value(QStringLiteral("net/ipv4/tcp_synack_retries")).toInt(&ok);
    f.retries = ok ? sysctl : r.expected.settings.synackRetries;
    f.window = r.spec.observeS;
    // reqsk_timer_handler(): the request's timer starts at TCP_TIMEOUT_INIT (1 s) and doubles with
    // every resend (capped at TCP_RTO_MAX, 120 s), tcp_synack_retries times.
    double at = 0;
    double rto = 1;
    for (int i = 0; i < f.retries; ++i) {
        at += rto;
        f.timerTimes << at;
        rto = qMin(rto * 2, 120.0);
    }
    f.timerResends = lab::synsWithin(f.timerTimes, f.window);
    const QList<double> clientTimes = lab::synTransmissionTimes(r.expected.kernel, r.expected.settings);
    f.clientResends = qMax(0, lab::synsWithin(clientTimes, f.window) - 1);
    // A resend due right at the window's edge may or may not be counted (as in the kernel model).
    const qint64 clientLow = qMax(0, lab::synsWithin(clientTimes, f.window - 0.3) - 1);
    const qint64 clientHigh = qMax(0, lab::synsWithin(clientTimes, f.window + 0.3) - 1);
    const qint64 timerHigh = lab::synsWithin(f.timerTimes, f.window + 0.3);
    // tcp_check_req() answers each resent SYN of a known request with another SYN-ACK (at most
    // one per tcp_invalid_ratelimit) and restarts the request's timer, so the counter grows by
    // the clients' SYNs, the answers to them, and whatever timer resends still fall in between.
    const qint64 late = r.spec.lateClients;
    f.expectedCounter = lab::Range::between(late * clientLow, late * (2 * clientHigh + timerHigh));
    const QString key = QStringLiteral("TcpExt.TCPSynRetrans");
    f.measured = r.countersDelta.value(key);
    for (int second = 1; second <= int(f.window); ++second) {
        qint64 value = 0;
        for (const lab::TimelineSample &s : r.timeline) {
            if (s.elapsedMs <= second * 1000)
                value = s.counters.value(key);
        }
        f.bySecond << value;
    }
    return f;
}

QString synAckSection(const lab::ExperimentResult &r, const SynAckFigures &f)
{
    const auto both = [](const BilingualText &t) -> QString {
        return QLatin1String("<tr><td width=\"50%\">") % t.ja.toHtmlEscaped() % QLatin1String("</td><td>") % t.en.toHtmlEscaped()
            % QLatin1String("</td></tr>");
    };
    QStringList growth;
    for (int i = 0; i < f.bySecond.size(); ++i)
        growth << QString::number(i + 1) % QLatin1String(" s: +") % QString::number(f.bySecond.at(i));
    QString html = QLatin1String("<h3>") % LessonWizard::tr("SYN-ACK retransmissions").toHtmlEscaped()
        % QLatin1String("</h3><table width=\"100%\" cellpadding=\"3\">");
    html += both(bilingual("tcplab::LessonWizard",
                           QT_TRANSLATE_NOOP("tcplab::LessonWizard", "With tcp_synack_retries = %1 the server's timer resends each SYN-ACK at %2 s "
                                                                     "after the SYN; %3 of these fall inside the %4 s window."),
                           { QString::number(f.retries), secondsList(f.timerTimes), QString::number(f.timerResends),
                             QString::number(f.window, 'g', 3) }));
    html += both(bilingual("tcplab::LessonWizard",
                           QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Each of the %1 half-open clients also resends its own SYN %2 times in the window. "
                                                                     "The server answers every resent SYN with a SYN-ACK at once and restarts its timer, "
                                                                     "so TcpExt.TCPSynRetrans, which counts both ends, should grow by %3."),
                           { QString::number(r.spec.lateClients), QString::number(f.clientResends), f.expectedCounter.toString() }));
    html += both(bilingual("tcplab::LessonWizard",
                           f.expectedCounter.contains(f.measured)
                               ? QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Measured: TcpExt.TCPSynRetrans grew by %1 (%2), as expected.")
                               : QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Measured: TcpExt.TCPSynRetrans grew by %1 (%2), outside the expected %3."),
                           f.expectedCounter.contains(f.measured)
                               ? QStringList { QString::number(f.measured), growth.join(QLatin1String(", ")) }
                               : QStringList { QString::number(f.measured), growth.join(QLatin1String(", ")), f.expectedCounter.toString() }));
    return html % QLatin1String("</table>");
}

QString finishedText(const lab::ExperimentResult &result)
{
    return LessonWizard::tr("Finished in %1 s. Go on to compare.").arg(double(result.durationMs) / 1000, 0, 'f', 1);
}

class WizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    virtual void retranslate() { }
};

// The 2004 document's scenario 3, the host it measured on a 100 Mbps link: Figure 1's packet
// rates during an ftp put (about 6,000 in, 1,000 out a second) and an ftp get (about 7,600 out,
// 4,000 in), Figure 4's throughput of the put (about 80 Mbps; Table 4.2's peak input was
// 79,773,206 bit/s).
constexpr double kDocumentPutPacketsIn = 6000;
constexpr double kDocumentPutPacketsOut = 1000;
constexpr double kDocumentGetPacketsOut = 7600;
constexpr double kDocumentPutMbps = 80;
constexpr double kDocumentPeakInMbps = 79.773206;
// A prediction further than this from the measurement is marked.
constexpr double kOffShare = 0.20;

// Whole numbers with thousands grouped, the same in both languages ("8,263").
QString grouped(double value)
{
    return QLocale(QLocale::English).toString(qRound64(value));
}

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

const lab::TrafficPhase *findPhase(const lab::TrafficResult &r, const QString &name)
{
    for (const lab::TrafficPhase &p : r.phases) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

// The interface's own byte count (Ethernet header included) in Mbps, as `tcplab traffic` shows it.
std::optional<double> interfaceMbps(const lab::TrafficHost &h, bool in)
{
    if (h.figures.seconds <= 0)
        return std::nullopt;
    return double(in ? h.link.rxBytes : h.link.txBytes) * 8 / h.figures.seconds / 1e6;
}

// The four figures the traffic lesson asks for, from the server host's side.
struct ScenarioFigures {
    const lab::TrafficPhase *put = nullptr;
    const lab::TrafficPhase *get = nullptr;
    std::optional<double> putPacketsIn;
    std::optional<double> getPacketsOut;
    std::optional<double> putMbps;
    std::optional<double> acksPer100; // packets out per 100 packets in, during the put
};

ScenarioFigures scenarioFigures(const lab::TrafficResult &r)
{
    ScenarioFigures f;
    f.put = findPhase(r, QStringLiteral("put"));
    f.get = findPhase(r, QStringLiteral("get"));
    if (f.put) {
        const checklist::InterfaceFigures &t = f.put->server.figures.total;
        f.putPacketsIn = t.inPacketsPerSecond;
        f.putMbps = interfaceMbps(f.put->server, true);
        if (t.inPacketsPerSecond && t.outPacketsPerSecond && *t.inPacketsPerSecond > 0)
            f.acksPer100 = *t.outPacketsPerSecond / *t.inPacketsPerSecond * 100;
    }
    if (f.get)
        f.getPacketsOut = f.get->server.figures.total.outPacketsPerSecond;
    return f;
}

bool predictionIsOff(double predicted, double measured)
{
    if (measured <= 0)
        return predicted != 0;
    return qAbs(predicted - measured) > kOffShare * measured;
}

QString differenceText(double predicted, double measured)
{
    if (measured <= 0)
        return predicted == 0 ? QStringLiteral("0 %") : QStringLiteral("—");
    const long long percent = qRound64((predicted - measured) / measured * 100);
    const QString sign = percent > 0 ? QStringLiteral("+") : percent < 0 ? QStringLiteral("−") : QString();
    return sign % QString::number(qAbs(percent)) % QStringLiteral(" %");
}

// Japanese on the left, English on the right, one row per paragraph.
QString bilingualRows(const QList<BilingualText> &paragraphs)
{
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");
    for (const BilingualText &t : paragraphs)
        html += QLatin1String("<tr><td width=\"50%\" valign=\"top\">") % t.ja.toHtmlEscaped() % QLatin1String("</td><td valign=\"top\">")
            % t.en.toHtmlEscaped() % QLatin1String("</td></tr>");
    return html % QLatin1String("</table>");
}

QString trafficFinishedText(const lab::TrafficResult &r)
{
    const ScenarioFigures f = scenarioFigures(r);
    return LessonWizard::tr("Finished: %1 packets a second into the server host during the put, %2 out of it during the get. Go on to compare.")
        .arg(f.putPacketsIn ? grouped(*f.putPacketsIn) : QStringLiteral("—"), f.getPacketsOut ? grouped(*f.getPacketsOut) : QStringLiteral("—"));
}

} // namespace

struct LessonWizard::Private {
    LessonWizard *q;
    MonitorSession *session = nullptr;
    bool ownSession = false;
    QString lessonId;
    QString loadedSpecFor; // the lesson whose spec the settings page holds
    QString loadedPredictionFor;
    lab::RunnerOptions options;
    lab::ExperimentRunner *runner = nullptr;
    std::optional<lab::ExperimentResult> result;
    QList<WizardPage *> pages;

    // Choose
    QListWidget *lessonList = nullptr;
    // Intro
    SideBySide *question = nullptr;
    SideBySide *background = nullptr;
    QLabel *questionTitle = nullptr;
    QLabel *backgroundTitle = nullptr;
    // Settings
    QFormLayout *settingsForm = nullptr;
    QSpinBox *backlog = nullptr;
    QSpinBox *clients = nullptr;
    QSpinBox *lateClients = nullptr;
    QSpinBox *lateHandshake = nullptr;
    QSpinBox *somaxconn = nullptr;
    QSpinBox *maxSynBacklog = nullptr;
    QComboBox *syncookies = nullptr;
    QComboBox *abortOnOverflow = nullptr;
    QSpinBox *synackRetries = nullptr;
    QComboBox *accept = nullptr;
    QSpinBox *acceptDelay = nullptr;
    QSpinBox *observe = nullptr;
    QLabel *settingsProblems = nullptr;
    // Prediction
    QFormLayout *predictionForm = nullptr;
    QSpinBox *predictServer = nullptr;
    QSpinBox *predictSynRecv = nullptr;
    QSpinBox *predictConnected = nullptr;
    QComboBox *predictSees = nullptr;
    QComboBox *predictCounter = nullptr;
    QSpinBox *predictCounterValue = nullptr;
    QSpinBox *predictSynAcks = nullptr;
    // Run
    QueueDiagram *diagram = nullptr;
    QProgressBar *progress = nullptr;
    QLabel *phase = nullptr;
    QPushButton *retry = nullptr;
    // Comparison
    QTableWidget *comparison = nullptr;
    QTableWidget *model = nullptr;
    QTextBrowser *explanation = nullptr;
    QPushButton *rerun = nullptr;
    QLabel *modelTitle = nullptr;
    // Host
    ChecklistView *checklist = nullptr;
    QComboBox *predictVerdict = nullptr;
    QLabel *verdictLabel = nullptr;
    // Traffic lesson
    lab::TrafficRunner *trafficRunner = nullptr;
    std::optional<lab::TrafficResult> trafficResult;
    double trafficDurationS = 0; // 0: the lesson's own
    QString loadedTrafficPredictionFor;
    QFormLayout *trafficForm = nullptr;
    QSpinBox *predictPutIn = nullptr;
    QSpinBox *predictGetOut = nullptr;
    QSpinBox *predictPutMbps = nullptr;
    QSpinBox *predictAcks = nullptr;
    QLabel *linkTitle = nullptr;
    QFormLayout *linkForm = nullptr;
    QLabel *linkRate = nullptr;
    QLabel *linkMtu = nullptr;
    QLabel *linkDuration = nullptr;
    QLabel *trafficPhases = nullptr;
    QProgressBar *trafficProgress = nullptr;
    QLabel *trafficStatus = nullptr;
    QPushButton *trafficStop = nullptr;
    QPushButton *trafficRetry = nullptr;
    QTableWidget *trafficComparison = nullptr;
    QTextBrowser *trafficExplanation = nullptr;
    QPushButton *trafficRerun = nullptr;

    const Lesson *lesson() const { return findLesson(lessonId); }
    void loadSpec(const lab::ExperimentSpec &spec);
    lab::ExperimentSpec spec() const;
    QJsonObject prediction() const;
    void startRun();
    void fillComparison();
    void retranslateAll();
    lab::TrafficSpec trafficSpec() const;
    void startTrafficRun();
    void fillTrafficComparison();
};

namespace {

class ChoosePageImpl : public WizardPage
{
public:
    explicit ChoosePageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->lessonList = new QListWidget(this);
        d->lessonList->setObjectName(QStringLiteral("lessonList"));
        for (const Lesson &l : lessons()) {
            auto *item = new QListWidgetItem(d->lessonList);
            item->setData(Qt::UserRole, l.id);
        }
        d->lessonList->setCurrentRow(0);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(d->lessonList);
        connect(d->lessonList, &QListWidget::currentRowChanged, this, [this] {
            const auto *item = m_d->lessonList->currentItem();
            m_d->lessonId = item ? item->data(Qt::UserRole).toString() : QString();
            Q_EMIT completeChanged();
        });
        d->lessonId = lessons().first().id;
    }
    void retranslate() override
    {
        setTitle(LessonWizard::tr("Choose a lesson"));
        setSubTitle(LessonWizard::tr("Each lesson asks a question, lets you predict the answer, runs the experiment and compares."));
        for (int i = 0; i < m_d->lessonList->count(); ++i) {
            const Lesson *l = findLesson(m_d->lessonList->item(i)->data(Qt::UserRole).toString());
            const BilingualText t = lessonText(l->title);
            m_d->lessonList->item(i)->setText(QString::number(i + 1) % QLatin1String(". ") % t.ja % QStringLiteral(" — ") % t.en);
        }
    }
    bool isComplete() const override { return m_d->lesson() != nullptr; }

private:
    LessonWizard::Private *m_d;
};

class IntroPageImpl : public WizardPage
{
public:
    explicit IntroPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->questionTitle = new QLabel(this);
        d->question = new SideBySide(this);
        d->backgroundTitle = new QLabel(this);
        d->background = new SideBySide(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(d->questionTitle);
        layout->addWidget(d->question);
        layout->addSpacing(8);
        layout->addWidget(d->backgroundTitle);
        layout->addWidget(d->background);
        layout->addStretch(1);
    }
    void initializePage() override { retranslate(); }
    void retranslate() override
    {
        const Lesson *l = m_d->lesson();
        if (!l)
            return;
        setTitle(ui(lessonText(l->title)));
        setSubTitle(LessonWizard::tr("The question and what you need to know, in Japanese and English."));
        m_d->questionTitle->setText(QLatin1String("<b>") % LessonWizard::tr("Question").toHtmlEscaped() % QLatin1String("</b>"));
        m_d->backgroundTitle->setText(QLatin1String("<b>") % LessonWizard::tr("Background").toHtmlEscaped() % QLatin1String("</b>"));
        m_d->question->setText(lessonText(l->question));
        m_d->background->setText(lessonText(l->background));
    }
    int nextId() const override
    {
        const Lesson *l = m_d->lesson();
        if (l && l->hostChecklist)
            return LessonWizard::HostPage;
        return l && l->traffic ? LessonWizard::TrafficPredictionPage : LessonWizard::SettingsPage;
    }

private:
    LessonWizard::Private *m_d;
};

class SettingsPageImpl : public WizardPage
{
public:
    explicit SettingsPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->backlog = spin(this, 0, 65535, "backlog");
        d->clients = spin(this, 1, 60000, "clients");
        d->lateClients = spin(this, 0, 60000, "lateClients");
        d->lateHandshake = spin(this, -1, 600000, "lateHandshakeMs");
        d->lateHandshake->setSingleStep(100);
        d->somaxconn = spin(this, -1, 65535, "somaxconn");
        d->maxSynBacklog = spin(this, -1, 65535, "maxSynBacklog");
        d->synackRetries = spin(this, -1, 255, "synackRetries");
        d->syncookies = new QComboBox(this);
        d->syncookies->setObjectName(QStringLiteral("syncookies"));
        d->abortOnOverflow = new QComboBox(this);
        d->abortOnOverflow->setObjectName(QStringLiteral("abortOnOverflow"));
        for (int v : { -1, 0, 1, 2 })
            d->syncookies->addItem(QString(), v);
        for (int v : { -1, 0, 1 })
            d->abortOnOverflow->addItem(QString(), v);
        d->accept = new QComboBox(this);
        d->accept->setObjectName(QStringLiteral("accept"));
        for (auto m : { lab::AcceptMode::Never, lab::AcceptMode::Delay, lab::AcceptMode::Immediate })
            d->accept->addItem(QString(), int(m));
        d->acceptDelay = spin(this, 1, 60000, "acceptDelayMs");
        d->observe = spin(this, 1, 600, "observeS");
        d->settingsProblems = new QLabel(this);
        d->settingsProblems->setWordWrap(true);
        d->settingsForm = new QFormLayout;
        for (QWidget *w : std::initializer_list<QWidget *> { d->backlog, d->clients, d->lateClients, d->lateHandshake, d->somaxconn,
                                                             d->maxSynBacklog, d->syncookies, d->abortOnOverflow, d->synackRetries,
                                                             d->accept, d->acceptDelay, d->observe })
            d->settingsForm->addRow(new QLabel(this), w);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(d->settingsForm);
        layout->addWidget(d->settingsProblems);
        layout->addStretch(1);
        for (QSpinBox *s : { d->backlog, d->clients, d->lateClients, d->lateHandshake, d->somaxconn, d->maxSynBacklog, d->synackRetries, d->acceptDelay, d->observe })
            connect(s, &QSpinBox::valueChanged, this, &SettingsPageImpl::check);
        for (QComboBox *c : { d->syncookies, d->abortOnOverflow, d->accept })
            connect(c, &QComboBox::currentIndexChanged, this, &SettingsPageImpl::check);
    }
    void initializePage() override
    {
        // Coming back to re-run keeps the student's numbers; a new lesson starts from its own.
        if (m_d->loadedSpecFor != m_d->lessonId && m_d->lesson()) {
            m_d->loadSpec(m_d->lesson()->spec);
            m_d->loadedSpecFor = m_d->lessonId;
        }
        retranslate();
        check();
    }
    void retranslate() override
    {
        setTitle(LessonWizard::tr("Settings"));
        setSubTitle(LessonWizard::tr("What the experiment will do. Change any number to try your own; -1 keeps the sandbox's default."));
        const QStringList labels = { LessonWizard::tr("Backlog passed to listen():"),
                                     LessonWizard::tr("Clients connecting at once:"),
                                     LessonWizard::tr("Half-open clients (started first):"),
                                     LessonWizard::tr("They complete after (ms, -1 never):"),
                                     LessonWizard::tr("net.core.somaxconn:"),
                                     LessonWizard::tr("net.ipv4.tcp_max_syn_backlog:"),
                                     LessonWizard::tr("net.ipv4.tcp_syncookies:"),
                                     LessonWizard::tr("net.ipv4.tcp_abort_on_overflow:"),
                                     LessonWizard::tr("net.ipv4.tcp_synack_retries:"),
                                     LessonWizard::tr("The server calls accept():"),
                                     LessonWizard::tr("Delay between accept() calls (ms):"),
                                     LessonWizard::tr("Observe for (s):") };
        for (int i = 0; i < labels.size(); ++i)
            static_cast<QLabel *>(m_d->settingsForm->itemAt(i, QFormLayout::LabelRole)->widget())->setText(labels.at(i));
        m_d->syncookies->setItemText(0, LessonWizard::tr("default"));
        m_d->syncookies->setItemText(1, LessonWizard::tr("0: off"));
        m_d->syncookies->setItemText(2, LessonWizard::tr("1: when the SYN queue is full"));
        m_d->syncookies->setItemText(3, LessonWizard::tr("2: always"));
        m_d->abortOnOverflow->setItemText(0, LessonWizard::tr("default"));
        m_d->abortOnOverflow->setItemText(1, LessonWizard::tr("0: drop the final ACK"));
        m_d->abortOnOverflow->setItemText(2, LessonWizard::tr("1: reset the connection"));
        m_d->accept->setItemText(0, LessonWizard::tr("never"));
        m_d->accept->setItemText(1, LessonWizard::tr("slowly, one at a time"));
        m_d->accept->setItemText(2, LessonWizard::tr("at once"));
        for (QSpinBox *s : { m_d->somaxconn, m_d->maxSynBacklog, m_d->synackRetries })
            s->setSpecialValueText(LessonWizard::tr("default"));
        m_d->lateHandshake->setSpecialValueText(LessonWizard::tr("never"));
    }
    bool isComplete() const override { return m_d->spec().validate().isEmpty(); }

private:
    void check()
    {
        m_d->settingsProblems->setText(m_d->spec().validate().join(QLatin1Char('\n')));
        Q_EMIT completeChanged();
    }
    LessonWizard::Private *m_d;
};

class PredictionPageImpl : public WizardPage
{
public:
    explicit PredictionPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->predictServer = spin(this, 0, 120000, "predictServer");
        d->predictSynRecv = spin(this, 0, 120000, "predictSynRecv");
        d->predictConnected = spin(this, 0, 120000, "predictConnected");
        d->predictSees = new QComboBox(this);
        d->predictSees->setObjectName(QStringLiteral("predictSees"));
        for (const char *o : { "connected", "timed_out", "reset", "refused" })
            d->predictSees->addItem(QString(), QLatin1String(o));
        d->predictCounter = new QComboBox(this);
        d->predictCounter->setObjectName(QStringLiteral("predictCounter"));
        d->predictCounter->addItem(QString(), QString());
        for (const QString &c : lab::reportedCounters())
            d->predictCounter->addItem(c, c);
        d->predictCounterValue = spin(this, 0, 1000000, "predictCounterValue");
        d->predictSynAcks = spin(this, 0, 100, "predictSynAcks");
        d->predictionForm = new QFormLayout;
        for (QWidget *w : std::initializer_list<QWidget *> { d->predictServer, d->predictSynRecv, d->predictConnected, d->predictSees,
                                                             d->predictCounter, d->predictCounterValue, d->predictSynAcks })
            d->predictionForm->addRow(new QLabel(this), w);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(d->predictionForm);
        layout->addStretch(1);
    }
    void initializePage() override
    {
        if (m_d->loadedPredictionFor != m_d->lessonId) {
            for (QSpinBox *s : { m_d->predictServer, m_d->predictSynRecv, m_d->predictConnected, m_d->predictCounterValue, m_d->predictSynAcks })
                s->setValue(0);
            m_d->predictSees->setCurrentIndex(0);
            m_d->predictCounter->setCurrentIndex(0);
            m_d->loadedPredictionFor = m_d->lessonId;
        }
        // Only half-open clients make the server resend SYN-ACKs on its timer.
        m_d->predictionForm->setRowVisible(m_d->predictSynAcks, hasHalfOpen(m_d->spec()));
        retranslate();
    }
    void retranslate() override
    {
        setTitle(LessonWizard::tr("Your prediction"));
        setSubTitle(LessonWizard::tr("Write down what you expect before the run. The numbers are for the end of the observation."));
        const QStringList labels = { LessonWizard::tr("Connections the server holds (ESTABLISHED):"),
                                     LessonWizard::tr("Half-open on the server (SYN_RECV):"),
                                     LessonWizard::tr("Clients that connect:"),
                                     LessonWizard::tr("What the other clients see:"),
                                     LessonWizard::tr("The counter that moves:"),
                                     LessonWizard::tr("By how much:"),
                                     LessonWizard::tr("SYN-ACK resends per request:") };
        for (int i = 0; i < labels.size(); ++i)
            static_cast<QLabel *>(m_d->predictionForm->itemAt(i, QFormLayout::LabelRole)->widget())->setText(labels.at(i));
        m_d->predictSees->setItemText(0, LessonWizard::tr("all of them connect"));
        m_d->predictSees->setItemText(1, LessonWizard::tr("they wait and time out"));
        m_d->predictSees->setItemText(2, LessonWizard::tr("they are reset"));
        m_d->predictSees->setItemText(3, LessonWizard::tr("they are refused"));
        m_d->predictCounter->setItemText(0, LessonWizard::tr("none"));
    }

private:
    LessonWizard::Private *m_d;
};

class RunPageImpl : public WizardPage
{
public:
    explicit RunPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->diagram = new QueueDiagram(this);
        d->diagram->setObjectName(QStringLiteral("queueDiagram"));
        d->progress = new QProgressBar(this);
        d->progress->setObjectName(QStringLiteral("runProgress"));
        d->progress->setRange(0, 1000);
        d->phase = new QLabel(this);
        d->phase->setWordWrap(true);
        d->retry = new QPushButton(this);
        d->retry->hide();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(d->diagram, 1);
        layout->addWidget(d->progress);
        auto *row = new QHBoxLayout;
        row->addWidget(d->phase, 1);
        row->addWidget(d->retry);
        layout->addLayout(row);
        connect(d->retry, &QPushButton::clicked, this, [this] { m_d->startRun(); });
    }
    void initializePage() override
    {
        retranslate();
        m_d->startRun();
    }
    void cleanupPage() override
    {
        if (m_d->runner->isRunning())
            m_d->runner->stop();
    }
    void retranslate() override
    {
        setTitle(LessonWizard::tr("The run"));
        setSubTitle(LessonWizard::tr("The experiment runs in a private network namespace; the picture shows the listener's queues as they fill."));
        m_d->retry->setText(LessonWizard::tr("Try again"));
        // The finished line is set when the run ends; say it again in the new language.
        if (m_d->result && !m_d->runner->isRunning())
            m_d->phase->setText(finishedText(*m_d->result));
    }
    bool isComplete() const override { return m_d->result.has_value() && !m_d->runner->isRunning(); }

private:
    LessonWizard::Private *m_d;
};

class ComparisonPageImpl : public WizardPage
{
public:
    explicit ComparisonPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        const auto table = [this](const char *name) {
            auto *t = new QTableWidget(0, 5, this);
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
        };
        d->comparison = table("comparison");
        d->model = table("modelComparison");
        d->modelTitle = new QLabel(this);
        d->explanation = new QTextBrowser(this);
        d->explanation->setObjectName(QStringLiteral("explanation"));
        d->rerun = new QPushButton(this);
        d->rerun->setObjectName(QStringLiteral("rerun"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(d->comparison, 4);
        layout->addWidget(d->modelTitle);
        layout->addWidget(d->model, 2);
        layout->addWidget(d->explanation, 3);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(d->rerun);
        layout->addLayout(row);
        connect(d->rerun, &QPushButton::clicked, this, [this] { m_d->q->editAndRerun(); });
    }
    void initializePage() override
    {
        retranslate();
        if (m_d->result)
            Q_EMIT m_d->q->lessonCompleted(*m_d->result, m_d->prediction(), m_d->lessonId);
    }
    void retranslate() override
    {
        setTitle(LessonWizard::tr("Prediction, model and measurement"));
        setSubTitle(LessonWizard::tr("Where they differ, the last column and the notes below say why."));
        m_d->modelTitle->setText(LessonWizard::tr("Every figure the kernel model predicts:"));
        m_d->rerun->setText(LessonWizard::tr("Run again with my own numbers"));
        m_d->fillComparison();
    }
    // The last page of a run lesson (by default QWizard would go on to the next page id).
    int nextId() const override { return -1; }

private:
    LessonWizard::Private *m_d;
};

class HostPageImpl : public WizardPage
{
public:
    explicit HostPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->verdictLabel = new QLabel(this);
        d->predictVerdict = new QComboBox(this);
        d->predictVerdict->setObjectName(QStringLiteral("predictVerdict"));
        for (auto v : { checklist::Verdict::Ok, checklist::Verdict::LookCloser, checklist::Verdict::Problem })
            d->predictVerdict->addItem(QString(), int(v));
        d->checklist = new ChecklistView(d->session, this);
        d->checklist->setObjectName(QStringLiteral("checklist"));
        auto *row = new QHBoxLayout;
        row->addWidget(d->verdictLabel);
        row->addWidget(d->predictVerdict);
        row->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(d->checklist, 1);
    }
    void initializePage() override
    {
        retranslate();
        if (m_d->ownSession && !m_d->session->isRunning())
            m_d->session->start();
    }
    void retranslate() override
    {
        setTitle(ui(lessonText(findLesson(QStringLiteral("host-checklist"))->title)));
        setSubTitle(LessonWizard::tr("Your guess first, then the checklist of this machine, refreshed with every sample."));
        m_d->verdictLabel->setText(LessonWizard::tr("Verdict you expect for errors and retransmissions:"));
        m_d->predictVerdict->setItemText(0, checklist::verdictName(checklist::Verdict::Ok));
        m_d->predictVerdict->setItemText(1, checklist::verdictName(checklist::Verdict::LookCloser));
        m_d->predictVerdict->setItemText(2, checklist::verdictName(checklist::Verdict::Problem));
    }
    bool validatePage() override
    {
        // Nothing ran: the result only says so; the prediction carries the readings.
        lab::ExperimentResult result;
        result.spec.hostLoopback = true;
        result.sandbox = false;
        Q_EMIT m_d->q->lessonCompleted(result, m_d->prediction(), m_d->lessonId);
        return true;
    }
    int nextId() const override { return -1; }

private:
    LessonWizard::Private *m_d;
};

class TrafficPredictionPageImpl : public WizardPage
{
public:
    explicit TrafficPredictionPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->predictPutIn = spin(this, 0, 10000000, "predictPutPacketsIn");
        d->predictGetOut = spin(this, 0, 10000000, "predictGetPacketsOut");
        d->predictPutMbps = spin(this, 0, 100000, "predictPutMbps");
        d->predictAcks = spin(this, 0, 1000, "predictAcksPer100");
        for (QSpinBox *s : { d->predictPutIn, d->predictGetOut })
            s->setGroupSeparatorShown(true);
        d->trafficForm = new QFormLayout;
        for (QWidget *w : std::initializer_list<QWidget *> { d->predictPutIn, d->predictGetOut, d->predictPutMbps, d->predictAcks })
            d->trafficForm->addRow(new QLabel(this), w);
        d->linkTitle = new QLabel(this);
        d->linkRate = new QLabel(this);
        d->linkRate->setObjectName(QStringLiteral("linkRate"));
        d->linkMtu = new QLabel(this);
        d->linkMtu->setObjectName(QStringLiteral("linkMtu"));
        d->linkDuration = new QLabel(this);
        d->linkDuration->setObjectName(QStringLiteral("linkDuration"));
        d->linkForm = new QFormLayout;
        for (QLabel *value : { d->linkRate, d->linkMtu, d->linkDuration }) {
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            d->linkForm->addRow(new QLabel(this), value);
        }
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(d->trafficForm);
        layout->addSpacing(12);
        layout->addWidget(d->linkTitle);
        layout->addLayout(d->linkForm);
        layout->addStretch(1);
    }
    void initializePage() override
    {
        if (m_d->loadedTrafficPredictionFor != m_d->lessonId) {
            for (QSpinBox *s : { m_d->predictPutIn, m_d->predictGetOut, m_d->predictPutMbps, m_d->predictAcks })
                s->setValue(0);
            m_d->loadedTrafficPredictionFor = m_d->lessonId;
        }
        retranslate();
    }
    void retranslate() override
    {
        setTitle(LessonWizard::tr("Your prediction"));
        setSubTitle(LessonWizard::tr("Write down what you expect for the server host before the run: its packet rates, the put's throughput "
                                     "and the ACKs it sends back."));
        const QStringList labels = { LessonWizard::tr("Packets a second into the server host during the put:"),
                                     LessonWizard::tr("Packets a second out of the server host during the get:"),
                                     LessonWizard::tr("Mbps into the server host during the put:"),
                                     LessonWizard::tr("ACK packets sent back for every 100 data packets:") };
        for (int i = 0; i < labels.size(); ++i)
            static_cast<QLabel *>(m_d->trafficForm->itemAt(i, QFormLayout::LabelRole)->widget())->setText(labels.at(i));
        m_d->linkTitle->setText(QLatin1String("<b>") % LessonWizard::tr("The link, fixed for this lesson").toHtmlEscaped() % QLatin1String("</b>"));
        const QStringList linkLabels = { LessonWizard::tr("Rate:"), LessonWizard::tr("MTU:"), LessonWizard::tr("Each phase:") };
        for (int i = 0; i < linkLabels.size(); ++i)
            static_cast<QLabel *>(m_d->linkForm->itemAt(i, QFormLayout::LabelRole)->widget())->setText(linkLabels.at(i));
        const lab::TrafficSpec spec = m_d->trafficSpec();
        m_d->linkRate->setText(LessonWizard::tr("%1 Mbit/s, full duplex").arg(double(spec.rateBits()) / 1e6, 0, 'f', 0));
        m_d->linkMtu->setText(LessonWizard::tr("%1 bytes").arg(spec.mtu));
        m_d->linkDuration->setText(LessonWizard::tr("%1 s (the put, then the get)").arg(spec.durationS, 0, 'g', 3));
    }

private:
    LessonWizard::Private *m_d;
};

class TrafficRunPageImpl : public WizardPage
{
public:
    explicit TrafficRunPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->trafficPhases = new QLabel(this);
        d->trafficPhases->setWordWrap(true);
        d->trafficPhases->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        d->trafficProgress = new QProgressBar(this);
        d->trafficProgress->setObjectName(QStringLiteral("trafficProgress"));
        d->trafficProgress->setRange(0, 1000);
        d->trafficStatus = new QLabel(this);
        d->trafficStatus->setObjectName(QStringLiteral("trafficStatus"));
        d->trafficStatus->setWordWrap(true);
        d->trafficStop = new QPushButton(this);
        d->trafficStop->setObjectName(QStringLiteral("trafficStop"));
        d->trafficRetry = new QPushButton(this);
        d->trafficRetry->setObjectName(QStringLiteral("trafficRetry"));
        d->trafficRetry->hide();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(d->trafficPhases);
        layout->addStretch(1);
        layout->addWidget(d->trafficProgress);
        auto *row = new QHBoxLayout;
        row->addWidget(d->trafficStatus, 1);
        row->addWidget(d->trafficStop);
        row->addWidget(d->trafficRetry);
        layout->addLayout(row);
        connect(d->trafficStop, &QPushButton::clicked, this, [this] { m_d->trafficRunner->stop(); });
        connect(d->trafficRetry, &QPushButton::clicked, this, [this] { m_d->startTrafficRun(); });
    }
    void initializePage() override
    {
        retranslate();
        m_d->startTrafficRun();
    }
    void cleanupPage() override
    {
        if (m_d->trafficRunner->isRunning())
            m_d->trafficRunner->stop();
    }
    void retranslate() override
    {
        const lab::TrafficSpec spec = m_d->trafficSpec();
        setTitle(LessonWizard::tr("The run"));
        setSubTitle(LessonWizard::tr("Two private network namespaces, the server host and the client host, joined by a link of %1 Mbit/s "
                                     "with an MTU of %2.")
                        .arg(double(spec.rateBits()) / 1e6, 0, 'f', 0)
                        .arg(spec.mtu));
        m_d->trafficPhases->setText(
            LessonWizard::tr("1. The put: the client host sends data to the server host for %1 s.\n"
                             "2. The get: the client host fetches data from the server host for %1 s.\n\n"
                             "Each host's interface counters are read before and after each phase, as the 2004 checklist "
                             "read netstat: packets and bytes each way, per second.")
                .arg(spec.durationS, 0, 'g', 3));
        m_d->trafficStop->setText(LessonWizard::tr("Stop"));
        m_d->trafficRetry->setText(LessonWizard::tr("Try again"));
        if (m_d->trafficResult && !m_d->trafficRunner->isRunning())
            m_d->trafficStatus->setText(trafficFinishedText(*m_d->trafficResult));
    }
    bool isComplete() const override { return m_d->trafficResult.has_value() && !m_d->trafficRunner->isRunning(); }
    // QWizard::next() does not ask isComplete(); a run that has not finished has nothing to compare.
    bool validatePage() override { return isComplete(); }

private:
    LessonWizard::Private *m_d;
};

class TrafficComparisonPageImpl : public WizardPage
{
public:
    explicit TrafficComparisonPageImpl(LessonWizard::Private *d)
        : m_d(d)
    {
        d->trafficComparison = new QTableWidget(0, 5, this);
        d->trafficComparison->setObjectName(QStringLiteral("trafficComparison"));
        d->trafficComparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
        d->trafficComparison->verticalHeader()->hide();
        // Short cells on one line each, so that the table's height is known before it is laid out.
        d->trafficComparison->setWordWrap(false);
        d->trafficComparison->setTextElideMode(Qt::ElideNone);
        d->trafficComparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        d->trafficComparison->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        d->trafficComparison->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        d->trafficComparison->setSelectionMode(QAbstractItemView::NoSelection);
        d->trafficComparison->setFocusPolicy(Qt::NoFocus);
        d->trafficComparison->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        d->trafficExplanation = new QTextBrowser(this);
        d->trafficExplanation->setObjectName(QStringLiteral("trafficExplanation"));
        d->trafficRerun = new QPushButton(this);
        d->trafficRerun->setObjectName(QStringLiteral("trafficRerun"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(d->trafficComparison);
        layout->addWidget(d->trafficExplanation, 1);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(d->trafficRerun);
        layout->addLayout(row);
        connect(d->trafficRerun, &QPushButton::clicked, this, [this] { m_d->q->editAndRerun(); });
    }
    void initializePage() override
    {
        retranslate();
        if (m_d->trafficResult)
            Q_EMIT m_d->q->trafficLessonCompleted(*m_d->trafficResult, m_d->prediction());
    }
    void retranslate() override
    {
        setTitle(LessonWizard::tr("Prediction, the 2004 document and measurement"));
        setSubTitle(LessonWizard::tr("A prediction more than 20 % away from the measurement is marked; the text below says where the numbers come from."));
        m_d->trafficRerun->setText(LessonWizard::tr("Predict and run again"));
        m_d->fillTrafficComparison();
    }
    int nextId() const override { return -1; }

private:
    LessonWizard::Private *m_d;
};

} // namespace

void LessonWizard::Private::loadSpec(const lab::ExperimentSpec &s)
{
    backlog->setValue(s.backlog);
    clients->setValue(s.clients);
    lateClients->setValue(s.lateClients);
    lateHandshake->setValue(s.lateHandshakeMs);
    somaxconn->setValue(s.kernel.somaxconn);
    maxSynBacklog->setValue(s.kernel.maxSynBacklog);
    syncookies->setCurrentIndex(qMax(0, syncookies->findData(s.kernel.syncookies)));
    abortOnOverflow->setCurrentIndex(qMax(0, abortOnOverflow->findData(s.kernel.abortOnOverflow)));
    synackRetries->setValue(s.kernel.synackRetries);
    accept->setCurrentIndex(qMax(0, accept->findData(int(s.accept))));
    acceptDelay->setValue(s.acceptDelayMs);
    observe->setValue(s.observeS);
}

lab::ExperimentSpec LessonWizard::Private::spec() const
{
    lab::ExperimentSpec s = lesson() ? lesson()->spec : lab::ExperimentSpec();
    s.backlog = backlog->value();
    s.clients = clients->value();
    s.lateClients = lateClients->value();
    s.lateHandshakeMs = lateHandshake->value();
    s.kernel.somaxconn = somaxconn->value();
    s.kernel.maxSynBacklog = maxSynBacklog->value();
    s.kernel.syncookies = syncookies->currentData().toInt();
    s.kernel.abortOnOverflow = abortOnOverflow->currentData().toInt();
    s.kernel.synackRetries = synackRetries->value();
    s.accept = lab::AcceptMode(accept->currentData().toInt());
    s.acceptDelayMs = acceptDelay->value();
    s.observeS = observe->value();
    // Changed numbers are no longer the preset; a shorter observation still is.
    if (lesson()) {
        lab::ExperimentSpec original = lesson()->spec;
        original.observeS = s.observeS;
        if (original.toJson() != s.toJson())
            s.preset.clear();
    }
    return s;
}

QJsonObject LessonWizard::Private::prediction() const
{
    if (lesson() && lesson()->traffic) {
        return { { QStringLiteral("put_server_packets_in"), predictPutIn->value() },
                 { QStringLiteral("get_server_packets_out"), predictGetOut->value() },
                 { QStringLiteral("put_mbps"), predictPutMbps->value() },
                 { QStringLiteral("acks_per_100"), predictAcks->value() } };
    }
    if (lesson() && lesson()->hostChecklist) {
        QJsonObject observed;
        if (checklist) {
            for (const ChecklistRow &row : checkpointRows(checklist->input()) + ruleRows(checklist->input()))
                observed.insert(row.id, row.hasRule ? checklist::verdictName(row.verdict) : QStringLiteral("-"));
        }
        static const char *names[] = { "unknown", "ok", "look_closer", "problem" };
        return { { QStringLiteral("errors_verdict"), QLatin1String(names[predictVerdict->currentData().toInt()]) },
                 { QStringLiteral("observed_verdicts"), observed } };
    }
    return {
        { QStringLiteral("server_established"), predictServer->value() },
        { QStringLiteral("server_syn_recv"), predictSynRecv->value() },
        { QStringLiteral("clients_connected"), predictConnected->value() },
        { QStringLiteral("clients_see"), predictSees->currentData().toString() },
        { QStringLiteral("counter"), predictCounter->currentData().toString() },
        { QStringLiteral("counter_delta"), predictCounterValue->value() },
        { QStringLiteral("synack_resends"), predictSynAcks->value() },
    };
}

void LessonWizard::Private::startRun()
{
    result.reset();
    retry->hide();
    progress->setValue(0);
    diagram->clear();
    phase->setText(LessonWizard::tr("Starting…"));
    Q_EMIT q->currentPage()->completeChanged();
    runner->start(spec(), options);
}

void LessonWizard::Private::fillComparison()
{
    comparison->setRowCount(0);
    model->setRowCount(0);
    explanation->clear();
    comparison->setHorizontalHeaderLabels({ LessonWizard::tr("Figure"), LessonWizard::tr("Your prediction"), LessonWizard::tr("Model expects"),
                                            LessonWizard::tr("Measured"), LessonWizard::tr("Why") });
    model->setHorizontalHeaderLabels({ LessonWizard::tr("Group"), LessonWizard::tr("Figure"), LessonWizard::tr("Model expects"),
                                       LessonWizard::tr("Measured"), LessonWizard::tr("Matches") });
    if (!result)
        return;
    const lab::ExperimentResult &r = *result;
    const QJsonObject p = prediction();
    const QString language = Localization::current();

    struct Row {
        QString figure;
        QString predicted;
        QString expected;
        QString measured;
        BilingualText why;
    };
    QList<Row> rows;
    QList<BilingualText> notes;
    QString synAckHtml;
    const auto wizardText = [](const char *source, const QStringList &arguments = {}) { return bilingual("tcplab::LessonWizard", source, arguments); };
    const auto note = [&](const BilingualText &figure, const BilingualText &t) {
        notes << BilingualText { figure.en % QLatin1String(": ") % t.en, figure.ja % QStringLiteral("：") % t.ja };
    };
    const auto why = [&](qint64 predicted, const std::optional<lab::Range> &expected, qint64 measured, const BilingualText &figure) {
        BilingualText t;
        const qint64 diff = measured - predicted;
        QStringList args = { QString::number(qAbs(diff)) };
        if (expected)
            args << expected->toString();
        if (diff == 0)
            t = wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Your prediction matches the measurement."));
        else if (!expected)
            t = wizardText(diff > 0 ? QT_TRANSLATE_NOOP("tcplab::LessonWizard", "The measurement is %1 more than you predicted. The kernel model gives no figure for this; the notes below say what it depends on.")
                                    : QT_TRANSLATE_NOOP("tcplab::LessonWizard", "The measurement is %1 less than you predicted. The kernel model gives no figure for this; the notes below say what it depends on."),
                           args);
        else if (expected->contains(measured))
            t = wizardText(diff > 0 ? QT_TRANSLATE_NOOP("tcplab::LessonWizard", "The measurement is %1 more than you predicted. The kernel did what the model says (%2); the model's notes below give the rule.")
                                    : QT_TRANSLATE_NOOP("tcplab::LessonWizard", "The measurement is %1 less than you predicted. The kernel did what the model says (%2); the model's notes below give the rule."),
                           args);
        else
            t = wizardText(diff > 0 ? QT_TRANSLATE_NOOP("tcplab::LessonWizard", "The measurement is %1 more than you predicted, and outside the model's range too (%2): see the notes on differences below.")
                                    : QT_TRANSLATE_NOOP("tcplab::LessonWizard", "The measurement is %1 less than you predicted, and outside the model's range too (%2): see the notes on differences below."),
                           args);
        if (diff != 0)
            note(figure, t);
        return t;
    };
    const auto numberRow = [&](const BilingualText &figure, qint64 predicted, const QMap<QString, lab::Range> &expected,
                               const QMap<QString, qint64> &measured, const QString &key) {
        const std::optional<lab::Range> range = expected.contains(key) ? std::optional<lab::Range>(expected.value(key)) : std::nullopt;
        const qint64 m = measured.value(key);
        rows << Row { figure.in(language), QString::number(predicted), rangeText(expected, key), QString::number(m), why(predicted, range, m, figure) };
    };
    numberRow(wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Server: ESTABLISHED")), p.value(QStringLiteral("server_established")).toInteger(),
              r.expected.serverStates, r.serverStates, QStringLiteral("ESTABLISHED"));
    numberRow(wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Server: SYN_RECV")), p.value(QStringLiteral("server_syn_recv")).toInteger(),
              r.expected.serverStates, r.serverStates, QStringLiteral("SYN_RECV"));
    numberRow(wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Clients connected")), p.value(QStringLiteral("clients_connected")).toInteger(),
              r.expected.outcomes, r.outcomes, QStringLiteral("connected"));
    {
        // What the clients past the queue see: the outcomes other than "connected", in words.
        const QString predicted = p.value(QStringLiteral("clients_see")).toString();
        BilingualText expected;
        const auto add = [](BilingualText *list, const QString &key, const QString &count) {
            const BilingualText word = outcomeName(key);
            list->en += (list->en.isEmpty() ? QString() : QStringLiteral(", ")) % word.en % QLatin1Char(' ') % count;
            list->ja += (list->ja.isEmpty() ? QString() : QStringLiteral("、")) % word.ja % QLatin1Char(' ') % count;
        };
        for (auto it = r.expected.outcomes.cbegin(); it != r.expected.outcomes.cend(); ++it) {
            if (it.key() != QLatin1String("connected") && it->high > 0)
                add(&expected, it.key(), it->toString());
        }
        BilingualText measured;
        bool seen = false;
        for (auto it = r.outcomes.cbegin(); it != r.outcomes.cend(); ++it) {
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
        BilingualText t = right ? wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "As you predicted."))
                                : BilingualText { wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Not what you predicted: the clients saw %1."), { measured.en }).en,
                                                  wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Not what you predicted: the clients saw %1."), { measured.ja }).ja };
        const BilingualText figure = wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Clients see"));
        if (!right)
            note(figure, t);
        rows << Row { figure.in(language), outcomeName(predicted).in(language), expected.in(language), measured.in(language), t };
    }
    const QString counter = p.value(QStringLiteral("counter")).toString();
    if (!counter.isEmpty()) {
        // The model leaves TCPSynRetrans open; with half-open clients the lesson works it out.
        QMap<QString, lab::Range> expectedCounters = r.expected.countersDelta;
        if (hasHalfOpen(r.spec) && !expectedCounters.contains(QStringLiteral("TcpExt.TCPSynRetrans")))
            expectedCounters.insert(QStringLiteral("TcpExt.TCPSynRetrans"), synAckFigures(r).expectedCounter);
        numberRow(BilingualText { counter, counter }, p.value(QStringLiteral("counter_delta")).toInteger(), expectedCounters, r.countersDelta, counter);
    }
    if (hasHalfOpen(r.spec)) {
        const SynAckFigures f = synAckFigures(r);
        const BilingualText figure = wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "SYN-ACK resends per request"));
        const qint64 predicted = p.value(QStringLiteral("synack_resends")).toInteger();
        BilingualText t = predicted == f.timerResends
            ? wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "Your prediction matches the server's timer."))
            : wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard", "The server's timer resends at %1 s after the SYN; in the %3 s window that makes %2."),
                         { secondsList(f.timerTimes), QString::number(f.timerResends), QString::number(f.window, 'g', 3) });
        if (predicted != f.timerResends)
            note(figure, t);
        rows << Row { figure.in(language), QString::number(predicted),
                      QString::number(f.timerResends) % QLatin1String(" (") % secondsList(f.timerTimes) % QLatin1String(" s)"),
                      QStringLiteral("TcpExt.TCPSynRetrans +") % QString::number(f.measured), t };
        synAckHtml = synAckSection(r, f);
    }

    comparison->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const QStringList cells = { row.figure, row.predicted, row.expected, row.measured, row.why.in(language) };
        for (int c = 0; c < cells.size(); ++c)
        {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            comparison->setItem(i, c, item);
        }
    }

    const QList<lab::Comparison> all = r.comparisons();
    model->setRowCount(int(all.size()));
    const QColor bad = comparison->palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x7b) : QColor(0xc0, 0x27, 0x2d);
    for (int i = 0; i < all.size(); ++i) {
        const lab::Comparison &c = all.at(i);
        const QStringList cells = { groupName(c.group), c.group == QLatin1String("client.outcomes") ? outcomeName(c.key).in(language) : c.key,
                                    c.expected.toString(), QString::number(c.measured),
                                    c.matches() ? LessonWizard::tr("yes") : LessonWizard::tr("no") };
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (!c.matches())
                item->setForeground(bad);
            model->setItem(i, col, item);
        }
    }

    QString html = QLatin1String("<h3>") % LessonWizard::tr("Your prediction against the measurement").toHtmlEscaped() % QLatin1String("</h3>");
    if (notes.isEmpty())
        html += QLatin1String("<p>") % LessonWizard::tr("Every figure you predicted was right.").toHtmlEscaped() % QLatin1String("</p>");
    html += QLatin1String("<table width=\"100%\" cellpadding=\"3\">");
    for (const BilingualText &n : notes)
        html += QLatin1String("<tr><td width=\"50%\">") % n.ja.toHtmlEscaped() % QLatin1String("</td><td>") % n.en.toHtmlEscaped()
            % QLatin1String("</td></tr>");
    html += QLatin1String("</table>") % synAckHtml % QLatin1String("<h3>") % LessonWizard::tr("What the kernel model says, and every difference from it").toHtmlEscaped()
        % QLatin1String("</h3><table width=\"100%\" cellpadding=\"3\">");
    for (const BilingualText &n : r.explanation)
        html += QLatin1String("<tr><td width=\"50%\">") % n.ja.toHtmlEscaped() % QLatin1String("</td><td>") % n.en.toHtmlEscaped()
            % QLatin1String("</td></tr>");
    html += QLatin1String("</table>");
    explanation->setHtml(html);
}

lab::TrafficSpec LessonWizard::Private::trafficSpec() const
{
    lab::TrafficSpec s = lesson() && lesson()->traffic ? lesson()->trafficSpec : lab::TrafficSpec();
    if (trafficDurationS > 0)
        s.durationS = trafficDurationS;
    return s;
}

void LessonWizard::Private::startTrafficRun()
{
    trafficResult.reset();
    trafficRetry->hide();
    trafficStop->setEnabled(true);
    trafficProgress->setValue(0);
    trafficStatus->setText(LessonWizard::tr("Starting…"));
    Q_EMIT q->currentPage()->completeChanged();
    trafficRunner->setBinDirectory(options.binDirectory);
    trafficRunner->start(trafficSpec());
}

void LessonWizard::Private::fillTrafficComparison()
{
    QTableWidget *table = trafficComparison;
    table->setRowCount(0);
    trafficExplanation->clear();
    table->setHorizontalHeaderLabels({ LessonWizard::tr("Figure"), LessonWizard::tr("Your prediction"), LessonWizard::tr("2004 document"),
                                       LessonWizard::tr("Measured here"), LessonWizard::tr("Difference") });
    if (!trafficResult)
        return;
    const lab::TrafficResult &r = *trafficResult;
    const ScenarioFigures f = scenarioFigures(r);
    const QJsonObject p = prediction();
    const auto wizardText = [](const char *source, const QStringList &arguments = {}) { return bilingual("tcplab::LessonWizard", source, arguments); };

    struct Row {
        QString figure;
        double predicted;
        QString predictedText;
        QString document;
        std::optional<double> measured;
        QString measuredText;
    };
    const QString dash = QStringLiteral("—");
    const auto num = [&dash](const std::optional<double> &v, QString (*format)(double)) { return v ? format(*v) : dash; };
    const double putIn = p.value(QStringLiteral("put_server_packets_in")).toDouble();
    const double getOut = p.value(QStringLiteral("get_server_packets_out")).toDouble();
    const double putMbps = p.value(QStringLiteral("put_mbps")).toDouble();
    const double acks = p.value(QStringLiteral("acks_per_100")).toDouble();
    const QList<Row> rows = {
        { LessonWizard::tr("Server host, put: packets/s in"), putIn, grouped(putIn), LessonWizard::tr("about %1").arg(grouped(kDocumentPutPacketsIn)),
          f.putPacketsIn, num(f.putPacketsIn, grouped) },
        { LessonWizard::tr("Server host, get: packets/s out"), getOut, grouped(getOut), LessonWizard::tr("about %1").arg(grouped(kDocumentGetPacketsOut)),
          f.getPacketsOut, num(f.getPacketsOut, grouped) },
        { LessonWizard::tr("Put: Mbps into the server host"), putMbps, QString::number(putMbps),
          LessonWizard::tr("about %1 (peak %2)").arg(grouped(kDocumentPutMbps), oneDecimal(kDocumentPeakInMbps)), f.putMbps,
          num(f.putMbps, oneDecimal) },
        { LessonWizard::tr("Put: ACK packets per 100 data packets"), acks, QString::number(acks),
          LessonWizard::tr("about %1 (%2 out for %3 in)")
              .arg(grouped(kDocumentPutPacketsOut / kDocumentPutPacketsIn * 100), grouped(kDocumentPutPacketsOut), grouped(kDocumentPutPacketsIn)),
          f.acksPer100, num(f.acksPer100, oneDecimal) },
    };
    const bool dark = table->palette().color(QPalette::Base).lightness() < 128;
    const QColor offText = dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xc0, 0x27, 0x2d);
    const QColor offBackground = dark ? QColor(0x5a, 0x1e, 0x22) : QColor(0xfd, 0xe2, 0xe1);
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const bool off = row.measured && predictionIsOff(row.predicted, *row.measured);
        const QStringList cells = { row.figure, row.predictedText, row.document, row.measuredText,
                                    row.measured ? differenceText(row.predicted, *row.measured) : dash };
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

    // The explanation: the numbers of this run in every sentence, both languages side by side.
    const lab::TrafficSpec &spec = r.spec;
    const double rateBytes = double(spec.rateBits()) / 8;
    const int frame = spec.mtu + 14;
    const int wireFrame = frame + int(checklist::kWireOverheadBytes);
    std::optional<double> putInBytes, ackBytes, ackMbps, documentMbps, wireMbps;
    if (f.put) {
        const lab::TrafficHost &s = f.put->server;
        putInBytes = s.figures.total.inBytesPerPacket;
        ackBytes = s.figures.total.outBytesPerPacket;
        ackMbps = interfaceMbps(s, false);
        documentMbps = s.figures.inMbpsDocument;
        wireMbps = s.figures.total.inMbpsWire;
    }
    QList<BilingualText> why;
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "Why about %3 frames a second fill the link: %1 Mbit/s is %2 bytes a second, and a full frame is the "
                                        "%4-byte IP packet plus the 14-byte Ethernet header, %5 bytes; %2 ÷ %5 ≈ %3. On a real cable each frame "
                                        "also takes 24 bytes of preamble, checksum and gap, which leaves about %6. Measured here: %7 packets a "
                                        "second of %8 bytes into the server host during the put."),
                      { QString::number(double(spec.rateBits()) / 1e6, 'f', 0), grouped(rateBytes), grouped(rateBytes / frame),
                        QString::number(spec.mtu), grouped(frame), grouped(rateBytes / wireFrame), num(f.putPacketsIn, grouped),
                        num(putInBytes, grouped) });
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "Why packets flow the other way too: the receiver acknowledges the data with ACK packets. It does not "
                                        "answer each data packet on its own; one ACK covers several segments that arrived together. During "
                                        "the put the server host sent %1 ACKs for every 100 data packets, each of %2 bytes (Ethernet, IP and "
                                        "TCP headers and no data): they raise the packet count but carry only %3 Mbps. The 2004 host sent "
                                        "about 1,000 packets a second back while it received about 6,000."),
                      { num(f.acksPer100, oneDecimal), num(ackBytes, grouped), ackMbps ? QString::number(*ackMbps, 'f', 2) : dash });
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "Why the put and the get are alike here: %1 packets a second came in during the put and %2 went out "
                                        "during the get. Both hosts are network namespaces of the same kernel and the data comes from memory "
                                        "and goes to memory, so only the link's rate limits either direction. The document measured two "
                                        "different machines running ftp, with disks on both ends (its host waited for disk I/O up to about "
                                        "30 % of the time), so its put reached about 6,000 packets a second (about 80 Mbps) and its get "
                                        "about 7,600 (close to 100 Mbps)."),
                      { num(f.putPacketsIn, grouped), num(f.getPacketsOut, grouped) });
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "Why the document's Table 4 method gives more: it adds 66 bytes to every packet's average size, but "
                                        "the interface's byte count already holds the 14-byte Ethernet header and a real frame needs only 24 "
                                        "bytes more on the cable. For this put the method gives %1 Mbps, the interface's byte count %2 Mbps "
                                        "and the count with 24 bytes of wire overhead per frame %3 Mbps: the method's figure is more than the "
                                        "link can carry."),
                      { num(documentMbps, oneDecimal), num(f.putMbps, oneDecimal), num(wireMbps, oneDecimal) });
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "The link here is emulated: a veth pair joins the two hosts' network namespaces, each end sends "
                                        "through a tbf queue that lets out %1 Mbit/s and no more, the MTU is %2, and the offloads (TSO, GSO, "
                                        "GRO) are off, so that every packet is one frame as on a real network card. Each direction has its "
                                        "own queue, as on a full-duplex link, and nothing else shares it."),
                      { QString::number(double(spec.rateBits()) / 1e6, 'f', 0), QString::number(spec.mtu) });
    why << wizardText(QT_TRANSLATE_NOOP("tcplab::LessonWizard",
                                        "The document's rule of thumb allows a 100 Mbps full-duplex link about 80 % of its rate, 80 Mbps; the "
                                        "checklist marks a direction that reaches that share. Here the transfer fills the emulated link to "
                                        "%1 % of its rate, so the checklist's verdicts below show that the link is the bottleneck."),
                      { f.putMbps && spec.rateBits() > 0 ? QString::number(*f.putMbps * 1e6 / double(spec.rateBits()) * 100, 'f', 0) : dash });

    QString html = QLatin1String("<h3>") % LessonWizard::tr("Where the numbers come from").toHtmlEscaped() % QLatin1String("</h3>")
        % bilingualRows(why);
    // The checklist's throughput verdicts of the server host, per phase and direction.
    html += QLatin1String("<h3>") % LessonWizard::tr("The checklist's verdicts for the server host").toHtmlEscaped()
        % QLatin1String("</h3><table cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse\"><tr><th>")
        % LessonWizard::tr("Phase").toHtmlEscaped() % QLatin1String("</th><th>") % LessonWizard::tr("Direction").toHtmlEscaped()
        % QLatin1String("</th><th>") % LessonWizard::tr("Packets/s").toHtmlEscaped() % QLatin1String("</th><th>")
        % LessonWizard::tr("Mbps").toHtmlEscaped() % QLatin1String("</th><th>") % LessonWizard::tr("Share of the link").toHtmlEscaped()
        % QLatin1String("</th><th>") % LessonWizard::tr("Throughput verdict").toHtmlEscaped() % QLatin1String("</th><th>")
        % LessonWizard::tr("Retransmitted").toHtmlEscaped() % QLatin1String("</th></tr>");
    for (const lab::TrafficPhase *stage : { f.put, f.get }) {
        if (!stage)
            continue;
        const lab::TrafficHost &s = stage->server;
        for (bool in : { true, false }) {
            const std::optional<double> mbps = interfaceMbps(s, in);
            const std::optional<double> pps = in ? s.figures.total.inPacketsPerSecond : s.figures.total.outPacketsPerSecond;
            const QString share = mbps && spec.rateBits() > 0 ? QString::number(*mbps * 1e6 / double(spec.rateBits()) * 100, 'f', 0) % QStringLiteral(" %") : dash;
            const QString retransmitted = !in && s.figures.retransmissionRatio
                ? QString::number(*s.figures.retransmissionRatio * 100, 'f', 2) % QStringLiteral(" % (") % checklist::verdictName(s.figures.retransmissions) % QLatin1Char(')')
                : dash;
            html += QLatin1String("<tr><td>")
                % (stage->name == QLatin1String("put") ? LessonWizard::tr("put") : LessonWizard::tr("get")).toHtmlEscaped()
                % QLatin1String("</td><td>") % (in ? LessonWizard::tr("in") : LessonWizard::tr("out")).toHtmlEscaped()
                % QLatin1String("</td><td align=\"right\">") % num(pps, grouped) % QLatin1String("</td><td align=\"right\">")
                % num(mbps, oneDecimal) % QLatin1String("</td><td align=\"right\">") % share % QLatin1String("</td><td>")
                % checklist::verdictName(in ? s.inThroughput : s.outThroughput).toHtmlEscaped() % QLatin1String("</td><td>")
                % retransmitted.toHtmlEscaped() % QLatin1String("</td></tr>");
        }
    }
    html += QLatin1String("</table>");
    if (!r.warnings.isEmpty())
        html += QLatin1String("<p>") % r.warnings.join(QLatin1String("<br>")).toHtmlEscaped() % QLatin1String("</p>");
    trafficExplanation->setHtml(html);
}

void LessonWizard::Private::retranslateAll()
{
    q->setWindowTitle(LessonWizard::tr("tcplab lessons"));
    for (WizardPage *page : pages)
        page->retranslate();
}

LessonWizard::LessonWizard(MonitorSession *session, QWidget *parent)
    : QWizard(parent)
    , d(new Private)
{
    d->q = this;
    d->session = session;
    if (!d->session) {
        d->session = new MonitorSession(this);
        d->ownSession = true;
    }
    d->runner = new lab::ExperimentRunner(this);
    d->trafficRunner = new lab::TrafficRunner(this);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    const auto add = [this](int id, WizardPage *page) {
        setPage(id, page);
        d->pages << page;
    };
    add(ChoosePage, new ChoosePageImpl(d.get()));
    add(IntroPage, new IntroPageImpl(d.get()));
    add(SettingsPage, new SettingsPageImpl(d.get()));
    add(PredictionPage, new PredictionPageImpl(d.get()));
    add(RunPage, new RunPageImpl(d.get()));
    add(ComparisonPage, new ComparisonPageImpl(d.get()));
    add(HostPage, new HostPageImpl(d.get()));
    add(TrafficPredictionPage, new TrafficPredictionPageImpl(d.get()));
    add(TrafficRunPage, new TrafficRunPageImpl(d.get()));
    add(TrafficComparisonPage, new TrafficComparisonPageImpl(d.get()));
    setStartId(ChoosePage);

    connect(d->runner, &lab::ExperimentRunner::progress, this, [this](qint64 elapsed, qint64 total, const QString &phase) {
        if (total > 0)
            d->progress->setValue(int(qBound(qint64(0), elapsed * 1000 / total, qint64(1000))));
        d->phase->setText(phase);
    });
    connect(d->runner, &lab::ExperimentRunner::timelineSample, this, [this](const lab::TimelineSample &sample) {
        d->diagram->setFigures(QueueFigures::from(tr("the lesson's server"), sample, lab::KernelVersion::running()));
    });
    connect(d->runner, &lab::ExperimentRunner::finished, this, [this](const lab::ExperimentResult &result) {
        d->result = result;
        d->progress->setValue(1000);
        d->phase->setText(finishedText(result));
        page(RunPage)->completeChanged();
        Q_EMIT runFinished(result);
    });
    connect(d->runner, &lab::ExperimentRunner::failed, this, [this](const QString &message) {
        d->phase->setText(tr("The run did not finish: %1").arg(message));
        d->retry->show();
        page(RunPage)->completeChanged();
        Q_EMIT runFailed(message);
    });
    connect(d->trafficRunner, &lab::TrafficRunner::progress, this, [this](double elapsedS, double totalS, const QString &text) {
        if (totalS > 0)
            d->trafficProgress->setValue(int(qBound(0.0, elapsedS * 1000 / totalS, 1000.0)));
        d->trafficStatus->setText(text);
    });
    connect(d->trafficRunner, &lab::TrafficRunner::finished, this, [this](const lab::TrafficResult &result) {
        d->trafficResult = result;
        d->trafficProgress->setValue(1000);
        d->trafficStop->setEnabled(false);
        d->trafficStatus->setText(trafficFinishedText(result));
        page(TrafficRunPage)->completeChanged();
        Q_EMIT trafficRunFinished(result);
    });
    connect(d->trafficRunner, &lab::TrafficRunner::failed, this, [this](const QString &message) {
        d->trafficStop->setEnabled(false);
        d->trafficStatus->setText(tr("The run did not finish: %1").arg(message));
        d->trafficRetry->show();
        page(TrafficRunPage)->completeChanged();
        Q_EMIT runFailed(message);
    });
    d->retranslateAll();
    resize(900, 680);
}

LessonWizard::~LessonWizard()
{
    if (d->runner->isRunning())
        d->runner->stop();
    if (d->trafficRunner->isRunning())
        d->trafficRunner->stop();
}

bool LessonWizard::selectLesson(const QString &id)
{
    for (int i = 0; i < d->lessonList->count(); ++i) {
        if (d->lessonList->item(i)->data(Qt::UserRole).toString() == id) {
            d->lessonList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString LessonWizard::lessonId() const
{
    return d->lessonId;
}

const Lesson *LessonWizard::lesson() const
{
    return d->lesson();
}

lab::ExperimentSpec LessonWizard::spec() const
{
    return d->spec();
}

QJsonObject LessonWizard::prediction() const
{
    return d->prediction();
}

const std::optional<lab::ExperimentResult> &LessonWizard::result() const
{
    return d->result;
}

lab::ExperimentRunner *LessonWizard::runner() const
{
    return d->runner;
}

void LessonWizard::setBinDirectory(const QString &directory)
{
    d->options.binDirectory = directory;
}

QTableWidget *LessonWizard::comparisonTable() const
{
    return d->comparison;
}

QTableWidget *LessonWizard::modelTable() const
{
    return d->model;
}

QTextBrowser *LessonWizard::explanation() const
{
    return d->explanation;
}

ChecklistView *LessonWizard::checklistView() const
{
    return d->checklist;
}

void LessonWizard::editAndRerun()
{
    while (currentId() != SettingsPage && currentId() != TrafficPredictionPage && currentId() != ChoosePage && currentId() != -1)
        back();
}

void LessonWizard::setTrafficDuration(double seconds)
{
    d->trafficDurationS = seconds;
}

lab::TrafficSpec LessonWizard::trafficSpec() const
{
    return d->trafficSpec();
}

lab::TrafficRunner *LessonWizard::trafficRunner() const
{
    return d->trafficRunner;
}

const std::optional<lab::TrafficResult> &LessonWizard::trafficResult() const
{
    return d->trafficResult;
}

QTableWidget *LessonWizard::trafficComparisonTable() const
{
    return d->trafficComparison;
}

QTextBrowser *LessonWizard::trafficExplanation() const
{
    return d->trafficExplanation;
}

void LessonWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        d->retranslateAll();
        // QWizard picks its button texts once; take Qt's own translations of them again, so the
        // buttons follow a language switch like the rest. Held in variables so that these stay
        // Qt's strings (qtbase_*.qm), not ours.
        static const struct {
            QWizard::WizardButton button;
            const char *text;
        } kButtons[] = {
            { QWizard::BackButton, "< &Back" },
            { QWizard::NextButton, "&Next >" },
            { QWizard::FinishButton, "&Finish" },
            { QWizard::CancelButton, "Cancel" },
        };
        const char *context = "QWizard";
        for (const auto &b : kButtons)
            setButtonText(b.button, QCoreApplication::translate(context, b.text));
    }
    QWizard::changeEvent(event);
}

} // namespace tcplab
