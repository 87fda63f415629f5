// Original file: proto/kumo/compute/v1/quota.proto

import type { QuotaDetail as _kumo_compute_v1_QuotaDetail, QuotaDetail__Output as _kumo_compute_v1_QuotaDetail__Output } from '../../../kumo/compute/v1/QuotaDetail.js';

/**
 * QuotaDetails is every resource's limit and usage.
 */
export interface QuotaDetails {
  /**
   * Servers.
   */
  'instances'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * vCPUs.
   */
  'cores'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * RAM in MiB.
   */
  'ram_mb'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * Keypairs of the calling user.
   */
  'keypairs'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * Server groups.
   */
  'server_groups'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * Servers per server group (in_use: the fullest group).
   */
  'server_group_members'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * Metadata items per server.
   */
  'metadata_items'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * Floating IPs.
   */
  'floating_ips'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * Security groups (the default one aside).
   */
  'security_groups'?: (_kumo_compute_v1_QuotaDetail | null);
  /**
   * Security group rules.
   */
  'security_group_rules'?: (_kumo_compute_v1_QuotaDetail | null);
}

/**
 * QuotaDetails is every resource's limit and usage.
 */
export interface QuotaDetails__Output {
  /**
   * Servers.
   */
  'instances': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * vCPUs.
   */
  'cores': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * RAM in MiB.
   */
  'ram_mb': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * Keypairs of the calling user.
   */
  'keypairs': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * Server groups.
   */
  'server_groups': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * Servers per server group (in_use: the fullest group).
   */
  'server_group_members': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * Metadata items per server.
   */
  'metadata_items': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * Floating IPs.
   */
  'floating_ips': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * Security groups (the default one aside).
   */
  'security_groups': (_kumo_compute_v1_QuotaDetail__Output | null);
  /**
   * Security group rules.
   */
  'security_group_rules': (_kumo_compute_v1_QuotaDetail__Output | null);
}
