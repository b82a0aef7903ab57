//! Posts in groups: Markdown bodies with edit history, comments, reactions, and the feeds
//! (home, group, person) that read them through the groups access rule.

pub mod contributions;
mod entity;
pub mod kind;
pub mod markdown;
pub mod mentions;
mod repo;
mod routes;
pub use routes::router;
pub mod service;
pub mod tags;

// The front door. Tables others join (read only), the conditions and counts that compose into
// their queries, the writes moderation makes inside its own transaction, and the pieces of the
// post page the typed posts share.
pub use entity::{comment, post, post_topic};
pub use repo::{
    CommentRow, comment_counts, comments_of, delete_comment, delete_post, edit_post, find_comment,
    find_post, followers_of, insert_post, mark_first_response, move_post, posts_tagged,
    reaction_totals, set_comment_hidden, set_comments_locked, set_idea_status, set_moderator_note,
    set_post_hidden, shown_to_all,
};
// For the feed and the post page (`crate::feed`), which read posts through these.
pub use repo::{is_following, newest_tagged, reaction_counts, reaction_of, shown_to};
pub use routes::{Draft, TypedFormHead, post_page, typed_form_head};

#[cfg(test)]
mod tests;
