//! Each instance's search index of posts (tantivy, BM25) in its data directory, fed from the
//! database's change log (`crate::changes`): a missing, unreadable or too old index is rebuilt
//! from the posts in the background while the server runs; after that every instance applies
//! the changes after the last one it saw — in the background every second, and before a search
//! when it can, so someone who just posted finds it. The index holds live posts only (neither
//! deleted nor hidden) with their group; who may read which group is decided at query time.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::changes::{self, Item};
use crate::db::Db;
use crate::error::{Error, Result};
use crate::posts::post;

/// The analyzers: Dutch and English stems, and the folded words themselves (names, prefixes).
pub const DUTCH: &str = "plein_nl";
/// English stems.
pub const ENGLISH: &str = "plein_en";
/// Lower-cased, diacritics folded, not stemmed.
pub const PLAIN: &str = "plein_plain";

/// The fields of a post's document.
#[derive(Clone, Copy)]
pub struct Fields {
    /// The post's id.
    pub id: Field,
    /// Its group (what the access rule filters on).
    pub group: Field,
    /// Its author.
    pub author: Field,
    /// Its type (`discussion`, `question`, …).
    pub kind: Field,
    /// When it was written (epoch ms).
    pub created: Field,
    /// The text, by Dutch stems.
    pub dutch: Field,
    /// The text, by English stems.
    pub english: Field,
    /// The text's folded words.
    pub plain: Field,
}

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
        id: builder.add_i64_field("id", INDEXED | STORED | FAST),
        group: builder.add_i64_field("group", INDEXED | FAST),
        author: builder.add_i64_field("author", INDEXED | FAST),
        kind: builder.add_text_field("kind", STRING),
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

fn register(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(DUTCH, analyzer(Some(Language::Dutch)));
    tokenizers.register(ENGLISH, analyzer(Some(Language::English)));
    tokenizers.register(PLAIN, analyzer(None));
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

    /// Builds the index again from every live post, then records the newest change as seen.
    pub async fn rebuild(&self) -> Result<u64> {
        let mut writer = self.0.writer.lock().await;
        self.0.complete.store(false, Ordering::Relaxed);
        let start = changes::newest(&self.0.db).await?;
        writer.delete_all_documents().map_err(tantivy_error)?;
        let mut after = 0;
        let mut count = 0;
        loop {
            let batch = live_posts(&self.0.db, after, BUILD_BATCH).await?;
            let Some(last) = batch.last().map(|p| p.id) else {
                break;
            };
            for row in &batch {
                writer
                    .add_document(self.document(row))
                    .map_err(tantivy_error)?;
            }
            count += batch.len() as u64;
            after = last;
        }
        self.commit(&mut writer, start)?;
        self.0.complete.store(true, Ordering::Relaxed);
        tracing::info!(posts = count, "the search index is built");
        Ok(count)
    }

    fn commit(&self, writer: &mut IndexWriter, seen: i64) -> Result<()> {
        let mut prepared = writer.prepare_commit().map_err(tantivy_error)?;
        prepared.set_payload(&seen.to_string());
        prepared.commit().map_err(tantivy_error)?;
        self.0.reader.reload().map_err(tantivy_error)?;
        self.0.seen.store(seen, Ordering::Relaxed);
        Ok(())
    }

    fn document(&self, row: &PostText) -> TantivyDocument {
        let f = self.0.fields;
        let mut doc = TantivyDocument::default();
        doc.add_i64(f.id, row.id);
        doc.add_i64(f.group, row.group_id);
        doc.add_i64(f.author, row.author_id);
        doc.add_text(f.kind, &row.kind);
        doc.add_i64(f.created, row.created_at);
        for field in [f.dutch, f.english, f.plain] {
            doc.add_text(field, &row.body_md);
        }
        doc
    }

    /// Applies the changes after the last one seen (or builds the index when it holds none or
    /// missed some that are no longer kept). `wait`: take the writer even if it is busy;
    /// otherwise a busy writer (a build under way) means "not now".
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
        loop {
            let seen = self.0.seen.load(Ordering::Relaxed);
            let batch = changes::after(&self.0.db, seen, CHANGES_BATCH).await?;
            let Some(&(last, _)) = batch.last() else {
                return Ok(());
            };
            let mut ids: Vec<i64> = batch
                .iter()
                .map(|(_, item)| match item {
                    Item::Post(id) => *id,
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            for &id in &ids {
                writer.delete_term(Term::from_field_i64(self.0.fields.id, id));
            }
            for row in posts_by_id(&self.0.db, &ids).await? {
                writer
                    .add_document(self.document(&row))
                    .map_err(tantivy_error)?;
            }
            self.commit(&mut writer, last)?;
        }
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

/// What the index keeps of a post.
#[derive(Debug, sea_orm::FromQueryResult)]
struct PostText {
    id: i64,
    group_id: i64,
    author_id: i64,
    kind: String,
    body_md: String,
    created_at: i64,
}

fn live() -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(post::Column::DeletedAt.is_null())
        .add(post::Column::HiddenAt.is_null())
}

fn post_text() -> sea_orm::Select<post::Entity> {
    post::Entity::find()
        .select_only()
        .column(post::Column::Id)
        .column(post::Column::GroupId)
        .column(post::Column::AuthorId)
        .column(post::Column::Kind)
        .column(post::Column::BodyMd)
        .column(post::Column::CreatedAt)
        .filter(live())
}

async fn live_posts(db: &Db, after: i64, limit: u64) -> Result<Vec<PostText>> {
    Ok(post_text()
        .filter(post::Column::Id.gt(after))
        .order_by_asc(post::Column::Id)
        .limit(limit)
        .into_model::<PostText>()
        .all(db)
        .await?)
}

async fn posts_by_id(db: &Db, ids: &[i64]) -> Result<Vec<PostText>> {
    Ok(post_text()
        .filter(post::Column::Id.is_in(ids.to_vec()))
        .into_model::<PostText>()
        .all(db)
        .await?)
}
