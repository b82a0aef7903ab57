// Bringing colleagues in, in a real browser: an administrator imports a pasted list (the
// preview names the bad row, the import runs and says what it did), makes a SCIM token, and
// once the identity provider has sent a group (over SCIM's own HTTP API, as Entra ID would),
// maps it to a Plein group whose members then carry the directory's mark. The screens are
// accessible and fit a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pleinAndBrowser, expectAccessible, newPage, setUpAdmin, createOpenGroup } from "./harness.mjs";

const session = pleinAndBrowser();

async function noSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px on a phone`);
}

test("an administrator imports colleagues and maps a directory group", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await setUpAdmin(admin, plein.base);

  await admin.goto(plein.base + "/admin/users/import");
  await expectAccessible(admin, "the import page");
  await noSidewaysScroll(admin, "the import page");
  await admin.getByLabel("Or paste the list").fill(
    "email;name;department\nnina@voorbeeld.nl;Nina de Nieuwe;Inkoop\ngeen-adres;Piet;Inkoop\n",
  );
  await admin.getByRole("button", { name: "Show the preview" }).click();
  assert.match(await admin.locator("main").textContent(), /Nothing has been written yet/);
  assert.match(await admin.locator("#import-problems").textContent(), /geen-adres/);
  await expectAccessible(admin, "the import preview");
  await noSidewaysScroll(admin, "the import preview");
  await admin.getByRole("button", { name: "Import 1 colleague" }).click();
  await admin.waitForFunction(() => /The import is done/.test(document.body.textContent), null, { timeout: 30000 });
  await expectAccessible(admin, "the finished import");

  await admin.goto(plein.base + "/admin/scim");
  await admin.getByLabel("Name").fill("Entra ID");
  await admin.getByRole("button", { name: "Create a token" }).click();
  const token = (await admin.locator("#scim-token").textContent()).trim();
  await expectAccessible(admin, "the SCIM page");
  const scim = async (method, path, body) => {
    const response = await fetch(`${plein.base}/scim/v2${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/scim+json" },
      body: JSON.stringify(body),
    });
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
    return response.json();
  };
  const nina = await scim("POST", "/Users", {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName: "nina@voorbeeld.nl", displayName: "Nina de Nieuwe", active: true,
    emails: [{ value: "nina@voorbeeld.nl", primary: true }],
  });
  await scim("POST", "/Groups", {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
    displayName: "Afdeling Inkoop", members: [{ value: nina.id }],
  });

  const groupUrl = await createOpenGroup(admin, plein.base, "Inkoop");
  await admin.goto(plein.base + "/admin/scim/groups");
  await expectAccessible(admin, "the directory groups page");
  await noSidewaysScroll(admin, "the directory groups page");
  await admin.getByLabel("Keeps the members of").selectOption({ label: "Inkoop" });
  await admin.getByRole("button", { name: "Save: Afdeling Inkoop" }).click();
  assert.match(await admin.locator("main").textContent(), /The mapping is saved/);
  await admin.goto(groupUrl + "/members");
  const row = admin.locator("ul.people li", { hasText: "Nina de Nieuwe" });
  assert.match(await row.textContent(), /Kept by the directory/);
  assert.equal(await row.getByRole("button", { name: "Remove from group" }).count(), 0);
});
