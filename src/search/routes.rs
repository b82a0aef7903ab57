//! `/search`: the results page (posts with their comments, articles, people, groups), reached
//! from the box in every page's header; plain links and a GET form, so it works without
//! JavaScript. With it, `/search/suggest` fills a list under the header's box as one types and
//! `/search/similar` shows earlier questions like the one being asked.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::index::ARTICLE;
use super::misses;
use super::query::DocQuery;
use super::service::{self, Found, Hit, MAX_QUERY_CHARS, PAGE_SIZE};
use crate::error::Result;
use crate::post_types::{IdeaStatus, PostKind};
use crate::web::{AppState, CurrentUser, PageCtx};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/search", get(results))
        .route("/search/suggest", get(suggest))
        .route("/search/similar", get(similar))
        .route("/cockpit/searches", get(missed_searches))
}

/// What the address asks (every field optional; anything unknown is left out).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SearchParams {
    q: String,
    r#type: String,
    group: String,
    author: String,
    state: String,
    from: String,
    to: String,
    sort: String,
    page: String,
}

/// The states one can narrow to: a question's, then an idea's.
const STATES: [(&str, &str); 3] = [
    ("answered", "search-state-answered"),
    ("unanswered", "search-state-unanswered"),
    ("accepted", "search-state-accepted"),
];

/// A type one can narrow to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct KindChoice {
    /// Stored form.
    value: String,
    /// Label key.
    label: &'static str,
}

fn kind_choices() -> Vec<KindChoice> {
    PostKind::ALL
        .iter()
        .map(|k| KindChoice {
            value: k.as_str().into(),
            label: k.label_key(),
        })
        .chain(std::iter::once(KindChoice {
            value: ARTICLE.into(),
            label: "search-kind-article",
        }))
        .collect()
}

fn kind_label(kind: &str) -> &'static str {
    if kind == ARTICLE {
        return "search-kind-article";
    }
    PostKind::parse(kind).map_or("kind-discussion", PostKind::label_key)
}

#[derive(Template)]
#[template(path = "search/results.html")]
struct ResultsPage {
    ctx: PageCtx,
    q: String,
    shortened: bool,
    kind: String,
    group: Option<(i64, String)>,
    author: Option<(i64, String)>,
    state: String,
    from: String,
    to: String,
    date_error: Option<&'static str>,
    newest_first: bool,
    kinds: Vec<KindChoice>,
    states: Vec<(String, String)>,
    found: Found,
    page: usize,
    searched: bool,
}

impl ResultsPage {
    /// The parameters of this search, with `changes` applied (an empty value drops one).
    fn link_with(&self, changes: &[(&str, String)]) -> String {
        let mut params: Vec<(&str, String)> = vec![("q", self.q.clone())];
        let current = [
            ("type", self.kind.clone()),
            (
                "group",
                self.group
                    .as_ref()
                    .map(|g| g.0.to_string())
                    .unwrap_or_default(),
            ),
            (
                "author",
                self.author
                    .as_ref()
                    .map(|a| a.0.to_string())
                    .unwrap_or_default(),
            ),
            ("state", self.state.clone()),
            ("from", self.from.clone()),
            ("to", self.to.clone()),
            (
                "sort",
                if self.newest_first {
                    "newest".into()
                } else {
                    String::new()
                },
            ),
        ];
        for (name, value) in current {
            let value = changes
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(value, |(_, v)| v.clone());
            if !value.is_empty() {
                params.push((name, value));
            }
        }
        if let Some((_, page)) = changes.iter().find(|(n, _)| *n == "page") {
            params.push(("page", page.clone()));
        }
        format!(
            "/search?{}",
            serde_urlencoded::to_string(params).unwrap_or_default()
        )
    }

    /// The address of another page of these results.
    fn page_link(&self, page: usize) -> String {
        self.link_with(&[("page", page.to_string())])
    }

    /// The same search of one type (or every type: empty).
    fn kind_link(&self, kind: &str) -> String {
        self.link_with(&[("type", kind.to_string())])
    }

    /// The same search without one filter.
    fn without(&self, name: &str) -> String {
        self.link_with(&[(name, String::new())])
    }

    /// The posts of one person among these results.
    fn by_person(&self, id: &i64) -> String {
        self.link_with(&[("author", id.to_string())])
    }

    /// The label key of a type in its stored form.
    fn kind_label(&self, kind: &str) -> &'static str {
        kind_label(kind)
    }

    /// Matches of every type together (of what the viewer may read).
    fn all_kinds(&self) -> u64 {
        self.found.per_kind.iter().map(|(_, n)| n).sum()
    }

    fn has_next(&self) -> bool {
        (self.page + 1) * PAGE_SIZE < self.found.total
    }
}

/// The states as (value, label key) pairs, an idea's statuses after a question's.
fn state_choices() -> Vec<(String, String)> {
    STATES
        .iter()
        .map(|(v, l)| (v.to_string(), l.to_string()))
        .chain(
            IdeaStatus::ALL
                .iter()
                .map(|s| (s.as_str().to_string(), s.label_key().to_string())),
        )
        .collect()
}

/// The start of a typed date in the organisation's calendar (`end`: the start of the next
/// day), or the message key when it is not a date.
async fn date_bound(
    db: &crate::db::Db,
    typed: &str,
    end: bool,
) -> Result<std::result::Result<Option<i64>, &'static str>> {
    let day = match crate::activity::parse_date(Some(typed)) {
        Ok(Some(day)) => day,
        Ok(None) => return Ok(Ok(None)),
        Err(key) => return Ok(Err(key)),
    };
    let calendar = crate::activity::Calendar::of(db).await?;
    Ok(Ok(Some(calendar.start_of(day + i32::from(end)))))
}

async fn results(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(params): Query<SearchParams>,
) -> Result<Response> {
    let trimmed = params.q.trim();
    let shortened = trimmed.chars().count() > MAX_QUERY_CHARS;
    let q: String = trimmed.chars().take(MAX_QUERY_CHARS).collect();
    let kind = kind_choices()
        .into_iter()
        .find(|k| k.value == params.r#type.trim())
        .map(|k| k.value)
        .unwrap_or_default();
    let readable = service::readable_groups(&app.db, &viewer).await?;
    // A group the viewer may not read is treated as one that does not exist: no filter.
    let group = params
        .group
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| readable.into_iter().find(|(g, _)| *g == id));
    let author = match params.author.trim().parse::<i64>() {
        Ok(id) => crate::people::service::active_user(&app.db, id)
            .await
            .ok()
            .map(|u| (u.id, u.display_name)),
        Err(_) => None,
    };
    let states = state_choices();
    let state = states
        .iter()
        .find(|(v, _)| *v == params.state.trim())
        .map(|(v, _)| v.clone())
        .unwrap_or_default();
    let (from, until, date_error) = match (
        date_bound(&app.db, &params.from, false).await?,
        date_bound(&app.db, &params.to, true).await?,
    ) {
        (Ok(from), Ok(until)) => (from, until, None),
        (Err(key), _) | (_, Err(key)) => (None, None, Some(key)),
    };
    let newest_first = params.sort == "newest";
    let page = params.page.trim().parse::<usize>().unwrap_or(0);
    let query = DocQuery {
        text: q.clone(),
        kinds: if kind.is_empty() {
            Vec::new()
        } else {
            vec![kind.clone()]
        },
        group: group.as_ref().map(|(id, _)| *id),
        author: author.as_ref().map(|(id, _)| *id),
        state: (!state.is_empty()).then(|| state.clone()),
        from,
        until,
        newest_first,
        similar: false,
    };
    let searched = !q.is_empty() && date_error.is_none();
    let found = if searched {
        service::search(&app.db, &app.search, &viewer, &query, page).await?
    } else {
        Found::default()
    };
    if searched && page == 0 && found.is_empty() && !query.narrowed() {
        misses::record(&app.db, &app.search, viewer.id, &q).await?;
    }
    let page = ResultsPage {
        ctx,
        q,
        shortened,
        kind,
        group,
        author,
        state,
        from: params.from.trim().chars().take(10).collect(),
        to: params.to.trim().chars().take(10).collect(),
        date_error,
        newest_first,
        kinds: kind_choices(),
        states,
        found,
        page,
        searched,
    };
    Ok(crate::web::render(page)?.into_response())
}

/// What a fragment route is asked.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct TextParams {
    q: String,
    body: String,
    /// The composer's post type: similar questions are only looked for when asking one.
    kind: String,
}

#[derive(Template)]
#[template(path = "search/suggest.html")]
struct SuggestList {
    ctx: PageCtx,
    q: String,
    hits: Vec<Hit>,
    people: Vec<crate::people::service::Suggestion>,
}

impl SuggestList {
    fn kind_label(&self, kind: &str) -> &'static str {
        kind_label(kind)
    }

    /// The results page's parameters for this search.
    fn all_link(&self) -> String {
        serde_urlencoded::to_string([("q", &self.q)]).unwrap_or_default()
    }
}

/// As one types in the header's box: the first few posts, articles and people.
async fn suggest(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(params): Query<TextParams>,
) -> Result<Response> {
    let q: String = params.q.trim().chars().take(MAX_QUERY_CHARS).collect();
    let (hits, people) = if q.chars().count() >= 2 {
        let found = service::search(&app.db, &app.search, &viewer, &DocQuery::plain(&q), 0).await?;
        (
            found.hits.into_iter().take(5).collect(),
            found.people.into_iter().take(3).collect(),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(crate::web::render(SuggestList {
        ctx,
        q,
        hits,
        people,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "search/similar.html")]
struct SimilarList {
    ctx: PageCtx,
    hits: Vec<Hit>,
}

/// While asking: earlier questions and articles like the text being written.
async fn similar(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(params): Query<TextParams>,
) -> Result<Response> {
    let text = if params.body.trim().is_empty() {
        params.q
    } else {
        params.body
    };
    let asking = params.kind.is_empty() || params.kind == PostKind::Question.as_str();
    let hits = if asking {
        service::similar(&app.db, &app.search, &viewer, &text).await?
    } else {
        Vec::new()
    };
    Ok(crate::web::render(SimilarList { ctx, hits })?.into_response())
}

#[derive(Template)]
#[template(path = "search/misses.html")]
struct MissesPage {
    ctx: PageCtx,
    minimum: i64,
    weeks: Vec<misses::Week>,
}

/// For the cockpit: what many people searched for last weeks and did not find.
async fn missed_searches(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    if !viewer.sees_cockpit() {
        return Err(crate::error::Error::Forbidden);
    }
    Ok(crate::web::render(MissesPage {
        ctx,
        minimum: crate::settings::min_group_size(&app.db).await?,
        weeks: misses::recent_weeks(&app.db).await?,
    })?
    .into_response())
}
