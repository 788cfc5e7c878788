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
    <name>tcplab::ChartExporter</name>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>the size is too small</source>
        <translation>the size is too small</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>the file cannot be written</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
</context>
<context>
    <name>tcplab::ChecklistView</name>
    <message>
        <source>no rule</source>
        <translation>no rule</translation>
    </message>
    <message>
        <source>1. Is the packet rate too high?</source>
        <translation>1. Is the packet rate too high?</translation>
    </message>
    <message>
        <source>in %1/s, out %2/s</source>
        <translation>in %1/s, out %2/s</translation>
    </message>
    <message>
        <source>no fixed limit: compare with this host's usual rate</source>
        <translation>no fixed limit: compare with this host's usual rate</translation>
    </message>
    <message>
        <source>netstat -i (or -I interface) every 5 seconds; it prints the packets received and sent in each interval, per interface.</source>
        <translation>netstat -i (or -I interface) every 5 seconds; it prints the packets received and sent in each interval, per interface.</translation>
    </message>
    <message>
        <source>The change of rx_packets and tx_packets in /proc/net/dev over the window, divided by its length in seconds; summed over every interface but loopback.</source>
        <translation>The change of rx_packets and tx_packets in /proc/net/dev over the window, divided by its length in seconds; summed over every interface but loopback.</translation>
    </message>
    <message>
        <source>2. Is the number of bytes per packet reasonable?</source>
        <translation>2. Is the number of bytes per packet reasonable?</translation>
    </message>
    <message>
        <source>IP: in %1 B, out %2 B; interface: in %3 B, out %4 B</source>
        <translation>IP: in %1 B, out %2 B; interface: in %3 B, out %4 B</translation>
    </message>
    <message>
        <source>no fixed limit: small packets mean many packets for little data</source>
        <translation>no fixed limit: small packets mean many packets for little data</translation>
    </message>
    <message>
        <source>Two netstat -s captures some seconds apart: the change of the TCP data bytes divided by the change of the TCP data segments.</source>
        <translation>Two netstat -s captures some seconds apart: the change of the TCP data bytes divided by the change of the TCP data segments.</translation>
    </message>
    <message>
        <source>Linux keeps no TCP byte counts, so the IP counters stand in: the change of IpExt.InOctets over the change of Ip.InReceives (every protocol, IP header included); the interface's bytes over its packets include the Ethernet header.</source>
        <translation>Linux keeps no TCP byte counts, so the IP counters stand in: the change of IpExt.InOctets over the change of Ip.InReceives (every protocol, IP header included); the interface's bytes over its packets include the Ethernet header.</translation>
    </message>
    <message>
        <source>3. Is the number of connections appropriate?</source>
        <translation>3. Is the number of connections appropriate?</translation>
    </message>
    <message>
        <source>%1 TCP sockets; %2 listen drops/s</source>
        <translation>%1 TCP sockets; %2 listen drops/s</translation>
    </message>
    <message>
        <source>any listen drop: look closer</source>
        <translation>any listen drop: look closer</translation>
    </message>
    <message>
        <source>netstat -an, counting the states of every local and remote address pair, protocol by protocol.</source>
        <translation>netstat -an, counting the states of every local and remote address pair, protocol by protocol.</translation>
    </message>
    <message>
        <source>The TCP sockets in use from /proc/net/sockstat (ss -s shows the same), and the change of TcpExt.ListenDrops: connections a listener had to turn away.</source>
        <translation>The TCP sockets in use from /proc/net/sockstat (ss -s shows the same), and the change of TcpExt.ListenDrops: connections a listener had to turn away.</translation>
    </message>
    <message>
        <source>4. Is the throughput what it should be?</source>
        <translation>4. Is the throughput what it should be?</translation>
    </message>
    <message>
        <source>in %1 Mbps, out %2 Mbps (guide's method: %3 / %4)</source>
        <translation>in %1 Mbps, out %2 Mbps (guide's method: %3 / %4)</translation>
    </message>
    <message>
        <source>problem from %1 Mbps (80 % of a %2 Mbps full-duplex link), look closer from %3 Mbps</source>
        <translation>problem from %1 Mbps (80 % of a %2 Mbps full-duplex link), look closer from %3 Mbps</translation>
    </message>
    <message>
        <source>Average packet length from checkpoint 2 plus 66 bytes of Ethernet framing, times the packets per second of checkpoint 1, times 8.</source>
        <translation>Average packet length from checkpoint 2 plus 66 bytes of Ethernet framing, times the packets per second of checkpoint 1, times 8.</translation>
    </message>
    <message>
        <source>The change of the interface's byte count plus 24 bytes per packet that the count leaves out (preamble, frame check sequence, inter-frame gap), times 8, over the window.</source>
        <translation>The change of the interface's byte count plus 24 bytes per packet that the count leaves out (preamble, frame check sequence, inter-frame gap), times 8, over the window.</translation>
    </message>
    <message>
        <source>5. Are there errors or retransmissions?</source>
        <translation>5. Are there errors or retransmissions?</translation>
    </message>
    <message>
        <source>Ierrs %1, Oerrs %2, Colls %3, retransmitted %4</source>
        <translation>Ierrs %1, Oerrs %2, Colls %3, retransmitted %4</translation>
    </message>
    <message>
        <source>the worst of the error rules below</source>
        <translation>the worst of the error rules below</translation>
    </message>
    <message>
        <source>netstat -I interface for errs and colls; netstat -s for every counter named like xxxFail or xxxErr; Send-Q and Recv-Q of netstat -an.</source>
        <translation>netstat -I interface for errs and colls; netstat -s for every counter named like xxxFail or xxxErr; Send-Q and Recv-Q of netstat -an.</translation>
    </message>
    <message>
        <source>The changes of rx_errors, tx_errors and colls in /proc/net/dev against the packets of the same window, and Tcp.RetransSegs against Tcp.OutSegs from /proc/net/snmp.</source>
        <translation>The changes of rx_errors, tx_errors and colls in /proc/net/dev against the packets of the same window, and Tcp.RetransSegs against Tcp.OutSegs from /proc/net/snmp.</translation>
    </message>
    <message>
        <source>Input errors: Ierrs / Ipkts</source>
        <translation>Input errors: Ierrs / Ipkts</translation>
    </message>
    <message>
        <source>≥ 0.025 %: problem (delayed input buffers, CRC or checksum errors)</source>
        <translation>≥ 0.025 %: problem (delayed input buffers, CRC or checksum errors)</translation>
    </message>
    <message>
        <source>Ierrs over Ipkts from netstat -I; then netstat -s to find the layer at fault.</source>
        <translation>Ierrs over Ipkts from netstat -I; then netstat -s to find the layer at fault.</translation>
    </message>
    <message>
        <source>The change of rx_errors over the change of rx_packets in /proc/net/dev, compared in whole numbers so that the limit holds exactly.</source>
        <translation>The change of rx_errors over the change of rx_packets in /proc/net/dev, compared in whole numbers so that the limit holds exactly.</translation>
    </message>
    <message>
        <source>Output errors: Oerrs / Opkts</source>
        <translation>Output errors: Oerrs / Opkts</translation>
    </message>
    <message>
        <source>&gt; 0: look closer (cables, hub, termination); ≥ 0.025 %: problem (Ethernet hardware)</source>
        <translation>&gt; 0: look closer (cables, hub, termination); ≥ 0.025 %: problem (Ethernet hardware)</translation>
    </message>
    <message>
        <source>Oerrs over Opkts from netstat -I.</source>
        <translation>Oerrs over Opkts from netstat -I.</translation>
    </message>
    <message>
        <source>The change of tx_errors over the change of tx_packets in /proc/net/dev.</source>
        <translation>The change of tx_errors over the change of tx_packets in /proc/net/dev.</translation>
    </message>
    <message>
        <source>Collisions: Colls / Opkts</source>
        <translation>Collisions: Colls / Opkts</translation>
    </message>
    <message>
        <source>&gt; 2 %: look closer (a saturated segment); ≥ 5 %: problem; 10 % is the most a segment bears</source>
        <translation>&gt; 2 %: look closer (a saturated segment); ≥ 5 %: problem; 10 % is the most a segment bears</translation>
    </message>
    <message>
        <source>Colls over Opkts from netstat -I, on a shared (half-duplex) Ethernet segment.</source>
        <translation>Colls over Opkts from netstat -I, on a shared (half-duplex) Ethernet segment.</translation>
    </message>
    <message>
        <source>The change of colls over the change of tx_packets; full-duplex links and virtual interfaces always count 0.</source>
        <translation>The change of colls over the change of tx_packets; full-duplex links and virtual interfaces always count 0.</translation>
    </message>
    <message>
        <source>All faults: (Colls + Ierrs + Oerrs) / (Ipkts + Opkts)</source>
        <translation>All faults: (Colls + Ierrs + Oerrs) / (Ipkts + Opkts)</translation>
    </message>
    <message>
        <source>&gt; 2 %: problem (check the Ethernet hardware)</source>
        <translation>&gt; 2 %: problem (check the Ethernet hardware)</translation>
    </message>
    <message>
        <source>The sum of collisions and errors over the sum of packets, from netstat -I.</source>
        <translation>The sum of collisions and errors over the sum of packets, from netstat -I.</translation>
    </message>
    <message>
        <source>The same sums from the changes in /proc/net/dev.</source>
        <translation>The same sums from the changes in /proc/net/dev.</translation>
    </message>
    <message>
        <source>TCP retransmissions: RetransSegs / OutSegs</source>
        <translation>TCP retransmissions: RetransSegs / OutSegs</translation>
    </message>
    <message>
        <source>&gt; 1 %: look closer; &gt; 5 %: problem (tcplab's rule of thumb, not the guide's)</source>
        <translation>&gt; 1 %: look closer; &gt; 5 %: problem (tcplab's rule of thumb, not the guide's)</translation>
    </message>
    <message>
        <source>The guide lists tcpRetransSegs among the counters to watch but gives no limit.</source>
        <translation>The guide lists tcpRetransSegs among the counters to watch but gives no limit.</translation>
    </message>
    <message>
        <source>The change of Tcp.RetransSegs over the change of Tcp.OutSegs in /proc/net/snmp.</source>
        <translation>The change of Tcp.RetransSegs over the change of Tcp.OutSegs in /proc/net/snmp.</translation>
    </message>
    <message>
        <source>Listen queue drops</source>
        <translation>Listen queue drops</translation>
    </message>
    <message>
        <source>&gt; 0: look closer (a queue too small, a slow server, or a SYN flood)</source>
        <translation>&gt; 0: look closer (a queue too small, a slow server, or a SYN flood)</translation>
    </message>
    <message>
        <source>tcpListenDrop, tcpListenDropQ0 and tcpHalfOpenDrop from netstat -s; the fix was a larger tcp_conn_req_max_q or tcp_conn_req_max_q0.</source>
        <translation>tcpListenDrop, tcpListenDropQ0 and tcpHalfOpenDrop from netstat -s; the fix was a larger tcp_conn_req_max_q or tcp_conn_req_max_q0.</translation>
    </message>
    <message>
        <source>The change of TcpExt.ListenDrops per second; TcpExt.ListenOverflows, TcpExt.TCPReqQFullDrop and TcpExt.TCPReqQFullDoCookies say which queue.</source>
        <translation>The change of TcpExt.ListenDrops per second; TcpExt.ListenOverflows, TcpExt.TCPReqQFullDrop and TcpExt.TCPReqQFullDoCookies say which queue.</translation>
    </message>
    <message>
        <source>Network bottleneck checklist</source>
        <translation>Network bottleneck checklist</translation>
    </message>
    <message>
        <source>Host %1, %2; figures over %3 s; link %4 Mbps.</source>
        <translation>Host %1, %2; figures over %3 s; link %4 Mbps.</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Linux counters</source>
        <translation>Linux counters</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>The guide's method</source>
        <translation>The guide's method</translation>
    </message>
    <message>
        <source>The Linux method</source>
        <translation>The Linux method</translation>
    </message>
    <message>
        <source>Table 1: the five checkpoints</source>
        <translation>Table 1: the five checkpoints</translation>
    </message>
    <message>
        <source>Table 5: error rules</source>
        <translation>Table 5: error rules</translation>
    </message>
    <message>
        <source>Waiting for two samples of the counters…</source>
        <translation>Waiting for two samples of the counters…</translation>
    </message>
    <message>
        <source>Figures over the last %1 s.</source>
        <translation>Figures over the last %1 s.</translation>
    </message>
    <message>
        <source>Select a row to see how its figure is computed.</source>
        <translation>Select a row to see how its figure is computed.</translation>
    </message>
    <message>
        <source>The guide (Solaris netstat)</source>
        <translation>The guide (Solaris netstat)</translation>
    </message>
    <message>
        <source>Linux today</source>
        <translation>Linux today</translation>
    </message>
    <message>
        <source>Counters, then and now</source>
        <translation>Counters, then and now</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Export the checklist</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The network bottleneck checklist of a 2004 performance guide, read from this host's Linux counters.</source>
        <translation>The network bottleneck checklist of a 2004 performance guide, read from this host's Linux counters.</translation>
    </message>
    <message>
        <source>Compare with the sample from</source>
        <translation>Compare with the sample from</translation>
    </message>
    <message>
        <source> s ago</source>
        <translation> s ago</translation>
    </message>
    <message>
        <source>Link speed:</source>
        <translation>Link speed:</translation>
    </message>
    <message>
        <source> Mbps</source>
        <translation> Mbps</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Checkpoint (Japanese)</source>
        <translation>Checkpoint (Japanese)</translation>
    </message>
    <message>
        <source>Checkpoint (English)</source>
        <translation>Checkpoint (English)</translation>
    </message>
    <message>
        <source>Rule (Japanese)</source>
        <translation>Rule (Japanese)</translation>
    </message>
    <message>
        <source>Rule (English)</source>
        <translation>Rule (English)</translation>
    </message>
</context>
<context>
    <name>tcplab::Cli</name>
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
    <message>
        <source>tcplab: --port takes a port number from 1 to 65535</source>
        <translation>tcplab: --port takes a port number from 1 to 65535</translation>
    </message>
    <message>
        <source>Counts this machine's TCP sockets per state and lists every listener's accept queue (Recv-Q), its limit (Send-Q) and its half-open connections (SYN-RECV).</source>
        <translation>Counts this machine's TCP sockets per state and lists every listener's accept queue (Recv-Q), its limit (Send-Q) and its half-open connections (SYN-RECV).</translation>
    </message>
    <message>
        <source>The census command.</source>
        <translation>The census command.</translation>
    </message>
    <message>
        <source>Only sockets with this local or remote port.</source>
        <translation>Only sockets with this local or remote port.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Print one JSON object instead of tables.</source>
        <translation>Print one JSON object instead of tables.</translation>
    </message>
    <message>
        <source>tcplab: %1</source>
        <translation>tcplab: %1</translation>
    </message>
    <message>
        <source>Samples this machine's counters and sockets and prints one line per sample: rates, CPU split, socket states and listen queues.</source>
        <translation>Samples this machine's counters and sockets and prints one line per sample: rates, CPU split, socket states and listen queues.</translation>
    </message>
    <message>
        <source>The sample command.</source>
        <translation>The sample command.</translation>
    </message>
    <message>
        <source>Milliseconds between samples, 100 to 60000 (default 1000).</source>
        <translation>Milliseconds between samples, 100 to 60000 (default 1000).</translation>
    </message>
    <message>
        <source>Stop after this many samples (default: run until stopped).</source>
        <translation>Stop after this many samples (default: run until stopped).</translation>
    </message>
    <message>
        <source>Count only sockets with this local or remote port.</source>
        <translation>Count only sockets with this local or remote port.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Print one JSON object per line.</translation>
    </message>
    <message>
        <source>tcplab: --count takes a whole number, 0 for no limit</source>
        <translation>tcplab: --count takes a whole number, 0 for no limit</translation>
    </message>
    <message>
        <source>tcplab: --%1 takes a whole number, not "%2"</source>
        <translation>tcplab: --%1 takes a whole number, not "%2"</translation>
    </message>
    <message>
        <source>Start from this preset (see --list-presets).</source>
        <translation>Start from this preset (see --list-presets).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>List the presets and exit.</source>
        <translation>List the presets and exit.</translation>
    </message>
    <message>
        <source>The backlog the server passes to listen().</source>
        <translation>The backlog the server passes to listen().</translation>
    </message>
    <message>
        <source>Clients that connect at once.</source>
        <translation>Clients that connect at once.</translation>
    </message>
    <message>
        <source>Half-open clients started first, which ignore the SYN-ACK for a while.</source>
        <translation>Half-open clients started first, which ignore the SYN-ACK for a while.</translation>
    </message>
    <message>
        <source>When the late clients complete their handshakes, or -1 for never.</source>
        <translation>When the late clients complete their handshakes, or -1 for never.</translation>
    </message>
    <message>
        <source>net.core.somaxconn in the sandbox.</source>
        <translation>net.core.somaxconn in the sandbox.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_max_syn_backlog in the sandbox.</source>
        <translation>net.ipv4.tcp_max_syn_backlog in the sandbox.</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_syncookies in the sandbox: 0, 1 or 2.</source>
        <translation>net.ipv4.tcp_syncookies in the sandbox: 0, 1 or 2.</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_abort_on_overflow in the sandbox: 0 or 1.</source>
        <translation>net.ipv4.tcp_abort_on_overflow in the sandbox: 0 or 1.</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_synack_retries in the sandbox.</source>
        <translation>net.ipv4.tcp_synack_retries in the sandbox.</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_syn_retries in the sandbox.</source>
        <translation>net.ipv4.tcp_syn_retries in the sandbox.</translation>
    </message>
    <message>
        <source>How the server accepts: never, delay:MS or immediate.</source>
        <translation>How the server accepts: never, delay:MS or immediate.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Seconds a client waits for its handshake.</source>
        <translation>Seconds a client waits for its handshake.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Seconds the run is watched after the clients start.</source>
        <translation>Seconds the run is watched after the clients start.</translation>
    </message>
    <message>
        <source>Run on this host's 127.0.0.1 without a sandbox: this host's settings, read only; counters are host-wide.</source>
        <translation>Run on this host's 127.0.0.1 without a sandbox: this host's settings, read only; counters are host-wide.</translation>
    </message>
    <message>
        <source>The server's port (default 11000 in the sandbox, any free port on the host).</source>
        <translation>The server's port (default 11000 in the sandbox, any free port on the host).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the table.</source>
        <translation>Print one JSON object instead of the table.</translation>
    </message>
    <message>
        <source>tcplab: there is no preset "%1" (see --list-presets)</source>
        <translation>tcplab: there is no preset "%1" (see --list-presets)</translation>
    </message>
    <message>
        <source>tcplab: --accept delay:MS takes a whole number of milliseconds</source>
        <translation>tcplab: --accept delay:MS takes a whole number of milliseconds</translation>
    </message>
    <message>
        <source>tcplab: --accept takes never, delay:MS or immediate, not "%1"</source>
        <translation>tcplab: --accept takes never, delay:MS or immediate, not "%1"</translation>
    </message>
    <message numerus="yes">
        <source>tcplab: running the experiment for %n second(s)...</source>
        <translation><numerusform>tcplab: running the experiment for %n second...</numerusform><numerusform>tcplab: running the experiment for %n seconds...</numerusform></translation>
    </message>
    <message>
        <source>tcplab: the experiment failed: %1</source>
        <translation>tcplab: the experiment failed: %1</translation>
    </message>
    <message>
        <source>Runs a backlog experiment in a private network namespace (or on this host's loopback) and prints what the server and the clients saw, beside what the kernel model expected.</source>
        <translation>Runs a backlog experiment in a private network namespace (or on this host's loopback) and prints what the server and the clients saw, beside what the kernel model expected.</translation>
    </message>
    <message>
        <source>The experiment command.</source>
        <translation>The experiment command.</translation>
    </message>
    <message>
        <source>tcplab: unexpected argument "%1"</source>
        <translation>tcplab: unexpected argument "%1"</translation>
    </message>
    <message>
        <source>tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job runs instead: the experiment %1 in a private network namespace.</source>
        <translation>tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job runs instead: the experiment %1 in a private network namespace.</translation>
    </message>
    <message>
        <source>tcplab: the experiment could not run: %1</source>
        <translation>tcplab: the experiment could not run: %1</translation>
    </message>
    <message>
        <source>tcplab: showing this machine's live counters instead.</source>
        <translation>tcplab: showing this machine's live counters instead.</translation>
    </message>
    <message>
        <source>A lab notebook for learning how Linux handles TCP connections. Without a display it runs the first experiment preset (seed-backlog-10) and prints its result instead; --headless prints this machine's live counters.

Commands:
  tcplab sample   counters, rates, socket states and listen queues, one line per sample
  tcplab census   TCP socket counts per state and the listener table
  tcplab experiment   a backlog experiment in a private network namespace, measured beside the kernel model's prediction
  tcplab record   keep this machine's counters in a notebook for a while
  tcplab export   write a notebook's write-up as HTML, PDF, Markdown or CSV</source>
        <translation>A lab notebook for learning how Linux handles TCP connections. Without a display it runs the first experiment preset (seed-backlog-10) and prints its result instead; --headless prints this machine's live counters.

Commands:
  tcplab sample   counters, rates, socket states and listen queues, one line per sample
  tcplab census   TCP socket counts per state and the listener table
  tcplab experiment   a backlog experiment in a private network namespace, measured beside the kernel model's prediction
  tcplab record   keep this machine's counters in a notebook for a while
  tcplab export   write a notebook's write-up as HTML, PDF, Markdown or CSV</translation>
    </message>
    <message>
        <source>Record the run in this notebook file (made when it does not exist).</source>
        <translation>Record the run in this notebook file (made when it does not exist).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Records this machine's counters into a notebook for a while.</source>
        <translation>Records this machine's counters into a notebook for a while.</translation>
    </message>
    <message>
        <source>The record command.</source>
        <translation>The record command.</translation>
    </message>
    <message>
        <source>The notebook file (made when it does not exist).</source>
        <translation>The notebook file (made when it does not exist).</translation>
    </message>
    <message>
        <source>Seconds to record.</source>
        <translation>Seconds to record.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>tcplab: record needs --notebook FILE</source>
        <translation>tcplab: record needs --notebook FILE</translation>
    </message>
    <message>
        <source>tcplab: --duration takes seconds from 1 to 604800</source>
        <translation>tcplab: --duration takes seconds from 1 to 604800</translation>
    </message>
    <message>
        <source>Writes a notebook's write-up as HTML, PDF, Markdown or CSV.</source>
        <translation>Writes a notebook's write-up as HTML, PDF, Markdown or CSV.</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>The export command.</translation>
    </message>
    <message>
        <source>The notebook file.</source>
        <translation>The notebook file.</translation>
    </message>
    <message>
        <source>html, pdf, md or csv (default html).</source>
        <translation>html, pdf, md or csv (default html).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The folder to write into (default: the current one).</source>
        <translation>The folder to write into (default: the current one).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>The PDF's page size: a4 or letter (default a4).</source>
        <translation>The PDF's page size: a4 or letter (default a4).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>tcplab: export needs the notebook file</source>
        <translation>tcplab: export needs the notebook file</translation>
    </message>
    <message>
        <source>tcplab: --page takes a4 or letter</source>
        <translation>tcplab: --page takes a4 or letter</translation>
    </message>
    <message>
        <source>Sample a remote host over SSH: host, user@host or [host]:port.</source>
        <translation>Sample a remote host over SSH: host, user@host or [host]:port.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>The private key ssh uses.</source>
        <translation>The private key ssh uses.</translation>
    </message>
    <message>
        <source>The known_hosts file ssh checks the host key against.</source>
        <translation>The known_hosts file ssh checks the host key against.</translation>
    </message>
    <message>
        <source>Sample a Prometheus node_exporter's /metrics.</source>
        <translation>Sample a Prometheus node_exporter's /metrics.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>tcplab: choose --ssh or --node-exporter, not both</source>
        <translation>tcplab: choose --ssh or --node-exporter, not both</translation>
    </message>
    <message>
        <source>node_exporter reports no socket census</source>
        <translation>node_exporter reports no socket census</translation>
    </message>
    <message>
        <source>How the remote host is read: agent (tcplab-agent, copied there), sh (a portable shell loop) or auto (the agent where it can run; the default).</source>
        <translation>How the remote host is read: agent (tcplab-agent, copied there), sh (a portable shell loop) or auto (the agent where it can run; the default).</translation>
    </message>
    <message>
        <source>Print the recorded history of --instance from this Prometheus server instead of sampling.</source>
        <translation>Print the recorded history of --instance from this Prometheus server instead of sampling.</translation>
    </message>
    <message>
        <source>The target whose history to print, as Prometheus labels it.</source>
        <translation>The target whose history to print, as Prometheus labels it.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>How far back the history goes: 30s, 15m, 2h or seconds (default 15m).</source>
        <translation>How far back the history goes: 30s, 15m, 2h or seconds (default 15m).</translation>
    </message>
    <message>
        <source>span</source>
        <translation>span</translation>
    </message>
    <message>
        <source>Time between points of the history (default: the span / 1000, at least 1 s).</source>
        <translation>Time between points of the history (default: the span / 1000, at least 1 s).</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>tcplab: --prometheus reads a recorded history; use it without --ssh and --node-exporter</source>
        <translation>tcplab: --prometheus reads a recorded history; use it without --ssh and --node-exporter</translation>
    </message>
    <message>
        <source>tcplab: --instance, --span and --step go with --prometheus</source>
        <translation>tcplab: --instance, --span and --step go with --prometheus</translation>
    </message>
    <message>
        <source>tcplab: --mode takes agent, sh or auto</source>
        <translation>tcplab: --mode takes agent, sh or auto</translation>
    </message>
    <message>
        <source>Put the server and the clients on two hosts of the sandbox, joined by a link, and show each host's states and counters.</source>
        <translation>Put the server and the clients on two hosts of the sandbox, joined by a link, and show each host's states and counters.</translation>
    </message>
    <message>
        <source>Run the server on this SSH host (loopback or a host added in the hosts dialog).</source>
        <translation>Run the server on this SSH host (loopback or a host added in the hosts dialog).</translation>
    </message>
    <message>
        <source>Run the clients on this SSH host (loopback or a host added in the hosts dialog).</source>
        <translation>Run the clients on this SSH host (loopback or a host added in the hosts dialog).</translation>
    </message>
    <message>
        <source>Runs a load pattern between the two hosts of a sandbox (a server host and a client host joined by a rate-limited link) and prints, per host and per phase, packets per second, bytes per packet, Mbps, the CPU split and the TCP counters.</source>
        <translation>Runs a load pattern between the two hosts of a sandbox (a server host and a client host joined by a rate-limited link) and prints, per host and per phase, packets per second, bytes per packet, Mbps, the CPU split and the TCP counters.</translation>
    </message>
    <message>
        <source>The traffic command.</source>
        <translation>The traffic command.</translation>
    </message>
    <message>
        <source>put, get, put-then-get, rr, churn or congested (default put).</source>
        <translation>put, get, put-then-get, rr, churn or congested (default put).</translation>
    </message>
    <message>
        <source>The link's rate: 10mbit, 100mbit, 1gbit or unlimited (default 100mbit).</source>
        <translation>The link's rate: 10mbit, 100mbit, 1gbit or unlimited (default 100mbit).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>The link's MTU (default 1500).</source>
        <translation>The link's MTU (default 1500).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>The link's queue in bytes (default: 20 ms at the rate).</source>
        <translation>The link's queue in bytes (default: 20 ms at the rate).</translation>
    </message>
    <message>
        <source>Seconds each phase lasts (default 5).</source>
        <translation>Seconds each phase lasts (default 5).</translation>
    </message>
    <message>
        <source>rr: bytes each way per request (default 1000).</source>
        <translation>rr: bytes each way per request (default 1000).</translation>
    </message>
    <message>
        <source>rr and churn: connections at once (default 4).</source>
        <translation>rr and churn: connections at once (default 4).</translation>
    </message>
    <message>
        <source>tcplab: --%1 takes a number, not "%2"</source>
        <translation>tcplab: --%1 takes a number, not "%2"</translation>
    </message>
    <message>
        <source>tcplab: running %1 for %2 s...</source>
        <translation>tcplab: running %1 for %2 s...</translation>
    </message>
    <message>
        <source>tcplab: the traffic run failed: %1</source>
        <translation>tcplab: the traffic run failed: %1</translation>
    </message>
    <message>
        <source>tcplab: --%1: %2</source>
        <translation>tcplab: --%1: %2</translation>
    </message>
    <message>
        <source>Monitor recording, %1</source>
        <translation>Monitor recording, %1</translation>
    </message>
    <message>
        <source>tcplab: the recording could not be written to %1: %2</source>
        <translation>tcplab: the recording could not be written to %1: %2</translation>
    </message>
    <message>
        <source>tcplab: cannot make the folder %1</source>
        <translation>tcplab: cannot make the folder %1</translation>
    </message>
    <message>
        <source>tcplab: --format takes html, pdf, md or csv</source>
        <translation>tcplab: --format takes html, pdf, md or csv</translation>
    </message>
    <message>
        <source>The shelf of kernels tcplab boots in virtual machines: Debian's cloud kernels (%1), fetched from the Debian archive and checked against its signed index, and kernel files of your own.</source>
        <translation>The shelf of kernels tcplab boots in virtual machines: Debian's cloud kernels (%1), fetched from the Debian archive and checked against its signed index, and kernel files of your own.</translation>
    </message>
    <message>
        <source>The kernels command.</source>
        <translation>The kernels command.</translation>
    </message>
    <message>
        <source>list (the default), fetch NAME..., add NAME FILE, or remove NAME...</source>
        <translation>list (the default), fetch NAME..., add NAME FILE, or remove NAME...</translation>
    </message>
    <message>
        <source>With add: the kernel's modules folder (/lib/modules/RELEASE).</source>
        <translation>With add: the kernel's modules folder (/lib/modules/RELEASE).</translation>
    </message>
    <message>
        <source>With list: one JSON object instead of a table.</source>
        <translation>With list: one JSON object instead of a table.</translation>
    </message>
    <message>
        <source>tcplab: kernels takes list, fetch NAME..., add NAME FILE [--modules DIR] or remove NAME...</source>
        <translation>tcplab: kernels takes list, fetch NAME..., add NAME FILE [--modules DIR] or remove NAME...</translation>
    </message>
    <message>
        <source>Kernel shelf: %1</source>
        <translation>Kernel shelf: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>not fetched</translation>
    </message>
    <message>
        <source>%1, %2, from %3</source>
        <translation>%1, %2, from %3</translation>
    </message>
    <message>
        <source>tcplab: cannot fetch %1: %2</source>
        <translation>tcplab: cannot fetch %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, package %4 %5)</source>
        <translation>%1: %2 (%3, package %4 %5)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Run on these kernels, one after the other, each in a virtual machine: host (this machine's), debian11, debian12, debian13, unstable (fetched for the shelf when missing) or a kernel file.</source>
        <translation>Run on these kernels, one after the other, each in a virtual machine: host (this machine's), debian11, debian12, debian13, unstable (fetched for the shelf when missing) or a kernel file.</translation>
    </message>
    <message>
        <source>name,...</source>
        <translation>name,...</translation>
    </message>
    <message>
        <source>tcplab: fetching %1 for the shelf...</source>
        <translation>tcplab: fetching %1 for the shelf...</translation>
    </message>
    <message>
        <source>tcplab: --kernel takes host, %1 or a kernel file, not "%2"</source>
        <translation>tcplab: --kernel takes host, %1 or a kernel file, not "%2"</translation>
    </message>
    <message numerus="yes">
        <source>tcplab: %1: running the experiment for %n second(s)...</source>
        <translation><numerusform>tcplab: %1: running the experiment for %n second...</numerusform><numerusform>tcplab: %1: running the experiment for %n seconds...</numerusform></translation>
    </message>
    <message>
        <source>tcplab: %1: the experiment failed: %2</source>
        <translation>tcplab: %1: the experiment failed: %2</translation>
    </message>
    <message>
        <source>tcplab: %1: measuring what kernel %2 does (a calibration run)...</source>
        <translation>tcplab: %1: measuring what kernel %2 does (a calibration run)...</translation>
    </message>
    <message>
        <source>the kernels side by side</source>
        <translation>the kernels side by side</translation>
    </message>
</context>
<context>
    <name>tcplab::ExperimentPanel</name>
    <message>
        <source>accept queue</source>
        <translation>accept queue</translation>
    </message>
    <message>
        <source>server SYN_RECV</source>
        <translation>server SYN_RECV</translation>
    </message>
    <message>
        <source>server ESTABLISHED</source>
        <translation>server ESTABLISHED</translation>
    </message>
    <message>
        <source>client SYN_SENT</source>
        <translation>client SYN_SENT</translation>
    </message>
    <message>
        <source>client ESTABLISHED</source>
        <translation>client ESTABLISHED</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Run the experiment (%1)</source>
        <translation>Run the experiment (%1)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Stop the run (Esc)</translation>
    </message>
    <message>
        <source>Cop&amp;y Result</source>
        <translation>Cop&amp;y Result</translation>
    </message>
    <message>
        <source>Save Result as &amp;CSV…</source>
        <translation>Save Result as &amp;CSV…</translation>
    </message>
    <message>
        <source>During the run</source>
        <translation>During the run</translation>
    </message>
    <message>
        <source>seconds since the clients started</source>
        <translation>seconds since the clients started</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>sockets</translation>
    </message>
    <message>
        <source>Choose a preset or set the fields, then run. The run takes place in a private network namespace: nothing on this host changes.</source>
        <translation>Choose a preset or set the fields, then run. The run takes place in a private network namespace: nothing on this host changes.</translation>
    </message>
    <message>
        <source>%1 — %2 s of about %3 s</source>
        <translation>%1 — %2 s of about %3 s</translation>
    </message>
    <message>
        <source>the experiment's server</source>
        <translation>the experiment's server</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Finished in %1 s.</translation>
    </message>
    <message>
        <source>The run did not finish.</source>
        <translation>The run did not finish.</translation>
    </message>
    <message>
        <source>Save Result</source>
        <translation>Save Result</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <source>Where the run happens: this machine's kernel in a private network namespace, a kernel from the shelf in a small virtual machine, or the same run on this machine and every shelf kernel, side by side.</source>
        <translation>Where the run happens: this machine's kernel in a private network namespace, a kernel from the shelf in a small virtual machine, or the same run on this machine and every shelf kernel, side by side.</translation>
    </message>
    <message>
        <source>Shelf…</source>
        <translation>Shelf…</translation>
    </message>
    <message>
        <source>Fetch, add and remove kernels (%1)</source>
        <translation>Fetch, add and remove kernels (%1)</translation>
    </message>
    <message>
        <source>This machine (Linux %1)</source>
        <translation>This machine (Linux %1)</translation>
    </message>
    <message>
        <source>%1 (Linux %2, virtual machine)</source>
        <translation>%1 (Linux %2, virtual machine)</translation>
    </message>
    <message numerus="yes">
        <source>Compare kernels: this machine and the %n on the shelf</source>
        <translation><numerusform>Compare kernels: this machine and the %n on the shelf</numerusform><numerusform>Compare kernels: this machine and the %n on the shelf</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Finished on %n kernel(s).</source>
        <translation><numerusform>Finished on %n kernel.</numerusform><numerusform>Finished on %n kernels.</numerusform></translation>
    </message>
    <message>
        <source>Finished; %1 of %2 runs did not complete (see the notes).</source>
        <translation>Finished; %1 of %2 runs did not complete (see the notes).</translation>
    </message>
    <message>
        <source>Finished in %1 s on %2 (Linux %3), in a virtual machine run by %4.</source>
        <translation>Finished in %1 s on %2 (Linux %3), in a virtual machine run by %4.</translation>
    </message>
    <message>
        <source>Ran on %1 (Linux %2) in a virtual machine with %3: %4</source>
        <translation>Ran on %1 (Linux %2) in a virtual machine with %3: %4</translation>
    </message>
</context>
<context>
    <name>tcplab::ExperimentSettingsForm</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <source>&amp;Backlog:</source>
        <translation>&amp;Backlog:</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>&amp;Clients:</translation>
    </message>
    <message>
        <source>Late clients:</source>
        <translation>Late clients:</translation>
    </message>
    <message>
        <source>&amp;somaxconn:</source>
        <translation>&amp;somaxconn:</translation>
    </message>
    <message>
        <source>tcp_&amp;max_syn_backlog:</source>
        <translation>tcp_&amp;max_syn_backlog:</translation>
    </message>
    <message>
        <source>tcp_sync&amp;ookies:</source>
        <translation>tcp_sync&amp;ookies:</translation>
    </message>
    <message>
        <source>tcp_&amp;abort_on_overflow:</source>
        <translation>tcp_&amp;abort_on_overflow:</translation>
    </message>
    <message>
        <source>tcp_synack_&amp;retries:</source>
        <translation>tcp_synack_&amp;retries:</translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation>Accept:</translation>
    </message>
    <message>
        <source>Client &amp;timeout:</source>
        <translation>Client &amp;timeout:</translation>
    </message>
    <message>
        <source>&amp;Observe:</source>
        <translation>&amp;Observe:</translation>
    </message>
    <message>
        <source>&amp;Host loopback:</source>
        <translation>&amp;Host loopback:</translation>
    </message>
    <message>
        <source>T&amp;wo hosts:</source>
        <translation>T&amp;wo hosts:</translation>
    </message>
    <message>
        <source>Backlog passed to listen():</source>
        <translation>Backlog passed to listen():</translation>
    </message>
    <message>
        <source>Clients connecting at once:</source>
        <translation>Clients connecting at once:</translation>
    </message>
    <message>
        <source>Half-open clients (started first):</source>
        <translation>Half-open clients (started first):</translation>
    </message>
    <message>
        <source>They complete after (ms, -1 never):</source>
        <translation>They complete after (ms, -1 never):</translation>
    </message>
    <message>
        <source>net.core.somaxconn:</source>
        <translation>net.core.somaxconn:</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_max_syn_backlog:</source>
        <translation>net.ipv4.tcp_max_syn_backlog:</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_syncookies:</source>
        <translation>net.ipv4.tcp_syncookies:</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_abort_on_overflow:</source>
        <translation>net.ipv4.tcp_abort_on_overflow:</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_synack_retries:</source>
        <translation>net.ipv4.tcp_synack_retries:</translation>
    </message>
    <message>
        <source>The server calls accept():</source>
        <translation>The server calls accept():</translation>
    </message>
    <message>
        <source>Delay between accept() calls (ms):</source>
        <translation>Delay between accept() calls (ms):</translation>
    </message>
    <message>
        <source>Observe for (s):</source>
        <translation>Observe for (s):</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>namespace default</source>
        <translation>namespace default</translation>
    </message>
    <message>
        <source>never (a SYN flood)</source>
        <translation>never (a SYN flood)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>When the late clients start to see the server's SYN-ACK and complete their handshakes</source>
        <translation>When the late clients start to see the server's SYN-ACK and complete their handshakes</translation>
    </message>
    <message>
        <source>Half-open clients started before the others; they ignore the SYN-ACK for a while</source>
        <translation>Half-open clients started before the others; they ignore the SYN-ACK for a while</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>0: off</source>
        <translation>0: off</translation>
    </message>
    <message>
        <source>1: when the SYN queue is full</source>
        <translation>1: when the SYN queue is full</translation>
    </message>
    <message>
        <source>2: always</source>
        <translation>2: always</translation>
    </message>
    <message>
        <source>0: drop the final ACK</source>
        <translation>0: drop the final ACK</translation>
    </message>
    <message>
        <source>1: reset the connection</source>
        <translation>1: reset the connection</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>one every</source>
        <translation>one every</translation>
    </message>
    <message>
        <source>slowly, one at a time</source>
        <translation>slowly, one at a time</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>at once</translation>
    </message>
    <message>
        <source>this host's settings, no sandbox</source>
        <translation>this host's settings, no sandbox</translation>
    </message>
    <message>
        <source>server and clients on two hosts joined by a link</source>
        <translation>server and clients on two hosts joined by a link</translation>
    </message>
    <message>
        <source>As in the lab log, where the server and the client were two machines: each host's socket states and counters are read apart (sandbox only)</source>
        <translation>As in the lab log, where the server and the client were two machines: each host's socket states and counters are read apart (sandbox only)</translation>
    </message>
</context>
<context>
    <name>tcplab::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>%1 × %2 mm when printed</source>
        <translation>%1 × %2 mm when printed</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>Choose a file in an existing folder.</translation>
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
    <name>tcplab::HistoryWindow</name>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Prometheus History</source>
        <translation>Prometheus History</translation>
    </message>
    <message>
        <source>&amp;Prometheus:</source>
        <translation>&amp;Prometheus:</translation>
    </message>
    <message>
        <source>The Prometheus server that scrapes the node_exporters, e.g. http://host:9090 (add servers under View ▸ Remote Hosts)</source>
        <translation>The Prometheus server that scrapes the node_exporters, e.g. http://host:9090 (add servers under View ▸ Remote Hosts)</translation>
    </message>
    <message>
        <source>http://host:9090</source>
        <translation>http://host:9090</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instances:</translation>
    </message>
    <message>
        <source>host:9100, other-host:9100</source>
        <translation>host:9100, other-host:9100</translation>
    </message>
    <message>
        <source>The node_exporter instances to chart side by side, as Prometheus labels them, separated by commas or spaces</source>
        <translation>The node_exporter instances to chart side by side, as Prometheus labels them, separated by commas or spaces</translation>
    </message>
    <message>
        <source>&amp;Span:</source>
        <translation>&amp;Span:</translation>
    </message>
    <message>
        <source>How far back to read, up to now</source>
        <translation>How far back to read, up to now</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Read the history of every instance (Ctrl+O)</source>
        <translation>Read the history of every instance (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Give a Prometheus server and one or more node_exporter instances, then Open: each instance gets a column of charts, all on the same time range.</source>
        <translation>Give a Prometheus server and one or more node_exporter instances, then Open: each instance gets a column of charts, all on the same time range.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3 at a step of %4 s</source>
        <translation>%1 (%2), %3 at a step of %4 s</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n gap(s)</source>
        <translation><numerusform>, %n gap</numerusform><numerusform>, %n gaps</numerusform></translation>
    </message>
    <message>
        <source>Reading %1 of %2: %3 …</source>
        <translation>Reading %1 of %2: %3 …</translation>
    </message>
    <message>
        <source>Done: %1 of %2 instances read from %3.</source>
        <translation>Done: %1 of %2 instances read from %3.</translation>
    </message>
    <message>
        <source>Read %1 of %2 instances from %3; the others failed:</source>
        <translation>Read %1 of %2 instances from %3; the others failed:</translation>
    </message>
</context>
<context>
    <name>tcplab::HostsDialog</name>
    <message>
        <source>%1 (SSH)</source>
        <translation>%1 (SSH)</translation>
    </message>
    <message>
        <source>%1 (node_exporter)</source>
        <translation>%1 (node_exporter)</translation>
    </message>
    <message>
        <source>Remote Hosts</source>
        <translation>Remote Hosts</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>SSH host</translation>
    </message>
    <message>
        <source>node_exporter</source>
        <translation>node_exporter</translation>
    </message>
    <message>
        <source>user@host or [host]:port</source>
        <translation>user@host or [host]:port</translation>
    </message>
    <message>
        <source>http://host:9100/metrics</source>
        <translation>http://host:9100/metrics</translation>
    </message>
    <message>
        <source>a host is an SSH destination, a node_exporter or a Prometheus server address</source>
        <translation>a host is an SSH destination, a node_exporter or a Prometheus server address</translation>
    </message>
    <message>
        <source>%1 (Prometheus)</source>
        <translation>%1 (Prometheus)</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation>Prometheus server</translation>
    </message>
    <message>
        <source>SSH hosts are read with your own ssh setup (keys, agent, ~/.ssh/config, known_hosts); tcplab never asks for or keeps a password. On a Linux host like this one it copies tcplab-agent into ~/.cache/tcplab there (checked by its SHA-256); elsewhere it reads /proc with a shell loop. A node_exporter is read over HTTP from its /metrics page. Test reads the chosen SSH host or node_exporter once. A Prometheus server is not watched live: File ▸ Open Prometheus History charts what it recorded of its node_exporters.</source>
        <translation>SSH hosts are read with your own ssh setup (keys, agent, ~/.ssh/config, known_hosts); tcplab never asks for or keeps a password. On a Linux host like this one it copies tcplab-agent into ~/.cache/tcplab there (checked by its SHA-256); elsewhere it reads /proc with a shell loop. A node_exporter is read over HTTP from its /metrics page. Test reads the chosen SSH host or node_exporter once. A Prometheus server is not watched live: File ▸ Open Prometheus History charts what it recorded of its node_exporters.</translation>
    </message>
    <message>
        <source>http://host:9090</source>
        <translation>http://host:9090</translation>
    </message>
    <message>
        <source>A Prometheus server is opened with File ▸ Open Prometheus History</source>
        <translation>A Prometheus server is opened with File ▸ Open Prometheus History</translation>
    </message>
    <message>
        <source>Read the chosen host once and show what came back</source>
        <translation>Read the chosen host once and show what came back</translation>
    </message>
</context>
<context>
    <name>tcplab::KernelComparisonView</name>
    <message numerus="yes">
        <source>%n kernel(s) measured</source>
        <translation><numerusform>%n kernel measured</numerusform><numerusform>%n kernels measured</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) differ between kernels (amber)</source>
        <translation><numerusform>%n figure differs between kernels (amber)</numerusform><numerusform>%n figures differ between kernels (amber)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) outside the model (red)</source>
        <translation><numerusform>%n measurement outside the model (red)</numerusform><numerusform>%n measurements outside the model (red)</numerusform></translation>
    </message>
</context>
<context>
    <name>tcplab::KernelShelfDialog</name>
    <message>
        <source>Could not fetch %1: %2.</source>
        <translation>Could not fetch %1: %2.</translation>
    </message>
    <message>
        <source>Kernel Shelf</source>
        <translation>Kernel Shelf</translation>
    </message>
    <message>
        <source>The kernels tcplab can boot in a virtual machine. Fetch takes one of Debian's cloud kernels from the Debian archive through apt and checks it against the archive's signed index; Add Kernel File puts a kernel of your own on the shelf: a bzImage such as /boot/vmlinuz-RELEASE, and optionally its modules folder. Shelf: %1</source>
        <translation>The kernels tcplab can boot in a virtual machine. Fetch takes one of Debian's cloud kernels from the Debian archive through apt and checks it against the archive's signed index; Add Kernel File puts a kernel of your own on the shelf: a bzImage such as /boot/vmlinuz-RELEASE, and optionally its modules folder. Shelf: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kernel release</source>
        <translation>Kernel release</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>What `uname -r` says on the kernel</source>
        <translation>What `uname -r` says on the kernel</translation>
    </message>
    <message>
        <source>The Debian package's version</source>
        <translation>The Debian package's version</translation>
    </message>
    <message>
        <source>What the kernel takes on disk: its image and the modules a run may load</source>
        <translation>What the kernel takes on disk: its image and the modules a run may load</translation>
    </message>
    <message>
        <source>Whether the SYN queue's limit was measured on this release by a calibration run</source>
        <translation>Whether the SYN queue's limit was measured on this release by a calibration run</translation>
    </message>
    <message>
        <source>Download the chosen Debian kernel from the archive, or its newest build again</source>
        <translation>Download the chosen Debian kernel from the archive, or its newest build again</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Stop the fetch under way (Esc); the shelf stays as it was</source>
        <translation>Stop the fetch under way (Esc); the shelf stays as it was</translation>
    </message>
    <message>
        <source>&amp;Add Kernel File…</source>
        <translation>&amp;Add Kernel File…</translation>
    </message>
    <message>
        <source>Put a kernel image of your own (a bzImage) on the shelf</source>
        <translation>Put a kernel image of your own (a bzImage) on the shelf</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Delete the chosen kernel's folder from the shelf (Delete)</source>
        <translation>Delete the chosen kernel's folder from the shelf (Delete)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>A calibration run on this kernel has not measured its SYN queue yet; the kernel model uses its version rule</source>
        <translation>A calibration run on this kernel has not measured its SYN queue yet; the kernel model uses its version rule</translation>
    </message>
    <message>
        <source>not yet measured</source>
        <translation>not yet measured</translation>
    </message>
    <message>
        <source>Measured on %1: a SYN queue holds backlog + %2 requests</source>
        <translation>Measured on %1: a SYN queue holds backlog + %2 requests</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>fetching…</translation>
    </message>
    <message>
        <source>not on the shelf</source>
        <translation>not on the shelf</translation>
    </message>
    <message>
        <source>%1, fetching again…</source>
        <translation>%1, fetching again…</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel(s) on the shelf.</source>
        <translation><numerusform>%n kernel on the shelf.</numerusform><numerusform>%n kernels on the shelf.</numerusform></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Fetching %1…</translation>
    </message>
    <message>
        <source>Cancelling the fetch of %1…</source>
        <translation>Cancelling the fetch of %1…</translation>
    </message>
    <message>
        <source>%1 is on the shelf.</source>
        <translation>%1 is on the shelf.</translation>
    </message>
    <message>
        <source>The fetch of %1 was cancelled; the shelf is as it was.</source>
        <translation>The fetch of %1 was cancelled; the shelf is as it was.</translation>
    </message>
    <message>
        <source>%1 was removed from the shelf.</source>
        <translation>%1 was removed from the shelf.</translation>
    </message>
    <message>
        <source>&amp;Fetch Again</source>
        <translation>&amp;Fetch Again</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <source>%1 is not one of the kernels the shelf can fetch.</source>
        <translation>%1 is not one of the kernels the shelf can fetch.</translation>
    </message>
    <message>
        <source>A kernel on the shelf needs a name.</source>
        <translation>A kernel on the shelf needs a name.</translation>
    </message>
    <message>
        <source>“%1” cannot name a kernel: it is the name of a kernel of the catalogue.</source>
        <translation>“%1” cannot name a kernel: it is the name of a kernel of the catalogue.</translation>
    </message>
    <message>
        <source>“%1” cannot name a kernel: it stands for this machine's own kernel.</source>
        <translation>“%1” cannot name a kernel: it stands for this machine's own kernel.</translation>
    </message>
    <message>
        <source>“%1” cannot name a kernel: a name has 1 to 64 letters, digits, dots, dashes and underscores, and starts with a letter or digit.</source>
        <translation>“%1” cannot name a kernel: a name has 1 to 64 letters, digits, dots, dashes and underscores, and starts with a letter or digit.</translation>
    </message>
    <message>
        <source>Add Kernel File</source>
        <translation>Add Kernel File</translation>
    </message>
    <message>
        <source>Linux kernel images (vmlinuz* bzImage*);;All files (*)</source>
        <translation>Linux kernel images (vmlinuz* bzImage*);;All files (*)</translation>
    </message>
    <message>
        <source>Could not add %1: %2.</source>
        <translation>Could not add %1: %2.</translation>
    </message>
    <message>
        <source>Modules of %1</source>
        <translation>Modules of %1</translation>
    </message>
    <message>
        <source>Does the kernel %1 come with a modules folder? A run loads veth, sch_tbf and sch_netem from it when the kernel does not have them built in.</source>
        <translation>Does the kernel %1 come with a modules folder? A run loads veth, sch_tbf and sch_netem from it when the kernel does not have them built in.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Use %1</translation>
    </message>
    <message>
        <source>C&amp;hoose Folder…</source>
        <translation>C&amp;hoose Folder…</translation>
    </message>
    <message>
        <source>&amp;No Modules</source>
        <translation>&amp;No Modules</translation>
    </message>
    <message>
        <source>Modules Folder of %1</source>
        <translation>Modules Folder of %1</translation>
    </message>
    <message>
        <source>A name for %1 on the shelf: letters, digits, dots, dashes and underscores.</source>
        <translation>A name for %1 on the shelf: letters, digits, dots, dashes and underscores.</translation>
    </message>
    <message>
        <source>Name the Kernel</source>
        <translation>Name the Kernel</translation>
    </message>
    <message>
        <source>Replace Kernel</source>
        <translation>Replace Kernel</translation>
    </message>
    <message>
        <source>%1 is on the shelf already. Replace it?</source>
        <translation>%1 is on the shelf already. Replace it?</translation>
    </message>
    <message>
        <source>%1 is not on the shelf.</source>
        <translation>%1 is not on the shelf.</translation>
    </message>
    <message>
        <source>%1 is being fetched: cancel the fetch first.</source>
        <translation>%1 is being fetched: cancel the fetch first.</translation>
    </message>
    <message>
        <source>Fetch brings it back.</source>
        <translation>Fetch brings it back.</translation>
    </message>
    <message>
        <source>The file it was copied from, %1, stays where it is.</source>
        <translation>The file it was copied from, %1, stays where it is.</translation>
    </message>
    <message>
        <source>Remove Kernel</source>
        <translation>Remove Kernel</translation>
    </message>
    <message>
        <source>Remove %1 from the shelf? Its folder %2 is deleted. %3</source>
        <translation>Remove %1 from the shelf? Its folder %2 is deleted. %3</translation>
    </message>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>Could not remove %1: %2.</translation>
    </message>
</context>
<context>
    <name>tcplab::LessonWizard</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Choose a lesson</translation>
    </message>
    <message>
        <source>Each lesson asks a question, lets you predict the answer, runs the experiment and compares.</source>
        <translation>Each lesson asks a question, lets you predict the answer, runs the experiment and compares.</translation>
    </message>
    <message>
        <source>The question and what you need to know, in Japanese and English.</source>
        <translation>The question and what you need to know, in Japanese and English.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>What the experiment will do. Change any number to try your own; -1 keeps the sandbox's default.</source>
        <translation>What the experiment will do. Change any number to try your own; -1 keeps the sandbox's default.</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Your prediction</translation>
    </message>
    <message>
        <source>Write down what you expect before the run. The numbers are for the end of the observation.</source>
        <translation>Write down what you expect before the run. The numbers are for the end of the observation.</translation>
    </message>
    <message>
        <source>Connections the server holds (ESTABLISHED):</source>
        <translation>Connections the server holds (ESTABLISHED):</translation>
    </message>
    <message>
        <source>Half-open on the server (SYN_RECV):</source>
        <translation>Half-open on the server (SYN_RECV):</translation>
    </message>
    <message>
        <source>Clients that connect:</source>
        <translation>Clients that connect:</translation>
    </message>
    <message>
        <source>What the other clients see:</source>
        <translation>What the other clients see:</translation>
    </message>
    <message>
        <source>The counter that moves:</source>
        <translation>The counter that moves:</translation>
    </message>
    <message>
        <source>By how much:</source>
        <translation>By how much:</translation>
    </message>
    <message>
        <source>all of them connect</source>
        <translation>all of them connect</translation>
    </message>
    <message>
        <source>they wait and time out</source>
        <translation>they wait and time out</translation>
    </message>
    <message>
        <source>they are reset</source>
        <translation>they are reset</translation>
    </message>
    <message>
        <source>they are refused</source>
        <translation>they are refused</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>The run</translation>
    </message>
    <message>
        <source>The experiment runs in a private network namespace; the picture shows the listener's queues as they fill.</source>
        <translation>The experiment runs in a private network namespace; the picture shows the listener's queues as they fill.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Prediction, model and measurement</source>
        <translation>Prediction, model and measurement</translation>
    </message>
    <message>
        <source>Where they differ, the last column and the notes below say why.</source>
        <translation>Where they differ, the last column and the notes below say why.</translation>
    </message>
    <message>
        <source>Every figure the kernel model predicts:</source>
        <translation>Every figure the kernel model predicts:</translation>
    </message>
    <message>
        <source>Run again with my own numbers</source>
        <translation>Run again with my own numbers</translation>
    </message>
    <message>
        <source>Your guess first, then the checklist of this machine, refreshed with every sample.</source>
        <translation>Your guess first, then the checklist of this machine, refreshed with every sample.</translation>
    </message>
    <message>
        <source>Verdict you expect for errors and retransmissions:</source>
        <translation>Verdict you expect for errors and retransmissions:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Model expects</source>
        <translation>Model expects</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Your prediction matches the measurement.</source>
        <translation>Your prediction matches the measurement.</translation>
    </message>
    <message>
        <source>Server: ESTABLISHED</source>
        <translation>Server: ESTABLISHED</translation>
    </message>
    <message>
        <source>Server: SYN_RECV</source>
        <translation>Server: SYN_RECV</translation>
    </message>
    <message>
        <source>Clients connected</source>
        <translation>Clients connected</translation>
    </message>
    <message>
        <source>As you predicted.</source>
        <translation>As you predicted.</translation>
    </message>
    <message>
        <source>Not what you predicted: the clients saw %1.</source>
        <translation>Not what you predicted: the clients saw %1.</translation>
    </message>
    <message>
        <source>Clients see</source>
        <translation>Clients see</translation>
    </message>
    <message>
        <source>Your prediction against the measurement</source>
        <translation>Your prediction against the measurement</translation>
    </message>
    <message>
        <source>Every figure you predicted was right.</source>
        <translation>Every figure you predicted was right.</translation>
    </message>
    <message>
        <source>What the kernel model says, and every difference from it</source>
        <translation>What the kernel model says, and every difference from it</translation>
    </message>
    <message>
        <source>tcplab lessons</source>
        <translation>tcplab lessons</translation>
    </message>
    <message>
        <source>the lesson's server</source>
        <translation>the lesson's server</translation>
    </message>
    <message>
        <source>Finished in %1 s. Go on to compare.</source>
        <translation>Finished in %1 s. Go on to compare.</translation>
    </message>
    <message>
        <source>The run did not finish: %1</source>
        <translation>The run did not finish: %1</translation>
    </message>
    <message>
        <source>SYN-ACK retransmissions</source>
        <translation>SYN-ACK retransmissions</translation>
    </message>
    <message>
        <source>With tcp_synack_retries = %1 the server's timer resends each SYN-ACK at %2 s after the SYN; %3 of these fall inside the %4 s window.</source>
        <translation>With tcp_synack_retries = %1 the server's timer resends each SYN-ACK at %2 s after the SYN; %3 of these fall inside the %4 s window.</translation>
    </message>
    <message>
        <source>Each of the %1 half-open clients also resends its own SYN %2 times in the window. The server answers every resent SYN with a SYN-ACK at once and restarts its timer, so TcpExt.TCPSynRetrans, which counts both ends, should grow by %3.</source>
        <translation>Each of the %1 half-open clients also resends its own SYN %2 times in the window. The server answers every resent SYN with a SYN-ACK at once and restarts its timer, so TcpExt.TCPSynRetrans, which counts both ends, should grow by %3.</translation>
    </message>
    <message>
        <source>Measured: TcpExt.TCPSynRetrans grew by %1 (%2), as expected.</source>
        <translation>Measured: TcpExt.TCPSynRetrans grew by %1 (%2), as expected.</translation>
    </message>
    <message>
        <source>Measured: TcpExt.TCPSynRetrans grew by %1 (%2), outside the expected %3.</source>
        <translation>Measured: TcpExt.TCPSynRetrans grew by %1 (%2), outside the expected %3.</translation>
    </message>
    <message>
        <source>SYN-ACK resends per request:</source>
        <translation>SYN-ACK resends per request:</translation>
    </message>
    <message>
        <source>The measurement is %1 more than you predicted. The kernel model gives no figure for this; the notes below say what it depends on.</source>
        <translation>The measurement is %1 more than you predicted. The kernel model gives no figure for this; the notes below say what it depends on.</translation>
    </message>
    <message>
        <source>The measurement is %1 less than you predicted. The kernel model gives no figure for this; the notes below say what it depends on.</source>
        <translation>The measurement is %1 less than you predicted. The kernel model gives no figure for this; the notes below say what it depends on.</translation>
    </message>
    <message>
        <source>The measurement is %1 more than you predicted. The kernel did what the model says (%2); the model's notes below give the rule.</source>
        <translation>The measurement is %1 more than you predicted. The kernel did what the model says (%2); the model's notes below give the rule.</translation>
    </message>
    <message>
        <source>The measurement is %1 less than you predicted. The kernel did what the model says (%2); the model's notes below give the rule.</source>
        <translation>The measurement is %1 less than you predicted. The kernel did what the model says (%2); the model's notes below give the rule.</translation>
    </message>
    <message>
        <source>The measurement is %1 more than you predicted, and outside the model's range too (%2): see the notes on differences below.</source>
        <translation>The measurement is %1 more than you predicted, and outside the model's range too (%2): see the notes on differences below.</translation>
    </message>
    <message>
        <source>The measurement is %1 less than you predicted, and outside the model's range too (%2): see the notes on differences below.</source>
        <translation>The measurement is %1 less than you predicted, and outside the model's range too (%2): see the notes on differences below.</translation>
    </message>
    <message>
        <source>SYN-ACK resends per request</source>
        <translation>SYN-ACK resends per request</translation>
    </message>
    <message>
        <source>Your prediction matches the server's timer.</source>
        <translation>Your prediction matches the server's timer.</translation>
    </message>
    <message>
        <source>The server's timer resends at %1 s after the SYN; in the %3 s window that makes %2.</source>
        <translation>The server's timer resends at %1 s after the SYN; in the %3 s window that makes %2.</translation>
    </message>
    <message>
        <source>Finished: %1 packets a second into the server host during the put, %2 out of it during the get. Go on to compare.</source>
        <translation>Finished: %1 packets a second into the server host during the put, %2 out of it during the get. Go on to compare.</translation>
    </message>
    <message>
        <source>Write down what you expect for the server host before the run: its packet rates, the put's throughput and the ACKs it sends back.</source>
        <translation>Write down what you expect for the server host before the run: its packet rates, the put's throughput and the ACKs it sends back.</translation>
    </message>
    <message>
        <source>Packets a second into the server host during the put:</source>
        <translation>Packets a second into the server host during the put:</translation>
    </message>
    <message>
        <source>Packets a second out of the server host during the get:</source>
        <translation>Packets a second out of the server host during the get:</translation>
    </message>
    <message>
        <source>Mbps into the server host during the put:</source>
        <translation>Mbps into the server host during the put:</translation>
    </message>
    <message>
        <source>ACK packets sent back for every 100 data packets:</source>
        <translation>ACK packets sent back for every 100 data packets:</translation>
    </message>
    <message>
        <source>The link, fixed for this lesson</source>
        <translation>The link, fixed for this lesson</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>MTU:</source>
        <translation>MTU:</translation>
    </message>
    <message>
        <source>Each phase:</source>
        <translation>Each phase:</translation>
    </message>
    <message>
        <source>%1 Mbit/s, full duplex</source>
        <translation>%1 Mbit/s, full duplex</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 s (the put, then the get)</source>
        <translation>%1 s (the put, then the get)</translation>
    </message>
    <message>
        <source>Two private network namespaces, the server host and the client host, joined by a link of %1 Mbit/s with an MTU of %2.</source>
        <translation>Two private network namespaces, the server host and the client host, joined by a link of %1 Mbit/s with an MTU of %2.</translation>
    </message>
    <message>
        <source>1. The put: the client host sends data to the server host for %1 s.
2. The get: the client host fetches data from the server host for %1 s.

Each host's interface counters are read before and after each phase, as the 2004 checklist read netstat: packets and bytes each way, per second.</source>
        <translation>1. The put: the client host sends data to the server host for %1 s.
2. The get: the client host fetches data from the server host for %1 s.

Each host's interface counters are read before and after each phase, as the 2004 checklist read netstat: packets and bytes each way, per second.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Prediction, the 2004 document and measurement</source>
        <translation>Prediction, the 2004 document and measurement</translation>
    </message>
    <message>
        <source>A prediction more than 20 % away from the measurement is marked; the text below says where the numbers come from.</source>
        <translation>A prediction more than 20 % away from the measurement is marked; the text below says where the numbers come from.</translation>
    </message>
    <message>
        <source>Predict and run again</source>
        <translation>Predict and run again</translation>
    </message>
    <message>
        <source>2004 document</source>
        <translation>2004 document</translation>
    </message>
    <message>
        <source>Measured here</source>
        <translation>Measured here</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Server host, put: packets/s in</source>
        <translation>Server host, put: packets/s in</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>Server host, get: packets/s out</source>
        <translation>Server host, get: packets/s out</translation>
    </message>
    <message>
        <source>Put: Mbps into the server host</source>
        <translation>Put: Mbps into the server host</translation>
    </message>
    <message>
        <source>about %1 (peak %2)</source>
        <translation>about %1 (peak %2)</translation>
    </message>
    <message>
        <source>Put: ACK packets per 100 data packets</source>
        <translation>Put: ACK packets per 100 data packets</translation>
    </message>
    <message>
        <source>about %1 (%2 out for %3 in)</source>
        <translation>about %1 (%2 out for %3 in)</translation>
    </message>
    <message>
        <source>More than 20 % away from the measurement</source>
        <translation>More than 20 % away from the measurement</translation>
    </message>
    <message>
        <source>Why about %3 frames a second fill the link: %1 Mbit/s is %2 bytes a second, and a full frame is the %4-byte IP packet plus the 14-byte Ethernet header, %5 bytes; %2 ÷ %5 ≈ %3. On a real cable each frame also takes 24 bytes of preamble, checksum and gap, which leaves about %6. Measured here: %7 packets a second of %8 bytes into the server host during the put.</source>
        <translation>Why about %3 frames a second fill the link: %1 Mbit/s is %2 bytes a second, and a full frame is the %4-byte IP packet plus the 14-byte Ethernet header, %5 bytes; %2 ÷ %5 ≈ %3. On a real cable each frame also takes 24 bytes of preamble, checksum and gap, which leaves about %6. Measured here: %7 packets a second of %8 bytes into the server host during the put.</translation>
    </message>
    <message>
        <source>Why packets flow the other way too: the receiver acknowledges the data with ACK packets. It does not answer each data packet on its own; one ACK covers several segments that arrived together. During the put the server host sent %1 ACKs for every 100 data packets, each of %2 bytes (Ethernet, IP and TCP headers and no data): they raise the packet count but carry only %3 Mbps. The 2004 host sent about 1,000 packets a second back while it received about 6,000.</source>
        <translation>Why packets flow the other way too: the receiver acknowledges the data with ACK packets. It does not answer each data packet on its own; one ACK covers several segments that arrived together. During the put the server host sent %1 ACKs for every 100 data packets, each of %2 bytes (Ethernet, IP and TCP headers and no data): they raise the packet count but carry only %3 Mbps. The 2004 host sent about 1,000 packets a second back while it received about 6,000.</translation>
    </message>
    <message>
        <source>Why the put and the get are alike here: %1 packets a second came in during the put and %2 went out during the get. Both hosts are network namespaces of the same kernel and the data comes from memory and goes to memory, so only the link's rate limits either direction. The document measured two different machines running ftp, with disks on both ends (its host waited for disk I/O up to about 30 % of the time), so its put reached about 6,000 packets a second (about 80 Mbps) and its get about 7,600 (close to 100 Mbps).</source>
        <translation>Why the put and the get are alike here: %1 packets a second came in during the put and %2 went out during the get. Both hosts are network namespaces of the same kernel and the data comes from memory and goes to memory, so only the link's rate limits either direction. The document measured two different machines running ftp, with disks on both ends (its host waited for disk I/O up to about 30 % of the time), so its put reached about 6,000 packets a second (about 80 Mbps) and its get about 7,600 (close to 100 Mbps).</translation>
    </message>
    <message>
        <source>Why the document's Table 4 method gives more: it adds 66 bytes to every packet's average size, but the interface's byte count already holds the 14-byte Ethernet header and a real frame needs only 24 bytes more on the cable. For this put the method gives %1 Mbps, the interface's byte count %2 Mbps and the count with 24 bytes of wire overhead per frame %3 Mbps: the method's figure is more than the link can carry.</source>
        <translation>Why the document's Table 4 method gives more: it adds 66 bytes to every packet's average size, but the interface's byte count already holds the 14-byte Ethernet header and a real frame needs only 24 bytes more on the cable. For this put the method gives %1 Mbps, the interface's byte count %2 Mbps and the count with 24 bytes of wire overhead per frame %3 Mbps: the method's figure is more than the link can carry.</translation>
    </message>
    <message>
        <source>The link here is emulated: a veth pair joins the two hosts' network namespaces, each end sends through a tbf queue that lets out %1 Mbit/s and no more, the MTU is %2, and the offloads (TSO, GSO, GRO) are off, so that every packet is one frame as on a real network card. Each direction has its own queue, as on a full-duplex link, and nothing else shares it.</source>
        <translation>The link here is emulated: a veth pair joins the two hosts' network namespaces, each end sends through a tbf queue that lets out %1 Mbit/s and no more, the MTU is %2, and the offloads (TSO, GSO, GRO) are off, so that every packet is one frame as on a real network card. Each direction has its own queue, as on a full-duplex link, and nothing else shares it.</translation>
    </message>
    <message>
        <source>The document's rule of thumb allows a 100 Mbps full-duplex link about 80 % of its rate, 80 Mbps; the checklist marks a direction that reaches that share. Here the transfer fills the emulated link to %1 % of its rate, so the checklist's verdicts below show that the link is the bottleneck.</source>
        <translation>The document's rule of thumb allows a 100 Mbps full-duplex link about 80 % of its rate, 80 Mbps; the checklist marks a direction that reaches that share. Here the transfer fills the emulated link to %1 % of its rate, so the checklist's verdicts below show that the link is the bottleneck.</translation>
    </message>
    <message>
        <source>Where the numbers come from</source>
        <translation>Where the numbers come from</translation>
    </message>
    <message>
        <source>The checklist's verdicts for the server host</source>
        <translation>The checklist's verdicts for the server host</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Packets/s</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <source>Share of the link</source>
        <translation>Share of the link</translation>
    </message>
    <message>
        <source>Throughput verdict</source>
        <translation>Throughput verdict</translation>
    </message>
    <message>
        <source>Retransmitted</source>
        <translation>Retransmitted</translation>
    </message>
    <message>
        <source>put</source>
        <translation>put</translation>
    </message>
    <message>
        <source>get</source>
        <translation>get</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Where this kernel is known to differ from the model</source>
        <translation>Where this kernel is known to differ from the model</translation>
    </message>
    <message>
        <source>Four kernels, side by side</source>
        <translation>Four kernels, side by side</translation>
    </message>
    <message>
        <source>Your prediction beside each kernel's model and measurement, then every figure; amber rows differ between kernels.</source>
        <translation>Your prediction beside each kernel's model and measurement, then every figure; amber rows differ between kernels.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>SYN_RECV
yours</source>
        <translation>SYN_RECV
yours</translation>
    </message>
    <message>
        <source>SYN_RECV
model</source>
        <translation>SYN_RECV
model</translation>
    </message>
    <message>
        <source>SYN_RECV
measured</source>
        <translation>SYN_RECV
measured</translation>
    </message>
    <message>
        <source>SYN retransmissions
yours</source>
        <translation>SYN retransmissions
yours</translation>
    </message>
    <message>
        <source>SYN retransmissions
model</source>
        <translation>SYN retransmissions
model</translation>
    </message>
    <message>
        <source>SYN retransmissions
measured</source>
        <translation>SYN retransmissions
measured</translation>
    </message>
    <message>
        <source>Your prediction, kernel by kernel</source>
        <translation>Your prediction, kernel by kernel</translation>
    </message>
    <message>
        <source>Write down what you expect on each kernel before the runs. The numbers are for the end of the observation.</source>
        <translation>Write down what you expect on each kernel before the runs. The numbers are for the end of the observation.</translation>
    </message>
    <message>
        <source>Half-open on the server (SYN_RECV)</source>
        <translation>Half-open on the server (SYN_RECV)</translation>
    </message>
    <message>
        <source>Growth of TcpExt.TCPSynRetrans</source>
        <translation>Growth of TcpExt.TCPSynRetrans</translation>
    </message>
    <message>
        <source>Fetching %1: %2</source>
        <translation>Fetching %1: %2</translation>
    </message>
    <message>
        <source>on the shelf: Linux %1, verified</source>
        <translation>on the shelf: Linux %1, verified</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 could not be fetched: %2</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>The download was cancelled.</translation>
    </message>
    <message>
        <source>measuring the kernel's traits, then running…</source>
        <translation>measuring the kernel's traits, then running…</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <source>done: Linux %1, %2</source>
        <translation>done: Linux %1, %2</translation>
    </message>
    <message>
        <source>did not finish: %1</source>
        <translation>did not finish: %1</translation>
    </message>
    <message>
        <source>Finished. Go on to compare.</source>
        <translation>Finished. Go on to compare.</translation>
    </message>
    <message>
        <source>No run finished.</source>
        <translation>No run finished.</translation>
    </message>
    <message>
        <source>The runs, one kernel after another</source>
        <translation>The runs, one kernel after another</translation>
    </message>
    <message>
        <source>Missing kernels are fetched from the Debian archive and verified first; each run then boots its kernel in a small virtual machine.</source>
        <translation>Missing kernels are fetched from the Debian archive and verified first; each run then boots its kernel in a small virtual machine.</translation>
    </message>
    <message>
        <source>on the shelf: Linux %1</source>
        <translation>on the shelf: Linux %1</translation>
    </message>
    <message>
        <source>to be fetched</source>
        <translation>to be fetched</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>fetching…</translation>
    </message>
    <message>
        <source>The runs did not finish: %1</source>
        <translation>The runs did not finish: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::Lessons</name>
    <message>
        <source>A backlog of 10 and 100 clients</source>
        <translation>A backlog of 10 and 100 clients</translation>
    </message>
    <message>
        <source>A server listens with a backlog of 10 and never calls accept(). 100 clients connect at the same moment. How many connections does the server hold, and what do the other clients see?</source>
        <translation>A server listens with a backlog of 10 and never calls accept(). 100 clients connect at the same moment. How many connections does the server hold, and what do the other clients see?</translation>
    </message>
    <message>
        <source>A listening socket has two queues. Connections that finished the three-way handshake wait in the accept queue until the program takes them with accept(); the backlog given to listen() limits that queue. The kernel tests for "full" with "greater than", so one more connection fits than the backlog says. A client whose final ACK arrives at a full queue believes it is connected, but the server drops the ACK and keeps the connection half-open in the SYN queue.</source>
        <translation>A listening socket has two queues. Connections that finished the three-way handshake wait in the accept queue until the program takes them with accept(); the backlog given to listen() limits that queue. The kernel tests for "full" with "greater than", so one more connection fits than the backlog says. A client whose final ACK arrives at a full queue believes it is connected, but the server drops the ACK and keeps the connection half-open in the SYN queue.</translation>
    </message>
    <message>
        <source>A backlog equal to the number of clients</source>
        <translation>A backlog equal to the number of clients</translation>
    </message>
    <message>
        <source>The backlog is now 100, the same as the number of clients, and the server still never accepts. Does every client get in? Does any counter move?</source>
        <translation>The backlog is now 100, the same as the number of clients, and the server still never accepts. Does every client get in? Does any counter move?</translation>
    </message>
    <message>
        <source>With room for backlog + 1 connections, 100 clients fit into an accept queue of backlog 100. Nothing overflows, so the overflow counters should stay still; the connections simply wait for an accept() that never comes.</source>
        <translation>With room for backlog + 1 connections, 100 clients fit into an accept queue of backlog 100. Nothing overflows, so the overflow counters should stay still; the connections simply wait for an accept() that never comes.</translation>
    </message>
    <message>
        <source>A backlog above somaxconn</source>
        <translation>A backlog above somaxconn</translation>
    </message>
    <message>
        <source>The server asks for a backlog of 200 and 200 clients connect, but net.core.somaxconn is 128. How many connections does the server hold?</source>
        <translation>The server asks for a backlog of 200 and 200 clients connect, but net.core.somaxconn is 128. How many connections does the server hold?</translation>
    </message>
    <message>
        <source>listen() silently lowers a backlog larger than net.core.somaxconn to that value; no error tells the program. ss -lnt shows the limit in force in the Send-Q column of the listener.</source>
        <translation>listen() silently lowers a backlog larger than net.core.somaxconn to that value; no error tells the program. ss -lnt shows the limit in force in the Send-Q column of the listener.</translation>
    </message>
    <message>
        <source>Half-open connections with SYN cookies on</source>
        <translation>Half-open connections with SYN cookies on</translation>
    </message>
    <message>
        <source>40 clients send SYNs and never complete their handshakes; then 5 ordinary clients connect. tcp_max_syn_backlog is 32 and SYN cookies are on. Do the 5 ordinary clients get in?</source>
        <translation>40 clients send SYNs and never complete their handshakes; then 5 ordinary clients connect. tcp_max_syn_backlog is 32 and SYN cookies are on. Do the 5 ordinary clients get in?</translation>
    </message>
    <message>
        <source>Each SYN that has been answered but not yet acknowledged is a request in the SYN queue (SYN_RECV on the server). Its size follows the backlog. With SYN cookies on, tcp_max_syn_backlog does not cut it short, and once it is full the kernel answers with a cookie instead of keeping state.</source>
        <translation>Each SYN that has been answered but not yet acknowledged is a request in the SYN queue (SYN_RECV on the server). Its size follows the backlog. With SYN cookies on, tcp_max_syn_backlog does not cut it short, and once it is full the kernel answers with a cookie instead of keeping state.</translation>
    </message>
    <message>
        <source>Half-open connections with SYN cookies off</source>
        <translation>Half-open connections with SYN cookies off</translation>
    </message>
    <message>
        <source>The same 40 half-open connections and 5 ordinary clients, now with SYN cookies off. How many half-open connections does the server keep, and do the 5 clients get in?</source>
        <translation>The same 40 half-open connections and 5 ordinary clients, now with SYN cookies off. How many half-open connections does the server keep, and do the 5 clients get in?</translation>
    </message>
    <message>
        <source>Without SYN cookies the kernel starts dropping SYNs from unknown peers once fewer than a quarter of tcp_max_syn_backlog places are left, to keep room for peers it has seen before. A SYN flood then locks ordinary clients out; they resend their SYNs after 1, 2, 4 … seconds and may give up first.</source>
        <translation>Without SYN cookies the kernel starts dropping SYNs from unknown peers once fewer than a quarter of tcp_max_syn_backlog places are left, to keep room for peers it has seen before. A SYN flood then locks ordinary clients out; they resend their SYNs after 1, 2, 4 … seconds and may give up first.</translation>
    </message>
    <message>
        <source>Reading a real host</source>
        <translation>Reading a real host</translation>
    </message>
    <message>
        <source>Is this machine's network a bottleneck? Guess first which verdict the errors and retransmissions checkpoint will show, then read the checklist.</source>
        <translation>Is this machine's network a bottleneck? Guess first which verdict the errors and retransmissions checkpoint will show, then read the checklist.</translation>
    </message>
    <message>
        <source>A 2004 performance guide checks five points: the packet rate, the bytes per packet, the number of connections, the throughput and the errors. It compares two samples a few seconds apart and judges errors against fixed ratios, such as input errors reaching 0.025 % of the packets received.</source>
        <translation>A 2004 performance guide checks five points: the packet rate, the bytes per packet, the number of connections, the throughput and the errors. It compares two samples a few seconds apart and judges errors against fixed ratios, such as input errors reaching 0.025 % of the packets received.</translation>
    </message>
    <message>
        <source>A slow server overflows its accept queue: tcp_abort_on_overflow = 1</source>
        <translation>A slow server overflows its accept queue: tcp_abort_on_overflow = 1</translation>
    </message>
    <message>
        <source>The server takes one connection every 2 seconds from an accept queue of backlog 5. Six clients fill the queue; five more finish their handshakes 1.5 seconds later. With tcp_abort_on_overflow set to 1, what do those five clients see?</source>
        <translation>The server takes one connection every 2 seconds from an accept queue of backlog 5. Six clients fill the queue; five more finish their handshakes 1.5 seconds later. With tcp_abort_on_overflow set to 1, what do those five clients see?</translation>
    </message>
    <message>
        <source>A slow server calls accept() less often than connections arrive, so the accept queue stays full. When the final ACK of a handshake finds it full, the kernel normally drops the ACK and waits for the client to send it again. With net.ipv4.tcp_abort_on_overflow = 1 it answers with a reset instead, and the client learns at once that the connection failed, even though the server frees a place a moment later.</source>
        <translation>A slow server calls accept() less often than connections arrive, so the accept queue stays full. When the final ACK of a handshake finds it full, the kernel normally drops the ACK and waits for the client to send it again. With net.ipv4.tcp_abort_on_overflow = 1 it answers with a reset instead, and the client learns at once that the connection failed, even though the server frees a place a moment later.</translation>
    </message>
    <message>
        <source>The same slow server with tcp_abort_on_overflow = 0</source>
        <translation>The same slow server with tcp_abort_on_overflow = 0</translation>
    </message>
    <message>
        <source>The same slow server with tcp_abort_on_overflow at its default of 0. What do the five late clients see now, and does any of them get in?</source>
        <translation>The same slow server with tcp_abort_on_overflow at its default of 0. What do the five late clients see now, and does any of them get in?</translation>
    </message>
    <message>
        <source>Without the reset the late clients consider themselves connected while the server keeps them half-open in the SYN queue and resends its SYN-ACK; each resend brings the client's ACK back, and once the slow server has freed a place the connection moves into the accept queue. This is the default because a short burst then costs a delay rather than a failure.</source>
        <translation>Without the reset the late clients consider themselves connected while the server keeps them half-open in the SYN queue and resends its SYN-ACK; each resend brings the client's ACK back, and once the slow server has freed a place the connection moves into the accept queue. This is the default because a short burst then costs a delay rather than a failure.</translation>
    </message>
    <message>
        <source>When the server resends its SYN-ACK</source>
        <translation>When the server resends its SYN-ACK</translation>
    </message>
    <message>
        <source>Four clients send SYNs and never answer the server's SYN-ACK. tcp_synack_retries is 5. How many times does the server resend each SYN-ACK while we watch, and when?</source>
        <translation>Four clients send SYNs and never answer the server's SYN-ACK. tcp_synack_retries is 5. How many times does the server resend each SYN-ACK while we watch, and when?</translation>
    </message>
    <message>
        <source>A request in the SYN queue has a timer. When no final ACK comes, the server resends its SYN-ACK after 1 second, then doubles the wait: 1, 3, 7, 15 and 31 seconds after the SYN with tcp_synack_retries = 5, and drops the request after one more doubled wait. TcpExt.TCPSynRetrans counts every resent SYN and SYN-ACK; here the clients' own resent SYNs count too, and the server answers each of them with another SYN-ACK.</source>
        <translation>A request in the SYN queue has a timer. When no final ACK comes, the server resends its SYN-ACK after 1 second, then doubles the wait: 1, 3, 7, 15 and 31 seconds after the SYN with tcp_synack_retries = 5, and drops the request after one more doubled wait. TcpExt.TCPSynRetrans counts every resent SYN and SYN-ACK; here the clients' own resent SYNs count too, and the server answers each of them with another SYN-ACK.</translation>
    </message>
    <message>
        <source>Packets and throughput of a put and a get (2004 scenario 3)</source>
        <translation>Packets and throughput of a put and a get (2004 scenario 3)</translation>
    </message>
    <message>
        <source>A file is sent to the server host (a put), then fetched back from it (a get), over a 100 Mbps full-duplex link with an MTU of 1500. In each phase, how many packets a second does the server host receive and send, and how many Mbps does the transfer reach?</source>
        <translation>A file is sent to the server host (a put), then fetched back from it (a get), over a 100 Mbps full-duplex link with an MTU of 1500. In each phase, how many packets a second does the server host receive and send, and how many Mbps does the transfer reach?</translation>
    </message>
    <message>
        <source>The 2004 checklist's scenario 3 watched a host on a 100 Mbps link: while it received a file by an ftp put it took in about 6,000 packets a second, about 80 Mbps; while it sent one by an ftp get it put out about 7,600 packets a second, close to 100 Mbps. An Ethernet frame holds at most the MTU plus a 14-byte header. On the cable every frame also costs 24 bytes of preamble, checksum and gap; the document's Table 4 adds 66 bytes to each packet instead. The side that receives the data answers with ACK packets, one for every few data packets, so the other direction counts many packets that carry hardly any bytes. The document's rule of thumb: a full-duplex link delivers about 80 % of its rate.</source>
        <translation>The 2004 checklist's scenario 3 watched a host on a 100 Mbps link: while it received a file by an ftp put it took in about 6,000 packets a second, about 80 Mbps; while it sent one by an ftp get it put out about 7,600 packets a second, close to 100 Mbps. An Ethernet frame holds at most the MTU plus a 14-byte header. On the cable every frame also costs 24 bytes of preamble, checksum and gap; the document's Table 4 adds 66 bytes to each packet instead. The side that receives the data answers with ACK packets, one for every few data packets, so the other direction counts many packets that carry hardly any bytes. The document's rule of thumb: a full-duplex link delivers about 80 % of its rate.</translation>
    </message>
    <message>
        <source>%1 %2: measured %3, the model expected %4; this time they agree.</source>
        <translation>%1 %2: measured %3, the model expected %4; this time they agree.</translation>
    </message>
    <message>
        <source>%1 %2: measured %3, the model expected %4.</source>
        <translation>%1 %2: measured %3, the model expected %4.</translation>
    </message>
    <message>
        <source>One run, four kernels</source>
        <translation>One run, four kernels</translation>
    </message>
    <message>
        <source>30 clients send SYNs to a server with a backlog of 10 and never finish their handshakes; then 5 ordinary clients connect. The same run happens on Debian 11, 12, 13 and unstable (Linux 5.10, 6.1, 6.12 and 7.x), each in a small virtual machine. How many half-open requests does each kernel keep, and how much does TcpExt.TCPSynRetrans (every resent SYN and SYN-ACK) grow on each in the 5 seconds we watch?</source>
        <translation>30 clients send SYNs to a server with a backlog of 10 and never finish their handshakes; then 5 ordinary clients connect. The same run happens on Debian 11, 12, 13 and unstable (Linux 5.10, 6.1, 6.12 and 7.x), each in a small virtual machine. How many half-open requests does each kernel keep, and how much does TcpExt.TCPSynRetrans (every resent SYN and SYN-ACK) grow on each in the 5 seconds we watch?</translation>
    </message>
    <message>
        <source>The SYN queue's size follows the backlog. Two kernel changes touch this run. Linux 6.5 made the first SYN retransmissions come 1 s apart instead of doubling (tcp_syn_linear_timeouts). Linux 6.13 changed the test for a full SYN queue in inet_csk_reqsk_queue_is_full() from "&gt;=" to "&gt;", so one more request fits. Distributions carry such fixes back into older stable kernels without changing the version number, so tcplab measures the SYN queue on each kernel before it predicts.</source>
        <translation>The SYN queue's size follows the backlog. Two kernel changes touch this run. Linux 6.5 made the first SYN retransmissions come 1 s apart instead of doubling (tcp_syn_linear_timeouts). Linux 6.13 changed the test for a full SYN queue in inet_csk_reqsk_queue_is_full() from "&gt;=" to "&gt;", so one more request fits. Distributions carry such fixes back into older stable kernels without changing the version number, so tcplab measures the SYN queue on each kernel before it predicts.</translation>
    </message>
</context>
<context>
    <name>tcplab::ListenQueuesView</name>
    <message>
        <source>&amp;Listening socket:</source>
        <translation>&amp;Listening socket:</translation>
    </message>
    <message>
        <source>The listening socket to draw; its accept queue and limit are ss -ltn's Recv-Q and Send-Q.</source>
        <translation>The listening socket to draw; its accept queue and limit are ss -ltn's Recv-Q and Send-Q.</translation>
    </message>
    <message>
        <source>Turned away (whole network namespace)</source>
        <translation>Turned away (whole network namespace)</translation>
    </message>
    <message>
        <source>The kernel counts these for all listeners together, not per socket.</source>
        <translation>The kernel counts these for all listeners together, not per socket.</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>per second</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Queue history</source>
        <translation>Queue history</translation>
    </message>
    <message>
        <source>A SYN or a final ACK arrived while the accept queue was full.</source>
        <translation>A SYN or a final ACK arrived while the accept queue was full.</translation>
    </message>
    <message>
        <source>Every SYN or final ACK a listener dropped, for any reason: overflows included.</source>
        <translation>Every SYN or final ACK a listener dropped, for any reason: overflows included.</translation>
    </message>
    <message>
        <source>A SYN dropped because the SYN queue was full and SYN cookies were off.</source>
        <translation>A SYN dropped because the SYN queue was full and SYN cookies were off.</translation>
    </message>
    <message>
        <source>A SYN answered with a SYN cookie because the SYN queue was full.</source>
        <translation>A SYN answered with a SYN cookie because the SYN queue was full.</translation>
    </message>
    <message>
        <source>Since Linux 4.4 the SYN queue has no size of its own: it shares the accept queue's limit (sk_max_ack_backlog, the listen() backlog after the net.core.somaxconn cap). From Linux 6.13 both queues count as full only above the limit, so limit + 1 fit in each.</source>
        <translation>Since Linux 4.4 the SYN queue has no size of its own: it shares the accept queue's limit (sk_max_ack_backlog, the listen() backlog after the net.core.somaxconn cap). From Linux 6.13 both queues count as full only above the limit, so limit + 1 fit in each.</translation>
    </message>
    <message>
        <source>Since Linux 4.4 the SYN queue has no size of its own: it shares the accept queue's limit (sk_max_ack_backlog, the listen() backlog after the net.core.somaxconn cap). Before Linux 6.13 the SYN queue counts as full at the limit, the accept queue only above it: this kernel (%1) lets limit requests and limit + 1 connections in.</source>
        <translation>Since Linux 4.4 the SYN queue has no size of its own: it shares the accept queue's limit (sk_max_ack_backlog, the listen() backlog after the net.core.somaxconn cap). Before Linux 6.13 the SYN queue counts as full at the limit, the accept queue only above it: this kernel (%1) lets limit requests and limit + 1 connections in.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
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
    <name>tcplab::LocalCounterSource</name>
    <message>
        <source>This machine</source>
        <translation>This machine</translation>
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
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
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Every:</translation>
    </message>
    <message>
        <source>Span:</source>
        <translation>Span:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>How often the counters are read</source>
        <translation>How often the counters are read</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>How much history the charts show and keep</source>
        <translation>How much history the charts show and keep</translation>
    </message>
    <message>
        <source>&amp;Pause Sampling</source>
        <translation>&amp;Pause Sampling</translation>
    </message>
    <message>
        <source>Pause or resume reading the counters (%1)</source>
        <translation>Pause or resume reading the counters (%1)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>%1 · every %2</source>
        <translation>%1 · every %2</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Getting Started</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart Data as CSV</source>
        <translation>&amp;Copy Chart Data as CSV</translation>
    </message>
    <message>
        <source>Show &amp;Monitor</source>
        <translation>Show &amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Run Experiment</source>
        <translation>&amp;Run Experiment</translation>
    </message>
    <message>
        <source>&amp;Stop Experiment</source>
        <translation>&amp;Stop Experiment</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Presets</translation>
    </message>
    <message>
        <source>Where the counters come from: this machine, or the running experiment's private network namespace</source>
        <translation>Where the counters come from: this machine, or the running experiment's private network namespace</translation>
    </message>
    <message>
        <source>Notebook: %1</source>
        <translation>Notebook: %1</translation>
    </message>
    <message>
        <source>New Notebook</source>
        <translation>New Notebook</translation>
    </message>
    <message>
        <source>tcplab notebooks (*.%1)</source>
        <translation>tcplab notebooks (*.%1)</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>Open Notebook</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown with images (*.md)</source>
        <translation>Markdown with images (*.md)</translation>
    </message>
    <message>
        <source>Export Write-up</source>
        <translation>Export Write-up</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <source>My prediction and what the checklist showed:

```
%1```</source>
        <translation>My prediction and what the checklist showed:

```
%1```</translation>
    </message>
    <message>
        <source>Lesson %1. My prediction:
%2</source>
        <translation>Lesson %1. My prediction:
%2</translation>
    </message>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>&amp;New Notebook…</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>&amp;Open Notebook…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Export &amp;Write-up…</source>
        <translation>Export &amp;Write-up…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Show the &amp;Checklist</source>
        <translation>Show the &amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lessons…</translation>
    </message>
    <message>
        <source>Save Notebook As</source>
        <translation>Save Notebook As</translation>
    </message>
    <message>
        <source>Save Notebook &amp;As…</source>
        <translation>Save Notebook &amp;As…</translation>
    </message>
    <message>
        <source>Remote hosts…</source>
        <translation>Remote hosts…</translation>
    </message>
    <message>
        <source>Remote &amp;Hosts…</source>
        <translation>Remote &amp;Hosts…</translation>
    </message>
    <message>
        <source>Open Prometheus &amp;History…</source>
        <translation>Open Prometheus &amp;History…</translation>
    </message>
    <message>
        <source>Traffic Lab</source>
        <translation>Traffic Lab</translation>
    </message>
    <message>
        <source>Show &amp;Traffic Lab</source>
        <translation>Show &amp;Traffic Lab</translation>
    </message>
    <message>
        <source>Traffic lab: %1</source>
        <translation>Traffic lab: %1</translation>
    </message>
    <message>
        <source>My prediction:

```
%1```

What the two hosts measured:

</source>
        <translation>My prediction:

```
%1```

What the two hosts measured:

</translation>
    </message>
    <message>
        <source>Lesson %1 on %2. My prediction:
%3</source>
        <translation>Lesson %1 on %2. My prediction:
%3</translation>
    </message>
    <message>
        <source>&amp;Kernel Shelf…</source>
        <translation>&amp;Kernel Shelf…</translation>
    </message>
</context>
<context>
    <name>tcplab::MonitorChart</name>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Copy data as CSV</source>
        <translation>Copy data as CSV</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Follow live</translation>
    </message>
</context>
<context>
    <name>tcplab::MonitorView</name>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface:</translation>
    </message>
    <message>
        <source>C&amp;PU:</source>
        <translation>C&amp;PU:</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>All interfaces</translation>
    </message>
    <message>
        <source>All CPUs</source>
        <translation>All CPUs</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Follow live</translation>
    </message>
    <message>
        <source>Show the newest samples as they arrive (Home)</source>
        <translation>Show the newest samples as they arrive (Home)</translation>
    </message>
    <message>
        <source>Packets per second</source>
        <translation>Packets per second</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>packets/s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation>I/O wait</translation>
    </message>
    <message>
        <source>Softirq</source>
        <translation>Softirq</translation>
    </message>
    <message>
        <source>TCP events per second</source>
        <translation>TCP events per second</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>events/s</translation>
    </message>
    <message>
        <source>Drag to zoom into a time range, or use the mouse wheel. Shift+drag, middle-drag or the arrow keys pan; Home follows the newest samples again. Ctrl+Shift+E exports the chart.</source>
        <translation>Drag to zoom into a time range, or use the mouse wheel. Shift+drag, middle-drag or the arrow keys pan; Home follows the newest samples again. Ctrl+Shift+E exports the chart.</translation>
    </message>
    <message>
        <source>There is no chart %1.</source>
        <translation>There is no chart %1.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
</context>
<context>
    <name>tcplab::NotebookDocumentExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::NotebookView</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Command output</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Counter paste</source>
        <translation>Counter paste</translation>
    </message>
    <message>
        <source>Search notes, runs and output</source>
        <translation>Search notes, runs and output</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>No entry selected</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Paste counters…</source>
        <translation>Paste counters…</translation>
    </message>
    <message>
        <source>Two captures of netstat -s, nstat -az or /proc/net/netstat, taken some seconds apart</source>
        <translation>Two captures of netstat -s, nstat -az or /proc/net/netstat, taken some seconds apart</translation>
    </message>
</context>
<context>
    <name>tcplab::PasteDialog</name>
    <message>
        <source>Paste Counters</source>
        <translation>Paste Counters</translation>
    </message>
    <message>
        <source>Counters of a host</source>
        <translation>Counters of a host</translation>
    </message>
    <message>
        <source>netstat -s, nstat -az or cat /proc/net/netstat</source>
        <translation>netstat -s, nstat -az or cat /proc/net/netstat</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Seconds between the two:</source>
        <translation>&amp;Seconds between the two:</translation>
    </message>
    <message>
        <source>First capture</source>
        <translation>First capture</translation>
    </message>
    <message>
        <source>Second capture</source>
        <translation>Second capture</translation>
    </message>
    <message>
        <source>What the difference shows:</source>
        <translation>What the difference shows:</translation>
    </message>
    <message>
        <source>Paste both captures to see what changed between them.</source>
        <translation>Paste both captures to see what changed between them.</translation>
    </message>
    <message>
        <source>%1 counters changed (%2).</source>
        <translation>%1 counters changed (%2).</translation>
    </message>
</context>
<context>
    <name>tcplab::QueueDiagram</name>
    <message>
        <source>the application</source>
        <translation>the application</translation>
    </message>
    <message>
        <source>No listening socket to show.</source>
        <translation>No listening socket to show.</translation>
    </message>
    <message>
        <source>SYN arrives, SYN-ACK goes back</source>
        <translation>SYN arrives, SYN-ACK goes back</translation>
    </message>
    <message>
        <source>full: new SYNs dropped or answered with a cookie</source>
        <translation>full: new SYNs dropped or answered with a cookie</translation>
    </message>
    <message>
        <source>SYN queue: half-open (SYN_RECV)</source>
        <translation>SYN queue: half-open (SYN_RECV)</translation>
    </message>
    <message>
        <source>final ACK: the handshake is complete</source>
        <translation>final ACK: the handshake is complete</translation>
    </message>
    <message>
        <source>full: SYNs and final ACKs dropped (ListenOverflows)</source>
        <translation>full: SYNs and final ACKs dropped (ListenOverflows)</translation>
    </message>
    <message>
        <source>Accept queue: established (Recv-Q)</source>
        <translation>Accept queue: established (Recv-Q)</translation>
    </message>
    <message>
        <source>accept()</source>
        <translation>accept()</translation>
    </message>
    <message>
        <source>%1 of limit %2</source>
        <translation>%1 of limit %2</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>FULL</translation>
    </message>
    <message>
        <source>no room: every request counts as overflow</source>
        <translation>no room: every request counts as overflow</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limit %1</translation>
    </message>
    <message>
        <source>The SYN queue holds connections whose SYN has arrived and whose final ACK has not: the listener's SYN_RECV request sockets. Since Linux 4.4 it has no size of its own: it counts as full when their number reaches the accept queue's limit (sk_max_ack_backlog). The test is "greater than" since Linux 6.13, so limit + 1 fit, and "greater or equal" before. tcp_max_syn_backlog does not size it.</source>
        <translation>The SYN queue holds connections whose SYN has arrived and whose final ACK has not: the listener's SYN_RECV request sockets. Since Linux 4.4 it has no size of its own: it counts as full when their number reaches the accept queue's limit (sk_max_ack_backlog). The test is "greater than" since Linux 6.13, so limit + 1 fit, and "greater or equal" before. tcp_max_syn_backlog does not size it.</translation>
    </message>
    <message>
        <source>The accept queue holds connections whose handshake is complete, until the program calls accept(): Recv-Q of a listener. Its limit is the listen() backlog capped at net.core.somaxconn (Send-Q). The kernel calls it full only when it holds more than the limit, so limit + 1 connections fit.</source>
        <translation>The accept queue holds connections whose handshake is complete, until the program calls accept(): Recv-Q of a listener. Its limit is the listen() backlog capped at net.core.somaxconn (Send-Q). The kernel calls it full only when it holds more than the limit, so limit + 1 connections fit.</translation>
    </message>
</context>
<context>
    <name>tcplab::QueueSparkline</name>
    <message>
        <source>accept queue</source>
        <translation>accept queue</translation>
    </message>
    <message numerus="yes">
        <source>last %n s</source>
        <translation><numerusform>last %n s</numerusform><numerusform>last %n s</numerusform></translation>
    </message>
    <message>
        <source>no history yet</source>
        <translation>no history yet</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limit %1</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketListModel</name>
    <message>
        <source>Connections in the accept queue, not yet accept()ed</source>
        <translation>Connections in the accept queue, not yet accept()ed</translation>
    </message>
    <message>
        <source>Bytes received and not yet read by the program</source>
        <translation>Bytes received and not yet read by the program</translation>
    </message>
    <message>
        <source>The accept queue's limit: the listen() backlog after the net.core.somaxconn cap</source>
        <translation>The accept queue's limit: the listen() backlog after the net.core.somaxconn cap</translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer</source>
        <translation>Bytes sent and not yet acknowledged by the peer</translation>
    </message>
    <message>
        <source>Local address:port</source>
        <translation>Local address:port</translation>
    </message>
    <message>
        <source>Peer address:port</source>
        <translation>Peer address:port</translation>
    </message>
    <message>
        <source>Bytes not yet read; for a listener, connections waiting in its accept queue</source>
        <translation>Bytes not yet read; for a listener, connections waiting in its accept queue</translation>
    </message>
    <message>
        <source>Bytes not yet acknowledged; for a listener, the accept queue's limit</source>
        <translation>Bytes not yet acknowledged; for a listener, the accept queue's limit</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketStatesModel</name>
    <message>
        <source>No connection. A socket that is only created or bound, neither connecting nor listening, is in this state on Linux.</source>
        <translation>No connection. A socket that is only created or bound, neither connecting nor listening, is in this state on Linux.</translation>
    </message>
    <message>
        <source>Waiting for connection requests. Completed connections wait in its accept queue until the program calls accept().</source>
        <translation>Waiting for connection requests. Completed connections wait in its accept queue until the program calls accept().</translation>
    </message>
    <message>
        <source>connect() sent a SYN and is waiting for the SYN-ACK.</source>
        <translation>connect() sent a SYN and is waiting for the SYN-ACK.</translation>
    </message>
    <message>
        <source>A SYN arrived and a SYN-ACK went back; waiting for the final ACK. On Linux these are the half-open connections in a listener's SYN queue.</source>
        <translation>A SYN arrived and a SYN-ACK went back; waiting for the final ACK. On Linux these are the half-open connections in a listener's SYN queue.</translation>
    </message>
    <message>
        <source>The handshake is complete; data flows both ways.</source>
        <translation>The handshake is complete; data flows both ways.</translation>
    </message>
    <message>
        <source>The peer sent its FIN; waiting for the local program to call close().</source>
        <translation>The peer sent its FIN; waiting for the local program to call close().</translation>
    </message>
    <message>
        <source>The local program closed first and a FIN went out; waiting for its ACK.</source>
        <translation>The local program closed first and a FIN went out; waiting for its ACK.</translation>
    </message>
    <message>
        <source>Both ends sent a FIN at the same time; waiting for the ACK of ours.</source>
        <translation>Both ends sent a FIN at the same time; waiting for the ACK of ours.</translation>
    </message>
    <message>
        <source>Closed after the peer's FIN; waiting for the last ACK, the one for our FIN.</source>
        <translation>Closed after the peer's FIN; waiting for the last ACK, the one for our FIN.</translation>
    </message>
    <message>
        <source>Our FIN was acknowledged; waiting for the peer to send its FIN.</source>
        <translation>Our FIN was acknowledged; waiting for the peer to send its FIN.</translation>
    </message>
    <message>
        <source>Both FINs are acknowledged. The end that closed first waits (60 s on Linux) so that late segments die out before the same address pair is used again.</source>
        <translation>Both FINs are acknowledged. The end that closed first waits (60 s on Linux) so that late segments die out before the same address pair is used again.</translation>
    </message>
    <message>
        <source>Linux and netstat: %1; ss: %2</source>
        <translation>Linux and netstat: %1; ss: %2</translation>
    </message>
    <message>
        <source>The 2004 checklist (Solaris) writes SYN_RCVD.</source>
        <translation>The 2004 checklist (Solaris) writes SYN_RCVD.</translation>
    </message>
    <message>
        <source>Sockets in this state in the newest census</source>
        <translation>Sockets in this state in the newest census</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Meaning (Japanese)</source>
        <translation>Meaning (Japanese)</translation>
    </message>
    <message>
        <source>Meaning (English)</source>
        <translation>Meaning (English)</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Both languages are shown whatever the interface language is.</source>
        <translation>Both languages are shown whatever the interface language is.</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketStatesView</name>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>all ports</translation>
    </message>
    <message>
        <source>Only sockets whose local or peer port is this one. The kernel filters them, so watching one port among many sockets stays cheap. Empty: every socket.</source>
        <translation>Only sockets whose local or peer port is this one. The kernel filters them, so watching one port among many sockets stays cheap. Empty: every socket.</translation>
    </message>
    <message>
        <source>The 2004 checklist was written for Solaris, whose netstat also shows IDLE (open, not yet bound) and BOUND (bound, ready to connect or listen). Linux has no such TCP states: such a socket is in CLOSED. The checklist writes SYN_RCVD for SYN_RECV.</source>
        <translation>The 2004 checklist was written for Solaris, whose netstat also shows IDLE (open, not yet bound) and BOUND (bound, ready to connect or listen). Linux has no such TCP states: such a socket is in CLOSED. The checklist writes SYN_RCVD for SYN_RECV.</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) with port %1</source>
        <translation><numerusform>%n socket with port %1</numerusform><numerusform>%n sockets with port %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation><numerusform>%n socket</numerusform><numerusform>%n sockets</numerusform></translation>
    </message>
    <message>
        <source>Select a state to list its sockets.</source>
        <translation>Select a state to list its sockets.</translation>
    </message>
    <message>
        <source>Sockets in %1: %2 (Recv-Q is the accept queue, Send-Q its limit)</source>
        <translation>Sockets in %1: %2 (Recv-Q is the accept queue, Send-Q its limit)</translation>
    </message>
    <message>
        <source>Sockets in %1: %2</source>
        <translation>Sockets in %1: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::SourceRegistry</name>
    <message>
        <source>This machine</source>
        <translation>This machine</translation>
    </message>
    <message>
        <source>Experiment sandbox</source>
        <translation>Experiment sandbox</translation>
    </message>
    <message>
        <source>Experiment sandbox: client host</source>
        <translation>Experiment sandbox: client host</translation>
    </message>
    <message>
        <source>this machine and the sandbox's hosts take no host name, not "%1"</source>
        <translation>this machine and the sandbox's hosts take no host name, not "%1"</translation>
    </message>
    <message>
        <source>unknown kind of source: %1</source>
        <translation>unknown kind of source: %1</translation>
    </message>
    <message>
        <source>the experiment sandbox has no client host now</source>
        <translation>the experiment sandbox has no client host now</translation>
    </message>
    <message>
        <source>the experiment sandbox is not running</source>
        <translation>the experiment sandbox is not running</translation>
    </message>
    <message>
        <source>node_exporter reports no socket states or listen queues</source>
        <translation>node_exporter reports no socket states or listen queues</translation>
    </message>
</context>
<context>
    <name>tcplab::TrafficView</name>
    <message>
        <source>Packets/s in</source>
        <translation>Packets/s in</translation>
    </message>
    <message>
        <source>Packets/s out</source>
        <translation>Packets/s out</translation>
    </message>
    <message>
        <source>Bytes/packet in</source>
        <translation>Bytes/packet in</translation>
    </message>
    <message>
        <source>Bytes/packet out</source>
        <translation>Bytes/packet out</translation>
    </message>
    <message>
        <source>Mbit/s in</source>
        <translation>Mbit/s in</translation>
    </message>
    <message>
        <source>Mbit/s out</source>
        <translation>Mbit/s out</translation>
    </message>
    <message>
        <source>Mbit/s in on the wire</source>
        <translation>Mbit/s in on the wire</translation>
    </message>
    <message>
        <source>Mbit/s out on the wire</source>
        <translation>Mbit/s out on the wire</translation>
    </message>
    <message>
        <source>Throughput in (80 % rule)</source>
        <translation>Throughput in (80 % rule)</translation>
    </message>
    <message>
        <source>Throughput out (80 % rule)</source>
        <translation>Throughput out (80 % rule)</translation>
    </message>
    <message>
        <source>Retransmitted segments</source>
        <translation>Retransmitted segments</translation>
    </message>
    <message>
        <source>CPU user (whole machine)</source>
        <translation>CPU user (whole machine)</translation>
    </message>
    <message>
        <source>CPU system (whole machine)</source>
        <translation>CPU system (whole machine)</translation>
    </message>
    <message>
        <source>CPU softirq (whole machine)</source>
        <translation>CPU softirq (whole machine)</translation>
    </message>
    <message>
        <source>CPU idle (whole machine)</source>
        <translation>CPU idle (whole machine)</translation>
    </message>
    <message>
        <source>Connections opened (ActiveOpens)</source>
        <translation>Connections opened (ActiveOpens)</translation>
    </message>
    <message>
        <source>Connections accepted (PassiveOpens)</source>
        <translation>Connections accepted (PassiveOpens)</translation>
    </message>
    <message>
        <source>Segments sent again (RetransSegs)</source>
        <translation>Segments sent again (RetransSegs)</translation>
    </message>
    <message>
        <source>Sockets in TIME_WAIT</source>
        <translation>Sockets in TIME_WAIT</translation>
    </message>
    <message>
        <source>the client host sends, the server host receives and acknowledges</source>
        <translation>the client host sends, the server host receives and acknowledges</translation>
    </message>
    <message>
        <source>the server host sends, the client host receives and acknowledges</source>
        <translation>the server host sends, the client host receives and acknowledges</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3 — %4</source>
        <translation>Phase %1 of %2: %3 — %4</translation>
    </message>
    <message>
        <source>Traffic between two hosts</source>
        <translation>Traffic between two hosts</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <source>Link &amp;rate:</source>
        <translation>Link &amp;rate:</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>&amp;MTU:</translation>
    </message>
    <message>
        <source>Link &amp;queue:</source>
        <translation>Link &amp;queue:</translation>
    </message>
    <message>
        <source>Seconds per p&amp;hase:</source>
        <translation>Seconds per p&amp;hase:</translation>
    </message>
    <message>
        <source>Message si&amp;ze:</source>
        <translation>Message si&amp;ze:</translation>
    </message>
    <message>
        <source>C&amp;onnections:</source>
        <translation>C&amp;onnections:</translation>
    </message>
    <message>
        <source>10 Mbit/s</source>
        <translation>10 Mbit/s</translation>
    </message>
    <message>
        <source>100 Mbit/s</source>
        <translation>100 Mbit/s</translation>
    </message>
    <message>
        <source>1 Gbit/s</source>
        <translation>1 Gbit/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>The link's rate in each direction (a token bucket filter on both ends of the veth pair)</source>
        <translation>The link's rate in each direction (a token bucket filter on both ends of the veth pair)</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>The link's MTU: the largest IP packet; a frame adds the 14-byte Ethernet header</source>
        <translation>The link's MTU: the largest IP packet; a frame adds the 14-byte Ethernet header</translation>
    </message>
    <message>
        <source>20 ms at the rate</source>
        <translation>20 ms at the rate</translation>
    </message>
    <message>
        <source>How many bytes the link's queue holds before it drops</source>
        <translation>How many bytes the link's queue holds before it drops</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request and response: bytes each way per transaction</source>
        <translation>Request and response: bytes each way per transaction</translation>
    </message>
    <message>
        <source>Request and response, churn: connections at once</source>
        <translation>Request and response, churn: connections at once</translation>
    </message>
    <message>
        <source>This machine's kernel has no netem, so the lab emulates no delay and no random loss. Congestion comes from a small queue in a router between the two hosts, and only in the congested pattern.</source>
        <translation>This machine's kernel has no netem, so the lab emulates no delay and no random loss. Congestion comes from a small queue in a router between the two hosts, and only in the congested pattern.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Run the traffic (%1 while this panel has the focus)</source>
        <translation>Run the traffic (%1 while this panel has the focus)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Stop the run (Esc)</translation>
    </message>
    <message>
        <source>After a run, what its figures mean.</source>
        <translation>After a run, what its figures mean.</translation>
    </message>
    <message>
        <source>Choose a pattern and the link, then run. Both hosts are private network namespaces of this machine joined by a veth pair: nothing on this host changes.</source>
        <translation>Choose a pattern and the link, then run. Both hosts are private network namespaces of this machine joined by a veth pair: nothing on this host changes.</translation>
    </message>
    <message>
        <source>no socket census for a lab host</source>
        <translation>no socket census for a lab host</translation>
    </message>
    <message>
        <source>server host</source>
        <translation>server host</translation>
    </message>
    <message>
        <source>client host</source>
        <translation>client host</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server host</translation>
    </message>
    <message>
        <source>Server host (%1)</source>
        <translation>Server host (%1)</translation>
    </message>
    <message>
        <source>Client host</source>
        <translation>Client host</translation>
    </message>
    <message>
        <source>Client host (%1)</source>
        <translation>Client host (%1)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n phase(s) measured over %1 s.</source>
        <translation><numerusform>Finished: %n phase measured over %1 s.</numerusform><numerusform>Finished: %n phases measured over %1 s.</numerusform></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>The run did not finish.</source>
        <translation>The run did not finish.</translation>
    </message>
    <message>
        <source>The interface's bytes plus 24 bytes a frame that Linux does not count: preamble, frame check sequence and the gap between frames</source>
        <translation>The interface's bytes plus 24 bytes a frame that Linux does not count: preamble, frame check sequence and the gap between frames</translation>
    </message>
    <message>
        <source>On the wire against the link's rate: about 80 % of a full-duplex link is the practical limit (the 2004 guide's Table 4)</source>
        <translation>On the wire against the link's rate: about 80 % of a full-duplex link is the practical limit (the 2004 guide's Table 4)</translation>
    </message>
    <message>
        <source>Both hosts are network namespaces of this machine's one kernel: they share its CPUs, so these shares are the whole machine's</source>
        <translation>Both hosts are network namespaces of this machine's one kernel: they share its CPUs, so these shares are the whole machine's</translation>
    </message>
    <message>
        <source>%1
server host</source>
        <translation>%1
server host</translation>
    </message>
    <message>
        <source>%1
client host</source>
        <translation>%1
client host</translation>
    </message>
    <message>
        <source>Server host %1, phase %2 (%3 s)</source>
        <translation>Server host %1, phase %2 (%3 s)</translation>
    </message>
    <message>
        <source>Client host %1, phase %2 (%3 s)</source>
        <translation>Client host %1, phase %2 (%3 s)</translation>
    </message>
    <message>
        <source>%1 Mbit/s on the wire of %2 Mbit/s (%3 % of the link; the limit is about 80 %)</source>
        <translation>%1 Mbit/s on the wire of %2 Mbit/s (%3 % of the link; the limit is about 80 %)</translation>
    </message>
    <message>
        <source>An unlimited link has no rate to compare with</source>
        <translation>An unlimited link has no rate to compare with</translation>
    </message>
    <message>
        <source>No frame on this link is longer than the MTU plus the 14-byte Ethernet header: %1 bytes here. A bulk transfer sends nearly all its data in frames of that size, and the receiving host answers in the opposite direction with small ACK packets (about 66 bytes), one for every one or two data segments.</source>
        <translation>No frame on this link is longer than the MTU plus the 14-byte Ethernet header: %1 bytes here. A bulk transfer sends nearly all its data in frames of that size, and the receiving host answers in the opposite direction with small ACK packets (about 66 bytes), one for every one or two data segments.</translation>
    </message>
    <message>
        <source>In the put the client host sends and the server host receives and acknowledges: the server host took in %1 packets/s of %2 bytes on average and sent back %3 packets/s. In the get the roles are the other way round: the server host sent %4 packets/s of %5 bytes and took in %6 ACK packets/s. So in the server host's packets chart, "in" is high in the first half and "out" in the second, as in figure 1 of the 2004 guide; the client host's chart is its mirror image.</source>
        <translation>In the put the client host sends and the server host receives and acknowledges: the server host took in %1 packets/s of %2 bytes on average and sent back %3 packets/s. In the get the roles are the other way round: the server host sent %4 packets/s of %5 bytes and took in %6 ACK packets/s. So in the server host's packets chart, "in" is high in the first half and "out" in the second, as in figure 1 of the 2004 guide; the client host's chart is its mirror image.</translation>
    </message>
    <message>
        <source>Why the two phases are not exact mirrors: the data are held to the link's rate whichever way they go, so the data packets/s come out nearly the same; the ACKs are the receiving host's own choice (delayed ACKs, depending on how quickly its program reads), so the ACK packets/s may differ: %1 from the server host in the put, %2 from the client host in the get. In the guide the measured host took in about 6,000 packets/s in the put but sent about 7,600 packets/s in the get: there the other machine set the pace of the put and the measured host that of the get.</source>
        <translation>Why the two phases are not exact mirrors: the data are held to the link's rate whichever way they go, so the data packets/s come out nearly the same; the ACKs are the receiving host's own choice (delayed ACKs, depending on how quickly its program reads), so the ACK packets/s may differ: %1 from the server host in the put, %2 from the client host in the get. In the guide the measured host took in about 6,000 packets/s in the put but sent about 7,600 packets/s in the get: there the other machine set the pace of the put and the measured host that of the get.</translation>
    </message>
    <message>
        <source>No frame on this link is longer than the MTU plus the 14-byte Ethernet header: %1 bytes here; the direction that carries the data fills its frames, the other carries the ACKs.</source>
        <translation>No frame on this link is longer than the MTU plus the 14-byte Ethernet header: %1 bytes here; the direction that carries the data fills its frames, the other carries the ACKs.</translation>
    </message>
    <message>
        <source>Throughput: on a full-duplex link about 80 % of the rate is the practical limit (the guide's Table 4), %1 Mbit/s of this %2 Mbit/s link. A direction that reaches it is a "problem": the link, not the hosts, sets the pace.</source>
        <translation>Throughput: on a full-duplex link about 80 % of the rate is the practical limit (the guide's Table 4), %1 Mbit/s of this %2 Mbit/s link. A direction that reaches it is a "problem": the link, not the hosts, sets the pace.</translation>
    </message>
    <message>
        <source>The CPU rows are the whole machine's: both hosts are network namespaces of this one kernel and share its CPUs.</source>
        <translation>The CPU rows are the whole machine's: both hosts are network namespaces of this one kernel and share its CPUs.</translation>
    </message>
    <message>
        <source>Input errors (0.025 % rule)</source>
        <translation>Input errors (0.025 % rule)</translation>
    </message>
    <message>
        <source>Output errors (0.025 % rule)</source>
        <translation>Output errors (0.025 % rule)</translation>
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
    <name>tcplab::checklist::Mapping</name>
    <message>
        <source>packets received by the interface</source>
        <translation>packets received by the interface</translation>
    </message>
    <message>
        <source>packets sent by the interface</source>
        <translation>packets sent by the interface</translation>
    </message>
    <message>
        <source>receive errors: CRC, frame, FIFO overruns</source>
        <translation>receive errors: CRC, frame, FIFO overruns</translation>
    </message>
    <message>
        <source>transmit errors</source>
        <translation>transmit errors</translation>
    </message>
    <message>
        <source>collisions; always 0 on full-duplex links and virtual interfaces</source>
        <translation>collisions; always 0 on full-duplex links and virtual interfaces</translation>
    </message>
    <message>
        <source>no Linux counter; Tcp.InSegs counts every segment received, pure ACKs included</source>
        <translation>no Linux counter; Tcp.InSegs counts every segment received, pure ACKs included</translation>
    </message>
    <message>
        <source>no Linux counter for TCP bytes; IpExt.InOctets counts IP bytes of every protocol</source>
        <translation>no Linux counter for TCP bytes; IpExt.InOctets counts IP bytes of every protocol</translation>
    </message>
    <message>
        <source>no Linux counter; Tcp.OutSegs counts every segment sent, pure ACKs included</source>
        <translation>no Linux counter; Tcp.OutSegs counts every segment sent, pure ACKs included</translation>
    </message>
    <message>
        <source>no Linux counter for TCP bytes; IpExt.OutOctets counts IP bytes of every protocol</source>
        <translation>no Linux counter for TCP bytes; IpExt.OutOctets counts IP bytes of every protocol</translation>
    </message>
    <message>
        <source>segments sent again</source>
        <translation>segments sent again</translation>
    </message>
    <message>
        <source>connection attempts that failed</source>
        <translation>connection attempts that failed</translation>
    </message>
    <message>
        <source>segments received with errors, bad checksums included</source>
        <translation>segments received with errors, bad checksums included</translation>
    </message>
    <message>
        <source>SYNs and final ACKs a listener dropped; TcpExt.ListenOverflows counts the accept queue's share</source>
        <translation>SYNs and final ACKs a listener dropped; TcpExt.ListenOverflows counts the accept queue's share</translation>
    </message>
    <message>
        <source>SYNs dropped because the SYN queue was full</source>
        <translation>SYNs dropped because the SYN queue was full</translation>
    </message>
    <message>
        <source>SYN queue full and answered with a SYN cookie: a SYN flood, or a backlog too small</source>
        <translation>SYN queue full and answered with a SYN cookie: a SYN flood, or a backlog too small</translation>
    </message>
    <message>
        <source>UDP datagrams that could not be delivered</source>
        <translation>UDP datagrams that could not be delivered</translation>
    </message>
    <message>
        <source>the nearest Linux counter: sends that found no buffer space</source>
        <translation>the nearest Linux counter: sends that found no buffer space</translation>
    </message>
    <message>
        <source>UDP checksum errors</source>
        <translation>UDP checksum errors</translation>
    </message>
    <message>
        <source>no Linux counter for raw IP</source>
        <translation>no Linux counter for raw IP</translation>
    </message>
    <message>
        <source>datagrams dropped for a bad destination address</source>
        <translation>datagrams dropped for a bad destination address</translation>
    </message>
    <message>
        <source>datagrams dropped for a bad header</source>
        <translation>datagrams dropped for a bad header</translation>
    </message>
    <message>
        <source>IP header checksum errors</source>
        <translation>IP header checksum errors</translation>
    </message>
    <message>
        <source>reassembly failures</source>
        <translation>reassembly failures</translation>
    </message>
    <message>
        <source>datagrams that needed fragmenting but could not be</source>
        <translation>datagrams that needed fragmenting but could not be</translation>
    </message>
    <message>
        <source>only when the kernel has IPsec</source>
        <translation>only when the kernel has IPsec</translation>
    </message>
    <message>
        <source>ICMP checksum errors</source>
        <translation>ICMP checksum errors</translation>
    </message>
    <message>
        <source>ICMP messages received with errors</source>
        <translation>ICMP messages received with errors</translation>
    </message>
    <message>
        <source>ICMP messages not sent because of errors</source>
        <translation>ICMP messages not sent because of errors</translation>
    </message>
    <message>
        <source>no Linux counter in /proc/net/snmp</source>
        <translation>no Linux counter in /proc/net/snmp</translation>
    </message>
</context>
<context>
    <name>tcplab::checklist::Texts</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>look closer</source>
        <translation>look closer</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>tcplab::cli::HistoryCommand</name>
    <message>
        <source>tcplab: --span takes a duration such as 30s, 15m, 2h or plain seconds, not "%1"</source>
        <translation>tcplab: --span takes a duration such as 30s, 15m, 2h or plain seconds, not "%1"</translation>
    </message>
    <message>
        <source>tcplab: --step takes a duration such as 1s, 15s, 1m or plain seconds, not "%1"</source>
        <translation>tcplab: --step takes a duration such as 1s, 15s, 1m or plain seconds, not "%1"</translation>
    </message>
    <message>
        <source>tcplab: %1</source>
        <translation>tcplab: %1</translation>
    </message>
    <message>
        <source>Prometheus keeps no socket census</source>
        <translation>Prometheus keeps no socket census</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::AgentProcess</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>a crash</source>
        <translation>a crash</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::LoopbackHost</name>
    <message>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::SandboxHost</name>
    <message>
        <source>cannot start %1</source>
        <translation>cannot start %1</translation>
    </message>
    <message>
        <source>cannot create the sandbox: %1</source>
        <translation>cannot create the sandbox: %1</translation>
    </message>
    <message>
        <source>tcplab-sandbox ended unexpectedly (exit code %1)</source>
        <translation>tcplab-sandbox ended unexpectedly (exit code %1)</translation>
    </message>
    <message>
        <source>tcplab-sandbox did not pass its socket diagnostics sockets</source>
        <translation>tcplab-sandbox did not pass its socket diagnostics sockets</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::SshHost</name>
    <message>
        <source>the remote hosts' counters did not arrive within %1 s</source>
        <translation>the remote hosts' counters did not arrive within %1 s</translation>
    </message>
    <message>
        <source>Copying tcplab-agent to %1</source>
        <translation>Copying tcplab-agent to %1</translation>
    </message>
    <message>
        <source>no IPv4 address found for the server host %1</source>
        <translation>no IPv4 address found for the server host %1</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
    <message>
        <source>an argument for the remote agent holds characters that are not allowed</source>
        <translation>an argument for the remote agent holds characters that are not allowed</translation>
    </message>
    <message>
        <source>Connecting to the remote hosts' counters</source>
        <translation>Connecting to the remote hosts' counters</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::VmHost</name>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>the guest did not answer within %1 s</source>
        <translation>the guest did not answer within %1 s</translation>
    </message>
    <message>
        <source>the virtual machine (%1)</source>
        <translation>the virtual machine (%1)</translation>
    </message>
    <message>
        <source>TCG (QEMU's emulator): /dev/kvm cannot be opened here</source>
        <translation>TCG (QEMU's emulator): /dev/kvm cannot be opened here</translation>
    </message>
    <message>
        <source>TCG (QEMU's emulator): KVM did not boot a guest on this machine (%1)</source>
        <translation>TCG (QEMU's emulator): KVM did not boot a guest on this machine (%1)</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>QEMU (qemu-system-x86_64) is not installed</source>
        <translation>QEMU (qemu-system-x86_64) is not installed</translation>
    </message>
    <message>
        <source>cannot make the virtual machine's initramfs: %1</source>
        <translation>cannot make the virtual machine's initramfs: %1</translation>
    </message>
    <message>
        <source>cannot start QEMU: %1</source>
        <translation>cannot start QEMU: %1</translation>
    </message>
    <message>
        <source>QEMU ended with exit code %1</source>
        <translation>QEMU ended with exit code %1</translation>
    </message>
    <message>
        <source>a crash</source>
        <translation>a crash</translation>
    </message>
    <message>
        <source>the virtual machine ended unexpectedly (%1): %2</source>
        <translation>the virtual machine ended unexpectedly (%1): %2</translation>
    </message>
    <message>
        <source>the virtual machine could not start: %1</source>
        <translation>the virtual machine could not start: %1</translation>
    </message>
    <message>
        <source>no frame from the virtual machine yet</source>
        <translation>no frame from the virtual machine yet</translation>
    </message>
    <message>
        <source>the virtual machine's socket census failed: %1</source>
        <translation>the virtual machine's socket census failed: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::kernels::AptArchive</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 did not finish in time</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>this machine's apt names no Debian archive to fetch kernels from</source>
        <translation>this machine's apt names no Debian archive to fetch kernels from</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>apt could not fetch a verified index of %1 from %2</source>
        <translation>apt could not fetch a verified index of %1 from %2</translation>
    </message>
    <message>
        <source>the archive's index has no checksum for %1</source>
        <translation>the archive's index has no checksum for %1</translation>
    </message>
    <message>
        <source>apt reported no error, but %1 was not downloaded</source>
        <translation>apt reported no error, but %1 was not downloaded</translation>
    </message>
</context>
<context>
    <name>tcplab::kernels::Catalogue</name>
    <message>
        <source>Debian 11 (bullseye), Linux 5.10</source>
        <translation>Debian 11 (bullseye), Linux 5.10</translation>
    </message>
    <message>
        <source>Debian 12 (bookworm), Linux 6.1</source>
        <translation>Debian 12 (bookworm), Linux 6.1</translation>
    </message>
    <message>
        <source>Debian 13 (trixie), Linux 6.12</source>
        <translation>Debian 13 (trixie), Linux 6.12</translation>
    </message>
    <message>
        <source>Debian unstable (sid), Linux 7.x</source>
        <translation>Debian unstable (sid), Linux 7.x</translation>
    </message>
</context>
<context>
    <name>tcplab::kernels::Initramfs</name>
    <message>
        <source>cannot read the module %1: %2</source>
        <translation>cannot read the module %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a kernel module</source>
        <translation>%1 is not a kernel module</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>the kernel %1 has no module %2</source>
        <translation>the kernel %1 has no module %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::kernels::KernelShelf</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>the package is damaged: %1</source>
        <translation>the package is damaged: %1</translation>
    </message>
    <message>
        <source>there is no kernel "%1" on the shelf</source>
        <translation>there is no kernel "%1" on the shelf</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but the archive's signed index says %3: it was not used</source>
        <translation>%1 has %2 bytes, but the archive's signed index says %3: it was not used</translation>
    </message>
    <message>
        <source>%1 does not match the SHA-256 of the archive's signed index: it was not used</source>
        <translation>%1 does not match the SHA-256 of the archive's signed index: it was not used</translation>
    </message>
    <message>
        <source>%1 is not a Linux kernel image (bzImage)</source>
        <translation>%1 is not a Linux kernel image (bzImage)</translation>
    </message>
    <message>
        <source>%1 does not say which kernel it is</source>
        <translation>%1 does not say which kernel it is</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Debian package</source>
        <translation>%1 is not a Debian package</translation>
    </message>
    <message>
        <source>"%1" is not a kernel of the shelf's catalogue</source>
        <translation>"%1" is not a kernel of the shelf's catalogue</translation>
    </message>
    <message>
        <source>Reading the signed index of %1</source>
        <translation>Reading the signed index of %1</translation>
    </message>
    <message>
        <source>the archive has no cloud kernel for %1</source>
        <translation>the archive has no cloud kernel for %1</translation>
    </message>
    <message>
        <source>cannot create a folder under %1</source>
        <translation>cannot create a folder under %1</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 MB)</source>
        <translation>Downloading %1 (%2 MB)</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Downloading %1</translation>
    </message>
    <message>
        <source>Unpacking %1</source>
        <translation>Unpacking %1</translation>
    </message>
    <message>
        <source>%1 holds no kernel image</source>
        <translation>%1 holds no kernel image</translation>
    </message>
    <message>
        <source>cannot move the kernel into %1</source>
        <translation>cannot move the kernel into %1</translation>
    </message>
    <message>
        <source>%1 is on the shelf</source>
        <translation>%1 is on the shelf</translation>
    </message>
    <message>
        <source>"%1" cannot name a kernel: use letters, digits, dots, dashes and underscores, and none of the shelf's own names</source>
        <translation>"%1" cannot name a kernel: use letters, digits, dots, dashes and underscores, and none of the shelf's own names</translation>
    </message>
    <message>
        <source>cannot copy %1 to the shelf</source>
        <translation>cannot copy %1 to the shelf</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::ComparisonTableModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>server host %1</source>
        <translation>server host %1</translation>
    </message>
    <message>
        <source>client host %1</source>
        <translation>client host %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reset</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>other errors</source>
        <translation>other errors</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::ExperimentResult</name>
    <message>
        <source>This run used the host's own loopback: other programs' connections and traffic share these sockets' counters, and the host's settings apply.</source>
        <translation>This run used the host's own loopback: other programs' connections and traffic share these sockets' counters, and the host's settings apply.</translation>
    </message>
    <message>
        <source>Counters grow with every retransmitted SYN and every duplicate ACK; the kernel's retransmission timers and the moment the window closed decide how many of them fell inside it.</source>
        <translation>Counters grow with every retransmitted SYN and every duplicate ACK; the kernel's retransmission timers and the moment the window closed decide how many of them fell inside it.</translation>
    </message>
    <message>
        <source>The SYN queue was full for a moment and the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent): those handshakes need no request socket, so more of them completed than the queue sizes suggest.</source>
        <translation>The SYN queue was full for a moment and the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent): those handshakes need no request socket, so more of them completed than the queue sizes suggest.</translation>
    </message>
    <message>
        <source>The server accepts while the clients retry: how many get in depends on when each retransmitted SYN meets a free place in the queue, which the model can only bound.</source>
        <translation>The server accepts while the clients retry: how many get in depends on when each retransmitted SYN meets a free place in the queue, which the model can only bound.</translation>
    </message>
    <message>
        <source>The model assumes every SYN of the burst arrives before the queues change; on this machine the handshakes and the SYNs interleaved differently.</source>
        <translation>The model assumes every SYN of the burst arrives before the queues change; on this machine the handshakes and the SYNs interleaved differently.</translation>
    </message>
    <message>
        <source>The SYN queue filled up during the run and the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent). A cookie completes the handshake on the client's side even when the server then drops the final ACK because the accept queue is full (TcpExt.ListenOverflows): such a client reports ESTABLISHED while the server has no socket for it (client ESTABLISHED %2, server ESTABLISHED %3).</source>
        <translation>The SYN queue filled up during the run and the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent). A cookie completes the handshake on the client's side even when the server then drops the final ACK because the accept queue is full (TcpExt.ListenOverflows): such a client reports ESTABLISHED while the server has no socket for it (client ESTABLISHED %2, server ESTABLISHED %3).</translation>
    </message>
    <message>
        <source>Measured %1 %2 = %3, but the model expected %4.</source>
        <translation>Measured %1 %2 = %3, but the model expected %4.</translation>
    </message>
    <message>
        <source>backlog %1, clients %2 (+%3 late), accept %4, observed %5 s</source>
        <translation>backlog %1, clients %2 (+%3 late), accept %4, observed %5 s</translation>
    </message>
    <message>
        <source>kernel %1, private network namespace (%2): counters are the experiment's own</source>
        <translation>kernel %1, private network namespace (%2): counters are the experiment's own</translation>
    </message>
    <message>
        <source>kernel %1, this host's loopback: settings read only, counters host-wide</source>
        <translation>kernel %1, this host's loopback: settings read only, counters host-wide</translation>
    </message>
    <message>
        <source>somaxconn %1, effective backlog %2, accept queue holds %3, syncookies %4, abort_on_overflow %5</source>
        <translation>somaxconn %1, effective backlog %2, accept queue holds %3, syncookies %4, abort_on_overflow %5</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>* differs from the model</source>
        <translation>* differs from the model</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>two hosts in the sandbox: server host %1, client host %2</source>
        <translation>two hosts in the sandbox: server host %1, client host %2</translation>
    </message>
    <message>
        <source>client host's counters: %1</source>
        <translation>client host's counters: %1</translation>
    </message>
    <message>
        <source>server on %1, clients on %2 (over SSH)</source>
        <translation>server on %1, clients on %2 (over SSH)</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
    <message>
        <source>Two hosts: the server host (%1) holds only the listener and the connections it completed, so SYN_RECV and ListenOverflows (%2 here) appear there alone; the client host (%3) holds the clients' sockets, ESTABLISHED or SYN_SENT, and it is the one that retransmits SYNs (TCPSynRetrans %4 there; on the server host that counter only grows with SYN-ACK retransmissions). On one host both sets of numbers mix.</source>
        <translation>Two hosts: the server host (%1) holds only the listener and the connections it completed, so SYN_RECV and ListenOverflows (%2 here) appear there alone; the client host (%3) holds the clients' sockets, ESTABLISHED or SYN_SENT, and it is the one that retransmits SYNs (TCPSynRetrans %4 there; on the server host that counter only grows with SYN-ACK retransmissions). On one host both sets of numbers mix.</translation>
    </message>
    <message>
        <source>Server sockets</source>
        <translation>Server sockets</translation>
    </message>
    <message>
        <source>Client sockets</source>
        <translation>Client sockets</translation>
    </message>
    <message>
        <source>Client outcomes</source>
        <translation>Client outcomes</translation>
    </message>
    <message>
        <source>Counter growth</source>
        <translation>Counter growth</translation>
    </message>
    <message>
        <source>kernel %1 (%2 from the shelf) in a virtual machine (%3) where tcplab is root: counters are the experiment's own</source>
        <translation>kernel %1 (%2 from the shelf) in a virtual machine (%3) where tcplab is root: counters are the experiment's own</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::ExperimentRunner</name>
    <message>
        <source>the server did not start listening within %1 s</source>
        <translation>the server did not start listening within %1 s</translation>
    </message>
    <message>
        <source>the clients did not report their summary in time; they were killed</source>
        <translation>the clients did not report their summary in time; they were killed</translation>
    </message>
    <message>
        <source>the server or the sandbox did not stop in time; they were killed</source>
        <translation>the server or the sandbox did not stop in time; they were killed</translation>
    </message>
    <message>
        <source>an experiment is already running</source>
        <translation>an experiment is already running</translation>
    </message>
    <message>
        <source>Creating the network namespace</source>
        <translation>Creating the network namespace</translation>
    </message>
    <message>
        <source>Starting the server</source>
        <translation>Starting the server</translation>
    </message>
    <message>
        <source>the server could not start: %1</source>
        <translation>the server could not start: %1</translation>
    </message>
    <message>
        <source>the clients could not start: %1</source>
        <translation>the clients could not start: %1</translation>
    </message>
    <message>
        <source>%1 ended unexpectedly (%2)</source>
        <translation>%1 ended unexpectedly (%2)</translation>
    </message>
    <message>
        <source>%1 ended unexpectedly (%2): %3</source>
        <translation>%1 ended unexpectedly (%2): %3</translation>
    </message>
    <message>
        <source>Starting the half-open clients</source>
        <translation>Starting the half-open clients</translation>
    </message>
    <message>
        <source>Clients connecting</source>
        <translation>Clients connecting</translation>
    </message>
    <message>
        <source>Observing</source>
        <translation>Observing</translation>
    </message>
    <message>
        <source>Collecting the clients' outcomes</source>
        <translation>Collecting the clients' outcomes</translation>
    </message>
    <message>
        <source>Stopping the server</source>
        <translation>Stopping the server</translation>
    </message>
    <message>
        <source>%1 reported no summary; its outcomes are counted from its events</source>
        <translation>%1 reported no summary; its outcomes are counted from its events</translation>
    </message>
    <message>
        <source>the experiment was stopped</source>
        <translation>the experiment was stopped</translation>
    </message>
    <message>
        <source>Preparing the remote hosts</source>
        <translation>Preparing the remote hosts</translation>
    </message>
    <message>
        <source>%1 did not report ready within %2 s</source>
        <translation>%1 did not report ready within %2 s</translation>
    </message>
    <message>
        <source>Reading this machine's settings</source>
        <translation>Reading this machine's settings</translation>
    </message>
    <message>
        <source>Booting %1 in a virtual machine</source>
        <translation>Booting %1 in a virtual machine</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::ExperimentSpec</name>
    <message>
        <source>%1 must be between %2 and %3 (it is %4)</source>
        <translation>%1 must be between %2 and %3 (it is %4)</translation>
    </message>
    <message>
        <source>The backlog</source>
        <translation>The backlog</translation>
    </message>
    <message>
        <source>The number of clients</source>
        <translation>The number of clients</translation>
    </message>
    <message>
        <source>The client timeout (seconds)</source>
        <translation>The client timeout (seconds)</translation>
    </message>
    <message>
        <source>The observation time (seconds)</source>
        <translation>The observation time (seconds)</translation>
    </message>
    <message>
        <source>The accept delay (ms)</source>
        <translation>The accept delay (ms)</translation>
    </message>
    <message>
        <source>The number of late clients</source>
        <translation>The number of late clients</translation>
    </message>
    <message>
        <source>At most %1 clients in all</source>
        <translation>At most %1 clients in all</translation>
    </message>
    <message>
        <source>The late handshake time (ms)</source>
        <translation>The late handshake time (ms)</translation>
    </message>
    <message>
        <source>Kernel settings can only be chosen in the sandbox; the host-loopback mode reads this host's settings and never changes them</source>
        <translation>Kernel settings can only be chosen in the sandbox; the host-loopback mode reads this host's settings and never changes them</translation>
    </message>
    <message>
        <source>unknown accept mode "%1"</source>
        <translation>unknown accept mode "%1"</translation>
    </message>
    <message>
        <source>Two hosts exist only in the sandbox, not on this host's loopback</source>
        <translation>Two hosts exist only in the sandbox, not on this host's loopback</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelCalibration</name>
    <message>
        <source>the calibration run on %1 kept %2 requests in the SYN queue of backlog %3, which neither rule of the kernel model explains</source>
        <translation>the calibration run on %1 kept %2 requests in the SYN queue of backlog %3, which neither rule of the kernel model explains</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelComparisonModel</name>
    <message>
        <source>Not the same on every kernel: the notes under the table say why.</source>
        <translation>Not the same on every kernel: the notes under the table say why.</translation>
    </message>
    <message>
        <source>The model predicts nothing for this figure on %1.</source>
        <translation>The model predicts nothing for this figure on %1.</translation>
    </message>
    <message>
        <source>%1 expects %2: the model only, this kernel is not on the shelf.</source>
        <translation>%1 expects %2: the model only, this kernel is not on the shelf.</translation>
    </message>
    <message>
        <source>The model expects %1 on %2.</source>
        <translation>The model expects %1 on %2.</translation>
    </message>
    <message>
        <source>The run on %1 did not finish: %2</source>
        <translation>The run on %1 did not finish: %2</translation>
    </message>
    <message>
        <source>%1 measured %2, inside the model's range %3.</source>
        <translation>%1 measured %2, inside the model's range %3.</translation>
    </message>
    <message>
        <source>%1 measured %2, outside the model's range %3: the notes under the table say why.</source>
        <translation>%1 measured %2, outside the model's range %3: the notes under the table say why.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Linux %1
model only</source>
        <translation>Linux %1
model only</translation>
    </message>
    <message>
        <source>%1
measured</source>
        <translation>%1
measured</translation>
    </message>
    <message>
        <source>%1
expected</source>
        <translation>%1
expected</translation>
    </message>
    <message>
        <source>Linux %1 is not on the shelf: these are the kernel model's figures for its version, not a measurement.</source>
        <translation>Linux %1 is not on the shelf: these are the kernel model's figures for its version, not a measurement.</translation>
    </message>
    <message>
        <source>%1: Linux %2</source>
        <translation>%1: Linux %2</translation>
    </message>
    <message>
        <source>in a virtual machine (%1)</source>
        <translation>in a virtual machine (%1)</translation>
    </message>
    <message>
        <source>The SYN queue's size was measured on this kernel by a calibration run.</source>
        <translation>The SYN queue's size was measured on this kernel by a calibration run.</translation>
    </message>
    <message>
        <source>The SYN queue's size is assumed from the kernel's version; it was not measured.</source>
        <translation>The SYN queue's size is assumed from the kernel's version; it was not measured.</translation>
    </message>
    <message>
        <source>The backlog listen() leaves: %1. __sys_listen_socket() caps the backlog at net.core.somaxconn, whose default grew from 128 to 4096 in Linux 5.4.</source>
        <translation>The backlog listen() leaves: %1. __sys_listen_socket() caps the backlog at net.core.somaxconn, whose default grew from 128 to 4096 in Linux 5.4.</translation>
    </message>
    <message>
        <source>Requests the SYN queue holds for this backlog: %1. inet_csk_reqsk_queue_is_full() compares the number of requests with the backlog: with "&gt;=" up to 6.12, with "&gt;" since 6.13, which lets one more request in. A stable kernel that took the 6.13 fix behaves like 6.13 whatever its version says, which is why tcplab measures this on each kernel.</source>
        <translation>Requests the SYN queue holds for this backlog: %1. inet_csk_reqsk_queue_is_full() compares the number of requests with the backlog: with "&gt;=" up to 6.12, with "&gt;" since 6.13, which lets one more request in. A stable kernel that took the 6.13 fix behaves like 6.13 whatever its version says, which is why tcplab measures this on each kernel.</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (measured)</translation>
    </message>
    <message>
        <source>%1 (from its version)</source>
        <translation>%1 (from its version)</translation>
    </message>
    <message>
        <source>When a client sends its SYNs, in seconds after the first: %1. The first retransmission timeout became 1 s in Linux 3.1 (it was 3 s), and since 6.5 tcp_syn_linear_timeouts keeps the first retransmissions 1 s apart before tcp_retransmit_timer() doubles the wait; more SYNs in the same time means more drops counted.</source>
        <translation>When a client sends its SYNs, in seconds after the first: %1. The first retransmission timeout became 1 s in Linux 3.1 (it was 3 s), and since 6.5 tcp_syn_linear_timeouts keeps the first retransmissions 1 s apart before tcp_retransmit_timer() doubles the wait; more SYNs in the same time means more drops counted.</translation>
    </message>
    <message>
        <source>On %1 a SYN may still get in while the accept queue is full (the "young" rule of tcp_v4_conn_request()); its final ACK is then dropped and the server keeps it in SYN_RECV. Since 4.10 tcp_conn_request() drops every such SYN at once.</source>
        <translation>On %1 a SYN may still get in while the accept queue is full (the "young" rule of tcp_v4_conn_request()); its final ACK is then dropped and the server keeps it in SYN_RECV. Since 4.10 tcp_conn_request() drops every such SYN at once.</translation>
    </message>
    <message>
        <source>%1 came out as %2, all inside the range %3 the model gives every kernel: which value a run gets is a race between the burst of SYNs and the first handshakes (in a virtual machine without KVM even more so), not a difference between the kernels.</source>
        <translation>%1 came out as %2, all inside the range %3 the model gives every kernel: which value a run gets is a race between the burst of SYNs and the first handshakes (in a virtual machine without KVM even more so), not a difference between the kernels.</translation>
    </message>
    <message>
        <source>On %1 (Linux %2) these figures fell outside the model's range (expected in brackets): %3. The run's own explanation, in the notebook, gives the likely reason.</source>
        <translation>On %1 (Linux %2) these figures fell outside the model's range (expected in brackets): %3. The run's own explanation, in the notebook, gives the likely reason.</translation>
    </message>
    <message>
        <source>≠ differs between kernels; * outside the model's range</source>
        <translation>≠ differs between kernels; * outside the model's range</translation>
    </message>
    <message>
        <source>On %1 the burst of SYNs raced the first handshakes and SYN cookies were sent, so more clients report connected: that run is held to the race's figures. Whether a run races is a matter of timing (a virtual machine without KVM is slow), not a difference between the kernels; running it again usually gives the other outcome.</source>
        <translation>On %1 the burst of SYNs raced the first handshakes and SYN cookies were sent, so more clients report connected: that run is held to the race's figures. Whether a run races is a matter of timing (a virtual machine without KVM is slow), not a difference between the kernels; running it again usually gives the other outcome.</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelModel</name>
    <message>
        <source>listen() asked for a backlog of %1. The kernel caps it at net.core.somaxconn, which is %2 here, so the accept queue's limit is %3.</source>
        <translation>listen() asked for a backlog of %1. The kernel caps it at net.core.somaxconn, which is %2 here, so the accept queue's limit is %3.</translation>
    </message>
    <message>
        <source>Nobody calls accept(), so completed connections stay in the accept queue. The kernel calls it full only when it holds more than the limit (sk_acceptq_is_full() compares with &gt;), so %1 connections fit: the limit plus one.</source>
        <translation>Nobody calls accept(), so completed connections stay in the accept queue. The kernel calls it full only when it holds more than the limit (sk_acceptq_is_full() compares with &gt;), so %1 connections fit: the limit plus one.</translation>
    </message>
    <message>
        <source>The other %1 clients' SYNs arrive while the queue is full. Since Linux 4.10 tcp_conn_request() drops such a SYN at once, so no half-open connection is kept for them: the server shows no SYN_RECV. The clients stay in SYN_SENT and send their SYN again at %2 s; in %3 s each sends about %4 SYNs, and every dropped SYN adds one to TcpExt.ListenOverflows and TcpExt.ListenDrops.</source>
        <translation>The other %1 clients' SYNs arrive while the queue is full. Since Linux 4.10 tcp_conn_request() drops such a SYN at once, so no half-open connection is kept for them: the server shows no SYN_RECV. The clients stay in SYN_SENT and send their SYN again at %2 s; in %3 s each sends about %4 SYNs, and every dropped SYN adds one to TcpExt.ListenOverflows and TcpExt.ListenDrops.</translation>
    </message>
    <message>
        <source>On this old kernel a SYN may still get in while the accept queue is full, as long as the SYN queue has few young requests (the "young" rule in tcp_v4_conn_request()). Such a client gets its SYN-ACK and reports ESTABLISHED, but its final ACK is dropped and the server keeps it in SYN_RECV: the lab log saw 4 of them.</source>
        <translation>On this old kernel a SYN may still get in while the accept queue is full, as long as the SYN queue has few young requests (the "young" rule in tcp_v4_conn_request()). Such a client gets its SYN-ACK and reports ESTABLISHED, but its final ACK is dropped and the server keeps it in SYN_RECV: the lab log saw 4 of them.</translation>
    </message>
    <message>
        <source>After about %1 s the clients give up (tcp_syn_retries): their sockets close with ETIMEDOUT.</source>
        <translation>After about %1 s the clients give up (tcp_syn_retries): their sockets close with ETIMEDOUT.</translation>
    </message>
    <message>
        <source>All %1 clients fit, so every handshake completes and no counter of dropped connections moves.</source>
        <translation>All %1 clients fit, so every handshake completes and no counter of dropped connections moves.</translation>
    </message>
    <message>
        <source>%1 half-open clients never see the SYN-ACK, so their requests wait in the SYN queue: the server shows %2 SYN_RECV sockets and resends its SYN-ACK (tcp_synack_retries).</source>
        <translation>%1 half-open clients never see the SYN-ACK, so their requests wait in the SYN queue: the server shows %2 SYN_RECV sockets and resends its SYN-ACK (tcp_synack_retries).</translation>
    </message>
    <message>
        <source>%1 late clients complete their handshakes after the queue filled. Their final ACK finds the accept queue full (tcp_check_req()); with tcp_abort_on_overflow=1 the server answers with a reset, so these clients first connect and are then reset (ECONNRESET).</source>
        <translation>%1 late clients complete their handshakes after the queue filled. Their final ACK finds the accept queue full (tcp_check_req()); with tcp_abort_on_overflow=1 the server answers with a reset, so these clients first connect and are then reset (ECONNRESET).</translation>
    </message>
    <message>
        <source>%1 late clients complete their handshakes after the queue filled. Their final ACK finds the accept queue full and is ignored (tcp_abort_on_overflow=0): the client already reports ESTABLISHED, while the server keeps the connection in SYN_RECV and resends its SYN-ACK. This is the puzzle of the lab log.</source>
        <translation>%1 late clients complete their handshakes after the queue filled. Their final ACK finds the accept queue full and is ignored (tcp_abort_on_overflow=0): the client already reports ESTABLISHED, while the server keeps the connection in SYN_RECV and resends its SYN-ACK. This is the puzzle of the lab log.</translation>
    </message>
    <message>
        <source>%1 late clients found the SYN queue full and got SYN cookies instead of a request socket (TcpExt.TCPReqQFullDoCookies).</source>
        <translation>%1 late clients found the SYN queue full and got SYN cookies instead of a request socket (TcpExt.TCPReqQFullDoCookies).</translation>
    </message>
    <message>
        <source>The server accepts every connection at once, so the accept queue empties as fast as it fills. A burst can still overflow it for a moment; the clients dropped then get in with their next SYN, 1 s later.</source>
        <translation>The server accepts every connection at once, so the accept queue empties as fast as it fills. A burst can still overflow it for a moment; the clients dropped then get in with their next SYN, 1 s later.</translation>
    </message>
    <message>
        <source>The server accepts one connection every %1 ms, about %2 in %3 s. Each accept() frees one place in the queue; a client dropped in the burst gets in only when its next SYN arrives at a moment with a free place, so the clients connect in steps at %4 s.</source>
        <translation>The server accepts one connection every %1 ms, about %2 in %3 s. Each accept() frees one place in the queue; a client dropped in the burst gets in only when its next SYN arrives at a moment with a free place, so the clients connect in steps at %4 s.</translation>
    </message>
    <message>
        <source>%1 late clients complete their handshakes while the slow server has freed at most %2 places. A final ACK that finds the accept queue full is answered with a reset (tcp_abort_on_overflow=1), so up to %1 clients see ECONNRESET.</source>
        <translation>%1 late clients complete their handshakes while the slow server has freed at most %2 places. A final ACK that finds the accept queue full is answered with a reset (tcp_abort_on_overflow=1), so up to %1 clients see ECONNRESET.</translation>
    </message>
    <message>
        <source>Without SYN cookies the kernel keeps the last quarter of tcp_max_syn_backlog (%1) for peers it already knows: the half-open clients hold %2 requests, so every other SYN is dropped (tcp_conn_request()). None of the %3 other clients connects; each drop adds one to TcpExt.ListenDrops but not to TcpExt.ListenOverflows, since the accept queue is empty.</source>
        <translation>Without SYN cookies the kernel keeps the last quarter of tcp_max_syn_backlog (%1) for peers it already knows: the half-open clients hold %2 requests, so every other SYN is dropped (tcp_conn_request()). None of the %3 other clients connects; each drop adds one to TcpExt.ListenDrops but not to TcpExt.ListenOverflows, since the accept queue is empty.</translation>
    </message>
    <message>
        <source>The SYN queue holds %1 requests for this backlog: measured on this kernel by a calibration run, not assumed from its version.</source>
        <translation>The SYN queue holds %1 requests for this backlog: measured on this kernel by a calibration run, not assumed from its version.</translation>
    </message>
    <message>
        <source>The SYN queue holds %1 requests for this backlog, as kernel %2 should by its version (one more since 6.13); it was not measured on this kernel.</source>
        <translation>The SYN queue holds %1 requests for this backlog, as kernel %2 should by its version (one more since 6.13); it was not measured on this kernel.</translation>
    </message>
    <message>
        <source>This run raced. The burst's SYNs filled the SYN queue before the first handshakes completed, so the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent). A cookie completes the handshake on the client's side even when cookie_v4_check() then drops the final ACK for the full accept queue, so up to all %2 clients may report connected while the server holds %3. Which outcome a run gets is a matter of timing (a virtual machine without KVM is slow enough), not of the kernel: the figures here are checked against the race's ranges.</source>
        <translation>This run raced. The burst's SYNs filled the SYN queue before the first handshakes completed, so the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent). A cookie completes the handshake on the client's side even when cookie_v4_check() then drops the final ACK for the full accept queue, so up to all %2 clients may report connected while the server holds %3. Which outcome a run gets is a matter of timing (a virtual machine without KVM is slow enough), not of the kernel: the figures here are checked against the race's ranges.</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelSeries</name>
    <message>
        <source>the calibration run failed: %1</source>
        <translation>the calibration run failed: %1</translation>
    </message>
    <message>
        <source>Choose at least one kernel to run on.</source>
        <translation>Choose at least one kernel to run on.</translation>
    </message>
    <message>
        <source>A run is already going.</source>
        <translation>A run is already going.</translation>
    </message>
    <message>
        <source>The runs were stopped.</source>
        <translation>The runs were stopped.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): measuring the kernel's traits: %4</source>
        <translation>%1 (%2 of %3): measuring the kernel's traits: %4</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): %4</source>
        <translation>%1 (%2 of %3): %4</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelTraitsStore</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::Preflight</name>
    <message>
        <source>The port must be between 1 and 65535 (it is %1)</source>
        <translation>The port must be between 1 and 65535 (it is %1)</translation>
    </message>
    <message>
        <source>The server on %1 listens on that host's loopback, which clients on another host cannot reach; name the server host by an address the client host can reach</source>
        <translation>The server on %1 listens on that host's loopback, which clients on another host cannot reach; name the server host by an address the client host can reach</translation>
    </message>
    <message>
        <source>%1 was not found next to tcplab (in %2)</source>
        <translation>%1 was not found next to tcplab (in %2)</translation>
    </message>
    <message>
        <source>%1 clients need as many local ports, but net.ipv4.ip_local_port_range (%2-%3) holds only %4</source>
        <translation>%1 clients need as many local ports, but net.ipv4.ip_local_port_range (%2-%3) holds only %4</translation>
    </message>
    <message>
        <source>The server would hold %1 accepted connections, but one process may open at most %2 files here (RLIMIT_NOFILE)</source>
        <translation>The server would hold %1 accepted connections, but one process may open at most %2 files here (RLIMIT_NOFILE)</translation>
    </message>
    <message>
        <source>%1 clients need more than %2 processes of at most %3 open files each</source>
        <translation>%1 clients need more than %2 processes of at most %3 open files each</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is not free: %2</source>
        <translation>Port %1 on 127.0.0.1 is not free: %2</translation>
    </message>
    <message>
        <source>A run on a shelf kernel happens in a virtual machine on this machine, not on SSH hosts</source>
        <translation>A run on a shelf kernel happens in a virtual machine on this machine, not on SSH hosts</translation>
    </message>
    <message>
        <source>Two hosts are not available in a virtual machine yet; run the two hosts on this machine's kernel</source>
        <translation>Two hosts are not available in a virtual machine yet; run the two hosts on this machine's kernel</translation>
    </message>
    <message>
        <source>The kernel "%1" is not on the shelf; fetch it with: tcplab kernels fetch %1</source>
        <translation>The kernel "%1" is not on the shelf; fetch it with: tcplab kernels fetch %1</translation>
    </message>
    <message>
        <source>QEMU (qemu-system-x86_64) is needed to boot %1</source>
        <translation>QEMU (qemu-system-x86_64) is needed to boot %1</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::Presets</name>
    <message>
        <source>Backlog 10, 100 clients, nobody accepts</source>
        <translation>Backlog 10, 100 clients, nobody accepts</translation>
    </message>
    <message>
        <source>Backlog 100, 100 clients, nobody accepts</source>
        <translation>Backlog 100, 100 clients, nobody accepts</translation>
    </message>
    <message>
        <source>Backlog 200, 200 clients, somaxconn 128</source>
        <translation>Backlog 200, 200 clients, somaxconn 128</translation>
    </message>
    <message>
        <source>Accept queue overflow at the final ACK, abort-on-overflow on</source>
        <translation>Accept queue overflow at the final ACK, abort-on-overflow on</translation>
    </message>
    <message>
        <source>A slow server under a burst of clients</source>
        <translation>A slow server under a burst of clients</translation>
    </message>
    <message>
        <source>Backlog 10, 30 half-open clients, then 5 clients, SYN cookies on</source>
        <translation>Backlog 10, 30 half-open clients, then 5 clients, SYN cookies on</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::RemoteHosts</name>
    <message>
        <source>%1 is neither this machine's loopback nor a host added in the hosts dialog; an experiment sends bursts of connections and runs only against hosts you have added.</source>
        <translation>%1 is neither this machine's loopback nor a host added in the hosts dialog; an experiment sends bursts of connections and runs only against hosts you have added.</translation>
    </message>
    <message>
        <source>The ssh program could not be started: is OpenSSH's client installed?</source>
        <translation>The ssh program could not be started: is OpenSSH's client installed?</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 did not answer within %2 s</translation>
    </message>
    <message>
        <source>The command on %1 failed (exit status %2)</source>
        <translation>The command on %1 failed (exit status %2)</translation>
    </message>
    <message>
        <source>tcplab-agent cannot be read at %1: %2</source>
        <translation>tcplab-agent cannot be read at %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>tcplab-agent is built for %1, %2 is %3: an experiment needs the agent there</source>
        <translation>tcplab-agent is built for %1, %2 is %3: an experiment needs the agent there</translation>
    </message>
    <message>
        <source>tcplab-agent could not be copied to %1 intact (is sha256sum installed there?)</source>
        <translation>tcplab-agent could not be copied to %1 intact (is sha256sum installed there?)</translation>
    </message>
    <message>
        <source>Not a setting name: %1</source>
        <translation>Not a setting name: %1</translation>
    </message>
    <message>
        <source>%1 did not tell its kernel release</source>
        <translation>%1 did not tell its kernel release</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::TrafficResult</name>
    <message>
        <source>Traffic lab: %1 over a %2 link, MTU %3, %4 s a phase (kernel %5)</source>
        <translation>Traffic lab: %1 over a %2 link, MTU %3, %4 s a phase (kernel %5)</translation>
    </message>
    <message>
        <source>server host %1, client host %2; the CPU split is this machine's (both hosts share it)</source>
        <translation>server host %1, client host %2; the CPU split is this machine's (both hosts share it)</translation>
    </message>
    <message>
        <source>phase %1 (%2 s)</source>
        <translation>phase %1 (%2 s)</translation>
    </message>
    <message>
        <source>server host</source>
        <translation>server host</translation>
    </message>
    <message>
        <source>client host</source>
        <translation>client host</translation>
    </message>
    <message>
        <source>packets/s in</source>
        <translation>packets/s in</translation>
    </message>
    <message>
        <source>packets/s out</source>
        <translation>packets/s out</translation>
    </message>
    <message>
        <source>bytes/packet in</source>
        <translation>bytes/packet in</translation>
    </message>
    <message>
        <source>bytes/packet out</source>
        <translation>bytes/packet out</translation>
    </message>
    <message>
        <source>Mbps in</source>
        <translation>Mbps in</translation>
    </message>
    <message>
        <source>Mbps out</source>
        <translation>Mbps out</translation>
    </message>
    <message>
        <source>Mbps in on the wire</source>
        <translation>Mbps in on the wire</translation>
    </message>
    <message>
        <source>Mbps out on the wire</source>
        <translation>Mbps out on the wire</translation>
    </message>
    <message>
        <source>throughput in, verdict</source>
        <translation>throughput in, verdict</translation>
    </message>
    <message>
        <source>throughput out, verdict</source>
        <translation>throughput out, verdict</translation>
    </message>
    <message>
        <source>retransmitted</source>
        <translation>retransmitted</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>retransmissions, verdict</source>
        <translation>retransmissions, verdict</translation>
    </message>
    <message>
        <source>input errors, verdict</source>
        <translation>input errors, verdict</translation>
    </message>
    <message>
        <source>output errors, verdict</source>
        <translation>output errors, verdict</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::TrafficRunner</name>
    <message>
        <source>the traffic run did not finish in time</source>
        <translation>the traffic run did not finish in time</translation>
    </message>
    <message>
        <source>%1: %2 of %3 s</source>
        <translation>%1: %2 of %3 s</translation>
    </message>
    <message>
        <source>a traffic run is already going</source>
        <translation>a traffic run is already going</translation>
    </message>
    <message>
        <source>%1 was not found next to tcplab (in %2)</source>
        <translation>%1 was not found next to tcplab (in %2)</translation>
    </message>
    <message>
        <source>the two-host sandbox failed: %1</source>
        <translation>the two-host sandbox failed: %1</translation>
    </message>
    <message>
        <source>Creating the two hosts and the link</source>
        <translation>Creating the two hosts and the link</translation>
    </message>
    <message>
        <source>the traffic run was stopped</source>
        <translation>the traffic run was stopped</translation>
    </message>
    <message>
        <source>tcplab-sandbox did not make the client host</source>
        <translation>tcplab-sandbox did not make the client host</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>the traffic server ended unexpectedly (%1)</source>
        <translation>the traffic server ended unexpectedly (%1)</translation>
    </message>
    <message>
        <source>the load of phase %1 reported no summary</source>
        <translation>the load of phase %1 reported no summary</translation>
    </message>
    <message>
        <source>the load of phase %1 made no connection</source>
        <translation>the load of phase %1 made no connection</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::TrafficSpec</name>
    <message>
        <source>bulk transfer from the client host to the server host (an ftp put)</source>
        <translation>bulk transfer from the client host to the server host (an ftp put)</translation>
    </message>
    <message>
        <source>bulk transfer from the server host to the client host (an ftp get)</source>
        <translation>bulk transfer from the server host to the client host (an ftp get)</translation>
    </message>
    <message>
        <source>a put, then a get: the two phases of the 2004 checklist's scenario 3</source>
        <translation>a put, then a get: the two phases of the 2004 checklist's scenario 3</translation>
    </message>
    <message>
        <source>request and response: the same number of bytes each way, over several connections at once</source>
        <translation>request and response: the same number of bytes each way, over several connections at once</translation>
    </message>
    <message>
        <source>many short connections; the client closes first, so TIME_WAIT builds up on the client host</source>
        <translation>many short connections; the client closes first, so TIME_WAIT builds up on the client host</translation>
    </message>
    <message>
        <source>a put over a link whose queue holds only a few frames: drops and retransmissions</source>
        <translation>a put over a link whose queue holds only a few frames: drops and retransmissions</translation>
    </message>
    <message>
        <source>Unknown pattern "%1"; use %2</source>
        <translation>Unknown pattern "%1"; use %2</translation>
    </message>
    <message>
        <source>The link rate must be one of %1</source>
        <translation>The link rate must be one of %1</translation>
    </message>
    <message>
        <source>The MTU must be between 576 and 9000 (it is %1)</source>
        <translation>The MTU must be between 576 and 9000 (it is %1)</translation>
    </message>
    <message>
        <source>The link's queue must be between 1 byte and 1 GiB</source>
        <translation>The link's queue must be between 1 byte and 1 GiB</translation>
    </message>
    <message>
        <source>Each phase lasts 1 to 600 seconds</source>
        <translation>Each phase lasts 1 to 600 seconds</translation>
    </message>
    <message>
        <source>The message size must be between 1 byte and 16 MiB</source>
        <translation>The message size must be between 1 byte and 16 MiB</translation>
    </message>
    <message>
        <source>The connections at once must be between 1 and 1000</source>
        <translation>The connections at once must be between 1 and 1000</translation>
    </message>
    <message>
        <source>The congested pattern needs a rate-limited link</source>
        <translation>The congested pattern needs a rate-limited link</translation>
    </message>
</context>
<context>
    <name>tcplab::notebook::Notebook</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a tcplab notebook.</source>
        <translation>%1 is not a tcplab notebook.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a tcplab notebook.</source>
        <translation>%1 is an SQLite database of another program, not a tcplab notebook.</translation>
    </message>
    <message>
        <source>%1 was written by a newer tcplab (notebook format %2; this tcplab reads up to %3). Open it with that version.</source>
        <translation>%1 was written by a newer tcplab (notebook format %2; this tcplab reads up to %3). Open it with that version.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no notebook format version.</source>
        <translation>%1 is damaged: it has no notebook format version.</translation>
    </message>
    <message>
        <source>%1 is damaged: tables are missing.</source>
        <translation>%1 is damaged: tables are missing.</translation>
    </message>
    <message>
        <source>%1 is already open in another tcplab window or program. Close it there first.</source>
        <translation>%1 is already open in another tcplab window or program. Close it there first.</translation>
    </message>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
        <translation>Cannot lock %1: the folder is not writable.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot update %1 to the current notebook format: %2</source>
        <translation>Cannot update %1 to the current notebook format: %2</translation>
    </message>
    <message>
        <source>There is no such entry.</source>
        <translation>There is no such entry.</translation>
    </message>
    <message>
        <source>Backlog %1, %2 clients</source>
        <translation>Backlog %1, %2 clients</translation>
    </message>
    <message>
        <source>no notebook is open</source>
        <translation>no notebook is open</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 exists already</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::notebook::NotebookExport</name>
    <message>
        <source>Lab notebook</source>
        <translation>Lab notebook</translation>
    </message>
    <message>
        <source>Written %1 from %2</source>
        <translation>Written %1 from %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entries</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n experiment runs</source>
        <translation><numerusform>%n experiment runs</numerusform><numerusform>%n experiment runs</numerusform></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>kernel</translation>
    </message>
    <message>
        <source>Expected and measured</source>
        <translation>Expected and measured</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation><numerusform>%n series</numerusform><numerusform>%n series</numerusform></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>no samples</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Per second</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>During the run</source>
        <translation>During the run</translation>
    </message>
</context>
<context>
    <name>tcplab::notebook::PasteAnalysis</name>
    <message>
        <source>No counters found. Paste the output of netstat -s, nstat -az or cat /proc/net/netstat.</source>
        <translation>No counters found. Paste the output of netstat -s, nstat -az or cat /proc/net/netstat.</translation>
    </message>
    <message>
        <source>The two captures come from different commands (%1 and %2).</source>
        <translation>The two captures come from different commands (%1 and %2).</translation>
    </message>
    <message>
        <source>Give the seconds between the two captures.</source>
        <translation>Give the seconds between the two captures.</translation>
    </message>
    <message>
        <source>%1 counters changed in %2 s between the two %3 captures.</source>
        <translation>%1 counters changed in %2 s between the two %3 captures.</translation>
    </message>
    <message>
        <source>Bytes per packet (Table 2, checkpoint 2): %1 in, %2 out (IpExt.InOctets / Ip.InReceives and IpExt.OutOctets / Ip.OutRequests; IP headers included, all protocols).</source>
        <translation>Bytes per packet (Table 2, checkpoint 2): %1 in, %2 out (IpExt.InOctets / Ip.InReceives and IpExt.OutOctets / Ip.OutRequests; IP headers included, all protocols).</translation>
    </message>
    <message>
        <source>TCP segments per second (checkpoint 1): %1 received, %2 sent.</source>
        <translation>TCP segments per second (checkpoint 1): %1 received, %2 sent.</translation>
    </message>
    <message>
        <source>Retransmitted segments: %1 % of those sent (Tcp.RetransSegs / Tcp.OutSegs): %2.</source>
        <translation>Retransmitted segments: %1 % of those sent (Tcp.RetransSegs / Tcp.OutSegs): %2.</translation>
    </message>
    <message>
        <source>SYNs dropped at listening sockets: %1 per second (TcpExt.ListenDrops); the accept queue overflowed %2 times (TcpExt.ListenOverflows).</source>
        <translation>SYNs dropped at listening sockets: %1 per second (TcpExt.ListenDrops); the accept queue overflowed %2 times (TcpExt.ListenOverflows).</translation>
    </message>
</context>
<context>
    <name>tcplab::notebook::TimelineSvg</name>
    <message>
        <source>accept queue</source>
        <translation>accept queue</translation>
    </message>
    <message>
        <source>server SYN_RECV</source>
        <translation>server SYN_RECV</translation>
    </message>
    <message>
        <source>server ESTABLISHED</source>
        <translation>server ESTABLISHED</translation>
    </message>
    <message>
        <source>client SYN_SENT</source>
        <translation>client SYN_SENT</translation>
    </message>
    <message>
        <source>client ESTABLISHED</source>
        <translation>client ESTABLISHED</translation>
    </message>
    <message>
        <source>seconds since the clients started</source>
        <translation>seconds since the clients started</translation>
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
    <message>
        <source>/proc/meminfo: line %1 has no name</source>
        <translation>/proc/meminfo: line %1 has no name</translation>
    </message>
    <message>
        <source>/proc/meminfo: %1 is not a number of kB</source>
        <translation>/proc/meminfo: %1 is not a number of kB</translation>
    </message>
    <message>
        <source>/proc/meminfo: %1 is not a number</source>
        <translation>/proc/meminfo: %1 is not a number</translation>
    </message>
    <message>
        <source>/proc/meminfo: %1 is too large to count in bytes</source>
        <translation>/proc/meminfo: %1 is too large to count in bytes</translation>
    </message>
    <message>
        <source>/proc/meminfo: no values found</source>
        <translation>/proc/meminfo: no values found</translation>
    </message>
    <message>
        <source>/proc/net/dev: unknown column %1 %2 is skipped</source>
        <translation>/proc/net/dev: unknown column %1 %2 is skipped</translation>
    </message>
    <message>
        <source>/proc/net/dev: column %1 %2 is missing</source>
        <translation>/proc/net/dev: column %1 %2 is missing</translation>
    </message>
    <message>
        <source>/proc/net/dev: the header names none of the known columns</source>
        <translation>/proc/net/dev: the header names none of the known columns</translation>
    </message>
    <message>
        <source>/proc/net/dev: line %1 has more values than the header has columns; the extra ones are skipped</source>
        <translation>/proc/net/dev: line %1 has more values than the header has columns; the extra ones are skipped</translation>
    </message>
    <message>
        <source>/proc/net/tcp: the header line is missing</source>
        <translation>/proc/net/tcp: the header line is missing</translation>
    </message>
    <message>
        <source>/proc/net/tcp: line %1 is truncated</source>
        <translation>/proc/net/tcp: line %1 is truncated</translation>
    </message>
    <message>
        <source>/proc/net/tcp: line %1 holds a field that cannot be read</source>
        <translation>/proc/net/tcp: line %1 holds a field that cannot be read</translation>
    </message>
    <message>
        <source>/proc/net/tcp: line %1 has an unknown state %2</source>
        <translation>/proc/net/tcp: line %1 has an unknown state %2</translation>
    </message>
    <message>
        <source>%1: line %2 does not start with a protocol name</source>
        <translation>%1: line %2 does not start with a protocol name</translation>
    </message>
    <message>
        <source>%1: line %2 has a name without a value; it is skipped</source>
        <translation>%1: line %2 has a name without a value; it is skipped</translation>
    </message>
    <message>
        <source>/proc/softirqs: the header line of CPUs is missing</source>
        <translation>/proc/softirqs: the header line of CPUs is missing</translation>
    </message>
    <message>
        <source>/proc/softirqs: line %1 has no softirq name</source>
        <translation>/proc/softirqs: line %1 has no softirq name</translation>
    </message>
    <message>
        <source>/proc/softirqs: %1 has %2 counts for %3 CPUs; it is skipped</source>
        <translation>/proc/softirqs: %1 has %2 counts for %3 CPUs; it is skipped</translation>
    </message>
    <message>
        <source>/proc/softirqs: %1 has %2 counts for %3 CPUs; the extra ones are skipped</source>
        <translation>/proc/softirqs: %1 has %2 counts for %3 CPUs; the extra ones are skipped</translation>
    </message>
    <message>
        <source>/proc/softirqs: %1 holds a count that is not a number</source>
        <translation>/proc/softirqs: %1 holds a count that is not a number</translation>
    </message>
    <message>
        <source>/proc/softirqs: no softirq rows found</source>
        <translation>/proc/softirqs: no softirq rows found</translation>
    </message>
    <message>
        <source>ss: line %1 is truncated</source>
        <translation>ss: line %1 is truncated</translation>
    </message>
    <message>
        <source>ss: line %1 has an unknown state %2</source>
        <translation>ss: line %1 has an unknown state %2</translation>
    </message>
    <message>
        <source>ss: line %1 holds a field that cannot be read</source>
        <translation>ss: line %1 holds a field that cannot be read</translation>
    </message>
    <message>
        <source>ss: neither a header nor a TCP socket found</source>
        <translation>ss: neither a header nor a TCP socket found</translation>
    </message>
    <message>
        <source>the sysctl file is empty</source>
        <translation>the sysctl file is empty</translation>
    </message>
    <message>
        <source>the sysctl file holds more than one line</source>
        <translation>the sysctl file holds more than one line</translation>
    </message>
    <message>
        <source>the sysctl value %1 is not a number</source>
        <translation>the sysctl value %1 is not a number</translation>
    </message>
    <message>
        <source>the sysctl file holds %1 values, not one</source>
        <translation>the sysctl file holds %1 values, not one</translation>
    </message>
    <message>
        <source>net/ipv4/ip_local_port_range: %1 values, not two</source>
        <translation>net/ipv4/ip_local_port_range: %1 values, not two</translation>
    </message>
    <message>
        <source>%1: none of the TCP queue settings could be read</source>
        <translation>%1: none of the TCP queue settings could be read</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::HostProbe</name>
    <message>
        <source>The host</source>
        <translation>The host</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 did not answer within %2 s</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3)</source>
        <translation>%1 did not answer within %2 s (%3)</translation>
    </message>
    <message>
        <source>a host is an SSH destination or a node_exporter address</source>
        <translation>a host is an SSH destination or a node_exporter address</translation>
    </message>
    <message>
        <source>tcplab-agent</source>
        <translation>tcplab-agent</translation>
    </message>
    <message>
        <source>the portable sh collector</source>
        <translation>the portable sh collector</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 answers: %2 counters, %3 interfaces, %4 TCP sockets, read with %5.</source>
        <translation>%1 answers: %2 counters, %3 interfaces, %4 TCP sockets, read with %5.</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>Connecting to %1 ...</translation>
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation>Reading %1 ...</translation>
    </message>
    <message>
        <source>%1 sent no counters</source>
        <translation>%1 sent no counters</translation>
    </message>
    <message>
        <source>%1 answers: %2 counters, %3 interfaces.</source>
        <translation>%1 answers: %2 counters, %3 interfaces.</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::NodeExporterSource</name>
    <message>
        <source>%1 is not a whole number: %2</source>
        <translation>%1 is not a whole number: %2</translation>
    </message>
    <message>
        <source>"%1" is not a valid URL.</source>
        <translation>"%1" is not a valid URL.</translation>
    </message>
    <message>
        <source>The node_exporter URL must start with http:// or https://.</source>
        <translation>The node_exporter URL must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The node_exporter URL has no host.</source>
        <translation>The node_exporter URL has no host.</translation>
    </message>
    <message>
        <source>Put no user name or password in the URL; tcplab does not store passwords.</source>
        <translation>Put no user name or password in the URL; tcplab does not store passwords.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 did not answer within %2 s</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 serves no netstat or network metrics: are those collectors on?</source>
        <translation>%1 serves no netstat or network metrics: are those collectors on?</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::PrometheusHistory</name>
    <message>
        <source>"%1" is not a valid URL.</source>
        <translation>"%1" is not a valid URL.</translation>
    </message>
    <message>
        <source>The Prometheus URL must start with http:// or https://.</source>
        <translation>The Prometheus URL must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The Prometheus URL has no host.</source>
        <translation>The Prometheus URL has no host.</translation>
    </message>
    <message>
        <source>Put no user name or password in the URL; tcplab does not store passwords.</source>
        <translation>Put no user name or password in the URL; tcplab does not store passwords.</translation>
    </message>
    <message>
        <source>Give the instance whose history to read, as Prometheus labels it (for example host:9100).</source>
        <translation>Give the instance whose history to read, as Prometheus labels it (for example host:9100).</translation>
    </message>
    <message>
        <source>The instance name is longer than 1024 characters.</source>
        <translation>The instance name is longer than 1024 characters.</translation>
    </message>
    <message>
        <source>The instance name contains a control character.</source>
        <translation>The instance name contains a control character.</translation>
    </message>
    <message>
        <source>The span must be from 1 s to 366 days.</source>
        <translation>The span must be from 1 s to 366 days.</translation>
    </message>
    <message>
        <source>The step must be at least 1 s.</source>
        <translation>The step must be at least 1 s.</translation>
    </message>
    <message>
        <source>The step (%1 s) must not be longer than the span (%2 s).</source>
        <translation>The step (%1 s) must not be longer than the span (%2 s).</translation>
    </message>
    <message>
        <source>A span of %1 s at a step of %2 s is more than %3 points, the most Prometheus answers: choose a step of at least %4 s.</source>
        <translation>A span of %1 s at a step of %2 s is more than %3 points, the most Prometheus answers: choose a step of at least %4 s.</translation>
    </message>
    <message>
        <source>The end of the span must be after 1970.</source>
        <translation>The end of the span must be after 1970.</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer within %2 s.</source>
        <translation>Prometheus at %1 did not answer within %2 s.</translation>
    </message>
    <message>
        <source>Prometheus at %1 refused the connection: is it running, and listening on that port (9090 by default)?</source>
        <translation>Prometheus at %1 refused the connection: is it running, and listening on that port (9090 by default)?</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>The host of %1 was not found.</translation>
    </message>
    <message>
        <source>Reading from Prometheus at %1 failed: %2</source>
        <translation>Reading from Prometheus at %1 failed: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered with an error: %2</source>
        <translation>Prometheus at %1 answered with an error: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered HTTP %2 %3.</source>
        <translation>Prometheus at %1 answered HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 did not answer as a Prometheus server does (JSON from /api/v1/): is this the server's address rather than an exporter's?</source>
        <translation>%1 did not answer as a Prometheus server does (JSON from /api/v1/): is this the server's address rather than an exporter's?</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer with a range of values.</source>
        <translation>Prometheus at %1 did not answer with a range of values.</translation>
    </message>
    <message>
        <source>Prometheus at %1 scrapes instance "%2" but holds no node_exporter series of it (node_netstat_*, node_network_*, node_cpu_seconds_total, node_sockstat_*) in this span: is it a node_exporter with those collectors on?</source>
        <translation>Prometheus at %1 scrapes instance "%2" but holds no node_exporter series of it (node_netstat_*, node_network_*, node_cpu_seconds_total, node_sockstat_*) in this span: is it a node_exporter with those collectors on?</translation>
    </message>
    <message>
        <source>Prometheus at %1 has no series for instance "%2" in this span (the instances it knows could not be listed: %3)</source>
        <translation>Prometheus at %1 has no series for instance "%2" in this span (the instances it knows could not be listed: %3)</translation>
    </message>
    <message>
        <source>Prometheus at %1 has no series for instance "%2", and knows no instances at all: is the exporter in its scrape configuration?</source>
        <translation>Prometheus at %1 has no series for instance "%2", and knows no instances at all: is the exporter in its scrape configuration?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>Prometheus at %1 has no series for instance "%2" in this span. Instances it knows: %3</source>
        <translation>Prometheus at %1 has no series for instance "%2" in this span. Instances it knows: %3</translation>
    </message>
    <message>
        <source>Several jobs scrape this instance (%1); the history is that of job "%2".</source>
        <translation>Several jobs scrape this instance (%1); the history is that of job "%2".</translation>
    </message>
    <message>
        <source>Prometheus has no scrape of the target here: it was down or did not answer</source>
        <translation>Prometheus has no scrape of the target here: it was down or did not answer</translation>
    </message>
    <message>
        <source>Prometheus has no scrape of the target here: it did not scrape for %1 s</source>
        <translation>Prometheus has no scrape of the target here: it did not scrape for %1 s</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::PrometheusMessages</name>
    <message>
        <source>no metric name</source>
        <translation>no metric name</translation>
    </message>
    <message>
        <source>a label without a name</source>
        <translation>a label without a name</translation>
    </message>
    <message>
        <source>no '=' after label %1</source>
        <translation>no '=' after label %1</translation>
    </message>
    <message>
        <source>label %1 has no quoted value</source>
        <translation>label %1 has no quoted value</translation>
    </message>
    <message>
        <source>label %1's value has no closing quote</source>
        <translation>label %1's value has no closing quote</translation>
    </message>
    <message>
        <source>expected ',' or '}' after label %1</source>
        <translation>expected ',' or '}' after label %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>text after the timestamp</source>
        <translation>text after the timestamp</translation>
    </message>
    <message>
        <source>the value "%1" is not a number</source>
        <translation>the value "%1" is not a number</translation>
    </message>
    <message>
        <source>the timestamp "%1" is not a whole number</source>
        <translation>the timestamp "%1" is not a whole number</translation>
    </message>
    <message>
        <source>line %1: a HELP or TYPE line without a metric name</source>
        <translation>line %1: a HELP or TYPE line without a metric name</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>This is not the Prometheus text format: %1</source>
        <translation>This is not the Prometheus text format: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::ShCollector</name>
    <message>
        <source>The remote host could not read /proc/%1.</source>
        <translation>The remote host could not read /proc/%1.</translation>
    </message>
    <message>
        <source>The remote host has no ss (iproute2): no socket census.</source>
        <translation>The remote host has no ss (iproute2): no socket census.</translation>
    </message>
    <message>
        <source>A remote census line cannot be read: %1</source>
        <translation>A remote census line cannot be read: %1</translation>
    </message>
    <message>
        <source>The remote socket census failed: %1</source>
        <translation>The remote socket census failed: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::SshCommand</name>
    <message>
        <source>it starts with '-', which ssh would read as an option</source>
        <translation>it starts with '-', which ssh would read as an option</translation>
    </message>
    <message>
        <source>it holds white space</source>
        <translation>it holds white space</translation>
    </message>
    <message>
        <source>it holds a quote</source>
        <translation>it holds a quote</translation>
    </message>
    <message>
        <source>it holds a control character</source>
        <translation>it holds a control character</translation>
    </message>
    <message>
        <source>it holds the shell character '%1'</source>
        <translation>it holds the shell character '%1'</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>The host name is empty.</translation>
    </message>
    <message>
        <source>The host name "%1" is refused: %2.</source>
        <translation>The host name "%1" is refused: %2.</translation>
    </message>
    <message>
        <source>The host "%1" is neither a name nor an IPv6 address.</source>
        <translation>The host "%1" is neither a name nor an IPv6 address.</translation>
    </message>
    <message>
        <source>The host name "%1" may hold only letters, digits, '.', '-' and '_'.</source>
        <translation>The host name "%1" may hold only letters, digits, '.', '-' and '_'.</translation>
    </message>
    <message>
        <source>The user name "%1" is refused: %2.</source>
        <translation>The user name "%1" is refused: %2.</translation>
    </message>
    <message>
        <source>The user name "%1" may hold only letters, digits, '.', '-' and '_'.</source>
        <translation>The user name "%1" may hold only letters, digits, '.', '-' and '_'.</translation>
    </message>
    <message>
        <source>The host "%1" is refused: %2.</source>
        <translation>The host "%1" is refused: %2.</translation>
    </message>
    <message>
        <source>The user name before '@' is empty.</source>
        <translation>The user name before '@' is empty.</translation>
    </message>
    <message>
        <source>The host "%1" has no closing ']'.</source>
        <translation>The host "%1" has no closing ']'.</translation>
    </message>
    <message>
        <source>The port after "[%1]" must be a number from 1 to 65535.</source>
        <translation>The port after "[%1]" must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The file name "%1" holds a control character.</source>
        <translation>The file name "%1" holds a control character.</translation>
    </message>
    <message>
        <source>The file name "%1" may not hold white space, quotes or '%'.</source>
        <translation>The file name "%1" may not hold white space, quotes or '%'.</translation>
    </message>
    <message>
        <source>The file name "%1" may not start with '-'.</source>
        <translation>The file name "%1" may not start with '-'.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known. Connect once with ssh in a terminal, check the key's fingerprint and accept it; tcplab never accepts host keys by itself.</source>
        <translation>The host key of %1 is not known. Connect once with ssh in a terminal, check the key's fingerprint and accept it; tcplab never accepts host keys by itself.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed since it was recorded in known_hosts. This can be an attack; tcplab refuses to connect. If the host was reinstalled, check the new key and remove the old entry with ssh-keygen -R.</source>
        <translation>The host key of %1 has changed since it was recorded in known_hosts. This can be an attack; tcplab refuses to connect. If the host was reinstalled, check the new key and remove the old entry with ssh-keygen -R.</translation>
    </message>
    <message>
        <source>%1 refused the login: no key was accepted (tcplab never asks for passwords).</source>
        <translation>%1 refused the login: no key was accepted (tcplab never asks for passwords).</translation>
    </message>
    <message>
        <source>%1 refused the connection: is sshd running on that port?</source>
        <translation>%1 refused the connection: is sshd running on that port?</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>The host name %1 could not be resolved.</translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation>ssh to %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::SshSource</name>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>streaming</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stalled</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>Connecting to %1 ...</translation>
    </message>
    <message>
        <source>The ssh program could not be started: is OpenSSH's client installed?</source>
        <translation>The ssh program could not be started: is OpenSSH's client installed?</translation>
    </message>
    <message>
        <source>No counters from %1 for %2 s</source>
        <translation>No counters from %1 for %2 s</translation>
    </message>
    <message>
        <source>ssh was killed</source>
        <translation>ssh was killed</translation>
    </message>
    <message>
        <source>The connection to %1 closed (exit code %2)</source>
        <translation>The connection to %1 closed (exit code %2)</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1; reconnecting in %2 s</translation>
    </message>
    <message>
        <source>No counters from %1 yet</source>
        <translation>No counters from %1 yet</translation>
    </message>
    <message>
        <source>No counters from %1 for %2 s (%3)</source>
        <translation>No counters from %1 for %2 s (%3)</translation>
    </message>
    <message>
        <source>tcplab-agent cannot be read at %1: %2</source>
        <translation>tcplab-agent cannot be read at %1: %2</translation>
    </message>
    <message>
        <source>%1; reading %2 with the portable sh collector instead</source>
        <translation>%1; reading %2 with the portable sh collector instead</translation>
    </message>
    <message>
        <source>tcplab-agent is built for %1, %2 is %3</source>
        <translation>tcplab-agent is built for %1, %2 is %3</translation>
    </message>
    <message>
        <source>%1; reading it with the portable sh collector</source>
        <translation>%1; reading it with the portable sh collector</translation>
    </message>
    <message>
        <source>tcplab-agent could not run on %1 (exit status %2)</source>
        <translation>tcplab-agent could not run on %1 (exit status %2)</translation>
    </message>
    <message>
        <source>Streaming from %1 (tcplab-agent)</source>
        <translation>Streaming from %1 (tcplab-agent)</translation>
    </message>
    <message>
        <source>Streaming from %1 (sh collector)</source>
        <translation>Streaming from %1 (sh collector)</translation>
    </message>
    <message>
        <source>tcplab-agent was copied to %1 but is not there intact when started</source>
        <translation>tcplab-agent was copied to %1 but is not there intact when started</translation>
    </message>
    <message>
        <source>tcplab-agent does not stay intact on %1</source>
        <translation>tcplab-agent does not stay intact on %1</translation>
    </message>
    <message>
        <source>Copying tcplab-agent (%1 KiB) to %2 ...</source>
        <translation>Copying tcplab-agent (%1 KiB) to %2 ...</translation>
    </message>
    <message>
        <source>The ssh program could not be started</source>
        <translation>The ssh program could not be started</translation>
    </message>
    <message>
        <source>the copy of tcplab-agent on %1 does not have the right SHA-256 (is sha256sum installed?)</source>
        <translation>the copy of tcplab-agent on %1 does not have the right SHA-256 (is sha256sum installed?)</translation>
    </message>
    <message>
        <source>tcplab-agent could not be copied to %1 (exit status %2)</source>
        <translation>tcplab-agent could not be copied to %1 (exit status %2)</translation>
    </message>
</context>
<context>
    <name>tcplab::sandbox::SandboxProcess</name>
    <message>
        <source>cannot create a socket pair for the sandbox: %1</source>
        <translation>cannot create a socket pair for the sandbox: %1</translation>
    </message>
    <message>
        <source>tcplab-sandbox ended before it was ready: %1</source>
        <translation>tcplab-sandbox ended before it was ready: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
</context>
<context>
    <name>tcplab::sockets::SocketCensus</name>
    <message>
        <source>not permitted to open a socket diagnostics (netlink sock_diag) socket: %1</source>
        <translation>not permitted to open a socket diagnostics (netlink sock_diag) socket: %1</translation>
    </message>
    <message>
        <source>the kernel refused a socket diagnostics (netlink sock_diag) socket: %1</source>
        <translation>the kernel refused a socket diagnostics (netlink sock_diag) socket: %1</translation>
    </message>
    <message>
        <source>cannot bind the socket diagnostics socket: %1</source>
        <translation>cannot bind the socket diagnostics socket: %1</translation>
    </message>
    <message>
        <source>cannot send the socket diagnostics request for %1: %2</source>
        <translation>cannot send the socket diagnostics request for %1: %2</translation>
    </message>
    <message>
        <source>cannot read the socket diagnostics reply for %1: %2</source>
        <translation>cannot read the socket diagnostics reply for %1: %2</translation>
    </message>
    <message>
        <source>a socket diagnostics message of %1 bytes did not fit into the %2-byte buffer</source>
        <translation>a socket diagnostics message of %1 bytes did not fit into the %2-byte buffer</translation>
    </message>
    <message>
        <source>the kernel stopped the socket diagnostics dump for %1: %2</source>
        <translation>the kernel stopped the socket diagnostics dump for %1: %2</translation>
    </message>
    <message>
        <source>the kernel refused the socket diagnostics request for %1: %2</source>
        <translation>the kernel refused the socket diagnostics request for %1: %2</translation>
    </message>
    <message>
        <source>the kernel has no TCP socket diagnostics for %1 (the inet_diag and tcp_diag modules are missing or cannot be loaded)</source>
        <translation>the kernel has no TCP socket diagnostics for %1 (the inet_diag and tcp_diag modules are missing or cannot be loaded)</translation>
    </message>
    <message>
        <source>not permitted to list the %1 TCP sockets: %2</source>
        <translation>not permitted to list the %1 TCP sockets: %2</translation>
    </message>
    <message>
        <source>the kernel sent a socket diagnostics message too short to read</source>
        <translation>the kernel sent a socket diagnostics message too short to read</translation>
    </message>
    <message>
        <source>no socket diagnostics socket was given</source>
        <translation>no socket diagnostics socket was given</translation>
    </message>
    <message>
        <source>the socket given is not a socket diagnostics (netlink sock_diag) socket</source>
        <translation>the socket given is not a socket diagnostics (netlink sock_diag) socket</translation>
    </message>
</context>
</TS>
