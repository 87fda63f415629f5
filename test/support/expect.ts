// Assertions the integration tests share: API errors with their details,
// and waiting for a server to reach a status or disappear.
import assert from 'node:assert/strict';
import type { KumoClient } from '../../pkg/client/client.js';
import { timestampMs } from '../../pkg/util/timestamp.js';
import { KumoApiError } from '../../pkg/client/errors.js';
import type { Server__Output, ServerStatus__Output } from '../../pkg/gen/types.js';

/** The call fails with `codeName` (and a violation for `field`, when given). */
export async function expectError(p: Promise<unknown>, codeName: string, field?: string): Promise<KumoApiError> {
  const err = await p.then(
    () => assert.fail(`expected ${codeName}`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof KumoApiError, `not a KumoApiError: ${String(err)}`);
  assert.equal(err.codeName, codeName, err.message);
  if (field) assert.ok(err.fieldViolations.some((v) => v.field === field), `no violation for ${field}: ${JSON.stringify(err.fieldViolations)}`);
  return err;
}

/** The server reaches `status` with no task in progress. */
export async function waitStatus(client: KumoClient, id: string, status: ServerStatus__Output, timeoutMs = 15_000, since?: Server__Output | null): Promise<Server__Output> {
  const until = Date.now() + timeoutMs;
  // Reads see the caller's own writes (docs/ARCHITECTURE.md, read your writes), so `since` is not needed
  // after an action made through this client; it still skips any read older than the given answer.
  const sinceMs = since ? timestampMs(since.update_time) : 0;
  for (;;) {
    const s = await client.servers.get(id);
    if (s.status === status && s.task_state === 'TASK_STATE_UNSPECIFIED' && timestampMs(s.update_time) >= sinceMs) return s;
    if (Date.now() > until) assert.fail(`server ${id} is ${s.status}/${s.task_state}, wanted ${status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** GetServer answers NOT_FOUND. */
export async function waitGone(client: KumoClient, id: string): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    try {
      await client.servers.get(id);
    } catch (err) {
      if (err instanceof KumoApiError && err.codeName === 'NOT_FOUND') return;
      throw err;
    }
    if (Date.now() > until) assert.fail(`server ${id} still exists`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
