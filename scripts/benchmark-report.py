#!/usr/bin/python3
"""Paceline's benchmark report: Google Benchmark's JSON in, docs/benchmarks.md out.

scripts/run-benchmarks.sh runs it after the benchmarks. Run it by hand to rewrite the
document from the last results, for instance after editing tests/bench/notes.md:

    /usr/bin/python3 scripts/benchmark-report.py --results build/bench-results.json \\
        --data build/bench-data --notes tests/bench/notes.md --out docs/benchmarks.md \\
        [--fact 'CPU=Intel Xeon' ...]

It prints the targets as a plain-text table. Every time is the median of the
repetitions in wall-clock time (the benchmark's real_time, which is the manual time
where a benchmark times itself), converted from each entry's time_unit. A benchmark
absent from the results shows as "not run"; one that skipped shows its reason.
Standard library only: CI runs its test (tests/bench/test_benchmark_report.py).
"""

import argparse
import json
import math
import os
import re
import statistics
import sys
from dataclasses import dataclass, field

TIME_UNITS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
UNIT_LABELS = {"ns": "ns", "us": "µs", "ms": "ms", "s": "s"}
MIB = 1024 * 1024
MB = 1_000_000

# Parts of a run name that say how it was run, not what: dropped when matching.
DECORATION = re.compile(
    r"^(iterations|repeats|threads|min_time|min_warmup_time):"
    r"|^(manual_time|real_time|process_time)$"
)
# Keys of a JSON entry that are not user counters.
ENTRY_KEYS = {
    "name", "family_index", "per_family_instance_index", "run_name", "run_type",
    "repetitions", "repetition_index", "threads", "aggregate_name", "aggregate_unit",
    "iterations", "real_time", "cpu_time", "time_unit", "error_occurred", "error_message",
    "skipped", "skip_message", "label",
}


def split_name(run_name):
    """'startupScale/athletes:1/weeks:52/manual_time' -> ('startupScale', ((name, value), ...))."""
    parts = run_name.split("/")
    args = []
    for part in parts[1:]:
        if DECORATION.match(part):
            continue
        name, sep, value = part.rpartition(":")
        args.append((name if sep else None, value))
    return parts[0], tuple(args)


@dataclass
class Result:
    """One benchmark instance (a family with its arguments) over all its repetitions."""

    run_name: str
    family: str
    args: tuple
    repetitions: int = 0
    median: float = None  # seconds of wall time per iteration
    cpu: float = None  # seconds of CPU time per iteration
    stddev: float = None
    cv: float = None  # a fraction
    minimum: float = None
    maximum: float = None
    counters: dict = field(default_factory=dict)  # medians
    counter_cv: dict = field(default_factory=dict)
    error: str = None

    @property
    def ran(self):
        return self.median is not None

    @property
    def key(self):
        return "/".join([self.family] + [f"{n}:{v}" if n else v for n, v in self.args])


def _seconds(entry, key="real_time"):
    return float(entry[key]) * TIME_UNITS.get(entry.get("time_unit", "ns"), 1e-9)


def _counters(entry):
    return {
        k: float(v)
        for k, v in entry.items()
        if k not in ENTRY_KEYS and isinstance(v, (int, float)) and not isinstance(v, bool)
    }


def _result(run_name, entries):
    family, args = split_name(run_name)
    result = Result(run_name, family, args)
    aggregates = {e.get("aggregate_name"): e for e in entries if e.get("run_type") == "aggregate"}
    failed = [e for e in entries if e.get("error_occurred") or e.get("skipped")]
    runs = [e for e in entries if e.get("run_type", "iteration") == "iteration" and e not in failed]
    times = [_seconds(e) for e in runs]
    if "median" in aggregates:
        median = aggregates["median"]
        result.median, result.cpu = _seconds(median), _seconds(median, "cpu_time")
        result.counters = _counters(median)
        result.repetitions = int(median.get("repetitions", len(runs)))
    elif runs:
        result.median = statistics.median(times)
        result.cpu = statistics.median(_seconds(e, "cpu_time") for e in runs)
        result.counters = {k: statistics.median(_counters(e).get(k, 0.0) for e in runs)
                           for k in _counters(runs[0])}
        result.repetitions = len(runs)
    if "stddev" in aggregates:
        result.stddev = _seconds(aggregates["stddev"])
    elif len(times) > 1:
        result.stddev = statistics.stdev(times)
    if "cv" in aggregates:
        result.cv = float(aggregates["cv"]["real_time"])
        result.counter_cv = _counters(aggregates["cv"])
    elif result.stddev is not None and times:
        result.cv = result.stddev / statistics.mean(times) if statistics.mean(times) else None
    if len(times) > 1:
        result.minimum, result.maximum = min(times), max(times)
    elif "min" in aggregates and "max" in aggregates:
        result.minimum, result.maximum = _seconds(aggregates["min"]), _seconds(aggregates["max"])
    if failed and not result.ran:
        first = failed[0]
        result.error = first.get("error_message") or first.get("skip_message") or "skipped"
        result.repetitions = len(failed)
    return result


class Results:
    """The benchmarks of one run, found by name with or without argument names."""

    def __init__(self, document):
        groups = {}
        for entry in document.get("benchmarks", []):
            run_name = entry.get("run_name")
            if not run_name:
                name = entry["name"]
                suffix = "_" + entry.get("aggregate_name", "")
                run_name = name[: -len(suffix)] if name.endswith(suffix) else name
            groups.setdefault(run_name, []).append(entry)
        self.all = [_result(name, entries) for name, entries in groups.items()]
        self.context = document.get("context", {})

    def find(self, spec):
        """The instance 'family/name:value/...' (argument names optional on either side)."""
        family, args = split_name(spec)
        for result in self.all:
            if result.family != family or len(result.args) != len(args):
                continue
            if all(
                a[1] == b[1] and (a[0] is None or b[0] is None or a[0] == b[0])
                for a, b in zip(result.args, args)
            ):
                return result
        return None

    def family(self, family):
        return [r for r in self.all if r.family == family]


@dataclass
class Dataset:
    athletes: int
    weeks: int
    file: str
    bytes: int
    demo: dict  # paceline-cli demo --json: logged_sessions, reps, planned_sessions, ...


def load_datasets(directory):
    """The demo logs in `directory` with their sizes and what the CLI said writing them."""
    datasets = {}
    if not directory or not os.path.isdir(directory):
        return datasets
    for name in sorted(os.listdir(directory)):
        match = re.fullmatch(r"demo-a(\d+)-w(\d+)\.sqlite", name)
        if not match:
            continue
        path = os.path.join(directory, name)
        demo = {}
        try:
            with open(path[: -len(".sqlite")] + ".json", encoding="utf-8") as file:
                demo = json.load(file)
        except (OSError, ValueError):
            pass
        athletes, weeks = int(match.group(1)), int(match.group(2))
        datasets[(athletes, weeks)] = Dataset(athletes, weeks, name, os.path.getsize(path), demo)
    return datasets


# --- formatting ---------------------------------------------------------------------


def number(value):
    """About three significant figures, with thousands separators."""
    size = abs(value)
    if size >= 100:
        return f"{value:,.0f}"
    if size >= 10:
        return f"{value:.1f}"
    if size >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def auto_unit(seconds):
    for unit in ("s", "ms", "us"):
        if abs(seconds) >= TIME_UNITS[unit]:
            return unit
    return "ns"


def duration(seconds, unit=None):
    unit = unit or auto_unit(seconds)
    return f"{number(seconds / TIME_UNITS[unit])} {UNIT_LABELS[unit]}"


def percent(fraction):
    return "-" if fraction is None else f"{fraction * 100:.1f} %"


def spread(result, unit=None):
    """CV and the range of the repetitions (or the standard deviation without them)."""
    if result.repetitions <= 1:
        return "one run"
    parts = [f"CV {percent(result.cv)}"] if result.cv is not None else []
    unit = unit or auto_unit(result.median)
    if result.minimum is not None:
        low, high = (number(x / TIME_UNITS[unit]) for x in (result.minimum, result.maximum))
        parts.append(f"{low}–{high} {UNIT_LABELS[unit]}")
    elif result.stddev is not None:
        parts.append(f"± {duration(result.stddev, unit)}")
    return ", ".join(parts)


def not_run(result):
    if result is None:
        return "not run"
    return f"not run: {result.error}" if result.error else "not run"


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def text_table(header, rows, longest=72):
    """Columns padded to their width; cells longer than `longest` are cut short."""
    def cut(text):
        text = str(text)
        return text if len(text) <= longest else text[: longest - 1] + "…"

    rows = [[cut(c) for c in r] for r in rows]
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


# --- the targets --------------------------------------------------------------------

TARGET_HEADER = ["what", "benchmark", "median", "spread", "target", "result"]


def verdict(ok):
    return "met" if ok else "MISSED"


def time_row(results, what, spec, limit, unit):
    """A time target: the median under `limit` seconds, shown in `unit`."""
    result = results.find(spec) if isinstance(spec, str) else spec
    target = f"< {limit / TIME_UNITS[unit]:g} {UNIT_LABELS[unit]}"
    name = result.key if result else spec
    if result is None or not result.ran:
        return [what, name, not_run(result), "-", target, "not run"]
    return [what, name, duration(result.median, unit), spread(result, unit), target,
            verdict(result.median < limit)]


def family_rows(results, what, family, limit, unit):
    """One time row per instance of a family whose arguments are not fixed here."""
    found = results.family(family)
    if not found:
        return [time_row(results, what, family, limit, unit)]
    return [time_row(results, f"{what} ({r.key.partition('/')[2] or 'no arguments'})", r,
                     limit, unit) for r in found]


def memory_rows(results):
    """Resident memory with thirty athletes open, in MiB as measured, against 200 MB."""
    limit_mb = 200
    target = f"< {limit_mb} MB ({limit_mb * MB / MIB:.1f} MiB)"
    result = results.find("memoryThirtyAthletes")
    rows = []
    for counter, what in (
        ("painted_rss_mib", "memory, thirty athletes: at the first paint"),
        ("walk_rss_mib", "memory, thirty athletes: after every screen of every athlete"),
        ("peak_rss_mib", "memory, thirty athletes: peak (VmHWM) over that walk"),
    ):
        name = f"memoryThirtyAthletes {counter}"
        if result is None or not result.ran or counter not in result.counters:
            reason = not_run(result) if result is None or not result.ran else "not run: no counter"
            rows.append([what, name, reason, "-", target, "not run"])
            continue
        mib = result.counters[counter]
        cv = result.counter_cv.get(counter)
        rows.append([what, name, f"{number(mib)} MiB ({number(mib * MIB / MB)} MB)",
                     "one run" if result.repetitions <= 1 else f"CV {percent(cv)}", target,
                     verdict(mib * MIB / MB < limit_mb)])
    return rows


def database_row(datasets):
    what, name = "database size, thirty athletes, ten years", "demo-a30-w520.sqlite"
    target = "< 300 MB"
    dataset = datasets.get((30, 520))
    if dataset is None:
        return [what, name, "not run: no dataset", "-", target, "not run"]
    size = f"{number(dataset.bytes / MB)} MB ({number(dataset.bytes / MIB)} MiB)"
    return [what, name, size, "-", target, verdict(dataset.bytes < 300 * MB)]


def file_bytes(result):
    """The bytes one iteration reads, from Google Benchmark's rate (on CPU time)."""
    rate = result.counters.get("bytes_per_second")
    return rate * result.cpu if rate and result.cpu else None


def throughput(result):
    """MB/s on wall time (what the user waits for), or None."""
    size = file_bytes(result) if result and result.ran else None
    return size / result.median / MB if size else None


def throughput_row(results, what, spec):
    result = results.find(spec)
    target = "≥ 100 MB/s"
    rate = throughput(result)
    if rate is None:
        return [what, spec, not_run(result) if not (result and result.ran) else "not run: no bytes",
                "-", target, "not run"]
    return [what, spec, f"{number(rate)} MB/s", f"CV {percent(result.cv)}", target,
            verdict(rate >= 100)]


def ratio_row(results, what, peer_spec, ours_spec, limit):
    peer, ours = results.find(peer_spec), results.find(ours_spec)
    name, target = f"{peer_spec} ÷ {ours_spec}", f"≥ {limit}×"
    for result in (peer, ours):
        if result is None or not result.ran:
            return [what, name, not_run(result), "-", target, "not run"]
    ratio = peer.median / ours.median
    return [what, name, f"{ratio:.0f}× ({duration(peer.median)} / {duration(ours.median)})",
            f"CV {percent(peer.cv)} / {percent(ours.cv)}", target, verdict(ratio >= limit)]


# Time targets: (what, benchmark, limit in seconds, unit shown). A benchmark ending in
# "/*" is a family whose arguments are not fixed here: one row per instance that ran.
COACH_TIMES = (
    ("start-up to the painted window, one athlete, ten years", "startupOneAthleteTenYears",
     0.4, "ms"),
    ("start-up to the painted window, thirty athletes, ten years",
     "startupThirtyAthletesTenYears", 0.5, "ms"),
    ("switching athlete, thirty athletes, on the Log screen", "switchAthleteThirty/view:0",
     0.05, "ms"),
    ("switching athlete, thirty athletes, on the Planner screen", "switchAthleteThirty/view:1",
     0.05, "ms"),
    ("switching athlete, thirty athletes, on the Analysis screen", "switchAthleteThirty/view:3",
     0.05, "ms"),
    ("load, ACWR, fitness and fatigue series, ten years, from the store", "loadSeriesTenYears",
     0.01, "ms"),
    ("saving a logged session of 20 reps, committed", "saveSessionOf20RepsCommitted",
     0.005, "ms"),
    ("saving 20 reps into the thirty-athlete log", "saveSessionOf20RepsCoachLog/*", 0.005, "ms"),
    ("sequencing advisor, a 60-step session", "adviseSixtyStepSession", 50e-6, "us"),
    ("week rules on a 4-week plan", "weekRulesFourWeekPlan", 200e-6, "us"),
    ("week rules on a 4-week triathlon plan", "weekRulesFourWeekPlanTriathlete", 200e-6, "us"),
    ("one redraw of the analysis chart (fitness, fatigue, form), ten years",
     "analysisChartRedrawTenYears/chart:0", 0.016, "ms"),
    ("one redraw of the analysis chart (weekly load), ten years",
     "analysisChartRedrawTenYears/chart:1", 0.016, "ms"),
)
EARLIER_TIMES = (
    ("import: 1,000 one-hour runs into a fresh log", "importThousandHourRuns", 10.0, "s"),
    ("Analysis, ten years: reading the daily rows", "readDailyRowsTenYears", 0.05, "ms"),
    ("Analysis, ten years: daily and weekly figures", "loadFiguresTenYears", 0.01, "ms"),
    ("Analysis, ten years: rep samples, session CVs, three trends", "trendsTenYears", 0.2, "ms"),
    ("Analysis screen: choosing the range All time, ten years", "analysisScreenRangeAllTenYears",
     0.1, "ms"),
    ("sequencing advisor, a 30-step session (92 segments)", "adviseLongSession", 50e-6, "us"),
)
# Peers against Paceline: (what, the peer, Paceline, the least ratio).
RATIOS = (
    ("Garmin's JS SDK ÷ Paceline's reader, largest real file", "garminJsSdkInProcess/0",
     "readBigFitRecording", 20),
    ("Garmin's JS SDK ÷ Paceline's reader, synthetic 6 hours", "garminJsSdkInProcess/1",
     "readSixHourRecording", 20),
    ("gpsbabel ÷ paceline-cli inspect, largest real file (whole processes)",
     "gpsbabelToGpxWholeProcess/0", "pacelineInspectWholeProcess/0", 10),
    ("gpsbabel ÷ paceline-cli inspect, synthetic 6 hours (whole processes)",
     "gpsbabelToGpxWholeProcess/1", "pacelineInspectWholeProcess/1", 10),
)


def time_rows(results, targets):
    rows = []
    for what, spec, limit, unit in targets:
        if spec.endswith("/*"):
            rows += family_rows(results, what, spec[:-2], limit, unit)
        else:
            rows.append(time_row(results, what, spec, limit, unit))
    return rows


def coach_scale_rows(results, datasets):
    """Issue 8's targets, in its order."""
    return time_rows(results, COACH_TIMES) + memory_rows(results) + [database_row(datasets)]


def earlier_rows(results):
    """The targets of the earlier issues (decoding, import, analysis, advisor)."""
    return (
        [throughput_row(results, "FIT: reading the largest real file", "readBigFitRecording"),
         throughput_row(results, "FIT: reading a synthetic 6-hour ride", "readSixHourRecording")]
        + [ratio_row(results, *ratio) for ratio in RATIOS]
        + time_rows(results, EARLIER_TIMES)
    )


# --- the other sections ---------------------------------------------------------------

SCALE_YEARS = ((1, 52, "1 year"), (1, 104, "2 years"), (1, 260, "5 years"), (1, 520, "10 years"))
SCALE_ATHLETES = ((1, 520, "1 athlete"), (3, 520, "3 athletes"), (10, 520, "10 athletes"),
                  (30, 520, "30 athletes"))
SCALE_BENCHMARKS = (("start-up", "startupScale"), ("load series", "loadSeriesScale"))


def _median_cell(result):
    if result is None or not result.ran:
        return "not run"  # the reason is in the table of every benchmark
    return f"{duration(result.median)} (CV {percent(result.cv)})"


def _growth(results, datasets, family, first, last, what):
    small = results.find(f"{family}/athletes:{first[0]}/weeks:{first[1]}")
    large = results.find(f"{family}/athletes:{last[0]}/weeks:{last[1]}")
    if not (small and small.ran and large and large.ran):
        return None
    ratio = large.median / small.median
    data, grown = "", None
    sizes = [datasets.get(k) for k in (first[:2], last[:2])]
    if all(d and d.demo.get("logged_sessions") for d in sizes):
        grown = sizes[1].demo["logged_sessions"] / sizes[0].demo["logged_sessions"]
        data = f" ({grown:.0f}× the sessions)"
    if ratio < 1.25:
        shape = "flat"
    elif ratio < 2:
        shape = "nearly flat"
    elif grown and ratio >= grown / 2:
        shape = "it grows with the data"
    else:
        shape = "it grows, more slowly than the data"
    return f"{what}{data} cost {number(ratio)}× of {first[2]} ({shape})"


def scale_section(results, datasets):
    out = ["## Scale", "",
           "Start-up (process start to the painted window) and the load series of the first "
           "athlete, against the size of the log. The log sizes are the demo logs the "
           "benchmarks read (`paceline-cli demo ... --seed 1`, ending today).", ""]
    for title, series, over in (("Years of history, one athlete", SCALE_YEARS, "history"),
                                ("Athletes in the log, ten years each", SCALE_ATHLETES, "log")):
        rows = []
        for athletes, weeks, label in series:
            dataset = datasets.get((athletes, weeks))
            demo = dataset.demo if dataset else {}
            size = [f"{demo[k]:,}" if k in demo else "-" for k in ("logged_sessions", "reps")]
            size.append(f"{number(dataset.bytes / MB)} MB" if dataset else "-")
            medians = [_median_cell(results.find(f"{family}/athletes:{athletes}/weeks:{weeks}"))
                       for _, family in SCALE_BENCHMARKS]
            label = f"{label} ({weeks} weeks)" if over == "history" else label
            rows.append([label] + size + medians)
        header = [over, "sessions", "reps", "file"] + [name for name, _ in SCALE_BENCHMARKS]
        out += [f"### {title}", "", markdown_table(header, rows), ""]
        sentences = []
        for name, family in SCALE_BENCHMARKS:
            what = f"{series[-1][2]} of history" if over == "history" else series[-1][2]
            growth = _growth(results, datasets, family, series[0], series[-1], what)
            if growth:
                sentences.append(f"{name.capitalize()}: {growth}.")
        if sentences:
            out += [" ".join(sentences), ""]
    return out


PEER_FILES = ((0, "largest real file", "readBigFitRecording"),
              (1, "synthetic 6 hours", "readSixHourRecording"))


def peers_section(results, facts):
    peers = ("@garmin/fitsdk", "node", "gpsbabel")
    versions = ", ".join(f"{k} {facts[k]}" for k in peers if k in facts)
    out = ["## Decoding against the peers", "",
           "Two files: `big_bryton_ride_100k_records.fit` from `../shared/data` (the largest "
           "real file) and a synthetic 6-hour 1 Hz ride with heart rate and GPS positions "
           "(written with the project's own encoder; gpsbabel keeps only points with a "
           "position, so the positions make it do the same work). Garmin's FIT JavaScript "
           "SDK is timed inside node, so node's start-up is not counted "
           "(`tests/oracle/fit-time.mjs`, median of its runs), against Paceline's reader in "
           "process; gpsbabel converting to GPX is timed as a whole process, against "
           "`paceline-cli inspect --json` as a whole process. The peers run in the same "
           "run as Paceline, so the ratios hold on a busy machine too."
           + (f" Versions: {versions}." if versions else ""), ""]
    rows = []
    for arg, label, ours_name in PEER_FILES:
        sdk, ours = results.find(f"garminJsSdkInProcess/{arg}"), results.find(ours_name)
        babel, inspect = (results.find(f"{n}/{arg}") for n in ("gpsbabelToGpxWholeProcess",
                                                               "pacelineInspectWholeProcess"))
        row = [label]
        for peer, mine in ((sdk, ours), (babel, inspect)):
            row += [duration(r.median) if r and r.ran else "not run" for r in (peer, mine)]
            both = peer and peer.ran and mine and mine.ran
            row.append(f"{peer.median / mine.median:.0f}×" if both else "-")
        rows.append(row)
    header = ["file", "Garmin's JS SDK, in process", "Paceline, in process", "ratio (target 20×)",
              "gpsbabel, whole process", "`inspect`, whole process", "ratio (target 10×)"]
    out += [markdown_table(header, rows), ""]
    readers = (("the real file", "readBigFitRecording"),
               ("the synthetic one", "readSixHourRecording"),
               ("decoding the messages alone", "decodeMessagesOnly"))
    rates = [(label, throughput(results.find(name))) for label, name in readers]
    if any(rate for _, rate in rates):
        said = "; ".join(f"{label} {number(rate)} MB/s" for label, rate in rates if rate)
        out += [f"Paceline's reader, on wall time (MB = 10^6 bytes; target 100 MB/s): {said}.",
                ""]
    imported = results.find("importThousandHourRuns")
    if imported and imported.ran and "rss_MiB_after_1000" in imported.counters:
        c = imported.counters
        out += [f"The 1,000-file import keeps its memory flat: the process's resident size was "
                f"{number(c.get('rss_MiB_after_100', 0))} MiB after 100 files and "
                f"{number(c['rss_MiB_after_1000'])} MiB after 1,000.", ""]
    return out


def counters_text(result):
    parts = []
    for name, value in sorted(result.counters.items()):
        if name == "bytes_per_second":
            rate = throughput(result)
            parts.append(f"{number(rate)} MB/s" if rate else f"{number(value / MB)} MB/s (CPU)")
        else:
            whole = math.isfinite(value) and value == int(value)
            parts.append(f"{name}={value:,.0f}" if whole else f"{name}={number(value)}")
    return ", ".join(parts)


def every_benchmark_section(results):
    rows = []
    for r in results.all:
        if r.ran:
            rows.append([f"`{r.run_name}`", duration(r.median), duration(r.cpu) if r.cpu else "-",
                         percent(r.cv), str(r.repetitions), counters_text(r)])
        else:
            rows.append([f"`{r.run_name}`", not_run(r), "-", "-", str(r.repetitions), ""])
    header = ["benchmark", "median (wall)", "CPU", "CV", "repetitions", "counters (medians)"]
    return ["## Every benchmark", "", markdown_table(header, rows) if rows else "None ran.", ""]


HOW_TO_RUN = """\
## How to run

```sh
./scripts/run-benchmarks.sh          # everything, 5 repetitions; rewrites this file
./scripts/run-benchmarks.sh --quick  # 3 repetitions
./scripts/run-benchmarks.sh --benchmark_filter='startup|switch'   # a subset
./scripts/run-benchmarks.sh --help   # the options (--no-build, --no-report, --report-only)
```

The script installs what is missing, builds Release, writes the demo logs the
benchmarks read into `build/bench-data/` (`paceline-cli demo --athletes A --weeks W
--end <today> --seed 1`: 1, 2, 5 and 10 years of one athlete, 3, 10 and 30 athletes over
ten years; reused while they are from today and from the same `paceline-cli`), runs
`build/tests/bench/paceline_benchmarks` with repetitions and writes this file from
`build/bench-results.json` (`scripts/benchmark-report.py`). Run it on a quiet machine.
The notes at the end are `tests/bench/notes.md`; edit them there, not here.

The decoding comparisons need the real recordings in `../shared/data`, Garmin's SDK
(`scripts/setup-fit-oracle.sh build`, which the script runs when node and npm are
installed) and gpsbabel (`apt-get install gpsbabel`); a benchmark whose input, dataset
or peer is missing is skipped with the reason and shows as "not run" below.
"""


def machine_section(results, facts, command):
    context = results.context
    rows = [[k, v] for k, v in facts.items()]
    if "date" not in facts and context.get("date"):
        # Google Benchmark's ISO time of the run: "2026-11-27T22:04:26+00:00".
        day, _, time = context["date"].partition("T")
        rows.insert(0, ["date", f"{day} {time[:5]} (UTC{time[8:]})" if len(time) > 8 else day])
    if context.get("load_avg"):
        load = ", ".join(f"{x:.2f}" for x in context["load_avg"])
        rows.append(["load average at the start", load])
    if command:
        rows.append(["run", f"`{command}`"])
    return ["## Machine and run", "", markdown_table(["what", "value"], rows), "",
            "Times are wall-clock medians of the repetitions; the spread is the coefficient "
            "of variation and the range (or ± the standard deviation) of the repetitions.", ""]


def render(results, datasets, facts, notes, command=""):
    coach, earlier = coach_scale_rows(results, datasets), earlier_rows(results)
    out = ["# Benchmarks", "",
           "<!-- Written by scripts/run-benchmarks.sh (scripts/benchmark-report.py); the notes "
           "come from tests/bench/notes.md. Do not edit by hand. -->", "",
           "Speed targets are checked with Google Benchmark (`tests/bench/`, built with the "
           "project as `build/tests/bench/paceline_benchmarks`), never with timed unit tests.",
           "", HOW_TO_RUN]
    out += machine_section(results, facts, command)
    out += ["## Targets", "", "### Coach scale (issue 8)", "",
            markdown_table(TARGET_HEADER, coach), "",
            "Memory is measured in MiB (2^20 bytes) from /proc; the target is in MB (10^6 bytes).",
            "",
            "### Earlier targets", "", markdown_table(TARGET_HEADER, earlier), ""]
    out += scale_section(results, datasets)
    out += peers_section(results, facts)
    out += every_benchmark_section(results)
    if notes.strip():
        out += [notes.rstrip(), ""]
    # The plain-text table leaves out the benchmark names to fit a terminal.
    text = [[r[0]] + r[2:] for r in coach + earlier]
    return "\n".join(out), text_table([TARGET_HEADER[0]] + TARGET_HEADER[2:], text)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", required=True, help="Google Benchmark's JSON output")
    parser.add_argument("--data", help="the dataset directory (demo-a*-w*.sqlite and .json)")
    parser.add_argument("--notes", help="hand-written notes appended verbatim (Markdown)")
    parser.add_argument("--out", help="the Markdown file to write (default: none)")
    parser.add_argument("--fact", action="append", default=[], help="KEY=VALUE about the machine")
    parser.add_argument("--command", default="", help="the command line that ran the benchmarks")
    args = parser.parse_args(argv)
    with open(args.results, encoding="utf-8") as file:
        results = Results(json.load(file))
    facts = dict(f.split("=", 1) for f in args.fact if "=" in f)
    notes = ""
    if args.notes and os.path.exists(args.notes):
        with open(args.notes, encoding="utf-8") as file:
            notes = file.read()
    document, table = render(results, load_datasets(args.data), facts, notes, args.command)
    if args.out:
        temporary = args.out + ".tmp"
        with open(temporary, "w", encoding="utf-8") as file:
            file.write(document)
        os.replace(temporary, args.out)
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
