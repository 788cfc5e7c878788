// SPDX-License-Identifier: GPL-3.0-or-later
// The lessons of the guided wizard, as data: a question, its background, the experiment that
// answers it, what the student is asked to predict, and where this kernel is known to differ
// from the kernel model. Text is untranslated source in context
// "tcplab::Lessons" and shown in both languages side by side.
#pragma once

#include "experimentresult.h"
#include "experimentspec.h"
#include "trafficlab.h"

#include <QList>
#include <QString>

namespace tcplab::lab
{

enum class LessonKind {
    Experiment, // runs `spec` in the sandbox and compares with the kernel model
    Traffic, // runs trafficSpec between the sandbox's two hosts
    HostChecklist, // reads this host with the checklist instead of running anything
    Kernels, // runs `spec` on each of `kernels` (shelf kernels, fetched when missing) and compares them
};

// A figure of the kernel model that the lesson's run is known to miss on this kernel, and why: the
// comparison marks it as expected, and the lesson's comparison page tells the student the reason.
struct ModelDifference {
    QString group; // as Comparison::group: "server.states", "client.outcomes" ...
    QString key; // "ESTABLISHED", "connected", "TcpExt.ListenOverflows"
    const char *reason = ""; // untranslated, context "tcplab::Lessons"
};

struct Lesson {
    QString id;
    const char *title = "";
    const char *question = "";
    const char *background = "";
    LessonKind kind = LessonKind::Experiment;
    ExperimentSpec spec;
    TrafficSpec trafficSpec;
    QString counter; // the counter the lesson is about, preselected nowhere: the student picks it
    QList<ModelDifference> modelDifferences;
    QStringList kernels; // a Kernels lesson's kernels, by their shelf names

    // The declared difference for this figure, or null when the model must hold.
    const ModelDifference *declaredDifference(const Comparison &comparison) const;
    // For the student, one note per declared difference of a run: the figure, what was measured
    // against what the model expected, and why; in both languages.
    QList<BilingualText> differenceNotes(const ExperimentResult &result) const;
};

const QList<Lesson> &lessons();
const Lesson *findLesson(const QString &id);

} // namespace tcplab::lab
