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

const KEY_ID: u8 = 1;
const NONCE_LEN: usize = 24;

type HmacSha256 = Hmac<Sha256>;

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

    /// Reads the key file, or creates it (mode 0600) when it does not exist yet.
    /// Returns whether it was created so the binary can tell the admin to back it up.
    pub fn load_or_create(path: &Path) -> Result<(Keys, bool)> {
        if path.exists() {
            let text = Zeroizing::new(
                std::fs::read_to_string(path)
                    .map_err(|e| Internal::Keys(format!("{}: {e}", path.display())))?,
            );
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
            return Ok((Keys::from_master(&master), false));
        }
        let mut master = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(master.as_mut());
        let body = Zeroizing::new(format!(
            "# Workvoice master key. Back it up apart from the database: without it no caller\n\
             # identity can be read. Never commit or e-mail it.\n{}\n",
            hex::encode(master.as_ref())
        ));
        write_private(path, body.as_bytes())?;
        Ok((Keys::from_master(&master), true))
    }

    pub fn encrypt(&self, plaintext: &str, aad: &str) -> Result<Vec<u8>> {
        let cipher = XChaCha20Poly1305::new(self.encryption.as_ref().into());
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext.as_bytes(),
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

    pub fn decrypt(&self, blob: &[u8], aad: &str) -> Result<String> {
        if blob.len() < 1 + NONCE_LEN || blob[0] != KEY_ID {
            return Err(Internal::Crypto.into());
        }
        let cipher = XChaCha20Poly1305::new(self.encryption.as_ref().into());
        let plain = cipher
            .decrypt(
                XNonce::from_slice(&blob[1..1 + NONCE_LEN]),
                Payload {
                    msg: &blob[1 + NONCE_LEN..],
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| Internal::Crypto)?;
        String::from_utf8(plain).map_err(|_| Internal::Crypto.into())
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

fn write_private(path: &Path, body: &[u8]) -> Result<()> {
    use std::io::Write;
    let err = |e: std::io::Error| Internal::Keys(format!("{}: {e}", path.display()));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(err)?;
    file.write_all(body).map_err(err)?;
    Ok(file.sync_all().map_err(err)?)
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
        let (k1, created) = Keys::load_or_create(&path).unwrap();
        assert!(created);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (k2, created) = Keys::load_or_create(&path).unwrap();
        assert!(!created);
        assert_eq!(k1.blind_index("a"), k2.blind_index("a"));
    }
}
