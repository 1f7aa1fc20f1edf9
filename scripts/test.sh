#!/usr/bin/env bash
# The whole test suite: lint, format check, type check, tests (installs kg into .venv if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/ruff check kg tests scripts
.venv/bin/ruff format --check kg tests scripts
.venv/bin/mypy kg
.venv/bin/pytest "$@"
