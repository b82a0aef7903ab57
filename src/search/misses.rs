//! Searches that found nothing: a signal of content people look for and cannot find. Kept per
//! week as the folded words searched and a keyed hash of the searcher — enough to count
//! different people, never who they are — for 90 days. A term is shown (in the cockpit, in
//! the work queue) only for a complete week and only when at least the minimum group size of
//! different people searched for it; weeks do not overlap, so no difference of two shown
//! figures describes fewer people.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect,
};
use sha2::{Digest, Sha256};

use super::index::SearchIndex;
use super::query::words;
use crate::activity::{Calendar, monday_of};
use crate::error::Result;

/// The table.
mod entity {
    use sea_orm::entity::prelude::*;

    /// One person's search without results in one week (the person as a keyed hash).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "search_misses")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub week: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub term: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub searcher: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Days misses are kept.
pub const KEPT_DAYS: i32 = 90;
/// Complete weeks shown.
pub const WEEKS: i32 = 4;
/// The most terms shown per week.
const TOP: u64 = 20;
/// The setting holding the key searchers are hashed with.
const KEY_SETTING: &str = "search.miss_key";
/// The daily job that forgets old misses.
pub const PURGE_JOB: &str = "search.purge_misses";

/// The key searchers are hashed with, made on first use.
async fn key(db: &impl ConnectionTrait) -> Result<String> {
    if let Some(key) = crate::settings::text(db, KEY_SETTING).await? {
        return Ok(key);
    }
    crate::settings::text_or_insert(db, KEY_SETTING, &crate::tokens::random_token()).await
}

/// The searcher as stored: not reversible without the key, and different per term, so rows
/// of different terms cannot be joined into one person's searches.
fn searcher(key: &str, term: &str, user_id: i64) -> String {
    let digest = Sha256::new()
        .chain_update(key.as_bytes())
        .chain_update([0])
        .chain_update(term.as_bytes())
        .chain_update([0])
        .chain_update(user_id.to_string().as_bytes())
        .finalize();
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// The term a search is kept under: its folded words, each once, in the order typed.
pub fn term_of(index: &SearchIndex, text: &str) -> String {
    let term = words(index, text).join(" ");
    term.chars().take(100).collect()
}

/// Notes that `user_id` searched for `text` this week and found nothing.
pub async fn record(
    db: &impl ConnectionTrait,
    index: &SearchIndex,
    user_id: i64,
    text: &str,
) -> Result<()> {
    let term = term_of(index, text);
    if term.is_empty() {
        return Ok(());
    }
    let week = monday_of(Calendar::of(db).await?.today());
    let searcher = searcher(&key(db).await?, &term, user_id);
    entity::Entity::insert(entity::ActiveModel {
        week: Set(week),
        term: Set(term),
        searcher: Set(searcher),
    })
    .on_conflict(
        OnConflict::columns([
            entity::Column::Week,
            entity::Column::Term,
            entity::Column::Searcher,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// A term searched in vain by enough different people.
#[derive(Debug, Clone, FromQueryResult)]
pub struct Missed {
    /// The folded words.
    pub term: String,
    /// Different people (at least the minimum).
    pub people: i64,
}

/// One complete week's misses.
#[derive(Debug, Clone)]
pub struct Week {
    /// Its Monday (`YYYY-MM-DD`).
    pub monday: String,
    /// Terms at or above the minimum, most people first.
    pub terms: Vec<Missed>,
}

/// The terms of the week starting `monday` that at least `minimum` different people searched.
async fn week_terms(db: &impl ConnectionTrait, monday: i32, minimum: i64) -> Result<Vec<Missed>> {
    Ok(entity::Entity::find()
        .select_only()
        .column(entity::Column::Term)
        .column_as(entity::Column::Searcher.count(), "people")
        .filter(entity::Column::Week.eq(monday))
        .group_by(entity::Column::Term)
        .having(
            Expr::col(entity::Column::Searcher)
                .count()
                .gte(std::cmp::max(minimum, 1)),
        )
        .order_by_desc(Expr::col(entity::Column::Searcher).count())
        .order_by_asc(entity::Column::Term)
        .limit(TOP)
        .into_model::<Missed>()
        .all(db)
        .await?)
}

/// The last [`WEEKS`] complete weeks, newest first.
pub async fn recent_weeks(db: &impl ConnectionTrait) -> Result<Vec<Week>> {
    let minimum = crate::settings::min_group_size(db).await?;
    let this_monday = monday_of(Calendar::of(db).await?.today());
    let mut weeks = Vec::new();
    for back in 1..=WEEKS {
        let monday = this_monday - 7 * back;
        weeks.push(Week {
            monday: crate::activity::date_of(monday),
            terms: week_terms(db, monday, minimum).await?,
        });
    }
    Ok(weeks)
}

/// The terms of the last complete week (what the work queue turns into tasks).
pub async fn last_week(db: &impl ConnectionTrait) -> Result<Vec<Missed>> {
    let minimum = crate::settings::min_group_size(db).await?;
    let monday = monday_of(Calendar::of(db).await?.today()) - 7;
    week_terms(db, monday, minimum).await
}

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

/// Forgets the misses of weeks that began more than [`KEPT_DAYS`] ago (retention).
pub async fn purge(db: &impl ConnectionTrait) -> Result<u64> {
    let today = Calendar::of(db).await?.today();
    Ok(entity::Entity::delete_many()
        .filter(entity::Column::Week.lt(today - KEPT_DAYS))
        .exec(db)
        .await?
        .rows_affected)
}
