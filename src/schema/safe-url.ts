const SAFE_URL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True for absolute http(s) and mailto URLs: the only links a diagram may carry. */
export function isSafeUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  return SAFE_URL_PROTOCOLS.has(new URL(value).protocol);
}
