import type { z } from 'zod';
import type { diagramSchema } from './diagram-schema';

/** A validated diagram: what every later layer receives. Defaults are filled in. */
export type Diagram = z.output<typeof diagramSchema>;
/** What an author writes: the diagram before defaults are applied. */
export type DiagramInput = z.input<typeof diagramSchema>;
/** A component of the system. */
export type DiagramNode = Diagram['nodes'][number];
/** A connection between two components. */
export type DiagramEdge = Diagram['edges'][number];
/** A lane or box grouping components. */
export type DiagramGroup = Diagram['groups'][number];
/** A design decision with options, pros and cons. */
export type Tradeoff = NonNullable<DiagramNode['tradeoffs']>[number];
/** A link to further reading. */
export type DiagramLink = NonNullable<DiagramNode['links']>[number];
