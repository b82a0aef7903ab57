//! Cockpit pages: the dashboard, and its daily figures as CSV and JSON.

use std::borrow::Borrow;
use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Form, Json};

use super::service;
use crate::activity::period::{Period, PeriodQuery, date_of, typed_or_date};
use crate::error::{Error, Result};
use crate::insights::departments::DepartmentName;
use crate::insights::figures::{self, Cockpit, GroupCockpit};
use crate::insights::format;
use crate::insights::groups::{self, GroupHealth, Health};
use crate::insights::metrics::Dip;
use crate::insights::phase::{self, Phase};
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};
use serde::{Deserialize, Serialize};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/cockpit", get(dashboard))
        .route("/cockpit/daily.csv", get(daily_csv))
        .route("/cockpit/daily.json", get(daily_json))
        .route("/privacy/analytics", get(privacy))
        .route(
            "/cockpit/thresholds",
            get(thresholds_form).post(save_thresholds),
        )
}

#[derive(Template)]
#[template(path = "cockpit/thresholds.html")]
struct ThresholdsPage {
    ctx: PageCtx,
    errors: FormErrors,
    /// (adjustable, value as shown in the field).
    values: Vec<(&'static phase::Adjustable, String)>,
}

impl ThresholdsPage {
    /// A phase's name.
    fn phase_name(&self, phase: &Phase) -> String {
        format::phase_name(self.ctx.lang, *phase)
    }
}

fn thresholds_page(
    ctx: PageCtx,
    values: Vec<(&'static phase::Adjustable, String)>,
    errors: FormErrors,
) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(
        ThresholdsPage {
            ctx,
            errors,
            values,
        },
        refused,
    )
}

async fn thresholds_form(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    let current = figures::thresholds(&app.db).await?;
    let values = phase::ADJUSTABLE
        .iter()
        .map(|a| (a, format!("{}", (a.get)(&current))))
        .collect();
    thresholds_page(ctx, values, FormErrors::none())
}

async fn save_thresholds(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response> {
    viewer.require_admin()?;
    match forms::split(service::parse_thresholds(&form), ctx.lang)? {
        Ok(thresholds) => {
            service::save_thresholds(&app.db, &viewer, &thresholds).await?;
            app.cockpit.clear();
            Ok(redirect_with_flash(
                "/cockpit",
                Flash::success("flash-thresholds-saved"),
            ))
        }
        Err(errors) => {
            let values = phase::ADJUSTABLE
                .iter()
                .map(|a| (a, form.get(a.field).cloned().unwrap_or_default()))
                .collect();
            thresholds_page(ctx, values, errors)
        }
    }
}

#[derive(Template)]
#[template(path = "cockpit/privacy.html")]
struct PrivacyPage {
    ctx: PageCtx,
    minimum: i64,
    retention_days: i64,
    top_contributors_shown: bool,
}

/// What is measured, for how long and who sees it: for every member, the works council and a
/// DPIA, with the settings in force.
async fn privacy(
    State(app): State<AppState>,
    CurrentUser(_, ctx): CurrentUser,
) -> Result<Response> {
    let minimum = crate::settings::min_group_size(&app.db).await?;
    Ok(render(PrivacyPage {
        ctx,
        minimum,
        retention_days: crate::settings::ACTIVITY_RETENTION_DAYS
            .get(&app.db)
            .await?,
        top_contributors_shown: !crate::settings::HIDE_TOP_CONTRIBUTORS.get(&app.db).await?,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "cockpit/index.html")]
struct DashboardPage {
    ctx: PageCtx,
    /// Whether the community reaches the minimum group size (else nothing is shown).
    large_enough: bool,
    /// The period shown.
    period: Period,
    /// The community's figures (not computed when a group is chosen).
    cockpit: Option<std::sync::Arc<Cockpit>>,
    /// When the community's figures were computed.
    as_of: Option<i64>,
    /// The chosen group and its figures.
    group: Option<GroupScope>,
    minimum: i64,
    /// The dates as typed (kept when they are refused).
    query: PeriodQuery,
    /// The i18n key of what is wrong with the typed period.
    period_error: Option<&'static str>,
    /// `from=…&to=…` (and `group=…`) of what is shown, for export links.
    link: String,
    /// Every group's health today, the ones needing attention first.
    groups: Vec<GroupHealth>,
}

impl DashboardPage {
    /// A figure with one decimal, in the page's language.
    fn one_decimal(&self, value: &f64) -> String {
        format::one_decimal(self.ctx.lang, *value)
    }

    /// A share as whole percent.
    fn percent(&self, share: &f64) -> i64 {
        (share * 100.0).round() as i64
    }

    /// Hours with one decimal and the unit, in the page's language.
    fn hours(&self, hours: &f64) -> String {
        format::hours(self.ctx.lang, *hours)
    }

    /// The left edge of day `index`'s bar in a 600-wide chart.
    fn bar_x(&self, index: impl Borrow<usize>, days: impl Borrow<usize>) -> String {
        let (index, days) = (*index.borrow(), *days.borrow());
        format!("{:.2}", index as f64 * 600.0 / days.max(1) as f64)
    }

    /// The width of one day's bar, with a gap while bars are wide enough to show one.
    fn bar_width(&self, days: impl Borrow<usize>) -> String {
        let slot = 600.0 / (*days.borrow()).max(1) as f64;
        format!("{:.2}", if slot > 4.0 { slot * 0.8 } else { slot })
    }

    /// "From … to …, compared with … to …".
    fn period_shown(&self) -> String {
        let previous = self.period.previous();
        let (from, to) = (date_of(self.period.from), date_of(self.period.to));
        let (before_from, before_to) = (date_of(previous.from), date_of(previous.to));
        self.ctx.lang.targs(
            "period-shown",
            &[
                ("from", &from),
                ("to", &to),
                ("before_from", &before_from),
                ("before_to", &before_to),
            ],
        )
    }

    /// "2026-11-03: 120 active members, usually 310".
    fn dip_line(&self, dip: &Dip) -> String {
        let (date, usual) = (date_of(dip.day), self.one_decimal(&dip.usual));
        let active = dip.active.to_string();
        self.ctx.lang.targs(
            "dip-line",
            &[("date", &date), ("active", &active), ("usual", &usual)],
        )
    }

    /// A phase's name.
    fn phase_name(&self, phase: &Phase) -> String {
        format::phase_name(self.ctx.lang, *phase)
    }

    /// What community managers should focus on in a phase (seed 001).
    fn phase_focus(&self, phase: &Phase) -> String {
        format::phase_focus(self.ctx.lang, *phase)
    }

    /// A segment's name.
    fn segment_name(&self, segment: &str) -> String {
        format::segment_name(self.ctx.lang, segment)
    }

    /// "3 active, 2 idle, 1 silent" (groups too small to judge are left out).
    fn health_summary(&self) -> String {
        let count =
            |health: Health| self.groups.iter().filter(|g| g.health == health).count() as i64;
        self.ctx.lang.tnums(
            "groups-health-summary",
            &[
                ("active", count(Health::Active)),
                ("idle", count(Health::Idle)),
                ("silent", count(Health::Silent)),
            ],
        )
    }

    /// The CSS class of a status (the phase table's colours).
    fn health_class(&self, health: &Health) -> &'static str {
        match health {
            Health::Active => "met",
            Health::Idle | Health::Silent => "unmet",
            Health::TooSmall => "muted",
        }
    }

    /// A department row's name.
    fn department_name(&self, name: &DepartmentName) -> String {
        format::department_name(self.ctx.lang, name)
    }

    /// Whether group `id` is the one shown (the group select).
    fn is_chosen(&self, id: &i64) -> bool {
        self.group.as_ref().is_some_and(|g| g.health.id == *id)
    }

    /// The chosen group's name.
    fn scope_name(&self, scope: &GroupScope) -> String {
        scope.health.name.clone().unwrap_or_default()
    }

    /// The typed date, or the period's own date when nothing was typed.
    fn typed(&self, typed: &Option<String>, day: &i32) -> String {
        typed_or_date(typed.as_deref(), *day)
    }
}

/// A chosen group with its figures (`None` when it is smaller than the minimum group size).
struct GroupScope {
    health: GroupHealth,
    figures: Option<GroupCockpit>,
}

/// `?group=ID` narrows the cockpit to one group.
#[derive(Debug, Default, Deserialize)]
struct ScopeQuery {
    #[serde(default)]
    group: Option<String>,
}

impl ScopeQuery {
    /// The chosen group id; `None` for the whole community, not found for anything unreadable.
    fn group_id(&self) -> Result<Option<i64>> {
        match self.group.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(text) => text.parse().map(Some).map_err(|_| Error::NotFound),
        }
    }
}

/// The group `id` as `viewer` may see it in the cockpit (a secret group they are not in is not
/// found, as everywhere).
fn chosen_group(groups: &[GroupHealth], id: i64) -> Result<GroupHealth> {
    groups
        .iter()
        .find(|g| g.id == id && g.name.is_some())
        .cloned()
        .ok_or(Error::NotFound)
}

async fn dashboard(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<PeriodQuery>,
    Query(scope): Query<ScopeQuery>,
) -> Result<Response> {
    service::open(&app.db, &viewer, &ctx.path).await?;
    let today = crate::activity::today(&app.db).await?;
    let (period, period_error) = match Period::parse(&query, today) {
        Ok(period) => (period, None),
        Err(key) => (Period::last_days(today), Some(key)),
    };
    let minimum = crate::settings::min_group_size(&app.db).await?;
    let large_enough = figures::large_enough(&app.db).await?;
    let groups = if large_enough {
        groups::health(&app.db, viewer.id, today, minimum).await?
    } else {
        Vec::new()
    };
    let group = match scope.group_id()?.filter(|_| large_enough) {
        Some(id) => {
            let health = chosen_group(&groups, id)?;
            let figures = figures::group_figures(&app.db, health.clone(), period).await?;
            Some(GroupScope { health, figures })
        }
        None => None,
    };
    let (cockpit, as_of) = match group {
        None if large_enough => {
            let memoized = app.cockpit.figures(&app.db, period).await?;
            (memoized.figures, Some(memoized.at_ms))
        }
        _ => (None, None),
    };
    let mut link = PeriodQuery::link(period);
    if let Some(g) = &group {
        link.push_str(&format!("&group={}", g.health.id));
    }
    let mut response = render(DashboardPage {
        ctx,
        large_enough,
        as_of,
        period,
        cockpit,
        group,
        minimum,
        query,
        period_error,
        link,
        groups,
    })?
    .into_response();
    if period_error.is_some() {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

/// What an export holds: the community's figures or one group's.
#[derive(Serialize)]
#[serde(untagged)]
enum Exported {
    Community(Box<Cockpit>),
    Group(Box<GroupCockpit>),
}

/// The figures for an export of the asked period (and group), or refused when the period is
/// invalid or the community or group is below the minimum group size.
async fn exported(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    path: &str,
    query: &PeriodQuery,
    scope: &ScopeQuery,
) -> Result<Exported> {
    service::open(&app.db, viewer, path).await?;
    let today = crate::activity::today(&app.db).await?;
    let period = Period::parse(query, today).map_err(|key| Error::invalid("period", key))?;
    let too_small = || Error::invalid("cockpit", "cockpit-too-small-short");
    if !figures::large_enough(&app.db).await? {
        return Err(too_small());
    }
    match scope.group_id()? {
        Some(id) => {
            let minimum = crate::settings::min_group_size(&app.db).await?;
            let groups = groups::health(&app.db, viewer.id, today, minimum).await?;
            let health = chosen_group(&groups, id)?;
            let figures = figures::group_figures(&app.db, health, period).await?;
            Ok(Exported::Group(Box::new(figures.ok_or_else(too_small)?)))
        }
        None => {
            let figures = app.cockpit.figures(&app.db, period).await?.figures;
            let figures = figures.ok_or_else(too_small)?;
            Ok(Exported::Community(Box::new(Cockpit::clone(&figures))))
        }
    }
}

async fn daily_csv(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<PeriodQuery>,
    Query(scope): Query<ScopeQuery>,
) -> Result<Response> {
    let csv = match exported(&app, &viewer, &ctx.path, &query, &scope).await? {
        Exported::Community(c) => figures::csv(&c.days, true),
        Exported::Group(g) => figures::csv(&g.days, false),
    };
    let mut response = csv.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"plein-daily.csv\""),
    );
    Ok(response)
}

async fn daily_json(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<PeriodQuery>,
    Query(scope): Query<ScopeQuery>,
) -> Result<Response> {
    let figures = exported(&app, &viewer, &ctx.path, &query, &scope).await?;
    Ok(Json(figures).into_response())
}
