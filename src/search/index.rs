//! Each instance's search index of posts (tantivy, BM25) in its data directory, fed from the
//! database's change log (`crate::changes`): a missing, unreadable or too old index is rebuilt
//! from the posts in the background while the server runs; after that every instance applies
//! the changes after the last one it saw — in the background every second, and before a search
//! when it can, so someone who just posted finds it. The index holds live posts only (neither
//! deleted nor hidden) with their group; who may read which group is decided at query time.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use tantivy::schema::Facet;
use tantivy::schema::{
    FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use super::documents;

use crate::changes::{self, Item};
use crate::db::Db;
use crate::error::{Error, Result};

/// The analyzers: Dutch and English stems, and the folded words themselves (names, prefixes).
pub const DUTCH: &str = "plein_nl";
/// English stems.
pub const ENGLISH: &str = "plein_en";
/// Lower-cased, diacritics folded, not stemmed.
pub const PLAIN: &str = "plein_plain";
/// As [`PLAIN`], without the Dutch and English words that say nothing about a subject (what
/// "similar questions" compare).
pub const CONTENT: &str = "plein_content";

/// The fields of a document: a post (of any type, with its live comments) or a knowledge-base
/// article.
#[derive(Clone, Copy)]
pub struct Fields {
    /// `p<id>` or `a<id>`: what a change replaces.
    pub key: Field,
    /// The group whose readers may read it ([`EVERYONE`] for an article for everyone).
    pub group: Field,
    /// Its author.
    pub author: Field,
    /// Its type: a post's stored kind, or [`ARTICLE`].
    pub kind: Field,
    /// The same as a facet, for the counts per type.
    pub kind_facet: Field,
    /// A question's `answered` / `unanswered`, an idea's status.
    pub state: Field,
    /// When it was written (epoch ms).
    pub created: Field,
    /// The text, by Dutch stems.
    pub dutch: Field,
    /// The text, by English stems.
    pub english: Field,
    /// The text's folded words.
    pub plain: Field,
}

/// The group of what everyone signed in may read (articles not limited to a group).
pub const EVERYONE: i64 = 0;
/// The type of a knowledge-base article.
pub const ARTICLE: &str = "article";

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |analyzer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        key: builder.add_text_field("key", STRING | STORED),
        group: builder.add_i64_field("group", INDEXED | FAST),
        author: builder.add_i64_field("author", INDEXED | FAST),
        kind: builder.add_text_field("kind", STRING),
        kind_facet: builder.add_facet_field("kind_facet", FacetOptions::default()),
        state: builder.add_text_field("state", STRING),
        created: builder.add_i64_field("created", INDEXED | FAST),
        dutch: builder.add_text_field("nl", text(DUTCH)),
        english: builder.add_text_field("en", text(ENGLISH)),
        plain: builder.add_text_field("plain", text(PLAIN)),
    };
    (builder.build(), fields)
}

/// An analyzer: words, long ones dropped, lower-cased, diacritics folded, then `stem`.
pub fn analyzer(stem: Option<Language>) -> TextAnalyzer {
    let base = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    match stem {
        Some(language) => base.filter(Stemmer::new(language)).build(),
        None => base.build(),
    }
}

/// [`PLAIN`] without Dutch and English stop words and question words.
fn content_analyzer() -> TextAnalyzer {
    let mut builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .dynamic();
    for language in [Language::Dutch, Language::English] {
        if let Some(stop) = StopWordFilter::new(language) {
            builder = builder.filter_dynamic(stop);
        }
    }
    builder = builder.filter_dynamic(StopWordFilter::remove(
        QUESTION_WORDS.iter().map(|w| w.to_string()),
    ));
    builder.filter_dynamic(AsciiFoldingFilter).build()
}

/// Words every question has, which say nothing about what it is about (beyond the languages'
/// stop words): left out when looking for similar questions.
const QUESTION_WORDS: [&str; 24] = [
    "waar", "hoe", "wie", "wat", "wanneer", "waarom", "welke", "welk", "iemand", "weet", "weten",
    "graag", "kun", "kunnen", "where", "how", "who", "what", "when", "why", "which", "anyone",
    "someone", "know",
];

fn register(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(DUTCH, analyzer(Some(Language::Dutch)));
    tokenizers.register(ENGLISH, analyzer(Some(Language::English)));
    tokenizers.register(PLAIN, analyzer(None));
    tokenizers.register(CONTENT, content_analyzer());
}

/// Posts per batch when building the index from the database.
const BUILD_BATCH: u64 = 5_000;
/// Changes applied per round.
const CHANGES_BATCH: u64 = 2_000;
/// The writer's memory (one thread: the machine serves requests meanwhile).
const WRITER_MEMORY: usize = 50_000_000;

struct Inner {
    index: Index,
    reader: IndexReader,
    writer: tokio::sync::Mutex<IndexWriter>,
    fields: Fields,
    /// The last change applied.
    seen: AtomicI64,
    /// Whether the index holds every post (false while it is being built).
    complete: AtomicBool,
    /// The changes after `seen` already applied (see [`SearchIndex::catch_up`]).
    applied: std::sync::Mutex<std::collections::BTreeSet<i64>>,
    db: Db,
}

/// This instance's search index; cheap to clone.
#[derive(Clone)]
pub struct SearchIndex(Arc<Inner>);

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("seen", &self.0.seen.load(Ordering::Relaxed))
            .finish()
    }
}

fn tantivy_error(error: impl std::fmt::Display) -> Error {
    Error::Internal(format!("search index: {error}"))
}

/// Opens the index in `dir`, or makes an empty one there (after clearing what could not be
/// opened); returns it and the last change it holds, if it holds any.
fn open_dir(dir: &Path) -> Result<(Index, Option<i64>)> {
    std::fs::create_dir_all(dir).map_err(tantivy_error)?;
    let (schema, _) = schema();
    let opened = tantivy::directory::MmapDirectory::open(dir)
        .map_err(tantivy_error)
        .and_then(|d| Index::open_or_create(d, schema.clone()).map_err(tantivy_error));
    let index = match opened {
        Ok(index) => index,
        Err(error) => {
            tracing::warn!(%error, "the search index could not be opened; it is built again");
            std::fs::remove_dir_all(dir).map_err(tantivy_error)?;
            std::fs::create_dir_all(dir).map_err(tantivy_error)?;
            Index::create_in_dir(dir, schema).map_err(tantivy_error)?
        }
    };
    let seen = index
        .load_metas()
        .ok()
        .and_then(|m| m.payload)
        .and_then(|p| p.parse().ok());
    Ok((index, seen))
}

fn index_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("search-index")
}

impl SearchIndex {
    /// Removes this instance's index under `data_dir` (after writes that bypassed the change
    /// log, such as `plein demo`), so the next start builds it anew.
    pub fn forget(data_dir: &Path) -> Result<()> {
        match std::fs::remove_dir_all(index_dir(data_dir)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(tantivy_error(e)),
        }
    }

    /// Bytes the index under `data_dir` takes on disk (0 when it is missing): reported by
    /// `plein search reindex` and the benchmark, since every instance keeps its own copy.
    pub fn size_on_disk(data_dir: &Path) -> u64 {
        let Ok(entries) = std::fs::read_dir(index_dir(data_dir)) else {
            return 0;
        };
        entries
            .filter_map(|entry| entry.ok()?.metadata().ok())
            .filter(|meta| meta.is_file())
            .map(|meta| meta.len())
            .sum()
    }

    /// Opens this instance's index under `data_dir` (`search-index/`).
    pub fn open(data_dir: &Path, db: Db) -> Result<Self> {
        let dir = index_dir(data_dir);
        let (index, seen) = open_dir(&dir)?;
        register(&index);
        let (_, fields) = schema();
        let writer = index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .map_err(tantivy_error)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(tantivy_error)?;
        Ok(Self(Arc::new(Inner {
            index,
            reader,
            writer: tokio::sync::Mutex::new(writer),
            fields,
            seen: AtomicI64::new(seen.unwrap_or(-1)),
            complete: AtomicBool::new(seen.is_some()),
            applied: Default::default(),
            db,
        })))
    }

    /// The fields of a document.
    pub fn fields(&self) -> Fields {
        self.0.fields
    }

    /// The index, for its analyzers.
    pub fn index(&self) -> &Index {
        &self.0.index
    }

    /// A searcher over what was committed last.
    pub fn searcher(&self) -> tantivy::Searcher {
        self.0.reader.searcher()
    }

    /// Whether the index holds every post (not while it is first built).
    pub fn complete(&self) -> bool {
        self.0.complete.load(Ordering::Relaxed)
    }

    /// Builds the index again from every live post and article, then records the newest
    /// change as seen.
    pub async fn rebuild(&self) -> Result<u64> {
        self.rebuild_reporting(|_| {}).await
    }

    /// How many posts a full build goes through, for a progress bar.
    pub async fn posts_to_build(&self) -> Result<u64> {
        documents::live_post_count(&self.0.db).await
    }

    /// [`Self::rebuild`], telling `progress` how many posts are done after each batch: `plein
    /// search reindex` on a million posts takes minutes and shows how far it is.
    pub async fn rebuild_reporting(&self, mut progress: impl FnMut(u64)) -> Result<u64> {
        let mut writer = self.0.writer.lock().await;
        self.0.complete.store(false, Ordering::Relaxed);
        let start =
            changes::newest_before(&self.0.db, crate::db::now_ms() - changes::SETTLE_MS).await?;
        self.applied().clear();
        writer.delete_all_documents().map_err(tantivy_error)?;
        let mut count = 0;
        let mut after = 0;
        loop {
            let batch = documents::live_posts_after(&self.0.db, after, BUILD_BATCH).await?;
            let Some(last) = batch.last().map(|d| d.id) else {
                break;
            };
            count += self.add(&mut writer, &batch)?;
            progress(count);
            after = last;
        }
        let articles = documents::articles(&self.0.db, None).await?;
        count += self.add(&mut writer, &articles)?;
        self.commit(&mut writer, start)?;
        self.0.complete.store(true, Ordering::Relaxed);
        tracing::info!(documents = count, "the search index is built");
        Ok(count)
    }

    fn add(&self, writer: &mut IndexWriter, batch: &[documents::Document]) -> Result<u64> {
        for document in batch {
            writer
                .add_document(self.document(document))
                .map_err(tantivy_error)?;
        }
        Ok(batch.len() as u64)
    }

    fn commit(&self, writer: &mut IndexWriter, seen: i64) -> Result<()> {
        let mut prepared = writer.prepare_commit().map_err(tantivy_error)?;
        prepared.set_payload(&seen.to_string());
        prepared.commit().map_err(tantivy_error)?;
        self.0.reader.reload().map_err(tantivy_error)?;
        self.0.seen.store(seen, Ordering::Relaxed);
        Ok(())
    }

    fn document(&self, row: &documents::Document) -> TantivyDocument {
        let f = self.0.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.key, row.key());
        doc.add_i64(f.group, row.group);
        doc.add_i64(f.author, row.author);
        doc.add_text(f.kind, &row.kind);
        doc.add_facet(f.kind_facet, Facet::from_path(["kind", row.kind.as_str()]));
        for state in &row.state {
            doc.add_text(f.state, state);
        }
        doc.add_i64(f.created, row.created);
        for text in &row.texts {
            for field in [f.dutch, f.english, f.plain] {
                doc.add_text(field, text);
            }
        }
        doc
    }

    /// Applies the changes after the last one seen for good (or builds the index when it
    /// holds none or missed some that are no longer kept). Changes of the last
    /// [`changes::SETTLE_MS`] are read again until they settle, so one whose transaction took
    /// a lower id but committed later is still applied; each is applied once. `wait`: take the
    /// writer even if it is busy; otherwise a busy writer (a build under way) means "not now".
    pub async fn catch_up(&self, wait: bool) -> Result<()> {
        let seen = self.0.seen.load(Ordering::Relaxed);
        if seen >= 0 && changes::newest(&self.0.db).await? <= seen {
            return Ok(());
        }
        if seen < 0 || changes::oldest(&self.0.db).await? > seen + 1 {
            if !wait {
                return Ok(());
            }
            self.rebuild().await?;
            return Ok(());
        }
        let mut writer = if wait {
            self.0.writer.lock().await
        } else {
            match self.0.writer.try_lock() {
                Ok(writer) => writer,
                Err(_) => return Ok(()),
            }
        };
        let mut cursor = self.0.seen.load(Ordering::Relaxed);
        loop {
            let batch = changes::after(&self.0.db, cursor, CHANGES_BATCH).await?;
            let Some(last) = batch.last().map(|c| c.id) else {
                return Ok(());
            };
            let cutoff = crate::db::now_ms() - changes::SETTLE_MS;
            let settled = batch
                .iter()
                .filter(|c| c.at < cutoff)
                .map(|c| c.id)
                .max()
                .unwrap_or(cursor)
                .max(self.0.seen.load(Ordering::Relaxed));
            let fresh: Vec<changes::Change> = {
                let applied = self.applied();
                batch
                    .iter()
                    .filter(|c| !applied.contains(&c.id))
                    .copied()
                    .collect()
            };
            if !fresh.is_empty() {
                self.apply(&mut writer, &fresh).await?;
                self.commit(&mut writer, settled)?;
                self.applied().extend(fresh.iter().map(|c| c.id));
            }
            self.0.seen.store(settled, Ordering::Relaxed);
            self.applied().retain(|&id| id > settled);
            if batch.len() < CHANGES_BATCH as usize {
                return Ok(());
            }
            cursor = last;
        }
    }

    /// The changes after the settled one that are already in the index.
    fn applied(&self) -> std::sync::MutexGuard<'_, std::collections::BTreeSet<i64>> {
        self.0
            .applied
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Replaces the documents of what `batch` changed by what the database holds now.
    async fn apply(&self, writer: &mut IndexWriter, batch: &[changes::Change]) -> Result<()> {
        let mut items: Vec<Item> = batch.iter().map(|c| c.item).collect();
        items.sort_unstable();
        items.dedup();
        let (mut posts, mut articles) = (Vec::new(), Vec::new());
        for item in &items {
            writer.delete_term(Term::from_field_text(
                self.0.fields.key,
                &documents::key_of(*item),
            ));
            match item {
                Item::Post(id) => posts.push(*id),
                Item::Article(id) => articles.push(*id),
            }
        }
        self.add(writer, &documents::live_posts(&self.0.db, &posts).await?)?;
        if !articles.is_empty() {
            let found = documents::articles(&self.0.db, Some(&articles)).await?;
            self.add(writer, &found)?;
        }
        Ok(())
    }

    /// Follows the change log every second until `stop` says so; builds the index first when
    /// it needs it.
    pub async fn follow_until(self, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            if let Err(error) = self.catch_up(true).await {
                tracing::warn!(%error, "the search index could not catch up; it tries again");
            }
            tokio::select! {
                _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
                _ = stop.changed() => return,
            }
        }
    }
}
