import { expect, test, type Page } from "@playwright/test";
import { createAxe } from "./support/page-checks";
import { getSpecCredentials, SPEC_YEARS } from "./support/spec-accounts";

/*
 * The secretariat's pages in French, for a member who chose French (seed/i18n-admin.seed.ts): the home, the people
 * directory and the invitation form (a refused submit says why in French), the audit trail, the outbox, and the
 * edition's messages with their English and French versions. <html lang> is French and axe finds nothing.
 */
const YEAR = SPEC_YEARS.i18nAdmin;

async function expectNoAxeViolations(page: Page) {
  const results = await createAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function expectFrenchPage(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expectNoAxeViolations(page);
}

// Several pages, each with axe, on a shared 2-core machine.
test.beforeEach(() => test.setTimeout(120_000));

test("a French-speaking secretariat reads its pages, its refusals and both versions of a message in French", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  const { email, password } = getSpecCredentials("i18nAdmin");
  await page.goto("/signin", { waitUntil: "networkidle" });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/signin");

  await expectFrenchPage(page, "/admin", "Secrétariat");
  await expect(page.getByRole("heading", { level: 2, name: "Ce qui demande votre attention" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Journal d’audit" })).toBeVisible();

  await expectFrenchPage(page, "/admin/people", "Personnes");
  await expect(page.getByLabel("Nom ou adresse électronique")).toBeVisible();
  await expect(page.getByRole("table", { name: "Les personnes et leurs rôles" })).toBeVisible();

  await expectFrenchPage(page, "/admin/people/invite", "Inviter une personne");
  await page.getByRole("button", { name: "Inviter", exact: true }).click();
  await expect(page.getByText("Saisissez l’adresse électronique de la personne.")).toBeVisible();
  await expect(page.getByText("Choisissez le pays.")).toBeVisible();
  await expect(page.getByLabel("Adresse électronique")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await expectFrenchPage(page, "/admin/audit", "Journal d’audit");
  await expect(page.getByRole("search", { name: "Filtrer le journal d’audit" })).toBeVisible();

  await expectFrenchPage(page, "/admin/outbox", "Boîte d’envoi");
  await expect(page.getByRole("navigation", { name: "Filtres de la boîte d’envoi" }).getByRole("link", { name: "En échec" })).toBeVisible();

  await expectFrenchPage(page, `/admin/editions/${YEAR}/messages`, `Messages ${YEAR}`);
  await expect(page.getByRole("columnheader", { name: "Texte anglais" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Texte français" })).toBeVisible();
  const row = page.getByRole("row", { name: /Publication des résultats/ });
  await expect(row).toContainText("Texte intégré");
  await expect(row).toContainText("Modifié le");

  // The French version is the edition's own text; the English tab still shows the built-in English one.
  await row.getByRole("link", { name: "Publication des résultats" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Publication des résultats" })).toBeVisible();
  await expect(page.getByLabel("Objet")).toHaveValue("ECPA {{edition_year}}: the results are published");
  await page.getByRole("navigation", { name: "Langue du texte" }).getByRole("link", { name: /Version française/ }).click();
  await expect(page).toHaveURL(/\?language=fr$/);
  await expect(page.getByLabel("Objet")).toHaveValue("Résultats {{edition_year}} publiés");
  await expect(page.getByTestId("preview-subject")).toHaveText("Résultats 2027 publiés");
  await expectNoAxeViolations(page);

  // A placeholder the message does not know is refused in French before anything is sent.
  await page.getByLabel("Objet").fill("Résultats {{annee}}");
  await page.getByRole("button", { name: "Enregistrer le message" }).click();
  await expect(page.getByText(/^Variable inconnue \{\{annee\}\} : ce message connaît/)).toBeVisible();
  await context.close();
});
