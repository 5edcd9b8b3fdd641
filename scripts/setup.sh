#!/usr/bin/env bash
# Creates .venv and installs the project into it. With --dev, also the test
# tools and the Debian packages the tests drive (Chromium, LibreOffice, PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--dev" ]]; then
    need=()
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
    command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress libreoffice-core)
    command -v fc-match >/dev/null 2>&1 || need+=(fontconfig)
    # The shared review store's tests start a real server (Debian keeps initdb off PATH).
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1 \
        || need+=(postgresql)
    if (( ${#need[@]} )); then
        sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
    fi
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [[ "${1:-}" == "--dev" ]]; then
    .venv/bin/python -m pip install -q -e '.[dev]'
else
    .venv/bin/python -m pip install -q -e .
fi
