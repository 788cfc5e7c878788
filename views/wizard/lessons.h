// SPDX-License-Identifier: GPL-3.0-or-later
// The lessons of the guided wizard, as data: a question, its background, the experiment that
// answers it, and what the student is asked to predict. Text is untranslated source in context
// "tcplab::Lessons" and shown in both languages side by side.
#pragma once

#include "lab/experimentspec.h"
#include "lab/trafficlab.h"

#include <QList>
#include <QString>

namespace tcplab {

struct Lesson {
    QString id;
    const char *title = "";
    const char *question = "";
    const char *background = "";
    lab::ExperimentSpec spec;
    bool hostChecklist = false; // reads this host with the checklist instead of running anything
    bool traffic = false; // runs trafficSpec between the sandbox's two hosts instead of `spec`
    lab::TrafficSpec trafficSpec;
    QString counter; // the counter the lesson is about, preselected nowhere: the student picks it
};

const QList<Lesson> &lessons();
const Lesson *findLesson(const QString &id);

} // namespace tcplab
