/**
 * Records platform-specific optional packages (Biome's and Tailwind's native binaries for other
 * systems) in package-lock.json.
 *
 * The registry reachable here does not serve some of those packages, so `npm install` leaves them
 * out of the lock, and `npm ci` then refuses the lock as out of sync. Listing each one with the
 * os/cpu it targets lets `npm ci` skip it on this machine without fetching it. Run after any
 * `npm install` that rewrites the lock: `node scripts/lock-platform-deps.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc a binary package targets, read from its conventional name. */
function platformOf(name) {
  const suffix = name
    .split('/')
    .pop()
    .replace(/^(cli|oxide)-/, '');
  if (suffix.startsWith('wasm32')) return { cpu: ['wasm32'] };
  const [os, cpu, abi] = suffix.split('-');
  const platform = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
  if (abi === 'musl') platform.libc = ['musl'];
  if (abi === 'gnu') platform.libc = ['glibc'];
  return platform;
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  if (!/node_modules\/(@biomejs\/biome|@tailwindcss\/oxide)$/.test(path)) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    packages[key] = { version, optional: true, ...platformOf(name) };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock: recorded ${added} platform-specific optional packages`);
