# Shared by run-app.sh and run-tests.sh: install what is missing, configure, build.
# Sourced, not run.

PACELINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PACELINE_BUILD_DIR="${PACELINE_BUILD_DIR:-$PACELINE_ROOT/build}"

paceline_missing_packages() {
    local package missing=()
    while read -r package; do
        [[ -z "$package" || "$package" == \#* ]] && continue
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done <"$PACELINE_ROOT/scripts/debian-packages.txt"
    echo "${missing[@]}"
}

# Installs missing Debian packages when root; otherwise prints the exact command and fails.
paceline_install_dependencies() {
    local missing
    missing="$(paceline_missing_packages)"
    [[ -z "$missing" ]] && return 0
    local command="apt-get install -y --no-install-recommends $missing"
    if [[ "$(id -u)" -ne 0 ]]; then
        echo "Paceline needs these Debian packages: $missing" >&2
        echo "Install them as root, then run this command again:" >&2
        echo "    sudo apt-get update && sudo $command" >&2
        return 1
    fi
    echo "Installing: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && $command
}

# Configures and builds a Release build with every warning of our code treated as an
# error (the code is kept warning-free).
paceline_build() {
    cmake -S "$PACELINE_ROOT" -B "$PACELINE_BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DPACELINE_WARNINGS_AS_ERRORS=ON "$@" &&
        cmake --build "$PACELINE_BUILD_DIR" --parallel "$(nproc)"
}

# Garmin's FIT SDK (npm) for the tests that decode our FIT workouts with it. Node and
# npm come from Debian when missing (root only); without them those tests skip.
paceline_setup_fit_oracle() {
    if ! command -v npm >/dev/null && [[ "$(id -u)" -eq 0 ]]; then
        echo "Installing node and npm for the FIT SDK cross-checks"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null ||
            echo "Could not install node and npm; the FIT SDK cross-checks will skip" >&2
    fi
    "$PACELINE_ROOT/scripts/setup-fit-oracle.sh" "$PACELINE_BUILD_DIR" || true
}
