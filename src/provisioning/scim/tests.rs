//! SCIM over HTTP on both databases, as Entra ID and Okta speak it: tokens, discovery,
//! create (and taking over an invited account), filter, pagination, PATCH in Entra ID's forms,
//! PUT, deactivation that ends sessions at once, reactivation, delete, and bad input.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::auth::Role;
use crate::directory::user;
use crate::testing::{Browser, TestApp, db_test};

use super::groups::GROUP_SCHEMA;
use super::resource::{ENTERPRISE_SCHEMA, PATCH_SCHEMA, USER_SCHEMA};

/// A SCIM client with a bearer token.
struct Scim {
    base: String,
    token: String,
    client: reqwest::Client,
}

impl Scim {
    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = self
            .client
            .request(method, format!("{}/scim/v2{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            request = request
                .header("content-type", "application/scim+json")
                .body(body.to_string());
        }
        let response = request.send().await.expect("SCIM request");
        let status = response.status();
        let text = response.text().await.expect("body");
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::GET, path, None).await
    }

    async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }

    async fn patch(&self, path: &str, operations: Value) -> (StatusCode, Value) {
        let body = json!({ "schemas": [PATCH_SCHEMA], "Operations": operations });
        self.send(reqwest::Method::PATCH, path, Some(body)).await
    }
}

/// An administrator creates a token on the SCIM page; the client uses it.
async fn scim_client(app: &TestApp, admin: &Browser) -> Scim {
    let page = admin.post("/admin/scim", &[("name", "Entra ID")]).await;
    let marker = "id=\"scim-token\">";
    let at = page.body.find(marker).expect("the token shown once") + marker.len();
    let token = page.body[at..]
        .split('<')
        .next()
        .expect("token")
        .to_string();
    Scim {
        base: app.base.clone(),
        token,
        client: reqwest::Client::new(),
    }
}

fn entra_user(user_name: &str, external: &str, name: &str) -> Value {
    json!({
        "schemas": [USER_SCHEMA, ENTERPRISE_SCHEMA],
        "externalId": external,
        "userName": user_name,
        "active": true,
        "displayName": name,
        "title": "Adviseur",
        "emails": [{ "primary": true, "type": "work", "value": user_name }],
        "name": { "formatted": name, "familyName": "X", "givenName": "Y" },
        "addresses": [{ "type": "work", "locality": "Utrecht" }],
        ENTERPRISE_SCHEMA: { "department": "HR" },
    })
}

async fn account(app: &TestApp, id: &Value) -> user::Model {
    use sea_orm::EntityTrait;
    let id: i64 = id.as_str().and_then(|s| s.parse().ok()).expect("an id");
    user::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("the account")
}

db_test!(an_identity_provider_provisions_and_deprovisions, |app| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let scim = scim_client(&app, &admin).await;

    let (status, config) = scim.get("/ServiceProviderConfig").await;
    assert_eq!(
        (status, &config["patch"]["supported"]),
        (StatusCode::OK, &json!(true))
    );
    let (_, schemas) = scim.get("/Schemas").await;
    assert_eq!(schemas["totalResults"], json!(3));

    let (status, anne) = scim
        .post(
            "/Users",
            entra_user("Anne@Example.nl", "e-1", "Anne de Vries"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{anne}");
    let stored = account(&app, &anne["id"]).await;
    assert_eq!(
        (
            stored.email.as_str(),
            stored.department.as_str(),
            stored.location.as_str(),
            stored.job_title.as_str()
        ),
        ("anne@example.nl", "HR", "Utrecht", "Adviseur")
    );
    assert_eq!(stored.managed_by, "scim");
    let (status, again) = scim
        .post("/Users", entra_user("anne@example.nl", "e-1", "Anne"))
        .await;
    assert_eq!(
        (status, &again["scimType"]),
        (StatusCode::CONFLICT, &json!("uniqueness"))
    );

    // An invited or imported colleague is taken over, not refused: their content stays theirs.
    let (bram_browser, bram_id) = app.member("Bram").await;
    let (status, bram) = scim
        .post(
            "/Users",
            entra_user("bram@example.nl", "e-2", "Bram Bakker"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{bram}");
    assert_eq!(bram["id"], json!(bram_id.to_string()));

    // Filters as Entra ID and Okta send them, and pagination.
    for (filter, expected) in [
        ("userName eq \"ANNE@example.nl\"", 1),
        ("externalId eq \"e-2\"", 1),
        ("emails[type eq \"work\"].value eq \"bram@example.nl\"", 1),
        ("userName eq \"nobody@example.nl\"", 0),
        ("id eq \"x\"", 0),
    ] {
        let (status, found) = scim
            .get(&format!("/Users?filter={}", urlencode(filter)))
            .await;
        assert_eq!(
            (status, &found["totalResults"]),
            (StatusCode::OK, &json!(expected)),
            "{filter}"
        );
    }
    let (_, page) = scim.get("/Users?startIndex=2&count=1").await;
    assert_eq!(
        (
            &page["totalResults"],
            &page["itemsPerPage"],
            &page["Resources"][0]["id"]
        ),
        (&json!(2), &json!(1), &json!(bram_id.to_string()))
    );
    let (status, refused) = scim.get("/Users?filter=userName%20co%20%22a%22").await;
    assert_eq!(
        (status, &refused["scimType"]),
        (StatusCode::BAD_REQUEST, &json!("invalidFilter"))
    );

    // PATCH in Entra ID's forms: capitalised ops, the extension by URN, a manager by id.
    let path = format!("/Users/{bram_id}");
    let (status, patched) = scim
        .patch(
            &path,
            json!([
                { "op": "Replace", "path": "displayName", "value": "Bram B. Bakker" },
                { "op": "Replace", "path": format!("{ENTERPRISE_SCHEMA}:department"), "value": "IT" },
                { "op": "Add", "path": format!("{ENTERPRISE_SCHEMA}:manager"), "value": anne["id"] },
                { "op": "Replace", "path": "emails[type eq \"work\"].value", "value": "b.bakker@example.nl" },
            ]),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{patched}");
    assert_eq!(
        patched[ENTERPRISE_SCHEMA]["manager"]["displayName"],
        json!("Anne de Vries")
    );
    let stored = account(&app, &json!(bram_id.to_string())).await;
    assert_eq!(
        (
            stored.display_name.as_str(),
            stored.department.as_str(),
            stored.email.as_str()
        ),
        ("Bram B. Bakker", "IT", "b.bakker@example.nl")
    );

    // What the provider keeps cannot be changed in Plein: the member's own form shows it
    // read-only and ignores it; an administrator cannot (de)activate the account by hand.
    bram_browser
        .get("/profile/edit")
        .await
        .assert_contains("id=\"profile-managed\"")
        .assert_lacks("name=\"department\"");
    bram_browser
        .post(
            "/profile/edit",
            &[
                ("department", "Sales"),
                ("display_name", "Hacked"),
                ("bio", "Hallo"),
            ],
        )
        .await;
    let stored = account(&app, &json!(bram_id.to_string())).await;
    assert_eq!(
        (
            stored.department.as_str(),
            stored.display_name.as_str(),
            stored.bio.as_str()
        ),
        ("IT", "Bram B. Bakker", "Hallo")
    );
    admin
        .get("/admin/users")
        .await
        .assert_contains("Managed by SCIM");
    admin
        .post(&format!("/admin/users/{bram_id}"), &[("active", "false")])
        .await
        .assert_contains("managed by your identity provider");
    assert!(account(&app, &json!(bram_id.to_string())).await.active);

    // Deprovisioning ends the sessions at once; reactivation restores the account.
    bram_browser.get("/").await.assert_lacks("Sign in");
    let (status, _) = scim
        .patch(
            &path,
            json!([{ "op": "Replace", "path": "active", "value": "False" }]),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    bram_browser.get("/").await.assert_contains("Sign in");
    assert!(!account(&app, &json!(bram_id.to_string())).await.active);
    let (_, back) = scim
        .patch(
            &path,
            json!([{ "op": "replace", "value": { "active": true } }]),
        )
        .await;
    assert_eq!(back["active"], json!(true));

    // DELETE: deactivated, gone for SCIM, content kept.
    let (status, _) = scim.send(reqwest::Method::DELETE, &path, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, gone) = scim.get(&path).await;
    assert_eq!(
        (status, &gone["status"]),
        (StatusCode::NOT_FOUND, &json!("404"))
    );
    let stored = account(&app, &json!(bram_id.to_string())).await;
    assert_eq!((stored.active, stored.managed_by.as_str()), (false, ""));

    admin
        .get("/admin/provisioning")
        .await
        .assert_contains("SCIM")
        .assert_contains("Deactivated")
        .assert_contains("Reactivated")
        .assert_contains("Deleted by the identity provider");
});

db_test!(
    scim_refuses_without_a_live_token_and_bad_input_clearly,
    |app| {
        let (admin, _) = app
            .signed_in("admin@example.nl", "Admin", Role::Admin)
            .await;
        let mut scim = scim_client(&app, &admin).await;
        let good = scim.token.clone();
        for token in ["", "plein_scim_wrong", "something else"] {
            scim.token = token.to_string();
            let (status, body) = scim.get("/Users").await;
            assert_eq!(
                (status, &body["status"]),
                (StatusCode::UNAUTHORIZED, &json!("401")),
                "{token:?}"
            );
        }
        scim.token = good;
        let (status, body) = scim.send(reqwest::Method::POST, "/Users", None).await;
        assert_eq!(
            (status, &body["scimType"]),
            (StatusCode::BAD_REQUEST, &json!("invalidSyntax"))
        );
        let (status, body) = scim
            .post("/Users", json!({ "displayName": "No name" }))
            .await;
        assert_eq!(
            (status, &body["scimType"]),
            (StatusCode::BAD_REQUEST, &json!("invalidValue"))
        );
        let (status, body) = scim
            .post("/Users", json!({ "userName": "not an address" }))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        // NUL and other control characters never reach the database.
        let (status, body) = scim
            .post(
                "/Users",
                entra_user("nul@example.nl", "e-\u{0}3", "Nul\u{0} Byte"),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        assert_eq!(
            (&body["displayName"], &body["externalId"]),
            (&json!("Nul Byte"), &json!("e-3"))
        );
        let (status, _) = scim.get("/Users/999999").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = scim.get("/Nothing").await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // A revoked token is refused like a wrong one; the page shows when each was last used.
        let page = admin.get("/admin/scim").await;
        page.assert_contains("Entra ID").assert_lacks("Never");
        let marker = "/admin/scim/tokens/";
        let at = page.body.find(marker).expect("a revoke form") + marker.len();
        let id = page.body[at..].split('/').next().expect("a token id");
        admin
            .post(&format!("/admin/scim/tokens/{id}/revoke"), &[])
            .await
            .assert_contains("The token is revoked");
        let (status, _) = scim.get("/Users").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
);

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// Checks scim2-tester still reports as failing: open work of issue #18, named so that every
/// other check must pass and a new failure fails this test. The checker creates users with
/// only `userName` (a random id, the one attribute RFC 7643 requires) and Plein needs an
/// e-mail address for every account, so it refuses them with a clear 400: that fails the
/// create, query, replace, delete and add checks; `displayName` and `active` come back after
/// a remove because every Plein account has a name and a state; `/.search` at the root (over
/// every resource type) is not served. Its groups name members
/// by ids of users it could not create, and a group's members must be provisioned users.
const KNOWN_GAPS: &[&str] = &[
    "email: Enter an e-mail address",
    "each member needs the value of a User id",
    "did not remove attribute 'displayName'",
    "did not remove attribute 'active'",
    "search_with_attributes",
];

db_test!(the_scim_compliance_checker_passes, |app| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let scim = scim_client(&app, &admin).await;
    let output = tokio::process::Command::new("python3")
        .arg("tests/support/scim_check.py")
        .arg(&scim.base)
        .arg(&scim.token)
        .output()
        .await
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "scim2-tester did not run (scripts/install-test-deps installs it): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    eprintln!("{report}");
    let failures: Vec<&str> = report
        .lines()
        .filter(|line| line.starts_with("ERROR") || line.starts_with("CRITICAL"))
        .filter(|line| !KNOWN_GAPS.iter().any(|known| line.contains(known)))
        .collect();
    assert!(report.lines().any(|l| l.starts_with("SUCCESS")), "{report}");
    assert!(
        failures.is_empty(),
        "scim2-tester failures:\n{}",
        failures.join("\n")
    );
});

/// The members of Plein group `group_id` and who keeps each membership.
async fn plein_members(app: &TestApp, group_id: i64) -> Vec<(i64, String)> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    crate::directory::member::Entity::find()
        .filter(crate::directory::member::Column::GroupId.eq(group_id))
        .order_by_asc(crate::directory::member::Column::UserId)
        .all(&app.db)
        .await
        .expect("members")
        .into_iter()
        .map(|m| (m.user_id, m.managed_by))
        .collect()
}

fn id_of(resource: &Value) -> i64 {
    resource["id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("an id")
}

db_test!(directory_groups_keep_plein_groups_and_roles, |app| {
    let (admin, admin_id) = app
        .signed_in("admin@example.nl", "Admin", Role::Admin)
        .await;
    let scim = scim_client(&app, &admin).await;
    let plein_group = admin.create_group("Inkoop", "open").await;
    // Bram has an account and a browser; SCIM takes his account over.
    let (bram_browser, bram) = app.member("Bram").await;
    let (_, bram_resource) = scim
        .post("/Users", entra_user("bram@example.nl", "e-b", "Bram"))
        .await;
    assert_eq!(id_of(&bram_resource), bram);
    let (_, cor) = scim
        .post("/Users", entra_user("cor@example.nl", "e-c", "Cor"))
        .await;
    let (_, dina) = scim
        .post("/Users", entra_user("dina@example.nl", "e-d", "Dina"))
        .await;
    let (cor, dina) = (id_of(&cor), id_of(&dina));

    let (status, team) = scim
        .post(
            "/Groups",
            json!({
                "schemas": [GROUP_SCHEMA],
                "displayName": "Team Inkoop",
                "externalId": "g-1",
                "members": [{ "value": bram.to_string() }, { "value": cor.to_string() }],
            }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{team}");
    assert_eq!(team["members"].as_array().map(Vec::len), Some(2));
    let team_path = format!("/Groups/{}", id_of(&team));
    // Unknown members, a taken name: refused, nothing stored.
    let (status, refused) = scim
        .post(
            "/Groups",
            json!({ "displayName": "Anders", "members": [{ "value": admin_id.to_string() }] }),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
    let (status, _) = scim
        .post("/Groups", json!({ "displayName": "team inkoop" }))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, found) = scim
        .get(&format!(
            "/Groups?filter={}&excludedAttributes=members",
            urlencode("displayName eq \"Team Inkoop\"")
        ))
        .await;
    assert_eq!(found["totalResults"], json!(1), "{found}");
    assert!(found["Resources"][0].get("members").is_none());

    // Mapped, the Plein group gets the directory group's members, kept by the directory.
    admin
        .get("/admin/scim/groups")
        .await
        .assert_contains("Team Inkoop")
        .assert_contains("2 members");
    admin
        .post(
            &format!("/admin/scim/groups/{}", id_of(&team)),
            &[("plein_group", &plein_group.to_string()), ("role", "")],
        )
        .await
        .assert_contains("The mapping is saved");
    let admin_row = (admin_id, String::new());
    assert_eq!(
        plein_members(&app, plein_group).await,
        vec![
            admin_row.clone(),
            (bram, "scim".into()),
            (cor, "scim".into())
        ]
    );
    bram_browser
        .post(&format!("/groups/{plein_group}/leave"), &[])
        .await
        .assert_contains("directory keeps this membership");
    admin
        .post(&format!("/groups/{plein_group}/members/{bram}/remove"), &[])
        .await
        .assert_contains("directory keeps this membership");
    admin
        .get(&format!("/groups/{plein_group}/members"))
        .await
        .assert_contains("Kept by the directory");

    // Entra ID adds and removes by filter; Okta removes with a value list.
    let (status, _) = scim
        .patch(
            &team_path,
            json!([{ "op": "Add", "path": "members", "value": [{ "value": dina.to_string() }] }]),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    scim.patch(
        &team_path,
        json!([{ "op": "Remove", "path": format!("members[value eq \"{cor}\"]") }]),
    )
    .await;
    let (status, after) = scim
        .patch(
            &team_path,
            json!([{ "op": "remove", "path": "members", "value": [{ "value": bram.to_string() }] }]),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{after}");
    assert_eq!(
        plein_members(&app, plein_group).await,
        vec![admin_row.clone(), (dina, "scim".into())]
    );

    // A role group: its members get the role and lose it again; no hand changes meanwhile.
    let (_, managers) = scim
        .post(
            "/Groups",
            json!({ "displayName": "Communitymanagers", "members": [{ "value": dina.to_string() }] }),
        )
        .await;
    let managers_path = format!("/Groups/{}", id_of(&managers));
    admin
        .post(
            &format!("/admin/scim/groups/{}", id_of(&managers)),
            &[("plein_group", &plein_group.to_string()), ("role", "")],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("keeps the members of that Plein group already");
    admin
        .post(
            &format!("/admin/scim/groups/{}", id_of(&managers)),
            &[("plein_group", ""), ("role", "community_manager")],
        )
        .await
        .assert_contains("The mapping is saved");
    let dina_account = account(&app, &json!(dina.to_string())).await;
    assert_eq!(
        (
            dina_account.role.as_str(),
            dina_account.role_managed_by.as_str()
        ),
        ("community_manager", "scim")
    );
    admin
        .post(&format!("/admin/users/{dina}"), &[("role", "member")])
        .await
        .assert_contains("gives this role");
    scim.patch(
        &managers_path,
        json!([{ "op": "replace", "path": "members", "value": [] }]),
    )
    .await;
    assert_eq!(account(&app, &json!(dina.to_string())).await.role, "member");

    // Deleting the directory group leaves the Plein group's members, now the group's own.
    let (status, _) = scim.send(reqwest::Method::DELETE, &team_path, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        plein_members(&app, plein_group).await,
        vec![admin_row, (dina, String::new())]
    );
    let (status, _) = scim.get(&team_path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    admin
        .get("/admin/provisioning")
        .await
        .assert_contains("Group memberships changed by a directory group");
});
