#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian chromium (driven by playwright-core), the native
# build deps of code-server, ripgrep, code-server itself and the packaging/driving tools.
# Idempotent: each step is skipped when its result is already present. Nothing goes into the
# project's package.json; npm installs land in the git-ignored .e2e/ folder.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3        # = VS Code 1.100.3, runs on Node 20
PLAYWRIGHT_CORE_VERSION=1.65.1
VSCE_VERSION=3.9.2
RIPGREP_PKG_VERSION=1.15.11        # the @vscode/ripgrep that code-server 4.100.3 pulls in
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
APT_PACKAGES=(chromium libkrb5-dev pkg-config libx11-dev libxkbfile-dev libsecret-1-dev ripgrep)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E="$ROOT/.e2e"
CS_DIR="$E2E/code-server"
TOOLS_DIR="$E2E/tools"
started=$SECONDS

say() { printf '[e2e-setup %3ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() { printf '[e2e-setup] error: %s\n' "$*" >&2; exit 1; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || fail "node is not on PATH"
[[ "$node_major" == 20 ]] || fail "code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)"

as_root() {
  if [[ $(id -u) == 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else fail "installing Debian packages needs root or sudo"
  fi
}

# True when package@version sits in <prefix>/node_modules.
npm_has() {
  local prefix=$1 name=$2 version=$3
  [[ "$(node -p "try { require('$prefix/node_modules/$name/package.json').version } catch { '' }")" == "$version" ]]
}

# npm writes into the project root unless the prefix has its own package.json.
ensure_npm_prefix() {
  mkdir -p "$1"
  [[ -f "$1/package.json" ]] || echo '{ "private": true }' > "$1/package.json"
}

# --- 1. npm tools (no native builds): started now, overlapping the apt step --------------------
tools_pid=""
tools_log="$E2E/tools-install.log"
if npm_has "$TOOLS_DIR" playwright-core "$PLAYWRIGHT_CORE_VERSION" && npm_has "$TOOLS_DIR" @vscode/vsce "$VSCE_VERSION"; then
  say "playwright-core $PLAYWRIGHT_CORE_VERSION and @vscode/vsce $VSCE_VERSION already in .e2e/tools"
else
  say "installing playwright-core@$PLAYWRIGHT_CORE_VERSION and @vscode/vsce@$VSCE_VERSION into .e2e/tools (background)"
  ensure_npm_prefix "$TOOLS_DIR"
  npm install --no-save --no-audit --no-fund --prefix "$TOOLS_DIR" \
    "playwright-core@$PLAYWRIGHT_CORE_VERSION" "@vscode/vsce@$VSCE_VERSION" > "$tools_log" 2>&1 &
  tools_pid=$!
  # Do not leave the background install running when a later step fails.
  trap 'kill "$tools_pid" 2>/dev/null || true' EXIT
fi

# --- 2. Debian packages ----------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "apt: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  say "apt: done"
else
  say "apt: all packages present"
fi

# --- 3. Seed @vscode/ripgrep's download cache, so its postinstall never goes to GitHub ------------
rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
if [[ -s "$rg_cache/$RIPGREP_ASSET" ]]; then
  say "ripgrep cache already seeded"
else
  stage=$(mktemp -d)
  cp "$(command -v rg)" "$stage/rg"
  mkdir -p "$rg_cache"
  tar czf "$rg_cache/$RIPGREP_ASSET.part" -C "$stage" rg
  mv "$rg_cache/$RIPGREP_ASSET.part" "$rg_cache/$RIPGREP_ASSET"
  rm -rf "$stage"
  say "ripgrep cache seeded from $(command -v rg)"
fi

# --- 4. code-server, keyed by version ----------------------------------------------------------------
cs_bin="$CS_DIR/node_modules/.bin/code-server"
# Prints e.g. "4.100.3 <commit> with Code 1.100.3". Even --version writes a default config.yaml
# and a log folder under HOME, and logs that first: give it a throwaway HOME and keep the version line.
cs_version() {
  local home
  home=$(mktemp -d)
  HOME=$home "$cs_bin" --config "$home/config.yaml" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' || true
  rm -rf "$home"
}
if [[ -x "$cs_bin" ]] && [[ "$(cs_version)" == "$CODE_SERVER_VERSION "* ]]; then
  say "code-server $CODE_SERVER_VERSION already in .e2e/code-server"
else
  say "installing code-server@$CODE_SERVER_VERSION into .e2e/code-server (native builds, ~1 min)"
  ensure_npm_prefix "$CS_DIR"
  cs_log="$E2E/code-server-install.log"
  # unsafe_perm: its postinstall refuses to run as root otherwise; yes: node-pty's postinstall
  # calls npx node-gyp, which a `yes=false` npmrc would cancel.
  if ! npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-save --no-audit --no-fund --prefix "$CS_DIR" "code-server@$CODE_SERVER_VERSION" > "$cs_log" 2>&1; then
    tail -n 40 "$cs_log" >&2
    fail "code-server install failed (full log: $cs_log)"
  fi
  version=$(cs_version)
  [[ "$version" == "$CODE_SERVER_VERSION "* ]] || fail "installed code-server reports '$version'"
  say "code-server: $version"
fi

# --- 5. Wait for the tools --------------------------------------------------------------------------
if [[ -n "$tools_pid" ]]; then
  if ! wait "$tools_pid"; then
    tail -n 40 "$tools_log" >&2
    fail "tools install failed (full log: $tools_log)"
  fi
  npm_has "$TOOLS_DIR" playwright-core "$PLAYWRIGHT_CORE_VERSION" || fail "playwright-core missing after install"
  npm_has "$TOOLS_DIR" @vscode/vsce "$VSCE_VERSION" || fail "@vscode/vsce missing after install"
  trap - EXIT
  say "tools installed"
fi

# dpkg-query, not `chromium --version`: the latter creates ~/.config/chromium.
say "ready: chromium $(dpkg-query -W -f='${Version}' chromium), code-server $(cs_version)"
