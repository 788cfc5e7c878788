// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsdialog.h"

#include "remote/hostprobe.h"
#include "remote/nodeexportersource.h"
#include "remote/prometheushistory.h"
#include "remote/savedhosts.h"
#include "remote/sshcommand.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tcplab
{

QStringList HostsDialog::savedHosts()
{
    return remote::SavedHosts::load();
}

void HostsDialog::saveHosts(const QStringList &hosts)
{
    remote::SavedHosts::save(hosts);
}

QString HostsDialog::validate(const QString &host)
{
    if (host.startsWith(QLatin1String("ssh:"))) {
        remote::SshTarget target;
        QString error = remote::SshCommand::parseDestination(host.mid(4), &target);
        if (error.isEmpty())
            error = remote::SshCommand::validate(target);
        return error;
    }
    if (host.startsWith(QLatin1String("node:")))
        return remote::NodeExporterSource::validateUrl(QUrl(host.mid(5)));
    if (host.startsWith(QLatin1String("prom:")))
        return remote::PrometheusHistory::validateUrl(QUrl(host.mid(5)));
    return tr("a host is an SSH destination, a node_exporter or a Prometheus server address");
}

QString HostsDialog::displayName(const QString &host)
{
    if (host.startsWith(QLatin1String("ssh:")))
        return tr("%1 (SSH)").arg(host.mid(4));
    if (host.startsWith(QLatin1String("node:")))
        return tr("%1 (node_exporter)").arg(host.mid(5));
    if (host.startsWith(QLatin1String("prom:")))
        return tr("%1 (Prometheus)").arg(host.mid(5));
    return host;
}

HostsDialog::HostsDialog(QWidget *parent)
    : QDialog(parent)
    , m_hosts(savedHosts())
    , m_list(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_probe(new remote::HostProbe(this))
    , m_intro(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("hostList"));
    m_kind->addItem(QString(), QStringLiteral("ssh:"));
    m_kind->addItem(QString(), QStringLiteral("node:"));
    m_kind->addItem(QString(), QStringLiteral("prom:"));
    m_address->setObjectName(QStringLiteral("hostAddress"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_address, 1);
    row->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testHost"));
    m_problem->setObjectName(QStringLiteral("hostStatus"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        retranslate();
        updateValidity();
    });
    connect(m_address, &QLineEdit::textChanged, this, &HostsDialog::updateValidity);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString problem = addHost(m_kind->currentData().toString() + m_address->text().trimmed());
        if (problem.isEmpty())
            m_address->clear();
        m_problem->setText(problem);
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        testHost(m_list->currentRow());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateTestButton();
    });
    connect(m_probe, &remote::HostProbe::progress, this, [this](const QString &message) {
        m_problem->setText(message);
    });
    connect(m_probe, &remote::HostProbe::finished, this, [this](bool ok, const QString &message) {
        m_problem->setText(ok ? tr("OK: %1").arg(message) : tr("Failed: %1").arg(message));
        updateTestButton();
        unsetCursor();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int chosen = m_list->currentRow();
        if (chosen < 0 || chosen >= m_hosts.size())
            return;
        m_hosts.removeAt(chosen);
        saveHosts(m_hosts);
        refresh();
    });
    retranslate();
    refresh();
    updateValidity();
}

void HostsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

void HostsDialog::retranslate()
{
    setWindowTitle(tr("Remote Hosts"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_test->setText(tr("&Test"));
    m_kind->setItemText(0, tr("SSH host"));
    m_kind->setItemText(1, tr("node_exporter"));
    m_kind->setItemText(2, tr("Prometheus server"));
    m_intro->setText(
        tr("SSH hosts are read with your own ssh setup (keys, agent, ~/.ssh/config, known_hosts); "
           "tcplab never asks for or keeps a password. On a Linux host like this one it copies "
           "tcplab-agent into ~/.cache/tcplab there (checked by its SHA-256); elsewhere it reads /proc "
           "with a shell loop. A node_exporter is read over HTTP from its /metrics page. Test reads "
           "the chosen SSH host or node_exporter once. A Prometheus server is not watched live: "
           "File ▸ Open Prometheus History charts what it recorded of its node_exporters."));
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("ssh:"))
        m_address->setPlaceholderText(tr("user@host or [host]:port"));
    else if (kind == QLatin1String("node:"))
        m_address->setPlaceholderText(tr("http://host:9100/metrics"));
    else
        m_address->setPlaceholderText(tr("http://host:9090"));
    updateTestButton();
}

bool HostsDialog::canTest(int row) const
{
    // A Prometheus server is read for a span of history, not once like a live source.
    return row >= 0 && row < m_hosts.size() && !m_hosts.at(row).startsWith(QLatin1String("prom:"));
}

void HostsDialog::updateTestButton()
{
    const int row = m_list->currentRow();
    m_test->setEnabled(canTest(row) && !m_probe->isRunning());
    m_test->setToolTip(row >= 0 && !canTest(row) ? tr("A Prometheus server is opened with File ▸ Open Prometheus History")
                                                 : tr("Read the chosen host once and show what came back"));
}

bool HostsDialog::testHost(int row)
{
    if (!canTest(row))
        return false;
    m_test->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_probe->start(m_hosts.at(row));
    return true;
}

QString HostsDialog::statusText() const
{
    return m_problem->text();
}

QString HostsDialog::addHost(const QString &host)
{
    const QString problem = validate(host);
    if (!problem.isEmpty())
        return problem;
    if (!m_hosts.contains(host)) {
        m_hosts.append(host);
        saveHosts(m_hosts);
        refresh();
    }
    return QString();
}

void HostsDialog::refresh()
{
    m_list->clear();
    for (const QString &host : std::as_const(m_hosts))
        m_list->addItem(displayName(host));
    m_remove->setEnabled(!m_hosts.isEmpty());
    updateTestButton();
}

void HostsDialog::updateValidity()
{
    const QString text = m_address->text().trimmed();
    const QString problem = text.isEmpty() ? QString() : validate(m_kind->currentData().toString() + text);
    m_add->setEnabled(!text.isEmpty() && problem.isEmpty());
    if (!text.isEmpty() || !m_probe->isRunning())
        m_problem->setText(problem);
}

} // namespace tcplab
