//! The domain error: what can go wrong in any capability, without HTTP in sight.
//! `web::error` is the one place that maps it to responses.

use sea_orm::DbErr;

/// A field that failed validation, with the i18n key of the message to show next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field the message belongs to.
    pub field: &'static str,
    /// The i18n message key (e.g. `error-required`).
    pub key: &'static str,
}

/// Everything a service can answer instead of success.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The thing does not exist, or the viewer may not know that it exists.
    #[error("not found")]
    NotFound,
    /// The viewer may see the thing but not do this to it.
    #[error("forbidden")]
    Forbidden,
    /// The action needs a signed-in member.
    #[error("login required")]
    LoginRequired,
    /// The input broke one or more rules; nothing was changed.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// A state-changing request without a valid CSRF token.
    #[error("missing or invalid CSRF token")]
    Csrf,
    /// Too many attempts (login throttling).
    #[error("too many attempts")]
    RateLimited,
    /// The request body is larger than its limit.
    #[error("request too large")]
    TooLarge,
    /// The request could not be understood (a malformed address, say).
    #[error("bad request")]
    BadRequest,
    /// The request took longer than its time limit.
    #[error("request timed out")]
    Timeout,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
    /// Anything else that is our fault, not the user's.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// One invalid field, the common case.
    pub fn invalid(field: &'static str, key: &'static str) -> Self {
        Self::Invalid(vec![FieldError { field, key }])
    }

    /// Both results, or every field error of both (so a form reports all its problems at
    /// once); any other error wins as it is.
    pub fn combine<A, B>(a: Result<A>, b: Result<B>) -> Result<(A, B)> {
        match (a, b) {
            (Ok(a), Ok(b)) => Ok((a, b)),
            (Err(Self::Invalid(mut first)), Err(Self::Invalid(second))) => {
                first.extend(second);
                Err(Self::Invalid(first))
            }
            (Err(err), _) | (_, Err(err)) => Err(err),
        }
    }
}

/// The result type of every service.
pub type Result<T, E = Error> = std::result::Result<T, E>;
