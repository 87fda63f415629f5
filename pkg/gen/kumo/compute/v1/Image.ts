// Original file: proto/kumo/compute/v1/image.proto

import type { ImageStatus as _kumo_compute_v1_ImageStatus, ImageStatus__Output as _kumo_compute_v1_ImageStatus__Output } from '../../../kumo/compute/v1/ImageStatus.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Image is an image record, as Glance describes it.
 */
export interface Image {
  /**
   * UUID.
   */
  'id'?: (string);
  /**
   * Display name.
   */
  'name'?: (string);
  /**
   * Disk format: ami, ari, aki, vhd, vhdx, vmdk, raw, qcow2, vdi, iso or ploop.
   */
  'disk_format'?: (string);
  /**
   * Container format: ami, ari, aki, bare, ovf, ova, docker or compressed.
   */
  'container_format'?: (string);
  /**
   * Minimum RAM in MiB a flavor needs to boot it.
   */
  'min_ram_mb'?: (number);
  /**
   * Minimum root disk in GiB a flavor needs to boot it.
   */
  'min_disk_gb'?: (number);
  /**
   * Size of the image data in bytes.
   */
  'size_bytes'?: (number | string | Long);
  /**
   * MD5 checksum of the data, hex.
   */
  'checksum'?: (string);
  /**
   * Lifecycle status.
   */
  'status'?: (_kumo_compute_v1_ImageStatus);
  /**
   * Properties such as architecture, hypervisor_type, vm_mode.
   */
  'properties'?: ({[key: string]: string});
  /**
   * Project that owns the image.
   */
  'owner'?: (string);
  /**
   * public, private, shared or community.
   */
  'visibility'?: (string);
  /**
   * When the record was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the record last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * Image is an image record, as Glance describes it.
 */
export interface Image__Output {
  /**
   * UUID.
   */
  'id': (string);
  /**
   * Display name.
   */
  'name': (string);
  /**
   * Disk format: ami, ari, aki, vhd, vhdx, vmdk, raw, qcow2, vdi, iso or ploop.
   */
  'disk_format': (string);
  /**
   * Container format: ami, ari, aki, bare, ovf, ova, docker or compressed.
   */
  'container_format': (string);
  /**
   * Minimum RAM in MiB a flavor needs to boot it.
   */
  'min_ram_mb': (number);
  /**
   * Minimum root disk in GiB a flavor needs to boot it.
   */
  'min_disk_gb': (number);
  /**
   * Size of the image data in bytes.
   */
  'size_bytes': (number);
  /**
   * MD5 checksum of the data, hex.
   */
  'checksum': (string);
  /**
   * Lifecycle status.
   */
  'status': (_kumo_compute_v1_ImageStatus__Output);
  /**
   * Properties such as architecture, hypervisor_type, vm_mode.
   */
  'properties': ({[key: string]: string});
  /**
   * Project that owns the image.
   */
  'owner': (string);
  /**
   * public, private, shared or community.
   */
  'visibility': (string);
  /**
   * When the record was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the record last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
