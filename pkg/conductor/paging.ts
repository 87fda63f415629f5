// Key-ordered paging: the page token is the last key returned, opaque to clients.

export const DEFAULT_PAGE_SIZE = 1000;
export const MAX_PAGE_SIZE = 1000;

export function encodePageToken(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodePageToken(token: string): string {
  return Buffer.from(token, 'base64url').toString('utf8');
}

/** One page of `items` (already in key order) after the token's key. */
export function pageOf<T>(items: T[], key: (t: T) => string, pageSize: number, pageToken: string): { items: T[]; nextPageToken: string } {
  const size = Math.min(pageSize > 0 ? pageSize : DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const after = pageToken ? decodePageToken(pageToken) : undefined;
  const start = after === undefined ? 0 : items.findIndex((t) => key(t) > after);
  const from = start < 0 ? items.length : start;
  const page = items.slice(from, from + size);
  const more = from + size < items.length;
  return { items: page, nextPageToken: more && page.length ? encodePageToken(key(page[page.length - 1]!)) : '' };
}
