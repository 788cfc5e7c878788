// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomeview.h"

#include "codeview.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tcplab
{

WelcomeView::WelcomeView(const SystemInfo &system, QWidget *parent)
    : QWidget(parent)
    , m_system(system)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_machine(new QLabel(this))
    , m_commandsTitle(new QLabel(this))
    , m_commands(new CodeView(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    QFont bold = m_commandsTitle->font();
    bold.setBold(true);
    m_commandsTitle->setFont(bold);
    for (QLabel *label : {m_intro, m_machine})
        label->setWordWrap(true);
    m_commands->setLanguage(QStringLiteral("Bash"));
    m_commands->setObjectName(QStringLiteral("welcomeCommands"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_machine);
    layout->addSpacing(8);
    layout->addWidget(m_commandsTitle);
    layout->addWidget(m_commands);
    layout->addStretch(1);
    retranslate();
}

void WelcomeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void WelcomeView::retranslate()
{
    m_title->setText(tr("The two queues of a listening socket"));
    m_intro->setText(
        tr("While a client's handshake is under way, the kernel keeps the half-open connection in the "
           "listening socket's SYN queue. Once the client's final ACK arrives, the connection moves to "
           "the accept queue and waits there until the server calls accept(). The backlog passed to "
           "listen(), capped by net.core.somaxconn, limits the accept queue; when it is full, new "
           "connections are dropped and the counters ListenOverflows and ListenDrops grow. tcplab lets "
           "you watch both queues and prove each rule with a live experiment."));
    const QString kernel = m_system.kernelRelease.isEmpty() ? tr("unknown") : m_system.kernelRelease;
    const QString somaxconn = m_system.somaxconn < 0 ? tr("unknown") : QLocale().toString(m_system.somaxconn);
    m_machine->setText(tr("This machine: Linux %1, net.core.somaxconn = %2.").arg(kernel, somaxconn));
    m_commandsTitle->setText(tr("The same queues with the standard tools"));

    // Each command under a comment that says what it shows, as in a shell script.
    const QList<QPair<QString, QString>> lines = {
        {tr("listeners: Recv-Q is the accept queue now, Send-Q its limit"), QStringLiteral("ss -ltn")},
        {tr("half-open connections in SYN queues"), QStringLiteral("ss -n state syn-recv")},
        {tr("drops since boot"), QStringLiteral("nstat -az TcpExtListenOverflows TcpExtListenDrops")},
        {tr("the limits"), QStringLiteral("sysctl net.core.somaxconn net.ipv4.tcp_max_syn_backlog")},
    };
    QStringList text;
    for (const auto &line : lines)
        text << QLatin1String("# ") + line.first << line.second;
    m_commands->setPlainText(text.join(QLatin1Char('\n')));
    m_commands->updateGeometry();
}

} // namespace tcplab
