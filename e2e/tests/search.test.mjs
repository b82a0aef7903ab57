// Search in a real browser: a colleague asks a question; another, about to ask the same,
// sees it appear under the composer before posting. From the header, by keyboard only ("/",
// typing, the arrow keys, Enter), a colleague finds it and opens it; the results page is
// accessible and fits a phone's width.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, expectAccessible, newPage, setUpAdmin, createOpenGroup,
} from "./harness.mjs";

const session = pleinAndBrowser();

/** Writes a post of `kind` (its label) through the group page's composer. */
async function writePost(page, groupUrl, kind, body) {
  await page.goto(groupUrl);
  await page.getByRole("radio", { name: kind, exact: true }).check();
  await page.getByLabel("Message").fill(body);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.waitForURL(/\/posts\/\d+$/);
  return page.url();
}

test("asking shows the earlier question; the header finds it by keyboard", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser);
  await setUpAdmin(admin, plein.base);
  const group = await createOpenGroup(admin, plein.base, "Vervoer");
  const earlier = await writePost(admin, group, "Question", "Hoe vraag ik een parkeervergunning aan?");

  // About to ask the same: the earlier question shows up under the composer.
  await admin.goto(group);
  await admin.getByRole("radio", { name: "Question", exact: true }).check();
  await admin.getByLabel("Message").pressSequentially("Waar kan ik een parkeervergunning aanvragen");
  const similar = admin.locator("#similar-found a");
  await similar.first().waitFor();
  assert.equal(new URL(await similar.first().getAttribute("href"), plein.base).pathname, new URL(earlier).pathname);
  assert.match(await admin.locator("#similar-found h3").textContent(), /Asked before/);
  await expectAccessible(admin, "the composer with similar questions");

  // From the header by keyboard: "/" to the box, type, walk to the suggestion, open it.
  await admin.goto(plein.base + "/");
  await admin.keyboard.press("/");
  assert.equal(await admin.evaluate(() => document.activeElement.id), "header-search");
  await admin.keyboard.type("parkeerverg");
  const suggestion = admin.locator("#search-suggestions a", { hasText: "parkeervergunning" });
  await suggestion.first().waitFor();
  await expectAccessible(admin, "the header's suggestions");
  await admin.keyboard.press("ArrowDown");
  assert.match(await admin.evaluate(() => document.activeElement.textContent), /parkeervergunning/);
  await admin.keyboard.press("Enter");
  await admin.waitForURL(new RegExp(new URL(earlier).pathname + "$"));

  // Enter in the box itself: the results page, without JavaScript's help.
  await admin.goto(plein.base + "/");
  await admin.keyboard.press("/");
  await admin.keyboard.type("parkeervergunning");
  await admin.keyboard.press("Enter");
  await admin.waitForURL(/\/search\?q=parkeervergunning/);
  assert.match(await admin.locator("#search-total").textContent(), /1 result found/);
  assert.match(await admin.locator("#search-posts mark").first().textContent(), /parkeervergunning/i);
  await expectAccessible(admin, "the results page");
  await admin.locator("#search-posts a").first().click();
  await admin.waitForURL(new RegExp(new URL(earlier).pathname + "$"));

  // On a phone's width the results page fits.
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await phone.context().addCookies(await admin.context().cookies());
  await phone.goto(plein.base + "/search?q=parkeervergunning");
  await phone.getByText("Narrow down").click();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the results page is ${overflow}px wider than the phone`);
  await expectAccessible(phone, "the results page on a phone");
});
