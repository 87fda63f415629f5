// Original file: proto/kumo/compute/v1/quota.proto


/**
 * DeleteQuotaRequest names the project whose overrides go.
 */
export interface DeleteQuotaRequest {
  /**
   * Project id (required).
   */
  'project_id'?: (string);
}

/**
 * DeleteQuotaRequest names the project whose overrides go.
 */
export interface DeleteQuotaRequest__Output {
  /**
   * Project id (required).
   */
  'project_id': (string);
}
