#!/usr/bin/env bash
# Quick start: install, then open the dashboard on the bundled seeds
# (the app builds data/tracker.duckdb from seeds/ on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/streamlit run streamlit_app.py "$@"
