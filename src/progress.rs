//! Progress bars for the long command-line jobs (`plein demo`, `plein search reindex`), so both
//! look and behave alike and a style error never stops the job.

use indicatif::{ProgressBar, ProgressStyle};

/// A bar of `steps` steps drawn with `template` (indicatif's template language), or a hidden bar
/// when `show` is false (tests, pipes), so callers need not branch.
pub fn bar(show: bool, steps: u64, template: &str) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(steps);
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}
