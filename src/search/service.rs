//! One search over posts (with their comments), articles, people and groups for a viewer:
//! posts and articles from the index, limited to the groups the viewer may read and each hit
//! checked again against the database before it is shown (deleted or hidden since, moved to a
//! group they may not read: gone at once); people and groups from the directory with its own
//! rules. Snippets are plain text split into
//! pieces, the matched words marked, so the page escapes every piece.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::index::{ARTICLE, DUTCH, ENGLISH, EVERYONE, PLAIN, SearchIndex};
use super::query::{DocQuery, search_documents, tokens, words};
use crate::auth::Viewer;
use crate::changes::Item;
use crate::db::Db;
use crate::directory::{access, group};
use crate::error::Result;
use crate::events::event;
use crate::knowledge::article;
use crate::post_types::PostKind;
use crate::posts::markdown::excerpt;
use crate::posts::{comment, post};

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

/// A post or article found.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Where it is read.
    pub link: String,
    /// Its type: a post's stored kind, or `article`.
    pub kind: String,
    /// An event's or article's title.
    pub title: Option<String>,
    /// The group's name (none for an article for everyone).
    pub group_name: Option<String>,
    /// When it was written.
    pub created_at: i64,
    /// Whether the snippet comes from a comment.
    pub in_comment: bool,
    /// A question with an accepted answer shown, or an article: where an answer is.
    pub answered: bool,
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
    /// Posts and articles in all (of the groups the viewer may read).
    pub total: usize,
    /// This page of them.
    pub hits: Vec<Hit>,
    /// Matches per type, before the type filter (of what the viewer may read).
    pub per_kind: Vec<(String, u64)>,
    /// People by name, job title, department or expertise.
    pub people: Vec<crate::people::service::Suggestion>,
    /// Groups by name.
    pub groups: Vec<GroupHit>,
    /// Whether the index holds every post yet (not while it is first built).
    pub complete: bool,
}

impl Found {
    /// Whether nothing at all was found.
    pub fn is_empty(&self) -> bool {
        self.total == 0 && self.people.is_empty() && self.groups.is_empty()
    }
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

/// What the viewer may read, as the index filters it: their groups and [`EVERYONE`].
fn readable_ids(readable: &[(i64, String)]) -> Vec<i64> {
    std::iter::once(EVERYONE)
        .chain(readable.iter().map(|(id, _)| *id))
        .collect()
}

/// Brings the index up to the change log before a search (a failure leaves it as it is:
/// every hit is checked against the database anyway).
async fn current(index: &SearchIndex) {
    if let Err(error) = index.catch_up(false).await {
        tracing::warn!(%error, "search runs on the index as it is");
    }
}

/// Searches for `viewer`; `page` counts from 0.
pub async fn search(
    db: &Db,
    index: &SearchIndex,
    viewer: &Viewer,
    query: &DocQuery,
    page: usize,
) -> Result<Found> {
    current(index).await;
    let readable = readable_groups(db, viewer).await?;
    let ids = readable_ids(&readable);
    let page = page.min(MAX_PAGES);
    let ranked = search_documents(index, query, &ids, page * PAGE_SIZE, PAGE_SIZE)?;
    let hits = checked(db, index, viewer, &ranked.hits, &readable, &query.text).await?;
    let (people, groups) = if page == 0 && !query.narrowed() {
        let asked = words(index, &query.text);
        (
            crate::people::service::find(db, &query.text, &asked).await?,
            matching_groups(db, viewer, index, &query.text).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(Found {
        total: ranked.total,
        hits,
        per_kind: ranked.per_kind,
        people,
        groups,
        complete: index.complete(),
    })
}

/// Up to five earlier questions and articles like `text` (what is being asked), for the viewer.
pub async fn similar(
    db: &Db,
    index: &SearchIndex,
    viewer: &Viewer,
    text: &str,
) -> Result<Vec<Hit>> {
    current(index).await;
    let readable = readable_groups(db, viewer).await?;
    let query = DocQuery {
        text: text.chars().take(MAX_QUERY_CHARS * 5).collect(),
        kinds: vec![PostKind::Question.as_str().into(), ARTICLE.into()],
        similar: true,
        ..DocQuery::default()
    };
    let ranked = search_documents(index, &query, &readable_ids(&readable), 0, 5)?;
    checked(db, index, viewer, &ranked.hits, &readable, text).await
}

/// The hits as the database has them now, in the index's order, for a viewer who may still
/// read them.
async fn checked(
    db: &Db,
    index: &SearchIndex,
    viewer: &Viewer,
    hits: &[Item],
    readable: &[(i64, String)],
    text: &str,
) -> Result<Vec<Hit>> {
    if hits.is_empty() {
        return Ok(Vec::new());
    }
    let group_ids: Vec<i64> = readable.iter().map(|(id, _)| *id).collect();
    let group_name = |id: Option<i64>| {
        id.and_then(|id| {
            readable
                .iter()
                .find(|(g, _)| *g == id)
                .map(|(_, n)| n.clone())
        })
    };
    let asked = words(index, text);
    let post_ids: Vec<i64> = hits
        .iter()
        .filter_map(|h| match h {
            Item::Post(id) => Some(*id),
            Item::Article(_) => None,
        })
        .collect();
    let article_ids: Vec<i64> = hits
        .iter()
        .filter_map(|h| match h {
            Item::Article(id) => Some(*id),
            Item::Post(_) => None,
        })
        .collect();
    let posts = visible_posts(db, viewer, &post_ids, &group_ids).await?;
    let titles = event_titles(db, &post_ids).await?;
    let articles = visible_articles(db, &article_ids, &group_ids).await?;
    let mut out = Vec::new();
    let mut without_hit = Vec::new();
    for item in hits {
        let hit = match item {
            Item::Post(id) => posts.iter().find(|p| p.id == *id).map(|p| Hit {
                link: match p.accepted_comment_id.filter(|_| p.answer_accepted) {
                    Some(answer) => format!("/posts/{}#comment-{answer}", p.id),
                    None => format!("/posts/{}", p.id),
                },
                answered: p.answer_accepted,
                kind: p.kind.clone(),
                title: titles.get(&p.id).cloned(),
                group_name: group_name(Some(p.group_id)),
                created_at: p.created_at,
                in_comment: false,
                snippet: snippet(index, &excerpt(&p.body_html, 5_000), &asked),
            }),
            Item::Article(id) => articles.iter().find(|a| a.id == *id).map(|a| Hit {
                link: format!("/kb/{}", a.id),
                answered: true,
                kind: ARTICLE.into(),
                title: Some(a.title.clone()),
                group_name: group_name(a.group_id),
                created_at: a.created_at,
                in_comment: false,
                snippet: snippet(index, &excerpt(&a.body_html, 5_000), &asked),
            }),
        };
        if let Some(hit) = hit {
            if hit.kind != ARTICLE && !hit.snippet.iter().any(|p| p.hit) {
                without_hit.push(out.len());
            }
            out.push(hit);
        }
    }
    snippets_from_comments(db, index, &mut out, &without_hit, &asked).await?;
    Ok(out)
}

/// The posts of `ids` the viewer may see now, in groups they may read.
async fn visible_posts(
    db: &Db,
    viewer: &Viewer,
    ids: &[i64],
    group_ids: &[i64],
) -> Result<Vec<post::Model>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(post::Entity::find()
        .filter(post::Column::Id.is_in(ids.to_vec()))
        .filter(crate::posts::shown_to(viewer.id, false))
        .filter(post::Column::GroupId.is_in(group_ids.to_vec()))
        .all(db)
        .await?)
}

/// The titles of those of `ids` that are events.
async fn event_titles(db: &Db, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<(i64, String)> = event::Entity::find()
        .select_only()
        .column(event::Column::PostId)
        .column(event::Column::Title)
        .filter(event::Column::PostId.is_in(ids.to_vec()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// The live articles of `ids` for everyone or of a group the viewer may read.
async fn visible_articles(db: &Db, ids: &[i64], group_ids: &[i64]) -> Result<Vec<article::Model>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(article::Entity::find()
        .filter(article::Column::Id.is_in(ids.to_vec()))
        .filter(article::Column::DeletedAt.is_null())
        .filter(
            sea_orm::Condition::any()
                .add(article::Column::GroupId.is_null())
                .add(article::Column::GroupId.is_in(group_ids.to_vec())),
        )
        .all(db)
        .await?)
}

/// For the hits at `positions` (posts whose own text has no matched word), the snippet of
/// their first shown comment that has one.
async fn snippets_from_comments(
    db: &Db,
    index: &SearchIndex,
    hits: &mut [Hit],
    positions: &[usize],
    asked: &[String],
) -> Result<()> {
    let ids: Vec<i64> = positions
        .iter()
        .filter_map(|&i| {
            let path = hits[i].link.strip_prefix("/posts/")?;
            path.split('#').next()?.parse().ok()
        })
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    let comments: Vec<(i64, String)> = comment::Entity::find()
        .select_only()
        .column(comment::Column::PostId)
        .column(comment::Column::BodyHtml)
        .filter(comment::Column::PostId.is_in(ids.clone()))
        .filter(comment::Column::DeletedAt.is_null())
        .filter(comment::Column::HiddenAt.is_null())
        .order_by_asc(comment::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    for (&position, id) in positions.iter().zip(&ids) {
        let found = comments
            .iter()
            .filter(|(post_id, _)| post_id == id)
            .map(|(_, html)| snippet(index, &excerpt(html, 5_000), asked))
            .find(|pieces| pieces.iter().any(|p| p.hit));
        if let Some(pieces) = found {
            hits[position].snippet = pieces;
            hits[position].in_comment = true;
        }
    }
    Ok(())
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
