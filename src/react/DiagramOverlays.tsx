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

/** What is drawn inside `<ReactFlow>` on top of the diagram: the optional minimap and controls. */
export function DiagramOverlays({ diagram, minimap, controls }: DiagramOverlaysProps) {
  return (
    <>
      {minimap && <MiniMap className="mlsd-minimap" pannable zoomable ariaLabel={`${diagram.title}: minimap`} />}
      {controls && <Controls className="mlsd-controls" showInteractive={false} />}
    </>
  );
}
