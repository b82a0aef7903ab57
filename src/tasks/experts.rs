//! Who could answer a question nobody answered, ranked by evidence and with the reasons shown:
//! expertise in their profile matching the question's #topics or its words, answers accepted in
//! the group and on the same topics, answers given in the group lately, and recent activity.
//! Never the asker, never someone who cannot read the group. A handful of small aggregate
//! queries, so the task page stays fast on a large community.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DbErr, Statement, Value};

use crate::db::dialect::numbered_placeholders;

/// Why someone is suggested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Their profile lists this expertise, matching the question.
    Expertise(String),
    /// Answers of theirs were accepted in this group.
    AcceptedInGroup(i64),
    /// Answers of theirs were accepted on questions with the same topics.
    AcceptedOnTopic(i64),
    /// They answered questions in this group in the last half year.
    AnsweredInGroup(i64),
    /// They were active in the last 30 days.
    RecentlyActive,
}

/// A suggested expert.
#[derive(Debug, Clone)]
pub struct Expert {
    /// The member.
    pub id: i64,
    /// Their name.
    pub name: String,
    /// The evidence, strongest first.
    pub reasons: Vec<Reason>,
    /// The score the ranking uses.
    pub score: i64,
}

/// The question a task is about.
pub struct Question<'a> {
    /// The post.
    pub post_id: i64,
    /// Its group.
    pub group_id: i64,
    /// Its author (never suggested).
    pub author_id: i64,
    /// Its text, for matching expertise by word.
    pub text: &'a str,
}

/// Most experts shown.
pub const SHOWN: usize = 8;
use crate::activity::DAY_MS;

async fn pairs(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<(i64, String)>, DbErr> {
    let backend = db.get_database_backend();
    let statement =
        Statement::from_sql_and_values(backend, numbered_placeholders(backend, sql), values);
    let rows = db.query_all_raw(statement).await?;
    rows.iter()
        .map(|row| {
            let id: i64 = row.try_get_by_index(0)?;
            let second = row
                .try_get_by_index::<String>(1)
                .or_else(|_| row.try_get_by_index::<i64>(1).map(|n| n.to_string()))?;
            Ok((id, second))
        })
        .collect()
}

/// The distinct words of a question that could be expertise tags.
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && w.chars().count() <= 40)
        .collect();
    out.sort();
    out.dedup();
    out.truncate(60);
    out
}

fn placeholders(n: usize) -> String {
    vec!["?"; n.max(1)].join(", ")
}

/// The ranked experts for `question` at `now` (on the organisation's day `today`); `readers`
/// keeps those who may read its group.
pub async fn rank(
    db: &impl ConnectionTrait,
    question: &Question<'_>,
    now: i64,
    today: i32,
) -> Result<Vec<Expert>, DbErr> {
    let mut evidence: HashMap<i64, (i64, Vec<Reason>)> = HashMap::new();
    let mut add = |id: i64, score: i64, reason: Reason| {
        let entry = evidence.entry(id).or_default();
        entry.0 += score;
        if !entry.1.contains(&reason) {
            entry.1.push(reason);
        }
    };
    let topic_tags = pairs(
        db,
        "SELECT e.user_id, e.label FROM user_expertise e JOIN post_topics t \
         ON t.topic_key = e.tag_key WHERE t.post_id = ?",
        vec![question.post_id.into()],
    )
    .await?;
    for (id, label) in topic_tags {
        add(id, 4, Reason::Expertise(label));
    }
    let words = words(question.text);
    if !words.is_empty() {
        let sql = format!(
            "SELECT user_id, label FROM user_expertise WHERE tag_key IN ({})",
            placeholders(words.len())
        );
        let values = words.iter().map(|w| w.as_str().into()).collect();
        for (id, label) in pairs(db, &sql, values).await? {
            add(id, 3, Reason::Expertise(label));
        }
    }
    let counted = |sql: &'static str, values: Vec<Value>| async move {
        let rows = pairs(db, sql, values).await?;
        Ok::<_, DbErr>(
            rows.into_iter()
                .filter_map(|(id, n)| n.parse::<i64>().ok().map(|n| (id, n)))
                .collect::<Vec<_>>(),
        )
    };
    let accepted_here = counted(
        "SELECT c.author_id, COUNT(*) FROM posts p JOIN comments c ON c.id = p.accepted_comment_id \
         WHERE p.group_id = ? AND p.kind = 'question' AND p.deleted_at IS NULL \
         AND c.deleted_at IS NULL AND c.hidden_at IS NULL GROUP BY c.author_id",
        vec![question.group_id.into()],
    )
    .await?;
    for (id, n) in accepted_here {
        add(id, 3 * n.min(4), Reason::AcceptedInGroup(n));
    }
    let accepted_on_topic = counted(
        "SELECT c.author_id, COUNT(DISTINCT p.id) FROM post_topics qt \
         JOIN post_topics t ON t.topic_key = qt.topic_key JOIN posts p ON p.id = t.post_id \
         JOIN comments c ON c.id = p.accepted_comment_id WHERE qt.post_id = ? AND p.id <> ? \
         AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND c.hidden_at IS NULL \
         GROUP BY c.author_id",
        vec![question.post_id.into(), question.post_id.into()],
    )
    .await?;
    for (id, n) in accepted_on_topic {
        add(id, 3 * n.min(4), Reason::AcceptedOnTopic(n));
    }
    let answered = counted(
        "SELECT c.author_id, COUNT(*) FROM comments c JOIN posts p ON p.id = c.post_id \
         WHERE p.group_id = ? AND p.kind = 'question' AND c.author_id <> p.author_id \
         AND c.created_at >= ? AND c.deleted_at IS NULL AND c.hidden_at IS NULL \
         AND p.deleted_at IS NULL GROUP BY c.author_id",
        vec![question.group_id.into(), (now - 180 * DAY_MS).into()],
    )
    .await?;
    for (id, n) in answered {
        add(id, n.min(5), Reason::AnsweredInGroup(n));
    }
    evidence.remove(&question.author_id);
    if evidence.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = evidence.keys().copied().collect();
    let id_list = placeholders(ids.len());
    let mut values: Vec<Value> = vec![true.into()];
    values.extend(ids.iter().map(|id| Value::from(*id)));
    let names = pairs(
        db,
        &format!("SELECT id, display_name FROM users WHERE active = ? AND id IN ({id_list})"),
        values,
    )
    .await?;
    let mut values: Vec<Value> = vec![(today - 29).into()];
    values.extend(ids.iter().map(|id| Value::from(*id)));
    let recent: Vec<i64> = pairs(
        db,
        &format!(
            "SELECT user_id, user_id FROM activity_members WHERE last_day >= ? AND user_id IN ({id_list})"
        ),
        values,
    )
    .await?
    .into_iter()
    .map(|(id, _)| id)
    .collect();
    let mut experts: Vec<Expert> = names
        .into_iter()
        .filter_map(|(id, name)| {
            let (mut score, mut reasons) = evidence.remove(&id)?;
            if recent.contains(&id) {
                score += 2;
                reasons.push(Reason::RecentlyActive);
            }
            Some(Expert {
                id,
                name,
                reasons,
                score,
            })
        })
        .collect();
    experts.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    Ok(experts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_the_possible_tags_of_a_question() {
        assert_eq!(
            words("Wie kent Excel-macro's of SQL? Of sql."),
            ["excel-macro", "kent", "sql", "wie"]
        );
    }
}
