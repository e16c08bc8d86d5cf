"""Fill the Qt Linguist sources (resources/translations/*.ts) from one table.

Run after `pyside6-lupdate` has added new strings:
    python packaging/translations.py
The Makefile compiles the .ts files to .qm with pyside6-lrelease at install time.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# English -> (Simplified, Traditional)
TABLE: dict[str, tuple[str, str]] = {
    "Hub...": ("中心库...", "中心庫..."),
    "Hub": ("中心库", "中心庫"),
    "Hub away": ("中心库无法连接", "中心庫無法連線"),
    "Hub: synced {when}": ("中心库：已于 {when} 同步", "中心庫：已於 {when} 同步"),
    ", {n} waiting": ("，{n} 项待发", "，{n} 項待發"),
    "{why}\nLast synced: {when}": ("{why}\n上次同步：{when}", "{why}\n上次同步：{when}"),
    "never": ("从未", "從未"),
    "Connection": ("连接", "連線"),
    "Last synced": ("上次同步", "上次同步"),
    "Waiting to go": ("待发送", "待發送"),
    "Last attempt": ("上次尝试", "上次嘗試"),
    "Choose connection file...": ("选择连接文件...", "選擇連線檔案..."),
    "Sync now": ("立即同步", "立即同步"),
    "Stop syncing": ("停止同步", "停止同步"),
    "No hub chosen: this station shares by bundles only.": (
        "未选择中心库：本工作站只用数据包交换。",
        "未選擇中心庫：本工作站只用資料包交換。",
    ),
    "{n} of this station's changes": ("本工作站的 {n} 项变更", "本工作站的 {n} 項變更"),
    "succeeded": ("成功", "成功"),
    "Hub connection file": ("中心库连接文件", "中心庫連線檔案"),
    "smugdesk hub connections (*.smughub);;All files (*)": (
        "smugdesk 中心库连接 (*.smughub);;所有文件 (*)",
        "smugdesk 中心庫連線 (*.smughub);;所有檔案 (*)",
    ),
    "Not synced": ("未同步", "未同步"),
    "{pushed} changes pushed, {pulled} pulled": (
        "推送 {pushed} 项变更，拉取 {pulled} 项",
        "推送 {pushed} 項變更，拉取 {pulled} 項",
    ),
    "Publish...": ("发布...", "發佈..."),
    "Keep these figures as published: you are told later if records revise them.": (
        "把这些数据保存为已发布：日后记录若有修订会提示。",
        "把這些數據保存為已發佈：日後記錄若有修訂會提示。",
    ),
    "Not published": ("未发布", "未發佈"),
    "Published as {id}: you will be told if merged records revise it.": (
        "已发布，编号 {id}：合并的记录若修订它会提示。",
        "已發佈，編號 {id}：合併的記錄若修訂它會提示。",
    ),
    "Published {at} by {user}, with other figures:": (
        "{at} 由 {user} 发布，数据不同：",
        "{at} 由 {user} 發佈，數據不同：",
    ),
    "Publish again?": ("再次发布？", "再次發佈？"),
    "This period was published before.": ("此期间以前已发布过。", "此期間以前已發佈過。"),
    "Publish these figures as well?": ("也发布这些数据吗？", "也發佈這些數據嗎？"),
    "(in conflict)": ("（存在冲突）", "（存在衝突）"),
    "Changes": ("变更", "變更"),
    "Where each value came from": ("各项值的来源", "各項值的來源"),
    "Write a bundle...": ("写数据包...", "寫資料包..."),
    "Merge bundles...": ("合并数据包...", "合併資料包..."),
    "Write a bundle": ("写数据包", "寫資料包"),
    "Merge bundles": ("合并数据包", "合併資料包"),
    "smugdesk bundles (*.smugbundle)": (
        "smugdesk 数据包 (*.smugbundle)",
        "smugdesk 資料包 (*.smugbundle)",
    ),
    "Wrote {file}: {changes} changes.": (
        "已写入 {file}：{changes} 项变更。",
        "已寫入 {file}：{changes} 項變更。",
    ),
    "{file}: {added} new changes from station {station}.": (
        "{file}：来自站点 {station} 的新变更 {added} 项。",
        "{file}：來自站點 {station} 的新變更 {added} 項。",
    ),
    "First bundle from {station}: its key {fingerprint} is now pinned.": (
        "首次收到 {station} 的数据包：其密钥 {fingerprint} 现已固定。",
        "首次收到 {station} 的資料包：其金鑰 {fingerprint} 現已固定。",
    ),
    "Records with conflicts to decide: {n} (see Conflicts).": (
        "待决定冲突的记录：{n}（见“冲突”）。",
        "待決定衝突的記錄：{n}（見「衝突」）。",
    ),
    "Conflicts": ("冲突", "衝突"),
    "Publications": ("发布记录", "發佈記錄"),
    ", publications revised: {n}": ("，已被修订的发布：{n}", "，已被修訂的發佈：{n}"),
    "As published": ("发布时", "發佈時"),
    "By": ("发布人", "發佈人"),
    "Checking {n} publications against the records as they are now...": (
        "正在按当前记录核对 {n} 份发布……",
        "正在按目前記錄核對 {n} 份發佈……",
    ),
    "Figure": ("数字", "數字"),
    "Figures now": ("当前数字", "目前數字"),
    "Nothing published yet: publish a summary report's figures from it.": (
        "尚无发布：可在汇总报告中发布其数字。",
        "尚無發佈：可在匯總報告中發佈其數字。",
    ),
    "Now": ("现在", "現在"),
    "Published": ("发布时间", "發佈時間"),
    "Revised since publication: {n} of {total}.": (
        "发布后已被修订：{total} 份中的 {n} 份。",
        "發佈後已被修訂：{total} 份中的 {n} 份。",
    ),
    "The figures published for {start} to {end} are revised by what arrived: "
    "{n} changed (see Publications).": (
        "{start} 至 {end} 已发布的数字被新到的记录修订：{n} 项有变化（见“发布记录”）。",
        "{start} 至 {end} 已發佈的數字被新到的記錄修訂：{n} 項有變化（見「發佈記錄」）。",
    ),
    "The records still give the figures of all {total} publications.": (
        "当前记录仍得出全部 {total} 份发布的数字。",
        "目前記錄仍得出全部 {total} 份發佈的數字。",
    ),
    "Through the records: {records}": ("涉及的记录：{records}", "涉及的記錄：{records}"),
    "checking...": ("核对中……", "核對中……"),
    "revised: {n} figures changed": ("已修订：{n} 项数字有变化", "已修訂：{n} 項數字有變化"),
    "the same as published": ("与发布时相同", "與發佈時相同"),
    "this station": ("本站", "本站"),
    "Deleted": ("已删除", "已刪除"),
    "Upgrading {file} for this version of smugdesk. This happens once and can "
    "take a minute for a large database; your records are kept.": (
        "正在为此版本的 smugdesk 升级 {file}。此操作只进行一次，大型数据库可能需要约一分钟；"
        "您的记录会全部保留。",
        "正在為此版本的 smugdesk 升級 {file}。此操作只進行一次，大型資料庫可能需要約一分鐘；"
        "您的記錄會全部保留。",
    ),
    "{start} to {end}": ("{start} 至 {end}", "{start} 至 {end}"),
    "changed at two stations at once": ("在两个站点被同时修改", "在兩個站點被同時修改"),
    "deleted at one station while changed at another": (
        "在一个站点被删除，同时在另一站点被修改",
        "在一個站點被刪除，同時在另一站點被修改",
    ),
    "another record has the same key": ("另一条记录的编号相同", "另一筆記錄的編號相同"),
    "breaks a rule once merged": ("合并后违反规则", "合併後違反規則"),
    "refers to a record not received yet": ("引用了尚未收到的记录", "引用了尚未收到的記錄"),
    "Conflict": ("冲突", "衝突"),
    "Value": ("值", "值"),
    "Station": ("站点", "站點"),
    "Standing now": ("目前暂用", "目前暫用"),
    "deleted": ("已删除", "已刪除"),
    "not deleted": ("未删除", "未刪除"),
    "Keep the selected value": ("保留所选的值", "保留所選的值"),
    "or type a new value": ("或输入新值", "或輸入新值"),
    "Use this value": ("使用此值", "使用此值"),
    "Records with conflicts to decide: {n}": ("待决定冲突的记录：{n}", "待決定衝突的記錄：{n}"),
    "No conflicts between stations.": ("站点之间没有冲突。", "站點之間沒有衝突。"),
    "{field}: {problem}. Open the record and correct it.": (
        "{field}：{problem}。请打开记录加以更正。",
        "{field}：{problem}。請開啟記錄加以更正。",
    ),
    "Open the record to change its key, or wait for the next bundle.": (
        "请打开记录修改其编号，或等待下一个数据包。",
        "請開啟記錄修改其編號，或等待下一個資料包。",
    ),
    "Choose the value to keep: the decision goes to the other stations.": (
        "请选择要保留的值：该决定会传给其他站点。",
        "請選擇要保留的值：該決定會傳給其他站點。",
    ),
    "Not decided": ("未决定", "未決定"),
    "&File": ("文件(&F)", "檔案(&F)"),
    "{path} already exists. Use Open database to work in it.": (
        "{path} 已经存在。请用“打开数据库”在其中工作。",
        "{path} 已經存在。請用「開啟資料庫」在其中工作。",
    ),
    "Close the open dialogs first, then try again.": (
        "请先关闭打开的对话框，然后再试。",
        "請先關閉開啟的對話方塊，然後再試。",
    ),
    "&Help": ("帮助(&H)", "說明(&H)"),
    "&Records": ("记录(&R)", "記錄(&R)"),
    "Re&ports": ("报告(&P)", "報告(&P)"),
    "About smugdesk": ("关于 smugdesk", "關於 smugdesk"),
    "Add nationality": ("添加国籍", "新增國籍"),
    "Add row": ("添加一行", "新增一行"),
    "Agencies": ("单位", "單位"),
    "Agency": ("单位", "單位"),
    "All agencies": ("全部单位", "全部單位"),
    "All jurisdictions": ("全部辖区", "全部轄區"),
    "All nationalities": ("全部国籍", "全部國籍"),
    "Arrested": ("抓获人数", "抓獲人數"),
    "Assisting": ("协助单位", "協助單位"),
    "Assisting agencies": ("协助单位", "協助單位"),
    "Blank template": ("空白模板", "空白範本"),
    "Blank template...": ("空白模板...", "空白範本..."),
    "Broken up": ("已打掉", "已打掉"),
    "Campaign to date": ("行动至今", "行動至今"),
    "Case": ("案件", "案件"),
    "Case number": ("案件编号", "案件編號"),
    "Cases": ("案件", "案件"),
    "Catch": ("查获记录", "查獲記錄"),
    "Catches": ("查获记录", "查獲記錄"),
    "Category": ("类别", "類別"),
    "Chinese name": ("中文名称", "中文名稱"),
    "Code": ("代码", "代碼"),
    "Column": ("列", "欄"),
    "Compare with another period": ("与其他期间对比", "與其他期間對比"),
    "Comparison": ("对比期间", "對比期間"),
    "Copy problems": ("复制问题列表", "複製問題列表"),
    "Cracked": ("已破获", "已破獲"),
    "Cracked on": ("破获日期", "破獲日期"),
    "Custom": ("自定义", "自訂"),
    "Dashboard": ("总览", "總覽"),
    "Data standard v{version}: one sheet per record kind; the first row holds the column "
    "names. Required columns are marked *.": (
        "数据标准第{version}版：每类记录一个工作表，第一行为列名。必填列标有 *。",
        "數據標準第{version}版：每類記錄一個工作表，第一行為欄名。必填欄標有 *。",
    ),
    "something unexpected went wrong (the details are in {path})": (
        "发生了意外错误（详细信息见 {path}）",
        "發生了意外錯誤（詳細資訊見 {path}）",
    ),
    "Database": ("数据库", "資料庫"),
    "Date": ("日期", "日期"),
    "Default title": ("默认标题", "預設標題"),
    "Delete record": ("删除记录", "刪除記錄"),
    "Delete selected record": ("删除所选记录", "刪除所選記錄"),
    "Delete this record? It leaves every list and figure; the audit trail keeps it.": (
        "删除此记录？它将从所有列表和统计中移除，审计记录仍会保留。",
        "刪除此記錄？它將從所有列表和統計中移除，審計記錄仍會保留。",
    ),
    "Destination": ("目的地", "目的地"),
    "English name": ("英文名称", "英文名稱"),
    "Excel workbooks (*.xlsx)": ("Excel 工作簿 (*.xlsx)", "Excel 活頁簿 (*.xlsx)"),
    "Export workbook": ("导出工作簿", "匯出活頁簿"),
    "Export workbook...": ("导出工作簿...", "匯出活頁簿..."),
    "Exported: {rows}": ("已导出：{rows}", "已匯出：{rows}"),
    "Exporting to {name}...": ("正在导出到 {name}...", "正在匯出到 {name}..."),
    "Failed: {error}. Nothing was changed.": (
        "失败：{error}。未做任何更改。",
        "失敗：{error}。未做任何更改。",
    ),
    "Female": ("女", "女"),
    "Gang": ("团伙", "團夥"),
    "Gang bust": ("打击团伙行动", "打擊團夥行動"),
    "Gang busts": ("打击团伙行动", "打擊團夥行動"),
    "Generate": ("生成", "產生"),
    "Generating...": ("正在生成...", "正在產生..."),
    "Head counts by nationality (code or name)": (
        "按国籍统计人数（代码或名称）",
        "按國籍統計人數（代碼或名稱）",
    ),
    "Import workbook": ("导入工作簿", "匯入活頁簿"),
    "Import workbook...": ("导入工作簿...", "匯入活頁簿..."),
    "Imported {n} rows.": ("已导入 {n} 行。", "已匯入 {n} 行。"),
    "Importing {name}...": ("正在导入 {name}...", "正在匯入 {name}..."),
    "Jurisdiction": ("辖区", "轄區"),
    "Kind": ("类型", "類型"),
    "Language": ("语言", "語言"),
    "Load the demo": ("载入演示数据", "載入示範資料"),
    "Load the demo campaign (2015-2017) to look around, or start empty?": (
        "载入演示行动数据（2015-2017）以便熟悉，还是从空数据库开始？",
        "載入示範行動資料（2015-2017）以便熟悉，還是從空資料庫開始？",
    ),
    "Male": ("男", "男"),
    "Minors": ("未成年人", "未成年人"),
    "Name": ("名称", "名稱"),
    "Nationalities": ("国籍", "國籍"),
    "Nationality": ("国籍", "國籍"),
    "New": ("新建", "新增"),
    "New agency": ("新建单位", "新增單位"),
    "New case": ("新建案件", "新增案件"),
    "New catch": ("新建查获记录", "新增查獲記錄"),
    "New database": ("新建数据库", "新增資料庫"),
    "New database...": ("新建数据库...", "新增資料庫..."),
    "New gang bust": ("新建打击团伙行动", "新增打擊團夥行動"),
    "Not deleted": ("未删除", "未刪除"),
    "Not shown": ("无法显示", "無法顯示"),
    "Not saved": ("未保存", "未儲存"),
    "Not saved: fix the fields marked in red.": (
        "未保存：请修正标红的栏目。",
        "未儲存：請修正標紅的欄位。",
    ),
    "Not written": ("未写入", "未寫入"),
    "Notable": ("典型", "典型"),
    "Notes": ("备注", "備註"),
    "Open database": ("打开数据库", "開啟資料庫"),
    "Open database...": ("打开数据库...", "開啟資料庫..."),
    "Opened": ("立案", "立案"),
    "Opened on": ("立案日期", "立案日期"),
    "Organizers arrested by role (director, recruiter, transporter, harbourer, forger, other) "
    "and origin": (
        "按角色（指挥、招募、运送、窝藏、伪造证件、其他）和来源统计抓获组织者",
        "按角色（指揮、招募、運送、窩藏、偽造證件、其他）和來源統計抓獲組織者",
    ),
    "Origin": ("来源", "來源"),
    "Other": ("其他", "其他"),
    "Period": ("期间", "期間"),
    "Persons": ("人数", "人數"),
    "Persons caught": ("抓获人数", "抓獲人數"),
    "Persons caught by month": ("每月抓获人数", "每月抓獲人數"),
    "Persons caught by region of origin": ("按来源地区统计抓获人数", "按來源地區統計抓獲人數"),
    "No earlier period to compare with": ("没有更早的时期可供对比", "沒有更早的時期可供對比"),
    "Persons found in this operation...": ("本次行动查获人员...", "本次行動查獲人員..."),
    "Place": ("地点", "地點"),
    "Press note": ("新闻稿说明", "新聞稿說明"),
    "Print...": ("打印...", "列印..."),
    "Problem": ("问题", "問題"),
    "Province": ("省区", "省區"),
    "Quit": ("退出", "結束"),
    "Reason": ("原因", "原因"),
    "Reference": ("编号", "編號"),
    "Remove row": ("删除一行", "刪除一行"),
    "Role": ("角色", "角色"),
    "Row": ("行", "列"),
    "Row {row}, {field}: {message}": (
        "第{row}行，{field}：{message}",
        "第{row}列，{field}：{message}",
    ),
    "Save": ("保存", "儲存"),
    "Save (Ctrl+S)": ("保存 (Ctrl+S)", "儲存 (Ctrl+S)"),
    "Save Excel...": ("保存 Excel...", "儲存 Excel..."),
    "Save PDF...": ("保存 PDF...", "儲存 PDF..."),
    "Save and next": ("保存并新建下一条", "儲存並新增下一筆"),
    "Save and start the next (Ctrl+Shift+S)": (
        "保存并新建下一条 (Ctrl+Shift+S)",
        "儲存並新增下一筆 (Ctrl+Shift+S)",
    ),
    "Save report": ("保存报告", "儲存報告"),
    "Search place, notes, press notes": (
        "搜索地点、备注、新闻稿说明",
        "搜尋地點、備註、新聞稿說明",
    ),
    "Sheet": ("工作表", "工作表"),
    "Something unexpected went wrong. Your saved records are safe. The details are in {path}.": (
        "发生意外错误。已保存的记录是安全的。详情见 {path}。",
        "發生意外錯誤。已儲存的記錄是安全的。詳情見 {path}。",
    ),
    "Start empty": ("从空数据库开始", "從空資料庫開始"),
    "Summary": ("摘要", "摘要"),
    "Summary report": ("汇总报告", "匯總報告"),
    "Summary report...": ("汇总报告...", "匯總報告..."),
    "The data standard": ("数据标准", "數據標準"),
    "The report could not be made: {error}": ("无法生成报告：{error}", "無法產生報告：{error}"),
    "The workbook was refused; nothing was imported. {n} problem(s):": (
        "工作簿被拒绝，未导入任何内容。共 {n} 个问题：",
        "活頁簿被拒絕，未匯入任何內容。共 {n} 個問題：",
    ),
    "This database is empty.": ("此数据库为空。", "此資料庫為空。"),
    "This form has changes that are not saved. Save them?": (
        "此表单有未保存的更改。是否保存？",
        "此表單有未儲存的更改。是否儲存？",
    ),
    "This month": ("本月", "本月"),
    "This year": ("本年", "本年"),
    "Title": ("标题", "標題"),
    "Total arrested: {n}": ("抓获合计：{n}", "抓獲合計：{n}"),
    "Total: {persons} persons, {male} male, {female} female, {minors} minors": (
        "合计：{persons}人，男{male}，女{female}，未成年{minors}",
        "合計：{persons}人，男{male}，女{female}，未成年{minors}",
    ),
    "Unsaved changes": ("未保存的更改", "未儲存的更改"),
    "agency codes separated by ;": ("单位代码，用 ; 分隔", "單位代碼，用 ; 分隔"),
    "smugdesk databases (*.sqlite)": ("smugdesk 数据库 (*.sqlite)", "smugdesk 資料庫 (*.sqlite)"),
    "smugdesk — {path}": ("smugdesk — {path}", "smugdesk — {path}"),
    "{kind}: {a} added, {c} updated, {u} unchanged": (
        "{kind}：新增 {a}，更新 {c}，未变 {u}",
        "{kind}：新增 {a}，更新 {c}，未變 {u}",
    ),
    "Reading and checking every row...": ("正在读取并检查每一行...", "正在讀取並檢查每一列..."),
    "Writing...": ("正在写入...", "正在寫入..."),
    "Agencies written.": ("单位已写入。", "單位已寫入。"),
    "Cases written.": ("案件已写入。", "案件已寫入。"),
    "Catches written.": ("查获记录已写入。", "查獲記錄已寫入。"),
    "Gang busts written.": ("打击团伙行动已写入。", "打擊團夥行動已寫入。"),
    "{sheet}: {n} rows written...": ("{sheet}：已写入 {n} 行...", "{sheet}：已寫入 {n} 列..."),
    "{n} records": ("{n} 条记录", "{n} 筆記錄"),
    "{pages} pages.": ("共 {pages} 页。", "共 {pages} 頁。"),
    "{path} · {catch} catches · {bust} gang busts · {case} cases · {agency} agencies": (
        "{path} · 查获 {catch} · 打击团伙 {bust} · 案件 {case} · 单位 {agency}",
        "{path} · 查獲 {catch} · 打擊團夥 {bust} · 案件 {case} · 單位 {agency}",
    ),
    "Component": ("组件", "元件"),
    "Version": ("版本", "版本"),
    "Licence": ("许可证", "授權條款"),
    "Licences": ("许可证", "授權條款"),
    "Notices": ("第三方声明", "第三方聲明"),
    "Logs": ("日志", "日誌"),
    "Settings": ("设置", "設定"),
    "smugdesk's licence": ("smugdesk 的许可证", "smugdesk 的授權條款"),
    "Records catches and gang busts and writes press-conference reports.": (
        "记录查获和打击团伙行动，并生成新闻发布会报告。",
        "記錄查獲和打擊團夥行動，並產生新聞發佈會報告。",
    ),
    "smugdesk is free software under the Apache License 2.0. It ships the components "
    "listed under Licences, each under its own licence; Qt for Python is used under the "
    "LGPL 3.0, and its libraries can be replaced.": (
        "smugdesk 是基于 Apache 2.0 许可证的自由软件。"
        "它附带“许可证”中列出的组件，各自遵循其许可证；"
        "Qt for Python 依 LGPL 3.0 使用，其库可以替换。",
        "smugdesk 是依 Apache 2.0 授權條款發布的自由軟體。"
        "它附帶「授權條款」中列出的元件，各自遵循其授權條款；"
        "Qt for Python 依 LGPL 3.0 使用，其程式庫可以替換。",
    ),
    "&Account": ("账户(&A)", "帳戶(&A)"),
    "Back up now": ("立即备份", "立即備份"),
    "Backup folder": ("备份文件夹", "備份資料夾"),
    "Backup folder...": ("备份文件夹...", "備份資料夾..."),
    "Backups": ("备份", "備份"),
    "Backing up...": ("正在备份...", "正在備份..."),
    "Backing up: {stage}": ("正在备份：{stage}", "正在備份：{stage}"),
    "Backing up before closing...": ("关闭前正在备份...", "關閉前正在備份..."),
    "Encrypting {file}...": ("正在加密 {file}...", "正在加密 {file}..."),
    "Restoring {file}...": ("正在还原 {file}...", "正在還原 {file}..."),
    "A backup can take its place: the damaged file is kept beside it, never deleted.": (
        "可以用备份取代它：已损坏的文件保留在旁边，绝不删除。",
        "可以用備份取代它：已損壞的檔案保留在旁邊，絕不刪除。",
    ),
    "Restored {db} from {backup}. The damaged database is kept as {aside}.": (
        "已从 {backup} 还原 {db}。已损坏的数据库保留为 {aside}。",
        "已從 {backup} 還原 {db}。已損壞的資料庫保留為 {aside}。",
    ),
    "Restore from a backup...": ("从备份还原...", "從備份還原..."),
    "Restore from a backup": ("从备份还原", "從備份還原"),
    "smugdesk backups (*.sqlite)": ("smugdesk 备份 (*.sqlite)", "smugdesk 備份 (*.sqlite)"),
    "Put the backup {backup} in place of {db}? The database as it is now is kept beside it "
    "under another name, never deleted. What was saved after the backup was made is not in "
    "it.": (
        "用备份 {backup} 替换 {db}？现在的数据库会以另一个名字保存在旁边，绝不删除。"
        "备份之后保存的内容不在备份里。",
        "用備份 {backup} 取代 {db}？現在的資料庫會以另一個名稱保存在旁邊，絕不刪除。"
        "備份之後儲存的內容不在備份裡。",
    ),
    "Restored {db} from {backup}. The database as it was is kept as {aside}.": (
        "已从 {backup} 还原 {db}。原来的数据库保存为 {aside}。",
        "已從 {backup} 還原 {db}。原來的資料庫保存為 {aside}。",
    ),
    "Decrypting {file}...": ("正在解密 {file}...", "正在解密 {file}..."),
    "Backing up before closing: {stage}": ("关闭前正在备份：{stage}", "關閉前正在備份：{stage}"),
    "Last backup: {when}": ("最近备份：{when}", "最近備份：{when}"),
    "No backup yet": ("尚无备份", "尚無備份"),
    "Not backed up": ("未能备份", "未能備份"),
    "Count approved records only": ("仅计已审批的记录", "僅計已審批的記錄"),
    "Arrests": ("抓获情况", "抓獲情況"),
    "Head counts": ("人数", "人數"),
    "(all agencies)": ("（全部单位）", "（全部單位）"),
    "(unknown name)": ("（未知用户名）", "（未知用戶名）"),
    "Account settings": ("账户设置", "帳戶設定"),
    "Action": ("操作", "操作"),
    "Add a user": ("添加用户", "新增用戶"),
    "Add...": ("添加...", "新增..."),
    "After": ("修改后", "修改後"),
    "An administrator reset your password, or the database was encrypted: choose a new one.": (
        "管理员重设了您的密码，或数据库已加密：请选择新密码。",
        "管理員重設了您的密碼，或資料庫已加密：請選擇新密碼。",
    ),
    "Copy": ("复制", "複製"),
    "Decrypt database": ("解密数据库", "解密資料庫"),
    "Decrypt database...": ("解密数据库...", "解密資料庫..."),
    "Decrypt {path}? It becomes a plain SQLite file that anyone with the file "
    "can read, and its key file is removed.": (
        "要解密 {path} 吗？它将成为普通的 SQLite 文件，任何拿到文件的人都能读取，其密钥文件也会"
        "被删除。",
        "要解密 {path} 嗎？它將成為普通的 SQLite 檔案，任何拿到檔案的人都能讀取，其金鑰檔也會被"
        "刪除。",
    ),
    "Encrypt": ("加密", "加密"),
    "Encrypt database": ("加密数据库", "加密資料庫"),
    "Encrypt database...": ("加密数据库...", "加密資料庫..."),
    "I have written the recovery key down": ("我已抄下恢复密钥", "我已抄下復原金鑰"),
    "Make a new recovery key? The old one will no longer open the database.": (
        "要生成新的恢复密钥吗？旧的将不再能打开数据库。",
        "要產生新的復原金鑰嗎？舊的將不再能開啟資料庫。",
    ),
    "New recovery key": ("新的恢复密钥", "新的復原金鑰"),
    "New recovery key...": ("新的恢复密钥...", "新的復原金鑰..."),
    "Open": ("打开", "開啟"),
    "Passphrase": ("口令", "通關密語"),
    "Passphrase again": ("再次输入口令", "再次輸入通關密語"),
    "Recovery key": ("恢复密钥", "復原金鑰"),
    "The two passphrases differ.": ("两次输入的口令不同。", "兩次輸入的通關密語不同。"),
    "This recovery key opens the database when every password is lost. It is "
    "shown only now: write it down and keep it apart from this computer.": (
        "所有密码都遗失时，这个恢复密钥可以打开数据库。它只在此刻显示：请抄下来，并与这台电脑分"
        "开保管。",
        "所有密碼都遺失時，這個復原金鑰可以開啟資料庫。它只在此刻顯示：請抄下來，並與這台電腦分"
        "開保管。",
    ),
    "Give the recovery key of {path}, as it was written down.": (
        "请输入 {path} 的恢复密钥（照抄下的写）。",
        "請輸入 {path} 的復原金鑰（照抄下的寫）。",
    ),
    "Use the recovery key": ("改用恢复密钥", "改用復原金鑰"),
    "Your password": ("您的密码", "您的密碼"),
    "smugdesk — encrypted database": ("smugdesk — 加密数据库", "smugdesk — 加密資料庫"),
    "{path} is encrypted and has user accounts. Log in to open it.": (
        "{path} 已加密并设有用户账户。请登录以打开它。",
        "{path} 已加密並設有使用者帳戶。請登入以開啟它。",
    ),
    "{path} is encrypted. Give its passphrase to open it.": (
        "{path} 已加密。请输入其口令以打开它。",
        "{path} 已加密。請輸入其通關密語以開啟它。",
    ),
    "{path} will be encrypted (SQLCipher, AES-256) and open only with the "
    "passphrase you choose here. Without it, or the recovery key shown next, "
    "nobody can read it, you included.": (
        "{path} 将被加密（SQLCipher，AES-256），只能用您在此选定的口令打开。没有它或接下来显示的"
        "恢复密钥，任何人都无法读取，包括您自己。",
        "{path} 將被加密（SQLCipher，AES-256），只能用您在此選定的通關密語開啟。沒有它或接下來顯"
        "示的復原金鑰，任何人都無法讀取，包括您自己。",
    ),
    "{path} will be encrypted (SQLCipher, AES-256). Each user's own password "
    "will open it; the others must choose a new password at their next "
    "login. Give your password to go on.": (
        "{path} 将被加密（SQLCipher，AES-256）。每位用户以自己的密码打开它；除您以外，其他人下次"
        "登录时须选择新密码。请输入您的密码以继续。",
        "{path} 將被加密（SQLCipher，AES-256）。每位使用者以自己的密碼開啟它；除您以外，其他人下"
        "次登入時須選擇新密碼。請輸入您的密碼以繼續。",
    ),
    "Approve every record shown...": ("审批列表中的全部记录...", "審批列表中的全部記錄..."),
    (
        "Approve every record the list shows ({n})? Approved records are locked until a "
        "supervisor unlocks them."
    ): (
        "审批列表显示的全部记录（{n} 条）？已审批的记录将被锁定，直至主管解锁。",
        "審批列表顯示的全部記錄（{n} 條）？已審批的記錄將被鎖定，直至主管解鎖。",
    ),
    "Approve records": ("审批记录", "審批記錄"),
    "Approve selected records": ("审批所选记录", "審批所選記錄"),
    "Approved": ("已审批", "已審批"),
    (
        "Approved by {by} on {on}: locked. A supervisor can unlock it (Records > Unlock record) "
        "before it changes."
    ): (
        "已由 {by} 于 {on} 审批并锁定。须由主管解锁（记录 > 解锁记录）后才能修改。",
        "已由 {by} 於 {on} 審批並鎖定。須由主管解鎖（記錄 > 解鎖記錄）後才能修改。",
    ),
    "Audit": ("审计", "審計"),
    "Before": ("修改前", "修改前"),
    "Chain verified: {n} entries hold. Head {head}.": (
        "审计链已核验：{n} 条记录完整。链头 {head}。",
        "審計鏈已核驗：{n} 條記錄完整。鏈頭 {head}。",
    ),
    "Change": ("修改", "修改"),
    "Change password": ("修改密码", "修改密碼"),
    "Change password...": ("修改密码...", "修改密碼..."),
    "Change {name}": ("修改 {name}", "修改 {name}"),
    "Change...": ("修改...", "修改..."),
    "Create administrator": ("创建管理员", "建立管理員"),
    (
        "Create the administrator of {path}. From then on everyone logs in, every change is "
        "recorded under their name, and each role may do only its part. This cannot be undone."
    ): (
        "为 {path} 创建管理员。此后每个人都须登录，每项修改都记在其名下，"
        "每个角色只能做其分内之事。此操作无法撤销。",
        "為 {path} 建立管理員。此後每個人都須登入，每項修改都記在其名下，"
        "每個角色只能做其分內之事。此操作無法復原。",
    ),
    "Current password": ("当前密码", "目前密碼"),
    "Detail": ("详情", "詳情"),
    "Disable": ("停用", "停用"),
    "Disable user": ("停用用户", "停用用戶"),
    "Disable {name}? They can no longer log in; their records keep their name.": (
        "停用 {name}？其将不能再登录；其记录仍保留其名称。",
        "停用 {name}？其將不能再登入；其記錄仍保留其名稱。",
    ),
    "Display name": ("显示名称", "顯示名稱"),
    "Enter your password to go on where you left off.": (
        "输入密码，从离开处继续。",
        "輸入密碼，從離開處繼續。",
    ),
    "Entry": ("条目", "條目"),
    "Every action": ("全部操作", "全部操作"),
    "Everyone": ("所有人", "所有人"),
    "Export audit entries": ("导出审计记录", "匯出審計記錄"),
    "Export...": ("导出...", "匯出..."),
    "Field": ("字段", "欄位"),
    "First password": ("初始密码", "初始密碼"),
    "History of {key}": ("{key} 的历史", "{key} 的歷史"),
    "Lock now": ("立即锁定", "立即鎖定"),
    "Locked — {user}": ("已锁定 — {user}", "已鎖定 — {user}"),
    "Log in": ("登录", "登入"),
    "Log in as someone else": ("以其他用户登录", "以其他用戶登入"),
    "Log in as someone else...": ("以其他用户登录...", "以其他用戶登入..."),
    "New password": ("新密码", "新密碼"),
    "New password again": ("再次输入新密码", "再次輸入新密碼"),
    "Not approved": ("未能审批", "未能審批"),
    "Not disabled": ("未能停用", "未能停用"),
    "Not exported": ("未能导出", "未能匯出"),
    "Not now": ("暂不", "暫不"),
    "Not unlocked": ("未能解锁", "未能解鎖"),
    "Not verified yet. Last entry: {head}": (
        "尚未核验。最后一条：{head}",
        "尚未核驗。最後一條：{head}",
    ),
    "Not yet approved": ("尚未审批", "尚未審批"),
    "Password": ("密码", "密碼"),
    "Password again": ("再次输入密码", "再次輸入密碼"),
    "Protect this database with user accounts": (
        "以用户账户保护此数据库",
        "以用戶帳戶保護此資料庫",
    ),
    "Record": ("记录", "記錄"),
    "Record history...": ("记录历史...", "記錄歷史..."),
    "Record reference": ("记录编号", "記錄編號"),
    "Reset": ("重置", "重設"),
    "Reset password...": ("重置密码...", "重設密碼..."),
    "Reset the password of {name}": ("重置 {name} 的密码", "重設 {name} 的密碼"),
    "Save settings": ("保存设置", "儲存設定"),
    "Saved.": ("已保存。", "已儲存。"),
    "Set up user accounts...": ("设置用户账户...", "設定用戶帳戶..."),
    "State": ("状态", "狀態"),
    "The chain breaks at entry {entry} ({why}); the {n} entries before it hold.": (
        "审计链在第 {entry} 条断开（{why}）；此前的 {n} 条记录完整。",
        "審計鏈在第 {entry} 條斷開（{why}）；此前的 {n} 條記錄完整。",
    ),
    "The two new passwords differ.": ("两次输入的新密码不一致。", "兩次輸入的新密碼不一致。"),
    "The two passwords differ.": ("两次输入的密码不一致。", "兩次輸入的密碼不一致。"),
    "Time": ("时间", "時間"),
    "Unlock": ("解锁", "解鎖"),
    "Unlock record": ("解锁记录", "解鎖記錄"),
    "Unlock record...": ("解锁记录...", "解鎖記錄..."),
    "User": ("用户", "用戶"),
    "Users": ("用户", "用戶"),
    "Verify the chain": ("核验审计链", "核驗審計鏈"),
    "Verifying...": ("正在核验...", "正在核驗..."),
    "Why must this approved record change? The reason is kept in the audit.": (
        "为何必须修改这条已审批的记录？理由会保存在审计日志中。",
        "為何必須修改這條已審批的記錄？理由會保存在審計日誌中。",
    ),
    "Workstation": ("工作站", "工作站"),
    "active": ("在职", "在職"),
    "at least {n} characters": ("至少 {n} 个字符", "至少 {n} 個字元"),
    "disabled": ("已停用", "已停用"),
    "locked until {until}": ("锁定至 {until}", "鎖定至 {until}"),
    "must change password": ("须修改密码", "須修改密碼"),
    "no": ("否", "否"),
    "smugdesk — log in": ("smugdesk — 登录", "smugdesk — 登入"),
    "smugdesk — {path} — {user} ({role})": (
        "smugdesk — {path} — {user}（{role}）",
        "smugdesk — {path} — {user}（{role}）",
    ),
    "yes": ("是", "是"),
    (
        "{name} must change this password at their next login. A reset also lifts a lock-out "
        "and re-enables a disabled account."
    ): (
        "{name} 下次登录时必须修改此密码。重置也会解除锁定，并重新启用已停用的账户。",
        "{name} 下次登入時必須修改此密碼。重設也會解除鎖定，並重新啟用已停用的帳戶。",
    ),
    "{n} entries": ("{n} 条记录", "{n} 條記錄"),
    (
        "{n} open forms of {user} have changes that are not saved. Discard them and log in as "
        "someone else?"
    ): (
        "{user} 有 {n} 个打开的表单含未保存的修改。放弃这些修改并以其他用户登录？",
        "{user} 有 {n} 個開啟的表單含未儲存的修改。放棄這些修改並以其他用戶登入？",
    ),
    "{n} records approved.": ("已审批 {n} 条记录。", "已審批 {n} 條記錄。"),
    "{path} has user accounts. Log in to work in it.": (
        "{path} 设有用户账户。请登录后使用。",
        "{path} 設有用戶帳戶。請登入後使用。",
    ),
}


def fill(path: Path, column: int) -> list[str]:
    """Write the translations into one .ts file; return the sources left untranslated."""
    tree = ET.parse(path)  # noqa: S314 - our own file
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in TABLE:
            translation.text = TABLE[source][column]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    root = Path(__file__).resolve().parent.parent / "resources" / "translations"
    missing = fill(root / "smugdesk_zh-Hans.ts", 0) + fill(root / "smugdesk_zh-Hant.ts", 1)
    for source in sorted(set(missing)):
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
