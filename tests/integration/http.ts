import { inject } from 'vitest';

/** GET a path of the server under test and return status, headers and parsed JSON body. */
export async function get<T = any>(path: string) {
  const res = await fetch(new URL(path, inject('baseUrl')));
  const text = await res.text();
  let body: T;
  try {
    body = JSON.parse(text) as T;
  } catch {
    throw new Error(`GET ${path} → ${res.status}, not JSON: ${text.slice(0, 200)}`);
  }
  return { status: res.status, headers: res.headers, body, text };
}
