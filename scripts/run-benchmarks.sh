#!/usr/bin/env bash
# Runs Paceline's benchmarks and writes docs/benchmarks.md from the results.
#
# Usage: scripts/run-benchmarks.sh [options] [Google Benchmark options]
#   e.g. scripts/run-benchmarks.sh --quick --benchmark_filter='startup|switch'
#
#  1. Installs what is missing and builds Release (scripts/lib.sh, as run-tests.sh does);
#     sets up Garmin's FIT SDK and gpsbabel for the decoding comparisons when it can.
#  2. Writes the demo logs the benchmarks read into build/bench-data: for each athletes:weeks
#     pair, demo-a<A>-w<W>.sqlite from `paceline-cli demo --athletes A --weeks W
#     --end <today> --seed 1`, the CLI's JSON summary next to it (.json) and a stamp with
#     the CLI's checksum and the date (.stamp). A log is reused while it is from today
#     (the app shows the current weeks) and from the same paceline-cli. Each file is
#     written under a temporary name and moved into place, so an interrupted run never
#     leaves half a log.
#  3. Runs build/tests/bench/paceline_benchmarks offscreen with the repetitions, aggregates
#     only, into build/bench-results.json. Other arguments are passed to it.
#  4. Gathers the machine's facts and writes docs/benchmarks.md with
#     scripts/benchmark-report.py (notes from tests/bench/notes.md); prints the targets.
#
# Options:
#   --quick        3 repetitions instead of 5
#   --no-build     use the build as it is: no package check, no build, no SDK set-up
#   --no-report    run the benchmarks, leave docs/benchmarks.md alone
#   --report-only  rewrite docs/benchmarks.md from the last build/bench-results.json
#   -h, --help     this text
#
# Environment:
#   REPETITIONS              repetitions of each benchmark (default 5; --quick 3)
#   PACELINE_BENCH_DATA      where the demo logs go (default build/bench-data)
#   PACELINE_BENCH_DATASETS  which logs to write, "A:W A:W ..." (default all seven:
#                            1:520 30:520 1:52 1:104 1:260 3:520 10:520); for a quick
#                            check, e.g. PACELINE_BENCH_DATASETS="1:52"
#   PACELINE_BUILD_DIR       the build directory (default build)
#
# The 30-athlete log takes about a minute to write and 130 MB of disk. Run on a quiet
# machine: other work on it shows up in the times and in their spread.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

repetitions="${REPETITIONS:-5}"
build=1
report=1
run=1
passthrough=()
exit_status=0
for argument in "$@"; do
    case "$argument" in
    --quick) repetitions=3 ;;
    --no-build) build=0 ;;
    --no-report) report=0 ;;
    --report-only) run=0 build=0 ;;
    -h | --help)
        usage
        exit 0
        ;;
    *) passthrough+=("$argument") ;;
    esac
done

data_dir="${PACELINE_BENCH_DATA:-$PACELINE_BUILD_DIR/bench-data}"
datasets="${PACELINE_BENCH_DATASETS:-1:520 30:520 1:52 1:104 1:260 3:520 10:520}"
results="$PACELINE_BUILD_DIR/bench-results.json"
cli="$PACELINE_BUILD_DIR/app/paceline-cli"
benchmarks="$PACELINE_BUILD_DIR/tests/bench/paceline_benchmarks"

# gpsbabel is a peer in the decoding comparisons only, so it is not in the package list.
setup_peers() {
    paceline_setup_fit_oracle
    if ! command -v gpsbabel >/dev/null; then
        if [[ "$(id -u)" -eq 0 ]]; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                gpsbabel >/dev/null || echo "Could not install gpsbabel; its rows will skip" >&2
        else
            echo "gpsbabel is not installed; its rows will skip (apt-get install gpsbabel)" >&2
        fi
    fi
}

# The file being written, removed if the run stops half-way.
partial=""
remove_partial() {
    [[ -n "$partial" ]] && rm -f "$partial" "$partial-wal" "$partial-shm" "$partial-journal" \
        "$partial.json"
    return 0
}
trap remove_partial EXIT

# Writes demo-a<athletes>-w<weeks>.sqlite (and .json, .stamp) unless today's is there.
write_dataset() {
    local athletes="$1" weeks="$2" today="$3" cli_sum="$4"
    local base="$data_dir/demo-a$athletes-w$weeks"
    local stamp="paceline-cli $cli_sum end $today seed 1"
    if [[ -f "$base.sqlite" && -f "$base.json" && -f "$base.stamp" &&
        "$(cat "$base.stamp")" == "$stamp" ]]; then
        echo "$(basename "$base").sqlite: reused ($(du -h "$base.sqlite" | cut -f1))"
        return 0
    fi
    partial="$base.partial"
    remove_partial
    local started=$SECONDS
    "$cli" demo --athletes "$athletes" --weeks "$weeks" --end "$today" --seed 1 --json \
        --db "$partial" >"$partial.json"
    # The stamp goes first and comes back last: a run stopped in between rewrites the log.
    rm -f "$base.stamp" "$base.sqlite-wal" "$base.sqlite-shm"
    mv "$partial" "$base.sqlite"
    mv "$partial.json" "$base.json"
    partial=""
    echo "$stamp" >"$base.stamp.partial"
    mv "$base.stamp.partial" "$base.stamp"
    echo "$(basename "$base").sqlite: written in $((SECONDS - started)) s" \
        "($(du -h "$base.sqlite" | cut -f1))"
}

write_datasets() {
    local today cli_sum pair
    today="$(date +%F)"
    cli_sum="$(sha256sum "$cli" | cut -d' ' -f1)"
    mkdir -p "$data_dir"
    for pair in ${datasets//,/ }; do
        if [[ ! "$pair" =~ ^[0-9]+:[0-9]+$ ]]; then
            echo "PACELINE_BENCH_DATASETS: '$pair' is not athletes:weeks" >&2
            return 1
        fi
        write_dataset "${pair%%:*}" "${pair##*:}" "$today" "$cli_sum"
    done
}

run_benchmarks() {
    local invocation=("$benchmarks" --benchmark_repetitions="$repetitions"
        --benchmark_report_aggregates_only=true --benchmark_out="$results.partial"
        --benchmark_out_format=json "${passthrough[@]}")
    local status=0
    QT_QPA_PLATFORM=offscreen PACELINE_BENCH_DATA="$data_dir" "${invocation[@]}" || status=$?
    if ((status != 0)); then
        # A crash on the way out (say, a static destroyed after the application) should
        # not throw away a long run whose results were written in full: keep them, say
        # so loudly and fail at the end.
        if ! /usr/bin/python3 -c 'import json, sys; json.load(open(sys.argv[1]))["benchmarks"]' \
            "$results.partial" 2>/dev/null; then
            echo "paceline_benchmarks failed (status $status) without complete results" >&2
            exit "$status"
        fi
        echo "WARNING: paceline_benchmarks exited with status $status after writing its" \
            "results; they are kept, but the crash needs fixing" >&2
        exit_status="$status"
    fi
    mv "$results.partial" "$results"
    # How the results were made, for the report (also when it is rewritten later).
    local shown=("${invocation[@]}")
    shown[0]="${benchmarks#"$PACELINE_ROOT"/}"
    shown[3]="--benchmark_out=${results#"$PACELINE_ROOT"/}"
    echo "${shown[*]}" >"$results.command"
}

# The first line of a command's output, or nothing when the command is missing.
first_line() {
    "$@" 2>/dev/null | sed -n '/./{p;q}' || true
}

package_version() {
    dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true
}

# KEY=VALUE lines about the machine and the build, for the report.
machine_facts() {
    local cpu hypervisor system compiler commit sdk
    cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n1)"
    [[ -z "$cpu" ]] && cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
    hypervisor="$(lscpu 2>/dev/null | sed -n 's/^Hypervisor vendor: *//p' | head -n1)"
    echo "CPU=$cpu${hypervisor:+ (virtual machine, $hypervisor)}"
    echo "CPUs=$(nproc)"
    echo "memory=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "kernel=$(uname -sr)"
    system="$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
    [[ -f /etc/debian_version ]] && system="$system, $(cat /etc/debian_version)"
    echo "system=$system"
    compiler="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$PACELINE_BUILD_DIR/CMakeCache.txt" 2>/dev/null)"
    echo "compiler=$(first_line "${compiler:-c++}" --version)"
    echo "build=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$PACELINE_BUILD_DIR/CMakeCache.txt" 2>/dev/null)"
    echo "Qt=$(package_version libqt6core6)"
    echo "SQLite=$(package_version libsqlite3-0)"
    echo "Google Benchmark=$(package_version libbenchmark-dev)"
    commit="$(git -C "$PACELINE_ROOT" rev-parse --short HEAD 2>/dev/null || true)"
    if [[ -n "$commit" && -n "$(git -C "$PACELINE_ROOT" status --porcelain 2>/dev/null)" ]]; then
        commit="$commit with local changes"
    fi
    echo "commit=$commit"
    command -v node >/dev/null && echo "node=$(node --version)"
    command -v gpsbabel >/dev/null && echo "gpsbabel=$(first_line gpsbabel -V | sed 's/^GPSBabel Version //')"
    sdk="$PACELINE_BUILD_DIR/oracle/node_modules/@garmin/fitsdk/package.json"
    [[ -f "$sdk" ]] && echo "@garmin/fitsdk=$(/usr/bin/python3 -c \
        'import json, sys; print(json.load(open(sys.argv[1]))["version"])' "$sdk")"
    return 0
}

write_report() {
    local facts=() fact
    # The facts of the run that made the results (its commit and load), not of this
    # moment: --report-only rewrites the page long after.
    [[ -f "$results.facts" ]] || machine_facts >"$results.facts"
    while IFS= read -r fact; do
        [[ "${fact#*=}" != "" ]] && facts+=(--fact "$fact")
    done <"$results.facts"
    local ran_with=""
    [[ -f "$results.command" ]] && ran_with="$(cat "$results.command")"
    /usr/bin/python3 "$PACELINE_ROOT/scripts/benchmark-report.py" --results "$results" \
        --data "$data_dir" --notes "$PACELINE_ROOT/tests/bench/notes.md" \
        --out "$PACELINE_ROOT/docs/benchmarks.md" --command "$ran_with" "${facts[@]}"
    echo "Wrote docs/benchmarks.md"
}

if ((build)); then
    paceline_install_dependencies
    paceline_build
    setup_peers
fi
if ((run)); then
    for program in "$cli" "$benchmarks"; do
        if [[ ! -x "$program" ]]; then
            echo "$program is missing: build first (run without --no-build)" >&2
            exit 1
        fi
    done
    write_datasets
    machine_facts >"$results.facts"
    run_benchmarks
fi
if ((report)); then
    if [[ ! -f "$results" ]]; then
        echo "$results is missing: run the benchmarks first" >&2
        exit 1
    fi
    write_report
fi
exit "$exit_status"
