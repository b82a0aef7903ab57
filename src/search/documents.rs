//! What the index holds, read from the database: live posts (neither deleted nor hidden) with
//! an event's title and place and the text of their live comments, and live knowledge-base
//! articles with their title. Who may read which group is decided at query time.

use sea_orm::{
    ColumnTrait, EntityTrait, JoinType, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::index::{ARTICLE, EVERYONE};
use crate::changes::Item;
use crate::db::Db;
use crate::error::Result;
use crate::events::event;
use crate::knowledge::article;
use crate::post_types::PostKind;
use crate::posts::{comment, post};

/// One document of the index.
#[derive(Debug, Clone)]
pub struct Document {
    /// Post or article.
    pub item: Item,
    /// Its id (the order a build goes in).
    pub id: i64,
    /// Its group, or [`EVERYONE`].
    pub group: i64,
    /// Its author (an article's owner).
    pub author: i64,
    /// A post's stored kind, or [`ARTICLE`].
    pub kind: String,
    /// What the state filter matches.
    pub state: Vec<String>,
    /// When it was written.
    pub created: i64,
    /// Its texts: title, body, comments.
    pub texts: Vec<String>,
}

impl Document {
    /// The key a change replaces it by.
    pub fn key(&self) -> String {
        key_of(self.item)
    }
}

/// The key of an item's document.
pub fn key_of(item: Item) -> String {
    match item {
        Item::Post(id) => format!("p{id}"),
        Item::Article(id) => format!("a{id}"),
    }
}

/// The item a stored key names.
pub fn item_of(key: &str) -> Option<Item> {
    let (kind, id) = key.split_at_checked(1)?;
    let id = id.parse().ok()?;
    match kind {
        "p" => Some(Item::Post(id)),
        "a" => Some(Item::Article(id)),
        _ => None,
    }
}

/// The states a post is filtered by: a question is `answered` (someone else answered, the
/// answer still shown) or `unanswered`, and `accepted` too when its accepted answer is shown;
/// an idea has its status.
fn states(row: &PostRow) -> Vec<String> {
    match PostKind::parse(&row.kind) {
        Some(PostKind::Question) => {
            let mut states = vec![if row.first_response_at.is_some() {
                "answered".to_string()
            } else {
                "unanswered".to_string()
            }];
            if row.answer_accepted {
                states.push("accepted".into());
            }
            states
        }
        Some(PostKind::Idea) => row.idea_status.iter().cloned().collect(),
        _ => Vec::new(),
    }
}

#[derive(Debug, sea_orm::FromQueryResult)]
struct PostRow {
    id: i64,
    group_id: i64,
    author_id: i64,
    kind: String,
    body_md: String,
    created_at: i64,
    first_response_at: Option<i64>,
    answer_accepted: bool,
    idea_status: Option<String>,
    event_title: Option<String>,
    event_location: Option<String>,
}

fn live_posts_query() -> sea_orm::Select<post::Entity> {
    post::Entity::find()
        .select_only()
        .columns([
            post::Column::Id,
            post::Column::GroupId,
            post::Column::AuthorId,
            post::Column::Kind,
            post::Column::BodyMd,
            post::Column::CreatedAt,
            post::Column::FirstResponseAt,
            post::Column::AnswerAccepted,
            post::Column::IdeaStatus,
        ])
        .column_as(event::Column::Title, "event_title")
        .column_as(event::Column::Location, "event_location")
        .join(
            JoinType::LeftJoin,
            crate::db::relation(post::Column::Id, event::Column::PostId),
        )
        .filter(post::Column::DeletedAt.is_null())
        .filter(post::Column::HiddenAt.is_null())
}

/// Live comments of the posts `filter` picks: (post, text), oldest first.
async fn live_comments(db: &Db, filter: sea_orm::Condition) -> Result<Vec<(i64, String)>> {
    Ok(comment::Entity::find()
        .select_only()
        .column(comment::Column::PostId)
        .column(comment::Column::BodyMd)
        .filter(comment::Column::DeletedAt.is_null())
        .filter(comment::Column::HiddenAt.is_null())
        .filter(filter)
        .order_by_asc(comment::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

fn post_documents(rows: Vec<PostRow>, comments: Vec<(i64, String)>) -> Vec<Document> {
    let mut by_post: std::collections::HashMap<i64, Vec<String>> = Default::default();
    for (post_id, text) in comments {
        by_post.entry(post_id).or_default().push(text);
    }
    rows.into_iter()
        .map(|row| {
            let mut texts: Vec<String> = [row.event_title.clone(), row.event_location.clone()]
                .into_iter()
                .flatten()
                .filter(|t| !t.is_empty())
                .collect();
            texts.push(row.body_md.clone());
            texts.extend(by_post.remove(&row.id).unwrap_or_default());
            Document {
                item: Item::Post(row.id),
                id: row.id,
                group: row.group_id,
                author: row.author_id,
                state: states(&row),
                kind: row.kind,
                created: row.created_at,
                texts,
            }
        })
        .collect()
}

/// How many live posts a full build indexes: the length of its progress bar.
pub async fn live_post_count(db: &Db) -> Result<u64> {
    Ok(live_posts_query().count(db).await?)
}

/// At most `limit` live posts after `after`, by id, with their comments.
pub async fn live_posts_after(db: &Db, after: i64, limit: u64) -> Result<Vec<Document>> {
    let rows = live_posts_query()
        .filter(post::Column::Id.gt(after))
        .order_by_asc(post::Column::Id)
        .limit(limit)
        .into_model::<PostRow>()
        .all(db)
        .await?;
    let (Some(first), Some(last)) = (rows.first().map(|r| r.id), rows.last().map(|r| r.id)) else {
        return Ok(Vec::new());
    };
    let comments = live_comments(
        db,
        sea_orm::Condition::all()
            .add(comment::Column::PostId.gte(first))
            .add(comment::Column::PostId.lte(last)),
    )
    .await?;
    Ok(post_documents(rows, comments))
}

/// Those of the posts `ids` that are live, with their comments.
pub async fn live_posts(db: &Db, ids: &[i64]) -> Result<Vec<Document>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = live_posts_query()
        .filter(post::Column::Id.is_in(ids.to_vec()))
        .into_model::<PostRow>()
        .all(db)
        .await?;
    let comments = live_comments(
        db,
        sea_orm::Condition::all().add(comment::Column::PostId.is_in(ids.to_vec())),
    )
    .await?;
    Ok(post_documents(rows, comments))
}

/// Live articles: every one, or those of `ids`.
pub async fn articles(db: &Db, ids: Option<&[i64]>) -> Result<Vec<Document>> {
    let mut query = article::Entity::find().filter(article::Column::DeletedAt.is_null());
    if let Some(ids) = ids {
        query = query.filter(article::Column::Id.is_in(ids.to_vec()));
    }
    Ok(query
        .order_by_asc(article::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|a| Document {
            item: Item::Article(a.id),
            id: a.id,
            group: a.group_id.unwrap_or(EVERYONE),
            author: a.owner_id,
            kind: ARTICLE.into(),
            state: Vec::new(),
            created: a.created_at,
            texts: vec![a.title, a.body_md],
        })
        .collect())
}
