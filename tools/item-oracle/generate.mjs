// Deterministic generators for the seed rows and the recorded cases (mulberry32, fixed seed), so a
// re-recording against the same server version gives the same fixtures.
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const some = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, some };
}

const WORDS = ['alpha', 'Beta', 'gamma', 'Delta', 'epsilon', 'zeta', 'Eta', 'theta', 'iota', 'kappa', 'lambda', 'Mu'];
const pad = (n) => String(n).padStart(2, '0');

/** The seed rows, collection by collection in insert order (keys 1… as the server assigns them). */
export function seedRows(r) {
  const authors = [];
  for (let i = 1; i <= 14; i++) {
    authors.push({
      name: r.pick(WORDS) + ' ' + r.pick(WORDS).toLowerCase() + (i % 5 === 0 ? '%' : ''),
      email: r.chance(0.8) ? `a${i}@example.${r.pick(['com', 'org'])}` : null,
      born: r.chance(0.85) ? `19${r.int(50, 99)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}` : null,
      score: r.chance(0.9) ? r.int(-5, 60) : null,
      active: r.chance(0.7),
    });
  }
  const tags = WORDS.slice(0, 10).map((name, i) => ({ name: name.toLowerCase(), weight: i % 4 === 3 ? null : r.int(0, 9) }));
  const posts = [];
  for (let i = 1; i <= 70; i++) {
    posts.push({
      title: `${r.pick(WORDS)} ${r.pick(WORDS).toLowerCase()} ${i}`,
      body: r.chance(0.2) ? null : r.chance(0.1) ? '' : `${r.pick(WORDS)} text of post ${i} ${r.pick(WORDS)}`,
      views: r.chance(0.1) ? null : r.int(0, 500),
      rating: r.chance(0.15) ? null : Math.round(r.next() * 50) / 10,
      published: r.chance(0.15) ? null
        : `20${r.int(21, 25)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:00`,
      status: r.pick(['draft', 'published', 'published', 'archived']),
      author: r.chance(0.1) ? null : r.int(1, authors.length),
    });
  }
  const comments = [];
  for (let i = 1; i <= 150; i++) {
    comments.push({ text: r.chance(0.1) ? null : `${r.pick(WORDS)} comment ${i}`, likes: r.int(0, 20), post: r.int(1, 60) });
  }
  const junction = [];
  for (let post = 1; post <= 70; post++) {
    for (const tag of r.some([...Array(tags.length).keys()], r.int(0, 3))) {
      junction.push({ storediff_posts_id: post, storediff_tags_id: tag + 1 });
    }
  }
  return { storediff_authors: authors, storediff_tags: tags, storediff_posts: posts, storediff_comments: comments, storediff_posts_tags: junction };
}

const STRING_OPS = ['_contains', '_ncontains', '_icontains', '_nicontains', '_starts_with', '_nstarts_with',
  '_istarts_with', '_nistarts_with', '_ends_with', '_nends_with', '_iends_with', '_niends_with'];
const COMPARE_OPS = ['_eq', '_neq', '_lt', '_lte', '_gt', '_gte'];
const NULL_OPS = ['_null', '_nnull', '_empty', '_nempty'];

/** Field paths per collection with how to draw values for them. */
const PATHS = {
  storediff_posts: {
    title: 'string', body: 'string', status: 'string', views: 'number', rating: 'number', published: 'date',
    id: 'number', author: 'number', 'author.name': 'string', 'author.score': 'number', 'author.born': 'date',
    'author.active': 'boolean',
  },
  storediff_authors: { name: 'string', email: 'string', score: 'number', born: 'date', active: 'boolean', id: 'number' },
  storediff_comments: { text: 'string', likes: 'number', post: 'number', 'post.title': 'string', 'post.views': 'number', 'post.author.name': 'string' },
  storediff_tags: { name: 'string', weight: 'number' },
};

function valueFor(r, kind, seed, path) {
  const leaf = path.split('.').pop();
  const samples = [];
  for (const rows of Object.values(seed)) {
    for (const row of rows) if (row[leaf] !== undefined && row[leaf] !== null) samples.push(row[leaf]);
  }
  const sample = samples.length ? r.pick(samples) : null;
  switch (kind) {
    case 'string': {
      const text = String(sample ?? 'x');
      const start = r.int(0, Math.max(0, text.length - 3));
      return r.chance(0.3) ? text : r.chance(0.5) ? text.slice(start, start + r.int(1, 4)).toUpperCase() : text.slice(start, start + r.int(1, 4));
    }
    case 'number': return typeof sample === 'number' ? (r.chance(0.5) ? sample : r.int(-5, 300)) : r.int(0, 100);
    case 'date': return r.chance(0.5) ? String(sample ?? '2023-01-01').slice(0, 10) : `20${r.int(21, 25)}-0${r.int(1, 9)}-15`;
    default: return r.chance(0.5);
  }
}

function nest(path, condition) {
  return path.split('.').reduceRight((inner, key) => ({ [key]: inner }), condition);
}

function leafFilter(r, collection, seed) {
  const [path, kind] = r.pick(Object.entries(PATHS[collection]));
  const roll = r.next();
  let op;
  let value;
  if (roll < 0.12) {
    op = r.pick(NULL_OPS);
    value = true;
  } else if (roll < 0.22) {
    op = r.pick(['_in', '_nin']);
    value = [valueFor(r, kind, seed, path), valueFor(r, kind, seed, path), valueFor(r, kind, seed, path)];
  } else if (roll < 0.3 && kind !== 'boolean' && kind !== 'string') {
    op = r.pick(['_between', '_nbetween']);
    const a = valueFor(r, kind, seed, path);
    const b = valueFor(r, kind, seed, path);
    value = a < b ? [a, b] : [b, a];
  } else if (kind === 'string' && roll < 0.75) {
    op = r.pick(STRING_OPS);
    value = valueFor(r, kind, seed, path);
  } else {
    op = kind === 'boolean' ? r.pick(['_eq', '_neq']) : r.pick(COMPARE_OPS);
    value = valueFor(r, kind, seed, path);
  }
  return nest(path, { [op]: value });
}

function relationalFilter(r, collection, seed) {
  if (collection === 'storediff_authors') {
    const inner = leafFilter(r, 'storediff_posts', seed);
    return { posts: r.chance(0.4) ? { [r.pick(['_some', '_none'])]: inner } : inner };
  }
  if (collection === 'storediff_posts') {
    const roll = r.next();
    if (roll < 0.4) {
      const inner = leafFilter(r, 'storediff_comments', seed);
      delete inner.post;
      const condition = Object.keys(inner).length ? inner : { likes: { _gt: r.int(0, 20) } };
      return { comments: r.chance(0.5) ? { [r.pick(['_some', '_none'])]: condition } : condition };
    }
    const tag = { storediff_tags_id: leafFilter(r, 'storediff_tags', seed) };
    return { tags: r.chance(0.5) ? { [r.pick(['_some', '_none'])]: tag } : tag };
  }
  return leafFilter(r, collection, seed);
}

function filter(r, collection, seed, depth = 0) {
  const roll = r.next();
  if (depth < 2 && roll < 0.2) {
    const parts = [];
    for (let i = r.int(2, 3); i > 0; i--) parts.push(filter(r, collection, seed, depth + 1));
    return { [r.pick(['_and', '_or'])]: parts };
  }
  return roll < 0.4 ? relationalFilter(r, collection, seed) : leafFilter(r, collection, seed);
}

const FIELDS = {
  storediff_posts: [['*'], ['id', 'title'], ['id', 'title', 'author.name'], ['id', 'author.*'], ['id', 'comments.id', 'comments.likes'],
    ['id', 'tags.storediff_tags_id.name'], ['title', 'views', 'rating'], ['*', 'author.name'], ['id', 'comments'], ['id', 'status', 'published']],
  storediff_authors: [['*'], ['id', 'name'], ['id', 'posts.title'], ['name', 'score', 'born'], ['id', 'posts']],
  storediff_comments: [['*'], ['id', 'post.title'], ['id', 'likes', 'post.author.name']],
  storediff_tags: [['*'], ['name']],
};
const SORTABLE = {
  storediff_posts: ['id', 'title', 'views', 'rating', 'published', 'status', 'author', 'author.name', 'body'],
  storediff_authors: ['id', 'name', 'score', 'born', 'email', 'active'],
  storediff_comments: ['id', 'likes', 'post', 'text', 'post.title'],
  storediff_tags: ['id', 'name', 'weight'],
};

function sort(r, collection) {
  const fields = r.some(SORTABLE[collection], r.int(1, 2)).map((f) => (r.chance(0.4) ? '-' + f : f));
  // a unique last key keeps the order total, so ties cannot differ between databases
  return fields.includes('id') || fields.includes('-id') ? fields : [...fields, 'id'];
}

function page(r, query) {
  const roll = r.next();
  if (roll < 0.5) query.limit = r.int(1, 8);
  else if (roll < 0.7) { query.limit = r.int(1, 6); query.offset = r.int(0, 30); }
  else if (roll < 0.85) { query.limit = r.int(2, 5); query.page = r.int(1, 6); }
  else query.limit = r.pick([-1, 0, 12]);
  return query;
}

/** Read cases: [{collection, query}], a few thousand of them. */
export function readCases(r, seed) {
  const cases = [];
  const collections = ['storediff_posts', 'storediff_posts', 'storediff_authors', 'storediff_comments', 'storediff_tags'];
  for (let i = 0; i < 1500; i++) {
    const collection = r.pick(collections);
    const query = { fields: r.chance(0.7) ? ['id'] : r.pick(FIELDS[collection]), filter: filter(r, collection, seed), sort: sort(r, collection) };
    cases.push({ kind: 'filter', collection, query: page(r, query) });
  }
  for (let i = 0; i < 300; i++) {
    const collection = r.pick(collections);
    cases.push({ kind: 'sort', collection, query: page(r, { fields: r.pick(FIELDS[collection]), sort: sort(r, collection) }) });
  }
  for (let i = 0; i < 80; i++) {
    const collection = r.pick(collections);
    cases.push({ kind: 'default-order', collection, query: page(r, { fields: ['id'], filter: r.chance(0.5) ? filter(r, collection, seed) : undefined }) });
  }
  for (let i = 0; i < 250; i++) {
    const collection = r.pick(['storediff_posts', 'storediff_authors', 'storediff_posts']);
    const query = { fields: collection === 'storediff_posts' ? ['id', 'comments.id', 'comments.likes'] : ['id', 'posts.id', 'posts.views'], sort: ['id'], limit: r.int(2, 6), offset: r.int(0, 20) };
    const relation = collection === 'storediff_posts' ? 'comments' : 'posts';
    const target = collection === 'storediff_posts' ? 'storediff_comments' : 'storediff_posts';
    const inner = {};
    if (r.chance(0.7)) inner._filter = leafFilter(r, target, seed);
    if (r.chance(0.6)) inner._sort = [r.pick(collection === 'storediff_posts' ? ['-likes', 'likes', '-id'] : ['-views', 'views', 'title']), 'id'];
    if (r.chance(0.5)) inner._limit = r.int(1, 3);
    if (r.chance(0.2)) inner._offset = r.int(0, 2);
    query.deep = { [relation]: inner };
    cases.push({ kind: 'deep', collection, query });
  }
  const AGG = ['count', 'countDistinct', 'sum', 'sumDistinct', 'avg', 'avgDistinct', 'min', 'max'];
  const NUMERIC = { storediff_posts: ['views', 'rating', 'author'], storediff_comments: ['likes', 'post'], storediff_authors: ['score'] };
  const GROUPS = { storediff_posts: ['status', 'author', 'year(published)', 'month(published)'], storediff_comments: ['post'], storediff_authors: ['active', 'year(born)'] };
  for (let i = 0; i < 350; i++) {
    const collection = r.pick(Object.keys(NUMERIC));
    const aggregate = {};
    for (const fn of r.some(AGG, r.int(1, 2))) aggregate[fn] = r.some(NUMERIC[collection], r.int(1, 2));
    if (r.chance(0.2)) aggregate.count = ['*'];
    if (r.chance(0.1)) aggregate.countAll = ['*'];
    const query = { aggregate };
    if (r.chance(0.6)) {
      const group = r.some(GROUPS[collection], r.int(1, 2));
      query.groupBy = group;
      query.sort = group.filter((g) => !g.includes('('));
      if (!query.sort.length) delete query.sort;
    }
    if (r.chance(0.5)) query.filter = leafFilter(r, collection, seed);
    if (r.chance(0.3)) query.limit = r.int(1, 5);
    cases.push({ kind: 'aggregate', collection, query });
  }
  for (let i = 0; i < 120; i++) {
    const collection = r.pick(['storediff_posts', 'storediff_authors', 'storediff_comments']);
    const term = valueFor(r, r.pick(['string', 'number']), seed, r.pick(['title', 'name', 'text', 'views', 'likes']));
    cases.push({ kind: 'search', collection, query: { fields: ['id'], search: String(term), sort: ['id'], limit: r.int(3, 10) } });
  }
  for (let i = 0; i < 60; i++) {
    cases.push({ kind: 'alias', collection: 'storediff_posts', query: { alias: { writer: 'author', notes: 'comments' }, fields: ['id', 'writer.name', 'notes.likes', 'author'], sort: ['id'], limit: r.int(1, 4), offset: r.int(0, 50) } });
  }
  for (let i = 0; i < 80; i++) {
    const collection = r.pick(collections);
    cases.push({ kind: 'by-key', collection, key: r.int(0, 80), query: { fields: r.pick(FIELDS[collection]) } });
  }
  const INVALID = [
    { fields: ['nope'] }, { filter: { nope: { _eq: 1 } } }, { filter: { title: { _bogus: 1 } } }, { sort: ['nope'] },
    { limit: -2 }, { filter: { _and: {} } }, { aggregate: { sum: ['title'] } }, { groupBy: ['nope'], aggregate: { count: ['*'] } },
    { filter: { views: { _in: 'x' } } }, { filter: { comments: { _some: { nope: { _eq: 1 } } } } }, { deep: { nope: { _limit: 1 } } },
    { fields: ['author.nope'] }, { filter: { published: { _gt: 'not a date' } }, fields: ['id'] },
    { filter: { title: { _eq: null } }, fields: ['id'] }, { filter: { views: { _between: [1] } }, fields: ['id'] },
  ];
  INVALID.forEach((query) => cases.push({ kind: 'invalid', collection: 'storediff_posts', query }));
  return cases;
}
