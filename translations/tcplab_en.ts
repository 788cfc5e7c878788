<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tcplab::AboutDialog</name>
    <message>
        <source>About tcplab</source>
        <translation>About tcplab</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>A lab notebook for learning how Linux handles TCP connections: the SYN queue, the accept queue, the listen() backlog and the counters that show a network bottleneck.</source>
        <translation>A lab notebook for learning how Linux handles TCP connections: the SYN queue, the accept queue, the listen() backlog and the counters that show a network bottleneck.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>Linux kernel %1</source>
        <translation>Linux kernel %1</translation>
    </message>
    <message>
        <source>License: GPL-3.0-or-later</source>
        <translation>License: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>Optional features</source>
        <translation>Optional features</translation>
    </message>
</context>
<context>
    <name>tcplab::Cli</name>
    <message>
        <source>A lab notebook for learning how Linux handles TCP connections. Without a display it prints this machine's live counters instead.</source>
        <translation>A lab notebook for learning how Linux handles TCP connections. Without a display it prints this machine's live counters instead.</translation>
    </message>
    <message>
        <source>Run the headless job even when there is a display.</source>
        <translation>Run the headless job even when there is a display.</translation>
    </message>
    <message>
        <source>Use this language (en or ja) instead of the saved one.</source>
        <translation>Use this language (en or ja) instead of the saved one.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Rows the headless job prints (default 5).</source>
        <translation>Rows the headless job prints (default 5).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Milliseconds between the headless job's rows (default 1000).</source>
        <translation>Milliseconds between the headless job's rows (default 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>tcplab: --rows takes a whole number from 1 up</source>
        <translation>tcplab: --rows takes a whole number from 1 up</translation>
    </message>
    <message>
        <source>tcplab: --interval takes milliseconds from 100 to 60000</source>
        <translation>tcplab: --interval takes milliseconds from 100 to 60000</translation>
    </message>
    <message numerus="yes">
        <source>tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job runs instead: this machine's live counters, %n row(s).</source>
        <translation><numerusform>tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job runs instead: this machine's live counters, %n row.</numerusform><numerusform>tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job runs instead: this machine's live counters, %n rows.</numerusform></translation>
    </message>
</context>
<context>
    <name>tcplab::Features</name>
    <message>
        <source>Syntax highlighting (KSyntaxHighlighting)</source>
        <translation>Syntax highlighting (KSyntaxHighlighting)</translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n syntax definitions</source>
        <translation><numerusform>version %1, %n syntax definitions</numerusform><numerusform>version %1, %n syntax definitions</numerusform></translation>
    </message>
    <message>
        <source>not built in: commands and code are shown in plain monospace</source>
        <translation>not built in: commands and code are shown in plain monospace</translation>
    </message>
</context>
<context>
    <name>tcplab::LiveCounterPrinter</name>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>rx pkt/s</source>
        <translation>rx pkt/s</translation>
    </message>
    <message>
        <source>tx pkt/s</source>
        <translation>tx pkt/s</translation>
    </message>
    <message>
        <source>rx Mbit/s</source>
        <translation>rx Mbit/s</translation>
    </message>
    <message>
        <source>tx Mbit/s</source>
        <translation>tx Mbit/s</translation>
    </message>
    <message>
        <source>CPU busy %</source>
        <translation>CPU busy %</translation>
    </message>
    <message>
        <source>active opens/s</source>
        <translation>active opens/s</translation>
    </message>
    <message>
        <source>passive opens/s</source>
        <translation>passive opens/s</translation>
    </message>
    <message>
        <source>retrans seg/s</source>
        <translation>retrans seg/s</translation>
    </message>
    <message>
        <source>listen overflows/s</source>
        <translation>listen overflows/s</translation>
    </message>
    <message>
        <source>established</source>
        <translation>established</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Choose a backlog, a client count and the kernel settings, run the experiment in a private network namespace, and compare what the kernel did with what was expected.</source>
        <translation>Choose a backlog, a client count and the kernel settings, run the experiment in a private network namespace, and compare what the kernel did with what was expected.</translation>
    </message>
    <message>
        <source>Listen queues</source>
        <translation>Listen queues</translation>
    </message>
    <message>
        <source>For each listening socket: the SYN queue and the accept queue against their limits, with the overflow and drop counters beside them.</source>
        <translation>For each listening socket: the SYN queue and the accept queue against their limits, with the overflow and drop counters beside them.</translation>
    </message>
    <message>
        <source>Socket states</source>
        <translation>Socket states</translation>
    </message>
    <message>
        <source>How many TCP sockets are in each state, what each state means, and the sockets in the state you select.</source>
        <translation>How many TCP sockets are in each state, what each state means, and the sockets in the state you select.</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Packets and throughput in and out, CPU time and TCP counters over time, on one shared time axis.</source>
        <translation>Packets and throughput in and out, CPU time and TCP counters over time, on one shared time axis.</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Your recorded runs, notes and chart snapshots, ready to export as a write-up.</source>
        <translation>Your recorded runs, notes and chart snapshots, ready to export as a write-up.</translation>
    </message>
    <message>
        <source>tcplab</source>
        <translation>tcplab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xperiment</source>
        <translation>E&amp;xperiment</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>Show &amp;Experiment Panel</source>
        <translation>Show &amp;Experiment Panel</translation>
    </message>
    <message>
        <source>&amp;About tcplab</source>
        <translation>&amp;About tcplab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;System Language (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 · Linux %2 · somaxconn %3</source>
        <translation>%1 · Linux %2 · somaxconn %3</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>This view is not part of this version yet.</source>
        <translation>This view is not part of this version yet.</translation>
    </message>
</context>
<context>
    <name>tcplab::WelcomeView</name>
    <message>
        <source>The two queues of a listening socket</source>
        <translation>The two queues of a listening socket</translation>
    </message>
    <message>
        <source>While a client's handshake is under way, the kernel keeps the half-open connection in the listening socket's SYN queue. Once the client's final ACK arrives, the connection moves to the accept queue and waits there until the server calls accept(). The backlog passed to listen(), capped by net.core.somaxconn, limits the accept queue; when it is full, new connections are dropped and the counters ListenOverflows and ListenDrops grow. tcplab lets you watch both queues and prove each rule with a live experiment.</source>
        <translation>While a client's handshake is under way, the kernel keeps the half-open connection in the listening socket's SYN queue. Once the client's final ACK arrives, the connection moves to the accept queue and waits there until the server calls accept(). The backlog passed to listen(), capped by net.core.somaxconn, limits the accept queue; when it is full, new connections are dropped and the counters ListenOverflows and ListenDrops grow. tcplab lets you watch both queues and prove each rule with a live experiment.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>This machine: Linux %1, net.core.somaxconn = %2.</source>
        <translation>This machine: Linux %1, net.core.somaxconn = %2.</translation>
    </message>
    <message>
        <source>The same queues with the standard tools</source>
        <translation>The same queues with the standard tools</translation>
    </message>
    <message>
        <source>listeners: Recv-Q is the accept queue now, Send-Q its limit</source>
        <translation>listeners: Recv-Q is the accept queue now, Send-Q its limit</translation>
    </message>
    <message>
        <source>half-open connections in SYN queues</source>
        <translation>half-open connections in SYN queues</translation>
    </message>
    <message>
        <source>drops since boot</source>
        <translation>drops since boot</translation>
    </message>
    <message>
        <source>the limits</source>
        <translation>the limits</translation>
    </message>
</context>
<context>
    <name>tcplab::procfs::Messages</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: line %2 has names but no values</source>
        <translation>%1: line %2 has names but no values</translation>
    </message>
    <message>
        <source>%1: lines %2 and %3 are not a pair of one group</source>
        <translation>%1: lines %2 and %3 are not a pair of one group</translation>
    </message>
    <message>
        <source>%1: group %2 has %3 names but %4 values; the extra ones are skipped</source>
        <translation>%1: group %2 has %3 names but %4 values; the extra ones are skipped</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 is not a number</translation>
    </message>
    <message>
        <source>%1: no counters found</source>
        <translation>%1: no counters found</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>/proc/net/dev: the two header lines are missing</source>
        <translation>/proc/net/dev: the two header lines are missing</translation>
    </message>
    <message>
        <source>/proc/net/dev: line %1 has no interface name</source>
        <translation>/proc/net/dev: line %1 has no interface name</translation>
    </message>
    <message>
        <source>/proc/net/dev: line %1 is truncated</source>
        <translation>/proc/net/dev: line %1 is truncated</translation>
    </message>
    <message>
        <source>/proc/net/dev: line %1 holds a field that is not a counter</source>
        <translation>/proc/net/dev: line %1 holds a field that is not a counter</translation>
    </message>
    <message>
        <source>/proc/stat: line %1 is truncated</source>
        <translation>/proc/stat: line %1 is truncated</translation>
    </message>
    <message>
        <source>/proc/stat: line %1 holds a field that is not a number</source>
        <translation>/proc/stat: line %1 holds a field that is not a number</translation>
    </message>
    <message>
        <source>/proc/stat: the line with the total CPU time is missing</source>
        <translation>/proc/stat: the line with the total CPU time is missing</translation>
    </message>
    <message>
        <source>cannot create a network namespace: %1</source>
        <translation>cannot create a network namespace: %1</translation>
    </message>
    <message>
        <source>cannot create a user and network namespace: %1 (user namespaces may be disabled: see kernel.unprivileged_userns_clone or user.max_user_namespaces)</source>
        <translation>cannot create a user and network namespace: %1 (user namespaces may be disabled: see kernel.unprivileged_userns_clone or user.max_user_namespaces)</translation>
    </message>
    <message>
        <source>cannot map the user into the new namespace: %1</source>
        <translation>cannot map the user into the new namespace: %1</translation>
    </message>
    <message>
        <source>cannot open a socket to configure loopback: %1</source>
        <translation>cannot open a socket to configure loopback: %1</translation>
    </message>
    <message>
        <source>cannot read the flags of loopback: %1</source>
        <translation>cannot read the flags of loopback: %1</translation>
    </message>
    <message>
        <source>cannot bring loopback up: %1</source>
        <translation>cannot bring loopback up: %1</translation>
    </message>
    <message>
        <source>cannot set %1 to %2: %3</source>
        <translation>cannot set %1 to %2: %3</translation>
    </message>
</context>
</TS>
