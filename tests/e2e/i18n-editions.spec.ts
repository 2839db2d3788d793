import { expect, test, type Page } from "@playwright/test";
import { createAxe } from "./support/page-checks";
import { getSpecCredentials, SPEC_YEARS } from "./support/spec-accounts";

/*
 * The secretariat's edition management in French: its own secretariat account (so no other spec sees its language)
 * switches to French and reads the edition overview with its phase panel, the settings form (a refused save says
 * why in French), the nominations list, the jury and the assignments of SPEC_YEARS.i18nEditions, seeded in jury
 * scoring by tests/e2e/seed/i18n-editions.seed.ts. Each page is checked with axe.
 */
const YEAR = SPEC_YEARS.i18nEditions;

async function expectNoAxeViolations(page: Page) {
  const results = await createAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// One test walks five pages and runs axe on each, on a shared 2-core machine.
test.beforeEach(() => test.setTimeout(150_000));

test("the secretariat manages an edition in French: overview, settings, nominations, jury and assignments", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  const { email, password } = getSpecCredentials("i18nEditionsAdmin");
  await page.goto("/signin", { waitUntil: "networkidle" });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/signin");

  await page.goto(`/admin/editions/${YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: `Edition ${YEAR}` })).toBeVisible();
  await page.getByRole("navigation").getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Édition ${YEAR}` })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 2, name: "Phase : Notation du jury" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Phases de l’édition" })).toContainText("Délibération");
  await expect(page.getByRole("heading", { level: 3, name: "Étape suivante : Délibération" })).toBeVisible();
  await expect(page.getByTestId("phase-blockers")).toContainText("Aucun membre du jury n’a encore soumis de grille de notation.");
  await expect(page.getByRole("region", { name: "Calendrier" })).toContainText("Date limite du jury");
  await expect(page.getByRole("link", { name: "Réglages, copie vers l’année suivante" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/admin/editions/${YEAR}/settings`);
  await expect(page.getByRole("heading", { level: 1, name: `Réglages ${YEAR}` })).toBeVisible();
  await expect(page.getByLabel("Thème", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Fuseau horaire")).toBeVisible();
  const retention = page.getByLabel("Les coordonnées des coordinateurs nationaux sont effacées après (mois)");
  await retention.fill("0");
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await expect(page.getByText("La durée de conservation doit être d’au moins 1.")).toBeVisible();
  await expect(retention).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.goto(`/admin/editions/${YEAR}/nominations`);
  await expect(page.getByRole("heading", { level: 1, name: `Candidatures ${YEAR}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Toutes les candidatures (2)" })).toBeVisible();
  await expect(page.getByRole("search", { name: "Filtrer les candidatures" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Pays/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Belgian dossier read in French/ })).toContainText("acceptée");
  await expectNoAxeViolations(page);

  await page.goto(`/admin/editions/${YEAR}/jury`);
  await expect(page.getByRole("heading", { level: 1, name: `Jury ${YEAR}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Membres (1)" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Language Edition Juror/ })).toContainText("Membre votant");
  await expect(page.getByRole("heading", { level: 2, name: "Ajouter un membre du jury" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajouter au jury" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/admin/editions/${YEAR}/assignments`);
  await expect(page.getByRole("heading", { level: 1, name: `Attributions ${YEAR}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Qui note quel dossier" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pages du jury" })).toContainText("Conflits d’intérêts");
  await expect(page.getByRole("button", { name: "Générer les attributions" })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
