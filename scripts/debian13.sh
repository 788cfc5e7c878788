#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and tests tcplab inside a Debian 13 (trixie) root: Qt 6.8 and KF6SyntaxHighlighting,
# which Debian 12 lacks. The root is made once with debootstrap and kept in a cache folder outside
# the clone, so that a fresh clone reuses it. Mounts happen in a private mount namespace, so
# nothing stays mounted on the host when this script ends, however it ends.
#
# Usage: scripts/debian13.sh [make target ...]    (default: test)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
. "$here/packages.sh"

root=${TCPLAB_DEBIAN13_ROOT:-/var/cache/tcplab/debian13}
suite=trixie
packages="$TCPLAB_BUILD_PACKAGES $TCPLAB_RUNTIME_PACKAGES $TCPLAB_TEST_PACKAGES libkf6syntaxhighlighting-dev"

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo -E sh "$0" "$@"
    fi
    echo "tcplab: the Debian 13 root needs root or sudo (debootstrap, chroot, mount)" >&2
    exit 1
fi

command -v debootstrap >/dev/null 2>&1 || sh "$here/setup-deps.sh"

# The host's own Debian mirror, so that the root comes from wherever this machine's apt does.
mirror() {
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' "$f"
    done | head -n 1
    if [ -f /etc/apt/sources.list ]; then
        awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' \
            /etc/apt/sources.list
    fi
}
url=$(mirror | head -n 1)

stamp="$root/.tcplab-packages"
if [ ! -x "$root/usr/bin/apt-get" ]; then
    echo "tcplab: making a Debian 13 root in $root (once)"
    rm -rf "$root.partial"
    mkdir -p "$(dirname "$root")"
    # shellcheck disable=SC2086
    debootstrap --variant=minbase "$suite" "$root.partial" $url
    rm -rf "$root"
    mv "$root.partial" "$root"
fi

# Runs a command inside the root with /proc, /sys, /dev and the source tree mounted. The source
# tree is mounted at the same path it has outside, so build folders and messages agree.
in_root() {
    unshare --mount --propagation private sh -eu -c '
        root=$1; src=$2; shift 2
        mount -t proc proc "$root/proc"
        mount --rbind /sys "$root/sys"
        mount --rbind /dev "$root/dev"
        mkdir -p "$root$src"
        mount --bind "$src" "$root$src"
        cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        # The root reads the host'"'"'s archive: it takes the host apt'"'"'s settings for reaching it
        # (a frozen archive is served with Check-Valid-Until off, for one).
        grep -h "^Acquire::.*;[[:space:]]*$" /etc/apt/apt.conf.d/* 2>/dev/null > "$root/etc/apt/apt.conf.d/90tcplab-host" || true
        exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            CI="${CI:-}" TERM="${TERM:-dumb}" "$@"
    ' in_root "$root" "$src" "$@"
}

if [ "$(cat "$stamp" 2>/dev/null)" != "$packages" ]; then
    echo "tcplab: installing the build packages into the Debian 13 root"
    # shellcheck disable=SC2086
    in_root sh -eu -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages"
    printf '%s' "$packages" > "$stamp"
fi

[ $# -gt 0 ] || set -- test
in_root make -C "$src" BUILD_DIR=build-debian13 CMAKE_ARGS=-DTCPLAB_REQUIRE_KSYNTAXHIGHLIGHTING=ON "$@"
