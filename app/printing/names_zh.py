"""Chinese names of the closed vocabularies, for printed documents and reports.

Printed sheets and reports are Chinese by design (they are filed and posted in China),
whatever language the desk's screens use, so their words live here once rather than in
each document.
"""

from __future__ import annotations

CATEGORY = {
    "enquiry": "咨询", "complaint": "投诉", "repair": "报修", "heating_quality": "供热质量",
    "contract": "合同业务", "suggestion": "建议", "praise": "表扬",
}
RESPONSIBILITY = {"undetermined": "待定", "company": "公司责任", "customer": "用户责任",
                  "third_party": "第三方"}
CHANNEL = {"phone": "电话", "visit": "来访", "letter": "来信", "field_visit": "上门",
           "hotline_12345": "12345转办"}
LEVEL = {1: "一级", 2: "二级", 3: "三级"}
