//! The order a team works through its queue in: what harms or is waited on comes first, what
//! reaches many people before what reaches few, and what has waited longer before what is new.
//! A flagged post or a question waiting three days comes before a weekly batch of incomplete
//! profiles, however many of those there are.

use super::kind::TaskKind;

/// How much a kind of task matters before age and reach.
pub fn weight(kind: TaskKind) -> i64 {
    match kind {
        TaskKind::FlaggedContent => 100,
        TaskKind::UnansweredQuestion => 70,
        TaskKind::PostWithPotential => 60,
        TaskKind::IdeaWaiting => 55,
        TaskKind::ActivityDip => 50,
        TaskKind::Welcome => 45,
        TaskKind::Routine => 40,
        TaskKind::SearchMiss => 35,
        TaskKind::IdleGroup | TaskKind::SilentGroup => 25,
        TaskKind::WentQuiet => 20,
        TaskKind::IncompleteProfiles => 10,
    }
}

/// A task's priority: its kind's weight, three points a day of waiting (up to 45: a question
/// that has waited three days outranks a fresh one of the same kind, and a week-old idea a
/// new dip), up to 20 for reach (a point per ten members of the group concerned), and 80 when
/// it is past its due day.
pub fn priority(kind: TaskKind, age_days: i64, group_members: i64, overdue: bool) -> i64 {
    let age = (age_days.max(0) * 3).min(45);
    let reach = (group_members.max(0) / 10).min(20);
    weight(kind) + age + reach + if overdue { 80 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harm_and_waiting_come_before_batches() {
        let flagged = priority(TaskKind::FlaggedContent, 0, 30, false);
        let question = priority(TaskKind::UnansweredQuestion, 3, 30, false);
        let fresh_question = priority(TaskKind::UnansweredQuestion, 0, 30, false);
        let profiles = priority(TaskKind::IncompleteProfiles, 30, 0, false);
        assert!(flagged > profiles && question > profiles);
        assert!(question > fresh_question);
        // Reach: the same question in a group of 200 before one in a group of 10.
        assert!(
            priority(TaskKind::UnansweredQuestion, 1, 200, false)
                > priority(TaskKind::UnansweredQuestion, 1, 10, false)
        );
        // An overdue routine task jumps the queue.
        assert!(priority(TaskKind::Routine, 0, 0, true) > flagged);
    }
}
