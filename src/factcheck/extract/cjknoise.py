"""Furniture of Chinese pages and communiqués: numbers that are no statistic, read only where a
paragraph has Chinese characters (the patterns `factcheck.extract.noise` runs beside its own)."""

from __future__ import annotations

import re

#: One header cell naming a period: 10月, 1-10月, 2017年, 2017年10月, 一季度, 2018Q1.
_PERIOD_CELL = (
    r"(?:(?:(?:19|20)\d\d\s?年\s?)?(?:\d{1,2}\s?[-~—–至]\s?)?\d{1,2}\s?月份?|(?:19|20)\d\d\s?年度?"
    r"|(?:(?:19|20)\d\d\s?年\s?)?(?:第|前)?[一二三四1-4]\s?季度|(?:19|20)\d\d\s?Q[1-4])"
)

# Furniture of Chinese pages and communiqués, read only where a paragraph has Chinese characters.
CJK_FURNITURE: tuple[re.Pattern[str], ...] = (
    # page furniture: licence and record numbers (京ICP备05034670号, 公网安备11040102700142号), pages (第1页 共3页)
    re.compile(r"(?:ICP|公网安备|网安备)[备证]?\s?(?:\d{5,}|[^\d\n]{0,2}\s?\d{5,})号?"),
    re.compile(r"[第共]\s?\d{1,4}\s?页"),
    # page furniture: visit counters (浏览次数：1523)
    re.compile(
        r"(?i)(?:浏览次数|浏览量|访问量|访问次数|点击数|点击量|阅读次数|阅读量|views?|visits)\s?[:：]?\s?\d[\d,]*"
    ),
    # a threshold that defines a category: 年主营业务收入2000万元及以上的工业法人单位, 5A级景区
    re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:[万亿]|\s?[%％])?[\u4e00-\u9fff/]{0,4}?(?:及以上|以上|及以下|以下|以内)的"),
    # a band that defines a class: 比重在60%—65%之间的省份 (the count of the class stays a statistic)
    re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s?[%％]?\s?[—–~～至到-]\s?\d+(?:\.\d+)?\s?[%％]?(?:之间|以内)的"),
    # the threshold that defines a counted set: 12个省份65岁及以上老年人口比重超过14% (only the threshold, group t)
    re.compile(
        r"(?<![\d.])\d{1,3}个(?:省份|省|城市|地区|县|区县|国家|行业|企业)[^，,。；;：:]{0,24}?(?:比重|比例|占比)"
        r"均?(?P<t>(?:超过|高于|低于|不足|不到|在)\s?\d+(?:\.\d+)?\s?[%％](?:以上|以下)?)"
    ),
    # the rest of a set after an exclusion: 除西藏外,其他30个省份 (the set's size less the named members)
    re.compile(r"除[^，,。；;\d]{1,12}外\s?[，,]?\s?(?:其他|其余|另外)\s?\d{1,3}个(?=[\u4e00-\u9fff])"),
    # the day of the month something was done on: 新闻发布会24日在长沙举行, 省统计局18日通报 (no count of days)
    re.compile(
        r"(?<![\d.月至到—–~～-])\d{1,2}日(?=(?:上午|下午|晚间?)?(?:在|于|召开|举行|发布|通报|公布|宣布|表示|披露|介绍))"
    ),
    # the last day of a span of days: 12月14日至15日 (one date span, the second day no count of days)
    re.compile(r"(?<=\d日)\s?(?:至|到|—|–|-|~|～)\s?\d{1,2}日(?![\d万亿])"),
    # a threshold every member of a set passes: 比重均超过7%, 增速均高于5% (no figure of any one member)
    re.compile(r"(?<=均)(?:超过|高于|低于|不足|不到|在)\s?\d+(?:\.\d+)?\s?[%％](?:以上|以下)?"),
    re.compile(r"(?<![\d.])\d{1,2}[A-Z]{1,2}级"),
    # a survey's sampling fraction: 据2022年全省5‰人口变动抽样调查推算 (how the figures were made)
    re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s?[‰%％](?=\s?(?:人口变动|人口|劳动力)?抽样)"),
    # the base of a sex ratio: 105.23:100(女性为100) (the women counted as 100, twice)
    re.compile(r"(?<=[(（])\s?(?:以)?女性?为100(?=\s?[)）])|(?<=\d[∶:])\s?100(?![\d.,]|\s?[∶:])(?=\s?[(（]\s?女)"),
    # the day a release or a meeting happened: 统计局29日发布, 18日召开 (a date, not a count of days)
    re.compile(
        r"(?<![\d.月至到—–~～-])\d{1,2}日(?=(?:上午|下午|晚间?)?(?:发布|公布|召开|举行|举办|印发|通报|宣布|表示|对外))"
    ),
    # the day a Taiwanese release is dated by: 本(18)日 (today, the 18th)
    re.compile(r"本\s?[(（]\s?\d{1,2}\s?[)）]\s?日"),
    # the groups a distribution is cut into: 5等分位 (quintiles), 10等分组; the gap between them stays
    re.compile(r"(?<![\d.])\d{1,2}\s?等分(?:位|组|位组)?"),
    # a threshold naming a class of units: 5000万元以上项目43个, 产值超10亿元企业6家
    re.compile(
        r"(?<![\d.])\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff/]{0,3}?(?:及以上|以上|及以下|以下)"
        r"(?=[\u4e00-\u9fff])(?!水平|增长|增速|的)"
    ),
    re.compile(r"(?:超|超过)\d+(?:\.\d+)?[万亿]?元(?=(?:的)?(?:企业|项目|单位|工程|农户|大户|园区))"),
    # months and years listed before their word: 3和4月份, 2022和2023年; names with 号: 5和6号线
    re.compile(
        r"(?<![\d.])\d{1,2}(?=(?:和|、|与|及)\d{1,2}月)|(?<![\d.])(?:19|20)\d\d(?=(?:和|、|与|及)(?:19|20)\d\d年)"
    ),
    re.compile(r"(?<![\d.])\d{1,3}(?:[和、]\d{1,3})*号(?:线|楼|院|令|文件|公告)"),
    # street addresses: 人民路88号, 长江路12-3号
    re.compile(r"(?<=[路街巷弄道])\d+(?:-\d+)?号"),
    # a year that a label or a page's link names: 查询时间2022, 发布日期：2023, 统计年度2021
    re.compile(r"(?<=时间|日期|年份|年度)[:：]?\s?(?:19|20)\d\d(?![\d.,%万亿元年])"),
    # a year repeated after a title line: 2022年望江县国民经济和社会发展统计公报 2022
    re.compile(r"(?<=公报|报告|年鉴|通报|快报)\s*[（(]?(?:19|20)\d\d[）)]?\s*$"),
    # a page's click counter: 点击:4089次, 阅读：120次 (a label, a colon, the count)
    re.compile(r"(?:点击|浏览|阅读|访问)[:：]\s?\d[\d,]*\s?次?"),
    # a survey's population named by its size: 70个大中城市中, 15个热点城市新建商品住宅 (a qualified set of
    # cities); a bare count stays a statistic: 有12个城市下降, 12个城市环比下降, 郑州和成都2个城市持平,
    # 全国20个试点城市之一 (the size of the set it is one of)
    re.compile(
        r"(?<![有共增达计])(?<![\d.])\d{1,3}个[\u4e00-\u9fff]{1,3}?(?:城市|省份)"
        r"(?=中|[\u4e00-\u9fff])(?!环比|同比|下降|上涨|上升|持平|增长|减少|价格下降|价格上涨|之一)"
    ),
    # items numbered in a list: 呈现以下特点:(1)一般贸易…;(2)对欧盟… (the item's number, no figure)
    re.compile(r"(?:^|(?<=[:：;；。]))\s?[(（]\d{1,2}[)）](?=\s?[\u4e00-\u9fff])"),
    # the share of households an index covers: 分别涵盖约50%和30%的住户 (how the index is defined)
    re.compile(
        r"(?<=涵盖|覆盖)(?:约|大约)?\d+(?:\.\d+)?\s?[%％](?:(?:和|及|、|与)(?:约)?\d+(?:\.\d+)?\s?[%％])*"
        r"(?=的?(?:住户|家庭|人口|居民))"
    ),
    # an expenditure or income bracket: 12,000至35,999澳门元 (a class's bounds, 000 up to 999)
    re.compile(r"(?<![\d.,])\d[\d,]*000\s?(?:至|到|~|～|—|–|-)\s?\d[\d,]*999(?![\d.])"),
    # a year written with two digits after a comparison word: 1997年比96年±% (the year before, no figure)
    re.compile(r"(?<=[比较与同])\s?(?:[789]\d|0\d)(?=\s?年(?![来内间度多余底末初]))"),
    # the year whose prices a value is at, in old communiqués: (90价为4.35亿元, 按80年不变价计算
    re.compile(r"(?<![\d.])(?:19)?[789]\d\s?年?\s?(?:不变)?价(?![格值款位钱])"),
    # a chart's caption whose "图" was lost: 1  2015-2022年全区生产总值及其增长速度 (the chart's number, then its
    # years and title on a line of their own, no other figure and no sentence)
    re.compile(r"^\s*\d{1,2}(?=\s+(?:19|20)\d\d\s?(?:[-—–~至]\s?(?:19|20)\d\d\s?)?年[^\d，,。；;：:]+$)"),
    # a table's header row of periods: | 10月 | 1-10月 |, | 2017年 | 2018年 | (every cell with a digit a period)
    re.compile(rf"^\s*(?:\|[^|\d]*)?(?:\|\s*{_PERIOD_CELL}\s*)+\|?\s*$"),
)
#: Furniture that may be written in Chinese numerals alone (read where a paragraph has no digit too).
CJK_WORD_FURNITURE: tuple[re.Pattern[str], ...] = (
    # a tally of categories by their direction: 五升三降, 七涨一平 (single numerals, not litres)
    re.compile(r"[一二三四五六七八九十两]{1,2}[升涨增降跌减平](?:[一二三四五六七八九十两]{1,2}[升涨增降跌减平]|持平)+"),
)
#: The months a figure runs over, no figure itself: 过去12个月, 最近十二个月 (前5个月 is read as a period).
CJK_WORD_FURNITURE += (re.compile(r"(?<=过去|最近)(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?个月"),)
# Dates in Chinese numerals: 二〇二四年三月十五日 (a date line), 三月十五日; read with or without digits.
CN_DATE = re.compile(
    r"[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}[日号])?)?"
    r"|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]"
    # a year of an old communiqué by its last two digits: 九七年全区完成… (not 七八年, seven or eight years)
    r"|(?<![〇零一二三四五六七八九十百千])(?!七八|八九|〇一|零一)[七八九〇零][〇零一二三四五六七八九]年(?![来内间多余])"
)
