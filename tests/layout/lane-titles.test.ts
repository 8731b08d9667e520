import { describe, expect, it } from 'vitest';
import { clearLaneTitles, type LaneHalf, titleBandEnd } from '../../src/layout/lane-titles';

describe('clearLaneTitles', () => {
  const lane = { x: 100, y: 200, width: 800, height: 300 };
  const titleEnd = titleBandEnd('Signals, review, appeals', 'nearline', lane, 'right');

  it('measures the title band past the title and its stage chip', () => {
    const withoutChip = titleBandEnd('Signals, review, appeals', undefined, lane, 'right');
    expect(withoutChip).toBeGreaterThan(lane.x + 100);
    expect(titleEnd).toBeGreaterThan(withoutChip + 50);
    // Lanes side by side: the band is the top padding.
    expect(titleBandEnd('A', undefined, lane, 'down')).toBe(lane.y + 32 + 8);
  });

  it('moves a port beside the title past it when the half runs on past it anyway', () => {
    // A target half: port on the top border at x 130, down to y 260, right to its node at x 700.
    const half: LaneHalf = {
      points: [
        { x: 130, y: 200 },
        { x: 130, y: 260 },
        { x: 700, y: 260 },
      ],
      portFirst: true,
      lane,
      titleEnd,
    };
    clearLaneTitles([half], [], 'right');
    expect(half.points[0]?.x).toBeGreaterThanOrEqual(titleEnd);
    expect(half.points[1]?.x).toBe(half.points[0]?.x);
    expect(half.points[0]?.y).toBe(200);
    expect(half.points[2]).toEqual({ x: 700, y: 260 });
  });

  it('leaves a port alone when moving it would lengthen the half or cut a node', () => {
    const short: LaneHalf = {
      points: [
        { x: 130, y: 200 },
        { x: 130, y: 260 },
        { x: titleEnd - 20, y: 260 },
      ],
      portFirst: true,
      lane,
      titleEnd,
    };
    const blocked: LaneHalf = {
      points: [
        { x: 600, y: 500 },
        { x: 600, y: 240 },
        { x: 150, y: 240 },
        { x: 150, y: 200 },
      ],
      portFirst: false,
      lane,
      titleEnd,
    };
    const node = { x: titleEnd - 10, y: 210, width: 400, height: 20 };
    clearLaneTitles([short, blocked], [node], 'right');
    expect(short.points[0]).toEqual({ x: 130, y: 200 });
    expect(blocked.points[3]).toEqual({ x: 150, y: 200 });
  });
});
