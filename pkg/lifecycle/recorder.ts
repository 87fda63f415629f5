// What the owners of a server report about each action: Nova's instance
// actions and events, and the versioned notifications. Implemented in
// pkg/events; a no-op recorder is never used in production.
import type { InstanceAction, InstanceActionEvent, Server__Output } from '../gen/types.js';

export interface ActionContext {
  requestId: string;
  userId: string;
  projectId: string;
}

export interface ActionRecorder {
  /** An action was accepted on a server: records it and publishes instance.<action>.start. */
  start(server: Server__Output, action: string, ctx: ActionContext): void;
  /** Runs one step of the action as an event and returns fn's result. */
  event<T>(serverId: string, requestId: string, event: string, host: string, fn: () => Promise<T>): Promise<T>;
  /**
   * An event another process started and handed to this one (the
   * conductor's scheduling event, BuildAndRunInstanceRequest.conductor_event):
   * it ends now, successfully, and is logged from here.
   */
  finishHandedEvent(serverId: string, requestId: string, event: InstanceActionEvent): void;
  /** The action ended: publishes instance.<action>.end, or .error with the error. */
  finish(server: Server__Output, action: string, requestId: string, error?: unknown): void;
  /**
   * The action ends, successfully, with the server record about to be
   * saved: its finish (and the events held for it) is to be carried on
   * that record (ServerRecord.finished_action), not logged on its own.
   */
  carryFinish(server: Server__Output, action: string, requestId: string): CarriedFinish;
}

export interface CarriedFinish {
  /** For ServerRecord.finished_action. */
  readonly action: InstanceAction;
  /** The record carrying it is logged: publishes instance.<action>.end. */
  logged(server: Server__Output): void;
  /** It was not (the save lost a race): the events it took are logged on their own; the action stays open, as before. */
  lost(): void;
}
