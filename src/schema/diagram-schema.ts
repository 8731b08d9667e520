import { z } from 'zod';
import {
  EDGE_KIND_DESCRIPTIONS,
  EDGE_KINDS,
  FRAMEWORK_STEPS,
  NODE_KIND_DESCRIPTIONS,
  NODE_KINDS,
  STAGE_DESCRIPTIONS,
  STAGES,
  SUPPORTED_VERSIONS,
} from './kinds';
import { LIMITS } from './limits';
import { isSafeUrl } from './safe-url';

/** kebab-case: lower-case letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The same rule as isSafeUrl, as a JSON Schema pattern, so editors flag a bad link while typing. */
const SAFE_URL_PATTERN = '^\\s*(?:[Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)';

const id = (what: string) =>
  z
    .string()
    .max(LIMITS.idLength)
    .regex(ID_PATTERN, { error: 'kebab_case' })
    .describe(`${what} id: kebab-case (lower-case words joined by hyphens), unique in the diagram.`);

const shortText = (description: string) => z.string().max(LIMITS.shortText).describe(description);
const longText = (description: string) => z.string().max(LIMITS.longText).describe(description);
const textList = (description: string, item: string) =>
  z.array(longText(item)).max(LIMITS.listItems).describe(description);

/** An enum whose values each carry a description (VS Code shows them in completion lists). */
const describedEnum = <const T extends readonly [string, ...string[]]>(
  values: T,
  meanings: Record<T[number], string>,
  description: string,
) =>
  z.enum(values).meta({
    description,
    enumDescriptions: values.map((value: T[number]) => meanings[value]),
  });

const linkSchema = z
  .strictObject({
    label: shortText('Text shown for the link.'),
    url: z.string().max(LIMITS.shortText).refine(isSafeUrl, { error: 'unsafe_url' }).meta({
      description: 'Absolute http(s) or mailto URL. Other schemes (javascript:, data:, relative paths) are rejected.',
      pattern: SAFE_URL_PATTERN,
    }),
  })
  .describe('A link to further reading: { label, url }.');

const tradeoffOptionSchema = z
  .strictObject({
    name: shortText('Name of this option, e.g. "ANN (HNSW, ScaNN)". A trade-off\'s "choice" refers to it.'),
    pros: textList('What this option does well.', 'One advantage.').optional(),
    cons: textList('What this option costs or risks.', 'One drawback.').optional(),
  })
  .describe('One option of a trade-off: its name, pros and cons.');

const tradeoffSchema = z
  .strictObject({
    topic: shortText('The decision being made, e.g. "Exact vs approximate nearest neighbours".'),
    options: z
      .array(tradeoffOptionSchema)
      .min(2)
      .max(LIMITS.listItems)
      .describe('The alternatives weighed: at least two.'),
    choice: shortText('The option chosen: must equal the "name" of one of the options.').optional(),
    rationale: longText('Why that option was chosen for this system.').optional(),
  })
  .describe('A design decision with its options, pros and cons, the choice and why.');

const nodeSchema = z
  .strictObject({
    id: id('Node'),
    kind: describedEnum(
      NODE_KINDS,
      NODE_KIND_DESCRIPTIONS,
      'What sort of component this is; sets the icon and colour.',
    ),
    label: z.string().min(1).max(LIMITS.label).describe('Name shown on the node, e.g. "Candidate generation".'),
    group: id('Group').optional().describe('Id of the group (lane) this node belongs to.'),
    detail: shortText('One line under the label, e.g. "Two-tower + ANN".').optional(),
    tech: z
      .array(shortText('A technology name.'))
      .max(LIMITS.listItems)
      .optional()
      .describe('Technologies that commonly implement it, e.g. ["ScaNN", "FAISS"].'),
    aliases: z
      .array(shortText('Another name, e.g. "ANN service".'))
      .max(LIMITS.listItems)
      .optional()
      .describe('Other names for this component; practice mode accepts them as answers.'),
    latencyMs: z
      .number()
      .nonnegative()
      .max(LIMITS.latencyMs)
      .optional()
      .describe('Latency budget of this component on the request path, in milliseconds, e.g. 40.'),
    volume: shortText('Candidate volume at this step, e.g. "10B → 10k": draws the retrieval funnel.').optional(),
    tradeoffs: z
      .array(tradeoffSchema)
      .max(LIMITS.listItems)
      .optional()
      .describe('Design decisions for this component; shown when the node is expanded.'),
    notes: longText('Short notes; plain text, shown when the node is expanded.').optional(),
    links: z.array(linkSchema).max(LIMITS.listItems).optional().describe('Further reading on this component.'),
  })
  .describe('A component of the system.');

const edgeSchema = z
  .strictObject({
    id: id('Edge')
      .optional()
      .describe('Optional id, kebab-case; needed only to tell apart two edges between the same nodes.'),
    from: id('Source node').describe('Id of the node the edge starts at.'),
    to: id('Target node').describe('Id of the node the edge ends at.'),
    label: shortText('What flows along the edge, e.g. "user id, context".').optional(),
    kind: describedEnum(
      EDGE_KINDS,
      EDGE_KIND_DESCRIPTIONS,
      'What flows along the edge; sets its line style. request: online call path; data: data flow (default); training: feeds training; feedback: logged outcomes; async: queued or scheduled.',
    ).default('data'),
    volume: shortText('Candidate volume carried, e.g. "10k candidates".').optional(),
  })
  .describe('A connection from one node to another.');

const groupSchema = z
  .strictObject({
    id: id('Group'),
    label: shortText('Title shown on the group lane, e.g. "Online serving".'),
    stage: describedEnum(
      STAGES,
      STAGE_DESCRIPTIONS,
      'Where the group runs: online (request path), offline, nearline or external.',
    ).optional(),
    parent: id('Parent group').optional().describe('Id of the group this one sits inside; groups may nest.'),
    description: longText('What this group is for.').optional(),
  })
  .describe('A lane or box that groups nodes; groups may nest through "parent".');

const STEP_TITLES: Record<(typeof FRAMEWORK_STEPS)[number], string> = {
  requirements: '1. Clarify requirements',
  framing: '2. Frame the problem as an ML task',
  data: '3. Data preparation',
  features: '4. Feature engineering',
  model: '5. Model development and offline evaluation',
  serving: '6. Deployment and serving',
  monitoring: '7. Monitoring and infrastructure',
};

const frameworkShape = Object.fromEntries(
  FRAMEWORK_STEPS.map((step) => [
    step,
    textList(`Notes for step ${STEP_TITLES[step]}.`, 'One point, one sentence or so.').optional(),
  ]),
) as Record<(typeof FRAMEWORK_STEPS)[number], z.ZodOptional<ReturnType<typeof textList>>>;

/** The runtime schema of a diagram file (format v1); types and JSON Schema derive from it. */
export const diagramSchema = z
  .strictObject({
    $schema: z
      .string()
      .max(LIMITS.shortText)
      .optional()
      .describe('Path to diagram.schema.json, for editor completion and hover docs.'),
    version: z.literal(SUPPORTED_VERSIONS).describe(`Format version. Supported: ${SUPPORTED_VERSIONS.join(', ')}.`),
    id: id('Diagram'),
    title: shortText('Title of the diagram, e.g. "Video recommendation".'),
    summary: longText('One or two sentences on what the system does.').optional(),
    tags: z
      .array(shortText('A tag, e.g. "ranking".'))
      .max(LIMITS.listItems)
      .optional()
      .describe('Tags for browsing the catalog.'),
    direction: z
      .enum(['right', 'down'])
      .default('right')
      .describe('Main flow direction of the layout: "right" (left to right, default) or "down" (top to bottom).'),
    requirements: z
      .array(
        z
          .strictObject({
            label: shortText('What is required, e.g. "DAU" or "Latency".'),
            value: shortText('The figure, e.g. "500M" or "< 200 ms".'),
          })
          .describe('A requirement with a concrete figure.'),
      )
      .max(LIMITS.listItems)
      .optional()
      .describe('Scale and latency requirements with concrete numbers.'),
    framework: z
      .strictObject(frameworkShape)
      .optional()
      .describe('Notes for each of the 7 steps of the ML system design framework.'),
    metrics: z
      .strictObject({
        offline: textList('Offline evaluation metrics.', 'A metric, e.g. "recall@k".').optional(),
        online: textList('Online business metrics.', 'A metric, e.g. "watch time".').optional(),
      })
      .optional()
      .describe('How the system is evaluated offline and online.'),
    groups: z
      .array(groupSchema)
      .max(LIMITS.groups)
      .default([])
      .describe('Lanes and boxes that hold nodes; ids share one namespace with node ids.'),
    nodes: z.array(nodeSchema).max(LIMITS.nodes).describe('The components of the system.'),
    edges: z.array(edgeSchema).max(LIMITS.edges).default([]).describe('Connections between components.'),
    tradeoffs: z
      .array(tradeoffSchema)
      .max(LIMITS.listItems)
      .optional()
      .describe('Diagram-level trade-offs: decisions that span several components.'),
    sources: z.array(linkSchema).max(LIMITS.listItems).optional().describe('Public references the diagram draws on.'),
  })
  .describe('An ML system diagram (mlsd-diagrams format v1).');
