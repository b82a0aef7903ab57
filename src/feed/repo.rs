//! The feed query: posts a viewer may read in a scope, newest first, with what the list shows of
//! each typed post (an event's time, a poll's closing, a pin, an idea's status) joined in. The
//! groups access rule is applied in SQL for every scope.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Order, Query, SelectStatement, UnionType};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, JoinType,
    QueryFilter, QueryOrder, QuerySelect,
};

use crate::announcements::announcement;
use crate::db::now_ms;
use crate::directory::user;
use crate::directory::{access, group};
use crate::events::event;
use crate::polls::poll;
use crate::post_types::IdeaStatus;
use crate::post_types::PostKind;
use crate::posts::kind::QuestionStatus;
use crate::posts::{self, post};

/// One post as listed in a feed.
#[derive(Debug, Clone, FromQueryResult)]
pub struct FeedRow {
    /// Post id (also the feed cursor).
    pub id: i64,
    /// Group id.
    pub group_id: i64,
    /// Group name.
    pub group_name: String,
    /// Author id.
    pub author_id: i64,
    /// Author name.
    pub author_name: String,
    /// Author photo.
    pub author_photo: Option<i64>,
    /// Post type.
    pub kind: String,
    /// Sanitised HTML.
    pub body_html: String,
    /// When it was posted.
    pub created_at: i64,
    /// When it was last edited.
    pub edited_at: Option<i64>,
    /// For questions: the accepted answer.
    pub accepted_comment_id: Option<i64>,
    /// For questions: when someone other than the asker first answered.
    pub first_response_at: Option<i64>,
    /// For calls for help: when the author marked it resolved.
    pub resolved_at: Option<i64>,
    /// For ideas: where the idea stands.
    pub idea_status: Option<String>,
    /// For events: the title.
    pub event_title: Option<String>,
    /// For events: the start.
    pub event_starts_at: Option<i64>,
    /// For events: the end.
    pub event_ends_at: Option<i64>,
    /// For polls: when voting closes.
    pub poll_closes_at: Option<i64>,
    /// For announcements: until when it is pinned.
    pub pinned_until: Option<i64>,
}

impl FeedRow {
    /// For typed posts: the i18n key of the type and, where it has one, of its status.
    pub fn badges(&self) -> Option<(&'static str, Option<&'static str>)> {
        let kind = PostKind::parse(&self.kind)?;
        let status = match kind {
            PostKind::Discussion => return None,
            PostKind::Praise => None,
            PostKind::Announcement => self
                .pinned_until
                .is_some_and(|until| until > now_ms())
                .then_some("announcement-pinned"),
            PostKind::Question => Some(
                QuestionStatus::of(self.first_response_at, self.accepted_comment_id).label_key(),
            ),
            PostKind::CallForHelp => Some(if self.resolved_at.is_some() {
                "call-resolved"
            } else {
                "call-open"
            }),
            PostKind::Event => Some(if self.event_ends_at.is_some_and(|end| end <= now_ms()) {
                "event-over"
            } else {
                "event-upcoming"
            }),
            PostKind::Poll => Some(if self.poll_closes_at.is_some_and(|at| at <= now_ms()) {
                "poll-closed"
            } else {
                "poll-open"
            }),
            PostKind::Idea => Some(
                IdeaStatus::parse(self.idea_status.as_deref().unwrap_or_default())
                    .unwrap_or(IdeaStatus::New)
                    .label_key(),
            ),
        };
        Some((kind.label_key(), status))
    }
}

/// Which posts a feed shows.
#[derive(Debug, Clone)]
pub enum FeedScope {
    /// Posts picked beforehand (the home feed's merged sources).
    Ids(Vec<i64>),
    /// One group.
    Group(i64),
    /// One author.
    Author(i64),
    /// One post (the post page reuses the feed query and its access rule).
    Post(i64),
    /// A group's questions without an accepted answer.
    GroupQuestions(i64),
    /// A person's questions without an accepted answer.
    AuthorQuestions(i64),
    /// A group's ideas, all or those in one status.
    GroupIdeas(i64, Option<IdeaStatus>),
    /// Praise for one member.
    PraiseFor(i64),
    /// Posts tagged with a topic.
    Topic(String),
}

fn open_questions() -> Condition {
    Condition::all()
        .add(post::Column::Kind.eq(PostKind::Question.as_str()))
        .add(post::Column::AcceptedCommentId.is_null())
}

fn scope_condition(scope: FeedScope) -> Condition {
    match scope {
        FeedScope::Ids(ids) => Condition::all()
            .add(post::Column::Id.is_in(ids))
            .add(group::Column::ArchivedAt.is_null()),
        FeedScope::Group(id) => Condition::all().add(post::Column::GroupId.eq(id)),
        FeedScope::Author(id) => Condition::all().add(post::Column::AuthorId.eq(id)),
        FeedScope::Post(id) => Condition::all().add(post::Column::Id.eq(id)),
        FeedScope::GroupQuestions(id) => open_questions().add(post::Column::GroupId.eq(id)),
        FeedScope::AuthorQuestions(id) => open_questions().add(post::Column::AuthorId.eq(id)),
        FeedScope::GroupIdeas(id, status) => Condition::all()
            .add(post::Column::GroupId.eq(id))
            .add(post::Column::Kind.eq(PostKind::Idea.as_str()))
            .add_option(status.map(|s| post::Column::IdeaStatus.eq(s.as_str()))),
        FeedScope::Topic(key) => {
            Condition::all().add(post::Column::Id.in_subquery(posts::posts_tagged(&key)))
        }
        FeedScope::PraiseFor(id) => Condition::all()
            .add(post::Column::Kind.eq(PostKind::Praise.as_str()))
            .add(post::Column::Id.in_subquery(crate::praise::posts_praising(id))),
    }
}

/// Posts `viewer_id` may read in `scope`, newest first, before the cursor `before` (a post id).
/// The groups access rule is applied here, in SQL, for every scope.
pub async fn feed(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    scope: FeedScope,
    before: Option<i64>,
    limit: u64,
) -> Result<Vec<FeedRow>, DbErr> {
    let mut query = post::Entity::find()
        .select_only()
        .columns([
            post::Column::Id,
            post::Column::GroupId,
            post::Column::AuthorId,
            post::Column::Kind,
            post::Column::BodyHtml,
            post::Column::CreatedAt,
            post::Column::EditedAt,
            post::Column::AcceptedCommentId,
            post::Column::FirstResponseAt,
            post::Column::ResolvedAt,
            post::Column::IdeaStatus,
        ])
        .column_as(group::Column::Name, "group_name")
        .column_as(user::Column::DisplayName, "author_name")
        .column_as(user::Column::PhotoId, "author_photo")
        .column_as(event::Column::Title, "event_title")
        .column_as(event::Column::StartsAt, "event_starts_at")
        .column_as(event::Column::EndsAt, "event_ends_at")
        .column_as(poll::Column::ClosesAt, "poll_closes_at")
        .column_as(announcement::Column::PinnedUntil, "pinned_until")
        .join(
            JoinType::LeftJoin,
            crate::db::relation(post::Column::Id, announcement::Column::PostId),
        )
        .join(
            JoinType::LeftJoin,
            crate::db::relation(post::Column::Id, poll::Column::PostId),
        )
        .join(
            JoinType::LeftJoin,
            crate::db::relation(post::Column::Id, event::Column::PostId),
        )
        .join(
            JoinType::InnerJoin,
            crate::db::relation(post::Column::GroupId, group::Column::Id),
        )
        .join(
            JoinType::InnerJoin,
            crate::db::relation(post::Column::AuthorId, user::Column::Id),
        )
        .filter(posts::shown_to(
            viewer_id,
            matches!(scope, FeedScope::Post(_)),
        ))
        .filter(access::readable_groups(viewer_id))
        .filter(scope_condition(scope));
    if let Some(before) = before {
        query = query.filter(post::Column::Id.lt(before));
    }
    query
        .order_by_desc(post::Column::Id)
        .limit(limit)
        .into_model::<FeedRow>()
        .all(db)
        .await
}

/// Where home-feed posts come from: the viewer's groups, the people and the topics they follow.
#[derive(Debug, Clone, Default)]
pub struct HomeSources {
    /// Group ids.
    pub groups: Vec<i64>,
    /// Author ids.
    pub authors: Vec<i64>,
    /// Followed topic keys.
    pub topics: Vec<String>,
}

/// The ids of the newest `limit` posts before `before` over all home sources, newest first.
/// Each source contributes its own newest `limit` (a short backwards scan of the `(group_id, id)`
/// or `(author_id, id)` index, with the access rule applied), and the parts are merged: the cost
/// follows the number of sources, not the size of the groups.
pub async fn home_ids(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    sources: &HomeSources,
    before: Option<i64>,
    limit: u64,
) -> Result<Vec<i64>, DbErr> {
    let conditions = sources
        .groups
        .iter()
        .map(|&g| post::Column::GroupId.eq(g))
        .chain(
            sources
                .authors
                .iter()
                .map(|&a| post::Column::AuthorId.eq(a)),
        )
        .chain(sources.topics.iter().map(|key| {
            // Driven from the topic's own (topic, post) index: the newest tagged ids,
            // with room for some the viewer may not read.
            let newest = posts::newest_tagged(key, before, limit * 4);
            post::Column::Id.in_subquery(newest)
        }));
    let mut union: Option<SelectStatement> = None;
    for (i, source) in conditions.enumerate() {
        let mut newest = Query::select();
        newest
            .column((post::Entity, post::Column::Id))
            .from(post::Entity)
            .inner_join(
                group::Entity,
                Expr::col((group::Entity, group::Column::Id))
                    .equals((post::Entity, post::Column::GroupId)),
            )
            .and_where(source)
            .cond_where(posts::shown_to(viewer_id, false))
            .and_where(group::Column::ArchivedAt.is_null())
            .cond_where(access::readable_groups(viewer_id))
            .order_by((post::Entity, post::Column::Id), Order::Desc)
            .limit(limit);
        if let Some(before) = before {
            newest.and_where(post::Column::Id.lt(before));
        }
        let part = Query::select()
            .column(Alias::new("id"))
            .from_subquery(newest, Alias::new(format!("s{i}")))
            .to_owned();
        match union.as_mut() {
            None => union = Some(part),
            Some(all) => {
                all.union(UnionType::Distinct, part);
            }
        }
    }
    let Some(union) = union else {
        return Ok(Vec::new());
    };
    let merged = Query::select()
        .column(Alias::new("id"))
        .from_subquery(union, Alias::new("sources"))
        .order_by(Alias::new("id"), Order::Desc)
        .limit(limit)
        .to_owned();
    db.query_all(&merged)
        .await?
        .iter()
        .map(|row| row.try_get_by_index::<i64>(0))
        .collect()
}
