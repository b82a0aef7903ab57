//! Attachments over HTTP on both databases: images re-encoded and shown in feeds, documents
//! served as downloads and never as pages, disguised and dangerous files refused, and every
//! download following the post's access rule (a hidden one is the same 404 as a missing one).

use std::io::Cursor;

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use crate::auth::Role;
use crate::testing::{Browser, db_test};

fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("png");
    out.into_inner()
}

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// Posts `body` with `files` into `group` through the composer (multipart).
async fn post_with(
    author: &Browser,
    group: i64,
    body: &str,
    files: &[(&str, &str, Vec<u8>)],
) -> crate::testing::Page {
    author
        .upload_files(
            &format!("/groups/{group}/posts"),
            &[("kind", "discussion"), ("body", body)],
            "files",
            files,
        )
        .await
}

/// The attachment ids a page links to, in order.
fn attachment_ids(body: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    for part in body.split("href=\"/attachments/").skip(1) {
        let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(id) = digits.parse()
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

db_test!(images_and_documents_are_stored_safe_and_shown, |app| {
    let (anne, _) = app.member("Anne").await;
    let group = anne.create_group("Projecten", "open").await;
    let page = post_with(
        &anne,
        group,
        "Het jaarplan en een foto van de hei",
        &[
            ("hei.png", "image/png", png(3000, 1500)),
            ("C:\\Stukken\\Jaarplan 2027.html", "text/html", PDF.to_vec()),
            (
                "cijfers.csv",
                "text/csv",
                "team;uren\nA;3\n".as_bytes().to_vec(),
            ),
        ],
    )
    .await;
    page.assert_status(StatusCode::OK)
        .assert_contains("Het jaarplan")
        .assert_contains("Jaarplan 2027.pdf")
        .assert_contains("cijfers.csv")
        .assert_contains("/thumb\"");
    let ids = attachment_ids(&page.body);
    assert_eq!(ids.len(), 3, "{}", page.body);

    let (status, headers, _) = anne
        .fetch_with_headers(&format!("/attachments/{}", ids[0]), true)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("sandbox")
    );
    let (_, _, shown) = anne.get_bytes(&format!("/attachments/{}", ids[0])).await;
    let shown = image::load_from_memory(&shown).expect("a jpeg");
    assert_eq!((shown.width(), shown.height()), (1600, 800));
    let (_, kind, thumb) = anne
        .get_bytes(&format!("/attachments/{}/thumb", ids[0]))
        .await;
    assert_eq!(kind, "image/jpeg");
    let thumb = image::load_from_memory(&thumb).expect("a jpeg thumbnail");
    assert_eq!((thumb.width(), thumb.height()), (480, 240));

    let (status, headers, _) = anne
        .fetch_with_headers(&format!("/attachments/{}", ids[1]), true)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/pdf");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(
        disposition.contains("filename*=UTF-8''Jaarplan%202027.pdf"),
        "{disposition}"
    );
    let (_, _, bytes) = anne.get_bytes(&format!("/attachments/{}", ids[1])).await;
    assert_eq!(bytes, PDF, "documents are kept as uploaded");
    // A file has no thumbnail: the address serves the file, still as a download.
    let (_, headers, _) = anne
        .fetch_with_headers(&format!("/attachments/{}/thumb", ids[2]), true)
        .await;
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );

    // The group's feed shows them too; the home feed of a member as well.
    anne.get(&format!("/groups/{group}"))
        .await
        .assert_contains(&format!("/attachments/{}/thumb", ids[0]))
        .assert_contains("Jaarplan 2027.pdf");
});

db_test!(
    disguised_and_dangerous_files_are_refused_and_nothing_is_lost,
    |app| {
        let (anne, _) = app.member("Anne").await;
        let group = anne.create_group("Projecten", "open").await;
        let mut bomb = Cursor::new(Vec::new());
        image::RgbImage::from_pixel(8000, 8000, image::Rgb([1, 2, 3]))
            .write_to(&mut bomb, image::ImageFormat::Png)
            .expect("png");
        let refused: [(&str, Vec<u8>, &str); 6] = [
            (
                "kat.png",
                b"<html><script>alert(1)</script></html>".to_vec(),
                "is not an image or document Plein takes",
            ),
            (
                "logo.svg",
                br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#.to_vec(),
                "is not an image or document Plein takes",
            ),
            (
                "page.html",
                b"<!doctype html><p>hoi".to_vec(),
                "is not an image or document Plein takes",
            ),
            (
                "notes.txt",
                b"text with a \x00 NUL".to_vec(),
                "is not an image or document Plein takes",
            ),
            ("leeg.pdf", Vec::new(), "One of the files is empty"),
            ("bom.png", bomb.into_inner(), "too many pixels"),
        ];
        for (name, bytes, message) in refused {
            post_with(
                &anne,
                group,
                "Tekst die blijft",
                &[(name, "image/png", bytes)],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains(message)
            .assert_contains("Tekst die blijft");
        }
        // Over the administrators' limit, and over the count.
        crate::settings::ATTACHMENT_MAX_MB
            .set(&app.db, 1)
            .await
            .unwrap();
        let mut large = PDF.to_vec();
        large.resize(1024 * 1024 + 1, b' ');
        post_with(
            &anne,
            group,
            "Groot",
            &[("groot.pdf", "application/pdf", large)],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("larger than the limit your administrators set");
        let many: Vec<(&str, &str, Vec<u8>)> = (0..11)
            .map(|_| ("a.pdf", "application/pdf", PDF.to_vec()))
            .collect();
        post_with(&anne, group, "Veel", &many)
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("At most 10 images and files");
        // A GIF that is also a script: re-encoded, the script is gone.
        let mut polyglot = Vec::new();
        image::RgbImage::from_pixel(20, 20, image::Rgb([9, 9, 9]))
            .write_to(&mut Cursor::new(&mut polyglot), image::ImageFormat::Gif)
            .expect("gif");
        polyglot.extend_from_slice(b"<script>alert(document.cookie)</script>");
        let page = post_with(&anne, group, "Plaatje", &[("x.gif", "image/gif", polyglot)]).await;
        page.assert_status(StatusCode::OK);
        let id = attachment_ids(&page.body)[0];
        let (_, kind, bytes) = anne.get_bytes(&format!("/attachments/{id}")).await;
        assert_eq!(kind, "image/jpeg");
        assert!(!String::from_utf8_lossy(&bytes).contains("<script"));
        let count = app
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM attachments".to_string(),
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get::<i64>("", "n")
            .unwrap();
        assert_eq!(count, 1, "refused posts stored nothing");
    }
);

/// Who may fetch what: every viewer gets the same answer for an attachment as for its post,
/// and every refusal is the very 404 of an attachment that does not exist.
async fn assert_follows_post(viewer: &Browser, post: i64, attachment: i64, who: &str) {
    let post_status = viewer.get(&format!("/posts/{post}")).await.status;
    let missing = viewer.get("/attachments/999999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    for path in [
        format!("/attachments/{attachment}"),
        format!("/attachments/{attachment}/thumb"),
    ] {
        let (status, _, body) = viewer.fetch_with_headers(&path, false).await;
        assert_eq!(status, post_status, "{who}: {path}");
        if status == StatusCode::NOT_FOUND {
            // The same page, but for the address the language switch returns to.
            let body = body
                .unwrap_or_default()
                .replace(&path, "/attachments/999999999");
            assert_eq!(body, missing.body, "{who}: {path}");
        }
    }
}

async fn group_with_image(owner: &Browser, name: &str, visibility: &str) -> (i64, i64, i64) {
    let group = owner.create_group(name, visibility).await;
    let page = post_with(owner, group, "Foto", &[("a.png", "image/png", png(40, 30))]).await;
    let post = Browser::id_from(&page);
    let ids = attachment_ids(&page.body);
    assert_eq!(ids.len(), 1, "{}", page.body);
    (group, post, ids[0])
}

db_test!(downloads_follow_the_access_rule_of_their_post, |app| {
    let (owner, _) = app.member("Owner").await;
    let (member, _) = app.member("Member").await;
    let (stranger, _) = app.member("Stranger").await;
    let (leaver, _) = app.member("Leaver").await;
    let (manager, _) = app
        .signed_in(
            "cm@example.org",
            "Community Manager",
            Role::CommunityManager,
        )
        .await;
    for visibility in ["open", "closed", "secret"] {
        let (group, post, attachment) =
            group_with_image(&owner, &format!("Groep {visibility}"), visibility).await;
        for email in ["member@example.nl", "leaver@example.nl"] {
            owner
                .post(&format!("/groups/{group}/members"), &[("email", email)])
                .await;
        }
        leaver.post(&format!("/groups/{group}/leave"), &[]).await;
        for (viewer, who) in [
            (&owner, "owner"),
            (&member, "member"),
            (&stranger, "non-member"),
            (&leaver, "left the group"),
            (&manager, "community manager not in the group"),
        ] {
            assert_follows_post(viewer, post, attachment, &format!("{visibility}, {who}")).await;
        }
        let (status, _, _) = member
            .get_bytes(&format!("/attachments/{attachment}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{visibility}: a member reads it");
        if visibility == "secret" {
            let (status, _, _) = stranger
                .get_bytes(&format!("/attachments/{attachment}"))
                .await;
            assert_eq!(status, StatusCode::NOT_FOUND);
        }
    }
    let (_, post, attachment) = group_with_image(&owner, "Nog een groep", "open").await;
    assert_eq!(
        app.browser()
            .get(&format!("/attachments/{attachment}"))
            .await
            .path,
        "/login",
        "downloads need a session"
    );
    // Hidden by a moderator: gone for readers, still there for its author.
    manager
        .post(
            &format!("/moderation/posts/{post}"),
            &[("action", "hide"), ("reason", "Persoonsgegevens")],
        )
        .await
        .assert_contains("The decision is recorded");
    assert_follows_post(&member, post, attachment, "hidden, reader").await;
    let (status, _, _) = member
        .get_bytes(&format!("/attachments/{attachment}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = owner.get_bytes(&format!("/attachments/{attachment}")).await;
    assert_eq!(status, StatusCode::OK);
    // Deleted: gone for everyone, the bytes with it.
    owner.post(&format!("/posts/{post}/delete"), &[]).await;
    let (status, _, _) = owner.get_bytes(&format!("/attachments/{attachment}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let left = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM attachments WHERE id = {attachment}"),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert_eq!(left, 0, "a deleted post's files are removed at once");
});

db_test!(the_administrators_set_the_largest_attachment, |app| {
    let (admin, _) = app
        .signed_in("admin@example.org", "Admin", Role::Admin)
        .await;
    admin
        .post("/admin/settings", &[("attachment_max_mb", "26")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("from 1 to 25");
    admin
        .post("/admin/settings", &[("attachment_max_mb", "3")])
        .await
        .assert_contains("value=\"3\"");
    assert_eq!(
        crate::settings::ATTACHMENT_MAX_MB
            .get(&app.db)
            .await
            .unwrap(),
        3
    );
    let group = admin.create_group("Team", "open").await;
    admin
        .get(&format!("/groups/{group}"))
        .await
        .assert_contains("each at most 3 MB")
        .assert_contains("enctype=\"multipart/form-data\"");
});
