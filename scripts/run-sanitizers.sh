#!/usr/bin/env bash
# Builds Paceline with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan and
# runs the whole test suite there. Any memory error, leak in our code or undefined
# behaviour fails the run. Too slow for CI (see docs/reliability.md): run it by hand.
#
# Usage: scripts/run-sanitizers.sh [extra ctest arguments, e.g. -R Store]
# Environment: PACELINE_SANITIZE_BUILD_DIR (default build-asan), PACELINE_JOBS (default nproc).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PACELINE_BUILD_DIR="${PACELINE_SANITIZE_BUILD_DIR:-$PACELINE_ROOT/build-asan}"
jobs="${PACELINE_JOBS:-$(nproc)}"
report_dir="$PACELINE_BUILD_DIR/sanitizer-reports"
summary_file="$PACELINE_BUILD_DIR/sanitizer-summary.txt"
ctest_log="$PACELINE_BUILD_DIR/sanitizer-ctest.log"

# Reports go to files, one per process: the tests start paceline-cli and paceline as
# child processes, and a report on a child's stderr would be swallowed by the test.
#  detect_leaks                  leaks at exit fail the process (LeakSanitizer).
#  detect_stack_use_after_return a reference to a dead local is caught, not read silently.
#  check_initialization_order    catches one global's constructor using another too early.
#  strict_string_checks          C string arguments (strtol, strlen...) checked in full.
#  abort_on_error                a clear "aborted" in ctest instead of a plain exit code.
#  print_suppressions=0          no report file for runs whose only leaks are suppressed.
# The sanitizers already stop at the first error; UBSan is built not to recover at all.
export_sanitizer_options() {
    mkdir -p "$report_dir"
    export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:strict_string_checks=1:abort_on_error=1:log_path=$report_dir/asan"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$report_dir/ubsan"
    export LSAN_OPTIONS="suppressions=$PACELINE_ROOT/scripts/lsan-suppressions.txt:print_suppressions=0"
    export QT_QPA_PLATFORM=offscreen
}

# RelWithDebInfo at -O1: stacks with file and line, and fewer frames inlined away.
# No benchmarks (timings under a sanitizer mean nothing). Warnings stay warnings here:
# GCC warns falsely under -fsanitize, and the Release build already enforces them.
configure_and_build() {
    cmake -S "$PACELINE_ROOT" -B "$PACELINE_BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
        -DPACELINE_SANITIZE=address,undefined -DPACELINE_BUILD_BENCHMARKS=OFF \
        -DPACELINE_WARNINGS_AS_ERRORS=OFF &&
        cmake --build "$PACELINE_BUILD_DIR" --parallel "$jobs"
}

# Report files that hold a real finding (not, say, a one-line runtime warning).
finding_files() {
    grep -lE "ERROR: (Address|Leak)Sanitizer|runtime error:" "$report_dir"/* 2>/dev/null || true
}

write_summary() {
    local ctest_status=$1 build_seconds=$2 test_seconds=$3 findings=$4
    {
        echo "Paceline sanitizer run ($(date -u '+%Y-%m-%d %H:%M UTC'))"
        echo "Commit: $(git -C "$PACELINE_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
            "$(git -C "$PACELINE_ROOT" status --porcelain 2>/dev/null | grep -q . && echo '(with uncommitted changes)')"
        echo "Compiler: $(c++ --version | head -n 1)"
        echo "Sanitizers: address,undefined (-O1 -g, -fno-sanitize-recover=undefined)"
        echo "Build: ${build_seconds}s with $jobs jobs; tests: ${test_seconds}s"
        grep -E "tests passed|Total Test time" "$ctest_log" || echo "ctest did not finish"
        echo "ctest exit status: $ctest_status"
        if [[ -n "$findings" ]]; then
            echo "Sanitizer reports (see each file for the stack):"
            echo "$findings" | sed 's/^/  /'
        else
            echo "Sanitizer reports: none"
        fi
        # Runtime notes such as LeakSanitizer's "Unable to get registers from thread"
        # (a thread that was exiting during the leak check) are listed, not counted.
        local note
        for note in "$report_dir"/*; do
            if [[ -e "$note" ]] && ! grep -qxF "$note" <<<"$findings"; then
                echo "Sanitizer note (not a finding): $note: $(head -c 200 "$note")"
            fi
        done
    } | tee "$summary_file"
}

main() {
    paceline_install_dependencies
    export_sanitizer_options
    rm -f "$report_dir"/*

    # The build runs the test programs too (CTest lists their tests), so the options above
    # already apply while building.
    local start=$SECONDS
    configure_and_build
    local build_seconds=$((SECONDS - start))
    paceline_setup_fit_oracle

    start=$SECONDS
    local ctest_status=0
    ctest --test-dir "$PACELINE_BUILD_DIR" --output-on-failure --parallel "$jobs" "$@" \
        2>&1 | tee "$ctest_log" || ctest_status=$?
    local test_seconds=$((SECONDS - start))

    local findings
    findings="$(finding_files)"
    write_summary "$ctest_status" "$build_seconds" "$test_seconds" "$findings"
    echo "Summary written to $summary_file"
    [[ "$ctest_status" -eq 0 && -z "$findings" ]]
}

main "$@"
