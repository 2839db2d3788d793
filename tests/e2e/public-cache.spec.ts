import { expect, test } from "@playwright/test";
import { getMainNav, openAs } from "./support/accounts";

/**
 * The public pages and the public API are one copy for everyone, so a CDN may keep them for a minute while a
 * browser asks again each time (the server's own cache is cleared at publication: ceremony.spec.ts checks the
 * reveal); nothing read with a session may be kept. The seed publishes 2014 (db/seed); this spec only reads.
 */
const PUBLIC_CACHE_CONTROL = /^public, max-age=0, s-maxage=\d+$/;
const CDN_CACHE_CONTROL = /^public, max-age=\d+, stale-while-revalidate=\d+$/;
const PUBLIC_PATHS = ["/", "/archive", "/results/2014", "/privacy", "/api/v1/editions", "/api/v1/editions/2014/results"];

test("the public pages and the public API may be kept by a shared cache", async ({ request }) => {
  for (const path of PUBLIC_PATHS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(PUBLIC_CACHE_CONTROL);
    expect(response.headers()["cdn-cache-control"], path).toMatch(CDN_CACHE_CONTROL);
  }
});

test("a signed-in visitor gets the same public page, their name and areas filled in by the browser", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  const session = await page.request.get("/api/v1/session");
  expect(session.headers()["cache-control"]).toBe("private, no-store");
  const { account } = (await session.json()) as { account: { name: string; isAdmin: boolean } | null };
  expect(account?.isAdmin).toBe(true);

  const response = await page.goto("/results/2014");
  expect(response?.headers()["cache-control"]).toMatch(PUBLIC_CACHE_CONTROL);
  // The HTML a CDN would keep carries nothing of this visitor.
  const html = await response!.text();
  expect(html).not.toContain(account!.name);
  expect(html).not.toContain(">Secretariat<");
  const nav = getMainNav(page);
  await expect(nav.getByRole("link", { name: "Secretariat" })).toBeVisible();
  await expect(nav.getByText(account!.name)).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign out" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await page.context().close();
});

test("an anonymous visitor's public header offers sign in", async ({ page }) => {
  await page.goto("/archive");
  await expect(getMainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(getMainNav(page).getByRole("link", { name: "Secretariat" })).toHaveCount(0);
});

test("a signed-in page is never kept by a shared cache, and renders its header with the session on the server", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  const admin = await page.request.get("/admin");
  expect(admin.status()).toBe(200);
  expect(admin.headers()["cache-control"]).toMatch(/private/);
  expect(admin.headers()["cache-control"]).toMatch(/no-store/);
  // The signed-in header is rendered on the server there, with the name in the HTML.
  const { account } = (await (await page.request.get("/api/v1/session")).json()) as { account: { name: string } };
  expect(await admin.text()).toContain(account.name);
  await page.context().close();
});

test("the server answers a repeat of a public page from its own copy, but never a page read in another language or with a session", async ({ browser, request, baseURL }) => {
  await request.get("/archive");
  const repeat = await request.get("/archive");
  expect(repeat.headers()["x-palmares-cache"]).toBe("hit");
  expect(await repeat.text()).toContain('<html lang="en"');
  const api = await request.get("/api/v1/editions");
  expect((await request.get("/api/v1/editions")).headers()["x-palmares-cache"], "the public API too").toBe("hit");
  expect(api.status()).toBe(200);

  // A French visitor's cookie makes the same URL French: rendered for them, private, and never the English copy.
  const french = await browser.newContext();
  await french.addCookies([{ name: "palmares_locale", value: "fr", url: baseURL! }]);
  for (let round = 0; round < 2; round += 1) {
    const answer = await french.request.get("/archive");
    expect(answer.headers()["x-palmares-cache"]).toBeUndefined();
    expect(answer.headers()["cache-control"]).not.toMatch(/public/);
    expect(await answer.text()).toContain('<html lang="fr"');
  }
  await french.close();

  const page = await openAs(browser, "admin");
  for (let round = 0; round < 2; round += 1) expect((await page.request.get("/admin")).headers()["x-palmares-cache"]).toBeUndefined();
  await page.context().close();
});
