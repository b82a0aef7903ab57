// Images and files in a real browser: a colleague attaches a photo and a PDF in the composer
// (the upload shows its progress), the post shows the photo inline and the PDF as a download;
// a file too large for the administrators' limit is caught before anything is sent; the
// composer and the post are accessible and fit a phone's width.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, expectAccessible, newPage, setUpAdmin, createOpenGroup,
} from "./harness.mjs";

const session = pleinAndBrowser();

// A 1×1 PNG and a minimal PDF.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function noOverflow(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} is ${overflow}px wider than the window`);
}

test("a post with a photo and a PDF, on a desktop and a phone", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser);
  await setUpAdmin(admin, plein.base);
  const group = await createOpenGroup(admin, plein.base, "Communicatie");

  await admin.goto(group);
  await admin.getByLabel("Message").fill("Het nieuwe logo en de huisstijlgids");
  await admin.locator("#files").setInputFiles([
    { name: "logo.png", mimeType: "image/png", buffer: PNG },
    { name: "Huisstijlgids.pdf", mimeType: "application/pdf", buffer: PDF },
  ]);
  await expectAccessible(admin, "the composer with files chosen");
  await admin.getByRole("button", { name: "Post", exact: true }).click();
  await admin.waitForURL(/\/posts\/\d+$/);
  const image = admin.locator(".gallery img").first();
  await image.waitFor();
  assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth > 0), "the photo loads");
  assert.match(await image.getAttribute("alt"), /logo\.jpg/);
  const file = admin.locator("a.file", { hasText: "Huisstijlgids.pdf" });
  assert.equal(await file.count(), 1);
  const download = await Promise.all([admin.waitForEvent("download"), file.click()]);
  assert.equal(download[0].suggestedFilename(), "Huisstijlgids.pdf");
  await expectAccessible(admin, "a post with attachments");

  // Too large for the limit: said at once, nothing sent, the text kept.
  await admin.goto(plein.base + "/admin/settings");
  await admin.getByLabel(/Largest file members may attach/).fill("1");
  await admin.getByRole("button", { name: "Save" }).click();
  await admin.goto(group);
  await admin.getByLabel("Message").fill("Een te grote bijlage");
  await admin.locator("#files").setInputFiles([
    { name: "groot.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 32)]) },
  ]);
  const problem = admin.locator("#files-client-error");
  await problem.waitFor();
  assert.match(await problem.textContent(), /groot\.pdf is larger than the limit/);
  await admin.getByRole("button", { name: "Post", exact: true }).click();
  assert.match(admin.url(), /\/groups\/\d+$/, "nothing was sent");
  assert.equal(await admin.getByLabel("Message").inputValue(), "Een te grote bijlage");

  // A phone: the group's feed with the photo, and the composer, fit the width.
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await phone.context().addCookies(await admin.context().cookies());
  await phone.goto(group);
  await phone.locator(".gallery img").first().waitFor();
  await noOverflow(phone, "the group page with attachments");
  await expectAccessible(phone, "the group page on a phone");
});
