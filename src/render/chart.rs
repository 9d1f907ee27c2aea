//! Small inline SVG charts for the printed report: a bar chart of counts and a line
//! chart of rates by month. Every bar and point carries its number as a printed
//! label (and as `data-value`, which the tests read), so the paper copy can be read
//! without the table. The text inherits the page's fonts; every label is escaped.

use super::html::escape;

/// A horizontal bar chart: one bar per `(key, label, count)`, the count printed at
/// the bar's end.
pub fn bars(items: &[(String, String, u64)]) -> String {
    const ROW: f64 = 22.0;
    const LEFT: f64 = 150.0;
    const WIDTH: f64 = 680.0;
    let max = items.iter().map(|i| i.2).max().unwrap_or(0).max(1) as f64;
    let height = ROW * items.len().max(1) as f64 + 8.0;
    let span = WIDTH - LEFT - 50.0;
    let mut s =
        format!("<svg class=\"chart bars\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\">\n");
    for (i, (key, label, n)) in items.iter().enumerate() {
        let y = 4.0 + ROW * i as f64;
        let w = (*n as f64 / max * span).max(if *n > 0 { 1.0 } else { 0.0 });
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect class=\"bar\" data-key=\"{}\" data-value=\"{n}\" x=\"{LEFT}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"#3b6ea5\"/>\
             <text class=\"value\" x=\"{:.1}\" y=\"{}\">{n}</text>\n",
            LEFT - 6.0,
            y + 15.0,
            escape(label),
            escape(key),
            y + 3.0,
            ROW - 6.0,
            LEFT + w + 4.0,
            y + 15.0,
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// One line of a [`lines`] chart: its key, its name and a value (0–100) per month.
pub struct Series {
    pub key: &'static str,
    pub name: String,
    pub values: Vec<Option<f64>>,
}

const COLOURS: [&str; 4] = ["#1f3a5f", "#b3261e", "#2e7d32", "#8a5a00"];

/// A line chart of percentages by month: x the `months` (labels), y 0–100 %, each
/// point labelled with its value; a month without a value is a gap in the line.
pub fn lines(months: &[String], series: &[Series]) -> String {
    const W: f64 = 680.0;
    const H: f64 = 250.0;
    const LEFT: f64 = 40.0;
    const TOP: f64 = 28.0;
    const BOTTOM: f64 = 210.0;
    let n = months.len().max(1);
    let step = (W - LEFT - 20.0) / n as f64;
    let x = |i: usize| LEFT + step * (i as f64 + 0.5);
    // The axis starts at the lowest tens below every value (rates sit near 100).
    let low = series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .fold(100.0_f64, |m, v| m.min(*v));
    let floor = ((low.clamp(0.0, 100.0) / 10.0).floor() * 10.0).min(90.0);
    let y = |v: f64| BOTTOM - ((v.clamp(floor, 100.0) - floor) / (100.0 - floor)) * (BOTTOM - TOP);
    let mut s = format!("<svg class=\"chart lines\" viewBox=\"0 0 {W} {H}\" role=\"img\">\n");
    for v in [floor, (floor + 100.0) / 2.0, 100.0] {
        s.push_str(&format!(
            "<line x1=\"{LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#ccc\" stroke-width=\"0.8\"/>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{v}%</text>\n",
            W - 20.0,
            LEFT - 4.0,
            y(v) + 4.0,
            y = y(v)
        ));
    }
    for (i, m) in months.iter().enumerate() {
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
            x(i),
            BOTTOM + 16.0,
            escape(m)
        ));
    }
    for (k, se) in series.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        let mut path = String::new();
        let mut pen_up = true;
        for (i, v) in se.values.iter().enumerate() {
            match v {
                Some(v) => {
                    path.push_str(&format!(
                        "{}{:.1},{:.1} ",
                        if pen_up { "M" } else { "L" },
                        x(i),
                        y(*v)
                    ));
                    pen_up = false;
                }
                None => pen_up = true,
            }
        }
        s.push_str(&format!(
            "<g class=\"series\" data-key=\"{}\"><path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.6\"/>\n",
            se.key,
            path.trim_end()
        ));
        for (i, v) in se.values.iter().enumerate() {
            if let Some(v) = v {
                // The labels of the lines sit above, below and beside their points.
                let dy = [-6.0, 14.0, -6.0, 14.0][k % 4];
                s.push_str(&format!(
                    "<circle class=\"point\" data-month=\"{}\" data-value=\"{v:.1}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.4\" fill=\"{colour}\"/>\
                     <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{colour}\" style=\"fill: {colour}; font-size: 9px\">{v:.1}</text>\n",
                    escape(&months[i.min(months.len().saturating_sub(1))]),
                    x(i),
                    y(*v),
                    x(i) + (k as f64 - 1.0) * 3.0,
                    y(*v) + dy
                ));
            }
        }
        s.push_str("</g>\n");
    }
    // The legend, on top.
    let mut lx = LEFT;
    for (k, se) in series.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        s.push_str(&format!(
            "<rect x=\"{lx:.1}\" y=\"6\" width=\"12\" height=\"4\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"12\">{}</text>\n",
            lx + 16.0,
            escape(&se.name)
        ));
        lx += 16.0 + 12.0 * se.name.chars().count() as f64 + 24.0;
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bar_carries_its_count_as_a_label() {
        let svg = bars(&[
            ("A01".into(), "槐树巷".into(), 4),
            ("A02".into(), "<b>&</b>".into(), 0),
            ("A03".into(), "新巷".into(), 2),
        ]);
        assert!(svg.starts_with("<svg class=\"chart bars\" viewBox=\"0 0 680 74\""));
        assert!(svg.contains("<rect class=\"bar\" data-key=\"A01\" data-value=\"4\" x=\"150\" y=\"7\" width=\"480.0\""));
        assert!(
            svg.contains("data-key=\"A03\" data-value=\"2\" x=\"150\" y=\"51\" width=\"240.0\"")
        );
        assert!(svg.contains("data-key=\"A02\" data-value=\"0\" x=\"150\" y=\"29\" width=\"0.0\""));
        assert!(svg.contains(">&lt;b&gt;&amp;&lt;/b&gt;</text>"));
        assert!(svg.contains("<text class=\"value\" x=\"634.0\" y=\"19\">4</text>"));
        assert_eq!(svg.matches("<rect class=\"bar\"").count(), 3);
        assert!(svg.ends_with("</svg>\n"));
        // No bars: an empty chart, not a division by zero.
        assert!(bars(&[]).contains("viewBox=\"0 0 680 30\""));
    }

    #[test]
    fn a_line_has_a_labelled_point_per_month_with_a_value() {
        let months: Vec<String> = ["2026-09", "2026-10", "2026-11"].map(String::from).to_vec();
        let svg = lines(
            &months,
            &[Series {
                key: "on_time_rate",
                name: "On time <%>".into(),
                values: vec![Some(50.0), None, Some(100.0)],
            }],
        );
        assert_eq!(svg.matches("<circle class=\"point\"").count(), 2);
        assert!(
            svg.contains("data-month=\"2026-09\" data-value=\"50.0\" cx=\"143.3\" cy=\"210.0\"")
        );
        assert!(
            svg.contains("data-month=\"2026-11\" data-value=\"100.0\" cx=\"556.7\" cy=\"28.0\"")
        );
        // The month without a value breaks the line.
        assert!(svg.contains("<path d=\"M143.3,210.0 M556.7,28.0\""));
        assert!(svg.contains(">50.0</text>") && svg.contains(">100.0</text>"));
        assert!(svg.contains(">On time &lt;%&gt;</text>"));
        assert!(svg.contains(">2026-10</text>"));
        // The axis starts at the lowest tens below the values: 50 %, 75 %, 100 %.
        assert!(svg.contains(">50%</text>") && svg.contains(">75%</text>"));
    }
}
