//! Profiles, completeness, photos, the directory and following, over HTTP.

use std::io::Cursor;

use reqwest::StatusCode;

use crate::auth::Role;
use crate::people::repo::{UserInsert, insert_user};
use crate::testing::db_test;

fn png() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(800, 600, image::Rgb([10, 120, 200]));
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

db_test!(profile_completeness_grows_as_fields_are_filled, |app| {
    app.account("boss@example.nl", "Boss", Role::Member).await;
    let (anne, anne_id) = app.member("Anne").await;
    let own = anne.get(&format!("/people/{anne_id}")).await;
    own.assert_contains("Your profile is 0% complete")
        .assert_contains("your job title");
    let saved = anne
        .post(
            "/profile/edit",
            &[
                ("display_name", "Anne de Vries"),
                ("job_title", "Adviseur"),
                ("department", "HR"),
                ("location", "Utrecht"),
                ("expertise", "Privacy, excel , privacy"),
                ("bio", "Hallo!"),
                ("manager_email", "BOSS@example.nl"),
            ],
        )
        .await;
    saved
        .assert_contains("Anne de Vries")
        .assert_contains("Your profile is 85% complete")
        .assert_contains("a photo")
        .assert_lacks("your job title");
    saved
        .assert_contains("href=\"/people?expertise=privacy\"")
        .assert_contains("Boss");
    anne.get("/profile/edit")
        .await
        .assert_contains("value=\"excel, Privacy\"")
        .assert_contains("value=\"boss@example.nl\"");
});

db_test!(bad_profile_input_is_refused_and_kept, |app| {
    let (anne, _) = app.member("Anne").await;
    let long_title = "t".repeat(101);
    let long_tag = "x".repeat(41);
    let page = anne
        .post(
            "/profile/edit",
            &[
                ("display_name", ""),
                ("job_title", &long_title),
                ("department", "Kept Dept"),
                ("expertise", &long_tag),
                ("manager_email", "anne@example.nl"),
            ],
        )
        .await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("This field is required")
        .assert_contains("This is too long")
        .assert_contains("at most 40 characters")
        .assert_contains("cannot be your own manager")
        .assert_contains("value=\"Kept Dept\"");
    anne.get("/people").await.assert_lacks("Kept Dept");
});

db_test!(photos_are_reencoded_and_fakes_refused, |app| {
    let (anne, anne_id) = app.member("Anne").await;
    let fake = anne
        .upload(
            "/profile/photo",
            "photo",
            "cat.png",
            "image/png",
            b"<script>alert(1)</script>".to_vec(),
        )
        .await;
    fake.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("is not a JPEG, PNG, WebP or GIF image");
    let ok = anne
        .upload("/profile/photo", "photo", "me.png", "image/png", png())
        .await;
    ok.assert_status(StatusCode::OK)
        .assert_contains("Your photo has been saved");
    let profile = anne.get(&format!("/people/{anne_id}")).await;
    let start = profile.body.find("/media/").unwrap();
    let path: String = profile.body[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let (status, content_type, bytes) = anne.get_bytes(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "image/jpeg");
    assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (400, 300));
    assert_eq!(
        app.browser().get(&path).await.path,
        "/login",
        "media need a session"
    );
});

db_test!(directory_filters_and_pages, |app| {
    let (anne, anne_id) = app.member("Anne").await;
    for n in 0..35 {
        let insert = UserInsert {
            email: format!("p{n}@example.nl"),
            display_name: format!("Persoon {n:02}"),
            password_hash: None,
            role: "member",
        };
        insert_user(&app.db, insert).await.unwrap();
    }
    let (bert, bert_id) = app.member("Bert").await;
    bert.post(
        "/profile/edit",
        &[
            ("display_name", "Bert"),
            ("department", "ICT"),
            ("location", "Zwolle"),
            ("expertise", "Rust, Excel"),
        ],
    )
    .await;
    anne.post(
        "/profile/edit",
        &[
            ("display_name", "Anne"),
            ("department", "HR"),
            ("location", "Zwolle"),
            ("expertise", "Excel"),
        ],
    )
    .await;

    let first = anne.get("/people").await;
    first
        .assert_contains("Anne")
        .assert_contains("Persoon 27")
        .assert_lacks("Persoon 28")
        .assert_contains("More colleagues");
    let start = first.body.find("/people?after=").unwrap();
    let next: String = first.body[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    anne.get(&next.replace("&amp;", "&"))
        .await
        .assert_contains("Persoon 28")
        .assert_contains("Persoon 34")
        .assert_lacks("Persoon 27");

    let anne_card = format!("<h2><a href=\"/people/{anne_id}\">");
    let bert_card = format!("<h2><a href=\"/people/{bert_id}\">");
    anne.get("/people?expertise=excel")
        .await
        .assert_contains(&bert_card)
        .assert_contains(&anne_card)
        .assert_lacks("Persoon");
    anne.get("/people?expertise=rust")
        .await
        .assert_contains(&bert_card)
        .assert_lacks(&anne_card);
    anne.get("/people?department=HR")
        .await
        .assert_contains(&anne_card)
        .assert_lacks(&bert_card);
    anne.get("/people?location=Zwolle&q=ber")
        .await
        .assert_contains(&bert_card)
        .assert_lacks(&anne_card);
    anne.get("/people?q=%25")
        .await
        .assert_contains("No colleagues match");
});

db_test!(follow_and_unfollow, |app| {
    let (anne, anne_id) = app.member("Anne").await;
    let (_, bert_id) = app.member("Bert").await;
    anne.post(&format!("/people/{bert_id}/follow"), &[])
        .await
        .assert_contains("1 follower")
        .assert_contains("Unfollow");
    anne.post(&format!("/people/{bert_id}/follow"), &[])
        .await
        .assert_contains("1 follower");
    anne.post(&format!("/people/{bert_id}/unfollow"), &[])
        .await
        .assert_contains("0 followers");
    anne.post(&format!("/people/{anne_id}/follow"), &[])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    anne.post("/people/987654/follow", &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
});
