//! `workvoice serve` with a setting it cannot work with stops the start with a message
//! naming the setting, before anything is created: a wrong gateway or a wrong time zone
//! must not leave a half-made data folder, nor a server counting days in the wrong zone.

use crate::support::{run_to_end, workvoice};

/// Starts `serve` in an empty folder with `env` and checks that it refused, that its
/// message names `setting`, and that the folder is still empty.
fn refuses_to_start(env: &[(&str, &str)], setting: &str) {
    let work = tempfile::tempdir().unwrap();
    let mut cmd = workvoice(work.path());
    cmd.args(["serve", "--listen", "127.0.0.1:0"])
        .envs(env.iter().copied());
    let out = run_to_end(cmd);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(setting), "{stderr}");
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        0,
        "nothing created"
    );
}

#[test]
fn kannel_gateway_without_a_secret_stops_the_start_and_creates_nothing() {
    refuses_to_start(
        &[
            (
                "WORKVOICE_KANNEL_SENDSMS_URL",
                "http://127.0.0.1:13013/cgi-bin/sendsms",
            ),
            ("WORKVOICE_KANNEL_SECRET", "too-short"),
        ],
        "kannel_secret",
    );
}

#[test]
fn an_unknown_time_zone_stops_the_start_and_creates_nothing() {
    refuses_to_start(&[("WORKVOICE_TIME_ZONE", "Asia/Dacca_")], "Asia/Dacca_");
}
