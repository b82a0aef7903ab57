//! Group pages: the list, creating, the group page with its feed, joining and leaving,
//! members and requests, settings and archiving.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::repo::{GroupCard, MemberRow};
use super::service::{self, GroupForm, GroupView, JoinOutcome, MemberAction};
use crate::directory::access::Visibility;
use crate::error::{Error, Result};
use crate::feed::FeedScope;
use crate::feed::service::{self as feed, FeedItem, FeedPage};
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/groups", get(list_groups).post(create_group))
        .route("/groups/new", get(new_group))
        .route("/groups/{id}", get(show_group))
        .route("/groups/{id}/join", post(join_group))
        .route("/groups/{id}/leave", post(leave_group))
        .route("/groups/{id}/members", get(show_members).post(add_member))
        .route("/groups/{id}/members/{user}/{action}", post(manage_member))
        .route(
            "/groups/{id}/requests/{user}/{decision}",
            post(decide_request),
        )
        .route(
            "/groups/{id}/settings",
            get(edit_settings).post(save_settings),
        )
        .route("/groups/{id}/archive", post(archive_group))
        .route("/groups/{id}/restore", post(restore_group))
}

#[derive(Template)]
#[template(path = "groups/list.html")]
struct GroupsPage {
    ctx: PageCtx,
    mine: Vec<GroupCard>,
    others: Vec<GroupCard>,
}

async fn list_groups(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    let (mine, others) = service::list(&app.db, &viewer).await?;
    Ok(render(GroupsPage { ctx, mine, others })?.into_response())
}

#[derive(Template)]
#[template(path = "groups/form.html")]
struct GroupFormPage {
    ctx: PageCtx,
    group_id: Option<i64>,
    form: GroupForm,
    errors: FormErrors,
}

fn group_form(
    ctx: PageCtx,
    group_id: Option<i64>,
    form: GroupForm,
    errors: FormErrors,
) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(
        GroupFormPage {
            ctx,
            group_id,
            form,
            errors,
        },
        refused,
    )
}

async fn new_group(CurrentUser(_, ctx): CurrentUser) -> Result<Response> {
    let form = GroupForm {
        visibility: "open".into(),
        ..Default::default()
    };
    group_form(ctx, None, form, FormErrors::none())
}

async fn create_group(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<GroupForm>,
) -> Result<Response> {
    match forms::split(service::create(&app.db, &viewer, &form).await, ctx.lang)? {
        Ok(id) => Ok(redirect_with_flash(
            &format!("/groups/{id}"),
            Flash::success("flash-group-created"),
        )),
        Err(errors) => group_form(ctx, None, form, errors),
    }
}

/// The `?before=` cursor of feed pages.
#[derive(Debug, Default, Deserialize)]
pub struct FeedQuery {
    /// Show posts older than this post id.
    pub before: Option<i64>,
}

#[derive(Template)]
#[template(path = "groups/show.html")]
struct GroupPage {
    ctx: PageCtx,
    view: GroupView,
    feed: FeedPage,
    pinned: Vec<FeedItem>,
    can_announce: bool,
    member_count: u64,
    errors: FormErrors,
    draft: String,
    /// The largest file the composer takes, in MB (administrators set it).
    attach_max_mb: i64,
    /// The most files one post takes.
    attach_max_files: usize,
    /// What the composer's file picker offers.
    attach_accept: &'static str,
}

async fn show_group(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Query(query): Query<FeedQuery>,
) -> Result<Response> {
    group_page(
        &app,
        &viewer,
        ctx,
        id,
        query.before,
        FormErrors::none(),
        String::new(),
    )
    .await
}

/// Renders the group page; also used to show the composer again with its errors.
pub async fn group_page(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    ctx: PageCtx,
    id: i64,
    before: Option<i64>,
    errors: FormErrors,
    draft: String,
) -> Result<Response> {
    let view = service::view(&app.db, viewer, id).await?;
    let (feed, pinned) = if view.access.can_read() {
        let pinned = match before {
            None => feed::pinned(&app.db, viewer, feed::PinnedWhere::Group(id)).await?,
            Some(_) => Vec::new(),
        };
        let feed = feed::feed(&app.db, viewer, FeedScope::Group(id), before).await?;
        (feed, pinned)
    } else {
        let feed = FeedPage {
            items: vec![],
            next_before: None,
        };
        (feed, Vec::new())
    };
    let can_announce = crate::announcements::service::may_announce(viewer, &view);
    let member_count = service::member_count(&app.db, &view).await?;
    let attach_max_mb = match view.access.can_post() {
        true => crate::settings::ATTACHMENT_MAX_MB.get(&app.db).await?,
        false => 0,
    };
    let refused = errors.any();
    forms::form_page(
        GroupPage {
            ctx,
            view,
            feed,
            pinned,
            can_announce,
            member_count,
            errors,
            draft,
            attach_max_mb,
            attach_max_files: crate::attachments::MAX_FILES,
            attach_accept: crate::attachments::ACCEPT,
        },
        refused,
    )
}

async fn join_group(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let flash = match service::join(&app.db, &viewer, id).await? {
        JoinOutcome::Joined => "flash-joined",
        JoinOutcome::Requested => "flash-join-requested",
    };
    Ok(redirect_with_flash(
        &format!("/groups/{id}"),
        Flash::success(flash),
    ))
}

async fn leave_group(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let to = format!("/groups/{id}");
    flash_outcome(
        &to,
        service::leave(&app.db, &viewer, id).await,
        "flash-left",
    )
}

/// Back to `to` with `done` as the flash, or the refusal's own message (the last admin, a
/// membership the directory keeps).
fn flash_outcome(to: &str, result: Result<()>, done: &str) -> Result<Response> {
    match result {
        Ok(()) => Ok(redirect_with_flash(to, Flash::success(done))),
        Err(Error::Invalid(fields)) => {
            let key = fields.first().map_or("error-last-admin", |f| f.key);
            Ok(redirect_with_flash(to, Flash::error(key)))
        }
        Err(other) => Err(other),
    }
}

#[derive(Template)]
#[template(path = "groups/members.html")]
struct MembersPage {
    ctx: PageCtx,
    view: GroupView,
    members: Vec<MemberRow>,
    requests: Vec<MemberRow>,
    member_count: u64,
    errors: FormErrors,
    email: String,
}

async fn members_page(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    ctx: PageCtx,
    id: i64,
    errors: FormErrors,
    email: String,
) -> Result<Response> {
    let view = service::readable(&app.db, viewer, id).await?;
    let (members, requests, member_count) = service::people_of(&app.db, &view).await?;
    let refused = errors.any();
    forms::form_page(
        MembersPage {
            ctx,
            view,
            members,
            requests,
            member_count,
            errors,
            email,
        },
        refused,
    )
}

async fn show_members(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    members_page(&app, &viewer, ctx, id, FormErrors::none(), String::new()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct AddMemberForm {
    email: String,
}

async fn add_member(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<AddMemberForm>,
) -> Result<Response> {
    match forms::split(
        service::add_member(&app.db, &viewer, id, &form.email).await,
        ctx.lang,
    )? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/groups/{id}/members"),
            Flash::success("flash-member-added"),
        )),
        Err(errors) => members_page(&app, &viewer, ctx, id, errors, form.email).await,
    }
}

async fn manage_member(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path((id, user, action)): Path<(i64, i64, String)>,
) -> Result<Response> {
    let action = match action.as_str() {
        "promote" => MemberAction::Promote,
        "moderator" => MemberAction::Moderator,
        "demote" => MemberAction::Demote,
        "remove" => MemberAction::Remove,
        _ => return Err(Error::NotFound),
    };
    let to = format!("/groups/{id}/members");
    flash_outcome(
        &to,
        service::manage_member(&app.db, &viewer, id, user, action).await,
        "flash-members-updated",
    )
}

async fn decide_request(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path((id, user, decision)): Path<(i64, i64, String)>,
) -> Result<Response> {
    let approve = match decision.as_str() {
        "approve" => true,
        "decline" => false,
        _ => return Err(Error::NotFound),
    };
    service::decide_request(&app.db, &viewer, id, user, approve).await?;
    let flash = if approve {
        "flash-request-approved"
    } else {
        "flash-request-declined"
    };
    Ok(redirect_with_flash(
        &format!("/groups/{id}/members"),
        Flash::success(flash),
    ))
}

async fn edit_settings(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let view = service::view(&app.db, &viewer, id).await?;
    if !view.access.can_manage() {
        return Err(Error::Forbidden);
    }
    let form = GroupForm {
        name: view.group.name.clone(),
        description: view.group.description.clone(),
        visibility: view.visibility().as_str().to_string(),
    };
    group_form(ctx, Some(id), form, FormErrors::none())
}

async fn save_settings(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<GroupForm>,
) -> Result<Response> {
    match forms::split(service::update(&app.db, &viewer, id, &form).await, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/groups/{id}"),
            Flash::success("flash-group-saved"),
        )),
        Err(errors) => group_form(ctx, Some(id), form, errors),
    }
}

async fn archive_group(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::set_archived(&app.db, &viewer, id, true).await?;
    Ok(redirect_with_flash(
        &format!("/groups/{id}"),
        Flash::success("flash-group-archived"),
    ))
}

async fn restore_group(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::set_archived(&app.db, &viewer, id, false).await?;
    Ok(redirect_with_flash(
        &format!("/groups/{id}"),
        Flash::success("flash-group-restored"),
    ))
}

impl GroupCard {
    /// The i18n key of the visibility label.
    pub fn visibility_key(&self) -> &'static str {
        visibility_key(Visibility::from_stored(&self.visibility))
    }
}

impl GroupView {
    /// The i18n key of the visibility label.
    pub fn visibility_key(&self) -> &'static str {
        visibility_key(self.visibility())
    }
}

/// The i18n key naming a visibility.
pub fn visibility_key(visibility: Visibility) -> &'static str {
    match visibility {
        Visibility::Open => "visibility-open",
        Visibility::Closed => "visibility-closed",
        Visibility::Secret => "visibility-secret",
    }
}
