"""The archive's vocabularies as the screens show them (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ArchiveNames", text)


def class_names() -> dict[str, str]:
    return {"residential": _t("Residential"), "commercial": _t("Commercial"),
            "public": _t("Public institution")}


def mark_names() -> dict[str, str]:
    return {"hospital": _t("Hospital"), "school": _t("School"),
            "kindergarten": _t("Kindergarten"), "elderly_home": _t("Elderly home"),
            "important": _t("Important customer"),
            "vulnerable": _t("Disabled or elderly living alone")}


def contract_status_names() -> dict[str, str]:
    return {"signed": _t("Signed"), "not_renewed": _t("Not yet renewed"),
            "stopped": _t("Stopped"), "arrears": _t("In arrears"), "none": _t("No contract")}


def heating_state_names() -> dict[str, str]:
    return {"heating": _t("Heating"), "stop_pending": _t("Stop applied, valve not sealed yet"),
            "stopped": _t("Heating stopped"),
            "resume_pending": _t("Resume applied, valve not opened yet")}


def kind_names() -> dict[str, str]:
    return {"stop": _t("Stop heating"), "resume": _t("Resume heating")}


def application_status_names() -> dict[str, str]:
    return {"pending": _t("Waiting for the field check"), "done": _t("Done"),
            "cancelled": _t("Withdrawn")}


def field_names() -> dict[str, str]:
    """The history's field names."""
    return {"name": _t("Name"), "district": _t("District"), "estate": _t("Estate"),
            "building": _t("Building"), "entrance": _t("Unit"), "room": _t("Room"),
            "address": _t("Address"), "heated_area": _t("Heated area"),
            "heating": _t("Space heating"), "hot_water": _t("Hot water"), "steam": _t("Steam"),
            "customer_class": _t("Class"), "marks": _t("Special marks"),
            "important": _t("Important customer"), "own_shutoff": _t("Own shut-off valve"),
            "notes": _t("Notes"), "contract_notes": _t("Contract notes"),
            "phones": _t("Phones"), "season": _t("Season"), "status": _t("Status"),
            "signed_on": _t("Signed on"), "response_level": _t("Response level"),
            "room_temp_min": _t("Room temperature from"),
            "room_temp_max": _t("Room temperature to"),
            "hot_water_min": _t("Hot water from"), "hot_water_max": _t("Hot water to"),
            "kind": _t("Application"), "reason": _t("Reason"), "ticket_id": _t("Work order")}


def subject_names() -> dict[str, str]:
    return {"customer": _t("Record"), "heating_contract": _t("Contract"),
            "heating_stop": _t("Stop/resume")}


def value_text(value: str) -> str:
    """A stored value as shown: vocabularies translated, true/false as yes/no."""
    for names in (class_names(), mark_names(), contract_status_names(), kind_names(),
                  application_status_names()):
        if value in names:
            return names[value]
    if "、" in value and all(v in mark_names() for v in value.split("、")):
        return "、".join(mark_names()[v] for v in value.split("、"))
    return {"True": _t("yes"), "False": _t("no")}.get(value, value)
