// Original file: proto/kumo/internal/v1/instance.proto

import type { StopServerRequest as _kumo_compute_v1_StopServerRequest, StopServerRequest__Output as _kumo_compute_v1_StopServerRequest__Output } from '../../../kumo/compute/v1/StopServerRequest.js';
import type { StartServerRequest as _kumo_compute_v1_StartServerRequest, StartServerRequest__Output as _kumo_compute_v1_StartServerRequest__Output } from '../../../kumo/compute/v1/StartServerRequest.js';
import type { RebootServerRequest as _kumo_compute_v1_RebootServerRequest, RebootServerRequest__Output as _kumo_compute_v1_RebootServerRequest__Output } from '../../../kumo/compute/v1/RebootServerRequest.js';
import type { DeleteServerRequest as _kumo_compute_v1_DeleteServerRequest, DeleteServerRequest__Output as _kumo_compute_v1_DeleteServerRequest__Output } from '../../../kumo/compute/v1/DeleteServerRequest.js';
import type { PauseServerRequest as _kumo_compute_v1_PauseServerRequest, PauseServerRequest__Output as _kumo_compute_v1_PauseServerRequest__Output } from '../../../kumo/compute/v1/PauseServerRequest.js';
import type { UnpauseServerRequest as _kumo_compute_v1_UnpauseServerRequest, UnpauseServerRequest__Output as _kumo_compute_v1_UnpauseServerRequest__Output } from '../../../kumo/compute/v1/UnpauseServerRequest.js';
import type { SuspendServerRequest as _kumo_compute_v1_SuspendServerRequest, SuspendServerRequest__Output as _kumo_compute_v1_SuspendServerRequest__Output } from '../../../kumo/compute/v1/SuspendServerRequest.js';
import type { ResumeServerRequest as _kumo_compute_v1_ResumeServerRequest, ResumeServerRequest__Output as _kumo_compute_v1_ResumeServerRequest__Output } from '../../../kumo/compute/v1/ResumeServerRequest.js';
import type { LockServerRequest as _kumo_compute_v1_LockServerRequest, LockServerRequest__Output as _kumo_compute_v1_LockServerRequest__Output } from '../../../kumo/compute/v1/LockServerRequest.js';
import type { UnlockServerRequest as _kumo_compute_v1_UnlockServerRequest, UnlockServerRequest__Output as _kumo_compute_v1_UnlockServerRequest__Output } from '../../../kumo/compute/v1/UnlockServerRequest.js';
import type { RebuildServerRequest as _kumo_compute_v1_RebuildServerRequest, RebuildServerRequest__Output as _kumo_compute_v1_RebuildServerRequest__Output } from '../../../kumo/compute/v1/RebuildServerRequest.js';
import type { ResizeServerRequest as _kumo_compute_v1_ResizeServerRequest, ResizeServerRequest__Output as _kumo_compute_v1_ResizeServerRequest__Output } from '../../../kumo/compute/v1/ResizeServerRequest.js';
import type { ConfirmResizeServerRequest as _kumo_compute_v1_ConfirmResizeServerRequest, ConfirmResizeServerRequest__Output as _kumo_compute_v1_ConfirmResizeServerRequest__Output } from '../../../kumo/compute/v1/ConfirmResizeServerRequest.js';
import type { RevertResizeServerRequest as _kumo_compute_v1_RevertResizeServerRequest, RevertResizeServerRequest__Output as _kumo_compute_v1_RevertResizeServerRequest__Output } from '../../../kumo/compute/v1/RevertResizeServerRequest.js';
import type { MigrateServerRequest as _kumo_compute_v1_MigrateServerRequest, MigrateServerRequest__Output as _kumo_compute_v1_MigrateServerRequest__Output } from '../../../kumo/compute/v1/MigrateServerRequest.js';
import type { LiveMigrateServerRequest as _kumo_compute_v1_LiveMigrateServerRequest, LiveMigrateServerRequest__Output as _kumo_compute_v1_LiveMigrateServerRequest__Output } from '../../../kumo/compute/v1/LiveMigrateServerRequest.js';
import type { EvacuateServerRequest as _kumo_compute_v1_EvacuateServerRequest, EvacuateServerRequest__Output as _kumo_compute_v1_EvacuateServerRequest__Output } from '../../../kumo/compute/v1/EvacuateServerRequest.js';
import type { ShelveServerRequest as _kumo_compute_v1_ShelveServerRequest, ShelveServerRequest__Output as _kumo_compute_v1_ShelveServerRequest__Output } from '../../../kumo/compute/v1/ShelveServerRequest.js';
import type { ShelveOffloadServerRequest as _kumo_compute_v1_ShelveOffloadServerRequest, ShelveOffloadServerRequest__Output as _kumo_compute_v1_ShelveOffloadServerRequest__Output } from '../../../kumo/compute/v1/ShelveOffloadServerRequest.js';
import type { UnshelveServerRequest as _kumo_compute_v1_UnshelveServerRequest, UnshelveServerRequest__Output as _kumo_compute_v1_UnshelveServerRequest__Output } from '../../../kumo/compute/v1/UnshelveServerRequest.js';
import type { RescueServerRequest as _kumo_compute_v1_RescueServerRequest, RescueServerRequest__Output as _kumo_compute_v1_RescueServerRequest__Output } from '../../../kumo/compute/v1/RescueServerRequest.js';
import type { UnrescueServerRequest as _kumo_compute_v1_UnrescueServerRequest, UnrescueServerRequest__Output as _kumo_compute_v1_UnrescueServerRequest__Output } from '../../../kumo/compute/v1/UnrescueServerRequest.js';
import type { CreateServerImageRequest as _kumo_compute_v1_CreateServerImageRequest, CreateServerImageRequest__Output as _kumo_compute_v1_CreateServerImageRequest__Output } from '../../../kumo/compute/v1/CreateServerImageRequest.js';
import type { GetConsoleOutputRequest as _kumo_compute_v1_GetConsoleOutputRequest, GetConsoleOutputRequest__Output as _kumo_compute_v1_GetConsoleOutputRequest__Output } from '../../../kumo/compute/v1/GetConsoleOutputRequest.js';
import type { CreateRemoteConsoleRequest as _kumo_compute_v1_CreateRemoteConsoleRequest, CreateRemoteConsoleRequest__Output as _kumo_compute_v1_CreateRemoteConsoleRequest__Output } from '../../../kumo/compute/v1/CreateRemoteConsoleRequest.js';
import type { SetServerMetadataRequest as _kumo_compute_v1_SetServerMetadataRequest, SetServerMetadataRequest__Output as _kumo_compute_v1_SetServerMetadataRequest__Output } from '../../../kumo/compute/v1/SetServerMetadataRequest.js';
import type { DeleteServerMetadataRequest as _kumo_compute_v1_DeleteServerMetadataRequest, DeleteServerMetadataRequest__Output as _kumo_compute_v1_DeleteServerMetadataRequest__Output } from '../../../kumo/compute/v1/DeleteServerMetadataRequest.js';
import type { SetServerTagsRequest as _kumo_compute_v1_SetServerTagsRequest, SetServerTagsRequest__Output as _kumo_compute_v1_SetServerTagsRequest__Output } from '../../../kumo/compute/v1/SetServerTagsRequest.js';
import type { DeleteServerTagsRequest as _kumo_compute_v1_DeleteServerTagsRequest, DeleteServerTagsRequest__Output as _kumo_compute_v1_DeleteServerTagsRequest__Output } from '../../../kumo/compute/v1/DeleteServerTagsRequest.js';
import type { RestoreServerRequest as _kumo_compute_v1_RestoreServerRequest, RestoreServerRequest__Output as _kumo_compute_v1_RestoreServerRequest__Output } from '../../../kumo/compute/v1/RestoreServerRequest.js';
import type { ForceDeleteServerRequest as _kumo_compute_v1_ForceDeleteServerRequest, ForceDeleteServerRequest__Output as _kumo_compute_v1_ForceDeleteServerRequest__Output } from '../../../kumo/compute/v1/ForceDeleteServerRequest.js';
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';
import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';

/**
 * InstanceActionRequest is one action sent to the server's owner: the
 * instance actor on its host, or the conductor for a server no host holds.
 * It wraps the public request, checked at the API edge.
 */
export interface InstanceActionRequest {
  /**
   * Stop.
   */
  'stop'?: (_kumo_compute_v1_StopServerRequest | null);
  /**
   * Start.
   */
  'start'?: (_kumo_compute_v1_StartServerRequest | null);
  /**
   * Reboot.
   */
  'reboot'?: (_kumo_compute_v1_RebootServerRequest | null);
  /**
   * Delete.
   */
  'delete'?: (_kumo_compute_v1_DeleteServerRequest | null);
  /**
   * Pause.
   */
  'pause'?: (_kumo_compute_v1_PauseServerRequest | null);
  /**
   * Unpause.
   */
  'unpause'?: (_kumo_compute_v1_UnpauseServerRequest | null);
  /**
   * Suspend.
   */
  'suspend'?: (_kumo_compute_v1_SuspendServerRequest | null);
  /**
   * Resume.
   */
  'resume'?: (_kumo_compute_v1_ResumeServerRequest | null);
  /**
   * Lock.
   */
  'lock'?: (_kumo_compute_v1_LockServerRequest | null);
  /**
   * Unlock.
   */
  'unlock'?: (_kumo_compute_v1_UnlockServerRequest | null);
  /**
   * Rebuild.
   */
  'rebuild'?: (_kumo_compute_v1_RebuildServerRequest | null);
  /**
   * Resize.
   */
  'resize'?: (_kumo_compute_v1_ResizeServerRequest | null);
  /**
   * Confirm a resize.
   */
  'confirm_resize'?: (_kumo_compute_v1_ConfirmResizeServerRequest | null);
  /**
   * Revert a resize.
   */
  'revert_resize'?: (_kumo_compute_v1_RevertResizeServerRequest | null);
  /**
   * Cold migrate.
   */
  'migrate'?: (_kumo_compute_v1_MigrateServerRequest | null);
  /**
   * Live migrate.
   */
  'live_migrate'?: (_kumo_compute_v1_LiveMigrateServerRequest | null);
  /**
   * Evacuate.
   */
  'evacuate'?: (_kumo_compute_v1_EvacuateServerRequest | null);
  /**
   * Shelve.
   */
  'shelve'?: (_kumo_compute_v1_ShelveServerRequest | null);
  /**
   * Shelve offload.
   */
  'shelve_offload'?: (_kumo_compute_v1_ShelveOffloadServerRequest | null);
  /**
   * Unshelve.
   */
  'unshelve'?: (_kumo_compute_v1_UnshelveServerRequest | null);
  /**
   * Rescue.
   */
  'rescue'?: (_kumo_compute_v1_RescueServerRequest | null);
  /**
   * Unrescue.
   */
  'unrescue'?: (_kumo_compute_v1_UnrescueServerRequest | null);
  /**
   * Snapshot.
   */
  'create_image'?: (_kumo_compute_v1_CreateServerImageRequest | null);
  /**
   * Console log.
   */
  'console_output'?: (_kumo_compute_v1_GetConsoleOutputRequest | null);
  /**
   * Console URL.
   */
  'remote_console'?: (_kumo_compute_v1_CreateRemoteConsoleRequest | null);
  /**
   * Set metadata.
   */
  'set_metadata'?: (_kumo_compute_v1_SetServerMetadataRequest | null);
  /**
   * Delete metadata.
   */
  'delete_metadata'?: (_kumo_compute_v1_DeleteServerMetadataRequest | null);
  /**
   * Set tags.
   */
  'set_tags'?: (_kumo_compute_v1_SetServerTagsRequest | null);
  /**
   * Delete tags.
   */
  'delete_tags'?: (_kumo_compute_v1_DeleteServerTagsRequest | null);
  /**
   * Restore from soft delete.
   */
  'restore'?: (_kumo_compute_v1_RestoreServerRequest | null);
  /**
   * Force delete.
   */
  'force_delete'?: (_kumo_compute_v1_ForceDeleteServerRequest | null);
  /**
   * The caller holds the admin role: may act on locked servers and use admin-only options.
   */
  'admin'?: (boolean);
  /**
   * Snapshot: the image record already registered by the conductor (create_image).
   */
  'image'?: (_kumo_compute_v1_Image | null);
  /**
   * Resize: the new flavor as the conductor resolved it.
   */
  'flavor'?: (_kumo_compute_v1_Flavor | null);
  /**
   * Rebuild or rescue: the image as the conductor resolved it.
   */
  'rebuild_image'?: (_kumo_compute_v1_Image | null);
  /**
   * The action.
   */
  'action'?: "stop"|"start"|"reboot"|"delete"|"pause"|"unpause"|"suspend"|"resume"|"lock"|"unlock"|"rebuild"|"resize"|"confirm_resize"|"revert_resize"|"migrate"|"live_migrate"|"evacuate"|"shelve"|"shelve_offload"|"unshelve"|"rescue"|"unrescue"|"create_image"|"console_output"|"remote_console"|"set_metadata"|"delete_metadata"|"set_tags"|"delete_tags"|"restore"|"force_delete";
}

/**
 * InstanceActionRequest is one action sent to the server's owner: the
 * instance actor on its host, or the conductor for a server no host holds.
 * It wraps the public request, checked at the API edge.
 */
export interface InstanceActionRequest__Output {
  /**
   * Stop.
   */
  'stop'?: (_kumo_compute_v1_StopServerRequest__Output | null);
  /**
   * Start.
   */
  'start'?: (_kumo_compute_v1_StartServerRequest__Output | null);
  /**
   * Reboot.
   */
  'reboot'?: (_kumo_compute_v1_RebootServerRequest__Output | null);
  /**
   * Delete.
   */
  'delete'?: (_kumo_compute_v1_DeleteServerRequest__Output | null);
  /**
   * Pause.
   */
  'pause'?: (_kumo_compute_v1_PauseServerRequest__Output | null);
  /**
   * Unpause.
   */
  'unpause'?: (_kumo_compute_v1_UnpauseServerRequest__Output | null);
  /**
   * Suspend.
   */
  'suspend'?: (_kumo_compute_v1_SuspendServerRequest__Output | null);
  /**
   * Resume.
   */
  'resume'?: (_kumo_compute_v1_ResumeServerRequest__Output | null);
  /**
   * Lock.
   */
  'lock'?: (_kumo_compute_v1_LockServerRequest__Output | null);
  /**
   * Unlock.
   */
  'unlock'?: (_kumo_compute_v1_UnlockServerRequest__Output | null);
  /**
   * Rebuild.
   */
  'rebuild'?: (_kumo_compute_v1_RebuildServerRequest__Output | null);
  /**
   * Resize.
   */
  'resize'?: (_kumo_compute_v1_ResizeServerRequest__Output | null);
  /**
   * Confirm a resize.
   */
  'confirm_resize'?: (_kumo_compute_v1_ConfirmResizeServerRequest__Output | null);
  /**
   * Revert a resize.
   */
  'revert_resize'?: (_kumo_compute_v1_RevertResizeServerRequest__Output | null);
  /**
   * Cold migrate.
   */
  'migrate'?: (_kumo_compute_v1_MigrateServerRequest__Output | null);
  /**
   * Live migrate.
   */
  'live_migrate'?: (_kumo_compute_v1_LiveMigrateServerRequest__Output | null);
  /**
   * Evacuate.
   */
  'evacuate'?: (_kumo_compute_v1_EvacuateServerRequest__Output | null);
  /**
   * Shelve.
   */
  'shelve'?: (_kumo_compute_v1_ShelveServerRequest__Output | null);
  /**
   * Shelve offload.
   */
  'shelve_offload'?: (_kumo_compute_v1_ShelveOffloadServerRequest__Output | null);
  /**
   * Unshelve.
   */
  'unshelve'?: (_kumo_compute_v1_UnshelveServerRequest__Output | null);
  /**
   * Rescue.
   */
  'rescue'?: (_kumo_compute_v1_RescueServerRequest__Output | null);
  /**
   * Unrescue.
   */
  'unrescue'?: (_kumo_compute_v1_UnrescueServerRequest__Output | null);
  /**
   * Snapshot.
   */
  'create_image'?: (_kumo_compute_v1_CreateServerImageRequest__Output | null);
  /**
   * Console log.
   */
  'console_output'?: (_kumo_compute_v1_GetConsoleOutputRequest__Output | null);
  /**
   * Console URL.
   */
  'remote_console'?: (_kumo_compute_v1_CreateRemoteConsoleRequest__Output | null);
  /**
   * Set metadata.
   */
  'set_metadata'?: (_kumo_compute_v1_SetServerMetadataRequest__Output | null);
  /**
   * Delete metadata.
   */
  'delete_metadata'?: (_kumo_compute_v1_DeleteServerMetadataRequest__Output | null);
  /**
   * Set tags.
   */
  'set_tags'?: (_kumo_compute_v1_SetServerTagsRequest__Output | null);
  /**
   * Delete tags.
   */
  'delete_tags'?: (_kumo_compute_v1_DeleteServerTagsRequest__Output | null);
  /**
   * Restore from soft delete.
   */
  'restore'?: (_kumo_compute_v1_RestoreServerRequest__Output | null);
  /**
   * Force delete.
   */
  'force_delete'?: (_kumo_compute_v1_ForceDeleteServerRequest__Output | null);
  /**
   * The caller holds the admin role: may act on locked servers and use admin-only options.
   */
  'admin': (boolean);
  /**
   * Snapshot: the image record already registered by the conductor (create_image).
   */
  'image': (_kumo_compute_v1_Image__Output | null);
  /**
   * Resize: the new flavor as the conductor resolved it.
   */
  'flavor': (_kumo_compute_v1_Flavor__Output | null);
  /**
   * Rebuild or rescue: the image as the conductor resolved it.
   */
  'rebuild_image': (_kumo_compute_v1_Image__Output | null);
  /**
   * The action.
   */
  'action'?: "stop"|"start"|"reboot"|"delete"|"pause"|"unpause"|"suspend"|"resume"|"lock"|"unlock"|"rebuild"|"resize"|"confirm_resize"|"revert_resize"|"migrate"|"live_migrate"|"evacuate"|"shelve"|"shelve_offload"|"unshelve"|"rescue"|"unrescue"|"create_image"|"console_output"|"remote_console"|"set_metadata"|"delete_metadata"|"set_tags"|"delete_tags"|"restore"|"force_delete";
}
