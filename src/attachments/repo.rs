//! The only code that touches the attachments table. Lists read the description columns only:
//! the bytes are read one attachment at a time, by the download route.

use std::collections::HashMap;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::attachment;
use super::service::{AttachmentRow, Prepared};

/// Stores the prepared attachments of a new post, in the post's transaction.
pub async fn insert(
    db: &impl ConnectionTrait,
    post_id: i64,
    uploader_id: i64,
    files: Vec<Prepared>,
    now: i64,
) -> Result<(), DbErr> {
    for file in files {
        let model = attachment::ActiveModel {
            post_id: Set(post_id),
            uploader_id: Set(uploader_id),
            kind: Set(file.kind.as_str().to_string()),
            name: Set(file.name),
            content_type: Set(file.content_type.to_string()),
            size: Set(file.bytes.len() as i64),
            width: Set(file.width.map(|w| w as i32)),
            height: Set(file.height.map(|h| h as i32)),
            bytes: Set(file.bytes),
            thumb: Set(file.thumb),
            created_at: Set(now),
            ..Default::default()
        };
        attachment::Entity::insert(model).exec(db).await?;
    }
    Ok(())
}

/// The description of every attachment of `post_ids`, per post in the order uploaded.
pub async fn of_posts(
    db: &impl ConnectionTrait,
    post_ids: &[i64],
) -> Result<HashMap<i64, Vec<AttachmentRow>>, DbErr> {
    let rows = described()
        .filter(attachment::Column::PostId.is_in(post_ids.iter().copied()))
        .order_by_asc(attachment::Column::Id)
        .into_model::<AttachmentRow>()
        .all(db)
        .await?;
    let mut by_post: HashMap<i64, Vec<AttachmentRow>> = HashMap::new();
    for row in rows {
        by_post.entry(row.post_id).or_default().push(row);
    }
    Ok(by_post)
}

/// One attachment's description, to check access before the bytes are read.
pub async fn describe(db: &impl ConnectionTrait, id: i64) -> Result<Option<AttachmentRow>, DbErr> {
    described()
        .filter(attachment::Column::Id.eq(id))
        .into_model::<AttachmentRow>()
        .one(db)
        .await
}

fn described() -> sea_orm::Select<attachment::Entity> {
    use attachment::Column as C;
    attachment::Entity::find().select_only().columns([
        C::Id,
        C::PostId,
        C::Kind,
        C::Name,
        C::ContentType,
        C::Size,
        C::Width,
        C::Height,
    ])
}

#[derive(FromQueryResult)]
struct Content {
    bytes: Option<Vec<u8>>,
}

/// The stored bytes of an attachment: its thumbnail when asked and there is one, else the
/// attachment itself (one blob read, never both).
pub async fn content(
    db: &impl ConnectionTrait,
    id: i64,
    thumbnail: bool,
) -> Result<Option<Vec<u8>>, DbErr> {
    if thumbnail && let Some(thumb) = column_bytes(db, id, attachment::Column::Thumb).await? {
        return Ok(Some(thumb));
    }
    column_bytes(db, id, attachment::Column::Bytes).await
}

async fn column_bytes(
    db: &impl ConnectionTrait,
    id: i64,
    column: attachment::Column,
) -> Result<Option<Vec<u8>>, DbErr> {
    let found = attachment::Entity::find_by_id(id)
        .select_only()
        .column_as(column, "bytes")
        .into_model::<Content>()
        .one(db)
        .await?;
    Ok(found.and_then(|c| c.bytes))
}

/// Removes the attachments of a deleted post (their bytes go at once, not with the post).
pub async fn remove_of_post(db: &impl ConnectionTrait, post_id: i64) -> Result<u64, DbErr> {
    attachment::Entity::delete_many()
        .filter(attachment::Column::PostId.eq(post_id))
        .exec(db)
        .await
        .map(|r| r.rows_affected)
}
