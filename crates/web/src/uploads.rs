//! Files people upload — factory evidence and OSH photos — and where they are kept.
//! One module decides what a file is (from its bytes, never from its name or the type the
//! browser declared, both of which the uploader controls), cleans its name, holds it to a
//! size limit and writes it into the data folder under a random name, durably (through
//! the store's [`DurableFiles`], as every file the server creates), so a caller records
//! the file only once a power cut can no longer lose it. A file that cannot be written is
//! an [`WriteError`], a disk problem: never a store error.

use std::path::{Path, PathBuf};

use axum::extract::Multipart;
use workvoice_store::DurableFiles;

/// What one kind of upload accepts.
pub struct Rules {
    /// The multipart field that carries the file.
    pub field: &'static str,
    pub max_bytes: usize,
    /// Content types (as [`sniff`] names them) accepted.
    pub types: &'static [&'static str],
    /// The name kept when the uploaded one has nothing usable left.
    pub fallback_name: &'static str,
}

/// A file as received, checked against its [`Rules`].
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
    /// The form's other (text) fields, in order, each cut to [`MAX_TEXT_FIELD`] bytes.
    pub fields: Vec<(String, String)>,
}

/// The longest text field kept from a multipart form (the choices beside a file).
pub const MAX_TEXT_FIELD: usize = 1_000;

impl Upload {
    /// The text field `name`, or "" when the form had none.
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// Why an upload was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The multipart body itself could not be read.
    Unreadable,
    /// No file, or an empty one.
    Missing,
    /// Not one of the accepted types, or disguised as another.
    Type,
    TooLarge,
}

/// Writing an upload into the data folder failed.
#[derive(Debug, thiserror::Error)]
#[error("writing an uploaded file failed: {0}")]
pub struct WriteError(#[from] std::io::Error);

/// What a file is, decided from its first bytes.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

/// A file name safe to store, show and put in a header: letters, digits and `.-_ `
/// only, at most 100 characters; `fallback` when nothing usable is left.
pub fn clean_file_name(raw: &str, fallback: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim_matches(|c| c == '.' || c == ' ').to_owned();
    if cleaned.is_empty() {
        fallback.to_owned()
    } else {
        cleaned
    }
}

/// Reads the file of `rules.field` from a multipart form, stopping as soon as it is
/// larger than allowed.
pub async fn read(multipart: &mut Multipart, rules: &Rules) -> Result<Upload, Refused> {
    let mut fields = Vec::new();
    let mut file = None;
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| Refused::Unreadable)?
    {
        if field.name() != Some(rules.field) {
            // A text field beside the file (a few choices): kept short, at most 20.
            let name = field.name().unwrap_or_default().to_owned();
            let mut text = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|_| Refused::Unreadable)? {
                text.extend_from_slice(&chunk);
                if text.len() > MAX_TEXT_FIELD {
                    return Err(Refused::TooLarge);
                }
            }
            if fields.len() < 20 {
                fields.push((name, String::from_utf8_lossy(&text).into_owned()));
            }
            continue;
        }
        if file.is_some() {
            continue;
        }
        let file_name = clean_file_name(field.file_name().unwrap_or_default(), rules.fallback_name);
        let declared = field.content_type().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| Refused::Unreadable)? {
            if bytes.len() + chunk.len() > rules.max_bytes {
                return Err(Refused::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        if bytes.is_empty() {
            return Err(Refused::Missing);
        }
        let content_type = sniff(&bytes)
            .filter(|t| rules.types.contains(t))
            .ok_or(Refused::Type)?;
        // A declared type that names a different allowed type is a disguised file.
        let generic = declared.is_empty() || declared == "application/octet-stream";
        if !generic && declared != content_type {
            return Err(Refused::Type);
        }
        file = Some((file_name, bytes, content_type));
    }
    let (file_name, bytes, content_type) = file.ok_or(Refused::Missing)?;
    Ok(Upload {
        file_name,
        bytes,
        content_type,
        fields,
    })
}

/// A photo as it is kept: re-encoded as JPEG, at most [`PHOTO_MAX_SIDE`] pixels on its
/// longer side.
pub struct Photo {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// The longer side of a kept photo: enough to see a change on a phone or a leaflet.
pub const PHOTO_MAX_SIDE: u32 = 1600;

/// Decodes an uploaded JPEG or PNG, turns it upright by its EXIF orientation, shrinks it to
/// [`PHOTO_MAX_SIDE`] and encodes it again as JPEG. Only pixels survive: the new file has
/// no EXIF (camera, time, **GPS location**), no comments, no other metadata. Decoding is
/// limited (dimensions and memory), so a small file that unpacks into a huge image is
/// refused like any file that is not a picture.
pub fn reencode_photo(bytes: &[u8]) -> Result<Photo, Refused> {
    use image::ImageDecoder;
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| Refused::Type)?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| Refused::Type)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = image::DynamicImage::from_decoder(decoder).map_err(|_| Refused::Type)?;
    picture.apply_orientation(orientation);
    let picture = if picture.width().max(picture.height()) > PHOTO_MAX_SIDE {
        picture.resize(
            PHOTO_MAX_SIDE,
            PHOTO_MAX_SIDE,
            image::imageops::FilterType::Triangle,
        )
    } else {
        picture
    };
    let rgb = picture.to_rgb8();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 82)
        .encode_image(&rgb)
        .map_err(|_| Refused::Type)?;
    Ok(Photo {
        bytes: out,
        width: rgb.width(),
        height: rgb.height(),
    })
}

/// Whether a JPEG carries any metadata segment: an APP1 to APP15 segment (EXIF with its
/// GPS location, XMP, ICC, vendor data) or a comment. What [`reencode_photo`] writes has
/// none (its only application segment is the JFIF APP0); anything that is not a JPEG
/// with a well-formed header counts as carrying metadata, so the caller refuses it.
pub fn has_metadata(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return true;
    }
    let mut at = 2;
    loop {
        let (Some(&0xFF), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) else {
            return true;
        };
        match marker {
            // Start of scan: the header is over, only image data follows.
            0xDA => return false,
            0xE1..=0xEF | 0xFE => return true,
            _ => {}
        }
        let Some(len) = bytes
            .get(at + 2..at + 4)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
        else {
            return true;
        };
        at += 2 + len;
    }
}

fn random_key() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

/// Writes `bytes` into `dir` under a fresh random name and returns that name (the storage
/// key to record). When this returns, the file and its name are on disk for good: record
/// it only after, so a crash in between leaves at most a file without a row.
pub async fn save(files: &DurableFiles, dir: &Path, bytes: &[u8]) -> Result<String, WriteError> {
    let key = random_key();
    files
        .write_new_blocking(dir.to_path_buf(), key.clone(), bytes.to_vec())
        .await?;
    Ok(key)
}

/// Removes a saved file no row points at. Best effort: a leftover file is harmless (the
/// orphan sweep removes it within a couple of hours).
pub async fn remove(dir: &Path, key: &str) {
    if let Err(err) = tokio::fs::remove_file(dir.join(key)).await {
        tracing::warn!(error = %err, "removing an unrecorded upload failed");
    }
}

/// Where a saved file is, for a storage key [`save`] made. Keys are our own hex names;
/// anything else is refused rather than joined to the folder.
pub fn stored_path(dir: &Path, key: &str) -> Option<PathBuf> {
    (!key.is_empty() && key.chars().all(|c| c.is_ascii_hexdigit())).then(|| dir.join(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_types_come_from_the_bytes() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Some("image/jpeg"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff(b"<html><script>"), None);
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn file_names_are_cleaned() {
        let clean = |raw: &str| clean_file_name(raw, "evidence");
        assert_eq!(clean("../../etc/passwd"), "passwd");
        assert_eq!(clean("C:\\photos\\fire exit.jpg"), "fire exit.jpg");
        assert_eq!(clean("a\"b;c.pdf"), "a_b_c.pdf");
        assert_eq!(clean(""), "evidence");
        assert_eq!(clean("..."), "evidence");
        assert_eq!(clean(&"x".repeat(300)).len(), 100);
    }

    #[test]
    fn good_practice_photos_reencoded_carry_no_metadata() {
        let picture = image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8, y as u8, 9]));
        let mut png = Vec::new();
        image::DynamicImage::ImageRgb8(picture)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let clean = reencode_photo(&png).unwrap().bytes;
        assert!(!has_metadata(&clean));
        // The same file with an EXIF segment spliced in after the start marker.
        let mut exif = vec![0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x08];
        exif.extend_from_slice(b"Exif\0\0");
        exif.extend_from_slice(&clean[2..]);
        assert!(has_metadata(&exif));
        let mut comment = vec![0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x04, b'h', b'i'];
        comment.extend_from_slice(&clean[2..]);
        assert!(has_metadata(&comment));
        assert!(has_metadata(b"not a jpeg"));
        assert!(has_metadata(&clean[..4]), "a cut-off header");
    }

    #[test]
    fn only_our_own_keys_become_paths() {
        let dir = Path::new("/data");
        assert_eq!(stored_path(dir, "0a1b"), Some(PathBuf::from("/data/0a1b")));
        assert_eq!(stored_path(dir, "../key"), None);
        assert_eq!(stored_path(dir, ""), None);
    }

    #[tokio::test]
    async fn a_saved_file_is_written_once_under_a_new_name() {
        let dir = tempfile::tempdir().unwrap();
        let files = DurableFiles::default();
        let key = save(&files, dir.path(), b"bytes").await.unwrap();
        let path = stored_path(dir.path(), &key).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"bytes");
        let again = files.write_new_blocking(dir.path().into(), key.clone(), b"other".to_vec());
        assert!(again.await.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"bytes");
        remove(dir.path(), &key).await;
        assert!(!path.exists());
    }
}
