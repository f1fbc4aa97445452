"""Population wording the relation rules read: a scope note in brackets after the total's name, 增加了
and 增长率为 around a change, and the urban population stated beside the urbanisation rate."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

SCOPED = (
    "年末中国大陆总人口(包括31个省、自治区、直辖市和中国人民解放军现役军人,不包括香港、澳门特别行政区和"
    "台湾省以及海外华侨人数)140005万人,比上年末增加467万人。全年出生人口1465万人,人口出生率为10.48‰;"
    "死亡人口998万人,人口死亡率为7.14‰。\n"
    "从年龄构成看,16至59周岁的劳动年龄人口89640万人,占总人口的比重为64.0%。\n"
)


def test_a_total_named_before_its_scope_note_is_the_population(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, SCOPED)
    # the rate divides by the year's average population: the total (its name read past the note) less half its change
    assert [c for c in drafted["10.48"] if "formula" in c and "-change} / 2" in c["formula"]]
    assert "share" in kinds(drafted["64.0"])
    assert not failing


def test_a_change_said_with_le_and_its_rate_with_zengzhanglv(tmp_path) -> None:
    text = "我市2018年底常住人口为5359652人,比上年增加了23629人,增长率为0.44%。\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert "formula" in kinds(drafted["0.44"])
    assert not failing
    _, failing, _ = run_text(tmp_path, text.replace("0.44%", "0.47%"))
    assert "formula" in failing


def test_the_urbanisation_rate_beside_its_urban_population(tmp_path) -> None:
    text = (
        "年末总人口140005万人，比上年末增加467万人。\n"
        "从城乡结构看，城镇常住人口84843万人，比上年末增加1706万人；乡村常住人口55162万人，减少1239万人；"
        "城镇人口占总人口比重(城镇化率)为60.60%，比上年末提高1.02个百分点。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert "share" in kinds(drafted["60.60"])
    assert not failing
    _, failing, _ = run_text(tmp_path, text.replace("60.60%", "60.80%"))
    assert "share" in failing
