import type { Diagram, ParseResult } from '../schema';
import type { DiagramLayout, LayoutOptions } from './types';

/** Page → worker: lay out a validated diagram, or validate one (text or object). */
export type WorkerRequest =
  | { type: 'mlsd-layout'; id: number; diagram: Diagram; options: LayoutOptions }
  | { type: 'mlsd-parse'; id: number; input: unknown };

/** Worker → page: the answer to request `id` (or why there is none), or the worker saying it has started. */
export type WorkerResponse =
  | { type: 'mlsd-answer'; id: number; layout: DiagramLayout }
  | { type: 'mlsd-answer'; id: number; parsed: ParseResult<Diagram> }
  | { type: 'mlsd-answer'; id: number; error: string }
  | { type: 'mlsd-ready' };
