#!/usr/bin/env node
// Times Garmin's FIT JavaScript SDK decoding one file in-process, for Paceline's
// benchmarks: the file is read into memory once, decoded once to warm up, then decoded
// RUNS times (Decoder.read() with default options, the integrity check included as a
// reader would do it). Prints JSON:
//   { file, bytes, runs, medianMs, minMs, messages, errors }
//
// Usage:  node fit-time.mjs FILE.fit [RUNS=10]
// Exit status: 0 = timed, 2 = the SDK reported errors (still timed), 1 = usage or I/O.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import { Decoder, Stream } from "@garmin/fitsdk";

function decodeOnce(buffer) {
    const decoder = new Decoder(Stream.fromBuffer(buffer));
    decoder.checkIntegrity();
    const { messages = {}, errors = [] } = decoder.read();
    const count = Object.values(messages).reduce((sum, list) => sum + list.length, 0);
    return { count, errors };
}

const [path, runsText = "10"] = process.argv.slice(2);
const runs = Number.parseInt(runsText, 10);
if (!path || !(runs > 0)) {
    console.error("usage: node fit-time.mjs FILE.fit [RUNS]");
    process.exit(1);
}
let buffer;
try {
    buffer = readFileSync(path);
} catch (error) {
    console.error(`fit-time: ${path}: ${error?.message ?? error}`);
    process.exit(1);
}
const warmUp = decodeOnce(buffer);
const times = [];
for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    decodeOnce(buffer);
    times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const middle = Math.floor(runs / 2);
const medianMs = runs % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
console.log(JSON.stringify({
    file: basename(path),
    bytes: buffer.length,
    runs,
    medianMs,
    minMs: times[0],
    messages: warmUp.count,
    errors: warmUp.errors.map((e) => String(e?.message ?? e)),
}));
process.exit(warmUp.errors.length === 0 ? 0 : 2);
