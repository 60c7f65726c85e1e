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
//!
//! Tables published with row *and* column totals (the public statistics) need more:
//! [`suppress_table`] adds complementary suppression so that no hidden cell can be
//! worked out by adding and subtracting any published rows, columns and totals (see its
//! documentation for the rule and why it is enough).

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

/// A table as published: each cell and total either shown or hidden ("fewer than `min`"
/// for a small one, or hidden to protect one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuppressedTable {
    pub cells: Vec<Vec<Option<i64>>>,
    pub row_totals: Vec<Option<i64>>,
    pub column_totals: Vec<Option<i64>>,
    pub grand_total: Option<i64>,
}

/// Publishes `cells` (rows × columns, every row as long as the first) with row totals,
/// column totals and the grand total, hiding every count below `min` and then enough
/// other counts that none of the hidden ones can be recovered.
///
/// Think of the table with its totals as one grid with a total row and a total column.
/// Each of its lines (every row and every column, totals included) is an equation: the
/// cells add up to the total. A hidden value can be worked out from the published ones
/// exactly when it is *forced* by these equations, which happens exactly when, in the
/// graph whose nodes are the grid's lines and whose edges are its hidden cells (a cell
/// joins its row and its column), the cell's edge is a bridge — lies on no cycle. On a
/// cycle of hidden cells one can add 1 and subtract 1 alternately and every total stays
/// the same, so the cell's value is not determined. So, after hiding the small counts,
/// this repeats until nothing changes:
///
/// 1. a line with exactly one hidden count gets a second one hidden (its smallest shown
///    count, a total only when nothing else is left);
/// 2. a line whose total is shown and whose hidden counts add up to more than zero but
///    less than `min` gets one more hidden (else subtracting reveals a small combined
///    count);
/// 3. a hidden count on no cycle gets a cycle: a shown count linking the two sides the
///    bridge separates is hidden (the smallest such).
///
/// Each round hides at least one more count and everything hidden has no bridge, so this
/// ends. A minimum of 1 or less hides nothing. The guarantee is against recovery by
/// arithmetic on the published figures, which is what subtraction from totals means; it
/// does not reason about bounds (a hidden count is known to be at least zero).
pub fn suppress_table(cells: &[Vec<i64>], min: i64) -> SuppressedTable {
    let rows = cells.len();
    let cols = cells.first().map_or(0, Vec::len);
    // The grid with its totals: row `rows` and column `cols` are the totals.
    let mut grid = vec![vec![0i64; cols + 1]; rows + 1];
    for (i, row) in cells.iter().enumerate() {
        for j in 0..cols {
            let v = row.get(j).copied().unwrap_or(0);
            grid[i][j] = v;
            grid[i][cols] += v;
            grid[rows][j] += v;
            grid[rows][cols] += v;
        }
    }
    let mut hidden: Vec<Vec<bool>> = grid
        .iter()
        .map(|r| r.iter().map(|v| suppress(*v, min).is_none()).collect())
        .collect();
    if min > 1 {
        let mut guard = 0;
        while protect_round(&grid, &mut hidden, min) {
            guard += 1;
            if guard > (rows + 1) * (cols + 1) {
                // Cannot happen (each round hides a count); hide everything rather than
                // risk publishing something recoverable.
                hidden
                    .iter_mut()
                    .for_each(|r| r.iter_mut().for_each(|h| *h = true));
                break;
            }
        }
    }
    let shown = |i: usize, j: usize| (!hidden[i][j]).then_some(grid[i][j]);
    SuppressedTable {
        cells: (0..rows)
            .map(|i| (0..cols).map(|j| shown(i, j)).collect())
            .collect(),
        row_totals: (0..rows).map(|i| shown(i, cols)).collect(),
        column_totals: (0..cols).map(|j| shown(rows, j)).collect(),
        grand_total: shown(rows, cols),
    }
}

/// The cells of one line of the grid: row `k` for `k < rows + 1`, else column
/// `k - rows - 1`; the total comes last.
fn line_cells(rows: usize, cols: usize, k: usize) -> Vec<(usize, usize)> {
    if k <= rows {
        (0..=cols).map(|j| (k, j)).collect()
    } else {
        let j = k - rows - 1;
        (0..=rows).map(|i| (i, j)).collect()
    }
}

/// The smallest shown cell among `candidates`, totals (the last row or column) last.
fn smallest_shown(
    grid: &[Vec<i64>],
    hidden: &[Vec<bool>],
    candidates: impl IntoIterator<Item = (usize, usize)>,
) -> Option<(usize, usize)> {
    let (rows, cols) = (grid.len() - 1, grid[0].len() - 1);
    candidates
        .into_iter()
        .filter(|&(i, j)| !hidden[i][j])
        .min_by_key(|&(i, j)| (i == rows || j == cols, grid[i][j], i, j))
}

/// One round of the rules of [`suppress_table`]; whether it hid anything.
fn protect_round(grid: &[Vec<i64>], hidden: &mut [Vec<bool>], min: i64) -> bool {
    let (rows, cols) = (grid.len() - 1, grid[0].len() - 1);
    for k in 0..rows + cols + 2 {
        let line = line_cells(rows, cols, k);
        let Some((&total, parts)) = line.split_last() else {
            continue;
        };
        let hidden_count = line.iter().filter(|&&(i, j)| hidden[i][j]).count();
        let hidden_sum: i64 = parts
            .iter()
            .filter(|&&(i, j)| hidden[i][j])
            .map(|&(i, j)| grid[i][j])
            .sum();
        let total_shown = !hidden[total.0][total.1];
        let needs_more = hidden_count == 1 || (total_shown && hidden_sum > 0 && hidden_sum < min);
        if needs_more {
            let pick = smallest_shown(grid, hidden, parts.iter().copied())
                .or_else(|| total_shown.then_some(total));
            if let Some((i, j)) = pick {
                hidden[i][j] = true;
                return true;
            }
        }
    }
    if let Some((r, c)) = first_bridge(hidden) {
        let (side_r, side_c) = sides(hidden, (r, c));
        let candidates = (0..=rows)
            .flat_map(|i| (0..=cols).map(move |j| (i, j)))
            .filter(|&(i, j)| (side_r.0[i] && side_c.1[j]) || (side_c.0[i] && side_r.1[j]));
        if let Some((i, j)) = smallest_shown(grid, hidden, candidates) {
            hidden[i][j] = true;
            return true;
        }
        // No shown cell joins the two sides: hide the bridge's whole row and column.
        let mut changed = false;
        for cell in hidden[r].iter_mut() {
            changed |= !std::mem::replace(cell, true);
        }
        for row in hidden.iter_mut() {
            changed |= !std::mem::replace(&mut row[c], true);
        }
        return changed;
    }
    false
}

/// The lines reachable from `start` over hidden cells, leaving out the cell `skip`:
/// (rows reached, columns reached).
fn reach(hidden: &[Vec<bool>], start: Node, skip: (usize, usize)) -> (Vec<bool>, Vec<bool>) {
    let (rows, cols) = (hidden.len(), hidden[0].len());
    let mut seen_r = vec![false; rows];
    let mut seen_c = vec![false; cols];
    let mut stack = vec![start];
    match start {
        Node::Row(i) => seen_r[i] = true,
        Node::Col(j) => seen_c[j] = true,
    }
    while let Some(node) = stack.pop() {
        match node {
            Node::Row(i) => {
                for j in 0..cols {
                    if hidden[i][j] && (i, j) != skip && !seen_c[j] {
                        seen_c[j] = true;
                        stack.push(Node::Col(j));
                    }
                }
            }
            Node::Col(j) => {
                for i in 0..rows {
                    if hidden[i][j] && (i, j) != skip && !seen_r[i] {
                        seen_r[i] = true;
                        stack.push(Node::Row(i));
                    }
                }
            }
        }
    }
    (seen_r, seen_c)
}

#[derive(Clone, Copy)]
enum Node {
    Row(usize),
    Col(usize),
}

/// A hidden cell on no cycle of hidden cells, if any.
fn first_bridge(hidden: &[Vec<bool>]) -> Option<(usize, usize)> {
    for (i, row) in hidden.iter().enumerate() {
        for (j, h) in row.iter().enumerate() {
            if *h && !reach(hidden, Node::Row(i), (i, j)).1[j] {
                return Some((i, j));
            }
        }
    }
    None
}

/// The two sides a bridge separates: what its row reaches and what its column reaches
/// without it.
type Side = (Vec<bool>, Vec<bool>);
fn sides(hidden: &[Vec<bool>], (r, c): (usize, usize)) -> (Side, Side) {
    (
        reach(hidden, Node::Row(r), (r, c)),
        reach(hidden, Node::Col(c), (r, c)),
    )
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

    /// The hidden cells of the grid (totals included) that the published values force,
    /// found independently of the rule above: by Gaussian elimination over the line
    /// equations, a hidden value is recoverable when its unit vector lies in the span of
    /// the equations restricted to the hidden unknowns.
    fn recoverable(cells: &[Vec<i64>], t: &SuppressedTable) -> Vec<(usize, usize)> {
        let rows = cells.len();
        let cols = cells[0].len();
        let value = |i: usize, j: usize| -> Option<i64> {
            match (i == rows, j == cols) {
                (false, false) => t.cells[i][j],
                (false, true) => t.row_totals[i],
                (true, false) => t.column_totals[j],
                (true, true) => t.grand_total,
            }
        };
        let mut unknowns = Vec::new();
        for i in 0..=rows {
            for j in 0..=cols {
                if value(i, j).is_none() {
                    unknowns.push((i, j));
                }
            }
        }
        let index = |cell: (usize, usize)| unknowns.iter().position(|u| *u == cell);
        // Each line: parts minus total = 0; keep the unknowns' coefficients.
        let mut equations: Vec<Vec<f64>> = Vec::new();
        for k in 0..rows + cols + 2 {
            let line = line_cells(rows, cols, k);
            let mut eq = vec![0.0; unknowns.len()];
            for (n, cell) in line.iter().enumerate() {
                if let Some(u) = index(*cell) {
                    eq[u] += if n + 1 == line.len() { -1.0 } else { 1.0 };
                }
            }
            equations.push(eq);
        }
        let rank = |m: &[Vec<f64>]| -> usize {
            let mut m = m.to_vec();
            let width = unknowns.len();
            let mut r = 0;
            for c in 0..width {
                let Some(p) = (r..m.len()).find(|&k| m[k][c].abs() > 1e-9) else {
                    continue;
                };
                m.swap(r, p);
                let pivot = m[r].clone();
                for (k, row) in m.iter_mut().enumerate() {
                    if k != r && row[c].abs() > 1e-9 {
                        let f = row[c] / pivot[c];
                        for (v, p) in row.iter_mut().zip(&pivot) {
                            *v -= f * p;
                        }
                    }
                }
                r += 1;
            }
            r
        };
        let base = rank(&equations);
        (0..unknowns.len())
            .filter(|&u| {
                let mut with = equations.clone();
                let mut e = vec![0.0; unknowns.len()];
                e[u] = 1.0;
                with.push(e);
                rank(&with) == base
            })
            .map(|u| unknowns[u])
            .collect()
    }

    fn check_table(cells: &[Vec<i64>], min: i64) -> SuppressedTable {
        let t = suppress_table(cells, min);
        for (i, row) in cells.iter().enumerate() {
            for (j, v) in row.iter().enumerate() {
                if *v < min {
                    assert_eq!(t.cells[i][j], None, "small cell ({i},{j}) = {v} shown");
                }
                if let Some(shown) = t.cells[i][j] {
                    assert_eq!(shown, *v, "a shown cell is the true count");
                }
            }
        }
        let forced = recoverable(cells, &t);
        assert!(
            forced.is_empty(),
            "hidden cells recoverable by subtraction: {forced:?} in {cells:?} → {t:?}"
        );
        t
    }

    #[test]
    fn suppress_checker_catches_cells_hidden_without_partners() {
        // Hiding only the small cell leaves it recoverable from its row total.
        let cells = vec![vec![20, 3], vec![15, 9]];
        let naive = SuppressedTable {
            cells: vec![vec![Some(20), None], vec![Some(15), Some(9)]],
            row_totals: vec![Some(23), Some(24)],
            column_totals: vec![Some(35), Some(12)],
            grand_total: Some(47),
        };
        assert_eq!(recoverable(&cells, &naive), [(0, 1)]);
    }

    #[test]
    fn suppress_table_hides_a_partner_for_a_lone_small_cell() {
        let cells = vec![vec![20, 3, 12], vec![15, 9, 30]];
        let t = check_table(&cells, 5);
        assert_eq!(t.cells[0][1], None);
        // Its row and its column each lose a second cell.
        assert!(t.cells[0].iter().filter(|c| c.is_none()).count() >= 2);
        assert!(t.cells.iter().filter(|r| r[1].is_none()).count() >= 2);
        assert_eq!(t.grand_total, Some(89), "the grand total stays publishable");
    }

    #[test]
    fn suppress_table_of_large_counts_hides_nothing() {
        let cells = vec![vec![20, 30], vec![15, 9]];
        let t = check_table(&cells, 5);
        assert!(t.cells.iter().flatten().all(Option::is_some));
        assert_eq!(t.row_totals, [Some(50), Some(24)]);
        assert_eq!(t.column_totals, [Some(35), Some(39)]);
    }

    #[test]
    fn suppress_table_protects_small_combined_counts_and_totals() {
        // Two small cells in one row add up to 3: subtracting from the row total would
        // publish "3 between them".
        let cells = vec![vec![1, 2, 40], vec![10, 10, 10], vec![7, 8, 9]];
        check_table(&cells, 5);
        // A whole small row: its total is small too.
        let cells = vec![vec![1, 1, 1], vec![10, 20, 30]];
        let t = check_table(&cells, 5);
        assert_eq!(t.row_totals[0], None);
        // One row, one column.
        check_table(&[vec![3]], 5);
        check_table(&[vec![30]], 5);
    }

    #[test]
    fn suppress_table_with_a_minimum_of_one_publishes_everything() {
        let t = suppress_table(&[vec![0, 1], vec![2, 3]], 1);
        assert_eq!(t.cells, [[Some(0), Some(1)], [Some(2), Some(3)]]);
        assert_eq!(t.grand_total, Some(6));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
        #[test]
        fn suppress_never_leaves_a_hidden_cell_recoverable(
            rows in 1usize..6,
            cols in 1usize..6,
            seed in proptest::collection::vec(0i64..25, 36),
            min in 2i64..8,
        ) {
            let cells: Vec<Vec<i64>> = (0..rows)
                .map(|i| (0..cols).map(|j| seed[i * 6 + j]).collect())
                .collect();
            check_table(&cells, min);
        }
    }
}
