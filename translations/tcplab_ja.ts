<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>tcplab::AboutDialog</name>
    <message>
        <source>About tcplab</source>
        <translation>tcplab について</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>A lab notebook for learning how Linux handles TCP connections: the SYN queue, the accept queue, the listen() backlog and the counters that show a network bottleneck.</source>
        <translation>Linux が TCP 接続をどう扱うかを学ぶための実験ノートです。SYN キュー、accept キュー、listen() のバックログ、そしてネットワークのボトルネックを示すカウンタを扱います。</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (ビルド時 %2)</translation>
    </message>
    <message>
        <source>Linux kernel %1</source>
        <translation>Linux カーネル %1</translation>
    </message>
    <message>
        <source>License: GPL-3.0-or-later</source>
        <translation>ライセンス: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>Optional features</source>
        <translation>オプション機能</translation>
    </message>
</context>
<context>
    <name>tcplab::ChartExporter</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 画像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV データ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the size is too small</source>
        <translation>サイズが小さすぎます</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>ファイルに書き込めません</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>不明な形式です</translation>
    </message>
</context>
<context>
    <name>tcplab::ChecklistView</name>
    <message>
        <source>no rule</source>
        <translation>基準なし</translation>
    </message>
    <message>
        <source>1. Is the packet rate too high?</source>
        <translation>1. パケット数は多すぎないか</translation>
    </message>
    <message>
        <source>in %1/s, out %2/s</source>
        <translation>入力 %1/秒、出力 %2/秒</translation>
    </message>
    <message>
        <source>no fixed limit: compare with this host's usual rate</source>
        <translation>固定の上限なし。このホストの平常時のレートと比べる</translation>
    </message>
    <message>
        <source>netstat -i (or -I interface) every 5 seconds; it prints the packets received and sent in each interval, per interface.</source>
        <translation>netstat -i(または -I インタフェース)を5秒間隔で実行し、区間ごとの入出力パケット数をインタフェース別に読む。</translation>
    </message>
    <message>
        <source>The change of rx_packets and tx_packets in /proc/net/dev over the window, divided by its length in seconds; summed over every interface but loopback.</source>
        <translation>/proc/net/dev の rx_packets と tx_packets の区間内の増分を区間の秒数で割る。ループバックを除く全インタフェースの合計。</translation>
    </message>
    <message>
        <source>2. Is the number of bytes per packet reasonable?</source>
        <translation>2. パケットあたりのバイト数は妥当か</translation>
    </message>
    <message>
        <source>IP: in %1 B, out %2 B; interface: in %3 B, out %4 B</source>
        <translation>IP: 入力 %1 B、出力 %2 B/インタフェース: 入力 %3 B、出力 %4 B</translation>
    </message>
    <message>
        <source>no fixed limit: small packets mean many packets for little data</source>
        <translation>固定の上限なし。パケットが小さいほど、少ないデータに多くのパケットを費やしている</translation>
    </message>
    <message>
        <source>Two netstat -s captures some seconds apart: the change of the TCP data bytes divided by the change of the TCP data segments.</source>
        <translation>数秒おいて採取した2回の netstat -s の差から、TCPデータのバイト数の増分をデータセグメント数の増分で割る。</translation>
    </message>
    <message>
        <source>Linux keeps no TCP byte counts, so the IP counters stand in: the change of IpExt.InOctets over the change of Ip.InReceives (every protocol, IP header included); the interface's bytes over its packets include the Ethernet header.</source>
        <translation>Linux には TCP のバイト数カウンタがないため、IP のカウンタで代用する。IpExt.InOctets の増分を Ip.InReceives の増分で割る(全プロトコル、IPヘッダ込み)。インタフェースのバイト数をパケット数で割った値はイーサネットヘッダを含む。</translation>
    </message>
    <message>
        <source>3. Is the number of connections appropriate?</source>
        <translation>3. コネクション数は適切か</translation>
    </message>
    <message>
        <source>%1 TCP sockets; %2 listen drops/s</source>
        <translation>TCPソケット %1 個、リッスンドロップ %2/秒</translation>
    </message>
    <message>
        <source>any listen drop: look closer</source>
        <translation>リッスンドロップが1件でもあれば要確認</translation>
    </message>
    <message>
        <source>netstat -an, counting the states of every local and remote address pair, protocol by protocol.</source>
        <translation>netstat -an で、ローカルアドレスとリモートアドレスの組ごとの状態をプロトコル別に数える。</translation>
    </message>
    <message>
        <source>The TCP sockets in use from /proc/net/sockstat (ss -s shows the same), and the change of TcpExt.ListenDrops: connections a listener had to turn away.</source>
        <translation>/proc/net/sockstat の使用中TCPソケット数(ss -s と同じ値)と、TcpExt.ListenDrops の増分(リッスンソケットが受け入れられなかった接続)。</translation>
    </message>
    <message>
        <source>4. Is the throughput what it should be?</source>
        <translation>4. スループットは十分に出ているか</translation>
    </message>
    <message>
        <source>in %1 Mbps, out %2 Mbps (guide's method: %3 / %4)</source>
        <translation>入力 %1 Mbps、出力 %2 Mbps(資料の方法: %3 / %4)</translation>
    </message>
    <message>
        <source>problem from %1 Mbps (80 % of a %2 Mbps full-duplex link), look closer from %3 Mbps</source>
        <translation>%1 Mbps 以上で問題(%2 Mbps 全二重リンクの80 %)、%3 Mbps 以上で要確認</translation>
    </message>
    <message>
        <source>Average packet length from checkpoint 2 plus 66 bytes of Ethernet framing, times the packets per second of checkpoint 1, times 8.</source>
        <translation>確認ポイント2の平均パケット長にイーサネットのフレーム分66バイトを加え、確認ポイント1の秒あたりパケット数を掛け、さらに8を掛ける。</translation>
    </message>
    <message>
        <source>The change of the interface's byte count plus 24 bytes per packet that the count leaves out (preamble, frame check sequence, inter-frame gap), times 8, over the window.</source>
        <translation>インタフェースのバイト数の増分に、その数に含まれない1パケットあたり24バイト(プリアンブル、FCS、フレーム間ギャップ)を加えて8を掛け、区間の秒数で割る。</translation>
    </message>
    <message>
        <source>5. Are there errors or retransmissions?</source>
        <translation>5. エラーや再送は発生していないか</translation>
    </message>
    <message>
        <source>Ierrs %1, Oerrs %2, Colls %3, retransmitted %4</source>
        <translation>Ierrs %1、Oerrs %2、Colls %3、再送 %4</translation>
    </message>
    <message>
        <source>the worst of the error rules below</source>
        <translation>下のエラー指標のうち最も悪い判定</translation>
    </message>
    <message>
        <source>netstat -I interface for errs and colls; netstat -s for every counter named like xxxFail or xxxErr; Send-Q and Recv-Q of netstat -an.</source>
        <translation>netstat -I インタフェースで errs と colls を、netstat -s で xxxFail や xxxErr という名前のカウンタを、netstat -an で Send-Q と Recv-Q を見る。</translation>
    </message>
    <message>
        <source>The changes of rx_errors, tx_errors and colls in /proc/net/dev against the packets of the same window, and Tcp.RetransSegs against Tcp.OutSegs from /proc/net/snmp.</source>
        <translation>/proc/net/dev の rx_errors、tx_errors、colls の増分を同じ区間のパケット数と比べ、/proc/net/snmp の Tcp.RetransSegs を Tcp.OutSegs と比べる。</translation>
    </message>
    <message>
        <source>Input errors: Ierrs / Ipkts</source>
        <translation>入力エラー: Ierrs / Ipkts</translation>
    </message>
    <message>
        <source>≥ 0.025 %: problem (delayed input buffers, CRC or checksum errors)</source>
        <translation>0.025 % 以上で問題(入力バッファの処理遅延、CRCエラー、チェックサムエラーなど)</translation>
    </message>
    <message>
        <source>Ierrs over Ipkts from netstat -I; then netstat -s to find the layer at fault.</source>
        <translation>netstat -I の Ierrs を Ipkts で割る。問題があれば netstat -s でどの層かを調べる。</translation>
    </message>
    <message>
        <source>The change of rx_errors over the change of rx_packets in /proc/net/dev, compared in whole numbers so that the limit holds exactly.</source>
        <translation>/proc/net/dev の rx_errors の増分を rx_packets の増分で割る。しきい値がちょうど成り立つよう整数のまま比較する。</translation>
    </message>
    <message>
        <source>Output errors: Oerrs / Opkts</source>
        <translation>出力エラー: Oerrs / Opkts</translation>
    </message>
    <message>
        <source>&gt; 0: look closer (cables, hub, termination); ≥ 0.025 %: problem (Ethernet hardware)</source>
        <translation>0 より大きければ要確認(ケーブル、ハブ、終端)、0.025 % 以上で問題(イーサネットのハードウェア)</translation>
    </message>
    <message>
        <source>Oerrs over Opkts from netstat -I.</source>
        <translation>netstat -I の Oerrs を Opkts で割る。</translation>
    </message>
    <message>
        <source>The change of tx_errors over the change of tx_packets in /proc/net/dev.</source>
        <translation>/proc/net/dev の tx_errors の増分を tx_packets の増分で割る。</translation>
    </message>
    <message>
        <source>Collisions: Colls / Opkts</source>
        <translation>コリジョン: Colls / Opkts</translation>
    </message>
    <message>
        <source>&gt; 2 %: look closer (a saturated segment); ≥ 5 %: problem; 10 % is the most a segment bears</source>
        <translation>2 % を超えたら要確認(セグメントの飽和)、5 % 以上で問題、10 % がセグメントの限界</translation>
    </message>
    <message>
        <source>Colls over Opkts from netstat -I, on a shared (half-duplex) Ethernet segment.</source>
        <translation>共有(半二重)イーサネットのセグメントで、netstat -I の Colls を Opkts で割る。</translation>
    </message>
    <message>
        <source>The change of colls over the change of tx_packets; full-duplex links and virtual interfaces always count 0.</source>
        <translation>colls の増分を tx_packets の増分で割る。全二重リンクや仮想インタフェースでは常に0になる。</translation>
    </message>
    <message>
        <source>All faults: (Colls + Ierrs + Oerrs) / (Ipkts + Opkts)</source>
        <translation>障害全体: (Colls + Ierrs + Oerrs) / (Ipkts + Opkts)</translation>
    </message>
    <message>
        <source>&gt; 2 %: problem (check the Ethernet hardware)</source>
        <translation>2 % を超えたら問題(イーサネットのハードウェアを点検する)</translation>
    </message>
    <message>
        <source>The sum of collisions and errors over the sum of packets, from netstat -I.</source>
        <translation>netstat -I のコリジョンとエラーの合計を、パケット数の合計で割る。</translation>
    </message>
    <message>
        <source>The same sums from the changes in /proc/net/dev.</source>
        <translation>同じ合計を /proc/net/dev の増分から求める。</translation>
    </message>
    <message>
        <source>TCP retransmissions: RetransSegs / OutSegs</source>
        <translation>TCP再送: RetransSegs / OutSegs</translation>
    </message>
    <message>
        <source>&gt; 1 %: look closer; &gt; 5 %: problem (tcplab's rule of thumb, not the guide's)</source>
        <translation>1 % を超えたら要確認、5 % を超えたら問題(資料ではなく tcplab の目安)</translation>
    </message>
    <message>
        <source>The guide lists tcpRetransSegs among the counters to watch but gives no limit.</source>
        <translation>資料は tcpRetransSegs を監視すべきカウンタに挙げているが、しきい値は示していない。</translation>
    </message>
    <message>
        <source>The change of Tcp.RetransSegs over the change of Tcp.OutSegs in /proc/net/snmp.</source>
        <translation>/proc/net/snmp の Tcp.RetransSegs の増分を Tcp.OutSegs の増分で割る。</translation>
    </message>
    <message>
        <source>Listen queue drops</source>
        <translation>リッスンキューでのドロップ</translation>
    </message>
    <message>
        <source>&gt; 0: look closer (a queue too small, a slow server, or a SYN flood)</source>
        <translation>0 より大きければ要確認(キューが小さすぎる、サーバが遅い、または SYN flood)</translation>
    </message>
    <message>
        <source>tcpListenDrop, tcpListenDropQ0 and tcpHalfOpenDrop from netstat -s; the fix was a larger tcp_conn_req_max_q or tcp_conn_req_max_q0.</source>
        <translation>netstat -s の tcpListenDrop、tcpListenDropQ0、tcpHalfOpenDrop。対処は tcp_conn_req_max_q や tcp_conn_req_max_q0 を大きくすることだった。</translation>
    </message>
    <message>
        <source>The change of TcpExt.ListenDrops per second; TcpExt.ListenOverflows, TcpExt.TCPReqQFullDrop and TcpExt.TCPReqQFullDoCookies say which queue.</source>
        <translation>TcpExt.ListenDrops の秒あたりの増分。どのキューかは TcpExt.ListenOverflows、TcpExt.TCPReqQFullDrop、TcpExt.TCPReqQFullDoCookies でわかる。</translation>
    </message>
    <message>
        <source>Network bottleneck checklist</source>
        <translation>ネットワークボトルネックのチェックリスト</translation>
    </message>
    <message>
        <source>Host %1, %2; figures over %3 s; link %4 Mbps.</source>
        <translation>ホスト %1、%2。%3 秒間の値。リンク速度 %4 Mbps。</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>確認ポイント</translation>
    </message>
    <message>
        <source>Linux counters</source>
        <translation>Linux のカウンタ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>The guide's method</source>
        <translation>資料の方法</translation>
    </message>
    <message>
        <source>The Linux method</source>
        <translation>Linux での方法</translation>
    </message>
    <message>
        <source>Table 1: the five checkpoints</source>
        <translation>表1: 5つの確認ポイント</translation>
    </message>
    <message>
        <source>Table 5: error rules</source>
        <translation>表5: エラーの指標</translation>
    </message>
    <message>
        <source>Waiting for two samples of the counters…</source>
        <translation>カウンタのサンプルが2つそろうのを待っています…</translation>
    </message>
    <message>
        <source>Figures over the last %1 s.</source>
        <translation>直近 %1 秒間の値です。</translation>
    </message>
    <message>
        <source>Select a row to see how its figure is computed.</source>
        <translation>行を選ぶと、その値の求め方が表示されます。</translation>
    </message>
    <message>
        <source>The guide (Solaris netstat)</source>
        <translation>資料の方法(Solaris の netstat)</translation>
    </message>
    <message>
        <source>Linux today</source>
        <translation>現在の Linux</translation>
    </message>
    <message>
        <source>Counters, then and now</source>
        <translation>当時のカウンタと現在のカウンタ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>チェックリストのエクスポート</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The network bottleneck checklist of a 2004 performance guide, read from this host's Linux counters.</source>
        <translation>2004年の性能評価資料にあるネットワークボトルネックのチェックリストを、このホストの Linux カウンタから求めます。</translation>
    </message>
    <message>
        <source>Compare with the sample from</source>
        <translation>比較するサンプル:</translation>
    </message>
    <message>
        <source> s ago</source>
        <translation> 秒前</translation>
    </message>
    <message>
        <source>Link speed:</source>
        <translation>リンク速度:</translation>
    </message>
    <message>
        <source> Mbps</source>
        <translation> Mbps</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>レポートをエクスポート…</translation>
    </message>
    <message>
        <source>Checkpoint (Japanese)</source>
        <translation>確認ポイント(日本語)</translation>
    </message>
    <message>
        <source>Checkpoint (English)</source>
        <translation>確認ポイント(英語)</translation>
    </message>
    <message>
        <source>Rule (Japanese)</source>
        <translation>指標(日本語)</translation>
    </message>
    <message>
        <source>Rule (English)</source>
        <translation>指標(英語)</translation>
    </message>
</context>
<context>
    <name>tcplab::Cli</name>
    <message>
        <source>Run the headless job even when there is a display.</source>
        <translation>ディスプレイがあってもヘッドレスジョブを実行します。</translation>
    </message>
    <message>
        <source>Use this language (en or ja) instead of the saved one.</source>
        <translation>保存された言語の代わりにこの言語 (en または ja) を使います。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Rows the headless job prints (default 5).</source>
        <translation>ヘッドレスジョブが表示する行数 (既定値 5)。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Milliseconds between the headless job's rows (default 1000).</source>
        <translation>ヘッドレスジョブの行の間隔 (ミリ秒、既定値 1000)。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>tcplab: --rows takes a whole number from 1 up</source>
        <translation>tcplab: --rows には 1 以上の整数を指定してください</translation>
    </message>
    <message>
        <source>tcplab: --interval takes milliseconds from 100 to 60000</source>
        <translation>tcplab: --interval には 100 から 60000 までのミリ秒を指定してください</translation>
    </message>
    <message numerus="yes">
        <source>tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job runs instead: this machine's live counters, %n row(s).</source>
        <translation><numerusform>tcplab: ディスプレイが見つかりません (DISPLAY も WAYLAND_DISPLAY も設定されていません)。代わりにヘッドレスジョブとして、このマシンのカウンタを %n 行表示します。</numerusform></translation>
    </message>
    <message>
        <source>tcplab: --port takes a port number from 1 to 65535</source>
        <translation>tcplab: --port には 1 から 65535 のポート番号を指定してください</translation>
    </message>
    <message>
        <source>Counts this machine's TCP sockets per state and lists every listener's accept queue (Recv-Q), its limit (Send-Q) and its half-open connections (SYN-RECV).</source>
        <translation>このマシンの TCP ソケットを状態ごとに数え、リッスンソケットごとに accept キュー (Recv-Q)、その上限 (Send-Q)、ハーフオープンの接続 (SYN-RECV) を一覧にします。</translation>
    </message>
    <message>
        <source>The census command.</source>
        <translation>census コマンド。</translation>
    </message>
    <message>
        <source>Only sockets with this local or remote port.</source>
        <translation>ローカルまたはリモートのポートがこの番号のソケットだけを対象にします。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Print one JSON object instead of tables.</source>
        <translation>表の代わりに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>tcplab: %1</source>
        <translation>tcplab: %1</translation>
    </message>
    <message>
        <source>Samples this machine's counters and sockets and prints one line per sample: rates, CPU split, socket states and listen queues.</source>
        <translation>このマシンのカウンタとソケットを一定間隔で読み取り、1 サンプルを 1 行で表示します: レート、CPU の内訳、ソケットの状態、リッスンキュー。</translation>
    </message>
    <message>
        <source>The sample command.</source>
        <translation>sample コマンド。</translation>
    </message>
    <message>
        <source>Milliseconds between samples, 100 to 60000 (default 1000).</source>
        <translation>サンプルの間隔 (ミリ秒、100 から 60000、既定値 1000)。</translation>
    </message>
    <message>
        <source>Stop after this many samples (default: run until stopped).</source>
        <translation>この数のサンプルを取ったら終了します (既定: 止めるまで続けます)。</translation>
    </message>
    <message>
        <source>Count only sockets with this local or remote port.</source>
        <translation>ローカルまたはリモートのポートがこの番号のソケットだけを数えます。</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>1 行に 1 つの JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>tcplab: --count takes a whole number, 0 for no limit</source>
        <translation>tcplab: --count には整数を指定してください (0 は無制限)</translation>
    </message>
    <message>
        <source>tcplab: --%1 takes a whole number, not "%2"</source>
        <translation>tcplab: --%1 には整数を指定してください ("%2" は使えません)</translation>
    </message>
    <message>
        <source>Start from this preset (see --list-presets).</source>
        <translation>このプリセットから始めます (--list-presets を参照)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>List the presets and exit.</source>
        <translation>プリセットの一覧を表示して終了します。</translation>
    </message>
    <message>
        <source>The backlog the server passes to listen().</source>
        <translation>サーバが listen() に渡すバックログ。</translation>
    </message>
    <message>
        <source>Clients that connect at once.</source>
        <translation>一斉に接続するクライアントの数。</translation>
    </message>
    <message>
        <source>Half-open clients started first, which ignore the SYN-ACK for a while.</source>
        <translation>先に起動し、しばらく SYN-ACK を無視するハーフオープンのクライアントの数。</translation>
    </message>
    <message>
        <source>When the late clients complete their handshakes, or -1 for never.</source>
        <translation>遅延クライアントがハンドシェイクを完了する時刻。-1 なら完了しません。</translation>
    </message>
    <message>
        <source>net.core.somaxconn in the sandbox.</source>
        <translation>サンドボックス内の net.core.somaxconn。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_max_syn_backlog in the sandbox.</source>
        <translation>サンドボックス内の net.ipv4.tcp_max_syn_backlog。</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_syncookies in the sandbox: 0, 1 or 2.</source>
        <translation>サンドボックス内の net.ipv4.tcp_syncookies: 0、1、2 のいずれか。</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_abort_on_overflow in the sandbox: 0 or 1.</source>
        <translation>サンドボックス内の net.ipv4.tcp_abort_on_overflow: 0 または 1。</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_synack_retries in the sandbox.</source>
        <translation>サンドボックス内の net.ipv4.tcp_synack_retries。</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_syn_retries in the sandbox.</source>
        <translation>サンドボックス内の net.ipv4.tcp_syn_retries。</translation>
    </message>
    <message>
        <source>How the server accepts: never, delay:MS or immediate.</source>
        <translation>サーバの accept の仕方: never、delay:MS、immediate のいずれか。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Seconds a client waits for its handshake.</source>
        <translation>クライアントがハンドシェイクを待つ秒数。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Seconds the run is watched after the clients start.</source>
        <translation>クライアントの開始後に観測する秒数。</translation>
    </message>
    <message>
        <source>Run on this host's 127.0.0.1 without a sandbox: this host's settings, read only; counters are host-wide.</source>
        <translation>サンドボックスを使わずにこのホストの 127.0.0.1 で実行します。設定はこのホストのものを読み取るだけで、カウンタはホスト全体の値です。</translation>
    </message>
    <message>
        <source>The server's port (default 11000 in the sandbox, any free port on the host).</source>
        <translation>サーバのポート (既定ではサンドボックス内は 11000、ホストでは空いている任意のポート)。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the table.</source>
        <translation>表の代わりに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>tcplab: there is no preset "%1" (see --list-presets)</source>
        <translation>tcplab: プリセット "%1" はありません (--list-presets を参照)</translation>
    </message>
    <message>
        <source>tcplab: --accept delay:MS takes a whole number of milliseconds</source>
        <translation>tcplab: --accept delay:MS にはミリ秒を整数で指定してください</translation>
    </message>
    <message>
        <source>tcplab: --accept takes never, delay:MS or immediate, not "%1"</source>
        <translation>tcplab: --accept には never、delay:MS、immediate のいずれかを指定してください ("%1" は使えません)</translation>
    </message>
    <message numerus="yes">
        <source>tcplab: running the experiment for %n second(s)...</source>
        <translation><numerusform>tcplab: 実験を %n 秒間実行しています...</numerusform></translation>
    </message>
    <message>
        <source>tcplab: the experiment failed: %1</source>
        <translation>tcplab: 実験に失敗しました: %1</translation>
    </message>
    <message>
        <source>Runs a backlog experiment in a private network namespace (or on this host's loopback) and prints what the server and the clients saw, beside what the kernel model expected.</source>
        <translation>専用のネットワーク名前空間 (またはこのホストのループバック) でバックログの実験を行い、サーバとクライアントが観測した結果を、カーネルモデルの予測と並べて表示します。</translation>
    </message>
    <message>
        <source>The experiment command.</source>
        <translation>experiment コマンド。</translation>
    </message>
    <message>
        <source>tcplab: unexpected argument "%1"</source>
        <translation>tcplab: 予期しない引数 "%1" があります</translation>
    </message>
    <message>
        <source>tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job runs instead: the experiment %1 in a private network namespace.</source>
        <translation>tcplab: ディスプレイが見つからないため (DISPLAY も WAYLAND_DISPLAY も設定されていません)、代わりにヘッドレスジョブを実行します: 専用のネットワーク名前空間での実験 %1 です。</translation>
    </message>
    <message>
        <source>tcplab: the experiment could not run: %1</source>
        <translation>tcplab: 実験を実行できませんでした: %1</translation>
    </message>
    <message>
        <source>tcplab: showing this machine's live counters instead.</source>
        <translation>tcplab: 代わりにこのマシンのライブカウンタを表示します。</translation>
    </message>
    <message>
        <source>A lab notebook for learning how Linux handles TCP connections. Without a display it runs the first experiment preset (seed-backlog-10) and prints its result instead; --headless prints this machine's live counters.

Commands:
  tcplab sample   counters, rates, socket states and listen queues, one line per sample
  tcplab census   TCP socket counts per state and the listener table
  tcplab experiment   a backlog experiment in a private network namespace, measured beside the kernel model's prediction
  tcplab record   keep this machine's counters in a notebook for a while
  tcplab export   write a notebook's write-up as HTML, PDF, Markdown or CSV</source>
        <translation>Linux が TCP 接続をどう扱うかを学ぶための実験ノートです。ディスプレイがない場合は、代わりに最初の実験プリセット (seed-backlog-10) を実行して結果を表示します。--headless を付けると、このマシンのカウンタをリアルタイムに表示します。

コマンド:
  tcplab sample   カウンタ、レート、ソケットの状態、リッスンキューを 1 サンプル 1 行で表示
  tcplab census   状態ごとの TCP ソケット数とリッスンソケットの一覧
  tcplab experiment   専用のネットワーク名前空間でバックログの実験を行い、カーネルモデルの予想と並べて表示
  tcplab record   このマシンのカウンタを一定時間ノートに記録
  tcplab export   ノートのレポートを HTML、PDF、Markdown、CSV で書き出す</translation>
    </message>
    <message>
        <source>Record the run in this notebook file (made when it does not exist).</source>
        <translation>実験の結果をこのノートファイルに記録します (なければ作成します)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Records this machine's counters into a notebook for a while.</source>
        <translation>このマシンのカウンタを一定時間ノートに記録します。</translation>
    </message>
    <message>
        <source>The record command.</source>
        <translation>record コマンド。</translation>
    </message>
    <message>
        <source>The notebook file (made when it does not exist).</source>
        <translation>ノートファイル (なければ作成します)。</translation>
    </message>
    <message>
        <source>Seconds to record.</source>
        <translation>記録する秒数。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>tcplab: record needs --notebook FILE</source>
        <translation>tcplab: record には --notebook FILE が必要です</translation>
    </message>
    <message>
        <source>tcplab: --duration takes seconds from 1 to 604800</source>
        <translation>tcplab: --duration には 1 から 604800 までの秒数を指定してください</translation>
    </message>
    <message>
        <source>Writes a notebook's write-up as HTML, PDF, Markdown or CSV.</source>
        <translation>ノートのレポートを HTML、PDF、Markdown、CSV で書き出します。</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>export コマンド。</translation>
    </message>
    <message>
        <source>The notebook file.</source>
        <translation>ノートファイル。</translation>
    </message>
    <message>
        <source>html, pdf, md or csv (default html).</source>
        <translation>html、pdf、md、csv のいずれか (既定値 html)。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>The folder to write into (default: the current one).</source>
        <translation>書き出し先のフォルダ (既定: 現在のフォルダ)。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>The PDF's page size: a4 or letter (default a4).</source>
        <translation>PDF の用紙サイズ: a4 または letter (既定値 a4)。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>tcplab: export needs the notebook file</source>
        <translation>tcplab: export にはノートファイルが必要です</translation>
    </message>
    <message>
        <source>tcplab: --page takes a4 or letter</source>
        <translation>tcplab: --page には a4 または letter を指定してください</translation>
    </message>
    <message>
        <source>Sample a remote host over SSH: host, user@host or [host]:port.</source>
        <translation>SSH でリモートホストを読み取ります: host、user@host、または [host]:port。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>The private key ssh uses.</source>
        <translation>ssh が使う秘密鍵。</translation>
    </message>
    <message>
        <source>The known_hosts file ssh checks the host key against.</source>
        <translation>ssh がホスト鍵を照合する known_hosts ファイル。</translation>
    </message>
    <message>
        <source>Sample a Prometheus node_exporter's /metrics.</source>
        <translation>Prometheus node_exporter の /metrics を読み取ります。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>tcplab: choose --ssh or --node-exporter, not both</source>
        <translation>tcplab: --ssh と --node-exporter はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>node_exporter reports no socket census</source>
        <translation>node_exporter はソケットの集計を提供しません</translation>
    </message>
    <message>
        <source>How the remote host is read: agent (tcplab-agent, copied there), sh (a portable shell loop) or auto (the agent where it can run; the default).</source>
        <translation>リモートホストの読み方: agent (tcplab-agent をコピーして使う)、sh (移植性のあるシェルのループ)、auto (動かせる所では agent。既定)。</translation>
    </message>
    <message>
        <source>Print the recorded history of --instance from this Prometheus server instead of sampling.</source>
        <translation>サンプリングする代わりに、この Prometheus サーバが記録した --instance の履歴を表示します。</translation>
    </message>
    <message>
        <source>The target whose history to print, as Prometheus labels it.</source>
        <translation>履歴を表示する対象 (Prometheus のラベルのとおり)。</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>How far back the history goes: 30s, 15m, 2h or seconds (default 15m).</source>
        <translation>どこまで遡るか: 30s、15m、2h または秒数 (既定 15m)。</translation>
    </message>
    <message>
        <source>span</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Time between points of the history (default: the span / 1000, at least 1 s).</source>
        <translation>履歴の点の間隔 (既定: 期間 / 1000、最低 1 秒)。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>tcplab: --prometheus reads a recorded history; use it without --ssh and --node-exporter</source>
        <translation>tcplab: --prometheus は記録された履歴を読みます。--ssh や --node-exporter と一緒には使えません</translation>
    </message>
    <message>
        <source>tcplab: --instance, --span and --step go with --prometheus</source>
        <translation>tcplab: --instance、--span、--step は --prometheus と一緒に使います</translation>
    </message>
    <message>
        <source>tcplab: --mode takes agent, sh or auto</source>
        <translation>tcplab: --mode には agent、sh、auto のどれかを指定します</translation>
    </message>
    <message>
        <source>Put the server and the clients on two hosts of the sandbox, joined by a link, and show each host's states and counters.</source>
        <translation>サーバとクライアントをリンクでつないだサンドボックスの 2 台のホストに置き、ホストごとの状態とカウンタを表示します。</translation>
    </message>
    <message>
        <source>Run the server on this SSH host (loopback or a host added in the hosts dialog).</source>
        <translation>この SSH ホストでサーバを動かします (ループバックか、ホストの設定で追加したホスト)。</translation>
    </message>
    <message>
        <source>Run the clients on this SSH host (loopback or a host added in the hosts dialog).</source>
        <translation>この SSH ホストでクライアントを動かします (ループバックか、ホストの設定で追加したホスト)。</translation>
    </message>
    <message>
        <source>Runs a load pattern between the two hosts of a sandbox (a server host and a client host joined by a rate-limited link) and prints, per host and per phase, packets per second, bytes per packet, Mbps, the CPU split and the TCP counters.</source>
        <translation>サンドボックスの 2 台のホスト (速度を制限したリンクでつないだサーバホストとクライアントホスト) の間で負荷パターンを流し、ホストごと・フェーズごとに秒あたりパケット数、パケットあたりバイト数、Mbps、CPU の内訳、TCP カウンタを表示します。</translation>
    </message>
    <message>
        <source>The traffic command.</source>
        <translation>traffic コマンド。</translation>
    </message>
    <message>
        <source>put, get, put-then-get, rr, churn or congested (default put).</source>
        <translation>put、get、put-then-get、rr、churn、congested のどれか (既定 put)。</translation>
    </message>
    <message>
        <source>The link's rate: 10mbit, 100mbit, 1gbit or unlimited (default 100mbit).</source>
        <translation>リンクの速度: 10mbit、100mbit、1gbit、unlimited (既定 100mbit)。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>The link's MTU (default 1500).</source>
        <translation>リンクの MTU (既定 1500)。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>The link's queue in bytes (default: 20 ms at the rate).</source>
        <translation>リンクのキューの大きさ (バイト。既定: その速度での 20 ミリ秒分)。</translation>
    </message>
    <message>
        <source>Seconds each phase lasts (default 5).</source>
        <translation>各フェーズの秒数 (既定 5)。</translation>
    </message>
    <message>
        <source>rr: bytes each way per request (default 1000).</source>
        <translation>rr: 1 回の要求で片方向に送るバイト数 (既定 1000)。</translation>
    </message>
    <message>
        <source>rr and churn: connections at once (default 4).</source>
        <translation>rr と churn: 同時に張る接続の数 (既定 4)。</translation>
    </message>
    <message>
        <source>tcplab: --%1 takes a number, not "%2"</source>
        <translation>tcplab: --%1 には数を指定します ("%2" は使えません)</translation>
    </message>
    <message>
        <source>tcplab: running %1 for %2 s...</source>
        <translation>tcplab: %1 を %2 秒間実行しています...</translation>
    </message>
    <message>
        <source>tcplab: the traffic run failed: %1</source>
        <translation>tcplab: トラフィックの実行に失敗しました: %1</translation>
    </message>
    <message>
        <source>tcplab: --%1: %2</source>
        <translation>tcplab: --%1: %2</translation>
    </message>
    <message>
        <source>Monitor recording, %1</source>
        <translation>モニタの記録、%1</translation>
    </message>
    <message>
        <source>tcplab: the recording could not be written to %1: %2</source>
        <translation>tcplab: 記録を %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>tcplab: cannot make the folder %1</source>
        <translation>tcplab: フォルダ %1 を作れません</translation>
    </message>
    <message>
        <source>tcplab: --format takes html, pdf, md or csv</source>
        <translation>tcplab: --format には html、pdf、md、csv のいずれかを指定します</translation>
    </message>
    <message>
        <source>The shelf of kernels tcplab boots in virtual machines: Debian's cloud kernels (%1), fetched from the Debian archive and checked against its signed index, and kernel files of your own.</source>
        <translation>tcplab が仮想マシンで起動するカーネルの棚です。Debian のクラウド向けカーネル (%1) を Debian アーカイブから取得して署名付きインデックスで検証したものと、手元のカーネルファイルを置けます。</translation>
    </message>
    <message>
        <source>The kernels command.</source>
        <translation>kernels コマンド。</translation>
    </message>
    <message>
        <source>list (the default), fetch NAME..., add NAME FILE, or remove NAME...</source>
        <translation>list (既定)、fetch 名前...、add 名前 ファイル、remove 名前... のいずれか</translation>
    </message>
    <message>
        <source>With add: the kernel's modules folder (/lib/modules/RELEASE).</source>
        <translation>add と一緒に使う: カーネルのモジュールフォルダ (/lib/modules/リリース)。</translation>
    </message>
    <message>
        <source>With list: one JSON object instead of a table.</source>
        <translation>list と一緒に使う: 表の代わりに JSON オブジェクトを1つ出力します。</translation>
    </message>
    <message>
        <source>tcplab: kernels takes list, fetch NAME..., add NAME FILE [--modules DIR] or remove NAME...</source>
        <translation>tcplab: kernels には list、fetch 名前...、add 名前 ファイル [--modules フォルダ]、remove 名前... のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Kernel shelf: %1</source>
        <translation>カーネルの棚: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>未取得</translation>
    </message>
    <message>
        <source>%1, %2, from %3</source>
        <translation>%1、%2、取得元 %3</translation>
    </message>
    <message>
        <source>tcplab: cannot fetch %1: %2</source>
        <translation>tcplab: %1 を取得できません: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, package %4 %5)</source>
        <translation>%1: %2 (%3、パッケージ %4 %5)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Run on these kernels, one after the other, each in a virtual machine: host (this machine's), debian11, debian12, debian13, unstable (fetched for the shelf when missing) or a kernel file.</source>
        <translation>これらのカーネルで順に実行します。それぞれ仮想マシンで動かします: host (このマシンのカーネル)、debian11、debian12、debian13、unstable (棚になければ取得します)、またはカーネルファイル。</translation>
    </message>
    <message>
        <source>name,...</source>
        <translation>名前,...</translation>
    </message>
    <message>
        <source>tcplab: fetching %1 for the shelf...</source>
        <translation>tcplab: 棚に置くため %1 を取得しています...</translation>
    </message>
    <message>
        <source>tcplab: --kernel takes host, %1 or a kernel file, not "%2"</source>
        <translation>tcplab: --kernel には host、%1 またはカーネルファイルを指定してください。「%2」は使えません</translation>
    </message>
    <message numerus="yes">
        <source>tcplab: %1: running the experiment for %n second(s)...</source>
        <translation><numerusform>tcplab: %1: 実験を %n 秒間実行しています...</numerusform></translation>
    </message>
    <message>
        <source>tcplab: %1: the experiment failed: %2</source>
        <translation>tcplab: %1: 実験に失敗しました: %2</translation>
    </message>
    <message>
        <source>tcplab: %1: measuring what kernel %2 does (a calibration run)...</source>
        <translation>tcplab: %1: カーネル %2 の振る舞いを測定しています (較正の実行)...</translation>
    </message>
    <message>
        <source>the kernels side by side</source>
        <translation>カーネルを並べて比較</translation>
    </message>
</context>
<context>
    <name>tcplab::ExperimentPanel</name>
    <message>
        <source>accept queue</source>
        <translation>accept キュー</translation>
    </message>
    <message>
        <source>server SYN_RECV</source>
        <translation>サーバ SYN_RECV</translation>
    </message>
    <message>
        <source>server ESTABLISHED</source>
        <translation>サーバ ESTABLISHED</translation>
    </message>
    <message>
        <source>client SYN_SENT</source>
        <translation>クライアント SYN_SENT</translation>
    </message>
    <message>
        <source>client ESTABLISHED</source>
        <translation>クライアント ESTABLISHED</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the experiment (%1)</source>
        <translation>実験を実行します (%1)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>実行を止めます (Esc)</translation>
    </message>
    <message>
        <source>Cop&amp;y Result</source>
        <translation>結果をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Save Result as &amp;CSV…</source>
        <translation>結果を CSV で保存(&amp;C)…</translation>
    </message>
    <message>
        <source>During the run</source>
        <translation>実行中の推移</translation>
    </message>
    <message>
        <source>seconds since the clients started</source>
        <translation>クライアント開始からの秒数</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>ソケット数</translation>
    </message>
    <message>
        <source>Choose a preset or set the fields, then run. The run takes place in a private network namespace: nothing on this host changes.</source>
        <translation>プリセットを選ぶか各項目を設定して、実行してください。実験は専用のネットワーク名前空間で行われるので、このホストには何の変更も加わりません。</translation>
    </message>
    <message>
        <source>%1 — %2 s of about %3 s</source>
        <translation>%1 — 約 %3 秒のうち %2 秒</translation>
    </message>
    <message>
        <source>the experiment's server</source>
        <translation>実験のサーバ</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>%1 秒で完了しました。</translation>
    </message>
    <message>
        <source>The run did not finish.</source>
        <translation>実行は完了しませんでした。</translation>
    </message>
    <message>
        <source>Save Result</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>カーネル(&amp;K):</translation>
    </message>
    <message>
        <source>Where the run happens: this machine's kernel in a private network namespace, a kernel from the shelf in a small virtual machine, or the same run on this machine and every shelf kernel, side by side.</source>
        <translation>実行する場所: 専用のネットワーク名前空間でこのマシンのカーネル、小さな仮想マシンで棚のカーネル、または同じ実行をこのマシンと棚のすべてのカーネルで行って並べて比べます。</translation>
    </message>
    <message>
        <source>Shelf…</source>
        <translation>棚…</translation>
    </message>
    <message>
        <source>Fetch, add and remove kernels (%1)</source>
        <translation>カーネルの取得・追加・削除 (%1)</translation>
    </message>
    <message>
        <source>This machine (Linux %1)</source>
        <translation>このマシン (Linux %1)</translation>
    </message>
    <message>
        <source>%1 (Linux %2, virtual machine)</source>
        <translation>%1 (Linux %2、仮想マシン)</translation>
    </message>
    <message numerus="yes">
        <source>Compare kernels: this machine and the %n on the shelf</source>
        <translation><numerusform>カーネルを比較: このマシンと棚の %n 個</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Finished on %n kernel(s).</source>
        <translation><numerusform>%n 個のカーネルで完了しました。</numerusform></translation>
    </message>
    <message>
        <source>Finished; %1 of %2 runs did not complete (see the notes).</source>
        <translation>完了しました。%2 回のうち %1 回は最後まで実行できませんでした (注記を参照)。</translation>
    </message>
    <message>
        <source>Finished in %1 s on %2 (Linux %3), in a virtual machine run by %4.</source>
        <translation>%2 (Linux %3) で %1 秒で完了しました。仮想マシンは %4 で動きました。</translation>
    </message>
    <message>
        <source>Ran on %1 (Linux %2) in a virtual machine with %3: %4</source>
        <translation>%1 (Linux %2) を %3 の仮想マシンで実行: %4</translation>
    </message>
</context>
<context>
    <name>tcplab::ExperimentSettingsForm</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>プリセット(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Backlog:</source>
        <translation>バックログ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>クライアント数(&amp;C):</translation>
    </message>
    <message>
        <source>Late clients:</source>
        <translation>遅れるクライアント:</translation>
    </message>
    <message>
        <source>&amp;somaxconn:</source>
        <translation>somaxconn(&amp;S):</translation>
    </message>
    <message>
        <source>tcp_&amp;max_syn_backlog:</source>
        <translation>tcp_max_syn_backlog(&amp;M):</translation>
    </message>
    <message>
        <source>tcp_sync&amp;ookies:</source>
        <translation>tcp_syncookies(&amp;O):</translation>
    </message>
    <message>
        <source>tcp_&amp;abort_on_overflow:</source>
        <translation>tcp_abort_on_overflow(&amp;A):</translation>
    </message>
    <message>
        <source>tcp_synack_&amp;retries:</source>
        <translation>tcp_synack_retries(&amp;R):</translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation>accept:</translation>
    </message>
    <message>
        <source>Client &amp;timeout:</source>
        <translation>クライアントのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Observe:</source>
        <translation>観察時間(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Host loopback:</source>
        <translation>ホストのループバック(&amp;H):</translation>
    </message>
    <message>
        <source>T&amp;wo hosts:</source>
        <translation>2 台のホスト(&amp;W):</translation>
    </message>
    <message>
        <source>Backlog passed to listen():</source>
        <translation>listen() に渡すバックログ:</translation>
    </message>
    <message>
        <source>Clients connecting at once:</source>
        <translation>同時に接続するクライアント数:</translation>
    </message>
    <message>
        <source>Half-open clients (started first):</source>
        <translation>ハーフオープンのクライアント数(先に開始):</translation>
    </message>
    <message>
        <source>They complete after (ms, -1 never):</source>
        <translation>ハンドシェイク完了までの時間(ms、-1 は完了しない):</translation>
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
        <translation>サーバの accept() の呼び方:</translation>
    </message>
    <message>
        <source>Delay between accept() calls (ms):</source>
        <translation>accept() の呼び出し間隔(ms):</translation>
    </message>
    <message>
        <source>Observe for (s):</source>
        <translation>観測時間(秒):</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>namespace default</source>
        <translation>名前空間の既定値</translation>
    </message>
    <message>
        <source>never (a SYN flood)</source>
        <translation>しない (SYN フラッド)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>When the late clients start to see the server's SYN-ACK and complete their handshakes</source>
        <translation>遅れるクライアントがサーバの SYN-ACK を受け取り始め、ハンドシェイクを完了する時刻</translation>
    </message>
    <message>
        <source>Half-open clients started before the others; they ignore the SYN-ACK for a while</source>
        <translation>他より先に始めるハーフオープンのクライアント。しばらくの間 SYN-ACK を無視します</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>0: off</source>
        <translation>0: 無効</translation>
    </message>
    <message>
        <source>1: when the SYN queue is full</source>
        <translation>1: SYN キューが満杯のとき</translation>
    </message>
    <message>
        <source>2: always</source>
        <translation>2: 常に</translation>
    </message>
    <message>
        <source>0: drop the final ACK</source>
        <translation>0: 最後の ACK を破棄する</translation>
    </message>
    <message>
        <source>1: reset the connection</source>
        <translation>1: 接続をリセット</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>one every</source>
        <translation>一定間隔で 1 本ずつ</translation>
    </message>
    <message>
        <source>slowly, one at a time</source>
        <translation>1つずつゆっくり</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>すぐに</translation>
    </message>
    <message>
        <source>this host's settings, no sandbox</source>
        <translation>このホストの設定を使い、サンドボックスを使わない</translation>
    </message>
    <message>
        <source>server and clients on two hosts joined by a link</source>
        <translation>サーバとクライアントをリンクでつないだ 2 台のホストに置く</translation>
    </message>
    <message>
        <source>As in the lab log, where the server and the client were two machines: each host's socket states and counters are read apart (sandbox only)</source>
        <translation>実験ログでサーバとクライアントが別々のマシンだったのと同じ形にします。ソケットの状態とカウンタはホストごとに読みます (サンドボックスのみ)</translation>
    </message>
</context>
<context>
    <name>tcplab::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>グラフのエクスポート</translation>
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
        <translation>参照…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>グラフ:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <source>%1 × %2 mm when printed</source>
        <translation>印刷時の大きさ: %1 × %2 mm</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>既存のフォルダー内のファイルを指定してください。</translation>
    </message>
</context>
<context>
    <name>tcplab::Features</name>
    <message>
        <source>Syntax highlighting (KSyntaxHighlighting)</source>
        <translation>構文ハイライト (KSyntaxHighlighting)</translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n syntax definitions</source>
        <translation><numerusform>バージョン %1、構文定義 %n 個</numerusform></translation>
    </message>
    <message>
        <source>not built in: commands and code are shown in plain monospace</source>
        <translation>組み込まれていません: コマンドとコードは装飾なしの等幅フォントで表示されます</translation>
    </message>
</context>
<context>
    <name>tcplab::HistoryWindow</name>
    <message>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Prometheus History</source>
        <translation>Prometheus の履歴</translation>
    </message>
    <message>
        <source>&amp;Prometheus:</source>
        <translation>&amp;Prometheus:</translation>
    </message>
    <message>
        <source>The Prometheus server that scrapes the node_exporters, e.g. http://host:9090 (add servers under View ▸ Remote Hosts)</source>
        <translation>node_exporter を収集している Prometheus サーバ。例: http://host:9090 (サーバは 表示 ▸ リモートホスト で追加できます)</translation>
    </message>
    <message>
        <source>http://host:9090</source>
        <translation>http://host:9090</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>インスタンス(&amp;I):</translation>
    </message>
    <message>
        <source>host:9100, other-host:9100</source>
        <translation>host:9100, other-host:9100</translation>
    </message>
    <message>
        <source>The node_exporter instances to chart side by side, as Prometheus labels them, separated by commas or spaces</source>
        <translation>並べてグラフにする node_exporter のインスタンス (Prometheus のラベルのとおり)。カンマか空白で区切ります</translation>
    </message>
    <message>
        <source>&amp;Span:</source>
        <translation>期間(&amp;S):</translation>
    </message>
    <message>
        <source>How far back to read, up to now</source>
        <translation>現在からどこまで遡って読むか</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Read the history of every instance (Ctrl+O)</source>
        <translation>すべてのインスタンスの履歴を読みます (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Give a Prometheus server and one or more node_exporter instances, then Open: each instance gets a column of charts, all on the same time range.</source>
        <translation>Prometheus サーバと node_exporter のインスタンスを 1 つ以上指定して「開く」を押すと、インスタンスごとにグラフの列ができ、すべて同じ時間範囲で表示されます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3 at a step of %4 s</source>
        <translation>%1 (%2)、%3、間隔 %4 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n 点</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n gap(s)</source>
        <translation><numerusform>、欠測 %n 箇所</numerusform></translation>
    </message>
    <message>
        <source>Reading %1 of %2: %3 …</source>
        <translation>%2 件中 %1 件目を読んでいます: %3 …</translation>
    </message>
    <message>
        <source>Done: %1 of %2 instances read from %3.</source>
        <translation>完了: %3 から %2 件中 %1 件のインスタンスを読みました。</translation>
    </message>
    <message>
        <source>Read %1 of %2 instances from %3; the others failed:</source>
        <translation>%3 から %2 件中 %1 件のインスタンスを読みました。残りは失敗しました:</translation>
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
        <translation>リモートホスト</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>SSH ホスト</translation>
    </message>
    <message>
        <source>node_exporter</source>
        <translation>node_exporter</translation>
    </message>
    <message>
        <source>user@host or [host]:port</source>
        <translation>user@host または [host]:port</translation>
    </message>
    <message>
        <source>http://host:9100/metrics</source>
        <translation>http://host:9100/metrics</translation>
    </message>
    <message>
        <source>a host is an SSH destination, a node_exporter or a Prometheus server address</source>
        <translation>ホストは SSH の接続先、node_exporter、Prometheus サーバのアドレスのどれかです</translation>
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
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation>Prometheus サーバ</translation>
    </message>
    <message>
        <source>SSH hosts are read with your own ssh setup (keys, agent, ~/.ssh/config, known_hosts); tcplab never asks for or keeps a password. On a Linux host like this one it copies tcplab-agent into ~/.cache/tcplab there (checked by its SHA-256); elsewhere it reads /proc with a shell loop. A node_exporter is read over HTTP from its /metrics page. Test reads the chosen SSH host or node_exporter once. A Prometheus server is not watched live: File ▸ Open Prometheus History charts what it recorded of its node_exporters.</source>
        <translation>SSH ホストはあなた自身の ssh の設定 (鍵、エージェント、~/.ssh/config、known_hosts) で読みます。tcplab がパスワードを尋ねたり保存したりすることはありません。このマシンと同じ種類の Linux ホストには tcplab-agent を ~/.cache/tcplab にコピーし (SHA-256 で確認します)、それ以外ではシェルのループで /proc を読みます。node_exporter は /metrics のページを HTTP で読みます。「テスト」は選んだ SSH ホストか node_exporter を一度だけ読みます。Prometheus サーバは常時監視せず、ファイル ▸ Prometheus の履歴を開く で、記録された node_exporter の値をグラフにします。</translation>
    </message>
    <message>
        <source>http://host:9090</source>
        <translation>http://host:9090</translation>
    </message>
    <message>
        <source>A Prometheus server is opened with File ▸ Open Prometheus History</source>
        <translation>Prometheus サーバは ファイル ▸ Prometheus の履歴を開く で開きます</translation>
    </message>
    <message>
        <source>Read the chosen host once and show what came back</source>
        <translation>選んだホストを一度読んで、返ってきた内容を表示します</translation>
    </message>
</context>
<context>
    <name>tcplab::KernelComparisonView</name>
    <message numerus="yes">
        <source>%n kernel(s) measured</source>
        <translation><numerusform>測定したカーネル %n 個</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) differ between kernels (amber)</source>
        <translation><numerusform>カーネル間で異なる項目 %n 件 (黄)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) outside the model (red)</source>
        <translation><numerusform>モデルの範囲外の測定 %n 件 (赤)</numerusform></translation>
    </message>
</context>
<context>
    <name>tcplab::KernelShelfDialog</name>
    <message>
        <source>Could not fetch %1: %2.</source>
        <translation>%1 を取得できませんでした: %2。</translation>
    </message>
    <message>
        <source>Kernel Shelf</source>
        <translation>カーネルの棚</translation>
    </message>
    <message>
        <source>The kernels tcplab can boot in a virtual machine. Fetch takes one of Debian's cloud kernels from the Debian archive through apt and checks it against the archive's signed index; Add Kernel File puts a kernel of your own on the shelf: a bzImage such as /boot/vmlinuz-RELEASE, and optionally its modules folder. Shelf: %1</source>
        <translation>tcplab が仮想マシンで起動できるカーネルです。「取得」は Debian アーカイブから apt で Debian のクラウド用カーネルを取り寄せ、アーカイブの署名付きインデックスと照合します。「カーネルファイルを追加」は手元のカーネル (/boot/vmlinuz-RELEASE のような bzImage と、あればそのモジュールのフォルダ) を棚に置きます。棚: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kernel release</source>
        <translation>カーネルリリース</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>What `uname -r` says on the kernel</source>
        <translation>そのカーネルで `uname -r` が返す文字列</translation>
    </message>
    <message>
        <source>The Debian package's version</source>
        <translation>Debian パッケージのバージョン</translation>
    </message>
    <message>
        <source>What the kernel takes on disk: its image and the modules a run may load</source>
        <translation>ディスク上の大きさ: カーネルイメージと、実行時に読み込むことがあるモジュール</translation>
    </message>
    <message>
        <source>Whether the SYN queue's limit was measured on this release by a calibration run</source>
        <translation>このリリースで SYN キューの上限を較正の実行で測定したかどうか</translation>
    </message>
    <message>
        <source>Download the chosen Debian kernel from the archive, or its newest build again</source>
        <translation>選んだ Debian カーネルをアーカイブからダウンロードします (取得済みなら最新のビルドを取り直します)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the fetch under way (Esc); the shelf stays as it was</source>
        <translation>実行中の取得を止めます (Esc)。棚は元のままです</translation>
    </message>
    <message>
        <source>&amp;Add Kernel File…</source>
        <translation>カーネルファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Put a kernel image of your own (a bzImage) on the shelf</source>
        <translation>手元のカーネルイメージ (bzImage) を棚に置きます</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the chosen kernel's folder from the shelf (Delete)</source>
        <translation>選んだカーネルのフォルダを棚から削除します (Delete)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>A calibration run on this kernel has not measured its SYN queue yet; the kernel model uses its version rule</source>
        <translation>このカーネルの SYN キューはまだ較正の実行で測定していません。カーネルモデルはバージョンによる規則を使います</translation>
    </message>
    <message>
        <source>not yet measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>Measured on %1: a SYN queue holds backlog + %2 requests</source>
        <translation>%1 で測定: SYN キューにはバックログ + %2 件の要求が入ります</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>測定済み</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1、バージョン %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>取得中…</translation>
    </message>
    <message>
        <source>not on the shelf</source>
        <translation>棚にありません</translation>
    </message>
    <message>
        <source>%1, fetching again…</source>
        <translation>%1、取り直し中…</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel(s) on the shelf.</source>
        <translation><numerusform>棚にカーネルが %n 個あります。</numerusform></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 を取得しています…</translation>
    </message>
    <message>
        <source>Cancelling the fetch of %1…</source>
        <translation>%1 の取得をキャンセルしています…</translation>
    </message>
    <message>
        <source>%1 is on the shelf.</source>
        <translation>%1 を棚に置きました。</translation>
    </message>
    <message>
        <source>The fetch of %1 was cancelled; the shelf is as it was.</source>
        <translation>%1 の取得をキャンセルしました。棚は元のままです。</translation>
    </message>
    <message>
        <source>%1 was removed from the shelf.</source>
        <translation>%1 を棚から削除しました。</translation>
    </message>
    <message>
        <source>&amp;Fetch Again</source>
        <translation>取り直す(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>取得(&amp;F)</translation>
    </message>
    <message>
        <source>%1 is not one of the kernels the shelf can fetch.</source>
        <translation>%1 は棚が取得できるカーネルではありません。</translation>
    </message>
    <message>
        <source>A kernel on the shelf needs a name.</source>
        <translation>棚のカーネルには名前が必要です。</translation>
    </message>
    <message>
        <source>“%1” cannot name a kernel: it is the name of a kernel of the catalogue.</source>
        <translation>「%1」はカーネルの名前に使えません: カタログのカーネルの名前です。</translation>
    </message>
    <message>
        <source>“%1” cannot name a kernel: it stands for this machine's own kernel.</source>
        <translation>「%1」はカーネルの名前に使えません: このマシン自身のカーネルを表す名前です。</translation>
    </message>
    <message>
        <source>“%1” cannot name a kernel: a name has 1 to 64 letters, digits, dots, dashes and underscores, and starts with a letter or digit.</source>
        <translation>「%1」はカーネルの名前に使えません: 名前は英字・数字・ドット・ハイフン・下線の 1〜64 文字で、英字か数字で始めます。</translation>
    </message>
    <message>
        <source>Add Kernel File</source>
        <translation>カーネルファイルを追加</translation>
    </message>
    <message>
        <source>Linux kernel images (vmlinuz* bzImage*);;All files (*)</source>
        <translation>Linux カーネルイメージ (vmlinuz* bzImage*);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not add %1: %2.</source>
        <translation>%1 を追加できませんでした: %2。</translation>
    </message>
    <message>
        <source>Modules of %1</source>
        <translation>%1 のモジュール</translation>
    </message>
    <message>
        <source>Does the kernel %1 come with a modules folder? A run loads veth, sch_tbf and sch_netem from it when the kernel does not have them built in.</source>
        <translation>カーネル %1 にはモジュールのフォルダがありますか? カーネルに組み込まれていない場合、実行時に veth、sch_tbf、sch_netem をそこから読み込みます。</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 を使う(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;hoose Folder…</source>
        <translation>フォルダを選ぶ(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;No Modules</source>
        <translation>モジュールなし(&amp;N)</translation>
    </message>
    <message>
        <source>Modules Folder of %1</source>
        <translation>%1 のモジュールのフォルダ</translation>
    </message>
    <message>
        <source>A name for %1 on the shelf: letters, digits, dots, dashes and underscores.</source>
        <translation>棚での %1 の名前 (英字・数字・ドット・ハイフン・下線):</translation>
    </message>
    <message>
        <source>Name the Kernel</source>
        <translation>カーネルの名前</translation>
    </message>
    <message>
        <source>Replace Kernel</source>
        <translation>カーネルを置き換え</translation>
    </message>
    <message>
        <source>%1 is on the shelf already. Replace it?</source>
        <translation>%1 はすでに棚にあります。置き換えますか?</translation>
    </message>
    <message>
        <source>%1 is not on the shelf.</source>
        <translation>%1 は棚にありません。</translation>
    </message>
    <message>
        <source>%1 is being fetched: cancel the fetch first.</source>
        <translation>%1 は取得中です。先に取得をキャンセルしてください。</translation>
    </message>
    <message>
        <source>Fetch brings it back.</source>
        <translation>「取得」でまた取り寄せられます。</translation>
    </message>
    <message>
        <source>The file it was copied from, %1, stays where it is.</source>
        <translation>コピー元のファイル %1 はそのまま残ります。</translation>
    </message>
    <message>
        <source>Remove Kernel</source>
        <translation>カーネルを削除</translation>
    </message>
    <message>
        <source>Remove %1 from the shelf? Its folder %2 is deleted. %3</source>
        <translation>%1 を棚から削除しますか? フォルダ %2 は消去されます。%3</translation>
    </message>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>%1 を削除できませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>tcplab::LessonWizard</name>
    <message>
        <source>Choose a lesson</source>
        <translation>レッスンを選ぶ</translation>
    </message>
    <message>
        <source>Each lesson asks a question, lets you predict the answer, runs the experiment and compares.</source>
        <translation>各レッスンでは、問いに対する答えを予想し、実験を実行して結果と比べます。</translation>
    </message>
    <message>
        <source>The question and what you need to know, in Japanese and English.</source>
        <translation>問いと、その前提となる知識(日本語と英語)。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問い</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>What the experiment will do. Change any number to try your own; -1 keeps the sandbox's default.</source>
        <translation>実験の内容です。数値を変えて自分の条件で試せます。-1 はサンドボックスの既定値のままにします。</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>あなたの予想</translation>
    </message>
    <message>
        <source>Write down what you expect before the run. The numbers are for the end of the observation.</source>
        <translation>実行する前に予想を書き留めてください。数値は観測終了時点のものです。</translation>
    </message>
    <message>
        <source>Connections the server holds (ESTABLISHED):</source>
        <translation>サーバが保持するコネクション数(ESTABLISHED):</translation>
    </message>
    <message>
        <source>Half-open on the server (SYN_RECV):</source>
        <translation>サーバ側のハーフオープン数(SYN_RECV):</translation>
    </message>
    <message>
        <source>Clients that connect:</source>
        <translation>接続できるクライアント数:</translation>
    </message>
    <message>
        <source>What the other clients see:</source>
        <translation>残りのクライアントに起きること:</translation>
    </message>
    <message>
        <source>The counter that moves:</source>
        <translation>増えるカウンタ:</translation>
    </message>
    <message>
        <source>By how much:</source>
        <translation>増加量:</translation>
    </message>
    <message>
        <source>all of them connect</source>
        <translation>全員が接続できる</translation>
    </message>
    <message>
        <source>they wait and time out</source>
        <translation>待たされてタイムアウトする</translation>
    </message>
    <message>
        <source>they are reset</source>
        <translation>リセットされる</translation>
    </message>
    <message>
        <source>they are refused</source>
        <translation>拒否される</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>The experiment runs in a private network namespace; the picture shows the listener's queues as they fill.</source>
        <translation>実験は専用のネットワーク名前空間で実行されます。図はリッスンソケットのキューが埋まっていく様子を示します。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>Prediction, model and measurement</source>
        <translation>予想・モデル・測定値</translation>
    </message>
    <message>
        <source>Where they differ, the last column and the notes below say why.</source>
        <translation>食い違いがある箇所は、右端の列と下の説明でその理由を示します。</translation>
    </message>
    <message>
        <source>Every figure the kernel model predicts:</source>
        <translation>カーネルモデルが予測するすべての値:</translation>
    </message>
    <message>
        <source>Run again with my own numbers</source>
        <translation>自分の数値でもう一度実行</translation>
    </message>
    <message>
        <source>Your guess first, then the checklist of this machine, refreshed with every sample.</source>
        <translation>まず予想し、それからこのマシンのチェックリストを見ます。チェックリストはサンプルのたびに更新されます。</translation>
    </message>
    <message>
        <source>Verdict you expect for errors and retransmissions:</source>
        <translation>「エラーや再送」で予想する判定:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Model expects</source>
        <translation>モデルの予測</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Your prediction matches the measurement.</source>
        <translation>予想は測定値と一致しました。</translation>
    </message>
    <message>
        <source>Server: ESTABLISHED</source>
        <translation>サーバ: ESTABLISHED</translation>
    </message>
    <message>
        <source>Server: SYN_RECV</source>
        <translation>サーバ: SYN_RECV</translation>
    </message>
    <message>
        <source>Clients connected</source>
        <translation>接続できたクライアント</translation>
    </message>
    <message>
        <source>As you predicted.</source>
        <translation>予想どおりです。</translation>
    </message>
    <message>
        <source>Not what you predicted: the clients saw %1.</source>
        <translation>予想と異なります。クライアント側の結果は %1 でした。</translation>
    </message>
    <message>
        <source>Clients see</source>
        <translation>クライアントに起きたこと</translation>
    </message>
    <message>
        <source>Your prediction against the measurement</source>
        <translation>予想と測定値の比較</translation>
    </message>
    <message>
        <source>Every figure you predicted was right.</source>
        <translation>予想した値はすべて正解でした。</translation>
    </message>
    <message>
        <source>What the kernel model says, and every difference from it</source>
        <translation>カーネルモデルの説明と、モデルとの食い違い</translation>
    </message>
    <message>
        <source>tcplab lessons</source>
        <translation>tcplab のレッスン</translation>
    </message>
    <message>
        <source>the lesson's server</source>
        <translation>レッスンのサーバ</translation>
    </message>
    <message>
        <source>Finished in %1 s. Go on to compare.</source>
        <translation>%1 秒で完了しました。次へ進んで比較してください。</translation>
    </message>
    <message>
        <source>The run did not finish: %1</source>
        <translation>実行が完了しませんでした: %1</translation>
    </message>
    <message>
        <source>SYN-ACK retransmissions</source>
        <translation>SYN-ACKの再送</translation>
    </message>
    <message>
        <source>With tcp_synack_retries = %1 the server's timer resends each SYN-ACK at %2 s after the SYN; %3 of these fall inside the %4 s window.</source>
        <translation>tcp_synack_retries = %1 のとき、サーバのタイマはSYNから %2 秒後に、それぞれのSYN-ACKを再送します。%4 秒間の観測に収まるのはそのうち %3 回です。</translation>
    </message>
    <message>
        <source>Each of the %1 half-open clients also resends its own SYN %2 times in the window. The server answers every resent SYN with a SYN-ACK at once and restarts its timer, so TcpExt.TCPSynRetrans, which counts both ends, should grow by %3.</source>
        <translation>%1 個のハーフオープンのクライアントも、観測中にそれぞれ自分のSYNを %2 回再送します。サーバは再送されたSYNのたびにすぐSYN-ACKを返してタイマをかけ直すので、両端の再送を数えるTcpExt.TCPSynRetransは %3 増えるはずです。</translation>
    </message>
    <message>
        <source>Measured: TcpExt.TCPSynRetrans grew by %1 (%2), as expected.</source>
        <translation>測定値: TcpExt.TCPSynRetransは %1 増えました(%2)。見込みどおりです。</translation>
    </message>
    <message>
        <source>Measured: TcpExt.TCPSynRetrans grew by %1 (%2), outside the expected %3.</source>
        <translation>測定値: TcpExt.TCPSynRetransは %1 増えました(%2)。見込みの %3 から外れています。</translation>
    </message>
    <message>
        <source>SYN-ACK resends per request:</source>
        <translation>SYNキューの要求1つあたりのSYN-ACK再送回数:</translation>
    </message>
    <message>
        <source>The measurement is %1 more than you predicted. The kernel model gives no figure for this; the notes below say what it depends on.</source>
        <translation>測定値は予想より %1 多くなりました。カーネルモデルはこの値を予測しません。何によって決まるかは下の説明にあります。</translation>
    </message>
    <message>
        <source>The measurement is %1 less than you predicted. The kernel model gives no figure for this; the notes below say what it depends on.</source>
        <translation>測定値は予想より %1 少なくなりました。カーネルモデルはこの値を予測しません。何によって決まるかは下の説明にあります。</translation>
    </message>
    <message>
        <source>The measurement is %1 more than you predicted. The kernel did what the model says (%2); the model's notes below give the rule.</source>
        <translation>測定値は予想より %1 多くなりました。カーネルはモデルどおりに動作しました(%2)。その規則は下のモデルの説明にあります。</translation>
    </message>
    <message>
        <source>The measurement is %1 less than you predicted. The kernel did what the model says (%2); the model's notes below give the rule.</source>
        <translation>測定値は予想より %1 少なくなりました。カーネルはモデルどおりに動作しました(%2)。その規則は下のモデルの説明にあります。</translation>
    </message>
    <message>
        <source>The measurement is %1 more than you predicted, and outside the model's range too (%2): see the notes on differences below.</source>
        <translation>測定値は予想より %1 多く、モデルの範囲(%2)からも外れています。下の相違点の説明を見てください。</translation>
    </message>
    <message>
        <source>The measurement is %1 less than you predicted, and outside the model's range too (%2): see the notes on differences below.</source>
        <translation>測定値は予想より %1 少なく、モデルの範囲(%2)からも外れています。下の相違点の説明を見てください。</translation>
    </message>
    <message>
        <source>SYN-ACK resends per request</source>
        <translation>要求1つあたりのSYN-ACK再送回数</translation>
    </message>
    <message>
        <source>Your prediction matches the server's timer.</source>
        <translation>予想はサーバのタイマと一致しました。</translation>
    </message>
    <message>
        <source>The server's timer resends at %1 s after the SYN; in the %3 s window that makes %2.</source>
        <translation>サーバのタイマはSYNから %1 秒後に再送します。%3 秒間の観測ではそのうち %2 回です。</translation>
    </message>
    <message>
        <source>Finished: %1 packets a second into the server host during the put, %2 out of it during the get. Go on to compare.</source>
        <translation>終了: put ではサーバホストに毎秒 %1 パケットが入り、get ではそこから毎秒 %2 パケットが出ました。比較に進んでください。</translation>
    </message>
    <message>
        <source>Write down what you expect for the server host before the run: its packet rates, the put's throughput and the ACKs it sends back.</source>
        <translation>実行の前に、サーバホストについての予想を書いてください: パケットのレート、put のスループット、送り返す ACK の数です。</translation>
    </message>
    <message>
        <source>Packets a second into the server host during the put:</source>
        <translation>put のときサーバホストに入る毎秒のパケット数:</translation>
    </message>
    <message>
        <source>Packets a second out of the server host during the get:</source>
        <translation>get のときサーバホストから出る毎秒のパケット数:</translation>
    </message>
    <message>
        <source>Mbps into the server host during the put:</source>
        <translation>put のときサーバホストに入る Mbps:</translation>
    </message>
    <message>
        <source>ACK packets sent back for every 100 data packets:</source>
        <translation>データ 100 パケットごとに送り返される ACK パケットの数:</translation>
    </message>
    <message>
        <source>The link, fixed for this lesson</source>
        <translation>リンク (このレッスンでは固定)</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <source>MTU:</source>
        <translation>MTU:</translation>
    </message>
    <message>
        <source>Each phase:</source>
        <translation>各フェーズ:</translation>
    </message>
    <message>
        <source>%1 Mbit/s, full duplex</source>
        <translation>%1 Mbit/s、全二重</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 s (the put, then the get)</source>
        <translation>%1 秒 (put のあとに get)</translation>
    </message>
    <message>
        <source>Two private network namespaces, the server host and the client host, joined by a link of %1 Mbit/s with an MTU of %2.</source>
        <translation>サーバホストとクライアントホストの 2 つの専用ネットワーク名前空間を、速度 %1 Mbit/s、MTU %2 のリンクでつなぎます。</translation>
    </message>
    <message>
        <source>1. The put: the client host sends data to the server host for %1 s.
2. The get: the client host fetches data from the server host for %1 s.

Each host's interface counters are read before and after each phase, as the 2004 checklist read netstat: packets and bytes each way, per second.</source>
        <translation>1. put: クライアントホストがサーバホストへ %1 秒間データを送ります。
2. get: クライアントホストがサーバホストから %1 秒間データを取り出します。

2004 年のチェックリストが netstat を読んだのと同じように、各フェーズの前後で各ホストのインタフェースのカウンタを読みます: 方向ごとの秒あたりパケット数とバイト数です。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Prediction, the 2004 document and measurement</source>
        <translation>予想、2004 年の文書、測定</translation>
    </message>
    <message>
        <source>A prediction more than 20 % away from the measurement is marked; the text below says where the numbers come from.</source>
        <translation>測定から 20 % 以上離れた予想には印が付きます。下の文章で、数字がどこから来るかを説明します。</translation>
    </message>
    <message>
        <source>Predict and run again</source>
        <translation>予想してもう一度実行</translation>
    </message>
    <message>
        <source>2004 document</source>
        <translation>2004 年の文書</translation>
    </message>
    <message>
        <source>Measured here</source>
        <translation>ここでの測定</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Server host, put: packets/s in</source>
        <translation>サーバホスト、put: 入力パケット/秒</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約 %1</translation>
    </message>
    <message>
        <source>Server host, get: packets/s out</source>
        <translation>サーバホスト、get: 出力パケット/秒</translation>
    </message>
    <message>
        <source>Put: Mbps into the server host</source>
        <translation>put: サーバホストに入る Mbps</translation>
    </message>
    <message>
        <source>about %1 (peak %2)</source>
        <translation>約 %1 (最大 %2)</translation>
    </message>
    <message>
        <source>Put: ACK packets per 100 data packets</source>
        <translation>put: データ 100 パケットあたりの ACK パケット</translation>
    </message>
    <message>
        <source>about %1 (%2 out for %3 in)</source>
        <translation>約 %1 (入力 %3 に対して出力 %2)</translation>
    </message>
    <message>
        <source>More than 20 % away from the measurement</source>
        <translation>測定から 20 % 以上離れています</translation>
    </message>
    <message>
        <source>Why about %3 frames a second fill the link: %1 Mbit/s is %2 bytes a second, and a full frame is the %4-byte IP packet plus the 14-byte Ethernet header, %5 bytes; %2 ÷ %5 ≈ %3. On a real cable each frame also takes 24 bytes of preamble, checksum and gap, which leaves about %6. Measured here: %7 packets a second of %8 bytes into the server host during the put.</source>
        <translation>毎秒約 %3 フレームでリンクが埋まる理由: %1 Mbit/s は毎秒 %2 バイトで、満杯のフレームは %4 バイトの IP パケットに 14 バイトの Ethernet ヘッダを加えた %5 バイトです。%2 ÷ %5 ≈ %3 になります。実際のケーブルでは、各フレームがさらにプリアンブル、チェックサム、フレーム間隔の 24 バイトを使うので、約 %6 になります。ここでの測定: put のあいだ、サーバホストに %8 バイトのパケットが毎秒 %7 個入りました。</translation>
    </message>
    <message>
        <source>Why packets flow the other way too: the receiver acknowledges the data with ACK packets. It does not answer each data packet on its own; one ACK covers several segments that arrived together. During the put the server host sent %1 ACKs for every 100 data packets, each of %2 bytes (Ethernet, IP and TCP headers and no data): they raise the packet count but carry only %3 Mbps. The 2004 host sent about 1,000 packets a second back while it received about 6,000.</source>
        <translation>逆方向にもパケットが流れる理由: 受信側はデータを ACK パケットで確認応答します。データパケット 1 つずつに答えるのではなく、まとめて届いた複数のセグメントを 1 つの ACK で確認します。put のあいだ、サーバホストはデータ 100 パケットごとに %1 個の ACK を送り、その大きさはそれぞれ %2 バイト (Ethernet、IP、TCP のヘッダだけでデータなし) でした。パケット数は増えますが、運ぶのは %3 Mbps だけです。2004 年のホストは、毎秒約 6,000 パケットを受けるあいだに約 1,000 パケットを送り返していました。</translation>
    </message>
    <message>
        <source>Why the put and the get are alike here: %1 packets a second came in during the put and %2 went out during the get. Both hosts are network namespaces of the same kernel and the data comes from memory and goes to memory, so only the link's rate limits either direction. The document measured two different machines running ftp, with disks on both ends (its host waited for disk I/O up to about 30 % of the time), so its put reached about 6,000 packets a second (about 80 Mbps) and its get about 7,600 (close to 100 Mbps).</source>
        <translation>ここで put と get が同じくらいになる理由: put では毎秒 %1 パケットが入り、get では毎秒 %2 パケットが出ました。両ホストは同じカーネルのネットワーク名前空間で、データはメモリから出てメモリに入るので、どちらの方向もリンクの速度だけで制限されます。文書では ftp を動かす別々の 2 台のマシンを測り、両端にディスクがありました (測ったホストは最大で約 30 % の時間ディスク入出力を待っていました)。そのため put は毎秒約 6,000 パケット (約 80 Mbps)、get は約 7,600 パケット (100 Mbps 近く) でした。</translation>
    </message>
    <message>
        <source>Why the document's Table 4 method gives more: it adds 66 bytes to every packet's average size, but the interface's byte count already holds the 14-byte Ethernet header and a real frame needs only 24 bytes more on the cable. For this put the method gives %1 Mbps, the interface's byte count %2 Mbps and the count with 24 bytes of wire overhead per frame %3 Mbps: the method's figure is more than the link can carry.</source>
        <translation>文書の表 4 の方法が大きめの値になる理由: この方法はパケットの平均の大きさに 66 バイトを足しますが、インタフェースのバイト数にはすでに 14 バイトの Ethernet ヘッダが入っており、実際のフレームがケーブル上で余分に使うのは 24 バイトだけです。この put では、その方法で %1 Mbps、インタフェースのバイト数で %2 Mbps、フレームごとに回線上の 24 バイトを足すと %3 Mbps になります。その方法の値はリンクが運べる量を超えています。</translation>
    </message>
    <message>
        <source>The link here is emulated: a veth pair joins the two hosts' network namespaces, each end sends through a tbf queue that lets out %1 Mbit/s and no more, the MTU is %2, and the offloads (TSO, GSO, GRO) are off, so that every packet is one frame as on a real network card. Each direction has its own queue, as on a full-duplex link, and nothing else shares it.</source>
        <translation>ここのリンクはエミュレーションです: veth のペアが 2 つのホストのネットワーク名前空間をつなぎ、両端はそれぞれ %1 Mbit/s より多くは通さない tbf のキューを通して送ります。MTU は %2 で、オフロード (TSO、GSO、GRO) は切ってあるので、実際のネットワークカードと同じように 1 パケットが 1 フレームになります。全二重のリンクと同じく方向ごとに専用のキューがあり、ほかに共有するものはありません。</translation>
    </message>
    <message>
        <source>The document's rule of thumb allows a 100 Mbps full-duplex link about 80 % of its rate, 80 Mbps; the checklist marks a direction that reaches that share. Here the transfer fills the emulated link to %1 % of its rate, so the checklist's verdicts below show that the link is the bottleneck.</source>
        <translation>文書の目安では、100 Mbps の全二重リンクで出せるのは速度の約 80 %、80 Mbps です。チェックリストはその割合に達した方向に印を付けます。ここでは転送がエミュレーションのリンクを速度の %1 % まで埋めているので、下のチェックリストの判定は、リンクがボトルネックであることを示します。</translation>
    </message>
    <message>
        <source>Where the numbers come from</source>
        <translation>数字の出どころ</translation>
    </message>
    <message>
        <source>The checklist's verdicts for the server host</source>
        <translation>サーバホストについてのチェックリストの判定</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <source>Share of the link</source>
        <translation>リンクに占める割合</translation>
    </message>
    <message>
        <source>Throughput verdict</source>
        <translation>スループットの判定</translation>
    </message>
    <message>
        <source>Retransmitted</source>
        <translation>再送</translation>
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
        <translation>入力</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Where this kernel is known to differ from the model</source>
        <translation>このカーネルがモデルと違うことが分かっている点</translation>
    </message>
    <message>
        <source>Four kernels, side by side</source>
        <translation>4 つのカーネルを並べて</translation>
    </message>
    <message>
        <source>Your prediction beside each kernel's model and measurement, then every figure; amber rows differ between kernels.</source>
        <translation>あなたの予測を各カーネルのモデル・測定値と並べ、続いて全項目を示します。黄色の行はカーネル間で異なります。</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>SYN_RECV
yours</source>
        <translation>SYN_RECV
あなた</translation>
    </message>
    <message>
        <source>SYN_RECV
model</source>
        <translation>SYN_RECV
モデル</translation>
    </message>
    <message>
        <source>SYN_RECV
measured</source>
        <translation>SYN_RECV
測定</translation>
    </message>
    <message>
        <source>SYN retransmissions
yours</source>
        <translation>SYN 再送
あなた</translation>
    </message>
    <message>
        <source>SYN retransmissions
model</source>
        <translation>SYN 再送
モデル</translation>
    </message>
    <message>
        <source>SYN retransmissions
measured</source>
        <translation>SYN 再送
測定</translation>
    </message>
    <message>
        <source>Your prediction, kernel by kernel</source>
        <translation>カーネルごとの予測</translation>
    </message>
    <message>
        <source>Write down what you expect on each kernel before the runs. The numbers are for the end of the observation.</source>
        <translation>実行の前に、各カーネルで起きると思うことを書き留めてください。数値は観測の終わりの時点のものです。</translation>
    </message>
    <message>
        <source>Half-open on the server (SYN_RECV)</source>
        <translation>サーバのハーフオープン (SYN_RECV)</translation>
    </message>
    <message>
        <source>Growth of TcpExt.TCPSynRetrans</source>
        <translation>TcpExt.TCPSynRetrans の増加</translation>
    </message>
    <message>
        <source>Fetching %1: %2</source>
        <translation>%1 を取得中: %2</translation>
    </message>
    <message>
        <source>on the shelf: Linux %1, verified</source>
        <translation>棚にあります: Linux %1、検証済み</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>ダウンロードはキャンセルされました。</translation>
    </message>
    <message>
        <source>measuring the kernel's traits, then running…</source>
        <translation>カーネルの特性を測定してから実行します…</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>done: Linux %1, %2</source>
        <translation>完了: Linux %1、%2</translation>
    </message>
    <message>
        <source>did not finish: %1</source>
        <translation>完了しませんでした: %1</translation>
    </message>
    <message>
        <source>Finished. Go on to compare.</source>
        <translation>完了しました。比較に進んでください。</translation>
    </message>
    <message>
        <source>No run finished.</source>
        <translation>完了した実行はありません。</translation>
    </message>
    <message>
        <source>The runs, one kernel after another</source>
        <translation>カーネルを 1 つずつ実行</translation>
    </message>
    <message>
        <source>Missing kernels are fetched from the Debian archive and verified first; each run then boots its kernel in a small virtual machine.</source>
        <translation>棚にないカーネルはまず Debian アーカイブから取得して検証します。その後、各実行でカーネルを小さな仮想マシンで起動します。</translation>
    </message>
    <message>
        <source>on the shelf: Linux %1</source>
        <translation>棚にあります: Linux %1</translation>
    </message>
    <message>
        <source>to be fetched</source>
        <translation>これから取得</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>取得中…</translation>
    </message>
    <message>
        <source>The runs did not finish: %1</source>
        <translation>実行は完了しませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::Lessons</name>
    <message>
        <source>A backlog of 10 and 100 clients</source>
        <translation>バックログ10に100クライアント</translation>
    </message>
    <message>
        <source>A server listens with a backlog of 10 and never calls accept(). 100 clients connect at the same moment. How many connections does the server hold, and what do the other clients see?</source>
        <translation>サーバはバックログ10で listen() し、accept() を一度も呼びません。そこへ100個のクライアントが同時に接続します。サーバが保持するコネクションはいくつで、残りのクライアントには何が起きるでしょうか。</translation>
    </message>
    <message>
        <source>A listening socket has two queues. Connections that finished the three-way handshake wait in the accept queue until the program takes them with accept(); the backlog given to listen() limits that queue. The kernel tests for "full" with "greater than", so one more connection fits than the backlog says. A client whose final ACK arrives at a full queue believes it is connected, but the server drops the ACK and keeps the connection half-open in the SYN queue.</source>
        <translation>リッスンソケットには2つのキューがあります。3ウェイハンドシェイクを終えたコネクションは、プログラムが accept() で取り出すまで acceptキューで待ちます。このキューの上限を決めるのが listen() に渡すバックログです。カーネルは「満杯」を「より大きい」で判定するため、バックログの値より1つ多く入ります。最後の ACK が満杯のキューに届いたクライアントは接続できたと思い込みますが、サーバはその ACK を捨て、コネクションをハーフオープンのまま SYNキューに残します。</translation>
    </message>
    <message>
        <source>A backlog equal to the number of clients</source>
        <translation>バックログとクライアント数が同じ場合</translation>
    </message>
    <message>
        <source>The backlog is now 100, the same as the number of clients, and the server still never accepts. Does every client get in? Does any counter move?</source>
        <translation>今度はバックログをクライアント数と同じ100にします。サーバは相変わらず accept() を呼びません。全クライアントが接続できるでしょうか。動くカウンタはあるでしょうか。</translation>
    </message>
    <message>
        <source>With room for backlog + 1 connections, 100 clients fit into an accept queue of backlog 100. Nothing overflows, so the overflow counters should stay still; the connections simply wait for an accept() that never comes.</source>
        <translation>acceptキューにはバックログ + 1 個まで入るので、バックログ100なら100個のクライアントはすべて収まります。あふれないためオーバーフローのカウンタは動かず、コネクションは来ない accept() を待ち続けるだけです。</translation>
    </message>
    <message>
        <source>A backlog above somaxconn</source>
        <translation>somaxconn を超えるバックログ</translation>
    </message>
    <message>
        <source>The server asks for a backlog of 200 and 200 clients connect, but net.core.somaxconn is 128. How many connections does the server hold?</source>
        <translation>サーバはバックログ200を指定し、200個のクライアントが接続します。ただし net.core.somaxconn は128です。サーバが保持するコネクションはいくつでしょうか。</translation>
    </message>
    <message>
        <source>listen() silently lowers a backlog larger than net.core.somaxconn to that value; no error tells the program. ss -lnt shows the limit in force in the Send-Q column of the listener.</source>
        <translation>listen() は net.core.somaxconn より大きいバックログを、黙ってその値まで切り詰めます。プログラムにエラーは返りません。実際に効いている上限は、ss -lnt で表示されるリッスンソケットの Send-Q 列で確認できます。</translation>
    </message>
    <message>
        <source>Half-open connections with SYN cookies on</source>
        <translation>SYN cookies 有効時のハーフオープン接続</translation>
    </message>
    <message>
        <source>40 clients send SYNs and never complete their handshakes; then 5 ordinary clients connect. tcp_max_syn_backlog is 32 and SYN cookies are on. Do the 5 ordinary clients get in?</source>
        <translation>40個のクライアントが SYN を送ったままハンドシェイクを完了せず、その後で通常のクライアント5個が接続します。tcp_max_syn_backlog は32で、SYN cookies は有効です。通常のクライアント5個は接続できるでしょうか。</translation>
    </message>
    <message>
        <source>Each SYN that has been answered but not yet acknowledged is a request in the SYN queue (SYN_RECV on the server). Its size follows the backlog. With SYN cookies on, tcp_max_syn_backlog does not cut it short, and once it is full the kernel answers with a cookie instead of keeping state.</source>
        <translation>SYN に応答したものの、まだ ACK が返ってきていない要求は、SYNキューに入ります(サーバ側の状態は SYN_RECV)。このキューの大きさはバックログに従います。SYN cookies が有効なら tcp_max_syn_backlog でキューが早めに打ち切られることはなく、キューが満杯になると、カーネルは状態を保持する代わりに cookie で応答します。</translation>
    </message>
    <message>
        <source>Half-open connections with SYN cookies off</source>
        <translation>SYN cookies 無効時のハーフオープン接続</translation>
    </message>
    <message>
        <source>The same 40 half-open connections and 5 ordinary clients, now with SYN cookies off. How many half-open connections does the server keep, and do the 5 clients get in?</source>
        <translation>同じく40個のハーフオープン接続と5個の通常のクライアントで、今度は SYN cookies を無効にします。サーバが保持するハーフオープン接続はいくつで、5個のクライアントは接続できるでしょうか。</translation>
    </message>
    <message>
        <source>Without SYN cookies the kernel starts dropping SYNs from unknown peers once fewer than a quarter of tcp_max_syn_backlog places are left, to keep room for peers it has seen before. A SYN flood then locks ordinary clients out; they resend their SYNs after 1, 2, 4 … seconds and may give up first.</source>
        <translation>SYN cookies が無効だと、カーネルは tcp_max_syn_backlog の残りが4分の1を切った時点で、未知の相手からの SYN を捨て始めます。以前に通信したことのある相手のために場所を残しておくためです。このため SYN flood を受けると通常のクライアントも締め出されます。クライアントは1秒、2秒、4秒…と間隔をあけて SYN を再送し、その前に諦めることもあります。</translation>
    </message>
    <message>
        <source>Reading a real host</source>
        <translation>実際のホストを診断する</translation>
    </message>
    <message>
        <source>Is this machine's network a bottleneck? Guess first which verdict the errors and retransmissions checkpoint will show, then read the checklist.</source>
        <translation>このマシンのネットワークはボトルネックになっているでしょうか。まず「エラーや再送」の確認ポイントがどの判定になるかを予想してから、チェックリストを読みましょう。</translation>
    </message>
    <message>
        <source>A 2004 performance guide checks five points: the packet rate, the bytes per packet, the number of connections, the throughput and the errors. It compares two samples a few seconds apart and judges errors against fixed ratios, such as input errors reaching 0.025 % of the packets received.</source>
        <translation>2004年のある性能評価資料は、パケット数、パケットあたりのバイト数、コネクション数、スループット、エラーの5点を確認します。数秒おいて採った2つのサンプルを比べ、たとえば入力エラーが受信パケットの0.025 %に達するかどうかといった、決まった比率でエラーを判定します。</translation>
    </message>
    <message>
        <source>A slow server overflows its accept queue: tcp_abort_on_overflow = 1</source>
        <translation>遅いサーバでacceptキューがあふれる: tcp_abort_on_overflow = 1</translation>
    </message>
    <message>
        <source>The server takes one connection every 2 seconds from an accept queue of backlog 5. Six clients fill the queue; five more finish their handshakes 1.5 seconds later. With tcp_abort_on_overflow set to 1, what do those five clients see?</source>
        <translation>サーバはバックログ5のacceptキューから、2秒に1つずつしか接続を取り出しません。6つのクライアントでキューが埋まり、その1.5秒後にさらに5つのクライアントがハンドシェイクを終えます。tcp_abort_on_overflow が1のとき、この5つのクライアントには何が起きるでしょうか。</translation>
    </message>
    <message>
        <source>A slow server calls accept() less often than connections arrive, so the accept queue stays full. When the final ACK of a handshake finds it full, the kernel normally drops the ACK and waits for the client to send it again. With net.ipv4.tcp_abort_on_overflow = 1 it answers with a reset instead, and the client learns at once that the connection failed, even though the server frees a place a moment later.</source>
        <translation>処理の遅いサーバは、接続が届くよりも少ない頻度でしかaccept()を呼ばないため、acceptキューは埋まったままになります。ハンドシェイクの最後のACKが届いたときにキューが満杯なら、カーネルは通常そのACKを捨て、クライアントが送り直すのを待ちます。net.ipv4.tcp_abort_on_overflow = 1 のときは代わりにリセットを返すので、クライアントは接続に失敗したことをすぐに知ります。サーバがすぐ後に空きを作るとしてもです。</translation>
    </message>
    <message>
        <source>The same slow server with tcp_abort_on_overflow = 0</source>
        <translation>同じ遅いサーバで tcp_abort_on_overflow = 0</translation>
    </message>
    <message>
        <source>The same slow server with tcp_abort_on_overflow at its default of 0. What do the five late clients see now, and does any of them get in?</source>
        <translation>同じ遅いサーバで、tcp_abort_on_overflow を既定値の0にします。遅れてきた5つのクライアントには今度は何が起きるでしょうか。そのうち接続できるものはあるでしょうか。</translation>
    </message>
    <message>
        <source>Without the reset the late clients consider themselves connected while the server keeps them half-open in the SYN queue and resends its SYN-ACK; each resend brings the client's ACK back, and once the slow server has freed a place the connection moves into the accept queue. This is the default because a short burst then costs a delay rather than a failure.</source>
        <translation>リセットがないと、遅れてきたクライアントは接続済みだと思っていますが、サーバはそれらをハーフオープンのままSYNキューに置き、SYN-ACKを再送します。再送のたびにクライアントからACKが戻ってくるので、遅いサーバが空きを作れば、その接続はacceptキューに移ります。短い集中アクセスが失敗ではなく遅れで済むので、こちらが既定値になっています。</translation>
    </message>
    <message>
        <source>When the server resends its SYN-ACK</source>
        <translation>サーバがSYN-ACKを再送するタイミング</translation>
    </message>
    <message>
        <source>Four clients send SYNs and never answer the server's SYN-ACK. tcp_synack_retries is 5. How many times does the server resend each SYN-ACK while we watch, and when?</source>
        <translation>4つのクライアントがSYNを送り、サーバのSYN-ACKには決して応答しません。tcp_synack_retries は5です。観測している間に、サーバはそれぞれのSYN-ACKを何回、いつ再送するでしょうか。</translation>
    </message>
    <message>
        <source>A request in the SYN queue has a timer. When no final ACK comes, the server resends its SYN-ACK after 1 second, then doubles the wait: 1, 3, 7, 15 and 31 seconds after the SYN with tcp_synack_retries = 5, and drops the request after one more doubled wait. TcpExt.TCPSynRetrans counts every resent SYN and SYN-ACK; here the clients' own resent SYNs count too, and the server answers each of them with another SYN-ACK.</source>
        <translation>SYNキューの要求にはそれぞれタイマがあります。最後のACKが来ないと、サーバは1秒後にSYN-ACKを再送し、その後は待ち時間を倍にしていきます。tcp_synack_retries = 5 なら、SYNから1、3、7、15、31秒後に再送し、さらに倍の時間待ってから要求を捨てます。TcpExt.TCPSynRetransは再送したSYNとSYN-ACKをすべて数えます。ここではクライアント自身が再送するSYNも数えられ、サーバはそのたびにもう一度SYN-ACKを返します。</translation>
    </message>
    <message>
        <source>Packets and throughput of a put and a get (2004 scenario 3)</source>
        <translation>put と get のパケットとスループット (2004 年のシナリオ 3)</translation>
    </message>
    <message>
        <source>A file is sent to the server host (a put), then fetched back from it (a get), over a 100 Mbps full-duplex link with an MTU of 1500. In each phase, how many packets a second does the server host receive and send, and how many Mbps does the transfer reach?</source>
        <translation>100 Mbps の全二重リンク (MTU 1500) で、ファイルをサーバホストへ送り (put)、次にそこから取り出します (get)。それぞれのフェーズで、サーバホストは毎秒いくつのパケットを受け取り、いくつ送るでしょうか。転送は何 Mbps に達するでしょうか。</translation>
    </message>
    <message>
        <source>The 2004 checklist's scenario 3 watched a host on a 100 Mbps link: while it received a file by an ftp put it took in about 6,000 packets a second, about 80 Mbps; while it sent one by an ftp get it put out about 7,600 packets a second, close to 100 Mbps. An Ethernet frame holds at most the MTU plus a 14-byte header. On the cable every frame also costs 24 bytes of preamble, checksum and gap; the document's Table 4 adds 66 bytes to each packet instead. The side that receives the data answers with ACK packets, one for every few data packets, so the other direction counts many packets that carry hardly any bytes. The document's rule of thumb: a full-duplex link delivers about 80 % of its rate.</source>
        <translation>2004 年のチェックリストのシナリオ 3 では、100 Mbps のリンクにつながったホストを観察しました。ftp の put でファイルを受け取るあいだは毎秒約 6,000 パケット (約 80 Mbps) が入り、ftp の get でファイルを送るあいだは毎秒約 7,600 パケット (100 Mbps 近く) が出ていました。Ethernet のフレームに入るのは最大で MTU と 14 バイトのヘッダまでです。ケーブル上では、どのフレームもさらにプリアンブル、チェックサム、フレーム間隔の 24 バイトを使います。文書の表 4 では、代わりに各パケットに 66 バイトを足しています。データを受け取る側は数パケットごとに ACK パケットで応答するので、逆方向には、ほとんどバイトを運ばないパケットがたくさん数えられます。文書の目安: 全二重のリンクで出せるのは速度の約 80 % です。</translation>
    </message>
    <message>
        <source>%1 %2: measured %3, the model expected %4; this time they agree.</source>
        <translation>%1 %2: 測定値は %3、モデルの予測は %4 です。今回は一致しました。</translation>
    </message>
    <message>
        <source>%1 %2: measured %3, the model expected %4.</source>
        <translation>%1 %2: 測定値は %3、モデルの予測は %4 です。</translation>
    </message>
    <message>
        <source>One run, four kernels</source>
        <translation>1 つの実行、4 つのカーネル</translation>
    </message>
    <message>
        <source>30 clients send SYNs to a server with a backlog of 10 and never finish their handshakes; then 5 ordinary clients connect. The same run happens on Debian 11, 12, 13 and unstable (Linux 5.10, 6.1, 6.12 and 7.x), each in a small virtual machine. How many half-open requests does each kernel keep, and how much does TcpExt.TCPSynRetrans (every resent SYN and SYN-ACK) grow on each in the 5 seconds we watch?</source>
        <translation>30 のクライアントがバックログ 10 のサーバに SYN を送り、ハンドシェイクを最後まで終えません。その後、普通のクライアント 5 つが接続します。同じ実行を Debian 11、12、13、unstable (Linux 5.10、6.1、6.12、7.x) でそれぞれ小さな仮想マシンの中で行います。各カーネルはハーフオープンの要求をいくつ保持するでしょうか。また、観測する 5 秒の間に TcpExt.TCPSynRetrans (再送した SYN と SYN-ACK のすべて) は各カーネルでどれだけ増えるでしょうか。</translation>
    </message>
    <message>
        <source>The SYN queue's size follows the backlog. Two kernel changes touch this run. Linux 6.5 made the first SYN retransmissions come 1 s apart instead of doubling (tcp_syn_linear_timeouts). Linux 6.13 changed the test for a full SYN queue in inet_csk_reqsk_queue_is_full() from "&gt;=" to "&gt;", so one more request fits. Distributions carry such fixes back into older stable kernels without changing the version number, so tcplab measures the SYN queue on each kernel before it predicts.</source>
        <translation>SYN キューの大きさはバックログに従います。この実行には 2 つのカーネルの変更が関わります。Linux 6.5 では、最初の数回の SYN 再送が倍々ではなく 1 秒間隔になりました (tcp_syn_linear_timeouts)。Linux 6.13 では、inet_csk_reqsk_queue_is_full() の SYN キュー満杯の判定が "&gt;=" から "&gt;" に変わり、要求がもう 1 つ入るようになりました。ディストリビューションはこうした修正をバージョン番号を変えずに古い安定版カーネルへ取り込むため、tcplab は予測の前に各カーネルで SYN キューを測定します。</translation>
    </message>
</context>
<context>
    <name>tcplab::ListenQueuesView</name>
    <message>
        <source>&amp;Listening socket:</source>
        <translation>リッスンソケット(&amp;L):</translation>
    </message>
    <message>
        <source>The listening socket to draw; its accept queue and limit are ss -ltn's Recv-Q and Send-Q.</source>
        <translation>図に描くリッスンソケット。accept キューとその上限は、ss -ltn の Recv-Q と Send-Q に当たります。</translation>
    </message>
    <message>
        <source>Turned away (whole network namespace)</source>
        <translation>受け付けられなかった接続 (ネットワーク名前空間全体)</translation>
    </message>
    <message>
        <source>The kernel counts these for all listeners together, not per socket.</source>
        <translation>カーネルはこれらをソケットごとではなく、すべてのリッスンソケットをまとめて数えます。</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>毎秒</translation>
    </message>
    <message>
        <source>total</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Queue history</source>
        <translation>キューの推移</translation>
    </message>
    <message>
        <source>A SYN or a final ACK arrived while the accept queue was full.</source>
        <translation>accept キューが満杯のときに届いた SYN または最後の ACK の数。</translation>
    </message>
    <message>
        <source>Every SYN or final ACK a listener dropped, for any reason: overflows included.</source>
        <translation>リッスンソケットが理由を問わず破棄した SYN と最後の ACK の数。溢れによるものも含みます。</translation>
    </message>
    <message>
        <source>A SYN dropped because the SYN queue was full and SYN cookies were off.</source>
        <translation>SYN キューが満杯で、SYN クッキーも無効だったために破棄された SYN の数。</translation>
    </message>
    <message>
        <source>A SYN answered with a SYN cookie because the SYN queue was full.</source>
        <translation>SYN キューが満杯だったために SYN クッキーで応答した SYN の数。</translation>
    </message>
    <message>
        <source>Since Linux 4.4 the SYN queue has no size of its own: it shares the accept queue's limit (sk_max_ack_backlog, the listen() backlog after the net.core.somaxconn cap). From Linux 6.13 both queues count as full only above the limit, so limit + 1 fit in each.</source>
        <translation>Linux 4.4 以降、SYN キューは独自の大きさを持たず、accept キューと同じ上限 (sk_max_ack_backlog、つまり listen() のバックログを net.core.somaxconn で頭打ちにした値) を使います。Linux 6.13 からは、どちらのキューも上限を超えたときに満杯とみなされるので、それぞれ上限 + 1 個まで入ります。</translation>
    </message>
    <message>
        <source>Since Linux 4.4 the SYN queue has no size of its own: it shares the accept queue's limit (sk_max_ack_backlog, the listen() backlog after the net.core.somaxconn cap). Before Linux 6.13 the SYN queue counts as full at the limit, the accept queue only above it: this kernel (%1) lets limit requests and limit + 1 connections in.</source>
        <translation>Linux 4.4 以降、SYN キューは独自の大きさを持たず、accept キューと同じ上限 (sk_max_ack_backlog、つまり listen() のバックログを net.core.somaxconn で頭打ちにした値) を使います。Linux 6.13 より前は、SYN キューは上限に達した時点で、accept キューは上限を超えた時点で満杯とみなされます。このカーネル (%1) では、要求は上限の数まで、接続は上限 + 1 本まで入ります。</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
</context>
<context>
    <name>tcplab::LiveCounterPrinter</name>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>rx pkt/s</source>
        <translation>受信 pkt/s</translation>
    </message>
    <message>
        <source>tx pkt/s</source>
        <translation>送信 pkt/s</translation>
    </message>
    <message>
        <source>rx Mbit/s</source>
        <translation>受信 Mbit/s</translation>
    </message>
    <message>
        <source>tx Mbit/s</source>
        <translation>送信 Mbit/s</translation>
    </message>
    <message>
        <source>CPU busy %</source>
        <translation>CPU 使用率 %</translation>
    </message>
    <message>
        <source>active opens/s</source>
        <translation>能動オープン/s</translation>
    </message>
    <message>
        <source>passive opens/s</source>
        <translation>受動オープン/s</translation>
    </message>
    <message>
        <source>retrans seg/s</source>
        <translation>再送セグメント/s</translation>
    </message>
    <message>
        <source>listen overflows/s</source>
        <translation>リッスン溢れ/s</translation>
    </message>
    <message>
        <source>established</source>
        <translation>確立済み</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::LocalCounterSource</name>
    <message>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Listen queues</source>
        <translation>リッスンキュー</translation>
    </message>
    <message>
        <source>For each listening socket: the SYN queue and the accept queue against their limits, with the overflow and drop counters beside them.</source>
        <translation>リッスン中のソケットごとに、SYN キューと accept キューの使用量を上限と並べて表示し、溢れと破棄のカウンタも添えます。</translation>
    </message>
    <message>
        <source>Socket states</source>
        <translation>ソケットの状態</translation>
    </message>
    <message>
        <source>How many TCP sockets are in each state, what each state means, and the sockets in the state you select.</source>
        <translation>各状態にある TCP ソケットの数、それぞれの状態の意味、そして選んだ状態のソケットの一覧です。</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニタ</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>ノート</translation>
    </message>
    <message>
        <source>Your recorded runs, notes and chart snapshots, ready to export as a write-up.</source>
        <translation>記録した実験、メモ、グラフのスナップショット。レポートとして書き出せます。</translation>
    </message>
    <message>
        <source>tcplab</source>
        <translation>tcplab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xperiment</source>
        <translation>実験(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトを元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Experiment Panel</source>
        <translation>実験パネルを表示(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About tcplab</source>
        <translation>tcplab について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>システムの言語 (%1)(&amp;S)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 · Linux %2 · somaxconn %3</source>
        <translation>%1 · Linux %2 · somaxconn %3</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>This view is not part of this version yet.</source>
        <translation>このビューはこのバージョンにはまだ含まれていません。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>間隔:</translation>
    </message>
    <message>
        <source>Span:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>How often the counters are read</source>
        <translation>カウンタを読み取る間隔</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>How much history the charts show and keep</source>
        <translation>グラフに表示し保持する履歴の長さ</translation>
    </message>
    <message>
        <source>&amp;Pause Sampling</source>
        <translation>サンプリングを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume reading the counters (%1)</source>
        <translation>カウンタの読み取りを一時停止または再開します (%1)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1 · every %2</source>
        <translation>%1 · %2 ごと</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>グラフを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart Data as CSV</source>
        <translation>グラフのデータを CSV でコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Monitor</source>
        <translation>モニタを表示(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Run Experiment</source>
        <translation>実験を実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop Experiment</source>
        <translation>実験を停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <source>Where the counters come from: this machine, or the running experiment's private network namespace</source>
        <translation>カウンタの取得元: このマシン、または実行中の実験の専用ネットワーク名前空間</translation>
    </message>
    <message>
        <source>Notebook: %1</source>
        <translation>ノート: %1</translation>
    </message>
    <message>
        <source>New Notebook</source>
        <translation>新しいノート</translation>
    </message>
    <message>
        <source>tcplab notebooks (*.%1)</source>
        <translation>tcplab ノート (*.%1)</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>ノートを開く</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF、A4 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown with images (*.md)</source>
        <translation>画像付き Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Write-up</source>
        <translation>レポートを書き出す</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>レッスン %1</translation>
    </message>
    <message>
        <source>My prediction and what the checklist showed:

```
%1```</source>
        <translation>自分の予想とチェックリストの結果:

```
%1```</translation>
    </message>
    <message>
        <source>Lesson %1. My prediction:
%2</source>
        <translation>レッスン %1。自分の予想:
%2</translation>
    </message>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>新しいノート(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>ノートを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったノート(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;Write-up…</source>
        <translation>レポートを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Show the &amp;Checklist</source>
        <translation>チェックリストを表示(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>レッスン(&amp;L)…</translation>
    </message>
    <message>
        <source>Save Notebook As</source>
        <translation>名前を付けてノートを保存</translation>
    </message>
    <message>
        <source>Save Notebook &amp;As…</source>
        <translation>名前を付けてノートを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Remote hosts…</source>
        <translation>リモートホスト…</translation>
    </message>
    <message>
        <source>Remote &amp;Hosts…</source>
        <translation>リモートホスト(&amp;H)…</translation>
    </message>
    <message>
        <source>Open Prometheus &amp;History…</source>
        <translation>Prometheus の履歴を開く(&amp;H)…</translation>
    </message>
    <message>
        <source>Traffic Lab</source>
        <translation>トラフィック実験</translation>
    </message>
    <message>
        <source>Show &amp;Traffic Lab</source>
        <translation>トラフィック実験を表示(&amp;T)</translation>
    </message>
    <message>
        <source>Traffic lab: %1</source>
        <translation>トラフィック実験: %1</translation>
    </message>
    <message>
        <source>My prediction:

```
%1```

What the two hosts measured:

</source>
        <translation>私の予想:

```
%1```

2 台のホストで測った値:

</translation>
    </message>
    <message>
        <source>Lesson %1 on %2. My prediction:
%3</source>
        <translation>レッスン %1、%2 で実行。私の予測:
%3</translation>
    </message>
    <message>
        <source>&amp;Kernel Shelf…</source>
        <translation>カーネルの棚(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>tcplab::MonitorChart</name>
    <message>
        <source>Export chart…</source>
        <translation>グラフをエクスポート…</translation>
    </message>
    <message>
        <source>Copy data as CSV</source>
        <translation>データを CSV でコピー</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>最新を表示</translation>
    </message>
</context>
<context>
    <name>tcplab::MonitorView</name>
    <message>
        <source>&amp;Interface:</source>
        <translation>インタフェース(&amp;I):</translation>
    </message>
    <message>
        <source>C&amp;PU:</source>
        <translation>CPU(&amp;P):</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>全インタフェース</translation>
    </message>
    <message>
        <source>All CPUs</source>
        <translation>全 CPU</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>最新を表示</translation>
    </message>
    <message>
        <source>Show the newest samples as they arrive (Home)</source>
        <translation>届いた最新のサンプルを表示し続けます (Home)</translation>
    </message>
    <message>
        <source>Packets per second</source>
        <translation>秒あたりのパケット数</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>個/秒</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU 時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation>I/O 待ち</translation>
    </message>
    <message>
        <source>Softirq</source>
        <translation>ソフト割り込み</translation>
    </message>
    <message>
        <source>TCP events per second</source>
        <translation>秒あたりの TCP イベント数</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>回/秒</translation>
    </message>
    <message>
        <source>Drag to zoom into a time range, or use the mouse wheel. Shift+drag, middle-drag or the arrow keys pan; Home follows the newest samples again. Ctrl+Shift+E exports the chart.</source>
        <translation>ドラッグで時間範囲を拡大します。マウスホイールでも拡大・縮小できます。Shift+ドラッグ、中ボタンのドラッグ、矢印キーで前後に移動し、Home で最新のサンプルの表示に戻ります。Ctrl+Shift+E でグラフをエクスポートします。</translation>
    </message>
    <message>
        <source>There is no chart %1.</source>
        <translation>グラフ %1 はありません。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフのエクスポート</translation>
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
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::NotebookView</name>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>コマンド出力</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Counter paste</source>
        <translation>カウンタの貼り付け</translation>
    </message>
    <message>
        <source>Search notes, runs and output</source>
        <translation>メモ・実験・出力を検索</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>タグ(カンマ区切り)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新しいメモ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>エントリが選ばれていません</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Paste counters…</source>
        <translation>カウンタを貼り付け…</translation>
    </message>
    <message>
        <source>Two captures of netstat -s, nstat -az or /proc/net/netstat, taken some seconds apart</source>
        <translation>数秒おいて取った netstat -s、nstat -az、または /proc/net/netstat の出力 2 つ</translation>
    </message>
</context>
<context>
    <name>tcplab::PasteDialog</name>
    <message>
        <source>Paste Counters</source>
        <translation>カウンタの貼り付け</translation>
    </message>
    <message>
        <source>Counters of a host</source>
        <translation>ホストのカウンタ</translation>
    </message>
    <message>
        <source>netstat -s, nstat -az or cat /proc/net/netstat</source>
        <translation>netstat -s、nstat -az、または cat /proc/net/netstat</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Seconds between the two:</source>
        <translation>2 つの間の秒数(&amp;S):</translation>
    </message>
    <message>
        <source>First capture</source>
        <translation>1 回目の出力</translation>
    </message>
    <message>
        <source>Second capture</source>
        <translation>2 回目の出力</translation>
    </message>
    <message>
        <source>What the difference shows:</source>
        <translation>差分からわかること:</translation>
    </message>
    <message>
        <source>Paste both captures to see what changed between them.</source>
        <translation>2 つの出力を両方貼り付けると、その間に何が変わったかを表示します。</translation>
    </message>
    <message>
        <source>%1 counters changed (%2).</source>
        <translation>%1 個のカウンタが変化しました (%2)。</translation>
    </message>
</context>
<context>
    <name>tcplab::QueueDiagram</name>
    <message>
        <source>the application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>No listening socket to show.</source>
        <translation>表示するリッスンソケットがありません。</translation>
    </message>
    <message>
        <source>SYN arrives, SYN-ACK goes back</source>
        <translation>SYN が届き、SYN-ACK を返す</translation>
    </message>
    <message>
        <source>full: new SYNs dropped or answered with a cookie</source>
        <translation>満杯: 新しい SYN は破棄されるか、SYN クッキーで応答されます</translation>
    </message>
    <message>
        <source>SYN queue: half-open (SYN_RECV)</source>
        <translation>SYN キュー: ハーフオープンの接続 (SYN_RECV)</translation>
    </message>
    <message>
        <source>final ACK: the handshake is complete</source>
        <translation>最後の ACK: ハンドシェイク完了</translation>
    </message>
    <message>
        <source>full: SYNs and final ACKs dropped (ListenOverflows)</source>
        <translation>満杯: SYN と最後の ACK は破棄されます (ListenOverflows)</translation>
    </message>
    <message>
        <source>Accept queue: established (Recv-Q)</source>
        <translation>accept キュー: 確立済みの接続 (Recv-Q)</translation>
    </message>
    <message>
        <source>accept()</source>
        <translation>accept()</translation>
    </message>
    <message>
        <source>%1 of limit %2</source>
        <translation>%1 / 上限 %2</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>満杯</translation>
    </message>
    <message>
        <source>no room: every request counts as overflow</source>
        <translation>空きなし: どの要求も溢れとして扱われます</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>The SYN queue holds connections whose SYN has arrived and whose final ACK has not: the listener's SYN_RECV request sockets. Since Linux 4.4 it has no size of its own: it counts as full when their number reaches the accept queue's limit (sk_max_ack_backlog). The test is "greater than" since Linux 6.13, so limit + 1 fit, and "greater or equal" before. tcp_max_syn_backlog does not size it.</source>
        <translation>SYN キューには、SYN は届いたものの最後の ACK がまだ届いていない接続、つまりリッスンソケットの SYN_RECV 状態の要求ソケットが入ります。Linux 4.4 以降は独自の大きさを持たず、その数が accept キューの上限 (sk_max_ack_backlog) に達すると満杯とみなされます。判定は Linux 6.13 から「より大きい」なので上限 + 1 個まで入り、それより前は「以上」でした。tcp_max_syn_backlog はこの大きさを決めません。</translation>
    </message>
    <message>
        <source>The accept queue holds connections whose handshake is complete, until the program calls accept(): Recv-Q of a listener. Its limit is the listen() backlog capped at net.core.somaxconn (Send-Q). The kernel calls it full only when it holds more than the limit, so limit + 1 connections fit.</source>
        <translation>accept キューには、ハンドシェイクが完了した接続が、プログラムが accept() を呼ぶまで入ります。リッスンソケットの Recv-Q がその数です。上限は listen() のバックログを net.core.somaxconn で頭打ちにした値 (Send-Q) です。カーネルが満杯とみなすのは上限を超えたときだけなので、接続は上限 + 1 本まで入ります。</translation>
    </message>
</context>
<context>
    <name>tcplab::QueueSparkline</name>
    <message>
        <source>accept queue</source>
        <translation>accept キュー</translation>
    </message>
    <message numerus="yes">
        <source>last %n s</source>
        <translation><numerusform>直近 %n 秒</numerusform></translation>
    </message>
    <message>
        <source>no history yet</source>
        <translation>まだ履歴がありません</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketListModel</name>
    <message>
        <source>Connections in the accept queue, not yet accept()ed</source>
        <translation>accept キューにあり、まだ accept() されていない接続の数</translation>
    </message>
    <message>
        <source>Bytes received and not yet read by the program</source>
        <translation>受信済みで、プログラムがまだ読んでいないバイト数</translation>
    </message>
    <message>
        <source>The accept queue's limit: the listen() backlog after the net.core.somaxconn cap</source>
        <translation>accept キューの上限。listen() のバックログを net.core.somaxconn で頭打ちにした値です</translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer</source>
        <translation>送信済みで、相手からまだ ACK が返っていないバイト数</translation>
    </message>
    <message>
        <source>Local address:port</source>
        <translation>ローカルアドレス:ポート</translation>
    </message>
    <message>
        <source>Peer address:port</source>
        <translation>相手のアドレス:ポート</translation>
    </message>
    <message>
        <source>Bytes not yet read; for a listener, connections waiting in its accept queue</source>
        <translation>未読のバイト数。リッスンソケットでは accept キューで待っている接続の数</translation>
    </message>
    <message>
        <source>Bytes not yet acknowledged; for a listener, the accept queue's limit</source>
        <translation>ACK 待ちのバイト数。リッスンソケットでは accept キューの上限</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketStatesModel</name>
    <message>
        <source>No connection. A socket that is only created or bound, neither connecting nor listening, is in this state on Linux.</source>
        <translation>接続がない状態。Linux では、作成またはバインドしただけで、接続も待ち受けもしていないソケットがこの状態になります。</translation>
    </message>
    <message>
        <source>Waiting for connection requests. Completed connections wait in its accept queue until the program calls accept().</source>
        <translation>接続要求を待ち受けている状態。確立した接続は、プログラムが accept() を呼ぶまで accept キューで待ちます。</translation>
    </message>
    <message>
        <source>connect() sent a SYN and is waiting for the SYN-ACK.</source>
        <translation>connect() が SYN を送り、SYN-ACK を待っている状態。</translation>
    </message>
    <message>
        <source>A SYN arrived and a SYN-ACK went back; waiting for the final ACK. On Linux these are the half-open connections in a listener's SYN queue.</source>
        <translation>SYN を受け取って SYN-ACK を返し、最後の ACK を待っている状態。Linux では、リッスンソケットの SYN キューにあるハーフオープンの接続がこれに当たります。</translation>
    </message>
    <message>
        <source>The handshake is complete; data flows both ways.</source>
        <translation>ハンドシェイクが完了し、双方向にデータをやり取りできる状態。</translation>
    </message>
    <message>
        <source>The peer sent its FIN; waiting for the local program to call close().</source>
        <translation>相手から FIN が届き、こちらのプログラムが close() を呼ぶのを待っている状態。</translation>
    </message>
    <message>
        <source>The local program closed first and a FIN went out; waiting for its ACK.</source>
        <translation>こちらのプログラムが先に閉じて FIN を送り、その ACK を待っている状態。</translation>
    </message>
    <message>
        <source>Both ends sent a FIN at the same time; waiting for the ACK of ours.</source>
        <translation>双方が同時に FIN を送り、こちらの FIN への ACK を待っている状態。</translation>
    </message>
    <message>
        <source>Closed after the peer's FIN; waiting for the last ACK, the one for our FIN.</source>
        <translation>相手の FIN を受けてからこちらも閉じ、自分の FIN に対する最後の ACK を待っている状態。</translation>
    </message>
    <message>
        <source>Our FIN was acknowledged; waiting for the peer to send its FIN.</source>
        <translation>こちらの FIN に ACK が返り、相手から FIN が届くのを待っている状態。</translation>
    </message>
    <message>
        <source>Both FINs are acknowledged. The end that closed first waits (60 s on Linux) so that late segments die out before the same address pair is used again.</source>
        <translation>双方の FIN が確認された状態。先に閉じた側は、遅れて届くセグメントが消えるまで (Linux では 60 秒) 待ってから、同じアドレスの組を再び使えるようにします。</translation>
    </message>
    <message>
        <source>Linux and netstat: %1; ss: %2</source>
        <translation>Linux と netstat での表記: %1、ss での表記: %2</translation>
    </message>
    <message>
        <source>The 2004 checklist (Solaris) writes SYN_RCVD.</source>
        <translation>2004 年のチェックリスト (Solaris) では SYN_RCVD と表記しています。</translation>
    </message>
    <message>
        <source>Sockets in this state in the newest census</source>
        <translation>最新の集計でこの状態にあるソケットの数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Meaning (Japanese)</source>
        <translation>意味 (日本語)</translation>
    </message>
    <message>
        <source>Meaning (English)</source>
        <translation>意味 (英語)</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>ソケット数</translation>
    </message>
    <message>
        <source>Both languages are shown whatever the interface language is.</source>
        <translation>画面の言語にかかわらず、両方の言語で表示します。</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketStatesView</name>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>すべてのポート</translation>
    </message>
    <message>
        <source>Only sockets whose local or peer port is this one. The kernel filters them, so watching one port among many sockets stays cheap. Empty: every socket.</source>
        <translation>ローカルまたは相手のポートがこの番号のソケットだけを表示します。絞り込みはカーネル内で行うので、多数のソケットの中から 1 つのポートを見ても負荷は小さく済みます。空欄ならすべてのソケットを表示します。</translation>
    </message>
    <message>
        <source>The 2004 checklist was written for Solaris, whose netstat also shows IDLE (open, not yet bound) and BOUND (bound, ready to connect or listen). Linux has no such TCP states: such a socket is in CLOSED. The checklist writes SYN_RCVD for SYN_RECV.</source>
        <translation>2004 年のチェックリストは Solaris 向けで、その netstat は IDLE (オープン済みでバインド前) と BOUND (バインド済みで、接続も待ち受けもできる) も表示します。Linux にはこれらの TCP 状態がなく、そうしたソケットは CLOSED になります。また、チェックリストの SYN_RCVD は SYN_RECV のことです。</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) with port %1</source>
        <translation><numerusform>ポート %1 のソケット %n 本</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation><numerusform>ソケット %n 本</numerusform></translation>
    </message>
    <message>
        <source>Select a state to list its sockets.</source>
        <translation>状態を選ぶと、その状態のソケットを一覧にします。</translation>
    </message>
    <message>
        <source>Sockets in %1: %2 (Recv-Q is the accept queue, Send-Q its limit)</source>
        <translation>%1 のソケット: %2 本 (Recv-Q は accept キュー、Send-Q はその上限)</translation>
    </message>
    <message>
        <source>Sockets in %1: %2</source>
        <translation>%1 のソケット: %2 本</translation>
    </message>
</context>
<context>
    <name>tcplab::SourceRegistry</name>
    <message>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>Experiment sandbox</source>
        <translation>実験のサンドボックス</translation>
    </message>
    <message>
        <source>Experiment sandbox: client host</source>
        <translation>実験のサンドボックス: クライアントホスト</translation>
    </message>
    <message>
        <source>this machine and the sandbox's hosts take no host name, not "%1"</source>
        <translation>このマシンとサンドボックスのホストはホスト名で指定しません ("%1" は使えません)</translation>
    </message>
    <message>
        <source>unknown kind of source: %1</source>
        <translation>不明な種類のソースです: %1</translation>
    </message>
    <message>
        <source>the experiment sandbox has no client host now</source>
        <translation>実験のサンドボックスには今クライアントホストがありません</translation>
    </message>
    <message>
        <source>the experiment sandbox is not running</source>
        <translation>実験のサンドボックスは動いていません</translation>
    </message>
    <message>
        <source>node_exporter reports no socket states or listen queues</source>
        <translation>node_exporter はソケットの状態やリッスンキューを提供しません</translation>
    </message>
</context>
<context>
    <name>tcplab::TrafficView</name>
    <message>
        <source>Packets/s in</source>
        <translation>入力パケット/秒</translation>
    </message>
    <message>
        <source>Packets/s out</source>
        <translation>出力パケット/秒</translation>
    </message>
    <message>
        <source>Bytes/packet in</source>
        <translation>入力バイト/パケット</translation>
    </message>
    <message>
        <source>Bytes/packet out</source>
        <translation>出力バイト/パケット</translation>
    </message>
    <message>
        <source>Mbit/s in</source>
        <translation>入力 Mbit/s</translation>
    </message>
    <message>
        <source>Mbit/s out</source>
        <translation>出力 Mbit/s</translation>
    </message>
    <message>
        <source>Mbit/s in on the wire</source>
        <translation>回線上の入力 Mbit/s</translation>
    </message>
    <message>
        <source>Mbit/s out on the wire</source>
        <translation>回線上の出力 Mbit/s</translation>
    </message>
    <message>
        <source>Throughput in (80 % rule)</source>
        <translation>入力スループット (80 % の目安)</translation>
    </message>
    <message>
        <source>Throughput out (80 % rule)</source>
        <translation>出力スループット (80 % の目安)</translation>
    </message>
    <message>
        <source>Retransmitted segments</source>
        <translation>再送セグメント</translation>
    </message>
    <message>
        <source>CPU user (whole machine)</source>
        <translation>CPU user (マシン全体)</translation>
    </message>
    <message>
        <source>CPU system (whole machine)</source>
        <translation>CPU system (マシン全体)</translation>
    </message>
    <message>
        <source>CPU softirq (whole machine)</source>
        <translation>CPU softirq (マシン全体)</translation>
    </message>
    <message>
        <source>CPU idle (whole machine)</source>
        <translation>CPU idle (マシン全体)</translation>
    </message>
    <message>
        <source>Connections opened (ActiveOpens)</source>
        <translation>開いた接続 (ActiveOpens)</translation>
    </message>
    <message>
        <source>Connections accepted (PassiveOpens)</source>
        <translation>受け付けた接続 (PassiveOpens)</translation>
    </message>
    <message>
        <source>Segments sent again (RetransSegs)</source>
        <translation>再送したセグメント (RetransSegs)</translation>
    </message>
    <message>
        <source>Sockets in TIME_WAIT</source>
        <translation>TIME_WAIT のソケット</translation>
    </message>
    <message>
        <source>the client host sends, the server host receives and acknowledges</source>
        <translation>クライアントホストが送り、サーバホストが受け取って確認応答します</translation>
    </message>
    <message>
        <source>the server host sends, the client host receives and acknowledges</source>
        <translation>サーバホストが送り、クライアントホストが受け取って確認応答します</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3 — %4</source>
        <translation>フェーズ %1 / %2: %3 — %4</translation>
    </message>
    <message>
        <source>Traffic between two hosts</source>
        <translation>2 台のホストのあいだのトラフィック</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>パターン(&amp;P):</translation>
    </message>
    <message>
        <source>Link &amp;rate:</source>
        <translation>リンク速度(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>&amp;MTU:</translation>
    </message>
    <message>
        <source>Link &amp;queue:</source>
        <translation>リンクのキュー(&amp;Q):</translation>
    </message>
    <message>
        <source>Seconds per p&amp;hase:</source>
        <translation>フェーズの秒数(&amp;H):</translation>
    </message>
    <message>
        <source>Message si&amp;ze:</source>
        <translation>メッセージの大きさ(&amp;Z):</translation>
    </message>
    <message>
        <source>C&amp;onnections:</source>
        <translation>接続数(&amp;O):</translation>
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
        <translation>制限なし</translation>
    </message>
    <message>
        <source>The link's rate in each direction (a token bucket filter on both ends of the veth pair)</source>
        <translation>方向ごとのリンクの速度 (veth のペアの両端に置いたトークンバケットフィルタ)</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <source>The link's MTU: the largest IP packet; a frame adds the 14-byte Ethernet header</source>
        <translation>リンクの MTU: 最大の IP パケットの大きさです。フレームにはさらに 14 バイトの Ethernet ヘッダが付きます</translation>
    </message>
    <message>
        <source>20 ms at the rate</source>
        <translation>既定 (20 ms 分)</translation>
    </message>
    <message>
        <source>How many bytes the link's queue holds before it drops</source>
        <translation>リンクのキューが破棄を始めるまでに保持するバイト数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Request and response: bytes each way per transaction</source>
        <translation>要求と応答: 1 回のやり取りで片方向に送るバイト数</translation>
    </message>
    <message>
        <source>Request and response, churn: connections at once</source>
        <translation>要求と応答、churn: 同時に張る接続の数</translation>
    </message>
    <message>
        <source>This machine's kernel has no netem, so the lab emulates no delay and no random loss. Congestion comes from a small queue in a router between the two hosts, and only in the congested pattern.</source>
        <translation>このマシンのカーネルには netem がないため、遅延やランダムな損失はエミュレーションしません。輻輳は 2 台のホストのあいだのルータにある小さなキューから起き、congested パターンのときだけです。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the traffic (%1 while this panel has the focus)</source>
        <translation>トラフィックを流します (このパネルにフォーカスがあるときは %1)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>実行を止めます (Esc)</translation>
    </message>
    <message>
        <source>After a run, what its figures mean.</source>
        <translation>実行のあとに、その数字の意味を説明します。</translation>
    </message>
    <message>
        <source>Choose a pattern and the link, then run. Both hosts are private network namespaces of this machine joined by a veth pair: nothing on this host changes.</source>
        <translation>パターンとリンクを選んで実行してください。両ホストはこのマシンの専用ネットワーク名前空間で、veth のペアでつながっています: このホストでは何も変わりません。</translation>
    </message>
    <message>
        <source>no socket census for a lab host</source>
        <translation>実験用ホストのソケット集計はありません</translation>
    </message>
    <message>
        <source>server host</source>
        <translation>サーバホスト</translation>
    </message>
    <message>
        <source>client host</source>
        <translation>クライアントホスト</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>サーバホスト</translation>
    </message>
    <message>
        <source>Server host (%1)</source>
        <translation>サーバホスト (%1)</translation>
    </message>
    <message>
        <source>Client host</source>
        <translation>クライアントホスト</translation>
    </message>
    <message>
        <source>Client host (%1)</source>
        <translation>クライアントホスト (%1)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n phase(s) measured over %1 s.</source>
        <translation><numerusform>終了: %1 秒で %n フェーズを測りました。</numerusform></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>The run did not finish.</source>
        <translation>実行は完了しませんでした。</translation>
    </message>
    <message>
        <source>The interface's bytes plus 24 bytes a frame that Linux does not count: preamble, frame check sequence and the gap between frames</source>
        <translation>インタフェースのバイト数に、Linux が数えないフレームごとの 24 バイト (プリアンブル、フレームチェックシーケンス、フレーム間隔) を足した値</translation>
    </message>
    <message>
        <source>On the wire against the link's rate: about 80 % of a full-duplex link is the practical limit (the 2004 guide's Table 4)</source>
        <translation>回線上の値をリンクの速度と比べます: 全二重リンクでは速度の約 80 % が実用上の限界です (2004 年のガイドの表 4)</translation>
    </message>
    <message>
        <source>Both hosts are network namespaces of this machine's one kernel: they share its CPUs, so these shares are the whole machine's</source>
        <translation>両ホストはこのマシンの 1 つのカーネルのネットワーク名前空間で CPU を共有しているので、この割合はマシン全体のものです</translation>
    </message>
    <message>
        <source>%1
server host</source>
        <translation>%1
サーバホスト</translation>
    </message>
    <message>
        <source>%1
client host</source>
        <translation>%1
クライアントホスト</translation>
    </message>
    <message>
        <source>Server host %1, phase %2 (%3 s)</source>
        <translation>サーバホスト %1、フェーズ %2 (%3 秒)</translation>
    </message>
    <message>
        <source>Client host %1, phase %2 (%3 s)</source>
        <translation>クライアントホスト %1、フェーズ %2 (%3 秒)</translation>
    </message>
    <message>
        <source>%1 Mbit/s on the wire of %2 Mbit/s (%3 % of the link; the limit is about 80 %)</source>
        <translation>回線上 %1 Mbit/s、リンク速度 %2 Mbit/s (リンクの %3 %。限界は約 80 %)</translation>
    </message>
    <message>
        <source>An unlimited link has no rate to compare with</source>
        <translation>制限なしのリンクには比べる速度がありません</translation>
    </message>
    <message>
        <source>No frame on this link is longer than the MTU plus the 14-byte Ethernet header: %1 bytes here. A bulk transfer sends nearly all its data in frames of that size, and the receiving host answers in the opposite direction with small ACK packets (about 66 bytes), one for every one or two data segments.</source>
        <translation>このリンクのどのフレームも、MTU に 14 バイトの Ethernet ヘッダを足した大きさ (ここでは %1 バイト) を超えません。大量転送ではほとんどのデータがこの大きさのフレームで送られ、受け取るホストは逆方向に小さな ACK パケット (約 66 バイト) を、データセグメント 1〜2 個ごとに 1 つ返します。</translation>
    </message>
    <message>
        <source>In the put the client host sends and the server host receives and acknowledges: the server host took in %1 packets/s of %2 bytes on average and sent back %3 packets/s. In the get the roles are the other way round: the server host sent %4 packets/s of %5 bytes and took in %6 ACK packets/s. So in the server host's packets chart, "in" is high in the first half and "out" in the second, as in figure 1 of the 2004 guide; the client host's chart is its mirror image.</source>
        <translation>put ではクライアントホストが送り、サーバホストが受け取って確認応答します: サーバホストは平均 %2 バイトのパケットを毎秒 %1 個受け取り、毎秒 %3 パケットを送り返しました。get では役割が逆になり、サーバホストは %5 バイトのパケットを毎秒 %4 個送り、毎秒 %6 個の ACK パケットを受け取りました。そのためサーバホストのパケットのグラフでは、2004 年のガイドの図 1 と同じように前半は「入力」が、後半は「出力」が高くなります。クライアントホストのグラフはその鏡像です。</translation>
    </message>
    <message>
        <source>Why the two phases are not exact mirrors: the data are held to the link's rate whichever way they go, so the data packets/s come out nearly the same; the ACKs are the receiving host's own choice (delayed ACKs, depending on how quickly its program reads), so the ACK packets/s may differ: %1 from the server host in the put, %2 from the client host in the get. In the guide the measured host took in about 6,000 packets/s in the put but sent about 7,600 packets/s in the get: there the other machine set the pace of the put and the measured host that of the get.</source>
        <translation>2 つのフェーズがちょうど鏡像にならない理由: データはどちら向きでもリンクの速度に抑えられるので、データの毎秒パケット数はほぼ同じになります。ACK は受け取るホスト自身が決めるもの (遅延 ACK。プログラムが読む速さによります) なので、ACK の毎秒パケット数は違うことがあります: put ではサーバホストから %1、get ではクライアントホストから %2 でした。ガイドでは、測ったホストは put で毎秒約 6,000 パケットを受け取り、get で毎秒約 7,600 パケットを送っていました。そこでは put のペースを相手のマシンが、get のペースを測ったホストが決めていたのです。</translation>
    </message>
    <message>
        <source>No frame on this link is longer than the MTU plus the 14-byte Ethernet header: %1 bytes here; the direction that carries the data fills its frames, the other carries the ACKs.</source>
        <translation>このリンクのどのフレームも、MTU に 14 バイトの Ethernet ヘッダを足した大きさ (ここでは %1 バイト) を超えません。データを運ぶ方向はフレームを満たし、逆方向は ACK を運びます。</translation>
    </message>
    <message>
        <source>Throughput: on a full-duplex link about 80 % of the rate is the practical limit (the guide's Table 4), %1 Mbit/s of this %2 Mbit/s link. A direction that reaches it is a "problem": the link, not the hosts, sets the pace.</source>
        <translation>スループット: 全二重のリンクでは速度の約 80 % が実用上の限界で (ガイドの表 4)、この %2 Mbit/s のリンクでは %1 Mbit/s です。そこに達した方向は「問題あり」になります: ペースを決めているのはホストではなくリンクです。</translation>
    </message>
    <message>
        <source>The CPU rows are the whole machine's: both hosts are network namespaces of this one kernel and share its CPUs.</source>
        <translation>CPU の行はマシン全体の値です: 両ホストはこの 1 つのカーネルのネットワーク名前空間で、CPU を共有しています。</translation>
    </message>
    <message>
        <source>Input errors (0.025 % rule)</source>
        <translation>入力エラー (0.025 % の目安)</translation>
    </message>
    <message>
        <source>Output errors (0.025 % rule)</source>
        <translation>出力エラー (0.025 % の目安)</translation>
    </message>
</context>
<context>
    <name>tcplab::WelcomeView</name>
    <message>
        <source>The two queues of a listening socket</source>
        <translation>リッスンソケットの 2 つのキュー</translation>
    </message>
    <message>
        <source>While a client's handshake is under way, the kernel keeps the half-open connection in the listening socket's SYN queue. Once the client's final ACK arrives, the connection moves to the accept queue and waits there until the server calls accept(). The backlog passed to listen(), capped by net.core.somaxconn, limits the accept queue; when it is full, new connections are dropped and the counters ListenOverflows and ListenDrops grow. tcplab lets you watch both queues and prove each rule with a live experiment.</source>
        <translation>クライアントとのハンドシェイクが進んでいる間、カーネルはこのハーフオープンの接続をリッスンソケットの SYN キューに置きます。クライアントから最後の ACK が届くと、接続は accept キューに移り、サーバが accept() を呼ぶまでそこで待ちます。accept キューの大きさは listen() に渡したバックログで決まり、net.core.somaxconn が上限になります。キューが満杯になると新しい接続は破棄され、ListenOverflows と ListenDrops のカウンタが増えます。tcplab では両方のキューを観察し、それぞれの規則をライブ実験で確かめられます。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>This machine: Linux %1, net.core.somaxconn = %2.</source>
        <translation>このマシン: Linux %1、net.core.somaxconn = %2。</translation>
    </message>
    <message>
        <source>The same queues with the standard tools</source>
        <translation>標準ツールで同じキューを見る</translation>
    </message>
    <message>
        <source>listeners: Recv-Q is the accept queue now, Send-Q its limit</source>
        <translation>リッスン中のソケット: Recv-Q は現在の accept キュー、Send-Q はその上限</translation>
    </message>
    <message>
        <source>half-open connections in SYN queues</source>
        <translation>SYN キューにあるハーフオープンの接続</translation>
    </message>
    <message>
        <source>drops since boot</source>
        <translation>起動以降の破棄数</translation>
    </message>
    <message>
        <source>the limits</source>
        <translation>上限値</translation>
    </message>
</context>
<context>
    <name>tcplab::checklist::Mapping</name>
    <message>
        <source>packets received by the interface</source>
        <translation>インタフェースが受信したパケット数</translation>
    </message>
    <message>
        <source>packets sent by the interface</source>
        <translation>インタフェースが送信したパケット数</translation>
    </message>
    <message>
        <source>receive errors: CRC, frame, FIFO overruns</source>
        <translation>受信エラー: CRC、フレーム、FIFO オーバーラン</translation>
    </message>
    <message>
        <source>transmit errors</source>
        <translation>送信エラー</translation>
    </message>
    <message>
        <source>collisions; always 0 on full-duplex links and virtual interfaces</source>
        <translation>コリジョン。全二重のリンクと仮想インタフェースでは常に 0</translation>
    </message>
    <message>
        <source>no Linux counter; Tcp.InSegs counts every segment received, pure ACKs included</source>
        <translation>Linux には対応するカウンタがありません。Tcp.InSegs は ACK だけのものを含む全受信セグメントを数えます</translation>
    </message>
    <message>
        <source>no Linux counter for TCP bytes; IpExt.InOctets counts IP bytes of every protocol</source>
        <translation>Linux には TCP のバイト数のカウンタがありません。IpExt.InOctets は全プロトコルの IP バイト数を数えます</translation>
    </message>
    <message>
        <source>no Linux counter; Tcp.OutSegs counts every segment sent, pure ACKs included</source>
        <translation>Linux には対応するカウンタがありません。Tcp.OutSegs は ACK だけのものを含む全送信セグメントを数えます</translation>
    </message>
    <message>
        <source>no Linux counter for TCP bytes; IpExt.OutOctets counts IP bytes of every protocol</source>
        <translation>Linux には TCP のバイト数のカウンタがありません。IpExt.OutOctets は全プロトコルの IP バイト数を数えます</translation>
    </message>
    <message>
        <source>segments sent again</source>
        <translation>再送したセグメント数</translation>
    </message>
    <message>
        <source>connection attempts that failed</source>
        <translation>失敗した接続の試み</translation>
    </message>
    <message>
        <source>segments received with errors, bad checksums included</source>
        <translation>エラーのある受信セグメント (チェックサム誤りを含む)</translation>
    </message>
    <message>
        <source>SYNs and final ACKs a listener dropped; TcpExt.ListenOverflows counts the accept queue's share</source>
        <translation>リッスンソケットが破棄した SYN と最後の ACK。そのうち accept キューによる分は TcpExt.ListenOverflows が数えます</translation>
    </message>
    <message>
        <source>SYNs dropped because the SYN queue was full</source>
        <translation>SYN キューが満杯のため破棄された SYN</translation>
    </message>
    <message>
        <source>SYN queue full and answered with a SYN cookie: a SYN flood, or a backlog too small</source>
        <translation>SYN キューが満杯で SYN クッキーで応答した数。SYN フラッドか、バックログが小さすぎます</translation>
    </message>
    <message>
        <source>UDP datagrams that could not be delivered</source>
        <translation>配送できなかった UDP データグラム</translation>
    </message>
    <message>
        <source>the nearest Linux counter: sends that found no buffer space</source>
        <translation>最も近い Linux のカウンタ: バッファに空きがなかった送信</translation>
    </message>
    <message>
        <source>UDP checksum errors</source>
        <translation>UDP のチェックサムエラー</translation>
    </message>
    <message>
        <source>no Linux counter for raw IP</source>
        <translation>raw IP の Linux カウンタはありません</translation>
    </message>
    <message>
        <source>datagrams dropped for a bad destination address</source>
        <translation>宛先アドレスの誤りで破棄されたデータグラム</translation>
    </message>
    <message>
        <source>datagrams dropped for a bad header</source>
        <translation>ヘッダの誤りで破棄されたデータグラム</translation>
    </message>
    <message>
        <source>IP header checksum errors</source>
        <translation>IP ヘッダのチェックサムエラー</translation>
    </message>
    <message>
        <source>reassembly failures</source>
        <translation>再構築の失敗</translation>
    </message>
    <message>
        <source>datagrams that needed fragmenting but could not be</source>
        <translation>分割が必要なのに分割できなかったデータグラム</translation>
    </message>
    <message>
        <source>only when the kernel has IPsec</source>
        <translation>カーネルに IPsec がある場合のみ</translation>
    </message>
    <message>
        <source>ICMP checksum errors</source>
        <translation>ICMP のチェックサムエラー</translation>
    </message>
    <message>
        <source>ICMP messages received with errors</source>
        <translation>エラーのある受信 ICMP メッセージ</translation>
    </message>
    <message>
        <source>ICMP messages not sent because of errors</source>
        <translation>エラーのため送信できなかった ICMP メッセージ</translation>
    </message>
    <message>
        <source>no Linux counter in /proc/net/snmp</source>
        <translation>/proc/net/snmp に Linux のカウンタはありません</translation>
    </message>
</context>
<context>
    <name>tcplab::checklist::Texts</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>look closer</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>tcplab::cli::HistoryCommand</name>
    <message>
        <source>tcplab: --span takes a duration such as 30s, 15m, 2h or plain seconds, not "%1"</source>
        <translation>tcplab: --span には 30s、15m、2h のような時間か秒数を指定します ("%1" は使えません)</translation>
    </message>
    <message>
        <source>tcplab: --step takes a duration such as 1s, 15s, 1m or plain seconds, not "%1"</source>
        <translation>tcplab: --step には 1s、15s、1m のような時間か秒数を指定します ("%1" は使えません)</translation>
    </message>
    <message>
        <source>tcplab: %1</source>
        <translation>tcplab: %1</translation>
    </message>
    <message>
        <source>Prometheus keeps no socket census</source>
        <translation>Prometheus はソケットの集計を記録していません</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::AgentProcess</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>a crash</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::LoopbackHost</name>
    <message>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::SandboxHost</name>
    <message>
        <source>cannot start %1</source>
        <translation>%1 を起動できません</translation>
    </message>
    <message>
        <source>cannot create the sandbox: %1</source>
        <translation>サンドボックスを作成できません: %1</translation>
    </message>
    <message>
        <source>tcplab-sandbox ended unexpectedly (exit code %1)</source>
        <translation>tcplab-sandbox が予期せず終了しました (終了コード %1)</translation>
    </message>
    <message>
        <source>tcplab-sandbox did not pass its socket diagnostics sockets</source>
        <translation>tcplab-sandbox がソケット診断用のソケットを渡しませんでした</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::SshHost</name>
    <message>
        <source>the remote hosts' counters did not arrive within %1 s</source>
        <translation>リモートホストのカウンタが %1 秒以内に届きませんでした</translation>
    </message>
    <message>
        <source>Copying tcplab-agent to %1</source>
        <translation>tcplab-agent を %1 にコピーしています</translation>
    </message>
    <message>
        <source>no IPv4 address found for the server host %1</source>
        <translation>サーバホスト %1 の IPv4 アドレスが見つかりません</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>an argument for the remote agent holds characters that are not allowed</source>
        <translation>リモートのエージェントへの引数に使えない文字が含まれています</translation>
    </message>
    <message>
        <source>Connecting to the remote hosts' counters</source>
        <translation>リモートホストのカウンタに接続しています</translation>
    </message>
</context>
<context>
    <name>tcplab::hosts::VmHost</name>
    <message>
        <source>signal %1</source>
        <translation>シグナル %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <source>the guest did not answer within %1 s</source>
        <translation>ゲストが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the virtual machine (%1)</source>
        <translation>仮想マシン (%1)</translation>
    </message>
    <message>
        <source>TCG (QEMU's emulator): /dev/kvm cannot be opened here</source>
        <translation>TCG (QEMU のエミュレータ): このマシンでは /dev/kvm を開けません</translation>
    </message>
    <message>
        <source>TCG (QEMU's emulator): KVM did not boot a guest on this machine (%1)</source>
        <translation>TCG (QEMU のエミュレータ): このマシンでは KVM でゲストが起動しませんでした (%1)</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>QEMU (qemu-system-x86_64) is not installed</source>
        <translation>QEMU (qemu-system-x86_64) がインストールされていません</translation>
    </message>
    <message>
        <source>cannot make the virtual machine's initramfs: %1</source>
        <translation>仮想マシンの initramfs を作成できません: %1</translation>
    </message>
    <message>
        <source>cannot start QEMU: %1</source>
        <translation>QEMU を起動できません: %1</translation>
    </message>
    <message>
        <source>QEMU ended with exit code %1</source>
        <translation>QEMU が終了コード %1 で終了しました</translation>
    </message>
    <message>
        <source>a crash</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <source>the virtual machine ended unexpectedly (%1): %2</source>
        <translation>仮想マシンが予期せず終了しました (%1): %2</translation>
    </message>
    <message>
        <source>the virtual machine could not start: %1</source>
        <translation>仮想マシンを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>no frame from the virtual machine yet</source>
        <translation>仮想マシンからのフレームがまだ届いていません</translation>
    </message>
    <message>
        <source>the virtual machine's socket census failed: %1</source>
        <translation>仮想マシンのソケット集計に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::kernels::AptArchive</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消されました</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 が時間内に終わりませんでした</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <source>this machine's apt names no Debian archive to fetch kernels from</source>
        <translation>このマシンの apt には、カーネルを取得できる Debian アーカイブが設定されていません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>apt could not fetch a verified index of %1 from %2</source>
        <translation>apt は %2 から %1 の検証済みインデックスを取得できませんでした</translation>
    </message>
    <message>
        <source>the archive's index has no checksum for %1</source>
        <translation>アーカイブのインデックスに %1 のチェックサムがありません</translation>
    </message>
    <message>
        <source>apt reported no error, but %1 was not downloaded</source>
        <translation>apt はエラーを報告しませんでしたが、%1 はダウンロードされていません</translation>
    </message>
</context>
<context>
    <name>tcplab::kernels::Catalogue</name>
    <message>
        <source>Debian 11 (bullseye), Linux 5.10</source>
        <translation>Debian 11 (bullseye)、Linux 5.10</translation>
    </message>
    <message>
        <source>Debian 12 (bookworm), Linux 6.1</source>
        <translation>Debian 12 (bookworm)、Linux 6.1</translation>
    </message>
    <message>
        <source>Debian 13 (trixie), Linux 6.12</source>
        <translation>Debian 13 (trixie)、Linux 6.12</translation>
    </message>
    <message>
        <source>Debian unstable (sid), Linux 7.x</source>
        <translation>Debian unstable (sid)、Linux 7.x</translation>
    </message>
</context>
<context>
    <name>tcplab::kernels::Initramfs</name>
    <message>
        <source>cannot read the module %1: %2</source>
        <translation>モジュール %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a kernel module</source>
        <translation>%1 はカーネルモジュールではありません</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>the kernel %1 has no module %2</source>
        <translation>カーネル %1 にはモジュール %2 がありません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::kernels::KernelShelf</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>the package is damaged: %1</source>
        <translation>パッケージが壊れています: %1</translation>
    </message>
    <message>
        <source>there is no kernel "%1" on the shelf</source>
        <translation>棚にカーネル「%1」はありません</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but the archive's signed index says %3: it was not used</source>
        <translation>%1 は %2 バイトですが、アーカイブの署名付きインデックスでは %3 バイトです。このファイルは使用しませんでした</translation>
    </message>
    <message>
        <source>%1 does not match the SHA-256 of the archive's signed index: it was not used</source>
        <translation>%1 はアーカイブの署名付きインデックスの SHA-256 と一致しません。このファイルは使用しませんでした</translation>
    </message>
    <message>
        <source>%1 is not a Linux kernel image (bzImage)</source>
        <translation>%1 は Linux カーネルイメージ (bzImage) ではありません</translation>
    </message>
    <message>
        <source>%1 does not say which kernel it is</source>
        <translation>%1 からはカーネルのバージョンが読み取れません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Debian package</source>
        <translation>%1 は Debian パッケージではありません</translation>
    </message>
    <message>
        <source>"%1" is not a kernel of the shelf's catalogue</source>
        <translation>「%1」は棚のカタログにあるカーネルではありません</translation>
    </message>
    <message>
        <source>Reading the signed index of %1</source>
        <translation>%1 の署名付きインデックスを読み込んでいます</translation>
    </message>
    <message>
        <source>the archive has no cloud kernel for %1</source>
        <translation>アーカイブに %1 のクラウド向けカーネルがありません</translation>
    </message>
    <message>
        <source>cannot create a folder under %1</source>
        <translation>%1 の下にフォルダを作成できません</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 MB)</source>
        <translation>%1 をダウンロードしています (%2 MB)</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 をダウンロードしています</translation>
    </message>
    <message>
        <source>Unpacking %1</source>
        <translation>%1 を展開しています</translation>
    </message>
    <message>
        <source>%1 holds no kernel image</source>
        <translation>%1 にはカーネルイメージが含まれていません</translation>
    </message>
    <message>
        <source>cannot move the kernel into %1</source>
        <translation>カーネルを %1 に移動できません</translation>
    </message>
    <message>
        <source>%1 is on the shelf</source>
        <translation>%1 を棚に置きました</translation>
    </message>
    <message>
        <source>"%1" cannot name a kernel: use letters, digits, dots, dashes and underscores, and none of the shelf's own names</source>
        <translation>「%1」はカーネルの名前に使えません。英字、数字、ドット、ハイフン、アンダースコアを使い、棚の既定の名前と重ならないようにしてください</translation>
    </message>
    <message>
        <source>cannot copy %1 to the shelf</source>
        <translation>%1 を棚にコピーできません</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::ComparisonTableModel</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>server host %1</source>
        <translation>サーバホスト %1</translation>
    </message>
    <message>
        <source>client host %1</source>
        <translation>クライアントホスト %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>予想</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続できた</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>other errors</source>
        <translation>その他のエラー</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::ExperimentResult</name>
    <message>
        <source>This run used the host's own loopback: other programs' connections and traffic share these sockets' counters, and the host's settings apply.</source>
        <translation>この実行はホスト自身のループバックを使いました。ほかのプログラムの接続や通信もこれらのカウンタに含まれ、ホストの設定がそのまま適用されます。</translation>
    </message>
    <message>
        <source>Counters grow with every retransmitted SYN and every duplicate ACK; the kernel's retransmission timers and the moment the window closed decide how many of them fell inside it.</source>
        <translation>カウンタは再送された SYN や重複した ACK のたびに増えます。そのうち何回が観測時間内に入るかは、カーネルの再送タイマーと観測を締め切った瞬間によって決まります。</translation>
    </message>
    <message>
        <source>The SYN queue was full for a moment and the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent): those handshakes need no request socket, so more of them completed than the queue sizes suggest.</source>
        <translation>SYN キューが一時的に満杯になり、カーネルは %1 個の SYN に SYN cookie で応答しました (TcpExt.SyncookiesSent)。こうしたハンドシェイクはリクエストソケットを必要としないため、キューの大きさから考えられるより多くの接続が完了しました。</translation>
    </message>
    <message>
        <source>The server accepts while the clients retry: how many get in depends on when each retransmitted SYN meets a free place in the queue, which the model can only bound.</source>
        <translation>クライアントが再試行している間もサーバは accept を続けます。何本が入れるかは、再送された各 SYN がキューの空きに出会うタイミング次第で、モデルには範囲しか示せません。</translation>
    </message>
    <message>
        <source>The model assumes every SYN of the burst arrives before the queues change; on this machine the handshakes and the SYNs interleaved differently.</source>
        <translation>モデルは一斉に送られた SYN がすべてキューの変化より先に届くと仮定しています。このマシンではハンドシェイクと SYN の順序がそれとは違って入り混じりました。</translation>
    </message>
    <message>
        <source>The SYN queue filled up during the run and the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent). A cookie completes the handshake on the client's side even when the server then drops the final ACK because the accept queue is full (TcpExt.ListenOverflows): such a client reports ESTABLISHED while the server has no socket for it (client ESTABLISHED %2, server ESTABLISHED %3).</source>
        <translation>実行中に SYN キューが満杯になり、カーネルは %1 個の SYN に SYN cookie で応答しました (TcpExt.SyncookiesSent)。cookie を使うと、accept キューが満杯でサーバが最後の ACK を捨てた場合でも (TcpExt.ListenOverflows)、クライアント側ではハンドシェイクが完了します。そのようなクライアントは ESTABLISHED と報告しますが、サーバ側にはそのソケットがありません (クライアントの ESTABLISHED %2、サーバの ESTABLISHED %3)。</translation>
    </message>
    <message>
        <source>Measured %1 %2 = %3, but the model expected %4.</source>
        <translation>%1 %2 の測定値は %3 ですが、モデルの予測は %4 でした。</translation>
    </message>
    <message>
        <source>backlog %1, clients %2 (+%3 late), accept %4, observed %5 s</source>
        <translation>バックログ %1、クライアント %2 (遅延 +%3)、accept %4、観測 %5 秒</translation>
    </message>
    <message>
        <source>kernel %1, private network namespace (%2): counters are the experiment's own</source>
        <translation>カーネル %1、専用のネットワーク名前空間 (%2): カウンタはこの実験だけのものです</translation>
    </message>
    <message>
        <source>kernel %1, this host's loopback: settings read only, counters host-wide</source>
        <translation>カーネル %1、このホストのループバック: 設定は読み取りのみ、カウンタはホスト全体の値です</translation>
    </message>
    <message>
        <source>somaxconn %1, effective backlog %2, accept queue holds %3, syncookies %4, abort_on_overflow %5</source>
        <translation>somaxconn %1、実効バックログ %2、accept キューに入る数 %3、syncookies %4、abort_on_overflow %5</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>測定</translation>
    </message>
    <message>
        <source>* differs from the model</source>
        <translation>* モデルと異なる</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>two hosts in the sandbox: server host %1, client host %2</source>
        <translation>サンドボックスの 2 台のホスト: サーバホスト %1、クライアントホスト %2</translation>
    </message>
    <message>
        <source>client host's counters: %1</source>
        <translation>クライアントホストのカウンタ: %1</translation>
    </message>
    <message>
        <source>server on %1, clients on %2 (over SSH)</source>
        <translation>サーバは %1、クライアントは %2 (SSH 経由)</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>Two hosts: the server host (%1) holds only the listener and the connections it completed, so SYN_RECV and ListenOverflows (%2 here) appear there alone; the client host (%3) holds the clients' sockets, ESTABLISHED or SYN_SENT, and it is the one that retransmits SYNs (TCPSynRetrans %4 there; on the server host that counter only grows with SYN-ACK retransmissions). On one host both sets of numbers mix.</source>
        <translation>2 台のホスト: サーバホスト (%1) にあるのはリスナと、そこで確立した接続だけなので、SYN_RECV と ListenOverflows (ここでは %2) はサーバホストにだけ現れます。クライアントホスト (%3) にはクライアントのソケット (ESTABLISHED か SYN_SENT) があり、SYN を再送するのもこちらです (そこでの TCPSynRetrans は %4。サーバホストではこのカウンタは SYN-ACK の再送でしか増えません)。1 台のホストでは、両方の数字が混ざって見えます。</translation>
    </message>
    <message>
        <source>Server sockets</source>
        <translation>サーバ側のソケット</translation>
    </message>
    <message>
        <source>Client sockets</source>
        <translation>クライアント側のソケット</translation>
    </message>
    <message>
        <source>Client outcomes</source>
        <translation>クライアントの結果</translation>
    </message>
    <message>
        <source>Counter growth</source>
        <translation>カウンタの増加</translation>
    </message>
    <message>
        <source>kernel %1 (%2 from the shelf) in a virtual machine (%3) where tcplab is root: counters are the experiment's own</source>
        <translation>カーネル %1 (棚の %2) を、tcplab が root として動く仮想マシン (%3) で実行: カウンタは実験専用です</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::ExperimentRunner</name>
    <message>
        <source>the server did not start listening within %1 s</source>
        <translation>サーバが %1 秒以内に listen を始めませんでした</translation>
    </message>
    <message>
        <source>the clients did not report their summary in time; they were killed</source>
        <translation>クライアントが時間内に集計を報告しなかったため、強制終了しました</translation>
    </message>
    <message>
        <source>the server or the sandbox did not stop in time; they were killed</source>
        <translation>サーバまたはサンドボックスが時間内に止まらなかったため、強制終了しました</translation>
    </message>
    <message>
        <source>an experiment is already running</source>
        <translation>実験はすでに実行中です</translation>
    </message>
    <message>
        <source>Creating the network namespace</source>
        <translation>ネットワーク名前空間を作成しています</translation>
    </message>
    <message>
        <source>Starting the server</source>
        <translation>サーバを起動しています</translation>
    </message>
    <message>
        <source>the server could not start: %1</source>
        <translation>サーバを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>the clients could not start: %1</source>
        <translation>クライアントを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 ended unexpectedly (%2)</source>
        <translation>%1 が予期せず終了しました (%2)</translation>
    </message>
    <message>
        <source>%1 ended unexpectedly (%2): %3</source>
        <translation>%1 が予期せず終了しました (%2): %3</translation>
    </message>
    <message>
        <source>Starting the half-open clients</source>
        <translation>ハーフオープンのクライアントを起動しています</translation>
    </message>
    <message>
        <source>Clients connecting</source>
        <translation>クライアントが接続しています</translation>
    </message>
    <message>
        <source>Observing</source>
        <translation>観測中</translation>
    </message>
    <message>
        <source>Collecting the clients' outcomes</source>
        <translation>クライアントの結果を集めています</translation>
    </message>
    <message>
        <source>Stopping the server</source>
        <translation>サーバを停止しています</translation>
    </message>
    <message>
        <source>%1 reported no summary; its outcomes are counted from its events</source>
        <translation>%1 が集計を報告しなかったため、結果は個々のイベントから数えました</translation>
    </message>
    <message>
        <source>the experiment was stopped</source>
        <translation>実験は中止されました</translation>
    </message>
    <message>
        <source>Preparing the remote hosts</source>
        <translation>リモートホストを準備しています</translation>
    </message>
    <message>
        <source>%1 did not report ready within %2 s</source>
        <translation>%1 が %2 秒以内に準備完了を報告しませんでした</translation>
    </message>
    <message>
        <source>Reading this machine's settings</source>
        <translation>このマシンの設定を読み取っています</translation>
    </message>
    <message>
        <source>Booting %1 in a virtual machine</source>
        <translation>%1 を仮想マシンで起動しています</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::ExperimentSpec</name>
    <message>
        <source>%1 must be between %2 and %3 (it is %4)</source>
        <translation>%1 は %2 から %3 の範囲で指定してください (現在は %4)</translation>
    </message>
    <message>
        <source>The backlog</source>
        <translation>バックログ</translation>
    </message>
    <message>
        <source>The number of clients</source>
        <translation>クライアント数</translation>
    </message>
    <message>
        <source>The client timeout (seconds)</source>
        <translation>クライアントのタイムアウト (秒)</translation>
    </message>
    <message>
        <source>The observation time (seconds)</source>
        <translation>観察時間 (秒)</translation>
    </message>
    <message>
        <source>The accept delay (ms)</source>
        <translation>accept の間隔 (ミリ秒)</translation>
    </message>
    <message>
        <source>The number of late clients</source>
        <translation>遅れて接続を完了するクライアントの数</translation>
    </message>
    <message>
        <source>At most %1 clients in all</source>
        <translation>クライアントは合計 %1 までです</translation>
    </message>
    <message>
        <source>The late handshake time (ms)</source>
        <translation>ハンドシェイクを遅らせる時間 (ミリ秒)</translation>
    </message>
    <message>
        <source>Kernel settings can only be chosen in the sandbox; the host-loopback mode reads this host's settings and never changes them</source>
        <translation>カーネル設定を選べるのはサンドボックスだけです。ホストのループバックモードではこのホストの設定を読み取るだけで、変更はしません</translation>
    </message>
    <message>
        <source>unknown accept mode "%1"</source>
        <translation>不明な accept モード "%1"</translation>
    </message>
    <message>
        <source>Two hosts exist only in the sandbox, not on this host's loopback</source>
        <translation>2 台のホストはサンドボックスの中にだけ作れます。このホストのループバックでは使えません</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelCalibration</name>
    <message>
        <source>the calibration run on %1 kept %2 requests in the SYN queue of backlog %3, which neither rule of the kernel model explains</source>
        <translation>%1 での較正の実行では、バックログ %3 の SYN キューに %2 件の要求が残りました。カーネルモデルのどちらの規則でも説明できません</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelComparisonModel</name>
    <message>
        <source>Not the same on every kernel: the notes under the table say why.</source>
        <translation>カーネルによって値が異なります。理由は表の下の注記にあります。</translation>
    </message>
    <message>
        <source>The model predicts nothing for this figure on %1.</source>
        <translation>%1 ではモデルはこの項目を予測しません。</translation>
    </message>
    <message>
        <source>%1 expects %2: the model only, this kernel is not on the shelf.</source>
        <translation>%1 の予測は %2 です。モデルのみで、このカーネルは棚にありません。</translation>
    </message>
    <message>
        <source>The model expects %1 on %2.</source>
        <translation>%2 でのモデルの予測は %1 です。</translation>
    </message>
    <message>
        <source>The run on %1 did not finish: %2</source>
        <translation>%1 での実行は完了しませんでした: %2</translation>
    </message>
    <message>
        <source>%1 measured %2, inside the model's range %3.</source>
        <translation>%1 の測定値は %2 で、モデルの範囲 %3 に入っています。</translation>
    </message>
    <message>
        <source>%1 measured %2, outside the model's range %3: the notes under the table say why.</source>
        <translation>%1 の測定値は %2 で、モデルの範囲 %3 の外です。理由は表の下の注記にあります。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Linux %1
model only</source>
        <translation>Linux %1
モデルのみ</translation>
    </message>
    <message>
        <source>%1
measured</source>
        <translation>%1
測定</translation>
    </message>
    <message>
        <source>%1
expected</source>
        <translation>%1
予測</translation>
    </message>
    <message>
        <source>Linux %1 is not on the shelf: these are the kernel model's figures for its version, not a measurement.</source>
        <translation>Linux %1 は棚にありません。これはそのバージョンに対するカーネルモデルの値で、測定値ではありません。</translation>
    </message>
    <message>
        <source>%1: Linux %2</source>
        <translation>%1: Linux %2</translation>
    </message>
    <message>
        <source>in a virtual machine (%1)</source>
        <translation>仮想マシン (%1) で実行</translation>
    </message>
    <message>
        <source>The SYN queue's size was measured on this kernel by a calibration run.</source>
        <translation>SYN キューの大きさはこのカーネルで較正の実行により測定しました。</translation>
    </message>
    <message>
        <source>The SYN queue's size is assumed from the kernel's version; it was not measured.</source>
        <translation>SYN キューの大きさはカーネルのバージョンからの推定で、測定していません。</translation>
    </message>
    <message>
        <source>The backlog listen() leaves: %1. __sys_listen_socket() caps the backlog at net.core.somaxconn, whose default grew from 128 to 4096 in Linux 5.4.</source>
        <translation>listen() の後に残るバックログ: %1。__sys_listen_socket() はバックログを net.core.somaxconn で頭打ちにし、その既定値は Linux 5.4 で 128 から 4096 に増えました。</translation>
    </message>
    <message>
        <source>Requests the SYN queue holds for this backlog: %1. inet_csk_reqsk_queue_is_full() compares the number of requests with the backlog: with "&gt;=" up to 6.12, with "&gt;" since 6.13, which lets one more request in. A stable kernel that took the 6.13 fix behaves like 6.13 whatever its version says, which is why tcplab measures this on each kernel.</source>
        <translation>このバックログで SYN キューに入る要求の数: %1。inet_csk_reqsk_queue_is_full() は要求の数をバックログと比べます。6.12 までは "&gt;="、6.13 からは "&gt;" で比べるので、要求がもう 1 つ入ります。6.13 の修正を取り込んだ安定版カーネルは、バージョン番号が何であれ 6.13 と同じように振る舞います。そのため tcplab はこれを各カーネルで測定します。</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (測定)</translation>
    </message>
    <message>
        <source>%1 (from its version)</source>
        <translation>%1 (バージョンから推定)</translation>
    </message>
    <message>
        <source>When a client sends its SYNs, in seconds after the first: %1. The first retransmission timeout became 1 s in Linux 3.1 (it was 3 s), and since 6.5 tcp_syn_linear_timeouts keeps the first retransmissions 1 s apart before tcp_retransmit_timer() doubles the wait; more SYNs in the same time means more drops counted.</source>
        <translation>クライアントが SYN を送る時刻 (最初の SYN からの秒数): %1。最初の再送タイムアウトは Linux 3.1 で 3 秒から 1 秒になり、6.5 からは tcp_syn_linear_timeouts により最初の数回の再送が 1 秒間隔になって、その後 tcp_retransmit_timer() が待ち時間を倍にしていきます。同じ時間に送る SYN が多いほど、数えられる破棄も増えます。</translation>
    </message>
    <message>
        <source>On %1 a SYN may still get in while the accept queue is full (the "young" rule of tcp_v4_conn_request()); its final ACK is then dropped and the server keeps it in SYN_RECV. Since 4.10 tcp_conn_request() drops every such SYN at once.</source>
        <translation>%1 では、accept キューが満杯でも SYN が入ることがあります (tcp_v4_conn_request() の "young" の規則)。その最後の ACK は破棄され、サーバはその接続を SYN_RECV のまま保持します。4.10 からは tcp_conn_request() がこうした SYN をすべてすぐに破棄します。</translation>
    </message>
    <message>
        <source>%1 came out as %2, all inside the range %3 the model gives every kernel: which value a run gets is a race between the burst of SYNs and the first handshakes (in a virtual machine without KVM even more so), not a difference between the kernels.</source>
        <translation>%1 は %2 となり、どれもモデルがすべてのカーネルに与える範囲 %3 に入っています。どの値になるかは、一斉に届く SYN と最初のハンドシェイクとの競合で決まり (KVM のない仮想マシンではなおさらです)、カーネルの違いではありません。</translation>
    </message>
    <message>
        <source>On %1 (Linux %2) these figures fell outside the model's range (expected in brackets): %3. The run's own explanation, in the notebook, gives the likely reason.</source>
        <translation>%1 (Linux %2) では次の項目がモデルの範囲の外でした (括弧内が予測): %3。考えられる理由はノートブックにあるその実行の説明にあります。</translation>
    </message>
    <message>
        <source>≠ differs between kernels; * outside the model's range</source>
        <translation>≠ カーネル間で異なる; * モデルの範囲外</translation>
    </message>
    <message>
        <source>On %1 the burst of SYNs raced the first handshakes and SYN cookies were sent, so more clients report connected: that run is held to the race's figures. Whether a run races is a matter of timing (a virtual machine without KVM is slow), not a difference between the kernels; running it again usually gives the other outcome.</source>
        <translation>%1 では一斉に届いた SYN が最初のハンドシェイクと競合して SYN クッキーが送られたため、接続したと報告するクライアントが増えました。その実行は競合した場合の値と比べています。競合が起きるかどうかはタイミングの問題で (KVM のない仮想マシンは遅いため)、カーネルの違いではありません。もう一度実行すると、たいていはもう一方の結果になります。</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelModel</name>
    <message>
        <source>listen() asked for a backlog of %1. The kernel caps it at net.core.somaxconn, which is %2 here, so the accept queue's limit is %3.</source>
        <translation>listen() はバックログ %1 を要求しました。カーネルはこれを net.core.somaxconn (ここでは %2) で頭打ちにするため、accept キューの上限は %3 になります。</translation>
    </message>
    <message>
        <source>Nobody calls accept(), so completed connections stay in the accept queue. The kernel calls it full only when it holds more than the limit (sk_acceptq_is_full() compares with &gt;), so %1 connections fit: the limit plus one.</source>
        <translation>誰も accept() を呼ばないので、確立した接続は accept キューに残ります。カーネルがキューを満杯とみなすのは上限を超えたときだけなので (sk_acceptq_is_full() は &gt; で比較します)、入る接続は上限より 1 つ多い %1 本です。</translation>
    </message>
    <message>
        <source>The other %1 clients' SYNs arrive while the queue is full. Since Linux 4.10 tcp_conn_request() drops such a SYN at once, so no half-open connection is kept for them: the server shows no SYN_RECV. The clients stay in SYN_SENT and send their SYN again at %2 s; in %3 s each sends about %4 SYNs, and every dropped SYN adds one to TcpExt.ListenOverflows and TcpExt.ListenDrops.</source>
        <translation>残りの %1 クライアントの SYN はキューが満杯のときに届きます。Linux 4.10 以降、tcp_conn_request() はこうした SYN をすぐに破棄するため、ハーフオープンの接続は作られず、サーバに SYN_RECV は現れません。クライアントは SYN_SENT のまま、%2 秒の時点で SYN を再送します。%3 秒の間に各クライアントは約 %4 回 SYN を送り、破棄された SYN 1 つごとに TcpExt.ListenOverflows と TcpExt.ListenDrops が 1 増えます。</translation>
    </message>
    <message>
        <source>On this old kernel a SYN may still get in while the accept queue is full, as long as the SYN queue has few young requests (the "young" rule in tcp_v4_conn_request()). Such a client gets its SYN-ACK and reports ESTABLISHED, but its final ACK is dropped and the server keeps it in SYN_RECV: the lab log saw 4 of them.</source>
        <translation>この古いカーネルでは、accept キューが満杯でも SYN キューの新しい要求が少なければ SYN が受け付けられることがあります (tcp_v4_conn_request() の "young" 規則)。そのクライアントは SYN-ACK を受け取って ESTABLISHED と表示しますが、最後の ACK は破棄され、サーバでは SYN_RECV のまま残ります。実験記録ではこれが 4 本見られました。</translation>
    </message>
    <message>
        <source>After about %1 s the clients give up (tcp_syn_retries): their sockets close with ETIMEDOUT.</source>
        <translation>約 %1 秒後にクライアントはあきらめ (tcp_syn_retries)、ソケットは ETIMEDOUT で閉じられます。</translation>
    </message>
    <message>
        <source>All %1 clients fit, so every handshake completes and no counter of dropped connections moves.</source>
        <translation>%1 クライアントすべてがキューに収まるので、すべてのハンドシェイクが完了し、破棄を数えるカウンタは増えません。</translation>
    </message>
    <message>
        <source>%1 half-open clients never see the SYN-ACK, so their requests wait in the SYN queue: the server shows %2 SYN_RECV sockets and resends its SYN-ACK (tcp_synack_retries).</source>
        <translation>ハーフオープンの %1 クライアントには SYN-ACK が届かないので、その要求は SYN キューで待ち続けます。サーバには SYN_RECV のソケットが %2 本現れ、SYN-ACK を再送します (tcp_synack_retries)。</translation>
    </message>
    <message>
        <source>%1 late clients complete their handshakes after the queue filled. Their final ACK finds the accept queue full (tcp_check_req()); with tcp_abort_on_overflow=1 the server answers with a reset, so these clients first connect and are then reset (ECONNRESET).</source>
        <translation>遅れた %1 クライアントは、キューが満杯になってからハンドシェイクを完了します。最後の ACK が届いたとき accept キューは満杯で (tcp_check_req())、tcp_abort_on_overflow=1 なのでサーバは RST を返します。このためこれらのクライアントは、いったん接続してからリセットされます (ECONNRESET)。</translation>
    </message>
    <message>
        <source>%1 late clients complete their handshakes after the queue filled. Their final ACK finds the accept queue full and is ignored (tcp_abort_on_overflow=0): the client already reports ESTABLISHED, while the server keeps the connection in SYN_RECV and resends its SYN-ACK. This is the puzzle of the lab log.</source>
        <translation>遅れた %1 クライアントは、キューが満杯になってからハンドシェイクを完了します。最後の ACK は accept キューが満杯のため無視されます (tcp_abort_on_overflow=0)。クライアントはすでに ESTABLISHED と表示しますが、サーバでは接続が SYN_RECV のまま残り、SYN-ACK を再送します。これが実験記録の謎の正体です。</translation>
    </message>
    <message>
        <source>%1 late clients found the SYN queue full and got SYN cookies instead of a request socket (TcpExt.TCPReqQFullDoCookies).</source>
        <translation>遅れた %1 クライアントは SYN キューが満杯だったため、要求ソケットの代わりに SYN クッキーを受け取りました (TcpExt.TCPReqQFullDoCookies)。</translation>
    </message>
    <message>
        <source>The server accepts every connection at once, so the accept queue empties as fast as it fills. A burst can still overflow it for a moment; the clients dropped then get in with their next SYN, 1 s later.</source>
        <translation>サーバはすべての接続をすぐに accept するので、accept キューは埋まるのと同じ速さで空きます。それでも一斉の接続で一瞬溢れることがあり、そのとき破棄されたクライアントは 1 秒後の次の SYN で接続します。</translation>
    </message>
    <message>
        <source>The server accepts one connection every %1 ms, about %2 in %3 s. Each accept() frees one place in the queue; a client dropped in the burst gets in only when its next SYN arrives at a moment with a free place, so the clients connect in steps at %4 s.</source>
        <translation>サーバは %1 ミリ秒ごとに 1 つ接続を accept し、%3 秒で約 %2 本になります。accept() のたびにキューに空きが 1 つでき、一斉接続で破棄されたクライアントは、次の SYN が空きのあるときに届いた場合だけ接続できます。そのためクライアントは %4 秒の時点で段階的に接続します。</translation>
    </message>
    <message>
        <source>%1 late clients complete their handshakes while the slow server has freed at most %2 places. A final ACK that finds the accept queue full is answered with a reset (tcp_abort_on_overflow=1), so up to %1 clients see ECONNRESET.</source>
        <translation>遅れてきた %1 個のクライアントがハンドシェイクを終える時点で、遅いサーバが空けたacceptキューの空きは多くても %2 個です。最後のACKが満杯のacceptキューに当たるとリセットが返される(tcp_abort_on_overflow=1)ので、最大 %1 個のクライアントがECONNRESETを受け取ります。</translation>
    </message>
    <message>
        <source>Without SYN cookies the kernel keeps the last quarter of tcp_max_syn_backlog (%1) for peers it already knows: the half-open clients hold %2 requests, so every other SYN is dropped (tcp_conn_request()). None of the %3 other clients connects; each drop adds one to TcpExt.ListenDrops but not to TcpExt.ListenOverflows, since the accept queue is empty.</source>
        <translation>SYN クッキーを使わない場合、カーネルは tcp_max_syn_backlog (%1) の最後の 4 分の 1 を、すでに接続実績のある相手のために取っておきます。ハーフオープンのクライアントが要求を %2 個抱えているため、それ以外の SYN はすべて破棄されます (tcp_conn_request())。残りの %3 クライアントはどれも接続できません。破棄のたびに TcpExt.ListenDrops は 1 増えますが、accept キューは空なので TcpExt.ListenOverflows は増えません。</translation>
    </message>
    <message>
        <source>The SYN queue holds %1 requests for this backlog: measured on this kernel by a calibration run, not assumed from its version.</source>
        <translation>このバックログでは SYN キューに %1 件の要求が入ります。バージョンからの推定ではなく、このカーネルで較正の実行により測定した値です。</translation>
    </message>
    <message>
        <source>The SYN queue holds %1 requests for this backlog, as kernel %2 should by its version (one more since 6.13); it was not measured on this kernel.</source>
        <translation>このバックログでは SYN キューに %1 件の要求が入ります。これはカーネル %2 のバージョンから推定した値で (6.13 以降は 1 件多い)、このカーネルでは測定していません。</translation>
    </message>
    <message>
        <source>This run raced. The burst's SYNs filled the SYN queue before the first handshakes completed, so the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent). A cookie completes the handshake on the client's side even when cookie_v4_check() then drops the final ACK for the full accept queue, so up to all %2 clients may report connected while the server holds %3. Which outcome a run gets is a matter of timing (a virtual machine without KVM is slow enough), not of the kernel: the figures here are checked against the race's ranges.</source>
        <translation>この実行では競合が起きました。一斉に届いた SYN が、最初のハンドシェイクが完了する前に SYN キューを満たしたため、カーネルは %1 個の SYN に SYN クッキーで応答しました (TcpExt.SyncookiesSent)。クッキーを使うと、cookie_v4_check() がその後 accept キュー満杯のために最後の ACK を破棄しても、クライアント側ではハンドシェイクが完了します。そのため、サーバが保持するのは %3 本なのに、最大で %2 のクライアントすべてが接続したと報告することがあります。どちらの結果になるかはタイミングの問題で (KVM のない仮想マシンは十分に遅い)、カーネルによるものではありません。ここでの値は競合した場合の範囲と比べています。</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelSeries</name>
    <message>
        <source>the calibration run failed: %1</source>
        <translation>較正の実行に失敗しました: %1</translation>
    </message>
    <message>
        <source>Choose at least one kernel to run on.</source>
        <translation>実行するカーネルを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>A run is already going.</source>
        <translation>すでに実行中です。</translation>
    </message>
    <message>
        <source>The runs were stopped.</source>
        <translation>実行を止めました。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): measuring the kernel's traits: %4</source>
        <translation>%1 (%3 個中 %2 個目): カーネルの特性を測定中: %4</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): %4</source>
        <translation>%1 (%3 個中 %2 個目): %4</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::KernelTraitsStore</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::Preflight</name>
    <message>
        <source>The port must be between 1 and 65535 (it is %1)</source>
        <translation>ポートは 1 から 65535 の間で指定してください (指定値 %1)</translation>
    </message>
    <message>
        <source>The server on %1 listens on that host's loopback, which clients on another host cannot reach; name the server host by an address the client host can reach</source>
        <translation>%1 のサーバはそのホストのループバックで待ち受けるため、別のホストのクライアントからは届きません。クライアントホストから届くアドレスでサーバホストを指定してください</translation>
    </message>
    <message>
        <source>%1 was not found next to tcplab (in %2)</source>
        <translation>%1 が tcplab と同じ場所 (%2) に見つかりません</translation>
    </message>
    <message>
        <source>%1 clients need as many local ports, but net.ipv4.ip_local_port_range (%2-%3) holds only %4</source>
        <translation>%1 クライアントには同じ数のローカルポートが必要ですが、net.ipv4.ip_local_port_range (%2-%3) には %4 個しかありません</translation>
    </message>
    <message>
        <source>The server would hold %1 accepted connections, but one process may open at most %2 files here (RLIMIT_NOFILE)</source>
        <translation>サーバは accept した接続を %1 本保持することになりますが、このマシンでは 1 プロセスが開けるファイルは最大 %2 個です (RLIMIT_NOFILE)</translation>
    </message>
    <message>
        <source>%1 clients need more than %2 processes of at most %3 open files each</source>
        <translation>%1 クライアントには、ファイルを最大 %3 個まで開けるプロセスが %2 個より多く必要です</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is not free: %2</source>
        <translation>127.0.0.1 のポート %1 は使用中です: %2</translation>
    </message>
    <message>
        <source>A run on a shelf kernel happens in a virtual machine on this machine, not on SSH hosts</source>
        <translation>棚のカーネルでの実行はこのマシン上の仮想マシンで行います。SSH ホストでは実行できません</translation>
    </message>
    <message>
        <source>Two hosts are not available in a virtual machine yet; run the two hosts on this machine's kernel</source>
        <translation>仮想マシンではまだ2ホスト構成を使えません。2ホストはこのマシンのカーネルで実行してください</translation>
    </message>
    <message>
        <source>The kernel "%1" is not on the shelf; fetch it with: tcplab kernels fetch %1</source>
        <translation>カーネル「%1」は棚にありません。次のコマンドで取得してください: tcplab kernels fetch %1</translation>
    </message>
    <message>
        <source>QEMU (qemu-system-x86_64) is needed to boot %1</source>
        <translation>%1 を起動するには QEMU (qemu-system-x86_64) が必要です</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::Presets</name>
    <message>
        <source>Backlog 10, 100 clients, nobody accepts</source>
        <translation>バックログ 10、クライアント 100、accept しない</translation>
    </message>
    <message>
        <source>Backlog 100, 100 clients, nobody accepts</source>
        <translation>バックログ 100、クライアント 100、accept しない</translation>
    </message>
    <message>
        <source>Backlog 200, 200 clients, somaxconn 128</source>
        <translation>バックログ 200、クライアント 200、somaxconn 128</translation>
    </message>
    <message>
        <source>Accept queue overflow at the final ACK, abort-on-overflow on</source>
        <translation>最後の ACK で accept キューが溢れる (abort-on-overflow 有効)</translation>
    </message>
    <message>
        <source>A slow server under a burst of clients</source>
        <translation>一斉に接続するクライアントと遅いサーバ</translation>
    </message>
    <message>
        <source>Backlog 10, 30 half-open clients, then 5 clients, SYN cookies on</source>
        <translation>バックログ 10、ハーフオープンのクライアント 30、続いてクライアント 5、SYN クッキー有効</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::RemoteHosts</name>
    <message>
        <source>%1 is neither this machine's loopback nor a host added in the hosts dialog; an experiment sends bursts of connections and runs only against hosts you have added.</source>
        <translation>%1 はこのマシンのループバックでも、ホストの設定で追加したホストでもありません。実験は接続を一斉に送るので、あなたが追加したホストに対してだけ実行します。</translation>
    </message>
    <message>
        <source>The ssh program could not be started: is OpenSSH's client installed?</source>
        <translation>ssh を起動できませんでした。OpenSSH のクライアントはインストールされていますか？</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 から %2 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>The command on %1 failed (exit status %2)</source>
        <translation>%1 でのコマンドが失敗しました (終了ステータス %2)</translation>
    </message>
    <message>
        <source>tcplab-agent cannot be read at %1: %2</source>
        <translation>%1 の tcplab-agent を読めません: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>tcplab-agent is built for %1, %2 is %3: an experiment needs the agent there</source>
        <translation>tcplab-agent は %1 向けですが、%2 は %3 です。実験にはそこでエージェントが必要です</translation>
    </message>
    <message>
        <source>tcplab-agent could not be copied to %1 intact (is sha256sum installed there?)</source>
        <translation>tcplab-agent を %1 に正しくコピーできませんでした (そこに sha256sum はありますか?)</translation>
    </message>
    <message>
        <source>Not a setting name: %1</source>
        <translation>設定の名前ではありません: %1</translation>
    </message>
    <message>
        <source>%1 did not tell its kernel release</source>
        <translation>%1 がカーネルのリリースを返しませんでした</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::TrafficResult</name>
    <message>
        <source>Traffic lab: %1 over a %2 link, MTU %3, %4 s a phase (kernel %5)</source>
        <translation>トラフィック実験: %2 のリンクで %1、MTU %3、1 フェーズ %4 秒 (カーネル %5)</translation>
    </message>
    <message>
        <source>server host %1, client host %2; the CPU split is this machine's (both hosts share it)</source>
        <translation>サーバホスト %1、クライアントホスト %2。CPU の内訳はこのマシン全体の値です (両ホストで共有しています)</translation>
    </message>
    <message>
        <source>phase %1 (%2 s)</source>
        <translation>フェーズ %1 (%2 秒)</translation>
    </message>
    <message>
        <source>server host</source>
        <translation>サーバホスト</translation>
    </message>
    <message>
        <source>client host</source>
        <translation>クライアントホスト</translation>
    </message>
    <message>
        <source>packets/s in</source>
        <translation>入力パケット/秒</translation>
    </message>
    <message>
        <source>packets/s out</source>
        <translation>出力パケット/秒</translation>
    </message>
    <message>
        <source>bytes/packet in</source>
        <translation>入力バイト/パケット</translation>
    </message>
    <message>
        <source>bytes/packet out</source>
        <translation>出力バイト/パケット</translation>
    </message>
    <message>
        <source>Mbps in</source>
        <translation>入力 Mbps</translation>
    </message>
    <message>
        <source>Mbps out</source>
        <translation>出力 Mbps</translation>
    </message>
    <message>
        <source>Mbps in on the wire</source>
        <translation>回線上の入力 Mbps</translation>
    </message>
    <message>
        <source>Mbps out on the wire</source>
        <translation>回線上の出力 Mbps</translation>
    </message>
    <message>
        <source>throughput in, verdict</source>
        <translation>入力スループットの判定</translation>
    </message>
    <message>
        <source>throughput out, verdict</source>
        <translation>出力スループットの判定</translation>
    </message>
    <message>
        <source>retransmitted</source>
        <translation>再送</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>retransmissions, verdict</source>
        <translation>再送の判定</translation>
    </message>
    <message>
        <source>input errors, verdict</source>
        <translation>入力エラーの判定</translation>
    </message>
    <message>
        <source>output errors, verdict</source>
        <translation>出力エラーの判定</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::TrafficRunner</name>
    <message>
        <source>the traffic run did not finish in time</source>
        <translation>トラフィックの実行が時間内に終わりませんでした</translation>
    </message>
    <message>
        <source>%1: %2 of %3 s</source>
        <translation>%1: %3 秒中 %2 秒</translation>
    </message>
    <message>
        <source>a traffic run is already going</source>
        <translation>トラフィックの実行がすでに動いています</translation>
    </message>
    <message>
        <source>%1 was not found next to tcplab (in %2)</source>
        <translation>%1 が tcplab と同じ場所 (%2) に見つかりません</translation>
    </message>
    <message>
        <source>the two-host sandbox failed: %1</source>
        <translation>2 台のホストのサンドボックスが失敗しました: %1</translation>
    </message>
    <message>
        <source>Creating the two hosts and the link</source>
        <translation>2 台のホストとリンクを作っています</translation>
    </message>
    <message>
        <source>the traffic run was stopped</source>
        <translation>トラフィックの実行を停止しました</translation>
    </message>
    <message>
        <source>tcplab-sandbox did not make the client host</source>
        <translation>tcplab-sandbox がクライアントホストを作りませんでした</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>the traffic server ended unexpectedly (%1)</source>
        <translation>トラフィックのサーバが予期せず終了しました (%1)</translation>
    </message>
    <message>
        <source>the load of phase %1 reported no summary</source>
        <translation>フェーズ %1 の負荷が集計を報告しませんでした</translation>
    </message>
    <message>
        <source>the load of phase %1 made no connection</source>
        <translation>フェーズ %1 の負荷が接続できませんでした</translation>
    </message>
</context>
<context>
    <name>tcplab::lab::TrafficSpec</name>
    <message>
        <source>bulk transfer from the client host to the server host (an ftp put)</source>
        <translation>クライアントホストからサーバホストへの大量転送 (ftp の put)</translation>
    </message>
    <message>
        <source>bulk transfer from the server host to the client host (an ftp get)</source>
        <translation>サーバホストからクライアントホストへの大量転送 (ftp の get)</translation>
    </message>
    <message>
        <source>a put, then a get: the two phases of the 2004 checklist's scenario 3</source>
        <translation>put のあとに get: 2004 年のチェックリストのシナリオ 3 の 2 つのフェーズ</translation>
    </message>
    <message>
        <source>request and response: the same number of bytes each way, over several connections at once</source>
        <translation>要求と応答: 片方向ずつ同じバイト数を、複数の接続で同時にやり取りします</translation>
    </message>
    <message>
        <source>many short connections; the client closes first, so TIME_WAIT builds up on the client host</source>
        <translation>短い接続をたくさん張ります。先に閉じるのはクライアントなので、TIME_WAIT はクライアントホストにたまります</translation>
    </message>
    <message>
        <source>a put over a link whose queue holds only a few frames: drops and retransmissions</source>
        <translation>キューに数フレームしか入らないリンクでの put: 破棄と再送が起きます</translation>
    </message>
    <message>
        <source>Unknown pattern "%1"; use %2</source>
        <translation>パターン "%1" は知りません。%2 のどれかを使ってください</translation>
    </message>
    <message>
        <source>The link rate must be one of %1</source>
        <translation>リンクの速度は %1 のどれかです</translation>
    </message>
    <message>
        <source>The MTU must be between 576 and 9000 (it is %1)</source>
        <translation>MTU は 576 から 9000 の間です (今は %1)</translation>
    </message>
    <message>
        <source>The link's queue must be between 1 byte and 1 GiB</source>
        <translation>リンクのキューは 1 バイトから 1 GiB の間です</translation>
    </message>
    <message>
        <source>Each phase lasts 1 to 600 seconds</source>
        <translation>各フェーズは 1 秒から 600 秒です</translation>
    </message>
    <message>
        <source>The message size must be between 1 byte and 16 MiB</source>
        <translation>メッセージの大きさは 1 バイトから 16 MiB の間です</translation>
    </message>
    <message>
        <source>The connections at once must be between 1 and 1000</source>
        <translation>同時接続数は 1 から 1000 の間です</translation>
    </message>
    <message>
        <source>The congested pattern needs a rate-limited link</source>
        <translation>congested パターンには速度を制限したリンクが必要です</translation>
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
        <translation>%1 はすでにあります。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作れません: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作れません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 がありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a tcplab notebook.</source>
        <translation>%1 は tcplab のノートではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 は壊れています: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a tcplab notebook.</source>
        <translation>%1 は別のプログラムの SQLite データベースで、tcplab のノートではありません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer tcplab (notebook format %2; this tcplab reads up to %3). Open it with that version.</source>
        <translation>%1 は新しい tcplab で書かれています(ノート形式 %2。この tcplab が読めるのは %3 まで)。そのバージョンで開いてください。</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no notebook format version.</source>
        <translation>%1 は壊れています: ノート形式のバージョンがありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: tables are missing.</source>
        <translation>%1 は壊れています: テーブルが欠けています。</translation>
    </message>
    <message>
        <source>%1 is already open in another tcplab window or program. Close it there first.</source>
        <translation>%1 は別の tcplab のウィンドウかプログラムで開かれています。先にそちらで閉じてください。</translation>
    </message>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
        <translation>%1 をロックできません: フォルダに書き込めません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot update %1 to the current notebook format: %2</source>
        <translation>%1 を現在のノート形式に更新できません: %2</translation>
    </message>
    <message>
        <source>There is no such entry.</source>
        <translation>そのエントリはありません。</translation>
    </message>
    <message>
        <source>Backlog %1, %2 clients</source>
        <translation>バックログ %1、クライアント %2</translation>
    </message>
    <message>
        <source>no notebook is open</source>
        <translation>開いているノートがありません</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 はすでに存在します</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::notebook::NotebookExport</name>
    <message>
        <source>Lab notebook</source>
        <translation>実験ノート</translation>
    </message>
    <message>
        <source>Written %1 from %2</source>
        <translation>%1 に %2 から作成</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n 件のエントリ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n experiment runs</source>
        <translation><numerusform>%n 回の実験</numerusform></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Expected and measured</source>
        <translation>予測と測定</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>予想</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>所見</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation><numerusform>%n 系列</numerusform></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>サンプルなし</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>カウンタ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増分</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>毎秒</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>During the run</source>
        <translation>実行中の推移</translation>
    </message>
</context>
<context>
    <name>tcplab::notebook::PasteAnalysis</name>
    <message>
        <source>No counters found. Paste the output of netstat -s, nstat -az or cat /proc/net/netstat.</source>
        <translation>カウンタが見つかりません。netstat -s、nstat -az、または cat /proc/net/netstat の出力を貼り付けてください。</translation>
    </message>
    <message>
        <source>The two captures come from different commands (%1 and %2).</source>
        <translation>二つの取得結果は別のコマンドのものです(%1 と %2)。</translation>
    </message>
    <message>
        <source>Give the seconds between the two captures.</source>
        <translation>二つの取得の間の秒数を入力してください。</translation>
    </message>
    <message>
        <source>%1 counters changed in %2 s between the two %3 captures.</source>
        <translation>二つの %3 の取得の間(%2 秒)に %1 個のカウンタが変化しました。</translation>
    </message>
    <message>
        <source>Bytes per packet (Table 2, checkpoint 2): %1 in, %2 out (IpExt.InOctets / Ip.InReceives and IpExt.OutOctets / Ip.OutRequests; IP headers included, all protocols).</source>
        <translation>パケットあたりのバイト数(表 2、チェックポイント 2): 受信 %1、送信 %2(IpExt.InOctets / Ip.InReceives と IpExt.OutOctets / Ip.OutRequests。IP ヘッダを含み、全プロトコル)。</translation>
    </message>
    <message>
        <source>TCP segments per second (checkpoint 1): %1 received, %2 sent.</source>
        <translation>毎秒の TCP セグメント数(チェックポイント 1): 受信 %1、送信 %2。</translation>
    </message>
    <message>
        <source>Retransmitted segments: %1 % of those sent (Tcp.RetransSegs / Tcp.OutSegs): %2.</source>
        <translation>再送セグメント: 送信の %1 %(Tcp.RetransSegs / Tcp.OutSegs): %2。</translation>
    </message>
    <message>
        <source>SYNs dropped at listening sockets: %1 per second (TcpExt.ListenDrops); the accept queue overflowed %2 times (TcpExt.ListenOverflows).</source>
        <translation>待ち受けソケットで破棄された SYN: 毎秒 %1(TcpExt.ListenDrops)。acceptキューのあふれ: %2 回(TcpExt.ListenOverflows)。</translation>
    </message>
</context>
<context>
    <name>tcplab::notebook::TimelineSvg</name>
    <message>
        <source>accept queue</source>
        <translation>accept キュー</translation>
    </message>
    <message>
        <source>server SYN_RECV</source>
        <translation>サーバ SYN_RECV</translation>
    </message>
    <message>
        <source>server ESTABLISHED</source>
        <translation>サーバ ESTABLISHED</translation>
    </message>
    <message>
        <source>client SYN_SENT</source>
        <translation>クライアント SYN_SENT</translation>
    </message>
    <message>
        <source>client ESTABLISHED</source>
        <translation>クライアント ESTABLISHED</translation>
    </message>
    <message>
        <source>seconds since the clients started</source>
        <translation>クライアント開始からの秒数</translation>
    </message>
</context>
<context>
    <name>tcplab::procfs::Messages</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <source>%1: line %2 has names but no values</source>
        <translation>%1: %2 行目には名前だけがあり、値の行がありません</translation>
    </message>
    <message>
        <source>%1: lines %2 and %3 are not a pair of one group</source>
        <translation>%1: %2 行目と %3 行目が同じグループの組になっていません</translation>
    </message>
    <message>
        <source>%1: group %2 has %3 names but %4 values; the extra ones are skipped</source>
        <translation>%1: グループ %2 には名前が %3 個、値が %4 個あります。余った分は読み飛ばします</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 が数値ではありません</translation>
    </message>
    <message>
        <source>%1: no counters found</source>
        <translation>%1: カウンタが見つかりません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>/proc/net/dev: the two header lines are missing</source>
        <translation>/proc/net/dev: 2 行のヘッダがありません</translation>
    </message>
    <message>
        <source>/proc/net/dev: line %1 has no interface name</source>
        <translation>/proc/net/dev: %1 行目にインタフェース名がありません</translation>
    </message>
    <message>
        <source>/proc/net/dev: line %1 is truncated</source>
        <translation>/proc/net/dev: %1 行目が途中で切れています</translation>
    </message>
    <message>
        <source>/proc/net/dev: line %1 holds a field that is not a counter</source>
        <translation>/proc/net/dev: %1 行目にカウンタではない値があります</translation>
    </message>
    <message>
        <source>/proc/stat: line %1 is truncated</source>
        <translation>/proc/stat: %1 行目が途中で切れています</translation>
    </message>
    <message>
        <source>/proc/stat: line %1 holds a field that is not a number</source>
        <translation>/proc/stat: %1 行目に数値ではない値があります</translation>
    </message>
    <message>
        <source>/proc/stat: the line with the total CPU time is missing</source>
        <translation>/proc/stat: CPU 時間の合計の行がありません</translation>
    </message>
    <message>
        <source>cannot create a network namespace: %1</source>
        <translation>ネットワーク名前空間を作成できません: %1</translation>
    </message>
    <message>
        <source>cannot create a user and network namespace: %1 (user namespaces may be disabled: see kernel.unprivileged_userns_clone or user.max_user_namespaces)</source>
        <translation>ユーザー名前空間とネットワーク名前空間を作成できません: %1 (ユーザー名前空間が無効になっている可能性があります。kernel.unprivileged_userns_clone または user.max_user_namespaces を確認してください)</translation>
    </message>
    <message>
        <source>cannot map the user into the new namespace: %1</source>
        <translation>新しい名前空間にユーザーを対応付けられません: %1</translation>
    </message>
    <message>
        <source>cannot open a socket to configure loopback: %1</source>
        <translation>ループバックを設定するためのソケットを開けません: %1</translation>
    </message>
    <message>
        <source>cannot read the flags of loopback: %1</source>
        <translation>ループバックのフラグを読み取れません: %1</translation>
    </message>
    <message>
        <source>cannot bring loopback up: %1</source>
        <translation>ループバックを有効にできません: %1</translation>
    </message>
    <message>
        <source>cannot set %1 to %2: %3</source>
        <translation>%1 を %2 に設定できません: %3</translation>
    </message>
    <message>
        <source>/proc/meminfo: line %1 has no name</source>
        <translation>/proc/meminfo: %1 行目に名前がありません</translation>
    </message>
    <message>
        <source>/proc/meminfo: %1 is not a number of kB</source>
        <translation>/proc/meminfo: %1 が kB 単位の数値ではありません</translation>
    </message>
    <message>
        <source>/proc/meminfo: %1 is not a number</source>
        <translation>/proc/meminfo: %1 が数値ではありません</translation>
    </message>
    <message>
        <source>/proc/meminfo: %1 is too large to count in bytes</source>
        <translation>/proc/meminfo: %1 はバイト単位で数えるには大きすぎます</translation>
    </message>
    <message>
        <source>/proc/meminfo: no values found</source>
        <translation>/proc/meminfo: 値が見つかりません</translation>
    </message>
    <message>
        <source>/proc/net/dev: unknown column %1 %2 is skipped</source>
        <translation>/proc/net/dev: 不明な列 %1 %2 を読み飛ばします</translation>
    </message>
    <message>
        <source>/proc/net/dev: column %1 %2 is missing</source>
        <translation>/proc/net/dev: 列 %1 %2 がありません</translation>
    </message>
    <message>
        <source>/proc/net/dev: the header names none of the known columns</source>
        <translation>/proc/net/dev: ヘッダに既知の列名がありません</translation>
    </message>
    <message>
        <source>/proc/net/dev: line %1 has more values than the header has columns; the extra ones are skipped</source>
        <translation>/proc/net/dev: %1 行目にはヘッダの列より多くの値があります。余った分は読み飛ばします</translation>
    </message>
    <message>
        <source>/proc/net/tcp: the header line is missing</source>
        <translation>/proc/net/tcp: ヘッダ行がありません</translation>
    </message>
    <message>
        <source>/proc/net/tcp: line %1 is truncated</source>
        <translation>/proc/net/tcp: %1 行目が途中で切れています</translation>
    </message>
    <message>
        <source>/proc/net/tcp: line %1 holds a field that cannot be read</source>
        <translation>/proc/net/tcp: %1 行目に読み取れない値があります</translation>
    </message>
    <message>
        <source>/proc/net/tcp: line %1 has an unknown state %2</source>
        <translation>/proc/net/tcp: %1 行目の状態 %2 は不明です</translation>
    </message>
    <message>
        <source>%1: line %2 does not start with a protocol name</source>
        <translation>%1: %2 行目がプロトコル名で始まっていません</translation>
    </message>
    <message>
        <source>%1: line %2 has a name without a value; it is skipped</source>
        <translation>%1: %2 行目に値のない名前があります。読み飛ばします</translation>
    </message>
    <message>
        <source>/proc/softirqs: the header line of CPUs is missing</source>
        <translation>/proc/softirqs: CPU のヘッダ行がありません</translation>
    </message>
    <message>
        <source>/proc/softirqs: line %1 has no softirq name</source>
        <translation>/proc/softirqs: %1 行目にソフト割り込みの名前がありません</translation>
    </message>
    <message>
        <source>/proc/softirqs: %1 has %2 counts for %3 CPUs; it is skipped</source>
        <translation>/proc/softirqs: %1 には CPU %3 個に対して %2 個の値があります。この行は読み飛ばします</translation>
    </message>
    <message>
        <source>/proc/softirqs: %1 has %2 counts for %3 CPUs; the extra ones are skipped</source>
        <translation>/proc/softirqs: %1 には CPU %3 個に対して %2 個の値があります。余った分は読み飛ばします</translation>
    </message>
    <message>
        <source>/proc/softirqs: %1 holds a count that is not a number</source>
        <translation>/proc/softirqs: %1 に数値ではない値があります</translation>
    </message>
    <message>
        <source>/proc/softirqs: no softirq rows found</source>
        <translation>/proc/softirqs: ソフト割り込みの行が見つかりません</translation>
    </message>
    <message>
        <source>ss: line %1 is truncated</source>
        <translation>ss: %1 行目が途中で切れています</translation>
    </message>
    <message>
        <source>ss: line %1 has an unknown state %2</source>
        <translation>ss: %1 行目の状態 %2 は不明です</translation>
    </message>
    <message>
        <source>ss: line %1 holds a field that cannot be read</source>
        <translation>ss: %1 行目に読み取れない値があります</translation>
    </message>
    <message>
        <source>ss: neither a header nor a TCP socket found</source>
        <translation>ss: ヘッダも TCP ソケットも見つかりません</translation>
    </message>
    <message>
        <source>the sysctl file is empty</source>
        <translation>sysctl ファイルが空です</translation>
    </message>
    <message>
        <source>the sysctl file holds more than one line</source>
        <translation>sysctl ファイルに複数の行があります</translation>
    </message>
    <message>
        <source>the sysctl value %1 is not a number</source>
        <translation>sysctl の値 %1 は数値ではありません</translation>
    </message>
    <message>
        <source>the sysctl file holds %1 values, not one</source>
        <translation>sysctl ファイルに値が 1 つではなく %1 個あります</translation>
    </message>
    <message>
        <source>net/ipv4/ip_local_port_range: %1 values, not two</source>
        <translation>net/ipv4/ip_local_port_range: 値が 2 つではなく %1 個あります</translation>
    </message>
    <message>
        <source>%1: none of the TCP queue settings could be read</source>
        <translation>%1: TCP キューの設定を 1 つも読み取れません</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::HostProbe</name>
    <message>
        <source>The host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 から %2 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3)</source>
        <translation>%1 は %2 秒以内に応答しませんでした (%3)</translation>
    </message>
    <message>
        <source>a host is an SSH destination or a node_exporter address</source>
        <translation>ホストは SSH の接続先か node_exporter のアドレスです</translation>
    </message>
    <message>
        <source>tcplab-agent</source>
        <translation>tcplab-agent</translation>
    </message>
    <message>
        <source>the portable sh collector</source>
        <translation>移植性のある sh の収集ループ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 answers: %2 counters, %3 interfaces, %4 TCP sockets, read with %5.</source>
        <translation>%1 が応答しました: カウンタ %2 個、インタフェース %3 個、TCP ソケット %4 個 (%5 で読みました)。</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation>%1 を読んでいます...</translation>
    </message>
    <message>
        <source>%1 sent no counters</source>
        <translation>%1 はカウンタを返しませんでした</translation>
    </message>
    <message>
        <source>%1 answers: %2 counters, %3 interfaces.</source>
        <translation>%1 が応答しました: カウンタ %2 個、インタフェース %3 個。</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::NodeExporterSource</name>
    <message>
        <source>%1 is not a whole number: %2</source>
        <translation>%1 が整数ではありません: %2</translation>
    </message>
    <message>
        <source>"%1" is not a valid URL.</source>
        <translation>「%1」は正しい URL ではありません。</translation>
    </message>
    <message>
        <source>The node_exporter URL must start with http:// or https://.</source>
        <translation>node_exporter の URL は http:// か https:// で始めてください。</translation>
    </message>
    <message>
        <source>The node_exporter URL has no host.</source>
        <translation>node_exporter の URL にホストがありません。</translation>
    </message>
    <message>
        <source>Put no user name or password in the URL; tcplab does not store passwords.</source>
        <translation>URL にユーザー名やパスワードを含めないでください。tcplab はパスワードを保存しません。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 から %2 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>%1 の読み取りに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 serves no netstat or network metrics: are those collectors on?</source>
        <translation>%1 は netstat とネットワークのメトリクスを出していません。それらのコレクターは有効ですか？</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::PrometheusHistory</name>
    <message>
        <source>"%1" is not a valid URL.</source>
        <translation>「%1」は正しい URL ではありません。</translation>
    </message>
    <message>
        <source>The Prometheus URL must start with http:// or https://.</source>
        <translation>Prometheus の URL は http:// か https:// で始まります。</translation>
    </message>
    <message>
        <source>The Prometheus URL has no host.</source>
        <translation>Prometheus の URL にホストがありません。</translation>
    </message>
    <message>
        <source>Put no user name or password in the URL; tcplab does not store passwords.</source>
        <translation>URL にユーザー名やパスワードを含めないでください。tcplab はパスワードを保存しません。</translation>
    </message>
    <message>
        <source>Give the instance whose history to read, as Prometheus labels it (for example host:9100).</source>
        <translation>履歴を読むインスタンスを、Prometheus のラベルのとおりに指定してください (例: host:9100)。</translation>
    </message>
    <message>
        <source>The instance name is longer than 1024 characters.</source>
        <translation>インスタンス名が 1024 文字を超えています。</translation>
    </message>
    <message>
        <source>The instance name contains a control character.</source>
        <translation>インスタンス名に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The span must be from 1 s to 366 days.</source>
        <translation>期間は 1 秒から 366 日までです。</translation>
    </message>
    <message>
        <source>The step must be at least 1 s.</source>
        <translation>間隔は 1 秒以上です。</translation>
    </message>
    <message>
        <source>The step (%1 s) must not be longer than the span (%2 s).</source>
        <translation>間隔 (%1 秒) は期間 (%2 秒) より長くできません。</translation>
    </message>
    <message>
        <source>A span of %1 s at a step of %2 s is more than %3 points, the most Prometheus answers: choose a step of at least %4 s.</source>
        <translation>期間 %1 秒を間隔 %2 秒で読むと、Prometheus が返せる最大の %3 点を超えます。間隔を %4 秒以上にしてください。</translation>
    </message>
    <message>
        <source>The end of the span must be after 1970.</source>
        <translation>期間の終わりは 1970 年より後です。</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer within %2 s.</source>
        <translation>%1 の Prometheus が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Prometheus at %1 refused the connection: is it running, and listening on that port (9090 by default)?</source>
        <translation>%1 の Prometheus が接続を拒否しました。動いていて、そのポート (既定は 9090) で待ち受けていますか?</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>%1 のホストが見つかりません。</translation>
    </message>
    <message>
        <source>Reading from Prometheus at %1 failed: %2</source>
        <translation>%1 の Prometheus からの読み込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered with an error: %2</source>
        <translation>%1 の Prometheus がエラーを返しました: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered HTTP %2 %3.</source>
        <translation>%1 の Prometheus が HTTP %2 %3 を返しました。</translation>
    </message>
    <message>
        <source>%1 did not answer as a Prometheus server does (JSON from /api/v1/): is this the server's address rather than an exporter's?</source>
        <translation>%1 の応答が Prometheus サーバのもの (/api/v1/ の JSON) ではありません。エクスポータではなくサーバのアドレスですか?</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer with a range of values.</source>
        <translation>%1 の Prometheus が値の範囲を返しませんでした。</translation>
    </message>
    <message>
        <source>Prometheus at %1 scrapes instance "%2" but holds no node_exporter series of it (node_netstat_*, node_network_*, node_cpu_seconds_total, node_sockstat_*) in this span: is it a node_exporter with those collectors on?</source>
        <translation>%1 の Prometheus はインスタンス "%2" を収集していますが、この期間に node_exporter の系列 (node_netstat_*、node_network_*、node_cpu_seconds_total、node_sockstat_*) がありません。それらのコレクタを有効にした node_exporter ですか?</translation>
    </message>
    <message>
        <source>Prometheus at %1 has no series for instance "%2" in this span (the instances it knows could not be listed: %3)</source>
        <translation>%1 の Prometheus には、この期間のインスタンス "%2" の系列がありません (知っているインスタンスの一覧も取れませんでした: %3)</translation>
    </message>
    <message>
        <source>Prometheus at %1 has no series for instance "%2", and knows no instances at all: is the exporter in its scrape configuration?</source>
        <translation>%1 の Prometheus にはインスタンス "%2" の系列がなく、インスタンスを 1 つも知りません。エクスポータは収集の設定に入っていますか?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>ほか %n 件</numerusform></translation>
    </message>
    <message>
        <source>Prometheus at %1 has no series for instance "%2" in this span. Instances it knows: %3</source>
        <translation>%1 の Prometheus には、この期間のインスタンス "%2" の系列がありません。知っているインスタンス: %3</translation>
    </message>
    <message>
        <source>Several jobs scrape this instance (%1); the history is that of job "%2".</source>
        <translation>このインスタンスは複数のジョブ (%1) が収集しています。履歴はジョブ "%2" のものです。</translation>
    </message>
    <message>
        <source>Prometheus has no scrape of the target here: it was down or did not answer</source>
        <translation>ここでは Prometheus がこの対象を収集できていません: 停止していたか応答しませんでした</translation>
    </message>
    <message>
        <source>Prometheus has no scrape of the target here: it did not scrape for %1 s</source>
        <translation>ここでは Prometheus がこの対象を収集していません: %1 秒間収集がありませんでした</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::PrometheusMessages</name>
    <message>
        <source>no metric name</source>
        <translation>メトリクス名がありません</translation>
    </message>
    <message>
        <source>a label without a name</source>
        <translation>名前のないラベルがあります</translation>
    </message>
    <message>
        <source>no '=' after label %1</source>
        <translation>ラベル %1 の後に '=' がありません</translation>
    </message>
    <message>
        <source>label %1 has no quoted value</source>
        <translation>ラベル %1 の値が引用符で囲まれていません</translation>
    </message>
    <message>
        <source>label %1's value has no closing quote</source>
        <translation>ラベル %1 の値に閉じ引用符がありません</translation>
    </message>
    <message>
        <source>expected ',' or '}' after label %1</source>
        <translation>ラベル %1 の後には ',' か '}' が必要です</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>text after the timestamp</source>
        <translation>タイムスタンプの後に余分な文字があります</translation>
    </message>
    <message>
        <source>the value "%1" is not a number</source>
        <translation>値「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>the timestamp "%1" is not a whole number</source>
        <translation>タイムスタンプ「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>line %1: a HELP or TYPE line without a metric name</source>
        <translation>%1 行目: メトリクス名のない HELP 行または TYPE 行です</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>This is not the Prometheus text format: %1</source>
        <translation>Prometheus のテキスト形式ではありません: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::ShCollector</name>
    <message>
        <source>The remote host could not read /proc/%1.</source>
        <translation>リモートホストで /proc/%1 を読めませんでした。</translation>
    </message>
    <message>
        <source>The remote host has no ss (iproute2): no socket census.</source>
        <translation>リモートホストに ss (iproute2) がないため、ソケットの集計ができません。</translation>
    </message>
    <message>
        <source>A remote census line cannot be read: %1</source>
        <translation>リモートの集計の行を読めません: %1</translation>
    </message>
    <message>
        <source>The remote socket census failed: %1</source>
        <translation>リモートのソケット集計に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::SshCommand</name>
    <message>
        <source>it starts with '-', which ssh would read as an option</source>
        <translation>'-' で始まっており、ssh がオプションとして解釈してしまいます</translation>
    </message>
    <message>
        <source>it holds white space</source>
        <translation>空白文字を含んでいます</translation>
    </message>
    <message>
        <source>it holds a quote</source>
        <translation>引用符を含んでいます</translation>
    </message>
    <message>
        <source>it holds a control character</source>
        <translation>制御文字を含んでいます</translation>
    </message>
    <message>
        <source>it holds the shell character '%1'</source>
        <translation>シェルの特殊文字 '%1' を含んでいます</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>ホスト名が空です。</translation>
    </message>
    <message>
        <source>The host name "%1" is refused: %2.</source>
        <translation>ホスト名「%1」は使えません: %2。</translation>
    </message>
    <message>
        <source>The host "%1" is neither a name nor an IPv6 address.</source>
        <translation>ホスト「%1」はホスト名でも IPv6 アドレスでもありません。</translation>
    </message>
    <message>
        <source>The host name "%1" may hold only letters, digits, '.', '-' and '_'.</source>
        <translation>ホスト名「%1」に使えるのは英字、数字、'.'、'-'、'_' だけです。</translation>
    </message>
    <message>
        <source>The user name "%1" is refused: %2.</source>
        <translation>ユーザー名「%1」は使えません: %2。</translation>
    </message>
    <message>
        <source>The user name "%1" may hold only letters, digits, '.', '-' and '_'.</source>
        <translation>ユーザー名「%1」に使えるのは英字、数字、'.'、'-'、'_' だけです。</translation>
    </message>
    <message>
        <source>The host "%1" is refused: %2.</source>
        <translation>ホスト「%1」は使えません: %2。</translation>
    </message>
    <message>
        <source>The user name before '@' is empty.</source>
        <translation>'@' の前のユーザー名が空です。</translation>
    </message>
    <message>
        <source>The host "%1" has no closing ']'.</source>
        <translation>ホスト「%1」に閉じ括弧 ']' がありません。</translation>
    </message>
    <message>
        <source>The port after "[%1]" must be a number from 1 to 65535.</source>
        <translation>「[%1]」の後のポートは 1 から 65535 の数値にしてください。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>ポートは 1 から 65535 の数値にしてください。</translation>
    </message>
    <message>
        <source>The file name "%1" holds a control character.</source>
        <translation>ファイル名「%1」に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The file name "%1" may not hold white space, quotes or '%'.</source>
        <translation>ファイル名「%1」には空白、引用符、'%' を使えません。</translation>
    </message>
    <message>
        <source>The file name "%1" may not start with '-'.</source>
        <translation>ファイル名「%1」を '-' で始めることはできません。</translation>
    </message>
    <message>
        <source>The host key of %1 is not known. Connect once with ssh in a terminal, check the key's fingerprint and accept it; tcplab never accepts host keys by itself.</source>
        <translation>%1 のホスト鍵が未登録です。一度ターミナルで ssh 接続し、鍵のフィンガープリントを確認してから受け入れてください。tcplab がホスト鍵を自動で受け入れることはありません。</translation>
    </message>
    <message>
        <source>The host key of %1 has changed since it was recorded in known_hosts. This can be an attack; tcplab refuses to connect. If the host was reinstalled, check the new key and remove the old entry with ssh-keygen -R.</source>
        <translation>%1 のホスト鍵が known_hosts に記録されたものから変わっています。攻撃の可能性があるため、tcplab は接続しません。ホストを再インストールした場合は、新しい鍵を確認し、ssh-keygen -R で古い記録を削除してください。</translation>
    </message>
    <message>
        <source>%1 refused the login: no key was accepted (tcplab never asks for passwords).</source>
        <translation>%1 がログインを拒否しました。受け入れられた鍵がありません（tcplab はパスワードを尋ねません）。</translation>
    </message>
    <message>
        <source>%1 refused the connection: is sshd running on that port?</source>
        <translation>%1 が接続を拒否しました。そのポートで sshd は動いていますか？</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>ホスト名 %1 の名前解決ができませんでした。</translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation>%1 への ssh 接続に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>tcplab::remote::SshSource</name>
    <message>
        <source>idle</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>受信中</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>再接続待ち</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>The ssh program could not be started: is OpenSSH's client installed?</source>
        <translation>ssh を起動できませんでした。OpenSSH のクライアントはインストールされていますか？</translation>
    </message>
    <message>
        <source>No counters from %1 for %2 s</source>
        <translation>%1 から %2 秒間カウンターが届いていません</translation>
    </message>
    <message>
        <source>ssh was killed</source>
        <translation>ssh が強制終了されました</translation>
    </message>
    <message>
        <source>The connection to %1 closed (exit code %2)</source>
        <translation>%1 との接続が切れました（終了コード %2）</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1。%2 秒後に再接続します</translation>
    </message>
    <message>
        <source>No counters from %1 yet</source>
        <translation>%1 からのカウンターはまだ届いていません</translation>
    </message>
    <message>
        <source>No counters from %1 for %2 s (%3)</source>
        <translation>%1 から %2 秒間カウンターが届いていません（%3）</translation>
    </message>
    <message>
        <source>tcplab-agent cannot be read at %1: %2</source>
        <translation>%1 の tcplab-agent を読めません: %2</translation>
    </message>
    <message>
        <source>%1; reading %2 with the portable sh collector instead</source>
        <translation>%1。代わりに移植性のある sh の収集ループで %2 を読みます</translation>
    </message>
    <message>
        <source>tcplab-agent is built for %1, %2 is %3</source>
        <translation>tcplab-agent は %1 向けですが、%2 は %3 です</translation>
    </message>
    <message>
        <source>%1; reading it with the portable sh collector</source>
        <translation>%1。移植性のある sh の収集ループで読みます</translation>
    </message>
    <message>
        <source>tcplab-agent could not run on %1 (exit status %2)</source>
        <translation>tcplab-agent を %1 で動かせませんでした (終了ステータス %2)</translation>
    </message>
    <message>
        <source>Streaming from %1 (tcplab-agent)</source>
        <translation>%1 から受信中 (tcplab-agent)</translation>
    </message>
    <message>
        <source>Streaming from %1 (sh collector)</source>
        <translation>%1 から受信中 (sh の収集ループ)</translation>
    </message>
    <message>
        <source>tcplab-agent was copied to %1 but is not there intact when started</source>
        <translation>tcplab-agent を %1 にコピーしましたが、起動のときに正しい状態で残っていません</translation>
    </message>
    <message>
        <source>tcplab-agent does not stay intact on %1</source>
        <translation>%1 では tcplab-agent が正しい状態で残りません</translation>
    </message>
    <message>
        <source>Copying tcplab-agent (%1 KiB) to %2 ...</source>
        <translation>tcplab-agent (%1 KiB) を %2 にコピーしています...</translation>
    </message>
    <message>
        <source>The ssh program could not be started</source>
        <translation>ssh プログラムを起動できませんでした</translation>
    </message>
    <message>
        <source>the copy of tcplab-agent on %1 does not have the right SHA-256 (is sha256sum installed?)</source>
        <translation>%1 にある tcplab-agent のコピーの SHA-256 が合いません (sha256sum はありますか?)</translation>
    </message>
    <message>
        <source>tcplab-agent could not be copied to %1 (exit status %2)</source>
        <translation>tcplab-agent を %1 にコピーできませんでした (終了ステータス %2)</translation>
    </message>
</context>
<context>
    <name>tcplab::sandbox::SandboxProcess</name>
    <message>
        <source>cannot create a socket pair for the sandbox: %1</source>
        <translation>サンドボックス用のソケットペアを作れません: %1</translation>
    </message>
    <message>
        <source>tcplab-sandbox ended before it was ready: %1</source>
        <translation>tcplab-sandbox が準備を終える前に終了しました: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>シグナル %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
</context>
<context>
    <name>tcplab::sockets::SocketCensus</name>
    <message>
        <source>not permitted to open a socket diagnostics (netlink sock_diag) socket: %1</source>
        <translation>ソケット診断 (netlink sock_diag) のソケットを開く権限がありません: %1</translation>
    </message>
    <message>
        <source>the kernel refused a socket diagnostics (netlink sock_diag) socket: %1</source>
        <translation>カーネルがソケット診断 (netlink sock_diag) のソケットを拒否しました: %1</translation>
    </message>
    <message>
        <source>cannot bind the socket diagnostics socket: %1</source>
        <translation>ソケット診断のソケットを bind できません: %1</translation>
    </message>
    <message>
        <source>cannot send the socket diagnostics request for %1: %2</source>
        <translation>%1 のソケット診断の要求を送れません: %2</translation>
    </message>
    <message>
        <source>cannot read the socket diagnostics reply for %1: %2</source>
        <translation>%1 のソケット診断の応答を読めません: %2</translation>
    </message>
    <message>
        <source>a socket diagnostics message of %1 bytes did not fit into the %2-byte buffer</source>
        <translation>%1 バイトのソケット診断メッセージが %2 バイトのバッファに収まりません</translation>
    </message>
    <message>
        <source>the kernel stopped the socket diagnostics dump for %1: %2</source>
        <translation>カーネルが %1 のソケット診断の一覧を途中で止めました: %2</translation>
    </message>
    <message>
        <source>the kernel refused the socket diagnostics request for %1: %2</source>
        <translation>カーネルが %1 のソケット診断の要求を拒否しました: %2</translation>
    </message>
    <message>
        <source>the kernel has no TCP socket diagnostics for %1 (the inet_diag and tcp_diag modules are missing or cannot be loaded)</source>
        <translation>カーネルに %1 の TCP ソケット診断がありません (inet_diag と tcp_diag モジュールがないか、読み込めません)</translation>
    </message>
    <message>
        <source>not permitted to list the %1 TCP sockets: %2</source>
        <translation>%1 の TCP ソケットを一覧する権限がありません: %2</translation>
    </message>
    <message>
        <source>the kernel sent a socket diagnostics message too short to read</source>
        <translation>カーネルから届いたソケット診断メッセージが短すぎて読めません</translation>
    </message>
    <message>
        <source>no socket diagnostics socket was given</source>
        <translation>ソケット診断用ソケットが渡されていません</translation>
    </message>
    <message>
        <source>the socket given is not a socket diagnostics (netlink sock_diag) socket</source>
        <translation>渡されたソケットはソケット診断用 (netlink sock_diag) のソケットではありません</translation>
    </message>
</context>
</TS>
