import type { Diagram } from '../schema';
import type { DiagramLayout, LayoutOptions } from './types';

/** Page → layout worker. */
export interface LayoutRequest {
  type: 'mlsd-layout';
  id: number;
  diagram: Diagram;
  options: LayoutOptions;
}

/** Layout worker → page: a layout or why there is none, or the worker saying it has started. */
export type LayoutResponse =
  | { type: 'mlsd-layout'; id: number; layout: DiagramLayout; error?: undefined }
  | { type: 'mlsd-layout'; id: number; layout?: undefined; error: string }
  | { type: 'mlsd-layout-ready' };
