//! Small-count suppression for counts shown outside the helpline (brand views, public
//! statistics). A cell below the minimum could point at one or two identifiable workers,
//! so it is shown only as "fewer than <min>".
//!
//! Totals are the other way to leak a hidden cell: if a row's total is shown and exactly
//! one of its cells is hidden, the hidden cell is the total minus the shown cells. So a
//! total is shown only when it is itself at least the minimum *and* the cells hidden in
//! its row add up to zero or to at least the minimum (subtracting then reveals only a
//! combined count that would have been publishable anyway). Only row totals exist in the
//! views that use this; no column or grand totals are published, so a hidden cell cannot
//! be recovered by combining a row with a column.

/// The default minimum cell size.
pub const DEFAULT_MIN_CELL: i64 = 5;

/// The count if it may be shown, `None` if it must appear as "fewer than `min`".
/// A minimum of 1 or less suppresses nothing.
pub fn suppress(count: i64, min: i64) -> Option<i64> {
    (min <= 1 || count >= min).then_some(count)
}

/// The total of a row of cells if it may be shown without revealing a hidden cell.
pub fn suppress_total(cells: &[i64], min: i64) -> Option<i64> {
    let total: i64 = cells.iter().sum();
    let hidden: i64 = cells.iter().filter(|c| suppress(**c, min).is_none()).sum();
    let hidden_recoverable = hidden > 0 && suppress(hidden, min).is_none();
    if hidden_recoverable {
        return None;
    }
    suppress(total, min)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_below_the_minimum_are_hidden() {
        assert_eq!(suppress(4, 5), None);
        assert_eq!(suppress(1, 5), None);
        assert_eq!(suppress(0, 5), None);
        assert_eq!(suppress(5, 5), Some(5));
        assert_eq!(suppress(120, 5), Some(120));
        assert_eq!(suppress(2, 3), None);
        assert_eq!(suppress(3, 3), Some(3));
    }

    #[test]
    fn a_minimum_of_one_hides_nothing() {
        assert_eq!(suppress(1, 1), Some(1));
        assert_eq!(suppress(0, 0), Some(0));
    }

    #[test]
    fn a_total_that_would_give_back_one_hidden_cell_is_hidden() {
        // 10 + 3: showing 13 would reveal the 3.
        assert_eq!(suppress_total(&[10, 3], 5), None);
        // 10 + 3 + 1: the hidden cells add up to 4, still below the minimum.
        assert_eq!(suppress_total(&[10, 3, 1], 5), None);
    }

    #[test]
    fn a_total_is_shown_when_subtraction_reveals_nothing_small() {
        assert_eq!(suppress_total(&[10, 7], 5), Some(17));
        // Hidden cells 3 + 2 = 5: subtracting gives only a publishable combined count.
        assert_eq!(suppress_total(&[10, 3, 2], 5), Some(15));
    }

    #[test]
    fn a_small_total_is_hidden_itself() {
        assert_eq!(suppress_total(&[2, 2], 5), None);
        assert_eq!(suppress_total(&[], 5), None);
        assert_eq!(suppress_total(&[4], 5), None);
    }
}
