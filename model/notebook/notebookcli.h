// SPDX-License-Identifier: GPL-3.0-or-later
// The notebook's command-line pieces, for app/main.cpp: record a monitor span into a notebook,
// export a notebook without a display, and append an experiment result to a notebook file.
#pragma once

#include "notebook/notebookexport.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

namespace tcplab::lab {
struct ExperimentResult;
}

namespace tcplab::notebook {

class NotebookCli
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::notebook::NotebookCli)
public:
    // Writes the formats that need QtGui (pdf, md); given by the caller from views/.
    using DocumentWriter = std::function<bool(const Notebook &, const QString &format, const QString &outDir,
                                              QStringList *written, QString *error)>;

    // `tcplab record --notebook FILE --duration S [--interval MS]`: samples this machine for S
    // seconds into a new recording entry, committing once a second. Runs the event loop.
    static int runRecord(QCoreApplication &app, const QString &file, int durationS, int intervalMs, QTextStream &err);
    // `tcplab export FILE --format html|pdf|md|csv --out DIR`. 0 on success, 1 on failure.
    static int runExport(const QString &file, const QString &format, const QString &outDir,
                         const DocumentWriter &documentWriter, QTextStream &out, QTextStream &err);
    // `tcplab experiment ... --notebook FILE`: appends the result as a run entry, making the file
    // when it does not exist. False with a message on `err`.
    static bool appendResult(const QString &file, const lab::ExperimentResult &result, QTextStream &err);
};

} // namespace tcplab::notebook
