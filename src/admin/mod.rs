//! Administration: accounts and roles (including the senior-manager / role-model marker),
//! creating accounts with a one-time set-password link, and platform settings.

mod invite;
mod mail;
mod routes;
mod service;

/// The invitation mail, also sent to colleagues brought in by provisioning.
pub use invite::invitation;

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    routes::router()
        .merge(mail::router())
        .merge(invite::router())
}

#[cfg(test)]
mod tests;
