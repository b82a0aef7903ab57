//! A search as the index runs it: the words of what was typed (never query syntax, so no
//! input is an error), each found by its Dutch or English stem, as typed (diacritics folded),
//! a small typo away when long enough, or as the start of a word when it is the last one; all
//! words must match. Only posts of the groups the viewer may read count, in the results and in
//! the total alike.

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery, TermSetQuery,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Order, TantivyDocument, Term};

use super::index::{DUTCH, ENGLISH, PLAIN, SearchIndex};
use crate::error::{Error, Result};

/// The most words of a search that count.
const MAX_WORDS: usize = 12;

/// What the index is asked.
#[derive(Debug, Clone, Default)]
pub struct PostQuery {
    /// What was typed.
    pub text: String,
    /// Only posts of this type (stored form).
    pub kind: Option<String>,
    /// Only posts of this group (already known to be readable).
    pub group: Option<i64>,
    /// Newest first instead of best first.
    pub newest_first: bool,
}

/// The words of `text` as the plain analyzer reads them (lower-cased, folded), at most
/// [`MAX_WORDS`], each once.
pub fn words(index: &SearchIndex, text: &str) -> Vec<String> {
    let mut words = tokens(index, PLAIN, text);
    let mut seen = std::collections::BTreeSet::new();
    words.retain(|w| seen.insert(w.clone()));
    words.truncate(MAX_WORDS);
    words
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

/// Runs `query` over the posts of `readable` groups: how many match in all, and the ids of
/// `limit` of them from `offset`.
pub fn search_posts(
    index: &SearchIndex,
    query: &PostQuery,
    readable: &[i64],
    offset: usize,
    limit: usize,
) -> Result<(usize, Vec<i64>)> {
    let words = words(index, &query.text);
    if words.is_empty() || readable.is_empty() {
        return Ok((0, Vec::new()));
    }
    let f = index.fields();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = words
        .iter()
        .enumerate()
        .map(|(i, w)| (Occur::Must, word_clause(index, w, i + 1 == words.len())))
        .collect();
    let groups = readable.iter().map(|&g| Term::from_field_i64(f.group, g));
    clauses.push((Occur::Must, Box::new(TermSetQuery::new(groups))));
    if let Some(group) = query.group {
        clauses.push((
            Occur::Must,
            term_query(Term::from_field_i64(f.group, group), 0.0),
        ));
    }
    if let Some(kind) = &query.kind {
        clauses.push((
            Occur::Must,
            term_query(Term::from_field_text(f.kind, kind), 0.0),
        ));
    }
    let query_all = BooleanQuery::new(clauses);
    let searcher = index.searcher();
    let failed = |e: tantivy::TantivyError| Error::Internal(format!("search: {e}"));
    let top = TopDocs::with_limit(limit.max(1)).and_offset(offset);
    let (addresses, count): (Vec<tantivy::DocAddress>, usize) = if query.newest_first {
        let by_date = top.order_by_fast_field::<i64>("created", Order::Desc);
        let (hits, count) = searcher
            .search(&query_all, &(by_date, Count))
            .map_err(failed)?;
        (hits.into_iter().map(|(_, a)| a).collect(), count)
    } else {
        let (hits, count) = searcher.search(&query_all, &(top, Count)).map_err(failed)?;
        (hits.into_iter().map(|(_, a)| a).collect(), count)
    };
    ids(&searcher, f.id, addresses, count)
}

fn ids(
    searcher: &tantivy::Searcher,
    id: tantivy::schema::Field,
    addresses: Vec<tantivy::DocAddress>,
    count: usize,
) -> Result<(usize, Vec<i64>)> {
    let mut out = Vec::with_capacity(addresses.len());
    for address in addresses {
        let doc: TantivyDocument = searcher
            .doc(address)
            .map_err(|e| Error::Internal(format!("search: {e}")))?;
        if let Some(value) = doc.get_first(id).and_then(|v| v.as_i64()) {
            out.push(value);
        }
    }
    Ok((count, out))
}
