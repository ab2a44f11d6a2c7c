#!/usr/bin/env bash
# Installs what is missing, builds Paceline (Release) and opens it on its default log.
# Arguments are passed to the app, for example --db PATH.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

paceline_install_dependencies
paceline_build

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "Built $PACELINE_BUILD_DIR/app/paceline, but there is no display to open it on." >&2
    echo "Run it in a desktop session, under xvfb-run, or render a view with:" >&2
    echo "    $PACELINE_BUILD_DIR/app/paceline --screenshot log.png --view log" >&2
    exit 1
fi
exec "$PACELINE_BUILD_DIR/app/paceline" "$@"
