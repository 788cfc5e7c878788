// SPDX-License-Identifier: GPL-3.0-or-later
// The headless main job: prints this machine's live counters as a table, one row per interval,
// for a given number of rows. Used when there is no display.
#pragma once

#include "sources/countersnapshot.h"
#include "sources/localcountersource.h"

#include <QObject>
#include <QTimer>

class QTextStream;

namespace tcplab
{

class LiveCounterPrinter : public QObject
{
    Q_OBJECT
public:
    LiveCounterPrinter(QTextStream *out, int rows, int intervalMs, QObject *parent = nullptr);

    void start();
    int rowsPrinted() const
    {
        return m_printed;
    }

    // One table row from two readings; public for tests.
    static QStringList formatRow(const CounterSnapshot &before, const CounterSnapshot &after);
    static QStringList header();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void tick();
    void printRow(const QStringList &cells);

    QTextStream *m_out;
    LocalCounterSource m_source;
    CounterSnapshot m_previous;
    QTimer m_timer;
    int m_rows;
    int m_printed = 0;
};

} // namespace tcplab
