// Moderation in a real browser: a colleague flags a post; the administrator (who runs the
// community) finds it in the review queue, rates it, reads the decision model's suggestion,
// hides the post with a reason; the author, reading Plein in Dutch on a phone, sees the
// notification and the notice with the reason, and the flagger no longer finds the post.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, createOpenGroup, expectAccessible, newPage, setUpAdmin, createAccount,
  colleagueFromLink,
} from "./harness.mjs";

const session = pleinAndBrowser();

test("a flagged post is rated, hidden with a reason, and its author is told", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser);
  await setUpAdmin(admin, plein.base);
  const groupUrl = await createOpenGroup(admin, plein.base, "Koffiehoek");
  const bertLink = await createAccount(admin, plein.base, "bert@example.nl", "Bert Collega");
  const corLink = await createAccount(admin, plein.base, "cor@example.nl", "Cor Collega");

  const bert = await colleagueFromLink(browser, plein.base, bertLink, "bert heeft een lang wachtwoord", {
    locale: "nl-NL", viewport: { width: 390, height: 844 },
  });
  await bert.goto(groupUrl);
  await bert.getByRole("button", { name: "Lid worden" }).click();
  await bert.getByRole("textbox", { name: "Bericht" }).fill("Het privénummer van Dirk is 06-12345678");
  await bert.getByRole("button", { name: "Plaatsen" }).click();
  await bert.waitForURL(/\/posts\/\d+$/);
  const postUrl = bert.url();

  const cor = await colleagueFromLink(browser, plein.base, corLink, "cor heeft ook een lang wachtwoord");
  await cor.goto(postUrl);
  await cor.getByRole("link", { name: "Flag" }).click();
  await expectAccessible(cor, "the flag form");
  await cor.getByRole("radio", { name: "Something else" }).check();
  await cor.getByRole("button", { name: "Send to the moderators" }).click();
  assert.match(await cor.locator(".error-summary").textContent(), /This field is required/);
  await cor.getByRole("radio", { name: "Shares personal or confidential data" }).check();
  await cor.getByLabel("Explanation").fill("Een privénummer hoort hier niet");
  await cor.getByRole("button", { name: "Send to the moderators" }).click();
  assert.match(await cor.locator(".flash").textContent(), /The moderators will look at it/);

  await admin.getByRole("link", { name: "Moderation", exact: true }).click();
  assert.match(await admin.locator(".queue").textContent(), /1 flag/);
  await expectAccessible(admin, "the review queue");
  await admin.getByRole("link", { name: "Review" }).click();
  assert.match(await admin.locator("main").textContent(), /Een privénummer hoort hier niet/);
  await admin.getByRole("group", { name: "Reach" }).getByLabel("Low").check();
  await admin.getByRole("group", { name: "Possible harm" }).getByLabel("High").check();
  await admin.getByRole("group", { name: "Legal or privacy concern" }).getByLabel("Yes").check();
  await admin.getByRole("group", { name: "Desirability" }).getByLabel("Undesired").check();
  await admin.getByRole("button", { name: "Suggest a response" }).click();
  assert.match(await admin.locator(".suggestion").textContent(), /Suggestion: Act now/);
  assert.equal(await admin.getByRole("radio", { name: "Hide" }).isChecked(), true, "the suggestion preselects hiding");
  await expectAccessible(admin, "the review page with a suggestion");
  await admin.getByLabel("Reason").fill("Een privénummer van een collega delen we niet.");
  await admin.getByRole("button", { name: "Record the decision" }).click();
  assert.match(await admin.locator(".flash").textContent(), /The decision is recorded/);
  await admin.goto(plein.base + "/moderation/log");
  assert.match(await admin.locator("table").textContent(), /Hide[\s\S]*Anne Admin[\s\S]*Bert Collega[\s\S]*Act now/);

  await bert.goto(plein.base + "/notifications");
  const notice = bert.getByRole("link", { name: /Een besluit van een moderator over je bijdrage: Verbergen/ });
  await notice.click();
  await bert.waitForURL(/\/moderation\/notices\/\d+$/);
  assert.match(await bert.locator("main").textContent(), /Een moderator heeft je bijdrage verborgen/);
  assert.match(await bert.locator("main").textContent(), /Een privénummer van een collega delen we niet/);
  await expectAccessible(bert, "a moderation notice on a phone, in Dutch");
  const overflow = await bert.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the notice fits a phone (overflows by ${overflow}px)`);

  const gone = await cor.goto(postUrl);
  assert.equal(gone.status(), 404, "the flagger no longer finds the hidden post");
});
