import { expect, test, type Page } from "@playwright/test";
import { openAs } from "./support/accounts";
import { findViolations } from "./support/page-checks";
import { READING_DESK_ANNEX, READING_DESK_TITLE } from "./support/reading-desk";
import { SPEC_YEARS } from "./support/spec-accounts";

/**
 * The secretariat's reading desk and the annexes beside the score sheet, on the spec's own 2046 edition
 * (seed/reading-desk.seed.ts): the Dutch dossier, accepted, with a one-page PDF annex, assigned to the German juror
 * only. The browser's own PDF viewer renders the annex in a frame; its response must be the PDF itself.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.readingDesk;
let dossierPath = "";
let annexViewPath = "";

/** Opens the annex in the page's viewer and returns the frame's response, which must be the PDF's bytes. */
async function viewAnnex(page: Page) {
  const annexes = page.getByRole("region", { name: /^Annexes \(1\)$/ });
  await expect(annexes.getByRole("listitem")).toHaveCount(1);
  await expect(annexes.getByRole("listitem")).toContainText(READING_DESK_ANNEX);
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => /\/api\/v1\/annexes\/[0-9a-f-]{36}\/view$/.test(new URL(candidate.url()).pathname)),
    annexes.getByRole("button", { name: `View ${READING_DESK_ANNEX}` }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^inline; /);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  // Chromium hands the frame's document to its PDF viewer, so the bytes are checked by asking for them again.
  const bytes = await page.request.get(response.url());
  expect(bytes.status()).toBe(200);
  expect((await bytes.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const frame = page.getByTitle(`Annex: ${READING_DESK_ANNEX}`);
  await expect(frame).toBeVisible();
  expect((await frame.boundingBox())!.height).toBeGreaterThan(300);
  return new URL(response.url()).pathname;
}

test("the secretariat opens the dossier from the nominations list, reads it, its history and its annex", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await page.goto(`/admin/editions/${YEAR}/nominations`);
  await page.getByRole("link", { name: READING_DESK_TITLE, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${YEAR}/nominations/[0-9a-f-]{36}$`));
  dossierPath = new URL(page.url()).pathname;

  await expect(page.getByRole("heading", { name: READING_DESK_TITLE, level: 1 })).toBeVisible();
  await expect(page.getByText("How the project prevents crime and the fear of crime within the theme.")).toBeVisible();
  await expect(page.getByText("contact@example.org")).toBeVisible();
  await expect(page.getByText("Desk Coordinator (Netherlands)").first()).toBeVisible();
  const history = page.getByRole("list", { name: "History of this dossier, oldest first" });
  await expect(history.getByRole("listitem")).toHaveText([/^Created/, /^Annex added/, /^Submitted/, /^Accepted as eligible/]);
  await expect(history.getByRole("listitem").last()).toContainText("by Demo Secretariat");

  const download = page.getByRole("link", { name: `Download ${READING_DESK_ANNEX}` });
  await expect(download).toHaveAttribute("href", /^\/api\/v1\/annexes\/[0-9a-f-]{36}$/);
  annexViewPath = await viewAnnex(page);
  expect(await findViolations(page)).toEqual([]);
});

test("the assigned juror reads the annex beside the score sheet", async ({ browser }) => {
  const page = await openAs(browser, "deskJurorAssigned");
  await page.goto("/jury");
  await page.getByRole("link", { name: READING_DESK_TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { name: READING_DESK_TITLE, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Annexes (1)" }).click();
  expect(dossierPath.endsWith(new URL(page.url()).pathname.split("/").pop()!)).toBe(true);

  expect(await viewAnnex(page)).toBe(annexViewPath);
  // The score sheet is still there, beside the dossier and its annex, and still takes scores by keyboard.
  const score = page.getByLabel(/^Score for criterion 1 /).first();
  await expect(score).toBeVisible();
  const frameBox = (await page.getByTitle(`Annex: ${READING_DESK_ANNEX}`).boundingBox())!;
  const scoreBox = (await score.boundingBox())!;
  expect(scoreBox.x).toBeGreaterThan(frameBox.x + frameBox.width - 1);
  expect(await findViolations(page)).toEqual([]);
});

test("a juror not assigned to the dossier gets neither the dossier nor its annex", async ({ browser }) => {
  const page = await openAs(browser, "deskJurorUnassigned");
  const id = dossierPath.split("/").pop()!;
  const response = await page.goto(`/jury/nominations/${id}`);
  expect(response?.status()).toBe(404);
  const annex = await page.request.get(annexViewPath);
  expect(annex.status()).toBe(404);
  expect(annex.headers()["content-type"]).toContain("application/json");
  const desk = await page.goto(dossierPath);
  expect(desk?.status()).toBe(403);
});
