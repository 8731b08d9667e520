import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode, EdgeKind, NodeKind, Stage } from '../schema';
import { KIND_NAMES, STAGE_NAMES } from './kind-names';

/** One connection as seen from a component: the other end, what flows and how. */
export interface OutlineLink {
  id: string;
  label: string;
  kind: EdgeKind;
  carries?: string;
}

/** One component in the outline, with what feeds it and what it feeds. */
export interface OutlineComponent {
  id: string;
  label: string;
  kind: NodeKind;
  kindName: string;
  detail?: string;
  from: OutlineLink[];
  to: OutlineLink[];
}

/** A group in the outline: its components, then the groups nested inside it. */
export interface OutlineSection {
  id: string;
  label: string;
  stage?: Stage;
  components: OutlineComponent[];
  sections: OutlineSection[];
}

/** The diagram as a screen reader meets it: groups, components and what feeds what. */
export interface DiagramOutline {
  title: string;
  summary?: string;
  sections: OutlineSection[];
  /** Components that belong to no group. */
  ungrouped: OutlineComponent[];
}

/**
 * Builds the structured text alternative of a diagram: every group (nested as authored), every
 * component in file order with its kind and detail, and its incoming and outgoing connections.
 * Pure; the React view renders it as nested lists, `describeDiagram` as indented text.
 */
export function outlineDiagram(diagram: Diagram): DiagramOutline {
  const nodeById = new Map(diagram.nodes.map((n) => [n.id, n]));
  // Index edges by end once: filtering the edge list per node is quadratic on large diagrams.
  const incoming = new Map<string, DiagramEdge[]>();
  const outgoing = new Map<string, DiagramEdge[]>();
  for (const e of diagram.edges) {
    incoming.set(e.to, [...(incoming.get(e.to) ?? []), e]);
    outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), e]);
  }
  const component = (node: DiagramNode): OutlineComponent => ({
    id: node.id,
    label: node.label,
    kind: node.kind,
    kindName: KIND_NAMES[node.kind],
    ...(node.detail ? { detail: node.detail } : {}),
    from: (incoming.get(node.id) ?? []).map((e) => link(e, e.from, nodeById)),
    to: (outgoing.get(node.id) ?? []).map((e) => link(e, e.to, nodeById)),
  });
  const groupIds = new Set(diagram.groups.map((g) => g.id));
  const section = (group: DiagramGroup, seen: Set<string>): OutlineSection => {
    seen.add(group.id);
    return {
      id: group.id,
      label: group.label,
      ...(group.stage ? { stage: group.stage } : {}),
      components: diagram.nodes.filter((n) => n.group === group.id).map(component),
      sections: diagram.groups.filter((g) => g.parent === group.id && !seen.has(g.id)).map((g) => section(g, seen)),
    };
  };
  const seen = new Set<string>();
  return {
    title: diagram.title,
    ...(diagram.summary ? { summary: diagram.summary } : {}),
    sections: diagram.groups.filter((g) => !g.parent || !groupIds.has(g.parent)).map((g) => section(g, seen)),
    ungrouped: diagram.nodes.filter((n) => !n.group || !groupIds.has(n.group)).map(component),
  };
}

function link(edge: DiagramEdge, otherId: string, nodeById: Map<string, DiagramNode>): OutlineLink {
  return {
    id: otherId,
    label: nodeById.get(otherId)?.label ?? otherId,
    kind: edge.kind,
    ...(edge.label ? { carries: edge.label } : {}),
  };
}

/** One line naming a component, its kind and detail, e.g. "Ranker (Ranking): multi-task DNN". */
export function componentSentence(c: OutlineComponent): string {
  return `${c.label} (${c.kindName})${c.detail ? `: ${c.detail}` : ''}`;
}

/** "Receives …" / "Feeds …" phrase for one direction of a component's connections. */
export function linksSentence(verb: 'Receives from' | 'Feeds', links: readonly OutlineLink[]): string {
  const parts = links.map((l) => `${l.label}${l.carries ? ` (${l.carries}, ${l.kind})` : ` (${l.kind})`}`);
  return `${verb} ${parts.join('; ')}.`;
}

/** Title of a section, with its stage when the group declares one. */
export function sectionTitle(s: OutlineSection): string {
  return s.stage ? `${s.label} (${STAGE_NAMES[s.stage].toLowerCase()})` : s.label;
}

/**
 * The diagram as an indented plain-text outline: its title and summary, each group with its
 * components, and for each component what feeds it and what it feeds. This is the text
 * alternative the interactive view gives screen readers; it also suits alt text and search.
 */
export function describeDiagram(diagram: Diagram): string {
  const outline = outlineDiagram(diagram);
  const lines: string[] = [outline.summary ? `${outline.title}: ${outline.summary}` : outline.title];
  const writeComponent = (c: OutlineComponent, indent: string) => {
    lines.push(`${indent}- ${componentSentence(c)}`);
    if (c.from.length) lines.push(`${indent}  ${linksSentence('Receives from', c.from)}`);
    if (c.to.length) lines.push(`${indent}  ${linksSentence('Feeds', c.to)}`);
  };
  const writeSection = (s: OutlineSection, indent: string) => {
    lines.push(`${indent}${sectionTitle(s)}:`);
    for (const c of s.components) writeComponent(c, `${indent}  `);
    for (const child of s.sections) writeSection(child, `${indent}  `);
  };
  for (const s of outline.sections) writeSection(s, '');
  if (outline.ungrouped.length) {
    lines.push(outline.sections.length ? 'Other components:' : 'Components:');
    for (const c of outline.ungrouped) writeComponent(c, '  ');
  }
  return lines.join('\n');
}
