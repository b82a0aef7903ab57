//! A search as the index runs it: the words of what was typed (never query syntax, so no
//! input is an error), each found by its Dutch or English stem, as typed (diacritics folded),
//! a small typo away when long enough, or as the start of a word when it is the last one; all
//! words must match (a quarter of them, for similar questions). Only what the groups the viewer may
//! read hold counts, in the results, the total and the counts per type alike.

use std::ops::Bound;

use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::{Order, Score, TantivyDocument, Term};

use super::documents::item_of;
use super::index::{CONTENT, DUTCH, ENGLISH, PLAIN, SearchIndex};
use crate::changes::Item;
use crate::error::{Error, Result};

/// The most words of a search that count.
const MAX_WORDS: usize = 12;

/// What the index is asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocQuery {
    /// What was typed.
    pub text: String,
    /// Only these types (stored post kinds, or `article`); all when empty.
    pub kinds: Vec<String>,
    /// Only this group (already known to be readable).
    pub group: Option<i64>,
    /// Only by this author.
    pub author: Option<i64>,
    /// Only written from (epoch ms, inclusive).
    pub from: Option<i64>,
    /// Only written before (epoch ms, exclusive).
    pub until: Option<i64>,
    /// Only in this state (`answered`, `unanswered`, `accepted`, an idea's status).
    pub state: Option<String>,
    /// Newest first instead of best first.
    pub newest_first: bool,
    /// Similar rather than matching: the words that say something (no stop words), of which
    /// most, not all, must match.
    pub similar: bool,
}

impl DocQuery {
    /// A search for `text` with nothing narrowed, best first.
    pub fn plain(text: &str) -> Self {
        Self {
            text: text.to_string(),
            ..Self::default()
        }
    }

    /// Whether it is narrowed beyond the words (the sort does not narrow).
    pub fn narrowed(&self) -> bool {
        !self.kinds.is_empty()
            || self.group.is_some()
            || self.author.is_some()
            || self.state.is_some()
            || self.from.is_some()
            || self.until.is_some()
    }
}

/// What the index found: the matches in all, this page of them, and the matches per type
/// (before the type filter).
#[derive(Debug, Default)]
pub struct Ranked {
    /// Matches in all.
    pub total: usize,
    /// This page, best first.
    pub hits: Vec<Item>,
    /// Matches per type (stored form), most first.
    pub per_kind: Vec<(String, u64)>,
}

/// The words of `text` as `analyzer` reads them (lower-cased, folded), at most
/// [`MAX_WORDS`], each once.
fn distinct_words(index: &SearchIndex, analyzer: &str, text: &str) -> Vec<String> {
    let mut words = tokens(index, analyzer, text);
    let mut seen = std::collections::BTreeSet::new();
    words.retain(|w| seen.insert(w.clone()));
    words.truncate(MAX_WORDS);
    words
}

/// The words of `text` as the plain analyzer reads them.
pub fn words(index: &SearchIndex, text: &str) -> Vec<String> {
    distinct_words(index, PLAIN, text)
}

/// The tokens `analyzer` makes of `text`.
pub fn tokens(index: &SearchIndex, analyzer: &str, text: &str) -> Vec<String> {
    let Some(mut analyzer) = index.index().tokenizers().get(analyzer) else {
        return Vec::new();
    };
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

fn term_query(term: Term, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(
        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
        boost,
    ))
}

/// A filter: one of `terms` (no share in the score).
fn one_of(terms: impl IntoIterator<Item = Term>) -> Box<dyn Query> {
    Box::new(BoostQuery::new(
        Box::new(TermSetQuery::new(terms.into_iter().collect::<Vec<_>>())),
        0.0,
    ))
}

/// The clause that finds one word.
fn word_clause(index: &SearchIndex, word: &str, last: bool) -> Box<dyn Query> {
    let f = index.fields();
    let mut ways: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (analyzer, field) in [(DUTCH, f.dutch), (ENGLISH, f.english)] {
        if let Some(stem) = tokens(index, analyzer, word).into_iter().next() {
            ways.push((
                Occur::Should,
                term_query(Term::from_field_text(field, &stem), 1.0),
            ));
        }
    }
    let exact = Term::from_field_text(f.plain, word);
    ways.push((Occur::Should, term_query(exact.clone(), 1.5)));
    if word.chars().count() >= 5 {
        let fuzzy = FuzzyTermQuery::new(exact.clone(), 1, true);
        ways.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(fuzzy), 0.5)),
        ));
    }
    if last && word.chars().count() >= 2 {
        let prefix = FuzzyTermQuery::new_prefix(exact, 0, true);
        ways.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(prefix), 0.5)),
        ));
    }
    Box::new(BooleanQuery::new(ways))
}

/// The words: every one must match a search; a quarter of them (at most three) a
/// "similar" one.
fn words_clause(index: &SearchIndex, query: &DocQuery) -> Option<Box<dyn Query>> {
    if query.similar {
        let words = distinct_words(index, CONTENT, &query.text);
        if words.is_empty() {
            return None;
        }
        let need = words.len().div_ceil(4).clamp(1, 3);
        let clauses = words
            .iter()
            .map(|w| (Occur::Should, word_clause(index, w, false)))
            .collect();
        return Some(Box::new(BooleanQuery::with_minimum_required_clauses(
            clauses, need,
        )));
    }
    let words = words(index, &query.text);
    if words.is_empty() {
        return None;
    }
    let clauses = words
        .iter()
        .enumerate()
        .map(|(i, w)| (Occur::Must, word_clause(index, w, i + 1 == words.len())))
        .collect();
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// Every filter but the type: the words, the readable groups and what was narrowed.
fn base_clauses(
    index: &SearchIndex,
    query: &DocQuery,
    readable: &[i64],
) -> Option<Vec<(Occur, Box<dyn Query>)>> {
    let f = index.fields();
    let mut clauses = vec![(Occur::Must, words_clause(index, query)?)];
    let groups = readable.iter().map(|&g| Term::from_field_i64(f.group, g));
    clauses.push((Occur::Must, one_of(groups)));
    if let Some(group) = query.group {
        clauses.push((Occur::Must, one_of([Term::from_field_i64(f.group, group)])));
    }
    if let Some(author) = query.author {
        clauses.push((
            Occur::Must,
            one_of([Term::from_field_i64(f.author, author)]),
        ));
    }
    if let Some(state) = &query.state {
        clauses.push((Occur::Must, one_of([Term::from_field_text(f.state, state)])));
    }
    if query.from.is_some() || query.until.is_some() {
        let bound = |at: Option<i64>, included: bool| match at {
            Some(at) if included => Bound::Included(Term::from_field_i64(f.created, at)),
            Some(at) => Bound::Excluded(Term::from_field_i64(f.created, at)),
            None => Bound::Unbounded,
        };
        let range = RangeQuery::new(bound(query.from, true), bound(query.until, false));
        clauses.push((Occur::Must, Box::new(BoostQuery::new(Box::new(range), 0.0))));
    }
    Some(clauses)
}

/// Runs `query` over what the `readable` groups hold (include [`super::index::EVERYONE`] for
/// articles for everyone): how many match, the items of `limit` of them from `offset`, and
/// the matches per type.
pub fn search_documents(
    index: &SearchIndex,
    query: &DocQuery,
    readable: &[i64],
    offset: usize,
    limit: usize,
) -> Result<Ranked> {
    let Some(base) = base_clauses(index, query, readable) else {
        return Ok(Ranked::default());
    };
    if readable.is_empty() {
        return Ok(Ranked::default());
    }
    let f = index.fields();
    let searcher = index.searcher();
    let failed = |e: tantivy::TantivyError| Error::Internal(format!("search: {e}"));
    let mut facets = FacetCollector::for_field("kind_facet");
    facets.add_facet(Facet::from("/kind"));
    let base_query = BooleanQuery::new(base.iter().map(|(o, q)| (*o, q.box_clone())).collect());
    let counts = searcher.search(&base_query, &facets).map_err(failed)?;
    let mut per_kind: Vec<(String, u64)> = counts
        .get("/kind")
        .map(|(facet, count)| {
            let kind = facet.to_path().last().map(|k| k.to_string());
            (kind.unwrap_or_default(), count)
        })
        .collect();
    per_kind.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut clauses = base;
    if !query.kinds.is_empty() {
        let kinds = query.kinds.iter().map(|k| Term::from_field_text(f.kind, k));
        clauses.push((Occur::Must, one_of(kinds)));
    }
    let query_all = BooleanQuery::new(clauses);
    let top = TopDocs::with_limit(limit.max(1)).and_offset(offset);
    let (addresses, total): (Vec<tantivy::DocAddress>, usize) = if query.newest_first {
        let by_date = top.order_by_fast_field::<i64>("created", Order::Desc);
        let (hits, count) = searcher
            .search(&query_all, &(by_date, Count))
            .map_err(failed)?;
        (hits.into_iter().map(|(_, a)| a).collect(), count)
    } else {
        let (hits, count) = searcher
            .search(&query_all, &(best_then_newest(top), Count))
            .map_err(failed)?;
        (hits.into_iter().map(|(_, a)| a).collect(), count)
    };
    Ok(Ranked {
        total,
        hits: items(&searcher, f.key, addresses)?,
        per_kind,
    })
}

/// Best match first, and of equal matches the newest.
fn best_then_newest(
    top: TopDocs,
) -> impl tantivy::collector::Collector<Fruit = Vec<((Score, i64), tantivy::DocAddress)>> {
    top.tweak_score(|segment: &tantivy::SegmentReader| {
        let created = segment
            .fast_fields()
            .i64("created")
            .ok()
            .map(|c| c.first_or_default_col(0));
        move |doc: tantivy::DocId, score: Score| {
            (score, created.as_ref().map_or(0, |c| c.get_val(doc)))
        }
    })
}

fn items(
    searcher: &tantivy::Searcher,
    key: tantivy::schema::Field,
    addresses: Vec<tantivy::DocAddress>,
) -> Result<Vec<Item>> {
    let mut out = Vec::with_capacity(addresses.len());
    for address in addresses {
        let doc: TantivyDocument = searcher
            .doc(address)
            .map_err(|e| Error::Internal(format!("search: {e}")))?;
        if let Some(item) = doc
            .get_first(key)
            .and_then(|v| v.as_str())
            .and_then(item_of)
        {
            out.push(item);
        }
    }
    Ok(out)
}
