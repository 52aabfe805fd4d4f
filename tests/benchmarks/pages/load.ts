import autocannon from "autocannon";
import { percentile } from "@/lib/bench/verdict";

export interface Load {
  p50: number;
  p95: number;
  requestsPerSecond: number;
  bytes: number;
  failures: number;
  /** Responses that came back within the run (one still under way at its end is not counted). */
  answers: number;
}

/** `connections` users asking for one address again and again for `seconds`; p50/p95 from every response. */
export async function load(url: string, cookie: string | null, connections: number, seconds: number): Promise<Load> {
  const times: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url, connections, duration: seconds, headers: cookie ? { cookie } : {}, timeout: 60 };
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, _status, responseBytes, responseTime) => {
      times.push(responseTime);
      bytes = Math.max(bytes, responseBytes);
    });
  });
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    requestsPerSecond: result.requests.average,
    bytes,
    failures: result.non2xx + result.errors + result.timeouts,
    answers: times.length,
  };
}

async function fetchOnce(url: string, cookie: string | null): Promise<void> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`bench: ${url} answered ${response.status}`);
}

/**
 * The statements one request sends: the server's counter read before and after it, alone. A first
 * request goes before, unmeasured: a session's first page and a pool's new connection do more.
 */
export async function statementsOf(baseUrl: string, url: string, cookie: string | null): Promise<number> {
  const counter = async () => ((await (await fetch(`${baseUrl}/bench/statements`)).json()) as { statements: number }).statements;
  await fetchOnce(url, cookie);
  const before = await counter();
  await fetchOnce(url, cookie);
  return (await counter()) - before;
}
