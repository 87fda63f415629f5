// kumo project | user | role | token, and kumo login: Keystone's basics
// (projects, users, role assignments, tokens and their revocation) against
// IdentityService.
import type { IssueTokenResponse__Output, Project__Output, User__Output } from '../../gen/types.js';
import { timestampMs } from '../../util/timestamp.js';
import { saveCloudEntry } from '../clouds.js';
import type { Command, Context, Group } from '../command.js';
import { isoTime } from '../display.js';
import { UsageError } from '../errors.js';
import { showOf, type Output } from '../format.js';
import type { Args } from '../args.js';

const ROLE_HELP = 'reader, member (default), admin or service; admin implies member implies reader';

function projectShow(p: Project__Output): Output {
  return showOf({ id: p.id, name: p.name, description: p.description, created_at: isoTime(p.create_time) });
}

function userShow(u: User__Output): Output {
  return showOf({ id: u.id, name: u.name, created_at: isoTime(u.create_time) });
}

function tokenShow(t: IssueTokenResponse__Output): Output {
  return showOf({ id: t.token, expires: isoTime(t.expires_at), user_id: t.user?.id ?? '', user: t.user?.name ?? '', project_id: t.project?.id ?? '', project: t.project?.name ?? '', roles: t.roles });
}

/** The sign-in of `token issue` and `login`: --username/--password (or the OS_* globals) and the global --project. */
async function issue(ctx: Context, args: Args): Promise<IssueTokenResponse__Output> {
  const username = args.string('username') ?? args.string('os-username') ?? ctx.env?.['OS_USERNAME'];
  const password = args.string('password') ?? args.string('os-password') ?? ctx.env?.['OS_PASSWORD'];
  const project = args.string('project') ?? args.string('os-project-name') ?? ctx.env?.['OS_PROJECT_NAME'] ?? ctx.env?.['KUMO_PROJECT'];
  if (!username || !password || !project) throw new UsageError('give --username, --password and --project (or OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME)');
  return ctx.client().identity.issueToken({ username, password, project });
}

const SIGN_IN_OPTIONS = {
  username: { type: 'string', metavar: '<name>', help: 'User name (env OS_USERNAME)' },
  password: { type: 'string', metavar: '<password>', help: 'Password (env OS_PASSWORD)' },
} as const;

export const loginCommand: Command = {
  summary: 'Sign in: store a token for this endpoint in clouds.yaml',
  description:
    'Issue a token for a user on a project and store it in the Kumo config (clouds.yaml, the entry of --url),\n' +
    'so later commands against that endpoint act as that user until the token expires. --project names the project\n' +
    '(name or id; env OS_PROJECT_NAME); the user needs a role there.',
  options: SIGN_IN_OPTIONS,
  positionals: [],
  examples: ['kumo token login --username demo --password secret123 --project demo', 'kumo login --username admin --password secret123 --project admin'],
  rpcs: ['IdentityService.IssueToken'],
  async run(ctx, args) {
    const t = await issue(ctx, args);
    const path = saveCloudEntry(ctx.url, { token: t.token, token_expires_at: new Date(timestampMs(t.expires_at)).toISOString() }, ctx.env ?? {});
    return { kind: 'text', text: `Logged in to ${ctx.url} as ${t.user?.name} in project ${t.project?.name} (roles ${t.roles.join(', ')}) until ${isoTime(t.expires_at)}; token stored in ${path}\n` };
  },
};

export const tokenCommands: Group = {
  name: 'token',
  summary: 'Tokens: issue a bearer token, or log in.',
  commands: {
    issue: {
      summary: 'Issue a token',
      description: 'Issue a bearer token for a user on the project --project names, and print it (use it as KUMO_TOKEN or --os-token).',
      options: SIGN_IN_OPTIONS,
      positionals: [],
      examples: ['kumo token issue --username demo --password secret123 --project demo', 'kumo token issue --username demo --password secret123 --project demo -f value -c id'],
      rpcs: ['IdentityService.IssueToken'],
      async run(ctx, args) {
        return tokenShow(await issue(ctx, args));
      },
    },
    login: loginCommand,
    revoke: {
      summary: 'Revoke a token',
      description:
        'Revoke a token before it expires (Keystone\'s token revoke): the token given, else the one this command signs in with.\n' +
        'Your own tokens, or anyone\'s (admin). Every API replica refuses it from then on (UNAUTHENTICATED).',
      options: {},
      positionals: [{ name: 'token', help: 'The token to revoke (default: the token this command uses)', optional: true }],
      examples: ['kumo token revoke', 'kumo token revoke "$KUMO_TOKEN"'],
      rpcs: ['IdentityService.RevokeToken'],
      async run(ctx, args) {
        await ctx.client().identity.revokeToken(args.positionals[0]);
        return { kind: 'none' };
      },
    },
  },
};

export const projectCommands: Group = {
  name: 'project',
  summary: 'Projects (tenants): admins create them.',
  commands: {
    create: {
      summary: 'Create a project',
      description: 'Create a project (admin). Names are unique.',
      options: { description: { type: 'string', metavar: '<text>', help: 'Description' } },
      positionals: [{ name: 'name', help: 'New project name' }],
      examples: ['kumo project create demo', 'kumo project create --description "Team A" team-a'],
      rpcs: ['IdentityService.CreateProject'],
      async run(ctx, args) {
        return projectShow(await ctx.client().identity.createProject(args.positionals[0]!, args.string('description') ?? ''));
      },
    },
    list: {
      summary: 'List projects',
      description: 'List every project (admin) or the one your token is scoped to.',
      options: {},
      positionals: [],
      examples: ['kumo project list', 'kumo project list -f value -c Name'],
      rpcs: ['IdentityService.ListProjects'],
      async run(ctx) {
        const projects = await ctx.client().identity.projects();
        return { kind: 'list', columns: ['ID', 'Name', 'Description'], rows: projects.map((p) => [p.id, p.name, p.description]) };
      },
    },
  },
};

export const userCommands: Group = {
  name: 'user',
  summary: 'Users: admins create them and give them roles on projects.',
  commands: {
    create: {
      summary: 'Create a user',
      description: 'Create a user with a password (admin); with --project, give it a role there (default member).',
      options: {
        password: { type: 'string', metavar: '<password>', help: 'Password, 8 characters or more (required)' },
        role: { type: 'string', metavar: '<role>', help: `Role on --project: ${ROLE_HELP}` },
      },
      positionals: [{ name: 'name', help: 'New user name' }],
      examples: ['kumo user create --password secret123 --project demo alice', 'kumo user create --password secret123 --project demo --role reader bob'],
      rpcs: ['IdentityService.CreateUser'],
      async run(ctx, args) {
        const password = args.string('password');
        if (!password) throw new UsageError('--password is required');
        const project = args.string('project');
        const role = args.string('role');
        if (role && !project) throw new UsageError('--role needs --project');
        return userShow(await ctx.client().identity.createUser({ name: args.positionals[0]!, password, ...(project ? { project } : {}), ...(role ? { role } : {}) }));
      },
    },
    delete: {
      summary: 'Delete a user',
      description: 'Delete a user (admin): its role assignments go and its tokens stop working. Its name may be used again.',
      options: {},
      positionals: [{ name: 'user', help: 'User name or ID' }],
      examples: ['kumo user delete alice'],
      rpcs: ['IdentityService.DeleteUser'],
      async run(ctx, args) {
        await ctx.client().identity.deleteUser(args.positionals[0]!);
        return { kind: 'none' };
      },
    },
    list: {
      summary: 'List users',
      description: 'List every user (admin).',
      options: {},
      positionals: [],
      examples: ['kumo user list', 'kumo user list -f json'],
      rpcs: ['IdentityService.ListUsers'],
      async run(ctx) {
        const users = await ctx.client().identity.users();
        return { kind: 'list', columns: ['ID', 'Name'], rows: users.map((u) => [u.id, u.name]) };
      },
    },
  },
};

export const roleCommands: Group = {
  name: 'role',
  summary: 'Roles: what users may do in projects.',
  commands: {
    add: {
      summary: 'Give a user a role on a project',
      description: `Give a user a role on a project (admin). Roles: ${ROLE_HELP}.`,
      options: {},
      positionals: [{ name: 'role', help: 'reader, member, admin or service' }],
      examples: ['kumo role add --user alice --project demo admin', 'kumo role add --user bob --project demo reader'],
      rpcs: ['IdentityService.AddRole'],
      async run(ctx, args) {
        const user = args.string('user');
        const project = args.string('project');
        if (!user || !project) throw new UsageError('--user and --project are required');
        const a = await ctx.client().identity.addRole({ user, project, role: args.positionals[0]! });
        return showOf({ user: a.user_name, user_id: a.user_id, project: a.project_name, project_id: a.project_id, roles: a.roles });
      },
    },
    remove: {
      summary: 'Take a role of a user on a project away',
      description: `Take a role of a user on a project away (admin); the user's tokens on that project issued until now stop working (Keystone's). Roles: ${ROLE_HELP}.`,
      options: {},
      positionals: [{ name: 'role', help: 'reader, member, admin or service' }],
      examples: ['kumo role remove --user alice --project demo admin'],
      rpcs: ['IdentityService.RemoveRole'],
      async run(ctx, args) {
        const user = args.string('user');
        const project = args.string('project');
        if (!user || !project) throw new UsageError('--user and --project are required');
        const a = await ctx.client().identity.removeRole({ user, project, role: args.positionals[0]! });
        return showOf({ user: a.user_name, user_id: a.user_id, project: a.project_name, project_id: a.project_id, roles: a.roles });
      },
    },
    'assignment list': {
      summary: 'List role assignments',
      description: 'List who has which roles where (admin); --user and --project filter.',
      options: {},
      positionals: [],
      examples: ['kumo role assignment list', 'kumo role assignment list --project demo'],
      rpcs: ['IdentityService.ListRoleAssignments'],
      async run(ctx, args) {
        const user = args.string('user');
        const project = args.string('project');
        const list = await ctx.client().identity.roleAssignments({ ...(user ? { user } : {}), ...(project ? { project } : {}) });
        return { kind: 'list', columns: ['User', 'Project', 'Roles'], rows: list.map((a) => [a.user_name, a.project_name, a.roles]) };
      },
    },
  },
};
