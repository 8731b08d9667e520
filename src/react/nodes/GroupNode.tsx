import type { NodeProps } from '@xyflow/react';
import { LABEL_METRICS } from '../../layout';
import { STAGE_NAMES } from '../kind-names';
import { STAGE_ICON } from '../kind-style';
import type { GroupFlowNode } from '../to-flow';

/**
 * A group lane: a tinted box with its title in the top padding. The stage (online, offline,
 * nearline, external) sets the tint and border and is named next to the title, so the request
 * path and the pipelines behind it read apart at a glance.
 */
export function GroupNode({ data }: NodeProps<GroupFlowNode>) {
  const { group } = data;
  const m = LABEL_METRICS.group;
  const StageIcon = group.stage ? STAGE_ICON[group.stage] : undefined;
  return (
    <div
      className="mlsd-group mlsd:h-full mlsd:w-full mlsd:rounded-xl mlsd:border"
      data-stage={group.stage ?? 'none'}
      data-depth={data.box.depth}
    >
      <div
        className="mlsd-group-title mlsd:flex mlsd:items-center"
        style={{
          height: m.titleHeight,
          padding: `0 ${m.padding}px`,
          lineHeight: `${m.lineHeight}px`,
          gap: 8,
        }}
      >
        <span className="mlsd:truncate">{group.label}</span>
        {group.stage && StageIcon && (
          <span className="mlsd-stage-chip mlsd:inline-flex mlsd:shrink-0 mlsd:items-center">
            <StageIcon size={11} strokeWidth={2.25} aria-hidden="true" />
            {STAGE_NAMES[group.stage]}
          </span>
        )}
      </div>
    </div>
  );
}
