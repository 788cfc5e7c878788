// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons.h"

#include <QCoreApplication>

namespace tcplab {

namespace {

lab::ExperimentSpec preset(const char *name)
{
    return lab::ExperimentSpec::findPreset(QLatin1String(name)).value_or(lab::ExperimentSpec());
}

// Half-open connections that never complete: the late clients' SYN-ACKs are dropped for good.
lab::ExperimentSpec synFlood(int syncookies)
{
    lab::ExperimentSpec s;
    s.backlog = 64;
    s.lateClients = 40;
    s.lateHandshakeMs = -1;
    s.clients = 5;
    s.kernel.maxSynBacklog = 32;
    s.kernel.syncookies = syncookies;
    return s;
}

QList<Lesson> build()
{
    QList<Lesson> list;
    Lesson l;
    l.id = QStringLiteral("backlog-10");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "A backlog of 10 and 100 clients");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "A server listens with a backlog of 10 and never calls accept(). 100 clients connect at the same moment. "
                                   "How many connections does the server hold, and what do the other clients see?");
    l.background = QT_TRANSLATE_NOOP(
        "tcplab::Lessons",
        "A listening socket has two queues. Connections that finished the three-way handshake wait in the accept queue until the "
        "program takes them with accept(); the backlog given to listen() limits that queue. The kernel tests for \"full\" with "
        "\"greater than\", so one more connection fits than the backlog says. A client whose final ACK arrives at a full queue "
        "believes it is connected, but the server drops the ACK and keeps the connection half-open in the SYN queue.");
    l.spec = preset("seed-backlog-10");
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    list << l;

    l = Lesson();
    l.id = QStringLiteral("backlog-equal");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "A backlog equal to the number of clients");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The backlog is now 100, the same as the number of clients, and the server still never accepts. "
                                   "Does every client get in? Does any counter move?");
    l.background = QT_TRANSLATE_NOOP(
        "tcplab::Lessons",
        "With room for backlog + 1 connections, 100 clients fit into an accept queue of backlog 100. Nothing overflows, so the "
        "overflow counters should stay still; the connections simply wait for an accept() that never comes.");
    l.spec = preset("seed-backlog-100");
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    list << l;

    l = Lesson();
    l.id = QStringLiteral("somaxconn-cap");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "A backlog above somaxconn");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The server asks for a backlog of 200 and 200 clients connect, but net.core.somaxconn is 128. "
                                   "How many connections does the server hold?");
    l.background = QT_TRANSLATE_NOOP(
        "tcplab::Lessons",
        "listen() silently lowers a backlog larger than net.core.somaxconn to that value; no error tells the program. "
        "ss -lnt shows the limit in force in the Send-Q column of the listener.");
    l.spec = preset("seed-somaxconn-cap");
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    list << l;

    l = Lesson();
    l.id = QStringLiteral("abort-on");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "Accept queue overflow with tcp_abort_on_overflow = 1");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "Five clients finish their handshakes only after six others have filled an accept queue of backlog 5. "
                                   "With tcp_abort_on_overflow set to 1, what do those five clients see?");
    l.background = QT_TRANSLATE_NOOP(
        "tcplab::Lessons",
        "When the final ACK of a handshake finds the accept queue full, the kernel normally drops it and waits for the client "
        "to send it again. With net.ipv4.tcp_abort_on_overflow = 1 it answers with a reset instead, and the client learns at "
        "once that the connection failed.");
    l.spec = preset("abort-on-overflow");
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    list << l;

    l = Lesson();
    l.id = QStringLiteral("abort-off");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "The same overflow with tcp_abort_on_overflow = 0");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The same run with tcp_abort_on_overflow at its default of 0. What do the five late clients see now?");
    l.background = QT_TRANSLATE_NOOP(
        "tcplab::Lessons",
        "Without the reset the late clients consider themselves connected while the server keeps them half-open and resends "
        "its SYN-ACK; a connection gets in only if the queue drains before the retries run out. This is the default because "
        "a short burst then costs a delay rather than a failure.");
    l.spec = preset("abort-on-overflow");
    l.spec.preset.clear();
    l.spec.kernel.abortOnOverflow = 0;
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    list << l;

    l = Lesson();
    l.id = QStringLiteral("syn-cookies-on");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "Half-open connections with SYN cookies on");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "40 clients send SYNs and never complete their handshakes; then 5 ordinary clients connect. "
                                   "tcp_max_syn_backlog is 32 and SYN cookies are on. Do the 5 ordinary clients get in?");
    l.background = QT_TRANSLATE_NOOP(
        "tcplab::Lessons",
        "Each SYN that has been answered but not yet acknowledged is a request in the SYN queue (SYN_RECV on the server). "
        "Its size follows the backlog. With SYN cookies on, tcp_max_syn_backlog does not cut it short, and once it is full "
        "the kernel answers with a cookie instead of keeping state.");
    l.spec = synFlood(1);
    l.counter = QStringLiteral("TcpExt.SyncookiesSent");
    list << l;

    l = Lesson();
    l.id = QStringLiteral("syn-cookies-off");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "Half-open connections with SYN cookies off");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The same 40 half-open connections and 5 ordinary clients, now with SYN cookies off. "
                                   "How many half-open connections does the server keep, and do the 5 clients get in?");
    l.background = QT_TRANSLATE_NOOP(
        "tcplab::Lessons",
        "Without SYN cookies the kernel starts dropping SYNs from unknown peers once fewer than a quarter of "
        "tcp_max_syn_backlog places are left, to keep room for peers it has seen before. A SYN flood then locks ordinary "
        "clients out; they resend their SYNs after 1, 2, 4 … seconds and may give up first.");
    l.spec = synFlood(0);
    l.counter = QStringLiteral("TcpExt.ListenDrops");
    list << l;

    l = Lesson();
    l.id = QStringLiteral("host-checklist");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "Reading a real host");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "Is this machine's network a bottleneck? Guess first which verdict the errors and "
                                   "retransmissions checkpoint will show, then read the checklist.");
    l.background = QT_TRANSLATE_NOOP(
        "tcplab::Lessons",
        "A 2004 performance guide checks five points: the packet rate, the bytes per packet, the number of connections, the "
        "throughput and the errors. It compares two samples a few seconds apart and judges errors against fixed ratios, "
        "such as input errors reaching 0.025 % of the packets received.");
    l.hostChecklist = true;
    list << l;
    return list;
}

} // namespace

const QList<Lesson> &lessons()
{
    static const QList<Lesson> list = build();
    return list;
}

const Lesson *findLesson(const QString &id)
{
    for (const Lesson &l : lessons()) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

} // namespace tcplab
