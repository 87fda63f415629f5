// What every manager's `list` returns: a lazy listing that follows
// next_page_token. Iterate it (`for await (const f of kumo.flavors.list())`,
// one page fetched at a time, as the loop needs it), or await it for every
// item in an array (`const all = await kumo.flavors.list()`), or walk the
// pages themselves (`listing.pages()`). Nothing is fetched until then; each
// iteration or await lists again from the first page.

/** One page of a list RPC: its items and the token of the next page ("" on the last). */
export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

/** Fetches the page at `pageToken` ("" for the first). */
export type PageFetcher<T> = (pageToken: string) => Promise<Page<T>>;

export class Listing<T> implements AsyncIterable<T>, PromiseLike<T[]> {
  private constructor(private readonly source: () => AsyncIterable<T[]>) {}

  /** A listing over a paged RPC. */
  static paged<T>(fetch: PageFetcher<T>): Listing<T> {
    return new Listing(async function* () {
      let token = '';
      const seen = new Set<string>();
      do {
        const page = await fetch(token);
        yield page.items;
        if (page.nextPageToken && seen.has(page.nextPageToken)) throw new Error(`the API answered page token ${page.nextPageToken} twice; stopping the listing`);
        seen.add(page.nextPageToken);
        token = page.nextPageToken;
      } while (token);
    });
  }

  /** A listing over an RPC that answers everything at once (one page). */
  static single<T>(fetch: () => Promise<T[]>): Listing<T> {
    return new Listing(async function* () {
      yield await fetch();
    });
  }

  /** A listing over any source of pages (decorators build their listings with it). */
  static fromPages<T>(pages: () => AsyncIterable<T[]>): Listing<T> {
    return new Listing(pages);
  }

  /** Page by page, as the API answers them. */
  async *pages(): AsyncGenerator<T[], void, undefined> {
    yield* this.source();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.source()) yield* page;
  }

  /** Every item of every page. */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    for await (const page of this.source()) all.push(...page);
    return all;
  }

  /** `await listing`: every item of every page. */
  then<A = T[], B = never>(onfulfilled?: ((value: T[]) => A | PromiseLike<A>) | null, onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.toArray().then(onfulfilled, onrejected);
  }
}
