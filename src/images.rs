//! Uploaded images, for profile photos and post attachments alike: whatever is uploaded is
//! judged by its content, bounded before it is decoded, resized and re-encoded as JPEG, so
//! nothing is ever served as uploaded (no EXIF with its location, no polyglot files, no SVG
//! scripts, no decompression bombs).

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits, RgbImage};

/// The most pixels an upload may have (a 30-megapixel phone photo fits; a small file that
/// unpacks into 8000 × 8000 pixels does not). Checked from the header, before decoding.
pub const MAX_PIXELS: u64 = 30_000_000;
/// The longest edge of an upload.
pub const MAX_UPLOAD_EDGE: u32 = 8_192;
/// The most memory one decode may take.
const MAX_DECODE_BYTES: u64 = 160 * 1024 * 1024;
/// Decodes at a time per instance, so a burst of uploads cannot take the memory of many.
const CONCURRENT_DECODES: usize = 2;

static DECODES: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(CONCURRENT_DECODES);

/// Why an upload was not taken as an image; each caller words it for its own field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// Nothing was uploaded.
    #[error("empty upload")]
    Empty,
    /// The upload is larger than the caller's limit.
    #[error("upload too large")]
    TooLarge,
    /// Not a JPEG, PNG, WebP or GIF by its content.
    #[error("not an image")]
    NotImage,
    /// Too many pixels, or an edge too long.
    #[error("too many pixels")]
    Dimensions,
    /// Our side failed (a worker thread, the encoder).
    #[error("image processing failed")]
    Internal,
}

/// A re-encoded image ready to store.
#[derive(Debug, Clone)]
pub struct Encoded {
    /// JPEG bytes.
    pub bytes: Vec<u8>,
    /// Pixel width.
    pub width: u32,
    /// Pixel height.
    pub height: u32,
}

/// Whether `upload` is, by its content, one of the image formats Plein takes (so a caller can
/// tell an image from another kind of file before deciding what to do with it).
pub fn looks_like_image(upload: &[u8]) -> bool {
    image::guess_format(upload).is_ok_and(|f| ALLOWED.contains(&f))
}

const ALLOWED: [ImageFormat; 4] = [
    ImageFormat::Jpeg,
    ImageFormat::Png,
    ImageFormat::WebP,
    ImageFormat::Gif,
];

/// [`reencode`] off the async threads, at most [`CONCURRENT_DECODES`] at once per instance.
pub async fn reencode_limited(
    upload: Vec<u8>,
    max_bytes: usize,
    edges: Vec<u32>,
) -> Result<Vec<Encoded>, ImageError> {
    let _permit = DECODES.acquire().await.map_err(|_| ImageError::Internal)?;
    tokio::task::spawn_blocking(move || reencode(&upload, max_bytes, &edges))
        .await
        .map_err(|_| ImageError::Internal)?
}

/// Decodes an upload of at most `max_bytes` (JPEG, PNG, WebP or GIF, judged by content, not by
/// name or header) once, and re-encodes it as one JPEG per edge in `edges`, each fitting a
/// square of that edge (never enlarged). Transparency is laid on white.
pub fn reencode(
    upload: &[u8],
    max_bytes: usize,
    edges: &[u32],
) -> Result<Vec<Encoded>, ImageError> {
    if upload.is_empty() {
        return Err(ImageError::Empty);
    }
    if upload.len() > max_bytes {
        return Err(ImageError::TooLarge);
    }
    let reader = || {
        ImageReader::new(Cursor::new(upload))
            .with_guessed_format()
            .map_err(|_| ImageError::NotImage)
    };
    let mut decoder = reader()?;
    if !decoder.format().is_some_and(|f| ALLOWED.contains(&f)) {
        return Err(ImageError::NotImage);
    }
    let (width, height) = reader()?
        .into_dimensions()
        .map_err(|_| ImageError::NotImage)?;
    if width > MAX_UPLOAD_EDGE
        || height > MAX_UPLOAD_EDGE
        || u64::from(width) * u64::from(height) > MAX_PIXELS
    {
        return Err(ImageError::Dimensions);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_UPLOAD_EDGE);
    limits.max_image_height = Some(MAX_UPLOAD_EDGE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    decoder.limits(limits);
    let decoded = decoder.decode().map_err(|_| ImageError::NotImage)?;
    edges
        .iter()
        .map(|&edge| jpeg(&on_white(&decoded, edge)))
        .collect()
}

/// The image fitted into an `edge` square (never enlarged), transparency laid on white.
fn on_white(image: &DynamicImage, edge: u32) -> RgbImage {
    let fitted = if image.width() > edge || image.height() > edge {
        image.thumbnail(edge, edge)
    } else {
        image.clone()
    };
    if !fitted.color().has_alpha() {
        return fitted.to_rgb8();
    }
    let rgba = fitted.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let blend =
            |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([blend(r), blend(g), blend(b)])
    })
}

fn jpeg(image: &RgbImage) -> Result<Encoded, ImageError> {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
        .encode_image(image)
        .map_err(|_| ImageError::Internal)?;
    Ok(Encoded {
        bytes,
        width: image.width(),
        height: image.height(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIVE_MB: usize = 5 * 1024 * 1024;

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
        assert!(bomb.len() < FIVE_MB);
        assert_eq!(
            reencode(&bomb, FIVE_MB, &[400]).err(),
            Some(ImageError::Dimensions)
        );
    }

    #[test]
    fn one_decode_gives_every_size_and_never_enlarges() {
        let Ok(sizes) = reencode(&png(1200, 600), FIVE_MB, &[400, 2000]) else {
            panic!("valid png refused");
        };
        let dims: Vec<_> = sizes.iter().map(|s| (s.width, s.height)).collect();
        assert_eq!(dims, [(400, 200), (1200, 600)]);
        assert_eq!(&sizes[0].bytes[..3], &[0xFF, 0xD8, 0xFF], "JPEG magic");
    }

    #[test]
    fn transparency_becomes_white() {
        let clear = image::RgbaImage::from_pixel(4, 4, image::Rgba([0, 0, 0, 0]));
        let mut out = Cursor::new(Vec::new());
        assert!(clear.write_to(&mut out, ImageFormat::Png).is_ok());
        let Ok(sizes) = reencode(&out.into_inner(), FIVE_MB, &[4]) else {
            panic!("transparent png refused");
        };
        let Ok(back) = image::load_from_memory(&sizes[0].bytes) else {
            panic!("not a jpeg");
        };
        assert!(back.to_rgb8().get_pixel(1, 1).0.iter().all(|&c| c > 240));
    }

    #[test]
    fn text_disguised_as_image_and_oversized_uploads_are_refused() {
        let svg = b"<svg onload=alert(1)>not an image</svg>";
        assert_eq!(
            reencode(svg, FIVE_MB, &[400]).err(),
            Some(ImageError::NotImage)
        );
        assert!(!looks_like_image(svg));
        assert_eq!(
            reencode(&png(10, 10), 10, &[400]).err(),
            Some(ImageError::TooLarge)
        );
        assert_eq!(
            reencode(b"", FIVE_MB, &[400]).err(),
            Some(ImageError::Empty)
        );
    }
}
