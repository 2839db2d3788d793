import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAxe } from "./support/page-checks";
import { getSpecCredentials, SPEC_YEARS } from "./support/spec-accounts";

/*
 * The national coordinator's side in French: the dossier form's labels, a refused submission listing its problems in
 * French (the browser's own check, word counts included), an upload the server refuses in French, the receipt, the
 * new-nomination form and the password pages. The spec's own edition: SPEC_YEARS.languagesCoordinator, seeded by
 * tests/e2e/seed/i18n-coordinator.seed.ts; the language comes from the visitor's cookie (the account has none).
 */

const YEAR = SPEC_YEARS.languagesCoordinator;

async function expectNoAxeViolations(page: Page) {
  const results = await createAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A browser whose visitor chose French, signed in as the spec's coordinator through the French form. */
async function openFrenchSession(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB" });
  const baseURL = test.info().project.use.baseURL!;
  await context.addCookies([{ name: "palmares_locale", value: "fr", url: baseURL }]);
  const page = await context.newPage();
  const { email, password } = getSpecCredentials("i18nCoordinatorFr");
  await page.goto("/signin", { waitUntil: "networkidle" });
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => url.pathname !== "/signin");
  return page;
}

/** The coordinator's list, then one of the edition's dossiers by its title (content stays as written). */
async function openDossier(page: Page, title: string) {
  await page.goto("/coordinator");
  await expect(page.getByRole("heading", { level: 1, name: "Mes candidatures" })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

// Each test walks several pages and runs axe on a shared 2-core machine.
test.beforeEach(() => test.setTimeout(120_000));

test("the dossier form in French, and a refused submission says why in French", async ({ browser }) => {
  const page = await openFrenchSession(browser);
  await openDossier(page, "Draft to complete in French");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel("Titre du projet")).toHaveValue("Draft to complete in French");
  await expect(page.getByLabel("Organisation responsable")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Réponses aux critères" })).toBeVisible();
  await expect(page.getByText("Le projet est-il toujours en cours ?")).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer le brouillon" })).toBeVisible();
  await expect(page.getByText(/^Dernier enregistrement le \d{1,2} [a-zéû]+ \d{4} à \d{2}:\d{2}/)).toBeVisible();
  // The seeded answer is over the edition's limit of 8 words: the counter says so in French.
  await expect(page.getByText(/^\d+ mots sur 8 — \d+ de trop$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Soumettre la candidature" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("heading", { name: /^Le dossier n’a pas été soumis : \d+ champs demandent votre attention$/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Téléphone de contact : Saisissez le numéro de téléphone de la personne de contact." })).toBeVisible();
  // A message with values (the word count) is translated from its template, in the browser too.
  await expect(
    summary.getByRole("link", { name: /^Prévention de la criminalité et thème : Cette réponse dépasse la limite de \d+ mots \(\d+ sur 8\) : raccourcissez-la/ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Oui, soumettre maintenant" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A file that is not a PDF passes the browser's checks; the server refuses it, in French.
  await page.getByLabel("Fichier PDF").setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf at all") });
  await page.getByRole("button", { name: "Téléverser l’annexe" }).click();
  await expect(page.getByText("Ce fichier n’est pas un PDF, quoi qu’en dise son nom.", { exact: false })).toBeVisible();
  await page.context().close();
});

test("the receipt of a submitted dossier in French", async ({ browser }) => {
  const page = await openFrenchSession(browser);
  await openDossier(page, "Dossier submitted in French");
  await expect(page.getByRole("heading", { level: 2, name: "Accusé de réception" })).toBeVisible();
  await expect(page.getByText(`ECPA-${YEAR}-LU`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Retirer pour modifier" })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/receipt`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Accusé de réception" })).toBeVisible();
  await expect(page.getByText(`Soumis. Votre référence est ECPA-${YEAR}-LU.`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour au dossier" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().close();
});

test("the new-nomination form and the password pages in French", async ({ browser }) => {
  const page = await openFrenchSession(browser);
  await page.goto(`/coordinator/nominations/new?edition=${YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle candidature" })).toBeVisible();
  await expect(page.getByLabel("Pays")).toBeVisible();
  await expect(page.getByRole("group", { name: "Type de candidature" })).toBeVisible();
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page.getByText("Saisissez le titre du projet.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/password/forgot");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié ?" })).toBeVisible();
  await page.getByRole("button", { name: "M’envoyer un lien de réinitialisation" }).click();
  await expect(page.getByText("Saisissez votre adresse électronique.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à la connexion" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().close();
});
