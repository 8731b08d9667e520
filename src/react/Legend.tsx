import type { ReactNode } from 'react';
import type { Diagram } from '../schema';
import { EDGE_KINDS, type EdgeKind, NODE_KINDS, type NodeKind, STAGES, type Stage } from '../schema/kinds';
import { EDGE_KIND_NAMES, STAGE_NAMES } from './kind-names';
import { EDGE_HEADS, KIND_STYLE, STAGE_ICON } from './kind-style';

/** Props of Legend. */
export interface LegendProps {
  /** Show only the kinds, edge kinds and stages this diagram uses. @default every kind */
  diagram?: Diagram;
  /** Id of the root element, for a toggle's `aria-controls`. */
  id?: string;
  /** Extra class names for the root element. */
  className?: string;
}

/**
 * Explains the visual language: each node kind's icon and colour, each edge kind's stroke and
 * arrowhead, and the stage tints of group lanes. Scoped under `.mlsd-root` like the diagram.
 */
export function Legend({ diagram, id, className }: LegendProps) {
  const kinds: readonly NodeKind[] = diagram
    ? NODE_KINDS.filter((k) => diagram.nodes.some((n) => n.kind === k))
    : NODE_KINDS;
  const edgeKinds: readonly EdgeKind[] = diagram
    ? EDGE_KINDS.filter((k) => diagram.edges.some((e) => e.kind === k))
    : EDGE_KINDS;
  const stages: readonly Stage[] = diagram ? STAGES.filter((s) => diagram.groups.some((g) => g.stage === s)) : STAGES;
  return (
    <section id={id} className={`mlsd-legend${className ? ` ${className}` : ''}`} aria-label="Legend">
      {edgeKinds.length > 0 && (
        <LegendList title="Connections">
          {edgeKinds.map((kind) => (
            <li key={kind} className="mlsd-legend-item" data-edge-kind={kind}>
              <EdgeSample kind={kind} />
              <span>
                {EDGE_KIND_NAMES[kind].name}
                <span className="mlsd-legend-meaning"> — {EDGE_KIND_NAMES[kind].meaning}</span>
              </span>
            </li>
          ))}
        </LegendList>
      )}
      {stages.length > 0 && (
        <LegendList title="Lanes">
          {stages.map((stage) => {
            const Icon = STAGE_ICON[stage];
            return (
              <li key={stage} className="mlsd-legend-item">
                <span className="mlsd-legend-lane mlsd-group" data-stage={stage} aria-hidden="true">
                  <Icon size={11} strokeWidth={2.25} />
                </span>
                <span>{STAGE_NAMES[stage]}</span>
              </li>
            );
          })}
        </LegendList>
      )}
      <LegendList title="Components">
        {kinds.map((kind) => {
          const style = KIND_STYLE[kind];
          const Icon = style.icon;
          return (
            <li key={kind} className="mlsd-legend-item" data-kind={kind}>
              <span className="mlsd-legend-icon mlsd-node-icon" data-accent={style.accent} aria-hidden="true">
                <Icon size={13} strokeWidth={2} />
              </span>
              <span>{style.name}</span>
            </li>
          );
        })}
      </LegendList>
    </section>
  );
}

function LegendList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mlsd-legend-group">
      <p className="mlsd-legend-title">{title}</p>
      <ul className="mlsd-legend-list">{children}</ul>
    </div>
  );
}

/** A short stroke of an edge kind with its arrowhead, drawn inline (no shared marker ids). */
function EdgeSample({ kind }: { kind: EdgeKind }) {
  const head = EDGE_HEADS[kind];
  return (
    <svg className="mlsd-legend-edge" width="44" height="12" viewBox="0 0 44 12" aria-hidden="true">
      <path d="M 1 6 L 40 6" className={`mlsd-edge mlsd-edge-${kind}`} fill="none" />
      <path
        d={head.path}
        transform="translate(32 0)"
        className={`mlsd-head mlsd-head-${kind}`}
        data-filled={head.filled ? 'true' : 'false'}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
