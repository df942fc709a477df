import type { ExecProtocolOptionsStream, PGlite } from '@electric-sql/pglite';

const READY_FOR_QUERY = 0x5a; // 'Z'
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]); // 'S', length 4
const TERMINATE = 0x58; // 'X'
// Messages besides Sync that PostgreSQL answers with ReadyForQuery, after which the session is free: the
// startup packet (no type byte: its length's first byte, 0), a simple Query, a FunctionCall, and CopyDone or
// CopyFail ending a simple query's COPY.
const endsOnReady = new Set([0, 0x51, 0x46, 0x63, 0x66]);

/**
 * The embedded database as pglite-socket should see it, so that clients get the answers they asked for.
 *
 * Two faults of PGlite behind pglite-socket, both seen as a query answered with no rows or with another
 * query's rows:
 * - After an error inside an extended-protocol batch (Parse, Bind, Execute … Sync) PGlite says
 *   ReadyForQuery at once, and again at the batch's Sync. postgres.js pipelines its queries on a connection
 *   and took the first as the end of the next query, so every later answer on that connection was shifted
 *   by one. PostgreSQL says ReadyForQuery only for Sync, a simple query, the startup or a function call;
 *   this view drops any other.
 * - pglite-socket queues every wire message of every client on its own (electric-sql/pglite#1046), so two
 *   clients' batches interleave: one's Bind runs the other's unnamed statement, and after an error the
 *   backend skips the other's messages until a Sync. Its queue keeps to one client while
 *   `isInTransaction()` is true; this view also answers true while a client's batch is open (from its first
 *   message until its Sync, or a simple query or the end of a COPY answered with ReadyForQuery).
 */
export function oneBatchAtATime(db: PGlite): PGlite {
  let midBatch = false;
  const view = {
    isInTransaction: () => midBatch || db.isInTransaction(),
    execProtocolRawStream: async (message: Uint8Array, options: ExecProtocolOptionsStream) => {
      const type = message[0] ?? 0;
      const ownsReady = type === SYNC[0] || endsOnReady.has(type);
      const answer = answerReader(!ownsReady);
      try {
        return await db.execProtocolRawStream(message, {
          ...options,
          onRawData: (data: Uint8Array) => {
            const kept = answer.filter(data);
            if (kept.length > 0) options.onRawData(kept);
          },
        });
      } finally {
        if (type === SYNC[0] || type === TERMINATE) midBatch = false;
        else if (ownsReady) midBatch = !answer.ready;
        else midBatch = true;
      }
    },
    // pglite-socket rolls back with exec() when the client holding the session disconnects. A batch it left
    // open would make the backend ignore everything until a Sync, so one is sent first.
    exec: async (query: string, options?: Parameters<PGlite['exec']>[1]) => {
      if (midBatch) await db.execProtocolRaw(SYNC);
      midBatch = false;
      return db.exec(query, options);
    },
  };
  return new Proxy(db, {
    get(target, prop) {
      if (Object.hasOwn(view, prop)) return view[prop as keyof typeof view];
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Reads a backend's answer message by message (a chunk may end anywhere in one), keeping the type of the last
 * whole message and, when told to, leaving out ReadyForQuery messages.
 */
function answerReader(dropReady: boolean) {
  let phase: 'type' | 'length' | 'body' = 'type';
  let type = 0;
  let length: number[] = [];
  let rest = 0; // body bytes still to come
  let lastType = -1;
  return {
    filter(data: Uint8Array): Uint8Array {
      // Byte ranges to leave out; none in almost every answer, which then goes on untouched.
      let dropped: Array<[number, number]> | null = null;
      let i = 0;
      while (i < data.length) {
        const from = i;
        if (phase === 'type') {
          type = data[i++]!;
          length = [];
          phase = 'length';
        } else if (phase === 'length') {
          while (length.length < 4 && i < data.length) length.push(data[i++]!);
          if (length.length === 4) {
            rest = new DataView(Uint8Array.from(length).buffer).getInt32(0) - 4;
            phase = rest > 0 ? 'body' : 'type';
          }
        } else {
          const n = Math.min(rest, data.length - i);
          rest -= n;
          i += n;
          if (rest === 0) phase = 'type';
        }
        if (phase === 'type') lastType = type;
        if (dropReady && type === READY_FOR_QUERY) {
          dropped ??= [];
          dropped.push([from, i]);
        }
      }
      if (!dropped) return data;
      const kept: Uint8Array[] = [];
      let at = 0;
      for (const [from, to] of dropped) {
        kept.push(data.subarray(at, from));
        at = to;
      }
      kept.push(data.subarray(at));
      return concat(kept);
    },
    /** Whether the answer so far ends with a whole ReadyForQuery. */
    get ready() {
      return phase === 'type' && lastType === READY_FOR_QUERY;
    },
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
