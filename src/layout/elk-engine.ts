import type { ELK } from 'elkjs/lib/elk-api';

let engine: Promise<ELK> | undefined;

/**
 * The shared elk instance, loaded on first use with a dynamic import so that a page given a
 * precomputed layout never downloads elkjs.
 */
export function loadElk(): Promise<ELK> {
  engine ??= import('elkjs/lib/elk.bundled.js').then((module) => {
    const Elk = (module.default ?? module) as unknown as new () => ELK;
    return new Elk();
  });
  return engine;
}
