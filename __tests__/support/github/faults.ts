/**
 * Faults the local GitHub server can inject: a rule matches requests (by REST operation id, GraphQL root field, or
 * method and path), counts them, and answers the Nth (and the following `times - 1`) matching calls with a failure
 * instead of the real answer — or, with `afterEffect`, performs the call and then loses the answer (the change is
 * made, the client sees a failure), which is how a retried create ends in "already exists" on the real GitHub.
 */

export type FaultResponse =
  /** A server error (500, 502, 503, 504) with GitHub's body. */
  | { readonly kind: 'status'; readonly status: number; readonly message?: string }
  /** The primary rate limit: 403, `x-ratelimit-remaining: 0`, reset `resetIn` seconds from now. */
  | { readonly kind: 'rate-limit'; readonly resetIn: number; readonly status?: 403 | 429 }
  /** A secondary rate limit: 403 or 429 with `retry-after`. */
  | { readonly kind: 'secondary-rate-limit'; readonly retryAfter: number; readonly status?: 403 | 429 }
  /** Any other status and message, e.g. 403 "Resource not accessible by integration". */
  | { readonly kind: 'error'; readonly status: number; readonly message: string; readonly errors?: unknown[] };

export interface FaultMatch {
  /** REST operation id (`pulls/create`) or GraphQL root field (`createCommitOnBranch`). */
  readonly operation?: string;
  readonly method?: string;
  readonly path?: RegExp;
  /** Tested against the raw request body (e.g. a GraphQL mutation naming a repository). */
  readonly body?: RegExp;
}

export interface FaultRule {
  readonly match: FaultMatch;
  readonly respond: FaultResponse;
  /** 1-based index of the first matching call that fails. Default 1. */
  readonly nth?: number;
  /** How many consecutive matching calls fail from the Nth on. Default 1; `Infinity` for all. */
  readonly times?: number;
  /** Perform the call, then answer with the fault (a lost response). Default false. */
  readonly afterEffect?: boolean;
}

interface ActiveRule extends FaultRule {
  seen: number;
  fired: number;
}

export interface FaultDecision {
  readonly respond: FaultResponse;
  readonly afterEffect: boolean;
}

export class Faults {
  private readonly rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, seen: 0, fired: 0 });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** How many times each rule fired, in the order added. */
  fired(): number[] {
    return this.rules.map((r) => r.fired);
  }

  /** Counts the call against every matching rule; returns the first fault due, if any. */
  decide(call: { operation?: string; method: string; path: string; body?: string }): FaultDecision | undefined {
    let due: FaultDecision | undefined;
    for (const r of this.rules) {
      const m = r.match;
      if (m.operation !== undefined && m.operation !== call.operation) continue;
      if (m.method !== undefined && m.method.toUpperCase() !== call.method.toUpperCase()) continue;
      if (m.path !== undefined && !m.path.test(call.path)) continue;
      if (m.body !== undefined && !m.body.test(call.body ?? '')) continue;
      r.seen += 1;
      const first = r.nth ?? 1;
      const times = r.times ?? 1;
      if (!due && r.seen >= first && r.seen < first + times) {
        r.fired += 1;
        due = { respond: r.respond, afterEffect: r.afterEffect ?? false };
      }
    }
    return due;
  }
}

export interface HttpReply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

const DOCS = 'https://docs.github.com/rest';

/** The HTTP answer GitHub gives for a fault. */
export function faultReply(f: FaultResponse, nowSeconds: number): HttpReply {
  switch (f.kind) {
    case 'status':
      return {
        status: f.status,
        headers: {},
        body: { message: f.message ?? (f.status === 502 ? 'Server Error' : 'Internal Server Error') },
      };
    case 'rate-limit':
      return {
        status: f.status ?? 403,
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(nowSeconds + f.resetIn),
          'x-ratelimit-resource': 'core',
        },
        body: {
          message: 'API rate limit exceeded for installation ID 4242.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          status: String(f.status ?? 403),
        },
      };
    case 'secondary-rate-limit':
      return {
        status: f.status ?? 403,
        headers: { 'retry-after': String(f.retryAfter) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
          status: String(f.status ?? 403),
        },
      };
    case 'error':
      return {
        status: f.status,
        headers: {},
        body: { message: f.message, ...(f.errors ? { errors: f.errors } : {}), documentation_url: DOCS },
      };
  }
}
