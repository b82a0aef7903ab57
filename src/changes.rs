//! The change log that search follows (`search_changes`): a capability that changes something
//! searchable notes it here in its own transaction; each instance's search index applies the
//! notes after the last one it saw. Low in the core, so posts can write to it without knowing
//! search.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

/// The table.
pub mod entity {
    use sea_orm::entity::prelude::*;

    /// One noted change.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "search_changes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub kind: String,
        pub item_id: i64,
        pub at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// What changed. (Accounts and groups are searched in the database itself, where their
/// access rules live; only posts, a million of them, and articles need the index.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    /// A post: its text, group or state (edited, moved, hidden, deleted, answered, its
    /// comments).
    Post(i64),
    /// A knowledge-base article.
    Article(i64),
}

impl Item {
    fn parts(self) -> (&'static str, i64) {
        match self {
            Item::Post(id) => ("post", id),
            Item::Article(id) => ("article", id),
        }
    }

    fn from_parts(kind: &str, id: i64) -> Option<Self> {
        match kind {
            "post" => Some(Item::Post(id)),
            "article" => Some(Item::Article(id)),
            _ => None,
        }
    }
}

/// Notes that `item` changed.
pub async fn note(db: &impl ConnectionTrait, item: Item) -> Result<(), sea_orm::DbErr> {
    let (kind, id) = item.parts();
    entity::Entity::insert(entity::ActiveModel {
        kind: Set(kind.into()),
        item_id: Set(id),
        at: Set(crate::db::now_ms()),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// A noted change as a follower reads it.
#[derive(Debug, Clone, Copy)]
pub struct Change {
    /// Its place in the log.
    pub id: i64,
    /// When it was noted.
    pub at: i64,
    /// What changed.
    pub item: Item,
}

/// How long a change may take to appear after its note was written (its transaction still
/// open): a follower reads the changes of that last while again, as a transaction that took
/// a lower id may commit after a higher one was read.
pub const SETTLE_MS: i64 = 10_000;

/// The changes after `after`, oldest first, at most `limit`.
pub async fn after(
    db: &impl ConnectionTrait,
    after: i64,
    limit: u64,
) -> Result<Vec<Change>, sea_orm::DbErr> {
    Ok(entity::Entity::find()
        .filter(entity::Column::Id.gt(after))
        .order_by_asc(entity::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| {
            Item::from_parts(&c.kind, c.item_id).map(|item| Change {
                id: c.id,
                at: c.at,
                item,
            })
        })
        .collect())
}

/// The newest change's id (0 when there is none).
pub async fn newest(db: &impl ConnectionTrait) -> Result<i64, sea_orm::DbErr> {
    newest_before(db, i64::MAX).await
}

/// The newest change noted before `at` (0 when there is none): what a follower may take as
/// seen for good (see [`SETTLE_MS`]).
pub async fn newest_before(db: &impl ConnectionTrait, at: i64) -> Result<i64, sea_orm::DbErr> {
    let id: Option<i64> = entity::Entity::find()
        .select_only()
        .column(entity::Column::Id)
        .filter(entity::Column::At.lt(at))
        .order_by_desc(entity::Column::Id)
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(id.unwrap_or(0))
}

/// The oldest change still kept (0 when there is none): an index that saw less must rebuild.
pub async fn oldest(db: &impl ConnectionTrait) -> Result<i64, sea_orm::DbErr> {
    let id: Option<i64> = entity::Entity::find()
        .select_only()
        .column(entity::Column::Id)
        .order_by_asc(entity::Column::Id)
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(id.unwrap_or(0))
}

/// How long notes are kept: an instance away for longer rebuilds its index.
pub const KEPT_MS: i64 = 2 * 86_400_000;

/// The daily job that forgets old notes.
pub const PURGE_JOB: &str = "search.purge_changes";

/// Runs [`purge`] as a job.
pub fn purge_job(
    db: crate::db::Db,
    _payload: String,
) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        purge(&db).await.map_err(|e| e.to_string())?;
        Ok(())
    })
}

/// Forgets notes older than [`KEPT_MS`] (retention).
pub async fn purge(db: &impl ConnectionTrait) -> Result<u64, sea_orm::DbErr> {
    Ok(entity::Entity::delete_many()
        .filter(entity::Column::At.lt(crate::db::now_ms() - KEPT_MS))
        .exec(db)
        .await?
        .rows_affected)
}
