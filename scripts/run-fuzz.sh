#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) in build-fuzz/, writes their seed corpora and runs every
# target for a bounded time, two at a time. Exits non-zero when a target found a crash,
# a leak, undefined behaviour, an out-of-memory or a hang (an input taking over 10 s).
#
#   scripts/run-fuzz.sh [--seconds N] [--only TARGET] [--build-only]
#
# Targets: fit tcx gpx csv notation session_json week_file log_json. Reproducers go to
# build-fuzz/findings/<target>/, logs to build-fuzz/fuzz-logs/, and the results to
# build-fuzz/fuzz-summary.txt (one line per target) and build-fuzz/fuzz-summary.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FUZZ_DIR="${PACELINE_FUZZ_BUILD_DIR:-$PACELINE_ROOT/build-fuzz}"
SHARED_DATA="$PACELINE_ROOT/../shared/data"
PARALLEL_RUNS=2

# Target, most bytes per input, dictionary (tests/fuzz/dict/<name>.dict, - for none).
# Text readers get smaller inputs: longer ones find nothing new and run slower.
TARGETS=(
    "fit 65536 -"
    "tcx 32768 xml"
    "gpx 32768 xml"
    "csv 16384 csv"
    "notation 1024 notation"
    "session_json 16384 json"
    "week_file 16384 json"
    "log_json 65536 json"
)

usage() {
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

seconds=30
only=""
build_only=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --seconds)
        seconds="${2:-}"
        shift 2
        ;;
    --only)
        only="${2:-}"
        shift 2
        ;;
    --build-only)
        build_only=1
        shift
        ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        echo "run-fuzz.sh: unknown option '$1'" >&2
        usage >&2
        exit 2
        ;;
    esac
done
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "run-fuzz.sh: --seconds needs a whole number of seconds above 0, not '$seconds'" >&2
    exit 2
fi
if [[ -n "$only" ]]; then
    only="${only#fuzz_}"
    selected=()
    for entry in "${TARGETS[@]}"; do
        [[ "${entry%% *}" == "$only" ]] && selected+=("$entry")
    done
    if [[ ${#selected[@]} -eq 0 ]]; then
        echo "run-fuzz.sh: no target '$only'; the targets are:" \
            "$(printf '%s ' "${TARGETS[@]%% *}")" >&2
        exit 2
    fi
    TARGETS=("${selected[@]}")
fi

build_fuzz_targets() {
    CC=clang CXX=clang++ cmake -S "$PACELINE_ROOT" -B "$FUZZ_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE=Debug -DPACELINE_FUZZ=ON >/dev/null &&
        cmake --build "$FUZZ_DIR" --parallel "$(nproc)"
}

write_seeds() {
    local shared=()
    if [[ -d "$SHARED_DATA" ]]; then
        shared=("$SHARED_DATA")
    else
        echo "No $SHARED_DATA: seeding from the project's own writers only"
    fi
    mkdir -p "$FUZZ_DIR/corpus"
    "$FUZZ_DIR/tests/fuzz/paceline_fuzz_seeds" "$FUZZ_DIR/corpus" "${shared[@]}"
}

# Runs one target; libFuzzer stops at the first finding and leaves its input in
# findings/<target>/.
run_target() {
    local name="$1" max_len="$2" dict="$3"
    local findings="$FUZZ_DIR/findings/$name" log="$FUZZ_DIR/fuzz-logs/$name.log"
    mkdir -p "$findings" "$FUZZ_DIR/corpus/$name"
    local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
        -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$findings/")
    [[ "$dict" != "-" ]] && options+=(-dict="$PACELINE_ROOT/tests/fuzz/dict/$dict.dict")
    local status=0
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "$FUZZ_DIR/tests/fuzz/fuzz_$name" "${options[@]}" "$FUZZ_DIR/corpus/$name" \
        >"$log" 2>&1 || status=$?
    echo "$status" >"$FUZZ_DIR/fuzz-logs/$name.status"
}

# A figure from the log: the final stats, or the last progress line's cov/corp.
stat_of() {
    sed -n "s/^stat::$2: *//p" "$1" | tail -n 1
}
progress_of() {
    grep -E '^#[0-9]+' "$1" | tail -n 1 | sed -n "s/.* $2: \([^ ]*\).*/\1/p"
}

# One summary line (and JSON object) per target; returns 1 when it found something.
summarise_target() {
    local name="$1"
    local log="$FUZZ_DIR/fuzz-logs/$name.log" findings="$FUZZ_DIR/findings/$name"
    local status executions per_second coverage corpus artifacts result
    status="$(cat "$FUZZ_DIR/fuzz-logs/$name.status")"
    executions="$(stat_of "$log" number_of_executed_units)"
    per_second="$(stat_of "$log" average_exec_per_sec)"
    coverage="$(progress_of "$log" cov)"
    corpus="$(find "$FUZZ_DIR/corpus/$name" -type f | wc -l)"
    artifacts="$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' \
        -o -name 'timeout-*' -o -name 'oom-*' \) -newer "$FUZZ_DIR/fuzz-logs/started" |
        sort)"
    result="ok"
    if [[ "$status" != "0" || -n "$artifacts" ]]; then
        result="FOUND"
    fi
    printf '%-13s %-5s executions %10s  exec/s %7s  corpus %5s  coverage %6s  findings %s\n' \
        "$name" "$result" "${executions:-?}" "${per_second:-?}" "$corpus" "${coverage:-?}" \
        "$(printf '%s' "$artifacts" | grep -c . || true)" | tee -a "$FUZZ_DIR/fuzz-summary.txt"
    printf '%s{"target": "%s", "result": "%s", "seconds": %s, "executions": %s, ' \
        "$json_separator" "$name" "$result" "$seconds" "${executions:-null}" \
        >>"$FUZZ_DIR/fuzz-summary.json"
    printf '"exec_per_second": %s, "corpus_files": %s, "coverage": %s, "exit_status": %s, ' \
        "${per_second:-null}" "$corpus" "${coverage:-null}" "$status" >>"$FUZZ_DIR/fuzz-summary.json"
    printf '"findings": [%s]}' "$(printf '%s\n' "$artifacts" | sed '/^$/d; s/.*/"&"/' |
        paste -sd, -)" >>"$FUZZ_DIR/fuzz-summary.json"
    json_separator=$',\n  '
    [[ "$result" == "ok" ]] && return 0
    echo "  $name: see $log" >&2
    local artifact
    for artifact in $artifacts; do
        echo "  reproducer: $artifact" >&2
        echo "  rerun:      $FUZZ_DIR/tests/fuzz/fuzz_$name $artifact" >&2
        echo "  minimise:   $FUZZ_DIR/tests/fuzz/fuzz_$name -minimize_crash=1 -runs=10000" \
            "-exact_artifact_path=$artifact.min $artifact" >&2
    done
    return 1
}

paceline_install_dependencies
build_fuzz_targets
[[ "$build_only" -eq 1 ]] && exit 0
write_seeds

mkdir -p "$FUZZ_DIR/fuzz-logs"
touch "$FUZZ_DIR/fuzz-logs/started"
echo "Fuzzing ${#TARGETS[@]} target(s) for $seconds s each, $PARALLEL_RUNS at a time"
for entry in "${TARGETS[@]}"; do
    # shellcheck disable=SC2086 # the entry is three words on purpose
    run_target $entry &
    while [[ "$(jobs -rp | wc -l)" -ge "$PARALLEL_RUNS" ]]; do
        wait -n || true
    done
done
wait

: >"$FUZZ_DIR/fuzz-summary.txt"
printf '[\n  ' >"$FUZZ_DIR/fuzz-summary.json"
json_separator=""
failed=0
for entry in "${TARGETS[@]}"; do
    summarise_target "${entry%% *}" || failed=1
done
printf '\n]\n' >>"$FUZZ_DIR/fuzz-summary.json"
if [[ "$failed" -ne 0 ]]; then
    echo "Fuzzing found problems (above); each one becomes a fixed bug with a regression test" >&2
    exit 1
fi
echo "Fuzzing found nothing; summary in $FUZZ_DIR/fuzz-summary.txt"
