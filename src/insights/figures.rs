//! Gathering the figures of a period against the period before, for the whole community or one
//! group, each withheld below the minimum group size: what the cockpit shows and the reports keep.

use serde::Serialize;

use super::departments::DepartmentRow;
use super::groups::{GroupHealth, Health};
use super::metrics::{self, Day, Headline, Participation, Responses, percent_of};
use super::phase::{self, Assessment, Indicators, Thresholds};
use super::repo;
use crate::activity;
use crate::activity::ActivityKind;
use crate::activity::kind::Segment;
use crate::activity::period::{Calendar, Period};
use crate::db::{Db, now_ms};
use crate::error::Result;
use crate::posts::kind::PostKind;

/// Days an idea may wait for a response before the cockpit counts it as waiting too long.
pub const IDEA_PATIENCE_DAYS: i64 = 14;
/// The window of "interactive members" in the 5 B's model.
pub const INTERACTIVE_DAYS: i32 = 180;

/// The cockpit's figures for one period.
#[derive(Debug, Clone, Serialize)]
pub struct Cockpit {
    /// The period shown.
    pub period: Period,
    /// The equally long period before, for the changes.
    pub previous: Period,
    /// Active accounts.
    pub accounts: u64,
    /// Members ever active ÷ accounts, whole percent.
    pub activated_percent: i64,
    /// Accounts created in the period.
    pub new_members: u64,
    /// The period.
    pub now: Headline,
    /// The period before.
    pub before: Headline,
    /// Every day of the period.
    pub days: Vec<Day>,
    /// Changes against the period before, whole percent.
    pub trends: Trends,
    /// Lurkers, contributors, creators in the period's last 30 days.
    pub participation: Participation,
    /// The same in the last 30 days of the period before.
    pub participation_before: Participation,
    /// Questions asked in the period and how they were answered.
    pub questions: Responses,
    /// Ideas posted in the period and how they were responded to.
    pub ideas: Responses,
    /// Ideas (any time) still without a response after [`IDEA_PATIENCE_DAYS`].
    pub ideas_waiting: u64,
    /// Accounts by number of profile items filled in (index 0–7).
    pub profile_items: Vec<i64>,
    /// Shares of activity (everything but visits) by segment.
    pub shares: Vec<Share>,
    /// Adoption per department over the period's last 30 days.
    pub departments: Vec<DepartmentRow>,
    /// The 5 B's phase with its evidence.
    pub phase: Assessment,
    /// Days of the period clearly quieter than usual.
    pub dips: Vec<metrics::Dip>,
    /// The most active members in public in the period's last 30 days; `None` when an
    /// administrator switched the list off.
    pub top_contributors: Option<Vec<Contributor>>,
}

/// A member among the top contributors (public contributions only).
#[derive(Debug, Clone, Serialize)]
pub struct Contributor {
    /// The member.
    pub id: i64,
    /// Their name.
    pub name: String,
    /// Posts and comments in open groups.
    pub contributions: i64,
}

/// How many top contributors the cockpit lists.
pub const TOP_CONTRIBUTORS: usize = 10;

/// One segment's share of the period's activity.
#[derive(Debug, Clone, Serialize)]
pub struct Share {
    /// The segment.
    pub segment: &'static str,
    /// Its accounts; `None` when withheld.
    pub accounts: Option<i64>,
    /// Its share of all activity, whole percent; `None` when withheld (see
    /// `privacy::withheld`: the segment, or the pool of withheld ones, is below the minimum).
    pub percent: Option<i64>,
}

/// Changes of the headline figures against the previous period, whole percent (`None` when
/// there was nothing before).
#[derive(Debug, Clone, Serialize)]
pub struct Trends {
    /// Mean daily active members.
    pub dau: Option<i64>,
    /// Monthly active members.
    pub mau: Option<i64>,
    /// Posts per day.
    pub posts: Option<i64>,
    /// Comments per day.
    pub comments: Option<i64>,
    /// Reactions per day.
    pub reactions: Option<i64>,
}

impl Trends {
    fn between(before: &Headline, now: &Headline) -> Self {
        Self {
            dau: metrics::change(before.dau, now.dau),
            mau: metrics::change(before.mau as f64, now.mau as f64),
            posts: metrics::change(before.posts_per_day, now.posts_per_day),
            comments: metrics::change(before.comments_per_day, now.comments_per_day),
            reactions: metrics::change(before.reactions_per_day, now.reactions_per_day),
        }
    }
}

impl Cockpit {
    /// Whether `day` is a dip (the chart marks it).
    pub fn is_dip(&self, day: &i32) -> bool {
        self.dips.iter().any(|d| d.day == *day)
    }

    /// The busiest day's active members (the chart's scale).
    pub fn peak(&self) -> i64 {
        self.days.iter().map(|d| d.active).max().unwrap_or(0).max(1)
    }

    /// `n` accounts as whole percent of the accounts with a profile (the distribution's base).
    pub fn profile_percent(&self, n: &i64) -> i64 {
        percent_of(*n, self.profile_items.iter().sum())
    }
}

/// The phase thresholds in force: the administrator's, or the defaults.
pub async fn thresholds(db: &Db) -> Result<Thresholds> {
    let stored = crate::settings::PHASE_THRESHOLDS.get(db).await?;
    Ok(stored
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

/// Every day from `from` to `to` with its active members (0 on days without any).
async fn active_days(db: &Db, from: i32, to: i32) -> Result<Vec<Day>> {
    let known = activity::active_per_day(db, from, to)
        .await?
        .into_iter()
        .map(|(day, active)| Day {
            day,
            active,
            ..Day::default()
        })
        .collect();
    Ok(metrics::every_day(from, to, known))
}

/// The period's days and headline; `mau` is the active members of its last 30 days, which the
/// caller already has from the participation split (the same members).
async fn headline(
    db: &Db,
    today: i32,
    period: Period,
    mau: i64,
    small_groups: &[i64],
) -> Result<(Vec<Day>, Headline)> {
    let (from, to) = (period.from, period.to);
    let mut days = active_days(db, from, to).await?;
    for (day, kind, count) in activity::counts_per_day(db, from, to).await? {
        if let Some(slot) = metrics::day_slot(&mut days, from, day) {
            slot.add(&kind, count);
        }
    }
    // Groups below the minimum group size are left out of the community's counts: the
    // community minus every group one may narrow to would otherwise be their activity.
    for (day, kind, count) in activity::groups_counts_per_day(db, small_groups, from, to).await? {
        if let Some(slot) = metrics::day_slot(&mut days, from, day) {
            slot.add(&kind, -count);
        }
    }
    let week = period.final_days(7);
    let wau = activity::active_members(db, week.from, week.to).await?;
    let whole = whole_days(&days, today);
    let headline = metrics::headline(whole, wau, u64::try_from(mau).unwrap_or(0));
    Ok((days, headline))
}

/// The days of a series that are over: today, not over yet, would pull every per-day mean
/// down against a complete period before (and look like a dip every morning).
fn whole_days(days: &[Day], today: i32) -> &[Day] {
    match days.split_last() {
        Some((last, rest)) if last.day >= today && !rest.is_empty() => rest,
        _ => days,
    }
}

/// The 90-9-1 split over the period's last 30 days (the whole period when shorter), by
/// department: its members together are the period's MAU.
async fn levels(db: &Db, period: Period) -> Result<Vec<(String, i32, i64)>> {
    let window = period.final_days(30);
    Ok(activity::levels_by_department(db, window.from, window.to).await?)
}

/// The split of all departments together.
fn participation_of(levels: &[(String, i32, i64)], minimum: i64) -> Participation {
    let all: Vec<(i32, i64)> = levels.iter().map(|(_, l, n)| (*l, *n)).collect();
    Participation::from_levels(&all, minimum)
}

/// The period's dips, against the four weeks before each day; `today`, not over yet, is none.
async fn dips(db: &Db, today: i32, period: Period, days: &[Day]) -> Result<Vec<metrics::Dip>> {
    let history_from = period.from - metrics::DIP_WEEKS * 7;
    let series: Vec<(i32, i64)> = active_days(db, history_from, period.from - 1)
        .await?
        .iter()
        .chain(days)
        .map(|d| (d.day, d.active))
        .collect();
    let mut dips = metrics::dips(&series, days.len());
    dips.retain(|dip| dip.day < today);
    Ok(dips)
}

/// Dips among the `days` days up to day `last` (the work queue's "publish prepared content").
pub async fn recent_dips(db: &Db, last: i32, days: i32) -> Result<Vec<metrics::Dip>> {
    let period = Period {
        from: last - (days - 1),
        to: last,
    };
    let recent = active_days(db, period.from, period.to).await?;
    let today = activity::today(db).await?;
    dips(db, today, period, &recent).await
}

/// Shares of activity per segment. A segment below `minimum` accounts is withheld — its
/// accounts and its share — and so is the next smallest while the withheld ones together are
/// fewer than `minimum` (100 % minus the shown shares must not describe a handful of people).
async fn shares(db: &Db, period: Period, minimum: i64) -> Result<Vec<Share>> {
    let accounts = repo::accounts_by_role(db).await?;
    let counts = activity::counts_per_segment(db, period.from, period.to, &[]).await?;
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    let members: Vec<i64> = Segment::ALL
        .into_iter()
        .map(|segment| {
            accounts
                .iter()
                .filter(|(role, model, _)| Segment::of(role, *model) == segment)
                .map(|(_, _, n)| n)
                .sum()
        })
        .collect();
    let withheld = super::privacy::withheld(&members, minimum);
    Ok(Segment::ALL
        .into_iter()
        .zip(members.into_iter().zip(withheld))
        .map(|(segment, (members, withheld))| {
            let done: i64 = counts
                .iter()
                .filter(|(s, _)| s == segment.as_str())
                .map(|(_, n)| n)
                .sum();
            Share {
                segment: segment.as_str(),
                accounts: (!withheld).then_some(members),
                percent: (!withheld).then(|| percent_of(done, total)),
            }
        })
        .collect())
}

/// The members with the most posts and comments in open groups over the period's last 30 days,
/// unless an administrator switched the list off.
async fn top_contributors(
    db: &Db,
    period: Period,
    group: Option<i64>,
) -> Result<Option<Vec<Contributor>>> {
    if crate::settings::HIDE_TOP_CONTRIBUTORS.get(db).await? {
        return Ok(None);
    }
    // Only current accounts are listed; ties go to the older account (docs/metrics.md).
    let ranked =
        activity::contributions::top(db, period.final_days(30), group, TOP_CONTRIBUTORS as u64)
            .await?;
    Ok(Some(
        ranked
            .into_iter()
            .map(|(id, name, contributions)| Contributor {
                id,
                name,
                contributions,
            })
            .collect(),
    ))
}

/// Answers, idea responses and moderation actions by anyone but community managers, whole
/// percent (`None`: none).
async fn member_carried(db: &Db, period: Period) -> Result<Option<f64>> {
    let kinds = [
        ActivityKind::Answer.as_str(),
        ActivityKind::IdeaStatus.as_str(),
        ActivityKind::Moderation.as_str(),
    ];
    let (total, managers) = with_managers_share(db, period, &kinds).await?;
    Ok((total > 0).then(|| percent_of(total - managers, total) as f64))
}

/// How many of `kinds` the period holds, and how many of them community managers did.
async fn with_managers_share(db: &Db, period: Period, kinds: &[&str]) -> Result<(i64, i64)> {
    let counts = activity::counts_per_segment(db, period.from, period.to, kinds).await?;
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    let managers: i64 = counts
        .iter()
        .filter(|(s, _)| s == Segment::CommunityManager.as_str())
        .map(|(_, n)| n)
        .sum();
    Ok((total, managers))
}

/// Whether community managers took more moderation actions than they wrote posts in the
/// period (Boeien: the team steps back from creating); `None` when they did neither.
async fn managers_moderate_more(db: &Db, period: Period) -> Result<Option<bool>> {
    let (_, moderated) =
        with_managers_share(db, period, &[ActivityKind::Moderation.as_str()]).await?;
    let post_kinds: Vec<&str> = PostKind::ALL
        .into_iter()
        .map(|k| ActivityKind::Post(k).as_str())
        .collect();
    let (_, created) = with_managers_share(db, period, &post_kinds).await?;
    Ok((moderated + created > 0).then_some(moderated > created))
}

/// The figures of `period` (see [`open`] for who may ask); `None` when the community is smaller
/// than the minimum group size.
pub async fn figures(db: &Db, period: Period) -> Result<Option<Cockpit>> {
    let accounts = crate::people::service::active_account_count(db).await?;
    let minimum = crate::settings::min_group_size(db).await?;
    let accounts_i = i64::try_from(accounts).unwrap_or(i64::MAX);
    if accounts_i < minimum {
        return Ok(None);
    }
    let calendar = Calendar::of(db).await?;
    let today = calendar.today();
    let previous = period.previous();
    let levels = self::levels(db, period).await?;
    let participation = participation_of(&levels, minimum);
    let participation_before = participation_of(&self::levels(db, previous).await?, minimum);
    let small_groups: Vec<i64> = repo::groups_with_members(db)
        .await?
        .into_iter()
        .filter(|group| group.4 < minimum)
        .map(|group| group.0)
        .collect();
    let (days, now) = headline(db, today, period, participation.active, &small_groups).await?;
    let active_before = participation_before.active;
    let (_, before) = headline(db, today, previous, active_before, &small_groups).await?;
    let (start, end) = period.millis(&calendar);
    let community = repo::Scope::Community {
        except: &small_groups,
    };
    let questions =
        repo::response_stats(db, PostKind::Question, (start, end), community, minimum).await?;
    let ideas = repo::response_stats(db, PostKind::Idea, (start, end), community, minimum).await?;
    let mut profile_items = vec![0; 8];
    for (items, n) in repo::profile_items(db).await? {
        if let Some(slot) = usize::try_from(items)
            .ok()
            .and_then(|i| profile_items.get_mut(i))
        {
            *slot = n;
        }
    }
    let departments =
        super::departments::rows(&repo::accounts_by_department(db).await?, &levels, minimum);
    let ever = activity::ever_active(db).await?;
    let activated_percent = percent_of(i64::try_from(ever).unwrap_or(0), accounts_i);
    let interactive =
        activity::interactive_members(db, period.to - (INTERACTIVE_DAYS - 1), period.to).await?;
    let complete = profile_items.last().copied().unwrap_or(0);
    let team: i64 = repo::accounts_by_role(db)
        .await?
        .iter()
        .filter(|(role, model, _)| Segment::of(role, *model) == Segment::CommunityManager)
        .map(|(_, _, n)| n)
        .sum();
    let team_large_enough = team >= minimum && accounts_i - team >= minimum;
    let indicators = Indicators {
        activated: activated_percent as f64,
        complete_profiles: percent_of(complete, profile_items.iter().sum()) as f64,
        mau: percent_of(i64::try_from(now.mau).unwrap_or(0), accounts_i) as f64,
        stickiness: (now.stickiness * 1000.0).round() / 10.0,
        interactive: percent_of(i64::try_from(interactive).unwrap_or(0), accounts_i) as f64,
        answered: questions.answered_percent().map(|p| p as f64),
        median_response_hours: questions.median_hours(),
        creators: participation
            .percent(&participation.creators)
            .map(|p| p as f64),
        // Both describe the community managers against everyone else: measured only when
        // the team and the rest are each at least the minimum group size.
        managers_moderate_more: if team_large_enough {
            managers_moderate_more(db, period).await?
        } else {
            None
        },
        member_carried: if team_large_enough {
            member_carried(db, period).await?
        } else {
            None
        },
    };
    let patience = now_ms() - IDEA_PATIENCE_DAYS * activity::DAY_MS;
    let dips = dips(db, today, period, &days).await?;
    Ok(Some(Cockpit {
        period,
        previous,
        accounts,
        activated_percent,
        new_members: repo::new_accounts(db, start, end).await?,
        trends: Trends::between(&before, &now),
        participation_before,
        participation,
        questions,
        ideas,
        ideas_waiting: repo::ideas_waiting_since(db, patience).await?,
        profile_items,
        shares: shares(db, period, minimum).await?,
        departments,
        phase: phase::assess(&indicators, &thresholds(db).await?),
        dips,
        top_contributors: top_contributors(db, period, None).await?,
        now,
        before,
        days,
    }))
}

/// The figures of one group over a period: what happened in it, against the period before.
/// Active members, participation and the phase are community-wide and not split per group.
#[derive(Debug, Clone, Serialize)]
pub struct GroupCockpit {
    /// The group with its health today.
    pub group: GroupHealth,
    /// The period shown.
    pub period: Period,
    /// The equally long period before.
    pub previous: Period,
    /// Every day of the period (posts, comments, reactions in the group).
    pub days: Vec<Day>,
    /// Per-day means of the period.
    pub now: Headline,
    /// The same for the period before.
    pub before: Headline,
    /// Changes against the period before.
    pub trends: Trends,
    /// Questions asked in the group in the period.
    pub questions: Responses,
    /// Ideas posted in the group in the period.
    pub ideas: Responses,
    /// Top contributors in the group (open groups only, unless switched off).
    pub top_contributors: Option<Vec<Contributor>>,
}

impl GroupCockpit {
    /// The busiest day's actions (the chart's scale).
    pub fn peak(&self) -> i64 {
        self.days.iter().map(Day::actions).max().unwrap_or(0).max(1)
    }
}

async fn group_days(
    db: &Db,
    today: i32,
    group: i64,
    period: Period,
) -> Result<(Vec<Day>, Headline)> {
    let mut days = metrics::every_day(period.from, period.to, Vec::new());
    for (day, kind, count) in
        activity::group_counts_per_day(db, group, period.from, period.to).await?
    {
        if let Some(slot) = metrics::day_slot(&mut days, period.from, day) {
            slot.add(&kind, count);
        }
    }
    let headline = metrics::headline(whole_days(&days, today), 0, 0);
    Ok((days, headline))
}

/// The figures of `group` over `period`; `None` for a group smaller than the minimum group size
/// (see [`open`] for who may ask; the caller checks the viewer may see the group).
pub async fn group_figures(
    db: &Db,
    group: GroupHealth,
    period: Period,
) -> Result<Option<GroupCockpit>> {
    if group.health == Health::TooSmall {
        return Ok(None);
    }
    let minimum = crate::settings::min_group_size(db).await?;
    let calendar = Calendar::of(db).await?;
    let today = calendar.today();
    let previous = period.previous();
    let (days, now) = group_days(db, today, group.id, period).await?;
    let (_, before) = group_days(db, today, group.id, previous).await?;
    let (start, end) = period.millis(&calendar);
    let id = Some(group.id);
    Ok(Some(GroupCockpit {
        questions: repo::response_stats(
            db,
            PostKind::Question,
            (start, end),
            repo::Scope::Group(group.id),
            minimum,
        )
        .await?,
        ideas: repo::response_stats(
            db,
            PostKind::Idea,
            (start, end),
            repo::Scope::Group(group.id),
            minimum,
        )
        .await?,
        top_contributors: if group.open {
            top_contributors(db, period, id).await?
        } else {
            None
        },
        trends: Trends::between(&before, &now),
        group,
        period,
        previous,
        days,
        now,
        before,
    }))
}

/// Whether the community has at least the minimum group size of active accounts (below it the
/// cockpit shows nothing).
pub async fn large_enough(db: &Db) -> Result<bool> {
    let accounts = crate::people::service::active_account_count(db).await?;
    let minimum = crate::settings::min_group_size(db).await?;
    Ok(i64::try_from(accounts).unwrap_or(i64::MAX) >= minimum)
}

/// Daily figures as CSV, one row per day; a group's without active members (those are
/// community-wide).
pub fn csv(days: &[Day], with_active: bool) -> String {
    let mut out = String::from(if with_active {
        "date,active_members,posts,comments,reactions\n"
    } else {
        "date,posts,comments,reactions\n"
    });
    for day in days {
        let date = crate::activity::date_of(day.day);
        let line = if with_active {
            format!(
                "{date},{},{},{},{}\n",
                day.active, day.posts, day.comments, day.reactions
            )
        } else {
            format!("{date},{},{},{}\n", day.posts, day.comments, day.reactions)
        };
        out.push_str(&line);
    }
    out
}
