//! Mail against a real SMTP server (`tests/support/smtp_sink.py`) on both databases: each kind
//! arrives once, in the receiver's language, with both parts and the automatic-mail headers;
//! a refusing server loses nothing; two runners send each mail once; with e-mail off nothing is
//! queued and the pages say so.

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use super::{Letter, MailKind};
use crate::auth::Role;
use crate::i18n::Lang;
use crate::testing::{Received, db_test, mail_test, path_of};

fn assert_automatic(mail: &Received, to: &str) {
    assert_eq!(mail.rcpt_tos, vec![to.to_string()]);
    assert_eq!(mail.header("auto-submitted"), "auto-generated");
    assert!(
        mail.header("message-id").ends_with("@voorbeeld.nl>"),
        "{mail:?}"
    );
    assert!(!mail.header("date").is_empty());
    assert!(mail.header("from").contains("plein@voorbeeld.nl"));
    assert!(
        mail.text.as_deref().is_some_and(|t| !t.is_empty()),
        "a plain-text part"
    );
    assert!(
        mail.html.as_deref().is_some_and(|h| h.contains("<html")),
        "an HTML part"
    );
    assert!(
        !mail
            .raw_headers
            .lines()
            .any(|l| l.to_ascii_lowercase().starts_with("bcc")),
        "no smuggled headers"
    );
}

async fn outbox_column(app: &crate::testing::TestApp, sql: &str) -> Vec<String> {
    app.db
        .query_all_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            sql.to_string(),
        ))
        .await
        .expect("outbox")
        .iter()
        .map(|row| row.try_get_by_index::<String>(0).expect("text"))
        .collect()
}

/// The administrator Bea, signed in.
async fn admin_of(app: &crate::testing::TestApp) -> crate::testing::Browser {
    app.signed_in("beheer@voorbeeld.nl", "Bea Beheer", Role::Admin)
        .await
        .0
}

/// Bea creates Nina's account (and, with e-mail on, invites her); returns the page.
async fn create_nina(admin: &crate::testing::Browser) -> crate::testing::Page {
    admin
        .post(
            "/admin/users/new",
            &[
                ("email", "nieuw@voorbeeld.nl"),
                ("display_name", "Nina Nieuw"),
                ("role", "member"),
            ],
        )
        .await
}

/// Waits (up to 30 s, for a loaded machine) until the outbox page shows `text` (delivery is
/// marked after the server accepted).
async fn outbox_shows(admin: &crate::testing::Browser, text: &str) {
    for _ in 0..300 {
        if admin.get("/admin/mail").await.body.contains(text) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    admin.get("/admin/mail").await.assert_contains(text);
}

mail_test!(a_test_mail_arrives_once_with_both_parts, |app, sink| {
    let admin = admin_of(&app).await;
    admin
        .get("/admin/mail")
        .await
        .assert_contains("E-mail is on")
        .assert_contains("(plain)")
        .assert_contains("No mail has been sent yet.");
    admin
        .post("/admin/mail/test", &[])
        .await
        .assert_status(StatusCode::OK);
    let mail = &sink.wait_for(1).await[0];
    assert_automatic(mail, "beheer@voorbeeld.nl");
    assert_eq!(mail.header("subject"), "Test mail from Plein");
    assert!(mail.header("to").contains("Bea Beheer"));
    outbox_shows(&admin, "sent").await;
    assert_eq!(
        outbox_column(&app, "SELECT html || text FROM mail_outbox").await,
        vec![String::new()],
        "a delivered mail's bodies are forgotten"
    );
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(sink.received().len(), 1, "sent once");
});

mail_test!(
    a_forgotten_password_is_reset_through_the_mailed_link,
    |app, sink| {
        app.account("anna@voorbeeld.nl", "Anna de Vries", Role::Member)
            .await;
        let visitor = app.browser();
        visitor
            .get("/login")
            .await
            .assert_contains("href=\"/forgot-password\"");
        let unknown = visitor
            .post("/forgot-password", &[("email", "niemand@voorbeeld.nl")])
            .await;
        let known = visitor
            .post("/forgot-password", &[("email", " Anna@Voorbeeld.nl ")])
            .await;
        known
            .assert_status(StatusCode::OK)
            .assert_contains("a link to set a new password is on its way");
        assert_eq!(
            unknown.body, known.body,
            "the same answer whether or not the account exists"
        );
        let mail = sink.wait_for(1).await[0].clone();
        assert_automatic(&mail, "anna@voorbeeld.nl");
        assert_eq!(mail.header("subject"), "Set a new password for Plein");
        let link = mail
            .link("/set-password/")
            .expect("a link in the text part");
        assert!(
            mail.html.as_deref().unwrap_or_default().contains(&link),
            "and in the HTML part"
        );

        let path = path_of(&link);
        visitor.get(&path).await.assert_status(StatusCode::OK);
        visitor
            .post(&path, &[("password", "een heel nieuw wachtwoord")])
            .await
            .assert_status(StatusCode::OK);
        let again = app.browser();
        again.get(&path).await.assert_status(StatusCode::NOT_FOUND);
        again
            .post(
                "/login",
                &[
                    ("email", "anna@voorbeeld.nl"),
                    ("password", "een heel nieuw wachtwoord"),
                ],
            )
            .await
            .assert_lacks("name=\"password\"");

        // Three links an hour per account at most: nobody can flood a colleague's inbox.
        for _ in 0..4 {
            visitor
                .post("/forgot-password", &[("email", "anna@voorbeeld.nl")])
                .await
                .assert_status(StatusCode::OK);
        }
        tokio::time::sleep(std::time::Duration::from_millis(800)).await;
        assert_eq!(sink.wait_for(3).await.len(), 3);
    }
);

mail_test!(
    an_invited_colleague_sets_a_password_from_the_mail,
    |app, sink| {
        let admin = admin_of(&app).await;
        create_nina(&admin)
            .await
            .assert_contains("id=\"invitation-mailed\"")
            .assert_contains("nieuw@voorbeeld.nl");
        let mail = sink.wait_for(1).await[0].clone();
        assert_automatic(&mail, "nieuw@voorbeeld.nl");
        assert_eq!(mail.header("subject"), "Bea Beheer invites you to Plein");
        let path = path_of(&mail.link("/set-password/").expect("link"));
        let colleague = app.browser();
        let landed = colleague
            .post(&path, &[("password", "mijn eigen wachtwoord")])
            .await;
        assert_eq!(landed.path, "/profile/edit", "the first step: a profile");
        let welcome = sink.wait_for(2).await[1].clone();
        assert_automatic(&welcome, "nieuw@voorbeeld.nl");
        assert_eq!(welcome.header("subject"), "Welcome to Plein");
        assert!(
            welcome.link("/profile/edit").is_some(),
            "first steps link to the profile"
        );
    }
);

/// Makes the retries of undelivered mail due now (instead of after their back-off).
async fn retry_now(app: &crate::testing::TestApp) {
    app.db
        .execute_unprepared(
            "UPDATE jobs SET run_at = 0 WHERE kind = 'mail.send' AND done_at IS NULL",
        )
        .await
        .expect("due");
    crate::jobs::wake();
}

mail_test!(
    a_hanging_server_is_given_up_on_and_nothing_is_lost,
    |app, sink| {
        let admin = admin_of(&app).await;
        sink.hang(true);
        let started = std::time::Instant::now();
        admin.post("/admin/mail/test", &[]).await;
        outbox_shows(&admin, "timed out").await;
        assert!(started.elapsed() < std::time::Duration::from_secs(15));
        admin.get("/admin/mail").await.assert_contains("queued");
        sink.hang(false);
        retry_now(&app).await;
        outbox_shows(&admin, "<td>sent</td>").await;
        sink.wait_for(1).await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_eq!(sink.received().len(), 1, "sent once");
    }
);

mail_test!(
    a_refusing_server_loses_nothing_and_two_runners_send_once,
    |app, sink| {
        let admin = admin_of(&app).await;
        sink.refuse(true);
        admin.post("/admin/mail/test", &[]).await;
        outbox_shows(&admin, "451").await;
        assert!(sink.received().is_empty());
        admin.get("/admin/mail").await.assert_contains("queued");
        sink.refuse(false);
        retry_now(&app).await;
        sink.wait_for(1).await;

        // A second instance's runner on the same database: every mail still goes out once.
        let config = {
            let mut c = crate::config::Config::for_database(String::new(), std::env::temp_dir());
            sink.configure(&mut c);
            c
        };
        let mailer = crate::mail::Mailer::from_config(&config).expect("mailer");
        let second = crate::jobs::Runner::new(
            app.db.clone(),
            crate::job_registry(mailer, app.base.clone()),
            "second",
        );
        for n in 0..8 {
            let mut letter =
                Letter::to(MailKind::Test, &format!("m{n}@voorbeeld.nl"), "M", Lang::Nl);
            letter.subject = "Testmail".into();
            crate::mail::queue(&app.db, letter).await.expect("queue");
            second.drain().await.expect("drain");
        }
        let all = sink.wait_for(9).await;
        tokio::time::sleep(std::time::Duration::from_millis(800)).await;
        assert_eq!(sink.received().len(), 9, "each mail once: {all:?}");
    }
);

db_test!(with_mail_off_nothing_is_queued_and_pages_say_so, |app| {
    let admin = admin_of(&app).await;
    admin
        .get("/admin/mail")
        .await
        .assert_contains("E-mail is off");
    create_nina(&admin)
        .await
        .assert_contains("id=\"set-password-link\"")
        .assert_lacks("id=\"invitation-mailed\"");
    let visitor = app.browser();
    visitor
        .get("/forgot-password")
        .await
        .assert_contains("cannot send e-mail yet");
    visitor
        .post("/forgot-password", &[("email", "nieuw@voorbeeld.nl")])
        .await
        .assert_contains("cannot send e-mail yet");
    assert!(
        outbox_column(&app, "SELECT kind FROM mail_outbox")
            .await
            .is_empty()
    );
});

mail_test!(
    bad_reset_input_gets_the_same_answer_and_floods_are_refused,
    |app, sink| {
        let visitor = app.browser();
        let long = format!("{}@voorbeeld.nl", "a".repeat(300));
        for email in ["", "geen adres", long.as_str(), "a@b\r\nBcc: x@y.nl"] {
            visitor
                .post("/forgot-password", &[("email", email)])
                .await
                .assert_status(StatusCode::OK)
                .assert_contains("is on its way");
        }
        for _ in 0..6 {
            visitor
                .post("/forgot-password", &[("email", "x@voorbeeld.nl")])
                .await;
        }
        visitor
            .post("/forgot-password", &[("email", "x@voorbeeld.nl")])
            .await
            .assert_status(StatusCode::TOO_MANY_REQUESTS);
        assert!(sink.received().is_empty());
    }
);

/// Every kind: the links of a digest or newsletter say which kind of mail they are in (and
/// nothing about the receiver), in both parts; other kinds and the unsubscribe link are as given.
#[test]
fn only_measured_kinds_mark_their_links_and_only_with_the_kind() {
    for kind in MailKind::ALL {
        let mut letter = Letter::to(kind, "a@voorbeeld.nl", "Eva", Lang::Nl);
        letter.items = vec![("Een vraag".into(), "https://plein.test/posts/7#c3".into())];
        letter.sections = vec![(
            "Groepen".into(),
            vec![(
                "Planning".into(),
                "https://plein.test/groups/2?tab=posts".into(),
            )],
        )];
        letter.action = Some(("Open".into(), "https://plein.test/".into()));
        letter.unsubscribe = Some("https://plein.test/unsubscribe/abc".into());
        let rendered = letter.render().expect("render");
        let via = kind.as_str();
        let expected = [
            format!("https://plein.test/posts/7?via={via}#c3"),
            format!("https://plein.test/groups/2?tab=posts&#38;via={via}"),
            format!("https://plein.test/?via={via}"),
        ];
        for link in &expected {
            assert_eq!(
                rendered.html.contains(link.as_str()),
                kind.counts_arrivals(),
                "{kind:?} {link}"
            );
        }
        let text_link = format!("https://plein.test/groups/2?tab=posts&via={via}");
        assert_eq!(
            rendered.text.contains(&text_link),
            kind.counts_arrivals(),
            "{kind:?}"
        );
        assert!(!rendered.html.contains("abc?via") && !rendered.text.contains("abc?via"));
        assert!(!rendered.html.contains("a@voorbeeld.nl?") && !rendered.html.contains("Eva&"));
    }
}

#[test]
fn user_text_is_escaped_in_html_and_kept_out_of_headers() {
    let mut letter = Letter::to(
        MailKind::Test,
        "a@voorbeeld.nl",
        "Eva\r\nBcc: evil@example.org",
        Lang::Nl,
    );
    letter.subject = "Hoi\r\nBcc: evil@example.org".into();
    letter.paragraphs = vec!["<script>alert(1)</script> & co".into()];
    let rendered = letter.render().expect("render");
    assert!(
        rendered
            .html
            .contains("&#60;script&#62;alert(1)&#60;/script&#62; &#38; co")
    );
    assert!(!rendered.html.contains("<script>"));
    assert!(
        rendered.text.contains("<script>alert(1)</script> & co"),
        "plain text stays plain"
    );
    assert!(rendered.html.contains("lang=\"nl\"") && rendered.text.starts_with("Hallo Eva"));
    assert_eq!(rendered.subject, "Hoi Bcc: evil@example.org");
    assert_eq!(rendered.to_name, "Eva Bcc: evil@example.org");
}

mail_test!(
    a_list_of_colleagues_is_invited_at_once_or_not_at_all,
    |app, sink| {
        let admin = admin_of(&app).await;
        app.account("anna@voorbeeld.nl", "Anna", Role::Member).await;
        let refused = admin
            .post(
                "/admin/users/invite",
                &[(
                    "list",
                    "bram@voorbeeld.nl\ngeen-adres\ncas@voorbeeld.nl\nbram@voorbeeld.nl",
                )],
            )
            .await;
        refused
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Line 2: Enter an e-mail address")
            .assert_contains("Line 4: this address is on the list twice.")
            .assert_contains("geen-adres\ncas@voorbeeld.nl");
        let too_many = (0..1001)
            .map(|n| format!("c{n}@voorbeeld.nl"))
            .collect::<Vec<_>>()
            .join("\n");
        admin
            .post("/admin/users/invite", &[("list", too_many.as_str())])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("at most 1000 colleagues");
        assert!(
            outbox_column(&app, "SELECT kind FROM mail_outbox")
                .await
                .is_empty(),
            "nothing sent"
        );

        admin
        .post(
            "/admin/users/invite",
            &[(
                "list",
                "email,name\nbram.de.boer@voorbeeld.nl\nCas Smit <cas@voorbeeld.nl>\nanna@voorbeeld.nl, Anna",
            )],
        )
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("2 colleagues invited.")
        .assert_contains("already had an account");
        let mails = sink.wait_for(2).await;
        let mut to: Vec<String> = mails.iter().flat_map(|m| m.rcpt_tos.clone()).collect();
        to.sort();
        assert_eq!(to, vec!["bram.de.boer@voorbeeld.nl", "cas@voorbeeld.nl"]);
        assert!(
            mails
                .iter()
                .any(|m| m.header("to").contains("Bram de Boer"))
        );
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_eq!(sink.received().len(), 2);
    }
);

mail_test!(
    an_invitation_sent_again_replaces_the_earlier_link,
    |app, sink| {
        let admin = admin_of(&app).await;
        create_nina(&admin).await;
        let first = path_of(
            &sink.wait_for(1).await[0]
                .link("/set-password/")
                .expect("link"),
        );
        let users = admin.get("/admin/users").await;
        users.assert_contains("Send invitation again");
        let id = crate::people::service::user_by_email(&app.db, "nieuw@voorbeeld.nl")
            .await
            .expect("lookup")
            .expect("account")
            .id;
        admin
            .post(&format!("/admin/users/{id}/invite"), &[])
            .await
            .assert_contains("One colleague invited.");
        let second = path_of(
            &sink.wait_for(2).await[1]
                .link("/set-password/")
                .expect("link"),
        );
        assert_ne!(first, second);
        let colleague = app.browser();
        colleague
            .get(&first)
            .await
            .assert_status(StatusCode::NOT_FOUND);
        colleague.get(&second).await.assert_status(StatusCode::OK);
        colleague
            .post(&second, &[("password", "mijn eigen wachtwoord")])
            .await;
        admin
            .post(&format!("/admin/users/{id}/invite"), &[])
            .await
            .assert_contains("already set a password");
    }
);

mail_test!(a_withdrawn_invitation_no_longer_opens, |app, sink| {
    let admin = admin_of(&app).await;
    create_nina(&admin).await;
    let link = path_of(
        &sink.wait_for(1).await[0]
            .link("/set-password/")
            .expect("link"),
    );
    let id = crate::people::service::user_by_email(&app.db, "nieuw@voorbeeld.nl")
        .await
        .expect("lookup")
        .expect("account")
        .id;
    admin
        .get("/admin/users")
        .await
        .assert_contains(&format!("/admin/users/{id}/invite/revoke"));
    admin
        .post(&format!("/admin/users/{id}/invite/revoke"), &[])
        .await
        .assert_contains("The invitation is withdrawn");
    app.browser()
        .get(&link)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let account = crate::people::find_user(&app.db, id)
        .await
        .expect("lookup")
        .expect("account");
    assert!(!account.active, "the account counts nowhere");
    // Only administrators withdraw, and only what was not accepted.
    let (member, _) = app.member("Mia").await;
    member
        .post(&format!("/admin/users/{id}/invite/revoke"), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
});
