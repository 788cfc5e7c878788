// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-bench-kernelboot: how long the shelf kernels take to come up in a virtual machine, and how
// long the four-kernel comparison of seed-backlog-10 takes as a user runs it.
//
// Each shelf kernel (debian11, debian12, debian13, unstable; fetched and verified when missing) is
// booted --runs times per accelerator the way VmHost boots it (its initramfs, its QEMU program and
// arguments), timing from starting QEMU to the agent's first line, its ready line: TCG always,
// KVM where VmHost's verdict for this machine says that KVM boots a guest (one VmHost boot first
// settles that verdict where KVM was never tried). Then `tcplab experiment --preset
// seed-backlog-10 --kernel debian11,debian12,debian13,unstable --json` runs once untimed (a
// warm-up: it fetches and calibrates what is missing) and --runs times timed, and every
// comparison of every run must be inside the model's range. Goals, for every timed run: under
// 90 s with TCG, under 15 s with KVM. Exits non-zero when a goal that could be measured is missed,
// a figure is outside its range, or a boot or a run fails.
//
//   ctest --test-dir build -C bench -R bench_kernelboot --output-on-failure
//   tcplab-bench-kernelboot [--runs N] [--shelf DIR] [--kernels NAME,...] [--goal-tcg-s S]
//                           [--goal-kvm-s S] [--tcplab PATH] [--agent PATH]
#include "hosts/vmhost.h"
#include "kernelruns.h"
#include "kernels/initramfs.h"
#include "lab/kerneltraits.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <set>
#include <vector>

#include <sys/prctl.h>
#include <unistd.h>

using namespace tcplab;

namespace
{

// One boot through VmHost itself, from open() to ready(), then closed: the accelerator it chose
// and why. Where KVM was never tried on this machine, this is the boot that tries it (and, where it
// does not boot a guest, falls back to TCG and keeps the verdict).
struct HostBoot {
    bool ready = false;
    double openToReadyMs = 0;
    QString accelerator;
    QString note;
    QString error;
};

HostBoot bootWithVmHost(const QString &binDirectory, const kernels::ShelfKernel &kernel)
{
    HostBoot boot;
    hosts::VmHost host(binDirectory, kernel, {}, {});
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&host, &hosts::AgentHost::ready, &loop, [&] {
        boot.ready = true;
        loop.quit();
    });
    QObject::connect(&host, &hosts::AgentHost::failed, &loop, [&](const QString &message) {
        if (boot.error.isEmpty())
            boot.error = message;
        loop.quit();
    });
    QObject::connect(&host, &hosts::AgentHost::closed, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    deadline.start(host.readyTimeoutMs() + hosts::VmHost::kKvmReadyTimeoutMs);
    host.open();
    loop.exec();
    boot.openToReadyMs = double(clock.nsecsElapsed()) / 1e6;
    boot.accelerator = host.info().accelerator;
    boot.note = host.info().acceleratorNote;
    if (!boot.ready) {
        if (boot.error.isEmpty())
            boot.error = QStringLiteral("VmHost was not ready within %1 s").arg(deadline.interval() / 1000);
        host.kill();
        return boot;
    }
    deadline.start(30000);
    host.close();
    loop.exec();
    host.kill();
    return boot;
}

// A kernel's initramfs and the QEMU command line VmHost boots it with, on one accelerator.
struct BootPlan {
    QString initrd;
    QString workDirectory; // QEMU's current folder: the console log lands there
    QStringList arguments;
};

// The modules VmHost has its initramfs carry: the ones its kernel command line tells init to load.
QStringList modulesOf(const QStringList &qemuArguments)
{
    QStringList modules;
    const qsizetype append = qemuArguments.indexOf(QStringLiteral("-append"));
    if (append < 0 || append + 1 >= qemuArguments.size())
        return modules;
    const QString prefix = QStringLiteral("tcplab.module=");
    for (const QString &word : qemuArguments.at(append + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(prefix))
            modules << word.mid(prefix.size());
    }
    return modules;
}

// One boot: QEMU started, the time to the first whole line on the agent's channel, which must be
// the ready line of the kernel asked for; then the guest is told to power off.
struct Boot {
    double firstLineMs = -1;
    QString error;
};

Boot bootOnce(const BootPlan &plan, const QString &release, int timeoutMs)
{
    Boot boot;
    QProcess qemu;
    qemu.setProgram(hosts::VmHost::qemuProgram());
    qemu.setArguments(plan.arguments);
    qemu.setWorkingDirectory(plan.workDirectory);
    const pid_t parent = ::getpid();
    qemu.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
    });
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    qemu.start();
    while (!output.contains('\n') && clock.elapsed() < timeoutMs) {
        if (!qemu.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed()))))
            break;
        output += qemu.readAllStandardOutput();
    }
    const double elapsed = double(clock.nsecsElapsed()) / 1e6;
    output += qemu.readAllStandardOutput();
    const qsizetype end = output.indexOf('\n');
    if (end < 0) {
        const QString said = QString::fromLocal8Bit(qemu.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        boot.error = qemu.state() == QProcess::NotRunning ? QStringLiteral("QEMU ended before the agent's first line: %1").arg(said)
                                                          : QStringLiteral("no line from the agent within %1 s").arg(timeoutMs / 1000);
    } else {
        const QJsonObject first = QJsonDocument::fromJson(output.left(end)).object();
        if (first.value(QLatin1String("event")).toString() != QLatin1String("ready"))
            boot.error = QStringLiteral("the agent's first line is not its ready line: %1").arg(QString::fromUtf8(output.left(end)));
        else if (first.value(QLatin1String("kernel")).toString() != release)
            boot.error = QStringLiteral("the guest runs %1, not %2").arg(first.value(QLatin1String("kernel")).toString(), release);
        else
            boot.firstLineMs = elapsed;
    }
    if (qemu.state() != QProcess::NotRunning) {
        // init ends its programs and powers the machine off; QEMU (-no-reboot) then exits.
        qemu.write("{\"cmd\":\"exit\"}\n");
        if (!qemu.waitForFinished(30000)) {
            qemu.kill();
            qemu.waitForFinished(5000);
        }
    }
    return boot;
}

struct BootRow {
    QString kernel;
    QString release;
    QString accelerator;
    std::vector<double> ms;
    QStringList errors;
};

// What one `tcplab experiment` call said, in one line, and its figures outside their ranges below.
bool reportCall(const char *label, const bench::ExperimentCall &call, int expectedRuns, std::set<QString> *accelerators)
{
    bool ok = call.problem.isEmpty() && call.runs.size() == expectedRuns;
    int comparisons = 0;
    QStringList outside;
    QStringList errors;
    for (const bench::KernelRun &run : call.runs) {
        if (!run.error.isEmpty()) {
            errors << QStringLiteral("%1: %2").arg(run.kernelName, run.error);
            continue;
        }
        accelerators->insert(run.accelerator);
        comparisons += int(run.comparisons.size());
        const QList<lab::Comparison> differ = run.outOfRange();
        for (const lab::Comparison &c : differ)
            outside << QStringLiteral("%1 %2 %3 = %4, expected %5").arg(run.kernelName, c.group, c.key).arg(c.measured).arg(bench::rangeText(c.expected));
        // The race under TCG: the burst of SYNs filled the SYN queue before the first handshakes
        // completed, and cookies let clients connect that the model has dropped.
        const qint64 cookies = run.countersDelta.value(QStringLiteral("TcpExt.SyncookiesSent"));
        if (!differ.isEmpty() && cookies > 0)
            outside << QStringLiteral("%1 counters_delta TcpExt.SyncookiesSent = %2 (SYN cookies, which the model does not foresee here)")
                           .arg(run.kernelName)
                           .arg(cookies);
    }
    ok = ok && errors.isEmpty() && outside.isEmpty();
    QStringList accels;
    for (const bench::KernelRun &run : call.runs)
        accels << run.accelerator;
    accels.removeDuplicates();
    accels.removeAll(QString());
    std::printf("  %-8s %7.1f s   %lld run(s) on %s, %d comparisons, %lld outside their ranges%s\n",
                label,
                call.wallMs / 1000,
                qlonglong(call.runs.size()),
                accels.isEmpty() ? "-" : qPrintable(accels.join(QLatin1Char('+'))),
                comparisons,
                qlonglong(outside.size()),
                ok ? "" : "   FAILED");
    if (!call.problem.isEmpty())
        std::printf("           %s\n", qPrintable(call.problem));
    if (call.runs.size() != expectedRuns && call.problem.isEmpty())
        std::printf("           %lld runs instead of %d\n", qlonglong(call.runs.size()), expectedRuns);
    for (const QString &line : std::as_const(errors) + outside)
        std::printf("           %s\n", qPrintable(line));
    if (!call.problem.isEmpty() || !errors.isEmpty()) {
        const QString tail = QString::fromLocal8Bit(call.standardError).trimmed().right(1500);
        if (!tail.isEmpty())
            std::printf("           tcplab's messages (the last of them):\n%s\n", qPrintable(tail));
    }
    std::fflush(stdout);
    return ok;
}

QStringList uncalibrated(const QList<kernels::ShelfKernel> &kernels)
{
    QStringList missing;
    const lab::KernelTraitsStore store;
    for (const kernels::ShelfKernel &kernel : kernels) {
        if (!store.find(kernel.release))
            missing << kernel.name;
    }
    return missing;
}

struct Options {
    int runs = 3;
    double goalTcgS = 90;
    double goalKvmS = 15;
    QString shelfDirectory;
    QStringList names = bench::shelfKernelNames();
    QString tcplab = QStringLiteral(TCPLAB_EXECUTABLE);
    QString agent = QStringLiteral(TCPLAB_AGENT_EXECUTABLE);
};

// 0, or 2 after a message when the options are wrong.
int parseOptions(const QStringList &args, Options *o)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("--runs"))
            o->runs = value.toInt();
        else if (args[i] == QLatin1String("--shelf"))
            o->shelfDirectory = value;
        else if (args[i] == QLatin1String("--kernels"))
            o->names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args[i] == QLatin1String("--goal-tcg-s"))
            o->goalTcgS = value.toDouble();
        else if (args[i] == QLatin1String("--goal-kvm-s"))
            o->goalKvmS = value.toDouble();
        else if (args[i] == QLatin1String("--tcplab"))
            o->tcplab = value;
        else if (args[i] == QLatin1String("--agent"))
            o->agent = value;
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(args[i]));
            return 2;
        }
        ++i;
    }
    if (o->runs < 1 || o->names.isEmpty()) {
        std::fprintf(stderr, "--runs takes a whole number from 1, --kernels at least one name\n");
        return 2;
    }
    return 0;
}

// Each kernel booted --runs times per accelerator, QEMU's start to the agent's first line; the
// table of it. False when a boot failed.
bool measureBoots(const QList<kernels::ShelfKernel> &kernels, const Options &o, bool kvm)
{
    const QString binDirectory = QFileInfo(o.agent).absolutePath();
    bool ok = true;
    QString error;
    QList<BootRow> rows;
    for (const kernels::ShelfKernel &kernel : kernels) {
        QTemporaryDir work;
        hosts::VmHost host(binDirectory, kernel, {}, {});
        BootPlan plan;
        plan.workDirectory = work.path();
        plan.initrd = QDir(work.path()).filePath(QStringLiteral("initrd.gz"));
        const QStringList modules = modulesOf(host.qemuArguments(plan.initrd, QStringLiteral("tcg")));
        if (!kernels::Initramfs::write(plan.initrd, o.agent, kernel, modules, &error)) {
            std::printf("%s: cannot write the initramfs: %s\n", qPrintable(kernel.name), qPrintable(error));
            ok = false;
            continue;
        }
        QStringList accelerators{QStringLiteral("tcg")};
        if (kvm)
            accelerators << QStringLiteral("kvm");
        for (const QString &accel : accelerators) {
            BootRow row{kernel.name, kernel.release, accel, {}, {}};
            plan.arguments = host.qemuArguments(plan.initrd, accel);
            const int timeoutMs = accel == QLatin1String("kvm") ? hosts::VmHost::kKvmReadyTimeoutMs : hosts::VmHost::kReadyTimeoutMs;
            for (int run = 0; run < o.runs; ++run) {
                const Boot boot = bootOnce(plan, kernel.release, timeoutMs);
                if (boot.error.isEmpty())
                    row.ms.push_back(boot.firstLineMs);
                else
                    row.errors << boot.error;
            }
            rows << row;
        }
    }
    std::printf("%-10s %-28s %-5s %5s %11s %9s %9s\n", "kernel", "release", "accel", "boots", "median ms", "min ms", "max ms");
    for (const BootRow &row : std::as_const(rows)) {
        const bench::Spread s = bench::spreadOf(row.ms);
        if (row.ms.empty())
            std::printf("%-10s %-28s %-5s %5d %11s %9s %9s\n", qPrintable(row.kernel), qPrintable(row.release), qPrintable(row.accelerator), 0, "-", "-", "-");
        else
            std::printf("%-10s %-28s %-5s %5zu %11.0f %9.0f %9.0f\n",
                        qPrintable(row.kernel),
                        qPrintable(row.release),
                        qPrintable(row.accelerator),
                        row.ms.size(),
                        s.median,
                        s.min,
                        s.max);
        for (const QString &e : row.errors)
            std::printf("    boot failed: %s\n", qPrintable(e));
        ok = ok && row.errors.isEmpty();
    }
    if (!kvm)
        std::printf("%-10s %-28s %-5s not measured: KVM does not run here\n", "all", "", "kvm");
    return ok;
}

// The comparison as a user runs it: one untimed warm-up, then --runs timed runs, against the goals.
bool measureComparison(const QList<kernels::ShelfKernel> &kernels, const Options &o, bool kvm, const QString &why)
{
    bool ok = true;
    const QString list = o.names.join(QLatin1Char(','));
    const QStringList arguments{QStringLiteral("--preset"), QStringLiteral("seed-backlog-10"), QStringLiteral("--kernel"), list, QStringLiteral("--json")};
    std::printf("\n%lld-kernel comparison: tcplab experiment %s\n", qlonglong(o.names.size()), qPrintable(arguments.join(QLatin1Char(' '))));
    const QStringList missing = uncalibrated(kernels);
    std::printf("  one untimed warm-up run first (it calibrates what has no measured traits yet: %s; its figures are checked too), then %d timed\n",
                missing.isEmpty() ? "none" : qPrintable(missing.join(QLatin1String(", "))),
                o.runs);
    std::fflush(stdout);
    // A calibration and a run per kernel, each a boot and seconds of observation, on a slow guest.
    const int timeoutMs = 360000 * int(o.names.size());
    std::set<QString> accelerators;
    ok = reportCall("warm-up", bench::runExperiment(o.tcplab, arguments, timeoutMs), int(o.names.size()), &accelerators) && ok;
    const QStringList stillMissing = uncalibrated(kernels);
    if (!stillMissing.isEmpty()) {
        std::printf("  no measured traits after the warm-up for %s: the timed runs would calibrate\n", qPrintable(stillMissing.join(QLatin1String(", "))));
        ok = false;
    }
    accelerators.clear();
    std::vector<double> wall;
    for (int run = 1; run <= o.runs; ++run) {
        const bench::ExperimentCall call = bench::runExperiment(o.tcplab, arguments, timeoutMs);
        ok = reportCall(qPrintable(QStringLiteral("run %1").arg(run)), call, int(o.names.size()), &accelerators) && ok;
        wall.push_back(call.wallMs / 1000);
    }
    const bench::Spread w = bench::spreadOf(wall);
    std::printf("  wall time of %d timed run(s): median %.1f s, min %.1f s, max %.1f s\n", o.runs, w.median, w.min, w.max);

    // A goal holds when every timed run is under it.
    std::printf("\ngoals (%lld kernel(s), seed-backlog-10, every timed run):\n", qlonglong(o.names.size()));
    const bool ranOn = accelerators.size() == 1;
    const auto goal = [&](const char *accel, const char *label, double limitS) {
        std::printf("  %-4s under %3.0f s: ", label, limitS);
        if (ranOn && *accelerators.begin() == QLatin1String(accel)) {
            const bool met = w.max < limitS;
            std::printf("median %.1f s, max %.1f s: %s\n", w.median, w.max, met ? "met" : "MISSED");
            ok = ok && met;
        } else if (QLatin1String(accel) == QLatin1String("kvm") && !kvm) {
            std::printf("not measured: KVM does not run here: %s\n", qPrintable(why));
        } else {
            std::printf("not measured: tcplab ran its guests with %s\n",
                        accelerators.empty() ? "nothing" : qPrintable(QStringList(accelerators.begin(), accelerators.end()).join(QLatin1Char('+'))));
        }
    };
    goal("tcg", "TCG", o.goalTcgS);
    goal("kvm", "KVM", o.goalKvmS);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    if (const int code = parseOptions(app.arguments(), &o))
        return code;
    QString error;
    if (!o.shelfDirectory.isEmpty() && !bench::useShelf(o.shelfDirectory, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (hosts::VmHost::qemuProgram().isEmpty()) {
        std::fprintf(stderr, "qemu-system-x86_64 is not installed\n");
        return 1;
    }
    QList<kernels::ShelfKernel> kernels;
    if (!bench::ensureOnShelf(o.names, &kernels, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadAverage.open(QIODevice::ReadOnly) ? loadAverage.readAll().trimmed() : QByteArray("?");
    std::printf("tcplab-bench-kernelboot: shelf %s, %d boot(s) per kernel and accelerator, %d timed comparison run(s)\n",
                qPrintable(kernels::KernelShelf::defaultRoot()),
                o.runs,
                o.runs);
    std::printf("this machine: %d CPUs, load average %s (/proc/loadavg)\n", QThread::idealThreadCount(), load.constData());

    // Which accelerators boot guests here. TCG always does; KVM where VmHost's verdict says so.
    QString why;
    QString accelerator = hosts::VmHost::chooseAccelerator(&why);
    if (accelerator == QLatin1String("kvm")) {
        const HostBoot settled = bootWithVmHost(QFileInfo(o.agent).absolutePath(), kernels.first());
        if (!settled.ready) {
            std::printf("VmHost could not boot %s: %s\n", qPrintable(kernels.first().name), qPrintable(settled.error));
            return 1;
        }
        std::printf("VmHost booted %s in %.0f ms from open() (initramfs included) with %s\n",
                    qPrintable(kernels.first().name),
                    settled.openToReadyMs,
                    qPrintable(settled.accelerator));
        accelerator = settled.accelerator;
        why = settled.note;
    }
    const bool kvm = accelerator == QLatin1String("kvm");
    std::printf("KVM: %s\n", kvm ? "boots guests here; booting with TCG and with KVM" : qPrintable(QStringLiteral("not used: ") + why));
    std::printf("\nboot: QEMU started -> the agent's first line (its ready line)\n");
    std::fflush(stdout);
    bool ok = measureBoots(kernels, o, kvm);
    ok = measureComparison(kernels, o, kvm, why) && ok;
    std::printf("\n%s\n", ok ? "result: every goal that could be measured met, every figure inside its range" : "result: FAILED");
    return ok ? 0 : 1;
}
