// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab sample --prometheus URL --instance I --span S [--step S]`: the recorded history of a
// node_exporter target, read from a Prometheus server, printed as `tcplab sample` prints a live
// source: one line (or JSON object) per scrape with the rates since the one before. The first
// line has no rates, since nothing comes before it; a gap in the recording is a line with no
// counters and an error saying why.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QTextStream;

namespace tcplab::cli
{

struct HistoryOptions {
    QUrl server;
    QString instance;
    QString span; // "15m", "2h", "30s" or plain seconds
    QString step; // the same; empty for about a thousand points over the span
    bool json = false;
    int timeoutMs = 15000; // for each request
};

class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::cli::HistoryCommand)
public:
    // Reads the history (waiting in a local event loop) and prints it to `out`; messages go to
    // `err`. Returns the exit code: 0 printed, 1 Prometheus could not be read, 2 the options are
    // wrong.
    static int run(const HistoryOptions &options, QTextStream *out, QTextStream *err);
};

} // namespace tcplab::cli
