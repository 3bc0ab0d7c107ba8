// Shared benchmark helpers: whole-process timing with a warm page cache, medians, peak RSS
// (through GNU time when it is installed), and a plain table printer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const leakgateBin = join(repoRoot, 'bin', 'leakgate.js');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Runs a command once; returns wall seconds, peak RSS in MiB (if measurable), stdout and status. */
export function runOnce(command, args, options = {}) {
  const argv = gnuTime ? [gnuTime, '-f', '__rss_kib=%M', command, ...args] : [command, ...args];
  const started = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const seconds = (performance.now() - started) / 1000;
  const rss = /__rss_kib=(\d+)/.exec(result.stderr ?? '');
  return { seconds, rssMiB: rss ? Number(rss[1]) / 1024 : undefined, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** One warm-up run, then the median of `runs` runs (by wall time). */
export function measure(command, args, { runs = 5, ...options } = {}) {
  runOnce(command, args, options);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(runOnce(command, args, options));
  samples.sort((a, b) => a.seconds - b.seconds);
  const median = samples[Math.floor(samples.length / 2)];
  return { ...median, rssMiB: Math.max(...samples.map((s) => s.rssMiB ?? 0)) || undefined, samples: samples.map((s) => s.seconds) };
}

/** Bytes and files of the text files under a folder (what a scanner can read), and the texts. */
export function collectTextFiles(root, { keepText = false } = {}) {
  const files = [];
  let bytes = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const size = statSync(path).size;
        if (size > 5 * 1024 * 1024) continue;
        const data = readFileSync(path);
        if (data.subarray(0, 8192).includes(0)) continue;
        bytes += size;
        files.push(keepText ? { path, text: data.toString('utf8') } : { path });
      }
    }
  };
  walk(root);
  return { files, bytes };
}

export const mib = (bytes) => bytes / (1024 * 1024);
export const fmt = (n, digits = 1) => (n === undefined ? '-' : n.toFixed(digits));

export function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/**
 * Runs a command and samples its whole process tree every `intervalMs`: peak RSS (VmHWM, the
 * kernel's own high-water mark, so a peak between samples is not lost) of every process, keyed
 * by its command line, plus wall time. For commands that start helpers (git, worker threads).
 */
export async function runTree(command, args, { intervalMs = 50, ...options } = {}) {
  const { spawn } = await import('node:child_process');
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d) => (stderr += d));
  const peaks = new Map();
  const sample = () => {
    for (const pid of processTree(child.pid)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        // Program names without folders, and git's `-c key=value` pairs left out, so `git cat-file` reads as such.
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        const config = (i) => argv[i] === '-c' && (argv[i + 1] ?? '').includes('=');
        const shown = argv.filter((arg, i) => !config(i) && !config(i - 1)).map((a) => a.replace(/^.*\/(?=[^/]+$)/, ''));
        if (shown.length === 0 || hwm === 0) continue;
        const name = shown.slice(0, 6).join(' ');
        const key = `${pid} ${name}`;
        peaks.set(key, Math.max(peaks.get(key) ?? 0, hwm));
      } catch {
        // The process ended between listing and reading.
      }
    }
  };
  const timer = setInterval(sample, intervalMs);
  const status = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  // Same command lines (two cat-file readers) are listed once each, by pid.
  const processes = [...peaks].map(([key, rssMiB]) => ({ command: key.slice(key.indexOf(' ') + 1), rssMiB })).sort((a, b) => b.rssMiB - a.rssMiB);
  return { seconds, status, stdout, stderr, processes };
}

function processTree(root) {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // Gone already.
    }
  }
  return pids;
}
