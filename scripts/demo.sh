#!/usr/bin/env bash
# Set-up and main job: install kg into .venv (if needed) and build the graph for seeds/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/kg build seeds/ --out output/
