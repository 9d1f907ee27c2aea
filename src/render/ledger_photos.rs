//! The before/after photos of a case file (整改前后照片) on its A4 page: two
//! columns, before on the left and after on the right, the n-th of each side by
//! side, each with its time and file name. The photos are embedded in the page as
//! data URIs, so the page prints the same wherever it is saved or opened.

use super::html::escape;

/// One photo for the page.
#[derive(Debug, Clone)]
pub struct Photo {
    /// Its time and name, under it.
    pub caption: String,
    /// The stored JPEG, or `None` when the file is not there (it is then said
    /// in the photo's place).
    pub jpeg: Option<Vec<u8>>,
    /// What stands in the photo's place when there is none.
    pub missing: String,
}

/// The headings and the photos of the two columns.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub title: String,
    pub before_heading: String,
    pub after_heading: String,
    pub before: Vec<Photo>,
    pub after: Vec<Photo>,
}

/// The style of the sheet: half the page's width a photo, at most a third of its
/// height, never split across pages.
const CSS: &str = "table.photos td { width: 50%; text-align: center; vertical-align: top; } \
table.photos img { display: block; margin: 0 auto; max-width: 100%; max-height: 85mm; } \
table.photos figure { margin: 1mm 0; } \
table.photos .missing { height: 30mm; display: flex; align-items: center; justify-content: center; color: #b3261e; }";

/// The sheet as HTML; empty when the case has no before or after photo.
pub fn html(s: &Sheet) -> String {
    if s.before.is_empty() && s.after.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<style>{CSS}</style>\n<h2>{}</h2>\n<table class=\"photos\">\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        escape(&s.title),
        escape(&s.before_heading),
        escape(&s.after_heading)
    );
    for i in 0..s.before.len().max(s.after.len()) {
        out.push_str("<tr>");
        for side in [&s.before, &s.after] {
            out.push_str(&side.get(i).map_or("<td></td>".into(), cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

fn cell(p: &Photo) -> String {
    let inner = match &p.jpeg {
        Some(bytes) => format!(
            "<img src=\"data:image/jpeg;base64,{}\" alt=\"{}\">",
            base64(bytes),
            escape(&p.caption)
        ),
        None => format!("<div class=\"missing\">{}</div>", escape(&p.missing)),
    };
    format!(
        "<td><figure>{inner}<figcaption>{}</figcaption></figure></td>",
        escape(&p.caption)
    )
}

/// Standard base64 with padding (RFC 4648), as a data URI wants it.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ABC[(n >> shift) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_rfc_4648() {
        let cases: [(&[u8], &str); 5] = [
            (b"", ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (bytes, want) in cases {
            assert_eq!(base64(bytes), want);
        }
    }

    #[test]
    fn before_and_after_stand_side_by_side() {
        let photo = |c: &str, jpeg: Option<&[u8]>| Photo {
            caption: c.into(),
            jpeg: jpeg.map(<[u8]>::to_vec),
            missing: "缺<失>".into(),
        };
        let mut s = Sheet {
            title: "整改前后照片".into(),
            before_heading: "整改前".into(),
            after_heading: "整改后".into(),
            before: vec![photo("a", Some(b"foo")), photo("b", None)],
            after: vec![photo("c & d", Some(b"fo"))],
        };
        let h = html(&s);
        assert!(h.contains("<th>整改前</th><th>整改后</th>"));
        assert!(h.contains(
            "<tr><td><figure><img src=\"data:image/jpeg;base64,Zm9v\" alt=\"a\"><figcaption>a</figcaption></figure></td>\
             <td><figure><img src=\"data:image/jpeg;base64,Zm8=\" alt=\"c &amp; d\"><figcaption>c &amp; d</figcaption></figure></td></tr>"
        ));
        assert!(h.contains(
            "<tr><td><figure><div class=\"missing\">缺&lt;失&gt;</div><figcaption>b</figcaption></figure></td><td></td></tr>"
        ));
        (s.before, s.after) = (Vec::new(), Vec::new());
        assert_eq!(html(&s), "");
    }
}
