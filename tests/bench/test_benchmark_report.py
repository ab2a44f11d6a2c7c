#!/usr/bin/python3
"""Tests of scripts/benchmark-report.py on results in Google Benchmark's JSON format.

The entries are built here in the shape paceline_benchmarks writes with
--benchmark_repetitions=3 --benchmark_report_aggregates_only=true (aggregates named
<run_name>_mean/_median/_stddev/_cv, the CV as a fraction; a skipped benchmark as one
"iteration" entry per repetition with error_occurred and error_message). No benchmark
runs: CTest runs this with the rest of the suite.
"""

import importlib.util
import json
import os
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts",
                      "benchmark-report.py")
spec = importlib.util.spec_from_file_location("benchmark_report", SCRIPT)
report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(report)


def aggregates(run_name, median, unit, cv=0.02, counters=None, repetitions=3):
    """The four aggregate entries of one benchmark, as Google Benchmark writes them."""
    entries = []
    for name, value, extra in (
        ("mean", median * 1.01, counters or {}),
        ("median", median, counters or {}),
        ("stddev", median * cv, {k: 0.0 for k in counters or {}}),
        ("cv", cv, {k: 0.0 for k in counters or {}}),
    ):
        entry = {
            "name": f"{run_name}_{name}", "family_index": 0, "per_family_instance_index": 0,
            "run_name": run_name, "run_type": "aggregate", "repetitions": repetitions,
            "threads": 1, "aggregate_name": name,
            "aggregate_unit": "percentage" if name == "cv" else "time", "iterations": 3,
            "real_time": value, "cpu_time": value * 0.9, "time_unit": unit,
        }
        entry.update(extra)
        entries.append(entry)
    return entries


def skipped(run_name, message, repetitions=3):
    return [{
        "name": run_name, "family_index": 1, "per_family_instance_index": 0,
        "run_name": run_name, "run_type": "iteration", "repetitions": repetitions,
        "repetition_index": index, "threads": 1, "error_occurred": True,
        "error_message": message, "iterations": 0, "real_time": 0.0, "cpu_time": 0.0,
        "time_unit": "ms",
    } for index in range(repetitions)]


MISSING_DATA = "no demo-a1-w520.sqlite in /nowhere: set PACELINE_BENCH_DATA"


def results_document():
    benchmarks = []
    benchmarks += aggregates("startupOneAthleteTenYears/manual_time", 312.4, "ms")
    benchmarks += aggregates("adviseSixtyStepSession", 75.3, "us", cv=0.159)
    benchmarks += skipped("loadSeriesTenYears", MISSING_DATA)
    # Units other than the target's: ns against a µs target, µs against a ms target.
    benchmarks += aggregates("weekRulesFourWeekPlan", 150_000.0, "ns")
    benchmarks += aggregates("switchAthleteThirty/view:0", 12_000.0, "us")
    benchmarks += aggregates("startupScale/athletes:1/weeks:52/manual_time", 300.0, "ms")
    benchmarks += aggregates("startupScale/athletes:1/weeks:520/manual_time", 330.0, "ms")
    benchmarks += aggregates("garminJsSdkInProcess/0/iterations:3/manual_time", 856.0, "ms")
    rate = 2.4e6 / (16.6e-3 * 0.9)  # the file's bytes over the CPU time
    benchmarks += aggregates("readBigFitRecording", 16.6, "ms",
                             counters={"bytes_per_second": rate, "records": 99998.0})
    benchmarks += aggregates("memoryThirtyAthletes/iterations:1/real_time", 900.0, "ms",
                             counters={"painted_rss_mib": 150.0, "walk_rss_mib": 180.0,
                                       "peak_rss_mib": 195.0})
    return {"context": {"date": "2026-11-27T22:04:26+00:00", "load_avg": [0.5, 0.4, 0.3]},
            "benchmarks": benchmarks}


def row(rows, what_starts):
    found = [r for r in rows if r[0].startswith(what_starts)]
    assert len(found) == 1, (what_starts, found)
    return found[0]


class TargetsTest(unittest.TestCase):
    def setUp(self):
        self.results = report.Results(results_document())
        self.rows = report.coach_scale_rows(self.results, {}) + report.earlier_rows(self.results)

    def test_met_target(self):
        r = row(self.rows, "start-up to the painted window, one athlete")
        self.assertEqual(r[2], "312 ms")
        self.assertEqual(r[4], "< 400 ms")
        self.assertEqual(r[5], "met")
        self.assertIn("CV 2.0 %", r[3])

    def test_missed_target(self):
        r = row(self.rows, "sequencing advisor, a 60-step")
        self.assertEqual((r[2], r[4], r[5]), ("75.3 µs", "< 50 µs", "MISSED"))

    def test_skipped_benchmark_shows_its_message(self):
        r = row(self.rows, "load, ACWR")
        self.assertEqual(r[2], "not run: " + MISSING_DATA)
        self.assertEqual(r[5], "not run")

    def test_missing_benchmark_is_not_run(self):
        r = row(self.rows, "start-up to the painted window, thirty athletes")
        self.assertEqual((r[2], r[5]), ("not run", "not run"))

    def test_units_are_converted(self):
        week = row(self.rows, "week rules on a 4-week plan")
        self.assertEqual((week[2], week[5]), ("150 µs", "met"))
        switch = row(self.rows, "switching athlete, thirty athletes, on the Log")
        self.assertEqual((switch[2], switch[5]), ("12.0 ms", "met"))

    def test_names_match_with_decorations_and_without_argument_names(self):
        self.assertIsNotNone(self.results.find("garminJsSdkInProcess/0"))
        self.assertIsNotNone(self.results.find("startupScale/athletes:1/weeks:52"))
        self.assertIsNotNone(self.results.find("switchAthleteThirty/0"))
        self.assertIsNone(self.results.find("switchAthleteThirty/view:1"))

    def test_memory_is_measured_in_mib_and_judged_in_mb(self):
        painted = row(self.rows, "memory, thirty athletes: at the first paint")
        self.assertEqual((painted[2], painted[5]), ("150 MiB (157 MB)", "met"))
        # 195 MiB is under 200 but 204 MB is not.
        peak = row(self.rows, "memory, thirty athletes: peak")
        self.assertEqual((peak[2], peak[5]), ("195 MiB (204 MB)", "MISSED"))

    def test_throughput_and_ratio(self):
        fit = row(self.rows, "FIT: reading the largest")
        self.assertEqual((fit[2], fit[5]), ("145 MB/s", "met"))
        ratio = row(self.rows, "Garmin's JS SDK ÷ Paceline's reader, largest")
        self.assertTrue(ratio[2].startswith("52×"), ratio[2])
        self.assertEqual(ratio[5], "met")


class DocumentTest(unittest.TestCase):
    def test_main_writes_the_document_with_datasets_and_notes(self):
        with tempfile.TemporaryDirectory() as directory:
            results = os.path.join(directory, "results.json")
            with open(results, "w", encoding="utf-8") as file:
                json.dump(results_document(), file)
            data = os.path.join(directory, "data")
            os.mkdir(data)
            for name, size, sessions in (("demo-a30-w520", 310_000_000, 92_844),
                                         ("demo-a1-w52", 438_272, 270),
                                         ("demo-a1-w520", 2_965_504, 2_705)):
                with open(os.path.join(data, name + ".sqlite"), "wb") as file:
                    file.truncate(size)  # sparse: only the size matters
                with open(os.path.join(data, name + ".json"), "w", encoding="utf-8") as file:
                    json.dump({"logged_sessions": sessions, "reps": sessions * 9}, file)
            notes = os.path.join(directory, "notes.md")
            with open(notes, "w", encoding="utf-8") as file:
                file.write("## Notes\n\nWritten by hand | verbatim.\n")
            out = os.path.join(directory, "benchmarks.md")
            saved = sys.stdout
            sys.stdout = open(os.devnull, "w", encoding="utf-8")
            try:
                status = report.main(["--results", results, "--data", data, "--notes", notes,
                                      "--out", out, "--fact", "CPU=Test CPU"])
            finally:
                sys.stdout.close()
                sys.stdout = saved
            self.assertEqual(status, 0)
            with open(out, encoding="utf-8") as file:
                document = file.read()
        self.assertIn("| CPU | Test CPU |", document)
        self.assertIn("| date | 2026-11-27 22:04 (UTC+00:00) |", document)
        self.assertIn("| database size, thirty athletes, ten years | demo-a30-w520.sqlite | "
                      "310 MB (296 MiB) | - | < 300 MB | MISSED |", document)
        self.assertIn("| 1 year (52 weeks) | 270 | 2,430 | 0.438 MB | 300 ms (CV 2.0 %) "
                      "| not run |", document)
        self.assertIn("Start-up: 10 years of history (10× the sessions) cost 1.10× of 1 year "
                      "(flat).", document)
        self.assertIn("not run: " + MISSING_DATA, document)
        self.assertTrue(document.rstrip().endswith("## Notes\n\nWritten by hand | verbatim."))


if __name__ == "__main__":
    unittest.main()
