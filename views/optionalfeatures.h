// SPDX-License-Identifier: GPL-3.0-or-later
// The optional parts this build of tcplab has or lacks, for the About dialog and `--version`.
#pragma once

#include <QList>
#include <QString>

namespace tcplab
{

struct OptionalFeature {
    QString name; // translated
    bool available = false;
    QString detail; // translated: version and what it adds, or what is missing without it
};

QList<OptionalFeature> optionalFeatures();

} // namespace tcplab
