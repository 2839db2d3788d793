import { expect, test, type Browser, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { submitSignInForm } from "./support/accounts";
import { findViolations } from "./support/page-checks";
import { getSpecCredentials, SPEC_YEARS } from "./support/spec-accounts";

/*
 * The results, the ceremony, the certificates and the remaining public pages in French (seed/i18n-results.seed.ts):
 * a secretariat account that chose French, a rehearsal standing at the third place (2074) and a published, sealed
 * edition (2075). Public pages take French from ?lang= or the visitor's cookie; the audience screen from ?lang=.
 */
const SHOW = SPEC_YEARS.resultsLanguages;
const PUBLISHED = SPEC_YEARS.resultsLanguagesPublished;

test.beforeEach(() => test.setTimeout(90_000));

async function expectFrench(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(await findViolations(page)).toEqual([]);
}

/** A visitor whose cookie asks for French, as the header's switch leaves it. */
async function openFrenchVisitor(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", viewport });
  await context.addCookies([{ name: "palmares_locale", value: "fr", url: test.info().project.use.baseURL! }]);
  return context.newPage();
}

/** The secretariat account that chose French, signed in through the form. */
async function openFrenchSecretariat(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", viewport });
  const page = await context.newPage();
  await submitSignInForm(page, getSpecCredentials("i18nResultsAdmin"));
  await page.waitForURL((url) => url.pathname !== "/signin");
  return page;
}

test("the good practices, an entry's page, the privacy notice and the 404 page speak French", async ({ page }) => {
  await page.goto(`/practices?lang=fr&year=${PUBLISHED}`);
  await expect(page.getByRole("heading", { level: 1, name: "Bonnes pratiques" })).toBeVisible();
  const search = page.getByRole("search", { name: "Rechercher dans les bonnes pratiques" });
  await expect(search.getByLabel("Année")).toHaveValue(String(PUBLISHED));
  await expect(page.getByRole("region", { name: /^Résultats/ })).toContainText("3 candidatures");
  await expectFrench(page);
  // The search keeps the language in its URL, the key a shared cache keeps the page under.
  await search.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/[?&]lang=fr/);

  await page.getByRole("link", { name: "Un réseau d’hébergement sûr" }).click();
  await expect(page).toHaveURL(/\/practices\/[^?]+\?lang=fr$/);
  await expect(page.getByRole("heading", { level: 1, name: "Un réseau d’hébergement sûr" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Le prix : Lauréat" })).toContainText("Les motivations du jury");
  await expect(page.getByText("Organisation responsable")).toBeVisible();
  await expect(page.getByText(`Prix européen de la prévention de la criminalité ${PUBLISHED}`)).toBeVisible();
  await expectFrench(page);

  await page.goto("/privacy?lang=fr");
  await expect(page.getByRole("heading", { level: 1, name: "Politique de confidentialité" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Responsable du traitement" })).toBeVisible();
  await expectFrench(page);

  const missing = await page.goto(`/results/${SHOW}?lang=fr`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Cette page n’existe pas" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Où aller maintenant" }).getByRole("link", { name: "Résultats de toutes les éditions" })).toHaveAttribute(
    "href",
    "/archive?lang=fr",
  );
  await expectFrench(page);
});

test("the verify page checks the real sealed result and says so in French, as does the accessibility statement", async ({ browser }) => {
  const page = await openFrenchVisitor(browser);
  const snapshot = await (await page.request.get(`/api/v1/editions/${PUBLISHED}/results/snapshot.json`)).text();
  await page.goto("/verify");
  await expect(page.getByRole("heading", { level: 1, name: "Vérifier un résultat scellé" })).toBeVisible();
  const field = page.getByLabel("Partie publique du résultat scellé (JSON)");
  const result = page.getByTestId("verify-result");
  await field.fill("{ pas du JSON");
  await page.getByRole("button", { name: "Vérifier l’empreinte" }).click();
  await expect(result).toContainText("Ce n’est pas du JSON valide");
  await field.fill(snapshot);
  await page.getByRole("button", { name: "Vérifier l’empreinte" }).click();
  await expect(result).toContainText("Correspond au sceau publié le");
  await expect(result).toContainText(`pour les résultats ${PUBLISHED}`);
  await expectFrench(page);

  await page.goto("/accessibility");
  await expect(page.getByRole("heading", { level: 1, name: "Déclaration d’accessibilité" })).toBeVisible();
  await expect(page.locator("time[datetime='2026-12-02']")).toHaveText("2 décembre 2026");
  await expectFrench(page);
  await page.context().close();
});

test("the presenter console and the audience screen speak the presenter's French, the screen fitting a 1280×720 projector", async ({ browser }) => {
  const page = await openFrenchSecretariat(browser);
  await page.goto(`/admin/editions/${SHOW}/ceremony?rehearsal=1`);
  await expect(page.getByRole("heading", { level: 1, name: `Cérémonie ${SHOW}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Étape suivante" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Étapes de la cérémonie" })).toContainText("Titre et thème");
  const now = page.getByRole("region", { name: "Ce que voit le public" });
  await expect(now).toContainText("3e place");
  await expect(now).toContainText(`Prix européen de la prévention de la criminalité ${SHOW}`);
  const audienceLink = page.getByRole("link", { name: /^Ouvrir l’écran du public/ });
  await expect(audienceLink).toHaveAttribute("href", `/ceremony/${SHOW}?rehearsal=1&lang=fr`);
  await expectFrench(page);

  // The projector: the rehearsal's screen in the language the console opened it with.
  const screen = await page.context().newPage();
  await screen.setViewportSize({ width: 1280, height: 720 });
  await screen.goto(`/ceremony/${SHOW}?rehearsal=1&lang=fr`);
  const slide = screen.getByTestId("slide");
  await expect(slide).toContainText("3e place");
  await expect(slide.getByRole("heading", { level: 1, name: "Night buses with mediators" })).toBeVisible();
  await expect(screen.getByText("Répétition", { exact: true })).toBeVisible();
  await expect(screen.getByRole("button", { name: "Plein écran" })).toBeVisible();
  expect(await slide.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)).toBe(true);
  await expectFrench(screen);
  await page.context().close();
});

test("the awards form refuses an empty winner in French, in the browser", async ({ browser }) => {
  const page = await openFrenchSecretariat(browser);
  await page.goto(`/admin/editions/${SHOW}/ranking`);
  const winner = page.getByLabel("Candidature pour la place 1");
  await winner.selectOption({ label: "Choisir le lauréat…" });
  await expect(winner).toHaveValue("");
  await page.getByRole("button", { name: "Enregistrer les prix" }).click();
  await expect(page.getByText("Choisissez le lauréat (place 1).")).toBeVisible();
  await expect(winner).toHaveAttribute("aria-invalid", "true");
  await page.context().close();
});

test("the public audience screen waits in French and carries no reveal word before its step", async ({ request, browser }) => {
  const response = await request.get(`/ceremony/${SHOW}?lang=fr`);
  const source = await response.text();
  expect(source).toContain('<html lang="fr"');
  expect(source).toContain("La cérémonie va bientôt commencer.");
  expect(source).not.toMatch(/Lauréat|Winner|Runner-up|Finaliste/);
  const feed = await (await request.get(`/api/v1/ceremony/${SHOW}?lang=fr`)).json();
  expect(feed.view.kind).toBe("waiting");

  const page = await openFrenchVisitor(browser, { width: 1280, height: 720 });
  await page.goto(`/ceremony/${SHOW}?lang=fr`);
  await expect(page.getByTestId("slide")).toContainText("La cérémonie va bientôt commencer.");
  await expectFrench(page);
  await page.context().close();
});

test("the sealed result page offers each certificate in French and in English, and the French one is French", async ({ browser }) => {
  const page = await openFrenchSecretariat(browser);
  await page.goto(`/admin/editions/${PUBLISHED}/result`);
  await expect(page.getByRole("heading", { level: 1, name: `Résultat scellé ${PUBLISHED}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Certificats" })).toBeVisible();
  const french = page.getByRole("link", { name: "Certificat — Premier prix (PDF)" });
  await expect(french).toHaveAttribute("href", `/admin/editions/${PUBLISHED}/certificates/1?lang=fr`);
  await expect(page.getByRole("link", { name: "Certificat — Premier prix, en anglais (PDF)" })).toHaveAttribute(
    "href",
    `/admin/editions/${PUBLISHED}/certificates/1?lang=en`,
  );
  await expectFrench(page);

  const titleOf = async (href: string) => {
    const response = await page.request.get(href);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    return (await PDFDocument.load(await response.body(), { updateMetadata: false })).getTitle();
  };
  expect(await titleOf(`/admin/editions/${PUBLISHED}/certificates/1?lang=fr`)).toBe(`Premier prix – Prix européen de la prévention de la criminalité ${PUBLISHED}`);
  expect(await titleOf(`/admin/editions/${PUBLISHED}/certificates/2?lang=en`)).toBe(`Second place – European Crime Prevention Award ${PUBLISHED}`);
  // Without ?lang= the certificate follows the secretariat's own language.
  expect(await titleOf(`/admin/editions/${PUBLISHED}/certificates/3`)).toBe(`Troisième prix – Prix européen de la prévention de la criminalité ${PUBLISHED}`);
  await page.context().close();
});
