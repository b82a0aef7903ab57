//! Post rules: who may post, edit, delete, comment and react, and the feeds — all reads go
//! through the groups access rule, so a closed or secret group's post is "not found" for
//! anyone outside it, wherever they ask.

use serde::Deserialize;

use super::entity::{comment, post, revision};
use super::kind::PostKind;
use super::repo;
use super::{markdown, mentions};
use crate::activity::{self, ActivityKind};
use crate::attachments;
use crate::auth::Viewer;
use crate::db::{self, Db};
use crate::error::{Error, Result};
use crate::groups::service::{self as groups, GroupView};
use crate::notifications::{Notice, NotificationKind, notify};
use crate::validate::Checks;
use crate::web::Upload;

/// Longest post or comment, in characters.
pub const MAX_BODY: usize = 20_000;

/// A reaction: stored kind, emoji, i18n key of its accessible name.
pub type Reaction = (&'static str, &'static str, &'static str);

/// The reactions members can give: a small fixed set.
pub const REACTIONS: [Reaction; 5] = [
    ("like", "👍", "reaction-like"),
    ("celebrate", "🎉", "reaction-celebrate"),
    ("thanks", "🙏", "reaction-thanks"),
    ("insightful", "💡", "reaction-insightful"),
    ("support", "❤️", "reaction-support"),
];

/// A post or comment form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BodyForm {
    /// Markdown text.
    pub body: String,
    /// The post type (`discussion` when empty; ignored for comments).
    pub kind: String,
}

/// The checked body with typed mentions linked.
async fn check_body(db: &Db, form: &BodyForm) -> Result<String> {
    let mut checks = Checks::new();
    let body = checks.text("body", &form.body, 1, MAX_BODY);
    checks.finish()?;
    mentions::link_typed_mentions(db, &body).await
}

fn check_kind(form: &BodyForm) -> Result<PostKind> {
    match form.kind.as_str() {
        "" => Ok(PostKind::Discussion),
        text => PostKind::parse(text)
            .filter(|k| k.from_composer())
            .ok_or_else(|| Error::invalid("kind", "error-kind")),
    }
}

/// The colleagues a praise post appreciates: the active members it mentions, not its author.
async fn praised_colleagues(db: &Db, viewer: &Viewer, mentioned: &[i64]) -> Result<Vec<i64>> {
    let mut praised = Vec::new();
    for &id in mentioned.iter().filter(|&&id| id != viewer.id) {
        if crate::people::service::active_user(db, id).await.is_ok() {
            praised.push(id);
        }
    }
    if praised.is_empty() {
        return Err(Error::invalid("body", "error-praise-nobody"));
    }
    Ok(praised)
}

/// A notification about post `post_id` in `group_id` caused by `viewer`.
fn notice_about(kind: NotificationKind, viewer: &Viewer, group_id: i64, post_id: i64) -> Notice {
    Notice {
        kind,
        actor_id: Some(viewer.id),
        group_id: Some(group_id),
        post_id: Some(post_id),
        detail: None,
    }
}

/// Posts in a group the viewer is a member of; a praise post must mention whom it praises.
pub async fn create(
    db: &Db,
    viewer: &Viewer,
    group_id: i64,
    form: &BodyForm,
    uploads: Vec<Upload>,
) -> Result<i64> {
    groups::postable(db, viewer, group_id).await?;
    let kind = check_kind(form);
    let body = check_body(db, form).await;
    let files = attachments::prepare(db, uploads).await;
    let ((kind, body), files) = Error::combine(Error::combine(kind, body), files)?;
    let mentioned = mentions::mentioned_ids(&body);
    let praised = if kind == PostKind::Praise {
        praised_colleagues(db, viewer, &mentioned).await?
    } else {
        Vec::new()
    };
    let tx = db::begin_write(db).await?;
    let id = repo::insert_post(
        &tx,
        group_id,
        viewer.id,
        kind,
        &body,
        markdown::render(&body),
    )
    .await?;
    crate::praise::insert_recipients(&tx, id, &praised).await?;
    attachments::insert(&tx, id, viewer.id, files).await?;
    notify(
        &tx,
        &notice_about(NotificationKind::Praise, viewer, group_id, id),
        praised.clone(),
    )
    .await?;
    let others = mentioned.into_iter().filter(|m| !praised.contains(m));
    notify(
        &tx,
        &notice_about(NotificationKind::Mention, viewer, group_id, id),
        others,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A live post the viewer may read, with its group. A post a moderator hid is there only for
/// its author and those who moderate its group.
pub async fn readable_post(
    db: &Db,
    viewer: &Viewer,
    post_id: i64,
) -> Result<(post::Model, GroupView)> {
    let post = repo::find_post(db, post_id).await?.ok_or(Error::NotFound)?;
    let group = groups::readable(db, viewer, post.group_id).await?;
    if post.hidden_at.is_some() && post.author_id != viewer.id && !group.access.can_moderate() {
        return Err(Error::NotFound);
    }
    Ok((post, group))
}

/// Whether the viewer may delete a post: its author, or a group admin.
pub fn may_remove(viewer: &Viewer, author_id: i64, group: &GroupView) -> bool {
    viewer.id == author_id || group.access.can_manage()
}

/// Edits a post (its author only, not in archived groups); the old text is kept.
pub async fn edit(db: &Db, viewer: &Viewer, post_id: i64, form: &BodyForm) -> Result<()> {
    let (post, group) = readable_post(db, viewer, post_id).await?;
    if post.author_id != viewer.id || group.access.archived {
        return Err(Error::Forbidden);
    }
    let body = check_body(db, form).await?;
    let before = mentions::mentioned_ids(&post.body_md);
    let newly = mentions::mentioned_ids(&body)
        .into_iter()
        .filter(|m| !before.contains(m));
    let notice = notice(NotificationKind::Mention, viewer, &post);
    let tx = db::begin_write(db).await?;
    repo::edit_post(&tx, post, viewer.id, &body, markdown::render(&body)).await?;
    notify(&tx, &notice, newly).await?;
    tx.commit().await?;
    Ok(())
}

/// Deletes a post (author or group admin); returns its group to go back to.
pub async fn delete(db: &Db, viewer: &Viewer, post_id: i64) -> Result<i64> {
    let (post, group) = readable_post(db, viewer, post_id).await?;
    if !may_remove(viewer, post.author_id, &group) {
        return Err(Error::Forbidden);
    }
    let group_id = post.group_id;
    let tx = db::begin_write(db).await?;
    repo::delete_post(&tx, post).await?;
    tx.commit().await?;
    Ok(group_id)
}

/// Comments on a post the viewer may respond to.
pub async fn comment(db: &Db, viewer: &Viewer, post_id: i64, form: &BodyForm) -> Result<i64> {
    let (post, group) = readable_post(db, viewer, post_id).await?;
    if !group.access.can_respond() {
        return Err(Error::Forbidden);
    }
    if post.comments_locked_at.is_some() {
        return Err(Error::invalid("body", "error-comments-locked"));
    }
    let body = check_body(db, form).await?;
    let tx = db::begin_write(db).await?;
    let id = repo::insert_comment(&tx, post.id, viewer.id, &body, markdown::render(&body)).await?;
    let answers = is_question(&post) && post.author_id != viewer.id;
    if answers && post.first_response_at.is_none() {
        repo::mark_first_response(&tx, post.id, crate::db::now_ms()).await?;
    }
    let kind = if answers {
        ActivityKind::Answer
    } else {
        ActivityKind::Comment
    };
    activity::record(&tx, kind, viewer.id, Some(post.group_id), Some(post.id)).await?;
    let mut receivers = repo::followers_of(&tx, post.id).await?;
    receivers.push(post.author_id);
    let mentioned = mentions::mentioned_ids(&body)
        .into_iter()
        .filter(|m| !receivers.contains(m));
    notify(
        &tx,
        &notice(NotificationKind::Mention, viewer, &post),
        mentioned,
    )
    .await?;
    notify(
        &tx,
        &notice(NotificationKind::Reply, viewer, &post),
        receivers,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A notification about `post` caused by `viewer`.
fn notice(kind: NotificationKind, viewer: &Viewer, post: &post::Model) -> Notice {
    notice_about(kind, viewer, post.group_id, post.id)
}

/// Starts or stops the viewer following a post they can read.
pub async fn set_following(db: &Db, viewer: &Viewer, post_id: i64, follow: bool) -> Result<()> {
    let (post, _) = readable_post(db, viewer, post_id).await?;
    Ok(repo::set_following(db, post.id, viewer.id, follow).await?)
}

pub fn is_question(post: &post::Model) -> bool {
    post.kind == PostKind::Question.as_str()
}

/// Who may accept an answer: the asker, a group admin or a community manager, while the group
/// is not archived.
pub fn may_accept(viewer: &Viewer, post: &post::Model, group: &GroupView) -> bool {
    is_question(post)
        && !group.access.archived
        && (viewer.id == post.author_id
            || group.access.can_manage()
            || viewer.role.manages_community())
}

fn is_call_for_help(post: &post::Model) -> bool {
    post.kind == PostKind::CallForHelp.as_str()
}

/// Who may mark a call for help resolved or open: its author, while the group is not archived.
pub fn may_resolve(viewer: &Viewer, post: &post::Model, group: &GroupView) -> bool {
    is_call_for_help(post) && post.author_id == viewer.id && !group.access.archived
}

/// Marks the viewer's own call for help resolved, or open again.
pub async fn set_call_resolved(
    db: &Db,
    viewer: &Viewer,
    post_id: i64,
    resolved: bool,
) -> Result<()> {
    let (post, group) = readable_post(db, viewer, post_id).await?;
    if !is_call_for_help(&post) {
        return Err(Error::invalid("post", "error-not-a-call"));
    }
    if !may_resolve(viewer, &post, &group) {
        return Err(Error::Forbidden);
    }
    Ok(repo::set_resolved(db, post.id, resolved.then(crate::db::now_ms)).await?)
}

/// Accepts a comment as the answer to its question; returns the post to go back to.
pub async fn accept_answer(db: &Db, viewer: &Viewer, comment_id: i64) -> Result<i64> {
    let comment = repo::find_comment(db, comment_id)
        .await?
        .ok_or(Error::NotFound)?;
    let (post, group) = readable_post(db, viewer, comment.post_id).await?;
    if !is_question(&post) {
        return Err(Error::invalid("comment", "error-not-a-question"));
    }
    if !may_accept(viewer, &post, &group) {
        return Err(Error::Forbidden);
    }
    let tx = db::begin_write(db).await?;
    repo::set_accepted(&tx, post.id, Some(comment.id)).await?;
    let accepted = ActivityKind::AcceptedAnswer;
    activity::record(&tx, accepted, viewer.id, Some(post.group_id), Some(post.id)).await?;
    notify(
        &tx,
        &notice(NotificationKind::AnswerAccepted, viewer, &post),
        [comment.author_id],
    )
    .await?;
    tx.commit().await?;
    Ok(post.id)
}

/// Withdraws a question's accepted answer (same people as may accept).
pub async fn unaccept_answer(db: &Db, viewer: &Viewer, post_id: i64) -> Result<()> {
    let (post, group) = readable_post(db, viewer, post_id).await?;
    if !may_accept(viewer, &post, &group) {
        return Err(Error::Forbidden);
    }
    Ok(repo::set_accepted(db, post.id, None).await?)
}

/// Deletes a comment (its author or a group admin); returns the post to go back to.
pub async fn delete_comment(db: &Db, viewer: &Viewer, comment_id: i64) -> Result<i64> {
    let comment: comment::Model = repo::find_comment(db, comment_id)
        .await?
        .ok_or(Error::NotFound)?;
    let (post, group) = readable_post(db, viewer, comment.post_id).await?;
    if !may_remove(viewer, comment.author_id, &group) {
        return Err(Error::Forbidden);
    }
    let was_accepted = post.accepted_comment_id == Some(comment.id);
    let tx = crate::db::begin_write(db).await?;
    repo::delete_comment(&tx, comment).await?;
    if was_accepted {
        repo::set_accepted(&tx, post.id, None).await?;
    }
    tx.commit().await?;
    Ok(post.id)
}

/// Toggles a reaction: the same kind again removes it, another kind replaces it.
pub async fn react(db: &Db, viewer: &Viewer, post_id: i64, kind: &str) -> Result<()> {
    if !REACTIONS.iter().any(|(k, _, _)| *k == kind) {
        return Err(Error::invalid("kind", "error-reaction-unknown"));
    }
    let (post, group) = readable_post(db, viewer, post_id).await?;
    if !group.access.can_respond() {
        return Err(Error::Forbidden);
    }
    if repo::reaction_of(db, post.id, viewer.id).await?.as_deref() == Some(kind) {
        return Ok(repo::remove_reaction(db, post.id, viewer.id).await?);
    }
    let tx = db::begin_write(db).await?;
    repo::set_reaction(&tx, post.id, viewer.id, kind).await?;
    let reaction = ActivityKind::Reaction;
    activity::record(&tx, reaction, viewer.id, Some(post.group_id), Some(post.id)).await?;
    notify(
        &tx,
        &notice(NotificationKind::Reaction, viewer, &post),
        [post.author_id],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The edit history of a post the viewer may read, newest first.
pub async fn history(
    db: &Db,
    viewer: &Viewer,
    post_id: i64,
) -> Result<(post::Model, Vec<revision::Model>)> {
    let (post, _) = readable_post(db, viewer, post_id).await?;
    let revisions = repo::revisions(db, post_id).await?;
    Ok((post, revisions))
}
