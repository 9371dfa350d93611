/**
 * URL attributes accept `https:` (and, where a phone number is wanted, `tel:`) only. Anything
 * else, `javascript:` above all, is refused. Returns the normalised URL or undefined.
 */
export function safeUrl(value: string | null | undefined, allowed: readonly ('https:' | 'tel:')[]): string | undefined {
  if (value == null) return undefined;
  try {
    const url = new URL(value.trim());
    return (allowed as readonly string[]).includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
