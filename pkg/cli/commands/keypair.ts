// kumo keypair create | list | show | delete (keypairs are named, per user: no ids)
import type { KumoClient } from '../../client/client.js';
import type { Keypair__Output } from '../../gen/types.js';
import { deleteEach, readInputFile, type Group } from '../command.js';
import { isoTime } from '../display.js';
import { showOf, type Output } from '../format.js';
import { collectPages } from '../paging.js';

/** Nova's user_id (admin): another user's keypairs. */
const USER_ID_OPTION = { 'user-id': { type: 'string', metavar: '<user id>', help: "Another user's keypairs (admin; Nova's user_id)" } } as const;

function listKeypairs(client: KumoClient, user_id = ''): Promise<Keypair__Output[]> {
  return collectPages(async (page_token) => {
    const r = await client.keypairs.ListKeypairs({ page_token, user_id });
    return { items: r.keypairs, next: r.next_page_token };
  });
}

// The public key is left out, as osc does; `show --public-key` prints it.
function keypairShow(k: Keypair__Output): Output {
  return showOf({
    name: k.name,
    fingerprint: k.fingerprint,
    type: k.type,
    user_id: k.user_id,
    created_at: isoTime(k.create_time),
  });
}

export const keypairCommands: Group = {
  name: 'keypair',
  summary: 'Keypairs: SSH public keys injected into servers.',
  commands: {
    create: {
      summary: 'Create or import a keypair',
      description:
        'Create a keypair. With --public-key, import that OpenSSH public key and show the keypair;\n' +
        'without it, Kumo generates a key pair and only the private key is printed (it is not stored).',
      options: {
        'public-key': { type: 'string', metavar: '<file>', help: 'OpenSSH public key file to import' },
      },
      positionals: [{ name: 'name', help: 'New keypair name' }],
      examples: ['kumo keypair create mykey > mykey.pem', 'kumo keypair create --public-key ~/.ssh/id_ed25519.pub mykey'],
      rpcs: ['KeypairService.CreateKeypair'],
      async run(ctx, args) {
        const file = args.string('public-key');
        const public_key = file === undefined ? '' : readInputFile(file, 'public key').toString('utf8');
        const res = await ctx.client().keypairs.CreateKeypair({ name: args.positionals[0]!, public_key });
        if (file === undefined) return { kind: 'text', text: res.private_key };
        return keypairShow(res.keypair!);
      },
    },
    list: {
      summary: 'List your keypairs',
      description: "List the user's keypairs with their fingerprints.",
      options: USER_ID_OPTION,
      positionals: [],
      examples: ['kumo keypair list', 'kumo keypair list -f value -c Name', 'kumo keypair list --user-id 0123456789abcdef0123456789abcdef'],
      rpcs: ['KeypairService.ListKeypairs'],
      async run(ctx, args) {
        const keypairs = await listKeypairs(ctx.client(), args.string('user-id') ?? '');
        return { kind: 'list', columns: ['Name', 'Fingerprint', 'Type'], rows: keypairs.map((k) => [k.name, k.fingerprint, k.type]) };
      },
    },
    show: {
      summary: 'Show a keypair',
      description: 'Show a keypair (name, fingerprint, type, user); --public-key prints only its OpenSSH public key.',
      options: {
        'public-key': { type: 'boolean', help: 'Print only the public key' },
        ...USER_ID_OPTION,
      },
      positionals: [{ name: 'name', help: 'Keypair name' }],
      examples: ['kumo keypair show mykey', 'kumo keypair show --public-key mykey'],
      rpcs: ['KeypairService.GetKeypair'],
      async run(ctx, args) {
        const { keypair } = await ctx.client().keypairs.GetKeypair({ name: args.positionals[0]!, user_id: args.string('user-id') ?? '' });
        if (args.flag('public-key')) return { kind: 'text', text: keypair!.public_key };
        return keypairShow(keypair!);
      },
    },
    delete: {
      summary: 'Delete keypairs',
      description: 'Delete keypairs. Servers they were injected into keep the key.',
      options: USER_ID_OPTION,
      positionals: [{ name: 'name', help: 'Keypair name', variadic: true }],
      examples: ['kumo keypair delete mykey', 'kumo keypair delete --user-id 0123456789abcdef0123456789abcdef theirkey'],
      rpcs: ['KeypairService.DeleteKeypair'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'keypair', args.positionals, async (name) => {
          await client.keypairs.DeleteKeypair({ name, user_id: args.string('user-id') ?? '' });
        });
        return { kind: 'none' };
      },
    },
  },
};
