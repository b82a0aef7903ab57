// Single sign-on in a real browser against a real OpenID provider (the `oidc-provider`
// package): an administrator adds the provider, a colleague without an account signs in with
// it on the provider's own pages and lands in Plein with an account made from the claims, signs
// out and is offered the provider's sign-out too. The new pages are accessible and fit a phone.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { pleinAndBrowser, expectAccessible, newPage, setUpAdmin, startOidcProvider } from "./harness.mjs";

const session = pleinAndBrowser();
let provider;
after(() => provider?.stop());

const ACCOUNTS = {
  nina: {
    email: "nina@voorbeeld.nl", email_verified: true, name: "Nina de Nieuwe",
    department: "Inkoop", job_title: "Inkoper",
  },
};

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
  await nina.getByRole("link", { name: "Sign in with Voorbeeld ID" }).click();
  await nina.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
  await nina.locator("input[name=login]").fill("nina");
  await nina.locator("input[name=password]").fill("wat dan ook");
  await nina.locator("button[type=submit]").click();
  await nina.locator("button[type=submit]").filter({ hasText: /Continue/i }).click();
  await nina.waitForURL(plein.base + "/");

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
