/**
 * A minimal browser without JavaScript: a cookie jar, Auth.js sign-in through
 * its real endpoints, and server-action forms posted the way a no-JS browser
 * posts them (the hidden `$ACTION_…` fields React renders into the form).
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The same cookies against another instance (sessions are JWTs every instance accepts). */
  on(baseUrl: string): Browser {
    const other = new Browser(baseUrl);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index).trim(), pair!.slice(index + 1).trim());
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", this.cookieHeader());
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.fetch("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
    });
    await response.arrayBuffer();
    if (![...this.cookies.keys()].some((name) => name.endsWith("authjs.session-token"))) {
      throw new Error(`sign-in as ${email} failed (${response.status} ${response.headers.get("location")})`);
    }
  }

  /** Reads the form on `path` that `contains` picks, ready to post again and again. */
  async form(path: string, contains: string): Promise<ActionForm> {
    const response = await this.fetch(path);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
    const form = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].find((match) => match[0].includes(contains));
    if (!form) throw new Error(`no form containing ${contains} on ${path}`);
    const action = /\saction="([^"]*)"/.exec(form[1]!)?.[1];
    const hidden: [string, string][] = [];
    for (const input of form[2]!.matchAll(/<input\b[^>]*>/g)) {
      const attributes = Object.fromEntries([...input[0].matchAll(/\s([a-zA-Z$_:-][^\s=>]*)="([^"]*)"/g)].map((match) => [match[1]!, decodeHtml(match[2]!)]));
      if (attributes.type === "hidden" && attributes.name) hidden.push([attributes.name, attributes.value ?? ""]);
    }
    return { url: action && !action.startsWith("javascript:") ? new URL(decodeHtml(action), new URL(path, this.baseUrl)).pathname : path, hidden };
  }

  /** Posts a form as a browser without JavaScript does: multipart, its hidden fields plus `fields`. */
  async submit(form: ActionForm, fields: Record<string, string> = {}): Promise<Response> {
    const body = new FormData();
    for (const [name, value] of form.hidden) body.append(name, value);
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    // Browsers send Origin with every form post; Next.js checks it against Host for server actions.
    return this.fetch(form.url, { method: "POST", body, headers: { origin: new URL(this.baseUrl).origin } });
  }
}

export type ActionForm = { url: string; hidden: [string, string][] };

function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
