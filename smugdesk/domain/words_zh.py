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
    "workbook.old_or_locked": (
        "{file} 是 Excel 97-2003 工作簿（.xls）或受密码保护的工作簿：请在 Excel 中打开，另存为不带密码的 Excel 工作簿（.xlsx）",
        "{file} 是 Excel 97-2003 活頁簿（.xls）或受密碼保護的活頁簿：請在 Excel 中開啟，另存為不帶密碼的 Excel 活頁簿（.xlsx）",
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
    # The report's words (reports/text.py).
    "report.title": ("打击偷渡联合行动情况汇总报告", "打擊偷渡聯合行動情況匯總報告"),
    "report.period": ("统计期间", "統計期間"),
    "report.comparison": ("对比期间", "對比期間"),
    "report.compared_stretch": ("对比本期时段", "對比本期時段"),
    "report.issued_by": ("发布单位", "發佈單位"),
    "report.issuer": ("打击偷渡联合行动办公室", "打擊偷渡聯合行動辦公室"),
    "report.issued_on": ("发布日期", "發佈日期"),
    "report.data_as_of": ("数据截至", "數據截至"),
    "report.no_data_yet": ("尚无记录", "尚無記錄"),
    "report.marking": ("内部资料 仅供新闻发布会准备使用", "內部資料 僅供新聞發佈會準備使用"),
    "report.page": ("第{n}页 共{total}页", "第{n}頁 共{total}頁"),
    "report.headline": ("主要数据", "主要數據"),
    "report.press": ("新闻稿用语", "新聞稿用語"),
    "report.persons": ("抓获人数", "抓獲人數"),
    "report.catches": ("查获起数", "查獲起數"),
    "report.assisted": ("协助查获", "協助查獲"),
    "report.busts": ("打击团伙行动", "打擊團夥行動"),
    "report.organizers": ("抓获组织者", "抓獲組織者"),
    "report.gangs": ("打掉团伙", "打掉團夥"),
    "report.cases_cracked": ("破获案件", "破獲案件"),
    "report.change": ("变化", "變化"),
    "report.this_period": ("本期", "本期"),
    "report.by_jurisdiction": ("按辖区", "按轄區"),
    "report.by_agency": ("按单位", "按單位"),
    "report.by_nationality": ("按国籍", "按國籍"),
    "report.by_region": ("按来源地区", "按來源地區"),
    "report.by_month": ("按月份", "按月份"),
    "report.organizers_by_role": ("按角色统计抓获组织者", "按角色統計抓獲組織者"),
    "report.organizers_by_origin": ("按来源统计抓获组织者", "按來源統計抓獲組織者"),
    "report.cases_by_category": ("按类别统计破获案件", "按類別統計破獲案件"),
    "report.destinations": ("偷渡目的地", "偷渡目的地"),
    "report.reasons": ("偷渡原因", "偷渡原因"),
    "report.notable": ("典型案例", "典型案例"),
    "report.comparison_table": ("同比情况", "同比情況"),
    "report.jurisdiction": ("辖区", "轄區"),
    "report.agency": ("单位", "單位"),
    "report.code": ("代码", "代碼"),
    "report.nationality": ("国籍", "國籍"),
    "report.region": ("地区", "地區"),
    "report.month": ("月份", "月份"),
    "report.role": ("角色", "角色"),
    "report.origin": ("来源", "來源"),
    "report.main_origins": ("主要来源", "主要來源"),
    "report.category": ("类别", "類別"),
    "report.police_of": ("警方", "警方"),
    "report.persons_in_cases": ("案件中查获人数", "案件中查獲人數"),
    "report.destination": ("目的地", "目的地"),
    "report.reason": ("原因", "原因"),
    "report.share": ("占比", "佔比"),
    "report.date": ("日期", "日期"),
    "report.what_happened": ("案情", "案情"),
    "report.agencies": ("参与单位", "參與單位"),
    "report.place": ("地点", "地點"),
    "report.refs": ("记录编号", "記錄編號"),
    "report.figure": ("项目", "項目"),
    "report.summary": ("摘要", "摘要"),
    "report.empty": (
        "本期间没有查获、打击团伙或破案记录。",
        "本期間沒有查獲、打擊團夥或破案記錄。",
    ),
    "report.no_notable": ("本期间没有标记为典型的记录。", "本期間沒有標記為典型的記錄。"),
    "report.total": ("合计", "合計"),
    "report.change_against": ("较{period} {change}（{old}）", "較{period} {change}（{old}）"),
    "report.mainland_group": ("内地", "內地"),
    # Vocabulary values and regions (domain/labels.py).
    "vocab.Guangdong": ("广东", "廣東"),
    "vocab.Guangxi": ("广西", "廣西"),
    "vocab.Yunnan": ("云南", "雲南"),
    "vocab.Hong Kong": ("香港", "香港"),
    "vocab.Macao": ("澳门", "澳門"),
    "vocab.national": ("全国", "全國"),
    "vocab.mainland": ("内地", "內地"),
    "vocab.other": ("其他", "其他"),
    "vocab.unknown": ("不详", "不詳"),
    "vocab.public security": ("公安", "公安"),
    "vocab.police": ("警察", "警察"),
    "vocab.immigration": ("入境事务", "入境事務"),
    "vocab.customs": ("海关", "海關"),
    "vocab.smuggling into mainland": ("偷渡入境内地", "偷渡入境內地"),
    "vocab.smuggling to Hong Kong": ("偷渡至香港", "偷渡至香港"),
    "vocab.smuggling to Macao": ("偷渡至澳门", "偷渡至澳門"),
    "vocab.work": ("务工", "務工"),
    "vocab.transit": ("中转", "中轉"),
    "vocab.family": ("探亲", "探親"),
    "vocab.crime": ("犯罪", "犯罪"),
    "vocab.director": ("指挥者", "指揮者"),
    "vocab.recruiter": ("招募者", "招募者"),
    "vocab.transporter": ("运送者", "運送者"),
    "vocab.harbourer": ("窝藏者", "窩藏者"),
    "vocab.forger": ("伪造证件者", "偽造證件者"),
    "vocab.yes": ("是", "是"),
    "vocab.no": ("否", "否"),
    "vocab.South-eastern Asia": ("东南亚", "東南亞"),
    "vocab.Southern Asia": ("南亚", "南亞"),
    "vocab.Eastern Asia": ("东亚", "東亞"),
    "vocab.Central Asia": ("中亚", "中亞"),
    "vocab.Western Asia": ("西亚", "西亞"),
    "vocab.Northern Africa": ("北非", "北非"),
    "vocab.Eastern Africa": ("东非", "東非"),
    "vocab.Middle Africa": ("中非", "中非"),
    "vocab.Southern Africa": ("南部非洲", "南部非洲"),
    "vocab.Western Africa": ("西非", "西非"),
    "vocab.Northern Europe": ("北欧", "北歐"),
    "vocab.Eastern Europe": ("东欧", "東歐"),
    "vocab.Southern Europe": ("南欧", "南歐"),
    "vocab.Western Europe": ("西欧", "西歐"),
    "vocab.Northern America": ("北美", "北美"),
    "vocab.Central America": ("中美洲", "中美洲"),
    "vocab.South America": ("南美洲", "南美洲"),
    "vocab.Caribbean": ("加勒比", "加勒比"),
    "vocab.Australia and New Zealand": ("澳大利亚和新西兰", "澳洲和紐西蘭"),
    "vocab.Melanesia": ("美拉尼西亚", "美拉尼西亞"),
    "vocab.Micronesia": ("密克罗尼西亚", "密克羅尼西亞"),
    "vocab.Polynesia": ("波利尼西亚", "玻里尼西亞"),
    "vocab.Antarctica": ("南极洲", "南極洲"),
    # The store and the command line.
    "store.locked": (
        "数据库 {path} 正被其他程序使用并保持锁定；请稍后再试。",
        "資料庫 {path} 正被其他程式使用並保持鎖定；請稍後再試。",
    ),
    "store.read_only": (
        "数据库 {path} 是只读的；请复制到可写的位置，或检查其权限。",
        "資料庫 {path} 是唯讀的；請複製到可寫的位置，或檢查其權限。",
    ),
    "store.full": (
        "存放 {path} 的磁盘已满；未保存任何内容。请腾出空间后再保存。",
        "存放 {path} 的磁碟已滿；未儲存任何內容。請騰出空間後再儲存。",
    ),
    "store.cannot_open": ("无法打开数据库 {path}：{detail}", "無法開啟資料庫 {path}：{detail}"),
    "store.io_error": (
        "无法读写数据库 {path}（{detail}）；未保存任何内容。请检查磁盘或其所在的网络文件夹。",
        "無法讀寫資料庫 {path}（{detail}）；未儲存任何內容。請檢查磁碟或其所在的網路資料夾。",
    ),
    "files.over_database": (
        "{file} 是数据库，或正在使用的数据库的文件（日志、密钥文件）：未写入任何内容。请选择另一个文件。",
        "{file} 是資料庫，或正在使用的資料庫的檔案（日誌、金鑰檔案）：未寫入任何內容。請選擇另一個檔案。",
    ),
    "store.damaged": (
        "数据库 {path} 已损坏（{detail}）；未作任何更改。请从备份还原（文件 > 从备份还原...，或 smugdesk restore）。",
        "資料庫 {path} 已損壞（{detail}）；未作任何更改。請從備份還原（檔案 > 從備份還原...，或 smugdesk restore）。",
    ),
    "store.not_smugdesk": (
        "{path} 不是 smugdesk 数据库，或已损坏。",
        "{path} 不是 smugdesk 資料庫，或已損壞。",
    ),
    "store.no_wal": (
        "数据库 {path} 无法使用预写日志（{mode}）。",
        "資料庫 {path} 無法使用預寫日誌（{mode}）。",
    ),
    "store.not_ours": (
        "此文件是 SQLite 数据库，但不是 smugdesk 数据库。",
        "此檔案是 SQLite 資料庫，但不是 smugdesk 資料庫。",
    ),
    "store.newer": (
        "此数据库由较新版本的 smugdesk 写入（结构版本 {version}；本程序最高支持 {known}）。请更新 smugdesk 后再打开。",
        "此資料庫由較新版本的 smugdesk 寫入（結構版本 {version}；本程式最高支援 {known}）。請更新 smugdesk 後再開啟。",
    ),
    "cli.wrote_template": ("已写入空白工作簿 {file}", "已寫入空白活頁簿 {file}"),
    "cli.no_file": ("{file} 不存在或不是文件", "{file} 不存在或不是檔案"),
    "cli.imported": ("已导入 {file}（{rows:,} 行）。", "已匯入 {file}（{rows:,} 列）。"),
    "cli.imported_kind": (
        "  {kind}：新增 {added:,}，更新 {changed:,}，未变 {unchanged:,}",
        "  {kind}：新增 {added:,}，更新 {changed:,}，未變 {unchanged:,}",
    ),
    "cli.skipped_sheet": (
        "  工作表 {sheet!r} 不属于数据标准，已跳过",
        "  工作表 {sheet!r} 不屬於數據標準，已略過",
    ),
    "cli.exported": ("已导出到 {file}：{rows}", "已匯出到 {file}：{rows}"),
    "cli.sheet_rows": ("{sheet} {n:,} 行", "{sheet} {n:,} 列"),
    "cli.demo_not_empty": (
        "{db} 已有记录；演示行动只能载入空数据库",
        "{db} 已有記錄；示範行動只能載入空資料庫",
    ),
    "cli.demo_loaded": ("已将演示行动载入 {db}：{counts}", "已將示範行動載入 {db}：{counts}"),
    "cli.count_of": ("{what} {n:,}", "{what} {n:,}"),
    "cli.need_document": (
        "请至少指定一个要写入的文件：--pdf FILE 和/或 --xlsx FILE",
        "請至少指定一個要寫入的檔案：--pdf FILE 和/或 --xlsx FILE",
    ),
    "cli.need_both": (
        "请同时给出 --compare-from 和 --compare-to，或都不给（默认使用数据标准的对比期间）",
        "請同時給出 --compare-from 和 --compare-to，或都不給（預設使用數據標準的對比期間）",
    ),
    "cli.report_done": (
        "报告 {start} 至 {end}：查获 {catches:,} 起，抓获 {persons:,} 人，抓获组织者 {organizers:,} 人，打掉团伙 {gangs:,} 个，破获案件 {cases:,} 宗。",
        "報告 {start} 至 {end}：查獲 {catches:,} 起，抓獲 {persons:,} 人，抓獲組織者 {organizers:,} 人，打掉團夥 {gangs:,} 個，破獲案件 {cases:,} 宗。",
    ),
    "cli.report_empty": ("  本期间没有记录；报告中已说明。", "  本期間沒有記錄；報告中已說明。"),
    "cli.wrote": ("  已写入 {file}", "  已寫入 {file}"),
    "cli.error": ("错误：{message}", "錯誤：{message}"),
    "cli.interrupted": ("已中断；没有再写入任何内容", "已中斷；沒有再寫入任何內容"),
    "cli.unexpected": (
        "smugdesk 意外失败；详细信息见上方。没有写入一半的内容：每次保存都是一个事务。",
        "smugdesk 意外失敗；詳細資訊見上方。沒有寫入一半的內容：每次儲存都是一個交易。",
    ),
    "cli.kind.agency": ("单位", "單位"),
    "cli.kind.case": ("案件", "案件"),
    "cli.kind.catch": ("查获记录", "查獲記錄"),
    "cli.kind.bust": ("打击团伙行动", "打擊團夥行動"),
    "period.out_of_range": (
        "报告期间须在 {earliest} 至 {latest} 之间；{day} 不在此范围内",
        "報告期間須在 {earliest} 至 {latest} 之間；{day} 不在此範圍內",
    ),
    "period.nothing_before": (
        "{start} 之前没有可与之比较的时期；请指定比较时期",
        "{start} 之前沒有可與之比較的時期；請指定比較時期",
    ),
    "period.backwards": (
        "期间的结束日期（{end}）早于开始日期（{start}）",
        "期間的結束日期（{end}）早於開始日期（{start}）",
    ),
    # Press sentences and dates (reports/text.py, reports/sections.py).
    "month.short": ("{yy}年{month}月", "{yy}年{month}月"),
    "press.more_than": ("超过{n}", "超過{n}"),
    "press.fewer_than": ("不到{n}", "不到{n}"),
    "press.and": ("和", "和"),
    "press.comma": ("和", "和"),
    "press.origin_mainly": ("主要来自{regions}的", "主要來自{regions}的"),
    "press.origin": ("来自{regions}的", "來自{regions}的"),
    "press.caught": (
        "{when}，共抓获{origin}非法入境者{figure}人。",
        "{when}，共抓獲{origin}非法入境者{figure}人。",
    ),
    "press.cracked": ("内地警方破获{cases_of}{cases}宗", "內地警方破獲{cases_of}{cases}宗"),
    "press.seized": ("，查获非法入境者{persons}人", "，查獲非法入境者{persons}人"),
    "press.while_hk": ("；香港警方抓获{n}人", "；香港警方抓獲{n}人"),
    "press.stop": ("。", "。"),
    "press.hk_caught": ("香港警方抓获非法入境者{n}人。", "香港警方抓獲非法入境者{n}人。"),
    "press.gangs": (
        "警方还打掉偷渡团伙{gangs}个，抓获组织者{organizers}人。",
        "警方還打掉偷渡團夥{gangs}個，抓獲組織者{organizers}人。",
    ),
    "press.comparison": (
        "{before}，{police}抓获非法入境者{old}人；{after}，这一数字{trend}{new}人。",
        "{before}，{police}抓獲非法入境者{old}人；{after}，這一數字{trend}{new}人。",
    ),
    "press.fell": ("降至", "降至"),
    "press.rose": ("升至", "升至"),
    "press.stayed": ("持平，为", "持平，為"),
    "press.police.mainland": ("内地警方", "內地警方"),
    "press.police.other": ("其他单位", "其他單位"),
    "press.police.of": ("{group}警方", "{group}警方"),
    "press.cases_of.smuggling into mainland": ("偷渡入境内地案件", "偷渡入境內地案件"),
    "press.cases_of.smuggling to Hong Kong": ("偷渡至香港案件", "偷渡至香港案件"),
    "press.cases_of.smuggling to Macao": ("偷渡至澳门案件", "偷渡至澳門案件"),
    "press.cases_of.other": ("其他偷渡案件", "其他偷渡案件"),
    "date.day": ("{year}年{month_n}月{day}日", "{year}年{month_n}月{day}日"),
    "period.month": ("{year}年{month_n}月", "{year}年{month_n}月"),
    "period.months_in_year": ("{year}年{first_n}月至{last_n}月", "{year}年{first_n}月至{last_n}月"),
    "period.months": (
        "{start_year}年{first_n}月至{end_year}年{last_n}月",
        "{start_year}年{first_n}月至{end_year}年{last_n}月",
    ),
    "period.day": ("{day}", "{day}"),
    "period.days": ("{start}至{end}", "{start}至{end}"),
    "period.label": ("{start}至{end}", "{start}至{end}"),
    # -- accounts, approval and the audit (smugdesk/accounts, store/access.py) --
    "vocab.approved": ("已审批", "已審批"),
    "role.officer": ("警员", "警員"),
    "role.supervisor": ("主管", "主管"),
    "role.press_officer": ("新闻官", "新聞官"),
    "role.administrator": ("管理员", "管理員"),
    "can.read_records": ("查看记录详情", "查看記錄詳情"),
    "can.write_records": ("录入或修改记录", "錄入或修改記錄"),
    "can.approve": ("审批或解锁记录", "審批或解鎖記錄"),
    "can.report": ("生成报告", "生成報告"),
    "can.dashboard": ("查看概览", "查看概覽"),
    "can.view_audit": ("查看审计日志", "查看審計日誌"),
    "can.manage": ("管理用户、单位和设置", "管理用戶、單位和設定"),
    "accounts.not_allowed": ("{user}身为{role}，不能{what}。", "{user}身為{role}，不能{what}。"),
    "accounts.other_agency": (
        "{user}身为{own}的{role}，不能{what}（{agency}的记录）。",
        "{user}身為{own}的{role}，不能{what}（{agency}的記錄）。",
    ),
    "unlock.reason_long": ("最多{limit}个字符", "最多{limit}個字元"),
    "approve.kind": ("只有查获、打掉团伙和案件需要审批", "只有查獲、打掉團夥和案件需要審批"),
    "unlock.not_locked": ("{key} 尚未审批，无需解锁", "{key} 尚未審批，無需解鎖"),
    "setting.lockout_attempts": ("锁定前允许的登录失败次数", "鎖定前允許的登入失敗次數"),
    "setting.lockout_minutes": ("账户锁定的分钟数", "帳戶鎖定的分鐘數"),
    "setting.idle_minutes": ("闲置多少分钟后锁定窗口", "閒置多少分鐘後鎖定視窗"),
    "setting.unknown": ("{name!r} 不是一项设置", "{name!r} 不是一項設定"),
    "setting.range": ("必须是{low}至{high}之间的整数", "必須是{low}至{high}之間的整數"),
    "password.too_short": (
        "至少需要{minimum}个字符（现有{length}个）",
        "至少需要{minimum}個字元（現有{length}個）",
    ),
    "password.too_long": ("最多{maximum}个字符", "最多{maximum}個字元"),
    "password.common": (
        "是最常见的密码之一，会被最先尝试；请另选一个",
        "是最常見的密碼之一，會被最先嘗試；請另選一個",
    ),
    "password.is_name": ("不能与用户名相同", "不能與用戶名相同"),
    "password.same": ("必须与当前密码不同", "必須與目前密碼不同"),
    "login.wrong": ("用户名或密码错误。", "用戶名或密碼錯誤。"),
    "login.locked": (
        "登录失败次数过多，此账户已锁定至{until}。请届时再试，或联系管理员。",
        "登入失敗次數過多，此帳戶已鎖定至{until}。請屆時再試，或聯絡管理員。",
    ),
    "login.disabled": ("此账户已停用；请联系管理员。", "此帳戶已停用；請聯絡管理員。"),
    "user.name_taken": ("{name!r} 已是现有用户的名称", "{name!r} 已是現有用戶的名稱"),
    "user.unknown": ("没有用户 {name!r}", "沒有用戶 {name!r}"),
    "user.needs_agency": ("警员和主管必须隶属一个单位", "警員和主管必須隸屬一個單位"),
    "user.unknown_agency": ("{code!r} 不是已知单位", "{code!r} 不是已知單位"),
    "user.last_admin": (
        "{name} 是最后一位在职管理员；请先添加另一位",
        "{name} 是最後一位在職管理員；請先新增另一位",
    ),
    "user.bad_name": (
        "必须是1至64个字母（A-Z）、数字、点、连字符或下划线，并以字母或数字开头",
        "必須是1至64個字母（A-Z）、數字、點、連字號或底線，並以字母或數字開頭",
    ),
    "user.bad_display": (
        "最多100个字符，不能包含换行或控制字符",
        "最多100個字元，不能包含換行或控制字元",
    ),
    "login.required": ("此数据库设有用户账户：请先登录。", "此資料庫設有用戶帳戶：請先登入。"),
    "login.session_locked": ("会话已锁定：请先解锁。", "工作階段已鎖定：請先解鎖。"),
    "login.change_first": (
        "您的密码已由管理员重置：请先设置新密码。",
        "您的密碼已由管理員重設：請先設定新密碼。",
    ),
    "user.first_admin": ("数据库的第一位用户必须是管理员。", "資料庫的第一位用戶必須是管理員。"),
    "record.locked": (
        "{key} 已由 {by} 于 {on} 审批并锁定；须由主管解锁（并说明理由）后才能修改。",
        "{key} 已由 {by} 於 {on} 審批並鎖定；須由主管解鎖（並說明理由）後才能修改。",
    ),
    "audit.action.create": ("新建", "新建"),
    "audit.action.change": ("修改", "修改"),
    "audit.action.delete": ("删除", "刪除"),
    "audit.action.approve": ("审批", "審批"),
    "audit.action.unlock": ("解锁", "解鎖"),
    "audit.action.login": ("登录", "登入"),
    "audit.action.login_failed": ("登录失败", "登入失敗"),
    "audit.action.lockout": ("账户被锁定", "帳戶被鎖定"),
    "audit.action.logout": ("退出登录", "登出"),
    "audit.action.session_lock": ("锁定会话", "鎖定工作階段"),
    "audit.action.import": ("导入工作簿", "匯入活頁簿"),
    "audit.action.export": ("导出工作簿", "匯出活頁簿"),
    "audit.action.report": ("生成报告", "生成報告"),
    "audit.action.audit_export": ("导出审计记录", "匯出審計記錄"),
    "audit.action.user_add": ("添加用户", "新增用戶"),
    "audit.action.user_change": ("修改用户", "修改用戶"),
    "audit.action.user_disable": ("停用用户", "停用用戶"),
    "audit.action.password_reset": ("重置密码", "重設密碼"),
    "audit.action.password_change": ("修改本人密码", "修改本人密碼"),
    "audit.action.setting": ("修改设置", "修改設定"),
    # -- the command line's accounts and audit (smugdesk/cli) --
    "cli.login_needed": (
        "{db} 设有用户账户：请加上 --user NAME（密码会在终端上询问，或用 --password-stdin 从标准输入读取）",
        "{db} 設有用戶帳戶：請加上 --user NAME（密碼會在終端機上詢問，或用 --password-stdin 從標準輸入讀取）",
    ),
    "cli.no_terminal": (
        "没有密码：标准输入不是终端；请加上 --password-stdin 并从标准输入传入密码",
        "沒有密碼：標準輸入不是終端機；請加上 --password-stdin 並從標準輸入傳入密碼",
    ),
    "cli.no_line": ("标准输入在{which}之前就结束了", "標準輸入在{which}之前就結束了"),
    "cli.which_login": ("登录密码", "登入密碼"),
    "cli.which_new": ("新密码", "新密碼"),
    "cli.which_passphrase": ("口令", "通關密語"),
    "cli.which_recovery": ("恢复密钥", "復原金鑰"),
    "cli.passphrase_prompt": ("{db} 的口令：", "{db} 的通關密語："),
    "cli.new_passphrase_prompt": ("{db} 的新口令：", "{db} 的新通關密語："),
    "cli.recovery_prompt": ("{db} 的恢复密钥：", "{db} 的復原金鑰："),
    "cli.encrypted": (
        "已加密 {db}；其密钥文件为 {keys}：两者须放在一起（备份会同时复制两者）。",
        "已加密 {db}；其金鑰檔為 {keys}：兩者須放在一起（備份會同時複製兩者）。",
    ),
    "cli.opened_by": (
        "每位用户以自己的密码打开它：{users}。除您以外，所有人下次登录时须选择新密码。",
        "每位使用者以自己的密碼開啟它：{users}。除您以外，所有人下次登入時須選擇新密碼。",
    ),
    "cli.opened_by_passphrase": ("它以您输入的口令打开。", "它以您輸入的通關密語開啟。"),
    "cli.recovery_key": (
        "恢复密钥（只显示这一次；请抄下并与这台电脑分开保管：所有密码都遗失时，它可打开文件）：\n\n    {key}\n",
        "復原金鑰（只顯示這一次；請抄下並與這台電腦分開保管：所有密碼都遺失時，它可開啟檔案）：\n\n    {key}\n",
    ),
    "cli.plain_backups": (
        "加密之前所做的 {n} 份备份未加密，位于 {folder}：请删除，或像保管工作站一样妥善保管。",
        "加密之前所做的 {n} 份備份未加密，位於 {folder}：請刪除，或像保管工作站一樣妥善保管。",
    ),
    "cli.decrypted": (
        "已解密 {db}；它又是普通的 SQLite 文件了。",
        "已解密 {db}；它又是普通的 SQLite 檔案了。",
    ),
    "cli.prompt": ("{user} 的密码：", "{user} 的密碼："),
    "cli.new_prompt": ("{user} 的新密码：", "{user} 的新密碼："),
    "cli.again_prompt": ("再次输入新密码：", "再次輸入新密碼："),
    "cli.mismatch": ("两次输入的新密码不一致", "兩次輸入的新密碼不一致"),
    "cli.over_unreadable": (
        "{why}\n它无法说明谁有权还原：备份将取代它，已损坏的文件保留在旁边。",
        "{why}\n它無法說明誰有權還原：備份將取代它，已損壞的檔案保留在旁邊。",
    ),
    "cli.not_a_count": (
        "{text!r} 不是 1 或以上的整数",
        "{text!r} 不是 1 或以上的整數",
    ),
    "cli.password_not_text": (
        "密码中含有不是 UTF-8 文本的字节；请重新输入",
        "密碼中含有不是 UTF-8 文字的位元組；請重新輸入",
    ),
    "cli.not_a_date": (
        "{text!r} 不是日期；请写成 2017-11-24",
        "{text!r} 不是日期；請寫成 2017-11-24",
    ),
    "cli.user_added": ("已添加 {name}（{role}{agency}）。", "已新增 {name}（{role}{agency}）。"),
    "cli.first_admin": (
        "{name} 是第一位管理员：此后在 {db} 上的每个命令都需要 --user NAME 和密码。",
        "{name} 是第一位管理員：此後在 {db} 上的每個命令都需要 --user NAME 和密碼。",
    ),
    "cli.user_disabled": (
        "已停用 {name}；其记录仍保留其名称。",
        "已停用 {name}；其記錄仍保留其名稱。",
    ),
    "cli.password_reset": (
        "已为 {name} 设置新密码；其下次登录时必须修改。",
        "已為 {name} 設定新密碼；其下次登入時必須修改。",
    ),
    "cli.password_changed": ("您的密码已修改。", "您的密碼已修改。"),
    "cli.no_users": (
        "{db} 没有用户账户；任何打开它的人都可以使用。",
        "{db} 沒有用戶帳戶；任何開啟它的人都可以使用。",
    ),
    "cli.state.active": ("在职", "在職"),
    "cli.state.disabled": ("已停用", "已停用"),
    "cli.state.locked": ("锁定至 {until}", "鎖定至 {until}"),
    "cli.state.change": ("须修改密码", "須修改密碼"),
    "cli.chain_holds": (
        "审计链完整：共 {entries:,} 条记录；链头 {head}。",
        "審計鏈完整：共 {entries:,} 條記錄；鏈頭 {head}。",
    ),
    "cli.chain_breaks": (
        "审计链在第 {entry} 条断开：{why}。此前的 {good:,} 条记录完整。",
        "審計鏈在第 {entry} 條斷開：{why}。此前的 {good:,} 條記錄完整。",
    ),
    "chain.changed": ("其内容或哈希值被修改过", "其內容或雜湊值被修改過"),
    "chain.removed": ("其前面有记录被删除", "其前面有記錄被刪除"),
    "chain.inserted": ("它是被插入的，次序不符", "它是被插入的，次序不符"),
    "chain.link": (
        "它与前一条记录接不上（有记录被插入或删除）",
        "它與前一條記錄接不上（有記錄被插入或刪除）",
    ),
    "cli.no_record": ("没有编号为 {ref!r} 的记录", "沒有編號為 {ref!r} 的記錄"),
    "cli.entries": ("{n:,} 条记录", "{n:,} 條記錄"),
    "cli.wrote_audit": ("已将 {n:,} 条审计记录写入 {file}", "已將 {n:,} 條審計記錄寫入 {file}"),
    "cli.problem": ("{field}：{message}", "{field}：{message}"),
    # -- reports: the approval of their records --
    "report.approval": ("审批情况", "審批情況"),
    "report.all_approved": ("本期全部记录均已审批", "本期全部記錄均已審批"),
    "report.approved_only": (
        "仅计已审批记录：本期有查获{catches:,}起、打掉团伙行动{busts:,}起、破获案件{cases:,}宗尚未审批，未计入",
        "僅計已審批記錄：本期有查獲{catches:,}起、打掉團夥行動{busts:,}起、破獲案件{cases:,}宗尚未審批，未計入",
    ),
    "report.with_unapproved": (
        "含尚未审批的记录：查获{catches:,}起、打掉团伙行动{busts:,}起、破获案件{cases:,}宗",
        "含尚未審批的記錄：查獲{catches:,}起、打掉團夥行動{busts:,}起、破獲案件{cases:,}宗",
    ),
    # -- the command line's --help (smugdesk/cli/help_words.py) --
    "cli.help.program": (
        "记录查获偷渡者和打掉偷渡团伙的情况，并撰写新闻发布会报告。不带命令时启动应用程序。",
        "記錄查獲偷渡者和打掉偷渡團夥的情況，並撰寫新聞發布會報告。不帶命令時啟動應用程式。",
    ),
    "cli.help.db": (
        "数据库文件（默认：$SMUGDESK_DB 或用户数据文件夹）",
        "資料庫檔案（預設：$SMUGDESK_DB 或用戶資料夾）",
    ),
    "cli.help.user": (
        "以 NAME 登录（在设有用户账户的数据库上）",
        "以 NAME 登入（在設有用戶帳戶的資料庫上）",
    ),
    "cli.help.password_stdin": (
        "从标准输入逐行读取密码：先是登录密码（或数据库的口令、恢复密钥），再是新密码（users add、reset-password、encrypt）",
        "從標準輸入逐行讀取密碼：先是登入密碼（或資料庫的通關密語、復原金鑰），再是新密碼（users add、reset-password、encrypt）",
    ),
    "cli.help.encrypt": (
        "就地加密数据库（SQLCipher）：用户的密码或一个口令可打开它",
        "就地加密資料庫（SQLCipher）：使用者的密碼或一個通關密語可開啟它",
    ),
    "cli.help.new_recovery_key": (
        "对已加密的数据库，以新的恢复密钥取代旧的",
        "對已加密的資料庫，以新的復原金鑰取代舊的",
    ),
    "cli.help.decrypt": (
        "把加密的数据库就地还原为普通数据库",
        "把加密的資料庫就地還原為普通資料庫",
    ),
    "cli.help.recovery_key": (
        "用恢复密钥打开（会询问，或从标准输入读取）",
        "用復原金鑰開啟（會詢問，或從標準輸入讀取）",
    ),
    "cli.help.template": (
        "写出一份空白的数据标准工作簿",
        "寫出一份空白的資料標準活頁簿",
    ),
    "cli.help.import": (
        "导入一份数据标准工作簿，要么全部导入，要么全不导入",
        "匯入一份資料標準活頁簿，要麼全部匯入，要麼全不匯入",
    ),
    "cli.help.export": (
        "将全部记录导出为数据标准工作簿",
        "將全部記錄匯出為資料標準活頁簿",
    ),
    "cli.help.demo": (
        "在空数据库中载入示范行动数据（2015-2017）",
        "在空資料庫中載入示範行動資料（2015-2017）",
    ),
    "cli.help.report": (
        "撰写某一期间的汇总报告（PDF 和/或 Excel）",
        "撰寫某一期間的匯總報告（PDF 和/或 Excel）",
    ),
    "cli.help.from": (
        "期间的第一天（2016-02-01）",
        "期間的第一天（2016-02-01）",
    ),
    "cli.help.to": (
        "期间的最后一天（含）",
        "期間的最後一天（含）",
    ),
    "cli.help.compare_from": (
        "对比期间的第一天（默认：提前一年）",
        "對比期間的第一天（預設：提前一年）",
    ),
    "cli.help.compare_to": (
        "对比期间的最后一天",
        "對比期間的最後一天",
    ),
    "cli.help.lang": (
        "报告的语言",
        "報告的語言",
    ),
    "cli.help.title": (
        "报告的标题",
        "報告的標題",
    ),
    "cli.help.approved_only": (
        "只计已审批的记录（报告会说明有多少未计入）",
        "只計已審批的記錄（報告會說明有多少未計入）",
    ),
    "cli.help.pdf": (
        "将 PDF 写到此处",
        "將 PDF 寫到此處",
    ),
    "cli.help.xlsx": (
        "将 Excel 工作簿写到此处",
        "將 Excel 活頁簿寫到此處",
    ),
    "cli.help.users": (
        "用户账户：add、list、disable、reset-password、change-password",
        "用戶帳戶：add、list、disable、reset-password、change-password",
    ),
    "cli.help.users_add": (
        "添加用户；第一位用户（管理员）会启用账户",
        "新增用戶；第一位用戶（管理員）會啟用帳戶",
    ),
    "cli.help.role": (
        "用户的角色",
        "用戶的角色",
    ),
    "cli.help.agency": (
        "用户所属单位（警员和主管）",
        "用戶所屬單位（警員和主管）",
    ),
    "cli.help.display_name": (
        "在应用程序和审计日志中显示的名称",
        "在應用程式和審計日誌中顯示的名稱",
    ),
    "cli.help.users_list": (
        "列出用户及其角色和状态",
        "列出用戶及其角色和狀態",
    ),
    "cli.help.users_disable": (
        "停用用户（不会删除：记录仍保留其名称）",
        "停用用戶（不會刪除：記錄仍保留其名稱）",
    ),
    "cli.help.users_reset": (
        "设置新密码，用户下次登录时必须修改",
        "設定新密碼，用戶下次登入時必須修改",
    ),
    "cli.help.users_change": (
        "修改您自己的密码（--user NAME）",
        "修改您自己的密碼（--user NAME）",
    ),
    "cli.help.audit": (
        "防篡改审计日志：verify、show",
        "防篡改審計日誌：verify、show",
    ),
    "cli.help.audit_verify": (
        "核验整条哈希链；如有断开，以退出码 2 指出第一条不符的记录",
        "核驗整條雜湊鏈；如有斷開，以結束碼 2 指出第一條不符的記錄",
    ),
    "cli.help.audit_show": (
        "列出审计记录（新的在前），或写入 --xlsx",
        "列出審計記錄（新的在前），或寫入 --xlsx",
    ),
    "cli.help.audit_from": (
        "记录的第一天",
        "記錄的第一天",
    ),
    "cli.help.audit_to": (
        "记录的最后一天（含）",
        "記錄的最後一天（含）",
    ),
    "cli.help.audit_user": (
        "只列此用户的记录",
        "只列此用戶的記錄",
    ),
    "cli.help.audit_record": (
        "只列此记录的历史",
        "只列此記錄的歷史",
    ),
    "cli.help.audit_xlsx": (
        "将记录写入此工作簿",
        "將記錄寫入此活頁簿",
    ),
    "cli.help.login": (
        "以 NAME 登录（此处 --user 用于筛选记录）",
        "以 NAME 登入（此處 --user 用於篩選記錄）",
    ),
    "cli.help.login_stdin": (
        "从标准输入读取登录密码",
        "從標準輸入讀取登入密碼",
    ),
    "cli.help.help": (
        "显示此帮助并退出",
        "顯示此說明並結束",
    ),
    "cli.help.version": (
        "显示版本并退出",
        "顯示版本並結束",
    ),
    "cli.help.usage": (
        "用法：",
        "用法：",
    ),
    "cli.help.positionals": (
        "参数",
        "參數",
    ),
    "cli.help.options": (
        "选项",
        "選項",
    ),
    "used_by.catches": ("{n:,}起查获", "{n:,}起查獲"),
    "used_by.busts": ("{n:,}起打掉团伙行动", "{n:,}起打掉團夥行動"),
    "used_by.cases": ("{n:,}宗案件", "{n:,}宗案件"),
    "used_by.catches_assisted": ("{n:,}起查获（作为协助单位）", "{n:,}起查獲（作為協助單位）"),
    "used_by.busts_assisted": (
        "{n:,}起打掉团伙行动（作为协助单位）",
        "{n:,}起打掉團夥行動（作為協助單位）",
    ),
    # -- backups (store/backups.py, cli/protect.py) --
    "audit.action.backup": ("备份", "備份"),
    "cli.help.station": (
        "显示本数据库的站点（其编号和密钥指纹），或为其命名",
        "顯示本資料庫的站點（其編號和金鑰指紋），或為其命名",
    ),
    "cli.help.station_name": (
        "其他站点看到的名称",
        "其他站點看到的名稱",
    ),
    "cli.help.bundle": (
        "把另一站点可能缺少的变更（或全部变更）写入数据包文件",
        "把另一站點可能缺少的變更（或全部變更）寫入資料包檔案",
    ),
    "cli.help.bundle_out": (
        "要写入的数据包文件",
        "要寫入的資料包檔案",
    ),
    "cli.help.bundle_all": (
        "全部变更（默认）",
        "全部變更（預設）",
    ),
    "cli.help.bundle_for": (
        "只写站点 STATION（编号或名称）尚未回报持有的变更",
        "只寫站點 STATION（編號或名稱）尚未回報持有的變更",
    ),
    "cli.help.merge": (
        "合并其他站点的数据包，每个要么全部合并，要么不合并",
        "合併其他站點的資料包，每個要麼全部合併，要麼不合併",
    ),
    "cli.help.merge_bundles": (
        "要合并的数据包文件",
        "要合併的資料包檔案",
    ),
    "cli.help.conflicts": (
        "列出合并后尚未解决的冲突",
        "列出合併後尚未解決的衝突",
    ),
    "cli.station": (
        "站点 {name}：编号 {id}，密钥指纹 {fingerprint}，已写 {held} 项变更。",
        "站點 {name}：編號 {id}，金鑰指紋 {fingerprint}，已寫 {held} 項變更。",
    ),
    "cli.station_unnamed": (
        "（尚未命名：smugdesk station --name 名称）",
        "（尚未命名：smugdesk station --name 名稱）",
    ),
    "cli.station_named": (
        "本站点现名为 {name}。",
        "本站點現名為 {name}。",
    ),
    "cli.bundled": (
        "已写入 {file}：{changes:,} 项变更。",
        "已寫入 {file}：{changes:,} 項變更。",
    ),
    "cli.merged": (
        "已合并来自站点 {station} 的 {file}：新变更 {added:,} 项，重新确定记录 {records:,} 条。",
        "已合併來自站點 {station} 的 {file}：新變更 {added:,} 項，重新確定記錄 {records:,} 筆。",
    ),
    "cli.pinned": (
        "首次收到站点 {station} 的数据包：其密钥 {fingerprint} 现已固定；其以后的数据包必须带有该签名。",
        "首次收到站點 {station} 的資料包：其金鑰 {fingerprint} 現已固定；其以後的資料包必須帶有該簽名。",
    ),
    "cli.conflicts_left": (
        "{n} 条记录有未解决的冲突：smugdesk conflicts 可列出。",
        "{n} 筆記錄有未解決的衝突：smugdesk conflicts 可列出。",
    ),
    "cli.no_conflicts": (
        "没有未解决的冲突。",
        "沒有未解決的衝突。",
    ),
    "conflict.field": (
        "被同时改为不同的值",
        "被同時改為不同的值",
    ),
    "conflict.deleted": (
        "在一个站点被删除，同时在另一站点被修改",
        "在一個站點被刪除，同時在另一站點被修改",
    ),
    "conflict.duplicate": (
        "另一条记录的 {field} 相同",
        "另一筆記錄的 {field} 相同",
    ),
    "conflict.invalid": (
        "合并后违反规则",
        "合併後違反規則",
    ),
    "conflict.missing": (
        "引用了尚未收到的记录；收到前暂不处理",
        "引用了尚未收到的記錄；收到前暫不處理",
    ),
    "cli.conflict_head": (
        "    {value}   （{station}，{user} 于 {workstation}，{wall}）{mark}",
        "    {value}   （{station}，{user} 於 {workstation}，{wall}）{mark}",
    ),
    "cli.conflict_stands": (
        "  <- 决定前暂用此值",
        "  <- 決定前暫用此值",
    ),
    "bundle.refused": (
        "{file} 被拒绝（{why}）；未合并任何内容。",
        "{file} 被拒絕（{why}）；未合併任何內容。",
    ),
    "bundle.why_not_bundle": (
        "它不是 smugdesk 数据包",
        "它不是 smugdesk 資料包",
    ),
    "bundle.why_newer": (
        "它由较新版本的 smugdesk 写入",
        "它由較新版本的 smugdesk 寫入",
    ),
    "bundle.why_shape": (
        "它含有数据包不应有的表或代码",
        "它含有資料包不應有的表或程式碼",
    ),
    "bundle.why_damaged": (
        "它已损坏",
        "它已損壞",
    ),
    "bundle.why_hash": (
        "某项变更与其哈希值不符",
        "某項變更與其雜湊值不符",
    ),
    "bundle.why_root": (
        "其变更与根哈希值不符",
        "其變更與根雜湊值不符",
    ),
    "bundle.why_signature": (
        "其签名不是其站点的签名",
        "其簽名不是其站點的簽名",
    ),
    "bundle.why_key": (
        "它的签名密钥与站点 {station} 以前的不同；如该站点确实更换了密钥，须先由管理员信任新密钥",
        "它的簽名金鑰與站點 {station} 以前的不同；如該站點確實更換了金鑰，須先由管理員信任新金鑰",
    ),
    "bundle.why_fork": (
        "站点 {station} 写了两项不同的第 {seq} 号变更：有人在用其数据库的副本以其名义写入",
        "站點 {station} 寫了兩項不同的第 {seq} 號變更：有人在用其資料庫的副本以其名義寫入",
    ),
    "bundle.why_ours": (
        "它含有以本站点编号写的变更",
        "它含有以本站點編號寫的變更",
    ),
    "bundle.unknown_station": (
        "此处不认识站点 {station}",
        "此處不認識站點 {station}",
    ),
    "audit.action.bundle": (
        "写数据包",
        "寫資料包",
    ),
    "audit.action.publish": ("发布报告数据", "發佈報告數據"),
    "audit.action.station_trust": ("信任站点密钥", "信任站點金鑰"),
    "station.bad_key": ("不是站点公钥（64 位十六进制数字）", "不是站點公鑰（64 位十六進位數字）"),
    "station.bad_id": ("不是站点编号", "不是站點編號"),
    "cli.station_key": (
        "公钥（供其他站点的 --trust 使用）：{key}",
        "公鑰（供其他站點的 --trust 使用）：{key}",
    ),
    "cli.station_trusted": (
        "站点 {station} 的密钥 {fingerprint} 已受信任：其数据包必须带有该密钥的签名。",
        "站點 {station} 的金鑰 {fingerprint} 已受信任：其資料包必須帶有該金鑰的簽名。",
    ),
    "cli.help.station_trust": (
        "在首个数据包之前信任站点 STATION 的公钥 KEY（或其新密钥）",
        "在首個資料包之前信任站點 STATION 的公鑰 KEY（或其新金鑰）",
    ),
    "audit.action.merge": (
        "合并数据包",
        "合併資料包",
    ),
    "report.disputed": ("冲突", "衝突"),
    "report.none_disputed": ("本期没有记录存在站点之间的冲突", "本期沒有記錄存在站點之間的衝突"),
    "report.some_disputed": (
        "本期有 {n:,} 条记录存在尚未决定的站点间冲突；按目前暂用的值计算",
        "本期有 {n:,} 筆記錄存在尚未決定的站點間衝突；按目前暫用的值計算",
    ),
    "cli.conflict_deleted": ("已删除", "已刪除"),
    "cli.help.publish": (
        "把这些数据保存为已发布，日后记录若有修订会提示",
        "把這些數據保存為已發佈，日後記錄若有修訂會提示",
    ),
    "cli.help.publications": (
        "列出已发布的数据，以及记录是否仍得出相同数据",
        "列出已發佈的數據，以及記錄是否仍得出相同數據",
    ),
    "cli.published": (
        "已发布，编号 {id}（数据 SHA-256 {sha256}）。",
        "已發佈，編號 {id}（數據 SHA-256 {sha256}）。",
    ),
    "cli.published_differs": (
        "注意：同一期间的发布 {id}（{at}）数据不同：{figures}。",
        "注意：同一期間的發佈 {id}（{at}）數據不同：{figures}。",
    ),
    "cli.publication": (
        "{id}  {start} 至 {end}，{at} 由 {user} 在站点 {station} 发布",
        "{id}  {start} 至 {end}，{at} 由 {user} 在站點 {station} 發佈",
    ),
    "cli.publication_same": ("  记录仍得出相同的数据", "  記錄仍得出相同的數據"),
    "cli.publication_revised": ("  发布后已修订：", "  發佈後已修訂："),
    "cli.publication_figure": (
        "    {figure}：{before} -> {after}{delta}",
        "    {figure}：{before} -> {after}{delta}",
    ),
    "cli.publication_through": ("    涉及记录：{records}", "    涉及記錄：{records}"),
    "cli.no_publications": ("尚无发布。", "尚無發佈。"),
    "cli.revised_by_merge": (
        "发布 {id}（{start} 至 {end}）因合并的内容而修订。",
        "發佈 {id}（{start} 至 {end}）因合併的內容而修訂。",
    ),
    "cli.origins": ("{ref} 各项值的来源：", "{ref} 各項值的來源："),
    "cli.origin": (
        "  {field}：{value}   （{station}，{user} 于 {workstation}，{wall}）{mark}",
        "  {field}：{value}   （{station}，{user} 於 {workstation}，{wall}）{mark}",
    ),
    "cli.in_conflict": ("  [存在冲突：smugdesk conflicts]", "  [存在衝突：smugdesk conflicts]"),
    "conflict.not_typed": (
        "请保留其中一个值（只有文字可以重新输入）",
        "請保留其中一個值（只有文字可以重新輸入）",
    ),
    "cli.conflict_undeleted": ("未删除", "未刪除"),
    "audit.action.encrypt": ("加密数据库", "加密資料庫"),
    "audit.action.decrypt": ("解密数据库", "解密資料庫"),
    "audit.action.recovery_key": ("生成新的恢复密钥", "產生新的復原金鑰"),
    "audit.action.station": ("成为新站点（文件被复制）", "成為新站點（檔案被複製）"),
    "audit.action.station_name": ("命名站点", "命名站點"),
    "audit.action.restore": ("还原备份", "還原備份"),
    "backup.is_itself": (
        "{file} 是数据库本身或它的文件，不是它的备份；未作任何还原。",
        "{file} 是資料庫本身或它的檔案，不是它的備份；未作任何還原。",
    ),
    "backup.not_verified": (
        "备份 {file} 未通过核验（{why}），未予保留。其他一切未变。",
        "備份 {file} 未通過核驗（{why}），未予保留。其他一切未變。",
    ),
    "backup.bad": (
        "{file} 不是有效的 smugdesk 备份（{why}）；未还原任何内容。",
        "{file} 不是有效的 smugdesk 備份（{why}）；未還原任何內容。",
    ),
    "backup.why_integrity": ("SQLite 完整性检查未通过", "SQLite 完整性檢查未通過"),
    "backup.why_counts": ("其记录数与数据库不符", "其記錄數與資料庫不符"),
    "backup.why_not_ours": ("它不是 smugdesk 数据库", "它不是 smugdesk 資料庫"),
    "backup.why_unreadable": ("无法读取", "無法讀取"),
    "backup.copying": ("正在复制", "正在複製"),
    "backup.verifying": ("正在核验副本", "正在核驗副本"),
    "backup.checking": ("正在检查备份", "正在檢查備份"),
    "cli.backed_up": (
        "已备份到 {file}（已核验：{records}）。",
        "已備份到 {file}（已核驗：{records}）。",
    ),
    "cli.rotated": ("已删除较旧的备份：{files}", "已刪除較舊的備份：{files}"),
    "cli.restored": (
        "已从 {backup} 还原 {db}；原数据库保留为 {aside}。",
        "已從 {backup} 還原 {db}；原資料庫保留為 {aside}。",
    ),
    "cli.help.backup": (
        "将数据库备份到 DEST（文件或文件夹），并核验备份",
        "將資料庫備份到 DEST（檔案或資料夾），並核驗備份",
    ),
    "cli.help.keep": (
        "文件夹中只保留最新的 N 份备份（默认 14）",
        "資料夾中只保留最新的 N 份備份（預設 14）",
    ),
    "cli.help.restore": (
        "以核验过的备份取代数据库；原数据库改名保留",
        "以核驗過的備份取代資料庫；原資料庫改名保留",
    ),
    "crypt.needs_secret": ("数据库 {path} 已加密：{how}。", "資料庫 {path} 已加密：{how}。"),
    "crypt.how_user": ("请以用户名和密码登录", "請以使用者名稱和密碼登入"),
    "crypt.how_passphrase": ("请输入其口令", "請輸入其通關密語"),
    "crypt.wrong_user": (
        "此用户名和密码无法打开 {path}。（已停用用户的密码不再能打开。）",
        "此使用者名稱和密碼無法開啟 {path}。（已停用使用者的密碼不再能開啟。）",
    ),
    "crypt.wrong_passphrase": ("此口令无法打开 {path}。", "此通關密語無法開啟 {path}。"),
    "crypt.wrong_recovery": (
        "此恢复密钥无法打开 {path}；请与加密数据库时抄下的副本核对。",
        "此復原金鑰無法開啟 {path}；請與加密資料庫時抄下的副本核對。",
    ),
    "crypt.already": ("数据库 {path} 已经加密。", "資料庫 {path} 已經加密。"),
    "crypt.not_encrypted": ("数据库 {path} 未加密。", "資料庫 {path} 未加密。"),
    "crypt.in_use": (
        "数据库 {path} 正被另一个程序打开（本机或其他工作站上的 smugdesk？）；请在那里关闭后再试。未作任何更改。",
        "資料庫 {path} 正被另一個程式開啟（本機或其他工作站上的 smugdesk？）；請在那裡關閉後再試。未作任何更改。",
    ),
    "crypt.not_verified": (
        "{path} 转换后的副本未通过核验；数据库保持原样。",
        "{path} 轉換後的副本未通過核驗；資料庫保持原樣。",
    ),
    "crypt.keys_unwritable": (
        "无法写入密钥文件 {keys}（{detail}）；未作任何更改。",
        "無法寫入金鑰檔 {keys}（{detail}）；未作任何更改。",
    ),
    "crypt.lost_key_file": (
        "{path} 不是 smugdesk 数据库：它已损坏，或是一个加密数据库而其密钥文件 {keys} 不在旁边。",
        "{path} 不是 smugdesk 資料庫：它已損壞，或是一個加密資料庫而其金鑰檔 {keys} 不在旁邊。",
    ),
    "vault.missing": (
        "{db} 已加密，但其密钥文件 {keys} 不见了：请把密钥文件放回它旁边（密钥文件随数据库及其备份一起保存）。",
        "{db} 已加密，但其金鑰檔 {keys} 不見了：請把金鑰檔放回它旁邊（金鑰檔隨資料庫及其備份一起保存）。",
    ),
    "vault.damaged": (
        "密钥文件 {keys} 已损坏，或不是 smugdesk 密钥文件（{detail}）。",
        "金鑰檔 {keys} 已損壞，或不是 smugdesk 金鑰檔（{detail}）。",
    ),
    "vault.newer": (
        "密钥文件 {keys} 由较新版本的 smugdesk 写入；请更新 smugdesk。",
        "金鑰檔 {keys} 由較新版本的 smugdesk 寫入；請更新 smugdesk。",
    ),
    "backup.why_other_key": (
        "它以不同于本数据库的密钥加密；请用 --db 打开它来使用",
        "它以不同於本資料庫的金鑰加密；請用 --db 開啟它來使用",
    ),
    "cli.help.hub": (
        "中心库：postgresql:// 网址（不含密码：用 passfile=、PGPASSFILE 或 ~/.pgpass），或 'hub add-station' 写出的连接文件",
        "中心庫：postgresql:// 網址（不含密碼：用 passfile=、PGPASSFILE 或 ~/.pgpass），或 'hub add-station' 寫出的連線檔案",
    ),
    "cli.help.hub_accounts": (
        "列出中心库的账户及各自上次同步的时间",
        "列出中心庫的帳戶及各自上次同步的時間",
    ),
    "cli.help.hub_add_station": (
        "建立一个工作站的账户并写出其连接文件（含密码）",
        "建立一個工作站的帳戶並寫出其連線檔案（含密碼）",
    ),
    "cli.help.hub_agency": (
        "该工作站的单位",
        "該工作站的單位",
    ),
    "cli.help.hub_group": (
        "设置 PostgreSQL 中心库：init、add-station、accounts",
        "設定 PostgreSQL 中心庫：init、add-station、accounts",
    ),
    "cli.help.hub_headquarters": (
        "总部账户：可读取一切，可合并其他工作站的数据包",
        "總部帳戶：可讀取一切，可合併其他工作站的資料包",
    ),
    "cli.help.hub_init": (
        "建立中心库的结构和角色，或将其更新（以数据库所有者身份）",
        "建立中心庫的結構和角色，或將其更新（以資料庫擁有者身分）",
    ),
    "cli.help.hub_name": (
        "工作站的名称",
        "工作站的名稱",
    ),
    "cli.help.hub_out": (
        "连接文件写到何处（默认：当前目录下的 NAME.smughub）",
        "連線檔案寫到何處（預設：目前目錄下的 NAME.smughub）",
    ),
    "cli.help.merge_hub": (
        "合并到这个 PostgreSQL 中心库，而不是数据库（总部）",
        "合併到這個 PostgreSQL 中心庫，而不是資料庫（總部）",
    ),
    "cli.help.sync": (
        "把本工作站的变更推送到中心库，并拉取其他各站的变更",
        "把本工作站的變更推送到中心庫，並拉取其他各站的變更",
    ),
    "cli.hub_account": (
        "{role}  {name}  单位 {agency}{hq}  工作站 {station}  上次同步 {seen}",
        "{role}  {name}  單位 {agency}{hq}  工作站 {station}  上次同步 {seen}",
    ),
    "cli.hub_added": (
        "已为工作站 {name}（单位 {agency}）建立账户 {role}；其连接文件（含密码）为 {file}：只交给该工作站的用户。",
        "已為工作站 {name}（單位 {agency}）建立帳戶 {role}；其連線檔案（含密碼）為 {file}：只交給該工作站的使用者。",
    ),
    "cli.hub_hq": (
        "（总部）",
        "（總部）",
    ),
    "cli.hub_initialised": (
        "{hub} 的中心库已是最新（{applied}）。",
        "{hub} 的中心庫已是最新（{applied}）。",
    ),
    "cli.hub_not_yet": (
        "尚无",
        "尚無",
    ),
    "cli.hub_nothing": (
        "无需更新",
        "無需更新",
    ),
    "cli.merged_into_hub": (
        "已把来自工作站 {station} 的 {file} 合并到中心库：{added:,} 项新变更。",
        "已把來自工作站 {station} 的 {file} 合併到中心庫：{added:,} 項新變更。",
    ),
    "cli.synced": (
        "已与 {hub} 同步：推送 {pushed:,} 项变更，拉取 {pulled:,} 项，重新整理 {records:,} 条记录。",
        "已與 {hub} 同步：推送 {pushed:,} 項變更，拉取 {pulled:,} 項，重新整理 {records:,} 筆記錄。",
    ),
    "hub.agency_bad": (
        "{code!r} 不是单位代码（不能有空格，最多 20 个字符）",
        "{code!r} 不是單位代碼（不能有空格，最多 20 個字元）",
    ),
    "hub.bad_db_name": (
        "中心库数据库的名称 {name!r} 无法用来命名其角色：请只用小写字母、数字和 _（最多 40 个）",
        "中心庫資料庫的名稱 {name!r} 無法用來命名其角色：請只用小寫字母、數字和 _（最多 40 個）",
    ),
    "hub.bad_file": (
        "{file} 不是 smugdesk 中心库连接文件（{why}）",
        "{file} 不是 smugdesk 中心庫連線檔案（{why}）",
    ),
    "hub.stopped": ("同步因意外的 {error} 而中止", "同步因意外的 {error} 而中止"),
    "hub.clashed": (
        "中心库的变更被拒绝（{why}）；什么也没有拉取",
        "中心庫的變更被拒絕（{why}）；什麼也沒有拉取",
    ),
    "hub.connection_comment": (
        "工作站 {name}（单位 {agency}）的 smugdesk 中心库连接，角色 {role}。\n其中含有密码：只让其所有者可读。\n用法：smugdesk sync --hub {file}",
        "工作站 {name}（單位 {agency}）的 smugdesk 中心庫連線，角色 {role}。\n其中含有密碼：只讓其擁有者可讀。\n用法：smugdesk sync --hub {file}",
    ),
    "hub.file_exists": (
        "{file} 已存在，可能属于另一个工作站：请另选 --out",
        "{file} 已存在，可能屬於另一個工作站：請另選 --out",
    ),
    "hub.forked": (
        "中心库已有工作站 {station} 编号 {seq} 的另一项变更：该工作站数据库的副本以其名义写入；什么也没有推送",
        "中心庫已有工作站 {station} 編號 {seq} 的另一項變更：該工作站資料庫的副本以其名義寫入；什麼也沒有推送",
    ),
    "hub.key_differs": (
        "{file} 的签名密钥与中心库为工作站 {station} 保存的不同；什么也没有合并",
        "{file} 的簽章金鑰與中心庫為工作站 {station} 保存的不同；什麼也沒有合併",
    ),
    "hub.lost": (
        "与 {hub} 中心库的连接中断（{why}）；没有做了一半的事：请再同步一次",
        "與 {hub} 中心庫的連線中斷（{why}）；沒有做了一半的事：請再同步一次",
    ),
    "hub.name_empty": (
        "为空：请给工作站起个名称",
        "為空：請給工作站取個名稱",
    ),
    "hub.name_letters": (
        "至少需要一个字母或数字（它用来命名工作站的角色）",
        "至少需要一個字母或數字（它用來命名工作站的角色）",
    ),
    "hub.newer": (
        "中心库的结构由较新的 smugdesk 建立（含 {name}）；请更新 smugdesk",
        "中心庫的結構由較新的 smugdesk 建立（含 {name}）；請更新 smugdesk",
    ),
    "hub.no_account": (
        "{user} 在此中心库没有 smugdesk 账户：管理员可用 smugdesk hub add-station 建立",
        "{user} 在此中心庫沒有 smugdesk 帳戶：管理員可用 smugdesk hub add-station 建立",
    ),
    "hub.not_a_hub": (
        "--hub {hub}：请给出 postgresql:// 网址，或 'smugdesk hub add-station' 写出的连接文件",
        "--hub {hub}：請給出 postgresql:// 網址，或 'smugdesk hub add-station' 寫出的連線檔案",
    ),
    "hub.not_initialised": (
        "{hub} 的数据库还不是（最新的）smugdesk 中心库：smugdesk hub init",
        "{hub} 的資料庫還不是（最新的）smugdesk 中心庫：smugdesk hub init",
    ),
    "hub.not_owner": (
        "只有中心库数据库的所有者（或超级用户）可以建立或升级其结构；{user} 两者都不是",
        "只有中心庫資料庫的擁有者（或超級使用者）可以建立或升級其結構；{user} 兩者都不是",
    ),
    "hub.other_account": (
        "本工作站在中心库已有另一个账户；请使用该账户的连接文件",
        "本工作站在中心庫已有另一個帳戶；請使用該帳戶的連線檔案",
    ),
    "hub.other_key": (
        "中心库记录的本工作站签名密钥与此不同：须由管理员核实哪个数据库才是该工作站的",
        "中心庫記錄的本工作站簽章金鑰與此不同：須由管理員核實哪個資料庫才是該工作站的",
    ),
    "hub.other_station": (
        "此中心库账户属于工作站 {station}，不属于此数据库（另一个工作站数据库的副本是独立的工作站，需要自己的账户）",
        "此中心庫帳戶屬於工作站 {station}，不屬於此資料庫（另一個工作站資料庫的副本是獨立的工作站，需要自己的帳戶）",
    ),
    "hub.password_in_url": (
        "--hub：网址中不应包含密码（它会出现在进程列表和命令历史中）；请用连接文件、网址中的 passfile=、PGPASSFILE 或 ~/.pgpass",
        "--hub：網址中不應包含密碼（它會出現在程序列表和命令歷史中）；請用連線檔案、網址中的 passfile=、PGPASSFILE 或 ~/.pgpass",
    ),
    "hub.refused": (
        "中心库拒绝：{why}（各工作站能做什么由其角色决定）",
        "中心庫拒絕：{why}（各工作站能做什麼由其角色決定）",
    ),
    "hub.taken": (
        "中心库已有账户 {role}（工作站 {name}）",
        "中心庫已有帳戶 {role}（工作站 {name}）",
    ),
    "hub.unreachable": (
        "无法连接 {hub} 的中心库：{why}",
        "無法連線 {hub} 的中心庫：{why}",
    ),
    "hub.why_key": (
        "它设置了 {key}，这不是连接设置",
        "它設定了 {key}，這不是連線設定",
    ),
    "hub.why_open": (
        "其他用户可以读取它，而它含有密码：请设为只有其所有者可读",
        "其他使用者可以讀取它，而它含有密碼：請設為只有其擁有者可讀",
    ),
    "hub.why_section": (
        "它没有 [smugdesk] 段",
        "它沒有 [smugdesk] 段",
    ),
    "hub.failed": (
        "中心库出错：{why}；没有做了一半的事",
        "中心庫出錯：{why}；沒有做了一半的事",
    ),
    "audit.action.push": ("向中心库推送了变更", "向中心庫推送了變更"),
    "audit.action.pull": ("从中心库拉取了变更", "從中心庫拉取了變更"),
    "audit.action.hub_forgotten": ("停止与中心库同步", "停止與中心庫同步"),
    "cli.help.conflicts_hub": (
        "改为列出这个 PostgreSQL 中心库的冲突",
        "改為列出這個 PostgreSQL 中心庫的衝突",
    ),
    "cli.help.report_hub": (
        "改为报告这个 PostgreSQL 中心库的数字",
        "改為報告這個 PostgreSQL 中心庫的數字",
    ),
    "cli.stage.reading": ("正在读取并检查每一行", "正在讀取並檢查每一列"),
    "cli.stage.writing": ("正在写入", "正在寫入"),
    "cli.stage.agency": ("单位已写入", "單位已寫入"),
    "cli.stage.case": ("案件已写入", "案件已寫入"),
    "cli.stage.catch": ("查获记录已写入", "查獲記錄已寫入"),
    "cli.stage.bust": ("打击团伙行动已写入", "打擊團夥行動已寫入"),
    "cli.help.audit_hub": (
        "改为读取这个 PostgreSQL 中心库的审计（从它做出的报告）",
        "改為讀取這個 PostgreSQL 中心庫的審計（從它做出的報告）",
    ),
    "cli.hub_no_records": (
        "--record 读取的是工作站的数据库：中心库的审计记下的是对它的数字做了什么，不是记录的历史",
        "--record 讀取的是工作站的資料庫：中心庫的審計記下的是對它的數字做了什麼，不是記錄的歷史",
    ),
    "cli.publish_needs_db": (
        "--publish 把数字保存在工作站的数据库里：请给出 --db，而不是 --hub",
        "--publish 把數字保存在工作站的資料庫裡：請給出 --db，而不是 --hub",
    ),
    "cli.help.hub_reads": (
        "只读取这些单位（以逗号分隔；本单位总在其内）的工作站的变更，而非所有人的",
        "只讀取這些單位（以逗號分隔；本單位總在其內）的工作站的變更，而非所有人的",
    ),
    "cli.help.hub_reads_command": ("更改某工作站账户可读取的内容", "更改某工作站帳戶可讀取的內容"),
    "cli.help.hub_reads_all": ("所有工作站的变更", "所有工作站的變更"),
    "cli.hub_reads_set": (
        "账户 {role} 现在读取这些的变更：{reads}（其下次同步从头拉取）。",
        "帳戶 {role} 現在讀取這些的變更：{reads}（其下次同步從頭拉取）。",
    ),
    "cli.hub_all_agencies": ("所有工作站", "所有工作站"),
    "hub.no_such_account": ("中心库没有账户 {name}", "中心庫沒有帳戶 {name}"),
    "words.as_written": ("{text}", "{text}"),
}
