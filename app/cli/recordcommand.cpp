// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcommand.h"

#include "notebook/notebook.h"
#include "notebook/recordingwriter.h"
#include "options.h"
#include "series/monitorsession.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QTextStream>
#include <QTimer>

namespace tcplab::cli
{

void RecordCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Records this machine's counters into a notebook for a while."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("record"), tr("The record command."));
    parser.addOption({QStringLiteral("notebook"), tr("The notebook file (made when it does not exist)."), tr("file")});
    parser.addOption({QStringLiteral("duration"), tr("Seconds to record."), tr("seconds"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("interval"), tr("Milliseconds between samples, 100 to 60000 (default 1000)."), tr("ms"), QStringLiteral("1000")});
}

int RecordCommand::run(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    bool durationOk = false;
    bool intervalOk = false;
    const int duration = parser.value(QStringLiteral("duration")).toInt(&durationOk);
    const int interval = parser.value(QStringLiteral("interval")).toInt(&intervalOk);
    if (!parser.isSet(QStringLiteral("notebook"))) {
        err << tr("tcplab: record needs --notebook FILE") << Qt::endl;
        return 2;
    }
    if (!durationOk || duration < 1 || duration > 7 * 24 * 3600) {
        err << tr("tcplab: --duration takes seconds from 1 to 604800") << Qt::endl;
        return 2;
    }
    if (!intervalOk || interval < 100 || interval > 60000) {
        err << tr("tcplab: --interval takes milliseconds from 100 to 60000") << Qt::endl;
        return 2;
    }
    return record(parser.value(QStringLiteral("notebook")), duration, interval);
}

int RecordCommand::record(const QString &file, int durationS, int intervalMs)
{
    QTextStream err(stderr);
    notebook::Notebook nb;
    if (!Options::openOrCreate(nb, file)) {
        err << nb.errorString() << Qt::endl;
        return 1;
    }
    const qint64 id = nb.addRecording(tr("Monitor recording, %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    notebook::RecordingWriter writer(&nb, id);
    MonitorSession session;
    session.setIntervalMs(intervalMs);
    QCoreApplication *app = QCoreApplication::instance();
    int failures = 0;
    QObject::connect(&session, &MonitorSession::sampled, app, [&](qint64 wallMs) {
        const TimeSeriesStore &store = session.store();
        for (const QString &name : store.names()) {
            const TimeSeries *s = store.series(name);
            if (s && !s->isEmpty() && s->lastTime() == wallMs)
                failures += writer.append(name, wallMs, s->valueAt(s->size() - 1)) ? 0 : 1;
        }
    });
    // One commit a second: a killed recording loses at most the last second.
    QTimer flush;
    QObject::connect(&flush, &QTimer::timeout, app, [&] {
        failures += writer.flush() ? 0 : 1;
    });
    flush.start(1000);
    QTimer::singleShot(durationS * 1000, app, &QCoreApplication::quit);
    session.start();
    QCoreApplication::exec();
    if (!writer.flush() || failures) {
        err << tr("tcplab: the recording could not be written to %1: %2").arg(QDir::toNativeSeparators(file), writer.errorString()) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace tcplab::cli
