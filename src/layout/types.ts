/** A point in layout coordinates: px, origin top-left of the diagram. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box in layout coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node's box, with the wrapped text lines the views draw so their text fits exactly. */
export interface LayoutNode extends Box {
  id: string;
  /** Whether this node was laid out as an expanded trade-off card. */
  expanded: boolean;
  labelLines: string[];
  detailLines: string[];
}

/** A group's box; its title sits in the top padding. */
export interface LayoutGroup extends Box {
  id: string;
  depth: number;
}

/** An edge as a polyline from the border of its source to the border of its target. */
export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  points: Point[];
  label?: Box & { lines: string[] };
}

/** Where everything goes: plain JSON, absolute px coordinates, origin top-left. */
export interface DiagramLayout {
  version: 1;
  /** Hash of the layout-relevant diagram content and options; detects a stale precomputed layout. */
  hash: string;
  direction: 'right' | 'down';
  width: number;
  height: number;
  nodes: LayoutNode[];
  groups: LayoutGroup[];
  edges: LayoutEdge[];
  /** Problems that did not stop the layout, e.g. a fallback after elk failed. */
  warnings: string[];
}

/** Options for layoutDiagram. */
export interface LayoutOptions {
  /** Ids of nodes drawn as expanded trade-off cards. */
  expanded?: readonly string[];
  /** Overrides the diagram's own direction. */
  direction?: 'right' | 'down';
  /**
   * The collapsed layout of this diagram, if the caller has it (e.g. precomputed): an expanded
   * layout keeps its layers and order. Ignored unless its hash matches; computed otherwise.
   */
  base?: DiagramLayout;
  /** How long elk may run before the fallback layout is used, in ms. @default 20000 */
  timeLimitMs?: number;
}
