import { createContext, useContext } from 'react';
import type { EdgeKind } from '../../schema';

/**
 * Prefix of this diagram's arrowhead marker ids. Each diagram on a page defines its own markers,
 * so two diagrams with different themes never borrow each other's.
 */
export const MarkerPrefixContext = createContext('mlsd');

/** Id of the arrowhead marker for an edge kind, in the diagram being drawn. */
export function useMarkerId(kind: EdgeKind): string {
  return `${useContext(MarkerPrefixContext)}-head-${kind}`;
}

/** Turns a React `useId` value into something safe inside an SVG `url(#…)` reference. */
export function markerPrefix(reactId: string): string {
  return `mlsd${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
