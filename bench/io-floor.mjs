// The Node floor for a tree scan: start-up, a walk on the main thread, and in worker threads the
// system calls leakgate's reader makes per file (open, fstat, read, close) and the UTF-8 decode,
// with no scanning, no ignore files and no Terraform analysis. What any scanner written for
// Node on this machine pays before it looks at one character; the scale bench reports
// leakgate's time as a multiple of it beside the ripgrep ratio.
//   node bench/io-floor.mjs [--threads N] PATH...
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
const threadsAt = args.indexOf('--threads');
const threads = threadsAt === -1 ? Math.min(availableParallelism(), 4) : Number(args.splice(threadsAt, 2)[1]);
const roots = args;
const BATCH = 64;

const reader = `
const { parentPort } = require('node:worker_threads');
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const utf8 = new TextDecoder();
parentPort.on('message', (paths) => {
  let bytes = 0;
  for (const path of paths) {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const buffer = Buffer.allocUnsafe(fstatSync(fd).size);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    if (buffer.subarray(0, 8192).indexOf(0) === -1) bytes += utf8.decode(buffer.subarray(0, read)).length;
  }
  parentPort.postMessage(bytes);
});`;

const workers = Array.from({ length: threads }, () => new Worker(reader, { eval: true }));
let files = 0;
let chars = 0;
let pending = 0;
let sent = 0;
let walked = false;
let finished;
const done = new Promise((resolveDone) => (finished = resolveDone));
for (const worker of workers) {
  worker.on('message', (n) => {
    chars += n;
    pending -= 1;
    if (walked && pending === 0) finished();
  });
}
let batch = [];
const flush = () => {
  pending += 1;
  workers[sent++ % threads].postMessage(batch);
  batch = [];
};
const walk = (dir) => {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile()) {
      files += 1;
      batch.push(path);
      if (batch.length === BATCH) flush();
    }
  }
};
for (const root of roots) walk(resolve(root));
if (batch.length > 0) flush();
walked = true;
if (pending > 0) await done;
console.log(JSON.stringify({ files, chars, threads }));
process.exit(0);
