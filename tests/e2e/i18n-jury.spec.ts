import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAxe } from "./support/page-checks";
import { getSpecCredentials, SPEC_YEARS, type SpecAccount } from "./support/spec-accounts";

/*
 * The juror's and the chair's side in French: the dossier page with its score sheet (labels, the total, a refused
 * submission's errors) and the chair's deliberation (its headings, the statement form's check), <html lang="fr">
 * and axe. The spec's own editions and accounts: seed/i18n-jury.seed.ts.
 */

async function expectNoAxeViolations(page: Page) {
  const results = await createAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Signs in with an English browser, then turns the interface French with the header's switch. */
async function openInFrench(browser: Browser, account: SpecAccount): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  const { email, password } = getSpecCredentials(account);
  await page.goto("/signin", { waitUntil: "networkidle" });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/signin");
  await page.goto("/jury");
  await page.getByRole("navigation").getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  return page;
}

// Each test signs in, walks pages and runs axe on a shared 2-core machine.
test.beforeEach(() => test.setTimeout(120_000));

test("a juror scores a dossier in French, and a refused submission says why in French", async ({ browser }) => {
  const page = await openInFrench(browser, "i18nJuryJuror");
  await page.getByRole("link", { name: "Belgian dossier scored in French" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Belgian dossier scored in French" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Dossier", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Vos notes" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Conflit d’intérêts" })).toBeVisible();
  await expect(page.getByText("Organisation responsable")).toBeVisible();
  await expect(page.getByLabel(/^Note du critère 1 \(/)).toBeVisible();
  await expect(page.getByLabel("Commentaire général (facultatif)")).toBeVisible();
  await expect(page.getByTestId("sheet-total")).toContainText("Votre total :");
  await expect(page.getByTestId("sheet-total")).toContainText("(0 sur 5 notés)");
  await expectNoAxeViolations(page);

  await page.getByLabel(/^Note du critère 1 \(/).selectOption("7");
  await expect(page.getByTestId("sheet-total")).toContainText("(1 sur 5 notés)");
  await page.getByRole("button", { name: "Soumettre les notes" }).click();
  await expect(page.getByText("Veuillez corriger les 4 champs signalés.")).toBeVisible();
  await expect(page.getByText(/: choisissez une note de \d+ à \d+ avant de soumettre\.$/)).toHaveCount(4);
  await expect(page.getByLabel(/^Note du critère 2 \(/)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await page.context().close();
});

test("the chair's deliberation in French: its headings, and the statement form's check", async ({ browser }) => {
  const year = SPEC_YEARS.i18nJuryDeliberation;
  const page = await openInFrench(browser, "i18nJuryChair");
  await page.goto(`/jury/deliberation/${year}`);
  await expect(page.getByRole("heading", { level: 1, name: `Délibération ${year}` })).toBeVisible();
  // The ranking may still be computing on the first visit: the page refreshes itself until it is ready.
  await expect(page.getByRole("heading", { level: 2, name: "Classement", exact: true })).toBeVisible({ timeout: 60_000 });
  for (const name of ["Classements brut et normalisé", "Détail par critère", "Répartition des notes", "Membres du jury et normalisation", "Stabilité des premières places", "Ex æquo", "Déclaration du jury"]) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("columnheader", { name: "Rang normalisé" })).toBeVisible();
  await expect(page.getByRole("figure", { name: /Répartition des notes par dossier/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: "Déclaration du jury" }).fill("x".repeat(10_001));
  await page.getByRole("button", { name: "Enregistrer la déclaration" }).click();
  await expect(page.getByText("La déclaration ne doit pas dépasser 10 000 caractères.")).toBeVisible();
  await page.context().close();
});
