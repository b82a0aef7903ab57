//! Profile completeness: a complete profile is the first routine task of community
//! management (seed 000 §3), so members see what is missing and how far along they are.

/// The profile fields that count towards completeness.
#[derive(Debug, Clone, Default)]
pub struct ProfileFields {
    /// A photo was uploaded.
    pub has_photo: bool,
    /// Job title text.
    pub job_title: String,
    /// Department text.
    pub department: String,
    /// Location text.
    pub location: String,
    /// Number of expertise tags.
    pub expertise_count: usize,
    /// The bio text.
    pub bio: String,
    /// A manager is set.
    pub has_manager: bool,
}

/// How complete a profile is, and which items (i18n keys) are still missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    /// 0–100, rounded down.
    pub percent: u8,
    /// i18n keys of the missing items, in the order of the edit form.
    pub missing: Vec<&'static str>,
}

/// Scores a profile: each of the seven items weighs the same.
pub fn score(fields: &ProfileFields) -> Completeness {
    let items = [
        (fields.has_photo, "profile-missing-photo"),
        (
            !fields.job_title.trim().is_empty(),
            "profile-missing-job-title",
        ),
        (
            !fields.department.trim().is_empty(),
            "profile-missing-department",
        ),
        (
            !fields.location.trim().is_empty(),
            "profile-missing-location",
        ),
        (fields.expertise_count > 0, "profile-missing-expertise"),
        (!fields.bio.trim().is_empty(), "profile-missing-bio"),
        (fields.has_manager, "profile-missing-manager"),
    ];
    let done = items.iter().filter(|(ok, _)| *ok).count();
    let missing = items
        .iter()
        .filter(|(ok, _)| !ok)
        .map(|(_, key)| *key)
        .collect();
    let percent = u8::try_from(done * 100 / items.len()).unwrap_or(100);
    Completeness { percent, missing }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_profile_is_zero_and_lists_everything() {
        let result = score(&ProfileFields::default());
        assert_eq!(result.percent, 0);
        assert_eq!(result.missing.len(), 7);
        assert_eq!(result.missing[0], "profile-missing-photo");
    }

    #[test]
    fn partial_profile_rounds_down() {
        let fields = ProfileFields {
            job_title: "Adviseur".into(),
            department: "HR".into(),
            location: "  ".into(),
            expertise_count: 2,
            ..Default::default()
        };
        let result = score(&fields);
        assert_eq!(result.percent, 42, "3 of 7 items is 42.8 %, shown as 42");
        assert!(result.missing.contains(&"profile-missing-location"));
    }

    #[test]
    fn full_profile_is_hundred() {
        let fields = ProfileFields {
            has_photo: true,
            job_title: "a".into(),
            department: "b".into(),
            location: "c".into(),
            expertise_count: 1,
            bio: "d".into(),
            has_manager: true,
        };
        assert_eq!(
            score(&fields),
            Completeness {
                percent: 100,
                missing: vec![]
            }
        );
    }
}
