#!/usr/bin/env bash
# Regenerates docs/screenshots from a fixed demo log (same seed and end date, so the
# pictures only change when the app does). Run after ./scripts/run-app.sh or
# ./scripts/run-tests.sh has built the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

app="$PACELINE_BUILD_DIR/app"
out="$PACELINE_ROOT/docs/screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$app/paceline-cli" demo --db "$work/demo.sqlite" --athletes 2 --weeks 52 --seed 1 \
    --end 2026-11-22 >/dev/null
# The Analysis screen on the issue's demo (one athlete, two years) and on an empty log;
# --today pins where the charts end, so the pictures do not age.
"$app/paceline-cli" demo --db "$work/analysis.sqlite" --athletes 1 --weeks 104 --seed 1 \
    --end 2026-11-22 >/dev/null
for tab in load trends; do
    "$app/paceline" --screenshot "$out/analysis-$tab.png" --view analysis --analysis-tab "$tab" \
        --today 2026-11-23 --db "$work/analysis.sqlite" --size 1280x1000
done
"$app/paceline" --screenshot "$out/analysis-all-time.png" --view analysis --analysis-range all \
    --today 2026-11-23 --db "$work/analysis.sqlite" --size 1280x1000
# The builder proposing the next 5 x 1 km from its last three repeats.
"$app/paceline" --screenshot "$out/builder-calibration.png" --show-session "5 × 1 km @ T" \
    --db "$work/analysis.sqlite" --size 1280x800
"$app/paceline" --screenshot "$out/analysis-empty.png" --view analysis --db "$work/empty.sqlite" \
    --size 1280x800
# The Planner on a week of the demo plan with done sessions, and its four-week overview;
# "today" is the day after the demo log ends, so the pictures do not age.
"$app/paceline" --screenshot "$out/planner.png" --view planner --week 2026-11-16 \
    --today 2026-11-23 --db "$work/demo.sqlite" --size 1280x800
"$app/paceline" --screenshot "$out/planner-overview.png" --view planner --week 2026-11-16 \
    --overview --today 2026-11-23 --db "$work/demo.sqlite" --size 1280x800
# The Log with an interval session selected, so its splits chart and figures show.
"$app/paceline" --screenshot "$out/log.png" --view log --show-workout 2026-11-17 \
    --db "$work/demo.sqlite" --size 1280x800
"$app/paceline" --screenshot "$out/empty-log.png" --view log --db "$work/empty.sqlite" \
    --size 1280x800
# The builder with a shipped example, and with a session the advisor has things to say about.
"$app/paceline" --screenshot "$out/builder.png" --show-session "5K sharpening: 8 × 400 m" \
    --db "$work/demo.sqlite" --size 1280x800
"$app/paceline" --screenshot "$out/builder-findings.png" --show-session "Tempo 20 min @ T" \
    --db "$work/demo.sqlite" --size 1280x800
# A log from a newer Paceline opens read-only, with the notice saying why.
cp "$work/demo.sqlite" "$work/newer.sqlite"
/usr/bin/python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version = 9"); c.commit()' \
    "$work/newer.sqlite"
"$app/paceline" --screenshot "$out/log-read-only.png" --view log --show-workout 2026-11-17 \
    --read-only --db "$work/newer.sqlite" --size 1280x800
for dialog in athlete welcome log-workout; do
    "$app/paceline" --screenshot "$out/dialog-$dialog.png" --dialog "$dialog" \
        --db "$work/demo.sqlite"
done
# The import's progress dialog in the middle of a batch, and its summary with imported,
# duplicate and failed files.
"$app/paceline" --screenshot "$out/import-progress.png" --dialog import --db "$work/demo.sqlite"
"$app/paceline" --screenshot "$out/import-summary.png" --dialog import-summary \
    --db "$work/demo.sqlite"
# A real watch file imported (needs ../shared/data, the public recordings; skipped
# without it): the 4 x 6 min intervals, laps turned into reps.
recording="$PACELINE_ROOT/../shared/data/fit/run_intervals_4x6min_ipbike.fit"
if [[ -f "$recording" ]]; then
    "$app/paceline-cli" add-athlete --db "$work/import.sqlite" --name "Ana Ruiz" --race 10k \
        --race-time 41:21 >/dev/null
    "$app/paceline-cli" import --db "$work/import.sqlite" "$recording" >/dev/null
    "$app/paceline" --screenshot "$out/import-log.png" --view log --show-workout 2017-03-02 \
        --db "$work/import.sqlite" --size 1280x800
else
    echo "Skipped import-log.png: $recording is not here" >&2
fi
echo "Wrote $(ls "$out" | wc -l) screenshots to $out"
