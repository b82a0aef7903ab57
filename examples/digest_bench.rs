//! The digest benchmark: builds and queues the due digests of every member of a benchmark
//! database (e.g. the 10k-member dataset `bench/run.sh` prepares), as the hourly job's rounds
//! would, and prints how long it took. It writes to the database it is given: use a copy.
//!
//!   cargo run --release --example digest_bench -- "sqlite://bench/data/…/plein.db"

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let url = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: digest_bench DATABASE_URL"))?;
    let config = plein::config::Config::for_database(url, std::env::temp_dir());
    let db = plein::open_database(&config).await?;
    let start = std::time::Instant::now();
    let now = plein::db::now_ms();
    let mut queued = 0;
    // Each round takes up to 500 due members; 10,000 members need 20.
    for _ in 0..40 {
        queued += plein::inbox::digest::send_due(&db, "http://plein.test", now).await?;
    }
    println!("queued {queued} digests in {:.1?}", start.elapsed());
    Ok(())
}
