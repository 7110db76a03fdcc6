// The storediff_ schema the differential fixtures run on: authors ←m2o— posts —o2m→ comments,
// posts ⇄ tags through the junction storediff_posts_tags. Every collection is dropped and made
// again, so keys start at 1 on each recording. The boolean has the cast-boolean special the Data
// Studio gives every boolean field: without it Directus on SQLite answers 1/0, not true/false.
export const PREFIX = 'storediff_';

const pk = { field: 'id', type: 'integer', meta: { hidden: true }, schema: { is_primary_key: true, has_auto_increment: true } };
const str = (field, schema = {}) => ({ field, type: 'string', meta: {}, schema });
const typed = (field, type, schema = {}) => ({ field, type, meta: {}, schema });
const o2m = (field) => ({ field, type: 'alias', meta: { special: ['o2m'] } });
const m2m = (field) => ({ field, type: 'alias', meta: { special: ['m2m'] } });

export const COLLECTIONS = [
  {
    collection: 'storediff_authors',
    fields: [pk, str('name', { is_nullable: false }), str('email', { is_unique: true }), typed('born', 'date'),
      typed('score', 'integer'), { ...typed('active', 'boolean', { default_value: true }), meta: { special: ['cast-boolean'] } }, o2m('posts')],
  },
  {
    collection: 'storediff_tags',
    fields: [pk, str('name', { is_nullable: false, is_unique: true }), typed('weight', 'integer')],
  },
  {
    collection: 'storediff_posts',
    fields: [pk, str('title', { is_nullable: false }), typed('body', 'text'), typed('views', 'integer'),
      typed('rating', 'float'), typed('published', 'dateTime'), str('status', { default_value: 'draft' }),
      typed('author', 'integer'), o2m('comments'), m2m('tags')],
  },
  {
    collection: 'storediff_comments',
    fields: [pk, typed('text', 'text'), typed('likes', 'integer', { default_value: 0 }), typed('post', 'integer')],
  },
  {
    collection: 'storediff_posts_tags',
    fields: [pk, typed('storediff_posts_id', 'integer'), typed('storediff_tags_id', 'integer')],
    meta: { hidden: true },
  },
];

export const RELATIONS = [
  { collection: 'storediff_posts', field: 'author', related_collection: 'storediff_authors',
    meta: { one_field: 'posts', one_deselect_action: 'nullify' }, schema: { on_delete: 'SET NULL' } },
  { collection: 'storediff_comments', field: 'post', related_collection: 'storediff_posts',
    meta: { one_field: 'comments', one_deselect_action: 'delete' }, schema: { on_delete: 'CASCADE' } },
  { collection: 'storediff_posts_tags', field: 'storediff_posts_id', related_collection: 'storediff_posts',
    meta: { one_field: 'tags', junction_field: 'storediff_tags_id', one_deselect_action: 'delete' },
    schema: { on_delete: 'CASCADE' } },
  { collection: 'storediff_posts_tags', field: 'storediff_tags_id', related_collection: 'storediff_tags',
    meta: { one_field: null, junction_field: 'storediff_posts_id', one_deselect_action: 'nullify' },
    schema: { on_delete: 'CASCADE' } },
];
