import { useEffect, useMemo, useState } from 'react';
import type { DiagramLayout } from '../layout';
import { layoutHash } from '../layout/layout-key';
import type { Diagram, DiagramError, ParseResult } from '../schema';
import { whenIdle } from './when-idle';

type Parse = (input: unknown) => ParseResult<Diagram>;

/** The validator, once loaded; from then on every diagram is validated synchronously. */
let parser: Parse | undefined;
let loading: Promise<Parse> | undefined;

/**
 * The validator (zod, the YAML and JSONC readers) arrives with a dynamic import, so a page that
 * shows a diagram with its precomputed layout can draw it before that code has even loaded.
 */
function loadParser(): Promise<Parse> {
  loading ??= import('../schema/parse-diagram').then(
    (module) => {
      parser = module.parseDiagram;
      return parser;
    },
    (cause: unknown) => {
      loading = undefined;
      throw cause;
    },
  );
  return loading;
}

/** Validation in the layout worker: the module that talks to it arrives on demand too. */
const loadOffThreadParser = () => import('../layout/layout-diagram').then((module) => module.parseDiagramOffThread);

/** Where a diagram given to PipelineDiagram stands. */
export type ParsedDiagram =
  | { status: 'ok'; diagram: Diagram }
  | { status: 'invalid'; errors: DiagramError[] }
  | { status: 'loading' };

/**
 * A diagram object that comes with a precomputed layout whose hash matches it. The layout was
 * computed from a validated diagram with this very content (`mlsd layout`, the catalog build),
 * so it can be drawn at once; validation still runs, in idle time, and replaces the drawing with
 * the error list if it fails.
 */
function trustedDiagram(input: unknown, layout: DiagramLayout | undefined): Diagram | undefined {
  if (!layout || input === null || typeof input !== 'object') return undefined;
  const candidate = input as Diagram;
  try {
    return layoutHash(candidate, candidate.direction, []) === layout.hash ? candidate : undefined;
  } catch {
    return undefined;
  }
}

const failedToLoad = (cause: unknown): ParseResult<Diagram> => ({
  ok: false,
  errors: [{ code: 'internal_error', path: [], message: `the validator could not be loaded (${String(cause)})` }],
});

/** Results by input object: remounting the same diagram (a story, a tab) does not validate it again. */
const checked = new WeakMap<object, ParseResult<Diagram>>();

function parseNow(parse: Parse, input: unknown): ParseResult<Diagram> {
  if (input === null || typeof input !== 'object') return parse(input);
  let result = checked.get(input);
  if (!result) {
    result = parse(input);
    checked.set(input, result);
  }
  return result;
}

/**
 * Validates what PipelineDiagram was given. A diagram vouched for by its precomputed layout is
 * drawn at once and validated when the page is idle; any other input is validated first, in the
 * layout worker (or right here once the validator has loaded on this thread).
 */
export function useParsedDiagram(input: unknown, layout: DiagramLayout | undefined): ParsedDiagram {
  const trusted = useMemo(() => trustedDiagram(input, layout), [input, layout]);
  const immediate = useMemo(
    () =>
      parser && (!trusted || (typeof input === 'object' && input && checked.has(input)))
        ? parseNow(parser, input)
        : undefined,
    [input, trusted],
  );
  const [late, setLate] = useState<{ input: unknown; result: ParseResult<Diagram> }>();
  const result = immediate ?? (late && late.input === input ? late.result : undefined);

  useEffect(() => {
    if (result) return;
    let cancelled = false;
    const settle = (result: ParseResult<Diagram>) => {
      if (input !== null && typeof input === 'object') checked.set(input, result);
      if (!cancelled) setLate({ input, result });
    };
    const fail = (cause: unknown) => !cancelled && setLate({ input, result: failedToLoad(cause) });
    if (trusted) {
      // Nothing waits for this validation: it runs here, in idle time, without starting the worker.
      const cancelIdle = whenIdle(() => loadParser().then((parse) => settle(parseNow(parse, input)), fail));
      return () => {
        cancelled = true;
        cancelIdle();
      };
    }
    // Everything waits for this one: the layout worker validates, so a big diagram never blocks the page.
    loadOffThreadParser()
      .then((parse) => parse(input))
      .then(settle, fail);
    return () => {
      cancelled = true;
    };
  }, [input, result, trusted]);

  if (!result) return trusted ? { status: 'ok', diagram: trusted } : { status: 'loading' };
  if (!result.ok) return { status: 'invalid', errors: result.errors };
  // Keep the object already on screen when it passed: same content, no redraw.
  return { status: 'ok', diagram: trusted ?? result.diagram };
}
