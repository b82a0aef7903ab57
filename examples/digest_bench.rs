//! The digest benchmark: builds and queues the due digests of every member of a benchmark
//! database (e.g. the 10k-member dataset `bench/run.sh` prepares), as the hourly job's rounds
//! would, and prints how long it took. Given an SMTP server too, it then delivers the queued
//! mails through the job runner, as an instance would (without the per-minute limit), and
//! prints mails per second. It writes to the database it is given: use a copy.
//!
//!   cargo run --release --example digest_bench -- "sqlite://bench/data/…/plein.db"
//!   python3 tests/support/smtp_sink.py /tmp/sink &   # prints its port
//!   cargo run --release --example digest_bench -- "sqlite://…" smtp://127.0.0.1:PORT

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let url = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: digest_bench DATABASE_URL [SMTP_URL]"))?;
    let mut config = plein::config::Config::for_database(url, std::env::temp_dir());
    let db = plein::open_database(&config).await?;
    let start = std::time::Instant::now();
    let now = plein::db::now_ms();
    let mut queued = 0;
    // Each round takes up to 500 due members; 10,000 members need 20.
    for _ in 0..40 {
        queued += plein::inbox::digest::send_due(&db, "http://plein.test", now).await?;
    }
    println!("queued {queued} digests in {:.1?}", start.elapsed());
    let Some(smtp) = std::env::args().nth(2) else {
        return Ok(());
    };
    config.smtp_url = Some(smtp);
    config.mail_from = Some("plein@voorbeeld.nl".into());
    config.mail_per_minute = u32::MAX;
    let mailer = plein::mail::Mailer::from_config_or_off(&config);
    let registry = plein::job_registry(mailer, "http://plein.test".into());
    let runner = plein::jobs::Runner::new(db, registry, "digest-bench");
    let start = std::time::Instant::now();
    let sent = runner.drain().await?;
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "delivered {sent} mails in {seconds:.1} s: {:.0} mails/s",
        sent as f64 / seconds.max(0.001)
    );
    Ok(())
}
