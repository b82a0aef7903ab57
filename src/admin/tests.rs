//! Administration over HTTP: roles, the role-model marker, deactivation, and who may see it.

use reqwest::StatusCode;

use crate::auth::Role;
use crate::testing::db_test;

db_test!(only_administrators_reach_administration, |app| {
    let (member, _) = app.member("Anne").await;
    let (cm, _) = app
        .signed_in("cm@example.nl", "Cees", Role::CommunityManager)
        .await;
    for browser in [&member, &cm] {
        browser
            .get("/admin/users")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        browser
            .get("/admin/settings")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        browser
            .post(
                "/admin/users/new",
                &[("email", "x@example.nl"), ("display_name", "X")],
            )
            .await
            .assert_status(StatusCode::FORBIDDEN);
    }
    app.browser()
        .get("/admin/users")
        .await
        .assert_contains("Sign in");
});

db_test!(administrators_assign_roles_and_markers, |app| {
    let (admin, admin_id) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let (anne, anne_id) = app.member("Anne").await;
    admin
        .post(
            &format!("/admin/users/{anne_id}"),
            &[("role", "ambassador")],
        )
        .await
        .assert_contains("has been updated");
    admin
        .post(
            &format!("/admin/users/{anne_id}"),
            &[("role_model", "true")],
        )
        .await;
    anne.get(&format!("/people/{anne_id}"))
        .await
        .assert_contains("Ambassador")
        .assert_contains("Role model");
    admin
        .post(&format!("/admin/users/{anne_id}"), &[("role", "emperor")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    admin
        .post(&format!("/admin/users/{admin_id}"), &[("role", "member")])
        .await
        .assert_contains("cannot remove your own administrator role");
    admin
        .get("/admin/users?q=ANNE")
        .await
        .assert_contains("anne@example.nl")
        .assert_lacks("admin@example.nl</td>");
});

db_test!(deactivation_ends_sessions_and_hides_the_profile, |app| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let (anne, anne_id) = app.member("Anne").await;
    admin
        .post(&format!("/admin/users/{anne_id}"), &[("active", "false")])
        .await
        .assert_contains("Deactivated");
    assert_eq!(anne.get("/").await.path, "/login");
    app.browser()
        .post(
            "/login",
            &[
                ("email", "anne@example.nl"),
                ("password", crate::testing::PASSWORD),
            ],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    admin
        .get(&format!("/people/{anne_id}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    admin
        .post(&format!("/admin/users/{anne_id}"), &[("active", "true")])
        .await;
    admin
        .get(&format!("/people/{anne_id}"))
        .await
        .assert_status(StatusCode::OK);
});
