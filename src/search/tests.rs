//! Search over real HTTP on both databases: Dutch and English stems, diacritics, a typo, the
//! filters; the access matrix (open, closed, secret × member, non-member, left the group,
//! community manager outside it) for results and counts; deleted and hidden posts gone at
//! once; a second instance's index built and kept current from the change log; bad input.

use reqwest::StatusCode;

use super::index::SearchIndex;
use super::query::{PostQuery, search_posts};
use crate::auth::Role;
use crate::testing::{Browser, db_test};

/// The number of posts the results page says it found.
async fn total(browser: &Browser, query: &str) -> usize {
    let path = format!(
        "/search?{}",
        serde_urlencoded::to_string([("q", query)]).expect("query")
    );
    let page = browser.get(&path).await;
    page.assert_status(StatusCode::OK);
    let marker = "id=\"search-total\">";
    let at = page.body.find(marker).expect("a total") + marker.len();
    page.body[at..]
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a number")
}

db_test!(words_are_found_by_stem_fold_and_small_typo, |app| {
    let (anne, _) = app.member("Anne").await;
    let group = anne.create_group("Sportclub", "open").await;
    anne.write_post(
        group,
        "discussion",
        "Wie gaat er zaterdag mee fietsen naar het café?",
    )
    .await;
    anne.write_post(group, "discussion", "Our running meetings start on Monday.")
        .await;
    anne.write_post(
        group,
        "question",
        "Wanneer is de volgende vergadering van de club?",
    )
    .await;
    for (asked, expected) in [
        ("fiets", 1),
        ("Fietsen", 1),
        ("cafe", 1),
        ("CAFÉ", 1),
        ("run meeting", 1),
        ("vergadring", 1),
        ("vergadering club", 1),
        ("fietsen maandag", 0),
        ("fie", 1),
    ] {
        assert_eq!(total(&anne, asked).await, expected, "{asked}");
    }
    // The matched word is marked, and the text around it escaped.
    anne.get("/search?q=caf%C3%A9")
        .await
        .assert_contains("<mark>café</mark>");
    // Filters: a type, a group, newest first.
    anne.get("/search?q=vergadering&type=discussion")
        .await
        .assert_contains("No posts match");
    anne.get("/search?q=vergadering&type=question")
        .await
        .assert_contains("1 post found");
    anne.get(&format!("/search?q=club&group={group}&sort=newest"))
        .await
        .assert_contains("Only in Sportclub")
        .assert_contains("1 post found");
    // People and groups by name.
    anne.get("/search?q=sportc")
        .await
        .assert_contains("href=\"/groups/");
    anne.get("/search?q=anne")
        .await
        .assert_contains("href=\"/people/");
});

db_test!(nobody_finds_or_counts_what_they_may_not_read, |app| {
    let (owner, _) = app
        .signed_in("owner@example.nl", "Owner", Role::Admin)
        .await;
    let (cara, cara_id) = app.member("Cara").await;
    let (bert, _) = app.member("Bert").await;
    let (manager, _) = app
        .signed_in("cm@example.nl", "Manager", Role::CommunityManager)
        .await;
    let open = owner.create_group("Iedereen", "open").await;
    let closed = owner.create_group("Directie", "closed").await;
    let secret = owner.create_group("Geheime kring", "secret").await;
    for group in [open, closed, secret] {
        owner
            .write_post(group, "discussion", "Het reorganisatieplan komt eraan")
            .await;
    }
    owner
        .post(
            &format!("/groups/{closed}/members"),
            &[("email", "cara@example.nl")],
        )
        .await;
    assert_eq!(total(&owner, "reorganisatieplan").await, 3);
    assert_eq!(total(&cara, "reorganisatieplan").await, 2);
    assert_eq!(total(&bert, "reorganisatieplan").await, 1);
    assert_eq!(total(&manager, "reorganisatieplan").await, 1);
    // A secret group is not found by name by outsiders either.
    bert.get("/search?q=geheime")
        .await
        .assert_lacks("Geheime kring");
    owner
        .get("/search?q=geheime")
        .await
        .assert_contains("Geheime kring");
    // Leaving the group: its posts are gone from the results at once.
    cara.post(&format!("/groups/{closed}/leave"), &[]).await;
    assert_eq!(total(&cara, "reorganisatieplan").await, 1);
    assert!(cara_id > 0);
    // A filter by a group one may not read answers as by one that does not exist.
    let normal = |body: String, id: i64| body.replace(&format!("group={id}"), "group=ID");
    let hidden = bert
        .get(&format!("/search?q=reorganisatieplan&group={secret}"))
        .await;
    let missing = bert
        .get(&format!(
            "/search?q=reorganisatieplan&group={}",
            secret + 1000
        ))
        .await;
    assert_eq!(hidden.status, missing.status);
    assert_eq!(
        normal(hidden.body, secret),
        normal(missing.body, secret + 1000)
    );
});

db_test!(deleted_and_hidden_posts_are_gone_at_once, |app| {
    let (owner, _) = app
        .signed_in("owner@example.nl", "Owner", Role::Admin)
        .await;
    let (bert, _) = app.member("Bert").await;
    let group = owner.create_group("Nieuws", "open").await;
    let deleted = owner
        .write_post(group, "discussion", "Tijdelijke parkeerregeling")
        .await;
    let hidden = owner
        .write_post(group, "discussion", "Nog een parkeerregeling")
        .await;
    assert_eq!(total(&bert, "parkeerregeling").await, 2);
    owner.post(&format!("/posts/{deleted}/delete"), &[]).await;
    owner
        .post(
            &format!("/moderation/posts/{hidden}"),
            &[
                ("action", "hide"),
                ("reason", "Test"),
                ("reach", "low"),
                ("harm", "low"),
                ("legal", "no"),
                ("desirability", "undesired"),
            ],
        )
        .await;
    assert_eq!(total(&bert, "parkeerregeling").await, 0);
});

db_test!(
    another_instance_builds_and_follows_from_the_change_log,
    |app| {
        let (anne, _) = app.member("Anne").await;
        let group = anne.create_group("Kantine", "open").await;
        anne.write_post(group, "discussion", "De soep van de dag is tomatensoep")
            .await;
        // A second instance, with an index of its own in another directory.
        let dir = tempfile::tempdir().expect("dir");
        let other = SearchIndex::open(dir.path(), app.db.clone()).expect("index");
        other.catch_up(true).await.expect("built");
        let ask = |text: &str| PostQuery {
            text: text.into(),
            ..PostQuery::default()
        };
        assert_eq!(
            search_posts(&other, &ask("tomatensoep"), &[group], 0, 10)
                .expect("search")
                .0,
            1
        );
        let later = anne
            .write_post(group, "discussion", "Morgen erwtensoep")
            .await;
        other.catch_up(true).await.expect("followed");
        let (count, ids) =
            search_posts(&other, &ask("erwtensoep"), &[group], 0, 10).expect("search");
        assert_eq!((count, ids), (1, vec![later]));
        // The same index opened again knows where it was.
        drop(other);
        let reopened = SearchIndex::open(dir.path(), app.db.clone()).expect("index");
        assert!(reopened.complete());
        for word in ["tomatensoep", "erwtensoep"] {
            assert_eq!(
                search_posts(&reopened, &ask(word), &[group], 0, 10)
                    .expect("search")
                    .0,
                1,
                "{word}"
            );
        }
    }
);

db_test!(odd_searches_get_a_clear_answer, |app| {
    let (anne, _) = app.member("Anne").await;
    let group = anne.create_group("Proef", "open").await;
    anne.write_post(group, "discussion", "Een gewoon bericht")
        .await;
    anne.get("/search").await.assert_status(StatusCode::OK);
    anne.get("/search?q=").await.assert_lacks("search-total");
    let search = |q: &str| {
        format!(
            "/search?{}",
            serde_urlencoded::to_string([("q", q)]).expect("query")
        )
    };
    anne.get(&search(&"bericht ".repeat(40)))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("shortened to its first 200 characters");
    // Longer than any address Plein takes: told so, in words.
    anne.get(&search(&"bericht ".repeat(1_250)))
        .await
        .assert_status(StatusCode::URI_TOO_LONG)
        .assert_contains("This address is too long");
    for odd in [
        "\"unbalanced",
        "title:x AND (( -* ~2 ^3",
        "<script>alert(1)</script>",
        "%00",
        "🙂🙂",
        "a",
        "-",
    ] {
        let path = format!(
            "/search?{}",
            serde_urlencoded::to_string([("q", odd)]).expect("query")
        );
        anne.get(&path)
            .await
            .assert_status(StatusCode::OK)
            .assert_lacks("<script>alert(1)</script>");
    }
    for params in [
        "type=nonsense",
        "page=-1",
        "page=99999999999999999999",
        "group=x",
        "sort=%00",
    ] {
        anne.get(&format!("/search?q=bericht&{params}"))
            .await
            .assert_status(StatusCode::OK);
    }
    // Signed out: the sign-in page.
    assert_eq!(app.browser().get("/search?q=bericht").await.path, "/login");
});
