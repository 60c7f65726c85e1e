//! `workvoice serve` with an SMS gateway: a gateway without the secret its callbacks need
//! stops the start with a message naming the setting, before anything is created.

use std::process::Command;

#[test]
fn kannel_gateway_without_a_secret_stops_the_start_and_creates_nothing() {
    let work = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_workvoice"));
    cmd.current_dir(work.path());
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("WORKVOICE_") {
            cmd.env_remove(name);
        }
    }
    let out = cmd
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env(
            "WORKVOICE_KANNEL_SENDSMS_URL",
            "http://127.0.0.1:13013/cgi-bin/sendsms",
        )
        .env("WORKVOICE_KANNEL_SECRET", "too-short")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("kannel_secret"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        0,
        "nothing created"
    );
}
