//! Adoption per department: how many of a department's accounts were ever active, were active in
//! the last 30 days, and took part (reacted, replied or posted). Departments are members' current
//! departments. A department smaller than the minimum group size is pooled with the other small
//! ones, and the pool is withheld when it is small too, so no figure singles people out.

use serde::Serialize;

use super::metrics::percent_of;

/// Which accounts a row covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DepartmentName {
    /// One department.
    Named(String),
    /// Accounts without a department in their profile.
    NotGiven,
    /// Every department below the minimum group size together.
    Smaller(usize),
}

/// One row of the table.
#[derive(Debug, Clone, Serialize)]
pub struct DepartmentRow {
    /// Which accounts.
    pub name: DepartmentName,
    /// Active accounts; `None` when fewer than the minimum group size.
    pub accounts: Option<i64>,
    /// The figures; `None` when withheld (fewer accounts than the minimum group size, or
    /// withheld with it so that the MAU minus the shown rows does not reveal it).
    pub figures: Option<Adoption>,
}

/// A department's adoption, whole percent of its accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Adoption {
    /// Ever active.
    pub activated: i64,
    /// Active in the window.
    pub active: i64,
    /// Reacted, replied or posted in the window.
    pub taking_part: i64,
}

#[derive(Default)]
struct Tally {
    accounts: i64,
    ever: i64,
    active: i64,
    taking_part: i64,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.accounts += other.accounts;
        self.ever += other.ever;
        self.active += other.active;
        self.taking_part += other.taking_part;
    }

    fn row(&self, name: DepartmentName, minimum: i64, withheld: bool) -> DepartmentRow {
        DepartmentRow {
            name,
            accounts: super::privacy::at_least(self.accounts, minimum),
            figures: (!withheld).then(|| Adoption {
                activated: percent_of(self.ever, self.accounts),
                active: percent_of(self.active, self.accounts),
                taking_part: percent_of(self.taking_part, self.accounts),
            }),
        }
    }
}

/// The table from (department, accounts, ever active) and (department, level, members active in
/// the window): departments by name, then those without one, then the pooled small ones.
pub fn rows(
    accounts: &[(String, i64, i64)],
    levels: &[(String, i32, i64)],
    minimum: i64,
) -> Vec<DepartmentRow> {
    let mut named: Vec<(String, Tally)> = accounts
        .iter()
        .map(|(department, n, ever)| {
            let of = |taking_part: bool| -> i64 {
                levels
                    .iter()
                    .filter(|(d, level, _)| d == department && (!taking_part || *level > 0))
                    .map(|(_, _, n)| n)
                    .sum()
            };
            let tally = Tally {
                accounts: *n,
                ever: *ever,
                active: of(false),
                taking_part: of(true),
            };
            (department.trim().to_string(), tally)
        })
        .collect();
    named.sort_by_key(|(name, _)| name.to_lowercase());
    let mut cells: Vec<(DepartmentName, &Tally)> = Vec::new();
    let (mut not_given, mut smaller, mut pooled) = (Tally::default(), Tally::default(), 0);
    for (department, tally) in &named {
        if department.is_empty() {
            not_given.add(tally);
        } else if tally.accounts < minimum {
            smaller.add(tally);
            pooled += 1;
        } else {
            cells.push((DepartmentName::Named(department.clone()), tally));
        }
    }
    if not_given.accounts > 0 {
        cells.push((DepartmentName::NotGiven, &not_given));
    }
    if pooled > 0 {
        cells.push((DepartmentName::Smaller(pooled), &smaller));
    }
    let sizes: Vec<i64> = cells.iter().map(|(_, t)| t.accounts).collect();
    let withheld = super::privacy::withheld(&sizes, minimum);
    cells
        .into_iter()
        .zip(withheld)
        .map(|((name, tally), withheld)| tally.row(name, minimum, withheld))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_departments_are_pooled_and_withheld_when_the_pool_is_small() {
        let accounts = vec![
            ("Zorg".to_string(), 20, 15),
            ("ICT".to_string(), 10, 10),
            ("Juridisch".to_string(), 3, 3),
            ("Inkoop".to_string(), 4, 1),
            (String::new(), 12, 6),
        ];
        let levels = vec![
            ("Zorg".to_string(), 0, 4),
            ("Zorg".to_string(), 2, 1),
            ("ICT".to_string(), 1, 5),
            ("Juridisch".to_string(), 2, 3),
        ];
        let rows = rows(&accounts, &levels, 10);
        let names: Vec<&DepartmentName> = rows.iter().map(|r| &r.name).collect();
        assert_eq!(
            names,
            [
                &DepartmentName::Named("ICT".into()),
                &DepartmentName::Named("Zorg".into()),
                &DepartmentName::NotGiven,
                &DepartmentName::Smaller(2),
            ]
        );
        // Zorg: 15 of 20 ever active, 5 active, 1 took part.
        assert_eq!(
            rows[1].figures,
            Some(Adoption {
                activated: 75,
                active: 25,
                taking_part: 5
            })
        );
        // Juridisch (3) and Inkoop (4) together are 7, below 10: withheld, accounts and all.
        assert_eq!((rows[3].accounts, rows[3].figures), (None, None));
        // The MAU minus the shown rows would give those 7 away, so the next smallest row,
        // ICT (10), is withheld with them (its accounts are no secret).
        assert_eq!((rows[0].accounts, rows[0].figures), (Some(10), None));
        assert_eq!(rows[2].figures.map(|f| f.activated), Some(50));
    }
}
