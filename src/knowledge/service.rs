//! Knowledge-base rules: who may read an article (everyone, or the readers of its group — the
//! same access rule as posts), who may edit it (its owner, community managers, and for a group's
//! article that group's admins), categories (community managers), and turning an answered
//! question into an article without letting a closed group's content escape it.

use serde::Deserialize;

use super::entity::{article, category, revision};
use super::repo::{self, ArticleRow, NewArticle};
use crate::auth::Viewer;
use crate::db::{self, Db, is_unique_violation};
use crate::directory::access::Visibility;
use crate::error::{Error, Result};
use crate::groups::service::{self as groups, GroupView};
use crate::posts::kind::PostKind;
use crate::posts::{self as posts_repo, markdown, service as posts};
use crate::validate::Checks;

/// The article form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ArticleForm {
    /// Title.
    pub title: String,
    /// Markdown.
    pub body: String,
    /// Category id, or empty.
    pub category: String,
    /// The group whose readers may read it, or empty for everyone (new articles only).
    pub group: String,
    /// The question it is made from (new articles only).
    pub source_post: String,
}

/// Where a new article comes from and where it may be read.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The question, with its group's name.
    pub source: Option<(i64, String)>,
    /// The groups the viewer may limit it to: (id, name).
    pub groups: Vec<(i64, String)>,
    /// Whether "everyone" may be chosen (not for a question from a closed or secret group).
    pub everyone_allowed: bool,
}

fn may_manage_categories(viewer: &Viewer) -> bool {
    viewer.role.manages_community()
}

/// Adds a category (community managers).
pub async fn add_category(db: &Db, viewer: &Viewer, name: &str) -> Result<()> {
    if !may_manage_categories(viewer) {
        return Err(Error::Forbidden);
    }
    let mut checks = Checks::new();
    let name = checks.name("name", name, 1, 80);
    checks.finish()?;
    match repo::insert_category(db, &name).await {
        Ok(_) => Ok(()),
        Err(err) if is_unique_violation(&err) => {
            Err(Error::invalid("name", "error-category-taken"))
        }
        Err(err) => Err(err.into()),
    }
}

/// The categories, for menus.
pub async fn categories(db: &Db) -> Result<Vec<category::Model>> {
    Ok(repo::categories(db).await?)
}

/// A readable, answered question the viewer may turn into an article, with its answer's text.
async fn turnable_question(
    db: &Db,
    viewer: &Viewer,
    post_id: i64,
) -> Result<(crate::posts::post::Model, GroupView, String)> {
    let (post, group) = posts::readable_post(db, viewer, post_id).await?;
    if post.kind != PostKind::Question.as_str() {
        return Err(Error::invalid("source_post", "error-not-a-question"));
    }
    if !posts::may_accept(viewer, &post, &group) {
        return Err(Error::Forbidden);
    }
    let answer_id = post
        .accepted_comment_id
        .ok_or_else(|| Error::invalid("source_post", "error-no-accepted-answer"))?;
    let answer = posts_repo::find_comment(db, answer_id)
        .await?
        .ok_or_else(|| Error::invalid("source_post", "error-no-accepted-answer"))?;
    Ok((post, group, answer.body_md))
}

/// The title an article made from `question` starts with: its first line, without Markdown
/// heading marks, at most 200 characters.
pub fn title_from(question: &str) -> String {
    question
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect()
}

/// A new-article form, pre-filled from a question when `from` names one.
pub async fn draft(db: &Db, viewer: &Viewer, from: Option<i64>) -> Result<(ArticleForm, Origin)> {
    let Some(post_id) = from else {
        return Ok((ArticleForm::default(), origin(db, viewer, None).await?));
    };
    let (post, group, answer) = turnable_question(db, viewer, post_id).await?;
    let form = ArticleForm {
        title: title_from(&post.body_md),
        body: format!("{}\n\n---\n\n{}", post.body_md.trim(), answer.trim()),
        group: if group.access.visibility == Visibility::Open {
            String::new()
        } else {
            post.group_id.to_string()
        },
        source_post: post.id.to_string(),
        ..ArticleForm::default()
    };
    Ok((form, origin(db, viewer, Some((post.id, group))).await?))
}

async fn origin(db: &Db, viewer: &Viewer, source: Option<(i64, GroupView)>) -> Result<Origin> {
    let everyone_allowed = source
        .as_ref()
        .is_none_or(|(_, g)| g.access.visibility == Visibility::Open);
    let groups = match &source {
        Some((_, g)) if !everyone_allowed => vec![(g.group.id, g.group.name.clone())],
        _ => groups::memberships(db, viewer.id).await?,
    };
    Ok(Origin {
        source: source.map(|(id, g)| (id, g.group.name)),
        groups,
        everyone_allowed,
    })
}

fn parse_id(text: &str) -> Option<i64> {
    text.trim().parse().ok()
}

async fn check_category(db: &Db, checks: &mut Checks, text: &str) -> Result<Option<i64>> {
    let Some(id) = parse_id(text) else {
        return Ok(None);
    };
    if repo::find_category(db, id).await?.is_none() {
        checks.fail("category", "error-category-unknown");
        return Ok(None);
    }
    Ok(Some(id))
}

/// Creates an article; returns its id.
pub async fn create(db: &Db, viewer: &Viewer, form: &ArticleForm) -> Result<i64> {
    let mut checks = Checks::new();
    let title = checks.text("title", &form.title, 1, 200);
    let body = checks.text("body", &form.body, 1, posts::MAX_BODY);
    let category_id = check_category(db, &mut checks, &form.category).await?;
    let group_id = parse_id(&form.group);
    if let Some(group_id) = group_id {
        groups::readable(db, viewer, group_id).await?;
    }
    let source_post_id = parse_id(&form.source_post);
    if let Some(post_id) = source_post_id {
        let (post, group, _) = turnable_question(db, viewer, post_id).await?;
        let must_stay = group.access.visibility != Visibility::Open;
        if must_stay && group_id != Some(post.group_id) {
            checks.fail("group", "error-article-scope");
        }
    }
    checks.finish()?;
    let new = NewArticle {
        title,
        category_id,
        owner_id: viewer.id,
        group_id,
        source_post_id,
        body_html: markdown::render(&body),
        body_md: body,
    };
    Ok(repo::insert_article(db, new).await?)
}

/// A live article the viewer may read.
async fn readable_article(
    db: &Db,
    viewer: &Viewer,
    id: i64,
) -> Result<(article::Model, Option<GroupView>)> {
    let article = repo::find_article(db, id).await?.ok_or(Error::NotFound)?;
    let group = match article.group_id {
        Some(group_id) => Some(groups::readable(db, viewer, group_id).await?),
        None => None,
    };
    Ok((article, group))
}

fn may_edit(viewer: &Viewer, article: &article::Model, group: Option<&GroupView>) -> bool {
    viewer.id == article.owner_id
        || viewer.role.manages_community()
        || group.is_some_and(|g| g.access.can_manage())
}

/// Everything the article page shows.
#[derive(Debug, Clone)]
pub struct ArticlePage {
    /// The article.
    pub article: article::Model,
    /// Its category's name.
    pub category: Option<String>,
    /// Its owner's name.
    pub owner_name: String,
    /// The group it is limited to, by name.
    pub group_name: Option<String>,
    /// The question it was made from, when the viewer may read it.
    pub source: Option<i64>,
    /// Whether the viewer may edit it.
    pub can_edit: bool,
    /// How many earlier versions exist.
    pub revisions: u64,
}

/// The article page for the viewer; not found when they may not read it.
pub async fn page(db: &Db, viewer: &Viewer, id: i64) -> Result<ArticlePage> {
    let (article, group) = readable_article(db, viewer, id).await?;
    let category = match article.category_id {
        Some(cid) => repo::find_category(db, cid).await?.map(|c| c.name),
        None => None,
    };
    let owner_name = crate::people::service::active_user(db, article.owner_id)
        .await
        .map(|u| u.display_name)
        .unwrap_or_default();
    let source = match article.source_post_id {
        Some(post_id) => posts::readable_post(db, viewer, post_id)
            .await
            .ok()
            .map(|(p, _)| p.id),
        None => None,
    };
    Ok(ArticlePage {
        can_edit: may_edit(viewer, &article, group.as_ref()),
        category,
        owner_name,
        group_name: group.map(|g| g.group.name),
        source,
        revisions: repo::revision_count(db, article.id).await?,
        article,
    })
}

/// Edits an article (title, text, category); the previous version is kept.
pub async fn edit(db: &Db, viewer: &Viewer, id: i64, form: &ArticleForm) -> Result<()> {
    let (article, group) = readable_article(db, viewer, id).await?;
    if !may_edit(viewer, &article, group.as_ref()) {
        return Err(Error::Forbidden);
    }
    let mut checks = Checks::new();
    let title = checks.text("title", &form.title, 1, 200);
    let body = checks.text("body", &form.body, 1, posts::MAX_BODY);
    let category_id = check_category(db, &mut checks, &form.category).await?;
    checks.finish()?;
    let html = markdown::render(&body);
    let tx = db::begin_write(db).await?;
    repo::update_article(&tx, article, viewer.id, (title, category_id, body, html)).await?;
    tx.commit().await?;
    Ok(())
}

/// The edit form of an article, filled with its current text.
pub async fn edit_form(db: &Db, viewer: &Viewer, id: i64) -> Result<ArticleForm> {
    let (article, group) = readable_article(db, viewer, id).await?;
    if !may_edit(viewer, &article, group.as_ref()) {
        return Err(Error::Forbidden);
    }
    Ok(ArticleForm {
        title: article.title,
        body: article.body_md,
        category: article
            .category_id
            .map(|c| c.to_string())
            .unwrap_or_default(),
        ..ArticleForm::default()
    })
}

/// An article's history, newest first.
pub async fn history(
    db: &Db,
    viewer: &Viewer,
    id: i64,
) -> Result<(article::Model, Vec<revision::Model>)> {
    let (article, _) = readable_article(db, viewer, id).await?;
    let revisions = repo::revisions(db, article.id).await?;
    Ok((article, revisions))
}

/// The articles the viewer may read, per category (uncategorised last).
pub async fn index(
    db: &Db,
    viewer: &Viewer,
) -> Result<Vec<(Option<category::Model>, Vec<ArticleRow>)>> {
    let rows = repo::readable(db, viewer.id, None).await?;
    let mut sections: Vec<(Option<category::Model>, Vec<ArticleRow>)> = repo::categories(db)
        .await?
        .into_iter()
        .map(|c| (Some(c), Vec::new()))
        .collect();
    sections.push((None, Vec::new()));
    for row in rows {
        let at = sections
            .iter()
            .position(|(c, _)| c.as_ref().map(|c| c.id) == row.category_id)
            .unwrap_or(sections.len() - 1);
        sections[at].1.push(row);
    }
    sections.retain(|(_, rows)| !rows.is_empty());
    Ok(sections)
}

/// Articles made from a question, that the viewer may read.
pub async fn made_from(db: &Db, viewer: &Viewer, post_id: i64) -> Result<Vec<ArticleRow>> {
    Ok(repo::readable(db, viewer.id, Some(post_id)).await?)
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn a_title_is_the_first_line_without_heading_marks() {
        assert_eq!(
            title_from("\n## Hoe vraag ik verlof aan?\nDetails"),
            "Hoe vraag ik verlof aan?"
        );
        assert_eq!(title_from(&"a".repeat(300)).chars().count(), 200);
        assert_eq!(title_from(""), "");
    }
}
