// SPDX-License-Identifier: GPL-3.0-or-later
// The 2004 guide's network bottleneck checklist on live counters: Table 1's five checkpoints and
// Table 5's error rules, each with the Linux counters it reads, the value over the last N seconds,
// the guide's threshold and a verdict; a detail pane that sets the guide's Solaris method beside
// the Linux one; and an HTML report of it all in both languages.
#pragma once

#include "checklist/bottleneckchecklist.h"
#include "i18n/bilingual.h"
#include "sources/countersnapshot.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class QTranslator;

namespace tcplab
{

class MonitorSession;

// One row of either table, ready to show or to export.
struct ChecklistRow {
    QString id; // "packets", "bytes", "connections", "throughput", "errors"; "rule.ierrs" ...
    BilingualText title;
    QString counters; // the Linux counters it reads
    QString value; // the live figure, formatted
    BilingualText threshold;
    checklist::Verdict verdict = checklist::Verdict::Unknown;
    bool hasRule = true; // false: the guide gives no limit, the figure is for comparison only
    QStringList solaris; // the guide's netstat names, keys of checklist::solarisToLinux()
    BilingualText documentMethod; // how the guide computed it
    BilingualText linuxMethod; // how tcplab computes it
};

struct ChecklistInput {
    checklist::HostFigures figures;
    double linkMbps = 1000;
    std::optional<qint64> connections; // TCP sockets in use (sockstat)
    bool haveFigures = false;
};

QList<ChecklistRow> checkpointRows(const ChecklistInput &input); // Table 1
QList<ChecklistRow> ruleRows(const ChecklistInput &input); // Table 5.3 and the TCP rules
// A verdict in the UI's language, or the "no rule" text for rows without a limit.
QString verdictText(const ChecklistRow &row);
// Self-contained HTML (inline style, no images): both tables with Japanese and English side by
// side, the values and verdicts, and the method of every row.
QString checklistReportHtml(const ChecklistInput &input, const QString &hostName, const QString &takenAt);

class ChecklistView : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistView(MonitorSession *session, QWidget *parent = nullptr);

    // Seconds between the two snapshots compared (the guide sampled every 5 s).
    void setWindowSeconds(int seconds);
    int windowSeconds() const;
    void setLinkMbps(double mbps);
    double linkMbps() const;

    // Computes from two given snapshots instead of the session's (recorded captures, tests).
    void setSnapshots(const CounterSnapshot &before, const CounterSnapshot &after);
    const ChecklistInput &input() const
    {
        return m_input;
    }

    QTableWidget *checkpointTable() const
    {
        return m_checkpoints;
    }
    QTableWidget *ruleTable() const
    {
        return m_rules;
    }
    QTextBrowser *detail() const
    {
        return m_detail;
    }
    QString reportHtml() const;

public Q_SLOTS:
    bool exportReport(const QString &fileName = QString());

Q_SIGNALS:
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSampled();
    void recompute();
    void refresh();
    void retranslate();
    void showDetail();
    void fillTable(QTableWidget *table, const QList<ChecklistRow> &rows);

    MonitorSession *m_session;
    QList<CounterSnapshot> m_history;
    std::optional<std::pair<CounterSnapshot, CounterSnapshot>> m_fixed;
    ChecklistInput m_input;
    QList<ChecklistRow> m_checkpointRows;
    QList<ChecklistRow> m_ruleRows;

    QLabel *m_title;
    QLabel *m_windowLabel;
    QSpinBox *m_window;
    QLabel *m_linkLabel;
    QDoubleSpinBox *m_link;
    QLabel *m_status;
    QPushButton *m_export;
    QLabel *m_checkpointTitle;
    QTableWidget *m_checkpoints;
    QLabel *m_ruleTitle;
    QTableWidget *m_rules;
    QTextBrowser *m_detail;
};

} // namespace tcplab
