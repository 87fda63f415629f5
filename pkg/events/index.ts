// Instance actions, their events, and notifications.
export { InstanceActionRecorder, EVENT_ERROR, EVENT_SUCCESS, type ActionContext, type ActionRecorder, type RecorderOptions } from './recorder.js';
export { InstanceActionTable, instanceActionCodec, mergeAction, ACTION_ERROR_MESSAGE, type ActionPage } from './action_table.js';
export { Notifier, instanceActionPayload, requestSpecPayload, type Notification, type InstanceActionPayload, type RequestSpecPayload, type Priority } from './notifier.js';
