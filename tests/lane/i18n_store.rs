//! Issue 13 for what the data folder and the model say: the errors of lane.toml,
//! case files and CSV files with their `path:line:` places, the registries'
//! unknown IDs, the case lifecycle's refusals, periods, the folder's format, and
//! the warnings of an interrupted write or commit, in Chinese in a zh-CN folder
//! (and under `LANE_LANG=zh-CN`), in English as always in an English one.
//!
//! A message that a command wraps in words of its own (a refused event behind its
//! case ID) is asserted as the exact text of this part, the rest being the
//! command's.

use crate::durable::journal;

use crate::harness::{seeded_en as en, seeded_zh as zh};

#[test]
fn unknown_ids_in_the_registries_in_chinese() {
    let v = zh();
    v.run("alley show A09")
        .stderr("错误：alleys.csv 中没有街巷 `A09`\n提示：是否指 `A01`？\n")
        .status(2);
    v.run("leader show X7")
        .stderr("错误：leaders.csv 中没有街巷长 `X7`\n提示：`lane leader list` 可列出全部街巷长\n")
        .status(2);
    v.run("household show H0009")
        .stderr("错误：households.csv 中没有住户 `H0009`\n提示：是否指 `H0001`？\n")
        .status(2);
    v.run("show 2026-9")
        .stderr("错误：没有与 `2026-9` 相符的案件\n提示：`lane list` 可列出各案件\n")
        .status(2);
    v.run("show 九")
        .stderr("错误：`九` 不是案件编号；请写完整编号（NJ-2026-0042）或简写（42、2026-42）\n")
        .status(2);
    v.run("patrol remove 2026-11-0099")
        .stderr(
            "错误：patrols/2026-11.csv 中没有巡查记录 2026-11-0099\n\
             提示：`lane patrol list --month 2026-11` 可列出该月各条记录及其编号\n",
        )
        .status(2);
    v.run("stars rate H0001 --met all --round 2099")
        .stderr("错误：没有评星轮次 `2099`（stars/2099.csv）\n提示：请用 `lane stars new 轮次` 开始一轮\n")
        .status(2);
}

/// Every bad row of a registry at once, each behind its `path:line:`, then the
/// hint; a missing file and a wrong header with what to write.
#[test]
fn registry_files_that_do_not_parse_in_chinese() {
    let v = zh();
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA01,重名巷,,,\nA/2,,,,\nA03,井巷\n",
    );
    v.run("alley list")
        .stderr(
            "错误：alleys.csv:3: 街巷编号 `A01` 重复（首次出现在第2行）\n\
             错误：alleys.csv:4: 列 `id`：编号 `A/2` 含有字符 '/'；编号只能使用 A-Z、a-z、0-9、- 和 _\n\
             错误：alleys.csv:4: 列 `name`：为空，但此项必填\n\
             错误：alleys.csv:5: 该行有2个字段，而表头有5个\n\
             提示：请修正该文件，然后运行 `lane check`\n",
        )
        .status(2);
    v.write(
        "leaders.csv",
        "id,name,phone,alley,background,selected_by,since,until,note\n\
         L01,张桂兰,1380000000x,A01,boss,two-committees,2021-3-1,,\n",
    );
    v.run("leader list")
        .stderr(
            "错误：leaders.csv:2: 列 `phone`：`1380000000x` 不是电话号码（只能含数字、+、-、空格）\n\
             错误：leaders.csv:2: 列 `background`：`boss` 不在可选值之内：party-member、cadre、respected\n\
             错误：leaders.csv:2: 列 `since`：`2021-3-1` 不是日期；请写成 YYYY-MM-DD，如 2026-11-03\n\
             提示：请修正该文件，然后运行 `lane check`\n",
        )
        .status(2);
    std::fs::remove_file(v.path("leaders.csv")).unwrap();
    v.run("leader list")
        .stderr(
            "错误：leaders.csv：文件不存在\n\
             提示：请新建该文件，表头行为 `id,name,phone,alley,background,selected_by,since,until,note`\n",
        )
        .status(2);
    v.write("households.csv", "id,head,alley,street\n");
    v.run("household list")
        .stderr(
            "错误：households.csv:1: 未知的列 `street`\n\
             提示：表头必须正好是 `id,head,alley,address,members,phone,tags,note,registered`\n",
        )
        .status(2);
    // 张 in GBK, as a spreadsheet of a Chinese Windows saves it.
    v.write(
        "alleys.csv",
        b"id,name,group,leader,note\nA01,\xD5\xC5,,,\n",
    );
    v.run("alley list")
        .stderr(
            "错误：alleys.csv:2: 该文件是 GBK/GB18030 文本，不是 UTF-8\n\
             提示：请用 `iconv -f GB18030 -t UTF-8 alleys.csv > converted.csv` 转换，再用 converted.csv 替换原文件\n",
        )
        .status(2);
}

/// A case file edited by hand: each problem at its line, with the hint that the
/// other cases keep working.
#[test]
fn case_files_that_do_not_parse_in_chinese() {
    let v = zh();
    let rel = v.case(1, "A01", None);
    let good = v.read(&rel);
    let hint = "提示：请手工修正该案件文件（`lane check` 会列出问题）；其他案件不受影响\n";
    v.write(
        &rel,
        good.replace(
            "at = \"2026-11-03T09:15:00+08:00\"",
            "at = 2026-11-03T09:15:00+08:00",
        ),
    );
    v.run("show 1")
        .stderr(format!(
            "错误：{rel}:9: `at` 的时间没有加引号；案件文件中的时间应写成字符串：at = \"2026-11-03T09:15:00+08:00\"\n{hint}"
        ))
        .status(2);
    v.write(&rel, good.replace("action = \"open\"", "action = \"fly\""));
    v.run("show 1")
        .stderr(format!(
            "错误：{rel}:8: 未知的事件类型 `fly`；事件类型有 open、note、escalate、resolve、visit、close、reopen\n{hint}"
        ))
        .status(2);
    v.write(&rel, format!("{good}reason = \"r\"\n"));
    v.run("show 1")
        .stderr(format!(
            "错误：{rel}:8: `open` 事件没有 `reason` 这一项；请删除该行（或更正事件类型）\n{hint}"
        ))
        .status(2);
    v.write(&rel, format!("{good}<<<<<<< HEAD\n"));
    v.run("show 1")
        .stderr(format!(
            "错误：{rel}:12: 文件中留有 git 合并冲突标记：请按时间顺序保留双方的事件，每个事件各有一行 [[events]]，并删除冲突标记行\n{hint}"
        ))
        .status(2);
    v.write(&rel, good.replace("alley = \"A01\"", "alley = \"A 1\""));
    v.run("show 1")
        .stderr(format!(
            "错误：{rel}:4: `alley`：编号 `A 1` 含有字符 ' '；编号只能使用 A-Z、a-z、0-9、- 和 _\n{hint}"
        ))
        .status(2);
}

/// What the five steps refuse, said by the lifecycle (behind the case ID the
/// command puts before it).
#[test]
fn lifecycle_refusals_in_chinese() {
    let v = zh();
    v.run("open --title t --category hazard --alley A01 --by L01 --at 2026-11-03T09:00")
        .ok();
    let refused = |line: &str, why: &str| {
        let out = v.run(line).out();
        assert_eq!(out.code, 1, "{line}: {}", out.stderr);
        assert!(
            out.stderr.starts_with("错误：NJ-2026-0001")
                && out.stderr.ends_with(&format!("{why}\n")),
            "{line}:\n{}",
            out.stderr
        );
    };
    let open = "当前可进行：note、escalate、resolve、close --as（fixed 以外的原因）";
    refused(
        "visit 1 --result satisfied --by L01",
        &format!("无法为办理中的案件登记回访；{open}"),
    );
    refused(
        "close 1 --by L01",
        &format!("办理中的案件尚未解决：请先处置，或以 duplicate、not-responsible、unable 或 referred 为由关闭；{open}"),
    );
    refused(
        "close 1 --as duplicate --by L01",
        &format!("作为重复案件关闭时，须给出原案（--of 编号）；{open}"),
    );
    refused(
        "note 1 早到的记录 --by L01 --at 2026-11-02T09:00",
        "2026-11-02T09:00:00+08:00 早于该案件的上一个事件（2026-11-03T09:00:00+08:00）；事件须按时间顺序记录",
    );
    v.run("escalate 1 --to town --reason r --by L01").ok();
    refused(
        "escalate 1 --to village --reason r --by L01",
        "该案件已在最高层级（town）；当前可进行：note、resolve、close --as（fixed 以外的原因）",
    );
    v.run("resolve 1 --note n --by L01").ok();
    refused(
        "close 1 --by L01",
        "该类别的案件须先回访才能关闭：请用 `lane visit` 登记回访；当前可进行：note、visit、close --as（fixed 以外的原因）、reopen",
    );
    v.run("visit 1 --result satisfied --by L01").ok();
    refused(
        "resolve 1 --note n --by L01",
        "无法处置已关闭的案件；当前可进行：note、reopen",
    );
}

#[test]
fn periods_in_chinese() {
    let v = zh();
    v.run("report --month 2026-13")
        .stderr("错误：--month：`2026-13` 不是月份；请写成 YYYY-MM（如 2026-11），也可以写上月、本月（last、this）\n")
        .status(2);
    v.run("report --year 26")
        .stderr("错误：--year：`26` 不是年份；请写成 YYYY（如 2026），也可以写去年、今年（last、this）\n")
        .status(2);
    v.run("report --from 2026-11-15 --to 2026-11-01")
        .stderr("错误：--to 2026-11-01 早于 --from 2026-11-15\n")
        .status(2);
    v.run("report --from 2026-11-31 --to 2026-12-01")
        .stderr("错误：--from：`2026-11-31` 不是日期；请写成 2026-11-03、2026/11/3、2026.11.3 或 2026年11月3日，也可以写今天、昨天、前天（today、yesterday）\n")
        .status(2);
}

/// lane.toml's errors at their line, the folder's format, and the write an older
/// format refuses.
#[test]
fn the_profile_and_the_format_in_chinese() {
    let v = zh();
    let toml = v.read("lane.toml");
    v.write("lane.toml", toml.replace("format = 3", "format = 9"));
    v.run("list")
        .stderr(
            "错误：lane.toml:2: 本数据文件夹是格式 9；这个版本的 lane 只能读取格式 3 及更早的格式\n\
             提示：请安装能读取格式 9 的新版 lane；当前版本不会改动该文件夹\n",
        )
        .status(2);
    v.write("lane.toml", toml.replace("format = 3", "format = \"2\""));
    v.run("list")
        .stderr(
            "错误：lane.toml:2: format = \"2\" 不是格式版本号\n\
             提示：请写成 `format = 3`（整数；见 FORMAT.md 的“Versions”一节）\n",
        )
        .status(2);
    v.write("lane.toml", toml.replace("code = \"NJ\"", "code = \"N1\""));
    v.run("list")
        .stderr("错误：lane.toml: village.code `N1` 不得含有数字：它是每个案件编号的开头\n")
        .status(2);
    v.write(
        "lane.toml",
        toml.replace("utc_offset = \"+08:00\"", "utc_offset = \"8\""),
    );
    v.run("list")
        .stderr("错误：lane.toml: village.utc_offset：`8` 不是 UTC 时区偏移；请写成 +08:00\n")
        .status(2);
    v.write(
        "lane.toml",
        toml.replace("deadline_days = 7", "deadline_days = 9999"),
    );
    v.run("list")
        .stderr(
            "错误：lane.toml: levels：层级 `village` 的 deadline_days = 9999；办理时限最多3650天\n",
        )
        .status(2);
    v.write("lane.toml", toml.replace("format = 3", "format = 1"));
    v.run("alley add --id A03 --name 井巷")
        .stderr(
            "错误：本数据文件夹是格式 1；请运行 `lane migrate` 升级（一次提交）\n\
             提示：这个版本的 lane 写入格式 3；所有只读命令（list、show、report、check）均可直接用于该文件夹\n",
        )
        .status(1);
}

/// A journal lane did not write is removed, said before the command's own error.
#[test]
fn a_stray_journal_is_a_warning_in_chinese() {
    let v = zh();
    v.write(".lane/journal", "not json");
    v.run("alley show A09")
        .stderr(
            "警告：.lane/journal 不是 lane 写的日志；已将其删除，未作任何更改\n\
             错误：alleys.csv 中没有街巷 `A09`\n提示：是否指 `A01`？\n",
        )
        .status(2);
    assert!(!v.path(".lane/journal").exists());
}

/// The journal of a change killed between its renames, whose patrol log changed
/// since (a pull): kept aside, with what to do, in both languages.
#[test]
fn an_interrupted_change_kept_aside_in_both_languages() {
    let zh_warning = "警告：中断的修改“NJ-2026-0001: open”未能写入 patrols/2026-11.csv：该文件在修改开始后又有变动（`git pull` 或其他编辑），lane 没有覆盖它（该修改的其他文件已写入：tickets/2026/NJ-2026-0001.toml）；该修改原本要写入的内容保存在 .lane/unapplied/patrols/2026-11.csv。请用 `git diff --no-index patrols/2026-11.csv .lane/unapplied/patrols/2026-11.csv` 比较两者，把缺少的内容手工补入 patrols/2026-11.csv 或重新做一次该修改，然后删除 .lane/unapplied/patrols/2026-11.csv 并运行 `lane check`\n";
    let en_warning = "warning: the interrupted change \"NJ-2026-0001: open\" was not finished for patrols/2026-11.csv: the file changed after the change began (a `git pull` or another edit), so lane did not write over it (its other files were written: tickets/2026/NJ-2026-0001.toml); what the change meant it to be is kept in .lane/unapplied/patrols/2026-11.csv. Compare them with `git diff --no-index patrols/2026-11.csv .lane/unapplied/patrols/2026-11.csv`, add what is missing to patrols/2026-11.csv by hand or do the change again, then delete .lane/unapplied/patrols/2026-11.csv and run `lane check`\n";
    for (v, warning, error) in [
        (
            zh(),
            zh_warning,
            "错误：alleys.csv 中没有街巷 `A09`\n提示：是否指 `A01`？\n",
        ),
        (
            en(),
            en_warning,
            "error: there is no alley `A09` in alleys.csv\nhint: did you mean `A01`?\n",
        ),
    ] {
        v.write("patrols/2026-11.csv", "pulled since\n");
        v.write("patrols/.lane-tmp-Zq81xk", "meant\n");
        v.write(
            ".lane/journal",
            journal(&[
                (
                    "tickets/2026/.lane-tmp-AAAAAA",
                    "tickets/2026/NJ-2026-0001.toml",
                    None,
                    &b"case\n"[..],
                ),
                (
                    "patrols/.lane-tmp-Zq81xk",
                    "patrols/2026-11.csv",
                    Some(&b"before\n"[..]),
                    &b"meant\n"[..],
                ),
            ]),
        );
        v.run("alley show A09")
            .stderr(format!("{warning}{error}"))
            .status(2);
        assert_eq!(v.read(".lane/unapplied/patrols/2026-11.csv"), "meant\n");
        assert_eq!(v.read("patrols/2026-11.csv"), "pulled since\n");
    }
}

/// A commit owed by a killed change that git cannot take now (a merge is under
/// way), and a change's own commit in the same state: saved, not committed, and
/// what to do.
#[test]
fn commits_git_cannot_take_are_warnings_in_chinese() {
    let v = zh();
    v.git(&["init", "-q"]);
    v.write(
        ".git/MERGE_HEAD",
        "0000000000000000000000000000000000000000\n",
    );
    v.write(
        ".lane/pending",
        r#"{"message":"NJ-2026-0001: note","paths":["alleys.csv"]}"#,
    );
    v.run("alley show A09")
        .stderr(
            "警告：一次中断的修改（“NJ-2026-0001: note”）已保存，但未提交到 git（仓库正在进行合并（merge）；请先完成或中止，再用 `git add` 和 `git commit` 提交此次更改）；请用 `git add -A -- alleys.csv` 和 `git commit` 提交\n\
             错误：alleys.csv 中没有街巷 `A09`\n提示：是否指 `A01`？\n",
        )
        .status(2);
    assert!(!v.path(".lane/pending").exists());
    let out = v.run("alley add --id A03 --name 井巷").out();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stderr.lines().next(),
        Some("警告：更改已保存，但未提交到 git：仓库正在进行合并（merge）；请先完成或中止，再用 `git add` 和 `git commit` 提交此次更改"),
        "{}",
        out.stderr
    );
    assert!(v.read("alleys.csv").ends_with("A03,井巷,,,\n"));
}

/// `LANE_LANG=zh-CN` gives an English folder's store messages in Chinese, and
/// `LANE_LANG=en` a Chinese folder's in English, as they always were.
#[test]
fn lane_lang_switches_the_store_s_language() {
    let v = en();
    v.run("alley show A09")
        .stderr("error: there is no alley `A09` in alleys.csv\nhint: did you mean `A01`?\n")
        .status(2);
    v.run("alley show A09")
        .env("LANE_LANG", "zh-CN")
        .stderr("错误：alleys.csv 中没有街巷 `A09`\n提示：是否指 `A01`？\n")
        .status(2);
    let z = zh();
    z.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note\nH1,,A01,,0,,,\n",
    );
    z.run("household list")
        .env("LANE_LANG", "en")
        .stderr(
            "error: households.csv:2: column `head`: is empty but required\n\
             error: households.csv:2: column `members`: `0` is not a number of members (1 to 99)\n\
             hint: fix the file, then run `lane check`\n",
        )
        .status(2);
    z.run("report --month 2026-13")
        .env("LANE_LANG", "en")
        .stderr("error: --month: `2026-13` is not a month; write it as YYYY-MM (2026-11), or last, this, 上月, 本月\n")
        .status(2);
}

/// The lifecycle's English, word for word what it always was.
#[test]
fn lifecycle_refusals_in_english() {
    let v = en();
    v.run("open --title t --category hazard --alley A01 --by L01 --at 2026-11-03T09:00")
        .ok();
    v.run("visit 1 --result satisfied --by L01")
        .stderr("error: NJ-2026-0001: cannot record a return visit for a case that is open; allowed now: note, escalate, resolve, close --as (not fixed)\n")
        .status(1);
    v.run("escalate 1 --to alley --reason r --by L01")
        .stderr("error: NJ-2026-0001: the case is already at level alley; it can only go up, to village or town; allowed now: note, escalate, resolve, close --as (not fixed)\n")
        .status(1);
}
