import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** What the errors were, when there were any (e.g. "3 timeouts, 2 non-2xx"), for the report. */
  errorKinds: string;
}

export interface LoadOptions {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Paths sent in turn on each connection (the first one at `url`, then these, then again). */
  rotation?: string[];
  connections: number;
  seconds: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

const rotated = (target: URL | string) => ({
  path: typeof target === 'string' ? target : `${target.pathname}${target.search}`,
});

/**
 * autocannon for `seconds` with `connections` concurrent keep-alive connections. Latencies are
 * taken from every response (autocannon's own summary has p97.5 but no p95).
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method,
        headers: options.headers,
        ...(options.body ? { body: options.body } : {}),
        ...(options.rotation?.length
          ? { requests: [new URL(options.url), ...options.rotation].map(rotated) }
          : {}),
        connections: options.connections,
        duration: options.seconds,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: result.requests.total,
    rps: round(result.requests.total / options.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts + result.non2xx,
    errorKinds: [
      result.timeouts ? `${result.timeouts} timeouts` : '',
      result.non2xx ? `${result.non2xx} non-2xx` : '',
      result.errors - result.timeouts > 0 ? `${result.errors - result.timeouts} connection errors` : '',
    ]
      .filter(Boolean)
      .join(', '),
  };
}
