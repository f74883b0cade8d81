import { expect, test } from 'vitest';
import { isHttpsUrl } from '../../../src/lib/urls.ts';

test('isHttpsUrl accepts absolute https URLs with a real host', () => {
  expect(isHttpsUrl('https://www.reuters.com/article/x')).toBe(true);
  expect(isHttpsUrl('https://nyti.ms/2FRNDPD')).toBe(true);
});

test('isHttpsUrl refuses http, script, data, relative and malformed URLs', () => {
  for (const url of [
    'http://www.reuters.com/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//example.com/',
    '/incidents/',
    'https://localhost/',
    'https://user:pw@example.com/',
    'https://exa mple.com/',
    'HTTPS:javascript:alert(1)',
  ]) {
    expect(isHttpsUrl(url), url).toBe(false);
  }
});
