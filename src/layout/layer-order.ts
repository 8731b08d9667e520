import type { Diagram } from '../schema';
import { ROOT_CONTAINER } from './edge-orientation';
import type { Box, DiagramLayout } from './types';

/** Where an item (node or group) sits in a layered drawing, within its container. */
export interface LayerSlot {
  /** The group holding the item, or "__root". */
  container: string;
  /** Index of the item's layer among its container's layers, along the flow direction. */
  layer: number;
  /** Index of the item within its layer, across the flow direction. */
  order: number;
}

/**
 * Reads layers and in-layer order back from a layered drawing. In elk's layered drawings the
 * items of one container that share a layer overlap along the flow axis and items of different
 * layers do not, so layers are the clusters of overlapping extents; order is the position
 * across the flow. Used to carry the mental map from the collapsed layout into an expanded one,
 * and by tests to check that it was kept.
 */
export function layerSlots(layout: DiagramLayout, diagram: Diagram): Map<string, LayerSlot> {
  const boxes = new Map<string, Box>();
  for (const box of [...layout.nodes, ...layout.groups]) boxes.set(box.id, box);
  const members = new Map<string, string[]>();
  const add = (container: string, id: string) => {
    if (!boxes.has(id)) return;
    const list = members.get(container);
    if (list) list.push(id);
    else members.set(container, [id]);
  };
  for (const group of diagram.groups) add(group.parent ?? ROOT_CONTAINER, group.id);
  for (const node of diagram.nodes) add(node.group ?? ROOT_CONTAINER, node.id);

  const right = layout.direction === 'right';
  const start = (b: Box) => (right ? b.x : b.y);
  const end = (b: Box) => (right ? b.x + b.width : b.y + b.height);
  const across = (b: Box) => (right ? b.y : b.x);
  const slots = new Map<string, LayerSlot>();
  for (const [container, ids] of members) {
    const sorted = [...ids].sort((a, b) => start(boxes.get(a) as Box) - start(boxes.get(b) as Box) || (a < b ? -1 : 1));
    const layers: string[][] = [];
    let layerEnd = Number.NEGATIVE_INFINITY;
    for (const id of sorted) {
      const box = boxes.get(id) as Box;
      // A rounding tolerance: touching extents are separate layers.
      if (start(box) >= layerEnd - 0.5) layers.push([]);
      (layers[layers.length - 1] as string[]).push(id);
      layerEnd = Math.max(layerEnd, end(box));
    }
    layers.forEach((layer, index) => {
      layer.sort((a, b) => across(boxes.get(a) as Box) - across(boxes.get(b) as Box) || (a < b ? -1 : 1));
      layer.forEach((id, order) => {
        slots.set(id, { container, layer: index, order });
      });
    });
  }
  return slots;
}
