// SPDX-License-Identifier: GPL-3.0-or-later
// A virtual machine booted from a shelf kernel as a host: QEMU with no disk and no network device,
// the kernel, an initramfs whose init is tcplab-agent (see app/agent/init.h), the kernel's console
// on the first serial port and the channel to tcplab on the second. Inside, tcplab is root: the
// run's sysctls are set on the kernel command line and written by init before it says ready, and
// the modules a run needs are loaded. The channel speaks tcplab-sandbox's protocol; the guest's
// sockets and counters come from `tcplab-agent watch --port` running in the guest, its frames
// relayed over the same channel. QEMU dies with tcplab (PR_SET_PDEATHSIG).
//
// KVM is used where it boots a guest; elsewhere QEMU's TCG, and info().accelerator says which one
// ran and why.
#pragma once

#include "agenthost.h"
#include "jsonlinereader.h"
#include "kernels/kernelshelf.h"
#include "remote/shcollector.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace tcplab::hosts
{

class VmHost : public AgentHost
{
    Q_OBJECT
public:
    static constexpr int kDefaultPort = 11000;
    static constexpr int kReadyTimeoutMs = 120000; // TCG boots in seconds; a loaded machine in more
    static constexpr int kKvmReadyTimeoutMs = 20000; // KVM boots in about a second where it works

    // `sysctls`: "net/core/somaxconn=128" ...; `modules`: module names to load ("veth").
    VmHost(const QString &binDirectory, const kernels::ShelfKernel &kernel, const QStringList &sysctls, const QStringList &modules, QObject *parent = nullptr);
    ~VmHost() override;

    QString name() const override;
    int readyTimeoutMs() const override
    {
        return kReadyTimeoutMs;
    }
    void open() override;
    void startAgent(const QString &id, Role role, const QStringList &arguments) override;
    void signalAgent(const QString &id, int signalNumber) override;
    void watchPort(quint16 port) override;
    PortSides sample(quint16 port) override;
    bool stateCounts(Role role, procfs::TcpStateCounts *counts) override;
    std::optional<CounterSnapshot> counters(Role role) override;
    void close() override;
    void kill() override;
    QList<qint64> processIds() const override;

    // The QEMU program and its arguments for a boot (without starting it), for tests and messages.
    QStringList qemuArguments(const QString &initrd, const QString &accelerator) const;
    static QString qemuProgram();
    // "kvm" where /dev/kvm can be opened and a guest has booted with it on this machine, else "tcg";
    // *why says which and why, in a sentence.
    static QString chooseAccelerator(QString *why);

private:
    void startQemu();
    void recordKvm(bool boots, const QString &why);
    void fallBackToTcg(const QString &why);
    void send(const QJsonObject &command);
    void onOutput();
    void onLine(const QJsonObject &line);
    void onReady(const QJsonObject &line);
    void onFrameLine(const QString &text);
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_binDirectory;
    kernels::ShelfKernel m_kernel;
    QStringList m_sysctls;
    QStringList m_modules;
    std::unique_ptr<QTemporaryDir> m_work;
    QProcess *m_qemu = nullptr;
    JsonLineReader m_reader;
    remote::ShFrameReader m_frames;
    std::optional<remote::ShSnapshot> m_latest;
    bool m_ready = false;
    bool m_closing = false;
    bool m_watching = false;
    QString m_error;
    QTimer m_kvmDeadline;
};

} // namespace tcplab::hosts
