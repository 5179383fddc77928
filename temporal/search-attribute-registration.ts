/**
 * Registers the custom search attributes on a cluster's namespace. Idempotent: an attribute that
 * already exists is left alone, so the worker can call this on every start.
 */
import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { searchAttributes } from './search-attributes';

const typeEnum: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  TEXT: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  INT: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT,
  DATETIME: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  BOOL: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
};

export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const missing = searchAttributes.filter((a) => !(a.name in (existing.customAttributes ?? {})));
  if (missing.length === 0) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((a) => [a.name, typeEnum[a.type]])),
  });
}

/** The dev server's --search-attribute flags for the same attributes. */
export function devServerSearchAttributeFlags(): string[] {
  return searchAttributes.flatMap((a) => ['--search-attribute', `${a.name}=${a.type === 'KEYWORD' ? 'Keyword' : a.type}`]);
}
