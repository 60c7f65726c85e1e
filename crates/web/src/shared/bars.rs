//! A horizontal bar chart as server-rendered SVG (no script): one bar per labelled value,
//! scaled to the largest. Labels and value texts come translated and in the viewer's
//! digits; the page shows the same figures in a table beside the chart.

/// One bar: its label, its value and the value as shown.
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub shown: String,
}

/// Geometry of one bar, ready for the template.
pub struct BarShape {
    pub label: String,
    pub shown: String,
    pub y: i64,
    pub text_y: i64,
    pub width: i64,
    pub value_x: i64,
}

pub struct BarChart {
    pub height: i64,
    pub bars: Vec<BarShape>,
}

/// Drawing width of the bars' area (in SVG units; the chart scales to its box).
const BAR_AREA: i64 = 200;
const ROW: i64 = 28;
const LEFT: i64 = 150;

pub fn bar_chart(bars: Vec<Bar>) -> BarChart {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let shapes = bars
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let y = i64::try_from(i).unwrap_or(0) * ROW;
            let width = b.value.max(0) * BAR_AREA / max;
            BarShape {
                label: b.label,
                shown: b.shown,
                y: y + 4,
                text_y: y + 19,
                width,
                value_x: LEFT + width + 6,
            }
        })
        .collect::<Vec<_>>();
    BarChart {
        height: i64::try_from(shapes.len()).unwrap_or(0) * ROW + 8,
        bars: shapes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest() {
        let chart = bar_chart(vec![
            Bar {
                label: "a".into(),
                value: 10,
                shown: "10".into(),
            },
            Bar {
                label: "b".into(),
                value: 5,
                shown: "5".into(),
            },
            Bar {
                label: "c".into(),
                value: 0,
                shown: "0".into(),
            },
        ]);
        let widths: Vec<i64> = chart.bars.iter().map(|b| b.width).collect();
        assert_eq!(widths, [200, 100, 0]);
        assert_eq!(chart.height, 3 * 28 + 8);
        assert_eq!(bar_chart(Vec::new()).bars.len(), 0);
    }
}
