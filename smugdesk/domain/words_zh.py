"""The Chinese templates of the catalogue (``words.py``): id -> (Simplified, Traditional).

Each takes the parameters of its English template (beside the rule that raises it);
tests/domain/test_words.py checks every id is here, taking only its parameters.
"""

from __future__ import annotations

ZH: dict[str, tuple[str, str]] = {
    "required": ("必须填写", "必須填寫"),
    "too_long": (
        "长度为{length:,}个字符，最多{limit:,}个",
        "長度為{length:,}個字元，最多{limit:,}個",
    ),
    "control": ("不能包含控制字符（发现 {found}）", "不能包含控制字元（發現 {found}）"),
    "line_break": (
        "不能包含换行或控制字符（发现 {found}）",
        "不能包含換行或控制字元（發現 {found}）",
    ),
    "not_one_of": ("{value!r} 不在可选值中：{choices}", "{value!r} 不在可選值中：{choices}"),
    "future": ("{day} 是将来的日期", "{day} 是將來的日期"),
    "unknown_agency": ("{code!r} 不是已知单位", "{code!r} 不是已知單位"),
    "self_assist": (
        "{code} 是记录单位，不能同时为协助单位",
        "{code} 是記錄單位，不能同時為協助單位",
    ),
    "listed_twice": ("{code} 重复列出", "{code} 重複列出"),
    "unknown_case": ("{case_no!r} 不是已知案件", "{case_no!r} 不是已知案件"),
    "below_min": ("{value} 小于 {minimum}", "{value} 小於 {minimum}"),
    "above_max": ("{value:,} 大于上限 {maximum:,}", "{value:,} 大於上限 {maximum:,}"),
    "code_spaces": ("{code!r} 不能包含空格", "{code!r} 不能包含空格"),
    "before_opened": ("{day} 早于立案日期（{opened}）", "{day} 早於立案日期（{opened}）"),
    "no_counts": ("至少需要一个国籍及其人数", "至少需要一個國籍及其人數"),
    "unknown_country": ("{code!r} 不是已知国家或地区", "{code!r} 不是已知國家或地區"),
    "nationality_twice": ("{code} 在本记录中重复", "{code} 在本記錄中重複"),
    "sexes_above": (
        "女{female}人加男{male}人，多于本行的{persons}人",
        "女{female}人加男{male}人，多於本行的{persons}人",
    ),
    "minors_above": (
        "未成年人{minors}人，多于本行的{persons}人",
        "未成年人{minors}人，多於本行的{persons}人",
    ),
    "no_arrests": (
        "至少需要一行按角色和来源统计的抓获人数",
        "至少需要一行按角色和來源統計的抓獲人數",
    ),
    "arrest_twice": ("{role}（{origin}）重复列出", "{role}（{origin}）重複列出"),
    "time_of_day": ("{value} 带有时刻；请只填日期", "{value} 帶有時刻；請只填日期"),
    "not_a_date": (
        "{value!r} 不是日期；请写成 2017-11-24",
        "{value!r} 不是日期；請寫成 2017-11-24",
    ),
    "not_whole": ("{value} 不是整数", "{value} 不是整數"),
    "not_yes_no": ("{value!r} 不是 yes 或 no", "{value!r} 不是 yes 或 no"),
    "workbook.not_xlsx": (
        "{file} 不是 .xlsx 工作簿（{detail}）",
        "{file} 不是 .xlsx 活頁簿（{detail}）",
    ),
    "workbook.too_many_parts": (
        "{file} 含有 {parts:,} 个部件；视为不安全而拒绝",
        "{file} 含有 {parts:,} 個部件；視為不安全而拒絕",
    ),
    "workbook.too_large": (
        "{file} 解压后将达 {gib:.1f} GiB；视为不安全而拒绝",
        "{file} 解壓後將達 {gib:.1f} GiB；視為不安全而拒絕",
    ),
    "workbook.zip_bomb": (
        "{file}：部件 {part} 的压缩比为 {ratio:,} 比 1；视为压缩炸弹而拒绝",
        "{file}：部件 {part} 的壓縮比為 {ratio:,} 比 1；視為壓縮炸彈而拒絕",
    ),
    "workbook.zip_not_xlsx": (
        "{file} 是 zip 文件，但不是 .xlsx 工作簿",
        "{file} 是 zip 檔案，但不是 .xlsx 活頁簿",
    ),
    "workbook.dtd": (
        "{file}：部件 {part} 声明了 DTD；视为不安全而拒绝",
        "{file}：部件 {part} 聲明了 DTD；視為不安全而拒絕",
    ),
    "workbook.unreadable": (
        "{file} 无法作为工作簿读取（{detail}）",
        "{file} 無法作為活頁簿讀取（{detail}）",
    ),
    "key_taken": ("{key!r} 已被其他记录使用", "{key!r} 已被其他記錄使用"),
    "still_used": (
        "{key} 仍被使用（{used}），请先修改这些记录",
        "{key} 仍被使用（{used}），請先修改這些記錄",
    ),
    "import.unknown_column": ("不是工作表 {sheet} 的列", "不是工作表 {sheet} 的欄"),
    "import.column_twice": ("在标题行中出现两次", "在標題列中出現兩次"),
    "import.column_missing": ("是必需的列，但缺失", "是必需的欄，但缺失"),
    "import.unnamed_column": ("有值，但该列在第1行没有列名", "有值，但該欄在第1列沒有欄名"),
    "import.not_a_country": (
        "{value!r} 不是 ISO 3166-1 三字母代码或国家名称",
        "{value!r} 不是 ISO 3166-1 三字母代碼或國家名稱",
    ),
    "import.already_on_row": ("{value!r} 已在第{row}行出现", "{value!r} 已在第{row}列出現"),
    "import.rows_differ": (
        "与同一编号 {ref!r} 的第{row}行不一致；同一记录的各行除国籍/角色列外必须一致",
        "與同一編號 {ref!r} 的第{row}列不一致；同一記錄的各列除國籍/角色欄外必須一致",
    ),
    "import.second_sheet": ("又一个名为 {name} 的工作表", "又一個名為 {name} 的工作表"),
    "import.no_sheets": (
        "{file} 没有以下任何工作表：{sheets}",
        "{file} 沒有以下任何工作表：{sheets}",
    ),
    "import.where_sheet": ("{sheet}", "{sheet}"),
    "import.where_row": ("{sheet} 第{row}行", "{sheet} 第{row}列"),
    "import.where_column": ("{where}，{column}", "{where}，{column}"),
    "import.problem": ("{where}：{message}", "{where}：{message}"),
    "import.refused": (
        "{file} 被拒绝，未导入任何内容。共 {n} 个问题：",
        "{file} 被拒絕，未匯入任何內容。共 {n} 個問題：",
    ),
}
