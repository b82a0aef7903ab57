//! Reports: community managers mark posts as good example or success story and pick quotes; a
//! report of a month or quarter that is over gathers the cockpit's figures against the period
//! before, the phase, the groups and those highlights, is rendered once in Dutch and English and
//! stored, so it stays as it was. Senior managers read reports; only community managers make them.

use askama::Template;
use serde::{Deserialize, Serialize};

use super::entity::report;
use super::period::ReportPeriod;
use super::repo::{self, HighlightRow};
use crate::auth::Viewer;
use crate::db::{Db, now_ms};
use crate::directory::access::Visibility;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::insights::figures::{self, Cockpit};
use crate::insights::format;
use crate::insights::groups::{self, Health};
use crate::insights::phase::Phase;

crate::stored_enum! {
    /// What a highlight is.
    pub enum HighlightKind {
        /// A post that shows how the community should work.
        Example = "example" => "highlight-example",
        /// A result the community brought about (seed 004: share wins).
        Success = "success" => "highlight-success",
        /// Words worth repeating to management.
        Quote = "quote" => "highlight-quote",
    }
}

/// The longest quote kept.
pub const MAX_QUOTE_CHARS: usize = 500;
/// How much of a post a report shows.
const EXCERPT_CHARS: usize = 280;

/// A highlight as submitted.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct HighlightForm {
    /// The post.
    pub post: i64,
    /// `example`, `success` or `quote`.
    pub kind: String,
    /// The words picked (quotes).
    pub quote: String,
}

fn require_manager(viewer: &Viewer) -> Result<()> {
    if viewer.role.manages_community() {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// Marks a post for the reports. Only posts in open groups: a report is read outside the group.
pub async fn mark(db: &Db, viewer: &Viewer, form: &HighlightForm) -> Result<i64> {
    require_manager(viewer)?;
    let (post, group) = crate::posts::service::readable_post(db, viewer, form.post).await?;
    let mut checks = crate::validate::Checks::new();
    if group.visibility() != Visibility::Open {
        checks.fail("post", "error-highlight-open-only");
    }
    let kind = HighlightKind::parse(&form.kind);
    if kind.is_none() {
        checks.fail("kind", "error-highlight-kind");
    }
    let quote = if kind == Some(HighlightKind::Quote) {
        checks.text("quote", &form.quote, 1, MAX_QUOTE_CHARS)
    } else {
        String::new()
    };
    checks.finish()?;
    let kind = kind.ok_or(Error::invalid("kind", "error-highlight-kind"))?;
    Ok(repo::insert_highlight(db, post.id, kind.as_str(), &quote, viewer.id, now_ms()).await?)
}

/// Removes a mark (community managers).
pub async fn unmark(db: &Db, viewer: &Viewer, id: i64) -> Result<()> {
    require_manager(viewer)?;
    if repo::delete_highlight(db, id).await? {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}

/// The latest marks, to review before a report is made.
pub async fn recent(db: &Db, viewer: &Viewer) -> Result<Vec<Highlight>> {
    require_manager(viewer)?;
    Ok(repo::recent_highlights(db, 50)
        .await?
        .into_iter()
        .map(Highlight::from)
        .collect())
}

/// The highlights among `ids` that may still be shown (their posts neither deleted nor hidden,
/// in groups still open), oldest first: what a newsletter built from them shows.
pub async fn highlights_with_ids(db: &Db, ids: &[i64]) -> Result<Vec<Highlight>> {
    Ok(repo::highlights_with_ids(db, ids)
        .await?
        .into_iter()
        .map(Highlight::from)
        .collect())
}

/// A highlight as a report shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Highlight {
    /// The mark.
    pub id: i64,
    /// `example`, `success` or `quote`.
    pub kind: String,
    /// The quote, or the start of the post as plain text.
    pub text: String,
    /// Who wrote the post.
    pub author: String,
    /// Where.
    pub group_name: String,
    /// The post.
    pub post_id: i64,
    /// When the post was written.
    pub created_at: i64,
}

impl Highlight {
    /// The i18n key of its kind's name.
    pub fn label_key(&self) -> &'static str {
        HighlightKind::parse(&self.kind).map_or("highlight-example", HighlightKind::label_key)
    }

    /// Whether it is a quote.
    pub fn is_quote(&self) -> bool {
        self.kind == HighlightKind::Quote.as_str()
    }
}

impl From<HighlightRow> for Highlight {
    fn from(row: HighlightRow) -> Self {
        let text = if row.kind == HighlightKind::Quote.as_str() {
            row.quote
        } else {
            crate::posts::markdown::excerpt(&row.body_html, EXCERPT_CHARS)
        };
        Self {
            id: row.id,
            kind: row.kind,
            text,
            author: row.author,
            group_name: row.group_name,
            post_id: row.post_id,
            created_at: row.created_at,
        }
    }
}

/// Makes and stores the report of `period_text` (`2026-10`, `2026-Q3`); refused for a period
/// that is not over, one already stored, or a community below the minimum group size.
pub async fn create(db: &Db, viewer: &Viewer, period_text: &str) -> Result<i64> {
    require_manager(viewer)?;
    let calendar = crate::activity::Calendar::of(db).await?;
    let today = calendar.today();
    let chosen = ReportPeriod::parse(period_text)
        .filter(|p| ReportPeriod::choices(today).contains(p))
        .ok_or(Error::invalid("period", "error-report-period"))?;
    let period = chosen
        .days()
        .ok_or(Error::invalid("period", "error-report-period"))?;
    let cadence = chosen.cadence.as_str();
    if repo::report_of(db, cadence, period.from).await?.is_some() {
        return Err(Error::invalid("period", "error-report-exists"));
    }
    let figures = figures::figures(db, period)
        .await?
        .ok_or(Error::invalid("period", "cockpit-too-small-short"))?;
    let (start, end) = period.millis(&calendar);
    let highlights: Vec<Highlight> = repo::highlights_between(db, start, end)
        .await?
        .into_iter()
        .map(Highlight::from)
        .collect();
    let minimum = crate::settings::min_group_size(db).await?;
    let health = groups::health(db, viewer.id, today, minimum).await?;
    let count = |h: Health| health.iter().filter(|g| g.health == h).count() as i64;
    let groups = [
        count(Health::Active),
        count(Health::Idle),
        count(Health::Silent),
    ];
    let body = |lang: Lang| {
        render_body(&ReportBody {
            lang,
            period: chosen,
            c: &figures,
            highlights: &highlights,
            groups,
        })
    };
    let summary = |lang: Lang| {
        serde_json::to_string(
            &ReportBody {
                lang,
                period: chosen,
                c: &figures,
                highlights: &highlights,
                groups,
            }
            .summary(),
        )
        .map_err(|e| Error::Internal(e.to_string()))
    };
    let json = serde_json::to_string(&StoredFigures {
        figures: &figures,
        highlights: &highlights,
    })
    .map_err(|e| Error::Internal(e.to_string()))?;
    let model = report::ActiveModel {
        cadence: sea_orm::ActiveValue::Set(cadence.into()),
        period_from: sea_orm::ActiveValue::Set(period.from),
        period_to: sea_orm::ActiveValue::Set(period.to),
        created_by: sea_orm::ActiveValue::Set(viewer.id),
        created_at: sea_orm::ActiveValue::Set(now_ms()),
        figures_json: sea_orm::ActiveValue::Set(json),
        html_en: sea_orm::ActiveValue::Set(body(Lang::En)?),
        html_nl: sea_orm::ActiveValue::Set(body(Lang::Nl)?),
        mail_en: sea_orm::ActiveValue::Set(summary(Lang::En)?),
        mail_nl: sea_orm::ActiveValue::Set(summary(Lang::Nl)?),
        ..Default::default()
    };
    repo::insert_report(db, model)
        .await?
        .ok_or(Error::invalid("period", "error-report-exists"))
}

#[derive(Serialize)]
struct StoredFigures<'a> {
    figures: &'a Cockpit,
    highlights: &'a [Highlight],
}

fn render_body(body: &ReportBody<'_>) -> Result<String> {
    body.render().map_err(|e| Error::Internal(e.to_string()))
}

/// A stored report, for those who may read the cockpit and those it was mailed to (the view is
/// written to the cockpit's audit log).
pub async fn view(db: &Db, viewer: &Viewer, id: i64, path: &str) -> Result<report::Model> {
    if viewer.sees_cockpit() {
        crate::cockpit::service::open(db, viewer, path).await?;
    } else if repo::is_reader(db, id, viewer.id).await? {
        crate::cockpit::log_view(db, viewer.id, path, now_ms()).await?;
    } else {
        return Err(Error::Forbidden);
    }
    repo::find_report(db, id).await?.ok_or(Error::NotFound)
}

/// The names of those a report was mailed to.
pub async fn readers(db: &Db, id: i64) -> Result<Vec<String>> {
    Ok(repo::reader_names(db, id).await?)
}

/// One stored report in a list.
#[derive(Debug, Clone)]
pub struct ReportListed {
    /// The report.
    pub id: i64,
    /// Its month or quarter.
    pub period: Option<ReportPeriod>,
    /// When it was made.
    pub created_at: i64,
}

/// Every stored report, newest period first (the view is written to the audit log).
pub async fn list(db: &Db, viewer: &Viewer, path: &str) -> Result<Vec<ReportListed>> {
    crate::cockpit::service::open(db, viewer, path).await?;
    Ok(repo::reports(db)
        .await?
        .into_iter()
        .map(|(id, cadence, from, created_at)| ReportListed {
            id,
            period: ReportPeriod::of_stored(&cadence, from),
            created_at,
        })
        .collect())
}

/// A report period's name ("October 2026", "Q3 2026") in a language.
pub fn period_name(lang: Lang, period: ReportPeriod) -> String {
    let year = period.year.to_string();
    match period.cadence {
        super::period::Cadence::Month => lang.targs(
            "report-month",
            &[
                ("month", &lang.t(&format!("month-{}", period.number))),
                ("year", &year),
            ],
        ),
        super::period::Cadence::Quarter => lang.targs(
            "report-quarter",
            &[("quarter", &period.number.to_string()), ("year", &year)],
        ),
    }
}

/// The stored part of a report: everything but the page around it.
#[derive(Template)]
#[template(path = "reports/body.html")]
struct ReportBody<'a> {
    lang: Lang,
    period: ReportPeriod,
    c: &'a Cockpit,
    highlights: &'a [Highlight],
    /// Active, idle and silent groups on the day the report was made.
    groups: [i64; 3],
}

/// One row of the figures table: name, this period, the period before, change.
struct FigureRow {
    name: String,
    now: String,
    before: String,
    change: Option<i64>,
}

impl ReportBody<'_> {
    fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    fn title(&self) -> String {
        self.lang.t1(
            "report-title",
            "period",
            &period_name(self.lang, self.period),
        )
    }

    fn period_line(&self) -> String {
        let c = self.c;
        let dates = |p: crate::activity::period::Period| {
            (
                crate::activity::period::date_of(p.from),
                crate::activity::period::date_of(p.to),
            )
        };
        let ((from, to), (before_from, before_to)) = (dates(c.period), dates(c.previous));
        self.lang.targs(
            "period-shown",
            &[
                ("from", &from),
                ("to", &to),
                ("before_from", &before_from),
                ("before_to", &before_to),
            ],
        )
    }

    fn rows(&self) -> Vec<FigureRow> {
        let (c, lang) = (self.c, self.lang);
        let decimal = |v: f64| format::one_decimal(lang, v);
        let percent = |v: Option<i64>| v.map_or("—".to_string(), |p| format!("{p}%"));
        let row = |key: &str, now: String, before: String, change: Option<i64>| FigureRow {
            name: lang.t(key),
            now,
            before,
            change,
        };
        vec![
            row("metric-accounts", c.accounts.to_string(), "—".into(), None),
            row(
                "metric-activated",
                percent(Some(c.activated_percent)),
                "—".into(),
                None,
            ),
            row(
                "metric-new-members",
                c.new_members.to_string(),
                "—".into(),
                None,
            ),
            row(
                "metric-dau",
                decimal(c.now.dau),
                decimal(c.before.dau),
                c.trends.dau,
            ),
            row(
                "metric-mau",
                c.now.mau.to_string(),
                c.before.mau.to_string(),
                c.trends.mau,
            ),
            row(
                "metric-stickiness",
                percent(Some((c.now.stickiness * 100.0).round() as i64)),
                percent(Some((c.before.stickiness * 100.0).round() as i64)),
                None,
            ),
            row(
                "metric-posts",
                decimal(c.now.posts_per_day),
                decimal(c.before.posts_per_day),
                c.trends.posts,
            ),
            row(
                "metric-comments",
                decimal(c.now.comments_per_day),
                decimal(c.before.comments_per_day),
                c.trends.comments,
            ),
            row(
                "metric-reactions",
                decimal(c.now.reactions_per_day),
                decimal(c.before.reactions_per_day),
                c.trends.reactions,
            ),
            row(
                "questions-asked",
                c.questions.total.to_string(),
                "—".into(),
                None,
            ),
            row(
                "questions-answered",
                percent(c.questions.answered_percent()),
                "—".into(),
                None,
            ),
            row(
                "questions-median",
                c.questions
                    .median_hours()
                    .map_or("—".into(), |h| format::hours(lang, h)),
                "—".into(),
                None,
            ),
            row("ideas-posted", c.ideas.total.to_string(), "—".into(), None),
            row(
                "ideas-responded",
                percent(c.ideas.answered_percent()),
                "—".into(),
                None,
            ),
        ]
    }

    fn phase_name(&self, phase: &Phase) -> String {
        format::phase_name(self.lang, *phase)
    }

    fn phase_focus(&self) -> String {
        format::phase_focus(self.lang, self.c.phase.phase)
    }

    fn phase_number(&self) -> String {
        self.lang.tn(
            "phase-number",
            "number",
            i64::try_from(self.c.phase.phase.number()).unwrap_or(0),
        )
    }

    fn participation(&self, key: &str, part: &Option<i64>, before: &Option<i64>) -> String {
        let p = &self.c.participation;
        let b = &self.c.participation_before;
        let shown = |value: Option<i64>| match value {
            Some(n) => format!("{n}%"),
            None => self.lang.t("shares-withheld-short"),
        };
        self.lang.targs(
            "report-participation-line",
            &[
                ("level", &self.lang.t(key)),
                ("now", &shown(p.percent(part))),
                ("before", &shown(b.percent(before))),
            ],
        )
    }

    fn department_name(&self, name: &crate::insights::departments::DepartmentName) -> String {
        format::department_name(self.lang, name)
    }

    fn dips_line(&self) -> String {
        let dips = i64::try_from(self.c.dips.len()).unwrap_or(0);
        self.lang.tn("report-dips", "count", dips)
    }

    fn contributions(&self, count: &i64) -> String {
        self.lang.tn("top-contributors-count", "count", *count)
    }

    fn groups_line(&self) -> String {
        let [active, idle, silent] = self.groups;
        self.lang.tnums(
            "groups-health-summary",
            &[("active", active), ("idle", idle), ("silent", silent)],
        )
    }

    fn stories(&self) -> Vec<&Highlight> {
        self.highlights.iter().filter(|h| !h.is_quote()).collect()
    }

    fn quotes(&self) -> Vec<&Highlight> {
        self.highlights.iter().filter(|h| h.is_quote()).collect()
    }

    fn date(&self, ms: &i64) -> String {
        crate::web::render::format_datetime(*ms)
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// What a mail of this report says (see [`super::mailing`]).
    fn summary(&self) -> super::mailing::MailSummary {
        let figures = self
            .rows()
            .into_iter()
            .map(|r| {
                if r.before == "—" {
                    format!("{}: {}", r.name, r.now)
                } else {
                    self.lang.targs(
                        "report-mail-figure",
                        &[
                            ("name", &r.name),
                            ("now", &r.now),
                            ("before", &r.before),
                            ("change", &self.change(&r.change)),
                        ],
                    )
                }
            })
            .collect();
        let stories = self
            .highlights
            .iter()
            .map(|h| {
                let line = format!(
                    "{} · {}, {}: {}",
                    self.t(h.label_key()),
                    h.author,
                    h.group_name,
                    h.text
                );
                (line, h.post_id)
            })
            .collect();
        super::mailing::MailSummary {
            title: self.title(),
            period: self.period_line(),
            figures,
            phase: format!(
                "{}: {}. {}",
                self.phase_number(),
                self.phase_name(&self.c.phase.phase),
                self.phase_focus()
            ),
            stories,
        }
    }

    fn change(&self, change: &Option<i64>) -> String {
        match change {
            Some(p) if *p > 0 => format!("▲ +{p}%"),
            Some(p) if *p < 0 => format!("▼ {p}%"),
            Some(_) => "= 0%".into(),
            None => String::new(),
        }
    }
}
