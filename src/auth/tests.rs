//! Sign-in, setup, registration, passwords, throttling and language, over HTTP.

use reqwest::StatusCode;

use crate::auth::Role;
use crate::people::service::is_first_run;
use crate::testing::{PASSWORD, db_test};

db_test!(first_run_creates_one_admin, |app| {
    let visitor = app.browser();
    visitor.get("/").await.assert_contains("Welcome to Plein");

    let refused = visitor
        .post(
            "/setup",
            &[
                ("email", "not-an-email"),
                ("display_name", ""),
                ("password", "short"),
            ],
        )
        .await;
    refused
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Enter an e-mail address")
        .assert_contains("This field is required")
        .assert_contains("Use at least 10 characters")
        .assert_contains("value=\"not-an-email\"");
    assert!(
        is_first_run(&app.db).await.unwrap(),
        "a refused setup creates nothing"
    );

    let done = visitor
        .post(
            "/setup",
            &[
                ("email", "Admin@Example.nl"),
                ("display_name", "Ada"),
                ("password", PASSWORD),
            ],
        )
        .await;
    done.assert_status(StatusCode::OK)
        .assert_contains("<h1>Home</h1>")
        .assert_contains("/admin/users");

    let latecomer = app.browser();
    latecomer.get("/setup").await.assert_contains("Sign in");
    let second = latecomer
        .post(
            "/setup",
            &[
                ("email", "eve@example.nl"),
                ("display_name", "Eve"),
                ("password", PASSWORD),
            ],
        )
        .await;
    second.assert_status(StatusCode::FORBIDDEN);
    let login = latecomer
        .post(
            "/login",
            &[("email", "eve@example.nl"), ("password", PASSWORD)],
        )
        .await;
    login.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
});

db_test!(sign_in_and_out, |app| {
    app.account("anne@example.nl", "Anne", Role::Member).await;
    let browser = app.browser();
    let wrong = browser
        .post(
            "/login",
            &[
                ("email", "anne@example.nl"),
                ("password", "wrong password!"),
            ],
        )
        .await;
    wrong
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("is not correct");
    let unknown = browser
        .post(
            "/login",
            &[("email", "nobody@example.nl"), ("password", PASSWORD)],
        )
        .await;
    unknown.assert_contains("is not correct");

    let home = browser
        .post(
            "/login",
            &[
                ("email", "ANNE@example.nl"),
                ("password", PASSWORD),
                ("next", "/groups"),
            ],
        )
        .await;
    home.assert_status(StatusCode::OK);
    assert_eq!(home.path, "/groups", "returns to the page asked for");

    let out = browser.post("/logout", &[]).await;
    out.assert_contains("You are signed out");
    assert_eq!(browser.get("/").await.path, "/login");
});

db_test!(offsite_next_is_ignored, |app| {
    app.account("anne@example.nl", "Anne", Role::Member).await;
    let browser = app.browser();
    let page = browser
        .post(
            "/login",
            &[
                ("email", "anne@example.nl"),
                ("password", PASSWORD),
                ("next", "//evil.example/x"),
            ],
        )
        .await;
    assert_eq!(page.path, "/");
});

/// Posts a wrong password for `email` from `browser`.
async fn guess(browser: &crate::testing::Browser, email: &str) {
    browser
        .post(
            "/login",
            &[("email", email), ("password", "guess guess guess")],
        )
        .await;
}

db_test!(
    guessing_slows_an_account_down_but_never_locks_its_owner_out,
    |app| {
        app.account("anne@example.nl", "Anne", Role::Member).await;
        // Anne has signed in on her laptop before: it is a known device.
        let laptop = app.browser();
        laptop
            .post(
                "/login",
                &[("email", "anne@example.nl"), ("password", PASSWORD)],
            )
            .await
            .assert_status(StatusCode::OK);
        laptop.post("/logout", &[]).await;
        let attacker = app.browser();
        for _ in 0..=crate::auth::throttle::FREE_ATTEMPTS {
            guess(&attacker, "anne@example.nl").await;
        }
        // A new device has to wait, even with the right password...
        app.browser()
            .post(
                "/login",
                &[("email", "anne@example.nl"), ("password", PASSWORD)],
            )
            .await
            .assert_status(StatusCode::TOO_MANY_REQUESTS)
            .assert_contains("Too many wrong passwords");
        // ... her own laptop does not, and she is told someone tried.
        laptop
            .post(
                "/login",
                &[("email", "anne@example.nl"), ("password", PASSWORD)],
            )
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("Someone tried wrong passwords for your account");
        // Other accounts are not affected.
        app.account("bert@example.nl", "Bert", Role::Member).await;
        app.browser()
            .post(
                "/login",
                &[("email", "bert@example.nl"), ("password", PASSWORD)],
            )
            .await
            .assert_status(StatusCode::OK);
    }
);

db_test!(
    one_address_spraying_many_accounts_is_slowed_down_not_its_colleagues,
    |app| {
        app.account("known@example.nl", "Known", Role::Member).await;
        let colleague = app.browser();
        colleague
            .post(
                "/login",
                &[("email", "known@example.nl"), ("password", PASSWORD)],
            )
            .await
            .assert_status(StatusCode::OK);
        colleague.post("/logout", &[]).await;
        // Ten colleagues behind the office address each mistype once: nobody waits.
        for i in 0..10 {
            let email = format!("mistype{i}@example.nl");
            app.account(&email, "Mistype", Role::Member).await;
            let browser = app.browser();
            guess(&browser, &email).await;
            browser
                .post(
                    "/login",
                    &[("email", email.as_str()), ("password", PASSWORD)],
                )
                .await
                .assert_status(StatusCode::OK);
        }
        // One address trying one password on many accounts is spraying.
        let sprayer = app.browser();
        for i in 0..crate::auth::throttle::SPRAY_ACCOUNTS {
            guess(&sprayer, &format!("victim{i}@example.nl")).await;
        }
        app.account("next@example.nl", "Next", Role::Member).await;
        app.browser()
            .post(
                "/login",
                &[("email", "next@example.nl"), ("password", PASSWORD)],
            )
            .await
            .assert_status(StatusCode::TOO_MANY_REQUESTS);
        // A colleague on a device they used before still gets in.
        colleague
            .post(
                "/login",
                &[("email", "known@example.nl"), ("password", PASSWORD)],
            )
            .await
            .assert_status(StatusCode::OK);
    }
);

db_test!(session_is_renewed_at_login, |app| {
    app.account("anne@example.nl", "Anne", Role::Member).await;
    let browser = app.browser();
    browser
        .post(
            "/login",
            &[("email", "anne@example.nl"), ("password", PASSWORD)],
        )
        .await;
    let first = browser.cookie("plein_session").unwrap();
    browser
        .post(
            "/login",
            &[("email", "anne@example.nl"), ("password", PASSWORD)],
        )
        .await;
    let second = browser.cookie("plein_session").unwrap();
    assert_ne!(first, second);

    let stale = app.browser();
    stale.set_cookie("plein_session", &first);
    assert_eq!(
        stale.get("/").await.path,
        "/login",
        "the old session no longer works"
    );
    let current = app.browser();
    current.set_cookie("plein_session", &second);
    current.get("/").await.assert_contains("<h1>Home</h1>");
});

db_test!(registration_is_off_until_an_admin_opens_it, |app| {
    let visitor = app.browser();
    visitor
        .get("/register")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let refused = visitor
        .post(
            "/register",
            &[
                ("email", "new@example.nl"),
                ("display_name", "New"),
                ("password", PASSWORD),
            ],
        )
        .await;
    refused.assert_status(StatusCode::FORBIDDEN);

    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    admin
        .post("/admin/settings", &[("open_registration", "on")])
        .await
        .assert_contains("have been saved");

    let page = visitor
        .post(
            "/register",
            &[
                ("email", "new@example.nl"),
                ("display_name", "New"),
                ("password", PASSWORD),
            ],
        )
        .await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.path, "/profile/edit");
    let again = app
        .browser()
        .post(
            "/register",
            &[
                ("email", "NEW@example.nl"),
                ("display_name", "Dup"),
                ("password", PASSWORD),
            ],
        )
        .await;
    again
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("already exists");
});

db_test!(password_change_checks_the_current_one, |app| {
    let (browser, _) = app.member("Anne").await;
    let wrong = browser
        .post(
            "/account/password",
            &[
                ("current", "not my password"),
                ("password", "a brand new password"),
            ],
        )
        .await;
    wrong
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("current password is not correct");
    let short = browser
        .post(
            "/account/password",
            &[("current", PASSWORD), ("password", "short")],
        )
        .await;
    short.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let done = browser
        .post(
            "/account/password",
            &[("current", PASSWORD), ("password", "a brand new password")],
        )
        .await;
    done.assert_status(StatusCode::OK)
        .assert_contains("Your password has been changed");
    browser.get("/").await.assert_contains("<h1>Home</h1>");

    let other = app.browser();
    other
        .post(
            "/login",
            &[("email", "anne@example.nl"), ("password", PASSWORD)],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    other
        .post(
            "/login",
            &[
                ("email", "anne@example.nl"),
                ("password", "a brand new password"),
            ],
        )
        .await
        .assert_status(StatusCode::OK);
});

db_test!(set_password_link_works_once, |app| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let created = admin
        .post(
            "/admin/users/new",
            &[
                ("email", "bo@example.nl"),
                ("display_name", "Bo"),
                ("role", "member"),
            ],
        )
        .await;
    created.assert_contains("one-time link");
    let start = created.body.find("/set-password/").unwrap();
    let token: String = created.body[start + 14..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let path = format!("/set-password/{token}");

    let bo = app.browser();
    bo.get(&path)
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("New password");
    bo.post(&path, &[("password", "short")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let done = bo
        .post(&path, &[("password", "bo's own long password")])
        .await;
    assert_eq!(done.path, "/profile/edit");
    app.browser()
        .get(&path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    app.browser()
        .get("/set-password/garbage")
        .await
        .assert_status(StatusCode::NOT_FOUND);
});

db_test!(language_follows_header_then_choice, |app| {
    let (anne, _) = app.member("Anne").await;
    let visitor = app.browser();
    let client = reqwest::Client::new();
    let dutch = client
        .get(format!("{}/login", app.base))
        .header("accept-language", "nl-NL,nl;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    let html = dutch.text().await.unwrap();
    assert!(
        html.contains("<html lang=\"nl\">") && html.contains("Aanmelden"),
        "{html}"
    );

    anne.post("/lang", &[("lang", "nl"), ("next", "/groups")])
        .await
        .assert_contains("Groepen");
    anne.get("/people").await.assert_contains("Mensen");
    visitor.get("/login").await.assert_contains("Sign in");
    anne.post("/lang", &[("lang", "xx")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
});
