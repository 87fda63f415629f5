// The chaos suite's harness: nats-server processes that can be SIGKILLed and
// restarted on the same port and store (one server, or a 3-server cluster
// with routes on loopback), and Kumo's service processes, each restartable
// on its own data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import { spawnService, type ChildService, type ServiceName } from '../../pkg/util/children.js';
import { findNatsServer } from '../../pkg/util/nats_server.js';
import { freePort } from '../../pkg/util/net.js';

interface NatsNode {
  name: string;
  port: number;
  clusterPort: number;
  dir: string;
  proc?: ChildProcess;
}

/** One nats-server, or a cluster of them, JetStream on a file store under `dir`. */
export class NatsFleet {
  private constructor(
    readonly nodes: NatsNode[],
    private readonly clustered: boolean,
  ) {}

  static async create(dir: string, size: number): Promise<NatsFleet> {
    const nodes: NatsNode[] = [];
    for (let i = 0; i < size; i++) nodes.push({ name: `n${i}`, port: await freePort(), clusterPort: await freePort(), dir: join(dir, `n${i}`) });
    const fleet = new NatsFleet(nodes, size > 1);
    for (let i = 0; i < size; i++) await fleet.start(i);
    await fleet.waitJetStream();
    return fleet;
  }

  /** Every client URL, comma-separated (Kumo's KUMO_NATS_URL takes the list). */
  get url(): string {
    return this.nodes.map((n) => `nats://127.0.0.1:${n.port}`).join(',');
  }

  async start(i: number): Promise<void> {
    const n = this.nodes[i]!;
    mkdirSync(n.dir, { recursive: true });
    let args: string[];
    if (this.clustered) {
      const conf = join(n.dir, 'nats.conf');
      const routes = this.nodes.filter((o) => o !== n).map((o) => `"nats-route://127.0.0.1:${o.clusterPort}"`);
      writeFileSync(
        conf,
        `server_name: ${n.name}\nlisten: "127.0.0.1:${n.port}"\njetstream { store_dir: "${join(n.dir, 'js')}" }\ncluster { name: kumo-chaos, listen: "127.0.0.1:${n.clusterPort}", routes: [${routes.join(', ')}] }\n`,
      );
      args = ['-c', conf];
    } else {
      args = ['-a', '127.0.0.1', '-p', String(n.port), '-js', '-sd', join(n.dir, 'js')];
    }
    const proc = spawn(findNatsServer()!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    n.proc = proc;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`nats-server ${n.name} did not start: ${out}`)), 15_000);
      const onData = (d: Buffer): void => {
        out += d.toString();
        if (out.includes('Server is ready')) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`nats-server ${n.name} exited with ${code}: ${out}`));
      });
    });
  }

  /** Until the JetStream API answers (a cluster elects its meta leader first). */
  async waitJetStream(timeoutMs = 30_000): Promise<void> {
    const nc = await connect({ servers: this.nodes.filter((n) => n.proc && n.proc.exitCode === null).map((n) => `nats://127.0.0.1:${n.port}`) });
    try {
      const until = Date.now() + timeoutMs;
      for (;;) {
        try {
          const jsm = await nc.jetstreamManager();
          await jsm.getAccountInfo();
          return;
        } catch (err) {
          if (Date.now() > until) throw err;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    } finally {
      await nc.close();
    }
  }

  async kill(i: number): Promise<void> {
    const p = this.nodes[i]!.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
  }

  async stopAll(): Promise<void> {
    for (let i = 0; i < this.nodes.length; i++) await this.kill(i);
  }
}

export interface ProcessSpec {
  label: string;
  service: ServiceName;
  args: string[];
  env: Record<string, string>;
}

/** Kumo's processes by label; each can be SIGKILLed and started again as it was. */
export class Processes {
  readonly running = new Map<string, ChildService>();
  private readonly specs = new Map<string, ProcessSpec>();

  async start(spec: ProcessSpec): Promise<ChildService> {
    this.specs.set(spec.label, spec);
    // KUMO_CHAOS_LOGS=<dir> keeps every process's log (at warn) there, for looking into a failure.
    const logs = process.env['KUMO_CHAOS_LOGS'];
    const child = await spawnService(spec.service, {
      args: spec.args,
      env: logs ? { ...spec.env, KUMO_LOG_LEVEL: 'warn' } : spec.env,
      label: spec.label,
      readyTimeoutMs: 120_000,
      ...(logs ? { logFile: join(logs, `${spec.label}.log`) } : {}),
    });
    this.running.set(spec.label, child);
    return child;
  }

  async kill(label: string): Promise<void> {
    const c = this.running.get(label);
    if (!c) return;
    const p = c.process;
    if (p.exitCode === null && p.signalCode === null) {
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGKILL');
      await exited;
    }
    this.running.delete(label);
  }

  async restart(label: string): Promise<void> {
    await this.start(this.specs.get(label)!);
  }

  /** Labels of processes that died without being told to. */
  crashed(): string[] {
    return [...this.running.values()].filter((c) => c.process.exitCode !== null || c.process.signalCode !== null).map((c) => c.name);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.values()].map((c) => c.stop(5_000)));
    this.running.clear();
  }
}
