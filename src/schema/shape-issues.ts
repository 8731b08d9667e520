import type { z } from 'zod';
import { describeValue, subjectOf } from './describe';
import { diagramSchema } from './diagram-schema';
import type { DiagramError } from './errors';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Turns zod's issues into DiagramErrors with our wording and suggestions. */
export function shapeIssuesToErrors(issues: readonly Issue[], root: unknown): DiagramError[] {
  const errors: DiagramError[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const subject = subjectOf(root, path);
    switch (issue.code) {
      case 'invalid_type': {
        if (issue.input === undefined) {
          errors.push(missingField(root, path));
        } else {
          errors.push({
            code: 'invalid_type',
            path,
            message: `${subject} should be ${article(issue.expected)}, not ${describeValue(issue.input)}`,
          });
        }
        break;
      }
      case 'unrecognized_keys': {
        const known = knownKeysAt(path);
        for (const key of issue.keys) {
          errors.push({
            code: 'unknown_property',
            path: [...path, key],
            message: `${subjectOf(root, path)} has an unknown property '${key}'`,
            suggestion: didYouMean(key, known) ?? (known.length ? `known properties: ${known.join(', ')}` : undefined),
          });
        }
        break;
      }
      case 'invalid_value': {
        if (issue.input === undefined) {
          errors.push(missingField(root, path));
          break;
        }
        if (path.length === 1 && path[0] === 'version') {
          // A numeric version is reported by the semantic check, which names the supported ones.
          if (typeof issue.input !== 'number') {
            errors.push({
              code: 'invalid_type',
              path,
              message: `version should be a number, not ${describeValue(issue.input)}`,
            });
          }
          break;
        }
        const allowed = issue.values.map(String);
        const given = typeof issue.input === 'string' ? issue.input : describeValue(issue.input);
        const suggestion = didYouMean(given, allowed);
        // With a likely fix at hand, listing all 25 node kinds only hides it.
        errors.push({
          code: 'invalid_value',
          path,
          message: suggestion
            ? `${subject} '${given}' is unknown`
            : `${subject} '${given}' is not one of: ${allowed.join(', ')}`,
          suggestion,
        });
        break;
      }
      case 'invalid_format': {
        const given = String(issue.input);
        errors.push({
          code: 'invalid_id',
          path,
          message: `${subject} '${given}' is not kebab-case (lower-case words joined by hyphens)`,
          suggestion: kebabSuggestion(given),
        });
        break;
      }
      case 'too_big':
        errors.push(
          issue.origin === 'string'
            ? {
                code: 'too_long',
                path,
                message: `${subject} is ${lengthOf(issue.input)} characters long; the limit is ${fmt(issue.maximum)}`,
              }
            : issue.origin === 'array'
              ? {
                  code: 'too_many',
                  path,
                  message: `${subject} has ${lengthOf(issue.input)} items; the limit is ${fmt(issue.maximum)}`,
                }
              : {
                  code: 'invalid_value',
                  path,
                  message: `${subject} is ${String(issue.input)}; the largest allowed is ${fmt(issue.maximum)}`,
                },
        );
        break;
      case 'too_small':
        errors.push(
          issue.origin === 'string'
            ? { code: 'too_short', path, message: `${subject} must not be empty` }
            : issue.origin === 'array'
              ? { code: 'too_few', path, message: `${subject} needs at least ${fmt(issue.minimum)} items` }
              : { code: 'invalid_value', path, message: `${subject} must be at least ${fmt(issue.minimum)}` },
        );
        break;
      case 'custom':
        errors.push({
          code: 'invalid_url',
          path,
          message: `${subject} '${String(issue.input)}' is not an absolute http(s) or mailto URL`,
          suggestion: urlSuggestion(String(issue.input)),
        });
        break;
      default:
        errors.push({ code: 'invalid_value', path, message: `${subject}: ${issue.message}` });
    }
  }
  return errors;
}

function article(expected: string): string {
  const word = expected === 'array' ? 'a list' : expected === 'object' ? 'an object' : `a ${expected}`;
  return word;
}

function lengthOf(input: unknown): string {
  const length = typeof input === 'string' || Array.isArray(input) ? input.length : 0;
  return fmt(length);
}

function fmt(n: number | bigint): string {
  return Number(n).toLocaleString('en');
}

function kebabSuggestion(given: string): string | undefined {
  const kebab = given
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return kebab && kebab !== given ? `use '${kebab}'` : undefined;
}

type AnySchema = z.core.$ZodType;

/** The property names the schema allows for the object at `path`. */
function knownKeysAt(path: readonly (string | number)[]): string[] {
  let schema: AnySchema | undefined = diagramSchema;
  for (const part of path) {
    schema = unwrap(schema);
    const def = schema?._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def?.type === 'object' && typeof part === 'string') schema = def.shape?.[part];
    else if (def?.type === 'array') schema = def.element;
    else return [];
  }
  const def = unwrap(schema)?._zod.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (;;) {
    const def = current?._zod.def as { type: string; innerType?: AnySchema } | undefined;
    if (def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      current = def.innerType;
    } else return current;
  }
}

/** "node 0 is missing 'kind'": names the object that lacks the field, since the field has no text yet. */
function missingField(root: unknown, path: (string | number)[]): DiagramError {
  const owner = subjectOf(root, path.slice(0, -1));
  return { code: 'missing_field', path, message: `${owner} is missing '${String(path[path.length - 1])}'` };
}

/** "www.example.com" most likely means https://www.example.com; anything else gets the rule. */
function urlSuggestion(given: string): string {
  const bare = given.trim();
  if (/^[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/.test(bare)) return `use 'https://${bare}'`;
  return 'links may only use http:, https: or mailto:';
}
