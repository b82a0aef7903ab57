//! The shared web layer over HTTP: CSRF, error pages, security headers, static files,
//! and concurrent writes on SQLite.

use reqwest::StatusCode;

use crate::testing::db_test;

db_test!(state_changing_requests_need_the_csrf_token, |app| {
    let (anne, _) = app.member("Anne").await;
    let without = anne
        .post_raw("/groups", &[("name", "Sneaky"), ("visibility", "open")])
        .await;
    without
        .assert_status(StatusCode::FORBIDDEN)
        .assert_contains("This form has expired");
    let wrong = anne
        .post_raw(
            "/groups",
            &[
                ("name", "Sneaky"),
                ("visibility", "open"),
                ("_csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            ],
        )
        .await;
    wrong.assert_status(StatusCode::FORBIDDEN);
    anne.get("/groups").await.assert_lacks("Sneaky");

    let token = anne.csrf().await;
    let client = reqwest::Client::new();
    let cross_site = client
        .post(format!("{}/lang", app.base))
        .header("origin", "https://evil.example")
        .header("cookie", format!("plein_csrf={token}"))
        .form(&[("lang", "nl"), ("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
});

db_test!(errors_are_pages_in_the_users_language, |app| {
    let (anne, _) = app.member("Anne").await;
    let missing = anne.get("/groups/999999").await;
    missing
        .assert_status(StatusCode::NOT_FOUND)
        .assert_contains("does not exist")
        .assert_contains("<html lang=\"en\">");
    anne.get("/no/such/page")
        .await
        .assert_status(StatusCode::NOT_FOUND)
        .assert_contains("does not exist");
    anne.get("/groups/not-a-number")
        .await
        .assert_status(StatusCode::BAD_REQUEST)
        .assert_contains("could not be understood");
    anne.post("/lang", &[("lang", "nl")]).await;
    anne.get("/posts/424242")
        .await
        .assert_status(StatusCode::NOT_FOUND)
        .assert_contains("Deze pagina bestaat niet");
});

db_test!(pages_carry_security_headers_and_assets_are_served, |app| {
    let client = reqwest::Client::new();
    let response = client
        .get(format!("{}/login", app.base))
        .send()
        .await
        .unwrap();
    let csp = response
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert_eq!(
        response.headers().get("x-content-type-options").unwrap(),
        "nosniff"
    );
    let cookie = response
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    for path in [
        "/static/plein.css",
        "/static/plein.js",
        "/static/htmx.min.js",
        "/healthz",
    ] {
        let asset = client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(asset.status(), StatusCode::OK, "{path}");
    }
});

db_test!(concurrent_writes_do_not_fail, |app| {
    let (admin, _) = app.member("Owner").await;
    let group = admin
        .post("/groups", &[("name", "Busy"), ("visibility", "open")])
        .await;
    let group_id = crate::testing::Browser::id_from(&group);
    let post = admin
        .post(&format!("/groups/{group_id}/posts"), &[("body", "Start")])
        .await;
    let post_id = crate::testing::Browser::id_from(&post);
    let mut writers = Vec::new();
    for i in 0..6 {
        let (browser, _) = app.member(&format!("Writer {i}")).await;
        writers.push(browser);
    }
    let mut tasks = Vec::new();
    for (i, browser) in writers.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            let mut statuses = Vec::new();
            for n in 0..8 {
                let body = format!("comment {n} from writer {i}");
                let page = browser
                    .post(
                        &format!("/posts/{post_id}/comments"),
                        &[("body", body.as_str())],
                    )
                    .await;
                statuses.push(page.status);
                let react = browser
                    .post(&format!("/posts/{post_id}/react"), &[("kind", "like")])
                    .await;
                statuses.push(react.status);
            }
            statuses
        }));
    }
    for task in tasks {
        for status in task.await.unwrap() {
            assert_eq!(status, StatusCode::OK);
        }
    }
    admin
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_contains("48 comments");
});

db_test!(
    an_unreachable_session_store_is_an_error_page_that_keeps_the_form,
    |app| {
        use sea_orm::ConnectionTrait;
        let (anne, _) = app.member("Anne").await;
        let token = anne.csrf().await;
        app.db
            .execute_unprepared("ALTER TABLE sessions RENAME TO sessions_away")
            .await
            .expect("rename");
        // Not "signed out": no redirect to the sign-in page, an error page instead.
        let page = anne.get("/groups").await;
        assert!(page.status.is_server_error(), "{}", page.status);
        assert_ne!(page.path, "/login");
        page.assert_contains("Nothing you entered was lost");
        // What a member typed comes back in a form that sends it again.
        let sent = anne
            .post(
                "/groups",
                &[("name", "Fietsers <3"), ("visibility", "open")],
            )
            .await;
        assert!(sent.status.is_server_error(), "{}", sent.status);
        sent.assert_contains("name=\"name\" value=\"Fietsers &#60;3\"")
            .assert_contains(&format!("name=\"_csrf\" value=\"{token}\""))
            .assert_contains("action=\"/groups\"");
        app.db
            .execute_unprepared("ALTER TABLE sessions_away RENAME TO sessions")
            .await
            .expect("rename back");
        anne.get("/groups").await.assert_status(StatusCode::OK);
    }
);

db_test!(
    control_characters_are_taken_out_of_every_field_and_parameter,
    |app| {
        let (anne, _) = app.member("Anne").await;
        let id = anne.create_group("Nul\u{0}lijn\u{1b}", "open").await;
        anne.get(&format!("/groups/{id}"))
            .await
            .assert_contains("Nullijn")
            .assert_lacks("\u{0}");
        anne.get("/people?q=a%00b")
            .await
            .assert_status(StatusCode::OK);
        anne.get("/topics/a%00b")
            .await
            .assert_status(StatusCode::NOT_FOUND);
        // Tabs and line breaks belong in text and stay.
        let post = anne.write_post(id, "discussion", "one\r\ntwo\tthree").await;
        anne.get(&format!("/posts/{post}"))
            .await
            .assert_contains("two\tthree");
    }
);

db_test!(a_form_over_the_limit_is_too_large_not_expired, |app| {
    let (anne, _) = app.member("Anne").await;
    let huge = "x".repeat(crate::web::context::MAX_FORM_BODY + 10);
    let page = anne
        .post(
            "/groups",
            &[("name", huge.as_str()), ("visibility", "open")],
        )
        .await;
    page.assert_status(StatusCode::PAYLOAD_TOO_LARGE)
        .assert_contains("too large");
});

db_test!(readiness_asks_the_database_and_liveness_does_not, |app| {
    let anon = app.browser();
    let ready = anon.get("/readyz").await;
    ready.assert_status(StatusCode::OK).assert_contains("ready");
    anon.get("/healthz").await.assert_status(StatusCode::OK);
});

db_test!(serving_connections_have_a_statement_timeout, |app| {
    use sea_orm::ConnectionTrait;
    if app.db.get_database_backend() != sea_orm::DatabaseBackend::Postgres {
        return;
    }
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DatabaseBackend::Postgres,
            "SHOW statement_timeout",
        ))
        .await
        .expect("show")
        .expect("row");
    let value: String = row.try_get_by_index(0).expect("value");
    assert_eq!(value, "10s");
});

db_test!(
    half_sent_requests_neither_block_others_nor_stay_open,
    |app| {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let address = app.base.trim_start_matches("http://").to_string();
        let mut slow = Vec::new();
        for _ in 0..300 {
            let mut stream = tokio::net::TcpStream::connect(&address)
                .await
                .expect("connect");
            stream
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                .await
                .expect("write");
            slow.push(stream);
        }
        let started = std::time::Instant::now();
        app.browser()
            .get("/healthz")
            .await
            .assert_status(StatusCode::OK);
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        // The header-read limit closes them: reading gets the end of the stream.
        let mut stream = slow.pop().expect("a slow stream");
        let limit = crate::server::HEADER_READ_TIMEOUT + std::time::Duration::from_secs(3);
        let mut buf = Vec::new();
        let read = tokio::time::timeout(limit, stream.read_to_end(&mut buf)).await;
        assert!(
            read.is_ok(),
            "a half-sent request was still open after {limit:?}"
        );
    }
);

db_test!(over_long_addresses_and_headers_get_a_page, |app| {
    let anon = app.browser();
    let long = format!(
        "/people?q={}",
        "a".repeat(crate::web::limits::MAX_URI_BYTES)
    );
    anon.get(&long)
        .await
        .assert_status(StatusCode::URI_TOO_LONG)
        .assert_contains("This address is too long");
    let client = reqwest::Client::new();
    let mut request = client.get(format!("{}/login", app.base));
    for i in 0..=crate::web::limits::MAX_HEADERS {
        request = request.header(format!("x-filler-{i}"), "1");
    }
    let response = request.send().await.expect("send");
    assert_eq!(
        response.status(),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE
    );
    assert!(
        response
            .text()
            .await
            .expect("body")
            .contains("more than this server accepts")
    );
});

db_test!(every_come_back_target_stays_on_the_site, |app| {
    app.account("anne@example.nl", "Anne", crate::auth::Role::Member)
        .await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let anon = app.browser();
    let token = anon.csrf().await;
    let evil = "/\t/evil.example/";
    let login = client
        .post(format!("{}/login", app.base))
        .header("cookie", format!("plein_csrf={token}"))
        .form(&[
            ("email", "anne@example.nl"),
            ("password", crate::testing::PASSWORD),
            ("next", evil),
            ("_csrf", token.as_str()),
        ])
        .send()
        .await
        .expect("login");
    assert_eq!(login.headers()["location"], "/");
    let session = login
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("plein_session="))
        .and_then(|v| v.split(';').next())
        .expect("session cookie")
        .to_string();
    let lang = client
        .post(format!("{}/lang", app.base))
        .header("cookie", format!("plein_csrf={token}"))
        .form(&[("lang", "nl"), ("next", evil), ("_csrf", token.as_str())])
        .send()
        .await
        .expect("lang");
    assert_eq!(lang.headers()["location"], "/");
    let (anne, _) = app.member("Bert").await;
    let group = anne.create_group("Koffie", "open").await;
    let post = anne.write_post(group, "discussion", "Wie haalt?").await;
    let react = client
        .post(format!("{}/posts/{post}/react", app.base))
        .header("cookie", format!("plein_csrf={token}; {session}"))
        .form(&[
            ("kind", "like"),
            ("back", "/\\\\evil.example"),
            ("_csrf", token.as_str()),
        ])
        .send()
        .await
        .expect("react");
    let location = react.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    assert!(
        location.starts_with('/') && !location.contains("evil"),
        "{location}"
    );
});

/// A wide table scrolls inside its wrapper on a phone; a keyboard user must be able to reach
/// that scrolling region (WCAG 2.1.1), so every wrapper in every template is focusable.
#[test]
fn every_scrolling_table_wrapper_takes_the_keyboard() {
    fn templates(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("templates").flatten() {
            let path = entry.path();
            if path.is_dir() {
                templates(&path, found);
            } else if path.extension().is_some_and(|e| e == "html") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    templates(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
        &mut found,
    );
    let mut unreachable = Vec::new();
    for path in &found {
        let text = std::fs::read_to_string(path).expect("template");
        for (at, _) in text.match_indices("class=\"table-wrap\"") {
            let tag_end = text[at..].find('>').map_or(text.len(), |i| at + i);
            if !text[at..tag_end].contains("tabindex=\"0\"") {
                unreachable.push(path.display().to_string());
            }
        }
    }
    assert!(found.len() > 50, "only {} templates found", found.len());
    assert!(
        unreachable.is_empty(),
        "table wrappers without tabindex=\"0\": {unreachable:?}"
    );
}
