// Original file: proto/kumo/compute/v1/quota.proto

import type { Long } from '@grpc/proto-loader';

/**
 * QuotaSet holds one limit per quota resource, as Nova's os-quota-sets; -1
 * means unlimited. Nova's defaults apply to a project without overrides.
 */
export interface QuotaSet {
  /**
   * Servers (default 10).
   */
  'instances'?: (number | string | Long);
  /**
   * vCPUs of all servers (default 20).
   */
  'cores'?: (number | string | Long);
  /**
   * RAM of all servers in MiB (default 51200).
   */
  'ram_mb'?: (number | string | Long);
  /**
   * Keypairs per user (default 100).
   */
  'keypairs'?: (number | string | Long);
  /**
   * Server groups (default 10).
   */
  'server_groups'?: (number | string | Long);
  /**
   * Servers per server group (default 10).
   */
  'server_group_members'?: (number | string | Long);
  /**
   * Metadata items per server (default 128).
   */
  'metadata_items'?: (number | string | Long);
  /**
   * Floating IPs (default 50, Neutron's quota_floatingip).
   */
  'floating_ips'?: (number | string | Long);
  /**
   * Security groups, the default one aside (default 10).
   */
  'security_groups'?: (number | string | Long);
  /**
   * Security group rules (default 100).
   */
  'security_group_rules'?: (number | string | Long);
}

/**
 * QuotaSet holds one limit per quota resource, as Nova's os-quota-sets; -1
 * means unlimited. Nova's defaults apply to a project without overrides.
 */
export interface QuotaSet__Output {
  /**
   * Servers (default 10).
   */
  'instances': (number);
  /**
   * vCPUs of all servers (default 20).
   */
  'cores': (number);
  /**
   * RAM of all servers in MiB (default 51200).
   */
  'ram_mb': (number);
  /**
   * Keypairs per user (default 100).
   */
  'keypairs': (number);
  /**
   * Server groups (default 10).
   */
  'server_groups': (number);
  /**
   * Servers per server group (default 10).
   */
  'server_group_members': (number);
  /**
   * Metadata items per server (default 128).
   */
  'metadata_items': (number);
  /**
   * Floating IPs (default 50, Neutron's quota_floatingip).
   */
  'floating_ips': (number);
  /**
   * Security groups, the default one aside (default 10).
   */
  'security_groups': (number);
  /**
   * Security group rules (default 100).
   */
  'security_group_rules': (number);
}
