//! Search over real HTTP on both databases: Dutch and English stems, diacritics, a typo, the
//! filters; the access matrix (open, closed, secret × member, non-member, left the group,
//! community manager outside it) for results and counts; deleted and hidden posts gone at
//! once; a second instance's index built and kept current from the change log; bad input.

use reqwest::StatusCode;

use super::index::SearchIndex;
use super::query::{DocQuery, search_documents};
use crate::auth::Role;
use crate::changes::Item;
use crate::testing::{Browser, db_test};

/// The number of results the page says it found.
async fn total(browser: &Browser, query: &str) -> usize {
    total_with(browser, query, "").await
}

/// The number of results for `query` with more parameters (`extra`, already encoded).
async fn total_with(browser: &Browser, query: &str, extra: &str) -> usize {
    let page = browser.get(&search_path(query, extra)).await;
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
        .assert_contains("No posts or articles match");
    anne.get("/search?q=vergadering&type=question")
        .await
        .assert_contains("1 result found");
    anne.get(&format!("/search?q=club&group={group}&sort=newest"))
        .await
        .assert_contains("Only in Sportclub")
        .assert_contains("1 result found");
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
        let ask = |text: &str| DocQuery::plain(text);
        assert_eq!(
            search_documents(&other, &ask("tomatensoep"), &[group], 0, 10)
                .expect("search")
                .total,
            1
        );
        let later = anne
            .write_post(group, "discussion", "Morgen erwtensoep")
            .await;
        other.catch_up(true).await.expect("followed");
        let found = search_documents(&other, &ask("erwtensoep"), &[group], 0, 10).expect("search");
        assert_eq!((found.total, found.hits), (1, vec![Item::Post(later)]));
        // The same index opened again knows where it was.
        drop(other);
        let reopened = SearchIndex::open(dir.path(), app.db.clone()).expect("index");
        assert!(reopened.complete());
        for word in ["tomatensoep", "erwtensoep"] {
            assert_eq!(
                search_documents(&reopened, &ask(word), &[group], 0, 10)
                    .expect("search")
                    .total,
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

/// The address of a search for `q` with more parameters (`extra`, already encoded).
fn search_path(q: &str, extra: &str) -> String {
    let q = serde_urlencoded::to_string([("q", q)]).expect("query");
    if extra.is_empty() {
        format!("/search?{q}")
    } else {
        format!("/search?{q}&{extra}")
    }
}

db_test!(
    comments_articles_and_events_are_found_and_follow_their_source,
    |app| {
        let (owner, _) = app
            .signed_in("owner@example.nl", "Owner", Role::Admin)
            .await;
        let (bert, _) = app.member("Bert").await;
        let (cara, _) = app.member("Cara").await;
        let open = owner.create_group("Financiën", "open").await;
        let closed = owner.create_group("Salarisadministratie", "closed").await;
        let question = owner
            .write_post(open, "question", "Hoe werkt de declaratieportal?")
            .await;
        let answered = bert
            .post(
                &format!("/posts/{question}/comments"),
                &[("body", "Gebruik de knop onkostennota rechtsboven.")],
            )
            .await;
        let comment = answered.first_comment_id();
        // A comment's words find its post, marked, and say where they were found.
        assert_eq!(total(&cara, "onkostennota").await, 1);
        cara.get("/search?q=onkostennota")
            .await
            .assert_contains("<mark>onkostennota</mark>")
            .assert_contains("found in a comment")
            .assert_contains(&format!("/posts/{question}"));
        // The comment deleted: gone at once; the question itself is still found.
        bert.post(&format!("/comments/{comment}/delete"), &[]).await;
        assert_eq!(total(&cara, "onkostennota").await, 0);
        assert_eq!(total(&cara, "declaratieportal").await, 1);
        // An event by its title and place.
        owner
            .post(
                &format!("/groups/{open}/events"),
                &[
                    ("title", "Lunchlezing begroting"),
                    ("starts_at", "2030-07-15T12:30"),
                    ("ends_at", "2030-07-15T13:30"),
                    ("location", "Zaal Vondel"),
                    ("capacity", ""),
                    ("body", "Met broodjes"),
                ],
            )
            .await
            .assert_status(StatusCode::OK);
        assert_eq!(total(&cara, "lunchlezing").await, 1);
        assert_eq!(total(&cara, "vondel").await, 1);
        // Articles: one for everyone, one for the readers of a closed group only.
        for (title, group) in [
            ("Thuiswerkvergoeding aanvragen", String::new()),
            (
                "Thuiswerkvergoeding voor de salarisadministratie",
                closed.to_string(),
            ),
        ] {
            owner
                .post(
                    "/kb",
                    &[
                        ("title", title),
                        ("body", "Vraag de vergoeding aan via het portaal."),
                        ("group", &group),
                        ("source_post", ""),
                    ],
                )
                .await
                .assert_status(StatusCode::OK);
        }
        assert_eq!(total(&owner, "thuiswerkvergoeding").await, 2);
        assert_eq!(total(&cara, "thuiswerkvergoeding").await, 1);
        cara.get("/search?q=thuiswerkvergoeding")
            .await
            .assert_contains("Knowledge-base article")
            .assert_contains("Every type (1)")
            .assert_lacks("salarisadministratie");
        cara.get(&search_path("thuiswerkvergoeding", "type=article"))
            .await
            .assert_contains("1 result found");
        cara.get(&search_path("thuiswerkvergoeding", "type=question"))
            .await
            .assert_contains("0 results found");
    }
);

db_test!(
    questions_ideas_authors_and_dates_narrow_the_results,
    |app| {
        let (manager, _) = app
            .signed_in("cm@example.nl", "Manager", Role::CommunityManager)
            .await;
        let (anne, _) = app.member("Anne").await;
        let (bert, bert_id) = app.member("Bert").await;
        let group = anne.create_group("Facilitair", "open").await;
        bert.post(&format!("/groups/{group}/join"), &[]).await;
        anne.write_post(group, "question", "Wie weet iets van de printer in zaal 2?")
            .await;
        let answered = anne
            .write_post(
                group,
                "question",
                "Is de printer op de derde verdieping kapot?",
            )
            .await;
        bert.post(
            &format!("/posts/{answered}/comments"),
            &[("body", "Nee, het papier was op.")],
        )
        .await;
        let accepted = anne
            .write_post(group, "question", "Waar staat de printer met nietjes?")
            .await;
        let answer = bert
            .post(
                &format!("/posts/{accepted}/comments"),
                &[("body", "Bij de receptie.")],
            )
            .await
            .first_comment_id();
        anne.post(&format!("/comments/{answer}/accept"), &[]).await;
        let idea = bert
            .write_post(group, "idea", "Een tweede printer bij de kantine")
            .await;
        manager
            .post(
                &format!("/ideas/{idea}/status"),
                &[("status", "planned"), ("response", "Komt in maart")],
            )
            .await
            .assert_status(StatusCode::OK);
        bert.write_post(group, "discussion", "De printer doet het weer")
            .await;
        assert_eq!(total_with(&anne, "printer", "").await, 5);
        assert_eq!(total_with(&anne, "printer", "state=unanswered").await, 1);
        assert_eq!(total_with(&anne, "printer", "state=answered").await, 2);
        assert_eq!(total_with(&anne, "printer", "state=accepted").await, 1);
        assert_eq!(total_with(&anne, "printer", "state=planned").await, 1);
        assert_eq!(total_with(&anne, "printer", "state=declined").await, 0);
        assert_eq!(
            total_with(&anne, "printer", "type=question&state=answered").await,
            2
        );
        let by_bert = format!("author={bert_id}");
        assert_eq!(total_with(&anne, "printer", &by_bert).await, 2);
        anne.get(&search_path("printer", &by_bert))
            .await
            .assert_contains("Only by Bert");
        // The type tabs count what matched before the type was chosen.
        anne.get(&search_path("printer", "type=idea"))
            .await
            .assert_contains("Every type (5)")
            .assert_contains("Question (3)")
            .assert_contains("Idea (1)");
        // Dates: the organisation's days, inclusive; a typed date that is none is said so.
        assert_eq!(
            total_with(&anne, "printer", "from=2000-01-01&to=2000-01-31").await,
            0
        );
        assert_eq!(total_with(&anne, "printer", "from=2000-01-01").await, 5);
        let today = crate::activity::date_of(app.calendar().await.today());
        assert_eq!(
            total_with(&anne, "printer", &format!("from={today}&to={today}")).await,
            5
        );
        anne.get(&search_path("printer", "from=morgen"))
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("Enter dates as year-month-day")
            .assert_contains("aria-invalid=\"true\"")
            .assert_lacks("id=\"search-total\"");
        // Newest first puts the last post on top.
        let newest = anne.get(&search_path("printer", "sort=newest")).await.body;
        let first = newest.find("doet het weer").expect("the newest");
        let oldest = newest.find("zaal 2").expect("the oldest");
        assert!(first < oldest);
    }
);

db_test!(asking_a_question_shows_similar_earlier_ones, |app| {
    let (owner, _) = app
        .signed_in("owner@example.nl", "Owner", Role::Admin)
        .await;
    let (bert, _) = app.member("Bert").await;
    let open = owner.create_group("Vervoer", "open").await;
    let secret = owner.create_group("Raad van bestuur", "secret").await;
    let earlier = owner
        .write_post(open, "question", "Hoe vraag ik een parkeervergunning aan?")
        .await;
    let answer = bert
        .post(
            &format!("/posts/{earlier}/comments"),
            &[("body", "Via het formulier op intranet.")],
        )
        .await
        .first_comment_id();
    owner.post(&format!("/comments/{answer}/accept"), &[]).await;
    owner
        .write_post(
            secret,
            "question",
            "Wie krijgt er een parkeervergunning van de directie?",
        )
        .await;
    let similar = |kind: &str| {
        format!(
            "/search/similar?{}",
            serde_urlencoded::to_string([
                (
                    "body",
                    "Waar kan ik een parkeervergunning aanvragen voor mijn auto"
                ),
                ("kind", kind),
            ])
            .expect("query")
        )
    };
    // The earlier question, pointing at its accepted answer; never the secret group's.
    bert.get(&similar("question"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains(&format!("/posts/{earlier}#comment-{answer}"))
        .assert_contains("answered")
        .assert_lacks("directie");
    owner
        .get(&similar("question"))
        .await
        .assert_contains("directie");
    // Only while asking a question, and nothing for a text with no words of substance.
    bert.get(&similar("discussion"))
        .await
        .assert_lacks("parkeervergunning");
    bert.get("/search/similar?body=de+het+een&kind=question")
        .await
        .assert_status(StatusCode::OK)
        .assert_lacks("<li>");
    // The composer asks for them as one types.
    owner
        .get(&format!("/groups/{open}"))
        .await
        .assert_contains("hx-get=\"/search/similar\"");
    // Suggestions under the header's box: posts and people, and the way to all results.
    bert.get("/search/suggest?q=parkeerv")
        .await
        .assert_status(StatusCode::OK)
        .assert_contains(&format!("/posts/{earlier}"))
        .assert_contains("All results")
        .assert_lacks("directie");
    bert.get("/search/suggest?q=p")
        .await
        .assert_status(StatusCode::OK)
        .assert_lacks("<li>");
    bert.get("/search/suggest?q=owner")
        .await
        .assert_contains("href=\"/people/");
});

/// Rows of the misses table for `term`, and the different people among them.
async fn misses_of(app: &crate::testing::TestApp, term: &str) -> (i64, i64) {
    use sea_orm::{ConnectionTrait, Statement};
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            format!(
                "SELECT COUNT(*) AS n, COUNT(DISTINCT searcher) AS people FROM search_misses \
                 WHERE term = '{term}'"
            ),
        ))
        .await
        .expect("query")
        .expect("a row");
    (
        row.try_get::<i64>("", "n").expect("n"),
        row.try_get::<i64>("", "people").expect("people"),
    )
}

db_test!(
    searches_in_vain_are_a_signal_only_from_enough_people,
    |app| {
        use sea_orm::ConnectionTrait;
        crate::settings::MIN_GROUP_SIZE
            .set(&app.db, 5)
            .await
            .expect("minimum");
        let (manager, _) = app
            .signed_in("cm@example.nl", "Manager", Role::CommunityManager)
            .await;
        let mut people = Vec::new();
        for name in ["Anna", "Cor", "Dirk", "Els", "Fem"] {
            people.push(app.member(name).await.0);
        }
        for (i, person) in people.iter().enumerate() {
            person
                .get("/search?q=Zonnepanelen")
                .await
                .assert_contains("0 results found");
            if i < 4 {
                person.get("/search?q=warmtepomp").await;
            }
        }
        // The same person twice in a week counts once; a narrowed search is no miss.
        people[0].get("/search?q=zonnepanelen").await;
        people[0].get("/search?q=glasvezel&type=idea").await;
        assert_eq!(misses_of(&app, "zonnepanelen").await, (5, 5));
        assert_eq!(misses_of(&app, "warmtepomp").await, (4, 4));
        assert_eq!(misses_of(&app, "glasvezel").await.0, 0);
        // Nobody's name or id is kept with what they searched.
        let ids: Vec<String> = {
            use sea_orm::Statement;
            app.db
                .query_all_raw(Statement::from_string(
                    app.db.get_database_backend(),
                    "SELECT searcher FROM search_misses".to_string(),
                ))
                .await
                .expect("rows")
                .iter()
                .map(|r| r.try_get::<String>("", "searcher").expect("searcher"))
                .collect()
        };
        assert!(
            ids.iter()
                .all(|s| s.len() == 32 && s.parse::<i64>().is_err())
        );
        // This week is not complete yet: nothing shown.
        manager
            .get("/cockpit/searches")
            .await
            .assert_status(StatusCode::OK)
            .assert_lacks("zonnepanelen");
        // A week later: the term five people searched is shown, the one four searched is not.
        app.db
            .execute_unprepared("UPDATE search_misses SET week = week - 7")
            .await
            .expect("a week ago");
        manager
            .get("/cockpit/searches")
            .await
            .assert_contains("zonnepanelen")
            .assert_lacks("warmtepomp");
        people[0]
            .get("/cockpit/searches")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        manager.post("/tasks/refresh", &[]).await;
        manager
            .get("/tasks")
            .await
            .assert_contains("People search in vain: zonnepanelen")
            .assert_lacks("warmtepomp");
        // Kept 90 days.
        app.db
            .execute_unprepared("UPDATE search_misses SET week = week - 90")
            .await
            .expect("long ago");
        crate::search::misses::purge(&app.db).await.expect("purge");
        assert_eq!(misses_of(&app, "zonnepanelen").await.0, 0);
    }
);
