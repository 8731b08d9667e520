import { subjectOf } from './describe';
import type { DiagramError } from './errors';
import { SUPPORTED_VERSIONS } from './kinds';
import { LIMITS } from './limits';
import { didYouMean } from './suggest';

type Loose = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Loose | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : undefined;
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Checks that need the whole document: references, uniqueness, nesting and choices. Runs on the raw
 * value, tolerating shape errors elsewhere, so one pass reports every problem at once.
 */
export function semanticChecks(root: unknown): DiagramError[] {
  const doc = asRecord(root);
  if (!doc) return [];
  const errors: DiagramError[] = [];
  const push = (error: DiagramError) => errors.push(error);

  checkVersion(doc, push);
  // Past the size limits the shape check has already said "too many"; cross-checking tens of
  // thousands of items would only bury that message under derived ones.
  if (
    asList(doc.nodes).length > LIMITS.nodes ||
    asList(doc.edges).length > LIMITS.edges ||
    asList(doc.groups).length > LIMITS.groups
  ) {
    return errors;
  }
  const nodes = asList(doc.nodes).map(asRecord);
  const groups = asList(doc.groups).map(asRecord);
  const nodeIdList = nodes.map((n) => asString(n?.id)).filter((id): id is string => !!id);
  const groupIdList = groups.map((g) => asString(g?.id)).filter((id): id is string => !!id);
  const nodeIds = new Set(nodeIdList);
  const groupIds = new Set(groupIdList);

  checkUniqueIds(
    root,
    [
      ...groups.map((g, i) => ({
        id: asString(g?.id),
        path: ['groups', i, 'id'] as (string | number)[],
        what: 'group',
      })),
      ...nodes.map((n, i) => ({ id: asString(n?.id), path: ['nodes', i, 'id'] as (string | number)[], what: 'node' })),
    ],
    push,
  );
  checkUniqueIds(
    root,
    asList(doc.edges).map((e, i) => ({ id: asString(asRecord(e)?.id), path: ['edges', i, 'id'], what: 'edge' })),
    push,
  );

  nodes.forEach((node, i) => {
    const group = asString(node?.group);
    if (group !== undefined && !groupIds.has(group)) {
      push({
        code: 'unknown_group',
        path: ['nodes', i, 'group'],
        message: `${subjectOf(root, ['nodes', i])}: group '${group}' is not a group id`,
        suggestion: didYouMean(group, groupIdList) ?? (groupIdList.length ? undefined : 'add it to "groups" first'),
      });
    }
  });

  groups.forEach((group, i) => {
    const parent = asString(group?.parent);
    if (parent !== undefined && !groupIds.has(parent)) {
      push({
        code: 'unknown_group',
        path: ['groups', i, 'parent'],
        message: `${subjectOf(root, ['groups', i])}: parent '${parent}' is not a group id`,
        suggestion: didYouMean(parent, groupIdList),
      });
    }
  });
  checkGroupCycles(groups, push);

  asList(doc.edges).forEach((raw, i) => {
    const edge = asRecord(raw);
    for (const end of ['from', 'to'] as const) {
      const ref = asString(edge?.[end]);
      if (ref === undefined || nodeIds.has(ref)) continue;
      const role = end === 'from' ? 'source' : 'target';
      push({
        code: 'unknown_node',
        path: ['edges', i, end],
        message: groupIds.has(ref)
          ? `${subjectOf(root, ['edges', i])}: ${role} '${ref}' is a group; edges connect nodes`
          : `${subjectOf(root, ['edges', i])}: ${role} '${ref}' is not a node id`,
        suggestion: didYouMean(ref, nodeIdList),
      });
    }
  });

  for (const [i, t] of asList(doc.tradeoffs).entries()) checkChoice(root, asRecord(t), ['tradeoffs', i], push);
  for (const [i, node] of nodes.entries()) {
    for (const [j, t] of asList(node?.tradeoffs).entries()) {
      checkChoice(root, asRecord(t), ['nodes', i, 'tradeoffs', j], push);
    }
  }
  return errors;
}

function checkVersion(doc: Loose, push: (e: DiagramError) => void): void {
  const version = doc.version;
  if (typeof version === 'number' && !(SUPPORTED_VERSIONS as readonly number[]).includes(version)) {
    push({
      code: 'unsupported_version',
      path: ['version'],
      message: `version ${version} is not supported; this release reads version ${SUPPORTED_VERSIONS.join(', ')}`,
      suggestion: version > Math.max(...SUPPORTED_VERSIONS) ? 'upgrade mlsd-diagrams to read newer files' : undefined,
    });
  }
}

function checkUniqueIds(
  root: unknown,
  entries: { id: string | undefined; path: (string | number)[]; what: string }[],
  push: (e: DiagramError) => void,
): void {
  const seen = new Map<string, { path: (string | number)[]; what: string }>();
  for (const entry of entries) {
    if (!entry.id) continue;
    const first = seen.get(entry.id);
    if (first) {
      push({
        code: 'duplicate_id',
        path: entry.path,
        message: `id '${entry.id}' is used twice: by ${first.what} ${subjectOf(root, first.path.slice(0, 2)).split(' ').slice(1).join(' ')} and again here`,
        suggestion: 'ids must be unique across nodes and groups',
      });
    } else seen.set(entry.id, entry);
  }
}

function checkGroupCycles(groups: (Loose | undefined)[], push: (e: DiagramError) => void): void {
  const parentOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  groups.forEach((g, i) => {
    const id = asString(g?.id);
    const parent = asString(g?.parent);
    if (id && !indexOf.has(id)) indexOf.set(id, i);
    if (id && parent) parentOf.set(id, parent);
  });
  const reported = new Set<string>();
  for (const start of parentOf.keys()) {
    const chain = [start];
    const onChain = new Set(chain);
    let current = parentOf.get(start);
    while (current !== undefined && !onChain.has(current)) {
      chain.push(current);
      onChain.add(current);
      current = parentOf.get(current);
    }
    if (current === undefined) continue;
    const loop = chain.slice(chain.indexOf(current));
    const key = [...loop].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    push({
      code: 'group_cycle',
      path: ['groups', indexOf.get(current) ?? 0, 'parent'],
      message: `group '${current}' ends up inside itself: ${[...loop, current].join(' → ')}`,
      suggestion: 'remove one of these "parent" links',
    });
  }
}

function checkChoice(
  root: unknown,
  tradeoff: Loose | undefined,
  path: (string | number)[],
  push: (e: DiagramError) => void,
): void {
  const choice = asString(tradeoff?.choice);
  if (choice === undefined) return;
  const names = asList(tradeoff?.options)
    .map((o) => asString(asRecord(o)?.name))
    .filter((n): n is string => n !== undefined);
  if (names.includes(choice)) return;
  push({
    code: 'invalid_choice',
    path: [...path, 'choice'],
    message: `${subjectOf(root, path)}: choice '${choice}' is not the name of one of its options`,
    suggestion:
      didYouMean(choice, names) ?? (names.length ? `options are: ${names.map((n) => `'${n}'`).join(', ')}` : undefined),
  });
}
