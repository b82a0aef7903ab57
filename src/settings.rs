//! Platform settings that administrators change at run time (stored, so every instance agrees).

use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, sea_query::OnConflict};

use crate::error::Result;

/// Key/value rows.
pub mod entity {
    use sea_orm::entity::prelude::*;

    /// One setting.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "settings")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub value: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Whether anyone may create an account themselves (off by default).
pub const OPEN_REGISTRATION: &str = "open_registration";

/// Reads a boolean setting, `false` when unset.
pub async fn flag(db: &impl ConnectionTrait, key: &str) -> Result<bool> {
    let row = entity::Entity::find_by_id(key.to_string()).one(db).await?;
    Ok(row.is_some_and(|r| r.value == "true"))
}

/// Stores a boolean setting.
pub async fn set_flag(db: &impl ConnectionTrait, key: &str, value: bool) -> Result<()> {
    let model = entity::ActiveModel {
        key: Set(key.to_string()),
        value: Set(value.to_string()),
    };
    entity::Entity::insert(model)
        .on_conflict(
            OnConflict::column(entity::Column::Key)
                .update_column(entity::Column::Value)
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(())
}
