//! Moderation rules: members flag what they can read; those who moderate a group review its
//! flags with the decision model and act; every action is written to the audit log and told to
//! the member it concerns with the reason. Nobody moderates content the access rule keeps from
//! them, and a group moderator's reach ends at their groups.

use sea_orm::{ConnectionTrait, IntoActiveModel};
use serde::Deserialize;

use super::action::{Action, FlagReason, Target};
use super::decision::{Desirability, Level, Matrix, Rating, Response};
use super::entity::{action, flag};
use super::repo::{self, LogFilter, LogRow, QueueRow};
use crate::activity::{self, ActivityKind};
use crate::auth::Viewer;
use crate::db::{self, Db, now_ms};
use crate::error::{Error, Result};
use crate::groups::service::{self as groups, GroupView};
use crate::notifications::notify_moderated;
use crate::posts;
use crate::posts::{comment, post};
use crate::settings;
use crate::validate::Checks;

/// Longest reason a moderator gives, in characters.
const MAX_REASON: usize = 2_000;

/// Longest explanation with a flag, in characters.
const MAX_FLAG_DETAIL: usize = 1_000;

/// The longest suspension, in days.
const MAX_SUSPENSION_DAYS: i64 = 365;

/// A flagged or moderated post or comment with its group.
pub struct Subject {
    /// The post (the comment's post, for a comment).
    pub post: post::Model,
    /// The comment, when the target is one.
    pub comment: Option<comment::Model>,
    /// The post's group and the viewer's rights there.
    pub group: GroupView,
}

impl Subject {
    /// What this is.
    pub fn target(&self) -> Target {
        match &self.comment {
            Some(c) => Target::Comment {
                post_id: self.post.id,
                comment_id: c.id,
            },
            None => Target::Post(self.post.id),
        }
    }

    /// Who wrote it.
    pub fn author_id(&self) -> i64 {
        self.comment
            .as_ref()
            .map_or(self.post.author_id, |c| c.author_id)
    }

    /// Its sanitised HTML.
    pub fn body_html(&self) -> &str {
        self.comment
            .as_ref()
            .map_or(&self.post.body_html, |c| &c.body_html)
    }

    /// Whether it is hidden now.
    pub fn hidden(&self) -> bool {
        match &self.comment {
            Some(c) => c.hidden_at.is_some(),
            None => self.post.hidden_at.is_some(),
        }
    }
}

/// The target of a live comment.
pub async fn comment_target(db: &Db, comment_id: i64) -> Result<Target> {
    let comment = posts::find_comment(db, comment_id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Target::Comment {
        post_id: comment.post_id,
        comment_id: comment.id,
    })
}

/// Loads a target the viewer may read (a hidden one only for its author and moderators).
async fn load(db: &Db, viewer: &Viewer, target: Target) -> Result<Subject> {
    let (post, group) = crate::posts::service::readable_post(db, viewer, target.post_id()).await?;
    let comment = match target.comment_id() {
        Some(id) => Some(
            posts::find_comment(db, id)
                .await?
                .filter(|c| c.post_id == post.id)
                .ok_or(Error::NotFound)?,
        ),
        None => None,
    };
    Ok(Subject {
        post,
        comment,
        group,
    })
}

/// A flag as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FlagForm {
    /// The reason's stored form.
    pub reason: String,
    /// The member's own words.
    pub detail: String,
}

/// What flagging did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flagged {
    /// Stored for the moderators.
    Stored,
    /// The member had flagged it already; nothing changed.
    Already,
}

/// What the flag form quotes: the text of a target the viewer may flag (not their own).
pub async fn flaggable_excerpt(db: &Db, viewer: &Viewer, target: Target) -> Result<String> {
    let subject = load(db, viewer, target).await?;
    if subject.author_id() == viewer.id {
        return Err(Error::Forbidden);
    }
    Ok(crate::posts::markdown::excerpt(subject.body_html(), 400))
}

fn check_flag(form: &FlagForm) -> Result<(FlagReason, String)> {
    let mut checks = Checks::new();
    let reason = FlagReason::parse(&form.reason);
    if reason.is_none() {
        checks.fail("reason", "error-flag-reason");
    }
    let min = usize::from(reason == Some(FlagReason::Other));
    let detail = checks.text("detail", &form.detail, min, MAX_FLAG_DETAIL);
    checks.finish()?;
    Ok((reason.unwrap_or(FlagReason::Other), detail))
}

/// Flags a post or comment the viewer can read (not their own) for the moderators of its
/// group; with automatic hiding switched on, enough flags hide it pending review.
pub async fn flag(db: &Db, viewer: &Viewer, target: Target, form: &FlagForm) -> Result<Flagged> {
    let subject = load(db, viewer, target).await?;
    if subject.author_id() == viewer.id {
        return Err(Error::Forbidden);
    }
    let (reason, detail) = check_flag(form)?;
    let tx = db::begin_write(db).await?;
    if repo::has_open_flag(&tx, viewer.id, target).await? {
        return Ok(Flagged::Already);
    }
    repo::insert_flag(
        &tx,
        flag::Model {
            id: 0,
            post_id: subject.post.id,
            comment_id: target.comment_id(),
            group_id: subject.post.group_id,
            reporter_id: viewer.id,
            reason: reason.as_str().into(),
            detail,
            created_at: now_ms(),
            handled_at: None,
            handled_by: None,
        },
    )
    .await?;
    let group_id = Some(subject.post.group_id);
    activity::record(
        &tx,
        ActivityKind::Flag,
        viewer.id,
        group_id,
        Some(subject.post.id),
    )
    .await?;
    let threshold = settings::AUTOHIDE_FLAGS.get(&tx).await?;
    if threshold > 0
        && !subject.hidden()
        && i64::try_from(repo::open_flag_count(&tx, target).await?).unwrap_or(i64::MAX) >= threshold
    {
        set_hidden(&tx, target, true).await?;
        let id = repo::insert_action(&tx, new_action(&subject, None, Action::AutoHide)).await?;
        notify_moderated(&tx, subject.author_id(), Action::AutoHide.as_str(), id).await?;
        // The community moderated: the flag that completed the automatic hiding counts as a
        // moderation action of its member's, so the phase's "who moderates" and the
        // moderation figures agree.
        activity::record(
            &tx,
            ActivityKind::Moderation,
            viewer.id,
            group_id,
            Some(subject.post.id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Flagged::Stored)
}

async fn set_hidden(db: &impl ConnectionTrait, target: Target, hidden: bool) -> Result<()> {
    match target {
        Target::Post(id) => posts::set_post_hidden(db, id, hidden).await?,
        Target::Comment { comment_id, .. } => {
            posts::set_comment_hidden(db, comment_id, hidden).await?
        }
    }
    Ok(())
}

/// An action row about `subject` with nothing filled in but who and what.
fn new_action(subject: &Subject, moderator_id: Option<i64>, action: Action) -> action::Model {
    let target = subject.target();
    action::Model {
        id: 0,
        post_id: Some(target.post_id()),
        comment_id: target.comment_id(),
        group_id: Some(subject.post.group_id),
        subject_id: subject.author_id(),
        moderator_id,
        action: action.as_str().into(),
        reason: String::new(),
        reach: None,
        harm: None,
        legal: None,
        desirability: None,
        suggested: None,
        detail: String::new(),
        created_at: now_ms(),
    }
}

/// The decision model's matrix as the administrators set it.
pub async fn matrix(db: &impl ConnectionTrait) -> Result<Matrix> {
    Ok(settings::MODERATION_MATRIX
        .get(db)
        .await?
        .map(|text| Matrix::decode(&text))
        .unwrap_or_default())
}

/// A rating as submitted (on the review page's query string or with an action).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RatingForm {
    /// `low` or `high`.
    pub reach: String,
    /// `low` or `high`.
    pub harm: String,
    /// `yes` or `no`.
    pub legal: String,
    /// `desired`, `neutral` or `undesired`.
    pub desirability: String,
}

impl RatingForm {
    /// Whether nothing was rated.
    fn is_empty(&self) -> bool {
        [&self.reach, &self.harm, &self.legal, &self.desirability]
            .iter()
            .all(|v| v.is_empty())
    }

    /// The rating; none when nothing was rated, invalid when only part was.
    pub fn parse(&self) -> Result<Option<Rating>> {
        if self.is_empty() {
            return Ok(None);
        }
        let mut checks = Checks::new();
        let reach = Level::parse(&self.reach);
        let harm = Level::parse(&self.harm);
        let legal = match self.legal.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        let desirability = Desirability::parse(&self.desirability);
        for (field, missing) in [
            ("reach", reach.is_none()),
            ("harm", harm.is_none()),
            ("legal", legal.is_none()),
            ("desirability", desirability.is_none()),
        ] {
            if missing {
                checks.fail(field, "error-rating-incomplete");
            }
        }
        checks.finish()?;
        Ok(match (reach, harm, legal, desirability) {
            (Some(reach), Some(harm), Some(legal), Some(desirability)) => Some(Rating {
                reach,
                harm,
                legal,
                desirability,
            }),
            _ => None,
        })
    }
}

/// Everything the review page shows.
pub struct Review {
    /// The flagged item.
    pub subject: Subject,
    /// Its author's name.
    pub author_name: String,
    /// The open flags.
    pub flags: Vec<flag::Model>,
    /// Earlier actions on it, newest first.
    pub history: Vec<LogRow>,
    /// The suggestion for the rating given, if any.
    pub suggestion: Option<Response>,
    /// Groups the post could move to.
    pub move_to: Vec<(i64, String)>,
    /// Whether the viewer may suspend the author.
    pub can_suspend: bool,
}

/// The review page of a target the viewer moderates; with a rating, Plein's suggestion.
pub async fn review(
    db: &Db,
    viewer: &Viewer,
    target: Target,
    rating: Option<Rating>,
) -> Result<Review> {
    let subject = moderated(db, viewer, target).await?;
    let author = crate::people::find_user(db, subject.author_id())
        .await?
        .ok_or(Error::NotFound)?;
    let suggestion = match rating {
        Some(rating) => Some(matrix(db).await?.suggest(&rating)),
        None => None,
    };
    let history = repo::log(
        db,
        &LogFilter {
            target: Some(target),
            ..LogFilter::default()
        },
        50,
    )
    .await?;
    Ok(Review {
        can_suspend: may_suspend(viewer, &author),
        author_name: author.display_name,
        flags: repo::open_flags(db, target).await?,
        history,
        suggestion,
        move_to: repo::groups_moderated(db, viewer.id, viewer.moderates_community())
            .await?
            .into_iter()
            .filter(|(id, _)| *id != subject.post.group_id)
            .collect(),
        subject,
    })
}

/// A target the viewer moderates; forbidden when they may read but not moderate it.
async fn moderated(db: &Db, viewer: &Viewer, target: Target) -> Result<Subject> {
    let subject = load(db, viewer, target).await?;
    if !subject.group.access.can_moderate() {
        return Err(Error::Forbidden);
    }
    Ok(subject)
}

/// Community-wide moderators suspend accounts, never their own nor one of the team that runs
/// the community.
fn may_suspend(viewer: &Viewer, author: &crate::directory::user::Model) -> bool {
    viewer.moderates_community()
        && author.id != viewer.id
        && !crate::auth::Role::from_stored(&author.role).manages_community()
}

/// A moderator's decision as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActForm {
    /// The action's stored form.
    pub action: String,
    /// Told to the member.
    pub reason: String,
    /// The group to move a post to.
    pub group: String,
    /// Days of suspension.
    pub days: String,
    /// The new text of an edited post (Markdown).
    pub body: String,
    /// The decision model's rating (optional, all or nothing).
    #[serde(flatten)]
    pub rating: RatingForm,
}

/// What an action needs besides the subject, checked.
struct Decision {
    action: Action,
    reason: String,
    rating: Option<Rating>,
    move_to: Option<i64>,
    suspend_days: Option<i64>,
    new_body: Option<String>,
}

async fn check_decision(
    db: &Db,
    viewer: &Viewer,
    subject: &Subject,
    form: &ActForm,
) -> Result<Decision> {
    let rating = form.rating.parse();
    let mut checks = Checks::new();
    let action = Action::parse(&form.action)
        .filter(|a| *a != Action::AutoHide && a.applies_to(subject.target()));
    if action.is_none() {
        checks.fail("action", "error-moderation-action");
    }
    let action = action.unwrap_or(Action::Keep);
    let min = usize::from(action.needs_reason());
    let reason = checks.text("reason", &form.reason, min, MAX_REASON);
    let mut move_to = None;
    if action == Action::Move {
        match form.group.trim().parse::<i64>() {
            Ok(id) if may_move_to(db, viewer, subject, id).await? => move_to = Some(id),
            _ => checks.fail("group", "error-move-group"),
        }
    }
    let mut suspend_days = None;
    if action == Action::Suspend {
        let author = crate::people::find_user(db, subject.author_id())
            .await?
            .ok_or(Error::NotFound)?;
        if !may_suspend(viewer, &author) {
            return Err(Error::Forbidden);
        }
        suspend_days = checks.number(
            "days",
            &form.days,
            &(1..=MAX_SUSPENSION_DAYS),
            "error-suspend-days",
        );
    }
    let mut new_body = None;
    if action == Action::Edit {
        new_body = Some(checks.text("body", &form.body, 1, crate::posts::service::MAX_BODY));
    }
    if action == Action::Warn && subject.author_id() == viewer.id {
        checks.fail("action", "error-moderation-action");
    }
    let checked = checks.finish();
    let (rating, ()) = Error::combine(rating, checked)?;
    Ok(Decision {
        action,
        reason,
        rating,
        move_to,
        suspend_days,
        new_body,
    })
}

/// A post may move to another live group its moderator also moderates.
async fn may_move_to(db: &Db, viewer: &Viewer, subject: &Subject, group_id: i64) -> Result<bool> {
    if group_id == subject.post.group_id {
        return Ok(false);
    }
    Ok(match groups::view(db, viewer, group_id).await {
        Ok(view) => view.access.can_moderate() && !view.access.archived,
        Err(Error::NotFound) => false,
        Err(e) => return Err(e),
    })
}

/// Takes a moderation action on a target the viewer moderates: applies it, records it with
/// its rating and the suggestion, closes the target's flags, and tells the author why.
pub async fn act(db: &Db, viewer: &Viewer, target: Target, form: &ActForm) -> Result<i64> {
    let subject = moderated(db, viewer, target).await?;
    let decision = check_decision(db, viewer, &subject, form).await?;
    let mut row = new_action(&subject, Some(viewer.id), decision.action);
    row.reason = decision.reason.clone();
    if let Some(rating) = decision.rating {
        row.reach = Some(rating.reach.as_str().into());
        row.harm = Some(rating.harm.as_str().into());
        row.legal = Some(if rating.legal { "yes" } else { "no" }.into());
        row.desirability = Some(rating.desirability.as_str().into());
        row.suggested = Some(matrix(db).await?.suggest(&rating).as_str().into());
    }
    let tx = db::begin_write(db).await?;
    row.detail = apply(&tx, viewer, &subject, &decision).await?;
    let author_id = subject.author_id();
    let id = repo::insert_action(&tx, row).await?;
    repo::handle_flags(&tx, target, viewer.id).await?;
    let group_id = Some(subject.post.group_id);
    activity::record(
        &tx,
        ActivityKind::Moderation,
        viewer.id,
        group_id,
        Some(subject.post.id),
    )
    .await?;
    if decision.action.tells_author() && author_id != viewer.id {
        notify_moderated(&tx, author_id, decision.action.as_str(), id).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Carries out the decision; returns the action's detail (the group moved to, the end of the
/// suspension).
async fn apply(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    subject: &Subject,
    decision: &Decision,
) -> Result<String> {
    let target = subject.target();
    match decision.action {
        Action::Keep | Action::Warn | Action::AutoHide => {}
        Action::Hide => set_hidden(db, target, true).await?,
        Action::Restore => set_hidden(db, target, false).await?,
        Action::Delete => match &subject.comment {
            Some(c) => posts::delete_comment(db, c.clone()).await?,
            None => posts::delete_post(db, subject.post.clone()).await?,
        },
        Action::Edit => {
            if let Some(body) = &decision.new_body {
                let html = crate::posts::markdown::render(body);
                posts::edit_post(db, subject.post.clone(), viewer.id, body, html).await?;
                posts::set_moderator_note(db, subject.post.id, &decision.reason).await?;
            }
        }
        Action::Lock => posts::set_comments_locked(db, subject.post.id, true).await?,
        Action::Unlock => posts::set_comments_locked(db, subject.post.id, false).await?,
        Action::Move => {
            if let Some(group_id) = decision.move_to {
                posts::move_post(db, subject.post.id, group_id).await?;
                repo::move_flags(db, subject.post.id, group_id).await?;
                return Ok(group_id.to_string());
            }
        }
        Action::Suspend => {
            if let Some(days) = decision.suspend_days {
                let until = now_ms() + days * crate::activity::DAY_MS;
                suspend(db, subject.author_id(), until).await?;
                return Ok(until.to_string());
            }
        }
    }
    Ok(String::new())
}

/// Suspends an account until `until` and ends its sessions.
async fn suspend(db: &impl ConnectionTrait, user_id: i64, until: i64) -> Result<()> {
    let account = crate::people::find_user(db, user_id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut model = account.into_active_model();
    model.suspended_until = sea_orm::ActiveValue::Set(Some(until));
    crate::people::update_user(db, model).await?;
    crate::auth::session::delete_all_for_user(db, user_id).await
}

/// One item of the review queue, ready to show.
pub struct QueueItem {
    /// The aggregated flags.
    pub row: QueueRow,
    /// A plain-text excerpt of the content.
    pub excerpt: String,
    /// Whether it is hidden now.
    pub hidden: bool,
}

/// The review queue: items with open flags in the groups the viewer moderates (one group with
/// `group_id`); forbidden for members who moderate nothing.
pub async fn queue(db: &Db, viewer: &Viewer, group_id: Option<i64>) -> Result<Vec<QueueItem>> {
    let wide = viewer.moderates_community();
    if !wide
        && repo::groups_moderated(db, viewer.id, false)
            .await?
            .is_empty()
    {
        return Err(Error::Forbidden);
    }
    let rows = repo::queue(db, viewer.id, wide, group_id, 100).await?;
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        let Ok(subject) = load(db, viewer, row.target()).await else {
            continue;
        };
        items.push(QueueItem {
            excerpt: crate::posts::markdown::excerpt(subject.body_html(), 200),
            hidden: subject.hidden(),
            row,
        });
    }
    Ok(items)
}

/// A moderation notice as its member reads it.
pub struct NoticeView {
    /// The action.
    pub action: Action,
    /// The reason given (empty for automatic hiding).
    pub reason: String,
    /// When.
    pub created_at: i64,
    /// The post it concerned, while the member can still open it.
    pub post_id: Option<i64>,
    /// A plain-text excerpt of what they wrote, while it exists.
    pub excerpt: String,
    /// The end of a suspension.
    pub until: Option<i64>,
}

/// A notice about the viewer's own content or account; not found for anyone else, so a notice
/// never tells a third person who was moderated.
pub async fn notice(db: &Db, viewer: &Viewer, id: i64) -> Result<NoticeView> {
    let row = repo::find_action(db, id)
        .await?
        .filter(|a| a.subject_id == viewer.id)
        .ok_or(Error::NotFound)?;
    let action = Action::parse(&row.action).ok_or(Error::NotFound)?;
    let target = match (row.post_id, row.comment_id) {
        (Some(post_id), Some(comment_id)) => Some(Target::Comment {
            post_id,
            comment_id,
        }),
        (Some(post_id), None) => Some(Target::Post(post_id)),
        _ => None,
    };
    let subject = match target {
        Some(target) => load(db, viewer, target).await.ok(),
        None => None,
    };
    Ok(NoticeView {
        action,
        reason: row.reason,
        created_at: row.created_at,
        post_id: subject.as_ref().map(|s| s.post.id),
        excerpt: subject
            .as_ref()
            .map(|s| crate::posts::markdown::excerpt(s.body_html(), 400))
            .unwrap_or_default(),
        until: (action == Action::Suspend)
            .then(|| row.detail.parse().ok())
            .flatten(),
    })
}

/// Rows of the audit log per page.
pub const LOG_PAGE: u64 = 100;

/// The audit log for community managers and administrators; rows of groups the viewer cannot
/// read keep who acted and how, but not the group's name nor the reason (no bypass of the
/// access rule, even for the log).
pub async fn log(db: &Db, viewer: &Viewer, filter: &LogFilter) -> Result<Vec<LogRow>> {
    if !viewer.role.manages_community() {
        return Err(Error::Forbidden);
    }
    // A filter by a group the viewer may not read finds what a filter by a group that does not
    // exist finds: nothing.
    if let Some(group) = filter.group_id
        && repo::readable_group_names(db, viewer.id, vec![group])
            .await?
            .is_empty()
    {
        return Ok(Vec::new());
    }
    let mut rows = repo::log(db, filter, LOG_PAGE + 1).await?;
    let ids = rows.iter().filter_map(|r| r.group_id).collect();
    let readable = repo::readable_group_names(db, viewer.id, ids).await?;
    for row in &mut rows {
        if row.group_id.is_some_and(|g| !readable.contains_key(&g)) {
            row.group_name = None;
            row.reason = String::new();
        }
    }
    Ok(rows)
}
