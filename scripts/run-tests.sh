#!/usr/bin/env bash
# Installs everything the tests need (Python packages and Debian's chromium
# and LibreOffice) and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/ruff check etl dashboard tests scripts streamlit_app.py
exec .venv/bin/python -m pytest "$@"
