// Single sign-on in a real browser against a real OpenID provider (the `oidc-provider`
// package): an administrator adds the provider, a colleague without an account signs in with
// it on the provider's own pages and lands in Plein with an account made from the claims, signs
// out and is offered the provider's sign-out too; a replayed answer signs nobody in; a
// colleague with a password links once by giving it; a token for another application or an
// expired one is refused with a message. The new pages are accessible and fit a phone.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, expectAccessible, newPage, setUpAdmin, startOidcProvider, createAccount,
  colleagueFromLink, PASSWORD,
} from "./harness.mjs";

const session = pleinAndBrowser();
let provider;
after(() => provider?.stop());

const ACCOUNTS = {
  nina: {
    email: "nina@voorbeeld.nl", email_verified: true, name: "Nina de Nieuwe",
    department: "Inkoop", job_title: "Inkoper",
  },
  piet: { email: "piet@voorbeeld.nl", email_verified: true, name: "Piet Bestaand" },
};

/** Signs in at the test provider's own pages as `login` (the provider asks only once per
 *  browser) and waits until Plein answers; returns the callback address Plein was sent. */
async function throughProvider(page, base, login) {
  const callback = page.waitForRequest((r) => r.url().startsWith(`${base}/sso/voorbeeld/callback`));
  await page.getByRole("link", { name: "Sign in with Voorbeeld ID" }).click();
  await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("wat dan ook");
  await page.locator("button[type=submit]").click();
  await page.locator("button[type=submit]").filter({ hasText: /Continue/i }).click();
  const url = (await callback).url();
  await page.waitForLoadState();
  return url;
}

test("a colleague signs in through the organisation's provider and out again", async () => {
  const { plein, browser } = session;
  provider = await startOidcProvider(`${plein.base}/sso/voorbeeld/callback`, ACCOUNTS);
  const admin = await newPage(browser);
  await setUpAdmin(admin, plein.base);

  await admin.goto(plein.base + "/admin/sso");
  await expectAccessible(admin, "the single sign-on page");
  await admin.getByRole("link", { name: "Add a provider" }).click();
  assert.match(await admin.locator("#sso-redirect").textContent(), /^http:\/\/127\.0\.0\.1:\d+\/sso\/.+\/callback$/);
  await admin.getByLabel("Name", { exact: true }).fill("Voorbeeld ID");
  await admin.getByLabel("Short name in the address").fill("voorbeeld");
  await admin.getByLabel("Issuer address").fill(provider.issuer);
  await admin.getByLabel("Client ID").fill("plein");
  await admin.getByLabel("Client secret").fill("plein-test-secret");
  await admin.getByLabel("Create their account when they first sign in").check();
  await admin.getByLabel("Only for these e-mail domains").fill("voorbeeld.nl");
  await admin.getByLabel("Department").fill("department");
  await admin.getByLabel("Job title").fill("job_title");
  await expectAccessible(admin, "the provider form");
  await admin.getByRole("button", { name: "Save provider" }).click();
  assert.match(await admin.locator("main").textContent(), /Provider saved/);
  assert.match(await admin.locator("#sso-providers").textContent(), /Voorbeeld ID/);

  const nina = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await nina.goto(plein.base + "/login");
  await expectAccessible(nina, "the sign-in page with a provider");
  const overflow = await nina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the sign-in page scrolls sideways by ${overflow}px on a phone`);
  const callback = await throughProvider(nina, plein.base, "nina");
  await nina.waitForURL(plein.base + "/");

  // The provider's answer, replayed, signs nobody in.
  const replay = await newPage(browser);
  await replay.goto(callback);
  assert.match(await replay.locator("#sso-refusal").textContent(), /already used, has expired/);
  await expectAccessible(replay, "the refused sign-in page");

  await nina.goto(plein.base + "/profile/edit");
  assert.equal(await nina.getByLabel("Job title").inputValue(), "Inkoper");
  assert.equal(await nina.getByLabel("Department").inputValue(), "Inkoop");

  await nina.getByRole("button", { name: "Sign out" }).click();
  await nina.waitForURL(plein.base + "/signed-out?*");
  await expectAccessible(nina, "the signed-out page");
  const elsewhere = nina.getByRole("link", { name: "Sign out at Voorbeeld ID as well" });
  assert.match(await elsewhere.getAttribute("href"), new RegExp(`^${provider.issuer}/session/end\\?`));
  await elsewhere.click();
  await nina.locator("button[type=submit]").filter({ hasText: /Yes/i }).click();
  await nina.waitForURL(plein.base + "/login");

  await admin.goto(plein.base + "/admin/provisioning");
  assert.match(await admin.locator("main").textContent(), /nina@voorbeeld.nl|Nina de Nieuwe/);
});

test("an existing colleague links after their password; a bad token is refused", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser);
  await admin.goto(plein.base + "/login");
  await admin.getByLabel("E-mail address").fill("anne@example.nl");
  await admin.getByLabel("Password").fill(PASSWORD);
  await admin.getByRole("button", { name: "Sign in" }).click();
  const link = await createAccount(admin, plein.base, "piet@voorbeeld.nl", "Piet Bestaand");
  (await colleagueFromLink(browser, plein.base, link, "pieters eigen wachtwoord")).context().close();

  const piet = await newPage(browser);
  await piet.goto(plein.base + "/login");
  await throughProvider(piet, plein.base, "piet");
  await piet.waitForURL(new RegExp(`^${plein.base}/login`));
  assert.match(await piet.locator("main").textContent(), /Sign in with your password once to link it/);
  await piet.getByLabel("E-mail address").fill("piet@voorbeeld.nl");
  await piet.getByLabel("Password").fill("pieters eigen wachtwoord");
  await piet.getByRole("button", { name: "Sign in" }).click();
  assert.match(await piet.locator("main").textContent(), /now linked to your organisation's sign-in/);
  await piet.getByRole("button", { name: "Sign out" }).click();
  await piet.goto(plein.base + "/login");
  await piet.getByRole("link", { name: "Sign in with Voorbeeld ID" }).click();
  await piet.waitForURL(plein.base + "/");

  // A token for another application: nobody is signed in, and the page says why.
  const response = await fetch(`${provider.issuer}/__test/tamper?mode=wrong-audience`, { method: "POST" });
  assert.equal(response.status, 204);
  const eve = await newPage(browser);
  await eve.goto(plein.base + "/login");
  await throughProvider(eve, plein.base, "nina");
  assert.match(await eve.locator("#sso-refusal").textContent(), /meant for another application/);
  await eve.goto(plein.base + "/profile/edit");
  await eve.waitForURL(new RegExp(`^${plein.base}/login`));

  // An expired token likewise.
  await fetch(`${provider.issuer}/__test/tamper?mode=expired`, { method: "POST" });
  const late = await newPage(browser);
  await late.goto(plein.base + "/login");
  await throughProvider(late, plein.base, "nina");
  assert.match(await late.locator("#sso-refusal").textContent(), /token that has expired/);
});
