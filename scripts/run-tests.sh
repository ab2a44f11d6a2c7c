#!/usr/bin/env bash
# Installs what is missing, builds Paceline (Release, warnings as errors) and runs the
# whole test suite through CTest. GUI tests use Qt's offscreen platform.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

paceline_install_dependencies
paceline_build
paceline_setup_fit_oracle
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$PACELINE_BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
