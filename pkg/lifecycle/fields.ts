// Limits of a server's user metadata and tags (Nova's metadata_items quota
// default and its tag rules), checked at the API and again by the owner
// against the merged result.
import { InvalidArgumentError, type FieldViolation } from '../actor/errors.js';

export const MAX_METADATA_ITEMS = 128;
export const MAX_TAGS = 50;

export function metadataViolations(metadata: Record<string, string>, field: string): FieldViolation[] {
  const v: FieldViolation[] = [];
  const keys = Object.keys(metadata);
  if (keys.length > MAX_METADATA_ITEMS) v.push({ field, description: `at most ${MAX_METADATA_ITEMS} items` });
  for (const k of keys) {
    if (!k || k.length > 255) v.push({ field: `${field}[${k}]`, description: 'keys must be 1 to 255 characters' });
    else if (metadata[k]!.length > 255) v.push({ field: `${field}[${k}]`, description: 'values must be at most 255 characters' });
  }
  return v;
}

export function checkMetadata(metadata: Record<string, string>, field: string): void {
  const v = metadataViolations(metadata, field);
  if (v.length) throw new InvalidArgumentError(v);
}

export function checkTags(tags: readonly string[], field: string): void {
  const v: FieldViolation[] = [];
  if (tags.length > MAX_TAGS) v.push({ field, description: `at most ${MAX_TAGS} tags` });
  tags.forEach((t, i) => {
    if (!t || t.length > 60) v.push({ field: `${field}[${i}]`, description: 'tags must be 1 to 60 characters' });
    else if (/[/,]/.test(t)) v.push({ field: `${field}[${i}]`, description: "tags may not contain '/' or ','" });
  });
  if (v.length) throw new InvalidArgumentError(v);
}
