// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison of one experiment across kernels: one row per figure, a column group per kernel,
// model-only kernels with their expected figures alone; differences from the model and between
// kernels marked, the notes naming the kernel change behind each difference (or the race), the
// CSV and the text for the write-up, and QAbstractItemModelTester's checks.
#include "lab/kernelcomparisonmodel.h"
#include "lab/kerneltraits.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tcplab::lab;
using Model = KernelComparisonModel;

namespace
{

// A run on `release` whose every figure is the low end of what the model expects there, with the
// SYN queue's size measured as `synQueueExtra`.
KernelRun run(const QString &name, const QString &release, const ExperimentSpec &spec, int synQueueExtra)
{
    KernelTraits traits;
    traits.release = release;
    traits.synQueueExtra = synQueueExtra;
    const KernelVersion kernel = KernelVersion::parse(release);
    ExperimentResult r;
    r.spec = spec;
    r.kernelRelease = release;
    r.accelerator = QStringLiteral("tcg");
    r.expected = predict(spec, EffectiveSettings::forSpec(spec, EffectiveSettings::defaultsFor(kernel)), kernel, traits);
    for (const Comparison &c : r.comparisons()) {
        QMap<QString, qint64> *into = c.group == QLatin1String("server.states") ? &r.serverStates
            : c.group == QLatin1String("client.states")                         ? &r.clientStates
            : c.group == QLatin1String("client.outcomes")                       ? &r.outcomes
                                                                                : &r.countersDelta;
        into->insert(c.key, c.expected.low);
    }
    return KernelRun{name, release, r, QString()};
}

ExperimentSpec halfOpen()
{
    ExperimentSpec spec = KernelTraitsStore::calibrationSpec();
    spec.preset.clear();
    return spec;
}

int rowOf(const Model &model, const QString &figure)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString().endsWith(figure))
            return row;
    }
    return -1;
}

bool anyNote(const Model &model, const QString &part)
{
    const QList<tcplab::BilingualText> notes = model.notes();
    return std::any_of(notes.cbegin(), notes.cend(), [&part](const tcplab::BilingualText &t) {
        return t.en.contains(part);
    });
}

} // namespace

class KernelComparisonModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsPerKernel()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ExperimentSpec spec = halfOpen();
        model.setRuns(spec,
                      {run(QStringLiteral("debian11"), QStringLiteral("5.10.0-32-cloud-amd64"), spec, 0),
                       run(QStringLiteral("debian13"), QStringLiteral("6.12.117+deb13-cloud-amd64"), spec, 1)},
                      Model::defaultModelOnlyVersions());
        // The figure, two columns for each measured kernel, one for each model-only kernel.
        QCOMPARE(model.columnCount(), 1 + 2 + 2 + 1 + 1);
        QCOMPARE(model.kernels().size(), 4);
        QVERIFY(model.kernels().at(2).modelOnly);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("debian11\nexpected"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("debian13\nmeasured"));
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Linux 2.6.32\nmodel only"));
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("measured on this kernel")));
        QVERIFY(model.headerData(5, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("not on the shelf")));
        QVERIFY(model.rowCount() >= 5);
        QCOMPARE(model.index(0, 5).data(Model::ModelOnlyRole).toBool(), true);
        QCOMPARE(model.index(0, 2).data(Model::KernelIndexRole).toInt(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    // 5.10 keeps B requests in the SYN queue, a kernel with the 6.13 fix B + 1: the row differs
    // between kernels, both match their own model, and the note names the kernel function.
    void synQueueDifference()
    {
        Model model;
        const ExperimentSpec spec = halfOpen();
        model.setRuns(spec,
                      {run(QStringLiteral("debian11"), QStringLiteral("5.10.0-32-cloud-amd64"), spec, 0),
                       run(QStringLiteral("debian13"), QStringLiteral("6.12.117+deb13-cloud-amd64"), spec, 1)});
        const int row = rowOf(model, QStringLiteral(": SYN_RECV"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 2).data().toString(), QString::number(KernelTraitsStore::kCalibrationBacklog));
        QCOMPARE(model.index(row, 4).data().toString(), QString::number(KernelTraitsStore::kCalibrationBacklog + 1));
        QVERIFY(model.index(row, 0).data(Model::DiffersBetweenKernelsRole).toBool());
        QVERIFY(!model.index(row, 4).data(Model::DiffersFromModelRole).toBool());
        QCOMPARE(model.figuresOutsideModel(), 0);
        QVERIFY(model.rowsDifferingBetweenKernels() >= 1);
        QVERIFY(anyNote(model, QStringLiteral("inet_csk_reqsk_queue_is_full()")));
        QVERIFY(anyNote(model, QStringLiteral("debian11: 8 (measured)")));
        // Without a SYN queue difference there is no such note.
        Model same;
        same.setRuns(spec,
                     {run(QStringLiteral("a"), QStringLiteral("6.12.117+deb13-cloud-amd64"), spec, 1),
                      run(QStringLiteral("b"), QStringLiteral("6.12.117+deb13-cloud-amd64"), spec, 1)});
        QCOMPARE(same.rowsDifferingBetweenKernels(), 0);
        QVERIFY(!anyNote(same, QStringLiteral("inet_csk_reqsk_queue_is_full()")));
    }

    void outsideTheModel()
    {
        Model model;
        const ExperimentSpec spec = halfOpen();
        KernelRun off = run(QStringLiteral("unstable"), QStringLiteral("7.2.13+deb14-cloud-amd64"), spec, 1);
        off.result->serverStates[QStringLiteral("SYN_RECV")] += 5;
        model.setRuns(spec, {run(QStringLiteral("debian12"), QStringLiteral("6.1.0-50-cloud-amd64"), spec, 1), off});
        const int row = rowOf(model, QStringLiteral(": SYN_RECV"));
        QVERIFY(model.index(row, 4).data(Model::DiffersFromModelRole).toBool());
        QVERIFY(!model.index(row, 2).data(Model::DiffersFromModelRole).toBool());
        QVERIFY(!model.index(row, 3).data(Model::DiffersFromModelRole).toBool()); // an expected cell
        QCOMPARE(model.figuresOutsideModel(), 1);
        QVERIFY(model.index(row, 4).data(Qt::ToolTipRole).toString().contains(QLatin1String("outside the model's range")));
        QVERIFY(anyNote(model, QStringLiteral("On unstable (Linux 7.2.13+deb14-cloud-amd64) these figures fell outside")));
        QVERIFY(model.toText(QStringLiteral("en")).contains(QLatin1Char('*')));
    }

    // A figure the model gives every kernel the same range for, measured differently: a race.
    void raceBetweenKernels()
    {
        Model model;
        const ExperimentSpec spec = *ExperimentSpec::findPreset(QStringLiteral("seed-backlog-10"));
        // Two kernels the model treats alike.
        KernelRun a = run(QStringLiteral("debian13"), QStringLiteral("6.12.117+deb13-cloud-amd64"), spec, 1);
        KernelRun b = run(QStringLiteral("unstable"), QStringLiteral("7.2.13+deb14-cloud-amd64"), spec, 1);
        bool found = false;
        for (const Comparison &c : b.result->comparisons()) {
            if (c.expected.isExact() || c.group != QLatin1String("counters_delta"))
                continue;
            b.result->countersDelta[c.key] = c.expected.high;
            found = true;
            break;
        }
        QVERIFY2(found, "seed-backlog-10 has a counter with a range");
        model.setRuns(spec, {a, b});
        QCOMPARE(model.figuresOutsideModel(), 0);
        QCOMPARE(model.rowsDifferingBetweenKernels(), 1);
        QVERIFY(anyNote(model, QStringLiteral("is a race between the burst of SYNs")));
        QVERIFY(model.command().startsWith(QLatin1String("tcplab experiment --preset seed-backlog-10 --kernel debian13,unstable")));
    }

    // A run that raced is named as such, and its figures are the race's.
    void racedRun()
    {
        Model model;
        const ExperimentSpec spec = *ExperimentSpec::findPreset(QStringLiteral("seed-backlog-10"));
        KernelRun a = run(QStringLiteral("debian12"), QStringLiteral("6.1.0-50-cloud-amd64"), spec, 1);
        KernelRun b = run(QStringLiteral("debian11"), QStringLiteral("5.10.0-32-cloud-amd64"), spec, 0);
        b.result->expected = *burstRace(spec, b.result->expected, 88);
        b.result->outcomes[QStringLiteral("connected")] = 100;
        b.result->countersDelta[QStringLiteral("TcpExt.SyncookiesSent")] = 88;
        model.setRuns(spec, {a, b});
        QCOMPARE(model.figuresOutsideModel(), 0);
        QVERIFY(anyNote(model, QStringLiteral("On debian11 the burst of SYNs raced the first handshakes")));
        QVERIFY(rowOf(model, QStringLiteral("TcpExt.SyncookiesSent")) >= 0);
        QVERIFY(!anyNote(Model(), QStringLiteral("raced")));
    }

    // The lab log's 2.6.32 next to a 6.x kernel: the model's old rules, each named.
    void modelOnlyKernels()
    {
        Model model;
        const ExperimentSpec spec = *ExperimentSpec::findPreset(QStringLiteral("seed-backlog-10"));
        model.setRuns(spec, {run(QStringLiteral("debian13"), QStringLiteral("6.12.117+deb13-cloud-amd64"), spec, 1)}, {QStringLiteral("2.6.32")});
        QVERIFY(anyNote(model, QStringLiteral("Linux 2.6.32: 0, 3, 9")));
        QVERIFY(anyNote(model, QStringLiteral("\"young\" rule")));
        // A model-only kernel's figures are not measurements: no row differs "between kernels".
        QCOMPARE(model.rowsDifferingBetweenKernels(), 0);
        QVERIFY(model.index(0, 3).data(Qt::ToolTipRole).toString().contains(QLatin1String("the model only")));
    }

    void csvAndText()
    {
        Model model;
        const ExperimentSpec spec = halfOpen();
        model.setRuns(spec,
                      {run(QStringLiteral("debian11"), QStringLiteral("5.10.0-32-cloud-amd64"), spec, 0),
                       run(QStringLiteral("debian13"), QStringLiteral("6.12.117+deb13-cloud-amd64"), spec, 1)},
                      {QStringLiteral("2.6.32")});
        const QStringList lines = model.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("# kernel debian11 5.10.0-32-cloud-amd64"));
        QCOMPARE(lines.at(2), QStringLiteral("# kernel 2.6.32 model-only"));
        QCOMPARE(lines.at(3),
                 QStringLiteral("group,figure,debian11_expected_min,debian11_expected_max,debian11_measured,debian11_matches,"
                                "debian13_expected_min,debian13_expected_max,debian13_measured,debian13_matches,"
                                "2.6.32_expected_min,2.6.32_expected_max"));
        QCOMPARE(lines.size(), 4 + model.rowCount());
        const QString synRecv = *std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(QLatin1String("server.states,SYN_RECV,"));
        });
        QVERIFY2(synRecv.startsWith(QLatin1String("server.states,SYN_RECV,8,8,8,yes,9,9,9,yes,")), qPrintable(synRecv));
        const QString text = model.toText(QStringLiteral("en"));
        QVERIFY(text.contains(QStringLiteral("≠ Server sockets: SYN_RECV")));
        QVERIFY(text.contains(QLatin1String("inet_csk_reqsk_queue_is_full()")));
    }
};

QTEST_GUILESS_MAIN(KernelComparisonModelTest)
#include "kernelcomparisonmodel_test.moc"
