// The pages of the typed posts in a real browser, each checked with axe-core: planning an event
// (with a refused first try) and answering it, a poll voted on with the keyboard, an
// announcement, topics, the knowledge base and the notification settings, in English, and my
// events with the calendar link on a phone in Dutch; then the cockpit and its CSV.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  pleinAndBrowser, createOpenGroup, expectAccessible, newPage, setUpAdmin, createAccount,
} from "./harness.mjs";

const session = pleinAndBrowser();

test("events, polls, announcements, topics, the knowledge base and the cockpit are usable and accessible", async () => {
  const { plein, browser } = session;
  const admin = await newPage(browser);
  await setUpAdmin(admin, plein.base);
  const groupUrl = await createOpenGroup(admin, plein.base, "Kennisdeling");

  // An event: the first try has its end before its start.
  await admin.getByRole("link", { name: "Plan an event" }).click();
  await expectAccessible(admin, "the event form");
  await admin.getByLabel("Title").fill("Lunchlezing #samenwerken");
  await admin.getByLabel("Starts").fill("2030-03-04T12:30");
  await admin.getByLabel("Ends").fill("2030-03-04T11:30");
  await admin.getByLabel("Places").fill("20");
  await admin.getByRole("button", { name: "Publish event" }).click();
  assert.match(await admin.locator(".error-summary").textContent(), /The end has to come after the start/);
  assert.equal(await admin.getByLabel("Title").inputValue(), "Lunchlezing #samenwerken");
  await admin.getByLabel("Ends").fill("2030-03-04T13:30");
  await admin.getByRole("button", { name: "Publish event" }).click();
  await admin.waitForURL(/\/posts\/\d+$/);
  assert.match(await admin.locator(".event-facts").textContent(), /04-03-2030 12:30 \(Europe\/Amsterdam\)/);
  assert.match(await admin.locator(".event-facts").textContent(), /1 of 20 places taken/);
  await admin.getByRole("button", { name: "Maybe" }).click();
  assert.match(await admin.locator(".event-facts").textContent(), /0 of 20 places taken · 1 maybe/);
  await expectAccessible(admin, "an event");

  // A poll, voted on with the keyboard.
  await admin.goto(groupUrl);
  await admin.getByRole("link", { name: "Start a poll" }).click();
  await admin.getByLabel("Question").fill("Waar lunchen we vrijdag?");
  await admin.getByLabel("Options", { exact: true }).fill("Kantine\nPark");
  await admin.getByRole("button", { name: "Publish poll" }).click();
  await admin.waitForURL(/\/posts\/\d+$/);
  await admin.getByRole("radio", { name: "Park" }).focus();
  await admin.keyboard.press("Space");
  await admin.getByRole("button", { name: "Vote" }).press("Enter");
  await admin.locator(".poll-results").waitFor();
  assert.match(await admin.locator(".poll-results").textContent(), /Park ✔\s*1 · 100%/);
  await expectAccessible(admin, "a poll with results");

  // An announcement pinned for a week leads the group.
  await admin.goto(groupUrl);
  await admin.getByRole("link", { name: "Write an announcement" }).click();
  await expectAccessible(admin, "the announcement form");
  await admin.getByLabel("Announcement", { exact: true }).fill("De kantine is vrijdag dicht.");
  const week = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await admin.getByLabel("Pinned until (optional)").fill(week);
  await admin.getByRole("button", { name: "Publish announcement" }).click();
  await admin.waitForURL(/\/posts\/\d+$/);
  await expectAccessible(admin, "an announcement");
  await admin.goto(groupUrl);
  assert.match(await admin.locator(".pinned").textContent(), /De kantine is vrijdag dicht/);
  await expectAccessible(admin, "a group with a pinned announcement");

  // Topics and the knowledge base.
  await admin.goto(plein.base + "/topics/samenwerken");
  await admin.getByRole("button", { name: "Follow topic" }).click();
  await expectAccessible(admin, "a topic");
  await admin.goto(plein.base + "/topics");
  await expectAccessible(admin, "the topics");
  await admin.goto(plein.base + "/kb");
  await admin.getByLabel("Category name").fill("Faciliteiten");
  await admin.getByRole("button", { name: "Add a category" }).click();
  await admin.getByRole("link", { name: "Write an article" }).click();
  await admin.getByLabel("Title").fill("Kantinetijden");
  await admin.getByLabel("Category").selectOption({ label: "Faciliteiten" });
  await admin.getByLabel("Text").fill("Open van **8** tot 16 uur.");
  await admin.getByRole("button", { name: "Save" }).click();
  await admin.waitForURL(/\/kb\/\d+$/);
  await admin.goto(plein.base + "/kb");
  assert.match(await admin.locator("main").textContent(), /Faciliteiten[\s\S]*Kantinetijden/);
  await expectAccessible(admin, "the knowledge base");

  // A phone in Dutch: notification settings and the events page.
  await admin.goto(plein.base + "/notifications/settings");
  await expectAccessible(admin, "notification settings");
  await admin.getByRole("button", { name: "Nederlands" }).click();
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto(plein.base + "/events");
  assert.match(await admin.locator("h1").textContent(), /Mijn evenementen/);
  await admin.getByRole("button", { name: "Mijn agendalink maken" }).click();
  assert.match(await admin.locator("#calendar-link").inputValue(), /\/calendar\//);
  await expectAccessible(admin, "my events on a phone, in Dutch");
  const width = await admin.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no horizontal scrolling on a phone (page is ${width}px wide)`);

  // The cockpit: nothing below the minimum group size; with five accounts and the minimum at
  // five, the figures, the chart and a CSV download.
  await admin.getByRole("button", { name: "English" }).click();
  await admin.setViewportSize({ width: 1280, height: 900 });
  await admin.goto(plein.base + "/cockpit");
  assert.match(await admin.locator(".notice").textContent(), /at least 10 members/);
  for (const name of ["Bert", "Cor", "Dirk", "Els"]) {
    await createAccount(admin, plein.base, `${name.toLowerCase()}@example.nl`, name);
  }
  await admin.goto(plein.base + "/admin/settings");
  await admin.getByLabel("Minimum group size for figures").fill("5");
  await admin.getByRole("button", { name: "Save" }).click();
  await admin.getByRole("link", { name: "Cockpit" }).click();
  await admin.waitForURL(plein.base + "/cockpit");
  assert.match(await admin.locator(".figures").first().textContent(), /Monthly active members\s*1/);
  await expectAccessible(admin, "the cockpit");
  const [download] = await Promise.all([
    admin.waitForEvent("download"),
    admin.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "plein-daily.csv");
  const csv = await new Promise((resolve, reject) => {
    download.createReadStream().then((stream) => {
      let text = "";
      stream.on("data", (chunk) => { text += chunk; });
      stream.on("end", () => resolve(text));
      stream.on("error", reject);
    }, reject);
  });
  assert.match(csv, /^date,active_members,posts,comments,reactions\n/);
  assert.equal(csv.trim().split("\n").length, 31);
});
