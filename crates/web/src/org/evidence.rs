//! Evidence a factory contact uploads to a case of their workplace: checked by its bytes,
//! written under a random name in the attachments folder, then recorded.

use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sha2::{Digest, Sha256};
use workvoice_store::NewAttachment;

use crate::error::WebError;
use crate::org::access::FactoryContact;
use crate::org::case_page::{FormState, back, no_store, render};
use crate::state::AppState;

/// Largest evidence file accepted.
pub const MAX_EVIDENCE_BYTES: usize = 5 * 1024 * 1024;

/// What an evidence file is, decided from its first bytes (never from its name or the
/// type the browser declared, which the uploader controls).
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
/// only, at most 100 characters.
pub fn clean_file_name(raw: &str) -> String {
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
        "evidence".to_owned()
    } else {
        cleaned
    }
}

/// Why an upload was refused, with the status it is answered with.
enum Refused {
    Missing,
    Type,
    TooLarge,
}

struct Upload {
    file_name: String,
    bytes: Vec<u8>,
    content_type: &'static str,
}

async fn read_upload(multipart: &mut Multipart) -> Result<Result<Upload, Refused>, WebError> {
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| WebError::BadRequest("org-error-file-missing"))?
    {
        if field.name() != Some("file") {
            continue;
        }
        let file_name = clean_file_name(field.file_name().unwrap_or_default());
        let declared = field.content_type().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = field
            .chunk()
            .await
            .map_err(|_| WebError::BadRequest("org-error-file-missing"))?
        {
            if bytes.len() + chunk.len() > MAX_EVIDENCE_BYTES {
                return Ok(Err(Refused::TooLarge));
            }
            bytes.extend_from_slice(&chunk);
        }
        if bytes.is_empty() {
            return Ok(Err(Refused::Missing));
        }
        let Some(content_type) = sniff(&bytes) else {
            return Ok(Err(Refused::Type));
        };
        // A declared type that names a different allowed type is a disguised file.
        let generic = declared.is_empty() || declared == "application/octet-stream";
        if !generic && declared != content_type {
            return Ok(Err(Refused::Type));
        }
        return Ok(Ok(Upload {
            file_name,
            bytes,
            content_type,
        }));
    }
    Ok(Err(Refused::Missing))
}

fn random_key() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

async fn store_file(dir: &std::path::Path, key: &str, bytes: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options.open(dir.join(key)).await?;
    tokio::io::AsyncWriteExt::write_all(&mut file, bytes).await?;
    file.sync_all().await
}

pub async fn evidence(
    State(state): State<AppState>,
    FactoryContact(org): FactoryContact,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let upload = match read_upload(&mut multipart).await? {
        Ok(upload) => upload,
        Err(refused) => {
            let (status, key) = match refused {
                Refused::Missing => (StatusCode::UNPROCESSABLE_ENTITY, "org-error-file-missing"),
                Refused::Type => (StatusCode::UNPROCESSABLE_ENTITY, "org-error-file-type"),
                Refused::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "org-error-file-too-large"),
            };
            let kept = FormState {
                evidence_error: Some(key),
                ..FormState::default()
            };
            let page = render(&state, &org, id, kept).await?;
            return Ok(no_store(page, status));
        }
    };
    let key = random_key();
    let dir = state.config.attachments_dir.clone();
    store_file(&dir, &key, &upload.bytes)
        .await
        .map_err(WebError::Upload)?;
    let new = NewAttachment {
        case_id: id,
        response_id: None,
        organisation_id: org.user.organisation_id,
        uploaded_by: org.user.id,
        file_name: upload.file_name,
        content_type: upload.content_type.to_owned(),
        size_bytes: i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX),
        sha256: hex::encode(Sha256::digest(&upload.bytes)),
        storage_key: key.clone(),
    };
    if let Err(err) = state
        .store
        .add_attachment(org.scope, &new, state.now())
        .await
    {
        // No row points at the file: remove it so nothing unreferenced stays on disk.
        let _ = tokio::fs::remove_file(dir.join(&key)).await;
        return Err(err.into());
    }
    Ok(back(id))
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
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(
            clean_file_name("C:\\photos\\fire exit.jpg"),
            "fire exit.jpg"
        );
        assert_eq!(clean_file_name("a\"b;c.pdf"), "a_b_c.pdf");
        assert_eq!(clean_file_name(""), "evidence");
        assert_eq!(clean_file_name("..."), "evidence");
        assert_eq!(clean_file_name(&"x".repeat(300)).len(), 100);
    }
}
