// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentsettingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace tcplab
{

namespace
{

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setObjectName(QLatin1String(name));
    box->setAccelerated(true);
    return box;
}

QComboBox *comboBox(QWidget *parent, const char *name, std::initializer_list<int> values)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    for (int v : values)
        box->addItem(QString(), v);
    return box;
}

} // namespace

ExperimentSettingsForm::ExperimentSettingsForm(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_form(new QFormLayout(this))
{
    using namespace lab::limits;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const lab::ExperimentSpec &preset : lab::ExperimentSpec::presets())
        m_preset->addItem(QString(), preset.preset);
    m_preset->addItem(QString(), QString());
    m_backlog = spinBox(this, 0, kMaxBacklog, "backlog");
    m_clients = spinBox(this, 1, kMaxClients, "clients");
    m_lateClients = spinBox(this, 0, kMaxClients, "lateClients");
    m_lateHandshake = spinBox(this, -1, kMaxLateHandshakeMs, "lateHandshakeMs");
    m_lateHandshake->setSingleStep(100);
    m_somaxconn = spinBox(this, -1, kMaxBacklog, "somaxconn");
    m_maxSynBacklog = spinBox(this, -1, kMaxSynBacklog, "maxSynBacklog");
    m_synackRetries = spinBox(this, -1, kMaxSynackRetries, "synackRetries");
    m_syncookies = comboBox(this, "syncookies", {-1, 0, 1, 2});
    m_abortOnOverflow = comboBox(this, "abortOnOverflow", {-1, 0, 1});
    m_accept = comboBox(this, "accept", {int(lab::AcceptMode::Never), int(lab::AcceptMode::Delay), int(lab::AcceptMode::Immediate)});
    m_acceptDelay = spinBox(this, 1, kMaxAcceptDelayMs, "acceptDelayMs");
    m_timeout = spinBox(this, 1, kMaxClientTimeoutS, "clientTimeoutS");
    m_observe = spinBox(this, 1, kMaxObserveS, "observeS");
    m_hostLoopback = new QCheckBox(this);
    m_hostLoopback->setObjectName(QStringLiteral("hostLoopback"));
    m_twoHosts = new QCheckBox(this);
    m_twoHosts->setObjectName(QStringLiteral("twoHosts"));
    build();
    retranslate();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExperimentSettingsForm::onPresetChosen);
    for (QSpinBox *box :
         {m_backlog, m_clients, m_lateClients, m_lateHandshake, m_somaxconn, m_maxSynBacklog, m_synackRetries, m_acceptDelay, m_timeout, m_observe})
        connect(box, &QSpinBox::valueChanged, this, &ExperimentSettingsForm::onFieldEdited);
    for (QComboBox *box : {m_syncookies, m_abortOnOverflow, m_accept})
        connect(box, &QComboBox::currentIndexChanged, this, &ExperimentSettingsForm::onFieldEdited);
    connect(m_hostLoopback, &QCheckBox::toggled, this, &ExperimentSettingsForm::onFieldEdited);
    connect(m_twoHosts, &QCheckBox::toggled, this, &ExperimentSettingsForm::onFieldEdited);
}

void ExperimentSettingsForm::build()
{
    const auto addRow = [this](QWidget *field, QLayout *pair = nullptr) {
        auto *label = new QLabel(this);
        m_labels.append(label);
        if (field) {
            label->setBuddy(field);
            m_form->addRow(label, field);
        } else {
            m_form->addRow(label, pair);
        }
    };
    if (m_kind == Kind::Lesson) {
        // A lesson says what it runs and where; only its numbers are the student's to change.
        for (QWidget *w : std::initializer_list<QWidget *>{m_preset, m_timeout, m_hostLoopback, m_twoHosts})
            w->hide();
        for (QWidget *w : std::initializer_list<QWidget *>{m_backlog,
                                                           m_clients,
                                                           m_lateClients,
                                                           m_lateHandshake,
                                                           m_somaxconn,
                                                           m_maxSynBacklog,
                                                           m_syncookies,
                                                           m_abortOnOverflow,
                                                           m_synackRetries,
                                                           m_accept,
                                                           m_acceptDelay,
                                                           m_observe})
            addRow(w);
        return;
    }
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *lateRow = new QHBoxLayout;
    lateRow->addWidget(m_lateClients);
    lateRow->addWidget(m_lateHandshake, 1);
    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(m_accept, 1);
    acceptRow->addWidget(m_acceptDelay);
    addRow(m_preset);
    addRow(m_backlog);
    addRow(m_clients);
    addRow(nullptr, lateRow);
    for (QWidget *w : std::initializer_list<QWidget *>{m_somaxconn, m_maxSynBacklog, m_syncookies, m_abortOnOverflow, m_synackRetries})
        addRow(w);
    addRow(nullptr, acceptRow);
    for (QWidget *w : std::initializer_list<QWidget *>{m_timeout, m_observe, m_hostLoopback, m_twoHosts})
        addRow(w);
}

void ExperimentSettingsForm::retranslate()
{
    const QStringList panelLabels = {
        tr("&Preset:"),
        tr("&Backlog:"),
        tr("&Clients:"),
        tr("Late clients:"),
        tr("&somaxconn:"),
        tr("tcp_&max_syn_backlog:"),
        tr("tcp_sync&ookies:"),
        tr("tcp_&abort_on_overflow:"),
        tr("tcp_synack_&retries:"),
        tr("Accept:"),
        tr("Client &timeout:"),
        tr("&Observe:"),
        tr("&Host loopback:"),
        tr("T&wo hosts:"),
    };
    const QStringList lessonLabels = {tr("Backlog passed to listen():"),
                                      tr("Clients connecting at once:"),
                                      tr("Half-open clients (started first):"),
                                      tr("They complete after (ms, -1 never):"),
                                      tr("net.core.somaxconn:"),
                                      tr("net.ipv4.tcp_max_syn_backlog:"),
                                      tr("net.ipv4.tcp_syncookies:"),
                                      tr("net.ipv4.tcp_abort_on_overflow:"),
                                      tr("net.ipv4.tcp_synack_retries:"),
                                      tr("The server calls accept():"),
                                      tr("Delay between accept() calls (ms):"),
                                      tr("Observe for (s):")};
    const QStringList &labels = m_kind == Kind::Panel ? panelLabels : lessonLabels;
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels.at(i));

    for (int i = 0; i < m_preset->count(); ++i) {
        if (const char *title = lab::ExperimentSpec::presetTitleSource(m_preset->itemData(i).toString()))
            m_preset->setItemText(i, QCoreApplication::translate("tcplab::lab::Presets", title));
        else
            m_preset->setItemText(i, tr("Custom"));
    }
    for (QSpinBox *box : {m_somaxconn, m_maxSynBacklog, m_synackRetries})
        box->setSpecialValueText(tr("namespace default"));
    m_lateHandshake->setSpecialValueText(tr("never (a SYN flood)"));
    m_lateHandshake->setSuffix(tr(" ms"));
    m_lateHandshake->setToolTip(tr("When the late clients start to see the server's SYN-ACK and complete their handshakes"));
    m_lateClients->setToolTip(tr("Half-open clients started before the others; they ignore the SYN-ACK for a while"));
    m_acceptDelay->setSuffix(tr(" ms"));
    m_timeout->setSuffix(tr(" s"));
    m_observe->setSuffix(tr(" s"));
    m_syncookies->setItemText(0, tr("namespace default"));
    m_syncookies->setItemText(1, tr("0: off"));
    m_syncookies->setItemText(2, tr("1: when the SYN queue is full"));
    m_syncookies->setItemText(3, tr("2: always"));
    m_abortOnOverflow->setItemText(0, tr("namespace default"));
    m_abortOnOverflow->setItemText(1, tr("0: drop the final ACK"));
    m_abortOnOverflow->setItemText(2, tr("1: reset the connection"));
    m_accept->setItemText(0, tr("never"));
    // Beside the panel's delay field the words lead into it: "one every [100 ms]".
    m_accept->setItemText(1, m_kind == Kind::Panel ? tr("one every") : tr("slowly, one at a time"));
    m_accept->setItemText(2, tr("at once"));
    m_hostLoopback->setText(tr("this host's settings, no sandbox"));
    m_twoHosts->setText(tr("server and clients on two hosts joined by a link"));
    m_twoHosts->setToolTip(
        tr("As in the lab log, where the server and the client were two machines: each host's "
           "socket states and counters are read apart (sandbox only)"));
}

void ExperimentSettingsForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

lab::ExperimentSpec ExperimentSettingsForm::spec() const
{
    lab::ExperimentSpec s = m_base;
    s.preset = m_preset->currentData().toString();
    s.backlog = m_backlog->value();
    s.clients = m_clients->value();
    s.lateClients = m_lateClients->value();
    s.lateHandshakeMs = m_lateHandshake->value();
    s.kernel.somaxconn = m_somaxconn->value();
    s.kernel.maxSynBacklog = m_maxSynBacklog->value();
    s.kernel.synackRetries = m_synackRetries->value();
    s.kernel.syncookies = m_syncookies->currentData().toInt();
    s.kernel.abortOnOverflow = m_abortOnOverflow->currentData().toInt();
    s.accept = lab::AcceptMode(m_accept->currentData().toInt());
    s.acceptDelayMs = m_acceptDelay->value();
    s.clientTimeoutS = m_timeout->value();
    s.observeS = m_observe->value();
    s.hostLoopback = m_hostLoopback->isChecked();
    s.twoHosts = m_twoHosts->isChecked() && !s.hostLoopback;
    return s;
}

void ExperimentSettingsForm::setSpec(const lab::ExperimentSpec &s)
{
    m_updating = true;
    m_base = s;
    const int presetIndex = m_preset->findData(s.preset);
    m_preset->setCurrentIndex(presetIndex >= 0 ? presetIndex : m_preset->count() - 1);
    m_backlog->setValue(s.backlog);
    m_clients->setValue(s.clients);
    m_lateClients->setValue(s.lateClients);
    m_lateHandshake->setValue(s.lateHandshakeMs);
    m_somaxconn->setValue(s.kernel.somaxconn);
    m_maxSynBacklog->setValue(s.kernel.maxSynBacklog);
    m_synackRetries->setValue(s.kernel.synackRetries);
    m_syncookies->setCurrentIndex(qMax(0, m_syncookies->findData(s.kernel.syncookies)));
    m_abortOnOverflow->setCurrentIndex(qMax(0, m_abortOnOverflow->findData(s.kernel.abortOnOverflow)));
    m_accept->setCurrentIndex(qMax(0, m_accept->findData(int(s.accept))));
    m_acceptDelay->setValue(s.acceptDelayMs);
    m_timeout->setValue(s.clientTimeoutS);
    m_observe->setValue(s.observeS);
    m_hostLoopback->setChecked(s.hostLoopback);
    m_twoHosts->setChecked(s.twoHosts);
    m_updating = false;
    onFieldEdited();
}

bool ExperimentSettingsForm::selectPreset(const QString &name)
{
    auto preset = lab::ExperimentSpec::findPreset(name);
    if (!preset)
        return false;
    preset->twoHosts = m_twoHosts->isChecked() && !m_hostLoopback->isChecked(); // a preset says what, not where
    setSpec(*preset);
    return true;
}

void ExperimentSettingsForm::onPresetChosen()
{
    if (m_updating)
        return;
    const QString name = m_preset->currentData().toString();
    if (!name.isEmpty())
        selectPreset(name);
}

void ExperimentSettingsForm::onFieldEdited()
{
    m_acceptDelay->setEnabled(lab::AcceptMode(m_accept->currentData().toInt()) == lab::AcceptMode::Delay);
    m_lateHandshake->setEnabled(m_lateClients->value() > 0);
    const bool sandbox = !m_hostLoopback->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_somaxconn, m_maxSynBacklog, m_synackRetries, m_syncookies, m_abortOnOverflow})
        w->setEnabled(sandbox);
    m_twoHosts->setEnabled(sandbox);
    if (m_updating)
        return;
    // A field that no longer matches the chosen preset makes the spec a custom one.
    const QString name = m_preset->currentData().toString();
    if (!name.isEmpty()) {
        const auto preset = lab::ExperimentSpec::findPreset(name);
        lab::ExperimentSpec now = spec();
        now.preset = name;
        now.twoHosts = preset ? preset->twoHosts : now.twoHosts; // where it runs, not what
        if (preset && now.toJson() != preset->toJson()) {
            m_updating = true;
            m_preset->setCurrentIndex(m_preset->count() - 1);
            m_updating = false;
        }
    }
    Q_EMIT edited();
}

} // namespace tcplab
