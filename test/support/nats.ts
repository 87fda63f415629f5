// A private nats-server per test file, on a free port, with JetStream in a temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer, type NatsServerHandle } from '../../pkg/util/nats_server.js';

export interface TestNats extends NatsServerHandle {
  dir: string;
  cleanup(): Promise<void>;
}

/** `configFile`: e.g. generated authorization (pkg/security/nats_authz.ts); `logFile`: the server's log. */
export async function startTestNats(opts: { configFile?: string; logFile?: string } = {}): Promise<TestNats> {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-nats-'));
  const handle = await startNatsServer({ storeDir: join(dir, 'js'), ...opts });
  return {
    ...handle,
    dir,
    cleanup: async () => {
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
