/**
 * URL shorteners: a short link hides its publisher, can be re-pointed by whoever owns it, and dies
 * with the service. Sources give the publisher's own URL instead.
 */
const SHORT_LINK_HOSTS = new Set([
  'bit.ly',
  'buff.ly',
  'cutt.ly',
  'dlvr.it',
  'goo.gl',
  'is.gd',
  'lnkd.in',
  'nyti.ms',
  'ow.ly',
  'rebrand.ly',
  'reut.rs',
  'shorturl.at',
  't.co',
  't.ly',
  'tinyurl.com',
  'trib.al',
  'wapo.st',
  'on.wsj.com',
  'on.ft.com',
  'bloom.bg',
  'apne.ws',
  'amzn.to',
  'youtu.be',
]);

/** True when the URL's host is a known URL shortener. */
export function isShortLink(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return SHORT_LINK_HOSTS.has(host.replace(/^www\./, ''));
}
