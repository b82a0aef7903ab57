//! The 5 B's adoption model (seed 001): Bereiken, Betrekken, Binden, Boeien, Bezielen. The
//! community is in the first phase whose exit conditions it does not meet yet; each condition is
//! an indicator measured against a threshold, shown as evidence beside the phase. Indicators
//! Plein cannot measure yet (moderation arrives with the work queue) are shown as such and do
//! not hold the community back.

use serde::Serialize;

/// The five phases, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Reach: roll out, activate, inform.
    Bereiken,
    /// Involve: make content with ambassadors, draw people in.
    Betrekken,
    /// Bind: appreciate the active, highlight their content.
    Binden,
    /// Captivate: members create, the community manager moderates.
    Boeien,
    /// Inspire: members take over community management tasks.
    Bezielen,
}

impl Phase {
    /// Every phase, in order.
    pub const ALL: [Phase; 5] = [
        Phase::Bereiken,
        Phase::Betrekken,
        Phase::Binden,
        Phase::Boeien,
        Phase::Bezielen,
    ];

    /// The i18n key stem (`phase-<stem>`, `phase-<stem>-focus`).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Bereiken => "bereiken",
            Phase::Betrekken => "betrekken",
            Phase::Binden => "binden",
            Phase::Boeien => "boeien",
            Phase::Bezielen => "bezielen",
        }
    }

    /// 1 to 5.
    pub fn number(self) -> usize {
        self as usize + 1
    }
}

/// The thresholds a community must reach to leave each phase (defaults from the research
/// synthesis in the analytics issue, adjustable by administrators; percentages are percent).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Thresholds {
    /// Leave Bereiken: members ever active ÷ accounts.
    pub activated: f64,
    /// Leave Bereiken: complete profiles ÷ accounts.
    pub complete_profiles: f64,
    /// Leave Betrekken: monthly active ÷ accounts.
    pub mau: f64,
    /// Leave Betrekken: DAU ÷ MAU.
    pub stickiness_involved: f64,
    /// Leave Binden: members who posted, replied or reacted in 180 days ÷ accounts.
    pub interactive: f64,
    /// Leave Binden: questions answered.
    pub answered: f64,
    /// Leave Binden: median hours to a first answer, at most.
    pub median_response_hours: f64,
    /// Leave Boeien: DAU ÷ MAU.
    pub stickiness_captivated: f64,
    /// Leave Boeien: creators ÷ active members.
    pub creators: f64,
    /// Leave Boeien for Bezielen: answers and idea responses by people who are not community
    /// managers.
    pub member_carried: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            activated: 70.0,
            complete_profiles: 50.0,
            mau: 40.0,
            stickiness_involved: 10.0,
            interactive: 27.0,
            answered: 80.0,
            median_response_hours: 24.0,
            stickiness_captivated: 20.0,
            creators: 15.0,
            member_carried: 50.0,
        }
    }
}

/// One adjustable threshold: its form field, the indicator it applies to (an i18n key), the
/// phase it lets the community leave, its unit, and where it lives in [`Thresholds`].
pub struct Adjustable {
    /// Form field name.
    pub field: &'static str,
    /// i18n key of the indicator.
    pub label: &'static str,
    /// The phase this threshold lets the community leave.
    pub phase: Phase,
    /// Hours (at most) rather than percent (at least).
    pub hours: bool,
    /// Reads the value.
    pub get: fn(&Thresholds) -> f64,
    /// Writes the value.
    pub set: fn(&mut Thresholds, f64),
}

impl Adjustable {
    /// The accepted range: percentages 0–100, hours 1–720 (a month).
    pub fn range(&self) -> (f64, f64) {
        if self.hours {
            (1.0, 720.0)
        } else {
            (0.0, 100.0)
        }
    }
}

/// Every threshold an administrator may adjust, in the order of the evidence table.
pub const ADJUSTABLE: [Adjustable; 10] = [
    Adjustable {
        field: "activated",
        label: "phase-activated",
        phase: Phase::Bereiken,
        hours: false,
        get: |t| t.activated,
        set: |t, v| t.activated = v,
    },
    Adjustable {
        field: "complete_profiles",
        label: "phase-complete-profiles",
        phase: Phase::Bereiken,
        hours: false,
        get: |t| t.complete_profiles,
        set: |t, v| t.complete_profiles = v,
    },
    Adjustable {
        field: "mau",
        label: "phase-mau",
        phase: Phase::Betrekken,
        hours: false,
        get: |t| t.mau,
        set: |t, v| t.mau = v,
    },
    Adjustable {
        field: "stickiness_involved",
        label: "phase-stickiness",
        phase: Phase::Betrekken,
        hours: false,
        get: |t| t.stickiness_involved,
        set: |t, v| t.stickiness_involved = v,
    },
    Adjustable {
        field: "interactive",
        label: "phase-interactive",
        phase: Phase::Binden,
        hours: false,
        get: |t| t.interactive,
        set: |t, v| t.interactive = v,
    },
    Adjustable {
        field: "answered",
        label: "phase-answered",
        phase: Phase::Binden,
        hours: false,
        get: |t| t.answered,
        set: |t, v| t.answered = v,
    },
    Adjustable {
        field: "median_response_hours",
        label: "phase-median-response",
        phase: Phase::Binden,
        hours: true,
        get: |t| t.median_response_hours,
        set: |t, v| t.median_response_hours = v,
    },
    Adjustable {
        field: "stickiness_captivated",
        label: "phase-stickiness",
        phase: Phase::Boeien,
        hours: false,
        get: |t| t.stickiness_captivated,
        set: |t, v| t.stickiness_captivated = v,
    },
    Adjustable {
        field: "creators",
        label: "phase-creators",
        phase: Phase::Boeien,
        hours: false,
        get: |t| t.creators,
        set: |t, v| t.creators = v,
    },
    Adjustable {
        field: "member_carried",
        label: "phase-member-carried",
        phase: Phase::Boeien,
        hours: false,
        get: |t| t.member_carried,
        set: |t, v| t.member_carried = v,
    },
];

/// What was measured for the phase; `None` where there is nothing to measure (no questions
/// yet, or a capability Plein does not have yet).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Indicators {
    /// Members ever active ÷ accounts, percent.
    pub activated: f64,
    /// Complete profiles ÷ accounts, percent.
    pub complete_profiles: f64,
    /// MAU ÷ accounts, percent.
    pub mau: f64,
    /// DAU ÷ MAU, percent.
    pub stickiness: f64,
    /// Interactive members over 180 days ÷ accounts, percent.
    pub interactive: f64,
    /// Questions with an answer, percent.
    pub answered: Option<f64>,
    /// Median hours to a first answer (unanswered questions counted as not yet answered).
    pub median_response_hours: Option<f64>,
    /// Creators ÷ active members, percent (`None`: withheld, too few people).
    pub creators: Option<f64>,
    /// Community managers moderate more than they create (not measured before moderation).
    pub managers_moderate_more: Option<bool>,
    /// Answers and idea responses by others than community managers, percent.
    pub member_carried: Option<f64>,
}

/// One indicator against its threshold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The phase this condition lets the community leave.
    pub phase: Phase,
    /// i18n key of the indicator's name.
    pub key: &'static str,
    /// The measured value, as shown (whole percent or hours); `None`: not measured.
    pub value: Option<f64>,
    /// The threshold, in the same unit.
    pub threshold: f64,
    /// Lower is better (response time).
    pub at_most: bool,
    /// Whether the condition is met (`None`: not measured).
    pub met: Option<bool>,
}

/// The phase and the evidence behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// Where the community is.
    pub phase: Phase,
    /// Every condition, phase by phase.
    pub evidence: Vec<Evidence>,
}

fn at_least(phase: Phase, key: &'static str, value: Option<f64>, threshold: f64) -> Evidence {
    Evidence {
        phase,
        key,
        value,
        threshold,
        at_most: false,
        met: value.map(|v| v >= threshold),
    }
}

/// Places the community in a phase: the first whose conditions are not all met (conditions
/// that cannot be measured are skipped), or Bezielen when every phase's are.
pub fn assess(i: &Indicators, t: &Thresholds) -> Assessment {
    use Phase::*;
    let evidence = vec![
        at_least(Bereiken, "phase-activated", Some(i.activated), t.activated),
        at_least(
            Bereiken,
            "phase-complete-profiles",
            Some(i.complete_profiles),
            t.complete_profiles,
        ),
        at_least(Betrekken, "phase-mau", Some(i.mau), t.mau),
        at_least(
            Betrekken,
            "phase-stickiness",
            Some(i.stickiness),
            t.stickiness_involved,
        ),
        at_least(
            Binden,
            "phase-interactive",
            Some(i.interactive),
            t.interactive,
        ),
        at_least(Binden, "phase-answered", i.answered, t.answered),
        Evidence {
            phase: Binden,
            key: "phase-median-response",
            value: i.median_response_hours,
            threshold: t.median_response_hours,
            at_most: true,
            met: i.answered.map(|_| {
                i.median_response_hours
                    .is_some_and(|h| h <= t.median_response_hours)
            }),
        },
        at_least(
            Boeien,
            "phase-stickiness",
            Some(i.stickiness),
            t.stickiness_captivated,
        ),
        at_least(Boeien, "phase-creators", i.creators, t.creators),
        Evidence {
            phase: Boeien,
            key: "phase-managers-moderate",
            value: None,
            threshold: 0.0,
            at_most: false,
            met: i.managers_moderate_more,
        },
        at_least(
            Boeien,
            "phase-member-carried",
            i.member_carried,
            t.member_carried,
        ),
    ];
    let phase = Phase::ALL
        .into_iter()
        .find(|&p| {
            evidence
                .iter()
                .any(|e| e.phase == p && e.met == Some(false))
        })
        .unwrap_or(Bezielen);
    Assessment { phase, evidence }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A community that meets every default threshold.
    fn thriving() -> Indicators {
        Indicators {
            activated: 90.0,
            complete_profiles: 60.0,
            mau: 55.0,
            stickiness: 25.0,
            interactive: 40.0,
            answered: Some(85.0),
            median_response_hours: Some(5.0),
            creators: Some(20.0),
            managers_moderate_more: None,
            member_carried: Some(70.0),
        }
    }

    #[test]
    fn the_first_unmet_phase_is_where_the_community_is() {
        let t = Thresholds::default();
        assert_eq!(assess(&thriving(), &t).phase, Phase::Bezielen);
        let new = Indicators {
            activated: 40.0,
            ..thriving()
        };
        assert_eq!(assess(&new, &t).phase, Phase::Bereiken);
        let involved = Indicators {
            stickiness: 12.0,
            ..thriving()
        };
        assert_eq!(
            assess(&involved, &t).phase,
            Phase::Boeien,
            "12 % is enough to leave Betrekken, not Boeien"
        );
        let slow = Indicators {
            median_response_hours: Some(30.0),
            ..thriving()
        };
        assert_eq!(assess(&slow, &t).phase, Phase::Binden);
        let half_unanswered = Indicators {
            median_response_hours: None,
            ..thriving()
        };
        assert_eq!(
            assess(&half_unanswered, &t).phase,
            Phase::Binden,
            "no median because most questions wait: not met"
        );
        let managers_carry = Indicators {
            member_carried: Some(30.0),
            ..thriving()
        };
        assert_eq!(
            assess(&managers_carry, &t).phase,
            Phase::Boeien,
            "members must carry the community for Bezielen"
        );
    }

    #[test]
    fn what_cannot_be_measured_does_not_hold_back() {
        let quiet = Indicators {
            answered: None,
            median_response_hours: None,
            member_carried: None,
            ..thriving()
        };
        let a = assess(&quiet, &Thresholds::default());
        assert_eq!(a.phase, Phase::Bezielen);
        let unmeasured: Vec<_> = a
            .evidence
            .iter()
            .filter(|e| e.met.is_none())
            .map(|e| e.key)
            .collect();
        assert_eq!(
            unmeasured,
            vec![
                "phase-answered",
                "phase-median-response",
                "phase-managers-moderate",
                "phase-member-carried"
            ]
        );
    }
}
