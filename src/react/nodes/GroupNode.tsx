import type { NodeProps } from '@xyflow/react';
import { LABEL_METRICS } from '../../layout';
import type { GroupFlowNode } from '../to-flow';

/** A group lane: a tinted box with its title in the top padding. */
export function GroupNode({ data }: NodeProps<GroupFlowNode>) {
  const { group } = data;
  const m = LABEL_METRICS.group;
  return (
    <section
      className="mlsd-group mlsd:h-full mlsd:w-full mlsd:rounded-xl mlsd:border"
      data-stage={group.stage ?? 'none'}
      aria-label={group.label}
    >
      <div
        className="mlsd-group-title"
        style={{ padding: `${(m.titleHeight - m.lineHeight) / 2}px ${m.padding}px`, lineHeight: `${m.lineHeight}px` }}
      >
        {group.label}
      </div>
    </section>
  );
}
