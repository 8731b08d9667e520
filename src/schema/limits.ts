/** Upper bounds on a diagram's size: past these a file is rejected with a located error. */
export const LIMITS = {
  idLength: 80,
  label: 2_000,
  shortText: 500,
  longText: 10_000,
  listItems: 200,
  latencyMs: 3_600_000,
  nodes: 5_000,
  edges: 20_000,
  groups: 500,
  /** Deepest nesting of arrays and objects in a text input; the format itself needs about 6. */
  depth: 64,
  /** Largest text input, in characters. */
  textLength: 20_000_000,
  /** Most problems reported for one input; a final "too_many_errors" entry counts the rest. */
  errors: 1_000,
} as const;
