// Collects every page of a paged List call (the SDK pages only servers).
export interface Page<T> {
  items: readonly T[];
  next: string;
}

export async function collectPages<T>(fetch: (pageToken: string) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let token = '';
  do {
    const page = await fetch(token);
    all.push(...page.items);
    token = page.next;
  } while (token);
  return all;
}
