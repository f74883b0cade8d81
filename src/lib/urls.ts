/** URL rules for cited sources and author links. */

/**
 * True for an absolute https URL with a real host name (`https://example.com/...`). Refuses http,
 * javascript:, data:, protocol-relative and host-less forms, which would be unsafe or unstable to
 * cite.
 */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/[^\s/?#]+/i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' &&
      /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(url.hostname) &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}
