"""Readable file names for drafts: `tech-platforms-total.yaml`, else `para11-1793-jia.yaml`.

A claim's id is its file name, and ids are how checks refer to each other, so names must be
readable, stable from run to run (derived from the text only) and unique within a folder. A
table of common statistical terms gives English words for Chinese subjects (no romanisation
of arbitrary text); an English subject gives its own words; otherwise the paragraph, the
number and the unit make the name.
"""

from __future__ import annotations

import re

from factcheck.errors import ValueParseError
from factcheck.grammar.units import parse_unit
from factcheck.grammar.values import parse_quantity

#: Chinese statistical terms → English words for file names (longest match wins).
SUBJECT_WORDS: dict[str, str] = {
    "科技创新平台": "tech-platforms",
    "创新平台": "innovation-platforms",
    "平台": "platforms",
    "国家级": "national",
    "省级": "provincial",
    "市级": "municipal",
    "县级": "county",
    "装机容量": "installed-capacity",
    "可再生能源": "renewables",
    "新能源": "new-energy",
    "加氢站": "hydrogen-stations",
    "氢燃料电池车辆": "fuel-cell-vehicles",
    "车辆": "vehicles",
    "公交车": "buses",
    "运行": "distance",
    "里程": "mileage",
    "旅客": "passengers",
    "固定资产投资": "fixed-asset-investment",
    "完成投资": "investment",
    "投资": "investment",
    "重点项目": "key-projects",
    "竣工投产项目": "completed-projects",
    "签约项目": "signed-projects",
    "外资项目": "foreign-projects",
    "项目": "projects",
    "产值": "output-value",
    "利润": "profit",
    "增加值": "value-added",
    "产业集群": "clusters",
    "特色产业集群": "special-clusters",
    "单项冠军": "champions",
    "占比": "share",
    "贡献率": "contribution-rate",
    "场景": "scenarios",
    "热效率": "thermal-efficiency",
    "天然气": "gas",
    "柴油机": "diesel",
    "企业": "enterprises",
    "措施": "measures",
    "大学生": "graduates",
    "到位资金": "funds-in-place",
    "资金": "funds",
    "扶持资金": "support-funds",
    "进出口总额": "trade-total",
    "进出口额": "trade",
    "进出口": "trade",
    "利用外资": "foreign-capital",
    "外资": "foreign-capital",
    "跨境电商": "cross-border-ecommerce",
    "新增就业": "new-jobs",
    "再就业": "reemployment",
    "就业": "employment",
    "中小学": "schools",
    "幼儿园": "kindergartens",
    "乡村学校": "rural-schools",
    "学校": "schools",
    "困难群体": "needy-groups",
    "助老食堂": "elderly-canteens",
    "食堂": "canteens",
    "达标率": "compliance-rate",
    "会议": "meetings",
    "改革文件": "reform-documents",
    "文件": "documents",
    "改革任务": "reform-tasks",
    "重点任务": "key-tasks",
    "任务": "tasks",
    "领导干部": "officials",
    "国家级试点": "national-pilots",
    "省级试点": "provincial-pilots",
    "试点城市": "pilot-cities",
    "试点": "pilots",
    "典型经验": "model-practices",
    "政策": "policies",
    "元宇宙": "metaverse",
    "产业规模": "industry-size",
    "地区生产总值": "gdp",
    "生产总值": "gdp",
    "人口": "population",
    "可支配收入": "disposable-income",
    "收入": "income",
    "居民": "residents",
    "社会消费品零售总额": "retail-sales",
    "消费": "consumption",
    "出口": "exports",
    "进口": "imports",
    "财政收入": "fiscal-revenue",
    "一般公共预算收入": "budget-revenue",
    "税收": "tax",
    "粮食": "grain",
    "产量": "output",
    "面积": "area",
    "医院": "hospitals",
    "床位": "beds",
    "人才": "talent",
    "专利": "patents",
    "高新技术企业": "high-tech-firms",
    "高新技术产业": "high-tech-industry",
    "研发": "rnd",
    "经费": "spending",
    "增速": "growth-rate",
    "用电量": "power-use",
    "发电量": "power-output",
    "碳排放": "emissions",
    "森林覆盖率": "forest-cover",
    "城镇化率": "urbanisation-rate",
    "失业率": "unemployment-rate",
    "利润总额": "profit",
    "营业收入": "revenue",
    "工业": "industry",
    "农业": "agriculture",
    "服务业": "services",
    "旅游": "tourism",
    "游客": "visitors",
    "港口": "port",
    "吞吐量": "throughput",
    "集装箱": "containers",
}
_TERMS = sorted(SUBJECT_WORDS, key=len, reverse=True)
_ROLE_BY_TYPE = {
    "rank": "rank",
    "only": "only",
    "growth": "growth",
    "change": "change",
    "difference": "gap",
    "date": "date",
    "label": "label",
    "range": "range",
}
_EN_STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "for",
    "and",
    "to",
    "by",
    "its",
    "their",
    "this",
    "that",
    "with",
    "from",
    "at",
    "as",
    "total",
    "while",
    "which",
    "has",
    "have",
    "had",
    "new",
}
_UNIT_SLUGS = {"万": "wan", "亿": "yi", "万亿": "wan-yi", "%": "pct", "个百分点": "pp", "百分点": "pp"}


def slug_for(
    subject: str, clause_head: str, type_: str, kind: str, value: str, unit: str | None, paragraph: int, english: bool
) -> str:
    """A file name stem (no suffix) for one mention; `unique()` makes it unique in its folder."""
    words = _english_words(subject) if english else _table_words(subject)
    role = _role(clause_head, type_, kind)
    if words:
        return "-".join(words[:3] + ([role] if role and role not in words else []))[:60].strip("-")
    parts = [f"para{paragraph}", _value_slug(value), _unit_slug(unit)]
    if role:
        parts.append(role)
    return "-".join(part for part in parts if part)


def unique(stem: str, used: set[str]) -> str:
    name, counter = stem, 2
    while name in used:
        name = f"{stem}-{counter}"
        counter += 1
    used.add(name)
    return name


def _table_words(subject: str) -> list[str]:
    words: list[str] = []
    index = 0
    while index < len(subject):
        term = next((t for t in _TERMS if subject.startswith(t, index)), None)
        if term is None:
            index += 1
            continue
        for word in SUBJECT_WORDS[term].split("-"):
            if word not in words:
                words.append(word)
        index += len(term)
    return words[-4:]


def _english_words(subject: str) -> list[str]:
    words = [w for w in re.findall(r"[a-z0-9]+", subject.lower()) if w not in _EN_STOP and not w.isdigit()]
    return words[-4:]


def _role(clause_head: str, type_: str, kind: str) -> str:
    if type_ in _ROLE_BY_TYPE:
        return _ROLE_BY_TYPE[type_]
    if re.search(r"共|总数|总量|合计|总计|累计|total", clause_head, re.IGNORECASE):
        return "total"
    if re.search(r"新增|新入选|新建|new", clause_head, re.IGNORECASE):
        return "new"
    return "target" if kind == "target" else ""


def _value_slug(value: str) -> str:
    text = value.replace(",", "")
    for word, slug in sorted(_UNIT_SLUGS.items(), key=lambda item: -len(item[0])):
        text = text.replace(word, f"-{slug}-")
    if not re.search(r"\d", text):
        try:
            interval = parse_quantity(value, rounded=False).interval
            text = str(int(interval.lo)) if interval.lo is not None else "n"
        except ValueParseError:  # a value the grammar refuses gets a neutral name; the draft is dropped anyway
            text = "n"
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")


def _unit_slug(unit: str | None) -> str:
    if not unit:
        return ""
    if unit in _UNIT_SLUGS:
        return _UNIT_SLUGS[unit]

    scale, parsed = parse_unit(unit)
    prefix = {10**4: "wan-", 10**8: "yi-"}.get(int(scale), "") if scale != 1 else ""
    symbol = parsed.symbol if parsed.symbol.isascii() else ""
    if parsed.dimension == "count":
        symbol = "count"
    return (prefix + re.sub(r"[^a-z0-9]+", "-", symbol.lower())).strip("-")
