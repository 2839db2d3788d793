import { expect, test, type Page } from "@playwright/test";
import { openAs } from "./support/accounts";
import { FAILED_MESSAGE } from "./support/messages-data";
import { findViolations } from "./support/page-checks";
import { SPEC_YEARS } from "./support/spec-accounts";

/**
 * The secretariat's message texts on the spec's own edition (seed/messages.seed.ts, taking nominations): an editor
 * with a live preview, placeholders checked on save, reset to the built-in text; and the outbox telling why a
 * message the mail server refused will not be sent.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.messages;
const EDITOR = `/admin/editions/${YEAR}/messages/nominations-reminder`;

async function openEditor(page: Page) {
  await page.goto(`/admin/editions/${YEAR}`);
  await page.getByRole("main").getByRole("link", { name: "Messages", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Messages ${YEAR}`, level: 1 })).toBeVisible();
  expect(await findViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Submission deadline reminder" }).click();
  await expect(page).toHaveURL(new RegExp(`${EDITOR}$`));
  await expect(page.getByRole("heading", { name: "Submission deadline reminder", level: 1 })).toBeVisible();
}

test("the secretariat edits a message with a live preview, is told of an unknown placeholder, saves and resets it", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await openEditor(page);
  const subject = page.getByLabel("Subject");
  const body = page.getByLabel("Message", { exact: true });
  const preview = page.getByRole("region", { name: "Preview of the message" });

  // The preview renders the text in use with sample values, and follows what is typed.
  await expect(preview).toContainText("Dear Alex Martin,");
  await subject.fill("Hurry, {{country}}: {{time_left}} left");
  await expect(page.getByTestId("preview-subject")).toHaveText("Hurry, Belgium: 3 days left");
  expect(await findViolations(page)).toEqual([]);

  // An unknown placeholder, and the required deadline gone: both are refused on save, on the message's field.
  await body.fill("Dear {{name}}, the call closes on {{deadlne}}.");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByText(/^Unknown placeholder \{\{deadlne\}\}: this message knows \{\{name\}\}/)).toBeVisible();
  await expect(page.getByText("Keep {{deadline}} in this text: the message is useless without it.")).toBeVisible();
  await expect(body).toHaveAttribute("aria-invalid", "true");
  expect(await findViolations(page)).toEqual([]);

  await body.fill("Dear {{name}}, {{country}}'s nomination is {{status}}. The call closes on {{deadline}}: {{link}}");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByText("Saved: the next message of this kind uses this text.")).toBeVisible();
  await page.reload();
  await expect(subject).toHaveValue("Hurry, {{country}}: {{time_left}} left");
  await expect(page.getByTestId("preview-body")).toHaveText(
    "Dear Alex Martin, Belgium's nomination is a draft, not submitted yet. The call closes on 30 September 2027 at 23:59 Europe/Brussels (CEST): https://palmares.example/coordinator",
  );
  await page.goto(`/admin/editions/${YEAR}/messages`);
  await expect(page.getByRole("row", { name: /Submission deadline reminder/ })).toContainText(/Edited/);

  // Reset asks first, then brings back the built-in text.
  await page.goto(EDITOR);
  await page.getByRole("button", { name: "Reset to the built-in text…" }).click();
  await page.getByRole("group", { name: "Confirm the reset" }).getByRole("button", { name: "Reset to the built-in text" }).click();
  await expect(page.getByText("Reset: the next message of this kind uses the built-in text.")).toBeVisible();
  await expect(subject).toHaveValue("ECPA {{edition_year}}: {{time_left}} left to submit {{country}}'s nomination");
  await expect(page.getByRole("button", { name: "Reset to the built-in text…" })).toHaveCount(0);
});

test("the outbox shows a refused message as failed, with the server's reason, in the list and on its page", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  // Reminders of the e2e editions fill the newest pages: the failed messages have a filter of their own.
  await page.goto("/admin/outbox");
  await page.getByRole("navigation", { name: "Outbox filters" }).getByRole("link", { name: "Failed" }).click();
  await expect(page).toHaveURL(/\/admin\/outbox\?status=failed$/);
  const row = page.getByRole("row", { name: new RegExp(FAILED_MESSAGE.subject) });
  await expect(row).toContainText("Failed");
  await expect(row).toContainText(FAILED_MESSAGE.reason);
  await expect(row).toContainText("5 attempts");
  await row.getByRole("link", { name: FAILED_MESSAGE.subject }).click();
  await expect(page.getByRole("heading", { name: FAILED_MESSAGE.subject, level: 1 })).toBeVisible();
  await expect(page.getByText("Why it failed")).toBeVisible();
  await expect(page.getByText(FAILED_MESSAGE.reason)).toBeVisible();
  await expect(page.getByText("None: every attempt was used, so it will not be sent.")).toBeVisible();
  expect(await findViolations(page)).toEqual([]);
});
