//! Posts, comments and reactions, generated month by month so even a million posts never sit in
//! memory at once. Ids are assigned in time order, as the feeds expect.

use std::collections::HashMap;

use fastrand::Rng;

use super::corpus;
use super::plan::{DAY_MS, MONTH_DAYS, Options, Organisation, adoption_share, weighted_index};
use crate::posts::markdown;

/// A post to insert.
pub struct PostRow {
    /// Id.
    pub id: i64,
    /// Group id.
    pub group_id: i64,
    /// Author id.
    pub author_id: i64,
    /// `discussion` or `question` (texts that ask something).
    pub kind: &'static str,
    /// Markdown.
    pub body_md: String,
    /// Rendered HTML.
    pub body_html: String,
    /// Time.
    pub created_at: i64,
    /// For questions: when someone other than the asker first answered; for ideas: when the
    /// first response came.
    pub first_response_at: Option<i64>,
    /// For questions: the accepted answer.
    pub accepted_comment_id: Option<i64>,
    /// For calls for help: when the author marked it resolved.
    pub resolved_at: Option<i64>,
    /// For ideas: where it stands.
    pub idea_status: Option<&'static str>,
}

/// A written response that moved an idea.
pub struct IdeaResponseRow {
    /// The idea.
    pub post_id: i64,
    /// Who responded.
    pub author_id: i64,
    /// Status before.
    pub from_status: &'static str,
    /// Status after.
    pub to_status: &'static str,
    /// Markdown.
    pub body_md: String,
    /// Rendered HTML.
    pub body_html: String,
    /// Time.
    pub created_at: i64,
}

/// The details of an event post.
pub struct EventRow {
    /// The post.
    pub post_id: i64,
    /// Title.
    pub title: String,
    /// Start.
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
    /// Place.
    pub location: &'static str,
    /// Places, if limited.
    pub capacity: Option<i64>,
}

/// An answer to an event.
pub struct RsvpRow {
    /// The event's post.
    pub post_id: i64,
    /// Who answered.
    pub user_id: i64,
    /// `going` or `maybe`.
    pub answer: &'static str,
    /// When.
    pub answered_at: i64,
}

/// A comment to insert.
pub struct CommentRow {
    /// Id.
    pub id: i64,
    /// Post id.
    pub post_id: i64,
    /// Author id.
    pub author_id: i64,
    /// Markdown.
    pub body_md: String,
    /// Rendered HTML.
    pub body_html: String,
    /// Time.
    pub created_at: i64,
}

/// A reaction to insert.
pub struct ReactionRow {
    /// Post id.
    pub post_id: i64,
    /// Member id.
    pub user_id: i64,
    /// Reaction kind.
    pub kind: &'static str,
    /// Time.
    pub created_at: i64,
}

/// One month of activity.
#[derive(Default)]
pub struct MonthBatch {
    /// Posts.
    pub posts: Vec<PostRow>,
    /// Comments.
    pub comments: Vec<CommentRow>,
    /// Reactions.
    pub reactions: Vec<ReactionRow>,
    /// Responses to ideas.
    pub idea_responses: Vec<IdeaResponseRow>,
    /// Event details.
    pub events: Vec<EventRow>,
    /// Event answers.
    pub rsvps: Vec<RsvpRow>,
    /// Praise: (post, praised member).
    pub praised: Vec<(i64, i64)>,
    /// Polls: (post, closes at).
    pub polls: Vec<(i64, Option<i64>)>,
    /// Poll options: (id, post, position, label).
    pub poll_options: Vec<(i64, i64, i64, String)>,
    /// Poll votes: (option, member, post, time).
    pub poll_votes: Vec<(i64, i64, i64, i64)>,
    /// Announcements: (post, pinned until).
    pub announcements: Vec<(i64, Option<i64>)>,
    /// Announcements read: (post, member, time).
    pub announcement_reads: Vec<(i64, i64, i64)>,
}

/// Generates activity for one organisation.
pub struct Content<'a> {
    org: &'a Organisation,
    opts: &'a Options,
    rng: Rng,
    start: i64,
    next_post_id: i64,
    next_comment_id: i64,
    next_option_id: i64,
    group_weights: Vec<Vec<f64>>,
    html: HashMap<String, String>,
    /// Nothing is dated after this (responses to last month's posts stop at now).
    now: i64,
}

const KINDS: [&str; 5] = ["like", "like", "thanks", "celebrate", "insightful"];

impl<'a> Content<'a> {
    /// Prepares generation; ids continue after the given ones (posts, comments, poll options).
    pub fn new(
        org: &'a Organisation,
        opts: &'a Options,
        start: i64,
        next_ids: (i64, i64, i64),
    ) -> Self {
        let (next_post_id, next_comment_id, next_option_id) = next_ids;
        let group_weights = org
            .groups
            .iter()
            .map(|g| {
                let mut sum = 0.0;
                g.members
                    .iter()
                    .map(|&m| {
                        // Those who never come never react or reply either.
                        if org.members[m].active_from.is_some() {
                            sum += org.members[m].weight + 0.02;
                        }
                        sum
                    })
                    .collect()
            })
            .collect();
        Self {
            org,
            opts,
            rng: Rng::with_seed(opts.seed ^ 0x5eed),
            start,
            next_post_id,
            next_comment_id,
            next_option_id,
            group_weights,
            html: HashMap::new(),
            now: crate::db::now_ms(),
        }
    }

    fn render(&mut self, text: String) -> (String, String) {
        let html = self
            .html
            .entry(text.clone())
            .or_insert_with(|| markdown::render(&text))
            .clone();
        (text, html)
    }

    /// A post's kind and text template: about three in ten posts ask a question, one in twelve
    /// calls for help, and a few are ideas, events, praise, polls or announcements.
    fn post_kind(&mut self) -> (&'static [&'static str], &'static str) {
        match self.rng.f64() {
            x if x < 0.3 => (corpus::QUESTIONS, "question"),
            x if x < 0.38 => (corpus::CALLS, "call_for_help"),
            x if x < 0.44 => (corpus::IDEAS, "idea"),
            x if x < 0.47 => (corpus::EVENTS, "event"),
            x if x < 0.51 => (corpus::PRAISE, "praise"),
            x if x < 0.53 => (&[], "poll"),
            x if x < 0.54 => (corpus::ANNOUNCEMENTS, "announcement"),
            _ => (corpus::POSTS, "discussion"),
        }
    }

    /// One of `templates` with its placeholders filled in.
    fn fill(&mut self, templates: &[&str]) -> String {
        templates[self.rng.usize(..templates.len())]
            .replace(
                "{topic}",
                &corpus::TOPICS[self.rng.usize(..corpus::TOPICS.len())].to_lowercase(),
            )
            .replace(
                "{place}",
                corpus::LOCATIONS[self.rng.usize(..corpus::LOCATIONS.len() - 1)],
            )
            .replace(
                "{dept}",
                corpus::DEPARTMENTS[self.rng.usize(..corpus::DEPARTMENTS.len())],
            )
    }

    /// A count with the given mean and a long tail (geometric).
    fn tail_count(&mut self, mean: f64) -> usize {
        let p = mean / (1.0 + mean);
        let mut n = 0;
        while self.rng.f64() < p && n < 200 {
            n += 1;
        }
        n
    }

    /// Generates month `m` (0 = oldest).
    pub fn month(&mut self, m: u32) -> MonthBatch {
        let month_start = self.start + i64::from(m) * MONTH_DAYS * DAY_MS;
        let month_end = month_start + MONTH_DAYS * DAY_MS;
        let eligible: Vec<usize> = (0..self.org.members.len())
            .filter(|&i| {
                self.org.members[i].active_by(month_end) && !self.org.groups_of[i].is_empty()
            })
            .collect();
        let mut sum = 0.0;
        let weights: Vec<f64> = eligible
            .iter()
            .map(|&i| {
                sum += self.org.members[i].weight;
                sum
            })
            .collect();
        let target =
            (self.opts.posts as f64 * adoption_share(m, self.opts.months)).round() as usize;
        let mut drafts = Vec::with_capacity(target);
        let mut attempts = 0;
        while drafts.len() < target && attempts < target * 4 + 10 && !eligible.is_empty() {
            attempts += 1;
            let author = eligible[weighted_index(&mut self.rng, &weights)];
            let groups = &self.org.groups_of[author];
            let g = groups[self.rng.usize(..groups.len())];
            let group = &self.org.groups[g];
            let earliest = month_start
                .max(self.org.members[author].active_from.unwrap_or(month_end))
                .max(group.created_at);
            let latest = group.archived_at.map_or(month_end, |a| a.min(month_end));
            if earliest >= latest {
                continue;
            }
            drafts.push((self.rng.i64(earliest..latest), g, author));
        }
        drafts.sort_unstable_by_key(|d| d.0);
        let mut batch = MonthBatch::default();
        for (created_at, g, author) in drafts {
            self.emit_post(&mut batch, created_at, g, author);
        }
        batch
    }

    fn emit_post(&mut self, batch: &mut MonthBatch, created_at: i64, g: usize, author: usize) {
        let id = self.next_post_id;
        self.next_post_id += 1;
        let (templates, kind) = self.post_kind();
        let group_id = self.org.groups[g].id;
        let mut text = match kind {
            "poll" => self.emit_poll(batch, id, g, created_at),
            _ => self.fill(templates),
        };
        let author_id = if kind == "announcement" {
            self.emit_announcement(batch, id, g, created_at);
            self.org.members[self.org.groups[g].members[0]].id
        } else {
            self.org.members[author].id
        };
        if kind == "praise" {
            let praised = &self.org.members[self.group_member(g)];
            let praised_id = (praised.id != author_id).then_some(praised.id);
            let mention = match praised_id {
                Some(id) => format!("@[{}](/people/{id})", praised.name),
                None => "iedereen".into(),
            };
            text = text.replace("{name}", &mention);
            batch.praised.extend(praised_id.map(|p| (id, p)));
        }
        if kind == "event" {
            self.emit_event(batch, id, g, created_at, &text);
        }
        let (body_md, body_html) = self.render(text);
        let comments = self.tail_count(self.opts.comments_per_post);
        let mut at = created_at;
        let mut first_answer: Option<(i64, i64)> = None;
        for _ in 0..comments {
            at += self.rng.i64(60_000..DAY_MS);
            if at > self.now {
                break;
            }
            let who = self.org.members[self.active_member(g, at)].id;
            let text = corpus::COMMENTS[self.rng.usize(..corpus::COMMENTS.len())].to_string();
            let (body_md, body_html) = self.render(text);
            if who != author_id && first_answer.is_none() {
                first_answer = Some((self.next_comment_id, at));
            }
            batch.comments.push(CommentRow {
                id: self.next_comment_id,
                post_id: id,
                author_id: who,
                body_md,
                body_html,
                created_at: at,
            });
            self.next_comment_id += 1;
        }
        let question = kind == "question";
        let first_response_at = first_answer.filter(|_| question).map(|(_, at)| at);
        let accepted_comment_id = first_answer
            .filter(|_| question && self.rng.bool())
            .map(|(comment, _)| comment);
        let resolved_at = (kind == "call_for_help" && self.rng.f64() < 0.6)
            .then(|| created_at + self.rng.i64(3_600_000..10 * DAY_MS))
            .filter(|&at| at <= self.now);
        let (idea_status, idea_response_at) = if kind == "idea" {
            let (status, first) = self.emit_idea(batch, id, g, created_at);
            (Some(status), first)
        } else {
            (None, None)
        };
        let first_response_at = first_response_at.or(idea_response_at);
        batch.posts.push(PostRow {
            resolved_at,
            idea_status,
            id,
            group_id,
            author_id,
            kind,
            body_md,
            body_html,
            created_at,
            first_response_at,
            accepted_comment_id,
        });
        let wanted = self
            .tail_count(self.opts.reactions_per_post)
            .min(self.org.groups[g].members.len());
        let mut reactors: Vec<usize> = Vec::with_capacity(wanted);
        for _ in 0..wanted * 3 {
            if reactors.len() >= wanted {
                break;
            }
            let who = self.active_member(g, created_at);
            if !reactors.contains(&who) {
                reactors.push(who);
            }
        }
        for who in reactors {
            let at = created_at + self.rng.i64(60_000..2 * DAY_MS);
            if at > self.now {
                continue;
            }
            batch.reactions.push(ReactionRow {
                post_id: id,
                user_id: self.org.members[who].id,
                kind: KINDS[self.rng.usize(..KINDS.len())],
                created_at: at,
            });
        }
    }

    /// An idea's status and the responses that moved it there, by the group's admin: most
    /// ideas get an answer, some wait. Returns the status and when the first response came.
    fn emit_idea(
        &mut self,
        batch: &mut MonthBatch,
        id: i64,
        g: usize,
        created_at: i64,
    ) -> (&'static str, Option<i64>) {
        let path: &[&'static str] = match self.rng.f64() {
            x if x < 0.3 => &[],
            x if x < 0.5 => &["under_review"],
            x if x < 0.65 => &["under_review", "planned"],
            x if x < 0.82 => &["planned", "implemented"],
            _ => &["declined"],
        };
        let responder = self.org.members[self.org.groups[g].members[0]].id;
        let (mut from, mut at) = ("new", created_at);
        let mut first = None;
        for &to in path {
            at += self.rng.i64(3_600_000..20 * DAY_MS);
            if at > self.now {
                break;
            }
            first = first.or(Some(at));
            let text = self.fill(corpus::IDEA_RESPONSES);
            let (body_md, body_html) = self.render(text);
            batch.idea_responses.push(IdeaResponseRow {
                post_id: id,
                author_id: responder,
                from_status: from,
                to_status: to,
                body_md,
                body_html,
                created_at: at,
            });
            from = to;
        }
        (from, first)
    }

    /// An event's details and its answers: a start one to four weeks after the post, some with
    /// limited places, members of the group going or perhaps coming.
    fn emit_event(
        &mut self,
        batch: &mut MonthBatch,
        id: i64,
        g: usize,
        created_at: i64,
        title: &str,
    ) {
        let hour = 3_600_000;
        let starts_at = (created_at + self.rng.i64(7 * DAY_MS..28 * DAY_MS)) / hour * hour;
        let capacity = self.rng.bool().then(|| self.rng.i64(8..40));
        batch.events.push(EventRow {
            post_id: id,
            title: title.chars().take(150).collect(),
            starts_at,
            ends_at: starts_at + self.rng.i64(1..4) * hour,
            location: corpus::LOCATIONS[self.rng.usize(..corpus::LOCATIONS.len() - 1)],
            capacity,
        });
        let wanted = self.tail_count(8.0).min(self.org.groups[g].members.len());
        let mut answered: Vec<i64> = Vec::with_capacity(wanted);
        for _ in 0..wanted * 3 {
            if answered.len() >= wanted {
                break;
            }
            let who = self.org.members[self.active_member(g, created_at)].id;
            if !answered.contains(&who) {
                answered.push(who);
                let until = starts_at.min(self.now).max(created_at + 1);
                batch.rsvps.push(RsvpRow {
                    post_id: id,
                    user_id: who,
                    answer: if self.rng.f64() < 0.75 {
                        "going"
                    } else {
                        "maybe"
                    },
                    answered_at: self.rng.i64(created_at..until),
                });
            }
        }
    }

    /// A poll's question (returned as the post text), options and votes; a third close after a
    /// week.
    fn emit_poll(&mut self, batch: &mut MonthBatch, id: i64, g: usize, created_at: i64) -> String {
        let (question, options) = corpus::POLLS[self.rng.usize(..corpus::POLLS.len())];
        let closes_at = (self.rng.f64() < 0.33).then_some(created_at + 7 * DAY_MS);
        batch.polls.push((id, closes_at));
        let first_option = self.next_option_id;
        for (position, label) in options.iter().enumerate() {
            batch.poll_options.push((
                self.next_option_id,
                id,
                position as i64,
                (*label).to_string(),
            ));
            self.next_option_id += 1;
        }
        let wanted = self.tail_count(10.0).min(self.org.groups[g].members.len());
        let mut voters: Vec<i64> = Vec::with_capacity(wanted);
        for _ in 0..wanted * 3 {
            if voters.len() >= wanted {
                break;
            }
            let who = self.org.members[self.active_member(g, created_at)].id;
            if !voters.contains(&who) {
                voters.push(who);
                let option = first_option + self.rng.i64(0..options.len() as i64);
                let at = created_at + self.rng.i64(60_000..6 * DAY_MS);
                if at <= self.now {
                    batch.poll_votes.push((option, who, id, at));
                }
            }
        }
        self.fill(&[question])
    }

    /// An announcement by the group's admin, pinned for two weeks, read by part of the group.
    fn emit_announcement(&mut self, batch: &mut MonthBatch, id: i64, g: usize, created_at: i64) {
        batch
            .announcements
            .push((id, Some(created_at + 14 * DAY_MS)));
        let members = &self.org.groups[g].members;
        let readers = members.len() * self.rng.usize(30..90) / 100;
        for &m in members.iter().take(readers) {
            let at = created_at + self.rng.i64(60_000..10 * DAY_MS);
            if at <= self.now && self.org.members[m].active_by(at) {
                batch
                    .announcement_reads
                    .push((id, self.org.members[m].id, at));
            }
        }
    }

    /// A member of group `g` who has come to Plein by `at`, drawn by engagement (the group's
    /// admin when nobody has).
    fn active_member(&mut self, g: usize, at: i64) -> usize {
        for _ in 0..6 {
            let who = self.group_member(g);
            if self.org.members[who].active_by(at) {
                return who;
            }
        }
        self.org.groups[g].members[0]
    }

    fn group_member(&mut self, g: usize) -> usize {
        let index = weighted_index(&mut self.rng, &self.group_weights[g]);
        self.org.groups[g].members[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::plan::organisation;

    #[test]
    fn months_grow_and_ids_follow_time() {
        let opts = Options {
            members: 400,
            months: 6,
            seed: 3,
            posts: 3000,
            reactions_per_post: 4.0,
            comments_per_post: 1.5,
        };
        let org = organisation(&opts, 0, 1, 1);
        let mut content = Content::new(&org, &opts, 0, (1, 1, 1));
        let first = content.month(0);
        let last = content.month(5);
        assert!(
            last.posts.len() > 3 * first.posts.len(),
            "{} vs {}",
            last.posts.len(),
            first.posts.len()
        );
        assert!(
            last.posts
                .windows(2)
                .all(|w| w[0].id < w[1].id && w[0].created_at <= w[1].created_at)
        );
        assert!(first.posts.last().map(|p| p.id) < last.posts.first().map(|p| p.id));
        let mut pairs: Vec<_> = last
            .reactions
            .iter()
            .map(|r| (r.post_id, r.user_id))
            .collect();
        let n = pairs.len();
        pairs.sort_unstable();
        pairs.dedup();
        assert_eq!(n, pairs.len(), "one reaction per member per post");
        assert!(!last.comments.is_empty());
        let questions: Vec<_> = last.posts.iter().filter(|p| p.kind == "question").collect();
        assert!(
            questions.len() > last.posts.len() / 10,
            "some posts ask something"
        );
        assert!(
            questions.iter().any(|q| q.first_response_at.is_none()),
            "some stay unanswered"
        );
        assert!(
            questions.iter().any(|q| q.accepted_comment_id.is_some()),
            "some get an accepted answer"
        );
        for q in &questions {
            assert!(q.first_response_at.is_none_or(|t| t > q.created_at));
            if let Some(accepted) = q.accepted_comment_id {
                let answer = last
                    .comments
                    .iter()
                    .find(|c| c.id == accepted)
                    .expect("accepted answer exists");
                assert_eq!(answer.post_id, q.id);
                assert_ne!(answer.author_id, q.author_id);
            }
        }
        let calls: Vec<_> = last
            .posts
            .iter()
            .filter(|p| p.kind == "call_for_help")
            .collect();
        assert!(
            calls.iter().any(|c| c.resolved_at.is_some())
                && calls.iter().any(|c| c.resolved_at.is_none())
        );
        assert!(
            calls
                .iter()
                .all(|c| c.resolved_at.is_none_or(|t| t > c.created_at))
        );
        let statuses: std::collections::HashSet<_> =
            last.posts.iter().filter_map(|p| p.idea_status).collect();
        for status in ["new", "under_review", "planned", "implemented", "declined"] {
            assert!(statuses.contains(status), "ideas in every status: {status}");
        }
        for response in &last.idea_responses {
            let idea = last
                .posts
                .iter()
                .find(|p| p.id == response.post_id)
                .expect("idea");
            assert_eq!(idea.kind, "idea");
            assert!(response.created_at > idea.created_at);
        }
        assert!(!last.events.is_empty() && !last.rsvps.is_empty());
        for event in &last.events {
            assert!(event.ends_at > event.starts_at);
        }
        assert!(
            last.rsvps.iter().all(|r| last
                .events
                .iter()
                .any(|e| e.post_id == r.post_id && r.answered_at < e.starts_at)),
            "answers come before the event starts"
        );
        assert!(!last.praised.is_empty());
        let discussions = last.posts.iter().filter(|p| p.kind == "discussion");
        assert!(discussions.clone().count() > 0);
        assert!(
            discussions
                .into_iter()
                .all(|p| p.first_response_at.is_none()
                    && p.accepted_comment_id.is_none()
                    && p.resolved_at.is_none())
        );
    }
}
