// The write cases, run in this order on one database (each sees the previous ones' effects), and
// the permission cases a limited role runs. Keys refer to the seed (see generate.mjs) or to rows
// earlier cases made; the server answers are what make them meaningful, not these comments.
const P = 'storediff_posts';
const A = 'storediff_authors';
const T = 'storediff_tags';
const C = 'storediff_comments';
const J = 'storediff_posts_tags';
const post = '*,author.id,author.name,comments.id,comments.text,tags.id,tags.storediff_tags_id.name';
const author = '*,posts.id,posts.title,posts.author';

const create = (collection, body, fields) => ({ method: 'POST', collection, body, query: { fields } });
const update = (collection, key, body, fields) => ({ method: 'PATCH', collection, key, body, query: { fields } });
const remove = (collection, key) => ({ method: 'DELETE', collection, key });
const read = (collection, query) => ({ method: 'GET', collection, query });

export const WRITES = [
  create(P, { title: 'm2o new author', author: { name: 'Nested author', score: 7 } }, post),
  create(P, { title: 'm2o by key', author: 3 }, post),
  create(P, { title: 'm2o object with existing key', author: { id: 2, score: 99 } }, post),
  create(P, { title: 'm2o object with a new key', author: { id: 500, name: 'Keyed author' } }, post),
  create(A, { name: 'o2m new posts', posts: [{ title: 'child one', views: 1 }, { title: 'child two', views: 2 }] }, author),
  update(A, 1, { posts: [1, 2, { title: 'o2m new among keys' }] }, author),
  update(A, 1, { posts: [1, { id: 2, title: 'renamed through o2m' }] }, author),
  update(A, 2, { posts: { create: [{ title: 'created by alteration' }], update: [{ id: 4, title: 'updated by alteration' }], delete: [] } }, author),
  update(A, 2, { posts: { create: [], update: [], delete: [4] } }, author),
  read(P, { fields: ['id', 'author'], filter: { id: { _in: [1, 2, 4] } }, sort: ['id'] }),
  update(P, 5, { comments: [{ text: 'only comment now' }] }, post),
  read(C, { fields: ['id', 'post'], filter: { post: { _eq: 5 } }, sort: ['id'] }),
  update(P, 6, { comments: { create: [{ text: 'added' }], update: [], delete: [] } }, post),
  update(P, 7, { comments: { create: [], update: [], delete: [] } }, post),
  create(P, { title: 'm2m new tags', tags: [{ storediff_tags_id: { name: 'fresh tag' } }, { storediff_tags_id: { name: 'fresher tag', weight: 3 } }] }, post),
  create(P, { title: 'm2m existing tags', tags: [{ storediff_tags_id: 1 }, { storediff_tags_id: 2 }] }, post),
  update(P, 3, { tags: [] }, post),
  update(P, 8, { tags: { create: [{ storediff_tags_id: 4 }], update: [], delete: [] } }, post),
  update(P, 9, { tags: [{ storediff_tags_id: { id: 5, weight: 42 } }] }, post),
  create(A, { name: 'deep nesting', posts: [{ title: 'deep post', comments: [{ text: 'deep comment', likes: 3 }], tags: [{ storediff_tags_id: { name: 'deep tag' } }] }] },
    '*,posts.title,posts.comments.text,posts.tags.storediff_tags_id.name'),
  create(P, [{ title: 'batch one', author: { name: 'Batch author' } }, { title: 'batch two', author: 1 }], 'id,title,author.name'),
  { method: 'PATCH', collection: P, body: [{ id: 10, title: 'batch update', author: { name: 'Batch update author' } }, { id: 11, comments: [] }], query: { fields: 'id,title,author.name,comments' } },
  { method: 'PATCH', collection: P, body: { keys: [12, 13], data: { views: 777, author: 4 } }, query: { fields: 'id,views,author' } },
  update(C, 1, { post: { title: 'post made from a comment', author: { name: 'Two levels up' } } }, '*,post.title,post.author.name'),
  create(P, { title: 'bad fk', author: 99999 }, post),
  create(A, { name: 'bad nested fk', posts: [{ title: 'fine' }, 99999] }, author),
  create(A, { name: 'bad nested object', posts: [{ title: 'fine', author: 99999 }] }, author),
  create(C, { text: 'bad m2o key', post: 99999 }, '*'),
  create(T, { name: 'alpha' }, '*'),
  create(T, { id: 1, name: 'duplicate key' }, '*'),
  create(A, { name: 'unique nested', posts: [{ title: 'x', tags: [{ storediff_tags_id: { name: 'beta' } }] }] }, author),
  create(P, { body: 'no title' }, post),
  create(P, { title: null }, post),
  create(A, { name: 'nested validation', posts: [{ body: 'no title' }] }, author),
  create(P, { title: 'nested validation two levels', comments: [], author: { score: 1 } }, post),
  update(A, 1, { name: null }, author),
  update(A, 2, { posts: { create: 'nope' } }, author),
  update(A, 2, { posts: { foo: [] } }, author),
  update(A, 2, { posts: 'x' }, author),
  update(A, 2, { posts: { update: [{ title: 'no key' }] } }, author),
  update(A, 2, { posts: { delete: [99999] } }, author),
  update(A, 2, { posts: { update: [{ id: 99999, title: 'missing' }] } }, author),
  update(A, 3, { posts: [99999] }, author),
  read(A, { fields: ['id', 'name'], filter: { name: { _in: ['bad nested fk', 'bad nested object', 'unique nested', 'nested validation'] } } }),
  remove(A, 3),
  read(P, { fields: ['id', 'author'], filter: { author: { _null: true } }, sort: ['id'], limit: -1 }),
  remove(P, 1),
  read(C, { fields: ['id'], filter: { post: { _eq: 1 } } }),
  remove(T, 1),
  read(J, { fields: ['id'], filter: { storediff_tags_id: { _eq: 1 } } }),
  update(A, 4, { posts: [] }, author),
  update(P, 14, { comments: [] }, post),
  read(C, { fields: ['id', 'post'], filter: { post: { _eq: 14 } } }),
];

const limitedReads = [
  read(T, {}), read('storediff_nope', {}), read(P, { limit: 3, sort: ['id'] }), read(P, { fields: ['id', 'body'] }),
  read(P, { fields: ['id', 'tags.*'], limit: 3, sort: ['id'] }), read(P, { fields: ['author.posts.body'] }),
  read(P, { fields: ['comments.likes'] }), read(P, { filter: { body: { _null: true } } }),
  read(P, { filter: { author: { posts: { status: { _eq: 'x' } } } } }), read(P, { sort: ['body'] }),
  read(P, { fields: ['*.*'], limit: 2, sort: ['id'] }), read(P, { aggregate: { sum: ['rating'] } }),
  read(P, { aggregate: { sum: ['views'] } }), read(P, { aggregate: { count: ['*'] }, groupBy: ['status'] }),
  { method: 'GET', collection: P, key: 99999, query: {} }, { method: 'GET', collection: P, key: 2, query: { fields: ['*'] } },
  read(A, { fields: ['*', 'posts.*'], limit: 2, sort: ['id'] }), read(A, { fields: ['posts.body'] }),
  read(C, { fields: ['*'], limit: 3, sort: ['id'] }), read(C, { fields: ['post.body'] }), read(C, { fields: ['post.author.email'], limit: 2, sort: ['id'] }),
  read(C, { filter: { likes: { _gt: 3 } } }), read(C, { filter: { post: { title: { _contains: 'a' } } }, fields: ['id'], limit: 3, sort: ['id'] }),
  read(P, { fields: ['id'], deep: { comments: { _filter: { likes: { _gt: 1 } } } } }), read(P, { search: 'alpha', fields: ['id'], limit: 3, sort: ['id'] }),
  read(J, {}), read(A, { filter: { posts: { _some: { body: { _null: true } } } } }),
  read(P, { fields: ['id', 'body', 'author.email', 'rating'] }), read(A, { fields: ['id', 'year(born)'], sort: ['id'], limit: 2 }),
  read(P, { fields: ['year(published)'] }), read(A, { fields: ['posts.*'], filter: { posts: { title: { _contains: 'a' } } }, sort: ['id'], limit: 2 }),
];
const limitedWrites = [
  create(T, { name: 'limited tag' }, '*'), create(P, { title: 'limited', body: 'no' }, '*'), create(P, { title: 'limited post', views: 3 }, '*'),
  update(P, 2, { title: 'limited' }, '*'), update(A, 2, { email: 'x@example.com' }, '*'), update(A, 2, { name: 'renamed by limited' }, '*'),
  remove(P, 2), remove(T, 99999), remove(T, 2), create(A, { name: 'limited nested', posts: [{ title: 'x', body: 'b' }] }, '*'),
  create(P, { title: 'limited nested comments', comments: [{ text: 'x' }] }, '*'), create(A, { name: 'limited with posts', posts: [{ title: 'lp' }] }, '*'),
  create(P, { title: 'limited m2o', author: { name: 'by limited' } }, 'id,title,author.name'),
  create(A, { name: 'limited no read back' }, 'id,posts.body'), update(A, 99999, { name: 'missing' }, '*'),
  create(P, { title: 'limited m2m', tags: [{ storediff_tags_id: 1 }] }, 'id,title'),
  create(P, { title: 'limited m2m empty', tags: [] }, 'id,title'),
  update(A, 99999, { name: 'missing', score: 1 }, '*'), remove(A, 99999),
  read(P, { fields: ['id', 'title'], filter: { title: { _starts_with: 'limited' } }, sort: ['id'] }),
];
export const LIMITED = [...limitedReads, ...limitedWrites];
