// Original file: proto/kumo/internal/v1/status.proto


/**
 * ProcessStatusRequest asks every Kumo process (kumo.v1.rpc.status, no
 * queue group: each answers) what it is and how it is doing.
 */
export interface ProcessStatusRequest {
}

/**
 * ProcessStatusRequest asks every Kumo process (kumo.v1.rpc.status, no
 * queue group: each answers) what it is and how it is doing.
 */
export interface ProcessStatusRequest__Output {
}
