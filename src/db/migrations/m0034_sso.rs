//! Single sign-on with OpenID Connect: the providers administrators configure, the identities
//! they vouch for (provider and subject → account), the sign-ins under way (`state`, PKCE
//! verifier and nonce, bound to the browser that started them, used once) and the offers to
//! link an existing account after one password sign-in; a session remembers the provider it
//! came through, for signing out there too.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SsoProviders {
    Table,
    Id,
    Slug,
    Name,
    Issuer,
    ClientId,
    ClientSecret,
    Scopes,
    AllowedDomains,
    CreateAccounts,
    TrustEmail,
    ClaimDepartment,
    ClaimJobTitle,
    ClaimLocation,
    ClaimManager,
    FromConfig,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SsoIdentities {
    Table,
    Id,
    ProviderId,
    Subject,
    UserId,
    CreatedAt,
    LastSignInAt,
}

#[derive(DeriveIden)]
enum SsoAttempts {
    Table,
    StateHash,
    BrowserHash,
    ProviderId,
    PkceVerifier,
    Nonce,
    Next,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SsoLinkOffers {
    Table,
    TokenHash,
    ProviderId,
    Subject,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    SsoProviderId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(SsoProviders::Table)
                .col(big_pk_auto(SsoProviders::Id))
                .col(string_len_uniq(SsoProviders::Slug, 40))
                .col(string_len(SsoProviders::Name, 100))
                .col(string_len(SsoProviders::Issuer, 500))
                .col(string_len(SsoProviders::ClientId, 255))
                .col(string_len(SsoProviders::ClientSecret, 500))
                .col(string_len(SsoProviders::Scopes, 200))
                .col(string_len(SsoProviders::AllowedDomains, 500))
                .col(boolean(SsoProviders::CreateAccounts))
                .col(boolean(SsoProviders::TrustEmail))
                .col(string_len(SsoProviders::ClaimDepartment, 64))
                .col(string_len(SsoProviders::ClaimJobTitle, 64))
                .col(string_len(SsoProviders::ClaimLocation, 64))
                .col(string_len(SsoProviders::ClaimManager, 64))
                .col(boolean(SsoProviders::FromConfig))
                .col(big_integer(SsoProviders::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SsoIdentities::Table)
                .col(big_pk_auto(SsoIdentities::Id))
                .col(big_integer(SsoIdentities::ProviderId))
                .col(string_len(SsoIdentities::Subject, 255))
                .col(big_integer(SsoIdentities::UserId))
                .col(big_integer(SsoIdentities::CreatedAt))
                .col(big_integer(SsoIdentities::LastSignInAt))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "sso_identities_subject",
            SsoIdentities::Table,
            &[SsoIdentities::ProviderId, SsoIdentities::Subject],
            true,
        )
        .await?;
        index(
            m,
            "sso_identities_user",
            SsoIdentities::Table,
            &[SsoIdentities::UserId],
            false,
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SsoAttempts::Table)
                .col(string_len(SsoAttempts::StateHash, 64).primary_key())
                .col(string_len(SsoAttempts::BrowserHash, 64))
                .col(big_integer(SsoAttempts::ProviderId))
                .col(string_len(SsoAttempts::PkceVerifier, 128))
                .col(string_len(SsoAttempts::Nonce, 128))
                .col(string_len(SsoAttempts::Next, 2000))
                .col(big_integer(SsoAttempts::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SsoLinkOffers::Table)
                .col(string_len(SsoLinkOffers::TokenHash, 64).primary_key())
                .col(big_integer(SsoLinkOffers::ProviderId))
                .col(string_len(SsoLinkOffers::Subject, 255))
                .col(big_integer(SsoLinkOffers::UserId))
                .col(big_integer(SsoLinkOffers::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Sessions::Table)
                .add_column(big_integer_null(Sessions::SsoProviderId))
                .to_owned(),
        )
        .await
    }
}
