//! Server-rendered SVG bar charts (DESIGN §5.1: no JavaScript charting on slow phones).
//! This module is the geometry only — a "nice" scale, where each bar and label goes — as
//! plain numbers and already-translated text; `templates/shared/chart.html` draws it with
//! CSS classes (no inline style, for the CSP), labels as `<text>` so the browser shapes
//! Bengali. Every chart stands beside a table of the same numbers, so the chart is never
//! the only way to read them.
//!
//! Used by the awareness programme's headline figures; reports and OSH aggregates take
//! the same builder.

use crate::i18n::Tr;

/// One stacked part of every bar: its legend label and one value per category.
pub struct Series {
    pub label: String,
    pub values: Vec<i64>,
}

pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// `series-0`, `series-1`, …: the colour comes from the stylesheet.
    pub class: &'static str,
    /// What a pointer or a screen reader gets: "May · Substantive: 12".
    pub title: String,
}

pub struct Label {
    pub x: f64,
    pub y: f64,
    pub text: String,
}

pub struct LegendItem {
    pub class: &'static str,
    pub label: String,
}

/// A chart ready to draw: a `width` × `height` view box.
pub struct BarChart {
    pub title: String,
    pub width: f64,
    pub height: f64,
    pub bars: Vec<Bar>,
    /// Horizontal grid lines at the ticks, with their value at the left.
    pub ticks: Vec<Label>,
    pub plot_left: f64,
    pub plot_right: f64,
    pub categories: Vec<Label>,
    pub legend: Vec<LegendItem>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;
/// Share of a category's slot the bar fills.
const BAR_SHARE: f64 = 0.7;
const CLASSES: [&str; 4] = ["series-0", "series-1", "series-2", "series-3"];

/// The top of the scale and the step between ticks: 1, 2 or 5 × 10ⁿ steps, about four of
/// them, so ticks read as round numbers. At least 1, so an empty chart still has a scale.
pub fn nice_scale(max: i64) -> (i64, i64) {
    let max = max.max(1);
    let rough = (max as f64 / 4.0).max(1.0);
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * magnitude) as i64;
    let step = step.max(1);
    let top = ((max + step - 1) / step) * step;
    (top, step)
}

/// Series whose labels are message ids, with the labels translated.
pub fn translated(tr: Tr, series: Vec<(&str, Vec<i64>)>) -> Vec<Series> {
    series
        .into_iter()
        .map(|(key, values)| Series {
            label: tr.t(key),
            values,
        })
        .collect()
}

/// The table beside a stacked chart: `head` then one column per series, one row per
/// category, each count written by `number`.
pub fn series_table(
    head: String,
    categories: &[String],
    series: &[Series],
    number: &dyn Fn(i64) -> String,
) -> (Vec<String>, Vec<Vec<String>>) {
    let mut heads = vec![head];
    heads.extend(series.iter().map(|s| s.label.clone()));
    let rows = categories
        .iter()
        .enumerate()
        .map(|(i, category)| {
            let mut row = vec![category.clone()];
            row.extend(
                series
                    .iter()
                    .map(|s| number(s.values.get(i).copied().unwrap_or(0))),
            );
            row
        })
        .collect();
    (heads, rows)
}

/// Stacked bars, one per category, the series stacked in order from the axis up.
/// `number` writes a value in the reader's digits.
pub fn stacked_bars(
    title: String,
    categories: &[String],
    series: &[Series],
    number: &dyn Fn(i64) -> String,
) -> BarChart {
    let totals: Vec<i64> = (0..categories.len())
        .map(|i| {
            series
                .iter()
                .map(|s| s.values.get(i).copied().unwrap_or(0).max(0))
                .sum()
        })
        .collect();
    let (top, step) = nice_scale(totals.iter().copied().max().unwrap_or(0));
    let plot_h = HEIGHT - TOP - BOTTOM;
    let plot_w = WIDTH - LEFT - RIGHT;
    let y_of = |v: i64| TOP + plot_h * (1.0 - v as f64 / top as f64);
    let slot = plot_w / categories.len().max(1) as f64;
    let bar_w = slot * BAR_SHARE;
    let mut bars = Vec::new();
    for (i, category) in categories.iter().enumerate() {
        let x = LEFT + slot * i as f64 + (slot - bar_w) / 2.0;
        let mut base = 0;
        for (k, s) in series.iter().enumerate() {
            let v = s.values.get(i).copied().unwrap_or(0).max(0);
            if v == 0 {
                continue;
            }
            let (y0, y1) = (y_of(base), y_of(base + v));
            bars.push(Bar {
                x,
                y: y1,
                width: bar_w,
                height: y0 - y1,
                class: CLASSES[k % CLASSES.len()],
                title: format!("{category} · {}: {}", s.label, number(v)),
            });
            base += v;
        }
    }
    let ticks = (0..=top / step)
        .map(|n| Label {
            x: LEFT - 6.0,
            y: y_of(n * step),
            text: number(n * step),
        })
        .collect();
    let categories = categories
        .iter()
        .enumerate()
        .map(|(i, c)| Label {
            x: LEFT + slot * (i as f64 + 0.5),
            y: HEIGHT - 8.0,
            text: c.clone(),
        })
        .collect();
    let legend = series
        .iter()
        .enumerate()
        .map(|(k, s)| LegendItem {
            class: CLASSES[k % CLASSES.len()],
            label: s.label.clone(),
        })
        .collect();
    BarChart {
        title,
        width: WIDTH,
        height: HEIGHT,
        bars,
        ticks,
        plot_left: LEFT,
        plot_right: WIDTH - RIGHT,
        categories,
        legend,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(n: i64) -> String {
        n.to_string()
    }

    #[test]
    fn chart_scale_is_round_and_covers_the_maximum() {
        assert_eq!(nice_scale(0), (1, 1));
        assert_eq!(nice_scale(7), (8, 2));
        assert_eq!(nice_scale(38), (40, 10));
        assert_eq!(nice_scale(1_234), (1_500, 500));
        let (top, step) = nice_scale(1_000_000);
        assert!(top >= 1_000_000 && top % step == 0);
    }

    #[test]
    fn chart_bars_stack_from_the_axis_and_fit_the_plot() {
        let months = vec!["2026-01".to_owned(), "2026-02".to_owned()];
        let c = stacked_bars(
            "Calls".into(),
            &months,
            &[
                Series {
                    label: "Substantive".into(),
                    values: vec![30, 0],
                },
                Series {
                    label: "Test".into(),
                    values: vec![10, 5],
                },
            ],
            &plain,
        );
        // Zero values draw nothing: three bars for four values.
        assert_eq!(c.bars.len(), 3);
        let (a, b) = (&c.bars[0], &c.bars[1]);
        let axis = c.height - BOTTOM;
        assert!(
            (a.y + a.height - axis).abs() < 1e-9,
            "first part sits on the axis"
        );
        assert!(
            (b.y + b.height - a.y).abs() < 1e-9,
            "second part sits on the first"
        );
        // 40 is the top of the scale: the stacked bar reaches the plot's top.
        assert!((b.y - TOP).abs() < 1e-9);
        assert_eq!(c.bars[2].class, "series-1");
        assert!(
            c.bars
                .iter()
                .all(|bar| bar.x >= LEFT && bar.x + bar.width <= c.plot_right)
        );
        assert_eq!(c.bars[0].title, "2026-01 · Substantive: 30");
        assert_eq!(
            c.ticks.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
            ["0", "10", "20", "30", "40"]
        );
        assert_eq!(c.categories[1].text, "2026-02");
        assert!(c.categories[0].x < c.categories[1].x);
    }

    #[test]
    fn chart_of_nothing_has_a_scale_and_no_bars() {
        let c = stacked_bars("Empty".into(), &[], &[], &plain);
        assert!(c.bars.is_empty());
        assert_eq!(c.ticks.len(), 2);
    }
}
