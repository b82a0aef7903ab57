// A real OpenID provider for the tests: the certified `oidc-provider` package on 127.0.0.1, with
// its own sign-in and consent pages (any login; the password is not checked) and the accounts
// the test gives. Prints its port on the first line of stdout and runs until stdin closes.
//
// Environment:
//   OIDC_REDIRECT_URIS   comma-separated redirect URIs of the client `plein`
//   OIDC_ACCOUNTS        JSON: { "<login>": { "email": …, "email_verified": …, "name": …, … } }
//   OIDC_CLIENT_SECRET   the client's secret (default "plein-test-secret")
//
// So the tests can see Plein refuse a bad ID token, `POST /__test/tamper?mode=wrong-audience`
// (or `expired`) makes the next token response carry an ID token re-signed with the provider's
// own key but for another audience, or expired an hour ago.
import { createServer } from "node:http";
import Provider from "oidc-provider";
import { SignJWT, decodeJwt, exportJWK, generateKeyPair } from "jose";

const secret = process.env.OIDC_CLIENT_SECRET || "plein-test-secret";
const redirectUris = (process.env.OIDC_REDIRECT_URIS || "").split(",").filter(Boolean);
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS || "{}");

const { privateKey } = await generateKeyPair("RS256", { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: "plein-test", alg: "RS256", use: "sig" };

const server = createServer();
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: "plein",
    client_secret: secret,
    redirect_uris: redirectUris,
    post_logout_redirect_uris: redirectUris.map((uri) => new URL("/login", uri).href),
    grant_types: ["authorization_code"],
    response_types: ["code"],
  }],
  jwks: { keys: [jwk] },
  pkce: { required: () => true },
  // The claims go into the ID token itself, as Entra ID and Okta can be set up to do.
  conformIdTokenClaims: false,
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name", "department", "job_title", "locality", "manager_email"],
  },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  cookies: { keys: ["plein-test-cookie-key"] },
  async findAccount(_ctx, id) {
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
});

let tamper = null;
provider.use(async (ctx, next) => {
  if (ctx.path === "/__test/tamper" && ctx.method === "POST") {
    tamper = ctx.query.mode;
    ctx.status = 204;
    return;
  }
  await next();
  if (tamper && ctx.path === "/token" && ctx.body && ctx.body.id_token) {
    const claims = decodeJwt(ctx.body.id_token);
    const now = Math.floor(Date.now() / 1000);
    if (tamper === "wrong-audience") claims.aud = "another-application";
    if (tamper === "expired") { claims.iat = now - 7200; claims.exp = now - 3600; }
    ctx.body = {
      ...ctx.body,
      id_token: await new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: jwk.kid })
        .sign(privateKey),
    };
    tamper = null;
  }
});

server.on("request", provider.callback());
process.stdout.write(`${server.address().port}\n`);
// The test reads only the port; the package's own notes on stdout must not crash it after.
process.stdout.on("error", () => {});
process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
