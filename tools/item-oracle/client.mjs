// A minimal REST client for the recorder: every answer kept whole (status and JSON body).
export function client(url, token) {
  async function call(method, path, body) {
    const res = await fetch(url + path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
  async function ok(method, path, body) {
    const answer = await call(method, path, body);
    if (answer.status >= 300) {
      throw new Error(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }
  return { call, ok };
}

/** A Directus query object as GET parameters, as the SDK sends it: lists comma-joined, objects as JSON. */
export function queryString(query) {
  const parts = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value);
    parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(text));
  }
  return parts.length ? '?' + parts.join('&') : '';
}
