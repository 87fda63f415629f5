// kumo server pause | unpause | suspend | resume | lock | unlock | rebuild |
// resize [confirm | revert] | migrate [confirm | revert] | evacuate | shelve |
// unshelve | rescue | unrescue | restore | set | unset | image create:
// python-openstackclient's server actions, each over one SDK method.
import type { KumoClient } from '../../client/client.js';
import { KumoApiError } from '../../client/errors.js';
import { isRetryableWatchError } from '../../client/watch.js';
import type { Image__Output, Server__Output, ServerStatus__Output } from '../../gen/types.js';
import { NO_TASK } from '../../lifecycle/states.js';
import { timestampMs } from '../../util/timestamp.js';
import type { Args, OptionSpecs } from '../args.js';
import type { Command, Context } from '../command.js';
import type { Rpc } from '../rpcs.js';
import { imageStatusName } from '../display.js';
import { CliError, UsageError } from '../errors.js';
import type { Output } from '../format.js';
import { isNotFound } from '../resolve.js';
import { interrupted, ProgressLine, stateText, WaitProgress, waitForStatus } from '../wait.js';
import { findFlavor } from './flavor.js';
import { findImage, imageShow } from './image.js';
import { findServer, serverShow } from './server.js';

type Status = ServerStatus__Output;

const SERVER = [{ name: 'server', help: 'Server (name or ID)' }] as const;
const ACTIVE: Status = 'SERVER_STATUS_ACTIVE';
const SHUTOFF: Status = 'SERVER_STATUS_SHUTOFF';

/** Where --wait stops: fixed statuses, or statuses that depend on the server before the action. */
type WaitTarget = readonly Status[] | ((before: Server__Output, args: Args) => readonly Status[]);

interface ActionSpec {
  summary: string;
  /** The RPCs the action makes (the mapping of test/unit/cli_coverage.test.ts). */
  rpcs: readonly Rpc[];
  /** Longer help; the wait sentence is appended when the action waits. */
  description?: string;
  options?: OptionSpecs;
  examples: readonly string[];
  /** What --wait waits for; no --wait when absent. */
  wait?: { target: WaitTarget; help: string };
  /** Checks of the command line made before any API call (throws UsageError). */
  check?: (args: Args) => void;
  /** Resolves to the server as the API answered (the start of --wait); `ctx` for actions that wait in between. */
  act(client: KumoClient, server: Server__Output, args: Args, ctx: Context): Promise<Server__Output>;
  /** What to print once done; nothing when absent (as osc's pause, lock, ...). */
  output?: (client: KumoClient, server: Server__Output) => Promise<Output>;
}

/** One server action command: check, resolve the server, act, optionally wait, print. */
function serverAction(spec: ActionSpec): Command {
  const options: OptionSpecs = { ...spec.options, ...(spec.wait ? { wait: { type: 'boolean', help: spec.wait.help } } : {}) };
  const description = spec.description ?? spec.summary;
  // The wait sentence on a line of its own after a multi-line description.
  const waitSentence = spec.wait ? `${description.includes('\n') ? '\n' : ' '}With --wait, ${spec.wait.help.replace(/^Wait/, 'wait')}.` : '';
  return {
    summary: spec.summary,
    description: `${description}.${waitSentence}`,
    options,
    positionals: SERVER,
    examples: spec.examples,
    rpcs: spec.rpcs,
    async run(ctx, args) {
      spec.check?.(args);
      const client = ctx.client();
      const before = await findServer(client, args.positionals[0]!);
      let server = await spec.act(client, before, args, ctx);
      if (spec.wait && args.flag('wait')) {
        const target = typeof spec.wait.target === 'function' ? spec.wait.target(before, args) : spec.wait.target;
        [server] = await waitForStatus(ctx, [server], target);
      }
      return spec.output ? spec.output(client, server) : { kind: 'none' };
    },
  };
}

/** A stopped server stays stopped (rebuild, evacuate, as Nova); any other ends ACTIVE. */
const activeOrShutoff = (before: Server__Output): readonly Status[] => [before.status === SHUTOFF ? SHUTOFF : ACTIVE];
/** Confirming or reverting a resize ends where the server was before it: running or stopped. */
const AFTER_RESIZE: readonly Status[] = [ACTIVE, SHUTOFF];

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Follows a server (WatchServer, as --wait does) until `done` holds for a
 * state recorded at or after `start` (the action's answer). For waits a
 * status alone cannot express: a task that must end too. ERROR reached with
 * no task left, deletion and the timeout fail with one line; a watch the API
 * broke off (restarting) is opened again.
 */
async function waitForServer(ctx: Context, start: Server__Output, what: string, done: (s: Server__Output) => boolean): Promise<Server__Output> {
  const client = ctx.client();
  const progress = new WaitProgress(ctx.io, [start]);
  const label = `'${start.name}' (${start.id})`;
  const sinceMs = timestampMs(start.update_time);
  const until = Date.now() + ctx.wait.timeoutMs;
  let last = start;
  try {
    for (;;) {
      try {
        const signal = ctx.signal;
        for await (const { server: s, deleted } of client.servers.watch(start.id, { timeoutMs: Math.max(0, until - Date.now()), ...(signal ? { signal } : {}) })) {
          const at = timestampMs(s.update_time);
          if (!deleted && at < sinceMs) continue; // a stale read, older than the action
          last = s;
          progress.change(s, deleted);
          if (deleted) throw new CliError(`server ${label} was deleted while waiting for it ${what}`);
          if (done(s)) {
            progress.done(s.id);
            return s;
          }
          if (s.status === 'SERVER_STATUS_ERROR' && s.task_state === NO_TASK && at > sinceMs) {
            throw new CliError(`server ${label} is in ERROR: ${s.fault?.message || 'no fault recorded'}`);
          }
        }
      } catch (err) {
        if (ctx.signal?.aborted) throw interrupted(`waiting for server ${label} ${what}; it is ${stateText(last)}`);
        if (!(err instanceof KumoApiError) || !(err.codeName === 'DEADLINE_EXCEEDED' || isRetryableWatchError(err))) throw err;
      }
      if (Date.now() >= until) throw new CliError(`timed out after ${ctx.wait.timeoutMs / 1000}s waiting for server ${label} ${what}; it is ${stateText(last)}`);
      await sleep(Math.min(250, Math.max(0, until - Date.now())));
    }
  } finally {
    progress.end();
  }
}

/** Polls an image until it is ACTIVE; a snapshot that failed (killed, deleted) fails. */
async function waitForImage(ctx: Context, image: Image__Output): Promise<Image__Output> {
  const client = ctx.client();
  const line = new ProgressLine(ctx.io);
  const name = image.name || image.id;
  const deadline = Date.now() + ctx.wait.timeoutMs;
  try {
    for (;;) {
      let i: Image__Output;
      try {
        i = (await client.images.GetImage({ id: image.id })).image!;
      } catch (err) {
        if (isNotFound(err)) throw new CliError(`image '${name}' (${image.id}) was deleted before it became active: the snapshot failed`);
        throw err;
      }
      const active = i.status === 'IMAGE_STATUS_ACTIVE';
      line.update(`waiting for image ${name}: ${imageStatusName(i.status)}${active ? '' : '...'}`);
      if (active) return i;
      if (i.status === 'IMAGE_STATUS_KILLED' || i.status === 'IMAGE_STATUS_DELETED') {
        throw new CliError(`image '${name}' (${i.id}) is ${imageStatusName(i.status)}: the snapshot failed`);
      }
      if (Date.now() >= deadline) throw new CliError(`timed out after ${ctx.wait.timeoutMs / 1000}s waiting for image '${name}' (${i.id}) to become active; it is ${imageStatusName(i.status)}`);
      await sleep(ctx.wait.intervalMs);
      if (ctx.signal?.aborted) throw interrupted(`waiting for image '${name}' (${i.id}) to become active; it is ${imageStatusName(i.status)}`);
    }
  } finally {
    line.end();
  }
}

/** Exactly one of the options, or a usage error naming them. */
function exactlyOne(given: Record<string, boolean>): void {
  const set = Object.keys(given).filter((k) => given[k]);
  if (set.length === 1) return;
  const names = Object.keys(given).map((k) => `--${k}`);
  const list = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  throw new UsageError(set.length ? `${set.map((k) => `--${k}`).join(' and ')} cannot be used together` : `give one of ${list}`);
}

const RESIZE_WAIT = { target: ['SERVER_STATUS_VERIFY_RESIZE'] as const, help: 'Wait until the server is VERIFY_RESIZE' };
const SETTLE_WAIT = { target: AFTER_RESIZE, help: 'Wait until the server is ACTIVE (or SHUTOFF, if it was stopped)' };

function confirmCommand(kind: 'resize' | 'migrate'): Command {
  const what = kind === 'resize' ? 'resize' : 'cold migration';
  return serverAction({
    summary: `Confirm a ${what}`,
    rpcs: ['ServerService.ConfirmResizeServer'],
    description: `Confirm a ${what} of a server in VERIFY_RESIZE, freeing the source host`,
    examples: [`kumo server ${kind} confirm vm1`],
    wait: SETTLE_WAIT,
    act: (client, s) => client.servers.confirmResize(s.id),
  });
}

function revertCommand(kind: 'resize' | 'migrate'): Command {
  const what = kind === 'resize' ? 'resize' : 'cold migration';
  return serverAction({
    summary: `Revert a ${what}`,
    rpcs: ['ServerService.RevertResizeServer'],
    description: `Revert a ${what} of a server in VERIFY_RESIZE: back to the source host${kind === 'resize' ? ' and the old flavor' : ''}`,
    examples: [`kumo server ${kind} revert --wait vm1`],
    wait: SETTLE_WAIT,
    act: (client, s) => client.servers.revertResize(s.id),
  });
}

/** The snapshot; with --wait, until the image is ACTIVE and the server has finished the snapshot. */
async function imageCreate(ctx: Context, args: Args): Promise<Output> {
  const client = ctx.client();
  const s = await findServer(client, args.positionals[0]!);
  // As osc, the image is named after the server unless --name is given.
  const res = await client.servers.createImage(s.id, args.string('name') ?? s.name, args.properties('property'));
  let image = res.image;
  if (args.flag('wait')) {
    image = await waitForImage(ctx, image);
    await waitForServer(ctx, res.server, 'to finish the snapshot', (x) => x.task_state === NO_TASK);
  }
  return imageShow(image);
}

async function shelve(client: KumoClient, s: Server__Output, args: Args, ctx: Context): Promise<Server__Output> {
  if (!args.flag('offload')) return client.servers.shelve(s.id);
  // As osc: shelve unless already shelved, wait for SHELVED, then offload
  // (a server Kumo offloads by itself on shelving needs no second step).
  if (s.status === 'SERVER_STATUS_SHELVED_OFFLOADED') return s;
  let shelved = s;
  if (s.status !== 'SERVER_STATUS_SHELVED') {
    const accepted = await client.servers.shelve(s.id);
    shelved = await waitForServer(
      ctx,
      accepted,
      'to be shelved',
      (x) => x.status === 'SERVER_STATUS_SHELVED_OFFLOADED' || (x.status === 'SERVER_STATUS_SHELVED' && x.task_state === NO_TASK),
    );
    if (shelved.status === 'SERVER_STATUS_SHELVED_OFFLOADED') return shelved;
  }
  try {
    return await client.servers.shelveOffload(shelved.id);
  } catch (err) {
    // Offloaded meanwhile by its host (the owner says so in the refusal): what was asked for is done.
    if (err instanceof KumoApiError && err.reason === 'INSTANCE_INVALID_STATE' && err.metadata['vm_state'] === 'shelved_offloaded') return shelved;
    throw err;
  }
}

/** The server action commands, registered with the `server` group. */
export const serverActionCommands: Readonly<Record<string, Command>> = {
  pause: serverAction({
    summary: 'Pause a server',
    rpcs: ['ServerService.PauseServer'],
    description: 'Pause an ACTIVE server: its guest stays in memory, stopped',
    examples: ['kumo server pause --wait vm1'],
    wait: { target: ['SERVER_STATUS_PAUSED'], help: 'Wait until the server is PAUSED' },
    act: (client, s) => client.servers.pause(s.id),
  }),
  unpause: serverAction({
    summary: 'Unpause a server',
    rpcs: ['ServerService.UnpauseServer'],
    description: 'Unpause a PAUSED server',
    examples: ['kumo server unpause vm1'],
    wait: { target: [ACTIVE], help: 'Wait until the server is ACTIVE' },
    act: (client, s) => client.servers.unpause(s.id),
  }),
  suspend: serverAction({
    summary: 'Suspend a server',
    rpcs: ['ServerService.SuspendServer'],
    description: "Suspend an ACTIVE server: its guest's memory is saved to disk",
    examples: ['kumo server suspend --wait vm1'],
    wait: { target: ['SERVER_STATUS_SUSPENDED'], help: 'Wait until the server is SUSPENDED' },
    act: (client, s) => client.servers.suspend(s.id),
  }),
  resume: serverAction({
    summary: 'Resume a server',
    rpcs: ['ServerService.ResumeServer'],
    description: 'Resume a SUSPENDED server',
    examples: ['kumo server resume --wait vm1'],
    wait: { target: [ACTIVE], help: 'Wait until the server is ACTIVE' },
    act: (client, s) => client.servers.resume(s.id),
  }),
  lock: serverAction({
    summary: 'Lock a server',
    rpcs: ['ServerService.LockServer'],
    description: 'Lock a server: only admins can act on it (stop, delete, resize, ...) until it is unlocked',
    options: { reason: { type: 'string', metavar: '<reason>', help: 'Why the server is locked (shown as locked_reason)' } },
    examples: ['kumo server lock vm1', "kumo server lock --reason 'under investigation' vm1"],
    act: (client, s, args) => client.servers.lock(s.id, args.string('reason') ?? ''),
  }),
  unlock: serverAction({
    summary: 'Unlock a server',
    rpcs: ['ServerService.UnlockServer'],
    description: 'Unlock a server; a server an admin locked only an admin can unlock',
    examples: ['kumo server unlock vm1'],
    act: (client, s) => client.servers.unlock(s.id),
  }),
  rebuild: serverAction({
    summary: 'Rebuild a server',
    rpcs: ['ServerService.RebuildServer'],
    description: 'Rebuild a server on its host from an image (by default the one it runs), wiping its disk; prints the server',
    options: {
      image: { type: 'string', metavar: '<image>', help: 'Image to rebuild from (name or ID; default: the current image)' },
      name: { type: 'string', metavar: '<name>', help: 'New name for the server' },
    },
    examples: ['kumo server rebuild --wait vm1', 'kumo server rebuild --image ubuntu --name vm1-ubuntu vm1'],
    wait: { target: activeOrShutoff, help: 'Wait until the server is ACTIVE (or SHUTOFF, if it was stopped)' },
    async act(client, s, args) {
      const image = args.string('image');
      const name = args.string('name');
      return client.servers.rebuild(s.id, {
        ...(image === undefined ? {} : { imageId: (await findImage(client, image)).id }),
        ...(name === undefined ? {} : { name }),
      });
    },
    output: (client, s) => serverShow(client, s),
  }),
  resize: serverAction({
    summary: 'Resize a server to a new flavor',
    rpcs: ['ServerService.ResizeServer', 'ServerService.ConfirmResizeServer', 'ServerService.RevertResizeServer'],
    description:
      'Resize a server to a new flavor. The server ends in VERIFY_RESIZE on its new host; then confirm\n' +
      "('kumo server resize confirm') or revert ('kumo server resize revert') it. --confirm and --revert\n" +
      'are the older spellings of those commands',
    options: {
      flavor: { type: 'string', metavar: '<flavor>', help: 'New flavor (name or ID)' },
      confirm: { type: 'boolean', help: "Confirm a resize in VERIFY_RESIZE (as 'resize confirm')" },
      revert: { type: 'boolean', help: "Revert a resize in VERIFY_RESIZE (as 'resize revert')" },
    },
    examples: ['kumo server resize --flavor m1.small --wait vm1', 'kumo server resize --confirm vm1', 'kumo server resize --revert vm1'],
    wait: {
      target: (_s, args) => (args.string('flavor') === undefined ? AFTER_RESIZE : RESIZE_WAIT.target),
      help: 'Wait until the server is VERIFY_RESIZE (with --confirm or --revert: ACTIVE, or SHUTOFF if it was stopped)',
    },
    check: (args) => exactlyOne({ flavor: args.string('flavor') !== undefined, confirm: args.flag('confirm'), revert: args.flag('revert') }),
    async act(client, s, args) {
      if (args.flag('confirm')) return client.servers.confirmResize(s.id);
      if (args.flag('revert')) return client.servers.revertResize(s.id);
      return client.servers.resize(s.id, (await findFlavor(client, args.string('flavor')!)).id);
    },
  }),
  'resize confirm': confirmCommand('resize'),
  'resize revert': revertCommand('resize'),
  migrate: serverAction({
    summary: 'Migrate a server to another host',
    rpcs: ['ServerService.MigrateServer', 'ServerService.LiveMigrateServer'],
    description:
      'Migrate a server to another host (admins). A cold migration ends in VERIFY_RESIZE, to confirm\n' +
      "('kumo server migrate confirm') or revert; --live-migration moves a running server without stopping it.\n" +
      'Without --host the scheduler chooses the host',
    options: {
      'live-migration': { type: 'boolean', help: 'Live-migrate: move the server while it runs' },
      host: { type: 'string', metavar: '<host>', help: 'Destination host (default: chosen by the scheduler)' },
      'block-migration': { type: 'boolean', help: 'With --live-migration: copy the local disk too' },
    },
    examples: ['kumo server migrate --wait vm1', 'kumo server migrate --live-migration --host compute-2 --wait vm1'],
    wait: {
      target: (before, args) => (args.flag('live-migration') ? [before.status === 'SERVER_STATUS_PAUSED' ? 'SERVER_STATUS_PAUSED' : ACTIVE] : RESIZE_WAIT.target),
      help: 'Wait until the server is VERIFY_RESIZE (live: ACTIVE again, or PAUSED if it was paused)',
    },
    check(args) {
      if (args.flag('block-migration') && !args.flag('live-migration')) throw new UsageError('--block-migration needs --live-migration');
    },
    act(client, s, args) {
      const host = args.string('host');
      const target = host === undefined ? {} : { host };
      if (args.flag('live-migration')) return client.servers.liveMigrate(s.id, { ...target, blockMigration: args.flag('block-migration') });
      return client.servers.migrate(s.id, target);
    },
  }),
  'migrate confirm': confirmCommand('migrate'),
  'migrate revert': revertCommand('migrate'),
  evacuate: serverAction({
    summary: 'Evacuate a server from a failed host',
    rpcs: ['ServerService.EvacuateServer'],
    description: 'Rebuild a server on another host because its own host is down or forced down (admins)',
    options: { host: { type: 'string', metavar: '<host>', help: 'Destination host (default: chosen by the scheduler)' } },
    examples: ['kumo server evacuate --wait vm1', 'kumo server evacuate --host compute-2 vm1'],
    wait: { target: activeOrShutoff, help: 'Wait until the server is ACTIVE (or SHUTOFF, if it was stopped)' },
    act(client, s, args) {
      const host = args.string('host');
      return client.servers.evacuate(s.id, host === undefined ? {} : { host });
    },
  }),
  shelve: serverAction({
    summary: 'Shelve a server',
    rpcs: ['ServerService.ShelveServer', 'ServerService.ShelveOffloadServer'],
    description:
      'Shelve a server: power it off, snapshot it and free its host (Kumo offloads at once).\n' +
      '--offload offloads a server that is SHELVED but still on its host',
    options: { offload: { type: 'boolean', help: 'Also offload it from its host once shelved (shelving it first unless it is SHELVED)' } },
    examples: ['kumo server shelve --wait vm1', 'kumo server shelve --offload vm1'],
    wait: { target: ['SERVER_STATUS_SHELVED_OFFLOADED'], help: 'Wait until the server is SHELVED_OFFLOADED' },
    act: shelve,
  }),
  unshelve: serverAction({
    summary: 'Unshelve a server',
    rpcs: ['ServerService.UnshelveServer'],
    description: 'Unshelve a SHELVED or SHELVED_OFFLOADED server: schedule it to a host and boot it',
    options: { 'availability-zone': { type: 'string', metavar: '<zone>', help: 'Availability zone to unshelve into (default: any)' } },
    examples: ['kumo server unshelve --wait vm1', 'kumo server unshelve --availability-zone az1 vm1'],
    wait: { target: [ACTIVE], help: 'Wait until the server is ACTIVE' },
    act(client, s, args) {
      const zone = args.string('availability-zone');
      return client.servers.unshelve(s.id, zone === undefined ? {} : { availabilityZone: zone });
    },
  }),
  rescue: serverAction({
    summary: 'Put a server in rescue mode',
    rpcs: ['ServerService.RescueServer'],
    description: 'Boot a server from a rescue image (by default its own image), its disk attached for repair',
    options: { image: { type: 'string', metavar: '<image>', help: 'Rescue image (name or ID; default: the server\'s image)' } },
    examples: ['kumo server rescue --wait vm1', 'kumo server rescue --image cirros vm1'],
    wait: { target: ['SERVER_STATUS_RESCUE'], help: 'Wait until the server is RESCUE' },
    async act(client, s, args) {
      const image = args.string('image');
      return client.servers.rescue(s.id, image === undefined ? {} : { imageId: (await findImage(client, image)).id });
    },
  }),
  unrescue: serverAction({
    summary: 'Take a server out of rescue mode',
    rpcs: ['ServerService.UnrescueServer'],
    description: 'Leave rescue mode: the server boots from its own disk again',
    examples: ['kumo server unrescue --wait vm1'],
    wait: { target: [ACTIVE], help: 'Wait until the server is ACTIVE' },
    act: (client, s) => client.servers.unrescue(s.id),
  }),
  restore: serverAction({
    summary: 'Restore a soft-deleted server',
    rpcs: ['ServerService.RestoreServer'],
    description: 'Restore a SOFT_DELETED server before it is reclaimed',
    examples: ['kumo server restore vm1'],
    wait: { target: [ACTIVE], help: 'Wait until the server is ACTIVE' },
    act: (client, s) => client.servers.restore(s.id),
  }),
  set: {
    summary: 'Set server properties and tags',
    description: 'Set properties (metadata) and tags of a server. --no-property and --no-tag first remove all of them.',
    options: {
      property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Property to add or change' },
      'no-property': { type: 'boolean', help: 'Remove every property not given with --property' },
      tag: { type: 'string', multiple: true, metavar: '<tag>', help: 'Tag to add' },
      'no-tag': { type: 'boolean', help: 'Remove every tag not given with --tag' },
    },
    positionals: SERVER,
    examples: ['kumo server set --property role=web --property tier=1 --tag prod vm1', 'kumo server set --no-property --no-tag vm1'],
    rpcs: ['ServerService.SetServerMetadata', 'ServerService.SetServerTags'],
    async run(ctx, args) {
      const properties = args.properties('property');
      const tags = args.list('tag');
      const setProperties = Object.keys(properties).length > 0 || args.flag('no-property');
      const setTags = tags.length > 0 || args.flag('no-tag');
      if (!setProperties && !setTags) throw new UsageError('nothing to set: give --property, --tag, --no-property or --no-tag');
      const client = ctx.client();
      const s = await findServer(client, args.positionals[0]!);
      if (setProperties) await client.servers.setMetadata(s.id, properties, { replace: args.flag('no-property') });
      if (setTags) await client.servers.setTags(s.id, tags, { replace: args.flag('no-tag') });
      return { kind: 'none' };
    },
  },
  unset: {
    summary: 'Unset server properties and tags',
    description: 'Remove properties (metadata keys) and tags from a server; each must exist. --all-tags removes every tag.',
    options: {
      property: { type: 'string', multiple: true, metavar: '<key>', help: 'Property to remove' },
      tag: { type: 'string', multiple: true, metavar: '<tag>', help: 'Tag to remove' },
      'all-tags': { type: 'boolean', help: 'Remove every tag' },
    },
    positionals: SERVER,
    examples: ['kumo server unset --property role --tag prod vm1', 'kumo server unset --all-tags vm1'],
    rpcs: ['ServerService.DeleteServerMetadata', 'ServerService.DeleteServerTags'],
    async run(ctx, args) {
      const keys = args.list('property');
      const tags = args.list('tag');
      const allTags = args.flag('all-tags');
      if (allTags && tags.length) throw new UsageError('--tag and --all-tags cannot be used together');
      if (!keys.length && !tags.length && !allTags) throw new UsageError('nothing to unset: give --property, --tag or --all-tags');
      const client = ctx.client();
      const s = await findServer(client, args.positionals[0]!);
      if (keys.length) await client.servers.deleteMetadata(s.id, keys);
      if (tags.length || allTags) await client.servers.deleteTags(s.id, allTags ? 'all' : tags);
      return { kind: 'none' };
    },
  },
  'image create': {
    summary: 'Create an image (snapshot) of a server',
    description:
      'Snapshot a server into a new image (image_type=snapshot) and print the image. The image is queued\n' +
      'until the snapshot is uploaded; with --wait, wait until it is active and the server has finished the snapshot.',
    options: {
      name: { type: 'string', metavar: '<image-name>', help: 'Name of the new image (default: the server name)' },
      property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Property of the new image' },
      wait: { type: 'boolean', help: 'Wait until the image is active' },
    },
    positionals: SERVER,
    examples: ['kumo server image create --name vm1-snap --wait vm1'],
    rpcs: ['ServerService.CreateServerImage'],
    run: imageCreate,
  },
};
