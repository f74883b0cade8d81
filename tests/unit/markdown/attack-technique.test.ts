import { describe, expect, test } from 'vitest';
import { findAttackTechniques, getAttackTechniqueUrl } from '../../../src/markdown/attack-technique.ts';

const ids = (text: string) => findAttackTechniques(text).map((match) => match.id);

describe('ATT&CK technique ids', () => {
  test('getAttackTechniqueUrl maps a sub-technique to its nested page', () => {
    expect(getAttackTechniqueUrl('T1566.001')).toBe('https://attack.mitre.org/techniques/T1566/001/');
    expect(getAttackTechniqueUrl('T1566')).toBe('https://attack.mitre.org/techniques/T1566/');
  });

  test('findAttackTechniques finds techniques and sub-techniques with their offsets', () => {
    expect(findAttackTechniques('Used T1566.001, then T1078.')).toEqual([
      { id: 'T1566.001', index: 5 },
      { id: 'T1078', index: 21 },
    ]);
  });

  test('findAttackTechniques accepts ids next to punctuation and at the ends of the text', () => {
    expect(ids('T1566')).toEqual(['T1566']);
    expect(ids('(T1566.001)')).toEqual(['T1566.001']);
    expect(ids('T1566, T1190; T1078: “T1105”.')).toEqual(['T1566', 'T1190', 'T1078', 'T1105']);
  });

  test('findAttackTechniques leaves malformed ids and ids inside words, numbers or paths alone', () => {
    for (const text of [
      'T15',
      'T156',
      'T1566.1',
      'T1566.01',
      'T1566.0011',
      'T15660',
      'XT1566',
      'T1566x',
      'aT1566.001',
      '/techniques/T1566/',
      'T1566-b',
      'v2.T1566',
      't1566',
    ]) {
      expect(ids(text), text).toEqual([]);
    }
  });
});
