import { z } from 'zod';
import { diagramSchema } from './diagram-schema';

/**
 * The JSON Schema (draft-07, the draft editors support fully) of the diagram format, generated from the runtime schema so the
 * two can never disagree. Describes what an author writes (fields with defaults are optional).
 * `npm run schema` writes it to diagrams/diagram.schema.json.
 */
export function diagramJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(diagramSchema, {
    target: 'draft-7',
    io: 'input',
    reused: 'inline',
    unrepresentable: 'throw',
  });
  const { $schema, ...rest } = generated;
  return { $schema, title: 'mlsd-diagrams diagram (format v1)', ...rest };
}

/** The JSON Schema as the text of the committed file: two-space JSON with a final newline. */
export function diagramJsonSchemaText(): string {
  return `${JSON.stringify(diagramJsonSchema(), null, 2)}\n`;
}
