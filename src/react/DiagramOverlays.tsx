import { Controls, MiniMap } from '@xyflow/react';
import type { Diagram } from '../schema';

/** Props of DiagramOverlays. */
export interface DiagramOverlaysProps {
  diagram: Diagram;
  /** Show a minimap in the corner. @default false */
  minimap?: boolean;
  /** Show zoom and fit buttons. @default false */
  controls?: boolean;
}

/** Lanes stay faint in the minimap so the components inside them stand out. */
const minimapClass = (node: { type?: string }) => (node.type === 'group' ? 'mlsd-minimap-lane' : 'mlsd-minimap-node');

/** What is drawn inside `<ReactFlow>` on top of the diagram: the optional minimap and controls. */
export function DiagramOverlays({ diagram, minimap, controls }: DiagramOverlaysProps) {
  return (
    <>
      {minimap && (
        <MiniMap
          className="mlsd-minimap"
          nodeClassName={minimapClass}
          pannable
          zoomable
          ariaLabel={`${diagram.title}: minimap`}
        />
      )}
      {controls && <Controls className="mlsd-controls" showInteractive={false} />}
    </>
  );
}
