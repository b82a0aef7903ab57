//! People rules: account creation, profile editing, completeness, photos, the directory and
//! following. Routes and other capabilities come here, never to the repo.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sea_orm::{ActiveValue::Set, ConnectionTrait, IntoActiveModel};
use serde::Deserialize;

use super::Role;
use super::completeness::{self, Completeness, ProfileFields};
use super::entity::media;
use super::repo::{self, DirectoryFilter, PersonCard, UserInsert};
use crate::db::{self, Db, is_unique_violation};
use crate::directory::user;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::images::{self, ImageError};
use crate::password;
use crate::validate::Checks;

/// What is needed to create an account.
pub struct NewAccount {
    /// E-mail (checked and lower-cased here).
    pub email: String,
    /// Name as shown.
    pub display_name: String,
    /// A password, or none to hand out a set-password link.
    pub password: Option<String>,
    /// The role to start with.
    pub role: Role,
}

/// What is wrong with a new account's address and name, before anything is written (a list of
/// invitations is checked line by line first).
pub fn check_new_account(email: &str, display_name: &str) -> Result<()> {
    let mut checks = Checks::new();
    checks.email("email", email);
    checks.name("display_name", display_name, 1, 100);
    checks.finish()
}

/// Creates an account after checking every field; a taken e-mail is a field error.
pub async fn create_account(db: &impl ConnectionTrait, new: NewAccount) -> Result<i64> {
    let mut checks = Checks::new();
    let email = checks.email("email", &new.email);
    let display_name = checks.name("display_name", &new.display_name, 1, 100);
    if let Some(pw) = &new.password
        && let Err(Error::Invalid(errors)) = password::validate(pw)
    {
        errors.into_iter().for_each(|e| checks.fail(e.field, e.key));
    }
    checks.finish()?;
    let password_hash = match new.password {
        Some(pw) => Some(password::hash(pw).await?),
        None => None,
    };
    let insert = UserInsert {
        email,
        display_name,
        password_hash,
        role: new.role.as_str(),
    };
    repo::insert_user(db, insert).await.map_err(|err| {
        if is_unique_violation(&err) {
            Error::invalid("email", "error-email-taken")
        } else {
            Error::Db(err)
        }
    })
}

/// A name from an address's local part, for a colleague added without one:
/// `anna.de.vries` → `Anna de Vries`.
pub fn name_from_address(email: &str) -> String {
    let local = email.split('@').next().unwrap_or_default();
    local
        .split(['.', '_', '-'])
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            let particle =
                ["de", "van", "der", "den", "het", "ter", "ten"].contains(&lower.as_str());
            if i > 0 && particle {
                lower
            } else {
                let mut chars = lower.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// A colleague brought in by provisioning (an import), checked by the caller.
#[derive(Debug, Clone)]
pub struct ImportedAccount {
    /// Lower-cased, checked address.
    pub email: String,
    /// Name as shown.
    pub display_name: String,
    /// Job title.
    pub job_title: String,
    /// Department.
    pub department: String,
    /// Location.
    pub location: String,
    /// The role to start with.
    pub role: Role,
}

/// Creates the accounts of `accounts` without passwords (they get a link), in one statement
/// per few hundred; an address that has an account meanwhile is left as it is. Returns the
/// address and id of each account that exists afterwards.
pub async fn create_imported(
    db: &impl ConnectionTrait,
    accounts: &[ImportedAccount],
) -> Result<Vec<(String, i64)>> {
    let now = db::now_ms();
    for chunk in accounts.chunks(200) {
        let rows = chunk
            .iter()
            .map(|a| user::ActiveModel {
                email: Set(a.email.clone()),
                name_key: Set(a.display_name.to_lowercase()),
                display_name: Set(a.display_name.clone()),
                password_hash: Set(None),
                role: Set(a.role.as_str().to_string()),
                job_title: Set(a.job_title.clone()),
                department: Set(a.department.clone()),
                location: Set(a.location.clone()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            })
            .collect();
        repo::insert_users(db, rows).await?;
    }
    let emails: Vec<String> = accounts.iter().map(|a| a.email.clone()).collect();
    Ok(repo::find_by_emails(db, &emails)
        .await?
        .into_iter()
        .map(|u| (u.email, u.id))
        .collect())
}

/// The accounts of these addresses (any state), by lower-cased address.
pub async fn accounts_by_email(
    db: &impl ConnectionTrait,
    emails: &[String],
) -> Result<std::collections::HashMap<String, user::Model>> {
    Ok(repo::find_by_emails(db, emails)
        .await?
        .into_iter()
        .map(|u| (u.email.clone(), u))
        .collect())
}

/// The accounts of these ids (any state).
pub async fn accounts_by_id(db: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<user::Model>> {
    Ok(repo::find_by_ids(db, ids).await?)
}

/// How SCIM names an account: the identity provider's `userName` and `externalId`; `None`
/// unlinks it (after a SCIM delete), and Plein manages it again.
pub async fn link_scim(
    db: &impl ConnectionTrait,
    account: user::Model,
    link: Option<(String, Option<String>)>,
) -> Result<()> {
    let mut model = account.into_active_model();
    match link {
        Some((user_name, external_id)) => {
            model.scim_user_name = Set(Some(user_name));
            model.external_id = Set(external_id);
            model.managed_by = Set(SCIM_MANAGED.to_string());
        }
        None => {
            model.scim_user_name = Set(None);
            model.external_id = Set(None);
            model.managed_by = Set(String::new());
        }
    }
    Ok(repo::update_user(db, model).await?)
}

/// `managed_by` of an account SCIM provisions.
pub const SCIM_MANAGED: &str = "scim";

/// Which SCIM-provisioned accounts a SCIM query asks for (each `Some` must match).
pub use repo::ScimQuery;

/// One page of SCIM-provisioned accounts matching `query`, in id order, and how many match.
pub async fn scim_accounts(
    db: &impl ConnectionTrait,
    query: &ScimQuery,
    offset: u64,
    limit: u64,
) -> Result<(u64, Vec<user::Model>)> {
    Ok(repo::scim_accounts(db, query, offset, limit).await?)
}

/// What provisioning changes on an existing account: each `Some` replaces the field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProvisionedChange {
    /// The e-mail address (checked, lower-cased).
    pub email: Option<String>,
    /// Name as shown.
    pub display_name: Option<String>,
    /// Job title.
    pub job_title: Option<String>,
    /// Department.
    pub department: Option<String>,
    /// Location.
    pub location: Option<String>,
    /// The manager (`Some(None)` clears it).
    pub manager_id: Option<Option<i64>>,
    /// Platform role.
    pub role: Option<Role>,
    /// Active or deactivated (deprovisioning; the caller ends the sessions).
    pub active: Option<bool>,
}

/// Applies a provisioned change to account `user_id` (checked by the caller).
pub async fn apply_provisioned(
    db: &impl ConnectionTrait,
    account: user::Model,
    change: ProvisionedChange,
) -> Result<()> {
    let mut model = account.into_active_model();
    if let Some(email) = change.email {
        model.email = Set(email);
    }
    if let Some(name) = change.display_name {
        model.name_key = Set(name.to_lowercase());
        model.display_name = Set(name);
    }
    if let Some(title) = change.job_title {
        model.job_title = Set(title);
    }
    if let Some(department) = change.department {
        model.department = Set(department);
    }
    if let Some(location) = change.location {
        model.location = Set(location);
    }
    if let Some(manager) = change.manager_id {
        model.manager_id = Set(manager);
    }
    if let Some(role) = change.role {
        model.role = Set(role.as_str().to_string());
    }
    if let Some(active) = change.active {
        model.active = Set(active);
    }
    Ok(repo::update_user(db, model).await?)
}

/// Gives `account` the role a directory group maps it to (`Some`), or takes back a role given
/// that way when it is in no such group any more (`None`: back to member; a role given by hand
/// is left alone). The last active administrator keeps that role, handed over to Plein.
/// Returns whether the role changed.
pub async fn set_directory_role(
    db: &impl ConnectionTrait,
    account: user::Model,
    role: Option<Role>,
) -> Result<bool> {
    let current = Role::from_stored(&account.role);
    let given = account.role_managed_by == SCIM_MANAGED;
    let (new_role, keeper) = match role {
        Some(role) => (role, SCIM_MANAGED),
        None if given => (Role::Member, ""),
        None => return Ok(false),
    };
    let (new_role, keeper) = if current == Role::Admin
        && new_role != Role::Admin
        && repo::count_active_admins(db).await? <= 1
    {
        (Role::Admin, "")
    } else {
        (new_role, keeper)
    };
    if new_role == current && account.role_managed_by == keeper {
        return Ok(false);
    }
    let mut model = account.into_active_model();
    model.role = Set(new_role.as_str().to_string());
    model.role_managed_by = Set(keeper.to_string());
    repo::update_user(db, model).await?;
    Ok(new_role != current)
}

/// An active account by id, or not found.
pub async fn active_user(db: &impl ConnectionTrait, id: i64) -> Result<user::Model> {
    repo::find_user(db, id)
        .await?
        .filter(|u| u.active)
        .ok_or(Error::NotFound)
}

/// An account by e-mail (any state), for sign-in.
pub async fn user_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<user::Model>> {
    Ok(repo::find_by_email(db, &email.trim().to_lowercase()).await?)
}

/// Whether no account exists yet (first run).
pub async fn is_first_run(db: &impl ConnectionTrait) -> Result<bool> {
    Ok(repo::count_users(db).await? == 0)
}

/// Stores a new password hash for a member.
pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    account: user::Model,
    hash: String,
) -> Result<()> {
    let mut model = account.into_active_model();
    model.password_hash = Set(Some(hash));
    Ok(repo::update_user(db, model).await?)
}

/// A profile as shown on its page.
pub struct ProfileView {
    /// The account.
    pub user: user::Model,
    /// Expertise labels.
    pub expertise: Vec<String>,
    /// The manager's id and name, if set.
    pub manager: Option<(i64, String)>,
    /// How complete the profile is.
    pub completeness: Completeness,
    /// Number of followers.
    pub followers: u64,
    /// Whether the viewer follows this member.
    pub viewer_follows: bool,
}

/// Loads a profile for `viewer_id`. Deactivated accounts are not found.
pub async fn profile(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    user_id: i64,
) -> Result<ProfileView> {
    let user = active_user(db, user_id).await?;
    let expertise = repo::expertise_of(db, user_id).await?;
    let manager = match user.manager_id {
        Some(id) => repo::find_user(db, id)
            .await?
            .filter(|m| m.active)
            .map(|m| (m.id, m.display_name)),
        None => None,
    };
    let fields = ProfileFields {
        has_photo: user.photo_id.is_some(),
        job_title: user.job_title.clone(),
        department: user.department.clone(),
        location: user.location.clone(),
        expertise_count: expertise.len(),
        bio: user.bio.clone(),
        has_manager: manager.is_some(),
    };
    Ok(ProfileView {
        completeness: completeness::score(&fields),
        followers: repo::follower_count(db, user_id).await?,
        viewer_follows: repo::is_following(db, viewer_id, user_id).await?,
        user,
        expertise,
        manager,
    })
}

/// The profile edit form, as submitted (all text, so nothing is lost on a validation error).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    /// Name as shown.
    pub display_name: String,
    /// Job title.
    pub job_title: String,
    /// Department.
    pub department: String,
    /// Location.
    pub location: String,
    /// Short introduction (plain text).
    pub bio: String,
    /// Comma-separated expertise tags.
    pub expertise: String,
    /// The manager's e-mail address.
    pub manager_email: String,
}

/// Largest number of expertise tags on one profile.
pub const MAX_TAGS: usize = 20;

/// Splits comma-separated tags into `(key, label)` pairs, de-duplicated by key.
pub fn parse_tags(text: &str, checks: &mut Checks) -> Vec<(String, String)> {
    let mut tags: Vec<(String, String)> = Vec::new();
    for raw in text.split(',') {
        let label = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if label.is_empty() {
            continue;
        }
        if label.chars().count() > 40 {
            checks.fail("expertise", "error-tag-too-long");
            continue;
        }
        let key = label.to_lowercase();
        if !tags.iter().any(|(k, _)| *k == key) {
            tags.push((key, label));
        }
    }
    if tags.len() > MAX_TAGS {
        checks.fail("expertise", "error-too-many-tags");
    }
    tags
}

/// The fields an identity provider keeps for an account it provisions: the form's values for
/// them are ignored and the page shows them read-only.
fn managed_fields(account: &user::Model) -> ProfileForm {
    ProfileForm {
        display_name: account.display_name.clone(),
        job_title: account.job_title.clone(),
        department: account.department.clone(),
        location: account.location.clone(),
        ..ProfileForm::default()
    }
}

/// Saves a member's own profile after checking every field; on an account SCIM provisions,
/// only what the identity provider does not keep (bio, expertise) changes.
pub async fn update_profile(db: &Db, user_id: i64, form: &ProfileForm) -> Result<()> {
    let account = active_user(db, user_id).await?;
    let managed = account.managed_by == SCIM_MANAGED;
    let kept = if managed {
        managed_fields(&account)
    } else {
        form.clone()
    };
    let mut checks = Checks::new();
    let display_name = checks.name("display_name", &kept.display_name, 1, 100);
    let job_title = checks.text("job_title", &kept.job_title, 0, 100);
    let department = checks.text("department", &kept.department, 0, 100);
    let location = checks.text("location", &kept.location, 0, 100);
    let bio = checks.text("bio", &form.bio, 0, 2000);
    let tags = parse_tags(&form.expertise, &mut checks);
    let manager_id = if managed {
        account.manager_id
    } else {
        resolve_manager(db, user_id, &form.manager_email, &mut checks).await?
    };
    checks.finish()?;

    let tx = db::begin_write(db).await?;
    let mut model = account.into_active_model();
    model.name_key = Set(display_name.to_lowercase());
    model.display_name = Set(display_name);
    model.job_title = Set(job_title);
    model.department = Set(department);
    model.location = Set(location);
    model.bio = Set(bio);
    model.manager_id = Set(manager_id);
    repo::update_user(&tx, model).await?;
    repo::replace_expertise(&tx, user_id, tags).await?;
    let update = crate::activity::ActivityKind::ProfileUpdate;
    crate::activity::record(&tx, update, user_id, None, None).await?;
    tx.commit().await?;
    Ok(())
}

async fn resolve_manager(
    db: &Db,
    user_id: i64,
    email: &str,
    checks: &mut Checks,
) -> Result<Option<i64>> {
    let email = email.trim().to_lowercase();
    if email.is_empty() {
        return Ok(None);
    }
    match repo::find_by_email(db, &email).await?.filter(|m| m.active) {
        Some(manager) if manager.id == user_id => {
            checks.fail("manager_email", "error-manager-self");
            Ok(None)
        }
        Some(manager) => Ok(Some(manager.id)),
        None => {
            checks.fail("manager_email", "error-manager-unknown");
            Ok(None)
        }
    }
}

/// Replaces a member's photo with a re-encoded copy of `upload`.
pub async fn set_photo(db: &Db, user_id: i64, upload: Vec<u8>) -> Result<()> {
    let encoded = photo(upload).await?;
    let account = active_user(db, user_id).await?;
    let old_photo = account.photo_id;
    let tx = db::begin_write(db).await?;
    let media_id =
        repo::insert_media(&tx, user_id, encoded.bytes, encoded.width, encoded.height).await?;
    let mut model = account.into_active_model();
    model.photo_id = Set(Some(media_id));
    repo::update_user(&tx, model).await?;
    if let Some(old) = old_photo {
        repo::delete_media(&tx, old).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Largest photo upload accepted.
pub const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;
/// Edge of the square box the stored photo fits in.
pub const PHOTO_EDGE: u32 = 400;

/// The upload re-encoded as a profile photo, or why not in the photo field's words.
async fn photo(upload: Vec<u8>) -> Result<images::Encoded> {
    let refusal = |key| Error::invalid("photo", key);
    match images::reencode_limited(upload, MAX_PHOTO_BYTES, vec![PHOTO_EDGE]).await {
        Ok(mut sizes) => sizes.pop().ok_or_else(|| refusal("error-photo-not-image")),
        Err(ImageError::Empty) => Err(refusal("error-photo-missing")),
        Err(ImageError::TooLarge) => Err(refusal("error-photo-too-large")),
        Err(ImageError::NotImage) => Err(refusal("error-photo-not-image")),
        Err(ImageError::Dimensions) => Err(refusal("error-photo-dimensions")),
        Err(ImageError::Internal) => Err(Error::Internal("photo re-encoding".into())),
    }
}

/// A stored image; only signed-in members reach this (the route requires a session).
pub async fn media(db: &impl ConnectionTrait, id: i64) -> Result<media::Model> {
    repo::find_media(db, id).await?.ok_or(Error::NotFound)
}

/// The directory's filter menus.
#[derive(Debug, Clone, Default)]
pub struct DirectoryMenus {
    /// Departments to filter by.
    pub departments: Vec<String>,
    /// Locations to filter by.
    pub locations: Vec<String>,
    /// Expertise tags `(key, label)` to filter by.
    pub tags: Vec<(String, String)>,
}

/// How long an instance reuses the menus.
pub const MENU_TTL: Duration = Duration::from_secs(60);

/// The menus are the same for everyone and cost most of a directory page on a large
/// organisation, so each instance keeps them for [`MENU_TTL`] (derived data: at worst a new
/// department shows up in the menu a minute late; the results themselves are always fresh).
#[derive(Debug, Clone, Default)]
pub struct MenuCache(Arc<Mutex<Option<StampedMenus>>>);

/// Menus with the moment they were computed.
type StampedMenus = (Instant, Arc<DirectoryMenus>);

impl MenuCache {
    /// The current menus, computed when missing or older than [`MENU_TTL`].
    pub async fn get(&self, db: &impl ConnectionTrait) -> Result<Arc<DirectoryMenus>> {
        let cached = self.0.lock().ok().and_then(|guard| guard.clone());
        if let Some((at, menus)) = cached
            && at.elapsed() < MENU_TTL
        {
            return Ok(menus);
        }
        let menus = Arc::new(DirectoryMenus {
            departments: repo::distinct_values(db, user::Column::Department).await?,
            locations: repo::distinct_values(db, user::Column::Location).await?,
            tags: repo::expertise_tags(db).await?,
        });
        if let Ok(mut guard) = self.0.lock() {
            *guard = Some((Instant::now(), menus.clone()));
        }
        Ok(menus)
    }
}

/// One page of the people directory with what the filter menus need.
pub struct DirectoryPage {
    /// The members on this page.
    pub people: Vec<PersonCard>,
    /// The id to continue after, when there is a next page.
    pub next_after: Option<i64>,
    /// The filter menus.
    pub menus: Arc<DirectoryMenus>,
}

/// Members per directory page.
pub const DIRECTORY_PAGE: u64 = 30;

/// The directory page after member `after_id` (keyset pagination by name).
pub async fn directory(
    db: &impl ConnectionTrait,
    menus: &MenuCache,
    filter: &DirectoryFilter,
    after_id: Option<i64>,
) -> Result<DirectoryPage> {
    let after = match after_id {
        Some(id) => repo::find_user(db, id).await?.map(|u| (u.name_key, u.id)),
        None => None,
    };
    let mut people = repo::directory(db, filter, after, DIRECTORY_PAGE + 1).await?;
    let next_after = db::next_page(&mut people, DIRECTORY_PAGE, |p| p.id);
    Ok(DirectoryPage {
        people,
        next_after,
        menus: menus.get(db).await?,
    })
}

/// Follows or unfollows another active member.
pub async fn set_following(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    target_id: i64,
    follow: bool,
) -> Result<()> {
    active_user(db, target_id).await?;
    if viewer_id == target_id {
        return Err(Error::invalid("follow", "error-follow-self"));
    }
    if follow {
        repo::follow(db, viewer_id, target_id).await?;
    } else {
        repo::unfollow(db, viewer_id, target_id).await?;
    }
    Ok(())
}

/// The ids of the members `user_id` follows (the home feed's people).
pub async fn followee_ids(db: &impl ConnectionTrait, user_id: i64) -> Result<Vec<i64>> {
    Ok(repo::followee_ids(db, user_id).await?)
}

/// Stores a member's language choice.
pub async fn set_locale(db: &impl ConnectionTrait, user_id: i64, lang: Lang) -> Result<()> {
    let account = active_user(db, user_id).await?;
    let mut model = account.into_active_model();
    model.locale = Set(Some(lang.code().to_string()));
    Ok(repo::update_user(db, model).await?)
}

/// What an administrator may change about an account.
pub enum AccountChange {
    /// A new platform role.
    Role(Role),
    /// The senior manager / role model marker.
    RoleModel(bool),
    /// Moderator of the whole community.
    CommunityModerator(bool),
    /// Active or deactivated.
    Active(bool),
}

/// Applies an administrator's change; administrators cannot demote or deactivate themselves,
/// so the platform never loses its last administrator by accident.
pub async fn change_account(
    db: &impl ConnectionTrait,
    admin_id: i64,
    user_id: i64,
    change: AccountChange,
) -> Result<()> {
    let account = repo::find_user(db, user_id).await?.ok_or(Error::NotFound)?;
    // The identity provider decides who is active for the accounts it provisions.
    let account_is_managed = account.managed_by == SCIM_MANAGED;
    let role_is_managed = account.role_managed_by == SCIM_MANAGED;
    let mut model = account.into_active_model();
    match change {
        AccountChange::Role(_) if role_is_managed => {
            return Err(Error::invalid("role", "error-role-kept"));
        }
        AccountChange::Role(role) => {
            if user_id == admin_id && role != Role::Admin {
                return Err(Error::invalid("role", "error-self-demote"));
            }
            model.role = Set(role.as_str().to_string());
        }
        AccountChange::RoleModel(flag) => model.is_role_model = Set(flag),
        AccountChange::CommunityModerator(flag) => model.community_moderator = Set(flag),
        AccountChange::Active(_) if account_is_managed => {
            return Err(Error::invalid("active", "error-managed-by-scim"));
        }
        AccountChange::Active(flag) => {
            if user_id == admin_id && !flag {
                return Err(Error::invalid("active", "error-self-deactivate"));
            }
            model.active = Set(flag);
        }
    }
    Ok(repo::update_user(db, model).await?)
}

/// Accounts for the administrators' list.
pub async fn accounts(db: &impl ConnectionTrait, search: &str) -> Result<Vec<user::Model>> {
    Ok(repo::list_accounts(db, search.trim(), 200).await?)
}

/// A member as the mention autocomplete offers them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Suggestion {
    /// Member id.
    pub id: i64,
    /// Shown name.
    pub name: String,
    /// Job title, to tell namesakes apart.
    pub title: String,
}

/// Up to eight active members whose name contains `text` (two characters at least).
pub async fn suggest(db: &impl ConnectionTrait, text: &str) -> Result<Vec<Suggestion>> {
    let name: String = text.trim().chars().take(100).collect();
    if name.chars().count() < 2 {
        return Ok(Vec::new());
    }
    let filter = DirectoryFilter {
        name: name.to_lowercase(),
        ..DirectoryFilter::default()
    };
    Ok(repo::directory(db, &filter, None, 8)
        .await?
        .into_iter()
        .map(|card| Suggestion {
            id: card.id,
            name: card.display_name,
            title: card.job_title,
        })
        .collect())
}

/// Up to eight active members a search finds: by name first, then by job title, department
/// or expertise (`words`: the search's words, lower-cased and folded).
pub async fn find(
    db: &impl ConnectionTrait,
    text: &str,
    words: &[String],
) -> Result<Vec<Suggestion>> {
    let mut found = suggest(db, text).await?;
    let text: String = text.trim().chars().take(100).collect();
    if found.len() < 8 && text.chars().count() >= 2 {
        let except: Vec<i64> = found.iter().map(|s| s.id).collect();
        let more = repo::by_work(db, &text, words, &except, (8 - found.len()) as u64).await?;
        found.extend(more.into_iter().map(|card| Suggestion {
            id: card.id,
            name: card.display_name,
            title: card.job_title,
        }));
    }
    Ok(found)
}

/// How many accounts are active (the cockpit's "all accounts").
pub async fn active_account_count(db: &impl ConnectionTrait) -> Result<u64> {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    Ok(user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .count(db)
        .await?)
}
