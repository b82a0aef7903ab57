//! Poll rules: two to ten distinct options, one choice or several, voting by members who may
//! respond in the group until the poll closes (a vote can be changed until then), and results
//! shown after voting, or only after closing when the author chose so. The author always sees
//! them.

use serde::Deserialize;

use super::entity::{option, poll};
use super::repo;
use crate::auth::Viewer;
use crate::db::{self, Db, now_ms};
use crate::error::{Error, Result};
use crate::events::service::parse_local;
use crate::groups::service::{self as groups, GroupView};
use crate::posts::kind::PostKind;
use crate::posts::post;
use crate::posts::{self as posts_repo, markdown, service as posts};
use crate::validate::Checks;

/// Fewest and most options.
const OPTIONS: std::ops::RangeInclusive<usize> = 2..=10;

/// The new-poll form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PollForm {
    /// The question (Markdown).
    pub body: String,
    /// The options, one per line.
    pub options: String,
    /// "on" when several options may be chosen.
    pub multiple: Option<String>,
    /// Optional closing moment, `datetime-local` in the organisation's time zone.
    pub closes_at: String,
    /// "after_close" to keep results hidden until the poll closes.
    pub results: String,
}

fn check(
    form: &PollForm,
    zone: &jiff::tz::TimeZone,
    now: i64,
) -> Result<(String, Vec<String>, poll::Model)> {
    let mut checks = Checks::new();
    let body = checks.text("body", &form.body, 1, posts::MAX_BODY);
    let mut labels: Vec<String> = Vec::new();
    for line in form
        .options
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        if !labels.iter().any(|l| l.eq_ignore_ascii_case(line)) {
            labels.push(line.to_string());
        }
    }
    if !OPTIONS.contains(&labels.len()) {
        checks.fail("options", "error-poll-options");
    } else if labels.iter().any(|l| l.chars().count() > 200) {
        checks.fail("options", "error-poll-option-long");
    }
    let closes_at = match form.closes_at.trim() {
        "" => None,
        text => match parse_local(text, zone) {
            Some(at) if at > now => Some(at),
            Some(_) => {
                checks.fail("closes_at", "error-poll-closes-past");
                None
            }
            None => {
                checks.fail("closes_at", "error-datetime");
                None
            }
        },
    };
    checks.finish()?;
    let settings = poll::Model {
        post_id: 0,
        multiple: form.multiple.is_some(),
        closes_at,
        results_after_close: form.results == "after_close",
    };
    Ok((body, labels, settings))
}

/// Creates a poll in a group the viewer may post in; returns the post id.
pub async fn create(db: &Db, viewer: &Viewer, group_id: i64, form: &PollForm) -> Result<i64> {
    groups::postable(db, viewer, group_id).await?;
    let zone = crate::settings::time_zone(db).await?;
    let (body, labels, settings) = check(form, &zone, now_ms())?;
    let tx = db::begin_write(db).await?;
    let post_id = posts_repo::insert_post(
        &tx,
        group_id,
        viewer.id,
        PostKind::Poll,
        &body,
        markdown::render(&body),
    )
    .await?;
    repo::insert_poll(
        &tx,
        poll::Model {
            post_id,
            ..settings
        },
        &labels,
    )
    .await?;
    tx.commit().await?;
    Ok(post_id)
}

fn is_closed(settings: &poll::Model, now: i64) -> bool {
    settings.closes_at.is_some_and(|at| at <= now)
}

/// Records the viewer's vote (replacing an earlier one) while the poll is open.
pub async fn vote(db: &Db, viewer: &Viewer, post_id: i64, chosen: &[i64]) -> Result<()> {
    let (post, group) = posts::readable_post(db, viewer, post_id).await?;
    let settings = repo::find_poll(db, post.id).await?.ok_or(Error::NotFound)?;
    if !group.access.can_respond() {
        return Err(Error::Forbidden);
    }
    if is_closed(&settings, now_ms()) {
        return Err(Error::invalid("option", "error-poll-closed"));
    }
    let options = repo::options_of(db, post.id).await?;
    let mut chosen: Vec<i64> = chosen.to_vec();
    chosen.sort_unstable();
    chosen.dedup();
    let all_known = chosen.iter().all(|id| options.iter().any(|o| o.id == *id));
    let count_ok = if settings.multiple {
        !chosen.is_empty()
    } else {
        chosen.len() == 1
    };
    if !all_known || !count_ok {
        return Err(Error::invalid("option", "error-poll-choice"));
    }
    let tx = db::begin_write(db).await?;
    repo::set_votes(&tx, post.id, viewer.id, &chosen).await?;
    crate::activity::record(
        &tx,
        crate::activity::ActivityKind::PollVote,
        viewer.id,
        Some(post.group_id),
        Some(post.id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// One option as shown, with its result when results are visible.
#[derive(Debug, Clone)]
pub struct OptionView {
    /// The option.
    pub option: option::Model,
    /// Votes, when visible.
    pub votes: Option<i64>,
    /// Share of voters in whole percent, when visible.
    pub percent: Option<i64>,
    /// Whether the viewer chose it.
    pub mine: bool,
}

/// What the post page shows of a poll.
#[derive(Debug, Clone)]
pub struct PollPanel {
    /// The settings.
    pub settings: poll::Model,
    /// The options.
    pub options: Vec<OptionView>,
    /// How many voted (shown with the results).
    pub voters: i64,
    /// Whether the viewer voted.
    pub voted: bool,
    /// Whether voting has closed.
    pub closed: bool,
    /// Whether the viewer may vote now.
    pub can_vote: bool,
    /// Whether the results are shown to the viewer.
    pub results_visible: bool,
}

/// The poll panel of a post the viewer reads, when the post is a poll.
pub async fn panel(
    db: &Db,
    viewer: &Viewer,
    post: &post::Model,
    group: &GroupView,
) -> Result<Option<PollPanel>> {
    if post.kind != PostKind::Poll.as_str() {
        return Ok(None);
    }
    let Some(settings) = repo::find_poll(db, post.id).await? else {
        return Ok(None);
    };
    let closed = is_closed(&settings, now_ms());
    let mine = repo::votes_of(db, post.id, viewer.id).await?;
    let voted = !mine.is_empty();
    let results_visible =
        closed || post.author_id == viewer.id || (voted && !settings.results_after_close);
    let counts = repo::counts(db, post.id).await?;
    let voters = repo::voters(db, post.id).await?;
    let options = repo::options_of(db, post.id)
        .await?
        .into_iter()
        .map(|option| {
            let votes = counts.get(&option.id).copied().unwrap_or(0);
            OptionView {
                mine: mine.contains(&option.id),
                votes: results_visible.then_some(votes),
                percent: results_visible.then(|| percent(votes, voters)),
                option,
            }
        })
        .collect();
    Ok(Some(PollPanel {
        can_vote: group.access.can_respond() && !closed,
        settings,
        options,
        voters,
        voted,
        closed,
        results_visible,
    }))
}

/// `part` of `whole` in whole percent (0 when nobody voted).
fn percent(part: i64, whole: i64) -> i64 {
    if whole == 0 {
        0
    } else {
        (part * 100 + whole / 2) / whole
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn options_are_trimmed_deduplicated_and_counted() {
        let zone = jiff::tz::TimeZone::UTC;
        let form = PollForm {
            body: "Waar lunchen we?".into(),
            options: " Kantine \n\nkantine\nPark\n".into(),
            ..PollForm::default()
        };
        let (_, labels, settings) = check(&form, &zone, 0).expect("valid");
        assert_eq!(labels, vec!["Kantine", "Park"]);
        assert!(!settings.multiple);
        let one = PollForm {
            options: "Alleen dit".into(),
            ..form
        };
        assert!(check(&one, &zone, 0).is_err());
    }

    #[test]
    fn percentages_round_and_survive_no_votes() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
    }
}
