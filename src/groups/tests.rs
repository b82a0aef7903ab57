//! Groups over HTTP, above all the access rule: for open, closed and secret groups, a member,
//! a non-member and a platform administrator who is not a member, on every route.

use reqwest::StatusCode;

use crate::auth::Role;
use crate::testing::{Browser, TestApp, db_test};

struct World {
    owner: Browser,
    owner_id: i64,
    insider: Browser,
    outsider: Browser,
    admin: Browser,
    groups: Vec<(&'static str, i64, i64)>,
}

/// Three groups (open, closed, secret), each with one post whose text names its visibility.
async fn world(app: &TestApp) -> World {
    let (owner, owner_id) = app.member("Owner").await;
    let (insider, _) = app.member("Insider").await;
    let (outsider, _) = app.member("Outsider").await;
    let (admin, _) = app.signed_in("root@example.nl", "Root", Role::Admin).await;
    let mut groups = Vec::new();
    for visibility in ["open", "closed", "secret"] {
        let name = format!("Group {visibility}");
        let page = owner
            .post(
                "/groups",
                &[
                    ("name", &name),
                    ("description", "about"),
                    ("visibility", visibility),
                ],
            )
            .await;
        let group_id = Browser::id_from(&page);
        owner
            .post(
                &format!("/groups/{group_id}/members"),
                &[("email", "insider@example.nl")],
            )
            .await
            .assert_contains("has been added");
        let body = format!("{visibility}-post-text");
        let post = owner
            .post(&format!("/groups/{group_id}/posts"), &[("body", &body)])
            .await;
        groups.push((visibility, group_id, Browser::id_from(&post)));
    }
    World {
        owner,
        owner_id,
        insider,
        outsider,
        admin,
        groups,
    }
}

db_test!(read_paths_respect_visibility, |app| {
    let w = world(&app).await;
    w.outsider
        .post(&format!("/people/{}/follow", w.owner_id), &[])
        .await;
    w.admin
        .post(&format!("/people/{}/follow", w.owner_id), &[])
        .await;
    for (visibility, group_id, post_id) in &w.groups {
        let text = format!("{visibility}-post-text");
        let public = *visibility == "open";
        for (who, viewer, member) in [
            ("insider", &w.insider, true),
            ("outsider", &w.outsider, false),
            ("admin", &w.admin, false),
        ] {
            let can_read = public || member;
            let case = format!("{who} on {visibility}");
            let group_page = viewer.get(&format!("/groups/{group_id}")).await;
            match (*visibility, member) {
                ("secret", false) => assert_eq!(
                    group_page.status,
                    StatusCode::NOT_FOUND,
                    "{case}: group page"
                ),
                _ => assert_eq!(group_page.status, StatusCode::OK, "{case}: group page"),
            }
            assert_eq!(
                group_page.body.contains(&text),
                can_read,
                "{case}: group feed"
            );
            let expected = if can_read {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(
                viewer.get(&format!("/posts/{post_id}")).await.status,
                expected,
                "{case}: post page"
            );
            assert_eq!(
                viewer
                    .get(&format!("/posts/{post_id}/history"))
                    .await
                    .status,
                expected,
                "{case}: history"
            );
            assert_eq!(
                viewer
                    .get(&format!("/groups/{group_id}/members"))
                    .await
                    .status,
                expected,
                "{case}: members"
            );
            let profile = viewer.get(&format!("/people/{}", w.owner_id)).await;
            assert_eq!(
                profile.body.contains(&text),
                can_read,
                "{case}: profile feed"
            );
            let home = viewer.get("/").await;
            assert_eq!(home.body.contains(&text), can_read, "{case}: home feed");
            let list = viewer.get("/groups").await;
            assert_eq!(
                list.body.contains(&format!("Group {visibility}")),
                *visibility != "secret" || member,
                "{case}: listing"
            );
        }
    }
});

db_test!(write_paths_respect_visibility, |app| {
    let w = world(&app).await;
    for (visibility, group_id, post_id) in &w.groups {
        for (who, viewer) in [("outsider", &w.outsider), ("admin", &w.admin)] {
            let case = format!("{who} on {visibility}");
            let post = viewer
                .post(
                    &format!("/groups/{group_id}/posts"),
                    &[("body", "intrusion")],
                )
                .await;
            let comment = viewer
                .post(&format!("/posts/{post_id}/comments"), &[("body", "hello")])
                .await;
            let react = viewer
                .post(&format!("/posts/{post_id}/react"), &[("kind", "like")])
                .await;
            if *visibility == "open" {
                assert_eq!(
                    post.status,
                    StatusCode::FORBIDDEN,
                    "{case}: must join before posting"
                );
                assert_eq!(
                    comment.status,
                    StatusCode::OK,
                    "{case}: open groups welcome comments"
                );
                assert_eq!(
                    react.status,
                    StatusCode::OK,
                    "{case}: open groups welcome reactions"
                );
            } else {
                assert_eq!(post.status, StatusCode::NOT_FOUND, "{case}: post");
                assert_eq!(comment.status, StatusCode::NOT_FOUND, "{case}: comment");
                assert_eq!(react.status, StatusCode::NOT_FOUND, "{case}: react");
            }
            let expected = if *visibility == "secret" {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(
                viewer
                    .get(&format!("/groups/{group_id}/settings"))
                    .await
                    .status,
                expected,
                "{case}: settings"
            );
            assert_eq!(
                viewer
                    .post(&format!("/posts/{post_id}/delete"), &[])
                    .await
                    .status,
                if *visibility == "open" {
                    StatusCode::FORBIDDEN
                } else {
                    StatusCode::NOT_FOUND
                },
                "{case}: delete"
            );
        }
        let settings = w.insider.get(&format!("/groups/{group_id}/settings")).await;
        assert_eq!(
            settings.status,
            StatusCode::FORBIDDEN,
            "plain member on {visibility}: settings"
        );
        let archive = w
            .insider
            .post(&format!("/groups/{group_id}/archive"), &[])
            .await;
        assert_eq!(
            archive.status,
            StatusCode::FORBIDDEN,
            "plain member on {visibility}: archive"
        );
        w.insider
            .post(
                &format!("/groups/{group_id}/posts"),
                &[("body", "member post")],
            )
            .await
            .assert_status(StatusCode::OK);
    }
    let (_, secret_id, secret_post) = w.groups[2];
    w.outsider
        .post(&format!("/groups/{secret_id}/join"), &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    w.owner
        .get(&format!("/posts/{secret_post}"))
        .await
        .assert_lacks("intrusion")
        .assert_lacks("hello");
});

db_test!(closed_groups_need_an_approved_request, |app| {
    let w = world(&app).await;
    let (_, closed_id, closed_post) = w.groups[1];
    let asked = w
        .outsider
        .post(&format!("/groups/{closed_id}/join"), &[])
        .await;
    asked.assert_contains("has been sent to the group admins");
    w.outsider
        .get(&format!("/posts/{closed_post}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let requests = w.owner.get(&format!("/groups/{closed_id}/members")).await;
    requests
        .assert_contains("Requests to join")
        .assert_contains("Outsider");
    let outsider_id = {
        let start = requests.body.find("/requests/").unwrap() + "/requests/".len();
        requests.body[start..]
            .split('/')
            .next()
            .unwrap()
            .parse::<i64>()
            .unwrap()
    };
    w.insider
        .post(
            &format!("/groups/{closed_id}/requests/{outsider_id}/approve"),
            &[],
        )
        .await
        .assert_status(StatusCode::FORBIDDEN);
    w.owner
        .post(
            &format!("/groups/{closed_id}/requests/{outsider_id}/approve"),
            &[],
        )
        .await
        .assert_contains("has been approved");
    w.outsider
        .get(&format!("/posts/{closed_post}"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("closed-post-text");
});

db_test!(open_groups_can_be_joined_and_left, |app| {
    let w = world(&app).await;
    let (_, open_id, _) = w.groups[0];
    w.outsider
        .post(&format!("/groups/{open_id}/join"), &[])
        .await
        .assert_contains("You are now a member");
    w.outsider
        .post(
            &format!("/groups/{open_id}/posts"),
            &[("body", "joined and posting")],
        )
        .await
        .assert_status(StatusCode::OK);
    w.outsider
        .post(&format!("/groups/{open_id}/leave"), &[])
        .await
        .assert_contains("You have left");
    let last_admin = w.owner.post(&format!("/groups/{open_id}/leave"), &[]).await;
    last_admin.assert_contains("at least one admin");
    w.owner
        .get(&format!("/groups/{open_id}"))
        .await
        .assert_contains("Leave group");
});

db_test!(group_names_are_unique_and_checked, |app| {
    let (anne, _) = app.member("Anne").await;
    anne.post("/groups", &[("name", "Koffie"), ("visibility", "open")])
        .await
        .assert_status(StatusCode::OK);
    let duplicate = anne
        .post(
            "/groups",
            &[
                ("name", "  KOFFIE "),
                ("description", "kept"),
                ("visibility", "closed"),
            ],
        )
        .await;
    duplicate
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("already exists")
        .assert_contains("kept");
    let bad = anne
        .post("/groups", &[("name", ""), ("visibility", "public")])
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("This field is required")
        .assert_contains("Choose who can see");
    let long_name = "x".repeat(81);
    anne.post("/groups", &[("name", &long_name), ("visibility", "open")])
        .await
        .assert_contains("This is too long");
    let list = anne.get("/groups").await;
    assert_eq!(
        list.body.matches("/groups/").count() - list.body.matches("/groups/new").count(),
        1,
        "only one group was created"
    );
});

db_test!(archived_groups_are_read_only_and_unlisted, |app| {
    let w = world(&app).await;
    let (_, open_id, open_post) = w.groups[0];
    w.owner
        .post(&format!("/groups/{open_id}/archive"), &[])
        .await
        .assert_contains("has been archived");
    w.outsider.get("/groups").await.assert_lacks("Group open");
    w.outsider
        .get(&format!("/groups/{open_id}"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Archived");
    w.owner
        .post(&format!("/groups/{open_id}/posts"), &[("body", "late")])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    w.outsider
        .post(&format!("/posts/{open_post}/comments"), &[("body", "late")])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    w.owner
        .post(&format!("/groups/{open_id}/restore"), &[])
        .await
        .assert_contains("has been restored");
    w.outsider
        .get("/groups")
        .await
        .assert_contains("Group open");
});

db_test!(community_managers_archive_groups_they_can_see, |app| {
    let w = world(&app).await;
    let (cm, _) = app
        .signed_in("cm@example.nl", "Manager", Role::CommunityManager)
        .await;
    let (_, closed_id, _) = w.groups[1];
    let (_, secret_id, _) = w.groups[2];
    cm.post(&format!("/groups/{closed_id}/archive"), &[])
        .await
        .assert_contains("has been archived");
    cm.post(&format!("/groups/{secret_id}/archive"), &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
});

db_test!(group_admins_manage_members_and_settings, |app| {
    let w = world(&app).await;
    let (_, open_id, _) = w.groups[0];
    let members = w.owner.get(&format!("/groups/{open_id}/members")).await;
    let insider_id: i64 = {
        let marker = "/members/";
        let start = members.body.find(marker).unwrap() + marker.len();
        members.body[start..]
            .split('/')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    w.owner
        .post(
            &format!("/groups/{open_id}/members/{insider_id}/promote"),
            &[],
        )
        .await
        .assert_contains("have been updated");
    w.insider
        .get(&format!("/groups/{open_id}/settings"))
        .await
        .assert_status(StatusCode::OK);
    w.insider
        .post(
            &format!("/groups/{open_id}/settings"),
            &[("name", "Renamed"), ("visibility", "closed")],
        )
        .await
        .assert_contains("Renamed");
    w.outsider
        .get(&format!("/groups/{open_id}"))
        .await
        .assert_contains("Closed")
        .assert_lacks("open-post-text");
    let unknown = w
        .owner
        .post(
            &format!("/groups/{open_id}/members"),
            &[("email", "ghost@example.nl")],
        )
        .await;
    unknown
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("No active colleague");
    w.owner
        .post(
            &format!("/groups/{open_id}/members/{insider_id}/remove"),
            &[],
        )
        .await
        .assert_contains("have been updated");
    w.insider
        .get(&format!("/groups/{open_id}/settings"))
        .await
        .assert_status(StatusCode::FORBIDDEN);
});

db_test!(group_and_member_names_cannot_impersonate, |app| {
    let (anne, _) = app.member("Anne").await;
    anne.post(
        "/groups",
        &[("name", "\u{202e}nimdA"), ("visibility", "open")],
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
    .assert_contains("change the direction");
    anne.post(
        "/groups",
        &[("name", "\u{200b}\u{200d}\u{2063}"), ("visibility", "open")],
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    anne.post("/profile/edit", &[("display_name", "Anne\u{2067}")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // Composed and decomposed "é" are one name.
    anne.create_group("Caf\u{e9}", "open").await;
    anne.post(
        "/groups",
        &[("name", "Cafe\u{301}"), ("visibility", "open")],
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
});

db_test!(choosing_a_group_name_never_confirms_a_secret_group, |app| {
    let (owner, _) = app.member("Olga Owner").await;
    let (other, _) = app.member("Otto Other").await;
    owner.create_group("Reorganisatie 2027", "secret").await;
    // Unused or held by a secret group: the same answer, a new group.
    let open = other.create_group("Reorganisatie 2027", "open").await;
    other
        .get(&format!("/groups/{open}"))
        .await
        .assert_status(StatusCode::OK);
    other.create_group("REORGANISATIE 2027", "secret").await;
    let mine = other.create_group("Iets anders", "open").await;
    other
        .post(
            &format!("/groups/{mine}/settings"),
            &[
                ("name", "reorganisatie 2027 "),
                ("visibility", "secret"),
                ("description", ""),
            ],
        )
        .await
        .assert_status(StatusCode::OK);
    // Listed groups' names stay unique: they are no secret.
    other
        .post(
            "/groups",
            &[("name", "reorganisatie 2027"), ("visibility", "closed")],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("already exists");
});

db_test!(looking_up_addresses_by_adding_members_is_limited, |app| {
    let (admin, _) = app.member("Gerda Groep").await;
    let group = admin.create_group("Kleine kring", "closed").await;
    let path = format!("/groups/{group}/members");
    for i in 0..30 {
        admin
            .post(&path, &[("email", &format!("nobody{i}@example.nl"))])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    }
    admin
        .post(&path, &[("email", "nobody-more@example.nl")])
        .await
        .assert_status(StatusCode::TOO_MANY_REQUESTS);
});
