//! The decision model of seed 002 §5: a moderator rates a post's impact (reach, harm, legal or
//! privacy concern) and how desirable it is, and Plein suggests a response from a matrix the
//! administrators can adjust. Not every flagged post should go: a desired post with a high
//! impact deserves amplifying, an undesired one with little impact is often best left to the
//! community or a private word.

crate::stored_enum! {
    /// Low or high, for reach and harm.
    pub enum Level {
        /// Few people, little effect.
        Low = "low" => "level-low",
        /// Many people or a serious effect.
        High = "high" => "level-high",
    }
}

crate::stored_enum! {
    /// How desirable a post is for the community.
    pub enum Desirability {
        /// What the community is for.
        Desired = "desired" => "desirability-desired",
        /// Neither.
        Neutral = "neutral" => "desirability-neutral",
        /// Against the house rules or the community's interest.
        Undesired = "undesired" => "desirability-undesired",
    }
}

impl Desirability {
    fn index(self) -> usize {
        match self {
            Self::Desired => 0,
            Self::Neutral => 1,
            Self::Undesired => 2,
        }
    }
}

/// A moderator's rating of one post or comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating {
    /// How many people it reaches.
    pub reach: Level,
    /// How much harm it can do.
    pub harm: Level,
    /// Whether it raises a legal or privacy concern.
    pub legal: bool,
    /// How desirable it is.
    pub desirability: Desirability,
}

impl Rating {
    /// High when any of reach, harm or a legal or privacy concern is: one serious dimension is
    /// enough to act on.
    pub fn impact(&self) -> Level {
        if self.reach == Level::High || self.harm == Level::High || self.legal {
            Level::High
        } else {
            Level::Low
        }
    }
}

crate::stored_enum! {
    /// The responses the matrix can suggest.
    pub enum Response {
        /// Share it further, connect people, ask a senior manager to endorse it.
        Amplify = "amplify" => "response-amplify",
        /// Thank or react; nothing else needed.
        Acknowledge = "acknowledge" => "response-acknowledge",
        /// Keep an eye on it; respond publicly when the discussion turns.
        Monitor = "monitor" => "response-monitor",
        /// Leave it; the flag was not needed.
        LetBe = "let_be" => "response-let-be",
        /// Leave room for members to respond first.
        CommunityResponds = "community_responds" => "response-community-responds",
        /// A private word with the author.
        NudgePrivately = "nudge_privately" => "response-nudge-privately",
        /// Hide or remove now, escalate, and correct the facts publicly.
        ActNow = "act_now" => "response-act-now",
    }
}

impl Response {
    /// The i18n key of what the moderator should do, in a sentence.
    pub fn advice_key(self) -> &'static str {
        match self {
            Self::Amplify => "response-amplify-advice",
            Self::Acknowledge => "response-acknowledge-advice",
            Self::Monitor => "response-monitor-advice",
            Self::LetBe => "response-let-be-advice",
            Self::CommunityResponds => "response-community-responds-advice",
            Self::NudgePrivately => "response-nudge-privately-advice",
            Self::ActNow => "response-act-now-advice",
        }
    }

    /// The action the review form preselects for this response.
    pub fn action(self) -> super::action::Action {
        use super::action::Action;
        match self {
            Self::NudgePrivately => Action::Warn,
            Self::ActNow => Action::Hide,
            _ => Action::Keep,
        }
    }
}

/// Which response each desirability × impact suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matrix {
    /// `[desirability][impact]`, impact low then high.
    cells: [[Response; 2]; 3],
}

impl Default for Matrix {
    /// Seed 002 §5: desired and high impact: amplify; undesired and low: let the community
    /// respond or nudge privately; undesired and high: act now.
    fn default() -> Self {
        Self {
            cells: [
                [Response::Acknowledge, Response::Amplify],
                [Response::LetBe, Response::Monitor],
                [Response::NudgePrivately, Response::ActNow],
            ],
        }
    }
}

impl Matrix {
    /// The suggested response to a rating.
    pub fn suggest(&self, rating: &Rating) -> Response {
        self.cell(rating.desirability, rating.impact())
    }

    /// The response in one cell.
    pub fn cell(&self, desirability: Desirability, impact: Level) -> Response {
        self.cells[desirability.index()][usize::from(impact == Level::High)]
    }

    /// Sets one cell.
    pub fn set(&mut self, desirability: Desirability, impact: Level, response: Response) {
        self.cells[desirability.index()][usize::from(impact == Level::High)] = response;
    }

    /// The stored form: six responses, row by row, separated by commas.
    pub fn encode(&self) -> String {
        self.cells
            .iter()
            .flatten()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Parses the stored form; anything malformed gives the default matrix.
    pub fn decode(text: &str) -> Self {
        let responses: Vec<Response> = text.split(',').filter_map(Response::parse).collect();
        let mut matrix = Self::default();
        if responses.len() != 6 {
            return matrix;
        }
        for (i, desirability) in Desirability::ALL.into_iter().enumerate() {
            for (j, impact) in Level::ALL.into_iter().enumerate() {
                matrix.set(desirability, impact, responses[i * 2 + j]);
            }
        }
        matrix
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rating(reach: Level, harm: Level, legal: bool, desirability: Desirability) -> Rating {
        Rating {
            reach,
            harm,
            legal,
            desirability,
        }
    }

    #[test]
    fn any_serious_dimension_makes_the_impact_high() {
        use Level::{High, Low};
        let d = Desirability::Neutral;
        assert_eq!(rating(Low, Low, false, d).impact(), Low);
        assert_eq!(rating(High, Low, false, d).impact(), High);
        assert_eq!(rating(Low, High, false, d).impact(), High);
        assert_eq!(rating(Low, Low, true, d).impact(), High);
    }

    #[test]
    fn the_default_matrix_follows_the_seed() {
        use Level::{High, Low};
        let m = Matrix::default();
        let suggest = |r| m.suggest(&r);
        assert_eq!(
            suggest(rating(High, Low, false, Desirability::Desired)),
            Response::Amplify
        );
        assert_eq!(
            suggest(rating(Low, Low, false, Desirability::Undesired)),
            Response::NudgePrivately
        );
        assert_eq!(
            suggest(rating(Low, Low, true, Desirability::Undesired)),
            Response::ActNow
        );
        assert_eq!(
            Response::ActNow.action(),
            super::super::action::Action::Hide
        );
    }

    #[test]
    fn the_matrix_round_trips_and_bad_text_gives_the_default() {
        let mut m = Matrix::default();
        m.set(
            Desirability::Undesired,
            Level::Low,
            Response::CommunityResponds,
        );
        assert_eq!(Matrix::decode(&m.encode()), m);
        assert_eq!(Matrix::decode("amplify,nonsense"), Matrix::default());
        assert_eq!(Matrix::decode(""), Matrix::default());
    }
}
