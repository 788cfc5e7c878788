// SPDX-License-Identifier: GPL-3.0-or-later
// The recorded history of one or more node_exporter instances, read from a Prometheus server and
// charted side by side: one column per instance, each a MonitorView over a session of its own
// that is never started (its store holds the history, nothing is sampled). Every instance is read
// for the same span ending at the same moment, so the columns share one time range; zooming or
// panning one column moves them all, and Home shows the whole span again.
#pragma once

#include "remote/prometheushistory.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;

namespace tcplab
{

class MonitorView;

class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // The spans offered: 15 min, 1 h, 6 h, 24 h, 7 days.
    static QList<qint64> spanChoicesMs();
    // "host:9100, other:9100" or "host:9100 other:9100": the instances in order, each once.
    static QStringList parseInstances(const QString &text);

    // The Prometheus server, e.g. "http://host:9090".
    void setServer(const QString &url);
    QString server() const;
    void setInstances(const QStringList &instances);
    QStringList instances() const;
    // Picks the span from spanChoicesMs(); another value is added to the choices.
    void setSpanMs(qint64 spanMs);
    qint64 spanMs() const;

    // Reads the history of every instance, one after the other, and replaces the columns. False,
    // with the reason in the status line, when the server or an instance is not valid. A reading
    // that is still running is dropped first.
    bool open();
    bool isLoading() const
    {
        return m_loading;
    }

    int columnCount() const
    {
        return int(m_columns.size());
    }
    MonitorView *view(int column) const;
    // The instance a column shows, and what its header says after it (time range and points).
    QString columnInstance(int column) const;
    QString columnDetails(int column) const;
    // Progress, the outcome of the last reading, or what is wrong with the input.
    QString statusText() const;

Q_SIGNALS:
    // Every instance of the last open() was read or failed.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Column {
        QString instance;
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint64 stepMs = 0;
        int points = 0; // scrapes in the span, gaps not counted
        int gaps = 0;
        QString details; // time range and points, as in the header
        QWidget *widget = nullptr;
        QLabel *header = nullptr;
        MonitorView *view = nullptr;
    };
    struct Failure {
        QString instance;
        QString error;
    };

    void retranslate();
    void updateColumnTitle(Column &column);
    void updateStatus();
    void clearColumns();
    void fetchNext();
    void onFetched(const remote::PrometheusHistoryResult &result);
    void addColumn(const QString &instance, const remote::PrometheusHistoryResult &result);
    // Shows [fromMs, toMs] in every column.
    void showRange(qint64 fromMs, qint64 toMs);
    // Every column back to the span it was read for.
    void showWholeSpan();
    static QString spanText(qint64 spanMs);

    QComboBox *m_server;
    QLineEdit *m_instances;
    QComboBox *m_span;
    QPushButton *m_open;
    QLabel *m_serverLabel;
    QLabel *m_instancesLabel;
    QLabel *m_spanLabel;
    QSplitter *m_splitter;
    QLabel *m_placeholder;
    QLabel *m_status;
    QAction *m_openAction;
    remote::PrometheusHistory *m_history;

    QList<Column> m_columns;
    QList<Failure> m_failures;
    QStringList m_warnings;
    // The reading under way or last done.
    QUrl m_requestServer;
    QStringList m_queue;
    qint64 m_requestSpanMs = 0;
    qint64 m_requestEndMs = 0;
    int m_next = 0; // index in m_queue of the instance being read
    bool m_loading = false;
    bool m_done = false;
    QString m_inputProblem; // why the last open() refused
};

} // namespace tcplab
