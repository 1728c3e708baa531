// A value read from the store and kept for a stated time (ADR 0036). Callers who ask while it is being
// read share that read, so the tab's parallel requests identify a person once. `invalidate` (a write by
// this instance) drops it, and a read that was under way when the write happened is not kept: it may
// have read what the write has since changed.
export class Kept<T> {
  private value?: { at: number; data: T };
  private loading?: Promise<T>;
  private generation = 0;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
    // Wall time, not the domain clock (which tests and demos may stop): the cache ages in real time.
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(): Promise<T> {
    if (this.ttlMs <= 0) return this.load();
    const now = this.now();
    if (this.value && now - this.value.at >= 0 && now - this.value.at < this.ttlMs)
      return Promise.resolve(this.value.data);
    return this.loading ?? this.refresh();
  }

  /** Reads afresh (for what decides something) and keeps what it read for the readers after. */
  refresh(): Promise<T> {
    if (this.ttlMs <= 0) return this.load();
    const generation = this.generation;
    const at = this.now();
    const loading = this.load().then((data) => {
      if (generation === this.generation) this.value = { at, data };
      return data;
    });
    this.loading = loading;
    const done = () => {
      if (this.loading === loading) this.loading = undefined;
    };
    loading.then(done, done);
    return loading;
  }

  invalidate(): void {
    this.generation++;
    this.value = undefined;
    this.loading = undefined;
  }
}

/** Kept values by key (a person's id), each aging on its own; bounded. */
export class KeptByKey<T> {
  private readonly kept = new Map<string, Kept<T>>();

  constructor(
    private readonly load: (key: string) => Promise<T>,
    private readonly ttlMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly max = 5_000,
  ) {}

  private entry(key: string): Kept<T> {
    let entry = this.kept.get(key);
    if (!entry) {
      if (this.kept.size >= this.max) this.invalidateAll();
      entry = new Kept(() => this.load(key), this.ttlMs, this.now);
      this.kept.set(key, entry);
    }
    return entry;
  }

  get(key: string): Promise<T> {
    return this.entry(key).get();
  }

  refresh(key: string): Promise<T> {
    return this.entry(key).refresh();
  }

  /** Drops one key (a person not found is not kept: they may be created a moment later). */
  forget(key: string): void {
    this.kept.get(key)?.invalidate();
    this.kept.delete(key);
  }

  invalidateAll(): void {
    for (const entry of this.kept.values()) entry.invalidate();
    this.kept.clear();
  }
}
