/// <reference types="node" />
// What a crash or an abandoned upload leaves in an upload folder is removed: leftovers when a
// handler starts, and (for tus, see tus-store.ts) expired uploads every so often while it runs.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isStoredId } from './storage.js';

/**
 * Removes what a crash can leave in an upload folder, if last written before `before` (ms since
 * the epoch): `<id>.part` temp files, data files `<id>` whose `<id>.json` is missing, and
 * `<id>.json` files whose data is missing. Only names this package makes are touched; a folder
 * that does not exist yet has nothing to remove.
 */
export async function removeLeftovers(dir: string, before: number): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const present = new Set(names);
  const leftovers = names.filter((name) => isLeftover(name, present));
  await Promise.all(
    leftovers.map(async (name) => {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && info.mtimeMs < before) await rm(path, { force: true });
    }),
  );
}

function isLeftover(name: string, present: ReadonlySet<string>): boolean {
  const id = name.replace(/\.(part|json)$/, '');
  if (!isStoredId(id)) return false;
  if (name.endsWith('.part')) return true;
  return name.endsWith('.json') ? !present.has(id) : !present.has(`${id}.json`);
}

export const HOUR = 60 * 60 * 1000;

/**
 * Runs `task` every `interval` ms (and at once with `now`), one run at a time, without keeping
 * the process alive; a run that fails is simply tried again at the next tick. Returns a
 * function that stops it.
 */
export function repeat(
  interval: number,
  task: () => Promise<unknown>,
  { now = false } = {},
): () => void {
  let running = false;
  const run = (): void => {
    if (running) return;
    running = true;
    task()
      .catch(() => undefined)
      .finally(() => (running = false));
  };
  const timer = setInterval(run, interval);
  timer.unref();
  if (now) run();
  return () => clearInterval(timer);
}
