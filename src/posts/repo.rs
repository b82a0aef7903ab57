//! The only code that touches the post tables.

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, OnConflict, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    IntoActiveModel, JoinType, QueryFilter, QueryOrder, QuerySelect,
};

use super::contributions;
use super::entity::{comment, follower, post, post_topic, reaction, revision};
use super::kind::PostKind;
use super::tags::tags_in;
use crate::activity::{self, ActivityKind};
use crate::db::now_ms;
use crate::directory::user;
use crate::post_types::IdeaStatus;

/// Inserts a post with its rendered body (and its #topics) and returns its id.
pub async fn insert_post(
    db: &impl ConnectionTrait,
    group_id: i64,
    author_id: i64,
    kind: PostKind,
    body_md: &str,
    body_html: String,
) -> crate::error::Result<i64> {
    let model = post::ActiveModel {
        group_id: Set(group_id),
        author_id: Set(author_id),
        kind: Set(kind.as_str().into()),
        body_md: Set(body_md.to_string()),
        body_html: Set(body_html),
        created_at: Set(now_ms()),
        idea_status: Set((kind == PostKind::Idea).then(|| IdeaStatus::New.as_str().into())),
        ..Default::default()
    };
    let id = post::Entity::insert(model).exec(db).await?.last_insert_id;
    note_post(db, id).await?;
    set_post_topics(db, id, &tags_in(body_md)).await?;
    contributions::refresh(db, id, &[]).await?;
    // Every post, whatever its type or form, passes here: recorded once.
    activity::record(
        db,
        ActivityKind::Post(kind),
        author_id,
        Some(group_id),
        Some(id),
    )
    .await?;
    Ok(id)
}

/// A post that has not been deleted.
pub async fn find_post(db: &impl ConnectionTrait, id: i64) -> Result<Option<post::Model>, DbErr> {
    post::Entity::find_by_id(id)
        .filter(post::Column::DeletedAt.is_null())
        .one(db)
        .await
}

/// Replaces the topics a post is tagged with.
pub async fn set_post_topics(
    db: &impl ConnectionTrait,
    post_id: i64,
    keys: &[String],
) -> Result<(), DbErr> {
    post_topic::Entity::delete_many()
        .filter(post_topic::Column::PostId.eq(post_id))
        .exec(db)
        .await?;
    if keys.is_empty() {
        return Ok(());
    }
    let rows = keys.iter().map(|key| post_topic::ActiveModel {
        post_id: Set(post_id),
        topic_key: Set(key.clone()),
    });
    post_topic::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// The posts tagged with `key`, as a sub-query of post ids.
pub fn posts_tagged(key: &str) -> SelectStatement {
    Query::select()
        .column(post_topic::Column::PostId)
        .from(post_topic::Entity)
        .and_where(post_topic::Column::TopicKey.eq(key))
        .to_owned()
}

/// The newest `limit` posts tagged with `key` before post id `before`, as a sub-query of ids
/// (a short backwards scan of the topic's index, for the home feed).
pub fn newest_tagged(key: &str, before: Option<i64>, limit: u64) -> SelectStatement {
    let mut query = posts_tagged(key);
    if let Some(before) = before {
        query.and_where(post_topic::Column::PostId.lt(before));
    }
    query
        .order_by(post_topic::Column::PostId, sea_orm::sea_query::Order::Desc)
        .limit(limit)
        .to_owned()
}

/// Replaces a post's body (and its #topics), keeping the previous version as a revision.
pub async fn edit_post(
    db: &impl ConnectionTrait,
    current: post::Model,
    editor: i64,
    body_md: &str,
    body_html: String,
) -> Result<(), DbErr> {
    let now = now_ms();
    revision::Entity::insert(revision::ActiveModel {
        post_id: Set(current.id),
        body_md: Set(current.body_md.clone()),
        edited_by: Set(editor),
        created_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?;
    set_post_topics(db, current.id, &tags_in(body_md)).await?;
    note_post(db, current.id).await?;
    let mut model = current.into_active_model();
    model.body_md = Set(body_md.to_string());
    model.body_html = Set(body_html);
    model.edited_at = Set(Some(now));
    post::Entity::update(model).exec(db).await.map(|_| ())
}

/// Records the first response to a question (an answer by someone other than the asker) or an
/// idea (a written status change); only the first: concurrent answers cannot move it.
pub async fn mark_first_response(
    db: &impl ConnectionTrait,
    post_id: i64,
    at: i64,
) -> Result<(), DbErr> {
    post::Entity::update_many()
        .col_expr(post::Column::FirstResponseAt, Expr::value(at))
        .filter(post::Column::Id.eq(post_id))
        .filter(post::Column::FirstResponseAt.is_null())
        .exec(db)
        .await?;
    note_post(db, post_id).await
}

/// Notes for search that a post changed (its text, state or comments).
async fn note_post(db: &impl ConnectionTrait, post_id: i64) -> Result<(), DbErr> {
    crate::changes::note(db, crate::changes::Item::Post(post_id)).await
}

/// Sets or clears one nullable column of a post (the typed posts' state).
async fn set_post_column(
    db: &impl ConnectionTrait,
    post_id: i64,
    column: post::Column,
    value: Option<i64>,
) -> Result<(), DbErr> {
    post::Entity::update_many()
        .col_expr(column, Expr::value(value))
        .filter(post::Column::Id.eq(post_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// Sets or clears a question's accepted answer.
pub async fn set_accepted(
    db: &impl ConnectionTrait,
    post_id: i64,
    comment_id: Option<i64>,
) -> Result<(), DbErr> {
    set_post_column(db, post_id, post::Column::AcceptedCommentId, comment_id).await?;
    refresh_answer_accepted(db, Some(post_id)).await
}

/// Recomputes whether the accepted answer of `post` (or of every post) may be shown: set, and
/// neither deleted nor hidden. A moderator hiding the accepted answer un-counts it; showing it
/// again counts it again.
pub async fn refresh_answer_accepted(
    db: &impl ConnectionTrait,
    post: Option<i64>,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let sql = crate::db::dialect::numbered_placeholders(
        backend,
        &format!(
            "UPDATE posts SET answer_accepted = (accepted_comment_id IS NOT NULL AND EXISTS \
             (SELECT 1 FROM comments c WHERE c.id = posts.accepted_comment_id \
             AND c.hidden_at IS NULL AND c.deleted_at IS NULL)) WHERE {}",
            if post.is_some() {
                "id = ?"
            } else {
                "accepted_comment_id IS NOT NULL"
            }
        ),
    );
    let values: Vec<sea_orm::Value> = post.into_iter().map(Into::into).collect();
    db.execute_raw(sea_orm::Statement::from_sql_and_values(
        backend, sql, values,
    ))
    .await?;
    match post {
        Some(post_id) => note_post(db, post_id).await,
        None => Ok(()),
    }
}

/// Marks a call for help resolved (with the moment) or open again.
pub async fn set_resolved(
    db: &impl ConnectionTrait,
    post_id: i64,
    at: Option<i64>,
) -> Result<(), DbErr> {
    set_post_column(db, post_id, post::Column::ResolvedAt, at).await
}

/// Moves an idea to a new status.
pub async fn set_idea_status(
    db: &impl ConnectionTrait,
    post_id: i64,
    status: IdeaStatus,
) -> Result<(), DbErr> {
    post::Entity::update_many()
        .col_expr(post::Column::IdeaStatus, Expr::value(status.as_str()))
        .filter(post::Column::Id.eq(post_id))
        .exec(db)
        .await?;
    note_post(db, post_id).await
}

/// Starts or stops a member following a post.
pub async fn set_following(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
    follow: bool,
) -> Result<(), DbErr> {
    if !follow {
        return follower::Entity::delete_by_id((post_id, user_id))
            .exec(db)
            .await
            .map(|_| ());
    }
    let model = follower::ActiveModel {
        post_id: Set(post_id),
        user_id: Set(user_id),
        created_at: Set(now_ms()),
    };
    follower::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([follower::Column::PostId, follower::Column::UserId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// Whether a member follows a post.
pub async fn is_following(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
) -> Result<bool, DbErr> {
    Ok(follower::Entity::find_by_id((post_id, user_id))
        .one(db)
        .await?
        .is_some())
}

/// Who follows a post.
pub async fn followers_of(db: &impl ConnectionTrait, post_id: i64) -> Result<Vec<i64>, DbErr> {
    follower::Entity::find()
        .select_only()
        .column(follower::Column::UserId)
        .filter(follower::Column::PostId.eq(post_id))
        .into_tuple()
        .all(db)
        .await
}

/// Posts everyone may be shown (access rule aside): neither deleted nor hidden by a moderator.
/// Every read path outside the posts capability uses this one condition.
pub fn shown_to_all() -> Condition {
    Condition::all()
        .add(post::Column::DeletedAt.is_null())
        .add(post::Column::HiddenAt.is_null())
}

/// Posts a viewer's lists may show: not deleted, and not hidden by a moderator unless the
/// viewer wrote them. `one_post` drops the hidden test for a single post whose reader the
/// caller has already checked (its moderators see it too).
pub fn shown_to(viewer_id: i64, one_post: bool) -> Condition {
    let live = Condition::all().add(post::Column::DeletedAt.is_null());
    if one_post {
        return live;
    }
    live.add(
        Condition::any()
            .add(shown_to_all())
            .add(post::Column::AuthorId.eq(viewer_id)),
    )
}

/// Hides a post (a moderator's decision, or enough flags) or shows it again.
pub async fn set_post_hidden(
    db: &impl ConnectionTrait,
    post_id: i64,
    hidden: bool,
) -> crate::error::Result<()> {
    let before = contributions::of_post(db, post_id).await?;
    post::Entity::update_many()
        .col_expr(post::Column::HiddenAt, Expr::val(hidden.then(now_ms)))
        .filter(post::Column::Id.eq(post_id))
        .exec(db)
        .await?;
    note_post(db, post_id).await?;
    contributions::refresh(db, post_id, &before).await
}

/// Hides a comment or shows it again.
pub async fn set_comment_hidden(
    db: &impl ConnectionTrait,
    comment_id: i64,
    hidden: bool,
) -> crate::error::Result<()> {
    let post_id: Option<i64> = comment::Entity::find_by_id(comment_id)
        .select_only()
        .column(comment::Column::PostId)
        .into_tuple()
        .one(db)
        .await?;
    let Some(post_id) = post_id else {
        return Ok(());
    };
    let before = contributions::of_post(db, post_id).await?;
    comment::Entity::update_many()
        .col_expr(comment::Column::HiddenAt, Expr::val(hidden.then(now_ms)))
        .filter(comment::Column::Id.eq(comment_id))
        .exec(db)
        .await?;
    contributions::refresh(db, post_id, &before).await?;
    refresh_answer_accepted(db, Some(post_id)).await?;
    Ok(refresh_first_response(db, post_id).await?)
}

/// Recomputes when a question was first answered from the answers that are there now: the
/// first comment by someone other than the asker that is neither deleted nor hidden. A question
/// whose only answer was deleted or hidden is unanswered again, everywhere (the cockpit, the
/// work queue, the question's status).
pub async fn refresh_first_response(db: &impl ConnectionTrait, post_id: i64) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let sql = crate::db::dialect::numbered_placeholders(
        backend,
        "UPDATE posts SET first_response_at = (SELECT MIN(c.created_at) FROM comments c \
         WHERE c.post_id = posts.id AND c.deleted_at IS NULL AND c.hidden_at IS NULL \
         AND c.author_id <> posts.author_id) WHERE id = ? AND kind = ?",
    );
    db.execute_raw(sea_orm::Statement::from_sql_and_values(
        backend,
        sql,
        [post_id.into(), PostKind::Question.as_str().into()],
    ))
    .await?;
    note_post(db, post_id).await
}

/// Sets the note shown with a post a moderator edited.
pub async fn set_moderator_note(
    db: &impl ConnectionTrait,
    post_id: i64,
    note: &str,
) -> Result<(), DbErr> {
    post::Entity::update_many()
        .col_expr(post::Column::ModeratorNote, Expr::val(note))
        .filter(post::Column::Id.eq(post_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// Closes a post to new comments, or opens it again.
pub async fn set_comments_locked(
    db: &impl ConnectionTrait,
    post_id: i64,
    locked: bool,
) -> Result<(), DbErr> {
    post::Entity::update_many()
        .col_expr(
            post::Column::CommentsLockedAt,
            Expr::val(locked.then(now_ms)),
        )
        .filter(post::Column::Id.eq(post_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// Moves a post to another group.
pub async fn move_post(
    db: &impl ConnectionTrait,
    post_id: i64,
    group_id: i64,
) -> crate::error::Result<()> {
    let before = contributions::of_post(db, post_id).await?;
    post::Entity::update_many()
        .col_expr(post::Column::GroupId, Expr::val(group_id))
        .filter(post::Column::Id.eq(post_id))
        .exec(db)
        .await?;
    note_post(db, post_id).await?;
    contributions::refresh(db, post_id, &before).await
}

/// Marks a post deleted; it disappears from every read path, and its attachments go at once.
pub async fn delete_post(
    db: &impl ConnectionTrait,
    current: post::Model,
) -> crate::error::Result<()> {
    let post_id = current.id;
    let before = contributions::of_post(db, post_id).await?;
    let mut model = current.into_active_model();
    model.deleted_at = Set(Some(now_ms()));
    post::Entity::update(model).exec(db).await?;
    crate::attachments::remove_of_post(db, post_id).await?;
    note_post(db, post_id).await?;
    contributions::refresh(db, post_id, &before).await
}

/// Earlier versions of a post, newest first.
pub async fn revisions(
    db: &impl ConnectionTrait,
    post_id: i64,
) -> Result<Vec<revision::Model>, DbErr> {
    revision::Entity::find()
        .filter(revision::Column::PostId.eq(post_id))
        .order_by_desc(revision::Column::Id)
        .all(db)
        .await
}

/// Inserts a comment and returns its id.
pub async fn insert_comment(
    db: &impl ConnectionTrait,
    post_id: i64,
    author_id: i64,
    body_md: &str,
    body_html: String,
) -> crate::error::Result<i64> {
    let created_at = now_ms();
    let model = comment::ActiveModel {
        post_id: Set(post_id),
        author_id: Set(author_id),
        body_md: Set(body_md.to_string()),
        body_html: Set(body_html),
        created_at: Set(created_at),
        ..Default::default()
    };
    let id = comment::Entity::insert(model)
        .exec(db)
        .await?
        .last_insert_id;
    contributions::count_comment(db, post_id, author_id, created_at).await?;
    note_post(db, post_id).await?;
    Ok(id)
}

/// A comment that has not been deleted.
pub async fn find_comment(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<comment::Model>, DbErr> {
    comment::Entity::find_by_id(id)
        .filter(comment::Column::DeletedAt.is_null())
        .one(db)
        .await
}

/// Marks a comment deleted.
pub async fn delete_comment(
    db: &impl ConnectionTrait,
    current: comment::Model,
) -> crate::error::Result<()> {
    let (id, post_id) = (current.id, current.post_id);
    let before = contributions::of_post(db, post_id).await?;
    let mut model = current.into_active_model();
    model.deleted_at = Set(Some(now_ms()));
    comment::Entity::update(model).exec(db).await?;
    // A deleted answer is no longer the accepted one.
    post::Entity::update_many()
        .col_expr(
            post::Column::AcceptedCommentId,
            Expr::value(Option::<i64>::None),
        )
        .filter(post::Column::Id.eq(post_id))
        .filter(post::Column::AcceptedCommentId.eq(id))
        .exec(db)
        .await?;
    refresh_answer_accepted(db, Some(post_id)).await?;
    contributions::refresh(db, post_id, &before).await?;
    Ok(refresh_first_response(db, post_id).await?)
}

/// A comment as shown under a post.
#[derive(Debug, Clone, FromQueryResult)]
pub struct CommentRow {
    /// Comment id.
    pub id: i64,
    /// Author id.
    pub author_id: i64,
    /// Author name.
    pub author_name: String,
    /// Author photo.
    pub author_photo: Option<i64>,
    /// Sanitised HTML.
    pub body_html: String,
    /// When it was written.
    pub created_at: i64,
    /// When a moderator hid it.
    pub hidden_at: Option<i64>,
}

/// The live comments of a post, oldest first (hidden ones too: the page decides who sees
/// their text).
pub async fn comments_of(
    db: &impl ConnectionTrait,
    post_id: i64,
) -> Result<Vec<CommentRow>, DbErr> {
    comment::Entity::find()
        .select_only()
        .columns([
            comment::Column::Id,
            comment::Column::AuthorId,
            comment::Column::BodyHtml,
            comment::Column::CreatedAt,
            comment::Column::HiddenAt,
        ])
        .column_as(user::Column::DisplayName, "author_name")
        .column_as(user::Column::PhotoId, "author_photo")
        .join(
            JoinType::InnerJoin,
            crate::db::relation(comment::Column::AuthorId, user::Column::Id),
        )
        .filter(comment::Column::PostId.eq(post_id))
        .filter(comment::Column::DeletedAt.is_null())
        .order_by_asc(comment::Column::Id)
        .limit(500)
        .into_model::<CommentRow>()
        .all(db)
        .await
}

/// Sets a member's reaction to a post (replacing another kind).
pub async fn set_reaction(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
    kind: &str,
) -> Result<(), DbErr> {
    let model = reaction::ActiveModel {
        post_id: Set(post_id),
        user_id: Set(user_id),
        kind: Set(kind.to_string()),
        created_at: Set(now_ms()),
    };
    reaction::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([reaction::Column::PostId, reaction::Column::UserId])
                .update_columns([reaction::Column::Kind, reaction::Column::CreatedAt])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// Removes a member's reaction to a post.
pub async fn remove_reaction(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
) -> Result<(), DbErr> {
    reaction::Entity::delete_by_id((post_id, user_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// A member's reaction kind on a post, if any.
pub async fn reaction_of(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
) -> Result<Option<String>, DbErr> {
    Ok(reaction::Entity::find_by_id((post_id, user_id))
        .one(db)
        .await?
        .map(|r| r.kind))
}

/// Reaction counts per kind on one post.
pub async fn reaction_counts(
    db: &impl ConnectionTrait,
    post_id: i64,
) -> Result<HashMap<String, i64>, DbErr> {
    let rows: Vec<(String, i64)> = reaction::Entity::find()
        .select_only()
        .column(reaction::Column::Kind)
        .column_as(reaction::Column::UserId.count(), "n")
        .filter(reaction::Column::PostId.eq(post_id))
        .group_by(reaction::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Live comment counts for a page of posts.
pub async fn comment_counts(
    db: &impl ConnectionTrait,
    post_ids: &[i64],
) -> Result<HashMap<i64, i64>, DbErr> {
    let rows: Vec<(i64, i64)> = comment::Entity::find()
        .select_only()
        .column(comment::Column::PostId)
        .column_as(comment::Column::Id.count(), "n")
        .filter(comment::Column::PostId.is_in(post_ids.iter().copied()))
        .filter(comment::Column::DeletedAt.is_null())
        .group_by(comment::Column::PostId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Reaction totals for a page of posts.
pub async fn reaction_totals(
    db: &impl ConnectionTrait,
    post_ids: &[i64],
) -> Result<HashMap<i64, i64>, DbErr> {
    let rows: Vec<(i64, i64)> = reaction::Entity::find()
        .select_only()
        .column(reaction::Column::PostId)
        .column_as(reaction::Column::UserId.count(), "n")
        .filter(reaction::Column::PostId.is_in(post_ids.iter().copied()))
        .group_by(reaction::Column::PostId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}
