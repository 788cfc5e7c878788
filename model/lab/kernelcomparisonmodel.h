// SPDX-License-Identifier: GPL-3.0-or-later
// The same experiment on several kernels, as one table: one row per figure the kernel model
// predicts, one group of columns per kernel (what the model expects on it, what it measured), and
// for kernels tcplab cannot boot (the lab log's 2.6.32, a 4.x) the model's figures alone. A figure
// outside its kernel's range is marked, a row whose measurements differ between kernels is marked,
// and notes() says why each difference happened: the kernel change behind it, or a race. The
// comparison view shows it; CSV and the notebook's write-up take its text. Qt Core only.
#pragma once

#include "i18n/bilingual.h"
#include "kernelseries.h"

#include <QAbstractTableModel>

namespace tcplab::lab
{

class KernelComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        // true on a measured cell outside its kernel's expected range
        DiffersFromModelRole = Qt::UserRole + 1,
        // true on every cell of a row whose measurements are not the same on every kernel
        DiffersBetweenKernelsRole,
        // true on the cells of a model-only kernel
        ModelOnlyRole,
        // the kernel a column belongs to, as an index into kernels(); -1 for the figure column
        KernelIndexRole,
    };

    // One kernel's columns.
    struct Kernel {
        QString name; // "debian11", "host"; a version for a model-only kernel
        QString release;
        bool modelOnly = false;
        bool traitsMeasured = false; // its prediction used traits measured on this release
        QString accelerator; // "tcg", "kvm" or "" (this machine's sandbox)
        QString error; // why the run did not finish
        Prediction prediction;
        std::optional<ExperimentResult> result;
    };

    explicit KernelComparisonModel(QObject *parent = nullptr);

    // The series' runs, then a model-only column per version (for example "2.6.32"), predicted for
    // the same spec with that version's namespace defaults.
    void setRuns(const ExperimentSpec &spec, const QList<KernelRun> &runs, const QStringList &modelOnlyVersions = {});
    void clear();
    const QList<Kernel> &kernels() const
    {
        return m_kernels;
    }
    const ExperimentSpec &spec() const
    {
        return m_spec;
    }
    // Kernels the shelf cannot hold that a comparison shows the model's figures for: the lab log's
    // CentOS 6.2 (2.6.32) and Debian 10's 4.19, whose suite the archive no longer serves.
    static QStringList defaultModelOnlyVersions();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows whose measurements differ between kernels, and measured cells outside their range.
    int rowsDifferingBetweenKernels() const;
    int figuresOutsideModel() const;
    // Why the kernels differ, and where a kernel differs from its model, in both languages.
    QList<BilingualText> notes() const;

    // group,figure, then per kernel NAME_expected_min,NAME_expected_max,NAME_measured,NAME_matches
    // (model-only kernels: expected only); a first line "# kernel NAME RELEASE ..." per kernel.
    QString toCsv() const;
    // The table in aligned columns and the notes, in `language` ("en" or "ja"), for the write-up.
    QString toText(const QString &language) const;
    // The command that runs this comparison again.
    QString command() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        QString group;
        QString key;
    };
    struct Cell {
        int kernel = -1;
        bool measured = false;
    };
    std::optional<Comparison> comparisonAt(int row, int kernel) const;
    Cell cellOf(int column) const;
    bool rowDiffers(int row) const;
    QString figureName(const Row &row) const;
    QVariant cellData(int row, const Cell &cell, int role) const;
    QList<BilingualText> kernelChangeNotes() const;

    ExperimentSpec m_spec;
    QList<Kernel> m_kernels;
    QList<QList<Comparison>> m_comparisons; // per kernel
    QList<Row> m_rows;
    QList<Cell> m_cells; // per column after the first
};

} // namespace tcplab::lab
