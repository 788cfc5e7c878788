// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons.h"

#include <QCoreApplication>

namespace tcplab::lab
{

namespace
{

ExperimentSpec preset(const char *name)
{
    return ExperimentSpec::findPreset(QLatin1String(name)).value_or(ExperimentSpec());
}

// Half-open connections that never complete: the late clients' SYN-ACKs are dropped for good.
ExperimentSpec synFlood(int syncookies)
{
    ExperimentSpec s;
    s.backlog = 64;
    s.lateClients = 40;
    s.lateHandshakeMs = -1;
    s.clients = 5;
    s.kernel.maxSynBacklog = 32;
    s.kernel.syncookies = syncookies;
    return s;
}

// A server that accepts one connection every 2 s: six clients fill the accept queue of backlog 5,
// then five half-open clients complete their handshakes at 1.5 s, before the server has freed a
// place, so their final ACKs overflow the queue.
ExperimentSpec slowServer(int abortOnOverflow)
{
    ExperimentSpec s;
    s.backlog = 5;
    s.clients = 6;
    s.lateClients = 5;
    s.lateHandshakeMs = 1500;
    s.accept = AcceptMode::Delay;
    s.acceptDelayMs = 2000;
    s.kernel.abortOnOverflow = abortOnOverflow;
    return s;
}

// Half-open clients only: the server resends its SYN-ACK on its own timer, 1, 3, 7 … s after
// the SYN, tcp_synack_retries times.
ExperimentSpec synAckTiming()
{
    ExperimentSpec s;
    s.backlog = 16;
    s.clients = 1;
    s.lateClients = 4;
    s.lateHandshakeMs = -1;
    s.kernel.synackRetries = 5;
    s.observeS = 8;
    return s;
}

Lesson backlog10Lesson()
{
    Lesson l;
    l.id = QStringLiteral("backlog-10");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "A backlog of 10 and 100 clients");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "A server listens with a backlog of 10 and never calls accept(). 100 clients connect at the same moment. "
                                   "How many connections does the server hold, and what do the other clients see?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "A listening socket has two queues. Connections that finished the three-way handshake wait in the accept queue until the "
                                     "program takes them with accept(); the backlog given to listen() limits that queue. The kernel tests for \"full\" with "
                                     "\"greater than\", so one more connection fits than the backlog says. A client whose final ACK arrives at a full queue "
                                     "believes it is connected, but the server drops the ACK and keeps the connection half-open in the SYN queue.");
    l.spec = preset("seed-backlog-10");
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    return l;
}

Lesson backlogEqualLesson()
{
    Lesson l;
    l.id = QStringLiteral("backlog-equal");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "A backlog equal to the number of clients");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The backlog is now 100, the same as the number of clients, and the server still never accepts. "
                                   "Does every client get in? Does any counter move?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "With room for backlog + 1 connections, 100 clients fit into an accept queue of backlog 100. Nothing overflows, so the "
                                     "overflow counters should stay still; the connections simply wait for an accept() that never comes.");
    l.spec = preset("seed-backlog-100");
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    return l;
}

Lesson somaxconnCapLesson()
{
    Lesson l;
    l.id = QStringLiteral("somaxconn-cap");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "A backlog above somaxconn");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The server asks for a backlog of 200 and 200 clients connect, but net.core.somaxconn is 128. "
                                   "How many connections does the server hold?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "listen() silently lowers a backlog larger than net.core.somaxconn to that value; no error tells the program. "
                                     "ss -lnt shows the limit in force in the Send-Q column of the listener.");
    l.spec = preset("seed-somaxconn-cap");
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    return l;
}

Lesson abortOnLesson()
{
    Lesson l;
    l.id = QStringLiteral("abort-on");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "A slow server overflows its accept queue: tcp_abort_on_overflow = 1");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The server takes one connection every 2 seconds from an accept queue of backlog 5. Six clients fill "
                                   "the queue; five more finish their handshakes 1.5 seconds later. With tcp_abort_on_overflow set to 1, "
                                   "what do those five clients see?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "A slow server calls accept() less often than connections arrive, so the accept queue stays full. When the final ACK "
                                     "of a handshake finds it full, the kernel normally drops the ACK and waits for the client to send it again. With "
                                     "net.ipv4.tcp_abort_on_overflow = 1 it answers with a reset instead, and the client learns at once that the "
                                     "connection failed, even though the server frees a place a moment later.");
    l.spec = slowServer(1);
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    return l;
}

Lesson abortOffLesson()
{
    Lesson l;
    l.id = QStringLiteral("abort-off");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "The same slow server with tcp_abort_on_overflow = 0");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The same slow server with tcp_abort_on_overflow at its default of 0. What do the five late clients "
                                   "see now, and does any of them get in?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "Without the reset the late clients consider themselves connected while the server keeps them half-open in the SYN "
                                     "queue and resends its SYN-ACK; each resend brings the client's ACK back, and once the slow server has freed a place "
                                     "the connection moves into the accept queue. This is the default because a short burst then costs a delay rather "
                                     "than a failure.");
    l.spec = slowServer(0);
    l.counter = QStringLiteral("TcpExt.ListenOverflows");
    return l;
}

Lesson synCookiesOnLesson()
{
    Lesson l;
    l.id = QStringLiteral("syn-cookies-on");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "Half-open connections with SYN cookies on");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "40 clients send SYNs and never complete their handshakes; then 5 ordinary clients connect. "
                                   "tcp_max_syn_backlog is 32 and SYN cookies are on. Do the 5 ordinary clients get in?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "Each SYN that has been answered but not yet acknowledged is a request in the SYN queue (SYN_RECV on the server). "
                                     "Its size follows the backlog. With SYN cookies on, tcp_max_syn_backlog does not cut it short, and once it is full "
                                     "the kernel answers with a cookie instead of keeping state.");
    l.spec = synFlood(1);
    l.counter = QStringLiteral("TcpExt.SyncookiesSent");
    return l;
}

Lesson synCookiesOffLesson()
{
    Lesson l;
    l.id = QStringLiteral("syn-cookies-off");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "Half-open connections with SYN cookies off");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "The same 40 half-open connections and 5 ordinary clients, now with SYN cookies off. "
                                   "How many half-open connections does the server keep, and do the 5 clients get in?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "Without SYN cookies the kernel starts dropping SYNs from unknown peers once fewer than a quarter of "
                                     "tcp_max_syn_backlog places are left, to keep room for peers it has seen before. A SYN flood then locks ordinary "
                                     "clients out; they resend their SYNs after 1, 2, 4 … seconds and may give up first.");
    l.spec = synFlood(0);
    l.counter = QStringLiteral("TcpExt.ListenDrops");
    return l;
}

Lesson synackTimingLesson()
{
    Lesson l;
    l.id = QStringLiteral("synack-timing");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "When the server resends its SYN-ACK");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "Four clients send SYNs and never answer the server's SYN-ACK. tcp_synack_retries is 5. How many "
                                   "times does the server resend each SYN-ACK while we watch, and when?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "A request in the SYN queue has a timer. When no final ACK comes, the server resends its SYN-ACK after 1 second, "
                                     "then doubles the wait: 1, 3, 7, 15 and 31 seconds after the SYN with tcp_synack_retries = 5, and drops the request "
                                     "after one more doubled wait. TcpExt.TCPSynRetrans counts every resent SYN and SYN-ACK; here the clients' own "
                                     "resent SYNs count too, and the server answers each of them with another SYN-ACK.");
    l.spec = synAckTiming();
    l.counter = QStringLiteral("TcpExt.TCPSynRetrans");
    return l;
}

// The lab log's backlog under a SYN flood on the shelf's four Debian kernels: the SYN queue's size
// (the 6.13 fix, and which stable kernels took it) and the SYN retransmission schedule (6.5).
Lesson fourKernelsLesson()
{
    Lesson l;
    l.id = QStringLiteral("four-kernels");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "One run, four kernels");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "30 clients send SYNs to a server with a backlog of 10 and never finish their handshakes; then 5 "
                                   "ordinary clients connect. The same run happens on Debian 11, 12, 13 and unstable (Linux 5.10, "
                                   "6.1, 6.12 and 7.x), each in a small virtual machine. How many half-open requests does each "
                                   "kernel keep, and how much does TcpExt.TCPSynRetrans (every resent SYN and SYN-ACK) grow on "
                                   "each in the 5 seconds we watch?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "The SYN queue's size follows the backlog. Two kernel changes touch this run. Linux 6.5 made the first "
                                     "SYN retransmissions come 1 s apart instead of doubling (tcp_syn_linear_timeouts). Linux 6.13 changed the "
                                     "test for a full SYN queue in inet_csk_reqsk_queue_is_full() from \">=\" to \">\", so one more request fits. "
                                     "Distributions carry such fixes back into older stable kernels without changing the version number, so "
                                     "tcplab measures the SYN queue on each kernel before it predicts.");
    l.kind = LessonKind::Kernels;
    l.spec = preset("syn-flood-10");
    l.counter = QStringLiteral("TcpExt.TCPSynRetrans");
    l.kernels = QStringList{QStringLiteral("debian11"), QStringLiteral("debian12"), QStringLiteral("debian13"), QStringLiteral("unstable")};
    return l;
}

Lesson scenario3PutGetLesson()
{
    Lesson l;
    l.id = QStringLiteral("scenario-3-put-get");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "Packets and throughput of a put and a get (2004 scenario 3)");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "A file is sent to the server host (a put), then fetched back from it (a get), over a 100 Mbps "
                                   "full-duplex link with an MTU of 1500. In each phase, how many packets a second does the server host "
                                   "receive and send, and how many Mbps does the transfer reach?");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "The 2004 checklist's scenario 3 watched a host on a 100 Mbps link: while it received a file by an ftp put it took in "
                                     "about 6,000 packets a second, about 80 Mbps; while it sent one by an ftp get it put out about 7,600 packets a second, "
                                     "close to 100 Mbps. An Ethernet frame holds at most the MTU plus a 14-byte header. On the cable every frame also "
                                     "costs 24 bytes of preamble, checksum and gap; the document's Table 4 adds 66 bytes to each packet instead. The side "
                                     "that receives the data answers with ACK packets, one for every few data packets, so the other direction counts many "
                                     "packets that carry hardly any bytes. The document's rule of thumb: a full-duplex link delivers about 80 % of its rate.");
    l.kind = LessonKind::Traffic;
    l.trafficSpec.pattern = QStringLiteral("put-then-get");
    l.trafficSpec.rate = QStringLiteral("100mbit");
    l.trafficSpec.mtu = 1500;
    l.trafficSpec.durationS = 5;
    return l;
}

Lesson hostChecklistLesson()
{
    Lesson l;
    l.id = QStringLiteral("host-checklist");
    l.title = QT_TRANSLATE_NOOP("tcplab::Lessons", "Reading a real host");
    l.question = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                   "Is this machine's network a bottleneck? Guess first which verdict the errors and "
                                   "retransmissions checkpoint will show, then read the checklist.");
    l.background = QT_TRANSLATE_NOOP("tcplab::Lessons",
                                     "A 2004 performance guide checks five points: the packet rate, the bytes per packet, the number of connections, the "
                                     "throughput and the errors. It compares two samples a few seconds apart and judges errors against fixed ratios, "
                                     "such as input errors reaching 0.025 % of the packets received.");
    l.kind = LessonKind::HostChecklist;
    return l;
}

} // namespace

const QList<Lesson> &lessons()
{
    // In the order the wizard lists them: the accept queue, the slow server, the SYN queue, the
    // traffic lesson, then this host.
    static const QList<Lesson> list = {backlog10Lesson(),
                                       backlogEqualLesson(),
                                       somaxconnCapLesson(),
                                       abortOnLesson(),
                                       abortOffLesson(),
                                       synCookiesOnLesson(),
                                       synCookiesOffLesson(),
                                       synackTimingLesson(),
                                       fourKernelsLesson(),
                                       scenario3PutGetLesson(),
                                       hostChecklistLesson()};
    return list;
}

const ModelDifference *Lesson::declaredDifference(const Comparison &comparison) const
{
    for (const ModelDifference &d : modelDifferences) {
        if (d.group == comparison.group && d.key == comparison.key)
            return &d;
    }
    return nullptr;
}

QList<BilingualText> Lesson::differenceNotes(const ExperimentResult &result) const
{
    QList<BilingualText> notes;
    for (const Comparison &c : result.comparisons()) {
        const ModelDifference *d = declaredDifference(c);
        if (!d)
            continue;
        const QStringList figures = {c.group, c.key, QString::number(c.measured), c.expected.toString()};
        BilingualText note = c.matches()
            ? bilingual("tcplab::Lessons", QT_TRANSLATE_NOOP("tcplab::Lessons", "%1 %2: measured %3, the model expected %4; this time they agree."), figures)
            : bilingual("tcplab::Lessons", QT_TRANSLATE_NOOP("tcplab::Lessons", "%1 %2: measured %3, the model expected %4."), figures);
        const BilingualText reason = bilingual("tcplab::Lessons", d->reason);
        note.en += QLatin1Char(' ') + reason.en;
        note.ja += reason.ja;
        notes << note;
    }
    return notes;
}

const Lesson *findLesson(const QString &id)
{
    for (const Lesson &l : lessons()) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

} // namespace tcplab::lab
