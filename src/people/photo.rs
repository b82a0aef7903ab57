//! Profile photos: whatever is uploaded is decoded, bounded, resized and re-encoded as JPEG,
//! so nothing is ever served as uploaded (no EXIF, no polyglot files, no SVG scripts).

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits};

use crate::error::{Error, Result};

/// Largest upload accepted.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;
/// Edge of the square box the stored photo fits in.
pub const MAX_EDGE: u32 = 400;
/// The most pixels an upload may have (a 30-megapixel phone photo fits; a small file that
/// unpacks into 8000 × 8000 pixels does not). Checked from the header, before decoding.
pub const MAX_PIXELS: u64 = 30_000_000;
/// The longest edge of an upload.
const MAX_UPLOAD_EDGE: u32 = 8_192;
/// The most memory one decode may take.
const MAX_DECODE_BYTES: u64 = 160 * 1024 * 1024;
/// Decodes at a time per instance, so a burst of uploads cannot take the memory of many.
const CONCURRENT_DECODES: usize = 2;

static DECODES: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(CONCURRENT_DECODES);

/// [`reencode`] off the async threads, at most [`CONCURRENT_DECODES`] at once per instance.
pub async fn reencode_limited(upload: Vec<u8>) -> Result<EncodedPhoto> {
    let _permit = DECODES
        .acquire()
        .await
        .map_err(|e| Error::Internal(e.to_string()))?;
    tokio::task::spawn_blocking(move || reencode(&upload))
        .await
        .map_err(|e| Error::Internal(e.to_string()))?
}

/// A re-encoded photo ready to store.
pub struct EncodedPhoto {
    /// JPEG bytes.
    pub bytes: Vec<u8>,
    /// Pixel width.
    pub width: u32,
    /// Pixel height.
    pub height: u32,
}

/// Decodes an upload (JPEG, PNG, WebP or GIF, judged by content, not by name or header) and
/// re-encodes it as a JPEG of at most [`MAX_EDGE`] pixels.
pub fn reencode(upload: &[u8]) -> Result<EncodedPhoto> {
    if upload.is_empty() {
        return Err(Error::invalid("photo", "error-photo-missing"));
    }
    if upload.len() > MAX_UPLOAD_BYTES {
        return Err(Error::invalid("photo", "error-photo-too-large"));
    }
    let not_an_image = || Error::invalid("photo", "error-photo-not-image");
    let mut reader = ImageReader::new(Cursor::new(upload))
        .with_guessed_format()
        .map_err(|_| not_an_image())?;
    let allowed = [
        ImageFormat::Jpeg,
        ImageFormat::Png,
        ImageFormat::WebP,
        ImageFormat::Gif,
    ];
    if !reader.format().is_some_and(|f| allowed.contains(&f)) {
        return Err(not_an_image());
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_UPLOAD_EDGE);
    limits.max_image_height = Some(MAX_UPLOAD_EDGE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let (width, height) = ImageReader::new(Cursor::new(upload))
        .with_guessed_format()
        .map_err(|_| not_an_image())?
        .into_dimensions()
        .map_err(|_| not_an_image())?;
    if width > MAX_UPLOAD_EDGE
        || height > MAX_UPLOAD_EDGE
        || u64::from(width) * u64::from(height) > MAX_PIXELS
    {
        return Err(Error::invalid("photo", "error-photo-dimensions"));
    }
    let decoded = reader.decode().map_err(|_| not_an_image())?;
    let resized = decoded.thumbnail(MAX_EDGE, MAX_EDGE).to_rgb8();
    let (width, height) = resized.dimensions();
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
        .encode_image(&resized)
        .map_err(|e| Error::Internal(format!("jpeg encoding: {e}")))?;
    Ok(EncodedPhoto {
        bytes,
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let img = image::RgbImage::from_pixel(width, height, image::Rgb([200, 30, 30]));
        let mut out = Cursor::new(Vec::new());
        let written = img.write_to(&mut out, ImageFormat::Png);
        assert!(written.is_ok());
        out.into_inner()
    }

    #[test]
    fn a_small_file_of_too_many_pixels_is_refused_before_decoding() {
        // 8000 × 8000 of one colour compresses to a few hundred kilobytes.
        let bomb = png(8000, 8000);
        assert!(bomb.len() < MAX_UPLOAD_BYTES);
        match reencode(&bomb) {
            Err(Error::Invalid(fields)) => assert_eq!(fields[0].key, "error-photo-dimensions"),
            _ => panic!("a decompression bomb was accepted"),
        }
    }

    #[test]
    fn large_png_becomes_small_jpeg() {
        let Ok(photo) = reencode(&png(1200, 600)) else {
            panic!("valid png refused");
        };
        assert_eq!((photo.width, photo.height), (400, 200));
        assert_eq!(&photo.bytes[..3], &[0xFF, 0xD8, 0xFF], "JPEG magic");
    }

    #[test]
    fn text_disguised_as_image_is_refused() {
        let result = reencode(b"<svg onload=alert(1)>not an image</svg>");
        assert!(
            matches!(result, Err(Error::Invalid(ref f)) if f[0].key == "error-photo-not-image")
        );
    }
}
