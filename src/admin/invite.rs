//! Inviting a list of colleagues at once: one line each (`address`, `address, name`,
//! `name <address>`, or a CSV export with those two columns), checked line by line before
//! anything is written — a list with one bad line comes back with every problem named and
//! nothing created. Accounts that exist already are skipped and listed. Each new colleague
//! gets an invitation by e-mail when e-mail is on; otherwise the page lists their links.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use crate::auth::{Role, Viewer, service as auth};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::mail::{Letter, MailKind};
use crate::people::service::{self as people, NewAccount};
use crate::web::forms::FormErrors;
use crate::web::{AppState, CurrentUser, PageCtx};

/// The most lines one list may hold.
pub const MAX_LINES: usize = 1000;

/// The routes of the invitation page.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/admin/users/invite", get(show).post(submit))
        .route("/admin/users/{id}/invite", axum::routing::post(resend))
        .route(
            "/admin/users/{id}/invite/revoke",
            axum::routing::post(revoke),
        )
}

/// One colleague on the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    /// The line it came from (1-based).
    pub line: usize,
    /// The address as written.
    pub email: String,
    /// The name, written or made from the address.
    pub name: String,
}

/// Reads the list: one colleague per non-empty line; a header line naming the columns is
/// skipped.
pub fn parse(list: &str) -> Vec<Invitee> {
    list.lines()
        .enumerate()
        .filter_map(|(i, raw)| {
            let line = raw.trim().trim_matches('"');
            if line.is_empty() || line.to_lowercase().starts_with("email") {
                return None;
            }
            let (email, name) = if let (Some(open), Some(close)) = (line.find('<'), line.rfind('>'))
            {
                (
                    line[open + 1..close.max(open + 1)].trim(),
                    line[..open].trim(),
                )
            } else {
                match line.split_once([',', ';', '\t']) {
                    Some((email, name)) => (email.trim(), name.trim()),
                    None => (line, ""),
                }
            };
            let email = email.trim_matches('"').trim().to_string();
            let name = name.trim_matches('"').trim();
            let name = if name.is_empty() {
                people::name_from_address(&email)
            } else {
                name.to_string()
            };
            Some(Invitee {
                line: i + 1,
                email,
                name,
            })
        })
        .collect()
}

#[derive(Template)]
#[template(path = "admin/invite.html")]
struct InvitePage {
    ctx: PageCtx,
    list: String,
    /// Problems, one per line of the list ("Line 3: …").
    problems: Vec<String>,
    errors: FormErrors,
    /// After inviting: (address, link) of each new colleague.
    invited: Vec<(String, String)>,
    /// Addresses that already had an account.
    skipped: Vec<String>,
    mail_on: bool,
    max_lines: usize,
}

fn page(app: &AppState, ctx: PageCtx, list: String) -> InvitePage {
    InvitePage {
        ctx,
        list,
        problems: Vec::new(),
        errors: FormErrors::none(),
        invited: Vec::new(),
        skipped: Vec::new(),
        mail_on: crate::mail::status(&app.config).is_on(),
        max_lines: MAX_LINES,
    }
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    Ok(crate::web::render(page(&app, ctx, String::new()))?.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct InviteForm {
    list: String,
}

/// Every problem of the list, in the reader's language; empty when all lines can be invited.
fn problems(invitees: &[Invitee], lang: Lang) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for invitee in invitees {
        let line = |key: &str| {
            lang.targs(
                "invite-line-problem",
                &[
                    ("line", &invitee.line.to_string()),
                    ("problem", &lang.t(key)),
                ],
            )
        };
        if let Err(Error::Invalid(fields)) =
            people::check_new_account(&invitee.email, &invitee.name)
        {
            problems.extend(fields.iter().map(|f| line(f.key)));
        } else if !seen.insert(invitee.email.to_lowercase()) {
            problems.push(line("invite-duplicate"));
        }
    }
    problems
}

async fn submit(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<InviteForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    let lang = ctx.lang;
    let invitees = parse(&form.list);
    let mut refused = page(&app, ctx, form.list.clone());
    if invitees.is_empty() {
        refused.errors = FormErrors::one("list", lang.t("invite-empty"));
    } else if invitees.len() > MAX_LINES {
        refused.errors =
            FormErrors::one("list", lang.tn("invite-too-many", "max", MAX_LINES as i64));
    } else {
        refused.problems = problems(&invitees, lang);
    }
    if refused.errors.any() || !refused.problems.is_empty() {
        return crate::web::forms::form_page(refused, true);
    }
    let base = crate::web::public_base(&app.config, &headers);
    let mut done = page(&app, refused.ctx, String::new());
    for invitee in invitees {
        match invite_one(&app, &viewer, &invitee, lang, &base, done.mail_on).await? {
            Some(link) => done.invited.push((invitee.email, link)),
            None => done.skipped.push(invitee.email),
        }
    }
    Ok(crate::web::render(done)?.into_response())
}

/// Creates one colleague's account with a link and, when e-mail is on, mails the invitation;
/// `None` when the address has an account already.
async fn invite_one(
    app: &AppState,
    inviter: &Viewer,
    invitee: &Invitee,
    lang: Lang,
    base: &str,
    mail_on: bool,
) -> Result<Option<String>> {
    if people::user_by_email(&app.db, &invitee.email)
        .await?
        .is_some()
    {
        return Ok(None);
    }
    let tx = crate::db::begin_write(&app.db).await?;
    let created = people::create_account(
        &tx,
        NewAccount {
            email: invitee.email.clone(),
            display_name: invitee.name.clone(),
            password: None,
            role: Role::Member,
        },
    )
    .await;
    let user_id = match created {
        Ok(id) => id,
        // Someone else created it meanwhile.
        Err(Error::Invalid(_)) => return Ok(None),
        Err(other) => return Err(other),
    };
    let token = auth::issue_password_link(&tx, user_id).await?;
    let url = format!("{base}/set-password/{token}");
    if mail_on {
        crate::mail::queue(
            &tx,
            invitation(
                &inviter.display_name,
                &invitee.email,
                &invitee.name,
                lang,
                &url,
            ),
        )
        .await?;
    }
    tx.commit().await?;
    crate::jobs::wake();
    Ok(Some(url))
}

/// The account of colleague `id` whose invitation is still open (administrators only), or,
/// once they have set a password, the way back to the list saying so.
async fn open_invitation(
    app: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<std::result::Result<crate::directory::user::Model, Response>> {
    viewer.require_admin()?;
    let account = people::active_user(&app.db, id).await?;
    if account.password_hash.is_some() {
        return Ok(Err(crate::web::redirect_with_flash(
            "/admin/users",
            crate::web::Flash::error("invite-already-accepted"),
        )));
    }
    Ok(Ok(account))
}

/// Sends an invitation again to a colleague who has not set a password yet: a new link
/// replaces the earlier ones (which stop working), mailed when e-mail is on, shown otherwise.
async fn resend(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response> {
    let account = match open_invitation(&app, &viewer, id).await? {
        Ok(account) => account,
        Err(accepted) => return Ok(accepted),
    };
    let base = crate::web::public_base(&app.config, &headers);
    let tx = crate::db::begin_write(&app.db).await?;
    auth::revoke_password_links(&tx, id).await?;
    let url = format!(
        "{base}/set-password/{}",
        auth::issue_password_link(&tx, id).await?
    );
    let mut done = page(&app, ctx, String::new());
    if done.mail_on {
        let letter = invitation(
            &viewer.display_name,
            &account.email,
            &account.display_name,
            done.ctx.lang,
            &url,
        );
        crate::mail::queue(&tx, letter).await?;
    }
    tx.commit().await?;
    crate::jobs::wake();
    done.invited.push((account.email, url));
    Ok(crate::web::render(done)?.into_response())
}

/// Withdraws an invitation that was not accepted yet: its links stop working and the account is
/// deactivated (so it counts nowhere), in one transaction; an administrator can activate it and
/// invite again later.
async fn revoke(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response> {
    if let Err(accepted) = open_invitation(&app, &viewer, id).await? {
        return Ok(accepted);
    }
    let tx = crate::db::begin_write(&app.db).await?;
    auth::revoke_password_links(&tx, id).await?;
    people::change_account(&tx, viewer.id, id, people::AccountChange::Active(false)).await?;
    tx.commit().await?;
    Ok(crate::web::redirect_with_flash(
        "/admin/users",
        crate::web::Flash::success("invite-revoked"),
    ))
}

/// The invitation mail from `inviter` (a name) to a new colleague with their set-password link
/// `url`, in the inviting administrator's language (the colleague has not chosen one yet).
pub fn invitation(inviter: &str, email: &str, name: &str, lang: Lang, url: &str) -> Letter {
    let mut letter = Letter::to(MailKind::Invitation, email, name, lang);
    letter.subject = lang.t1("mail-invitation-subject", "inviter", inviter);
    letter.paragraphs = vec![
        lang.t1("mail-invitation-body", "inviter", inviter),
        lang.t("mail-invitation-expiry"),
    ];
    letter.action = Some((lang.t("mail-invitation-action"), url.to_string()));
    letter
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn lists_are_read_in_every_common_shape() {
        let list = "email,name\nanna.de.vries@voorbeeld.nl\nBram Bakker <bram@voorbeeld.nl>\n\n\"cas@voorbeeld.nl\";\"Cas Smit\"\ndirk@voorbeeld.nl\tDirk";
        let read: Vec<(usize, String, String)> = parse(list)
            .into_iter()
            .map(|i| (i.line, i.email, i.name))
            .collect();
        let expected: Vec<(usize, String, String)> = [
            (2, "anna.de.vries@voorbeeld.nl", "Anna de Vries"),
            (3, "bram@voorbeeld.nl", "Bram Bakker"),
            (5, "cas@voorbeeld.nl", "Cas Smit"),
            (6, "dirk@voorbeeld.nl", "Dirk"),
        ]
        .into_iter()
        .map(|(l, e, n)| (l, e.to_string(), n.to_string()))
        .collect();
        assert_eq!(read, expected);
    }
}
