// The policy defaults: Nova's (and Keystone's, Neutron's) base rules, and
// one rule per public RPC, named as Nova names its policies. Every RPC of
// every public service must be here (test/unit/policy.test.ts); a policy
// file may override any rule by name (pkg/policy/policy.ts).

/** Rules the per-RPC rules are written in, as Nova's base rules. */
export const BASE_RULES: Readonly<Record<string, string>> = {
  // Nova's context_is_admin: admin everywhere (all projects, admin APIs).
  context_is_admin: 'role:admin',
  admin: 'rule:context_is_admin',
  // Tokens are scoped to one project, and every resource read or changed is the token's project's (another project's is NOT_FOUND):
  // so a project role is a role check. Admin implies member implies reader.
  project_reader: 'role:reader',
  project_member: 'role:member',
  project_reader_or_admin: 'rule:project_reader or rule:admin',
  project_member_or_admin: 'rule:project_member or rule:admin',
  service: 'role:service',
  admin_or_service: 'rule:admin or rule:service',
  // Oslo's project-owner check on requests that name a project (quotas).
  admin_or_owner_reader: 'rule:admin or (rule:project_reader and project_id:%(project_id)s)',
  // Nova's keypair owner check: a request naming a user_id (another user's keypairs) needs the admin role.
  keypair_owner_reader: 'rule:admin or (rule:project_reader and user_id:%(user_id)s)',
  keypair_owner_member: 'rule:admin or (rule:project_member and user_id:%(user_id)s)',
  // Keystone's token_subject: the token being revoked is the caller's own.
  token_subject: 'user_id:%(token_user_id)s',
  anyone: '@',
};

/** One RPC's rule. */
export interface RpcRule {
  /** "ServerService.CreateServer" (service of kumo.compute.v1, method). */
  rpc: string;
  /** Nova-style policy name, e.g. compute:servers:create. */
  name: string;
  /** Default check. */
  check: string;
  /** Changes state: audited (pkg/api/audit.ts). */
  mutating: boolean;
}

const R = 'rule:project_reader_or_admin';
const M = 'rule:project_member_or_admin';
const A = 'rule:admin';

function rules(service: string, prefix: string, entries: ReadonlyArray<[method: string, verb: string, check: string, mutating: boolean]>): RpcRule[] {
  return entries.map(([method, verb, check, mutating]) => ({ rpc: `${service}.${method}`, name: `${prefix}:${verb}`, check, mutating }));
}

const read = (method: string, verb: string, check = R): [string, string, string, boolean] => [method, verb, check, false];
const write = (method: string, verb: string, check = M): [string, string, string, boolean] => [method, verb, check, true];

export const RPC_RULES: readonly RpcRule[] = [
  ...rules('ServerService', 'compute:servers', [
    write('CreateServer', 'create'),
    read('GetServer', 'show'),
    read('ListServers', 'index'),
    write('DeleteServer', 'delete'),
    write('StartServer', 'start'),
    write('StopServer', 'stop'),
    write('RebootServer', 'reboot'),
    write('CreateServerImage', 'create_image'),
    write('SetServerMetadata', 'metadata:update'),
    write('DeleteServerMetadata', 'metadata:delete'),
    write('SetServerTags', 'tags:update'),
    write('DeleteServerTags', 'tags:delete'),
    read('GetConsoleOutput', 'console_output', M),
    write('CreateRemoteConsole', 'remote_consoles'),
    read('WatchServer', 'watch'),
    read('WatchServers', 'watch_all'),
    read('ListInstanceActions', 'instance_actions:index'),
    read('GetInstanceAction', 'instance_actions:show'),
    write('PauseServer', 'pause'),
    write('UnpauseServer', 'unpause'),
    write('SuspendServer', 'suspend'),
    write('ResumeServer', 'resume'),
    write('LockServer', 'lock'),
    write('UnlockServer', 'unlock'),
    write('RebuildServer', 'rebuild'),
    write('ResizeServer', 'resize'),
    write('ConfirmResizeServer', 'confirm_resize'),
    write('RevertResizeServer', 'revert_resize'),
    // Moves name hosts: admin only (Nova's os-migrate-server, os-evacuate).
    write('MigrateServer', 'migrate', A),
    write('LiveMigrateServer', 'migrate_live', A),
    write('EvacuateServer', 'evacuate', A),
    write('ShelveServer', 'shelve'),
    write('ShelveOffloadServer', 'shelve_offload', A),
    write('UnshelveServer', 'unshelve'),
    write('RescueServer', 'rescue'),
    write('UnrescueServer', 'unrescue'),
    write('RestoreServer', 'restore'),
    write('ForceDeleteServer', 'force_delete'),
  ]),
  ...rules('FlavorService', 'compute:flavors', [write('CreateFlavor', 'create', A), read('GetFlavor', 'show'), read('ListFlavors', 'index'), write('DeleteFlavor', 'delete', A)]),
  ...rules('ImageService', 'image', [
    write('CreateImage', 'add_image'),
    read('GetImage', 'get_image'),
    read('ListImages', 'get_images'),
    write('DeleteImage', 'delete_image'),
    write('UploadImageData', 'upload_image'),
    read('DownloadImageData', 'download_image'),
  ]),
  ...rules('KeypairService', 'compute:keypairs', [
    write('CreateKeypair', 'create'),
    read('GetKeypair', 'show', 'rule:keypair_owner_reader'),
    read('ListKeypairs', 'index', 'rule:keypair_owner_reader'),
    write('DeleteKeypair', 'delete', 'rule:keypair_owner_member'),
  ]),
  ...rules('HypervisorService', 'compute:hypervisors', [
    read('ListHypervisors', 'list', A),
    read('GetHypervisor', 'show', A),
    read('GetHypervisorStatistics', 'statistics', A),
  ]),
  ...rules('HypervisorService', 'compute:services', [read('ListComputeServices', 'list', A), write('UpdateComputeService', 'update', A)]),
  ...rules('AggregateService', 'compute:aggregates', [
    write('CreateAggregate', 'create', A),
    read('GetAggregate', 'show', A),
    read('ListAggregates', 'index', A),
    write('DeleteAggregate', 'delete', A),
    write('AddAggregateHost', 'add_host', A),
    write('RemoveAggregateHost', 'remove_host', A),
    write('SetAggregateMetadata', 'set_metadata', A),
  ]),
  ...rules('ServerGroupService', 'compute:server_groups', [write('CreateServerGroup', 'create'), read('GetServerGroup', 'show'), read('ListServerGroups', 'index'), write('DeleteServerGroup', 'delete')]),
  ...rules('AvailabilityZoneService', 'compute:availability_zone', [read('ListAvailabilityZones', 'list')]),
  ...rules('PlacementService', 'compute:placement', [read('ExplainPlacement', 'explain', A)]),
  ...rules('ConsoleAuthService', 'compute:console_auth_tokens', [read('ValidateConsoleToken', 'show', 'rule:admin_or_service')]),
  ...rules('NetworkService', 'network', [
    write('CreateNetwork', 'create_network'),
    read('GetNetwork', 'get_network'),
    read('ListNetworks', 'get_networks'),
    write('DeleteNetwork', 'delete_network'),
    read('GetPort', 'get_port'),
    read('ListPorts', 'get_ports'),
    write('CreateFloatingIp', 'create_floatingip'),
    read('GetFloatingIp', 'get_floatingip'),
    read('ListFloatingIps', 'get_floatingips'),
    write('DeleteFloatingIp', 'delete_floatingip'),
    write('AddFloatingIp', 'associate_floatingip'),
    write('RemoveFloatingIp', 'disassociate_floatingip'),
    write('CreateSecurityGroup', 'create_security_group'),
    read('GetSecurityGroup', 'get_security_group'),
    read('ListSecurityGroups', 'get_security_groups'),
    write('DeleteSecurityGroup', 'delete_security_group'),
    write('CreateSecurityGroupRule', 'create_security_group_rule'),
    read('ListSecurityGroupRules', 'get_security_group_rules'),
    write('DeleteSecurityGroupRule', 'delete_security_group_rule'),
    write('AddSecurityGroup', 'add_security_group'),
    write('RemoveSecurityGroup', 'remove_security_group'),
  ]),
  ...rules('QuotaService', 'compute:quota_sets', [
    read('GetQuota', 'show', 'rule:admin_or_owner_reader'),
    write('UpdateQuota', 'update', A),
    write('DeleteQuota', 'delete', A),
    read('GetLimits', 'limits', R),
  ]),
  ...rules('SystemService', 'kumo:system', [read('GetStatus', 'status', A)]),
  ...rules('IdentityService', 'identity', [
    // Anyone may try a password; the password is the check.
    write('IssueToken', 'issue_token', 'rule:anyone'),
    write('CreateProject', 'create_project', A),
    read('ListProjects', 'list_projects', R),
    write('CreateUser', 'create_user', A),
    read('ListUsers', 'list_users', A),
    write('AddRole', 'create_grant', A),
    read('ListRoleAssignments', 'list_role_assignments', A),
    write('RemoveRole', 'revoke_grant', A),
    write('DeleteUser', 'delete_user', A),
    // Any caller at the edge; the handler checks it again with the revoked token's owner as token_user_id (Keystone's).
    write('RevokeToken', 'revoke_token', 'rule:admin or rule:token_subject'),
  ]),
];

/** Rules checked inside an RPC for one of its options, not for the RPC as a whole. */
export const OPTION_RULES: Readonly<Record<string, string>> = {
  // ListServers with all_tenants (and project_id): every project's servers.
  'compute:servers:index:get_all_tenants': A,
  // An admin reads and acts on any project's server by id.
  'compute:servers:show:all_projects': A,
  // A network every project may use.
  'network:create_network:shared': A,
  // An external network (floating IPs come from it): Neutron's rule.
  'network:create_network:router:external': A,
  // Nova's unlock_override: unlock a server an admin locked.
  'compute:servers:unlock:unlock_override': A,
  // An admin reads and deletes any project's server group by id.
  'compute:server_groups:show:all_projects': A,
  // An admin reads and deletes any project's network, port, floating IP and security group by id (Neutron's admin).
  'network:show:all_projects': A,
};

/** Every RPC named by `ServiceName.Method`, for lookups. */
export const RULE_BY_RPC: ReadonlyMap<string, RpcRule> = new Map(RPC_RULES.map((r) => [r.rpc, r]));
