#!/usr/bin/env bash
# Installs what is missing, builds Paceline (Release, warnings as errors) and runs the
# whole test suite through CTest. GUI tests use Qt's offscreen platform. Then every
# fuzz target of tests/fuzz runs for PACELINE_FUZZ_SECONDS (30 by default; 0 skips the
# fuzzing) in its own clang build (scripts/run-fuzz.sh; longer runs: docs/reliability.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

fuzz_seconds="${PACELINE_FUZZ_SECONDS:-30}"
if ! [[ "$fuzz_seconds" =~ ^[0-9]+$ ]]; then
    echo "run-tests.sh: PACELINE_FUZZ_SECONDS must be a whole number of seconds, not '$fuzz_seconds'" >&2
    exit 2
fi

paceline_install_dependencies
paceline_build
paceline_setup_fit_oracle
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$PACELINE_BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"

if [[ "$fuzz_seconds" -gt 0 ]]; then
    bash "$PACELINE_ROOT/scripts/run-fuzz.sh" --seconds "$fuzz_seconds"
fi
