//! The directory: who exists (accounts), which groups there are and who belongs to which — the
//! tables every capability joins — and `access`, the one rule of who may see what. It holds no
//! behaviour of its own: `people` and `auth` change accounts, `groups` changes groups and
//! memberships (each recording what happened), and everything above reads through here. Being
//! the lowest layer that knows about members is what lets the activity record and the
//! notification store sit below the capabilities that write to them.

pub mod access;
mod entity;

pub use entity::{group, member, user};
