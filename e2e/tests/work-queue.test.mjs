// The work queue and the moderation pages in a real browser: the administrator (who runs the
// community) lets Plein look for tasks, finds the newcomer to welcome, gives the task to
// themselves, sends the welcome from its template; the colleague reads it in Dutch. The
// routine, template, moderation settings, log and figures pages are checked for accessibility.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, expectAccessible, newPage, setUpAdmin, createAccount, colleagueFromLink,
} from "./harness.mjs";

const session = pleinAndBrowser();

test("a newcomer is welcomed from the work queue", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser);
  await setUpAdmin(admin, plein.base);
  const link = await createAccount(admin, plein.base, "nina@example.nl", "Nina Nieuw");
  const nina = await colleagueFromLink(browser, plein.base, link, "nina kiest een lang wachtwoord", {
    locale: "nl-NL",
  });

  await admin.getByRole("link", { name: "Tasks", exact: true }).click();
  await admin.getByRole("button", { name: "Look for new tasks now" }).click();
  assert.match(await admin.locator(".flash").textContent(), /Plein has looked for new tasks/);
  await expectAccessible(admin, "the work queue");
  await admin.getByLabel("Kind").selectOption("welcome");
  await admin.getByRole("button", { name: "Filter" }).click();
  const rows = admin.locator("table.tasks tbody tr");
  assert.equal(await rows.count(), 2, "the administrator and Nina are both new");
  await admin.getByRole("link", { name: "Welcome a newcomer: Nina Nieuw" }).click();
  await admin.waitForURL(/\/tasks\/\d+$/);
  assert.match(await admin.locator("main").textContent(), /Nina Nieuw/);
  await expectAccessible(admin, "a task");
  await admin.getByLabel("Assigned to").selectOption({ label: "Anne Admin" });
  await admin.getByRole("button", { name: "Assign" }).click();
  assert.match(await admin.locator(".history").textContent(), /assigned to: Anne Admin/);
  await admin.getByRole("button", { name: "Send the message" }).click();
  assert.match(await admin.locator(".flash").textContent(), /The message has been sent/);

  await nina.goto(plein.base + "/notifications");
  await nina.getByRole("link", { name: /Anne Admin stuurde je een bericht/ }).click();
  await nina.waitForURL(/\/messages\/\d+$/);
  assert.match(await nina.locator("main").textContent(), /Welkom op Plein, Nina Nieuw!/);
  await expectAccessible(nina, "a message, in Dutch");

  for (const [path, label] of [
    ["/tasks/routines", "routine tasks and queue settings"],
    ["/tasks/templates", "message templates"],
    ["/admin/moderation", "moderation settings"],
    ["/moderation/log", "the moderation log"],
    ["/moderation/figures", "moderation figures"],
    ["/house-rules", "the house rules"],
  ]) {
    await admin.goto(plein.base + path);
    await expectAccessible(admin, label);
  }
});
