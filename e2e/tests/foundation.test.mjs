// The foundation journey in a real browser: first-run admin setup → create group → post →
// a second colleague joins and comments → the first sees it in the home feed. Along the way:
// keyboard use, Dutch/English switch, a phone-sized viewport and axe-core checks.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, expectAccessible, PASSWORD, newPage as pageIn, createAccount,
} from "./harness.mjs";

const session = pleinAndBrowser();
const newPage = (options) => pageIn(session.browser, options);


test("admin sets up, posts; a colleague joins and comments; the admin sees it at home", async () => {
  const { plein } = session;
  const admin = await newPage();
  await admin.goto(plein.base + "/");
  await assert.doesNotReject(admin.waitForURL(/\/setup$/));
  assert.equal(await admin.locator("h1").textContent(), "Welcome to Plein");
  await expectAccessible(admin, "setup page");

  // A wrong first try keeps what was typed and says what is wrong.
  await admin.getByLabel("E-mail address").fill("anne@example.nl");
  await admin.getByLabel("Name").fill("Anne Admin");
  await admin.getByLabel("Password").fill("short");
  await admin.getByRole("button", { name: "Create administrator" }).click();
  assert.match(await admin.locator(".error-summary").textContent(), /at least 10 characters/);
  assert.equal(await admin.getByLabel("E-mail address").inputValue(), "anne@example.nl");
  await admin.getByLabel("Password").fill(PASSWORD);
  await admin.getByLabel("Name").fill("Anne Admin");
  await admin.getByRole("button", { name: "Create administrator" }).click();
  await admin.waitForURL(plein.base + "/");
  await expectAccessible(admin, "empty home feed");

  // Create an open group with the keyboard only.
  await admin.goto(plein.base + "/groups/new");
  await admin.getByLabel("Name").focus();
  await admin.keyboard.type("Koffiehoek");
  await admin.keyboard.press("Tab");
  await admin.keyboard.type("Alles over koffie");
  await admin.getByRole("radio", { name: /Open/ }).check();
  await admin.getByRole("button", { name: "Create group" }).press("Enter");
  await admin.waitForURL(/\/groups\/\d+$/);
  const groupUrl = admin.url();
  await expectAccessible(admin, "group page");

  await admin.getByLabel("Message").fill("Wie gaat er mee **koffie** halen? <script>window.pwned=1</script>");
  await admin.getByRole("button", { name: "Post", exact: true }).click();
  await admin.waitForURL(/\/posts\/\d+$/);
  const postUrl = admin.url();
  assert.equal(await admin.locator(".post-body strong").textContent(), "koffie");
  assert.equal(await admin.evaluate(() => window.pwned), undefined, "scripts in posts stay inert");
  await expectAccessible(admin, "post page");

  // Invite a colleague; they set a password through the one-time link.
  const linkPath = await createAccount(admin, plein.base, "bert@example.nl", "Bert Collega");

  const bert = await newPage({ viewport: { width: 390, height: 844 }, locale: "nl-NL" });
  await bert.goto(plein.base + linkPath);
  assert.equal(await bert.locator("html").getAttribute("lang"), "nl");
  await bert.getByLabel("Nieuw wachtwoord").fill("bert heeft een lang wachtwoord");
  await bert.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await bert.waitForURL(/\/profile\/edit$/);
  await expectAccessible(bert, "profile edit on a phone");

  await bert.goto(groupUrl);
  await bert.getByRole("button", { name: "Lid worden" }).click();
  assert.match(await bert.locator(".flash").textContent(), /Je bent nu lid/);
  await bert.goto(postUrl);
  await bert.getByLabel("Jouw reactie").fill("Ik ga mee!");
  await bert.getByRole("button", { name: "Reageren" }).click();
  assert.match(await bert.locator(".comments").textContent(), /Ik ga mee!/);
  const width = await bert.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no horizontal scrolling on a phone (page is ${width}px wide)`);

  // Back to the admin: the home feed shows the post with Bert's comment.
  await admin.goto(plein.base + "/");
  const item = admin.locator("article.post").first();
  assert.match(await item.textContent(), /Wie gaat er mee/);
  assert.match(await item.textContent(), /1 comment/);
  await item.getByRole("link", { name: "1 comment" }).click();
  assert.match(await admin.locator(".comments").textContent(), /Bert Collega[\s\S]*Ik ga mee!/);

  // Reactions work with htmx, without a page load.
  const before = admin.url();
  await admin.getByRole("button", { name: /Celebrate/ }).click();
  await admin.locator('button[data-kind="celebrate"][aria-pressed="true"]').waitFor();
  assert.equal(await admin.locator('button[data-kind="celebrate"] .count').textContent(), "1");
  assert.equal(admin.url(), before);

  // The skip link is the first thing the keyboard reaches, and it lands on the content.
  await admin.reload();
  await admin.keyboard.press("Tab");
  assert.equal(await admin.evaluate(() => document.activeElement.className), "skip-link");
  await admin.keyboard.press("Enter");
  assert.equal(await admin.evaluate(() => document.activeElement.id), "main");

  // Switch the interface to Dutch and back.
  await admin.getByRole("button", { name: "Nederlands" }).click();
  assert.equal(await admin.locator("html").getAttribute("lang"), "nl");
  assert.ok(await admin.getByRole("link", { name: "Groepen" }).isVisible());
  await admin.getByRole("button", { name: "English" }).click();
  assert.ok(await admin.getByRole("link", { name: "Groups" }).isVisible());
});
