'use client';
import { useEffect } from 'react';
import type { DiagramLayout } from '../layout';
import type { Diagram } from '../schema';
import { canvasStyle, DiagramCanvas } from './DiagramCanvas';
import { DiagramErrorBoundary } from './DiagramErrorBoundary';
import { ErrorList } from './ErrorList';
import { preloadDiagramFonts } from './preload-fonts';
import { preloadLayoutEngine } from './use-diagram-layout';
import { useParsedDiagram } from './use-parsed-diagram';

/** Props of PipelineDiagram. */
export interface PipelineDiagramProps {
  /**
   * The diagram: a validated `Diagram`, a plain object, or JSON/YAML text. It is validated with
   * `parseDiagram`; problems are listed in place of the diagram.
   */
  diagram: Diagram | unknown;
  /** A layout computed ahead of time (`mlsd layout`); skips elk while its hash matches. */
  layout?: DiagramLayout;
  /** Colour theme. @default 'light' */
  theme?: 'light' | 'dark' | 'auto';
  /** Ids of expanded nodes (controlled). */
  expanded?: string[];
  /** Ids of nodes expanded at first (uncontrolled). @default [] */
  defaultExpanded?: string[];
  /** Called with the new list when a node is expanded or collapsed. */
  onExpandedChange?: (expanded: string[]) => void;
  /** Overrides the diagram's flow direction. */
  direction?: 'right' | 'down';
  /** Viewing or practising. @default 'view' */
  mode?: 'view' | 'practice';
  /** Height of the diagram in px or any CSS length; by default it follows the diagram's aspect ratio. */
  height?: number | string;
  /** Extra class names for the root element. */
  className?: string;
  /** Show a minimap in the corner. @default false */
  minimap?: boolean;
  /** Show zoom and fit buttons. @default false */
  controls?: boolean;
  /** Show the legend (node kinds, edge kinds, lanes) below the diagram at first. @default false */
  legend?: boolean;
}

/**
 * An interactive, automatically laid out ML system diagram. Click, Enter or Space on a node
 * expands it into its trade-off notes; invalid input shows located errors instead of throwing.
 */
export function PipelineDiagram(props: PipelineDiagramProps) {
  preloadDiagramFonts();
  const parsed = useParsedDiagram(props.diagram, props.layout);
  const theme = props.theme ?? 'light';
  const needsLayout = !props.layout;
  useEffect(() => {
    if (needsLayout) preloadLayoutEngine();
  }, [needsLayout]);
  return (
    <div
      className={`mlsd-root mlsd:relative mlsd:w-full${props.className ? ` ${props.className}` : ''}`}
      data-theme={theme}
    >
      <DiagramErrorBoundary resetKey={props.diagram}>
        {parsed.status === 'ok' ? (
          <DiagramCanvas {...props} diagram={parsed.diagram} />
        ) : parsed.status === 'invalid' ? (
          <ErrorList errors={parsed.errors} />
        ) : (
          <div className="mlsd-canvas mlsd:w-full" style={canvasStyle(props.height, undefined)} aria-busy>
            <div className="mlsd-loading">Loading the diagram…</div>
          </div>
        )}
      </DiagramErrorBoundary>
    </div>
  );
}
