//! What an import would do, row by row, before anything is written: create, update (naming
//! the fields) or leave each colleague, and every problem of a row in the reader's language.
//! The same plan is made again when the import runs, so what changed in between is respected.
//!
//! The rules a re-import follows: a column the file does not have is left alone; an empty name
//! or role keeps the present one (a new colleague gets a name from the address and the member
//! role); an empty department, job title, location or manager clears it, as the source says.
//! A deactivated account is updated and stays deactivated.

use std::collections::{HashMap, HashSet};

use super::read::{Column, RawRow, Sheet};
use crate::auth::Role;
use crate::directory::user;
use crate::error::{Error, FieldError};
use crate::i18n::Lang;
use crate::people::service::{self as people, ProvisionedChange};
use crate::validate::Checks;

/// What will happen to one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A new account.
    Create,
    /// These fields of the existing account change.
    Update(Vec<&'static str>),
    /// Nothing changes.
    Unchanged,
    /// The row has problems and is skipped.
    Skip,
}

/// One row, checked.
#[derive(Debug, Clone)]
pub struct Row {
    /// Its line in the file.
    pub line: usize,
    /// The address, lower-cased.
    pub email: String,
    /// The name the account will have.
    pub name: String,
    /// What will happen.
    pub action: Action,
    /// Problems (field and message key), when skipped.
    pub problems: Vec<FieldError>,
    /// The values read, for creating or changing the account.
    pub fields: Fields,
}

/// The checked values of a row; `None` where the file leaves the field alone.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    /// Name (a new account without one gets it from the address).
    pub name: Option<String>,
    /// Department.
    pub department: Option<String>,
    /// Job title.
    pub job_title: Option<String>,
    /// Location.
    pub location: Option<String>,
    /// The manager's address (`Some("")` clears the manager).
    pub manager: Option<String>,
    /// Role.
    pub role: Option<Role>,
}

/// The plan of a whole import.
#[derive(Debug, Default)]
pub struct Plan {
    /// Every row, in file order.
    pub rows: Vec<Row>,
}

impl Plan {
    /// How many rows will take `action`'s kind of step.
    pub fn count(&self, wanted: fn(&Action) -> bool) -> usize {
        self.rows.iter().filter(|r| wanted(&r.action)).count()
    }
}

/// A role as written: its stored form or its name in Dutch or English, any case.
fn parse_role(text: &str) -> Option<Role> {
    let wanted = text.trim().to_lowercase().replace([' ', '-'], "_");
    Role::ALL.into_iter().find(|role| {
        role.as_str() == wanted
            || Lang::all().iter().any(|lang| {
                lang.t(role.label_key())
                    .to_lowercase()
                    .replace([' ', '-'], "_")
                    == wanted
            })
    })
}

/// Checks the cells of one row on their own (address, lengths, role shape).
fn check_cells(raw: &RawRow) -> (String, Fields, Vec<FieldError>) {
    let mut checks = Checks::new();
    let email = checks.email("email", raw.get(Column::Email).unwrap_or(""));
    let name = raw
        .get(Column::Name)
        .filter(|n| !n.trim().is_empty())
        .map(|n| checks.name("display_name", n, 1, 100));
    let mut text = |column: Column, field: &'static str| {
        raw.get(column).map(|v| checks.text(field, v, 0, 100))
    };
    let department = text(Column::Department, "department");
    let job_title = text(Column::JobTitle, "job_title");
    let location = text(Column::Location, "location");
    let manager = raw.get(Column::Manager).map(|m| m.trim().to_lowercase());
    let role = match raw.get(Column::Role).map(str::trim) {
        None | Some("") => None,
        Some(written) => {
            let role = parse_role(written);
            if role.is_none() {
                checks.fail("role", "import-error-role-unknown");
            }
            role
        }
    };
    if let Some(manager) = manager.as_deref().filter(|m| !m.is_empty()) {
        checks.email("manager_email", manager);
    }
    let problems = match checks.finish() {
        Err(Error::Invalid(problems)) => problems,
        _ => Vec::new(),
    };
    let fields = Fields {
        name,
        department,
        job_title,
        location,
        manager,
        role,
    };
    (email, fields, problems)
}

/// Who else the plan must know: the accounts of every address and manager in the rows.
pub fn addresses(sheet: &Sheet) -> Vec<String> {
    let mut all: HashSet<String> = HashSet::new();
    for raw in &sheet.rows {
        for column in [Column::Email, Column::Manager] {
            if let Some(address) = raw.get(column).map(|a| a.trim().to_lowercase())
                && !address.is_empty()
            {
                all.insert(address);
            }
        }
    }
    all.into_iter().collect()
}

/// Plans the import of `sheet` by administrator `importer` against the accounts in `known`
/// (by address, from [`addresses`]).
pub fn plan(sheet: &Sheet, known: &HashMap<String, user::Model>, importer: &user::Model) -> Plan {
    let mut seen = HashSet::new();
    let mut rows: Vec<Row> = sheet
        .rows
        .iter()
        .map(|raw| {
            let (email, fields, mut problems) = check_cells(raw);
            if !email.is_empty() && !seen.insert(email.clone()) {
                problems.push(FieldError {
                    field: "email",
                    key: "import-error-duplicate",
                });
            }
            Row {
                line: raw.line,
                name: String::new(),
                email,
                action: Action::Skip,
                problems,
                fields,
            }
        })
        .collect();
    let in_file: HashSet<String> = rows
        .iter()
        .filter(|r| r.problems.is_empty())
        .map(|r| r.email.clone())
        .collect();
    for row in &mut rows {
        check_against_accounts(row, known, &in_file, importer);
        if !row.problems.is_empty() {
            row.action = Action::Skip;
            continue;
        }
        match known.get(&row.email) {
            None => {
                row.name = row
                    .fields
                    .name
                    .clone()
                    .unwrap_or_else(|| people::name_from_address(&row.email));
                row.action = Action::Create;
            }
            Some(account) => {
                row.name = row
                    .fields
                    .name
                    .clone()
                    .unwrap_or_else(|| account.display_name.clone());
                let changed = crate::provisioning::audit::changed_fields(&change(
                    &row.fields,
                    account,
                    known,
                ));
                row.action = if changed.is_empty() {
                    Action::Unchanged
                } else {
                    Action::Update(changed)
                };
            }
        }
    }
    Plan { rows }
}

/// The checks that need the accounts: the manager exists (or comes in with this file) and is
/// not the colleague; the importing administrator keeps the administrator role.
fn check_against_accounts(
    row: &mut Row,
    known: &HashMap<String, user::Model>,
    in_file: &HashSet<String>,
    importer: &user::Model,
) {
    if let Some(manager) = row.fields.manager.as_deref().filter(|m| !m.is_empty()) {
        let exists = known.get(manager).is_some_and(|m| m.active) || in_file.contains(manager);
        if manager == row.email {
            row.problems.push(FieldError {
                field: "manager_email",
                key: "error-manager-self",
            });
        } else if !exists && row.problems.iter().all(|p| p.field != "manager_email") {
            row.problems.push(FieldError {
                field: "manager_email",
                key: "error-manager-unknown",
            });
        }
    }
    if row.email == importer.email && row.fields.role.is_some_and(|r| r != Role::Admin) {
        row.problems.push(FieldError {
            field: "role",
            key: "error-self-demote",
        });
    }
}

/// The change `fields` make to `account`, with the manager resolved among accounts that
/// exist now (a manager created by the same import is resolved when it runs).
pub fn change(
    fields: &Fields,
    account: &user::Model,
    known: &HashMap<String, user::Model>,
) -> ProvisionedChange {
    fn differs(new: &Option<String>, old: &str) -> Option<String> {
        new.as_ref().filter(|n| n.as_str() != old).cloned()
    }
    let manager_id = fields.manager.as_deref().map(|m| {
        if m.is_empty() {
            None
        } else {
            // Unknown here means "created by this import": a placeholder that differs.
            Some(known.get(m).map_or(-1, |a| a.id))
        }
    });
    ProvisionedChange {
        email: None,
        display_name: differs(&fields.name, &account.display_name),
        job_title: differs(&fields.job_title, &account.job_title),
        department: differs(&fields.department, &account.department),
        location: differs(&fields.location, &account.location),
        manager_id: manager_id.filter(|m| *m != account.manager_id),
        role: fields
            .role
            .filter(|r| *r != Role::from_stored(&account.role)),
        active: None,
    }
}
