//! Invented Chinese names and places for sample villages. Any likeness to a real
//! person is chance: names are drawn at random from common surnames and given-name
//! characters.

pub const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
    "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
];

pub const GIVEN: &[&str] = &[
    "德", "明", "国", "建", "华", "文", "志", "秀", "兰", "英", "桂", "玉", "春", "海", "军", "平",
    "伟", "芳", "红", "金", "福", "永", "长", "生", "荣", "丽", "敏", "强", "刚", "勇", "泉", "山",
    "林", "云", "凤", "霞", "珍", "清", "安", "忠", "贵", "顺", "兴", "富", "成",
];

pub const ALLEYS: &[&str] = &[
    "前街巷",
    "后街巷",
    "槐树巷",
    "油坊巷",
    "学堂巷",
    "井台巷",
    "粮站巷",
    "柳树巷",
    "新建巷",
    "老街巷",
    "河沿巷",
    "祠堂巷",
    "东坡巷",
    "西坡巷",
    "北门巷",
    "南门巷",
    "枣园巷",
    "磨坊巷",
];

pub const GROUPS: &[&str] = &[
    "一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组",
];

pub const TAGS: &[&str] = &[
    "elderly",
    "low-income",
    "left-behind-children",
    "disabled",
    "military-family",
    "party-member",
];

/// Problems a lane leader finds, by category key.
pub const TITLES: &[(&str, &[&str])] = &[
    (
        "sanitation",
        &[
            "巷口垃圾堆放",
            "排水沟堵塞",
            "柴草乱堆乱放",
            "路面积水",
            "公厕卫生差",
            "杂物占道",
            "墙面乱贴小广告",
            "生活污水外排",
            "畜禽粪便未清理",
            "绿化带垃圾",
        ],
    ),
    (
        "hazard",
        &[
            "电线私拉乱接",
            "危房墙体开裂",
            "路灯损坏",
            "井盖缺失",
            "燃气管老化",
            "沟渠无护栏",
            "枯树有倒伏危险",
            "电动车楼道充电",
        ],
    ),
    (
        "dispute",
        &[
            "宅基地边界纠纷",
            "邻里用水纠纷",
            "赡养老人纠纷",
            "土地承包纠纷",
            "噪音扰邻",
        ],
    ),
    (
        "service",
        &[
            "代办医保缴费",
            "代购生活用品",
            "协助办理养老认证",
            "帮助独居老人就医",
            "代办低保申请",
            "协助申请危房改造",
            "代缴水电费",
            "帮助留守儿童辅导",
        ],
    ),
    (
        "feedback",
        &[
            "反映道路硬化需求",
            "反映路灯不足",
            "反映饮水水压低",
            "建议增设健身器材",
            "反映网络信号差",
        ],
    ),
];

pub const DEPTS: &[&str] = &[
    "town water office",
    "town power station",
    "town judicial office",
    "town housing office",
    "town civil affairs office",
];

/// What lane leaders write when they deal with a problem, by category key.
pub const FIXES: &[(&str, &[&str])] = &[
    (
        "sanitation",
        &["已清理", "组织村民清扫", "联系保洁员清运", "疏通完毕"],
    ),
    (
        "hazard",
        &["已排除隐患", "已更换设备", "设置警示标志并修复", "已加固"],
    ),
    (
        "dispute",
        &["双方达成和解", "调解成功并签订协议", "经协商已解决"],
    ),
    (
        "service",
        &["已代办完成", "已送达", "已协助办理", "已陪同就医"],
    ),
    (
        "feedback",
        &["已向村两委反映并答复", "已纳入村年度计划", "已答复群众"],
    ),
];

pub const NOTES: &[&str] = &[
    "已现场查看",
    "已电话联系当事人",
    "等待材料",
    "已上报村支部",
    "明日复查",
];
