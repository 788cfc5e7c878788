#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary prefix and checks what lands there.
# Usage: install_test.sh build-dir datadir bindir
set -eu
build=$1
datadir=$2
bindir=$3
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
status=0
for f in \
    "$bindir/tcplab" \
    "$bindir/tcplab-agent" \
    "$bindir/tcplab-sandbox" \
    "$datadir/applications/org.tcplab.tcplab.desktop" \
    "$datadir/metainfo/org.tcplab.tcplab.metainfo.xml" \
    "$datadir/icons/hicolor/scalable/apps/org.tcplab.tcplab.svg" \
    "$datadir/tcplab/translations/tcplab_ja.qm" \
    "$datadir/tcplab/translations/tcplab_en.qm"; do
    if [ -e "$prefix/$f" ]; then echo "installed: $f"; else echo "FAIL: missing $f" >&2; status=1; fi
done
desktop-file-validate "$prefix/$datadir/applications/org.tcplab.tcplab.desktop" || status=1
# Errors fail; warnings such as a missing homepage only inform.
appstreamcli validate --no-net "$prefix/$datadir/metainfo/org.tcplab.tcplab.metainfo.xml" >"$prefix/appstream.log" 2>&1 || true
cat "$prefix/appstream.log"
if grep -q "^E:" "$prefix/appstream.log"; then echo "FAIL: the metainfo has errors" >&2; status=1; fi
# The installed program finds its installed translations.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/$bindir/tcplab" --headless --rows 1 --interval 100 \
    --lang ja 2>/dev/null | grep -q '受信' || { echo "FAIL: the installed program did not speak Japanese" >&2; status=1; }
# The installed program finds its installed agent and sandbox: the headless experiment runs.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/$bindir/tcplab" experiment --preset seed-backlog-100 \
    --observe 1 --json >"$prefix/experiment.json" 2>"$prefix/experiment.err" \
    || { echo "FAIL: the installed program could not run an experiment:" >&2; cat "$prefix/experiment.err" >&2; status=1; }
grep -q '"connected":100' "$prefix/experiment.json" \
    || { echo "FAIL: the installed experiment did not connect 100 clients" >&2; status=1; }
exit $status
