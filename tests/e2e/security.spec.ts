import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, getMainNav, getStorageStatePath, submitSignInForm } from "./support/accounts";

/** Collects every CSP violation the page reports, from the console and from the DOM event. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to execute (CSP event): ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

function readNonce(policy: string | undefined): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}

test.describe("security headers", () => {
  test("every page gets its own CSP nonce, the static headers, and no HSTS over plain HTTP", async ({ request }) => {
    // The sign-in page: rendered for each visitor (a public page is one copy for everyone, nonce included: below).
    const first = await request.get("/signin");
    const second = await request.get("/signin");
    expect(first.status()).toBe(200);
    const policy = first.headers()["content-security-policy"];
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "'strict-dynamic'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("'unsafe-eval'");
    const nonce = readNonce(policy);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(readNonce(second.headers()["content-security-policy"])).not.toBe(nonce);
    // Next put the nonce on its own scripts.
    expect(await first.text()).toContain(`nonce="${nonce}"`);

    const headers = first.headers();
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
    expect(headers["strict-transport-security"]).toBeUndefined();
  });

  test("a public page kept for everyone carries the nonce of its one render, in its policy and on its scripts alike", async ({ request }) => {
    const first = await request.get("/privacy");
    const kept = await request.get("/privacy");
    expect(kept.headers()["x-palmares-cache"]).toBe("hit");
    const nonce = readNonce(kept.headers()["content-security-policy"]);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(await kept.text()).toContain(`nonce="${nonce}"`);
    expect(readNonce(first.headers()["content-security-policy"])).toBe(nonce);
  });

  test("HSTS is sent when a TLS proxy says the request came over HTTPS", async ({ request }) => {
    const response = await request.get("/archive", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test("the role areas still redirect anonymous visitors, with the policy on the redirect", async ({ request }) => {
    const response = await request.get("/admin/editions/2014", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/signin?callbackUrl=%2Fadmin%2Feditions%2F2014");
  });

  test("public pages render and hydrate without a CSP violation", async ({ page }) => {
    const violations = watchPolicyViolations(page);
    // The ceremony screen keeps an event stream open, so "load" rather than "networkidle".
    for (const path of ["/", "/archive", "/results/2014", "/ceremony/2014"]) {
      const response = await page.goto(path, { waitUntil: "load" });
      expect(response?.status(), path).toBe(200);
    }
    // Hydrated: the sign-in form answers through React, not by a native submit.
    await submitSignInForm(page, { email: "nobody@palmares.demo", password: "not-the-password" });
    await expect(page.getByRole("status")).toHaveText("Wrong email or password.");
    expect(violations).toEqual([]);
  });

  test.describe("for the secretariat", () => {
    test.use({ storageState: getStorageStatePath("admin") });

    test("the ranking's charts draw with the CSP, and the downloads still work", async ({ page }) => {
      const violations = watchPolicyViolations(page);
      await page.goto("/admin/editions/2014/ranking", { waitUntil: "networkidle" });
      const chart = page.getByRole("figure", { name: /Score distributions per dossier/ });
      await expect(chart.locator("g[data-dossier]")).toHaveCount(8);
      await chart.getByText("Show the data as a table").click();
      await expect(chart.getByRole("table")).toBeVisible();
      expect(violations).toEqual([]);

      const csv = await page.request.get("/admin/editions/2014/export/scores.csv");
      expect(csv.status()).toBe(200);
      expect(csv.headers()["content-type"]).toContain("text/csv");
      await page.goto("/results/2014");
      const imageUrl = await page.locator('meta[property="og:image"]').getAttribute("content");
      const image = await page.request.get(new URL(imageUrl!).pathname);
      expect(image.status()).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
    });
  });
});

test.describe("the return address after sign-in", () => {
  test("a CR or LF in callbackUrl shows the sign-in page (200), never a 500", async ({ request }) => {
    for (const callbackUrl of ["%2F%0D%0ASet-Cookie:%20x=1", "%2F%0A%2Fevil.example", "%2F%0D"]) {
      const response = await request.get(`/signin?callbackUrl=${callbackUrl}`);
      expect(response.status(), callbackUrl).toBe(200);
    }
  });

  test("a TAB-smuggled host is dropped after a fresh sign-in", async ({ page }) => {
    await submitSignInForm(page, DEMO_ACCOUNTS.coordinator, "/signin?callbackUrl=%2F%09%2Fevil.example%2F");
    await expect(getMainNav(page).getByRole("link", { name: "Sign out" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(test.info().project.use.baseURL!).origin);
    // The smuggled return address is dropped: the coordinator lands on their own page instead.
    expect(new URL(page.url()).pathname).toBe("/coordinator");
  });

  test.describe("for a signed-in person", () => {
    test.use({ storageState: getStorageStatePath("coordinator") });

    for (const callbackUrl of ["%2F%09%2Fevil.example%2F", "%2F%0D%0A%2Fevil.example", "https%3A%2F%2Fevil.example%2F", "%2F%5Cevil.example"]) {
      test(`visiting /signin?callbackUrl=${callbackUrl} stays on this site`, async ({ request }) => {
        const response = await request.get(`/signin?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
        expect(response.status()).toBe(307);
        // The unsafe return address is dropped for the landing page, which sends each role to its own page.
        expect(response.headers()["location"]).toBe("/welcome");
      });
    }
  });
});

test.describe("a server action posted from another site", () => {
  test.use({ storageState: getStorageStatePath("coordinator") });

  test("is refused with a plain 403, not a 500", async ({ request }) => {
    for (const origin of ["http://evil.example", "null"]) {
      const response = await request.post("/coordinator", {
        headers: { "Next-Action": "0123456789abcdef0123456789abcdef01234567", Origin: origin, "Content-Type": "text/plain;charset=UTF-8" },
        data: "[]",
      });
      expect(response.status(), origin).toBe(403);
      expect(await response.text()).toContain("sent from another site");
    }
  });
});

test.describe("refusal pages answer with their status", () => {
  test.describe("for a coordinator", () => {
    test.use({ storageState: getStorageStatePath("coordinator") });

    test("an admin page answers 403 with the secretariat's refusal", async ({ page }) => {
      for (const path of ["/admin", "/admin/editions/2014/ranking", "/admin/outbox"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { name: "Not allowed", level: 1 })).toBeVisible();
      }
    });

    test("the jury area answers 403 with its own words", async ({ page }) => {
      const response = await page.goto("/jury");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Jury area not available", level: 1 })).toBeVisible();
    });

    test("another country's dossier answers 404, as if it did not exist", async ({ page, browser }) => {
      const dutch = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const dutchPage = await dutch.newPage();
      await submitSignInForm(dutchPage, { email: "coordinator.nl@palmares.demo", password: DEMO_ACCOUNTS.coordinator.password });
      await expect(getMainNav(dutchPage).getByRole("link", { name: "Sign out" })).toBeVisible();
      await dutchPage.goto("/coordinator");
      const hrefs = await dutchPage.locator('main a[href^="/coordinator/nominations/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      const href = hrefs.find((candidate) => /^\/coordinator\/nominations\/[0-9a-f-]{36}$/.test(candidate ?? ""));
      expect(href).toBeTruthy();
      // The positive control: the Dutch dossier opens for the Dutch coordinator.
      expect((await dutchPage.goto(href!))?.status()).toBe(200);
      await dutch.close();

      const response = await page.goto(href!);
      expect(response?.status()).toBe(404);
    });
  });

  test.describe("for a juror", () => {
    test.use({ storageState: getStorageStatePath("juror") });

    test("the coordinator area answers 403 with its own words", async ({ page }) => {
      const response = await page.goto("/coordinator");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Not a coordinator", level: 1 })).toBeVisible();
    });

    test("another edition's deliberation answers 403 with the chair's words", async ({ page }) => {
      // The 2026 chair is no chair of 2014.
      const response = await page.goto("/jury/deliberation/2014");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Not allowed", level: 1 })).toBeVisible();
      await expect(page.getByText("Only the chair of this edition")).toBeVisible();
    });
  });
});
