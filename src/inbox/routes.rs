//! Notification pages: the list, opening one, marking all read, preferences, and the live
//! stream that keeps the header's unread count current.

use std::convert::Infallible;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::sync::broadcast::{Receiver, error::RecvError};

use super::LiveHub;
use super::service::{self, NotificationView, Preference};
use crate::db::Db;
use crate::error::Result;
use crate::groups::FeedQuery;
use crate::i18n::Lang;
use crate::web::flash::redirect;
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/notifications", get(list))
        .route("/notifications/read", post(read_all))
        .route("/notifications/stream", get(stream))
        .route("/notifications/settings", get(settings).post(save_settings))
        .route("/notifications/{id}", get(open))
        .route(
            "/mail/unsubscribe/{token}",
            get(unsubscribe_page).post(unsubscribe),
        )
}

#[derive(Template)]
#[template(path = "notifications/unsubscribe.html")]
struct UnsubscribePage {
    ctx: PageCtx,
    token: String,
    done: bool,
}

/// Asks to confirm (a link opened from a mail must not change anything on its own: mail
/// scanners open links).
async fn unsubscribe_page(
    State(app): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<Response> {
    crate::mail::unsubscribe_scope(&app.db, &token)
        .await?
        .ok_or(crate::error::Error::NotFound)?;
    Ok(render(UnsubscribePage {
        ctx,
        token,
        done: false,
    })?
    .into_response())
}

/// Turns off the one kind of mail the token is for (notifications, the digest or the
/// newsletter): the confirmation form, and mail clients' one-click POST
/// (RFC 8058), which comes without cookies — the token is the credential.
async fn unsubscribe(
    State(app): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<Response> {
    let (user_id, scope) = crate::mail::unsubscribe_scope(&app.db, &token)
        .await?
        .ok_or(crate::error::Error::NotFound)?;
    if scope == super::digest::UNSUBSCRIBE_SCOPE {
        super::digest::set_frequency(&app.db, user_id, super::digest::Frequency::Never).await?;
    } else if scope == crate::newsletter::UNSUBSCRIBE_SCOPE {
        crate::newsletter::opt_out(&app.db, user_id).await?;
    } else {
        service::stop_emails(&app.db, user_id).await?;
    }
    Ok(render(UnsubscribePage {
        ctx,
        token,
        done: true,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "notifications/list.html")]
struct ListPage {
    ctx: PageCtx,
    items: Vec<NotificationView>,
    next_before: Option<i64>,
}

async fn list(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<FeedQuery>,
) -> Result<Response> {
    let (items, next_before) = service::page(&app.db, viewer.id, ctx.lang, query.before).await?;
    Ok(render(ListPage {
        ctx,
        items,
        next_before,
    })?
    .into_response())
}

async fn open(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let target = service::open(&app.db, viewer.id, id).await?;
    Ok(redirect(&target))
}

async fn read_all(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
) -> Result<Response> {
    service::mark_all_read(&app.db, viewer.id).await?;
    Ok(redirect_with_flash(
        "/notifications",
        Flash::success("flash-notifications-read"),
    ))
}

#[derive(Template)]
#[template(path = "notifications/settings.html")]
struct SettingsPage {
    ctx: PageCtx,
    preferences: Vec<Preference>,
    digest: super::digest::Frequency,
    frequencies: [super::digest::Frequency; 3],
    /// Whether the member gets the community newsletter.
    newsletter: bool,
}

async fn settings(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    let preferences = service::preferences(&app.db, viewer.id).await?;
    let digest = super::digest::frequency_of(&app.db, viewer.id).await?;
    Ok(render(SettingsPage {
        ctx,
        preferences,
        digest,
        frequencies: super::digest::Frequency::ALL,
        newsletter: crate::newsletter::receives(&app.db, viewer.id).await?,
    })?
    .into_response())
}

async fn save_settings(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response> {
    service::save_preferences(&app.db, viewer.id, &fields).await?;
    if let Some(frequency) = fields
        .iter()
        .find(|(name, _)| name == "digest")
        .and_then(|(_, value)| super::digest::Frequency::parse(value))
    {
        super::digest::set_frequency(&app.db, viewer.id, frequency).await?;
    }
    let newsletter = fields.iter().any(|(name, _)| name == "newsletter");
    crate::newsletter::set_receiving(&app.db, viewer.id, newsletter).await?;
    Ok(redirect_with_flash(
        "/notifications/settings",
        Flash::success("flash-preferences-saved"),
    ))
}

/// One open stream: whose it is, and the last notification it announced.
struct Stream {
    db: Db,
    hub: LiveHub,
    receiver: Receiver<i64>,
    viewer_id: i64,
    lang: Lang,
    after: i64,
    opened: bool,
}

/// Server-sent events: the unread count at once, then on every notification for the viewer.
async fn stream(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    let state = Stream {
        after: service::newest_id(&app.db, viewer.id).await?,
        receiver: app.live.subscribe(),
        hub: app.live.clone(),
        db: app.db.clone(),
        viewer_id: viewer.id,
        lang: ctx.lang,
        opened: false,
    };
    let events = futures_util::stream::unfold(state, next_event);
    Ok(Sse::new(events)
        .keep_alive(KeepAlive::default())
        .into_response())
}

async fn next_event(
    mut stream: Stream,
) -> Option<(std::result::Result<Event, Infallible>, Stream)> {
    if stream.opened {
        wait_for_mine(&mut stream).await?;
    }
    stream.opened = true;
    let update =
        match service::live_update(&stream.db, stream.viewer_id, stream.lang, stream.after).await {
            Ok(update) => update,
            Err(err) => {
                tracing::warn!(%err, "live notification update failed; the browser reconnects");
                return None;
            }
        };
    if let Some(latest) = &update.latest {
        stream.after = latest.id;
    }
    let event = Event::default()
        .event("notifications")
        .json_data(&update)
        .ok()?;
    Some((Ok(event), stream))
}

/// Waits until the hub announces a notification for this stream's member (or lost track, and
/// a recount is due); `None` when the server stops.
async fn wait_for_mine(stream: &mut Stream) -> Option<()> {
    loop {
        tokio::select! {
            _ = stream.hub.stopped() => return None,
            got = stream.receiver.recv() => match got {
                Ok(user_id) if user_id == stream.viewer_id => return Some(()),
                Ok(_) => continue,
                Err(RecvError::Lagged(_)) => return Some(()),
                Err(RecvError::Closed) => return None,
            }
        }
    }
}
