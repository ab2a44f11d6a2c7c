#!/usr/bin/env node
// Decodes a FIT file with Garmin's FIT JavaScript SDK (@garmin/fitsdk, Decoder.read()
// with its default options: types as strings, scales and offsets applied, sub-fields
// expanded) and prints what Paceline's tests compare against, as JSON:
//   { file, bytes, isFIT, checkIntegrity, profileVersion, errors: [...],
//     mesgCounts: { fileIdMesgs: 1, ... }, fileId: {...} | null,
//     workoutMesgs: [...], workoutStepMesgs: [...], <more with --mesgs> }
//
// Usage:  node fit-messages.mjs FILE.fit [--mesgs lapMesgs,sessionMesgs] [--pretty]
// Exit status: 0 = decoded without errors, 2 = the SDK reported errors or the file
// failed its integrity check (the JSON is still printed), 1 = usage or I/O error.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Decoder, Stream } from "@garmin/fitsdk";

function parseArguments(argv) {
    const options = { file: null, mesgs: ["workoutMesgs", "workoutStepMesgs"], pretty: false };
    for (let i = 0; i < argv.length; ++i) {
        if (argv[i] === "--pretty") options.pretty = true;
        else if (argv[i] === "--mesgs") options.mesgs.push(...(argv[++i] ?? "").split(",").filter(Boolean));
        else options.file = argv[i];
    }
    return options;
}

// Dates as ISO-8601 UTC and 64-bit integers as numbers, so that JSON.stringify works.
function plain(key, value) {
    if (typeof value === "bigint") return Number(value);
    if (this[key] instanceof Date) return this[key].toISOString();
    return value;
}

function decode(path, mesgNames) {
    const buffer = readFileSync(path);
    const stream = Stream.fromBuffer(buffer);
    const isFIT = Decoder.isFIT(stream);
    const decoder = new Decoder(stream);
    let checkIntegrity = false;
    try { checkIntegrity = decoder.checkIntegrity(); } catch { checkIntegrity = false; }
    const { messages = {}, errors = [], profileVersion = null } = decoder.read();
    const result = {
        file: basename(path),
        bytes: buffer.length,
        isFIT,
        checkIntegrity,
        profileVersion,
        errors: errors.map((e) => String(e?.message ?? e)),
        mesgCounts: Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, v.length])),
        fileId: (messages.fileIdMesgs ?? [])[0] ?? null,
    };
    for (const name of new Set(mesgNames)) result[name] = messages[name] ?? [];
    return result;
}

const options = parseArguments(process.argv.slice(2));
if (!options.file) {
    console.error("usage: node fit-messages.mjs FILE.fit [--mesgs NAME,...] [--pretty]");
    process.exit(1);
}
let result;
try {
    result = decode(options.file, options.mesgs);
} catch (error) {
    console.error(`fit-messages: ${options.file}: ${error?.message ?? error}`);
    process.exit(1);
}
console.log(JSON.stringify(result, plain, options.pretty ? 1 : undefined));
process.exit(result.errors.length === 0 && result.checkIntegrity ? 0 : 2);
