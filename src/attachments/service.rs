//! Attachment rules: uploads checked and made safe before the post's transaction (images
//! re-encoded in two sizes, documents on the allow-list by content, the administrators' size
//! limit), what a feed shows of them, and the bytes the download route serves once it has
//! checked that the viewer may read the post.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, FromQueryResult};

use super::kind::{self, AttachmentKind};
use super::repo;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::images::{self, ImageError};
use crate::settings;
use crate::web::Upload;

/// The most files on one post.
pub const MAX_FILES: usize = 10;
/// The largest upload of one post, all files and text together (the route's body limit): a
/// form larger than this is refused before it is read.
pub const POST_UPLOAD_LIMIT: usize = 26 * 1024 * 1024;
/// The longest edge of an image as shown on the post page.
pub const DISPLAY_EDGE: u32 = 1600;
/// The longest edge of an image's thumbnail, as feeds show it.
pub const THUMB_EDGE: u32 = 480;

/// What a file picker offers: the images and documents [`prepare`] takes (the content decides
/// in the end, never this list).
pub const ACCEPT: &str = "image/jpeg,image/png,image/webp,image/gif,.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt,.txt,.csv";

const MB: usize = 1024 * 1024;

/// An upload made ready to store: checked, re-encoded when an image, named for what it is.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Image or file.
    pub kind: AttachmentKind,
    /// The name it is offered under.
    pub name: String,
    /// The type it is served as.
    pub content_type: &'static str,
    /// What is served.
    pub bytes: Vec<u8>,
    /// An image's thumbnail.
    pub thumb: Option<Vec<u8>>,
    /// An image's width in pixels.
    pub width: Option<u32>,
    /// An image's height in pixels.
    pub height: Option<u32>,
}

/// What a page shows of an attachment (never its bytes).
#[derive(Debug, Clone, FromQueryResult)]
pub struct AttachmentRow {
    /// Its id, in its download address.
    pub id: i64,
    /// The post it belongs to (whose access rule it follows).
    pub post_id: i64,
    /// `image` or `file`.
    pub kind: String,
    /// The name it is offered under.
    pub name: String,
    /// The type it is served as.
    pub content_type: String,
    /// Bytes as stored.
    pub size: i64,
    /// An image's width.
    pub width: Option<i32>,
    /// An image's height.
    pub height: Option<i32>,
}

impl AttachmentRow {
    /// Whether it is shown as an image.
    pub fn is_image(&self) -> bool {
        self.kind == AttachmentKind::Image.as_str()
    }

    /// The size as people read it, in the page's language ("1,4 MB", "820 kB").
    pub fn size_label(&self, lang: &Lang) -> String {
        let bytes = self.size.max(0) as f64;
        let text = if bytes >= MB as f64 {
            format!("{:.1} MB", bytes / MB as f64)
        } else {
            format!("{:.0} kB", (bytes / 1024.0).ceil())
        };
        match lang {
            Lang::Nl => text.replace('.', ","),
            Lang::En => text,
        }
    }

    /// Which icon the file gets: its extension, grouped (`pdf`, `doc`, `sheet`, `slides`,
    /// `text`).
    pub fn icon(&self) -> &'static str {
        let extension = self
            .name
            .rsplit_once('.')
            .map(|(_, e)| e)
            .unwrap_or_default();
        match extension {
            "pdf" => "pdf",
            "docx" | "doc" | "odt" => "doc",
            "xlsx" | "xls" | "ods" | "csv" => "sheet",
            "pptx" | "ppt" | "odp" => "slides",
            _ => "text",
        }
    }
}

/// Checks and prepares a post's uploads, or says what is wrong with them (under the `files`
/// field): too many, too large for the administrators' limit, empty, or of a type Plein does
/// not take. Nothing is stored.
pub async fn prepare(db: &impl ConnectionTrait, uploads: Vec<Upload>) -> Result<Vec<Prepared>> {
    if uploads.is_empty() {
        return Ok(Vec::new());
    }
    if uploads.len() > MAX_FILES {
        return Err(refused("error-attachments-too-many"));
    }
    let max_bytes = usize::try_from(settings::ATTACHMENT_MAX_MB.get(db).await?)
        .unwrap_or(1)
        .saturating_mul(MB);
    let mut prepared = Vec::with_capacity(uploads.len());
    for upload in uploads {
        prepared.push(prepare_one(upload, max_bytes).await?);
    }
    Ok(prepared)
}

fn refused(key: &'static str) -> Error {
    Error::invalid("files", key)
}

async fn prepare_one(upload: Upload, max_bytes: usize) -> Result<Prepared> {
    if upload.bytes.is_empty() {
        return Err(refused("error-attachment-empty"));
    }
    if upload.bytes.len() > max_bytes {
        return Err(refused("error-attachment-too-large"));
    }
    if images::looks_like_image(&upload.bytes) {
        return prepare_image(upload, max_bytes).await;
    }
    let found = kind::file_type(&upload.name, &upload.bytes)
        .ok_or_else(|| refused("error-attachment-type"))?;
    Ok(Prepared {
        kind: AttachmentKind::File,
        name: kind::stored_name(&upload.name, found.extension),
        content_type: found.mime,
        bytes: upload.bytes.to_vec(),
        thumb: None,
        width: None,
        height: None,
    })
}

async fn prepare_image(upload: Upload, max_bytes: usize) -> Result<Prepared> {
    let sizes = images::reencode_limited(
        upload.bytes.to_vec(),
        max_bytes,
        vec![DISPLAY_EDGE, THUMB_EDGE],
    )
    .await
    .map_err(|err| match err {
        ImageError::Empty => refused("error-attachment-empty"),
        ImageError::TooLarge => refused("error-attachment-too-large"),
        ImageError::NotImage => refused("error-attachment-type"),
        ImageError::Dimensions => refused("error-attachment-dimensions"),
        ImageError::Internal => Error::Internal("image re-encoding".into()),
    })?;
    let mut sizes = sizes.into_iter();
    let (Some(shown), Some(thumb)) = (sizes.next(), sizes.next()) else {
        return Err(Error::Internal("image re-encoding gave no sizes".into()));
    };
    Ok(Prepared {
        kind: AttachmentKind::Image,
        name: kind::stored_name(&upload.name, "jpg"),
        content_type: "image/jpeg",
        width: Some(shown.width),
        height: Some(shown.height),
        bytes: shown.bytes,
        thumb: Some(thumb.bytes),
    })
}

/// Stores a new post's prepared attachments, in the post's own transaction.
pub async fn insert(
    db: &impl ConnectionTrait,
    post_id: i64,
    uploader_id: i64,
    files: Vec<Prepared>,
) -> Result<()> {
    repo::insert(db, post_id, uploader_id, files, crate::db::now_ms()).await?;
    Ok(())
}

/// The attachments of the posts a page shows, per post. The caller has checked the posts.
pub async fn of_posts(
    db: &impl ConnectionTrait,
    post_ids: &[i64],
) -> Result<HashMap<i64, Vec<AttachmentRow>>> {
    if post_ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(repo::of_posts(db, post_ids).await?)
}

/// One attachment's description, so the caller can check its post before serving it.
pub async fn describe(db: &impl ConnectionTrait, id: i64) -> Result<AttachmentRow> {
    repo::describe(db, id).await?.ok_or(Error::NotFound)
}

/// The bytes to serve of an attachment whose post the viewer may read (checked by the
/// caller through the post's access rule): an image's thumbnail when asked, else the
/// attachment itself.
pub async fn content(db: &impl ConnectionTrait, id: i64, thumbnail: bool) -> Result<Vec<u8>> {
    repo::content(db, id, thumbnail)
        .await?
        .ok_or(Error::NotFound)
}

/// Removes a deleted post's attachments, in the deletion's transaction.
pub async fn remove_of_post(db: &impl ConnectionTrait, post_id: i64) -> Result<()> {
    repo::remove_of_post(db, post_id).await?;
    Ok(())
}
