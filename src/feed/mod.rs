//! Feeds and the post page: the reading side of posts, which composes posts with every typed
//! post (events, polls, ideas, announcements, knowledge) and with what members follow (people,
//! topics). It owns no table.

mod repo;
pub mod service;

// The front door: what a feed shows and which posts it takes.
pub use repo::{FeedRow, FeedScope};
pub use service::{FeedItem, FeedPage, PinnedWhere, PostPage};
