//! The shape of the fictitious organisation, decided up front and deterministic for a seed:
//! who works where, who is in which group, and how activity grows month by month along the
//! adoption curve of seed 001 (few creators at first, a long tail of lurkers throughout).

use fastrand::Rng;

use super::corpus;

/// Milliseconds in a day.
pub use crate::activity::DAY_MS;
/// Days in a demo month.
pub const MONTH_DAYS: i64 = 30;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Number of members.
    pub members: usize,
    /// Months of history, ending today.
    pub months: u32,
    /// Seed for every random choice.
    pub seed: u64,
    /// Total posts (default: two per member per month).
    pub posts: u64,
    /// Average reactions per post.
    pub reactions_per_post: f64,
    /// Average comments per post.
    pub comments_per_post: f64,
}

/// One generated member.
#[derive(Debug, Clone)]
pub struct Member {
    /// Database id.
    pub id: i64,
    /// Shown name.
    pub name: String,
    /// Unique e-mail.
    pub email: String,
    /// `member`, `ambassador`, `community_manager` or `admin`.
    pub role: &'static str,
    /// Senior manager / role model.
    pub role_model: bool,
    /// Department (always set: it comes from the HR system).
    pub department: &'static str,
    /// Location, when filled in.
    pub location: &'static str,
    /// Job title, when filled in.
    pub job_title: &'static str,
    /// Bio, when written.
    pub bio: String,
    /// Expertise tags.
    pub expertise: Vec<&'static str>,
    /// Manager's id.
    pub manager: Option<i64>,
    /// When the account was created.
    pub joined_at: i64,
    /// How active this person is (heavy-tailed: a few very active, most lurk).
    pub weight: f64,
    /// How engaged, 0 to 1 (uniform): how often they come when they have come.
    pub engagement: f64,
    /// When they first came to Plein, along the adoption curve; `None` for the long tail that
    /// never comes (an account, never a visit).
    pub active_from: Option<i64>,
    /// Whether they uploaded a photo.
    pub photo: bool,
}

impl Member {
    /// Whether the member has come to Plein by `at`.
    pub fn active_by(&self, at: i64) -> bool {
        self.active_from.is_some_and(|from| from <= at)
    }
}

/// Share of members who never come, however long the demo runs.
const NEVER_COME: f64 = 0.18;
/// Share of those who come that fill in their whole profile.
const DILIGENT: f64 = 0.7;

/// One generated group.
#[derive(Debug, Clone)]
pub struct Group {
    /// Database id.
    pub id: i64,
    /// Unique name.
    pub name: String,
    /// Description.
    pub description: String,
    /// `open`, `closed` or `secret`.
    pub visibility: &'static str,
    /// Archived at, for a few old groups.
    pub archived_at: Option<i64>,
    /// When it was started.
    pub created_at: i64,
    /// Member indexes; the first is the creator and admin.
    pub members: Vec<usize>,
}

/// The organisation: members, groups and who follows whom.
pub struct Organisation {
    /// Members, index = position.
    pub members: Vec<Member>,
    /// Groups.
    pub groups: Vec<Group>,
    /// `(follower index, followee index)`.
    pub follows: Vec<(usize, usize)>,
    /// Groups of each member (indexes into `groups`).
    pub groups_of: Vec<Vec<usize>>,
}

fn pick<'a>(rng: &mut Rng, items: &'a [&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

/// Index into `cumulative` (running sums of weights) for a uniform draw.
pub fn weighted_index(rng: &mut Rng, cumulative: &[f64]) -> usize {
    let total = cumulative.last().copied().unwrap_or(0.0);
    let target = rng.f64() * total;
    cumulative
        .partition_point(|c| *c <= target)
        .min(cumulative.len().saturating_sub(1))
}

fn cumulative(weights: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut sum = 0.0;
    weights
        .map(|w| {
            sum += w;
            sum
        })
        .collect()
}

/// Builds the organisation. Ids start after `first_user_id` and `first_group_id`.
pub fn organisation(
    opts: &Options,
    start: i64,
    first_user_id: i64,
    first_group_id: i64,
) -> Organisation {
    let mut rng = Rng::with_seed(opts.seed);
    let months = i64::from(opts.months.max(1));
    let members: Vec<Member> = (0..opts.members)
        .map(|i| member(&mut rng, opts, i, first_user_id, start, months))
        .collect();
    let mut members = members;
    assign_roles_and_managers(&mut rng, &mut members);
    unique_names(&mut rng, &mut members);
    let groups = groups(&mut rng, opts, &members, start, months, first_group_id);
    let mut groups_of = vec![Vec::new(); members.len()];
    for (g, group) in groups.iter().enumerate() {
        for &m in &group.members {
            groups_of[m].push(g);
        }
    }
    let follows = follows(&mut rng, &members);
    Organisation {
        members,
        groups,
        follows,
        groups_of,
    }
}

fn member(
    rng: &mut Rng,
    opts: &Options,
    i: usize,
    first_id: i64,
    start: i64,
    months: i64,
) -> Member {
    let first = pick(rng, corpus::FIRST_NAMES);
    let last = pick(rng, corpus::LAST_NAMES);
    let engaged = rng.f64();
    let filled = |rng: &mut Rng, p: f64| rng.f64() < p;
    let launch = rng.f64() < 0.6;
    let joined_day = if launch {
        rng.i64(0..14)
    } else {
        rng.i64(0..months * MONTH_DAYS)
    };
    let joined_at = start + joined_day * DAY_MS + rng.i64(0..DAY_MS);
    let active_from = (rng.f64() >= NEVER_COME).then(|| {
        let adopted = adoption_day(rng, months);
        joined_at.max(start + adopted * DAY_MS + rng.i64(0..DAY_MS))
    });
    // Those who come mostly complete their profile; the rest fill in a part, the long tail
    // only what HR filled in for them.
    let diligent = active_from.is_some() && rng.f64() < DILIGENT;
    let share = |p: f64| {
        if diligent {
            1.0
        } else if active_from.is_some() {
            p
        } else {
            0.0
        }
    };
    let expertise_count = if filled(rng, share(0.3 + 0.4 * engaged)) {
        rng.usize(1..5)
    } else {
        0
    };
    let mut expertise: Vec<&'static str> = (0..expertise_count)
        .map(|_| corpus::EXPERTISE[rng.usize(..corpus::EXPERTISE.len())])
        .collect();
    expertise.sort_unstable();
    expertise.dedup();
    let local = format!("{first}.{last}")
        .to_lowercase()
        .replace(' ', "")
        .replace('ë', "e")
        .replace('\'', "");
    Member {
        id: first_id + i as i64,
        name: format!("{first} {last}"),
        email: format!("{local}.{}.{i}@voorbeeld.nl", opts.seed),
        role: "member",
        role_model: false,
        department: corpus::DEPARTMENTS[rng.usize(..corpus::DEPARTMENTS.len())],
        location: if filled(rng, share(0.4 + 0.3 * engaged)) {
            corpus::LOCATIONS[rng.usize(..corpus::LOCATIONS.len())]
        } else {
            ""
        },
        job_title: if diligent || filled(rng, 0.6) {
            corpus::JOB_TITLES[rng.usize(..corpus::JOB_TITLES.len())]
        } else {
            ""
        },
        bio: if filled(rng, share(0.1 + 0.3 * engaged)) {
            format!(
                "Werkt bij {} en houdt van {}.",
                "de organisatie",
                pick(rng, corpus::TOPICS).to_lowercase()
            )
        } else {
            String::new()
        },
        expertise,
        manager: None,
        joined_at,
        // Heavy tail: most people barely post, a few post a lot (the 90-9-1 lens).
        weight: engaged.powi(20) + 0.002,
        engagement: engaged,
        photo: filled(rng, share(0.3)),
        active_from,
    }
}

/// The day (from the start) a member first comes: drawn along the adoption curve, so reach
/// grows month by month.
fn adoption_day(rng: &mut Rng, months: i64) -> i64 {
    let months_u = u32::try_from(months).unwrap_or(12).max(1);
    let draw = rng.f64();
    let mut cumulative = 0.0;
    for m in 0..months_u {
        cumulative += adoption_share(m, months_u);
        if draw <= cumulative {
            return i64::from(m) * MONTH_DAYS + rng.i64(0..MONTH_DAYS);
        }
    }
    months * MONTH_DAYS - 1
}

/// Makes every name unique (the directory of a real organisation rarely has two identical
/// names; a demo with four "Anne de Jong"s looks fake): a repeated name gets a middle initial.
fn unique_names(rng: &mut Rng, members: &mut [Member]) {
    let mut seen = std::collections::HashSet::new();
    for member in members.iter_mut() {
        let mut name = member.name.clone();
        while !seen.insert(name.clone()) {
            let initial = char::from(b'A' + rng.u8(0..26));
            let (first, last) = member.name.split_once(' ').unwrap_or((&member.name, ""));
            name = format!("{first} {initial}. {last}");
        }
        member.name = name;
    }
}

fn assign_roles_and_managers(rng: &mut Rng, members: &mut [Member]) {
    let n = members.len();
    if n == 0 {
        return;
    }
    members[0].role = "admin";
    members[0].name = "Demo Beheerder".into();
    let managers = (n / 12).max(1);
    for i in 0..n {
        let share = rng.f64();
        if i > 0 && share < 0.012 {
            members[i].role = "ambassador";
            members[i].weight += 0.3;
        } else if i > 0 && share < 0.015 {
            members[i].role = "community_manager";
            members[i].weight += 0.4;
        }
        if i < managers && rng.f64() < 0.25 {
            members[i].role_model = true;
        }
        let complete = members[i].photo && !members[i].bio.is_empty();
        if i >= managers && (complete || rng.f64() < 0.5) {
            members[i].manager = Some(members[rng.usize(..managers)].id);
        }
        if members[i].role != "member" {
            // The team and its ambassadors are there from the start.
            members[i].active_from = Some(members[i].joined_at);
        }
    }
    ensure_role(members, "community_manager", 2, 0.4);
    ensure_role(members, "ambassador", 2, 0.3);
}

/// Makes sure a small organisation still has `at_least` members with `role` (a community is
/// never run by nobody): the first plain members after the administrator get it.
fn ensure_role(members: &mut [Member], role: &'static str, at_least: usize, weight: f64) {
    let mut have = members.iter().filter(|m| m.role == role).count();
    for member in members.iter_mut().skip(1) {
        if have >= at_least {
            break;
        }
        if member.role == "member" {
            member.role = role;
            member.weight += weight;
            member.active_from = Some(member.joined_at);
            have += 1;
        }
    }
}

fn groups(
    rng: &mut Rng,
    opts: &Options,
    members: &[Member],
    start: i64,
    months: i64,
    first_id: i64,
) -> Vec<Group> {
    let count = (opts.members / 40).clamp(8, 2_000);
    let popularity = cumulative(members.iter().map(|m| m.weight + 0.05));
    (0..count)
        .map(|g| {
            let topic = corpus::TOPICS[g % corpus::TOPICS.len()];
            let name = if g < corpus::TOPICS.len() {
                topic.to_string()
            } else {
                format!("{topic} {}", g / corpus::TOPICS.len() + 1)
            };
            let visibility = match rng.f64() {
                x if x < 0.7 => "open",
                x if x < 0.9 => "closed",
                _ => "secret",
            };
            // Zipf-like sizes: a few big groups, many small ones.
            let size = ((opts.members as f64 * 0.5) / (g as f64 + 1.0).powf(0.9))
                .clamp(3.0, opts.members as f64) as usize;
            let creator = weighted_index(rng, &popularity);
            let mut chosen = vec![creator];
            for _ in 0..size.saturating_mul(2) {
                if chosen.len() >= size {
                    break;
                }
                let m = if rng.bool() {
                    weighted_index(rng, &popularity)
                } else {
                    rng.usize(..members.len())
                };
                if !chosen.contains(&m) {
                    chosen.push(m);
                }
            }
            let created_at = start + rng.i64(0..(months * MONTH_DAYS / 2).max(1)) * DAY_MS;
            let archived = g > 5 && rng.f64() < 0.05;
            Group {
                id: first_id + g as i64,
                description: format!(
                    "Alles over {} — voor iedereen die wil meedoen.",
                    topic.to_lowercase()
                ),
                name,
                visibility,
                archived_at: archived.then(|| created_at + (months * MONTH_DAYS / 2) * DAY_MS),
                created_at,
                members: chosen,
            }
        })
        .collect()
}

fn follows(rng: &mut Rng, members: &[Member]) -> Vec<(usize, usize)> {
    let popularity = cumulative(members.iter().map(|m| m.weight + 0.01));
    let mut edges = Vec::new();
    for follower in 0..members.len() {
        let count = rng.usize(0..4);
        let mut seen = Vec::with_capacity(count);
        for _ in 0..count {
            let followee = weighted_index(rng, &popularity);
            if followee != follower && !seen.contains(&followee) {
                seen.push(followee);
                edges.push((follower, followee));
            }
        }
    }
    edges
}

/// The share of all posts written in month `m` of `months`: a logistic adoption curve.
pub fn adoption_share(m: u32, months: u32) -> f64 {
    let curve = |x: f64| 1.0 / (1.0 + (-(x - 0.5) * 8.0).exp());
    let total: f64 = (0..months)
        .map(|i| curve((f64::from(i) + 0.5) / f64::from(months)))
        .sum();
    curve((f64::from(m) + 0.5) / f64::from(months)) / total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(members: usize) -> Options {
        Options {
            members,
            months: 12,
            seed: 7,
            posts: 1000,
            reactions_per_post: 3.0,
            comments_per_post: 1.0,
        }
    }

    #[test]
    fn same_seed_same_organisation() {
        let a = organisation(&opts(300), 0, 1, 1);
        let b = organisation(&opts(300), 0, 1, 1);
        assert_eq!(
            a.members.iter().map(|m| &m.email).collect::<Vec<_>>(),
            b.members.iter().map(|m| &m.email).collect::<Vec<_>>()
        );
        assert_eq!(
            a.groups.iter().map(|g| g.members.len()).collect::<Vec<_>>(),
            b.groups.iter().map(|g| g.members.len()).collect::<Vec<_>>()
        );
        let c = organisation(
            &Options {
                seed: 8,
                ..opts(300)
            },
            0,
            1,
            1,
        );
        assert_ne!(a.members[5].email, c.members[5].email);
    }

    #[test]
    fn organisation_has_realistic_shape() {
        let org = organisation(&opts(2000), 0, 1, 1);
        let emails: std::collections::HashSet<_> = org.members.iter().map(|m| &m.email).collect();
        assert_eq!(emails.len(), 2000, "e-mails are unique");
        assert_eq!(org.members[0].role, "admin");
        assert!(org.members.iter().any(|m| m.role == "ambassador"));
        assert!(org.groups.iter().any(|g| g.visibility == "secret"));
        let biggest = org
            .groups
            .iter()
            .map(|g| g.members.len())
            .max()
            .unwrap_or(0);
        let smallest = org
            .groups
            .iter()
            .map(|g| g.members.len())
            .min()
            .unwrap_or(0);
        assert!(
            biggest > 10 * smallest,
            "group sizes are skewed: {biggest} vs {smallest}"
        );
        let names: std::collections::HashSet<_> =
            org.groups.iter().map(|g| g.name.to_lowercase()).collect();
        assert_eq!(names.len(), org.groups.len(), "group names are unique");
    }

    #[test]
    fn adoption_grows_and_sums_to_one() {
        let shares: Vec<f64> = (0..12).map(|m| adoption_share(m, 12)).collect();
        assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(shares.windows(2).all(|w| w[0] < w[1]));
        assert!(shares[11] > 5.0 * shares[0]);
    }
}
