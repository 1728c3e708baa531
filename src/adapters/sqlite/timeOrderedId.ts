// Record ids of the embedded store: UUIDs of version 7 (RFC 9562), whose first 48 bits are the creation
// time in milliseconds, so that ids made one after the other sort one after the other. Every table's
// primary key index, and the audit log's index of record ids, then take each new row at their right-hand
// edge: one page written per commit, where a random (version 4) id wrote a page of its own somewhere in
// the middle of the B-tree for every row (ADR 0040). The other 74 bits stay random; an id was never a
// secret (access is decided by the policy), and records carry their creation time openly anyway.
import { randomUUID } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A version-7 UUID, strictly increasing within the process: ids made in the same millisecond count up in
 * the 12 bits after the version (`rand_a`, used as a counter as RFC 9562 §6.2 allows); when those run
 * out, or the clock steps back, the time is carried on from the last id's.
 */
export function timeOrderedId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  const time = lastMs.toString(16).padStart(12, '0');
  const random = randomUUID(); // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx: the variant and the last 74 bits kept
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${counter.toString(16).padStart(3, '0')}${random.slice(18)}`;
}
