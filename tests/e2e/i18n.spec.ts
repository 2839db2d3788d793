import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAxe } from "./support/page-checks";
import { getSpecCredentials, SPEC_YEARS, type SpecAccount } from "./support/spec-accounts";

/*
 * Two languages: the header's switch turns the interface French on a public page, a coordinator page and a juror
 * page; the choice survives a reload, signing out and in, and another browser (the account remembers it); <html lang>
 * follows; a shared cache can never hand the French page to an English visitor. The spec's own editions:
 * SPEC_YEARS.languages (open call) and languagesJury (jury scoring), seeded by tests/e2e/seed/i18n.seed.ts.
 */

async function expectNoAxeViolations(page: Page) {
  const results = await createAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function switchTo(page: Page, language: "Français" | "English") {
  await page.getByRole("navigation").getByRole("button", { name: language }).click();
}

/** Signs in through the form in either language (its labels follow the visitor's cookie). */
async function signIn(page: Page, account: SpecAccount, labels = { email: "Email", password: "Password", submit: "Sign in" }) {
  const { email, password } = getSpecCredentials(account);
  await page.goto("/signin", { waitUntil: "networkidle" });
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole("button", { name: labels.submit }).click();
  await page.waitForURL((url) => url.pathname !== "/signin");
}

// Each test walks several pages and runs axe on a shared 2-core machine.
test.beforeEach(() => test.setTimeout(90_000));

async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ locale: "en-GB", ...options });
  return context.newPage();
}

test("a visitor switches a public page to French, keeps it on reload, and an English visitor is never sent it", async ({ browser, request }) => {
  const page = await newPage(browser);
  await page.goto("/archive");
  await expect(page.getByRole("heading", { level: 1, name: "Archive of results" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await switchTo(page, "Français");
  await expect(page).toHaveURL(/\/archive\?lang=fr$/);
  await expect(page.getByRole("heading", { level: 1, name: "Archives des résultats" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: "Résultats", exact: true })).toHaveAttribute("href", "/archive?lang=fr");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Archives des résultats" })).toBeVisible();
  // The plain URL with the cookie: French, and private, so no shared cache keeps it under the English URL.
  const plain = await page.goto("/archive");
  await expect(page.getByRole("heading", { level: 1, name: "Archives des résultats" })).toBeVisible();
  expect(plain?.headers()["cache-control"]).not.toContain("public");
  // The French URL is shared-cacheable: its language is in the URL, the cache key.
  const french = await request.get("/archive?lang=fr");
  expect(french.headers()["cache-control"]).toContain("s-maxage");
  expect(await french.text()).toContain('<html lang="fr"');
  // A visitor with no cookie gets English on the plain URL, however often the French one was asked for.
  const english = await request.get("/archive", { headers: { "x-palmares-public-locale": "fr" } });
  expect(english.headers()["cache-control"]).toContain("s-maxage");
  const englishBody = await english.text();
  expect(englishBody).toContain('<html lang="en"');
  expect(englishBody).not.toContain("Archives des résultats");

  await switchTo(page, "English");
  await expect(page).toHaveURL(/\/archive$/);
  await expect(page.getByRole("heading", { level: 1, name: "Archive of results" })).toBeVisible();
  await page.context().close();
});

test("the switch works without JavaScript", async ({ browser }) => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await page.goto("/");
  await switchTo(page, "Français");
  await expect(page).toHaveURL(/\/\?lang=fr$/);
  await expect(page.getByRole("heading", { level: 1, name: "Prix européen de la prévention de la criminalité" })).toBeVisible();
  await page.context().close();
});

test("a coordinator's French is remembered after a reload, signing out and in, and in another browser", async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, "i18nCoordinator");
  await page.goto("/coordinator");
  await expect(page.getByRole("heading", { level: 1, name: "My nominations" })).toBeVisible();
  await switchTo(page, "Français");
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mes candidatures" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const edition = page.getByRole("heading", { level: 2, name: new RegExp(`^${SPEC_YEARS.languages}`) }).locator("xpath=ancestor::*[contains(@class,'rounded')][1]");
  await expect(edition.getByText("Date limite de dépôt :")).toBeVisible();
  // The deadline in French, still labelled with the edition's zone; the dossier's own title stays as written.
  await expect(edition.getByText(/\d{1,2} [a-zéû]+ \d{4} à \d{2}:\d{2} Europe\/Brussels \(CES?T\)/).first()).toBeVisible();
  await expect(edition.getByRole("link", { name: "Belgian draft written in English" })).toBeVisible();
  await expect(edition.getByText("Brouillon")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Mes candidatures" })).toBeVisible();
  await page.goto("/signout");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await signIn(page, "i18nCoordinator", { email: "Adresse électronique", password: "Mot de passe", submit: "Se connecter" });
  await page.goto("/coordinator");
  await expect(page.getByRole("heading", { level: 1, name: "Mes candidatures" })).toBeVisible();
  await page.context().close();

  // Another browser, no cookie: the account remembers the language.
  const other = await newPage(browser);
  await signIn(other, "i18nCoordinator");
  await other.goto("/coordinator");
  await expect(other.getByRole("heading", { level: 1, name: "Mes candidatures" })).toBeVisible();
  await switchTo(other, "English");
  await expect(other.getByRole("heading", { level: 1, name: "My nominations" })).toBeVisible();
  await other.context().close();
});

test("a juror's page in French, the dossier's text as written", async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, "i18nJuror");
  await page.goto("/jury");
  await expect(page.getByRole("heading", { level: 1, name: "Jury" })).toBeVisible();
  await expect(page.getByText("Score the dossiers assigned to you. Only you see your scores.")).toBeVisible();
  await switchTo(page, "Français");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByText("Notez les dossiers qui vous sont attribués. Vous seul voyez vos notes.")).toBeVisible();
  await expect(page.getByText("0 sur 1 envoyées")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Vos notes" })).toBeVisible();
  await expect(page.getByText("Date limite du jury :")).toBeVisible();
  await expect(page.getByRole("link", { name: "Belgian dossier for the French juror" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByText("0 sur 1 envoyées")).toBeVisible();
  await page.context().close();
});
