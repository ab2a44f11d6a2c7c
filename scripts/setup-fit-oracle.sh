#!/usr/bin/env bash
# Installs Garmin's FIT JavaScript SDK (@garmin/fitsdk, pinned in tests/oracle) into
# BUILD_DIR/oracle, where the FIT tests and benchmarks look for it. The SDK decodes
# Paceline's exported workouts and times its own decoding as an independent peer.
# Without node and npm it says so and exits 0: the tests that need it then skip.
#
# Usage: scripts/setup-fit-oracle.sh BUILD_DIR
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 1
fi
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/oracle" && pwd)"
target_dir="$1/oracle"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "setup-fit-oracle: node or npm is not installed; the tests that decode with" \
        "Garmin's FIT SDK will skip (Debian: apt-get install nodejs npm)."
    exit 0
fi

mkdir -p "$target_dir"
cp "$source_dir"/package.json "$source_dir"/package-lock.json "$source_dir"/*.mjs "$target_dir"/
if ! (cd "$target_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "setup-fit-oracle: 'npm ci' failed in $target_dir; the tests that decode with" \
        "Garmin's FIT SDK will skip." >&2
    exit 1
fi
echo "setup-fit-oracle: Garmin's FIT SDK is ready in $target_dir"
