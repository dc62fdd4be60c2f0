import pytest

from assistant.core.salutation import Gender, NameKind, address
from assistant.core.surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES

M, F, U = Gender.MALE, Gender.FEMALE, Gender.UNKNOWN

# name, gender, expected surname, expected salutation, kind
CASES = [
    ("", U, "", "亲", NameKind.EMPTY),
    ("   ", M, "", "亲", NameKind.EMPTY),
    (None, F, "", "亲", NameKind.EMPTY),
    ("王小明", M, "王", "王先生", NameKind.HAN),
    ("王小明", F, "王", "王女士", NameKind.HAN),
    ("王小明", U, "王", "王小明", NameKind.HAN),
    ("  李娜 ", F, "李", "李女士", NameKind.HAN),
    ("张", M, "张", "张先生", NameKind.HAN),
    ("欧阳娜娜", F, "欧阳", "欧阳女士", NameKind.HAN),
    ("司马光", M, "司马", "司马先生", NameKind.HAN),
    ("诸葛亮", M, "诸葛", "诸葛先生", NameKind.HAN),
    ("上官婉儿", F, "上官", "上官女士", NameKind.HAN),
    ("独孤求败", M, "独孤", "独孤先生", NameKind.HAN),
    ("慕容复", U, "慕容", "慕容复", NameKind.HAN),
    ("西门吹雪", M, "西门", "西门先生", NameKind.HAN),
    ("王 小明", M, "王", "王先生", NameKind.HAN),
    ("王先生", U, "王", "王先生", NameKind.TITLED),
    ("王先生", F, "王", "王先生", NameKind.TITLED),
    ("陈女士", M, "陈", "陈女士", NameKind.TITLED),
    ("刘小姐", U, "刘", "刘小姐", NameKind.TITLED),
    ("李老师", U, "李", "李老师", NameKind.TITLED),
    ("张总", M, "张", "张总", NameKind.TITLED),
    ("赵经理", F, "赵", "赵经理", NameKind.TITLED),
    ("欧阳经理", U, "欧阳", "欧阳经理", NameKind.TITLED),
    ("小猪佩奇", F, "", "亲", NameKind.NICKNAME),
    ("王小明同学你好", M, "", "亲", NameKind.NICKNAME),
    ("爱吃鱼的猫", F, "", "亲", NameKind.NICKNAME),
    ("tb_12345678", M, "", "亲", NameKind.NICKNAME),
    ("12345", U, "", "亲", NameKind.NICKNAME),
    ("王_88", M, "", "亲", NameKind.NICKNAME),
    ("王小明2", M, "", "亲", NameKind.NICKNAME),
    ("😀", U, "", "亲", NameKind.NICKNAME),
    ("王🙂", M, "", "亲", NameKind.NICKNAME),
    ("john", M, "", "亲", NameKind.NICKNAME),
    ("cool_guy_99", M, "", "亲", NameKind.NICKNAME),
    ("John Smith", M, "Smith", "Mr. Smith", NameKind.LATIN),
    ("Jane Smith", F, "Smith", "Ms. Smith", NameKind.LATIN),
    ("Jane Smith", U, "Smith", "Jane Smith", NameKind.LATIN),
    ("Mary Ann O'Neil", F, "O'Neil", "Ms. O'Neil", NameKind.LATIN),
    ("José García", M, "García", "Mr. García", NameKind.LATIN),
    ("Jean-Luc Picard", M, "Picard", "Mr. Picard", NameKind.LATIN),
    ("John 123", M, "", "亲", NameKind.NICKNAME),
    ("John_Smith", M, "", "亲", NameKind.NICKNAME),
]


@pytest.mark.parametrize("name, gender, surname, salutation, kind", CASES)
def test_salutation_rules(name, gender, surname, salutation, kind):
    result = address(name, gender)
    assert (result.surname, result.salutation, result.kind) == (surname, salutation, kind)


def test_settings_change_fallback_and_female_title():
    assert address("王芳", F, female_title="小姐").salutation == "王小姐"
    assert address("", U, fallback="您").salutation == "您"
    assert address("小猪佩奇", M, fallback="顾客朋友").salutation == "顾客朋友"


def test_surname_tables():
    assert len(COMPOUND_SURNAMES) >= 60
    for required in "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 南宫 西门 独孤 百里".split():
        assert required in COMPOUND_SURNAMES
    assert len(SINGLE_SURNAMES) >= 400
    for common in "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤":
        assert common in SINGLE_SURNAMES, common


def test_gender_parse_accepts_chinese_labels():
    assert Gender.parse("先生") is M
    assert Gender.parse("女士") is F
    assert Gender.parse("未知") is U
    assert Gender.parse(None) is U
    with pytest.raises(Exception, match="unknown gender"):
        Gender.parse("maybe")
