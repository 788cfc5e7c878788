// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of an experiment spec: the backlog, the clients, the late (half-open) clients, the
// sandbox's sysctls, how the server accepts and how long to watch, with the limits of the spec's
// own validation. The experiment panel shows it compact with a preset and where the run happens;
// a lesson shows one field a row with longer labels and takes the rest from the lesson.
#pragma once

#include "lab/experimentspec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace tcplab
{

class ExperimentSettingsForm : public QWidget
{
    Q_OBJECT
public:
    enum class Kind {
        Panel, // a preset on top, paired fields, the client timeout, host loopback and two hosts
        Lesson, // the lesson's own fields only, each on its own row, labels that explain
    };

    explicit ExperimentSettingsForm(Kind kind, QWidget *parent = nullptr);

    // The spec the fields describe now; what no field shows stays as the last setSpec() gave it.
    lab::ExperimentSpec spec() const;
    // Fills the fields (and picks the preset when the spec has one).
    void setSpec(const lab::ExperimentSpec &spec);
    // Fills the fields from a preset; where the run happens (two hosts) stays as chosen.
    bool selectPreset(const QString &name);

Q_SIGNALS:
    // A field changed, by the user or by setSpec().
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void onPresetChosen();
    void onFieldEdited();

    Kind m_kind;
    lab::ExperimentSpec m_base;
    bool m_updating = false;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QComboBox *m_preset;
    QSpinBox *m_backlog;
    QSpinBox *m_clients;
    QSpinBox *m_lateClients;
    QSpinBox *m_lateHandshake;
    QSpinBox *m_somaxconn;
    QSpinBox *m_maxSynBacklog;
    QComboBox *m_syncookies;
    QComboBox *m_abortOnOverflow;
    QSpinBox *m_synackRetries;
    QComboBox *m_accept;
    QSpinBox *m_acceptDelay;
    QSpinBox *m_timeout;
    QSpinBox *m_observe;
    QCheckBox *m_hostLoopback;
    QCheckBox *m_twoHosts;
};

} // namespace tcplab
