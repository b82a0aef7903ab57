//! Group rules: creating, joining, requests, members, settings and archiving, each checked
//! against [`GroupAccess`].

use sea_orm::{ActiveValue::Set, ConnectionTrait, IntoActiveModel};
use serde::Deserialize;

use super::repo::{self, GroupCard, MemberRow};
use crate::activity::{self, ActivityKind};
use crate::auth::Viewer;
use crate::auth::throttle;
use crate::db::{self, Db, is_unique_violation, now_ms};
use crate::directory::access::{GroupAccess, Membership, Visibility};
use crate::directory::group;
use crate::error::{Error, Result};
use crate::notifications::{Notice, NotificationKind, notify};
use crate::people::service as people;
use crate::validate::Checks;

/// A group together with what the viewer may do in it.
pub struct GroupView {
    /// The group.
    pub group: group::Model,
    /// The viewer's rights.
    pub access: GroupAccess,
}

impl GroupView {
    /// The visibility, parsed.
    pub fn visibility(&self) -> Visibility {
        self.access.visibility
    }
}

/// Loads a group as `viewer` may see it. A group the viewer may not see is "not found", exactly
/// like a group that does not exist.
pub async fn view(db: &impl ConnectionTrait, viewer: &Viewer, group_id: i64) -> Result<GroupView> {
    let group = repo::find_group(db, group_id)
        .await?
        .ok_or(Error::NotFound)?;
    let membership = match repo::member_role(db, group_id, viewer.id).await?.as_deref() {
        Some(role) => Membership::of_role(role),
        None if repo::has_request(db, group_id, viewer.id).await? => Membership::Requested,
        None => Membership::None,
    };
    let access = GroupAccess {
        visibility: Visibility::from_stored(&group.visibility),
        membership,
        archived: group.archived_at.is_some(),
        manages_community: viewer.role.manages_community(),
        moderates_community: viewer.moderates_community(),
    };
    if !access.can_see() {
        return Err(Error::NotFound);
    }
    Ok(GroupView { group, access })
}

/// Like [`view`], but the viewer must be allowed to read the group's content.
pub async fn readable(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    group_id: i64,
) -> Result<GroupView> {
    let view = view(db, viewer, group_id).await?;
    if !view.access.can_read() {
        return Err(Error::NotFound);
    }
    Ok(view)
}

/// A group the viewer may post in (a member of a live group); forbidden otherwise.
pub async fn postable(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    group_id: i64,
) -> Result<GroupView> {
    let view = readable(db, viewer, group_id).await?;
    if !view.access.can_post() {
        return Err(Error::Forbidden);
    }
    Ok(view)
}

/// The group form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GroupForm {
    /// Name, unique (case-insensitively).
    pub name: String,
    /// Plain-text description.
    pub description: String,
    /// `open`, `closed` or `secret`.
    pub visibility: String,
}

impl GroupForm {
    /// Whether the form's visibility is `value` (to pre-select the radio button).
    pub fn visibility_is(&self, value: &str) -> bool {
        self.visibility == value
    }
}

struct CheckedGroup {
    name: String,
    description: String,
    visibility: Visibility,
}

fn check_group_form(form: &GroupForm) -> Result<CheckedGroup> {
    let mut checks = Checks::new();
    let name = checks.name("name", &form.name, 2, 80);
    let description = checks.text("description", &form.description, 0, 2000);
    let visibility = Visibility::parse(&form.visibility);
    if visibility.is_none() {
        checks.fail("visibility", "error-visibility");
    }
    checks.finish()?;
    Ok(CheckedGroup {
        name,
        description,
        visibility: visibility.unwrap_or(Visibility::Secret),
    })
}

fn name_taken(err: sea_orm::DbErr) -> Error {
    if is_unique_violation(&err) {
        Error::invalid("name", "error-group-name-taken")
    } else {
        Error::Db(err)
    }
}

/// Creates a group; any member may (seed 003), and becomes its first admin.
pub async fn create(db: &Db, viewer: &Viewer, form: &GroupForm) -> Result<i64> {
    let checked = check_group_form(form)?;
    let tx = db::begin_write(db).await?;
    let id = repo::insert_group(
        &tx,
        &checked.name,
        &checked.description,
        checked.visibility.as_str(),
        viewer.id,
    )
    .await
    .map_err(name_taken)?;
    repo::upsert_member(&tx, id, viewer.id, "admin").await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes name, description and visibility (group admins only).
pub async fn update(db: &Db, viewer: &Viewer, group_id: i64, form: &GroupForm) -> Result<()> {
    let view = view(db, viewer, group_id).await?;
    if !view.access.can_manage() {
        return Err(Error::Forbidden);
    }
    let checked = check_group_form(form)?;
    let was_open = view.group.visibility == Visibility::Open.as_str();
    let is_open = checked.visibility == Visibility::Open;
    let mut model = view.group.into_active_model();
    model.name_key = Set(super::name_key(
        &checked.name,
        checked.visibility.as_str(),
        group_id,
    ));
    model.name = Set(checked.name);
    model.description = Set(checked.description);
    model.visibility = Set(checked.visibility.as_str().to_string());
    let tx = crate::db::begin_write(db).await?;
    repo::update_group(&tx, model).await.map_err(name_taken)?;
    if was_open != is_open {
        // The community's top contributors count open groups only.
        crate::activity::contributions::regroup(&tx, group_id, is_open).await?;
    }
    Ok(tx.commit().await?)
}

/// The groups list: the viewer's own groups and all other listed groups.
pub async fn list(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
) -> Result<(Vec<GroupCard>, Vec<GroupCard>)> {
    let mine = repo::listable(db, viewer.id, true, 500).await?;
    let all = repo::listable(db, viewer.id, false, 500).await?;
    let others = all
        .into_iter()
        .filter(|g| !mine.iter().any(|m| m.id == g.id))
        .collect();
    Ok((mine, others))
}

/// What joining did.
#[derive(Debug, PartialEq, Eq)]
pub enum JoinOutcome {
    /// The viewer is now a member.
    Joined,
    /// A group admin must approve.
    Requested,
}

/// Joins an open group or asks to join a closed one. Secret groups cannot be joined.
pub async fn join(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    group_id: i64,
) -> Result<JoinOutcome> {
    let view = view(db, viewer, group_id).await?;
    if view.access.can_join() {
        repo::upsert_member(db, group_id, viewer.id, "member").await?;
        activity::record(db, ActivityKind::Join, viewer.id, Some(group_id), None).await?;
        return Ok(JoinOutcome::Joined);
    }
    if view.access.can_request() {
        repo::insert_request(db, group_id, viewer.id).await?;
        let notice = Notice {
            kind: NotificationKind::JoinRequest,
            actor_id: Some(viewer.id),
            group_id: Some(group_id),
            post_id: None,
            detail: None,
        };
        notify(db, &notice, repo::admin_ids(db, group_id).await?).await?;
        return Ok(JoinOutcome::Requested);
    }
    Err(Error::Forbidden)
}

/// Leaves a group, or withdraws a request. The last admin must hand over first.
pub async fn leave(db: &Db, viewer: &Viewer, group_id: i64) -> Result<()> {
    let view = view(db, viewer, group_id).await?;
    match view.access.membership {
        Membership::Requested => Ok(repo::delete_request(db, group_id, viewer.id).await?),
        Membership::None => Err(Error::Forbidden),
        Membership::Admin if repo::admin_ids(db, group_id).await?.len() <= 1 => {
            Err(Error::invalid("leave", "error-last-admin"))
        }
        _ if kept_by_directory(db, group_id, viewer.id).await? => {
            Err(Error::invalid("leave", "error-membership-kept"))
        }
        _ => {
            repo::remove_member(db, group_id, viewer.id).await?;
            activity::record(db, ActivityKind::Leave, viewer.id, Some(group_id), None).await?;
            Ok(())
        }
    }
}

async fn managed(db: &impl ConnectionTrait, viewer: &Viewer, group_id: i64) -> Result<GroupView> {
    let view = view(db, viewer, group_id).await?;
    if view.access.can_manage() {
        Ok(view)
    } else {
        Err(Error::Forbidden)
    }
}

/// Approves or declines a join request (group admins only).
pub async fn decide_request(
    db: &Db,
    viewer: &Viewer,
    group_id: i64,
    user_id: i64,
    approve: bool,
) -> Result<()> {
    managed(db, viewer, group_id).await?;
    if !repo::has_request(db, group_id, user_id).await? {
        return Err(Error::NotFound);
    }
    let tx = db::begin_write(db).await?;
    repo::delete_request(&tx, group_id, user_id).await?;
    if approve {
        repo::upsert_member(&tx, group_id, user_id, "member").await?;
        activity::record(&tx, ActivityKind::Join, user_id, Some(group_id), None).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Addresses without an account a group admin may try per hour: inside one organisation the
/// directory already names every colleague, so telling "no such colleague" is fine, but not in
/// bulk.
const ADDRESS_MISSES_PER_HOUR: u64 = 30;

/// Adds a colleague by e-mail (how closed and secret groups invite; group admins only).
pub async fn add_member(db: &Db, viewer: &Viewer, group_id: i64, email: &str) -> Result<()> {
    managed(db, viewer, group_id).await?;
    let who = format!("member:{}", viewer.id);
    if !throttle::lookup_allowed(db, &who, ADDRESS_MISSES_PER_HOUR).await? {
        return Err(Error::RateLimited);
    }
    let Some(account) = people::user_by_email(db, email).await?.filter(|u| u.active) else {
        throttle::record_lookup(db, &who).await?;
        return Err(Error::invalid("email", "error-member-unknown"));
    };
    if repo::member_role(db, group_id, account.id).await?.is_some() {
        return Err(Error::invalid("email", "error-already-member"));
    }
    let tx = db::begin_write(db).await?;
    repo::delete_request(&tx, group_id, account.id).await?;
    repo::upsert_member(&tx, group_id, account.id, "member").await?;
    activity::record(&tx, ActivityKind::Join, account.id, Some(group_id), None).await?;
    tx.commit().await?;
    Ok(())
}

/// Member-management actions of group admins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberAction {
    /// Make a member an admin.
    Promote,
    /// Make a member a moderator of the group.
    Moderator,
    /// Make an admin or moderator a plain member.
    Demote,
    /// Remove from the group.
    Remove,
}

/// Applies a member action; the group always keeps at least one admin.
pub async fn manage_member(
    db: &Db,
    viewer: &Viewer,
    group_id: i64,
    user_id: i64,
    action: MemberAction,
) -> Result<()> {
    managed(db, viewer, group_id).await?;
    let role = repo::member_role(db, group_id, user_id)
        .await?
        .ok_or(Error::NotFound)?;
    let losing_admin = role == "admin" && action != MemberAction::Promote;
    if losing_admin && repo::admin_ids(db, group_id).await?.len() <= 1 {
        return Err(Error::invalid("member", "error-last-admin"));
    }
    if action == MemberAction::Remove && kept_by_directory(db, group_id, user_id).await? {
        return Err(Error::invalid("member", "error-membership-kept"));
    }
    match action {
        MemberAction::Promote => repo::upsert_member(db, group_id, user_id, "admin").await?,
        MemberAction::Moderator => repo::upsert_member(db, group_id, user_id, "moderator").await?,
        MemberAction::Demote => repo::upsert_member(db, group_id, user_id, "member").await?,
        MemberAction::Remove => repo::remove_member(db, group_id, user_id).await?,
    }
    Ok(())
}

/// Whether the organisation's directory (SCIM) keeps this membership, so it is not ended here.
async fn kept_by_directory(db: &impl ConnectionTrait, group_id: i64, user_id: i64) -> Result<bool> {
    Ok(repo::membership_keeper(db, group_id, user_id)
        .await?
        .is_some_and(|keeper| keeper == people::SCIM_MANAGED))
}

/// Makes the members the organisation's directory keeps in `group_id` exactly `wanted`: those
/// missing become members (kept by the directory; someone who joined by hand stays as they
/// are), kept members no longer wanted leave — except a group's last admin, whose membership
/// is handed over to the group instead. Joins and leaves are recorded as any others.
pub async fn keep_directory_members(
    db: &impl ConnectionTrait,
    group_id: i64,
    wanted: &[i64],
) -> Result<()> {
    let wanted: std::collections::BTreeSet<i64> = wanted.iter().copied().collect();
    for &user_id in &wanted {
        if repo::insert_kept_member(db, group_id, user_id, people::SCIM_MANAGED).await? {
            activity::record(db, ActivityKind::Join, user_id, Some(group_id), None).await?;
        }
    }
    let kept = repo::kept_members(db, group_id, people::SCIM_MANAGED).await?;
    for (user_id, role) in kept.into_iter().filter(|(u, _)| !wanted.contains(u)) {
        if role == "admin" && repo::admin_ids(db, group_id).await?.len() <= 1 {
            repo::release_member(db, group_id, user_id).await?;
            continue;
        }
        repo::remove_member(db, group_id, user_id).await?;
        activity::record(db, ActivityKind::Leave, user_id, Some(group_id), None).await?;
    }
    Ok(())
}

/// Hands every membership the directory keeps in `group_id` over to the group (when the
/// group is no longer mapped): the members stay and may leave by hand.
pub async fn release_directory_members(db: &impl ConnectionTrait, group_id: i64) -> Result<()> {
    for (user_id, _) in repo::kept_members(db, group_id, people::SCIM_MANAGED).await? {
        repo::release_member(db, group_id, user_id).await?;
    }
    Ok(())
}

/// Archives (read-only, out of listings) or restores a group.
pub async fn set_archived(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    group_id: i64,
    archived: bool,
) -> Result<()> {
    let view = view(db, viewer, group_id).await?;
    if !view.access.can_archive() {
        return Err(Error::Forbidden);
    }
    let mut model = view.group.into_active_model();
    model.archived_at = Set(archived.then(now_ms));
    Ok(repo::update_group(db, model).await?)
}

/// How many members a group has (shown to everyone who may read it).
pub async fn member_count(db: &impl ConnectionTrait, view: &GroupView) -> Result<u64> {
    if !view.access.can_read() {
        return Ok(0);
    }
    Ok(repo::member_count(db, view.group.id).await?)
}

/// The live groups `viewer_id` is a member of, as (id, name), for menus.
pub async fn memberships(db: &impl ConnectionTrait, viewer_id: i64) -> Result<Vec<(i64, String)>> {
    Ok(repo::memberships(db, viewer_id).await?)
}

/// The group ids `viewer_id` is a member of (the home feed's sources).
pub async fn group_ids_of(db: &impl ConnectionTrait, viewer_id: i64) -> Result<Vec<i64>> {
    Ok(repo::group_ids_of(db, viewer_id).await?)
}

/// The member list (when the viewer may read the group) and, for admins, pending requests.
pub async fn people_of(
    db: &impl ConnectionTrait,
    view: &GroupView,
) -> Result<(Vec<MemberRow>, Vec<MemberRow>, u64)> {
    if !view.access.can_read() {
        return Ok((vec![], vec![], 0));
    }
    let id = view.group.id;
    let members = repo::members(db, id, 200).await?;
    let requests = if view.access.can_manage() {
        repo::requests(db, id).await?
    } else {
        vec![]
    };
    Ok((members, requests, repo::member_count(db, id).await?))
}
