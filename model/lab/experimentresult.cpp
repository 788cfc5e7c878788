// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentresult.h"

#include <QJsonArray>

namespace tcplab::lab
{

namespace
{

const char kContext[] = "tcplab::lab::ExperimentResult";

QJsonObject numberMap(const QMap<QString, qint64> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString joined(const QList<BilingualText> &notes, bool japanese)
{
    QStringList lines;
    for (const BilingualText &t : notes)
        lines << (japanese ? t.ja : t.en);
    return lines.join(QLatin1Char('\n'));
}

// The likely reason a figure left its range, from what else the run measured.
BilingualText reasonFor(const ExperimentResult &r, const Comparison &c)
{
    const qint64 cookies = r.countersDelta.value(QStringLiteral("TcpExt.SyncookiesSent"));
    const bool above = c.measured > c.expected.high;
    if (!r.sandbox) {
        return bilingual(kContext,
                         QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                           "This run used the host's own loopback: other programs' connections and "
                                           "traffic share these sockets' counters, and the host's settings apply."));
    }
    if (c.groupId() == ComparisonGroup::CountersDelta) {
        return bilingual(kContext,
                         QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                           "Counters grow with every retransmitted SYN and every duplicate ACK; the "
                                           "kernel's retransmission timers and the moment the window closed decide how "
                                           "many of them fell inside it."));
    }
    if (above && cookies > 0) {
        return bilingual(kContext,
                         QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                           "The SYN queue was full for a moment and the kernel answered %1 SYNs with "
                                           "SYN cookies (TcpExt.SyncookiesSent): those handshakes need no request "
                                           "socket, so more of them completed than the queue sizes suggest."),
                         {QString::number(cookies)});
    }
    if (r.spec.accept != AcceptMode::Never) {
        return bilingual(kContext,
                         QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                           "The server accepts while the clients retry: how many get in depends on "
                                           "when each retransmitted SYN meets a free place in the queue, which the "
                                           "model can only bound."));
    }
    return bilingual(kContext,
                     QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                       "The model assumes every SYN of the burst arrives before the queues change; "
                                       "on this machine the handshakes and the SYNs interleaved differently."));
}

QString pad(const QString &text, int width, bool right = false)
{
    // Japanese characters take two columns in a terminal.
    int columns = 0;
    for (const QChar ch : text)
        columns += ch.unicode() >= 0x1100 ? 2 : 1;
    const QString fill(qMax(0, width - columns), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

} // namespace

ComparisonGroup comparisonGroup(const QString &key)
{
    for (ComparisonGroup g : {ComparisonGroup::ServerStates, ComparisonGroup::ClientStates, ComparisonGroup::ClientOutcomes}) {
        if (key == comparisonGroupKey(g))
            return g;
    }
    return ComparisonGroup::CountersDelta;
}

QString comparisonGroupKey(ComparisonGroup group)
{
    switch (group) {
    case ComparisonGroup::ServerStates:
        return QStringLiteral("server.states");
    case ComparisonGroup::ClientStates:
        return QStringLiteral("client.states");
    case ComparisonGroup::ClientOutcomes:
        return QStringLiteral("client.outcomes");
    case ComparisonGroup::CountersDelta:
        break;
    }
    return QStringLiteral("counters_delta");
}

QString comparisonGroupName(ComparisonGroup group)
{
    switch (group) {
    case ComparisonGroup::ServerStates:
        return ExperimentResult::tr("Server sockets");
    case ComparisonGroup::ClientStates:
        return ExperimentResult::tr("Client sockets");
    case ComparisonGroup::ClientOutcomes:
        return ExperimentResult::tr("Client outcomes");
    case ComparisonGroup::CountersDelta:
        break;
    }
    return ExperimentResult::tr("Counter growth");
}

QStringList reportedCounters()
{
    return {QStringLiteral("TcpExt.ListenOverflows"),
            QStringLiteral("TcpExt.ListenDrops"),
            QStringLiteral("TcpExt.TCPReqQFullDrop"),
            QStringLiteral("TcpExt.TCPReqQFullDoCookies"),
            QStringLiteral("TcpExt.SyncookiesSent"),
            QStringLiteral("TcpExt.EmbryonicRsts"),
            QStringLiteral("Tcp.RetransSegs"),
            QStringLiteral("TcpExt.TCPSynRetrans")};
}

QJsonObject TimelineSample::toJson() const
{
    return {
        {QStringLiteral("t_ms"), elapsedMs},
        {QStringLiteral("listen_queue"), listenQueue},
        {QStringLiteral("listen_limit"), listenLimit},
        {QStringLiteral("server"), numberMap(serverStates)},
        {QStringLiteral("client"), numberMap(clientStates)},
        {QStringLiteral("counters"), numberMap(counters)},
    };
}

QList<Comparison> ExperimentResult::comparisons() const
{
    QList<Comparison> list;
    auto add = [&list](ComparisonGroup group, const QMap<QString, Range> &expectedMap, const QMap<QString, qint64> &measuredMap) {
        for (auto it = expectedMap.cbegin(); it != expectedMap.cend(); ++it)
            list.append({comparisonGroupKey(group), it.key(), measuredMap.value(it.key()), it.value()});
    };
    add(ComparisonGroup::ServerStates, expected.serverStates, serverStates);
    add(ComparisonGroup::ClientStates, expected.clientStates, clientStates);
    add(ComparisonGroup::ClientOutcomes, expected.outcomes, outcomes);
    add(ComparisonGroup::CountersDelta, expected.countersDelta, countersDelta);
    return list;
}

void ExperimentResult::explainDifferences()
{
    // SYN cookies the model did not foresee change what the clients see: say so even when every
    // figure is inside its range.
    const qint64 cookies = countersDelta.value(QStringLiteral("TcpExt.SyncookiesSent"));
    if (cookies > 0 && !expected.raced && !expected.countersDelta.contains(QStringLiteral("TcpExt.TCPReqQFullDoCookies"))) {
        explanation.append(bilingual(kContext,
                                     QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                                       "The SYN queue filled up during the run and the kernel answered %1 SYNs with SYN "
                                                       "cookies (TcpExt.SyncookiesSent). A cookie completes the handshake on the client's "
                                                       "side even when the server then drops the final ACK because the accept queue is full "
                                                       "(TcpExt.ListenOverflows): such a client reports ESTABLISHED while the server has no "
                                                       "socket for it (client ESTABLISHED %2, server ESTABLISHED %3)."),
                                     {QString::number(cookies),
                                      QString::number(clientStates.value(QStringLiteral("ESTABLISHED"))),
                                      QString::number(serverStates.value(QStringLiteral("ESTABLISHED")))}));
    }
    for (const Comparison &c : comparisons()) {
        if (c.matches())
            continue;
        BilingualText note = bilingual(kContext,
                                       QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "Measured %1 %2 = %3, but the model expected %4."),
                                       {c.group, c.key, QString::number(c.measured), c.expected.toString()});
        const BilingualText reason = reasonFor(*this, c);
        note.en += QLatin1Char(' ') + reason.en;
        note.ja += reason.ja;
        explanation.append(note);
    }
}

QJsonObject ExperimentResult::toJson() const
{
    QJsonArray samples;
    for (const TimelineSample &s : timeline)
        samples.append(s.toJson());
    QJsonArray notes;
    for (const BilingualText &t : explanation)
        notes.append(t.toJson());
    QJsonArray differences;
    for (const Comparison &c : comparisons()) {
        if (!c.matches())
            differences.append(QJsonObject{{QStringLiteral("group"), c.group},
                                           {QStringLiteral("key"), c.key},
                                           {QStringLiteral("measured"), c.measured},
                                           {QStringLiteral("expected"), c.expected.toJson()}});
    }
    QJsonObject settings;
    for (auto it = sysctls.cbegin(); it != sysctls.cend(); ++it) {
        bool isNumber = false;
        const qint64 value = it.value().toLongLong(&isNumber);
        settings.insert(it.key(), isNumber ? QJsonValue(value) : QJsonValue(it.value()));
    }
    return {
        {QStringLiteral("spec"), spec.toJson()},
        {QStringLiteral("kernel"), kernelRelease},
        {QStringLiteral("sandbox"), sandbox},
        {QStringLiteral("namespace"), namespaceKind.isEmpty() ? QJsonValue() : QJsonValue(namespaceKind)},
        {QStringLiteral("vm"),
         shelfKernel.isEmpty()
             ? QJsonValue()
             : QJsonObject{{QStringLiteral("kernel"), shelfKernel}, {QStringLiteral("accelerator"), accelerator}, {QStringLiteral("note"), acceleratorNote}}},
        // In the sandbox every counter belongs to the experiment; on the host it is host-wide.
        {QStringLiteral("counters_scope"), sandbox ? QStringLiteral("namespace") : QStringLiteral("host")},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("port"), port},
        {QStringLiteral("hosts"), hostsJson()},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("server"),
         QJsonObject{{QStringLiteral("states"), numberMap(serverStates)},
                     {QStringLiteral("listen_queue"), listenQueue},
                     {QStringLiteral("listen_limit"), listenLimit}}},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("states"), numberMap(clientStates)}, {QStringLiteral("outcomes"), numberMap(outcomes)}}},
        {QStringLiteral("counters_delta"), numberMap(countersDelta)},
        {QStringLiteral("timeline"), samples},
        {QStringLiteral("expected"), expected.toJson()},
        {QStringLiteral("differences"), differences},
        {QStringLiteral("explanation"),
         QJsonObject{{QStringLiteral("en"), joined(explanation, false)}, {QStringLiteral("ja"), joined(explanation, true)}, {QStringLiteral("notes"), notes}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

QJsonValue ExperimentResult::hostsJson() const
{
    if (twoHosts) {
        // Each host's own view: the server host's sockets on the server port and its counters;
        // the client host's sockets towards it and its counters.
        return QJsonObject{
            {QStringLiteral("server"),
             QJsonObject{{QStringLiteral("address"), serverAddress},
                         {QStringLiteral("states"), numberMap(serverStates)},
                         {QStringLiteral("counters_delta"), numberMap(countersDelta)}}},
            {QStringLiteral("client"),
             QJsonObject{{QStringLiteral("address"), clientAddress},
                         {QStringLiteral("states"), numberMap(clientStates)},
                         {QStringLiteral("counters_delta"), numberMap(clientCountersDelta)}}},
        };
    }
    if (isRemote()) {
        return QJsonObject{
            {QStringLiteral("server"), QJsonObject{{QStringLiteral("host"), serverHost.isEmpty() ? QStringLiteral("local") : serverHost}}},
            {QStringLiteral("client"), QJsonObject{{QStringLiteral("host"), clientHost.isEmpty() ? QStringLiteral("local") : clientHost}}},
        };
    }
    return QJsonValue();
}

QString ExperimentResult::toText() const
{
    auto both = [](const char *source, const QStringList &arguments = {}) {
        const BilingualText t = bilingual(kContext, source, arguments);
        return t.ja == t.en ? t.en : t.en + QLatin1String(" / ") + t.ja;
    };
    QString out;
    const char *title = ExperimentSpec::presetTitleSource(spec.preset);
    if (title) {
        const BilingualText t = bilingual("tcplab::lab::Presets", title);
        out += spec.preset + QLatin1String(": ") + t.en + QLatin1String(" / ") + t.ja + QLatin1Char('\n');
    }
    out += both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "backlog %1, clients %2 (+%3 late), accept %4, observed %5 s"),
                {QString::number(spec.backlog),
                 QString::number(spec.clients),
                 QString::number(spec.lateClients),
                 acceptModeName(spec.accept),
                 QString::number(spec.observeS)})
        + QLatin1Char('\n');
    if (twoHosts) {
        out +=
            both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "two hosts in the sandbox: server host %1, client host %2"), {serverAddress, clientAddress})
            + QLatin1Char('\n');
        QStringList counters;
        for (auto it = clientCountersDelta.cbegin(); it != clientCountersDelta.cend(); ++it) {
            if (it.value() != 0)
                counters << it.key() + QLatin1Char(' ') + QString::number(it.value());
        }
        out += both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "client host's counters: %1"),
                    {counters.isEmpty() ? QStringLiteral("-") : counters.join(QLatin1String(", "))})
            + QLatin1Char('\n');
    }
    if (isRemote()) {
        out += both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "server on %1, clients on %2 (over SSH)"),
                    {serverHost.isEmpty() ? both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "this machine")) : serverHost,
                     clientHost.isEmpty() ? both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "this machine")) : clientHost})
            + QLatin1Char('\n');
    }
    if (!shelfKernel.isEmpty())
        out += both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                      "kernel %1 (%2 from the shelf) in a virtual machine (%3) where tcplab is root: "
                                      "counters are the experiment's own"),
                    {kernelRelease, shelfKernel, accelerator.toUpper()})
            + QLatin1Char('\n');
    else
        out +=
            (sandbox ? both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "kernel %1, private network namespace (%2): counters are the experiment's own"),
                            {kernelRelease, namespaceKind})
                     : both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "kernel %1, this host's loopback: settings read only, counters host-wide"),
                            {kernelRelease}))
            + QLatin1Char('\n');
    out += both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult",
                                  "somaxconn %1, effective backlog %2, accept queue holds %3, syncookies %4, "
                                  "abort_on_overflow %5"),
                {QString::number(expected.settings.somaxconn),
                 QString::number(expected.effectiveBacklog),
                 QString::number(expected.acceptQueueCapacity),
                 QString::number(expected.settings.syncookies),
                 QString::number(expected.settings.abortOnOverflow)})
        + QLatin1String("\n\n");

    const QString figure = both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "figure"));
    const QString expectedHeader = both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "expected"));
    const QString measuredHeader = both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "measured"));
    constexpr int kName = 44;
    constexpr int kNumber = 18;
    out += pad(figure, kName) + pad(expectedHeader, kNumber, true) + pad(measuredHeader, kNumber, true) + QLatin1Char('\n');
    bool anyDifference = false;
    QString group;
    for (const Comparison &c : comparisons()) {
        if (c.group != group) {
            group = c.group;
            out += group + QLatin1Char('\n');
        }
        const bool differs = !c.matches();
        anyDifference = anyDifference || differs;
        out += pad(QLatin1String("  ") + c.key, kName) + pad(c.expected.toString(), kNumber, true) + pad(QString::number(c.measured), kNumber, true)
            + (differs ? QLatin1String("  *") : QString()) + QLatin1Char('\n');
    }
    // Measured only: counters the model does not predict for this spec.
    for (auto it = countersDelta.cbegin(); it != countersDelta.cend(); ++it) {
        if (!expected.countersDelta.contains(it.key()))
            out += pad(QLatin1String("  ") + it.key(), kName) + pad(QStringLiteral("-"), kNumber, true) + pad(QString::number(it.value()), kNumber, true)
                + QLatin1Char('\n');
    }
    if (anyDifference)
        out += both(QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "* differs from the model")) + QLatin1Char('\n');
    for (const QString &w : warnings)
        out += QLatin1String("! ") + w + QLatin1Char('\n');
    out += QLatin1Char('\n') + bilingual(kContext, QT_TRANSLATE_NOOP("tcplab::lab::ExperimentResult", "Explanation")).ja + QLatin1Char('\n');
    for (const BilingualText &t : explanation)
        out += QLatin1String("- ") + t.ja + QLatin1Char('\n');
    out += QLatin1Char('\n') + QStringLiteral("Explanation") + QLatin1Char('\n');
    for (const BilingualText &t : explanation)
        out += QLatin1String("- ") + t.en + QLatin1Char('\n');
    return out;
}

} // namespace tcplab::lab
