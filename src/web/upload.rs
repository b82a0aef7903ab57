//! Forms that may carry files: one extractor reads a form sent either way — URL-encoded (as
//! before, and from scripts) or `multipart/form-data` (a form with a file field) — into the same
//! typed form, so a handler gains uploads without a second code path. Text fields of a
//! multipart form get the same hygiene as URL-encoded ones (no control characters).

use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use axum::{Form, body::Bytes};
use serde::de::DeserializeOwned;

use super::input::strip_controls;
use crate::error::Error;

/// One uploaded file, as the browser sent it (nothing about it is trusted).
#[derive(Debug, Clone)]
pub struct Upload {
    /// The file name the browser gave.
    pub name: String,
    /// The bytes.
    pub bytes: Bytes,
}

/// A typed form with the files sent under [`FILES_FIELD`] (none for a URL-encoded form).
#[derive(Debug)]
pub struct WithFiles<T> {
    /// The text fields.
    pub form: T,
    /// The files, in the order sent; a file input left empty sends none.
    pub files: Vec<Upload>,
}

/// The name of the file field every form with uploads uses.
pub const FILES_FIELD: &str = "files";

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for WithFiles<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &S) -> Result<Self, Error> {
        let multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        if !multipart {
            let Form(form) = Form::<T>::from_request(req, state)
                .await
                .map_err(|_| Error::BadRequest)?;
            return Ok(Self {
                form,
                files: Vec::new(),
            });
        }
        let parts = Multipart::from_request(req, state)
            .await
            .map_err(|_| Error::BadRequest)?;
        read_multipart(parts).await
    }
}

async fn read_multipart<T: DeserializeOwned>(mut parts: Multipart) -> Result<WithFiles<T>, Error> {
    let mut text: Vec<(String, String)> = Vec::new();
    let mut files = Vec::new();
    while let Some(field) = parts.next_field().await.map_err(refusal)? {
        let name = field.name().unwrap_or_default().to_string();
        match field.file_name().map(str::to_string) {
            Some(file_name) => {
                let bytes = field.bytes().await.map_err(refusal)?;
                let left_empty = file_name.is_empty() && bytes.is_empty();
                if name == FILES_FIELD && !left_empty {
                    files.push(Upload {
                        name: file_name,
                        bytes,
                    });
                }
            }
            None => {
                let value = field.text().await.map_err(refusal)?;
                text.push((
                    strip_controls(&name).into_owned(),
                    strip_controls(&value).into_owned(),
                ));
            }
        }
    }
    let encoded = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(&text)
        .finish();
    let form = serde_urlencoded::from_str(&encoded).map_err(|_| Error::BadRequest)?;
    Ok(WithFiles { form, files })
}

/// A body over its limit is "too large" (the page says how to send less); anything else
/// broken in the multipart encoding is a bad request.
fn refusal(err: axum::extract::multipart::MultipartError) -> Error {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Error::TooLarge
    } else {
        Error::BadRequest
    }
}
