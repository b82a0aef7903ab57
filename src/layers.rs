//! The capability layers, bottom first, as the test below keeps them. A capability's domain
//! code (everything but its pages, `routes.rs`, and its tests) may use the front door of a
//! capability *below* it, never one above: the test refuses every upward reference, so there is
//! no import cycle between capability folders. Pages compose whatever they show (a group's page
//! shows its feed), and nothing imports a page: routes are private. When two capabilities seem
//! to need each other, what both need belongs in a layer below them (as `directory` holds the
//! accounts, groups and memberships that `activity` and `notifications` read).

/// Capability folders, lowest first. A new capability must be placed here.
pub const LAYERS: &[&str] = &[
    "mail",
    "praise",
    "directory",
    "activity",
    "notifications",
    "people",
    "auth",
    "groups",
    "attachments",
    "posts",
    "topics",
    "announcements",
    "events",
    "polls",
    "ideas",
    "knowledge",
    "feed",
    "search",
    "messages",
    "insights",
    "moderation",
    "inbox",
    "cockpit",
    "reports",
    "newsletter",
    "tasks",
    "admin",
    "provisioning",
    "sso",
    "demo",
];

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    use super::LAYERS;

    /// The shared core: folders under `src/` that are not capabilities.
    const CORE_FOLDERS: &[&str] = &["db", "web", "jobs"];

    fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                rust_files(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }

    /// A file's code without comments, its test module and items marked `#[cfg(test)]`.
    fn domain_code(text: &str) -> String {
        let text = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or_default();
        let mut kept = String::new();
        let mut skip_next = false;
        for line in text.lines() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            if line.trim_start().starts_with("#[cfg(test)]") {
                skip_next = true;
            } else if skip_next {
                skip_next = false;
            } else {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        kept
    }

    /// Every capability a piece of code names through `crate::<capability>`.
    fn named_capabilities(code: &str) -> BTreeSet<String> {
        code.match_indices("crate::")
            .map(|(at, _)| {
                code[at + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect::<String>()
            })
            .filter(|name| LAYERS.contains(&name.as_str()))
            .collect()
    }

    /// (from, to) → a file that makes the upward reference.
    fn upward_references(src: &Path) -> BTreeMap<(String, String), String> {
        let rank = |name: &str| LAYERS.iter().position(|l| *l == name);
        let mut upward = BTreeMap::new();
        for capability in LAYERS {
            let mut files = Vec::new();
            rust_files(&src.join(capability), &mut files);
            for file in files {
                let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name == "routes.rs" || name == "tests.rs" || name.ends_with("_tests.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&file).expect("a source file");
                for other in named_capabilities(&domain_code(&text)) {
                    if other != *capability && rank(&other) > rank(capability) {
                        let shown = file.strip_prefix(src).unwrap_or(&file).display();
                        upward
                            .entry((capability.to_string(), other))
                            .or_insert_with(|| shown.to_string());
                    }
                }
            }
        }
        upward
    }

    /// A new folder under `src/` must be given its place in the layers.
    #[test]
    fn every_capability_folder_has_a_layer() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for entry in std::fs::read_dir(&src).expect("src") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() && !CORE_FOLDERS.contains(&name) {
                assert!(
                    LAYERS.contains(&name),
                    "src/{name}/ is a capability without a layer: place it in layers::LAYERS"
                );
            }
        }
    }

    /// Domain code names only capabilities below it: no upward reference, hence no cycle.
    #[test]
    fn domain_code_uses_only_capabilities_below_it() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let upward = upward_references(&src);
        let found: Vec<String> = upward
            .iter()
            .map(|((from, to), file)| format!("{file}: {from} uses {to}"))
            .collect();
        assert!(
            found.is_empty(),
            "capabilities reach above their layer in layers::LAYERS; move the code to the \
             layer it belongs to:\n{}",
            found.join("\n")
        );
    }

    /// The checker finds `crate::` references in code and ignores comments and test code.
    #[test]
    fn the_checker_sees_references_and_skips_tests() {
        let code = "// crate::cockpit in words\nuse crate::posts::post;\nfn f() { crate::directory::access::x(); }\n\
                    #[cfg(test)]\nuse crate::tasks::x;\n#[cfg(test)]\nmod tests { crate::demo::y }";
        let named = named_capabilities(&domain_code(code));
        assert_eq!(
            named.into_iter().collect::<Vec<_>>(),
            ["directory", "posts"],
            "test-only references are not layering"
        );
    }
}
