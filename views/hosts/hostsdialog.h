// SPDX-License-Identifier: GPL-3.0-or-later
// The remote hosts tcplab can watch: SSH hosts (read by tcplab-agent or the portable shell
// collector) and Prometheus node_exporter endpoints; and Prometheus servers, whose recorded
// history the history window charts. Added, tested and removed here; kept in the settings as
// "ssh:<destination>", "node:<url>" and "prom:<url>", never with a password (ssh uses the user's
// keys and agent).
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tcplab
{

namespace remote
{
class HostProbe;
}

class HostsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HostsDialog(QWidget *parent = nullptr);

    // The saved hosts, in the order they were added.
    static QStringList savedHosts();
    static void saveHosts(const QStringList &hosts);
    // "" when `host` ("ssh:...", "node:..." or "prom:...") may be used, else why not (translated).
    static QString validate(const QString &host);
    // What a host is called in menus: "user@host (SSH)", "http://… (node_exporter)",
    // "http://… (Prometheus)".
    static QString displayName(const QString &host);

    QStringList hosts() const
    {
        return m_hosts;
    }
    // Adds a host when it is valid and new; returns the reason when it is not.
    QString addHost(const QString &host);
    // Reads the chosen host once and shows what came back; false when none is chosen or it is a
    // Prometheus server (those are read for a span, in the history window).
    bool testHost(int row);
    // The line under the list: what is wrong with the address typed, or a test's progress and result.
    QString statusText() const;
    remote::HostProbe *probe() const
    {
        return m_probe;
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void updateValidity();
    bool canTest(int row) const;
    void updateTestButton();

    QStringList m_hosts;
    QListWidget *m_list;
    QComboBox *m_kind;
    QLineEdit *m_address;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    remote::HostProbe *m_probe;
    QLabel *m_intro;
};

} // namespace tcplab
