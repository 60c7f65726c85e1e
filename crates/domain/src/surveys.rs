//! Satisfaction surveys after closure: the questions, how a keyed digit or an SMS reply
//! answers each, and the rates the supervisor page shows.
//!
//! A survey is asked of the worker who consented to be contacted, by an IVR call or by
//! SMS, after the case is closed. Answers are stored against the case only, never against
//! the caller, so no report can link an answer to a worker's identity. A survey nobody
//! answered after its attempts counts as "no response": it lowers the response rate and
//! is never dropped.

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerKind {
    /// 1 very satisfied, 2 satisfied, 3 neither, 4 not satisfied, 5 not at all satisfied.
    Scale5,
    /// 1 yes, 2 no (stored as 1 and 0).
    YesNo,
}

/// One survey question; its text is the message `survey-question-<id>` in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub kind: AnswerKind,
}

/// The survey's questions, in the order they are asked.
pub const QUESTIONS: [Question; 2] = [
    Question {
        id: "satisfaction",
        kind: AnswerKind::Scale5,
    },
    Question {
        id: "resolved",
        kind: AnswerKind::YesNo,
    },
];

/// Answers to the satisfaction question at or below this count as satisfied.
pub const SATISFIED_AT_MOST: i64 = 2;

impl Question {
    /// The stored value of a keyed or texted answer, `None` when it answers nothing.
    /// Bengali digits are accepted (a worker's phone may type them in an SMS).
    pub fn answer(&self, text: &str) -> Option<i64> {
        let value = crate::digits::decimal_value(text.trim().chars().next()?)?;
        if text.trim().chars().count() != 1 {
            return None;
        }
        let value = i64::from(value);
        match self.kind {
            AnswerKind::Scale5 => (1..=5).contains(&value).then_some(value),
            AnswerKind::YesNo => match value {
                1 => Some(1),
                2 => Some(0),
                _ => None,
            },
        }
    }
}

/// A survey's outcome as the report counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The satisfaction question was answered with this value.
    Answered { satisfaction: i64 },
    /// Every attempt went unanswered.
    NoResponse,
}

/// Counts behind one row of the satisfaction report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Surveys finished (answered or no response); still-running surveys are left out.
    pub finished: i64,
    pub answered: i64,
    pub satisfied: i64,
}

impl Tally {
    pub fn add(&mut self, outcome: Outcome) {
        self.finished += 1;
        if let Outcome::Answered { satisfaction } = outcome {
            self.answered += 1;
            if satisfaction <= SATISFIED_AT_MOST {
                self.satisfied += 1;
            }
        }
    }

    /// Satisfied answers per answered survey, in whole percent; `None` with no answer.
    pub fn satisfaction_percent(&self) -> Option<i64> {
        percent(self.satisfied, self.answered)
    }

    /// Answered surveys per finished survey, in whole percent; `None` with none finished.
    pub fn response_percent(&self) -> Option<i64> {
        percent(self.answered, self.finished)
    }
}

fn percent(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_or_texted_digits_answer_within_the_question_s_range_only() {
        let [scale, yes_no] = QUESTIONS;
        assert_eq!(scale.answer("1"), Some(1));
        assert_eq!(scale.answer(" 5 "), Some(5));
        assert_eq!(scale.answer("৩"), Some(3), "Bengali digit");
        for bad in ["0", "6", "12", "", "x"] {
            assert_eq!(scale.answer(bad), None, "{bad}");
        }
        assert_eq!(yes_no.answer("1"), Some(1));
        assert_eq!(yes_no.answer("2"), Some(0));
        assert_eq!(yes_no.answer("3"), None);
    }

    #[test]
    fn no_response_lowers_the_response_rate_not_the_satisfaction_rate() {
        let mut t = Tally::default();
        for outcome in [
            Outcome::Answered { satisfaction: 1 },
            Outcome::Answered { satisfaction: 2 },
            Outcome::Answered { satisfaction: 4 },
            Outcome::NoResponse,
        ] {
            t.add(outcome);
        }
        assert_eq!(t.satisfaction_percent(), Some(67));
        assert_eq!(t.response_percent(), Some(75));
        assert_eq!(Tally::default().satisfaction_percent(), None);
        assert_eq!(Tally::default().response_percent(), None);
    }
}
