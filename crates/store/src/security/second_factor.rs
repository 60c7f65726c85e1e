//! The second factor of sign-in. The TOTP secret is encrypted like caller identity (a copy
//! of the database alone cannot make codes); the last accepted step is kept so no code is
//! accepted twice, even by two servers at once (a conditional UPDATE); recovery codes are
//! kept as keyed hashes and each works once. A session records when it passed the second
//! factor; until then it opens no page but the second-factor ones.

use workvoice_domain::Millis;
use workvoice_domain::ids::UserId;
use workvoice_domain::second_factor::{
    RECOVERY_CODES, TotpSecret, normalise_recovery_code, recovery_code,
};

use crate::Store;
use crate::db::{StoredTime, exec, found, get, time};
use crate::error::{Internal, Result, StoreError};

fn aad(user: UserId) -> String {
    format!("users/{}/totp_secret", user.get())
}

/// How a second factor was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactorCheck {
    /// A code of the authenticator app, for a step not used before.
    Totp,
    /// One of the recovery codes, now used up.
    Recovery,
    /// Neither: wrong, expired, or already used.
    Refused,
}

impl Store {
    /// Whether the user has confirmed a second factor.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn second_factor_enrolled(&self, user: UserId) -> Result<bool> {
        let row = found(
            &self.db.read,
            "SELECT totp_confirmed_at FROM users WHERE id = $1",
            vec![user.get().into()],
        )
        .await?;
        Ok(time::<Option<Millis>>(&row, "totp_confirmed_at")?.is_some())
    }

    async fn stored_secret(&self, user: UserId) -> Result<(Option<TotpSecret>, bool)> {
        let row = found(
            &self.db.write,
            "SELECT totp_secret_enc, totp_confirmed_at FROM users WHERE id = $1",
            vec![user.get().into()],
        )
        .await?;
        let confirmed = time::<Option<Millis>>(&row, "totp_confirmed_at")?.is_some();
        let secret = match get::<Option<Vec<u8>>>(&row, "totp_secret_enc")? {
            Some(blob) => {
                let text = self.keys.decrypt(&blob, &aad(user))?;
                Some(TotpSecret::from_base32(&text).ok_or(Internal::Crypto)?)
            }
            None => None,
        };
        Ok((secret, confirmed))
    }

    /// The secret to enrol: the unconfirmed one of an earlier visit to the enrolment page
    /// (so a reload does not invalidate the QR code already scanned), or a new one.
    /// `Conflict` when a second factor is already confirmed.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn start_totp_enrolment(&self, user: UserId) -> Result<TotpSecret> {
        match self.stored_secret(user).await? {
            (_, true) => Err(StoreError::Conflict(
                "second factor already enrolled".into(),
            )),
            (Some(secret), false) => Ok(secret),
            (None, false) => {
                let secret = TotpSecret::random(&mut rand::rngs::OsRng);
                self.save_secret(user, &secret).await?;
                Ok(secret)
            }
        }
    }

    async fn save_secret(&self, user: UserId, secret: &TotpSecret) -> Result<()> {
        let blob = self.keys.encrypt(&secret.to_base32(), &aad(user))?;
        exec(
            &self.db.write,
            "UPDATE users SET totp_secret_enc = $1, totp_confirmed_at = NULL, totp_last_step = NULL WHERE id = $2",
            vec![blob.into(), user.get().into()],
        )
        .await?;
        Ok(())
    }

    /// Enrols a known secret at once (the demo's accounts; an administrator's tooling).
    /// Returns the recovery codes, to show once.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn enrol_totp_secret(
        &self,
        user: UserId,
        secret: &TotpSecret,
        at: Millis,
    ) -> Result<Vec<String>> {
        self.save_secret(user, secret).await?;
        self.confirm_enrolment(user, None, at).await
    }

    /// Confirms the enrolment with a code typed from the app. Returns the recovery codes
    /// (to show once) or `None` when the code is not the secret's.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn confirm_totp(
        &self,
        user: UserId,
        typed: &str,
        at: Millis,
    ) -> Result<Option<Vec<String>>> {
        let (Some(secret), false) = self.stored_secret(user).await? else {
            return Ok(None);
        };
        let Some(step) = secret.matching_step(typed, at.0.div_euclid(1000)) else {
            return Ok(None);
        };
        self.confirm_enrolment(user, Some(step), at).await.map(Some)
    }

    async fn confirm_enrolment(
        &self,
        user: UserId,
        step: Option<i64>,
        at: Millis,
    ) -> Result<Vec<String>> {
        let codes: Vec<String> = (0..RECOVERY_CODES)
            .map(|_| recovery_code(&mut rand::rngs::OsRng))
            .collect();
        let tx = self.db.write.begin().await?;
        exec(
            &tx,
            "UPDATE users SET totp_confirmed_at = $1, totp_last_step = $2 WHERE id = $3",
            vec![at.value(), step.into(), user.get().into()],
        )
        .await?;
        exec(
            &tx,
            "DELETE FROM recovery_codes WHERE user_id = $1",
            vec![user.get().into()],
        )
        .await?;
        for code in &codes {
            let stored = normalise_recovery_code(code).ok_or(Internal::Broken("recovery code"))?;
            exec(
                &tx,
                "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)",
                vec![
                    user.get().into(),
                    self.keys.token_hash(&stored).into(),
                    at.value(),
                ],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(codes)
    }

    /// Checks a second factor at sign-in: a TOTP code whose step is later than the last one
    /// accepted (then that step is the last one), or an unused recovery code (then used).
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn check_second_factor(
        &self,
        user: UserId,
        typed: &str,
        at: Millis,
    ) -> Result<SecondFactorCheck> {
        let (Some(secret), true) = self.stored_secret(user).await? else {
            return Ok(SecondFactorCheck::Refused);
        };
        if let Some(step) = secret.matching_step(typed, at.0.div_euclid(1000)) {
            // One statement decides: of two requests with the same code, one wins.
            let won = exec(
                &self.db.write,
                "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
                vec![step.into(), user.get().into()],
            )
            .await?;
            return Ok(if won == 1 {
                SecondFactorCheck::Totp
            } else {
                SecondFactorCheck::Refused
            });
        }
        let Some(stored) = normalise_recovery_code(typed) else {
            return Ok(SecondFactorCheck::Refused);
        };
        let used = exec(
            &self.db.write,
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
            vec![
                at.value(),
                user.get().into(),
                self.keys.token_hash(&stored).into(),
            ],
        )
        .await?;
        Ok(if used == 1 {
            SecondFactorCheck::Recovery
        } else {
            SecondFactorCheck::Refused
        })
    }

    /// The last TOTP step accepted for the user (none before the first sign-in).
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn last_totp_step(&self, user: UserId) -> Result<Option<i64>> {
        let row = found(
            &self.db.write,
            "SELECT totp_last_step FROM users WHERE id = $1",
            vec![user.get().into()],
        )
        .await?;
        get(&row, "totp_last_step")
    }

    /// Recovery codes not yet used.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn recovery_codes_left(&self, user: UserId) -> Result<i64> {
        crate::db::count(
            &self.db.read,
            "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
            vec![user.get().into()],
        )
        .await
    }

    /// Marks the session as having passed the second factor.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn pass_second_factor(&self, token: &str, at: Millis) -> Result<()> {
        exec(
            &self.db.write,
            "UPDATE sessions SET second_factor_at = $1 WHERE token_hash = $2",
            vec![at.value(), self.keys.token_hash(token).into()],
        )
        .await?;
        Ok(())
    }

    /// Ends every session of a user ("sign out everywhere"); returns how many ended.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn end_all_sessions(&self, user: UserId) -> Result<u64> {
        exec(
            &self.db.write,
            "DELETE FROM sessions WHERE user_id = $1",
            vec![user.get().into()],
        )
        .await
    }

    /// Disables or re-enables an account. Disabling ends all its sessions in the same
    /// transaction; its API tokens stop working with it (they check the account).
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn set_user_active(&self, user: UserId, active: bool) -> Result<()> {
        let tx = self.db.write.begin().await?;
        let changed = exec(
            &tx,
            "UPDATE users SET active = $1 WHERE id = $2",
            vec![crate::db::b(active), user.get().into()],
        )
        .await?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        if !active {
            exec(
                &tx,
                "DELETE FROM sessions WHERE user_id = $1",
                vec![user.get().into()],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Forgets a user's second factor (a lost phone and no recovery code left): the next
    /// sign-in enrols again. Every session ends.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user.get()))]
    pub async fn reset_second_factor(&self, user: UserId) -> Result<()> {
        let tx = self.db.write.begin().await?;
        let changed = exec(
            &tx,
            "UPDATE users SET totp_secret_enc = NULL, totp_confirmed_at = NULL, totp_last_step = NULL WHERE id = $1",
            vec![user.get().into()],
        )
        .await?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        for sql in [
            "DELETE FROM recovery_codes WHERE user_id = $1",
            "DELETE FROM sessions WHERE user_id = $1",
        ] {
            exec(&tx, sql, vec![user.get().into()]).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
