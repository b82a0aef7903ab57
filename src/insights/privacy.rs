//! The works council's rule, in one place: no shown or exported figure — nor a difference or a
//! sum of shown figures — describes fewer than the minimum group size of people. A table whose
//! cells add up to a known total (shares of 100 %, departments of the MAU) is suppressed
//! cell by cell and then *secondarily*: when the withheld cells together describe fewer than
//! the minimum, the smallest shown cells are withheld too, until subtracting the shown cells
//! from the total reveals a group of at least the minimum (or nothing at all).

/// Which cells of a table to withhold, given how many people each describes: every cell below
/// `minimum`, and, when those together are fewer than `minimum` people (but not none), the
/// next-smallest cells until they are not.
pub fn withheld(sizes: &[i64], minimum: i64) -> Vec<bool> {
    let mut out: Vec<bool> = sizes.iter().map(|&n| n < minimum).collect();
    let pooled = |out: &[bool]| -> i64 {
        sizes
            .iter()
            .zip(out)
            .filter(|(_, w)| **w)
            .map(|(n, _)| *n)
            .sum()
    };
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by_key(|&i| (sizes[i], i));
    while out.iter().any(|w| *w) && pooled(&out) < minimum {
        let Some(&next) = order.iter().find(|&&i| !out[i]) else {
            break;
        };
        out[next] = true;
    }
    out
}

/// A count shown only when it describes at least `minimum` people.
pub fn at_least(n: i64, minimum: i64) -> Option<i64> {
    (n >= minimum).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_small_cell_takes_the_next_smallest_with_it() {
        // 3 community managers, 4 ambassadors, 2 senior managers, 400 others: the three small
        // segments together are 9 < 10, so the next smallest (the 400) goes too.
        assert_eq!(withheld(&[3, 4, 2, 400], 10), [true, true, true, true]);
        // With 12 ambassadors: 3 + 2 = 5 < 10, so the 12 goes too: 17 pooled.
        assert_eq!(withheld(&[3, 12, 2, 400], 10), [true, true, true, false]);
        // Small cells that are enough together stay as they are.
        assert_eq!(withheld(&[6, 5, 300, 50], 10), [true, true, false, false]);
        // Nothing small, nothing withheld.
        assert_eq!(withheld(&[10, 300], 10), [false, false]);
        assert_eq!(withheld(&[], 10), Vec::<bool>::new());
    }

    #[test]
    fn subtracting_the_shown_cells_never_reveals_fewer_than_the_minimum() {
        let mut rng = fastrand::Rng::with_seed(3);
        for _ in 0..5_000 {
            let sizes: Vec<i64> = (0..rng.usize(1..7)).map(|_| rng.i64(0..40)).collect();
            let minimum = rng.i64(5..15);
            let out = withheld(&sizes, minimum);
            let hidden: i64 = sizes
                .iter()
                .zip(&out)
                .filter(|(_, w)| **w)
                .map(|(n, _)| n)
                .sum();
            assert!(
                hidden == 0 || hidden >= minimum || out.iter().all(|w| *w),
                "{sizes:?} {minimum} {out:?}"
            );
            for (n, w) in sizes.iter().zip(&out) {
                assert!(*w || *n >= minimum);
            }
        }
    }
}
