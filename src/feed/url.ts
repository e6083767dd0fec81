const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * Returns `value` as an absolute URL when it may become a link, otherwise `undefined`.
 * Relative URLs resolve against `base` (the feed's URL); `javascript:`, `data:` and every
 * other scheme are dropped.
 */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (!value?.trim()) return undefined;
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
