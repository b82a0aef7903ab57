//! The demo generator on both databases: it fills, refuses to fill twice, and leaves a database
//! the application keeps working on (new rows get fresh ids after the bulk load).

use reqwest::StatusCode;

use super::{DEMO_PASSWORD, DemoError, Options, generate};
use crate::testing::{Browser, db_test};

fn small() -> Options {
    Options {
        members: 120,
        months: 3,
        seed: 42,
        posts: 400,
        reactions_per_post: 3.0,
        comments_per_post: 1.0,
    }
}

db_test!(demo_fills_once_and_the_app_keeps_working, |app| {
    let summary = generate(&app.db, &small(), false, false)
        .await
        .expect("demo");
    assert_eq!(summary.members, 120);
    assert!(summary.posts > 350, "{summary:?}");
    assert!(summary.reactions > summary.posts, "{summary:?}");
    assert!(
        summary.events > summary.posts + summary.comments + summary.reactions,
        "every action plus joins and visits: {summary:?}"
    );
    let counted: i64 = crate::activity::counts_per_day(&app.db, 0, i32::MAX)
        .await
        .expect("rollups")
        .iter()
        .map(|(_, _, n)| n)
        .sum();
    assert_eq!(
        u64::try_from(counted).ok(),
        Some(summary.events),
        "the rollups count every event once"
    );
    let again = generate(&app.db, &small(), false, false).await;
    assert!(matches!(
        again,
        Err(DemoError::HasContent { members: 120, .. })
    ));

    let admin_email = crate::people::service::active_user(&app.db, 1)
        .await
        .expect("admin")
        .email;
    let admin = app.browser();
    admin
        .post(
            "/login",
            &[("email", admin_email.as_str()), ("password", DEMO_PASSWORD)],
        )
        .await
        .assert_status(StatusCode::OK);
    let home = admin.get("/").await;
    home.assert_contains("class=\"post\"")
        .assert_contains("Older posts")
        .assert_contains("Highlight of the week");
    // Last week's newsletter is in the archive, made from the marked highlights.
    let archive = admin.get("/newsletters").await;
    archive.assert_contains("Nieuws van Plein: wat collega");
    let issue = archive
        .body
        .split("href=\"/newsletters/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an issue");
    admin
        .get(&format!("/newsletters/{issue}"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("<strong>Laat het ons weten</strong>");
    admin
        .get("/admin/users")
        .await
        .assert_status(StatusCode::OK);
    admin
        .get("/cockpit")
        .await
        .assert_contains("Daily active members")
        .assert_contains("<span class=\"met\">Active</span>");
    for kind in ["event", "idea", "praise", "poll", "announcement"] {
        let id = open_post_of_kind(&app.db, kind).await;
        admin
            .get(&format!("/posts/{id}"))
            .await
            .assert_status(StatusCode::OK);
    }
    let event = open_post_of_kind(&app.db, "event").await;
    admin
        .get(&format!("/posts/{event}"))
        .await
        .assert_contains("Add to my calendar");

    let group = admin
        .post("/groups", &[("name", "Na de demo"), ("visibility", "open")])
        .await;
    let group_id = Browser::id_from(&group);
    let post = admin
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "Eerste echte bericht")],
        )
        .await;
    post.assert_status(StatusCode::OK)
        .assert_contains("Eerste echte bericht");
    assert!(
        Browser::id_from(&post) > summary.posts as i64,
        "new posts continue after the demo's ids"
    );
    admin
        .post(
            &format!("/posts/{}/comments", Browser::id_from(&post)),
            &[("body", "en een reactie")],
        )
        .await
        .assert_status(StatusCode::OK);
});

/// A post of `kind` in an open group (readable by anyone signed in).
async fn open_post_of_kind(db: &crate::db::Db, kind: &str) -> i64 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

    use crate::directory::group;
    use crate::posts::post;
    let open_groups: Vec<i64> = group::Entity::find()
        .select_only()
        .column(group::Column::Id)
        .filter(group::Column::Visibility.eq("open"))
        .filter(group::Column::ArchivedAt.is_null())
        .into_tuple()
        .all(db)
        .await
        .expect("groups");
    post::Entity::find()
        .filter(post::Column::Kind.eq(kind))
        .filter(post::Column::GroupId.is_in(open_groups))
        .one(db)
        .await
        .expect("query")
        .unwrap_or_else(|| panic!("a {kind} in an open group"))
        .id
}
