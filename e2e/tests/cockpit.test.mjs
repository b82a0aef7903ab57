// The cockpit in a real browser: a community manager (here the administrator) opens it once the
// community reaches the minimum group size, reads the phase card, changes the date range,
// downloads the CSV of that range, makes last month's report, and gets a clear message for a
// reversed range. On a phone's
// width the page fits and stays accessible.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  pleinAndBrowser, expectAccessible, newPage, setUpAdmin, createAccount,
} from "./harness.mjs";

const session = pleinAndBrowser();

/** The UTC date `daysAgo` days before today, as YYYY-MM-DD. */
function utcDate(daysAgo) {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

test("a community manager changes the cockpit's period and downloads its CSV", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser, { acceptDownloads: true });
  await setUpAdmin(admin, plein.base);

  await admin.goto(plein.base + "/cockpit");
  assert.match(await admin.locator(".notice").textContent(), /at least 10 members/);
  await admin.goto(plein.base + "/admin/settings");
  await admin.getByLabel("Minimum group size for figures").fill("5");
  await admin.getByRole("button", { name: "Save" }).click();
  for (const name of ["Bert", "Cor", "Dina", "Eef"]) {
    await createAccount(admin, plein.base, `${name.toLowerCase()}@example.nl`, `${name} Collega`);
  }

  await admin.goto(plein.base + "/cockpit");
  // One of five accounts has been active: 20 % activated, the first phase.
  assert.match(await admin.locator(".phase-name").textContent(), /Phase 1 of 5: Bereiken/);
  assert.match(await admin.locator(".figures").first().textContent(), /Activated \(ever active ÷ accounts\)\s*20%/);
  await expectAccessible(admin, "the cockpit");

  const from = utcDate(9);
  const to = utcDate(0);
  await admin.getByLabel("From", { exact: true }).fill(from);
  await admin.getByLabel("To", { exact: true }).fill(to);
  await admin.getByRole("button", { name: "Show" }).click();
  await admin.waitForURL(/\/cockpit\?from=/);
  assert.match(await admin.locator("main").textContent(), new RegExp(`From ${from} to ${to}`));
  assert.equal(await admin.getByLabel("From", { exact: true }).inputValue(), from);

  const [download] = await Promise.all([
    admin.waitForEvent("download"),
    admin.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.trim().split("\n");
  assert.equal(lines[0], "date,active_members,posts,comments,reactions");
  assert.equal(lines.length, 11, "a header and the ten chosen days");
  assert.match(lines[1], new RegExp(`^${from},`));
  assert.match(lines[10], new RegExp(`^${to},1,`), "today the manager was active");

  // Last month's report, made and stored, reads as a page of its own.
  await admin.getByRole("link", { name: "Reports", exact: true }).click();
  await admin.getByRole("button", { name: "Make and store the report" }).click();
  await admin.waitForURL(/\/cockpit\/reports\/\d+$/);
  assert.match(await admin.locator("h1").textContent(), /^Community report /);
  assert.match(await admin.locator("main").textContent(), /Good examples and success stories/);
  await expectAccessible(admin, "a stored report");
  await admin.goto(plein.base + `/cockpit?from=${from}&to=${to}`);

  await admin.getByLabel("From", { exact: true }).fill(to);
  await admin.getByLabel("To", { exact: true }).fill(from);
  await admin.getByRole("button", { name: "Show" }).click();
  assert.match(await admin.getByRole("alert").textContent(), /The end date lies before the start date/);
  assert.equal(await admin.getByLabel("From", { exact: true }).getAttribute("aria-invalid"), "true");
  await expectAccessible(admin, "the cockpit with a refused period");

  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto(plein.base + "/cockpit");
  await expectAccessible(admin, "the cockpit on a phone");
  const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the cockpit fits a phone (overflows by ${overflow}px)`);
});
