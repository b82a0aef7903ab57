//! `/search`: the results page (posts, people, groups), reached from the box in every page's
//! header; plain links and a GET form, so it works without JavaScript.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::query::PostQuery;
use super::service::{self, Found, MAX_QUERY_CHARS, PAGE_SIZE};
use crate::error::Result;
use crate::post_types::PostKind;
use crate::web::{AppState, CurrentUser, PageCtx};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new().route("/search", get(results))
}

/// What the address asks (every field optional; anything unknown is left out).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SearchParams {
    q: String,
    r#type: String,
    group: String,
    sort: String,
    page: String,
}

#[derive(Template)]
#[template(path = "search/results.html")]
struct ResultsPage {
    ctx: PageCtx,
    q: String,
    shortened: bool,
    kind: String,
    group: Option<(i64, String)>,
    newest_first: bool,
    kinds: Vec<PostKind>,
    found: Found,
    page: usize,
    searched: bool,
}

impl ResultsPage {
    /// The address of another page of these results.
    fn page_link(&self, page: usize) -> String {
        let mut params = vec![("q", self.q.clone())];
        if !self.kind.is_empty() {
            params.push(("type", self.kind.clone()));
        }
        if let Some((id, _)) = &self.group {
            params.push(("group", id.to_string()));
        }
        if self.newest_first {
            params.push(("sort", "newest".into()));
        }
        params.push(("page", page.to_string()));
        format!(
            "/search?{}",
            serde_urlencoded::to_string(params).unwrap_or_default()
        )
    }

    /// The same search without the group.
    fn everywhere_link(&self) -> String {
        format!(
            "/search?{}",
            serde_urlencoded::to_string([("q", &self.q)]).unwrap_or_default()
        )
    }

    /// The label key of a post type in its stored form.
    fn kind_label(&self, kind: &str) -> &'static str {
        PostKind::parse(kind).map_or("kind-discussion", PostKind::label_key)
    }

    fn has_next(&self) -> bool {
        (self.page + 1) * PAGE_SIZE < self.found.total
    }
}

async fn results(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(params): Query<SearchParams>,
) -> Result<Response> {
    let trimmed = params.q.trim();
    let shortened = trimmed.chars().count() > MAX_QUERY_CHARS;
    let q: String = trimmed.chars().take(MAX_QUERY_CHARS).collect();
    let kind = PostKind::parse(params.r#type.trim());
    let readable = service::readable_groups(&app.db, &viewer).await?;
    // A group the viewer may not read is treated as one that does not exist: no filter.
    let group = params
        .group
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| readable.into_iter().find(|(g, _)| *g == id));
    let newest_first = params.sort == "newest";
    let page = params.page.trim().parse::<usize>().unwrap_or(0);
    let query = PostQuery {
        text: q.clone(),
        kind: kind.map(|k| k.as_str().to_string()),
        group: group.as_ref().map(|(id, _)| *id),
        newest_first,
    };
    let searched = !q.is_empty();
    let found = if searched {
        service::search(&app.db, &app.search, &viewer, &query, page).await?
    } else {
        Found::default()
    };
    let page = ResultsPage {
        ctx,
        q,
        shortened,
        kind: kind.map(|k| k.as_str().to_string()).unwrap_or_default(),
        group,
        newest_first,
        kinds: PostKind::ALL.to_vec(),
        found,
        page,
        searched,
    };
    Ok(crate::web::render(page)?.into_response())
}
