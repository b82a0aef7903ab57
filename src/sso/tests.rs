//! Single sign-on over real HTTP against a real OpenID provider (`e2e/oidc-provider.mjs`, the
//! certified `oidc-provider` package), on both databases: an account made on first sign-in
//! with its claims mapped, the same person again, a replayed or foreign `state`, ID tokens for
//! another audience or expired, linking an existing account only after its password, the
//! allowed domains, unverified addresses, password sign-in switched off but for the emergency
//! administrator, and sign-out with the provider's end-session address.

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use crate::auth::Role;
use crate::testing::{Browser, OidcProvider as Provider, PASSWORD, TestApp, db_test, path_of};

const ACCOUNTS: &str = r#"{
  "nina": {"email": "nina@voorbeeld.nl", "email_verified": true, "name": "Nina de Nieuwe",
           "department": "Inkoop", "job_title": "Inkoper", "locality": "Utrecht",
           "manager_email": "bea@voorbeeld.nl"},
  "piet": {"email": "piet@voorbeeld.nl", "email_verified": true, "name": "Piet Bestaand"},
  "gijs": {"email": "gijs@voorbeeld.nl", "email_verified": true, "name": "Gijs Geïmporteerd",
           "department": "Financiën"},
  "eve":  {"email": "eve@elders.nl", "email_verified": true, "name": "Eve Elders"},
  "olga": {"email": "olga@voorbeeld.nl", "email_verified": false, "name": "Olga Onbevestigd"}
}"#;

/// Starts the provider for the slug `idp` of `app`.
async fn start_provider(app: &TestApp) -> Provider {
    Provider::start(&format!("{}/sso/idp/callback", app.base), ACCOUNTS).await
}

/// An administrator adds the provider through the form; returns their browser.
async fn configured(app: &TestApp, provider: &Provider) -> Browser {
    let (admin, _) = app
        .signed_in("anne@voorbeeld.nl", "Anne Admin", Role::Admin)
        .await;
    let page = admin
        .post(
            "/admin/sso/new",
            &[
                ("name", "Voorbeeld ID"),
                ("slug", "idp"),
                ("issuer", &provider.issuer),
                ("client_id", "plein"),
                ("client_secret", "plein-test-secret"),
                ("scopes", "openid email profile"),
                ("create_accounts", "on"),
                ("allowed_domains", "voorbeeld.nl"),
                ("claim_department", "department"),
                ("claim_job_title", "job_title"),
                ("claim_location", "locality"),
                ("claim_manager", "manager_email"),
            ],
        )
        .await;
    page.assert_status(StatusCode::OK)
        .assert_contains("Provider saved");
    admin
}

/// Where the provider's page posts its form (an absolute address, or one on the provider).
fn form_action(provider: &Provider, html: &str) -> String {
    let start = html.find("action=\"").expect("a form") + 8;
    let end = html[start..].find('"').expect("end of action") + start;
    let action = html[start..end].replace("&amp;", "&");
    if action.starts_with("http") {
        action
    } else {
        format!("{}{action}", provider.issuer)
    }
}

/// Where a response sends the browser.
fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .expect("a callback address")
        .to_string()
}

/// Signs in at the provider as `login` from `browser` (which stops before the callback);
/// returns the callback address the provider sends the browser to. A browser still signed in
/// at the provider is sent straight back, as at a real provider.
async fn at_provider(app: &TestApp, browser: &Browser, provider: &Provider, login: &str) -> String {
    let login_page = browser.get_url(&format!("{}/sso/idp", app.base)).await;
    if login_page.status() == StatusCode::SEE_OTHER {
        return location(&login_page);
    }
    assert_eq!(
        login_page.status(),
        StatusCode::OK,
        "the provider's sign-in page"
    );
    let action = form_action(provider, &login_page.text().await.expect("body"));
    let consent = browser
        .post_url(
            &action,
            &[("prompt", "login"), ("login", login), ("password", "x")],
        )
        .await;
    let action = form_action(provider, &consent.text().await.expect("body"));
    let back = browser.post_url(&action, &[("prompt", "consent")]).await;
    assert_eq!(back.status(), StatusCode::SEE_OTHER, "sent back to Plein");
    location(&back)
}

/// The whole sign-in as `login`; returns the page Plein ends on.
async fn sign_in(
    app: &TestApp,
    browser: &Browser,
    provider: &Provider,
    login: &str,
) -> crate::testing::Page {
    let callback = at_provider(app, browser, provider, login).await;
    browser.get(&path_of(&callback)).await
}

async fn account(app: &TestApp, email: &str) -> Option<crate::directory::user::Model> {
    crate::people::service::user_by_email(&app.db, email)
        .await
        .expect("lookup")
}

db_test!(first_sign_in_makes_the_account_from_the_claims, |app| {
    let provider = start_provider(&app).await;
    let admin = configured(&app, &provider).await;
    let bea = app
        .account("bea@voorbeeld.nl", "Bea Baas", Role::Member)
        .await;
    admin
        .get("/login")
        .await
        .assert_contains("Sign in with Voorbeeld ID");

    let nina = app.browser_stopping_before("/callback");
    let home = sign_in(&app, &nina, &provider, "nina").await;
    home.assert_status(StatusCode::OK);
    assert_eq!(home.path, "/");
    let made = account(&app, "nina@voorbeeld.nl").await.expect("made");
    assert_eq!(made.display_name, "Nina de Nieuwe");
    assert_eq!(made.department, "Inkoop");
    assert_eq!(made.job_title, "Inkoper");
    assert_eq!(made.location, "Utrecht");
    assert_eq!(made.manager_id, Some(bea));
    assert!(made.password_hash.is_none());
    nina.get("/profile/edit").await.assert_contains("Inkoper");

    // Signing out ends the session and offers the provider's sign-out.
    let out = nina.post("/logout", &[]).await;
    assert_eq!(out.path, "/signed-out");
    out.assert_contains("Sign out at Voorbeeld ID as well")
        .assert_contains(&format!("{}/session/end?", provider.issuer));
    assert_eq!(nina.get("/profile/edit").await.path, "/login");

    // The same person again: the same account, no second one.
    let again = sign_in(&app, &nina, &provider, "nina").await;
    assert_eq!(again.path, "/");
    assert_eq!(
        crate::people::service::accounts_by_email(&app.db, &["nina@voorbeeld.nl".into()])
            .await
            .expect("lookup")
            .len(),
        1
    );
    admin
        .get("/admin/provisioning")
        .await
        .assert_contains("Single sign-on")
        .assert_contains("Linked to a sign-in at the provider");
});

db_test!(replayed_foreign_and_forged_answers_are_refused, |app| {
    let provider = start_provider(&app).await;
    configured(&app, &provider).await;
    let nina = app.browser_stopping_before("/callback");
    let callback = at_provider(&app, &nina, &provider, "nina").await;
    // Another browser cannot take up this answer: the attempt is bound to the one that started.
    let other = app.browser();
    other
        .get(&path_of(&callback))
        .await
        .assert_status(StatusCode::BAD_REQUEST)
        .assert_contains("already used, has expired, or was started in another browser");
    // ... and it was used up by trying, so the right browser cannot replay it either.
    nina.get(&path_of(&callback))
        .await
        .assert_status(StatusCode::BAD_REQUEST);

    let fresh = at_provider(&app, &nina, &provider, "nina").await;
    nina.get(&path_of(&fresh))
        .await
        .assert_status(StatusCode::OK);
    // A replay of a used answer is refused.
    nina.get(&path_of(&fresh))
        .await
        .assert_status(StatusCode::BAD_REQUEST)
        .assert_contains("already used");
    // A state Plein never sent.
    nina.get("/sso/idp/callback?code=abc&state=made-up")
        .await
        .assert_status(StatusCode::BAD_REQUEST);
    app.browser()
        .get("/sso/nope")
        .await
        .assert_status(StatusCode::NOT_FOUND);
});

db_test!(
    id_tokens_for_another_audience_or_expired_are_refused,
    |app| {
        let provider = start_provider(&app).await;
        configured(&app, &provider).await;
        let browser = app.browser_stopping_before("/callback");
        provider.tamper("wrong-audience").await;
        sign_in(&app, &browser, &provider, "nina")
            .await
            .assert_status(StatusCode::BAD_REQUEST)
            .assert_contains("meant for another application");
        provider.tamper("expired").await;
        sign_in(&app, &browser, &provider, "nina")
            .await
            .assert_status(StatusCode::BAD_REQUEST)
            .assert_contains("has expired");
        assert!(account(&app, "nina@voorbeeld.nl").await.is_none());
        assert_eq!(browser.get("/profile/edit").await.path, "/login");
    }
);

db_test!(
    an_existing_account_is_linked_only_after_its_password,
    |app| {
        let provider = start_provider(&app).await;
        let admin = configured(&app, &provider).await;
        let piet = app.account("piet@voorbeeld.nl", "Piet", Role::Member).await;
        let browser = app.browser_stopping_before("/callback");
        let offered = sign_in(&app, &browser, &provider, "piet").await;
        assert_eq!(offered.path, "/login");
        offered.assert_contains("Sign in with your password once to link it");
        assert_eq!(browser.get("/profile/edit").await.path, "/login");
        // Signing in as somebody else does not link Piet's identity to them.
        app.account("kees@voorbeeld.nl", "Kees", Role::Member).await;
        let kees = browser
            .post(
                "/login",
                &[("email", "kees@voorbeeld.nl"), ("password", PASSWORD)],
            )
            .await;
        kees.assert_lacks("now linked");
        browser.post("/logout", &[]).await;

        sign_in(&app, &browser, &provider, "piet").await;
        let linked = browser
            .post(
                "/login",
                &[("email", "piet@voorbeeld.nl"), ("password", PASSWORD)],
            )
            .await;
        linked.assert_contains("Your account is now linked");
        browser.post("/logout", &[]).await;
        let direct = sign_in(&app, &browser, &provider, "piet").await;
        assert_eq!(direct.path, "/");
        let profile = browser.get(&format!("/people/{piet}")).await;
        profile.assert_status(StatusCode::OK);
        assert_eq!(
            account(&app, "piet@voorbeeld.nl")
                .await
                .expect("piet")
                .display_name,
            "Piet Bestaand",
            "the provider's name is taken over"
        );

        // An account an administrator made (no password yet) is linked at once.
        let made = admin
            .post(
                "/admin/users/new",
                &[("email", "gijs@voorbeeld.nl"), ("display_name", "Gijs")],
            )
            .await;
        made.assert_status(StatusCode::OK);
        let gijs = app.browser_stopping_before("/callback");
        assert_eq!(sign_in(&app, &gijs, &provider, "gijs").await.path, "/");
        assert_eq!(
            account(&app, "gijs@voorbeeld.nl")
                .await
                .expect("gijs")
                .department,
            "Financiën"
        );
    }
);

db_test!(
    domains_unverified_addresses_and_deactivation_are_respected,
    |app| {
        let provider = start_provider(&app).await;
        configured(&app, &provider).await;
        let browser = app.browser_stopping_before("/callback");
        sign_in(&app, &browser, &provider, "eve")
            .await
            .assert_status(StatusCode::BAD_REQUEST)
            .assert_contains("does not sign in e-mail addresses of this domain");
        assert!(account(&app, "eve@elders.nl").await.is_none());
        // Nor is an existing account of another domain linked to the provider's guest.
        app.account("eve@elders.nl", "Eve", Role::Admin).await;
        let browser = app.browser_stopping_before("/callback");
        sign_in(&app, &browser, &provider, "eve")
            .await
            .assert_status(StatusCode::BAD_REQUEST)
            .assert_contains("does not sign in e-mail addresses of this domain");
        assert_eq!(browser.get("/profile/edit").await.path, "/login");

        // A suspended account waits out its suspension, as with a password.
        let piet = app.account("piet@voorbeeld.nl", "Piet", Role::Member).await;
        app.db
            .execute_unprepared(&format!(
                "UPDATE users SET suspended_until = {} WHERE id = {piet}",
                crate::db::now_ms() + 86_400_000
            ))
            .await
            .expect("suspend");
        let browser = app.browser_stopping_before("/callback");
        sign_in(&app, &browser, &provider, "piet")
            .await
            .assert_status(StatusCode::FORBIDDEN)
            .assert_contains("deactivated or suspended");

        // An unverified address neither creates nor links an account.
        let browser = app.browser_stopping_before("/callback");
        sign_in(&app, &browser, &provider, "olga")
            .await
            .assert_status(StatusCode::BAD_REQUEST)
            .assert_contains("did not confirm your e-mail address");
        app.account("olga@voorbeeld.nl", "Olga", Role::Member).await;
        sign_in(&app, &browser, &provider, "olga")
            .await
            .assert_status(StatusCode::BAD_REQUEST)
            .assert_contains("did not confirm your e-mail address");

        // A deactivated account does not sign in through the provider either.
        let browser = app.browser_stopping_before("/callback");
        sign_in(&app, &browser, &provider, "nina").await;
        browser.post("/logout", &[]).await;
        let nina = account(&app, "nina@voorbeeld.nl").await.expect("nina");
        crate::people::service::apply_provisioned(
            &app.db,
            nina,
            crate::people::service::ProvisionedChange {
                active: Some(false),
                ..Default::default()
            },
        )
        .await
        .expect("deactivate");
        sign_in(&app, &browser, &provider, "nina")
            .await
            .assert_status(StatusCode::FORBIDDEN)
            .assert_contains("deactivated");
    }
);

db_test!(
    passwords_can_be_switched_off_but_for_the_emergency_admin,
    |app| {
        let admin = app
            .signed_in("anne@voorbeeld.nl", "Anne Admin", Role::Admin)
            .await
            .0;
        // Not without a provider, and not for someone who is no administrator.
        admin
            .post(
                "/admin/sso/password",
                &[("password_off", "on"), ("break_glass", "anne@voorbeeld.nl")],
            )
            .await
            .assert_contains("Add a single sign-on provider first");
        let provider = start_provider(&app).await;
        admin
            .post(
                "/admin/sso/new",
                &[
                    ("name", "Voorbeeld ID"),
                    ("slug", "idp"),
                    ("issuer", &provider.issuer),
                    ("client_id", "plein"),
                    ("client_secret", "plein-test-secret"),
                    ("scopes", "openid email"),
                ],
            )
            .await
            .assert_contains("Provider saved");
        app.account("mo@voorbeeld.nl", "Mo", Role::Member).await;
        admin
            .post(
                "/admin/sso/password",
                &[("password_off", "on"), ("break_glass", "mo@voorbeeld.nl")],
            )
            .await
            .assert_contains("active administrator who has a password");
        admin
            .post(
                "/admin/sso/password",
                &[("password_off", "on"), ("break_glass", "anne@voorbeeld.nl")],
            )
            .await
            .assert_contains("Password sign-in saved");

        let visitor = app.browser();
        visitor
            .get("/login")
            .await
            .assert_contains("Sign in with Voorbeeld ID")
            .assert_contains("Emergency sign-in for the administrator");
        visitor
            .post(
                "/login",
                &[("email", "mo@voorbeeld.nl"), ("password", PASSWORD)],
            )
            .await
            .assert_contains("a password works only for the emergency administrator");
        assert_eq!(visitor.get("/profile/edit").await.path, "/login");
        let wrong = visitor
            .post(
                "/login",
                &[("email", "anne@voorbeeld.nl"), ("password", "wrong one!")],
            )
            .await;
        wrong.assert_contains("a password works only for the emergency administrator");
        let anne = visitor
            .post(
                "/login",
                &[("email", "anne@voorbeeld.nl"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(anne.path, "/");
        // The last provider cannot go while passwords are off.
        let id = crate::sso::provider::by_slug(&app.db, "idp")
            .await
            .expect("lookup")
            .expect("stored")
            .id;
        visitor
            .post(&format!("/admin/sso/{id}/delete"), &[])
            .await
            .assert_contains("switch passwords on first");
    }
);

db_test!(
    provider_settings_are_checked_and_kept_by_administrators,
    |app| {
        let (member, _) = app.member("Mia").await;
        member
            .get("/admin/sso")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        let (admin, _) = app
            .signed_in("anne@voorbeeld.nl", "Anne Admin", Role::Admin)
            .await;
        let refused = admin
            .post(
                "/admin/sso/new",
                &[
                    ("name", "Nergens"),
                    ("slug", "nergens"),
                    ("issuer", "http://127.0.0.1:9/"),
                    ("client_id", "plein"),
                    ("client_secret", "x"),
                    ("scopes", "openid"),
                ],
            )
            .await;
        refused
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("could not read the provider")
            .assert_lacks("value=\"x\"");
        admin
            .get("/admin/sso/999")
            .await
            .assert_status(StatusCode::NOT_FOUND);
        // The configuration's provider is kept in step at start and is not editable here.
        let mut config = crate::config::Config::for_database(String::new(), std::env::temp_dir());
        config.sso.sso_issuer = Some("https://login.voorbeeld.nl".into());
        config.sso.sso_client_id = Some("plein".into());
        config.sso.sso_client_secret = Some("geheim".into());
        config.sso.sso_name = Some("Voorbeeld".into());
        crate::sso::sync_from_config(&app.db, &config)
            .await
            .expect("sync");
        let listed = admin.get("/admin/sso").await;
        listed
            .assert_contains("Set in the configuration file")
            .assert_contains("https://login.voorbeeld.nl");
        let stored = crate::sso::provider::by_slug(&app.db, "org")
            .await
            .expect("lookup")
            .expect("stored");
        admin
            .get(&format!("/admin/sso/{}", stored.id))
            .await
            .assert_status(StatusCode::NOT_FOUND);
        config.sso.sso_issuer = None;
        crate::sso::sync_from_config(&app.db, &config)
            .await
            .expect("sync");
        assert!(
            crate::sso::provider::by_slug(&app.db, "org")
                .await
                .expect("lookup")
                .is_none()
        );
    }
);
