#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages tcplab needs to build, test and run. Idempotent: when every package
# is already installed it does nothing; the package lists are refreshed only when they are missing
# or older than a day. Works as root or through sudo.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/packages.sh
. "$here/packages.sh"

set -- $TCPLAB_BUILD_PACKAGES $TCPLAB_RUNTIME_PACKAGES $TCPLAB_TEST_PACKAGES

missing=""
for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "tcplab: these packages are missing and neither root nor sudo is available:$missing" >&2
    exit 1
fi

echo "tcplab: installing$missing"
# Refresh the package lists when there are none or the newest is older than a day.
lists=/var/lib/apt/lists
fresh=$(find "$lists" -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null | head -n 1)
if [ -z "$fresh" ]; then
    echo "tcplab: refreshing the package lists"
    $as_root apt-get update
fi
# shellcheck disable=SC2086
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
