//! People pages: the directory and expertise finder, profiles with their posts, editing one's
//! own profile and photo, following, and serving stored images.

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::repo::DirectoryFilter;
use super::service::{self, DirectoryPage, ProfileForm, ProfileView};
use crate::error::{Error, Result};
use crate::feed::FeedScope;
use crate::feed::service::{self as feed, FeedPage};
use crate::groups::FeedQuery;
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/people", get(directory))
        .route("/people/suggest", get(suggest))
        .route("/people/{id}", get(show_profile))
        .route("/people/{id}/follow", post(follow))
        .route("/people/{id}/unfollow", post(unfollow))
        .route("/profile/edit", get(edit_profile).post(save_profile))
        .route("/profile/photo", post(upload_photo))
        .route("/media/{id}", get(media))
}

/// Directory filters as they arrive in the query string.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DirectoryQuery {
    q: String,
    department: String,
    location: String,
    expertise: String,
    after: Option<i64>,
}

#[derive(Template)]
#[template(path = "people/directory.html")]
struct DirectoryTemplate {
    ctx: PageCtx,
    filter: DirectoryFilter,
    page: DirectoryPage,
    next_url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SuggestQuery {
    q: String,
}

/// Names for the @mention autocomplete (JSON; signed-in members only, like the directory).
async fn suggest(
    State(app): State<AppState>,
    CurrentUser(_, _): CurrentUser,
    Query(query): Query<SuggestQuery>,
) -> Result<Response> {
    Ok(axum::Json(service::suggest(&app.db, &query.q).await?).into_response())
}

async fn directory(
    State(app): State<AppState>,
    CurrentUser(_, ctx): CurrentUser,
    Query(query): Query<DirectoryQuery>,
) -> Result<Response> {
    let filter = DirectoryFilter {
        name: query.q.trim().chars().take(100).collect(),
        department: query.department,
        location: query.location,
        expertise: query.expertise.trim().to_lowercase(),
    };
    let page = service::directory(&app.db, &app.directory_menus, &filter, query.after).await?;
    let next_url = page.next_after.map(|after| {
        let params = [
            ("q", filter.name.as_str()),
            ("department", filter.department.as_str()),
            ("location", filter.location.as_str()),
            ("expertise", filter.expertise.as_str()),
        ];
        let mut url = form_urlencoded::Serializer::new(String::new());
        url.extend_pairs(params.iter().filter(|(_, v)| !v.is_empty()));
        url.append_pair("after", &after.to_string());
        format!("/people?{}", url.finish())
    });
    Ok(render(DirectoryTemplate {
        ctx,
        filter,
        page,
        next_url,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "people/profile.html")]
struct ProfilePage {
    ctx: PageCtx,
    profile: ProfileView,
    is_self: bool,
    feed: FeedPage,
}

async fn show_profile(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Query(query): Query<FeedQuery>,
) -> Result<Response> {
    let profile = service::profile(&app.db, viewer.id, id).await?;
    let feed = feed::feed(&app.db, &viewer, FeedScope::Author(id), query.before).await?;
    Ok(render(ProfilePage {
        ctx,
        profile,
        is_self: viewer.id == id,
        feed,
    })?
    .into_response())
}

async fn follow(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::set_following(&app.db, viewer.id, id, true).await?;
    Ok(redirect_with_flash(
        &format!("/people/{id}"),
        Flash::success("flash-following"),
    ))
}

async fn unfollow(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::set_following(&app.db, viewer.id, id, false).await?;
    Ok(redirect_with_flash(
        &format!("/people/{id}"),
        Flash::success("flash-unfollowed"),
    ))
}

#[derive(Template)]
#[template(path = "people/edit.html")]
struct EditProfilePage {
    ctx: PageCtx,
    form: ProfileForm,
    profile: ProfileView,
    errors: FormErrors,
}

async fn edit_page(
    app: &AppState,
    ctx: PageCtx,
    user_id: i64,
    form: Option<ProfileForm>,
    errors: FormErrors,
) -> Result<Response> {
    let profile = service::profile(&app.db, user_id, user_id).await?;
    let form = match form {
        Some(form) => form,
        None => ProfileForm {
            display_name: profile.user.display_name.clone(),
            job_title: profile.user.job_title.clone(),
            department: profile.user.department.clone(),
            location: profile.user.location.clone(),
            bio: profile.user.bio.clone(),
            expertise: profile.expertise.join(", "),
            manager_email: match profile.manager {
                Some((id, _)) => service::active_user(&app.db, id)
                    .await
                    .map(|m| m.email)
                    .unwrap_or_default(),
                None => String::new(),
            },
        },
    };
    let refused = errors.any();
    forms::form_page(
        EditProfilePage {
            ctx,
            form,
            profile,
            errors,
        },
        refused,
    )
}

async fn edit_profile(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    edit_page(&app, ctx, viewer.id, None, FormErrors::none()).await
}

async fn save_profile(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<ProfileForm>,
) -> Result<Response> {
    match forms::split(
        service::update_profile(&app.db, viewer.id, &form).await,
        ctx.lang,
    )? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/people/{}", viewer.id),
            Flash::success("flash-profile-saved"),
        )),
        Err(errors) => edit_page(&app, ctx, viewer.id, Some(form), errors).await,
    }
}

async fn read_photo_field(mut multipart: Multipart) -> Result<Vec<u8>> {
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| Error::invalid("photo", "error-photo-not-image"))?
    {
        if field.name() == Some("photo") {
            let bytes = field
                .bytes()
                .await
                .map_err(|_| Error::invalid("photo", "error-photo-too-large"))?;
            return Ok(bytes.to_vec());
        }
    }
    Err(Error::invalid("photo", "error-photo-missing"))
}

async fn upload_photo(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    multipart: Multipart,
) -> Result<Response> {
    let result = match read_photo_field(multipart).await {
        Ok(bytes) => service::set_photo(&app.db, viewer.id, bytes).await,
        Err(err) => Err(err),
    };
    match forms::split(result, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            "/profile/edit",
            Flash::success("flash-photo-saved"),
        )),
        Err(errors) => edit_page(&app, ctx, viewer.id, None, errors).await,
    }
}

async fn media(
    State(app): State<AppState>,
    CurrentUser(..): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let media = service::media(&app.db, id).await?;
    let headers = [
        (header::CONTENT_TYPE, media.content_type),
        (header::CACHE_CONTROL, "private, max-age=86400".to_string()),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        (header::CONTENT_DISPOSITION, "inline".to_string()),
    ];
    Ok((headers, media.bytes).into_response())
}
