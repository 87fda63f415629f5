// Original file: proto/kumo/compute/v1/quota.proto


/**
 * GetQuotaRequest names the project.
 */
export interface GetQuotaRequest {
  /**
   * Project id; empty means the caller's project.
   */
  'project_id'?: (string);
}

/**
 * GetQuotaRequest names the project.
 */
export interface GetQuotaRequest__Output {
  /**
   * Project id; empty means the caller's project.
   */
  'project_id': (string);
}
