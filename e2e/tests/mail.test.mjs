// E-mail in a real browser against a real SMTP server: an administrator invites a colleague,
// who opens the link from the received mail, sets a password, lands on their first steps and
// gets the welcome mail; a member who forgot their password resets it through the mailed link.
// The new pages are accessible.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, expectAccessible, newPage, setUpAdmin, startMailSink, linkIn, PASSWORD,
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
