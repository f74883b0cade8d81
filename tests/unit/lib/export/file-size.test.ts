import { expect, test } from 'vitest';
import { formatFileSize } from '../../../../src/lib/export/file-size.ts';

test('formatFileSize uses SI units with three significant digits', () => {
  expect(formatFileSize(950)).toBe('950 B');
  expect(formatFileSize(84_210)).toBe('84.2 kB');
  expect(formatFileSize(176_693)).toBe('177 kB');
  expect(formatFileSize(1_234_567)).toBe('1.23 MB');
});
