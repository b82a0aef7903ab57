//! Work-queue rules: the generators' run (create, refresh, remember dismissals, close what
//! resolved itself), and what the team does with a task — assign, plan, snooze, finish or
//! dismiss with a reason, comment, and the one-click actions. Only the team (community managers
//! and administrators) sees the queue, and nobody sees a task about a group they cannot read.

use std::collections::HashMap;

use sea_orm::{ActiveValue::Set, IntoActiveModel};
use serde::Deserialize;

use super::entity::{routine, task};
use super::generators::{self, Candidate};
use super::kind::{Status, TaskKind};
use super::repo::{self, EventRow, Filter, TaskRow};
use crate::auth::Viewer;
use crate::db::{self, Db, now_ms};
use crate::error::{Error, Result};
use crate::settings;
use crate::validate::Checks;

/// Kinds whose open task closes by itself when its reason goes away (the question got an
/// answer, the flags were decided, the group woke up).
const RESOLVE_ON_THEIR_OWN: [TaskKind; 5] = [
    TaskKind::FlaggedContent,
    TaskKind::UnansweredQuestion,
    TaskKind::IdeaWaiting,
    TaskKind::IdleGroup,
    TaskKind::SilentGroup,
];

use crate::activity::DAY_MS;

/// What a generator run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Generated {
    /// Tasks made.
    pub created: usize,
    /// Live tasks whose members were brought up to date.
    pub refreshed: usize,
    /// Tasks closed because their reason went away.
    pub resolved: usize,
}

/// Runs every generator once at `now` (the recurring job, and the team's "refresh" button).
pub async fn generate(db: &Db, now: i64) -> Result<Generated> {
    let today = crate::activity::Calendar::of(db).await?.day_of(now);
    repo::wake_snoozed(db, now).await?;
    let mut found: Vec<(TaskKind, Vec<Candidate>)> = vec![
        (TaskKind::FlaggedContent, generators::flagged(db).await?),
        (
            TaskKind::UnansweredQuestion,
            generators::unanswered_questions(
                db,
                now,
                settings::QUESTION_PATIENCE_HOURS.get(db).await?,
            )
            .await?,
        ),
        (
            TaskKind::IdeaWaiting,
            generators::ideas_waiting(db, now, settings::IDEA_PATIENCE_DAYS.get(db).await?).await?,
        ),
        (TaskKind::Welcome, generators::newcomers(db, now).await?),
        (
            TaskKind::IncompleteProfiles,
            generators::incomplete_profiles(db, now, today).await?,
        ),
        (
            TaskKind::WentQuiet,
            generators::went_quiet(db, today).await?,
        ),
        (
            TaskKind::PostWithPotential,
            generators::posts_with_potential(db, now, today).await?,
        ),
        (TaskKind::ActivityDip, generators::dips(db, today).await?),
        (TaskKind::SearchMiss, generators::search_misses(db).await?),
    ];
    let groups = generators::quiet_groups(db, today).await?;
    for kind in [TaskKind::IdleGroup, TaskKind::SilentGroup] {
        found.push((
            kind,
            groups.iter().filter(|c| c.kind == kind).cloned().collect(),
        ));
    }
    let mut total = Generated::default();
    for (kind, candidates) in found {
        let done = reconcile(db, kind, &candidates, now).await?;
        total.created += done.created;
        total.refreshed += done.refreshed;
        total.resolved += done.resolved;
    }
    total.created += routine_tasks(db, today).await?;
    Ok(total)
}

/// Turns one generator's candidates into tasks.
async fn reconcile(
    db: &Db,
    kind: TaskKind,
    candidates: &[Candidate],
    now: i64,
) -> Result<Generated> {
    let memory = settings::TASK_MEMORY_DAYS.get(db).await?;
    let since = now - memory * DAY_MS;
    let known = repo::live_or_recent(db, kind.as_str(), since).await?;
    let by_subject: HashMap<&str, &task::Model> =
        known.iter().map(|t| (t.subject_key.as_str(), t)).collect();
    let mut done = Generated::default();
    let tx = db::begin_write(db).await?;
    for candidate in candidates {
        match by_subject.get(candidate.subject_key.as_str()) {
            Some(existing) if is_live(existing) => {
                if !candidate.members.is_empty() {
                    repo::replace_members(&tx, existing.id, &candidate.members).await?;
                    done.refreshed += 1;
                }
            }
            Some(_) => {}
            None => {
                repo::insert(&tx, candidate, None, None, None).await?;
                done.created += 1;
            }
        }
    }
    if RESOLVE_ON_THEIR_OWN.contains(&kind) {
        for stale in known.iter().filter(|t| {
            is_live(t)
                && t.created_by.is_none()
                && !candidates.iter().any(|c| c.subject_key == t.subject_key)
        }) {
            close(&tx, stale.clone(), Status::Done, None, "resolved", "").await?;
            done.resolved += 1;
        }
    }
    tx.commit().await?;
    Ok(done)
}

fn is_live(task: &task::Model) -> bool {
    Status::parse(&task.status).is_some_and(Status::is_live)
}

/// Closes a task with `status`, recording who (none: Plein) and why.
async fn close(
    db: &impl sea_orm::ConnectionTrait,
    current: task::Model,
    status: Status,
    actor: Option<i64>,
    event: &str,
    reason: &str,
) -> Result<()> {
    let id = current.id;
    let mut model = current.into_active_model();
    model.status = Set(status.as_str().into());
    model.closed_at = Set(Some(now_ms()));
    model.snoozed_until = Set(None);
    if status == Status::Dismissed {
        model.dismissed_reason = Set(reason.into());
    }
    repo::update(db, model).await?;
    repo::add_event(db, id, actor, event, status.as_str()).await?;
    Ok(())
}

/// Makes the tasks of routines whose day came, and moves each routine on.
async fn routine_tasks(db: &Db, today: i32) -> Result<usize> {
    let due = repo::due_routines(db, today).await?;
    let tx = db::begin_write(db).await?;
    for routine in &due {
        let candidate = Candidate {
            kind: TaskKind::Routine,
            subject_key: format!("routine:{}:{}", routine.id, routine.next_day),
            group_id: None,
            post_id: None,
            user_id: None,
            members: Vec::new(),
            detail: routine.title.clone(),
        };
        repo::insert(
            &tx,
            &candidate,
            None,
            routine.assignee_id,
            Some(routine.next_day),
        )
        .await?;
        let next = next_occurrence(&routine.cadence, routine.next_day).max(today + 1);
        repo::advance_routine(&tx, routine.id, next).await?;
    }
    tx.commit().await?;
    Ok(due.len())
}

/// The day after `day` on which a routine of `cadence` comes back.
pub fn next_occurrence(cadence: &str, day: i32) -> i32 {
    if cadence != "monthly" {
        return day + 7;
    }
    let date = jiff::Timestamp::from_second(i64::from(day) * 86_400)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date());
    date.ok()
        .and_then(|d| d.checked_add(jiff::Span::new().months(1)).ok())
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .and_then(|z| i32::try_from(z.timestamp().as_second() / 86_400).ok())
        .unwrap_or(day + 30)
}

/// The team runs the queue.
fn require_team(viewer: &Viewer) -> Result<()> {
    if viewer.role.manages_community() {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// Which tasks the list shows.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    /// `mine`, `unassigned`, or everything.
    pub view: String,
    /// A kind's stored form.
    pub kind: String,
    /// A group's id (empty: every group).
    pub group: String,
    /// `closed` for finished and dismissed tasks.
    pub state: String,
}

/// A task in the list, with its priority.
#[derive(Debug, Clone)]
pub struct Listed {
    /// The task.
    pub row: TaskRow,
    /// Higher first (see `priority`).
    pub priority: i64,
    /// Past its due day.
    pub overdue: bool,
}

/// Tasks of one kind together, in priority order.
#[derive(Debug, Clone)]
pub struct Section {
    /// The kind's i18n key.
    pub kind_key: &'static str,
    /// Its tasks, most urgent first.
    pub tasks: Vec<Listed>,
}

/// How many tasks of one kind are shown before the rest fold away.
pub const SHOWN_PER_SECTION: usize = 5;

/// The most tasks read for one list (the team works from the top).
const LIST_LIMIT: u64 = 1_000;

/// The task list for the team, in priority order and grouped by kind: the section whose most
/// urgent task is most urgent first.
pub async fn list(db: &Db, viewer: &Viewer, query: &ListQuery) -> Result<Vec<Section>> {
    require_team(viewer)?;
    let filter = Filter {
        assignee: (query.view == "mine").then_some(viewer.id),
        unassigned: query.view == "unassigned",
        kind: TaskKind::parse(&query.kind).map(|k| k.as_str().to_string()),
        group_id: query.group.trim().parse().ok(),
        statuses: if query.state == "closed" {
            vec![Status::Done.as_str(), Status::Dismissed.as_str()]
        } else {
            vec![Status::Open.as_str(), Status::Snoozed.as_str()]
        },
    };
    let rows = repo::list(db, viewer.id, &filter, LIST_LIMIT).await?;
    let mut sizes: HashMap<i64, i64> = HashMap::new();
    for group in rows.iter().filter_map(|r| r.group_id) {
        if let std::collections::hash_map::Entry::Vacant(slot) = sizes.entry(group) {
            let members = crate::groups::member_count(db, group).await?;
            slot.insert(i64::try_from(members).unwrap_or(i64::MAX));
        }
    }
    let now = now_ms();
    let today = crate::activity::Calendar::of(db).await?.day_of(now);
    let listed = rows.into_iter().map(|row| {
        let kind = TaskKind::parse(&row.kind).unwrap_or(TaskKind::Routine);
        let overdue = row.due_day.is_some_and(|due| due < today);
        let reach = row
            .group_id
            .and_then(|g| sizes.get(&g).copied())
            .unwrap_or(0);
        let age = (now - row.created_at) / DAY_MS;
        Listed {
            priority: super::priority::priority(kind, age, reach, overdue),
            overdue,
            row,
        }
    });
    Ok(sections(listed.collect()))
}

/// Groups tasks by kind, each section in priority order, sections by their first task.
fn sections(mut listed: Vec<Listed>) -> Vec<Section> {
    listed.sort_by_key(|t| (std::cmp::Reverse(t.priority), std::cmp::Reverse(t.row.id)));
    let mut out: Vec<Section> = Vec::new();
    for task in listed {
        let key = task.row.kind_key();
        match out.iter_mut().find(|s| s.kind_key == key) {
            Some(section) => section.tasks.push(task),
            None => out.push(Section {
                kind_key: key,
                tasks: vec![task],
            }),
        }
    }
    out
}

/// The groups the list can narrow to.
pub async fn filter_groups(db: &Db, viewer: &Viewer) -> Result<Vec<(i64, String)>> {
    require_team(viewer)?;
    Ok(repo::groups_with_tasks(db, viewer.id).await?)
}

/// Everything a task's page shows.
pub struct TaskPage {
    /// The task.
    pub task: task::Model,
    /// Its kind.
    pub kind: TaskKind,
    /// Its status.
    pub status: Status,
    /// The group's name (only when the viewer may read it).
    pub group_name: Option<String>,
    /// A plain-text excerpt of the post concerned.
    pub excerpt: String,
    /// The member concerned, by name.
    pub member: Option<(i64, String)>,
    /// A batch's members.
    pub members: Vec<(i64, String)>,
    /// Who could answer the question (who may read its group).
    pub experts: Vec<super::experts::Expert>,
    /// Ambassadors who could welcome the newcomer.
    pub ambassadors: Vec<(i64, String)>,
    /// History and comments.
    pub events: Vec<EventRow>,
    /// Whom the task can be given to.
    pub team: Vec<(i64, String)>,
}

/// A task the viewer may see: the team's, and not about a group they cannot read.
async fn visible(db: &Db, viewer: &Viewer, id: i64) -> Result<(task::Model, Option<String>)> {
    require_team(viewer)?;
    let task = repo::find(db, id).await?.ok_or(Error::NotFound)?;
    let group_name = match task.group_id {
        Some(group_id) => Some(
            crate::groups::service::readable(db, viewer, group_id)
                .await?
                .group
                .name,
        ),
        None => None,
    };
    Ok((task, group_name))
}

/// A task's page.
pub async fn page(db: &Db, viewer: &Viewer, id: i64) -> Result<TaskPage> {
    let (task, group_name) = visible(db, viewer, id).await?;
    let kind = TaskKind::parse(&task.kind).unwrap_or(TaskKind::Routine);
    let post = match task.post_id {
        Some(post_id) => crate::posts::find_post(db, post_id).await?,
        None => None,
    };
    let excerpt = post
        .as_ref()
        .map(|p| crate::posts::markdown::excerpt(&p.body_html, 300))
        .unwrap_or_default();
    let experts = match (&post, kind) {
        (Some(p), TaskKind::UnansweredQuestion) => {
            let question = super::experts::Question {
                post_id: p.id,
                group_id: p.group_id,
                author_id: p.author_id,
                text: &p.body_md,
            };
            let now = now_ms();
            let today = crate::activity::Calendar::of(db).await?.day_of(now);
            let found = super::experts::rank(db, &question, now, today).await?;
            let ids: Vec<i64> = found.iter().map(|e| e.id).collect();
            let readers = crate::notifications::readers_among(db, p.group_id, &ids).await?;
            found
                .into_iter()
                .filter(|e| readers.contains(&e.id))
                .take(super::experts::SHOWN)
                .collect()
        }
        _ => Vec::new(),
    };
    let member = match task.user_id {
        Some(user_id) => crate::people::find_user(db, user_id).await?,
        None => None,
    };
    let ambassadors = match (&member, kind) {
        (Some(m), TaskKind::Welcome) => repo::ambassadors_for(db, &m.department).await?,
        _ => Vec::new(),
    };
    Ok(TaskPage {
        kind,
        status: Status::parse(&task.status).unwrap_or(Status::Open),
        group_name,
        excerpt,
        member: member.map(|m| (m.id, m.display_name)),
        members: repo::members(db, task.id).await?,
        experts,
        ambassadors,
        events: repo::events(db, task.id).await?,
        team: repo::team(db).await?,
        task,
    })
}

/// Gives a task to a team member (`None`: nobody).
pub async fn assign(db: &Db, viewer: &Viewer, id: i64, assignee: Option<i64>) -> Result<()> {
    let (task, _) = visible(db, viewer, id).await?;
    let team = repo::team(db).await?;
    let name = match assignee {
        Some(user_id) => team
            .iter()
            .find(|(id, _)| *id == user_id)
            .map(|(_, name)| name.clone())
            .ok_or_else(|| Error::invalid("assignee", "error-task-assignee"))?,
        None => String::new(),
    };
    let mut model = task.into_active_model();
    model.assignee_id = Set(assignee);
    let tx = db::begin_write(db).await?;
    repo::update(&tx, model).await?;
    repo::add_event(&tx, id, Some(viewer.id), "assigned", &name).await?;
    tx.commit().await?;
    Ok(())
}

/// A status change as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    /// The new status.
    pub status: String,
    /// Why it is dismissed.
    pub reason: String,
    /// Days to snooze.
    pub days: String,
}

/// Opens, snoozes (1–90 days), finishes or dismisses (with a reason) a task.
pub async fn set_status(db: &Db, viewer: &Viewer, id: i64, form: &StatusForm) -> Result<()> {
    let (task, _) = visible(db, viewer, id).await?;
    let mut checks = Checks::new();
    let status = Status::parse(&form.status);
    if status.is_none() {
        checks.fail("status", "error-task-status");
    }
    let status = status.unwrap_or(Status::Open);
    let reason_min = usize::from(status == Status::Dismissed);
    let reason = checks.text("reason", &form.reason, reason_min, 1_000);
    let days = if status == Status::Snoozed {
        checks.number("days", &form.days, &(1..=90), "error-task-snooze")
    } else {
        None
    };
    checks.finish()?;
    let tx = db::begin_write(db).await?;
    match status {
        Status::Done | Status::Dismissed => {
            close(&tx, task, status, Some(viewer.id), "status", &reason).await?;
        }
        Status::Open | Status::Snoozed => {
            let mut model = task.into_active_model();
            model.status = Set(status.as_str().into());
            model.closed_at = Set(None);
            model.snoozed_until = Set(days.map(|d| now_ms() + d * DAY_MS));
            repo::update(&tx, model).await?;
            repo::add_event(&tx, id, Some(viewer.id), "status", status.as_str()).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Plans a task for a day (`YYYY-MM-DD`; empty clears it).
pub async fn set_due(db: &Db, viewer: &Viewer, id: i64, date: &str) -> Result<()> {
    let (task, _) = visible(db, viewer, id).await?;
    let day = crate::activity::period::parse_date(Some(date))
        .map_err(|_| Error::invalid("due", "period-bad-date"))?;
    let mut model = task.into_active_model();
    model.due_day = Set(day);
    let shown = day
        .map(crate::activity::period::date_of)
        .unwrap_or_default();
    let tx = db::begin_write(db).await?;
    repo::update(&tx, model).await?;
    repo::add_event(&tx, id, Some(viewer.id), "due", &shown).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a comment to a task's history.
pub async fn comment(db: &Db, viewer: &Viewer, id: i64, body: &str) -> Result<()> {
    visible(db, viewer, id).await?;
    let mut checks = Checks::new();
    let body = checks.text("comment", body, 1, 2_000);
    checks.finish()?;
    Ok(repo::add_event(db, id, Some(viewer.id), "comment", &body).await?)
}

/// Invites the suggested experts to answer the task's question (they are told through the
/// access rule, so nobody who cannot read the group hears of it).
pub async fn invite_experts(db: &Db, viewer: &Viewer, id: i64) -> Result<usize> {
    let page = page(db, viewer, id).await?;
    let (Some(post_id), Some(group_id)) = (page.task.post_id, page.task.group_id) else {
        return Err(Error::NotFound);
    };
    if page.kind != TaskKind::UnansweredQuestion || page.experts.is_empty() {
        return Err(Error::invalid("experts", "error-task-no-experts"));
    }
    let notice = crate::notifications::Notice {
        kind: crate::notifications::NotificationKind::AnswerInvite,
        actor_id: Some(viewer.id),
        group_id: Some(group_id),
        post_id: Some(post_id),
        detail: None,
    };
    let names: Vec<&str> = page.experts.iter().map(|e| e.name.as_str()).collect();
    let tx = db::begin_write(db).await?;
    crate::notifications::notify(&tx, &notice, page.experts.iter().map(|e| e.id)).await?;
    repo::add_event(&tx, id, Some(viewer.id), "action", &names.join(", ")).await?;
    tx.commit().await?;
    Ok(page.experts.len())
}

/// Sends the task's message (welcome, profile nudge, word to the quiet) from its template to
/// the member or every member of the batch, each in their own language, and finishes the task.
pub async fn send_messages(db: &Db, viewer: &Viewer, id: i64) -> Result<usize> {
    let page = page(db, viewer, id).await?;
    let template = super::templates::MessageTemplate::for_kind(page.kind).ok_or(Error::NotFound)?;
    let mut recipients: Vec<i64> = page.members.iter().map(|(id, _)| *id).collect();
    recipients.extend(page.member.as_ref().map(|(id, _)| *id));
    let tx = db::begin_write(db).await?;
    let mut sent = 0;
    for recipient in recipients {
        let Some(account) = crate::people::find_user(&tx, recipient).await? else {
            continue;
        };
        let lang = account
            .locale
            .as_deref()
            .and_then(crate::i18n::Lang::from_code)
            .unwrap_or(crate::i18n::Lang::Nl);
        let text = super::templates::text(&tx, template, lang).await?;
        let body = super::templates::personalise(&text, &account.display_name);
        crate::messages::service::send(&tx, viewer.id, recipient, &body).await?;
        sent += 1;
    }
    repo::add_event(&tx, id, Some(viewer.id), "sent", &sent.to_string()).await?;
    close(&tx, page.task, Status::Done, Some(viewer.id), "status", "").await?;
    tx.commit().await?;
    Ok(sent)
}

/// Archives the task's group (revive-or-archive tasks) and finishes the task.
pub async fn archive_group(db: &Db, viewer: &Viewer, id: i64) -> Result<()> {
    let (task, _) = visible(db, viewer, id).await?;
    let kind = TaskKind::parse(&task.kind);
    let group_id = task.group_id.ok_or(Error::NotFound)?;
    if !matches!(kind, Some(TaskKind::IdleGroup | TaskKind::SilentGroup)) {
        return Err(Error::NotFound);
    }
    crate::groups::service::set_archived(db, viewer, group_id, true).await?;
    let tx = db::begin_write(db).await?;
    close(&tx, task, Status::Done, Some(viewer.id), "action", "").await?;
    tx.commit().await?;
    Ok(())
}

/// A routine as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RoutineForm {
    /// What to do.
    pub title: String,
    /// `weekly` or `monthly`.
    pub cadence: String,
    /// The first day (`YYYY-MM-DD`).
    pub first: String,
    /// Who does it (empty: nobody yet).
    pub assignee: String,
}

/// The team's routines.
pub async fn routines(db: &Db, viewer: &Viewer) -> Result<Vec<routine::Model>> {
    require_team(viewer)?;
    Ok(repo::routines(db).await?)
}

/// Adds a routine task to the team's rhythm.
pub async fn add_routine(db: &Db, viewer: &Viewer, form: &RoutineForm) -> Result<()> {
    require_team(viewer)?;
    let mut checks = Checks::new();
    let title = checks.text("title", &form.title, 1, 200);
    if !["weekly", "monthly"].contains(&form.cadence.as_str()) {
        checks.fail("cadence", "error-task-cadence");
    }
    let first = crate::activity::period::parse_date(Some(&form.first))
        .ok()
        .flatten();
    if first.is_none() {
        checks.fail("first", "period-bad-date");
    }
    let assignee = match form.assignee.trim() {
        "" => None,
        text => {
            let id = text.parse::<i64>().ok();
            let team = repo::team(db).await?;
            if id.is_none_or(|id| !team.iter().any(|(t, _)| *t == id)) {
                checks.fail("assignee", "error-task-assignee");
            }
            id
        }
    };
    checks.finish()?;
    repo::insert_routine(
        db,
        routine::Model {
            id: 0,
            title,
            cadence: form.cadence.clone(),
            assignee_id: assignee,
            next_day: first.unwrap_or_default(),
            created_by: viewer.id,
            created_at: now_ms(),
            active: true,
        },
    )
    .await?;
    Ok(())
}

/// The work queue's settings as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct QueueSettingsForm {
    /// Hours a question may wait.
    pub question_hours: String,
    /// Days an idea may wait.
    pub idea_days: String,
    /// Days a dismissal is remembered.
    pub memory_days: String,
}

/// The three settings with what the form shows for each: (setting, field, value).
pub async fn queue_settings(
    db: &Db,
) -> Result<Vec<(&'static settings::Number, &'static str, i64)>> {
    let mut out = Vec::new();
    for (setting, field) in QUEUE_SETTINGS {
        out.push((setting, field, setting.get(db).await?));
    }
    Ok(out)
}

/// The work queue's settings and their form fields.
const QUEUE_SETTINGS: [(&settings::Number, &str); 3] = [
    (&settings::QUESTION_PATIENCE_HOURS, "question_hours"),
    (&settings::IDEA_PATIENCE_DAYS, "idea_days"),
    (&settings::TASK_MEMORY_DAYS, "memory_days"),
];

/// Saves the work queue's settings (the team's); nothing is kept unless all are in range.
pub async fn save_queue_settings(db: &Db, viewer: &Viewer, form: &QueueSettingsForm) -> Result<()> {
    for (setting, _) in QUEUE_SETTINGS {
        viewer.require_steward(setting.steward)?;
    }
    let typed = [&form.question_hours, &form.idea_days, &form.memory_days];
    let mut checks = Checks::new();
    let mut values = Vec::new();
    for ((setting, field), text) in QUEUE_SETTINGS.iter().zip(typed) {
        if let Some(n) = checks.number(field, text, &setting.range, "error-task-setting") {
            values.push((*setting, n));
        }
    }
    checks.finish()?;
    let tx = crate::db::begin_write(db).await?;
    for (setting, n) in values {
        setting.set(&tx, n).await?;
    }
    Ok(tx.commit().await?)
}

/// The job that runs the generators (hourly, one instance at a time).
pub fn generate_job(
    db: Db,
    _payload: String,
) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        let done = generate(&db, now_ms()).await.map_err(|e| e.to_string())?;
        tracing::info!(
            created = done.created,
            resolved = done.resolved,
            "tasks generated"
        );
        Ok(())
    })
}
