import { describeValue } from './describe';
import { diagramSchema } from './diagram-schema';
import type { DiagramError, ParseResult } from './errors';
import { LIMITS } from './limits';
import { semanticChecks } from './semantic-checks';
import { shapeIssuesToErrors } from './shape-issues';
import { type Locator, readSourceText } from './source-text';
import type { Diagram, DiagramInput } from './types';

/**
 * Validates a diagram given as an object, JSON text (comments and trailing commas allowed) or YAML
 * text. Never throws: returns the typed diagram, or every problem found, each with a JSON path, a
 * line and column when the input was text, a message and a suggestion where one exists.
 */
export function parseDiagram(input: unknown): ParseResult<Diagram> {
  try {
    let value = input;
    let locate: Locator | undefined;
    let tooDeep: (() => DiagramError | undefined) | undefined;
    if (typeof input === 'string') {
      const source = readSourceText(input);
      if (!source.ok) return source;
      ({ value, locate, tooDeep } = source);
    }
    // Only an invalid diagram can be too deep, so the depth check waits until there are errors;
    // it must come before locating them, which walks the syntax tree recursively.
    const reject = (errors: DiagramError[]): ParseResult<Diagram> => {
      const deep = tooDeep?.();
      if (deep) return { ok: false, errors: [deep] };
      return { ok: false, errors: capErrors(sortErrors(errors.map((e) => withPosition(e, locate)))) };
    };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return reject([
        {
          code: 'invalid_type',
          path: [],
          message: `a diagram is an object with "version", "id", "title" and "nodes", not ${describeValue(value)}`,
        },
      ]);
    }
    const shape = diagramSchema.safeParse(value, { reportInput: true });
    const errors = [...(shape.success ? [] : shapeIssuesToErrors(shape.error.issues, value)), ...semanticChecks(value)];
    if (errors.length > 0 || !shape.success) return reject(errors);
    return { ok: true, diagram: shape.data };
  } catch (cause) {
    return {
      ok: false,
      errors: [
        {
          code: 'internal_error',
          path: [],
          message: `the diagram could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
        },
      ],
    };
  }
}

/**
 * Identity helper for writing a diagram in TypeScript: completion, type errors on wrong kinds and
 * misspelt properties at any depth, and the literal types of what was written (ids, kinds).
 */
export function defineDiagram<const T extends DiagramInput>(diagram: T & NoExtraKeys<T, DiagramInput>): T {
  return diagram;
}

/** Maps every property of T that Shape does not declare to `never`, recursively, so a typo is a type error. */
type NoExtraKeys<T, Shape> = T extends readonly unknown[]
  ? { [K in keyof T]: NoExtraKeys<T[K], Shape extends readonly (infer E)[] ? E : never> }
  : T extends object
    ? { [K in keyof T]: K extends keyof Shape ? NoExtraKeys<T[K], NonNullable<Shape[K]>> : never }
    : T;

function withPosition(error: DiagramError, locate: Locator | undefined): DiagramError {
  const position = locate?.(error.path, error.code === 'unknown_property' ? 'key' : 'value');
  return position ? { ...error, ...position } : error;
}

function sortErrors(errors: DiagramError[]): DiagramError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Keeps the first LIMITS.errors problems and says how many more there were: nobody reads 50,000 lines. */
function capErrors(errors: DiagramError[]): DiagramError[] {
  if (errors.length <= LIMITS.errors) return errors;
  const rest = errors.length - LIMITS.errors;
  return [
    ...errors.slice(0, LIMITS.errors),
    {
      code: 'too_many_errors',
      path: [],
      message: `${rest.toLocaleString('en')} more problems not shown; fix the ones above first`,
    },
  ];
}
