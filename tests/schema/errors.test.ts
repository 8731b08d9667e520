import { describe, expect, it } from 'vitest';
import { formatError, formatPath } from '../../src/schema';

describe('formatPath and formatError', () => {
  it('write JSON paths the way people read them', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['nodes', 3, 'kind'])).toBe('nodes[3].kind');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath(['nodes', 0, 'odd key'])).toBe('nodes[0]["odd key"]');
  });

  it('put position, path, message and suggestion on one line', () => {
    expect(
      formatError({
        code: 'invalid_value',
        path: ['nodes', 3, 'kind'],
        line: 12,
        column: 7,
        message: "node 'ranker' kind 'rankr' is unknown",
        suggestion: "did you mean 'ranking'?",
      }),
    ).toMatchInlineSnapshot(`"12:7 nodes[3].kind: node 'ranker' kind 'rankr' is unknown (did you mean 'ranking'?)"`);
    expect(formatError({ code: 'empty_input', path: [], message: 'the input is empty' })).toBe(
      '(root): the input is empty',
    );
  });
});
