/**
 * Module worker entry: elk's worker script installs its message handler on `self`. Bundlers
 * emit this file as its own chunk (see `new URL('./elk-worker.ts', import.meta.url)` in
 * elk-engine.ts), so elk's code loads only inside the worker.
 */
import 'elkjs/lib/elk-worker.min.js';
