//! Idea rules: who may move an idea (its group's admins and the community managers), that every
//! move follows the workflow and carries a written response, and who hears of it (the author and
//! the idea's followers who can still read the group).

use serde::Deserialize;

use super::repo::{self, ResponseRow};
use super::status::IdeaStatus;
use crate::activity::{self, ActivityKind};
use crate::auth::Viewer;
use crate::db::{self, Db};
use crate::error::{Error, Result};
use crate::groups::service::GroupView;
use crate::notifications::{Notice, NotificationKind, notify};
use crate::posts::kind::PostKind;
use crate::posts::post;
use crate::posts::{self as posts_repo, markdown, service as posts};
use crate::validate::Checks;

/// The status-change form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    /// The new status.
    pub status: String,
    /// The written response to the author (required).
    pub response: String,
}

fn status_of(post: &post::Model) -> Option<IdeaStatus> {
    if post.kind != PostKind::Idea.as_str() {
        return None;
    }
    IdeaStatus::parse(post.idea_status.as_deref().unwrap_or_default()).or(Some(IdeaStatus::New))
}

/// Who may move an idea: a group admin or a community manager, while the group is not
/// archived. The author alone may not: the point is an answer from someone responsible.
fn may_decide(viewer: &Viewer, group: &GroupView) -> bool {
    !group.access.archived && (group.access.can_manage() || viewer.role.manages_community())
}

/// Moves an idea to a new status with a written response, and tells its author and followers.
pub async fn change_status(
    db: &Db,
    viewer: &Viewer,
    post_id: i64,
    form: &StatusForm,
) -> Result<()> {
    let (post, group) = posts::readable_post(db, viewer, post_id).await?;
    let current = status_of(&post).ok_or_else(|| Error::invalid("status", "error-not-an-idea"))?;
    if !may_decide(viewer, &group) {
        return Err(Error::Forbidden);
    }
    let mut checks = Checks::new();
    let next = IdeaStatus::parse(&form.status).filter(|to| current.may_become(*to));
    if next.is_none() {
        checks.fail("status", "error-idea-status");
    }
    let response = checks.text("response", &form.response, 1, posts::MAX_BODY);
    checks.finish()?;
    let next = next.unwrap_or(current);
    let tx = db::begin_write(db).await?;
    repo::insert_response(
        &tx,
        post.id,
        viewer.id,
        (current, next),
        &response,
        markdown::render(&response),
    )
    .await?;
    posts_repo::set_idea_status(&tx, post.id, next).await?;
    posts_repo::mark_first_response(&tx, post.id, crate::db::now_ms()).await?;
    let change = ActivityKind::IdeaStatus;
    activity::record(&tx, change, viewer.id, Some(post.group_id), Some(post.id)).await?;
    let mut receivers = posts_repo::followers_of(&tx, post.id).await?;
    receivers.push(post.author_id);
    let notice = Notice {
        kind: NotificationKind::IdeaStatus,
        actor_id: Some(viewer.id),
        group_id: Some(post.group_id),
        post_id: Some(post.id),
        detail: Some(next.as_str().into()),
    };
    notify(&tx, &notice, receivers).await?;
    tx.commit().await?;
    Ok(())
}

/// What the post page shows of an idea.
#[derive(Debug, Clone)]
pub struct IdeaPanel {
    /// Where it stands.
    pub status: IdeaStatus,
    /// The responses so far, oldest first.
    pub responses: Vec<ResponseRow>,
    /// The statuses the viewer may move it to (empty when they may not decide).
    pub choices: Vec<IdeaStatus>,
}

/// The idea panel of a post the viewer reads, when the post is an idea.
pub async fn panel(
    db: &Db,
    viewer: &Viewer,
    post: &post::Model,
    group: &GroupView,
) -> Result<Option<IdeaPanel>> {
    let Some(status) = status_of(post) else {
        return Ok(None);
    };
    let choices = if may_decide(viewer, group) {
        status.next().to_vec()
    } else {
        Vec::new()
    };
    Ok(Some(IdeaPanel {
        status,
        responses: repo::responses_of(db, post.id).await?,
        choices,
    }))
}

/// How many ideas a group has in each status, in workflow order.
pub async fn status_counts(db: &Db, group_id: i64) -> Result<Vec<(IdeaStatus, i64)>> {
    let stored = repo::status_counts(db, group_id).await?;
    Ok(IdeaStatus::ALL
        .into_iter()
        .map(|status| {
            let n = stored
                .iter()
                .filter(|(s, _)| s == status.as_str())
                .map(|(_, n)| *n)
                .sum();
            (status, n)
        })
        .collect())
}
