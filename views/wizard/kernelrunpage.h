// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels lesson's runs: the lesson's kernels fetched onto the shelf where they are missing
// (verified as apt verifies them), then the same experiment on each in its virtual machine, a
// calibration run first where a kernel's traits are not known yet. A line per kernel says where
// it stands; the progress bar covers the whole; a failed fetch or run can be tried again.
#pragma once

#include "lessonpage.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace tcplab
{

namespace kernels
{
class ShelfFetch;
}

class KernelRunPage : public LessonPage
{
public:
    explicit KernelRunPage(LessonState *state);
    void initializePage() override;
    void cleanupPage() override;
    void retranslate() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void start();
    void fetchNext();
    void runSeries();
    void setLine(int index, const QString &text);
    void fail(const QString &message);

    kernels::ShelfFetch *m_fetch;
    QListWidget *m_kernels;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QPushButton *m_retry;
    QStringList m_missing; // still to fetch
    int m_fetchCount = 0;
    bool m_done = false;
};

} // namespace tcplab
