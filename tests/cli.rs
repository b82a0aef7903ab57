//! The `plein` command as an operator uses it: a real process on a fresh data directory.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::Write;
use std::process::{Command, Stdio};

fn plein(data_dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plein"))
        .args(args)
        .env("PLEIN_DATA_DIR", data_dir)
        .env_remove("PLEIN_DATABASE_URL")
        .env("PLEIN_LISTEN", "127.0.0.1:8080")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start plein");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write stdin");
    }
    drop(child.stdin.take());
    let output = child.wait_with_output().expect("plein output");
    let text = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

#[test]
fn migrate_and_create_users() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (ok, out) = plein(dir.path(), &["migrate"], None);
    assert!(ok, "{out}");
    assert!(out.contains("migrations applied (sqlite)"), "{out}");
    assert!(dir.path().join("plein.db").exists());

    let (ok, out) = plein(
        dir.path(),
        &[
            "user",
            "create",
            "--email",
            "Anne@Example.nl",
            "--name",
            "Anne",
            "--admin",
        ],
        None,
    );
    assert!(ok, "{out}");
    assert!(out.contains("http://127.0.0.1:8080/set-password/"), "{out}");

    let (ok, out) = plein(
        dir.path(),
        &[
            "user",
            "create",
            "--email",
            "bert@example.nl",
            "--name",
            "Bert",
            "--password-stdin",
        ],
        Some("a long enough password\n"),
    );
    assert!(ok, "{out}");
    assert!(out.contains("created account 2"), "{out}");

    let (ok, out) = plein(
        dir.path(),
        &[
            "user",
            "create",
            "--email",
            "anne@example.nl",
            "--name",
            "Again",
        ],
        None,
    );
    assert!(!ok, "a duplicate e-mail must fail");
    let (ok, out2) = plein(
        dir.path(),
        &[
            "user",
            "create",
            "--email",
            "carl@example.nl",
            "--name",
            "Carl",
            "--password-stdin",
        ],
        Some("short"),
    );
    assert!(!ok, "a short password must fail: {out} {out2}");
}

/// A `kill -9` at any moment of a fresh `plein migrate` leaves a database the next start can
/// migrate: every migration is applied in one transaction with its record.
#[test]
fn migrations_interrupted_by_kill_resume_on_the_next_start() {
    for step in 0..20u64 {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut child = Command::new(env!("CARGO_BIN_EXE_plein"))
            .arg("migrate")
            .env("PLEIN_DATA_DIR", dir.path())
            .env_remove("PLEIN_DATABASE_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start plein");
        // From right after the start to past the end, in steps of 8 ms.
        std::thread::sleep(std::time::Duration::from_millis(step * 8));
        let _ = child.kill();
        let _ = child.wait();
        let (ok, out) = plein(dir.path(), &["migrate"], None);
        assert!(ok, "after a kill at {} ms: {out}", step * 8);
        let (ok, out) = plein(
            dir.path(),
            &["user", "create", "--email", "a@example.nl", "--name", "A"],
            None,
        );
        assert!(ok, "after a kill at {} ms: {out}", step * 8);
    }
}

/// `plein user create` refuses a name that reverses the text's direction, as the forms do.
#[test]
fn user_create_refuses_direction_overrides() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (ok, out) = plein(
        dir.path(),
        &[
            "user",
            "create",
            "--email",
            "x@example.nl",
            "--name",
            "\u{202e}nimdA",
        ],
        None,
    );
    assert!(!ok, "{out}");
}
