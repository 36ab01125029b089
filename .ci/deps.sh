#!/usr/bin/env bash
# Installs what Policybook needs and is missing, on Debian or Ubuntu.
#   .ci/deps.sh build   the Rust toolchain and a C compiler (the CLI and the core)
#   .ci/deps.sh test    + what the tests read documents with: pandoc, LibreOffice, poppler, Noto fonts
# Nothing is installed that is there already; a second run takes a second.
set -euo pipefail
what="${1:-build}"

need_pkgs=()
have() { command -v "$1" >/dev/null 2>&1; }
want_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$1"); }

want_pkg build-essential
want_pkg pkg-config
if [ "$what" = "test" ] || [ "$what" = "all" ]; then
  want_pkg pandoc
  want_pkg libreoffice-writer-nogui
  want_pkg poppler-utils
  want_pkg fonts-noto-core
  want_pkg python3
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

if ! have cargo; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "deps: cargo is in ~/.cargo/bin: add it to PATH (source ~/.cargo/env)" >&2
  else
    echo "deps: installing the Rust toolchain with rustup" >&2
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
  fi
fi
