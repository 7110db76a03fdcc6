// Drops and re-creates the storediff_ collections and relations.
import { COLLECTIONS, RELATIONS, PREFIX } from './schema.mjs';

export async function createSchema(api) {
  const existing = (await api.ok('GET', '/collections')).data.map((c) => c.collection);
  for (const name of [...COLLECTIONS].reverse().map((c) => c.collection)) {
    if (existing.includes(name)) {
      await api.ok('DELETE', '/collections/' + name);
    }
  }
  for (const { collection, fields, meta } of COLLECTIONS) {
    if (!collection.startsWith(PREFIX)) throw new Error('not ours: ' + collection);
    await api.ok('POST', '/collections', { collection, fields, meta: meta ?? {}, schema: {} });
  }
  for (const relation of RELATIONS) {
    await api.ok('POST', '/relations', relation);
  }
}
