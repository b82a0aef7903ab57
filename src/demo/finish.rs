//! What a community that has run for a while also has, made through the capabilities' own
//! services as a community manager would (so every rule, record and notification holds): a
//! knowledge base with articles (some made from answered questions), flags with moderation
//! decisions, highlights, the report of last month, last week's newsletter with its highlight
//! of the week, and a generated work queue. All of it is
//! dated now, nothing later.

use fastrand::Rng;
use sea_orm::{ConnectionTrait, Statement};

use crate::auth::{Role, Viewer};
use crate::db::{Db, now_ms};
use crate::error::{Error, Result};

/// Knowledge-base categories of the demo organisation.
const CATEGORIES: [&str; 4] = [
    "Werkwijzen",
    "IT en systemen",
    "HR en personeel",
    "Veelgestelde vragen",
];

/// Articles written by the community managers: (title, body).
const ARTICLES: [(&str, &str); 5] = [
    (
        "Zo werkt Plein: een korte rondleiding",
        "Plein is ons digitale plein. Je **volgt groepen** die bij je werk passen, stelt vragen \
         aan collega's en deelt wat goed gaat.\n\n- Zoek een groep via *Groepen*\n- Stel een \
         vraag met het type *Vraag*, dan zien experts hem\n- Geef een collega een compliment \
         met *Waardering*",
    ),
    (
        "Thuiswerken: afspraken en tips",
        "Je mag tot drie dagen per week thuiswerken, in overleg met je team. Zorg voor een goede \
         werkplek; de thuiswerkvergoeding vraag je aan via het HR-portaal.",
    ),
    (
        "Een vergaderruimte reserveren",
        "Ruimtes reserveer je in de agenda-app. Kies de locatie, het aantal personen en de tijd. \
         Annuleer op tijd als je de ruimte niet meer nodig hebt.",
    ),
    (
        "Wachtwoord vergeten of account geblokkeerd",
        "Bel de servicedesk of gebruik de selfservicepagina. Deel je wachtwoord nooit, ook niet \
         met collega's van ICT.",
    ),
    (
        "Nieuwe collega's: je eerste week",
        "Welkom! Vul je profiel aan, stel je voor in de groep *Nieuwe collega's* en vraag je \
         ambassadeur om een rondleiding.",
    ),
];

/// A community manager of the demo organisation, as the services know people.
async fn manager(db: &Db) -> Result<Viewer> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT id, display_name FROM users WHERE role = 'community_manager' ORDER BY id LIMIT 1",
        ))
        .await?
        .ok_or_else(|| Error::Internal("the demo has no community manager".into()))?;
    Ok(viewer(
        row.try_get_by_index(0)?,
        row.try_get_by_index(1)?,
        Role::CommunityManager,
    ))
}

fn viewer(id: i64, display_name: String, role: Role) -> Viewer {
    Viewer {
        id,
        display_name,
        role,
        role_model: false,
        community_moderator: false,
        locale: None,
        session_hash: String::new(),
    }
}

async fn ids(db: &Db, sql: &str) -> Result<Vec<i64>> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            sql.to_string(),
        ))
        .await?;
    rows.iter()
        .map(|row| row.try_get_by_index::<i64>(0).map_err(Error::from))
        .collect()
}

/// Adds the finishing touches to a freshly generated demo organisation.
pub async fn finish(db: &Db, seed: u64) -> Result<()> {
    let mut rng = Rng::with_seed(seed ^ 0xf1);
    let team = manager(db).await?;
    knowledge_base(db, &team).await?;
    moderation(db, &team, &mut rng).await?;
    highlights_and_report(db, &team, &mut rng).await?;
    newsletter(db, &team).await?;
    crate::tasks::service::generate(db, now_ms()).await?;
    Ok(())
}

async fn knowledge_base(db: &Db, team: &Viewer) -> Result<()> {
    for name in CATEGORIES {
        crate::knowledge::service::add_category(db, team, name).await?;
    }
    let categories = crate::knowledge::service::categories(db).await?;
    let category = |i: usize| {
        categories
            .get(i % categories.len())
            .map(|c| c.id.to_string())
    };
    for (i, (title, body)) in ARTICLES.into_iter().enumerate() {
        let form = crate::knowledge::service::ArticleForm {
            title: title.into(),
            body: body.into(),
            category: category(i).unwrap_or_default(),
            ..Default::default()
        };
        crate::knowledge::service::create(db, team, &form).await?;
    }
    // Answered questions become reusable knowledge (seed 001, Betrekken).
    let answered = ids(
        db,
        "SELECT p.id FROM posts p JOIN groups g ON g.id = p.group_id WHERE p.kind = 'question' \
         AND p.accepted_comment_id IS NOT NULL AND p.deleted_at IS NULL AND g.visibility = 'open' \
         AND g.archived_at IS NULL ORDER BY p.id DESC LIMIT 6",
    )
    .await?;
    for post in answered {
        let (mut form, _) = crate::knowledge::service::draft(db, team, Some(post)).await?;
        form.category = category(3).unwrap_or_default();
        crate::knowledge::service::create(db, team, &form).await?;
    }
    Ok(())
}

async fn moderation(db: &Db, team: &Viewer, rng: &mut Rng) -> Result<()> {
    use crate::moderation::action::Target;
    use crate::moderation::service::{ActForm, FlagForm, RatingForm, act, flag};
    // Members flag a few recent posts in open groups they belong to.
    let backend = db.get_database_backend();
    let posts = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT p.id, p.group_id, p.author_id FROM posts p \
             JOIN groups g ON g.id = p.group_id AND g.visibility = 'open' AND g.archived_at IS NULL \
             WHERE p.deleted_at IS NULL AND p.kind = 'discussion' ORDER BY p.id DESC LIMIT 300",
        ))
        .await?;
    let mut flagged: Vec<i64> = Vec::new();
    let reasons = [
        "house_rules",
        "wrong_group",
        "misleading",
        "offensive",
        "spam",
    ];
    for row in posts.iter().step_by(23).take(12) {
        let (post, group, author): (i64, i64, i64) = (
            row.try_get_by_index(0)?,
            row.try_get_by_index(1)?,
            row.try_get_by_index(2)?,
        );
        // The team does not decide on its own posts (it may not warn itself, for one).
        if author == team.id {
            continue;
        }
        let sql = format!(
            "SELECT u.id, u.display_name FROM group_members m JOIN users u ON u.id = m.user_id \
             WHERE m.group_id = {group} AND u.id <> {author} AND u.role = 'member' \
             AND u.active = {} ORDER BY u.id LIMIT 1 OFFSET {}",
            if backend == sea_orm::DatabaseBackend::Postgres {
                "true"
            } else {
                "1"
            },
            rng.usize(0..5)
        );
        let Some(reporter) = db
            .query_one_raw(Statement::from_string(backend, sql))
            .await?
        else {
            continue;
        };
        let member = viewer(
            reporter.try_get_by_index(0)?,
            reporter.try_get_by_index(1)?,
            Role::Member,
        );
        let form = FlagForm {
            reason: reasons[rng.usize(..reasons.len())].into(),
            detail: String::new(),
        };
        flag(db, &member, Target::Post(post), &form).await?;
        flagged.push(post);
    }
    // The team decides on half of them; the rest wait in the queue.
    let decisions = [
        ("keep", "desired"),
        ("hide", "undesired"),
        ("warn", "undesired"),
    ];
    for (i, post) in flagged.iter().take(flagged.len() / 2).enumerate() {
        let (action, desirability) = decisions[i % decisions.len()];
        let form = ActForm {
            action: action.into(),
            reason: "Besproken in het moderatieoverleg.".into(),
            group: String::new(),
            days: String::new(),
            body: String::new(),
            rating: RatingForm {
                reach: "low".into(),
                harm: if action == "keep" { "low" } else { "high" }.into(),
                legal: "no".into(),
                desirability: desirability.into(),
            },
        };
        act(db, team, Target::Post(*post), &form).await?;
    }
    Ok(())
}

async fn highlights_and_report(db: &Db, team: &Viewer, rng: &mut Rng) -> Result<()> {
    use crate::reports::service::{HighlightForm, create, mark};
    let internal = |e: jiff::Error| Error::Internal(e.to_string());
    let calendar = crate::activity::Calendar::of(db).await?;
    let today = crate::activity::period::civil_date(calendar.today())
        .ok_or_else(|| Error::Internal("today".into()))?;
    let this_month = today.first_of_month();
    let last_month = this_month
        .checked_sub(jiff::Span::new().months(1))
        .map_err(internal)?;
    let day_ms = |date: jiff::civil::Date| -> Result<i64> {
        let day = crate::activity::period::parse_date(Some(&date.to_string()))
            .ok()
            .flatten()
            .ok_or_else(|| Error::Internal("a date".into()))?;
        Ok(calendar.start_of(day))
    };
    let (from, to) = (day_ms(last_month)?, day_ms(this_month)?);
    let candidates = ids(
        db,
        &format!(
            "SELECT p.id FROM posts p JOIN groups g ON g.id = p.group_id WHERE g.visibility = 'open' \
             AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.kind IN ('discussion', 'praise') \
             AND p.created_at >= {from} AND p.created_at < {to} ORDER BY p.id LIMIT 200"
        ),
    )
    .await?;
    if candidates.is_empty() {
        return Ok(());
    }
    let kinds = ["example", "success", "quote", "example"];
    for kind in kinds {
        let post = candidates[rng.usize(..candidates.len())];
        let form = HighlightForm {
            post,
            kind: kind.into(),
            quote: if kind == "quote" {
                "Dankzij deze groep vond ik binnen een uur iemand die me kon helpen.".into()
            } else {
                String::new()
            },
        };
        // A post marked twice is refused; the demo simply marks another next time.
        match mark(db, team, &form).await {
            Ok(_) | Err(Error::Invalid(_)) => {}
            Err(other) => return Err(other),
        }
    }
    let period = format!("{:04}-{:02}", last_month.year(), last_month.month());
    match create(db, team, &period).await {
        Ok(_) | Err(Error::Invalid(_)) => Ok(()),
        Err(other) => Err(other),
    }
}

/// Last week's community newsletter, made from the highlights the team marked, the success
/// story as highlight of the week (on the home page until a week after it went out). It is in
/// the archive as sent two days ago; its mail went out before the demo was made.
async fn newsletter(db: &Db, team: &Viewer) -> Result<()> {
    let marked = ids(
        db,
        "SELECT id FROM report_highlights ORDER BY CASE kind WHEN 'success' THEN 0 ELSE 1 END, id",
    )
    .await?;
    let Some(featured) = marked.first() else {
        return Ok(());
    };
    let mut form: crate::newsletter::service::ComposeForm = [
        (
            "subject",
            "Nieuws van Plein: wat collega's deze maand deelden",
        ),
        (
            "intro",
            "Beste collega's,\n\nDeze maand lieten jullie weer zien hoeveel we van elkaar \
             kunnen leren. Hieronder een paar voorbeelden die ons opvielen. Heb je zelf iets \
             moois gezien? **Laat het ons weten** in de groep van het communityteam.",
        ),
        ("audience", "everyone"),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_string(), value.to_string()))
    .collect();
    form.insert("featured".into(), featured.to_string());
    for id in &marked {
        form.insert(format!("highlight_{id}"), "on".into());
    }
    let issue = crate::newsletter::service::compose(db, team, &form).await?;
    let two_days_ago = now_ms() - 2 * crate::activity::DAY_MS;
    crate::newsletter::service::archive_unmailed(db, team, issue, two_days_ago).await
}
