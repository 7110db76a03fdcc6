// A role with a limited policy and a static-token user, for the permission cases.
export const LIMITED_TOKEN = 'storediff-limited-token';
export const ROLE_NAME = 'storediff_limited';

/** Per collection and action: the fields granted ('*' = all). Nothing else is granted. */
export const GRANTS = {
  storediff_authors: { read: ['*'], create: ['*'], update: ['name', 'score'] },
  storediff_posts: { read: ['id', 'title', 'views', 'author', 'comments'], create: ['title', 'views', 'author', 'tags'] },
  storediff_comments: { read: ['id', 'text', 'post'] },
  storediff_tags: { delete: ['*'] },
};

export async function createAccess(api) {
  for (const role of (await api.ok('GET', '/roles?filter[name][_eq]=' + ROLE_NAME)).data) {
    for (const user of (await api.ok('GET', '/users?filter[role][_eq]=' + role.id)).data) {
      await api.ok('DELETE', '/users/' + user.id);
    }
    await api.ok('DELETE', '/roles/' + role.id);
  }
  for (const policy of (await api.ok('GET', '/policies?filter[name][_eq]=' + ROLE_NAME)).data) {
    await api.ok('DELETE', '/policies/' + policy.id);
  }
  const policy = (await api.ok('POST', '/policies', { name: ROLE_NAME, admin_access: false, app_access: false, icon: 'lock' })).data;
  for (const [collection, actions] of Object.entries(GRANTS)) {
    for (const [action, fields] of Object.entries(actions)) {
      await api.ok('POST', '/permissions', { policy: policy.id, collection, action, fields, permissions: {}, validation: {} });
    }
  }
  const role = (await api.ok('POST', '/roles', { name: ROLE_NAME, icon: 'lock', policies: [{ policy: policy.id }] })).data;
  await api.ok('POST', '/users', { email: 'storediff-limited@example.com', password: 'storediff-pass', role: role.id, token: LIMITED_TOKEN, status: 'active' });
  return role.id;
}
