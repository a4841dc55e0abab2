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

# A work order's status: ONE word each, the same on every screen (app/ui/intake/labels.py
# statuses(), context IntakeLabels, gives the desk these words) and on every printed sheet
# and report. tests/unit/test_status_words.py fails when a screen or a sheet says another.
#   new           已受理  rule 2.5/3.2.5: the desk 受理 (receives) enquiries and complaints
#   dispatched    已派出  rule 2.5: 业务工单的派出
#   in_progress   处理中  rule 5.2.2: the unit 处理 (handles) the problem
#   resolved      已处理  rule 5.2.2: 处理完成 within 2/8/24 h; rule 3.6.2(2): 处理后 ... 记录
#   callback_done 已回访  rule 2.5: 回访
#   closed        已结案  the regulations name no closing word; the order is a case (个案,
#                         rule 3.6.2(3)) and a case is 结案 when it is finished
TICKET_STATUS = {"new": "已受理", "dispatched": "已派出", "in_progress": "处理中",
                 "resolved": "已处理", "callback_done": "已回访", "closed": "已结案"}

# Why the handover carries an order over to the next shift (CarryReason; the dialog's carry
# table gives the same words, resources/translations/shifts_zh_CN.ts, HandoverLabels). A
# reason is never a status word: the sheet prints both side by side, and "open" beside the
# status 处理中 once read 处理中 | 处理中. tests/unit/test_status_words.py holds them apart.
#   overdue   已超时  rule 5.2.2: past the 2/8/24 h deadline
#   callback  待回访  rule 2.5: 回访 after resolution
#   open      待跟踪  rule 2.6: 问题的跟踪落实, the desk follows a problem up until it is
#                     carried out; the incoming shift follows these orders up. Not 待处理
#                     (read beside 处理中 or 已处理 it contradicts the status), nor a word
#                     built on a rejected status word (test_status_words.py REJECTED)
CARRY_REASON = {"overdue": "已超时", "callback": "待回访", "open": "待跟踪"}
