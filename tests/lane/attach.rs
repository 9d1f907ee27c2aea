//! `lane attach` (issue 16, photos and documents): a file is kept once by the
//! SHA-256 of its stored bytes, a photo scaled to a small JPEG, recorded in an
//! `attach` event in one commit; bad input writes nothing; `lane check` finds
//! every planted problem at its path and line; `lane show` and `lane ledger case`
//! list the attachments and print the photos side by side.

use std::path::PathBuf;

use image::{ImageEncoder, Rgb, RgbImage};
use sha2::{Digest, Sha256};

use crate::harness::{git, json, Village};

/// A PNG of `w`×`h` pixels, a gradient with a square (no two sizes alike).
fn png(w: u32, h: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| {
        let square = x > w / 3 && x < w / 2 && y > h / 3 && y < h / 2;
        match square {
            true => Rgb([20, 20, 160]),
            false => Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, 128]),
        }
    });
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// The files the help's examples of `lane attach` name, for the test that runs
/// them: two photos and an agreement.
pub fn example_files() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("before.jpg", png(120, 90)),
        ("after.jpg", png(90, 120)),
        ("agreement.pdf", b"%PDF-1.4\n".to_vec()),
    ]
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A village in git with one open case, NJ-2026-0001 in A01, committed.
fn village() -> Village {
    let v = Village::with_git();
    v.seed();
    git(&v.root, &["add", "-A"]);
    git(&v.root, &["commit", "-qm", "seed"]);
    v.run("open --by L01 --title 巷口垃圾 --category sanitation --alley A01 --at 2026-11-10T09:00")
        .ok();
    v
}

/// The one stored file under attachments/, relative to the folder.
fn stored(v: &Village) -> Vec<String> {
    v.snapshot()
        .into_keys()
        .filter(|k| k.starts_with("attachments/"))
        .collect()
}

#[test]
fn a_photo_is_stored_scaled_by_the_hash_of_its_stored_bytes_in_one_commit() {
    let v = village();
    let photo = v.outside("巷口.png", png(2400, 1800));
    let out = v.lane(&[
        "attach",
        "1",
        photo.to_str().unwrap(),
        "--by",
        "L01",
        "--at",
        "2026-11-10T10:00",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let files = stored(&v);
    assert_eq!(files.len(), 1);
    let rel = &files[0];
    let bytes = v.bytes(rel);
    let hash = sha(&bytes);
    assert_eq!(rel, &format!("attachments/{}/{hash}.jpg", &hash[..2]));
    let size = bytes.len();
    assert_eq!(
        out.stderr,
        format!(
            "NJ-2026-0001: attach before photo: 巷口.png; open at alley (lane leader), due 2026-11-13 09:00\n\
             stored {rel} ({} KB, 1600×1200 px; was 2400×1800)\n",
            size.div_ceil(1024)
        )
    );
    let img = image::load_from_memory(&bytes).unwrap();
    assert_eq!((img.width(), img.height()), (1600, 1200));
    assert_eq!(
        image::guess_format(&bytes).unwrap(),
        image::ImageFormat::Jpeg
    );
    // The event, appended as text after the open event.
    let case = v.read("tickets/2026/NJ-2026-0001.toml");
    let tail = format!(
        "\n[[events]]\nat = \"2026-11-10T10:00:00+08:00\"\nby = \"L01\"\naction = \"attach\"\n\
         as = \"before\"\nhash = \"{hash}\"\nfile = \"{rel}\"\nname = \"巷口.png\"\nsize = {size}\n"
    );
    assert!(case.ends_with(&tail), "{case}");
    // One commit with both files.
    assert_eq!(v.git_log()[0], "NJ-2026-0001: attach before: 巷口.png");
    let changed = v.git(&["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(changed, format!("{rel}\ntickets/2026/NJ-2026-0001.toml\n"));
    v.run("check")
        .stderr("checked 2 alleys, 2 leaders, 3 households, 1 case: 0 errors, 0 warnings\n")
        .success();
}

#[test]
fn the_same_file_again_refers_to_the_stored_one_and_documents_keep_their_bytes() {
    let v = village();
    let photo = v.outside("a.png", png(300, 200));
    let pdf = v.outside("协议.PDF", b"%PDF-1.4\n% signed\n");
    let p = photo.to_str().unwrap();
    v.lane(&["attach", "1", p, "--by", "L01"]).ok();
    let first = stored(&v);
    let out = v.lane(&[
        "attach", "1", p, "--by", "L01", "--as", "after", "--note", "again",
    ]);
    assert_eq!(
        out.stderr,
        format!(
            "NJ-2026-0001: attach after photo: a.png (again); open at alley (lane leader), due 2026-11-13 09:00\n\
             the same file is stored already: {} (the event refers to it)\n",
            first[0]
        )
    );
    assert_eq!(stored(&v), first);
    let changed = v.git(&["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(changed, "tickets/2026/NJ-2026-0001.toml\n");
    v.lane(&[
        "attach",
        "1",
        pdf.to_str().unwrap(),
        "--by",
        "L01",
        "--as",
        "agreement",
    ])
    .ok();
    let pdf_rel = format!(
        "attachments/{}/{}.pdf",
        &sha(b"%PDF-1.4\n% signed\n")[..2],
        sha(b"%PDF-1.4\n% signed\n")
    );
    assert_eq!(v.bytes(&pdf_rel), b"%PDF-1.4\n% signed\n");
    // init, seed, open and three attachments.
    assert_eq!(v.git_log().len(), 6);
}

#[test]
fn a_photo_without_as_is_before_while_open_and_after_once_resolved() {
    let v = village();
    let p = v.outside("p.png", png(64, 48));
    let q = v.outside("q.png", png(48, 64));
    let d = v.outside("notes.txt", "notes");
    v.lane(&["attach", "1", p.to_str().unwrap(), "--by", "L01"])
        .ok();
    v.run("resolve 1 --by L01 --note swept").ok();
    v.lane(&["attach", "1", q.to_str().unwrap(), "--by", "L01"])
        .ok();
    v.lane(&["attach", "1", d.to_str().unwrap(), "--by", "L01"])
        .ok();
    let show = json(v.run("--format json show 1").ok());
    let kinds: Vec<&str> = show["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["before", "after", "document"]);
    // Attaching changed nothing of the state: closed, as the resolve of a
    // sanitation case (no return visit) left it.
    assert_eq!(show["status"], "closed");
    assert_eq!(
        show["attachments"][2]["file"]
            .as_str()
            .unwrap()
            .rsplit('.')
            .next(),
        Some("txt")
    );
    assert_eq!(show["attachments"][2]["size"], 5);
    assert_eq!(show["attachments"][0]["note"], serde_json::Value::Null);
}

/// Every member of the class "bad input": refused with its message, exit code,
/// nothing in the folder changed and no commit made.
#[test]
fn bad_input_is_refused_and_writes_nothing() {
    let v = village();
    v.write(
        "lane.toml",
        v.read("lane.toml") + "\n[attachments]\nmax_mb = 1\n",
    );
    git(&v.root, &["commit", "-qam", "limit"]);
    let dir = v.tmp.path().join("photos");
    std::fs::create_dir(&dir).unwrap();
    let big = v.outside("big.pdf", vec![b'x'; 1024 * 1024 + 1]);
    let empty = v.outside("empty.jpg", b"");
    let pdf = v.outside("a.pdf", b"%PDF-1.4");
    let mut cut = png(64, 64);
    cut.truncate(80);
    let cut = v.outside("cut.png", cut);
    let good = v.outside("good.png", png(20, 20));
    let s = |p: &PathBuf| p.to_str().unwrap().to_string();
    let missing = v.tmp.path().join("nothing.jpg");
    let cases: Vec<(Vec<String>, i32, String)> = vec![
        (vec![s(&missing)], 2, format!("error: cannot read {}: No such file or directory (os error 2)\n", s(&missing))),
        (vec![s(&dir)], 2, format!("error: {} is not a file\n", s(&dir))),
        (vec![s(&big)], 2, "error: big.pdf is 1.0 MB, over the limit of 1 MB ([attachments] max_mb in lane.toml)\nhint: photos are kept as JPEG (JPEG, PNG or WebP in), other files as they are, each up to 1 MB\n".into()),
        (vec![s(&empty)], 2, "error: empty.jpg is empty\nhint: photos are kept as JPEG (JPEG, PNG or WebP in), other files as they are, each up to 1 MB\n".into()),
        (vec![s(&pdf), "--as".into(), "before".into()], 2, "error: a.pdf is not a photo lane can read (JPEG, PNG or WebP), so it cannot be attached as before\nhint: photos are kept as JPEG (JPEG, PNG or WebP in), other files as they are, each up to 1 MB\n".into()),
        (vec![s(&pdf), "--as".into(), "after".into()], 2, "error: a.pdf is not a photo lane can read (JPEG, PNG or WebP), so it cannot be attached as after\nhint: photos are kept as JPEG (JPEG, PNG or WebP in), other files as they are, each up to 1 MB\n".into()),
    ];
    let before = v.snapshot();
    let log = v.git_log();
    for (args, code, stderr) in cases {
        let mut all = vec!["attach".to_string(), "1".into()];
        all.extend(args);
        all.extend(["--by".into(), "L01".into()]);
        let argv: Vec<&str> = all.iter().map(String::as_str).collect();
        v.lane(&argv).fails(code, &stderr);
        v.assert_unchanged(&before);
        assert_eq!(v.git_log(), log);
    }
    // A photo that cannot be decoded, an unknown case, an unknown kind: refused too.
    let out = v.lane(&["attach", "1", &s(&cut), "--by", "L01"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("error: cut.png looks like a photo but cannot be read: "),
        "{}",
        out.stderr
    );
    let out = v.lane(&["attach", "99", &s(&good), "--by", "L01"]);
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("`99`"), "{}", out.stderr);
    let out = v.lane(&["attach", "1", &s(&good), "--as", "selfie", "--by", "L01"]);
    assert_eq!(out.code, 2);
    v.assert_unchanged(&before);
    assert_eq!(v.git_log(), log);
}

#[test]
fn a_stored_file_whose_bytes_differ_is_never_replaced() {
    let v = village();
    let photo = v.outside("p.png", png(100, 80));
    v.lane(&["attach", "1", photo.to_str().unwrap(), "--by", "L01"])
        .ok();
    let rel = stored(&v).remove(0);
    v.write(&rel, b"tampered");
    let before = v.snapshot();
    let log = v.git_log();
    let out = v.lane(&["attach", "1", photo.to_str().unwrap(), "--by", "L01"]);
    assert_eq!(
        out.stderr,
        format!(
            "error: {rel} is already there but its bytes hash to {}, not to its name: lane never replaces a stored file\n\
             hint: run `lane check`; restore the file from git (`git checkout -- PATH`) or from the clone it came from\n",
            sha(b"tampered")
        )
    );
    assert_eq!(out.code, 1);
    v.assert_unchanged(&before);
    assert_eq!(v.git_log(), log);
}

/// Plants one problem of each class in a folder with three attachments and
/// returns the expected check lines.
#[test]
fn check_finds_every_planted_problem_at_its_path_and_line() {
    let v = village();
    v.run("open --by L01 --title 第二件 --category sanitation --alley A01 --at 2026-11-11T09:00")
        .ok();
    let mut rels = Vec::new();
    for (i, (w, h)) in [(40, 30), (50, 30), (60, 30), (70, 30)].iter().enumerate() {
        let p = v.outside(&format!("p{i}.png"), png(*w, *h));
        let case = if i < 2 { "1" } else { "2" };
        v.lane(&["attach", case, p.to_str().unwrap(), "--by", "L01"])
            .ok();
        let now: Vec<String> = stored(&v)
            .into_iter()
            .filter(|r| !rels.contains(r))
            .collect();
        rels.push(now[0].clone());
    }
    v.run("check")
        .stderr("checked 2 alleys, 2 leaders, 3 households, 2 cases: 0 errors, 0 warnings\n")
        .success();
    // 0: missing; 1: bytes changed; 2: an LFS pointer; 3: its size edited in the case file.
    std::fs::remove_file(v.path(&rels[0])).unwrap();
    v.write(&rels[1], b"changed");
    v.write(
        &rels[2],
        "version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 1\n",
    );
    let case2 = "tickets/2026/NJ-2026-0002.toml";
    let text = v.read(case2);
    let size3 = v.bytes(&rels[3]).len();
    v.write(
        case2,
        text.replace(&format!("size = {size3}\n"), "size = 7\n"),
    );
    // An unreferenced file, stored as lane stores, and a file lane would not name.
    let loose = sha(b"loose");
    let loose_rel = format!("attachments/{}/{loose}.bin", &loose[..2]);
    v.write(&loose_rel, b"loose");
    v.write("attachments/ab/holiday.jpg", b"x");
    let lines = |rel: &str, n: usize| -> usize {
        let text = v.read(rel);
        text.lines()
            .enumerate()
            .filter(|(_, l)| *l == "[[events]]")
            .nth(n)
            .unwrap()
            .0
            + 1
    };
    let case1 = "tickets/2026/NJ-2026-0001.toml";
    let out = v.run("check").out();
    assert_eq!(out.code, 1);
    let want = [
        format!("{case1}:{}: the attached file {} is not in the folder (restore it from git or the clone it came from)", lines(case1, 1), rels[0]),
        format!("{case2}:{}: warning: {} is a git LFS pointer, not the file: this clone was made without git LFS, so the photo cannot be shown or checked (install git LFS and run `git lfs pull`)", lines(case2, 1), rels[2]),
        format!("{case2}:{}: the event records 7 bytes, but {} has {size3}", lines(case2, 2), rels[3]),
        format!("{}:1: the file's bytes hash to {}, not to its name: it was changed or replaced after it was stored (restore it from git: `git log -- PATH`, `git checkout COMMIT -- PATH`)", rels[1], sha(b"changed")),
        format!("{loose_rel}:1: warning: no case refers to this file (attach it to its case with `lane attach`, or remove it)"),
        "attachments/ab/holiday.jpg:1: a file lane did not store: attachments are named attachments/XX/HASH.EXT by the SHA-256 of their bytes (attach the file with `lane attach`, then remove this one)".to_string(),
    ];
    for w in &want {
        assert!(
            out.stdout.contains(w.as_str()),
            "missing:\n{w}\nin:\n{}",
            out.stdout
        );
    }
    // A hand-edited event whose keys are wrong is an error at its line.
    for (from, to) in [
        ("as = \"before\"", "as = \"selfie\""),
        (
            "action = \"attach\"\nas",
            "action = \"attach\"\nresult = \"basic\"\nas",
        ),
    ] {
        let v2 = village();
        let p = v2.outside("p.png", png(30, 30));
        v2.lane(&["attach", "1", p.to_str().unwrap(), "--by", "L01"])
            .ok();
        v2.write(case1, v2.read(case1).replacen(from, to, 1));
        let out = v2.run("check").out();
        assert_eq!(out.code, 1);
        assert!(
            out.stdout.contains(&format!("{case1}:{}:", 7 + 7)),
            "{}",
            out.stdout
        );
    }
}

#[test]
fn show_and_the_case_ledger_list_the_attachments_and_print_the_photos() {
    let v = village();
    let b = v.outside("before.png", png(80, 60));
    let a = v.outside("after.png", png(60, 80));
    v.lane(&[
        "attach",
        "1",
        b.to_str().unwrap(),
        "--by",
        "L01",
        "--at",
        "2026-11-10T10:00",
    ])
    .ok();
    v.run("resolve 1 --by L01 --note swept --at 2026-11-11T09:00")
        .ok();
    v.lane(&[
        "attach",
        "1",
        a.to_str().unwrap(),
        "--by",
        "L01",
        "--at",
        "2026-11-11T09:30",
    ])
    .ok();
    let show = json(v.run("--format json show 1").ok());
    let att = show["attachments"].as_array().unwrap();
    assert_eq!(att.len(), 2);
    assert_eq!(att[0]["name"], "before.png");
    assert_eq!(att[1]["at"], "2026-11-11T09:30:00+08:00");
    let rel = att[0]["file"].as_str().unwrap();
    assert_eq!(sha(&v.bytes(rel)), att[0]["hash"].as_str().unwrap());
    assert_eq!(
        att[0]["size"].as_u64().unwrap() as usize,
        v.bytes(rel).len()
    );
    let md = v.run("--format md show 1").ok();
    assert!(
        md.contains(&format!(
            "| 2026-11-10 10:00 | before photo | before.png | {} KB | {rel} |",
            v.bytes(rel).len().div_ceil(1024)
        )),
        "{md}"
    );
    let html = v.run("--format html ledger case 1").ok();
    assert_eq!(
        html.matches("<img src=\"data:image/jpeg;base64,").count(),
        2
    );
    assert!(html.contains("<h2>Photos before and after</h2>"));
    assert!(html.contains("<th>before photo</th><th>after photo</th>"));
    assert!(html.contains("<figcaption>2026-11-10 10:00 · before.png</figcaption>"));
    // Before on the left, after on the right, in one row.
    let row = html
        .lines()
        .find(|l| l.contains("<figcaption>2026-11-10"))
        .unwrap();
    assert!(row.contains("after.png"), "{row}");
    let ledger_md = v.run("ledger case 1").ok();
    assert!(
        ledger_md.contains("| 2026-11-11 09:30 | after photo | after.png |"),
        "{ledger_md}"
    );
    // A missing photo is said in its place.
    std::fs::remove_file(v.path(rel)).unwrap();
    let html = v.run("--format html ledger case 1").ok();
    assert_eq!(html.matches("<img src=").count(), 1);
    assert!(html.contains(&format!("the photo is not in this folder: {rel}")));
}

#[test]
fn in_chinese_the_words_are_chinese() {
    let v = crate::harness::seeded_zh();
    v.run("open --by L01 --title 巷口垃圾 --category sanitation --alley A01 --at 2026-11-10T09:00")
        .ok();
    let pdf = v.outside("调解协议.pdf", b"%PDF-1.4");
    let out = v.lane(&[
        "attach",
        "1",
        pdf.to_str().unwrap(),
        "--by",
        "L01",
        "--as",
        "agreement",
    ]);
    let h = sha(b"%PDF-1.4");
    assert_eq!(
        out.stderr,
        format!("NJ-2026-0001：已附上协议书：调解协议.pdf；由街巷长办理，办理时限2026-11-13 09:00\n已保存 attachments/{}/{h}.pdf（8 B）\n", &h[..2])
    );
}

/// A format-2 folder, migrated to 3, takes attachments.
#[test]
fn a_format_2_folder_migrated_to_3_takes_attachments() {
    let v = Village::fixture("v2", true);
    v.run("migrate").ok();
    let p = v.outside("p.png", png(50, 40));
    let out = v.lane(&["attach", "6", p.to_str().unwrap(), "--by", "L02"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let check = v.run("check").out();
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert_eq!(v.git_log().len(), 3);
}
