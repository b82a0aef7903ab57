//! Search: one box on every page over posts (every type), people and groups, ranked (BM25),
//! Dutch and English stems, diacritics folded — and never a result, a count or a snippet of
//! what the viewer may not read. Posts live in each instance's own tantivy index (`index.rs`),
//! fed from the database's change log; the database stays the source of truth and every hit is
//! checked against it before it is shown.

mod documents;
mod index;
pub mod misses;
mod query;
mod routes;
mod service;

pub use index::SearchIndex;
pub use routes::router;

#[cfg(test)]
mod tests;
