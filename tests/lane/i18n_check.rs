//! Issue 13 for `lane check` and `lane town`: a folder with many planted problems
//! checked in English and in Chinese, line for line; in `town`, the town's errors,
//! hints, warnings, confirmations, tables and summaries in Chinese (the town
//! speaks `LANE_LANG`, else its first village's language), and some in English.

mod town;

use crate::harness::{lane_at, Village, NOW};

const ALLEYS: &str = "\
id,name,group,leader,note
A01,槐树巷,一组,L01,
A02,油坊巷,二组,L02,
A03,学堂巷,二组,,=SUM(1)
A09,井台巷,三组,L09,
A10,粮站巷,三组,L01,
A04,磨坊巷,三组,L06,
A05,竹林巷,四组,,
A07,庙前巷,四组,L03,
";

const LEADERS: &str = "\
id,name,phone,alley,background,selected_by,since,until,note
L01,张桂兰,13800000001,A01,party-member,two-committees,2021-03-01,,
L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,,
L04,吴春梅,13800000004,A99,respected,two-committees,2021-03-01,,
L05,郑国华,13800000005,A02,cadre,two-committees,2026-01-01,,
L06,孙立新,13800000006,A04,cadre,two-committees,2021-03-01,2026-06-30,
L08,钱玉芬,13800000008,A03,respected,two-committees,2021-03-01,,
L03,周文华,13800000003,,respected,two-committees,2021-03-01,,
L10,冯建军,13800000010,A07,party-member,two-committees,2021-03-01,,
";

const HOUSEHOLDS: &str = "\
id,head,alley,address,members,phone,tags,note
H0001,王秀英,A01,一组1号,3,13900000001,elderly,
H0002,赵国强,A98,一组2号,4,,,
";

const T: &str = "2026-11-03T09:15:00+08:00";

/// A case file: `id`, its alley, more header lines, its category, `opened` and the
/// time of its open event, then more events.
fn case_text(id: &str, alley: &str, category: &str, times: (&str, &str), more: &str) -> String {
    let (opened, at) = times;
    format!(
        "id = \"{id}\"\ntitle = \"巷口垃圾堆放\"\ncategory = \"{category}\"\nalley = \"{alley}\"\n\
         {more}source = \"inspection\"\nopened = \"{opened}\"\n\n[[events]]\nat = \"{at}\"\n\
         by = \"L01\"\naction = \"open\"\n"
    )
}

/// A close event as a case file writes it.
fn close(reason: &str, of: &str) -> String {
    format!(
        "\n[[events]]\nat = \"2026-11-04T09:00:00+08:00\"\nby = \"L01\"\naction = \"close\"\n\
         as = \"{reason}\"\nof = \"{of}\"\n"
    )
}

/// Plants every problem whose words `lane check` makes itself (none of the file
/// parsers' messages): registries that do not agree, cases out of place, times in
/// the future, duplicates of nothing, awards out of time, a formula, a temp file
/// and a link.
fn plant(v: &Village) {
    v.write("alleys.csv", ALLEYS);
    v.write("leaders.csv", LEADERS);
    v.write("households.csv", HOUSEHOLDS);
    let case = |rel: &str, text: String| v.write(rel, text);
    case(
        "tickets/2026/NJ-2026-0001.toml",
        case_text(
            "NJ-2026-0001",
            "A77",
            "sanitation",
            (T, T),
            "household = \"H0099\"\n",
        ),
    );
    let future = "\n[[events]]\nat = \"2062-11-04T09:00:00+08:00\"\nby = \"L01\"\naction = \"note\"\nnote = \"typo of the year\"\n";
    case(
        "tickets/2026/NJ-2026-0002.toml",
        case_text(
            "NJ-2026-0002",
            "A01",
            "weather",
            ("2026-11-04T09:15:00+08:00", T),
            "",
        ) + future,
    );
    case(
        "tickets/2026/NJ-2026-0003.toml",
        case_text("NJ-2026-0003", "A01", "sanitation", (T, T), "")
            + &close("duplicate", "NJ-2026-0099"),
    );
    case(
        "tickets/2026/NJ-2026-0004.toml",
        case_text("NJ-2026-0004", "A01", "sanitation", (T, T), "")
            + &close("unable", "NJ-2026-0001"),
    );
    case(
        "tickets/2025/NJ-2026-0005.toml",
        case_text("NJ-2026-0005", "A01", "sanitation", (T, T), ""),
    );
    case(
        "tickets/2026/XW-2026-0006.toml",
        case_text("XW-2026-0006", "A01", "sanitation", (T, T), ""),
    );
    let y2025 = "2025-11-03T09:15:00+08:00";
    case(
        "tickets/2026/NJ-2026-0007.toml",
        case_text("NJ-2026-0007", "A01", "sanitation", (y2025, y2025), ""),
    );
    v.write(
        "patrols/2026-11.csv",
        "id,date,leader,alley,kind,household,ticket,note\n\
         2026-11-0001,2026-11-03,L07,A88,visit,H0099,NJ-2026-0077,\n",
    );
    v.write(
        "stars/2026.csv",
        "household,helpful,honest,diligent,clean,harmony,stars,awarded,note\n\
         H0001,1,1,1,1,1,5,2062-11-18,\nH0002,1,1,1,1,1,5,2025-01-02,\nH0009,1,1,0,1,0,3,,\n",
    );
    v.write("tickets/2026/.lane-tmp-x1", "");
    std::os::unix::fs::symlink("alleys.csv", v.path("streets.csv")).unwrap();
}

const EN_PLANTED: &str = "\
alleys.csv:5: leader `L09` is not in leaders.csv
alleys.csv:6: leader L01 is assigned to two alleys at once (A01 at line 2 and A10)
alleys.csv:6: leader L01 serves alley A01 according to leaders.csv:2, not A10
alleys.csv:9: leader L03 serves alley (none) according to leaders.csv:8, not A07
leaders.csv:4: alley `A99` is not in alleys.csv
leaders.csv:5: alley A02 has two current lane leaders: L02 (line 3) and L05
households.csv:3: alley `A98` is not in alleys.csv
tickets/2025/NJ-2026-0005.toml:1: the case NJ-2026-0005 belongs in tickets/2026/NJ-2026-0005.toml
tickets/2026/NJ-2026-0001.toml:4: alley `A77` is not in alleys.csv
tickets/2026/NJ-2026-0001.toml:5: household `H0099` is not in households.csv
tickets/2026/NJ-2026-0002.toml:3: category `weather` is not in lane.toml (sanitation, hazard, dispute, service, feedback)
tickets/2026/NJ-2026-0002.toml:6: `opened` differs from the time of the open event
tickets/2026/XW-2026-0006.toml:1: the ID's code `XW` is not the village code `NJ`
patrols/2026-11.csv:2: leader `L07` is not in leaders.csv
patrols/2026-11.csv:2: alley `A88` is not in alleys.csv
patrols/2026-11.csv:2: household `H0099` is not in households.csv
patrols/2026-11.csv:2: case NJ-2026-0077 does not exist
stars/2026.csv:4: household `H0009` is not in households.csv
streets.csv: a symbolic link; lane reads and writes only files inside the data folder and skips it; replace the link with the file or folder itself
tickets/2026/NJ-2026-0002.toml:13: event 2 (note) is at 2062-11-04T09:00:00+08:00, in the future (now is 2026-11-20T10:00:00+08:00); every later event would be refused as earlier: correct its `at` (a typo of the year?)
tickets/2026/NJ-2026-0004.toml:13: `of = \"NJ-2026-0001\"` goes only with `as = \"duplicate\"` (this close is as unable); delete the `of` line or correct `as`
tickets/2026/NJ-2026-0007.toml:6: `opened` is in 2025, but the case is numbered in 2026 (its ID and year folder); correct the year of `opened` and of the open event
tickets/2026/NJ-2026-0003.toml:13: closed as a duplicate of `NJ-2026-0099`, which does not exist; give an existing case in `of`, or reopen this one
stars/2026.csv:2: `awarded` 2062-11-18 is in the future (today is 2026-11-20); correct the date
stars/2026.csv:3: `awarded` 2025-01-02 is before the round 2026 itself; correct the date
alleys.csv:7: warning: alley A04 has no current lane leader (L06's post is not current, leaders.csv:6)
alleys.csv:8: warning: alley A05 has no current lane leader
leaders.csv:7: warning: leader L08 serves alley A03, but alleys.csv:4 gives no leader; record it with `lane alley edit A03 --leader L08`
leaders.csv:9: warning: leader L10 serves alley A07, but alleys.csv:9 gives the leader L03; record it with `lane alley edit A07 --leader L10`
tickets/2026/.lane-tmp-x1: warning: a temp file left by an interrupted write (the change it held was not saved); the next change in that folder removes it, or delete it
alleys.csv:4: warning: column `note` starts like a spreadsheet formula; lane prints it neutralised, but look at it before opening alleys.csv itself in a spreadsheet
";

const ZH_PLANTED: &str = "\
alleys.csv:5: leaders.csv 中没有街巷长 `L09`
alleys.csv:6: 街巷长 L01 同时被指派到两条街巷（第2行的 A01 和 A10）
alleys.csv:6: 按 leaders.csv:2，街巷长 L01 负责街巷 A01，而不是 A10
alleys.csv:9: 按 leaders.csv:8，街巷长 L03 不负责任何街巷，而不是 A07
leaders.csv:4: alleys.csv 中没有街巷 `A99`
leaders.csv:5: 街巷 A02 有两名现任街巷长：L02（第3行）和 L05
households.csv:3: alleys.csv 中没有街巷 `A98`
tickets/2025/NJ-2026-0005.toml:1: 案件 NJ-2026-0005 应放在 tickets/2026/NJ-2026-0005.toml
tickets/2026/NJ-2026-0001.toml:4: alleys.csv 中没有街巷 `A77`
tickets/2026/NJ-2026-0001.toml:5: households.csv 中没有住户 `H0099`
tickets/2026/NJ-2026-0002.toml:3: 类别 `weather` 不在 lane.toml 中（sanitation, hazard, dispute, service, feedback）
tickets/2026/NJ-2026-0002.toml:6: `opened` 与 open 事件的时间不一致
tickets/2026/XW-2026-0006.toml:1: 案件编号中的代码 `XW` 不是本村代码 `NJ`
patrols/2026-11.csv:2: leaders.csv 中没有街巷长 `L07`
patrols/2026-11.csv:2: alleys.csv 中没有街巷 `A88`
patrols/2026-11.csv:2: households.csv 中没有住户 `H0099`
patrols/2026-11.csv:2: 案件 NJ-2026-0077 不存在
stars/2026.csv:4: households.csv 中没有住户 `H0009`
streets.csv: 符号链接；lane 只读写数据文件夹内的文件，已跳过此链接；请用文件或文件夹本身替换此链接
tickets/2026/NJ-2026-0002.toml:13: 第2个事件（note）的时间 2062-11-04T09:00:00+08:00 晚于现在（2026-11-20T10:00:00+08:00），之后的每个事件都会因早于它而被拒绝：请更正其 `at`（年份是否写错？）
tickets/2026/NJ-2026-0004.toml:13: `of = \"NJ-2026-0001\"` 只能与 `as = \"duplicate\"` 同用（此次关闭为 unable）；请删除 `of` 行或更正 `as`
tickets/2026/NJ-2026-0007.toml:6: `opened` 在2025年，但案件按2026年编号（见其编号和年份文件夹）；请更正 `opened` 和 open 事件的年份
tickets/2026/NJ-2026-0003.toml:13: 以 `NJ-2026-0099` 的重复件关闭，但该案件不存在；请在 `of` 中填写已有的案件，或重新打开本案件
stars/2026.csv:2: `awarded` 2062-11-18 晚于今天（2026-11-20）；请更正日期
stars/2026.csv:3: `awarded` 2025-01-02 早于评星轮次 2026 本身；请更正日期
alleys.csv:7: 警告：街巷 A04 没有现任街巷长（L06 不在任期内，见 leaders.csv:6）
alleys.csv:8: 警告：街巷 A05 没有现任街巷长
leaders.csv:7: 警告：街巷长 L08 负责街巷 A03，但 alleys.csv:4 未登记街巷长；请用 `lane alley edit A03 --leader L08` 登记
leaders.csv:9: 警告：街巷长 L10 负责街巷 A07，但 alleys.csv:9 登记的街巷长是 L03；请用 `lane alley edit A07 --leader L10` 更正
tickets/2026/.lane-tmp-x1: 警告：写入中断留下的临时文件（其中的更改未保存）；该文件夹下次更改时会将其删除，也可直接删除
alleys.csv:4: 警告：`note` 列的内容像电子表格公式；lane 输出时已作无害化处理，但用电子表格直接打开 alleys.csv 前请先查看
";

/// Every planted problem, in English: the lines, the summary and the error, and
/// nothing written.
#[test]
fn planted_problems_are_listed_in_english() {
    let v = Village::new();
    plant(&v);
    let before = v.snapshot();
    v.run("check")
        .stdout(EN_PLANTED)
        .stderr(
            "checked 8 alleys, 8 leaders, 2 households, 7 cases: 25 errors, 6 warnings\n\
             error: 25 problems found\n",
        )
        .status(1);
    v.assert_unchanged(&before);
}

/// The same folder made in Chinese: the same lines, paths and line numbers, the
/// words Chinese; `LANE_LANG=en` gives the English lines back.
#[test]
fn planted_problems_are_listed_in_chinese() {
    let v = Village::chinese();
    plant(&v);
    let before = v.snapshot();
    v.run("check")
        .stdout(ZH_PLANTED)
        .stderr(
            "已检查街巷8条、街巷长8名、住户2户、案件7件：错误25个，警告6个\n错误：发现25个问题\n",
        )
        .status(1);
    v.assert_unchanged(&before);
    v.run("check")
        .env("LANE_LANG", "en")
        .stdout(EN_PLANTED)
        .stderr(
            "checked 8 alleys, 8 leaders, 2 households, 7 cases: 25 errors, 6 warnings\n\
             error: 25 problems found\n",
        )
        .status(1);
    // And an English folder in Chinese.
    let en = Village::new();
    plant(&en);
    en.run("check")
        .env("LANE_LANG", "zh-CN")
        .stdout(ZH_PLANTED)
        .stderr(
            "已检查街巷8条、街巷长8名、住户2户、案件7件：错误25个，警告6个\n错误：发现25个问题\n",
        )
        .status(1);
}

/// A Chinese village that is a git repository with a first commit.
fn chinese_with_git() -> Village {
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = tmp.path().join("village");
    let root_arg = root.to_str().unwrap();
    lane_at(
        tmp.path(),
        &["init", root_arg, "--lang", "zh-CN", "--name", "南街村"],
    )
    .ok();
    Village {
        tmp,
        root,
        now: NOW.to_string(),
    }
}

/// Three events the lifecycle refuses, each with its hint (the reason itself is
/// the lifecycle's, English today), committed; then changes git does not have
/// and a file an interrupted change kept aside.
fn plant_in_git(v: &Village) {
    let event = |at: &str, rest: &str| format!("\n[[events]]\nat = \"{at}\"\nby = \"L01\"\n{rest}");
    let at = "2026-11-04T09:00:00+08:00";
    for (seq, more) in [
        (
            1,
            event(
                at,
                "action = \"escalate\"\nto = \"province\"\nreason = \"r\"\n",
            ),
        ),
        (2, event(at, "action = \"visit\"\nresult = \"satisfied\"\n")),
        (
            3,
            event(
                "2026-11-02T09:00:00+08:00",
                "action = \"note\"\nnote = \"n\"\n",
            ),
        ),
    ] {
        let id = format!("NJ-2026-000{seq}");
        let text = case_text(&id, "A01", "sanitation", (T, T), "") + &more;
        v.write(&format!("tickets/2026/{id}.toml"), text);
    }
    v.git(&["add", "-A"]);
    v.git(&["commit", "-qm", "cases"]);
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,,\n",
    );
    v.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note\n",
    );
    v.git(&["add", "households.csv"]);
    v.write(
        "stars/2026.csv",
        "household,helpful,honest,diligent,clean,harmony,stars,awarded,note\n",
    );
    v.write(".lane/unapplied/patrols/2026-11.csv", "x\n");
}

/// The hints of refused events, and the warnings about what git does not have, in
/// English and in Chinese.
#[test]
fn refused_events_and_uncommitted_changes_in_both_languages() {
    let v = Village::with_git();
    plant_in_git(&v);
    v.run("check").stdout(
        "tickets/2026/NJ-2026-0001.toml:13: event 2 (escalate) is not allowed: `province` is not a level (alley, village, town); write one of lane.toml's levels (alley, village, town) in `to`, or add the level to lane.toml\n\
         tickets/2026/NJ-2026-0002.toml:13: event 2 (visit) is not allowed: cannot record a return visit for a case that is open; allowed at that point: note, escalate, resolve, close --as (not fixed); correct or remove the event\n\
         tickets/2026/NJ-2026-0003.toml:13: event 2 (note) is not allowed: 2026-11-02T09:00:00+08:00 is earlier than the case's last event (2026-11-03T09:15:00+08:00); events are kept in time order; correct the event's `at`, or move the event to its place in time\n\
         alleys.csv:2: warning: alley A01 has no current lane leader\n\
         alleys.csv: warning: modified, not committed to git, so clones and the town do not have it; commit it with `git add -A -- alleys.csv` and `git commit -m \"alleys.csv\"`\n\
         households.csv: warning: staged but not committed, not committed to git, so clones and the town do not have it; commit it with `git add -A -- households.csv` and `git commit -m \"households.csv\"`\n\
         stars/2026.csv: warning: untracked, not committed to git, so clones and the town do not have it; commit it with `git add -A -- stars/2026.csv` and `git commit -m \"stars/2026.csv\"`\n\
         .lane/unapplied/patrols/2026-11.csv: warning: what an interrupted change meant this file to be, not written because the file had changed since; add what is missing by hand or do the change again, then delete .lane/unapplied/patrols/2026-11.csv\n",
    ).stderr("checked 1 alley, 0 leaders, 0 households, 3 cases: 3 errors, 5 warnings\nerror: 3 problems found\n").status(1);

    let v = chinese_with_git();
    plant_in_git(&v);
    v.run("check").stdout(
        "tickets/2026/NJ-2026-0001.toml:13: 第2个事件（escalate）不允许：`province` 不是层级（alley, village, town）；请在 `to` 中填写 lane.toml 中的层级之一（alley, village, town），或在 lane.toml 中添加该层级\n\
         tickets/2026/NJ-2026-0002.toml:13: 第2个事件（visit）不允许：无法为办理中的案件登记回访；此时允许：note、escalate、resolve、close --as (not fixed)；请更正或删除该事件\n\
         tickets/2026/NJ-2026-0003.toml:13: 第2个事件（note）不允许：2026-11-02T09:00:00+08:00 早于该案件的上一个事件（2026-11-03T09:15:00+08:00）；事件须按时间顺序记录；请更正该事件的 `at`，或将该事件移到按时间应在的位置\n\
         alleys.csv:2: 警告：街巷 A01 没有现任街巷长\n\
         alleys.csv: 警告：已修改，尚未提交到 git，克隆副本和镇里都没有此更改；请用 `git add -A -- alleys.csv` 和 `git commit -m \"alleys.csv\"` 提交\n\
         households.csv: 警告：已暂存，尚未提交到 git，克隆副本和镇里都没有此更改；请用 `git add -A -- households.csv` 和 `git commit -m \"households.csv\"` 提交\n\
         stars/2026.csv: 警告：新文件，尚未提交到 git，克隆副本和镇里都没有此文件；请用 `git add -A -- stars/2026.csv` 和 `git commit -m \"stars/2026.csv\"` 提交\n\
         .lane/unapplied/patrols/2026-11.csv: 警告：中断的更改原本要写成的文件内容，因该文件此后已被改动而未写入；请手工补上缺少的内容或重做该更改，然后删除 .lane/unapplied/patrols/2026-11.csv\n",
    ).stderr("已检查街巷1条、街巷长0名、住户0户、案件3件：错误3个，警告5个\n错误：发现3个问题\n").status(1);
}

/// One problem is one in English; a clean folder's summary in both languages.
#[test]
fn one_problem_and_none() {
    let v = Village::new();
    v.seed();
    v.run("check")
        .stderr("checked 2 alleys, 2 leaders, 3 households, 0 cases: 0 errors, 0 warnings\n")
        .success();
    let rel = v.case(1, "A05", None);
    v.run("check")
        .stdout(format!("{rel}:4: alley `A05` is not in alleys.csv\n"))
        .stderr("checked 2 alleys, 2 leaders, 3 households, 1 case: 1 error, 0 warnings\nerror: 1 problem found\n")
        .status(1);
    v.run("check")
        .env("LANE_LANG", "zh-CN")
        .stdout(format!("{rel}:4: alleys.csv 中没有街巷 `A05`\n"))
        .stderr("已检查街巷2条、街巷长2名、住户3户、案件1件：错误1个，警告0个\n错误：发现1个问题\n")
        .status(1);
    std::fs::remove_file(v.path(&rel)).unwrap();
    v.run("check")
        .env("LANE_LANG", "zh-CN")
        .stderr("已检查街巷2条、街巷长2名、住户3户、案件0件：错误0个，警告0个\n")
        .success();
}
