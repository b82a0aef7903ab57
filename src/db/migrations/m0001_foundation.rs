//! Accounts, sessions, profiles, groups, posts, comments and reactions.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    NameKey,
    PasswordHash,
    Role,
    IsRoleModel,
    Locale,
    Active,
    JobTitle,
    Department,
    Location,
    Bio,
    ManagerId,
    PhotoId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Media {
    Table,
    Id,
    OwnerId,
    ContentType,
    Bytes,
    Width,
    Height,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UserExpertise {
    Table,
    UserId,
    TagKey,
    Label,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    IdHash,
    UserId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum LoginAttempts {
    Table,
    Id,
    Key,
    At,
}

#[derive(DeriveIden)]
enum PasswordTokens {
    Table,
    TokenHash,
    UserId,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum Settings {
    Table,
    Key,
    Value,
}

#[derive(DeriveIden)]
enum Follows {
    Table,
    FollowerId,
    FolloweeId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Groups {
    Table,
    Id,
    Name,
    NameKey,
    Description,
    Visibility,
    ArchivedAt,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum GroupMembers {
    Table,
    GroupId,
    UserId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum GroupJoinRequests {
    Table,
    GroupId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    GroupId,
    AuthorId,
    Kind,
    BodyMd,
    BodyHtml,
    CreatedAt,
    EditedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum PostRevisions {
    Table,
    Id,
    PostId,
    BodyMd,
    EditedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    Id,
    PostId,
    AuthorId,
    BodyMd,
    BodyHtml,
    CreatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Reactions {
    Table,
    PostId,
    UserId,
    Kind,
    CreatedAt,
}

fn index(name: &str, table: impl IntoIden, cols: Vec<DynIden>) -> IndexCreateStatement {
    let mut stmt = Index::create().name(name).table(table).take();
    for col in cols {
        stmt.col(col);
    }
    stmt
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create_people(m).await?;
        create_auth(m).await?;
        create_groups(m).await?;
        create_posts(m).await
    }
}

async fn create_people(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(Users::Table)
            .col(big_pk_auto(Users::Id))
            .col(string_len_uniq(Users::Email, 254))
            .col(string_len(Users::DisplayName, 100))
            .col(string_len(Users::NameKey, 100))
            .col(string_len_null(Users::PasswordHash, 200))
            .col(string_len(Users::Role, 32).default("member"))
            .col(boolean(Users::IsRoleModel).default(false))
            .col(string_len_null(Users::Locale, 8))
            .col(boolean(Users::Active).default(true))
            .col(string_len(Users::JobTitle, 100).default(""))
            .col(string_len(Users::Department, 100).default(""))
            .col(string_len(Users::Location, 100).default(""))
            .col(text(Users::Bio).default(""))
            .col(big_integer_null(Users::ManagerId))
            .col(big_integer_null(Users::PhotoId))
            .col(big_integer(Users::CreatedAt))
            .col(big_integer(Users::UpdatedAt))
            .to_owned(),
    )
    .await?;
    m.create_index(index(
        "ix_users_name",
        Users::Table,
        vec![Users::NameKey.into_iden(), Users::Id.into_iden()],
    ))
    .await?;
    m.create_index(index(
        "ix_users_department",
        Users::Table,
        vec![Users::Department.into_iden()],
    ))
    .await?;
    m.create_index(index(
        "ix_users_location",
        Users::Table,
        vec![Users::Location.into_iden()],
    ))
    .await?;
    m.create_table(
        Table::create()
            .table(Media::Table)
            .col(big_pk_auto(Media::Id))
            .col(big_integer(Media::OwnerId))
            .col(string_len(Media::ContentType, 64))
            .col(blob(Media::Bytes))
            .col(integer(Media::Width))
            .col(integer(Media::Height))
            .col(big_integer(Media::CreatedAt))
            .foreign_key(&mut fk(
                (Media::Table, Media::OwnerId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_table(
        Table::create()
            .table(UserExpertise::Table)
            .col(big_integer(UserExpertise::UserId))
            .col(string_len(UserExpertise::TagKey, 60))
            .col(string_len(UserExpertise::Label, 60))
            .primary_key(
                Index::create()
                    .col(UserExpertise::UserId)
                    .col(UserExpertise::TagKey),
            )
            .foreign_key(&mut fk(
                (UserExpertise::Table, UserExpertise::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_index(index(
        "ix_expertise_tag",
        UserExpertise::Table,
        vec![UserExpertise::TagKey.into_iden()],
    ))
    .await?;
    m.create_table(
        Table::create()
            .table(Follows::Table)
            .col(big_integer(Follows::FollowerId))
            .col(big_integer(Follows::FolloweeId))
            .col(big_integer(Follows::CreatedAt))
            .primary_key(
                Index::create()
                    .col(Follows::FollowerId)
                    .col(Follows::FolloweeId),
            )
            .foreign_key(&mut fk(
                (Follows::Table, Follows::FollowerId),
                (Users::Table, Users::Id),
            ))
            .foreign_key(&mut fk(
                (Follows::Table, Follows::FolloweeId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await
}

async fn create_auth(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(Sessions::Table)
            .col(string_len(Sessions::IdHash, 64).primary_key())
            .col(big_integer(Sessions::UserId))
            .col(big_integer(Sessions::CreatedAt))
            .col(big_integer(Sessions::ExpiresAt))
            .foreign_key(&mut fk(
                (Sessions::Table, Sessions::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_index(index(
        "ix_sessions_user",
        Sessions::Table,
        vec![Sessions::UserId.into_iden()],
    ))
    .await?;
    m.create_table(
        Table::create()
            .table(LoginAttempts::Table)
            .col(big_pk_auto(LoginAttempts::Id))
            .col(string_len(LoginAttempts::Key, 300))
            .col(big_integer(LoginAttempts::At))
            .to_owned(),
    )
    .await?;
    m.create_index(index(
        "ix_login_attempts_key",
        LoginAttempts::Table,
        vec![
            LoginAttempts::Key.into_iden(),
            LoginAttempts::At.into_iden(),
        ],
    ))
    .await?;
    m.create_table(
        Table::create()
            .table(PasswordTokens::Table)
            .col(string_len(PasswordTokens::TokenHash, 64).primary_key())
            .col(big_integer(PasswordTokens::UserId))
            .col(big_integer(PasswordTokens::ExpiresAt))
            .col(big_integer_null(PasswordTokens::UsedAt))
            .foreign_key(&mut fk(
                (PasswordTokens::Table, PasswordTokens::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_table(
        Table::create()
            .table(Settings::Table)
            .col(string_len(Settings::Key, 64).primary_key())
            .col(text(Settings::Value))
            .to_owned(),
    )
    .await
}

async fn create_groups(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(Groups::Table)
            .col(big_pk_auto(Groups::Id))
            .col(string_len(Groups::Name, 80))
            .col(string_len_uniq(Groups::NameKey, 80))
            .col(text(Groups::Description).default(""))
            .col(string_len(Groups::Visibility, 16))
            .col(big_integer_null(Groups::ArchivedAt))
            .col(big_integer(Groups::CreatedBy))
            .col(big_integer(Groups::CreatedAt))
            .foreign_key(&mut fk(
                (Groups::Table, Groups::CreatedBy),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_table(
        Table::create()
            .table(GroupMembers::Table)
            .col(big_integer(GroupMembers::GroupId))
            .col(big_integer(GroupMembers::UserId))
            .col(string_len(GroupMembers::Role, 16))
            .col(big_integer(GroupMembers::CreatedAt))
            .primary_key(
                Index::create()
                    .col(GroupMembers::GroupId)
                    .col(GroupMembers::UserId),
            )
            .foreign_key(&mut fk(
                (GroupMembers::Table, GroupMembers::GroupId),
                (Groups::Table, Groups::Id),
            ))
            .foreign_key(&mut fk(
                (GroupMembers::Table, GroupMembers::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_index(index(
        "ix_group_members_user",
        GroupMembers::Table,
        vec![
            GroupMembers::UserId.into_iden(),
            GroupMembers::GroupId.into_iden(),
        ],
    ))
    .await?;
    m.create_table(
        Table::create()
            .table(GroupJoinRequests::Table)
            .col(big_integer(GroupJoinRequests::GroupId))
            .col(big_integer(GroupJoinRequests::UserId))
            .col(big_integer(GroupJoinRequests::CreatedAt))
            .primary_key(
                Index::create()
                    .col(GroupJoinRequests::GroupId)
                    .col(GroupJoinRequests::UserId),
            )
            .foreign_key(&mut fk(
                (GroupJoinRequests::Table, GroupJoinRequests::GroupId),
                (Groups::Table, Groups::Id),
            ))
            .foreign_key(&mut fk(
                (GroupJoinRequests::Table, GroupJoinRequests::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await
}

async fn create_posts(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(Posts::Table)
            .col(big_pk_auto(Posts::Id))
            .col(big_integer(Posts::GroupId))
            .col(big_integer(Posts::AuthorId))
            .col(string_len(Posts::Kind, 24).default("discussion"))
            .col(text(Posts::BodyMd))
            .col(text(Posts::BodyHtml))
            .col(big_integer(Posts::CreatedAt))
            .col(big_integer_null(Posts::EditedAt))
            .col(big_integer_null(Posts::DeletedAt))
            .foreign_key(&mut fk(
                (Posts::Table, Posts::GroupId),
                (Groups::Table, Groups::Id),
            ))
            .foreign_key(&mut fk(
                (Posts::Table, Posts::AuthorId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_index(index(
        "ix_posts_group",
        Posts::Table,
        vec![Posts::GroupId.into_iden(), Posts::Id.into_iden()],
    ))
    .await?;
    m.create_index(index(
        "ix_posts_author",
        Posts::Table,
        vec![Posts::AuthorId.into_iden(), Posts::Id.into_iden()],
    ))
    .await?;
    m.create_table(
        Table::create()
            .table(PostRevisions::Table)
            .col(big_pk_auto(PostRevisions::Id))
            .col(big_integer(PostRevisions::PostId))
            .col(text(PostRevisions::BodyMd))
            .col(big_integer(PostRevisions::EditedBy))
            .col(big_integer(PostRevisions::CreatedAt))
            .foreign_key(&mut fk(
                (PostRevisions::Table, PostRevisions::PostId),
                (Posts::Table, Posts::Id),
            ))
            .foreign_key(&mut fk(
                (PostRevisions::Table, PostRevisions::EditedBy),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_index(index(
        "ix_revisions_post",
        PostRevisions::Table,
        vec![PostRevisions::PostId.into_iden()],
    ))
    .await?;
    m.create_table(
        Table::create()
            .table(Comments::Table)
            .col(big_pk_auto(Comments::Id))
            .col(big_integer(Comments::PostId))
            .col(big_integer(Comments::AuthorId))
            .col(text(Comments::BodyMd))
            .col(text(Comments::BodyHtml))
            .col(big_integer(Comments::CreatedAt))
            .col(big_integer_null(Comments::DeletedAt))
            .foreign_key(&mut fk(
                (Comments::Table, Comments::PostId),
                (Posts::Table, Posts::Id),
            ))
            .foreign_key(&mut fk(
                (Comments::Table, Comments::AuthorId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_index(index(
        "ix_comments_post",
        Comments::Table,
        vec![Comments::PostId.into_iden(), Comments::Id.into_iden()],
    ))
    .await?;
    m.create_table(
        Table::create()
            .table(Reactions::Table)
            .col(big_integer(Reactions::PostId))
            .col(big_integer(Reactions::UserId))
            .col(string_len(Reactions::Kind, 16))
            .col(big_integer(Reactions::CreatedAt))
            .primary_key(
                Index::create()
                    .col(Reactions::PostId)
                    .col(Reactions::UserId),
            )
            .foreign_key(&mut fk(
                (Reactions::Table, Reactions::PostId),
                (Posts::Table, Posts::Id),
            ))
            .foreign_key(&mut fk(
                (Reactions::Table, Reactions::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await
}
