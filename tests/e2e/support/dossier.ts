import { expect, type Page } from "@playwright/test";

/** The criteria answers' labels on the dossier form, with a short answer for each. */
export const DOSSIER_ANSWERS = [
  ["Crime prevention and the theme", "Street coaches reduce nuisance and the fear of crime in the neighbourhood."],
  ["Objectives and evaluation", "An external evaluation found a third fewer incidents after two years."],
  ["Innovation", "Neighbours and coaches plan the rounds together each week."],
  ["Partners and their roles", "The city runs it, the police share data, two youth NGOs coach."],
  ["Replication, costs and funding", "Any city can copy it; it costs EUR 200,000 a year, paid by the city."],
] as const;

/** Fills the dossier fields the new-nomination form does not ask for: contact, start date and the five answers. */
export async function fillRestOfDossier(page: Page) {
  await page.getByLabel("Contact person's name").fill("An Peeters");
  await page.getByLabel("Contact email").fill("an.peeters@example.org");
  await page.getByLabel("Contact phone").fill("+32 9 123 45 67");
  await page.getByLabel("Start date").fill("2023-01-15");
  for (const [label, text] of DOSSIER_ANSWERS) await page.getByLabel(label, { exact: true }).fill(text);
}

/** Waits until the autosave says everything typed is on the server. */
export async function expectSaved(page: Page) {
  await expect(page.getByText(/^Saved at \d\d:\d\d$/)).toBeVisible({ timeout: 15_000 });
}
