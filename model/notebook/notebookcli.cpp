// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebookcli.h"

#include "lab/experimentresult.h"
#include "notebook/recordingwriter.h"
#include "series/monitorsession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace tcplab::notebook {

namespace {

bool openOrCreate(Notebook &nb, const QString &file)
{
    return QFileInfo::exists(file) ? nb.open(file) : nb.create(file);
}

} // namespace

int NotebookCli::runRecord(QCoreApplication &app, const QString &file, int durationS, int intervalMs, QTextStream &err)
{
    Notebook nb;
    if (!openOrCreate(nb, file)) {
        err << nb.errorString() << Qt::endl;
        return 1;
    }
    const qint64 id = nb.addRecording(
        tr("Monitor recording, %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    RecordingWriter writer(&nb, id);
    MonitorSession session;
    session.setIntervalMs(intervalMs);
    int failures = 0;
    QObject::connect(&session, &MonitorSession::sampled, &app, [&](qint64 wallMs) {
        const TimeSeriesStore &store = session.store();
        for (const QString &name : store.names()) {
            const TimeSeries *s = store.series(name);
            if (s && !s->isEmpty() && s->lastTime() == wallMs)
                failures += writer.append(name, wallMs, s->valueAt(s->size() - 1)) ? 0 : 1;
        }
    });
    // One commit a second: a killed recording loses at most the last second.
    QTimer flush;
    QObject::connect(&flush, &QTimer::timeout, &app, [&] { failures += writer.flush() ? 0 : 1; });
    flush.start(1000);
    QTimer::singleShot(durationS * 1000, &app, [&app] { app.quit(); });
    session.start();
    app.exec();
    if (!writer.flush() || failures) {
        err << tr("tcplab: the recording could not be written to %1: %2")
                   .arg(QDir::toNativeSeparators(file), writer.errorString())
            << Qt::endl;
        return 1;
    }
    return 0;
}

int NotebookCli::runExport(const QString &file, const QString &format, const QString &outDir,
                           const DocumentWriter &documentWriter, QTextStream &out, QTextStream &err)
{
    Notebook nb;
    if (!nb.open(file)) {
        err << nb.errorString() << Qt::endl;
        return 1;
    }
    if (!QDir().mkpath(outDir)) {
        err << tr("tcplab: cannot make the folder %1").arg(QDir::toNativeSeparators(outDir)) << Qt::endl;
        return 1;
    }
    QStringList written;
    QString error;
    bool ok = false;
    if (format == QLatin1String("html")) {
        ok = NotebookExport::writeHtml(nb, QDir(outDir).filePath(QStringLiteral("notebook.html")), {}, &error);
        written.append(QStringLiteral("notebook.html"));
    } else if (format == QLatin1String("csv")) {
        ok = NotebookExport::writeCsv(nb, outDir, {}, &written, &error);
    } else if ((format == QLatin1String("pdf") || format == QLatin1String("md")) && documentWriter) {
        ok = documentWriter(nb, format, outDir, &written, &error);
    } else {
        err << tr("tcplab: --format takes html, pdf, md or csv") << Qt::endl;
        return 2;
    }
    if (!ok) {
        err << error << Qt::endl;
        return 1;
    }
    for (const QString &name : written)
        out << QDir::toNativeSeparators(QDir(outDir).filePath(name)) << Qt::endl;
    return 0;
}

bool NotebookCli::appendResult(const QString &file, const lab::ExperimentResult &result, QTextStream &err)
{
    Notebook nb;
    if (!openOrCreate(nb, file) || !nb.addRun(result)) {
        err << nb.errorString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace tcplab::notebook
