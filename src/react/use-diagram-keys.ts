import { useReactFlow } from '@xyflow/react';
import { type KeyboardEvent, useCallback } from 'react';
import type { DiagramLayout } from '../layout';
import type { Diagram } from '../schema';
import { isNavKey, nextNode } from './keyboard-nav';

const NODE_SELECTOR = '.react-flow__node';
const HEAD_SELECTOR = '.mlsd-node-head';

/**
 * Keyboard handling for a diagram's nodes, delegated from the canvas: arrow keys move focus along
 * edges (Home/End to the ends of the reading order), Escape collapses the node focus is in.
 * Enter and Space need nothing here: a node's header is a native button. When focus lands on a
 * node outside the viewport, the view pans to it.
 */
export function useDiagramKeys(opts: {
  diagram: Diagram;
  layout: DiagramLayout | undefined;
  order: readonly string[];
  expanded: readonly string[];
  collapse: (id: string) => void;
}) {
  const { diagram, layout, order, expanded, collapse } = opts;
  const flow = useReactFlow();
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      const nodeEl = target.closest<HTMLElement>(NODE_SELECTOR);
      const id = nodeEl?.dataset.id;
      if (!id || !layout) return;
      if (event.key === 'Escape') {
        if (!expanded.includes(id)) return;
        event.preventDefault();
        collapse(id);
        nodeEl.querySelector<HTMLElement>(HEAD_SELECTOR)?.focus();
        return;
      }
      if (!isNavKey(event.key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Arrow keys belong to the node itself, not to links inside its open card.
      if (!target.matches(HEAD_SELECTOR)) return;
      const root = event.currentTarget;
      const headOf = (nodeId: string) =>
        root.querySelector<HTMLElement>(`${NODE_SELECTOR}[data-id="${CSS.escape(nodeId)}"] ${HEAD_SELECTOR}`);
      const next = nextNode(layout, diagram.edges, id, event.key, order, (n) => headOf(n) !== null);
      event.preventDefault();
      if (next) headOf(next)?.focus();
    },
    [diagram, layout, order, expanded, collapse],
  );
  const onFocus = useCallback(
    (event: React.FocusEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (!target.matches(HEAD_SELECTOR)) return;
      const id = target.closest<HTMLElement>(NODE_SELECTOR)?.dataset.id;
      const box = layout?.nodes.find((n) => n.id === id);
      if (!box) return;
      const viewport = event.currentTarget.getBoundingClientRect();
      const rect = target.closest(NODE_SELECTOR)?.getBoundingClientRect();
      if (!rect) return;
      const inside =
        rect.left >= viewport.left &&
        rect.top >= viewport.top &&
        rect.right <= viewport.right &&
        rect.bottom <= viewport.bottom;
      if (!inside) {
        const zoom = flow.getZoom();
        const height = Math.min(box.height, viewport.height / zoom);
        void flow.setCenter(box.x + box.width / 2, box.y + height / 2, { zoom, duration: reducedMotion() ? 0 : 200 });
      }
    },
    [layout, flow],
  );
  return { onKeyDown, onFocus };
}

/** Whether the reader asked for reduced motion. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
