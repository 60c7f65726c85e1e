//! Staff accounts: passwords, sessions, login throttling and API tokens.

use crate::support::{PASSWORD, T0, contains};
use workvoice_domain::Millis;
use workvoice_domain::{Language, OrgKind, Role};
use workvoice_store::{NewUser, SessionPolicy, StoreError, TOKEN_PREFIX, ThrottlePolicy};

store_tests! {
    async fn sessions_expire_and_end(t) {
        let uid = t.staff("olga", "Olga Operator", Role::Operator).await;
        let policy = SessionPolicy { idle_ms: 120_000, absolute_ms: 300_000 };

        let token = t.store.create_session(uid, Millis(T0)).await.unwrap();
        let session = t.store.session(&token, Millis(T0 + 10), policy).await.unwrap().expect("live session");
        assert_eq!(session.user.id, uid);
        assert_eq!(session.user.display_name, "Olga Operator");
        assert!(session.csrf_token.len() >= 16, "weak csrf token {:?}", session.csrf_token);
        assert_ne!(session.csrf_token, token);
        let again = t.store.session(&token, Millis(T0 + 20), policy).await.unwrap().unwrap();
        assert_eq!(again.csrf_token, session.csrf_token, "csrf token changed within a session");
        let hashes = t.raw_rows("SELECT token_hash FROM sessions", vec![]).await;
        assert_eq!(hashes.len(), 1);
        let hash: String = hashes[0].try_get("", "token_hash").unwrap();
        assert!(!contains(hash.as_bytes(), &token), "the session token is stored as is");
        assert!(t.store.session("not-a-token", Millis(T0 + 10), policy).await.unwrap().is_none());

        // Idle expiry: unused for longer than idle_ms (last use at T0).
        assert!(t.store.session(&token, Millis(T0 + 120_001), policy).await.unwrap().is_none());
        assert!(t.store.session(&token, Millis(T0 + 30), policy).await.unwrap().is_none(), "an expired session came back");
        let edge = t.store.create_session(uid, Millis(T0)).await.unwrap();
        assert!(t.store.session(&edge, Millis(T0 + 120_000), policy).await.unwrap().is_some());

        // Absolute expiry: used regularly, but signed in too long ago.
        let busy = t.store.create_session(uid, Millis(T0)).await.unwrap();
        for at in [100_000, 200_000, 300_000] {
            assert!(t.store.session(&busy, Millis(T0 + at), policy).await.unwrap().is_some(), "at +{at}");
        }
        assert!(t.store.session(&busy, Millis(T0 + 300_001), policy).await.unwrap().is_none());

        let ended = t.store.create_session(uid, Millis(T0)).await.unwrap();
        assert!(t.store.session(&ended, Millis(T0 + 1), policy).await.unwrap().is_some());
        t.store.delete_session(&ended).await.unwrap();
        assert!(t.store.session(&ended, Millis(T0 + 2), policy).await.unwrap().is_none());

        // A new password ends the sessions opened with the old one.
        let before = t.store.create_session(uid, Millis(T0)).await.unwrap();
        t.store.set_password(uid, "a brand new passphrase").await.unwrap();
        assert!(t.store.session(&before, Millis(T0 + 1), policy).await.unwrap().is_none());
        assert!(t.store.verify_login("olga", PASSWORD).await.unwrap().is_none());
        assert!(t.store.verify_login("olga", "a brand new passphrase").await.unwrap().is_some());

        // There is no deactivation API yet; an admin's deactivation in the database must
        // still end the user's sessions.
        let live = t.store.create_session(uid, Millis(T0)).await.unwrap();
        assert!(t.store.session(&live, Millis(T0 + 1), policy).await.unwrap().is_some());
        t.raw_exec(&format!("UPDATE users SET active = 0 WHERE id = {uid}")).await.unwrap();
        assert!(t.store.session(&live, Millis(T0 + 2), policy).await.unwrap().is_none());
    }

    async fn login_throttling_by_username_and_client(t) {
        let policy = ThrottlePolicy { window_ms: 60_000, per_username: 5, per_client: 8 };
        let allowed = |user: &'static str, client: &'static str, at: i64| {
            let store = t.store.clone();
            async move { store.login_allowed(user, client, Millis(at), policy).await.unwrap() }
        };

        for i in 0..4 {
            t.store.record_login_failure("Alice", "10.0.0.1", Millis(T0 + i)).await.unwrap();
        }
        assert!(allowed("alice", "10.0.0.1", T0 + 10).await, "refused after 4 failures");
        t.store.record_login_failure("ALICE ", "10.0.0.2", Millis(T0 + 4)).await.unwrap();
        assert!(!allowed("alice", "10.0.0.3", T0 + 10).await, "5 failures did not lock the username");
        assert!(!allowed("Alice", "10.0.0.3", T0 + 60_000).await, "still within the window");
        assert!(allowed("bob", "10.0.0.3", T0 + 10).await, "another username was locked");
        // Once the window has passed the failures no longer count.
        assert!(allowed("alice", "10.0.0.3", T0 + 60_001).await, "the window never ends");

        t.store.clear_login_failures("aLiCe").await.unwrap();
        assert!(allowed("alice", "10.0.0.1", T0 + 10).await, "clearing did not reset");

        // Password spraying: many usernames from one client.
        let names = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"];
        for (i, name) in names.iter().enumerate() {
            t.store.record_login_failure(name, "192.0.2.9", Millis(T0 + 100 + i as i64)).await.unwrap();
        }
        assert!(!allowed("fresh", "192.0.2.9", T0 + 200).await, "per-client limit not applied");
        assert!(allowed("fresh", "192.0.2.10", T0 + 200).await);
        assert!(allowed("fresh", "192.0.2.9", T0 + 100 + 60_001).await, "client window never ends");
    }

    async fn users_log_in_with_their_password(t) {
        let uid = t.staff("Alice.Admin", "Alice Admin", Role::Admin).await;
        let user = t.store.verify_login("ALICE.ADMIN", PASSWORD).await.unwrap().expect("right password");
        assert_eq!(user.id, uid);
        assert_eq!(user.username, "alice.admin");
        assert_eq!(user.role, Role::Admin);
        assert_eq!(user.organisation_kind, OrgKind::Helpline);
        assert!(user.active);
        assert!(t.store.verify_login("  alice.admin ", PASSWORD).await.unwrap().is_some());
        assert!(t.store.verify_login("alice.admin", "wrong password!").await.unwrap().is_none());
        assert!(t.store.verify_login("alice.admin", &PASSWORD.to_uppercase()).await.unwrap().is_none());
        assert!(t.store.verify_login("nobody", PASSWORD).await.unwrap().is_none());
        assert!(t.store.verify_login("", PASSWORD).await.unwrap().is_none());

        let org = t.store.helpline_organisation(Millis(T0)).await.unwrap();
        let new = |username: &str, password: &str| NewUser {
            organisation_id: org,
            username: username.into(),
            display_name: "Someone".into(),
            role: Role::Operator,
            language: Language::Bn,
            password: password.into(),
        };
        let dup = t.store.create_user(&new("ALICE.admin", PASSWORD), Millis(T0)).await;
        assert!(matches!(dup, Err(StoreError::Conflict(_))), "duplicate username: {dup:?}");
        let short = t.store.create_user(&new("carol", "short"), Millis(T0)).await;
        assert!(matches!(short, Err(StoreError::Invalid(_))), "short password: {short:?}");
        assert_eq!(t.store.count_users().await.unwrap(), 1);

        let hashes = t.raw_rows("SELECT password_hash FROM users", vec![]).await;
        let hash: String = hashes[0].try_get("", "password_hash").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains(PASSWORD));

        // Deactivated users cannot log in even with the right password.
        t.raw_exec(&format!("UPDATE users SET active = 0 WHERE id = {uid}")).await.unwrap();
        assert!(t.store.verify_login("alice.admin", PASSWORD).await.unwrap().is_none());
    }

    async fn api_tokens_act_as_their_user_until_revoked(t) {
        let uid = t.staff("service", "Integration", Role::Supervisor).await;
        let (id, token) = t.store.create_api_token(uid, "  nightly export ", Millis(T0)).await.unwrap();
        assert!(token.starts_with(TOKEN_PREFIX) && TOKEN_PREFIX == "wv_", "{token}");
        assert!(token.len() >= TOKEN_PREFIX.len() + 20, "short token {token}");
        let user = t.store.api_token_user(&token, Millis(T0 + 1)).await.unwrap().expect("token user");
        assert_eq!((user.id, user.role), (uid, Role::Supervisor));
        assert!(t.store.api_token_user("wv_not-a-token", Millis(T0 + 1)).await.unwrap().is_none());
        assert!(t.store.api_token_user(&token[TOKEN_PREFIX.len()..], Millis(T0 + 1)).await.unwrap().is_none());

        let (_, other) = t.store.create_api_token(uid, "second", Millis(T0)).await.unwrap();
        assert_ne!(other, token);
        let rows = t.raw_rows("SELECT token_hash, name FROM api_tokens ORDER BY id", vec![]).await;
        assert_eq!(rows.len(), 2);
        let name: String = rows[0].try_get("", "name").unwrap();
        assert_eq!(name, "nightly export");
        for row in &rows {
            let hash: String = row.try_get("", "token_hash").unwrap();
            assert!(!hash.contains(&token[TOKEN_PREFIX.len()..]) && !hash.contains(&other[TOKEN_PREFIX.len()..]));
        }

        t.store.revoke_api_token(id, Millis(T0 + 2)).await.unwrap();
        assert!(t.store.api_token_user(&token, Millis(T0 + 3)).await.unwrap().is_none(), "revoked token still works");
        assert!(t.store.api_token_user(&other, Millis(T0 + 3)).await.unwrap().is_some(), "revoking one revoked all");
    }
}
