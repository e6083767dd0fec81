const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * A plain web address that the URL parser would give back as it is, but for the `/` of an empty
 * path: lower-case scheme and host name (its last label a word, so never an IP address, and no
 * punycode), no port or user, no dot segments, and only characters no part of a URL encodes.
 */
const PLAIN_WEB_URL =
  /^(https?:\/\/(?!.*xn--)[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z][a-z\d-]*)(?!.*(?:\/\.|%2[eE]))((?:\/[\w\-.~!$&()*+,;=:@/%]*)?)((?:[?#][\w\-.~!$&()*+,;=:@/%?#]*)?)$/;

/**
 * Returns `value` as an absolute URL when it may become a link, otherwise `undefined`.
 * Relative URLs resolve against `base` (the feed's URL); `javascript:`, `data:` and every
 * other scheme are dropped.
 */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (!value?.trim()) return undefined;
  // Most of a feed's links are plain: those skip the URL parser, long work for a list of thousands.
  const plain = PLAIN_WEB_URL.exec(value.trim());
  if (plain) return `${plain[1]}${plain[2] || '/'}${plain[3]}`;
  try {
    const url = new URL(value.trim(), base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `mailto:` link for an e-mail address, or `undefined` when it does not look like one. */
export function mailtoUrl(email: string | undefined): string | undefined {
  const address = email?.trim();
  return address && /^[^\s@/?#]+@[^\s@/?#]+$/.test(address) ? `mailto:${address}` : undefined;
}

/** A `tel:` link for a phone number as people write it ("035-13 71 00", "+46 35 13 71 00"). */
export function telUrl(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/[\s\-()./]/g, '');
  return digits && /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}
