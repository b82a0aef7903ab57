// Ideas and live notifications in a real browser: a colleague posts an idea in Dutch and keeps
// the page open; the administrator answers it with a status change (a first try without a
// response is refused); the colleague sees the notification arrive without reloading, and
// opens it. Then a question: asked, answered, accepted — the answerer hears of it live — and
// turned into a knowledge-base article linked both ways.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, createOpenGroup, expectAccessible, newPage, setUpAdmin, createAccount,
} from "./harness.mjs";

const session = pleinAndBrowser();

test("an idea gets a status with a response; its author sees it arrive live", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser);
  await setUpAdmin(admin, plein.base);
  const groupUrl = await createOpenGroup(admin, plein.base, "Ideeënbus");
  const linkPath = await createAccount(admin, plein.base, "bert@example.nl", "Bert Collega");

  const bert = await newPage(browser, { locale: "nl-NL", viewport: { width: 390, height: 844 } });
  await bert.goto(plein.base + linkPath);
  await bert.getByLabel("Nieuw wachtwoord").fill("bert heeft een lang wachtwoord");
  await bert.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await bert.waitForURL(/\/profile\/edit$/);
  await bert.goto(groupUrl);
  await bert.getByRole("button", { name: "Lid worden" }).click();
  await bert.getByRole("radio", { name: "Idee" }).check();
  await bert.getByRole("textbox", { name: "Bericht" }).fill("Een **fietsenstalling** bij de achteringang");
  await bert.getByRole("button", { name: "Plaatsen" }).click();
  await bert.waitForURL(/\/posts\/\d+$/);
  const ideaUrl = bert.url();
  assert.match(await bert.locator(".idea-panel h2").textContent(), /Nieuw/);
  await expectAccessible(bert, "an idea on a phone, in Dutch");
  // Stays on this page from here on: no navigation, no reload.
  await bert.evaluate(() => { window.stayedHere = true; });

  await admin.goto(ideaUrl);
  await expectAccessible(admin, "an idea with the status form");
  await admin.getByLabel("New status").selectOption("planned");
  await admin.getByRole("button", { name: "Change status" }).click();
  assert.match(await admin.locator(".error-summary").textContent(), /This field is required/);
  await admin.getByLabel("Your response to the author").fill("Goed plan: de facilitaire dienst plaatst hem in maart.");
  await admin.getByRole("button", { name: "Change status" }).click();
  assert.match(await admin.locator(".flash").textContent(), /status is changed/);
  assert.match(await admin.locator(".idea-panel h2").textContent(), /Planned/);
  await admin.goto(groupUrl + "/ideas?status=planned");
  assert.match(await admin.locator(".feed").textContent(), /fietsenstalling/);
  await expectAccessible(admin, "a group's ideas by status");

  const notice = bert.locator("[data-live-notice] a");
  await notice.waitFor();
  assert.match(await notice.textContent(), /Anne Admin zette een idee in Ideeënbus op “Gepland”/);
  assert.equal(await bert.locator("[data-unread]").textContent(), "1");
  assert.equal(await bert.evaluate(() => window.stayedHere), true, "the page was not reloaded");
  await notice.click();
  await bert.waitForURL(ideaUrl);
  assert.match(await bert.locator(".idea-responses").textContent(), /facilitaire dienst plaatst hem in maart/);
  assert.match(await bert.locator(".idea-panel h2").textContent(), /Gepland/);

  await bert.goto(plein.base + "/notifications");
  await expectAccessible(bert, "the notifications page");
  assert.equal(await bert.locator(".notification.unread").count(), 0, "opening it marked it read");

  // A question: Anne asks, Bert answers, Anne accepts; Bert hears of it on the page he reads.
  await admin.goto(groupUrl);
  await admin.getByRole("radio", { name: "Question" }).check();
  await admin.getByRole("textbox", { name: "Message" }).fill("Waar haal ik een parkeerkaart?");
  await admin.getByRole("button", { name: "Post", exact: true }).click();
  await admin.waitForURL(/\/posts\/\d+$/);
  const questionUrl = admin.url();
  await bert.goto(questionUrl);
  // The @mention autocomplete, with the keyboard only.
  const reply = bert.getByLabel("Jouw reactie");
  await reply.focus();
  await bert.keyboard.type("Dank @Ann");
  await bert.getByRole("option", { name: /Anne Admin/ }).waitFor();
  await bert.keyboard.press("Enter");
  assert.match(await reply.inputValue(), /^Dank @\[Anne Admin\]\(\/people\/\d+\) $/);
  await reply.fill("Bij de receptie, met je personeelspas.");
  await bert.getByRole("button", { name: "Reageren" }).click();
  await admin.goto(questionUrl);
  await admin.getByRole("button", { name: "Accept as the answer" }).click();
  assert.match(await admin.locator(".badges").first().textContent(), /Accepted/);
  await bert.locator("[data-live-notice] a", { hasText: "accepteerde je antwoord" }).waitFor();

  // The accepted answer becomes reusable knowledge: turn the question into an article.
  await admin.getByRole("link", { name: "Turn into article" }).click();
  await admin.waitForURL(/\/kb\/new\?from=\d+$/);
  assert.equal(await admin.getByLabel("Title").inputValue(), "Waar haal ik een parkeerkaart?");
  assert.match(await admin.getByLabel("Text").inputValue(), /Bij de receptie, met je personeelspas\./);
  await expectAccessible(admin, "the article form");
  await admin.getByLabel("Title").fill("Parkeerkaart aanvragen");
  await admin.getByRole("button", { name: "Save" }).click();
  await admin.waitForURL(/\/kb\/\d+$/);
  assert.match(await admin.locator("article h1").textContent(), /Parkeerkaart aanvragen/);
  await expectAccessible(admin, "an article");
  await admin.getByRole("link", { name: "The question it came from" }).click();
  await admin.waitForURL(questionUrl);
  assert.match(await admin.locator(".notice").textContent(), /Turned into an article: Parkeerkaart aanvragen/);

  await admin.goto(groupUrl.replace(/\/groups\/(\d+)$/, "/groups/$1/questions"));
  await expectAccessible(admin, "open questions");
});
