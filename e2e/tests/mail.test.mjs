// E-mail in a real browser against a real SMTP server: an administrator invites a colleague,
// who opens the link from the received mail, sets a password, lands on their first steps and
// gets the welcome mail; a member who forgot their password resets it through the mailed link;
// a community manager composes, previews and sends a newsletter, and the colleague reads it in
// the received mail and in the archive. The new pages are accessible.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, expectAccessible, newPage, setUpAdmin, startMailSink, linkIn, PASSWORD,
  createOpenGroup,
} from "./harness.mjs";

let sink;
const session = pleinAndBrowser(async () => {
  sink = await startMailSink();
  return { PLEIN_SMTP_URL: `smtp://127.0.0.1:${sink.port}`, PLEIN_MAIL_FROM: "plein@voorbeeld.nl" };
});
after(() => sink?.stop());

test("an invited colleague sets a password from the mail and a forgotten one is reset", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser);
  await setUpAdmin(admin, plein.base);

  await admin.goto(plein.base + "/admin/mail");
  assert.match(await admin.locator("#mail-status").textContent(), /E-mail is on/);
  await expectAccessible(admin, "the mail page");
  await admin.goto(plein.base + "/admin/users/invite");
  await expectAccessible(admin, "the invitation page");

  await admin.goto(plein.base + "/admin/users/new");
  await admin.getByLabel("E-mail address").fill("nina@voorbeeld.nl");
  await admin.getByLabel("Name").fill("Nina Nieuw");
  await admin.getByRole("button", { name: "Create account" }).click();
  assert.match(await admin.locator("#invitation-mailed").textContent(), /nina@voorbeeld.nl/);

  const [invitation] = await sink.waitFor(1);
  assert.deepEqual(invitation.rcpt_tos, ["nina@voorbeeld.nl"]);
  assert.equal(invitation.headers.subject, "Anne Admin invites you to Plein");
  const colleague = await newPage(browser);
  await colleague.goto(plein.base + linkIn(invitation, "/set-password/"));
  await colleague.getByLabel("New password").fill("mijn eigen wachtwoord");
  await colleague.getByRole("button", { name: "Save password" }).click();
  await colleague.waitForURL(/\/profile\/edit$/);
  const mails = await sink.waitFor(2);
  assert.equal(mails[1].headers.subject, "Welcome to Plein");

  const visitor = await newPage(browser);
  await visitor.goto(plein.base + "/login");
  await visitor.getByRole("link", { name: "Forgotten your password?" }).click();
  await expectAccessible(visitor, "the forgotten-password page");
  await visitor.getByLabel("E-mail address").fill("nina@voorbeeld.nl");
  await visitor.getByRole("button", { name: "Send the link" }).click();
  assert.match(await visitor.locator("main").textContent(), /is on its way/);
  const reset = (await sink.waitFor(3))[2];
  assert.equal(reset.headers.subject, "Set a new password for Plein");
  await visitor.goto(plein.base + linkIn(reset, "/set-password/"));
  await visitor.getByLabel("New password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Save password" }).click();
  await visitor.waitForURL(/\/profile\/edit$/);
});

test("a community manager sends a newsletter that a colleague reads in the mail", async () => {
  const { plein, browser } = session;
  const before = sink.mails().length;
  const manager = await newPage(browser);
  await manager.goto(plein.base + "/login");
  await manager.getByLabel("E-mail address").fill("anne@example.nl");
  await manager.getByLabel("Password").fill(PASSWORD);
  await manager.getByRole("button", { name: "Sign in" }).click();
  await manager.waitForURL(plein.base + "/");
  await createOpenGroup(manager, plein.base, "Nieuws en successen");
  await manager.getByLabel("Message").fill("Dankzij de nieuwe planner winnen we drie uur per week.");
  await manager.getByRole("button", { name: "Post", exact: true }).click();
  await manager.waitForURL(/\/posts\/\d+$/);
  await manager.getByRole("link", { name: "For the report" }).click();
  await manager.getByRole("radio", { name: "Success story" }).check();
  await manager.getByRole("button", { name: "Mark" }).click();

  await manager.goto(plein.base + "/cockpit/newsletters");
  await expectAccessible(manager, "the newsletter page");
  assert.equal(await manager.title(), "Newsletter · Plein");
  assert.match(await manager.locator("#reach-heading").textContent(), /What the mails bring/);
  await manager.setViewportSize({ width: 390, height: 844 });
  const overflow = await manager.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the newsletter page fits a phone (overflows by ${overflow}px)`);
  await manager.setViewportSize({ width: 1280, height: 800 });
  await manager.getByLabel("Subject").fill("Nieuws uit de community");
  await manager.getByLabel("Your words").fill("Hallo **allemaal**, dit ging er goed.");
  await manager.getByRole("checkbox", { name: /Include/ }).check();
  await manager.getByRole("radio", { name: /Highlight of the week: Anne Admin/ }).check();
  await manager.getByRole("button", { name: "Save draft" }).click();
  await manager.waitForURL(/\/cockpit\/newsletters\/\d+$/);
  const issuePath = new URL(manager.url()).pathname.replace("/cockpit", "");
  assert.equal(await manager.locator(".preview .post-body strong").textContent(), "allemaal");
  assert.match(await manager.locator(".preview").textContent(), /drie uur per week/);
  await expectAccessible(manager, "an issue's preview");
  await manager.getByRole("button", { name: "Send me a test" }).click();
  const test = (await sink.waitFor(before + 1))[before];
  assert.equal(test.headers.subject, "[Test] Nieuws uit de community");
  await manager.getByRole("button", { name: "Send", exact: true }).click();
  assert.match(await manager.locator("main").textContent(), /The newsletter will be sent/);

  // Anne and Nina get it; Nina reads it in the mail and follows its link to the archive.
  const mails = await sink.waitFor(before + 3);
  const toNina = mails.slice(before + 1).find((m) => m.rcpt_tos.includes("nina@voorbeeld.nl"));
  assert.ok(toNina, "a newsletter to Nina");
  assert.equal(toNina.headers.subject, "Nieuws uit de community");
  assert.match(toNina.text, /drie uur per week/);
  assert.ok(toNina.headers["list-unsubscribe"], "a one-click unsubscribe");
  const nina = await newPage(browser);
  await nina.goto(plein.base + "/login");
  await nina.getByLabel("E-mail address").fill("nina@voorbeeld.nl");
  await nina.getByLabel("Password").fill(PASSWORD);
  await nina.getByRole("button", { name: "Sign in" }).click();
  await nina.waitForURL(/\/$|\/profile\/edit$/);
  await nina.goto(plein.base + linkIn(toNina, "/newsletters/"));
  assert.equal(new URL(nina.url()).pathname, issuePath);
  assert.equal(new URL(nina.url()).search, "", "the mail's marker is taken off the address");
  assert.equal(await nina.locator("h1").textContent(), "Nieuws uit de community");
  await expectAccessible(nina, "a sent issue");
  await nina.goto(plein.base + "/");
  assert.match(await nina.locator(".featured").textContent(), /drie uur per week/);
});
