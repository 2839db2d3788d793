import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";

/** Runs axe on the page as it is now and returns its violations in a readable form. */
export async function findViolations(page: Page) {
  // Next injects an empty live region for route changes; it is not part of our markup.
  const results = await new AxeBuilder({ page }).exclude("next-route-announcer").analyze();
  return results.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) }));
}

/** Presses Tab until the target has the focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("The keyboard never reached the element");
}
