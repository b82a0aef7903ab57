//! Administration: accounts and roles (including the senior-manager / role-model marker),
//! creating accounts with a one-time set-password link, and platform settings.

mod routes;
pub use routes::router;

#[cfg(test)]
mod tests;
