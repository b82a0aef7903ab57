//! Administration: accounts and roles (including the senior-manager / role-model marker),
//! creating accounts with a one-time set-password link, and platform settings.

mod invite;
mod mail;
mod routes;
mod service;

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    routes::router()
        .merge(mail::router())
        .merge(invite::router())
}

#[cfg(test)]
mod tests;
