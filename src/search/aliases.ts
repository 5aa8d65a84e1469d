import { loadGazetteer } from '../lang/gazetteer.js';
import { nameKey } from './query.js';

/**
 * The name keys an entity: or speaker: filter looks for: the name as written, and the canonical
 * name the curated lists give it, so تنظيم الدولة and الدولة الإسلامية find the entity stored as
 * داعش, and سورية finds سوريا. The lists load on first use (about 0.4 s), only when a query names one.
 */
export function nameKeysFor(name: string): string[] {
  const key = nameKey(name);
  const keys = new Set([key]);
  for (const n of loadGazetteer().lookup(key)?.names ?? []) keys.add(nameKey(n.canonical));
  return [...keys];
}
