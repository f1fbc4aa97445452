"""A price table's row restating the text, when the text names the row with 类 or an abbreviation in
brackets: 食品烟酒类上涨5.1% and the row 其中:食品烟酒 | 5.1; 居民消费价格(CPI)比上年上涨2.3% and the row
居民消费价格 | 2.3. One fact stated twice: `same`."""

from __future__ import annotations

from tests.extract.test_infer import relations

PRICE_TEXT_AND_TABLE = (
    "全年居民消费价格(CPI)比上年上涨2.3%，其中食品烟酒类上涨5.1%，衣着类下降0.8%，居住类上涨1.6%。\n"
    "表2：2021年居民消费价格比上年涨跌幅度\n"
    "指标 | 全省(%)\n"
    "居民消费价格 | 2.3\n"
    "其中:食品烟酒 | 5.1\n"
    "衣 着 | -0.8\n"
    "居 住 | 1.6\n"
)


def test_rows_named_without_the_texts_class_word_or_abbreviation_restate_it() -> None:
    same = {c for c in relations(PRICE_TEXT_AND_TABLE)[0] if c[1] == "same"}
    assert same == {
        ("2.3", "same", ("2.3",)),
        ("5.1", "same", ("5.1",)),
        ("-0.8", "same", ("-0.8",)),
        ("1.6", "same", ("1.6",)),
    }


def test_a_row_of_another_name_ties_nothing() -> None:
    text = PRICE_TEXT_AND_TABLE.replace("居 住 | 1.6", "交通通信 | 1.6")
    same = {c for c in relations(text)[0] if c[1] == "same"}
    assert ("1.6", "same", ("1.6",)) not in same
