//! The analytics layer's queries: the figures it reads from other capabilities' tables through
//! their front doors (questions and ideas, accounts, groups, contributions).

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::metrics::Responses;
use crate::directory::user;
use crate::posts::kind::PostKind;
use crate::posts::post;

/// Which posts a figure covers.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// The whole community but these groups (the ones below the minimum group size).
    Community {
        /// Groups left out.
        except: &'a [i64],
    },
    /// One group.
    Group(i64),
}

/// From how long a period on the median reads the waits in order from their index (measured at
/// 10k members / 1M posts: 13 months 50 ms instead of 200, 90 days 30 instead of 80, equal at 30
/// days, and a week sorts faster: 10 ms against 30).
const LONG_PERIOD_MS: i64 = 60 * 24 * 3_600_000;

/// How posts of `kind` (questions, ideas) written from `from` (inclusive) to `to` (exclusive),
/// epoch ms, and not deleted were responded to: counts, and the median wait over all of them
/// (see [`Responses`]). The database counts and finds the middle one or two waits, so a year
/// of questions never travels to the application. The counts read the covering index
/// `ix_posts_kind_created`; the median of a long period reads `ix_posts_kind_wait` in order
/// (see [`LONG_PERIOD_MS`]). `scope` says which groups' posts.
pub async fn response_stats(
    db: &impl ConnectionTrait,
    kind: PostKind,
    (from, to): (i64, i64),
    scope: Scope<'_>,
    minimum: i64,
) -> Result<Responses, DbErr> {
    let of_kind = |created: SimpleExpr| {
        post::Entity::find()
            .select_only()
            .filter(post::Column::Kind.eq(kind.as_str()))
            .filter(created.clone().gte(from))
            .filter(created.lt(to))
            .filter(post::Column::DeletedAt.is_null())
            .filter(match scope {
                Scope::Group(group) => post::Column::GroupId.eq(group),
                Scope::Community { except } => {
                    post::Column::GroupId.is_not_in(except.iter().copied())
                }
            })
    };
    // An accepted answer that a moderator has hidden does not count (a deleted one is no longer
    // accepted at all): `answer_accepted` says so. One pass over the index answers every count.
    let accepted = Expr::case(post::Column::AnswerAccepted.eq(true), 1).finally(0);
    let created = || SimpleExpr::from(Expr::col(post::Column::CreatedAt));
    let counts: Option<(i64, i64, Option<i64>)> = of_kind(created())
        .column_as(post::Column::Id.count(), "total")
        .column_as(post::Column::FirstResponseAt.count(), "answered")
        .column_as(crate::db::dialect::sum(accepted), "accepted")
        .into_tuple()
        .one(db)
        .await?;
    let (total, answered, accepted) = counts.unwrap_or_default();
    // The rates need only *whether* at least `minimum` people asked: the first `minimum`
    // different askers answer that, where counting every different asker of a year sorted
    // 300,000 author ids (about 40 ms of the 13-month cockpit on the benchmark dataset).
    let askers = of_kind(created())
        .column(post::Column::AuthorId)
        .distinct()
        .limit(u64::try_from(std::cmp::Ord::max(minimum, 1)).unwrap_or(1))
        .into_tuple::<i64>()
        .all(db)
        .await?
        .len();
    let askers = i64::try_from(askers).unwrap_or(i64::MAX);
    let accepted = accepted.unwrap_or_default();
    let median_ms = match Responses::middle(total, answered) {
        None => None,
        Some((offset, count)) => {
            let wait =
                Expr::col(post::Column::FirstResponseAt).sub(Expr::col(post::Column::CreatedAt));
            // Over a long period most of the kind's posts are in it: reading every wait in order
            // from the wait index beats sorting them (`created_at + 0` keeps the planner off the
            // created-at index). Over a short one, or in one group, the few posts are sorted.
            let long = matches!(scope, Scope::Community { .. }) && to - from > LONG_PERIOD_MS;
            let created = if long { created().add(0) } else { created() };
            let waits: Vec<i64> = of_kind(created)
                .column_as(wait.clone(), "wait")
                .filter(post::Column::FirstResponseAt.is_not_null())
                .order_by(wait, sea_orm::Order::Asc)
                .offset(offset)
                .limit(count)
                .into_tuple()
                .all(db)
                .await?;
            (!waits.is_empty()).then(|| waits.iter().sum::<i64>() / waits.len() as i64)
        }
    };
    Ok(Responses::of(
        total, askers, answered, accepted, median_ms, minimum,
    ))
}

/// Ideas without a response (still new) that were posted before `before`, epoch ms (from the
/// covering index).
pub async fn ideas_waiting_since(db: &impl ConnectionTrait, before: i64) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    post::Entity::find()
        .filter(post::Column::Kind.eq(PostKind::Idea.as_str()))
        .filter(post::Column::CreatedAt.lt(before))
        .filter(post::Column::FirstResponseAt.is_null())
        .filter(post::Column::DeletedAt.is_null())
        .count(db)
        .await
}

/// Active accounts by (role, role-model marker), as (role, role model, accounts).
pub async fn accounts_by_role(
    db: &impl ConnectionTrait,
) -> Result<Vec<(String, bool, i64)>, DbErr> {
    user::Entity::find()
        .select_only()
        .columns([user::Column::Role, user::Column::IsRoleModel])
        .column_as(user::Column::Id.count(), "n")
        .filter(user::Column::Active.eq(true))
        .group_by(user::Column::Role)
        .group_by(user::Column::IsRoleModel)
        .into_tuple()
        .all(db)
        .await
}

/// Active accounts created from `from` (inclusive) to `to` (exclusive), epoch ms.
pub async fn new_accounts(db: &impl ConnectionTrait, from: i64, to: i64) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::CreatedAt.gte(from))
        .filter(user::Column::CreatedAt.lt(to))
        .count(db)
        .await
}

/// Active accounts by how many of the seven profile items they have filled in, as
/// How many of the seven profile items an account (a `users` row) has filled in, as plain SQL
/// both databases read the same way (the items of `people::completeness::score`).
pub const PROFILE_ITEMS: &str = "(CASE WHEN photo_id IS NULL THEN 0 ELSE 1 END) \
    + (CASE WHEN job_title = '' THEN 0 ELSE 1 END) \
    + (CASE WHEN department = '' THEN 0 ELSE 1 END) \
    + (CASE WHEN location = '' THEN 0 ELSE 1 END) \
    + (CASE WHEN EXISTS (SELECT 1 FROM user_expertise e WHERE e.user_id = users.id) THEN 1 ELSE 0 END) \
    + (CASE WHEN bio = '' THEN 0 ELSE 1 END) \
    + (CASE WHEN manager_id IS NULL THEN 0 ELSE 1 END)";

/// (items, accounts). The items are those of `people::completeness::score`; the sum is plain
/// SQL that both databases read the same way.
pub async fn profile_items(db: &impl ConnectionTrait) -> Result<Vec<(i32, i64)>, DbErr> {
    let query = Query::select()
        .expr_as(Expr::cust(PROFILE_ITEMS), Alias::new("items"))
        .expr(Expr::col(Alias::new("id")).count())
        .from(user::Entity)
        .and_where(Expr::col(user::Column::Active).eq(true))
        .group_by_col(Alias::new("items"))
        .to_owned();
    let rows = db.query_all(&query).await?;
    rows.iter()
        .map(|row| Ok((row.try_get_by_index(0)?, row.try_get_by_index(1)?)))
        .collect()
}

/// Every group not archived, as (id, name, visibility, created_at, members), oldest first.
pub async fn groups_with_members(
    db: &impl ConnectionTrait,
) -> Result<Vec<(i64, String, String, i64, i64)>, DbErr> {
    use crate::directory::{group, member};
    // Members with a current account: a group of nine colleagues and a deactivated tenth is a
    // group of nine.
    let members = Query::select()
        .expr(Expr::col((member::Entity, member::Column::UserId)).count())
        .from(member::Entity)
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((member::Entity, member::Column::UserId)),
        )
        .and_where(
            Expr::col((member::Entity, member::Column::GroupId))
                .equals((group::Entity, group::Column::Id)),
        )
        .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
        .to_owned();
    group::Entity::find()
        .select_only()
        .columns([
            group::Column::Id,
            group::Column::Name,
            group::Column::Visibility,
            group::Column::CreatedAt,
        ])
        .expr_as(Expr::SubQuery(None, Box::new(members.into())), "members")
        .filter(group::Column::ArchivedAt.is_null())
        .order_by_asc(group::Column::Id)
        .into_tuple()
        .all(db)
        .await
}

/// Active accounts per department, and how many of them were ever active, as (department,
/// accounts, ever active).
pub async fn accounts_by_department(
    db: &impl ConnectionTrait,
) -> Result<Vec<(String, i64, i64)>, DbErr> {
    use crate::activity::first_day;
    let accounts: Vec<(String, i64)> = user::Entity::find()
        .select_only()
        .column(user::Column::Department)
        .column_as(user::Column::Id.count(), "n")
        .filter(user::Column::Active.eq(true))
        .group_by(user::Column::Department)
        .into_tuple()
        .all(db)
        .await?;
    let ever = Query::select()
        .column((user::Entity, user::Column::Department))
        .expr(Expr::col((user::Entity, user::Column::Id)).count())
        .from(first_day::Entity)
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((first_day::Entity, first_day::Column::UserId)),
        )
        .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
        .group_by_col((user::Entity, user::Column::Department))
        .to_owned();
    let mut ever_active = std::collections::HashMap::new();
    for row in db.query_all(&ever).await? {
        let department: String = row.try_get_by_index(0)?;
        ever_active.insert(department, row.try_get_by_index::<i64>(1)?);
    }
    Ok(accounts
        .into_iter()
        .map(|(department, n)| {
            let ever = ever_active.get(&department).copied().unwrap_or(0);
            (department, n, ever)
        })
        .collect())
}
