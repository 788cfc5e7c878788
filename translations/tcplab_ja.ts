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
    <name>tcplab::Cli</name>
    <message>
        <source>A lab notebook for learning how Linux handles TCP connections. Without a display it prints this machine's live counters instead.</source>
        <translation>Linux が TCP 接続をどう扱うかを学ぶための実験ノートです。ディスプレイがない場合は、代わりにこのマシンのカウンタをリアルタイムに表示します。</translation>
    </message>
    <message>
        <source>Run the headless job even when there is a display.</source>
        <translation>ディスプレイがあってもヘッドレスジョブを実行します。</translation>
    </message>
    <message>
        <source>Use this language (en or ja) instead of the saved one.</source>
        <translation>保存された設定の代わりにこの言語 (en または ja) を使います。</translation>
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
        <translation>行数</translation>
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
    <name>tcplab::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Choose a backlog, a client count and the kernel settings, run the experiment in a private network namespace, and compare what the kernel did with what was expected.</source>
        <translation>バックログ、クライアント数、カーネル設定を選び、専用のネットワーク名前空間で実験を行い、カーネルの実際の動きを予想と比べます。</translation>
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
        <source>Packets and throughput in and out, CPU time and TCP counters over time, on one shared time axis.</source>
        <translation>入出力のパケット数とスループット、CPU 時間、TCP カウンタの推移を、共通の時間軸で表示します。</translation>
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
</context>
<context>
    <name>tcplab::WelcomeView</name>
    <message>
        <source>The two queues of a listening socket</source>
        <translation>リッスンソケットの 2 つのキュー</translation>
    </message>
    <message>
        <source>While a client's handshake is under way, the kernel keeps the half-open connection in the listening socket's SYN queue. Once the client's final ACK arrives, the connection moves to the accept queue and waits there until the server calls accept(). The backlog passed to listen(), capped by net.core.somaxconn, limits the accept queue; when it is full, new connections are dropped and the counters ListenOverflows and ListenDrops grow. tcplab lets you watch both queues and prove each rule with a live experiment.</source>
        <translation>クライアントとのハンドシェイクが進んでいる間、カーネルはこの半開きの接続をリッスンソケットの SYN キューに置きます。クライアントから最後の ACK が届くと、接続は accept キューに移り、サーバが accept() を呼ぶまでそこで待ちます。accept キューの大きさは listen() に渡したバックログで決まり、net.core.somaxconn が上限になります。キューが満杯になると新しい接続は破棄され、ListenOverflows と ListenDrops のカウンタが増えます。tcplab では両方のキューを観察し、それぞれの規則をライブ実験で確かめられます。</translation>
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
        <translation>SYN キューにある半開きの接続</translation>
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
</context>
</TS>
