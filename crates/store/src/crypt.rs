//! Field encryption and keyed hashes for caller identity and case codes.
//!
//! The secret lives in a key file *outside* the database (DESIGN §4): a stolen database file
//! alone reveals no caller. From one 32-byte master secret we derive independent sub-keys with
//! HMAC-SHA256 so one file is enough to back up, yet a leaked blind index key does not
//! decrypt anything.
//!
//! Ciphertext layout: `key_id (1 byte) || nonce (24 bytes) || XChaCha20-Poly1305 ciphertext`.
//! The associated data binds a ciphertext to its table, row and column, so a value copied
//! into another row or column fails to decrypt instead of silently showing the wrong person.

use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{Internal, Result};
use crate::files::durable::DurableFiles;

const KEY_ID: u8 = 1;
const NONCE_LEN: usize = 24;

type HmacSha256 = Hmac<Sha256>;

/// What a key file holds.
#[derive(Debug)]
pub enum KeyFile {
    Key(Keys),
    /// No file at the path.
    Missing,
    /// A file with nothing in it.
    Empty,
}

/// Derived keys. `Debug` never prints key material.
#[derive(Clone)]
pub struct Keys {
    encryption: Zeroizing<[u8; 32]>,
    blind_index: Zeroizing<[u8; 32]>,
    case_code: Zeroizing<[u8; 32]>,
    token: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(***)")
    }
}

fn derive(master: &[u8; 32], purpose: &str) -> Zeroizing<[u8; 32]> {
    let mut mac = <HmacSha256 as Mac>::new_from_slice(master).expect("HMAC accepts any key length");
    mac.update(purpose.as_bytes());
    let mut out = Zeroizing::new([0u8; 32]);
    out.copy_from_slice(&mac.finalize().into_bytes());
    out
}

fn keyed_hash(key: &[u8; 32], data: &[u8]) -> String {
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(data);
    hex::encode(mac.finalize().into_bytes())
}

impl Keys {
    pub fn from_master(master: &[u8; 32]) -> Keys {
        Keys {
            encryption: derive(master, "workvoice field encryption v1"),
            blind_index: derive(master, "workvoice blind index v1"),
            case_code: derive(master, "workvoice case code v1"),
            token: derive(master, "workvoice token v1"),
        }
    }

    /// Fresh random keys, for tests and throwaway databases.
    pub fn generate() -> Keys {
        let mut master = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(master.as_mut());
        Keys::from_master(&master)
    }

    /// Reads the key file at `path`. A missing file and an empty one (what a power cut
    /// can leave of a file being created) are told apart from a damaged one, which is an
    /// error: the caller decides whether a new key may be made.
    pub fn load(path: &Path) -> Result<KeyFile> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => Zeroizing::new(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(KeyFile::Missing),
            Err(e) => return Err(Internal::Keys(format!("{}: {e}", path.display())).into()),
        };
        if text.trim().is_empty() {
            return Ok(KeyFile::Empty);
        }
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or_else(|| Internal::Keys(format!("{}: no key", path.display())))?;
        let bytes = Zeroizing::new(
            hex::decode(line)
                .map_err(|_| Internal::Keys(format!("{}: not hex", path.display())))?,
        );
        let master: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| Internal::Keys(format!("{}: key must be 32 bytes", path.display())))?;
        Ok(KeyFile::Key(Keys::from_master(&master)))
    }

    /// Creates a key file with a fresh key at `path` (mode 0600), durably: once this
    /// returns, a power cut cannot lose it. `None` when a file appeared at `path`
    /// meanwhile (another server starting at the same time): that file is left as it is
    /// and is the one to [`Keys::load`].
    pub fn create(path: &Path, files: &DurableFiles) -> Result<Option<Keys>> {
        let err = |e: std::io::Error| Internal::Keys(format!("{}: {e}", path.display()));
        let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str()))
        else {
            return Err(Internal::Keys(format!("{}: not a file path", path.display())).into());
        };
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let mut master = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(master.as_mut());
        let body = Zeroizing::new(format!(
            "# Workvoice master key. Back it up apart from the database: without it no caller\n\
             # identity can be read. Never commit or e-mail it.\n{}\n",
            hex::encode(master.as_ref())
        ));
        match files.write_new(dir, name, body.as_bytes()) {
            Ok(_) => Ok(Some(Keys::from_master(&master))),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(None),
            Err(e) => Err(err(e).into()),
        }
    }

    pub fn encrypt(&self, plaintext: &str, aad: &str) -> Result<Vec<u8>> {
        self.encrypt_bytes(plaintext.as_bytes(), aad)
    }

    pub fn decrypt(&self, blob: &[u8], aad: &str) -> Result<String> {
        String::from_utf8(self.decrypt_bytes(blob, aad)?).map_err(|_| Internal::Crypto.into())
    }

    /// Encrypts bytes (a backup) under the field-encryption key, bound to `aad`.
    pub fn encrypt_bytes(&self, plaintext: &[u8], aad: &str) -> Result<Vec<u8>> {
        let cipher = XChaCha20Poly1305::new(self.encryption.as_ref().into());
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| Internal::Crypto)?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
        out.push(KEY_ID);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// The bytes [`Keys::encrypt_bytes`] sealed; an error for another key, another `aad`
    /// or a single changed byte.
    pub fn decrypt_bytes(&self, blob: &[u8], aad: &str) -> Result<Vec<u8>> {
        if blob.len() < 1 + NONCE_LEN || blob[0] != KEY_ID {
            return Err(Internal::Crypto.into());
        }
        let cipher = XChaCha20Poly1305::new(self.encryption.as_ref().into());
        cipher
            .decrypt(
                XNonce::from_slice(&blob[1..1 + NONCE_LEN]),
                Payload {
                    msg: &blob[1 + NONCE_LEN..],
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| Internal::Crypto.into())
    }

    /// Encrypts a short secret for a cookie (e.g. a new case code shown once).
    pub fn seal_flash(&self, text: &str, aad: &str) -> Result<String> {
        use base64::Engine as _;
        Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(self.encrypt(text, aad)?))
    }

    pub fn open_flash(&self, sealed: &str, aad: &str) -> Result<String> {
        use base64::Engine as _;
        let blob = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(sealed)
            .map_err(|_| Internal::Crypto)?;
        self.decrypt(&blob, aad)
    }

    /// Keyed hash of a normalised E.164 phone number: finds repeat callers without decrypting.
    pub fn blind_index(&self, e164: &str) -> String {
        keyed_hash(&self.blind_index, e164.as_bytes())
    }

    /// Keyed hash of a case code's digits. Keyed, because ten digits are few enough to
    /// enumerate offline against a plain hash.
    pub fn case_code_hash(&self, digits: &str) -> String {
        keyed_hash(&self.case_code, digits.as_bytes())
    }

    /// Hash for session and API tokens (random, so a keyed hash is belt and braces).
    pub fn token_hash(&self, token: &str) -> String {
        keyed_hash(&self.token, token.as_bytes())
    }
}

/// A URL-safe random token of 256 bits (sessions, API tokens, CSRF).
pub fn random_token() -> String {
    use base64::Engine as _;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypt_round_trips_and_binds_aad() {
        let keys = Keys::generate();
        let blob = keys.encrypt("+8801712345678", "callers:7:phone").unwrap();
        assert!(!String::from_utf8_lossy(&blob).contains("1712345678"));
        assert_eq!(
            keys.decrypt(&blob, "callers:7:phone").unwrap(),
            "+8801712345678"
        );
        assert!(keys.decrypt(&blob, "callers:8:phone").is_err());
        assert!(keys.decrypt(&blob, "callers:7:name").is_err());
    }

    #[test]
    fn other_key_cannot_decrypt() {
        let blob = Keys::generate().encrypt("Rina", "callers:1:name").unwrap();
        assert!(Keys::generate().decrypt(&blob, "callers:1:name").is_err());
    }

    #[test]
    fn hashes_are_keyed_and_stable() {
        let a = Keys::from_master(&[1; 32]);
        let b = Keys::from_master(&[2; 32]);
        assert_eq!(a.blind_index("+84912345678"), a.blind_index("+84912345678"));
        assert_ne!(a.blind_index("+84912345678"), b.blind_index("+84912345678"));
        assert_ne!(a.blind_index("x"), a.case_code_hash("x"));
    }

    #[test]
    fn key_file_is_created_private_and_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/master.key");
        assert!(matches!(Keys::load(&path).unwrap(), KeyFile::Missing));
        let files = DurableFiles::default();
        let k1 = Keys::create(&path, &files).unwrap().expect("a new key");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let KeyFile::Key(k2) = Keys::load(&path).unwrap() else {
            panic!("the key file holds a key");
        };
        assert_eq!(k1.blind_index("a"), k2.blind_index("a"));
        // A second creator leaves the first key alone.
        assert!(Keys::create(&path, &files).unwrap().is_none());
        let KeyFile::Key(k3) = Keys::load(&path).unwrap() else {
            panic!("the key file still holds a key");
        };
        assert_eq!(k1.blind_index("a"), k3.blind_index("a"));
    }

    #[test]
    fn an_empty_key_file_is_told_apart_from_a_damaged_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        std::fs::write(&path, " \n").unwrap();
        assert!(matches!(Keys::load(&path).unwrap(), KeyFile::Empty));
        std::fs::write(&path, "# comment only\nnot hex\n").unwrap();
        assert!(Keys::load(&path).is_err());
    }
}
