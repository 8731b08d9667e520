import { EDGE_KINDS } from '../../schema/kinds';
import { EDGE_HEADS } from '../kind-style';

/**
 * The arrowheads of the five edge kinds as SVG markers, coloured by the theme's edge variables.
 * Rendered once per diagram, beside React Flow's viewport; an export copies them in (carryMarkers).
 */
export function EdgeMarkers({ prefix }: { prefix: string }) {
  return (
    <svg className="mlsd-markers" aria-hidden="true" width="0" height="0" focusable="false">
      <defs>
        {EDGE_KINDS.map((kind) => {
          const head = EDGE_HEADS[kind];
          return (
            <marker
              key={kind}
              id={`${prefix}-head-${kind}`}
              viewBox="0 0 12 12"
              refX="11"
              refY="6"
              markerWidth="12"
              markerHeight="12"
              markerUnits="userSpaceOnUse"
              orient="auto-start-reverse"
            >
              <path
                d={head.path}
                className={`mlsd-head mlsd-head-${kind}`}
                data-filled={head.filled ? 'true' : 'false'}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            </marker>
          );
        })}
      </defs>
    </svg>
  );
}
