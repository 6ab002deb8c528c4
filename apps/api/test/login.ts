/**
 * Logs in through the real OpenID Connect flow over HTTP, as a browser would (cookies,
 * redirects, the development IdP's login form), without a browser.
 */
export interface Session {
  cookie: string;
  csrfToken: string;
  /** fetch with the session's cookie (and CSRF token on unsafe methods). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 1) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** Follows redirects by hand, keeping cookies; returns the final response and its URL. */
async function follow(
  jar: CookieJar,
  url: string,
  init: RequestInit = {},
): Promise<{ res: Response; url: string }> {
  let current = url;
  let options: RequestInit = init;
  for (let hops = 0; hops < 15; hops++) {
    const res = await fetch(current, {
      ...options,
      redirect: 'manual',
      headers: { ...(options.headers as Record<string, string> | undefined), cookie: jar.header() },
    });
    jar.store(res);
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      current = new URL(location, current).toString();
      options = {};
      continue;
    }
    return { res, url: current };
  }
  throw new Error('too many redirects');
}

export async function loginAs(baseUrl: string, sub: string): Promise<Session> {
  const jar = new CookieJar();
  const { res: loginPage, url: interactionUrl } = await follow(jar, `${baseUrl}/api/v1/auth/login`);
  const html = await loginPage.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action || !html.includes(`value="${sub}"`))
    throw new Error(`no login form for ${sub} at ${interactionUrl}`);
  const { url: landed } = await follow(jar, new URL(action, interactionUrl).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account: sub }).toString(),
  });
  if (new URL(landed).pathname !== '/') throw new Error(`login for ${sub} ended at ${landed}`);
  const cookie = `schakel.sid=${jar.get('schakel.sid') ?? ''}`;
  const me = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`/me after login for ${sub}: ${String(me.status)}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return {
    cookie,
    csrfToken,
    fetch: (path, init = {}) => {
      const method = (init.method ?? 'GET').toUpperCase();
      const headers: Record<string, string> = {
        cookie,
        ...(init.headers as Record<string, string> | undefined),
      };
      if (!['GET', 'HEAD'].includes(method) && !('x-csrf-token' in headers))
        headers['x-csrf-token'] = csrfToken;
      return fetch(`${baseUrl}${path}`, { ...init, headers, redirect: 'manual' });
    },
  };
}
