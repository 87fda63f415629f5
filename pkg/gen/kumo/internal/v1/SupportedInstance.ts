// Original file: proto/kumo/internal/v1/records.proto


/**
 * SupportedInstance is one (architecture, hypervisor_type, vm_mode) a hypervisor can run.
 */
export interface SupportedInstance {
  /**
   * Architecture, e.g. x86_64.
   */
  'architecture'?: (string);
  /**
   * Hypervisor type, e.g. qemu.
   */
  'hypervisor_type'?: (string);
  /**
   * VM mode, e.g. hvm.
   */
  'vm_mode'?: (string);
}

/**
 * SupportedInstance is one (architecture, hypervisor_type, vm_mode) a hypervisor can run.
 */
export interface SupportedInstance__Output {
  /**
   * Architecture, e.g. x86_64.
   */
  'architecture': (string);
  /**
   * Hypervisor type, e.g. qemu.
   */
  'hypervisor_type': (string);
  /**
   * VM mode, e.g. hvm.
   */
  'vm_mode': (string);
}
