//! Attachments (issue #20): images and files on posts, kept in the database so every instance
//! serves them. Uploads are judged by content: images are re-encoded (no EXIF, no scripts, no
//! bombs) in a shown size and a thumbnail; documents must be on the allow-list (PDF, Office,
//! OpenDocument, text). Every download goes through the post's access rule, so an attachment
//! of a post one may not read is the same 404 as one that does not exist.

mod entity;
mod kind;
mod repo;
mod routes;
mod service;

// The front door: preparing uploads before a post's transaction, storing and removing them
// inside it, and what pages show of them.
pub use routes::router;
pub use service::{
    ACCEPT, AttachmentRow, MAX_FILES, POST_UPLOAD_LIMIT, Prepared, insert, of_posts, prepare,
    remove_of_post,
};

#[cfg(test)]
mod tests;
