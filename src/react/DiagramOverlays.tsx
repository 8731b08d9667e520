import { Controls, MiniMap } from '@xyflow/react';
import type { DiagramLayout } from '../layout';
import type { Diagram } from '../schema';
import { FunnelBadges } from './FunnelBadges';

/** Props of DiagramOverlays. */
export interface DiagramOverlaysProps {
  diagram: Diagram;
  layout: DiagramLayout;
  /** Show a minimap in the corner. @default false */
  minimap?: boolean;
  /** Show zoom and fit buttons. @default false */
  controls?: boolean;
  /** How a node is currently shown; funnel badges follow it. */
  stateOf?: (id: string) => 'hidden' | 'dim' | undefined;
}

/** What is drawn inside `<ReactFlow>` on top of the diagram: funnel badges, optional minimap and controls. */
export function DiagramOverlays({ diagram, layout, minimap, controls, stateOf }: DiagramOverlaysProps) {
  return (
    <>
      <FunnelBadges diagram={diagram} layout={layout} stateOf={stateOf} />
      {minimap && <MiniMap className="mlsd-minimap" pannable zoomable ariaLabel={`${diagram.title}: minimap`} />}
      {controls && <Controls className="mlsd-controls" showInteractive={false} />}
    </>
  );
}
