"""The domain's problem sentences in Chinese, for the forms.

The domain writes plain English sentences from a small set of shapes; each shape is
matched here and rewritten. A sentence with no shape listed is shown as written.
"""

from __future__ import annotations

import re

# (pattern, Simplified, Traditional); groups are named and reused in the templates.
_SHAPES: tuple[tuple[str, str, str], ...] = (
    (r"is required", "必须填写", "必須填寫"),
    (
        r"(?P<f>\d+) female and (?P<m>\d+) male is more than the (?P<p>\d+) persons on this row",
        "女{f}人加男{m}人，多于本行的{p}人",
        "女{f}人加男{m}人，多於本行的{p}人",
    ),
    (
        r"(?P<n>\d+) minors is more than the (?P<p>\d+) persons on this row",
        "未成年人{n}人，多于本行的{p}人",
        "未成年人{n}人，多於本行的{p}人",
    ),
    (r"(?P<v>-?\d+) is less than (?P<min>\d+)", "{v} 小于 {min}", "{v} 小於 {min}"),
    (r"(?P<v>[\d,]+) is more than (?P<max>[\d,]+)", "{v} 大于上限 {max}", "{v} 大於上限 {max}"),
    (r"(?P<d>[\d-]+) is in the future", "{d} 是将来的日期", "{d} 是將來的日期"),
    (
        r"(?P<d>[\d-]+) is before the case was opened \((?P<o>[\d-]+)\)",
        "{d} 早于立案日期（{o}）",
        "{d} 早於立案日期（{o}）",
    ),
    (
        r"is (?P<n>[\d,]+) characters long; at most (?P<max>[\d,]+)",
        "长度为{n}个字符，最多{max}个",
        "長度為{n}個字元，最多{max}個",
    ),
    (
        r"must not hold (line breaks or )?control characters \(found (?P<c>.+)\)",
        "不能包含换行或控制字符（发现 {c}）",
        "不能包含換行或控制字元（發現 {c}）",
    ),
    (r"(?P<v>'.*') is not a known agency", "{v} 不是已知单位", "{v} 不是已知單位"),
    (r"(?P<v>'.*') is not a known case", "{v} 不是已知案件", "{v} 不是已知案件"),
    (r"(?P<v>'.*') is not a known country", "{v} 不是已知国家或地区", "{v} 不是已知國家或地區"),
    (r"(?P<v>'.*') is not a whole number", "{v} 不是整数", "{v} 不是整數"),
    (
        r"(?P<v>'.*') is not one of: (?P<list>.+)",
        "{v} 不在可选值中：{list}",
        "{v} 不在可選值中：{list}",
    ),
    (
        r"(?P<v>'.*') is already used by another (?P<k>\w+)",
        "{v} 已被其他记录使用",
        "{v} 已被其他記錄使用",
    ),
    (r"(?P<v>'.*') must not contain spaces", "{v} 不能包含空格", "{v} 不能包含空格"),
    (r"(?P<v>\S+) is listed twice in this catch", "{v} 在本记录中重复", "{v} 在本記錄中重複"),
    (r"(?P<v>\S+) is listed twice", "{v} 重复列出", "{v} 重複列出"),
    (
        r"(?P<v>\S+) made the record; it cannot also assist",
        "{v} 是记录单位，不能同时为协助单位",
        "{v} 是記錄單位，不能同時為協助單位",
    ),
    (
        r"at least one nationality with its persons is required",
        "至少需要一个国籍及其人数",
        "至少需要一個國籍及其人數",
    ),
    (
        r"at least one row of arrests by role and origin is required",
        "至少需要一行按角色和来源统计的抓获人数",
        "至少需要一行按角色和來源統計的抓獲人數",
    ),
    (
        r"(?P<v>\S+) is still used by (?P<what>.+); change those first",
        "{v} 仍被使用（{what}），请先修改这些记录",
        "{v} 仍被使用（{what}），請先修改這些記錄",
    ),
)
_COMPILED = tuple((re.compile(f"^{p}$"), hans, hant) for p, hans, hant in _SHAPES)


def problem_text(message: str, lang: str) -> str:
    """The domain's sentence in ``lang`` (English, or a shape listed above)."""
    if lang == "en":
        return message
    for pattern, hans, hant in _COMPILED:
        match = pattern.match(message)
        if match:
            return (hans if lang == "zh-Hans" else hant).format(**match.groupdict())
    return message
