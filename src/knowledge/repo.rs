//! The only code that touches the knowledge-base tables.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    IntoActiveModel, JoinType, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{article, category, revision};
use crate::db::now_ms;
use crate::directory::access;
use crate::directory::group;

/// Every category, by name.
pub async fn categories(db: &impl ConnectionTrait) -> Result<Vec<category::Model>, DbErr> {
    category::Entity::find()
        .order_by_asc(category::Column::NameKey)
        .all(db)
        .await
}

/// Adds a category (its lower-cased name is unique).
pub async fn insert_category(db: &impl ConnectionTrait, name: &str) -> Result<i64, DbErr> {
    let model = category::ActiveModel {
        name: Set(name.to_string()),
        name_key: Set(name.to_lowercase()),
        ..Default::default()
    };
    Ok(category::Entity::insert(model)
        .exec(db)
        .await?
        .last_insert_id)
}

/// A category by id.
pub async fn find_category(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<category::Model>, DbErr> {
    category::Entity::find_by_id(id).one(db).await
}

/// What a new article holds.
#[derive(Debug, Clone)]
pub struct NewArticle {
    /// Title.
    pub title: String,
    /// Category.
    pub category_id: Option<i64>,
    /// Owner.
    pub owner_id: i64,
    /// The group whose readers may read it; `None` for everyone.
    pub group_id: Option<i64>,
    /// The question it was made from.
    pub source_post_id: Option<i64>,
    /// Markdown.
    pub body_md: String,
    /// Sanitised HTML.
    pub body_html: String,
}

/// Stores a new article and returns its id.
pub async fn insert_article(db: &impl ConnectionTrait, new: NewArticle) -> Result<i64, DbErr> {
    let now = now_ms();
    let model = article::ActiveModel {
        title: Set(new.title),
        category_id: Set(new.category_id),
        owner_id: Set(new.owner_id),
        group_id: Set(new.group_id),
        source_post_id: Set(new.source_post_id),
        body_md: Set(new.body_md),
        body_html: Set(new.body_html),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let id = article::Entity::insert(model)
        .exec(db)
        .await?
        .last_insert_id;
    crate::changes::note(db, crate::changes::Item::Article(id)).await?;
    Ok(id)
}

/// A live article.
pub async fn find_article(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<article::Model>, DbErr> {
    article::Entity::find_by_id(id)
        .filter(article::Column::DeletedAt.is_null())
        .one(db)
        .await
}

/// Replaces an article's title, text and category, keeping the previous version.
pub async fn update_article(
    db: &impl ConnectionTrait,
    current: article::Model,
    editor: i64,
    change: (String, Option<i64>, String, String),
) -> Result<(), DbErr> {
    let (title, category_id, body_md, body_html) = change;
    let now = now_ms();
    let current_id = current.id;
    revision::Entity::insert(revision::ActiveModel {
        article_id: Set(current.id),
        title: Set(current.title.clone()),
        body_md: Set(current.body_md.clone()),
        edited_by: Set(editor),
        created_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?;
    let mut model = current.into_active_model();
    model.title = Set(title);
    model.category_id = Set(category_id);
    model.body_md = Set(body_md);
    model.body_html = Set(body_html);
    model.updated_at = Set(now);
    let id = current_id;
    article::Entity::update(model).exec(db).await?;
    crate::changes::note(db, crate::changes::Item::Article(id)).await
}

/// An article's earlier versions, newest first.
pub async fn revisions(
    db: &impl ConnectionTrait,
    article_id: i64,
) -> Result<Vec<revision::Model>, DbErr> {
    revision::Entity::find()
        .filter(revision::Column::ArticleId.eq(article_id))
        .order_by_desc(revision::Column::Id)
        .all(db)
        .await
}

/// How many earlier versions an article has.
pub async fn revision_count(db: &impl ConnectionTrait, article_id: i64) -> Result<u64, DbErr> {
    revision::Entity::find()
        .filter(revision::Column::ArticleId.eq(article_id))
        .count(db)
        .await
}

/// An article as listed.
#[derive(Debug, Clone, FromQueryResult)]
pub struct ArticleRow {
    /// Article id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Category.
    pub category_id: Option<i64>,
    /// The group it is limited to, by name.
    pub group_name: Option<String>,
    /// Last change.
    pub updated_at: i64,
}

/// Articles `viewer_id` may read — everyone's, and those of groups they may read — by title;
/// optionally only those made from one question.
pub async fn readable(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    source_post_id: Option<i64>,
) -> Result<Vec<ArticleRow>, DbErr> {
    let mut query = article::Entity::find()
        .select_only()
        .columns([
            article::Column::Id,
            article::Column::Title,
            article::Column::CategoryId,
            article::Column::UpdatedAt,
        ])
        .column_as(group::Column::Name, "group_name")
        .join(
            JoinType::LeftJoin,
            crate::db::relation(article::Column::GroupId, group::Column::Id),
        )
        .filter(article::Column::DeletedAt.is_null())
        .filter(
            Condition::any()
                .add(article::Column::GroupId.is_null())
                .add(access::readable_groups(viewer_id)),
        );
    if let Some(post_id) = source_post_id {
        query = query.filter(article::Column::SourcePostId.eq(post_id));
    }
    query
        .order_by_asc(article::Column::Title)
        .limit(1000)
        .into_model::<ArticleRow>()
        .all(db)
        .await
}
