import { describe, expect, test } from 'vitest';
import { describeLosses } from '../../../src/charts/describe-losses.ts';

describe('describeLosses', () => {
  test('describeLosses names stolen of attempted and what was recovered', () => {
    expect(describeLosses({ attempted: 951_000_000, stolen: 81_000_000, recovered: 15_000_000 })).toBe(
      '$81M stolen of $951M attempted, $15M recovered',
    );
  });

  test('describeLosses says "nothing stolen" only when the record says zero', () => {
    expect(describeLosses({ attempted: 1_130_000, stolen: 0, recovered: undefined })).toBe(
      '$1.13M attempted, nothing stolen',
    );
    expect(describeLosses({ attempted: 1_130_000, stolen: undefined, recovered: undefined })).toBe(
      '$1.13M attempted',
    );
  });

  test('describeLosses says "amount not recorded" when there is no figure', () => {
    expect(describeLosses({ attempted: undefined, stolen: undefined, recovered: undefined })).toBe(
      'amount not recorded',
    );
  });
});
