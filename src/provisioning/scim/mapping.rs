//! What the identity provider's groups mean in Plein, set by administrators at
//! `/admin/scim/groups`: a directory group may keep the members of one Plein group, and may
//! give its members a platform role. Saving a mapping brings memberships and roles in line at
//! once; from then on every SCIM change to the group does.

use std::collections::BTreeSet;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use serde::Deserialize;

use super::groups::{apply_mapping, member_ids};
use crate::db::{self, now_ms};
use crate::directory::group;
use crate::error::{Error, Result};
use crate::people::Role;
use crate::provisioning::entity::{scim_group, scim_group_member};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash};

/// The routes of the mapping page.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/admin/scim/groups", get(show))
        .route("/admin/scim/groups/{id}", post(save))
}

/// One directory group as the page lists it.
struct Row {
    group: scim_group::Model,
    members: u64,
}

#[derive(Template)]
#[template(path = "admin/scim_groups.html")]
struct MappingPage {
    ctx: PageCtx,
    rows: Vec<Row>,
    /// Plein groups a directory group may keep: id and name.
    groups: Vec<(i64, String)>,
    /// The roles a directory group may give.
    roles: Vec<Role>,
    /// A refusal to show above the list: the directory group and the message key.
    refused: Option<(i64, &'static str)>,
}

impl MappingPage {
    fn maps_to(&self, row: &Row, group_id: &i64) -> bool {
        row.group.plein_group_id == Some(*group_id)
    }

    fn gives(&self, row: &Row, role: &Role) -> bool {
        row.group.role.as_deref() == Some(role.as_str())
    }
}

/// Roles a directory group may give (a member's role is what everyone has anyway).
const MAPPABLE_ROLES: [Role; 3] = [Role::Ambassador, Role::CommunityManager, Role::Admin];

async fn page(
    app: &AppState,
    ctx: PageCtx,
    refused: Option<(i64, &'static str)>,
) -> Result<Response> {
    let mut rows = Vec::new();
    for group in scim_group::Entity::find()
        .order_by_asc(scim_group::Column::DisplayKey)
        .all(&app.db)
        .await?
    {
        let members = scim_group_member::Entity::find()
            .filter(scim_group_member::Column::ScimGroupId.eq(group.id))
            .count(&app.db)
            .await?;
        rows.push(Row { group, members });
    }
    let groups = group::Entity::find()
        .filter(group::Column::ArchivedAt.is_null())
        .order_by_asc(group::Column::NameKey)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|g| (g.id, g.name))
        .collect();
    let page = MappingPage {
        ctx,
        rows,
        groups,
        roles: MAPPABLE_ROLES.to_vec(),
        refused,
    };
    let status = if refused.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    Ok((status, crate::web::render(page)?).into_response())
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    page(&app, ctx, None).await
}

/// The mapping form of one directory group.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MappingForm {
    plein_group: String,
    role: String,
}

/// Why a mapping cannot be saved.
enum Refusal {
    UnknownGroup,
    GroupTaken,
    UnknownRole,
}

impl Refusal {
    fn message_key(&self) -> &'static str {
        match self {
            Self::UnknownGroup => "scim-map-unknown-group",
            Self::GroupTaken => "scim-map-group-taken",
            Self::UnknownRole => "scim-map-unknown-role",
        }
    }
}

/// The Plein group and role the form names, checked.
async fn checked(
    app: &AppState,
    directory_group: i64,
    form: &MappingForm,
) -> Result<std::result::Result<(Option<i64>, Option<Role>), Refusal>> {
    let plein_group = match form.plein_group.trim() {
        "" => None,
        text => {
            let Ok(id) = text.parse::<i64>() else {
                return Ok(Err(Refusal::UnknownGroup));
            };
            let live = group::Entity::find_by_id(id)
                .one(&app.db)
                .await?
                .is_some_and(|g| g.archived_at.is_none());
            if !live {
                return Ok(Err(Refusal::UnknownGroup));
            }
            let taken = scim_group::Entity::find()
                .filter(scim_group::Column::PleinGroupId.eq(id))
                .filter(scim_group::Column::Id.ne(directory_group))
                .count(&app.db)
                .await?
                > 0;
            if taken {
                return Ok(Err(Refusal::GroupTaken));
            }
            Some(id)
        }
    };
    let role = match form.role.trim() {
        "" => None,
        text => match Role::parse(text).filter(|r| MAPPABLE_ROLES.contains(r)) {
            Some(role) => Some(role),
            None => return Ok(Err(Refusal::UnknownRole)),
        },
    };
    Ok(Ok((plein_group, role)))
}

async fn save(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<MappingForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    let stored = scim_group::Entity::find_by_id(id)
        .one(&app.db)
        .await?
        .ok_or(Error::NotFound)?;
    let (plein_group, role) = match checked(&app, id, &form).await? {
        Ok(mapping) => mapping,
        Err(refusal) => return page(&app, ctx, Some((id, refusal.message_key()))).await,
    };
    let tx = db::begin_write(&app.db).await?;
    let before = stored.plein_group_id;
    let mut model = stored.into_active_model();
    model.plein_group_id = Set(plein_group);
    model.role = Set(role.map(|r| r.as_str().to_string()));
    model.updated_at = Set(now_ms());
    let saved = model.update(&tx).await?;
    if let Some(old) = before.filter(|old| Some(*old) != plein_group) {
        crate::groups::service::release_directory_members(&tx, old).await?;
    }
    let members: BTreeSet<i64> = member_ids(&tx, id).await?.into_iter().collect();
    apply_mapping(&tx, &saved, &members).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        "/admin/scim/groups",
        Flash::success("scim-map-saved"),
    ))
}
