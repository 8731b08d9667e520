/** Words for "what is this value": used in messages such as "should be a list, not a string". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a string' : `the string '${value}'`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${value}`;
  if (value === undefined) return 'nothing';
  return `${typeof value === 'boolean' ? 'the boolean' : typeof value} ${String(value)}`;
}

const SINGULAR: Record<string, string> = {
  nodes: 'node',
  edges: 'edge',
  groups: 'group',
  tradeoffs: 'trade-off',
  options: 'option',
  links: 'link',
  sources: 'source',
  requirements: 'requirement',
  tags: 'tag',
  tech: 'tech entry',
  aliases: 'alias',
  pros: 'pro',
  cons: 'con',
  offline: 'offline metric',
  online: 'online metric',
};

/**
 * A readable name for the place at `path`, e.g. `node 'ranker' kind` or `edge app → rankr`.
 * Items are named by their id when they have one, so messages survive reordering.
 */
export function subjectOf(root: unknown, path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the diagram';
  const words: string[] = [];
  let current: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const part = path[i] as string | number;
    const next =
      current && typeof current === 'object' ? (current as Record<string | number, unknown>)[part] : undefined;
    const previous = path[i - 1];
    if (typeof part === 'number' && typeof previous === 'string') {
      words.pop();
      words.push(`${Object.hasOwn(SINGULAR, previous) ? SINGULAR[previous] : previous} ${itemName(next, part)}`);
    } else {
      words.push(String(part));
    }
    current = next;
  }
  return words.join(' ');
}

function itemName(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    if (typeof record.id === 'string' && record.id) return `'${record.id}'`;
    if (typeof record.from === 'string' && typeof record.to === 'string')
      return `${index} (${record.from} → ${record.to})`;
    for (const key of ['name', 'topic', 'label']) {
      if (typeof record[key] === 'string' && (record[key] as string).length <= 60) return `${index} ('${record[key]}')`;
    }
  }
  return String(index);
}
