//! The feeds and the post page, assembled: a page of posts with their counters (home, group,
//! person, topic, a group's questions or ideas, praise), the pinned announcements above a feed,
//! and everything the post page shows — the post, its comments and reactions, and the panel of
//! its type from the typed capability that owns it. Only pages use this; it sits above posts and
//! every typed post so that none of them depends on another's page.

use std::collections::HashMap;

use super::repo::{self, FeedRow, FeedScope};
use crate::announcements::service::{self as announcements, AnnouncementPanel};
use crate::auth::Viewer;
use crate::db::{self, Db};
use crate::error::{Error, Result};
use crate::events::service::{self as events, EventPanel};
use crate::groups::service::{self as groups, GroupView};
use crate::ideas::service::{self as ideas, IdeaPanel};
use crate::polls::service::{self as polls, PollPanel};
use crate::posts::CommentRow;
use crate::posts::service as posts;

/// A post in a feed, with its counters.
#[derive(Debug, Clone)]
pub struct FeedItem {
    /// The post.
    pub row: FeedRow,
    /// Live comments.
    pub comments: i64,
    /// Reactions.
    pub reactions: i64,
    /// Images and files, in the order uploaded.
    pub attachments: Vec<crate::attachments::AttachmentRow>,
}

impl FeedItem {
    /// The images, shown as a gallery.
    pub fn images(&self) -> Vec<&crate::attachments::AttachmentRow> {
        self.attachments.iter().filter(|a| a.is_image()).collect()
    }

    /// The other files, listed as downloads.
    pub fn files(&self) -> Vec<&crate::attachments::AttachmentRow> {
        self.attachments.iter().filter(|a| !a.is_image()).collect()
    }
}

/// One page of a feed.
pub struct FeedPage {
    /// The posts, newest first.
    pub items: Vec<FeedItem>,
    /// The cursor for the next page, when there is one.
    pub next_before: Option<i64>,
}

/// Posts per feed page.
pub const FEED_PAGE: u64 = 20;

/// A page of the feed `scope` for `viewer`, before post id `before`.
pub async fn feed(
    db: &Db,
    viewer: &Viewer,
    scope: FeedScope,
    before: Option<i64>,
) -> Result<FeedPage> {
    let rows = repo::feed(db, viewer.id, scope, before, FEED_PAGE + 1).await?;
    page_of(db, rows).await
}

/// Where pinned announcements are listed.
#[derive(Debug, Clone, Copy)]
pub enum PinnedWhere {
    /// At the top of a group.
    Group(i64),
    /// At the top of the viewer's home feed, until they read them.
    Home,
}

/// The pinned announcements above a feed (a short list, not paged). The few pinned ids are
/// read first, so a feed without pins costs one tiny query.
pub async fn pinned(db: &Db, viewer: &Viewer, place: PinnedWhere) -> Result<Vec<FeedItem>> {
    let (groups, unread_by) = match place {
        PinnedWhere::Group(group) => (vec![group], None),
        PinnedWhere::Home => (groups::group_ids_of(db, viewer.id).await?, Some(viewer.id)),
    };
    let now = crate::db::now_ms();
    let ids = crate::announcements::pinned_in(db, now, groups, unread_by, 10).await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = repo::feed(db, viewer.id, FeedScope::Ids(ids), None, 10).await?;
    with_counts(db, rows).await
}

/// A page of the home feed: posts of the viewer's groups, of the people and of the topics they
/// follow.
pub async fn home_feed(db: &Db, viewer: &Viewer, before: Option<i64>) -> Result<FeedPage> {
    let sources = repo::HomeSources {
        groups: groups::group_ids_of(db, viewer.id).await?,
        authors: crate::people::service::followee_ids(db, viewer.id).await?,
        topics: crate::topics::followed(db, viewer.id).await?,
    };
    let ids = repo::home_ids(db, viewer.id, &sources, before, FEED_PAGE + 1).await?;
    let rows = repo::feed(db, viewer.id, FeedScope::Ids(ids), None, FEED_PAGE + 1).await?;
    page_of(db, rows).await
}

async fn page_of(db: &Db, mut rows: Vec<FeedRow>) -> Result<FeedPage> {
    let next_before = db::next_page(&mut rows, FEED_PAGE, |r| r.id);
    let items = with_counts(db, rows).await?;
    Ok(FeedPage { items, next_before })
}

async fn with_counts(db: &Db, rows: Vec<FeedRow>) -> Result<Vec<FeedItem>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let comments = crate::posts::comment_counts(db, &ids).await?;
    let reactions = crate::posts::reaction_totals(db, &ids).await?;
    let mut attachments = crate::attachments::of_posts(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| FeedItem {
            comments: comments.get(&row.id).copied().unwrap_or(0),
            reactions: reactions.get(&row.id).copied().unwrap_or(0),
            attachments: attachments.remove(&row.id).unwrap_or_default(),
            row,
        })
        .collect())
}

/// Everything the post page shows.
pub struct PostPage {
    /// The post with counters.
    pub item: FeedItem,
    /// Its group and the viewer's rights there.
    pub group: GroupView,
    /// The Markdown source (for the author's edit form).
    pub body_md: String,
    /// Comments, oldest first.
    pub comments: Vec<CommentRow>,
    /// Reaction counts per kind.
    pub reaction_counts: HashMap<String, i64>,
    /// The viewer's own reaction.
    pub my_reaction: Option<String>,
    /// Whether the viewer may edit.
    pub can_edit: bool,
    /// Whether the viewer may delete.
    pub can_delete: bool,
    /// Whether the viewer may accept an answer (questions only).
    pub can_accept: bool,
    /// Whether the viewer may mark the call for help resolved or open (its author).
    pub can_resolve: bool,
    /// For ideas: status, responses, and the viewer's choices.
    pub idea: Option<IdeaPanel>,
    /// Whether the viewer follows the post (its author always hears of replies).
    pub following: bool,
    /// For events: when, where, who comes, and the viewer's answer.
    pub event: Option<EventPanel>,
    /// For polls: options, the viewer's vote, results when visible.
    pub poll: Option<PollPanel>,
    /// For announcements: the pin, reading, and (for the author) the read figures.
    pub announcement: Option<AnnouncementPanel>,
    /// For answered questions: whether the viewer may turn it into an article.
    pub can_turn: bool,
    /// Articles made from this post that the viewer may read.
    pub articles: Vec<crate::knowledge::ArticleRow>,
    /// Whether a moderator hid the post (only its author and moderators get this far).
    pub hidden: bool,
    /// Whether a moderator closed it to new comments.
    pub locked: bool,
    /// Why a moderator edited it (empty: never).
    pub moderator_note: String,
    /// Whether the viewer moderates its group (sees hidden comments, reviews).
    pub can_moderate: bool,
}

impl PostPage {
    /// How many gave reaction `kind`.
    pub fn count_of(&self, kind: &str) -> i64 {
        self.reaction_counts.get(kind).copied().unwrap_or(0)
    }

    /// Whether `comment_id` is the accepted answer.
    pub fn is_accepted(&self, comment_id: &i64) -> bool {
        self.item.row.accepted_comment_id == Some(*comment_id)
    }

    /// Whether the viewer gave reaction `kind`.
    pub fn reacted(&self, kind: &str) -> bool {
        self.my_reaction.as_deref() == Some(kind)
    }

    /// Whether the viewer reads a hidden comment's text: its author and the moderators.
    pub fn reads_hidden(&self, comment: &CommentRow, viewer_id: Option<i64>) -> bool {
        viewer_id == Some(comment.author_id) || self.can_moderate
    }
}

/// Blanks the text of hidden comments the viewer may not read, so no template can show it.
fn withhold_hidden(
    mut comments: Vec<CommentRow>,
    viewer_id: i64,
    moderates: bool,
) -> Vec<CommentRow> {
    for comment in &mut comments {
        if comment.hidden_at.is_some() && comment.author_id != viewer_id && !moderates {
            comment.body_html.clear();
        }
    }
    comments
}

/// The post page for `viewer`; not found when they may not read it.
pub async fn page(db: &Db, viewer: &Viewer, post_id: i64) -> Result<PostPage> {
    let (post, group) = posts::readable_post(db, viewer, post_id).await?;
    let row = repo::feed(db, viewer.id, FeedScope::Post(post_id), None, 1)
        .await?
        .pop()
        .ok_or(Error::NotFound)?;
    let item = with_counts(db, vec![row])
        .await?
        .pop()
        .ok_or(Error::NotFound)?;
    Ok(PostPage {
        can_edit: post.author_id == viewer.id && !group.access.archived,
        can_delete: posts::may_remove(viewer, post.author_id, &group),
        can_accept: posts::may_accept(viewer, &post, &group),
        can_resolve: posts::may_resolve(viewer, &post, &group),
        idea: ideas::panel(db, viewer, &post, &group).await?,
        event: events::panel(db, viewer, &post, &group).await?,
        poll: polls::panel(db, viewer, &post, &group).await?,
        announcement: announcements::panel(db, viewer, &post, &group).await?,
        can_turn: post.accepted_comment_id.is_some() && posts::may_accept(viewer, &post, &group),
        articles: if posts::is_question(&post) {
            crate::knowledge::service::made_from(db, viewer, post_id).await?
        } else {
            Vec::new()
        },
        hidden: post.hidden_at.is_some(),
        locked: post.comments_locked_at.is_some(),
        moderator_note: post.moderator_note.clone(),
        can_moderate: group.access.can_moderate(),
        following: crate::posts::is_following(db, post_id, viewer.id).await?,
        comments: withhold_hidden(
            crate::posts::comments_of(db, post_id).await?,
            viewer.id,
            group.access.can_moderate(),
        ),
        reaction_counts: crate::posts::reaction_counts(db, post_id).await?,
        my_reaction: crate::posts::reaction_of(db, post_id, viewer.id).await?,
        body_md: post.body_md,
        item,
        group,
    })
}
