//! Announcement rules: who may announce (group admins, community managers, administrators —
//! as members of the group), how long it stays pinned, reading, and the read figures its author
//! sees (only for groups of at least the minimum group size).

use jiff::civil::Date;
use serde::Deserialize;

use super::repo;
use crate::auth::Viewer;
use crate::db::{self, Db, now_ms};
use crate::error::{Error, Result};
use crate::groups as groups_repo;
use crate::groups::service::{self as groups, GroupView};
use crate::notifications::{Notice, NotificationKind, notify};
use crate::posts::kind::PostKind;
use crate::posts::post;
use crate::posts::{self as posts_repo, markdown, service as posts};
use crate::validate::Checks;

/// Longest pin, so announcements do not crowd the top of a feed forever.
const MAX_PIN_DAYS: i64 = 366;

/// The announcement form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AnnouncementForm {
    /// The text (Markdown).
    pub body: String,
    /// Pinned until the end of this day (`YYYY-MM-DD`) in the organisation's time zone; empty
    /// for no pin.
    pub pinned_until: String,
}

/// Whether the viewer may announce in the group.
pub fn may_announce(viewer: &Viewer, group: &GroupView) -> bool {
    group.access.can_post() && (group.access.can_manage() || viewer.role.manages_community())
}

/// The end of `date` (its last millisecond) in `zone`.
fn end_of_day(date: Date, zone: &jiff::tz::TimeZone) -> Option<i64> {
    let next = date.tomorrow().ok()?;
    let zoned = next.to_zoned(zone.clone()).ok()?;
    Some(zoned.timestamp().as_millisecond() - 1)
}

fn check(
    form: &AnnouncementForm,
    zone: &jiff::tz::TimeZone,
    now: i64,
) -> Result<(String, Option<i64>)> {
    let mut checks = Checks::new();
    let body = checks.text("body", &form.body, 1, posts::MAX_BODY);
    let pinned_until = match form.pinned_until.trim() {
        "" => None,
        text => match text.parse::<Date>().ok().and_then(|d| end_of_day(d, zone)) {
            Some(until) if until > now && until - now <= MAX_PIN_DAYS * 24 * 3600 * 1000 => {
                Some(until)
            }
            Some(_) => {
                checks.fail("pinned_until", "error-pin-range");
                None
            }
            None => {
                checks.fail("pinned_until", "error-date");
                None
            }
        },
    };
    checks.finish()?;
    Ok((body, pinned_until))
}

/// Publishes an announcement and tells the group's members.
pub async fn create(
    db: &Db,
    viewer: &Viewer,
    group_id: i64,
    form: &AnnouncementForm,
) -> Result<i64> {
    let group = groups::postable(db, viewer, group_id).await?;
    if !may_announce(viewer, &group) {
        return Err(Error::Forbidden);
    }
    let zone = crate::settings::time_zone(db).await?;
    let (body, pinned_until) = check(form, &zone, now_ms())?;
    let tx = db::begin_write(db).await?;
    let post_id = posts_repo::insert_post(
        &tx,
        group_id,
        viewer.id,
        PostKind::Announcement,
        &body,
        markdown::render(&body),
    )
    .await?;
    repo::insert(&tx, post_id, pinned_until).await?;
    // Its author has read it, and should not find themselves on the "not read" list.
    repo::mark_read(&tx, post_id, viewer.id).await?;
    let notice = Notice {
        kind: NotificationKind::Announcement,
        actor_id: Some(viewer.id),
        group_id: Some(group_id),
        post_id: Some(post_id),
        detail: None,
    };
    notify(&tx, &notice, groups_repo::member_ids(&tx, group_id).await?).await?;
    tx.commit().await?;
    Ok(post_id)
}

/// Marks an announcement read by the viewer.
pub async fn mark_read(db: &Db, viewer: &Viewer, post_id: i64) -> Result<()> {
    let (post, _) = posts::readable_post(db, viewer, post_id).await?;
    repo::find(db, post.id).await?.ok_or(Error::NotFound)?;
    let tx = db::begin_write(db).await?;
    if repo::mark_read(&tx, post.id, viewer.id).await? {
        crate::activity::record(
            &tx,
            crate::activity::ActivityKind::AnnouncementRead,
            viewer.id,
            Some(post.group_id),
            Some(post.id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// How far an announcement has been read, for its author.
#[derive(Debug, Clone)]
pub struct ReadFigures {
    /// Members who read it.
    pub read: u64,
    /// Members of the group.
    pub members: u64,
    /// Members who have not read it yet, by name.
    pub not_read: Vec<(i64, String)>,
}

/// What the post page shows of an announcement.
#[derive(Debug, Clone)]
pub struct AnnouncementPanel {
    /// Pinned until, while the pin lasts.
    pub pinned_until: Option<i64>,
    /// Whether the viewer marked it read.
    pub read: bool,
    /// Whether the viewer is a member who may mark it read.
    pub can_mark: bool,
    /// For the author in a large enough group: the read figures.
    pub figures: Option<ReadFigures>,
    /// For the author in a group below the minimum size: that size (why no figures show).
    pub too_small: Option<i64>,
}

/// The announcement panel of a post the viewer reads, when the post is an announcement.
pub async fn panel(
    db: &Db,
    viewer: &Viewer,
    post: &post::Model,
    group: &GroupView,
) -> Result<Option<AnnouncementPanel>> {
    if post.kind != PostKind::Announcement.as_str() {
        return Ok(None);
    }
    let Some(pin) = repo::find(db, post.id).await? else {
        return Ok(None);
    };
    let read = repo::has_read(db, post.id, viewer.id).await?;
    let (mut figures, mut too_small) = (None, None);
    if post.author_id == viewer.id {
        let members = groups_repo::member_count(db, post.group_id).await?;
        let minimum = crate::settings::min_group_size(db).await?;
        if i64::try_from(members).unwrap_or(i64::MAX) >= minimum {
            figures = Some(ReadFigures {
                read: repo::readers_in_group(db, post.id, post.group_id).await?,
                members,
                not_read: repo::not_read_by(db, post.id, post.group_id).await?,
            });
        } else {
            too_small = Some(minimum);
        }
    }
    Ok(Some(AnnouncementPanel {
        pinned_until: pin.pinned_until.filter(|until| *until > now_ms()),
        can_mark: !read && group.access.membership.is_member(),
        read,
        figures,
        too_small,
    }))
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn a_pin_lasts_to_the_end_of_the_chosen_day_in_the_organisation_zone() {
        let zone = jiff::tz::TimeZone::get("Europe/Amsterdam").expect("zone");
        let now = 0;
        let form = AnnouncementForm {
            body: "Nieuw rooster".into(),
            pinned_until: "1970-01-02".into(),
        };
        let (_, until) = check(&form, &zone, now).expect("valid");
        // 1970-01-02 ends at 1970-01-03 00:00 Amsterdam time, 23:00 UTC on the 2nd.
        assert_eq!(until, Some(47 * 3600 * 1000 - 1));
        let never = AnnouncementForm {
            pinned_until: "volgende week".into(),
            ..form
        };
        assert!(check(&never, &zone, now).is_err());
    }
}
