//! The key file survives a power cut, and a lost one is never silently replaced: the first
//! start creates it durably (seen in the real system calls, under `strace`), and a start
//! with encrypted callers in the database but no key (or an empty one) exits non-zero,
//! asks for the key's backup and creates no key.

use std::path::{Path, PathBuf};

use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::{admin, isolated, run_to_end};

engine_tests!(durable_file_start_refuses_without_the_key_over_encrypted_callers);

async fn durable_file_start_refuses_without_the_key_over_encrypted_callers(db: TempDatabase) {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let key = data.join("master.key");
    let args = |command: &[&str]| admin(work.path(), &data, db.url(), command);
    // A helpline with callers (the demo records some, their phones and names encrypted).
    let demo = run_to_end(args(&["demo"]));
    assert!(
        demo.status.success(),
        "{}",
        String::from_utf8_lossy(&demo.stderr)
    );
    assert!(key.is_file());

    for (what, leave) in [("missing", None), ("empty", Some(""))] {
        // The key is lost: the file gone, or left empty (as a power cut during a copy can).
        if key.exists() {
            std::fs::remove_file(&key).unwrap();
        }
        if let Some(body) = leave {
            std::fs::write(&key, body).unwrap();
        }
        let out = run_to_end(args(&["serve", "--listen", "127.0.0.1:0"]));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "started with the key {what}");
        assert!(
            stderr.contains(&format!("key file {} is {what}", key.display())),
            "{stderr}"
        );
        assert!(
            stderr.contains("Restore the key file from its backup"),
            "{stderr}"
        );
        assert!(stderr.contains("Do not create a new key"), "{stderr}");
        // No key was made over the callers.
        match leave {
            None => assert!(!key.exists(), "a new key was created"),
            Some(body) => assert_eq!(std::fs::read_to_string(&key).unwrap(), body),
        }
    }
}

/// The system calls `strace` saw, one per line.
fn traced(base: &Path, data: &Path) -> Vec<String> {
    let log = base.join("strace.log");
    let mut cmd = isolated("strace", base);
    cmd.args([
        "-f",
        "-y",
        "-qq",
        "-e",
        "trace=fsync,fdatasync,linkat,mkdir,mkdirat",
    ])
    .arg("-o")
    .arg(&log)
    .arg(env!("CARGO_BIN_EXE_workvoice"))
    .arg("--data-dir")
    .arg(data)
    .arg("migrate");
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("running strace ({e}): install it (`apt-get install strace`; scripts/test does)")
    });
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The index of the first line at or after `from` that `matches`.
fn find(lines: &[String], from: usize, what: &str, matches: impl Fn(&str) -> bool) -> usize {
    lines[from..]
        .iter()
        .position(|l| matches(l))
        .map(|i| from + i)
        .unwrap_or_else(|| panic!("no {what} after line {from} in:\n{}", lines.join("\n")))
}

fn fsync_of(line: &str, path: &Path) -> bool {
    let fd_path = format!("<{}>)", path.display());
    (line.contains("fsync(") || line.contains("fdatasync(")) && line.contains(&fd_path)
}

#[test]
fn durable_file_first_start_syncs_the_key_file_its_folder_and_the_folders_made_for_it() {
    let work = tempfile::tempdir().unwrap();
    // strace shows resolved paths.
    let base: PathBuf = work.path().canonicalize().unwrap();
    let parent = base.join("srv");
    let data = parent.join("data");
    let lines = traced(&base, &data);
    let key = data.join("master.key");
    assert!(key.is_file());

    // The key is written under a temporary name, synced, then linked into place.
    let link = find(&lines, 0, "link to master.key", |l| {
        l.contains("linkat(") && l.contains(&format!("\"{}\"", key.display())) && l.ends_with("= 0")
    });
    let temp = lines[link]
        .split('"')
        .nth(1)
        .map(PathBuf::from)
        .expect("linkat names its source");
    assert_eq!(temp.parent(), Some(data.as_path()));
    assert!(
        lines[..link].iter().any(|l| fsync_of(l, &temp)),
        "the temporary key file was not synced before its link:\n{}",
        lines.join("\n")
    );
    // Then the folder holding the new name is synced.
    find(&lines, link, "fsync of the data folder", |l| {
        fsync_of(l, &data)
    });
    // Each folder made on the way: its parent is synced once it holds the new entry.
    for (made, its_parent) in [(&parent, &base), (&data, &parent)] {
        let mkdir = find(&lines, 0, &format!("mkdir of {}", made.display()), |l| {
            l.contains("mkdir")
                && l.contains(&format!("\"{}\"", made.display()))
                && l.ends_with("= 0")
        });
        find(
            &lines,
            mkdir,
            &format!("fsync of {}", its_parent.display()),
            |l| fsync_of(l, its_parent),
        );
    }
    // No temporary file is left.
    let names: Vec<String> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(!names.iter().any(|n| n.starts_with(".tmp-")), "{names:?}");
}
