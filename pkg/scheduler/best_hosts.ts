// The best k candidates of a decision, kept while their weights are
// computed: a partial selection, since k is small (host_subset_size plus
// alternates) and candidates may be 10,000. Most candidates cost one
// compare with the weight to beat, so the pipeline can offer them from the
// loop that computes their weights instead of in a pass of its own.

export class BestHosts {
  /** Candidate indexes (into the slot list) and weights, best first; `count` are valid. */
  index = new Int32Array(0);
  weight = new Float64Array(0);
  count = 0;
  private k = 0;
  /** The weight to beat once full. */
  private worst = -Infinity;
  private slots: Int32Array = new Int32Array(0);
  private names: readonly string[] = [];

  /** Starts a selection of `k` among candidates `slots` (for their names on ties). */
  reset(k: number, slots: Int32Array, names: readonly string[]): void {
    if (this.index.length < k) {
      this.index = new Int32Array(k);
      this.weight = new Float64Array(k);
    }
    this.k = k;
    this.count = 0;
    this.worst = -Infinity;
    this.slots = slots;
    this.names = names;
  }

  /** Considers candidate `i` of weight `w`. */
  offer(i: number, w: number): void {
    if (this.count === this.k && !(w > this.worst || (w === this.worst && this.nameOf(i) < this.nameOf(this.index[this.k - 1]!)))) return;
    this.insert(i, w);
  }

  // Shifts the worse ones down; higher weight first, ties by host name (as
  // `better`), so a decision is reproducible.
  private insert(i: number, w: number): void {
    const k = this.k;
    let j = this.count < k ? this.count++ : k - 1;
    while (j > 0 && better(w, this.nameOf(i), this.weight[j - 1]!, this.nameOf(this.index[j - 1]!))) {
      this.index[j] = this.index[j - 1]!;
      this.weight[j] = this.weight[j - 1]!;
      j--;
    }
    this.index[j] = i;
    this.weight[j] = w;
    if (this.count === k) this.worst = this.weight[k - 1]!;
  }

  private nameOf(i: number): string {
    return this.names[this.slots[i]!]!;
  }
}

/** Higher weight first; ties by host name. */
export function better(w: number, host: string, ow: number, other: string): boolean {
  return w > ow || (w === ow && host < other);
}
