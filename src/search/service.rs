//! One search over posts, people and groups for a viewer: posts from the index, limited to the
//! groups the viewer may read and each hit checked again against the database before it is
//! shown (deleted or hidden since, moved to a group they may not read: gone at once); people
//! and groups from the directory with its own rules. Snippets are plain text split into
//! pieces, the matched words marked, so the page escapes every piece.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::index::{DUTCH, ENGLISH, PLAIN, SearchIndex};
use super::query::{PostQuery, search_posts, tokens, words};
use crate::auth::Viewer;
use crate::db::Db;
use crate::directory::{access, group};
use crate::error::Result;
use crate::posts::post;

/// The longest search taken; the rest is cut off (and the page says so).
pub const MAX_QUERY_CHARS: usize = 200;
/// Posts per page of results.
pub const PAGE_SIZE: usize = 20;
/// The most pages one can go through.
const MAX_PAGES: usize = 50;

/// A piece of a snippet, marked when it is a matched word.
#[derive(Debug, Clone)]
pub struct Piece {
    /// The text (plain; the page escapes it).
    pub text: String,
    /// Whether it matched.
    pub hit: bool,
}

/// A post found.
#[derive(Debug, Clone)]
pub struct PostHit {
    /// The post.
    pub id: i64,
    /// Its type (stored form).
    pub kind: String,
    /// The group's name.
    pub group_name: String,
    /// When it was written.
    pub created_at: i64,
    /// Around the first matched word.
    pub snippet: Vec<Piece>,
}

/// A group found.
#[derive(Debug, Clone)]
pub struct GroupHit {
    /// The group.
    pub id: i64,
    /// Its name.
    pub name: String,
}

/// What a search found.
#[derive(Debug, Default)]
pub struct Found {
    /// Posts in all (of the groups the viewer may read).
    pub total: usize,
    /// This page of posts.
    pub posts: Vec<PostHit>,
    /// People by name.
    pub people: Vec<crate::people::service::Suggestion>,
    /// Groups by name.
    pub groups: Vec<GroupHit>,
    /// Whether the index holds every post yet (not while it is first built).
    pub complete: bool,
}

/// The groups `viewer` may read: id and name.
pub async fn readable_groups(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
) -> Result<Vec<(i64, String)>> {
    Ok(group::Entity::find()
        .select_only()
        .column(group::Column::Id)
        .column(group::Column::Name)
        .filter(access::readable_groups(viewer.id))
        .into_tuple()
        .all(db)
        .await?)
}

/// Searches for `viewer`; `page` counts from 0.
pub async fn search(
    db: &Db,
    index: &SearchIndex,
    viewer: &Viewer,
    query: &PostQuery,
    page: usize,
) -> Result<Found> {
    if let Err(error) = index.catch_up(false).await {
        tracing::warn!(%error, "search runs on the index as it is");
    }
    let readable = readable_groups(db, viewer).await?;
    let ids: Vec<i64> = readable.iter().map(|(id, _)| *id).collect();
    let page = page.min(MAX_PAGES);
    let (total, hits) = search_posts(index, query, &ids, page * PAGE_SIZE, PAGE_SIZE)?;
    let posts = checked_posts(db, index, viewer, &hits, &ids, &readable, &query.text).await?;
    let people = if page == 0 && query.kind.is_none() && query.group.is_none() {
        crate::people::service::suggest(db, &query.text).await?
    } else {
        Vec::new()
    };
    let groups = if page == 0 && query.kind.is_none() && query.group.is_none() {
        matching_groups(db, viewer, index, &query.text).await?
    } else {
        Vec::new()
    };
    Ok(Found {
        total,
        posts,
        people,
        groups,
        complete: index.complete(),
    })
}

/// The hits as the database has them now, in the index's order, for a viewer who may still
/// read them.
async fn checked_posts(
    db: &Db,
    index: &SearchIndex,
    viewer: &Viewer,
    hits: &[i64],
    readable_ids: &[i64],
    readable: &[(i64, String)],
    text: &str,
) -> Result<Vec<PostHit>> {
    if hits.is_empty() {
        return Ok(Vec::new());
    }
    let rows = post::Entity::find()
        .filter(post::Column::Id.is_in(hits.to_vec()))
        .filter(crate::posts::shown_to(viewer.id, false))
        .filter(post::Column::GroupId.is_in(readable_ids.to_vec()))
        .all(db)
        .await?;
    let asked = words(index, text);
    Ok(hits
        .iter()
        .filter_map(|id| rows.iter().find(|p| p.id == *id))
        .map(|p| PostHit {
            id: p.id,
            kind: p.kind.clone(),
            group_name: readable
                .iter()
                .find(|(g, _)| *g == p.group_id)
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
            created_at: p.created_at,
            snippet: snippet(
                index,
                &crate::posts::markdown::excerpt(&p.body_html, 5_000),
                &asked,
            ),
        })
        .collect())
}

/// Listed groups whose name holds every word asked (folded), at most eight.
async fn matching_groups(
    db: &Db,
    viewer: &Viewer,
    index: &SearchIndex,
    text: &str,
) -> Result<Vec<GroupHit>> {
    let asked = words(index, text);
    if asked.is_empty() {
        return Ok(Vec::new());
    }
    let (mine, others) = crate::groups::service::list(db, viewer).await?;
    Ok(mine
        .into_iter()
        .chain(others)
        .filter(|g| {
            let name = tokens(index, PLAIN, &g.name);
            asked
                .iter()
                .all(|w| name.iter().any(|n| n.starts_with(w.as_str())))
        })
        .take(8)
        .map(|g| GroupHit {
            id: g.id,
            name: g.name,
        })
        .collect())
}

/// Whether `word` matches one of the words asked: the same start, or the same stem.
fn matches(index: &SearchIndex, word: &str, asked: &[String]) -> bool {
    let Some(plain) = tokens(index, PLAIN, word).into_iter().next() else {
        return false;
    };
    let stems = [DUTCH, ENGLISH].map(|a| tokens(index, a, word).into_iter().next());
    asked.iter().any(|w| {
        (w.chars().count() >= 2 && plain.starts_with(w.as_str()))
            || [DUTCH, ENGLISH]
                .iter()
                .zip(&stems)
                .any(|(a, stem)| stem.is_some() && tokens(index, a, w).first() == stem.as_ref())
    })
}

/// About 200 characters of `text` around the first matched word, in pieces.
fn snippet(index: &SearchIndex, text: &str, asked: &[String]) -> Vec<Piece> {
    let chars: Vec<char> = text.chars().collect();
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, chars.len()));
    }
    let is_hit = |&(s, e): &(usize, usize)| {
        let word: String = chars[s..e].iter().collect();
        matches(index, &word, asked)
    };
    let first = words.iter().find(|w| is_hit(w)).map_or(0, |w| w.0);
    let from = first.saturating_sub(60);
    let from = words
        .iter()
        .map(|w| w.0)
        .rev()
        .find(|&s| s <= from)
        .unwrap_or(0);
    let to = (from + 200).min(chars.len());
    let mut pieces = Vec::new();
    if from > 0 {
        pieces.push(Piece {
            text: "… ".into(),
            hit: false,
        });
    }
    let mut at = from;
    for word in words.iter().filter(|w| w.0 >= from && w.1 <= to) {
        if word.0 > at {
            pieces.push(Piece {
                text: chars[at..word.0].iter().collect(),
                hit: false,
            });
        }
        pieces.push(Piece {
            text: chars[word.0..word.1].iter().collect(),
            hit: is_hit(word),
        });
        at = word.1;
    }
    if at < to {
        pieces.push(Piece {
            text: chars[at..to].iter().collect(),
            hit: false,
        });
    }
    if to < chars.len() {
        pieces.push(Piece {
            text: " …".into(),
            hit: false,
        });
    }
    pieces
}
