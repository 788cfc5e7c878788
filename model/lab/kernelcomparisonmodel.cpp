// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelcomparisonmodel.h"

#include "comparisontablemodel.h"
#include "notebook/csv.h"

#include <QCoreApplication>
#include <QEvent>

namespace tcplab::lab
{

namespace
{

const char *const kContext = "tcplab::lab::KernelComparisonModel";

// A pattern in both languages whose arguments differ between them (lists of words in each).
BilingualText fillEach(const char *source, const QList<BilingualText> &arguments)
{
    BilingualText text = bilingual(kContext, source);
    for (const BilingualText &argument : arguments) {
        text.en = text.en.arg(argument.en);
        text.ja = text.ja.arg(argument.ja);
    }
    return text;
}

BilingualText same(const QString &text)
{
    return {text, text};
}

// "a, b, c" in each language.
BilingualText joined(const QList<BilingualText> &parts)
{
    BilingualText text;
    for (const BilingualText &part : parts) {
        text.en += (text.en.isEmpty() ? QString() : QStringLiteral(", ")) + part.en;
        text.ja += (text.ja.isEmpty() ? QString() : QStringLiteral("、")) + part.ja;
    }
    return text;
}

QString times(const QList<double> &list)
{
    QStringList parts;
    for (const double t : list)
        parts << QString::number(t, 'g', 4);
    return parts.join(QLatin1String(", "));
}

// The label a kernel has in the table's notes: its name, or "Linux 2.6.32" for a model-only one.
QString kernelLabel(const KernelComparisonModel::Kernel &k)
{
    return k.modelOnly ? QStringLiteral("Linux ") + k.name : k.name;
}

} // namespace

KernelComparisonModel::KernelComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

QStringList KernelComparisonModel::defaultModelOnlyVersions()
{
    return {QStringLiteral("2.6.32"), QStringLiteral("4.19")};
}

void KernelComparisonModel::setRuns(const ExperimentSpec &spec, const QList<KernelRun> &runs, const QStringList &modelOnlyVersions)
{
    beginResetModel();
    m_spec = spec;
    m_kernels.clear();
    m_comparisons.clear();
    m_rows.clear();
    m_cells.clear();
    for (const KernelRun &run : runs) {
        Kernel k;
        k.name = run.name;
        k.release = run.result ? run.result->kernelRelease : run.release;
        k.error = run.error;
        k.result = run.result;
        if (run.result) {
            k.prediction = run.result->expected;
            k.traitsMeasured = run.result->expected.synQueueMeasured;
            k.accelerator = run.result->accelerator;
        }
        m_kernels.append(k);
        m_comparisons.append(run.result ? run.result->comparisons() : QList<Comparison>());
    }
    for (const QString &version : modelOnlyVersions) {
        Kernel k;
        k.name = version;
        k.release = version;
        k.modelOnly = true;
        const KernelVersion kernel = KernelVersion::parse(version);
        k.prediction = predict(spec, EffectiveSettings::forSpec(spec, EffectiveSettings::defaultsFor(kernel)), kernel);
        ExperimentResult predicted;
        predicted.expected = k.prediction;
        m_kernels.append(k);
        m_comparisons.append(predicted.comparisons());
    }
    // Rows in the order the model lists its figures, every kernel's figures once.
    for (const QList<Comparison> &list : std::as_const(m_comparisons)) {
        for (const Comparison &c : list) {
            const bool known = std::any_of(m_rows.cbegin(), m_rows.cend(), [&c](const Row &r) {
                return r.group == c.group && r.key == c.key;
            });
            if (!known)
                m_rows.append({c.group, c.key});
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return int(comparisonGroup(a.group)) < int(comparisonGroup(b.group));
    });
    for (int i = 0; i < m_kernels.size(); ++i) {
        m_cells.append({i, false});
        if (!m_kernels[i].modelOnly)
            m_cells.append({i, true});
    }
    endResetModel();
}

void KernelComparisonModel::clear()
{
    setRuns(ExperimentSpec(), {});
}

int KernelComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KernelComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_kernels.isEmpty() ? 0 : int(m_cells.size()) + 1;
}

KernelComparisonModel::Cell KernelComparisonModel::cellOf(int column) const
{
    return column >= 1 && column <= m_cells.size() ? m_cells.at(column - 1) : Cell();
}

std::optional<Comparison> KernelComparisonModel::comparisonAt(int row, int kernel) const
{
    if (kernel < 0 || kernel >= m_comparisons.size() || row < 0 || row >= m_rows.size())
        return std::nullopt;
    const Row &r = m_rows.at(row);
    for (const Comparison &c : m_comparisons.at(kernel)) {
        if (c.group == r.group && c.key == r.key)
            return c;
    }
    return std::nullopt;
}

// Measured on at least two kernels, and not the same everywhere.
bool KernelComparisonModel::rowDiffers(int row) const
{
    std::optional<qint64> first;
    for (int k = 0; k < m_kernels.size(); ++k) {
        if (m_kernels[k].modelOnly || !m_kernels[k].result)
            continue;
        const std::optional<Comparison> c = comparisonAt(row, k);
        const qint64 value = c ? c->measured : 0;
        if (first && *first != value)
            return true;
        first = value;
    }
    return false;
}

QString KernelComparisonModel::figureName(const Row &row) const
{
    const ComparisonGroup group = comparisonGroup(row.group);
    const QString figure = group == ComparisonGroup::ClientOutcomes ? ComparisonTableModel::outcomeName(row.key) : row.key;
    return comparisonGroupName(group) + QLatin1String(": ") + figure;
}

QVariant KernelComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    if (role == DiffersBetweenKernelsRole)
        return rowDiffers(row);
    if (index.column() == 0) {
        if (role == KernelIndexRole)
            return -1;
        if (role == Qt::DisplayRole)
            return figureName(m_rows.at(row));
        if (role == Qt::ToolTipRole && rowDiffers(row))
            return tr("Not the same on every kernel: the notes under the table say why.");
        return QVariant();
    }
    return cellData(row, cellOf(index.column()), role);
}

QVariant KernelComparisonModel::cellData(int row, const Cell &cell, int role) const
{
    if (cell.kernel < 0)
        return QVariant();
    const Kernel &k = m_kernels.at(cell.kernel);
    const std::optional<Comparison> c = comparisonAt(row, cell.kernel);
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case KernelIndexRole:
        return cell.kernel;
    case ModelOnlyRole:
        return k.modelOnly;
    case DiffersFromModelRole:
        return cell.measured && c && k.result && !c->matches();
    case Qt::DisplayRole:
        if (!c || (cell.measured && !k.result))
            return QStringLiteral("—");
        return cell.measured ? QString::number(c->measured) : c->expected.toString();
    case Qt::ToolTipRole:
        if (!c)
            return tr("The model predicts nothing for this figure on %1.").arg(kernelLabel(k));
        if (!cell.measured)
            return k.modelOnly ? tr("%1 expects %2: the model only, this kernel is not on the shelf.").arg(kernelLabel(k), c->expected.toString())
                               : tr("The model expects %1 on %2.").arg(c->expected.toString(), kernelLabel(k));
        if (!k.result)
            return tr("The run on %1 did not finish: %2").arg(k.name, k.error);
        return c->matches()
            ? tr("%1 measured %2, inside the model's range %3.").arg(k.name).arg(c->measured).arg(c->expected.toString())
            : tr("%1 measured %2, outside the model's range %3: the notes under the table say why.").arg(k.name).arg(c->measured).arg(c->expected.toString());
    }
    return QVariant();
}

QVariant KernelComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QVariant();
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Figure") : QVariant();
    const Cell cell = cellOf(section);
    if (cell.kernel < 0)
        return QVariant();
    const Kernel &k = m_kernels.at(cell.kernel);
    if (role == Qt::DisplayRole) {
        if (k.modelOnly)
            return tr("Linux %1\nmodel only").arg(k.name);
        return cell.measured ? tr("%1\nmeasured").arg(k.name) : tr("%1\nexpected").arg(k.name);
    }
    if (k.modelOnly)
        return tr("Linux %1 is not on the shelf: these are the kernel model's figures for its version, not a measurement.").arg(k.name);
    QString tip = tr("%1: Linux %2").arg(k.name, k.release);
    if (!k.accelerator.isEmpty())
        tip += QLatin1String(", ") + tr("in a virtual machine (%1)").arg(k.accelerator.toUpper());
    tip += QLatin1String(". ")
        + (k.traitsMeasured ? tr("The SYN queue's size was measured on this kernel by a calibration run.")
                            : tr("The SYN queue's size is assumed from the kernel's version; it was not measured."));
    return tip;
}

int KernelComparisonModel::rowsDifferingBetweenKernels() const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += rowDiffers(row) ? 1 : 0;
    return count;
}

int KernelComparisonModel::figuresOutsideModel() const
{
    int count = 0;
    for (int k = 0; k < m_kernels.size(); ++k) {
        if (!m_kernels[k].result)
            continue;
        for (const Comparison &c : m_comparisons.at(k))
            count += c.matches() ? 0 : 1;
    }
    return count;
}

// The version rules and measured traits that make the model's figures differ between kernels.
QList<BilingualText> KernelComparisonModel::kernelChangeNotes() const
{
    QList<BilingualText> notes;
    auto differs = [this](auto value) {
        for (const Kernel &k : m_kernels) {
            if (value(k) != value(m_kernels.first()))
                return true;
        }
        return false;
    };
    auto list = [this](auto item) {
        QList<BilingualText> parts;
        for (const Kernel &k : m_kernels)
            parts << item(k);
        return joined(parts);
    };
    if (differs([](const Kernel &k) {
            return k.prediction.effectiveBacklog;
        })) {
        notes << fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel",
                                            "The backlog listen() leaves: %1. __sys_listen_socket() caps the backlog at "
                                            "net.core.somaxconn, whose default grew from 128 to 4096 in Linux 5.4."),
                          {list([](const Kernel &k) {
                              return same(kernelLabel(k) + QLatin1String(": ") + QString::number(k.prediction.effectiveBacklog));
                          })});
    }
    // The SYN queue's size shows only where requests wait in it: half-open clients.
    if (m_spec.lateClients > 0 && differs([](const Kernel &k) {
            return k.prediction.synQueueCapacity;
        })) {
        notes << fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel",
                                            "Requests the SYN queue holds for this backlog: %1. inet_csk_reqsk_queue_is_full() compares the number of "
                                            "requests with the backlog: with \">=\" up to 6.12, with \">\" since 6.13, which lets one "
                                            "more request in. A stable kernel that took the 6.13 fix behaves like 6.13 whatever its "
                                            "version says, which is why tcplab measures this on each kernel."),
                          {list([](const Kernel &k) {
                              const QString head = kernelLabel(k) + QLatin1String(": ") + QString::number(k.prediction.synQueueCapacity);
                              return k.traitsMeasured
                                  ? fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel", "%1 (measured)"), {same(head)})
                                  : fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel", "%1 (from its version)"), {same(head)});
                          })});
    }
    if (differs([](const Kernel &k) {
            return synTransmissionTimes(k.prediction.kernel, k.prediction.settings);
        })) {
        notes << fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel",
                                            "When a client sends its SYNs, in seconds after the first: %1. The first retransmission timeout became 1 s in "
                                            "Linux 3.1 (it was 3 s), and since 6.5 tcp_syn_linear_timeouts keeps the first "
                                            "retransmissions 1 s apart before tcp_retransmit_timer() doubles the wait; more SYNs "
                                            "in the same time means more drops counted."),
                          {list([](const Kernel &k) {
                              return same(kernelLabel(k) + QLatin1String(": ") + times(synTransmissionTimes(k.prediction.kernel, k.prediction.settings)));
                          })});
    }
    if (differs([](const Kernel &k) {
            return k.prediction.kernel.atLeast(4, 10);
        })) {
        QList<BilingualText> old;
        for (const Kernel &k : m_kernels) {
            if (!k.prediction.kernel.atLeast(4, 10))
                old << same(kernelLabel(k));
        }
        notes << fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel",
                                            "On %1 a SYN may still get in while the accept queue is full (the \"young\" rule of "
                                            "tcp_v4_conn_request()); its final ACK is then dropped and the server keeps it in "
                                            "SYN_RECV. Since 4.10 tcp_conn_request() drops every such SYN at once."),
                          {joined(old)});
    }
    return notes;
}

QList<BilingualText> KernelComparisonModel::notes() const
{
    QList<BilingualText> notes = kernelChangeNotes();
    // Measurements that differ although the model expects the same on every kernel: a race.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!rowDiffers(row))
            continue;
        bool sameExpectation = true;
        std::optional<Range> first;
        QList<BilingualText> values;
        for (int k = 0; k < m_kernels.size(); ++k) {
            const std::optional<Comparison> c = comparisonAt(row, k);
            if (m_kernels[k].modelOnly || !m_kernels[k].result || !c)
                continue;
            if (first && (first->low != c->expected.low || first->high != c->expected.high))
                sameExpectation = false;
            first = c->expected;
            values << same(m_kernels[k].name + QLatin1String(": ") + QString::number(c->measured));
        }
        if (!sameExpectation || !first || first->isExact())
            continue;
        const Row &r = m_rows.at(row);
        notes << fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel",
                                            "%1 came out as %2, all inside the range %3 the model gives every kernel: which value "
                                            "a run gets is a race between the burst of SYNs and the first handshakes (in a virtual "
                                            "machine without KVM even more so), not a difference between the kernels."),
                          {same(r.group + QLatin1Char(' ') + r.key), joined(values), same(first->toString())});
    }
    // Runs whose burst raced its first handshakes: held to that outcome's figures.
    QList<BilingualText> raced;
    for (const Kernel &k : m_kernels) {
        if (k.result && k.prediction.raced)
            raced << same(k.name);
    }
    if (!raced.isEmpty()) {
        notes << fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel",
                                            "On %1 the burst of SYNs raced the first handshakes and SYN cookies were sent, so more "
                                            "clients report connected: that run is held to the race's figures. Whether a run races "
                                            "is a matter of timing (a virtual machine without KVM is slow), not a difference between "
                                            "the kernels; running it again usually gives the other outcome."),
                          {joined(raced)});
    }
    // Where a kernel did not do what its model says.
    for (int k = 0; k < m_kernels.size(); ++k) {
        const Kernel &kernel = m_kernels.at(k);
        if (!kernel.result) {
            if (!kernel.modelOnly)
                notes << fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel", "The run on %1 did not finish: %2"),
                                  {same(kernel.name), same(kernel.error)});
            continue;
        }
        QList<BilingualText> outside;
        for (const Comparison &c : m_comparisons.at(k)) {
            if (!c.matches())
                outside << same(QStringLiteral("%1 %2 %3 (%4)").arg(c.group, c.key).arg(c.measured).arg(c.expected.toString()));
        }
        if (outside.isEmpty())
            continue;
        notes << fillEach(QT_TRANSLATE_NOOP("tcplab::lab::KernelComparisonModel",
                                            "On %1 (Linux %2) these figures fell outside the model's range (expected in "
                                            "brackets): %3. The run's own explanation, in the notebook, gives the likely reason."),
                          {same(kernel.name), same(kernel.release), joined(outside)});
    }
    return notes;
}

QString KernelComparisonModel::toCsv() const
{
    QString csv;
    for (const Kernel &k : m_kernels)
        csv += QLatin1String("# kernel ") + k.name + QLatin1Char(' ') + (k.modelOnly ? QStringLiteral("model-only") : k.release) + QLatin1Char('\n');
    csv += QLatin1String("group,figure");
    for (const Kernel &k : m_kernels) {
        csv += QLatin1Char(',') + csvField(k.name + QLatin1String("_expected_min")) + QLatin1Char(',') + csvField(k.name + QLatin1String("_expected_max"));
        if (!k.modelOnly)
            csv += QLatin1Char(',') + csvField(k.name + QLatin1String("_measured")) + QLatin1Char(',') + csvField(k.name + QLatin1String("_matches"));
    }
    csv += QLatin1Char('\n');
    for (int row = 0; row < m_rows.size(); ++row) {
        csv += csvField(m_rows[row].group) + QLatin1Char(',') + csvField(m_rows[row].key);
        for (int k = 0; k < m_kernels.size(); ++k) {
            const std::optional<Comparison> c = comparisonAt(row, k);
            csv += c ? QStringLiteral(",%1,%2").arg(c->expected.low).arg(c->expected.high) : QStringLiteral(",,");
            if (m_kernels[k].modelOnly)
                continue;
            if (c && m_kernels[k].result)
                csv += QStringLiteral(",%1,%2").arg(c->measured).arg(c->matches() ? QLatin1String("yes") : QLatin1String("no"));
            else
                csv += QStringLiteral(",,");
        }
        csv += QLatin1Char('\n');
    }
    return csv;
}

QString KernelComparisonModel::toText(const QString &language) const
{
    // Column texts first, then padded to the widest cell of each column.
    QList<QStringList> lines;
    QStringList header{tr("Figure")};
    for (int column = 1; column < columnCount(); ++column)
        header << headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
    lines << header;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < columnCount(); ++column) {
            const QModelIndex i = index(row, column);
            QString text = i.data().toString();
            if (i.data(DiffersFromModelRole).toBool())
                text += QLatin1Char('*');
            if (column == 0 && rowDiffers(row))
                text = QStringLiteral("≠ ") + text;
            line << text;
        }
        lines << line;
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (int c = 0; c < line.size(); ++c)
            widths[c] = qMax(widths[c], int(line[c].size()));
    }
    QString out;
    for (const QStringList &line : std::as_const(lines)) {
        QString text;
        for (int c = 0; c < line.size(); ++c)
            text += c == 0 ? line[c].leftJustified(widths[c]) : QLatin1String("  ") + line[c].rightJustified(widths[c]);
        out += text.trimmed() + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("≠ differs between kernels; * outside the model's range") + QLatin1String("\n\n");
    for (const BilingualText &note : notes())
        out += QLatin1String("- ") + note.in(language) + QLatin1Char('\n');
    return out;
}

QString KernelComparisonModel::command() const
{
    QStringList names;
    for (const Kernel &k : m_kernels) {
        if (!k.modelOnly)
            names << k.name;
    }
    // The preset, then every field that differs from it.
    const ExperimentSpec base = ExperimentSpec::findPreset(m_spec.preset).value_or(ExperimentSpec());
    QStringList words{QStringLiteral("tcplab"), QStringLiteral("experiment")};
    if (!m_spec.preset.isEmpty())
        words << QStringLiteral("--preset") << m_spec.preset;
    auto option = [&words](const char *name, int value, int baseValue) {
        if (value != baseValue)
            words << QLatin1String("--") + QLatin1String(name) << QString::number(value);
    };
    option("backlog", m_spec.backlog, base.backlog);
    option("clients", m_spec.clients, base.clients);
    option("late-clients", m_spec.lateClients, base.lateClients);
    option("late-handshake-ms", m_spec.lateHandshakeMs, base.lateHandshakeMs);
    option("somaxconn", m_spec.kernel.somaxconn, base.kernel.somaxconn);
    option("max-syn-backlog", m_spec.kernel.maxSynBacklog, base.kernel.maxSynBacklog);
    option("syncookies", m_spec.kernel.syncookies, base.kernel.syncookies);
    option("abort-on-overflow", m_spec.kernel.abortOnOverflow, base.kernel.abortOnOverflow);
    option("synack-retries", m_spec.kernel.synackRetries, base.kernel.synackRetries);
    option("syn-retries", m_spec.kernel.synRetries, base.kernel.synRetries);
    option("timeout", m_spec.clientTimeoutS, base.clientTimeoutS);
    option("observe", m_spec.observeS, base.observeS);
    if (m_spec.accept != base.accept || (m_spec.accept == AcceptMode::Delay && m_spec.acceptDelayMs != base.acceptDelayMs))
        words << QStringLiteral("--accept")
              << (m_spec.accept == AcceptMode::Delay ? QStringLiteral("delay:%1").arg(m_spec.acceptDelayMs) : acceptModeName(m_spec.accept));
    if (m_spec.twoHosts && !base.twoHosts)
        words << QStringLiteral("--two-hosts");
    words << QStringLiteral("--kernel") << names.join(QLatin1Char(','));
    return words.join(QLatin1Char(' '));
}

bool KernelComparisonModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && !m_rows.isEmpty()) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace tcplab::lab
