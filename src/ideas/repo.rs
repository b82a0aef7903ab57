//! The only code that touches the idea tables.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, JoinType,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::response;
use super::status::IdeaStatus;
use crate::db::now_ms;
use crate::directory::user;
use crate::posts::kind::PostKind;
use crate::posts::post;

/// Records a status change and its response.
pub async fn insert_response(
    db: &impl ConnectionTrait,
    post_id: i64,
    author_id: i64,
    change: (IdeaStatus, IdeaStatus),
    body_md: &str,
    body_html: String,
) -> Result<(), DbErr> {
    let model = response::ActiveModel {
        post_id: Set(post_id),
        author_id: Set(author_id),
        from_status: Set(change.0.as_str().into()),
        to_status: Set(change.1.as_str().into()),
        body_md: Set(body_md.to_string()),
        body_html: Set(body_html),
        created_at: Set(now_ms()),
        ..Default::default()
    };
    response::Entity::insert(model)
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// A response as shown on the idea.
#[derive(Debug, Clone, FromQueryResult)]
pub struct ResponseRow {
    /// Who responded.
    pub author_id: i64,
    /// Their name.
    pub author_name: String,
    /// The status it moved to.
    pub to_status: String,
    /// Sanitised HTML.
    pub body_html: String,
    /// When.
    pub created_at: i64,
}

impl ResponseRow {
    /// The i18n key of the status it moved to.
    pub fn status_key(&self) -> &'static str {
        IdeaStatus::parse(&self.to_status)
            .unwrap_or(IdeaStatus::New)
            .label_key()
    }
}

/// An idea's responses, oldest first.
pub async fn responses_of(
    db: &impl ConnectionTrait,
    post_id: i64,
) -> Result<Vec<ResponseRow>, DbErr> {
    response::Entity::find()
        .select_only()
        .columns([
            response::Column::AuthorId,
            response::Column::ToStatus,
            response::Column::BodyHtml,
            response::Column::CreatedAt,
        ])
        .column_as(user::Column::DisplayName, "author_name")
        .join(
            JoinType::InnerJoin,
            crate::db::relation(response::Column::AuthorId, user::Column::Id),
        )
        .filter(response::Column::PostId.eq(post_id))
        .order_by_asc(response::Column::Id)
        .into_model::<ResponseRow>()
        .all(db)
        .await
}

/// How many live ideas a group has per status.
pub async fn status_counts(
    db: &impl ConnectionTrait,
    group_id: i64,
) -> Result<Vec<(String, i64)>, DbErr> {
    post::Entity::find()
        .select_only()
        .column(post::Column::IdeaStatus)
        .column_as(post::Column::Id.count(), "n")
        .filter(post::Column::GroupId.eq(group_id))
        .filter(post::Column::Kind.eq(PostKind::Idea.as_str()))
        .filter(post::Column::DeletedAt.is_null())
        .group_by(post::Column::IdeaStatus)
        .into_tuple::<(Option<String>, i64)>()
        .all(db)
        .await
        .map(|rows| {
            rows.into_iter()
                .map(|(status, n)| (status.unwrap_or_default(), n))
                .collect()
        })
}
