// Starts a real Plein (the binary built by cargo) on a fresh SQLite database and a real
// Chromium (Debian's package) driven by playwright-core. No mocks.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const require = createRequire(import.meta.url);

export const PASSWORD = "correct horse battery";

/** Starts Plein (with extra environment `env`) and resolves with its base URL once it listens. */
export async function startPlein(env = {}) {
  const bin = process.env.PLEIN_BIN || path.join(root, "target", "debug", "plein");
  const dataDir = mkdtempSync(path.join(tmpdir(), "plein-e2e-"));
  const child = spawn(bin, ["serve"], {
    env: { ...process.env, PLEIN_LISTEN: "127.0.0.1:0", PLEIN_DATA_DIR: dataDir, PLEIN_DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => { stderr += chunk; });
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Plein did not start:\n${stderr}`)), 20000);
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/Plein runs at (http:\/\/[\d.:]+)/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`Plein exited with ${code}:\n${stderr}`)); });
  });
  return {
    base,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium with the flags this machine needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** Runs axe-core on the page and returns violations of serious or critical impact. */
export async function seriousA11yViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** A fresh browser context (its own cookies) with one page, English unless told otherwise. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: "en-GB", bypassCSP: true, ...options });
  context.setDefaultTimeout(10000);
  return context.newPage();
}

/** Creates the first administrator through the setup screen; the page ends signed in at home. */
export async function setUpAdmin(page, base, { email = "anne@example.nl", name = "Anne Admin" } = {}) {
  await page.goto(base + "/setup");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await page.waitForURL(base + "/");
}

/** The administrator creates an account; returns the path of its one-time set-password link. */
export async function createAccount(admin, base, email, name) {
  await admin.goto(base + "/admin/users/new");
  await admin.getByLabel("E-mail address").fill(email);
  await admin.getByLabel("Name").fill(name);
  await admin.getByRole("button", { name: "Create account" }).click();
  const link = (await admin.locator("#set-password-link").textContent()).trim();
  return link.slice(link.indexOf("/set-password/"));
}

/** Fails when axe-core finds serious or critical WCAG 2.1 A/AA problems on the page. */
export async function expectAccessible(page, label) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `${label} has accessibility problems`);
}

/** Starts Plein (with the environment `env()` resolves to) and Chromium before the file's tests
 *  and stops both after them; the returned object's `plein` and `browser` are set once the
 *  tests run. */
export function pleinAndBrowser(env = () => ({})) {
  const session = { plein: null, browser: null };
  before(async () => {
    session.plein = await startPlein(await env());
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.plein?.stop();
  });
  return session;
}

/** Creates an open group through the form; returns its address. */
export async function createOpenGroup(page, base, name) {
  await page.goto(base + "/groups/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("radio", { name: /Open/ }).check();
  await page.getByRole("button", { name: "Create group" }).click();
  await page.waitForURL(/\/groups\/\d+$/);
  return page.url();
}

/** A new colleague opens their set-password link in a page of their own and chooses a
 *  password; returns the signed-in page. */
export async function colleagueFromLink(browser, base, linkPath, password, options = {}) {
  const page = await newPage(browser, options);
  await page.goto(base + linkPath);
  await page.locator("#password").fill(password);
  await page.locator("main form button.primary").click();
  await page.waitForURL(/\/profile\/edit$/);
  return page;
}

/** Starts the test suite's real SMTP server (tests/support/smtp_sink.py, aiosmtpd); resolves
 *  with its port, a `mails()` reader of what it received, and `stop()`. */
export async function startMailSink() {
  const { readdirSync, readFileSync } = await import("node:fs");
  const dir = mkdtempSync(path.join(tmpdir(), "plein-mail-"));
  const child = spawn("python3", [path.join(root, "tests", "support", "smtp_sink.py"), dir], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the SMTP sink did not start")), 10000);
    child.stdout.once("data", (chunk) => { clearTimeout(timer); resolve(Number(String(chunk).trim())); });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`the SMTP sink exited with ${code}`)); });
  });
  const mails = () => readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")));
  return {
    port,
    mails,
    /** Waits until `n` mails arrived; resolves with them all. */
    async waitFor(n) {
      for (let i = 0; i < 200; i++) {
        const got = mails();
        if (got.length >= n) return got;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`expected ${n} mails, got ${mails().length}`);
    },
    stop() { child.stdin.end(); child.kill(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** The path of the first link to `prefix` in a received mail's text part. */
export function linkIn(mail, prefix) {
  const word = mail.text.split(/\s+/).find((w) => w.startsWith("http") && w.includes(prefix));
  assert.ok(word, `a ${prefix} link in ${mail.text}`);
  return word.slice(word.indexOf(prefix));
}

/** Starts the test suite's real OpenID provider (e2e/oidc-provider.mjs, the `oidc-provider`
 *  package) for the client `plein` sending people back to `redirectUri`, with `accounts`
 *  (login → claims) to sign in as; resolves with its `issuer` and `stop()`. */
export async function startOidcProvider(redirectUri, accounts) {
  const child = spawn("node", [path.join(root, "e2e", "oidc-provider.mjs")], {
    env: { ...process.env, OIDC_REDIRECT_URIS: redirectUri, OIDC_ACCOUNTS: JSON.stringify(accounts) },
    stdio: ["pipe", "pipe", "ignore"],
  });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the OpenID provider did not start")), 10000);
    child.stdout.once("data", (chunk) => { clearTimeout(timer); resolve(Number(String(chunk).trim())); });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`the OpenID provider exited with ${code}`)); });
  });
  return { issuer: `http://127.0.0.1:${port}`, stop() { child.stdin.end(); child.kill(); } };
}
