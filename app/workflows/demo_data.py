"""Word lists for the Chinese demo data: names, places, units, staff and call texts.

Own lists instead of faker: they are fixed in the source, so the same seed gives the same
data on every machine and faker version, and picking from a tuple is far faster than a
faker call when a million customers are made. The area code 0311 and the districts are
Shijiazhuang's, a plausible home for a heat-and-power company.
"""

from __future__ import annotations

# (job number, name, role, password): known passwords for the DEMO database only.
DEMO_USERS: list[tuple[str, str, str, str]] = [
    ("1001", "王芳", "agent", "demo1001"),
    ("1002", "李静", "agent", "demo1002"),
    ("1003", "张敏", "agent", "demo1003"),
    ("1004", "刘洋", "agent", "demo1004"),
    ("2001", "赵强", "shift_leader", "demo2001"),
    ("3001", "陈刚", "technician", "demo3001"),
    ("4001", "孙丽", "supervisor", "demo4001"),
    ("9001", "系统管理员", "admin", "demo9001"),
]
TECHNICIAN_UNIT = "U05"  # the demo technician works for the pipe-network repair team

# (code, name, phone) of the executing units (执行单位) that receive work orders.
UNITS: list[tuple[str, str, str]] = [
    ("U01", "第一供热所", "0311-86010001"),
    ("U02", "第二供热所", "0311-86010002"),
    ("U03", "第三供热所", "0311-86010003"),
    ("U04", "第四供热所", "0311-86010004"),
    ("U05", "管网维修队", "0311-86010005"),
    ("U06", "换热站运行班", "0311-86010006"),
    ("U07", "营业收费所", "0311-86010007"),
    ("U08", "客户服务中心", "0311-86010008"),
]

# District -> the heating station (供热所) serving it.
DISTRICTS: list[tuple[str, str]] = [
    ("长安区", "U01"), ("新华区", "U01"), ("桥西区", "U02"), ("裕华区", "U02"),
    ("高新区", "U03"), ("栾城区", "U03"), ("鹿泉区", "U04"), ("藁城区", "U04"),
]

ESTATE_HEADS = (
    "阳光", "和平", "幸福", "丽景", "金桥", "翠屏", "紫薇", "东方", "建华", "友谊", "槐安",
    "维明", "中华", "世纪", "锦绣", "光华", "富强", "天山", "怀特", "滨河", "春晖", "国际",
    "恒大", "保利", "万科", "荣盛", "卓达", "盛世", "康乐", "青园", "华药", "钢铁", "铁道",
    "电业", "师大", "西里", "南苑", "北苑", "欧韵", "秀水",
)
ESTATE_TAILS = ("小区", "花园", "家园", "新村", "苑", "公寓", "嘉园", "里", "城", "雅居")

STREETS = (
    "中山东路", "中山西路", "裕华路", "槐安路", "建设大街", "中华大街", "友谊大街", "和平路",
    "体育大街", "胜利大街", "平安大街", "红旗大街", "维明大街", "石岗大街", "翟营大街",
)

# Surnames with rough frequencies (per mille of the population), then given-name characters.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 72), ("李", 72), ("张", 69), ("刘", 54), ("陈", 45), ("杨", 31), ("赵", 23),
    ("黄", 22), ("周", 21), ("吴", 20), ("徐", 17), ("孙", 15), ("胡", 13), ("朱", 13),
    ("高", 12), ("林", 12), ("何", 11), ("郭", 11), ("马", 11), ("罗", 9), ("梁", 9),
    ("宋", 8), ("郑", 8), ("谢", 7), ("韩", 7), ("唐", 6), ("冯", 6), ("于", 6),
    ("董", 6), ("萧", 5), ("程", 5), ("曹", 5), ("袁", 5), ("邓", 5), ("许", 5),
    ("傅", 4), ("沈", 4), ("曾", 4), ("彭", 4), ("吕", 4), ("苏", 4), ("卢", 4),
    ("蒋", 4), ("蔡", 4), ("贾", 3), ("丁", 3), ("魏", 3), ("薛", 3), ("叶", 3),
    ("阎", 3), ("闫", 3), ("段", 2), ("霍", 2), ("耿", 2), ("欧阳", 1), ("司马", 1),
)
GIVEN_CHARS = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建华建国建军志强"
    "海燕红梅丹丹玲欣宇浩然子涵雨轩梓萱一诺思远佳怡文博晨阳晓东海波立新卫东春梅凤英"
    "淑珍桂芝秀珍玉梅国强国华永强金凤德胜振华瑞敏淑华雪梅小红丽娟志刚海龙晓明"
)

NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十")

# Mobile prefixes given to customers; 14x is kept free for callers who are not customers,
# so the benchmark can dial numbers that are sure to be unknown.
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
    "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198",
    "199",
)
STRANGER_PREFIXES = ("145", "147", "149")
AREA_CODE = "0311"

# Non-household customers: (kind, share per mille, name patterns, contract notes, level,
# room temperature range, hot-water range, steam share in percent).
ORGANISATIONS: tuple[tuple[str, int, tuple[str, ...], str, int | None,
                           tuple[str, str] | None, tuple[str, str] | None, int], ...] = (
    ("hospital", 1, ("石家庄市第{n}医院", "{d}人民医院", "{e}社区卫生服务站"),
     "医院:室温不低于20°C", 1, ("20.0", "24.0"), ("55.0", "60.0"), 40),
    ("school", 3, ("石家庄市第{n}中学", "{e}小学", "{d}实验学校"),
     "学校:上课期间室温不低于18°C", 1, ("18.0", "22.0"), None, 0),
    ("kindergarten", 2, ("{e}幼儿园", "{d}第{n}幼儿园"),
     "幼儿园:室温不低于20°C", 1, ("20.0", "24.0"), None, 0),
    ("care_home", 1, ("{e}养老院", "{d}福利院"),
     "养老机构:室温不低于20°C,优先处理", 1, ("20.0", "24.0"), ("50.0", "55.0"), 0),
    ("business", 8, ("{e}超市", "{s}商厦", "{d}农商银行{e}支行", "{s}宾馆",
                     "{e}物业服务中心", "{s}汽修厂"),
     "", None, None, None, 10),
)
HOUSEHOLD_NOTES = (
    "独居老人,优先上门",
    "家有卧床病人,优先处理",
    "低保户,已办理采暖补贴",
)
PLAIN_NOTES = ("地暖用户", "顶层边户,已加装保温", "已办理分户计量", "按面积收费")
SUSPENDED_NOTE = "本季已办理报停供暖"

# Call texts per category: what the customer said, what the desk answered or resolved.
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "heating_quality": (
        "暖气不热,室温只有{t}度", "卧室暖气片上热下凉", "家里室温{t}度,老人怕冷",
        "供暖后暖气一直温乎", "地暖不热,室温{t}度左右", "楼上邻居热我家不热",
    ),
    "repair": (
        "暖气片漏水,请派人维修", "楼道管道滴水", "阀门关不严", "暖气片有异响",
        "户外管井冒热气", "暖气需要放气",
    ),
    "enquiry": (
        "咨询本季供暖开始时间", "咨询采暖费缴费方式", "咨询报停手续", "咨询供暖面积如何计算",
        "咨询热水价格", "咨询停热检修何时结束",
    ),
    "complaint": (
        "维修人员没有按约定时间上门", "反映多次仍不热,要求给说法", "收费窗口排队时间太长",
        "维修后地面未清理",
    ),
    "contract": (
        "办理供用热合同过户", "新房办理开栓手续", "变更联系电话", "申请报停",
    ),
    "suggestion": ("建议增加网上缴费渠道", "建议提前通知停热检修", "建议延长收费窗口时间"),
    "praise": ("表扬维修师傅服务热情", "感谢客服耐心解答", "表扬供热所处理及时"),
}
ANSWERS: dict[str, tuple[str, ...]] = {
    "enquiry": ("已告知相关政策", "已告知缴费方式及地点", "已解释收费标准"),
    "contract": ("已告知所需材料", "已预约营业厅办理"),
    "suggestion": ("已记录并转交相关部门",),
    "praise": ("已转达表扬,感谢您的支持",),
    "heating_quality": ("已指导排气,客户表示先试试",),
    "repair": ("已指导关闭阀门",),
    "complaint": ("已致歉并记录",),
}
RESOLUTIONS = (
    "已上门排气,室温恢复正常", "已更换阀门", "已修复漏点", "已调整单元平衡阀",
    "已清洗过滤器,暖气恢复", "已向客户解释并取得谅解", "户内系统问题,已告知客户自行维修",
)
