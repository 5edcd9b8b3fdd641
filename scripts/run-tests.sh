#!/usr/bin/env bash
# Installs everything the tests need (Python packages and Debian's chromium
# and LibreOffice) and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/ruff check etl dashboard tests scripts streamlit_app.py
mkdir -p build
status=0
# Two workers (the machines have two cores); the browser tests each start their own server.
.venv/bin/python -m pytest -n "${PTT_TEST_WORKERS:-2}" --junitxml=build/junit.xml "$@" || status=$?
# DuckDB and the export browser print shutdown noise after pytest's summary; end
# with the plain count so the last line says how the run went.
.venv/bin/python - <<'PY' || true
import xml.etree.ElementTree as ET
suite = ET.parse("build/junit.xml").getroot()
suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
tests, failures, errors, skipped = (int(suite.get(k, 0)) for k in ("tests", "failures", "errors", "skipped"))
print()  # the shutdown noise may end without a newline
print(f"pytest: {tests - failures - errors - skipped} passed, {failures + errors} failed, {skipped} skipped")
PY
exit $status
