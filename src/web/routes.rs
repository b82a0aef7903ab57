//! The route table: every capability declares its routes through [`Routes`], which builds the
//! axum router and remembers each path, so tests can visit every route the router has without
//! anyone keeping a second list.

use axum::Router;
use axum::routing::MethodRouter;

use super::AppState;

/// A capability's routes: the axum router being built and the paths it serves.
#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    paths: Vec<&'static str>,
}

impl Routes {
    /// No routes yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Serves `path` with `methods`, as [`Router::route`] does, and remembers the path.
    pub fn route(mut self, path: &'static str, methods: MethodRouter<AppState>) -> Self {
        self.router = self.router.route(path, methods);
        self.paths.push(path);
        self
    }

    /// Adds another capability's routes.
    pub fn merge(mut self, other: Routes) -> Self {
        self.router = self.router.merge(other.router);
        self.paths.extend(other.paths);
        self
    }

    /// Every path served, in the order declared (templates such as `/posts/{id}` included).
    pub fn paths(&self) -> &[&'static str] {
        &self.paths
    }

    /// The axum router, for the shared layers to wrap.
    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
