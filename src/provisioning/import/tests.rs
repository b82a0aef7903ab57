//! Imports over HTTP on both databases: a list with good and bad rows, the preview that writes
//! nothing, the run with its progress, re-importing (updates, never duplicates), encodings,
//! invitations by mail, sign-in links, a 10,000-row file, and who may see any of it.

use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::auth::Role;
use crate::directory::user;
use crate::testing::{Browser, Page, TestApp, db_test, mail_test, path_of};

/// Uploads `bytes` as the import file; the answer is the preview (or the refusal).
async fn upload(admin: &Browser, bytes: Vec<u8>) -> Page {
    admin
        .upload(
            "/admin/users/import",
            "file",
            "colleagues.csv",
            "text/csv",
            bytes,
        )
        .await
}

/// Starts the previewed import and waits until its page says it is done.
async fn run(admin: &Browser, preview: &Page, invite: bool) -> Page {
    let id = Browser::id_from(preview);
    let fields: &[(&str, &str)] = if invite { &[("invite", "1")] } else { &[] };
    admin
        .post(&format!("/admin/users/imports/{id}/run"), fields)
        .await
        .assert_status(StatusCode::OK);
    for _ in 0..600 {
        let page = admin.get(&format!("/admin/users/imports/{id}")).await;
        if page.body.contains("id=\"import-done\"") || page.body.contains("id=\"import-failed\"") {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the import did not finish");
}

async fn account(app: &TestApp, email: &str) -> Option<user::Model> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .expect("query")
}

const LIST: &str = "E-mailadres;Naam;Afdeling;Functie;Locatie;Leidinggevende;Rol
anne@example.nl;Anne;HR;;;;
bram@example.nl;Bram Bakker;IT;Developer;Utrecht;cas.de.vries@example.nl;ambassadeur
cas.de.vries@example.nl;;IT;Lead;;;Community manager
;Naamloos;;;;;
BRAM@example.nl;Bram again;;;;;
dirk@example.nl;Dirk;;;;;emperor
eva@example.nl;Eva;;;;nobody@example.nl;
";

db_test!(a_list_is_previewed_then_imported_and_reimported, |app| {
    let (admin, admin_id) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let (_, anne_id) = app.member("Anne").await;
    let before = user::Entity::find().count(&app.db).await.expect("count");

    let preview = upload(&admin, LIST.as_bytes().to_vec()).await;
    preview
        .assert_status(StatusCode::OK)
        .assert_contains("2 new colleagues")
        .assert_contains("1 colleague whose details change")
        .assert_contains("4 rows with problems, skipped")
        .assert_contains("<td>5</td><td></td><td>E-mail address: This field is required.")
        .assert_contains("this address is on the list twice")
        .assert_contains("unknown role")
        .assert_contains("Manager: ")
        .assert_contains("Changes: Department")
        .assert_contains("Cas de Vries");
    assert_eq!(
        user::Entity::find().count(&app.db).await.expect("count"),
        before,
        "the preview wrote nothing"
    );

    let done = run(&admin, &preview, false).await;
    done.assert_contains("2 new, 1 updated");
    let cas = account(&app, "cas.de.vries@example.nl").await.expect("Cas");
    let bram = account(&app, "bram@example.nl").await.expect("Bram");
    assert_eq!(
        (
            cas.display_name.as_str(),
            cas.role.as_str(),
            cas.job_title.as_str()
        ),
        ("Cas de Vries", "community_manager", "Lead")
    );
    assert_eq!(bram.manager_id, Some(cas.id));
    assert_eq!(
        (
            bram.role.as_str(),
            bram.location.as_str(),
            bram.password_hash.is_none()
        ),
        ("ambassador", "Utrecht", true)
    );
    let anne = account(&app, "anne@example.nl").await.expect("Anne");
    assert_eq!((anne.id, anne.department.as_str()), (anne_id, "HR"));
    for absent in ["dirk@example.nl", "eva@example.nl"] {
        assert!(
            account(&app, absent).await.is_none(),
            "{absent} was skipped"
        );
    }

    // The log names each change, never the values.
    admin
        .get("/admin/provisioning")
        .await
        .assert_contains("Created")
        .assert_contains(&format!("href=\"/people/{}\">Bram Bakker", bram.id))
        .assert_contains("Changed: Department")
        .assert_lacks("Utrecht");

    // E-mail is off: the links are made when downloaded, and they work.
    let id = Browser::id_from(&preview);
    let csv = admin
        .post(&format!("/admin/users/imports/{id}/links"), &[])
        .await;
    let links: Vec<&str> = csv.body.lines().skip(1).collect();
    assert_eq!(links.len(), 2, "{}", csv.body);
    let link = links[0].rsplit(',').next().expect("a link");
    app.browser()
        .get(&path_of(link))
        .await
        .assert_status(StatusCode::OK);

    // The same list again changes nothing and duplicates no one.
    let again = upload(&admin, LIST.as_bytes().to_vec()).await;
    again
        .assert_contains("0 new colleagues")
        .assert_contains("0 colleagues whose details change")
        .assert_contains("3 colleagues already up to date")
        .assert_contains("There is nothing to import");
    assert_eq!(
        user::Entity::find().count(&app.db).await.expect("count"),
        before + 2
    );

    // The importing administrator cannot take away their own role by a list.
    upload(&admin, b"email,role\nadmin@example.nl,member".to_vec())
        .await
        .assert_contains("cannot remove your own administrator role");
    let _ = admin_id;
});

db_test!(files_people_save_are_read_and_wrong_ones_refused, |app| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    // Excel's plain CSV on a Dutch Windows: Windows-1252, semicolons.
    let preview = upload(
        &admin,
        b"email;naam\nzoe@example.nl;Zo\xEB Ja\xEBl".to_vec(),
    )
    .await;
    preview
        .assert_contains("it was read as windows-1252")
        .assert_contains("Zoë Jaël");
    run(&admin, &preview, false).await;
    let zoe = account(&app, "zoe@example.nl").await.expect("Zoë");
    assert_eq!(zoe.display_name, "Zoë Jaël");

    for (bytes, message) in [
        (b"PK\x03\x04workbook".to_vec(), "not a CSV file"),
        (b"a\0b".to_vec(), "This file is not text"),
        (b"\n\n".to_vec(), "The list is empty"),
    ] {
        upload(&admin, bytes)
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains(message);
    }
    // Pasted instead of uploaded, without a header: the documented column order.
    let action = format!("/admin/users/import?_csrf={}", admin.csrf().await);
    let pasted = admin
        .submit(
            "post",
            &action,
            true,
            &[(
                "list".into(),
                "yara@example.nl, Yara Yilmaz, Finance".into(),
            )],
        )
        .await;
    assert_eq!(pasted, StatusCode::OK);
});

db_test!(only_administrators_see_imports, |app| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let (cm, _) = app
        .signed_in("cm@example.nl", "Cees", Role::CommunityManager)
        .await;
    let preview = upload(&admin, b"email\nnew@example.nl".to_vec()).await;
    let id = Browser::id_from(&preview);
    for path in [
        "/admin/users/import".to_string(),
        format!("/admin/users/imports/{id}"),
        "/admin/provisioning".to_string(),
    ] {
        cm.get(&path).await.assert_status(StatusCode::FORBIDDEN);
    }
    cm.post(&format!("/admin/users/imports/{id}/run"), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    admin
        .get("/admin/users/imports/999999")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    // Links exist only for a finished import.
    admin
        .post(&format!("/admin/users/imports/{id}/links"), &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert!(account(&app, "new@example.nl").await.is_none());
});

mail_test!(new_colleagues_are_invited_by_mail, |app, sink| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let preview = upload(
        &admin,
        b"email,name\nfemke@example.nl,Femke\ngijs@example.nl,Gijs".to_vec(),
    )
    .await;
    run(&admin, &preview, true)
        .await
        .assert_contains("gets an invitation by e-mail");
    let mails = sink.wait_for(2).await;
    let mut to: Vec<&str> = mails.iter().map(|m| m.rcpt_tos[0].as_str()).collect();
    to.sort_unstable();
    assert_eq!(to, ["femke@example.nl", "gijs@example.nl"]);
    let link = mails[0]
        .link("/set-password/")
        .expect("a set-password link");
    app.browser()
        .get(&path_of(&link))
        .await
        .assert_status(StatusCode::OK);
});

db_test!(ten_thousand_colleagues_import_in_seconds, |app| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let mut list = String::from("email,name,department,job title,location,manager,role\n");
    for i in 0..10_000 {
        let manager = if i % 10 == 0 {
            String::new()
        } else {
            format!("person{}@example.nl", i / 10 * 10)
        };
        list.push_str(&format!(
            "person{i}@example.nl,Person {i},Department {},Advisor,Utrecht,{manager},member\n",
            i % 40
        ));
    }
    let started = std::time::Instant::now();
    let preview = upload(&admin, list.into_bytes()).await;
    preview.assert_contains("10000 new colleagues");
    let previewed = started.elapsed();
    run(&admin, &preview, false)
        .await
        .assert_contains("10000 new, 0 updated");
    eprintln!(
        "10,000 rows: preview {previewed:?}, preview and import {:?}",
        started.elapsed()
    );
    let with_manager = user::Entity::find()
        .filter(user::Column::ManagerId.is_not_null())
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(with_manager, 9_000);
});
