import { describe, expect, it } from 'vitest';
import { findNodes } from '../../src/react/find-nodes';
import { serving } from './fixture';

const ids = (query: string) => findNodes(serving, query).map((m) => m.id);

describe('findNodes', () => {
  it('ranks a label prefix first', () => {
    expect(ids('rank')[0]).toBe('ranker');
  });
  it('matches word prefixes, ids and aliases', () => {
    expect(ids('store')).toEqual(['features']);
    expect(ids('ann')[0]).toBe('retrieval');
    expect(findNodes(serving, 'ann')[0]?.matched).toBe('ANN');
  });
  it('matches letters in order and tolerates a typo', () => {
    expect(ids('cndret')[0]).toBe('retrieval');
    expect(ids('trainnig')).toContain('training');
  });
  it('returns nothing for an empty or unrelated query', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });
});
