// Name-or-id lookup as openstackclient's find_resource does it: get by id;
// if that is NOT_FOUND, list and match the exact name.
import { CliError } from './errors.js';

export interface Finder<T> {
  get(id: string): Promise<T>;
  list(): Promise<readonly T[]>;
  name(item: T): string;
}

function codeNameOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('codeName' in err)) return undefined;
  const code = (err as { codeName: unknown }).codeName;
  return typeof code === 'string' ? code : undefined;
}

/** Whether an SDK call failed with NOT_FOUND (structural, so any KumoApiError-like value works). */
export function isNotFound(err: unknown): boolean {
  return codeNameOf(err) === 'NOT_FOUND';
}

export async function findResource<T>(kind: string, nameOrId: string, finder: Finder<T>): Promise<T> {
  try {
    return await finder.get(nameOrId);
  } catch (err) {
    // A name is not a valid id either (too long, wrong shape): both mean "try names".
    const code = codeNameOf(err);
    if (code !== 'NOT_FOUND' && code !== 'INVALID_ARGUMENT') throw err;
  }
  const matches = (await finder.list()).filter((item) => finder.name(item) === nameOrId);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new CliError(`No ${kind} with a name or ID of '${nameOrId}' exists.`);
  throw new CliError(`More than one ${kind} exists with the name '${nameOrId}'.`);
}
