/** A first-come, first-served async lock. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<R>(work: () => Promise<R>): Promise<R> {
    const result = this.tail.then(work);
    // The next holder waits for this one to finish, whether it succeeded or not.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
