import { EdgeLabelRenderer, type NodeProps, useStore } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { STAGE_CHIP_METRICS as CHIP, LABEL_METRICS } from '../../layout/node-metrics';
import { measureText } from '../../layout/text-metrics';
import type { DiagramGroup, Stage } from '../../schema';
import { STAGE_NAMES } from '../kind-names';
import { STAGE_ICON } from '../kind-style';
import type { GroupFlowNode } from '../to-flow';

/**
 * A group lane: a tinted box with its title in the top padding. The stage (online, offline,
 * nearline, external) sets the tint and border and is named next to the title, so the request
 * path and the pipelines behind it read apart at a glance.
 */
export function GroupNode({ data }: NodeProps<GroupFlowNode>) {
  const { group, box } = data;
  const m = LABEL_METRICS.group;
  // Server rendering (and hydration) has no label layer yet: the title is drawn inside the lane
  // until React Flow's element exists, then moves above the edges.
  const labelLayer = useStore((s) => s.domNode !== null);
  const inset = m.padding - TITLE_INSET;
  const title = (
    <LaneTitle
      group={group}
      room={box.width - m.padding * 2}
      style={
        labelLayer
          ? { position: 'absolute', transform: `translate(${box.x + inset}px, ${box.y}px)` }
          : { position: 'absolute', left: inset - BORDER, top: -BORDER }
      }
      maxWidth={box.width - 2 * inset}
    />
  );
  return (
    <div
      className="mlsd-group mlsd:relative mlsd:h-full mlsd:w-full mlsd:rounded-xl mlsd:border"
      data-stage={group.stage ?? 'none'}
      data-depth={box.depth}
    >
      {/* In the label layer, above edges, a line crossing the lane's top padding passes behind
          the title rather than through the text. */}
      {labelLayer ? <EdgeLabelRenderer>{title}</EdgeLabelRenderer> : title}
    </div>
  );
}

/** A lane's title and stage chip, on a backdrop of the lane's tint. */
function LaneTitle(props: { group: DiagramGroup; room: number; maxWidth: number; style: CSSProperties }) {
  const { group } = props;
  const m = LABEL_METRICS.group;
  const StageIcon = group.stage ? STAGE_ICON[group.stage] : undefined;
  const chip = group.stage ? chipFit(group.label, group.stage, props.room) : 'none';
  return (
    <div
      className="mlsd-group-title nodrag nopan"
      data-stage={group.stage ?? 'none'}
      style={{ ...props.style, height: m.titleHeight, maxWidth: props.maxWidth }}
    >
      <span
        className="mlsd-group-title-text mlsd:flex mlsd:items-center"
        style={{ padding: `0 ${TITLE_INSET}px`, lineHeight: `${m.lineHeight}px`, gap: 8 }}
      >
        <span className="mlsd:truncate">{group.label}</span>
        {group.stage && StageIcon && chip !== 'none' && (
          <span
            className="mlsd-stage-chip mlsd:inline-flex mlsd:shrink-0 mlsd:items-center"
            title={STAGE_NAMES[group.stage]}
          >
            <StageIcon size={11} strokeWidth={2.25} aria-hidden="true" />
            {chip === 'full' ? (
              STAGE_NAMES[group.stage]
            ) : (
              <span className="mlsd-sr-only">{STAGE_NAMES[group.stage]}</span>
            )}
          </span>
        )}
      </span>
    </div>
  );
}

/** The lane's border width: the inline title is placed from inside it. */
const BORDER = 1;
/** Room the title's backdrop takes either side of its text, so lines stop short of the letters. */
const TITLE_INSET = 4;

/**
 * How much of the stage chip fits beside the title without truncating it: all of it, the icon
 * alone, or none (the lane's tint and border still tell the stage). Measured with the same font
 * metrics the layout sized the group with.
 */
function chipFit(label: string, stage: Stage, room: number): 'full' | 'icon' | 'none' {
  const title = measureText(label, LABEL_METRICS.group);
  const full = CHIP.chrome + measureText(STAGE_NAMES[stage].toUpperCase(), CHIP.font);
  if (title + CHIP.gap + full <= room) return 'full';
  if (title + CHIP.gap + CHIP.chrome - 3 <= room) return 'icon';
  return 'none';
}
