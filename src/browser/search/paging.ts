/**
 * Which results of a search are on screen: a page of them at first, a page more on each "load
 * more", and, when a later bundle's answer only adds to the results on screen, those kept in
 * place. Pure state, without the DOM, so it is tested apart from the page.
 */

/** Results shown at first and per "load more": each one fetches its own fragment. */
export const PAGE_SIZE = 10;

export class ResultPages<Item extends { id: string }> {
  private query: string | null = null;
  private found: readonly Item[] = [];
  private rendered = 0;
  private shownIds: string[] = [];

  /**
   * Takes a search's answer so far. Returns whether the results on screen stay (the same query,
   * and this answer begins with them): then only what follows them is to be added.
   */
  receive(query: string, results: readonly Item[]): boolean {
    const kept = this.query === query && this.shownIds.every((id, index) => results[index]?.id === id);
    this.found = results;
    this.rendered = kept ? this.shownIds.length : 0;
    return kept;
  }

  /** The next results to show, at most `count`, counted as shown. */
  take(count = PAGE_SIZE): Item[] {
    const next = this.found.slice(this.rendered, this.rendered + count);
    this.rendered += next.length;
    return next;
  }

  /** How many more make a first page, after those kept. */
  firstPageRemainder(): number {
    return Math.max(0, PAGE_SIZE - this.rendered);
  }

  /** Records that what was taken for `query` is on screen. */
  commit(query: string): void {
    this.query = query;
    this.shownIds = this.found.slice(0, this.rendered).map((result) => result.id);
  }

  get hasMore(): boolean {
    return this.rendered < this.found.length;
  }

  get total(): number {
    return this.found.length;
  }
}
