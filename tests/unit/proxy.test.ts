import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:3201");
const { config, proxy } = await import("@/proxy");

const APP = "http://127.0.0.1:3201";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(`${APP}${path}`, { method: init.method ?? "GET", headers: { host: "127.0.0.1:3201", ...init.headers } });
}

const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1];

describe("proxy: the Content-Security-Policy", () => {
  it("gives each request its own nonce, on the response and on the request Next renders from", () => {
    const first = proxy(request("/"));
    const second = proxy(request("/"));
    const policy = first.headers.get("content-security-policy");
    expect(nonceOf(policy)).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonceOf(policy));
    // NextResponse.next() forwards overridden request headers under x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "style-src 'self' 'unsafe-inline'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS and upgrades subresources only over HTTPS", () => {
    const response = proxy(request("/archive", { headers: { "x-forwarded-proto": "https" } }));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("proxy: server actions from another origin", () => {
  it.each([
    [{ origin: "http://evil.example" }],
    [{ origin: "http://127.0.0.1:4000" }],
    [{ origin: "null" }],
    [{ "sec-fetch-site": "cross-site" }],
  ])("refuses %j with a plain 403", async (headers) => {
    const response = proxy(request("/coordinator/nominations/x", { method: "POST", headers: { "next-action": "abc", ...headers } }));
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toContain("another site");
  });

  it("lets a same-origin action through to Next (and the action's own checks)", () => {
    const response = proxy(request("/coordinator/nominations/x", { method: "POST", headers: { "next-action": "abc", origin: APP } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("leaves a POST without Next-Action alone", () => {
    expect(proxy(request("/signin", { method: "POST", headers: { origin: "http://evil.example" } })).status).toBe(200);
  });
});

describe("proxy: the role areas", () => {
  it("redirects an anonymous page view there to sign-in, and nowhere else", () => {
    const redirected = proxy(request("/jury?x=1"));
    expect(redirected.status).toBe(307);
    const location = new URL(redirected.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe("/signin?callbackUrl=%2Fjury%3Fx%3D1");
    expect(proxy(request("/juryroom")).status).toBe(200);
    expect(proxy(request("/results/2014")).status).toBe(200);
    expect(proxy(request("/admin", { headers: { cookie: "next-auth.session-token=x" } })).status).toBe(200);
  });

  it("matches pages and the role areas, not the API, build assets or files", () => {
    const patterns = config.matcher.map((source) => source);
    expect(patterns).toContain("/admin/:path*");
    const pages = new RegExp(`^${patterns[3]}$`);
    for (const path of ["/", "/signin", "/results/2014", "/ceremony/2014"]) expect(pages.test(path), path).toBe(true);
    for (const path of ["/api/v1/ceremony/2014/stream", "/_next/static/chunks/a.js", "/_next/image", "/favicon.ico", "/robots.txt"]) {
      expect(pages.test(path), path).toBe(false);
    }
  });
});

describe("buildContentSecurityPolicy", () => {
  it("allows eval only for React's development build", async () => {
    const { buildContentSecurityPolicy } = await import("@/lib/security/content-security-policy");
    expect(buildContentSecurityPolicy({ nonce: "n", isDevelopment: true, isHttps: false })).toContain("'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(buildContentSecurityPolicy({ nonce: "n", isDevelopment: false, isHttps: false })).not.toContain("unsafe-eval");
  });
});

describe("proxy: the public pages' shared-cache header", () => {
  it.each(["/", "/archive", "/privacy", "/results/2014", "/results/2099", "/practices", "/practices/0b9d2f0e-6d1c-4c39-9d0e-2f4c3e7a1b2c"])("lets a CDN keep %s for a minute, and no browser", (path) => {
    const response = proxy(request(path));
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=10");
    expect(response.headers.get("cdn-cache-control")).toBe("public, max-age=10, stale-while-revalidate=300");
  });

  it.each(["/admin", "/coordinator", "/jury/nominations/x", "/signin", "/ceremony/2014", "/results/2014/opengraph-image", "/welcome"])(
    "leaves %s to Next's private, no-store",
    (path) => {
      expect(proxy(request(path, { headers: { cookie: "next-auth.session-token=x" } })).headers.get("cache-control")).toBeNull();
    },
  );

  it("never marks a server action posted to a public page as cacheable", () => {
    const response = proxy(request("/", { method: "POST", headers: { "next-action": "abc", origin: APP } }));
    expect(response.headers.get("cache-control")).toBeNull();
  });
});
