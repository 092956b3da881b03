import http from 'node:http';
import zlib from 'node:zlib';

/** Every encoding a caller may ask for (mixed-admin asks as a browser does). */
const DECODERS: Record<string, ((raw: Buffer) => Buffer) | undefined> = {
  identity: (raw) => raw,
  gzip: (raw) => zlib.gunzipSync(raw),
  deflate: (raw) => zlib.inflateSync(raw),
  br: (raw) => zlib.brotliDecompressSync(raw),
};

/** Keep-alive connections, as a browser or a load balancer would hold them. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface GqlResult {
  status: number;
  body: { data?: unknown; errors?: { message: string }[] };
}

/** One GraphQL POST over keep-alive HTTP; rejects on errors in the answer. */
export function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GqlResult> {
  const payload = JSON.stringify({ query, variables });
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const decode = DECODERS[res.headers['content-encoding'] ?? 'identity'];
          if (!decode) {
            reject(new Error(`unknown content-encoding ${res.headers['content-encoding']}`));
            return;
          }
          const text = decode(Buffer.concat(chunks)).toString('utf8');
          const body = JSON.parse(text) as GqlResult['body'];
          const result = { status: res.statusCode ?? 0, body };
          if (result.status !== 200 || body.errors?.length)
            reject(new Error(`HTTP ${result.status}: ${JSON.stringify(body.errors ?? body)}`));
          else resolve(result);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out after 30 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

export interface LoadResult {
  sent: number;
  errors: number;
  firstError: string | null;
  /** Milliseconds, sorted. */
  latencies: number[];
  seconds: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Open loop at a constant arrival rate: request n starts at n / rate seconds whether or not
 * earlier ones have finished, and its latency counts from that planned start (no coordinated
 * omission: a stall shows up in every request that waited behind it).
 */
export async function openLoop(
  rate: number,
  seconds: number,
  send: (n: number) => Promise<unknown>,
): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const planned = start + (n * 1000) / rate;
    const wait = planned - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(n).then(
        () => void latencies.push(performance.now() - planned),
        (error: unknown) => {
          errors++;
          firstError ??= String(error);
          latencies.push(performance.now() - planned);
        },
      ),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return {
    sent: total,
    errors,
    firstError,
    latencies,
    seconds: (performance.now() - start) / 1000,
  };
}

/** Closed loop: `connections` workers send back to back for `seconds`; returns requests/s. */
export async function closedLoop(
  connections: number,
  seconds: number,
  send: () => Promise<unknown>,
): Promise<{ perSecond: number; errors: number }> {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  const worker = async () => {
    while (performance.now() < end) {
      try {
        await send();
        done++;
      } catch {
        errors++;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  return { perSecond: done / ((performance.now() - start) / 1000), errors };
}

/** Joins the runs of one side (latencies merged and sorted, counts summed). */
export function mergeRuns(runs: LoadResult[]): LoadResult {
  return {
    sent: runs.reduce((a, r) => a + r.sent, 0),
    errors: runs.reduce((a, r) => a + r.errors, 0),
    firstError: runs.find((r) => r.firstError)?.firstError ?? null,
    latencies: runs.flatMap((r) => r.latencies).sort((a, b) => a - b),
    seconds: runs.reduce((a, r) => a + r.seconds, 0),
  };
}

/**
 * Two sides measured in alternating rounds (A, B, A, B, ...): on a shared, noisy machine a
 * neighbour's burst then hurts both sides alike instead of whichever ran at that moment.
 */
export async function interleaved<T>(rounds: number, a: () => Promise<T>, b: () => Promise<T>) {
  const as: T[] = [];
  const bs: T[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(await a());
    bs.push(await b());
  }
  return { a: as, b: bs };
}
