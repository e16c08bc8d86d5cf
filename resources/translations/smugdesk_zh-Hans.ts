<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="37" />
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="38" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="39" />
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="70" />
        <source>About smugdesk</source>
        <translation>关于 smugdesk</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="73" />
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="74" />
        <source>Notices</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="75" />
        <source>smugdesk's licence</source>
        <translation>smugdesk 的许可证</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="90" />
        <source>Records catches and gang busts and writes press-conference reports.</source>
        <translation>记录查获和打击团伙行动，并生成新闻发布会报告。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="93" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="94" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="95" />
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="103" />
        <source>smugdesk is free software under the Apache License 2.0. It ships the components listed under Licences, each under its own licence; Qt for Python is used under the LGPL 3.0, and its libraries can be replaced.</source>
        <translation>smugdesk 是基于 Apache 2.0 许可证的自由软件。它附带“许可证”中列出的组件，各自遵循其许可证；Qt for Python 依 LGPL 3.0 使用，其库可以替换。</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="198" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="200" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="201" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="202" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="204" />
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="207" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>BustForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="49" />
        <source>Gang bust</source>
        <translation>打击团伙行动</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="51" />
        <source>Gang</source>
        <translation>团伙</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="52" />
        <source>Broken up</source>
        <translation>已打掉</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="58" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="59" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="60" />
        <source>Arrested</source>
        <translation>抓获人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="70" />
        <source>Total arrested: {n}</source>
        <translation>抓获合计：{n}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="67" />
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="68" />
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="74" />
        <source>Persons found in this operation...</source>
        <translation>本次行动查获人员...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="64" />
        <source>Organizers arrested by role (director, recruiter, transporter, harbourer, forger, other) and origin</source>
        <translation>按角色（指挥、招募、运送、窝藏、伪造证件、其他）和来源统计抓获组织者</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="116" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未保存：请修正标红的栏目。</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="142" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="144" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="145" />
        <source>Opened on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="146" />
        <source>Cracked</source>
        <translation>已破获</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="148" />
        <source>Cracked on</source>
        <translation>破获日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="154" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="158" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="161" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>CatchForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="45" />
        <source>Catch</source>
        <translation>查获记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="48" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="51" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="64" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="66" />
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="67" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="68" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="69" />
        <source>Minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="73" />
        <source>Add nationality</source>
        <translation>添加国籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="74" />
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="72" />
        <source>Head counts by nationality (code or name)</source>
        <translation>按国籍统计人数（代码或名称）</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="86" />
        <source>Total: {persons} persons, {male} male, {female} female, {minors} minors</source>
        <translation>合计：{persons}人，男{male}，女{female}，未成年{minors}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="143" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未保存：请修正标红的栏目。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="49" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="50" />
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="51" />
        <source>Campaign to date</source>
        <translation>行动至今</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="52" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="65" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="196" />
        <source>Persons caught</source>
        <translation>抓获人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="205" />
        <source>Persons caught by month</source>
        <translation>每月抓获人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="229" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="235" />
        <source>Persons caught by region of origin</source>
        <translation>按来源地区统计抓获人数</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="22" />
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="23" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="25" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="28" />
        <source>Assisting agencies</source>
        <translation>协助单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="30" />
        <source>agency codes separated by ;</source>
        <translation>单位代码，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="31" />
        <source>Province</source>
        <translation>省区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="32" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="36" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="37" />
        <source>Notable</source>
        <translation>典型</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="38" />
        <source>Press note</source>
        <translation>新闻稿说明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="39" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="199" />
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="200" />
        <source>Exporting to {name}...</source>
        <translation>正在导出到 {name}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="202" />
        <source>{sheet}: {n} rows written...</source>
        <translation>{sheet}：已写入 {n} 行...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="219" />
        <source>Exported: {rows}</source>
        <translation>已导出：{rows}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="135" />
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="138" />
        <source>Importing {name}...</source>
        <translation>正在导入 {name}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="141" />
        <source>Reading and checking every row...</source>
        <translation>正在读取并检查每一行...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="142" />
        <source>Writing...</source>
        <translation>正在写入...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="143" />
        <source>Agencies written.</source>
        <translation>单位已写入。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="144" />
        <source>Cases written.</source>
        <translation>案件已写入。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="145" />
        <source>Catches written.</source>
        <translation>查获记录已写入。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="146" />
        <source>Gang busts written.</source>
        <translation>打击团伙行动已写入。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="160" />
        <source>Imported {n} rows.</source>
        <translation>已导入 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="164" />
        <source>{kind}: {a} added, {c} updated, {u} unchanged</source>
        <translation>{kind}：新增 {a}，更新 {c}，未变 {u}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="175" />
        <source>The workbook was refused; nothing was imported. {n} problem(s):</source>
        <translation>工作簿被拒绝，未导入任何内容。共 {n} 个问题：</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="181" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="181" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="181" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="181" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="188" />
        <source>Copy problems</source>
        <translation>复制问题列表</translation>
    </message>
</context>
<context>
    <name>LineGrid</name>
    <message>
        <location filename="../../smugdesk/ui/forms/grid.py" line="290" />
        <source>Row {row}, {field}: {message}</source>
        <translation>第{row}行，{field}：{message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="52" />
        <source>smugdesk — {path}</source>
        <translation>smugdesk — {path}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="64" />
        <source>Catches</source>
        <translation>查获记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="65" />
        <source>Gang busts</source>
        <translation>打击团伙行动</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="66" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="67" />
        <source>Agencies</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="69" />
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="96" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="97" />
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="98" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="99" />
        <source>Assisting</source>
        <translation>协助单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="100" />
        <source>Province</source>
        <translation>省区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="101" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="102" />
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="103" />
        <source>Nationalities</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="104" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="105" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="106" />
        <source>Notable</source>
        <translation>典型</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="107" />
        <source>Gang</source>
        <translation>团伙</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="108" />
        <source>Broken up</source>
        <translation>已打掉</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="109" />
        <source>Arrested</source>
        <translation>抓获人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="110" />
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="111" />
        <source>Cracked</source>
        <translation>已破获</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="112" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="113" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="114" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="115" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="116" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="117" />
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="118" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="136" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="137" />
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="138" />
        <source>Re&amp;ports</source>
        <translation>报告(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="139" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="143" />
        <source>New database...</source>
        <translation>新建数据库...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="149" />
        <source>Open database...</source>
        <translation>打开数据库...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="156" />
        <source>Import workbook...</source>
        <translation>导入工作簿...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="159" />
        <source>Export workbook...</source>
        <translation>导出工作簿...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="163" />
        <source>Blank template...</source>
        <translation>空白模板...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="167" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="175" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="178" />
        <source>New catch</source>
        <translation>新建查获记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="185" />
        <source>New gang bust</source>
        <translation>新建打击团伙行动</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="191" />
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="195" />
        <source>New agency</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="202" />
        <source>Delete selected record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="208" />
        <source>Summary report...</source>
        <translation>汇总报告...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="210" />
        <source>About smugdesk</source>
        <translation>关于 smugdesk</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="211" />
        <location filename="../../smugdesk/ui/main_window.py" line="355" />
        <source>The data standard</source>
        <translation>数据标准</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="236" />
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="238" />
        <source>Delete this record? It leaves every list and figure; the audit trail keeps it.</source>
        <translation>删除此记录？它将从所有列表和统计中移除，审计记录仍会保留。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="248" />
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="257" />
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="257" />
        <location filename="../../smugdesk/ui/main_window.py" line="268" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="268" />
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="286" />
        <location filename="../../smugdesk/ui/main_window.py" line="296" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="325" />
        <source>Close the open dialogs first, then try again.</source>
        <translation>请先关闭打开的对话框，然后再试。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="347" />
        <source>Data standard v{version}: one sheet per record kind; the first row holds the column names. Required columns are marked *.</source>
        <translation>数据标准第{version}版：每类记录一个工作表，第一行为列名。必填列标有 *。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="282" />
        <source>smugdesk databases (*.sqlite)</source>
        <translation>smugdesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="297" />
        <source>{path} already exists. Use Open database to work in it.</source>
        <translation>{path} 已经存在。请用“打开数据库”在其中工作。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="303" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="366" />
        <source>{path} · {catch} catches · {bust} gang busts · {case} cases · {agency} agencies</source>
        <translation>{path} · 查获 {catch} · 打击团伙 {bust} · 案件 {case} · 单位 {agency}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="71" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="74" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="76" />
        <source>Save and next</source>
        <translation>保存并新建下一条</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="79" />
        <source>Save and start the next (Ctrl+Shift+S)</source>
        <translation>保存并新建下一条 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="229" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未保存：请修正标红的栏目。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="251" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="268" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="269" />
        <source>This form has changes that are not saved. Save them?</source>
        <translation>此表单有未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="121" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="129" />
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="134" />
        <source>All jurisdictions</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="141" />
        <source>All nationalities</source>
        <translation>全部国籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="147" />
        <source>Search place, notes, press notes</source>
        <translation>搜索地点、备注、新闻稿说明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="150" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="214" />
        <source>{n} records</source>
        <translation>{n} 条记录</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="44" />
        <source>Summary report</source>
        <translation>汇总报告</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="52" />
        <source>Compare with another period</source>
        <translation>与其他期间对比</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="72" />
        <source>Default title</source>
        <translation>默认标题</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="78" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="84" />
        <source>Comparison</source>
        <translation>对比期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="85" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="86" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="87" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="103" />
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="105" />
        <source>Save PDF...</source>
        <translation>保存 PDF...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="107" />
        <source>Save Excel...</source>
        <translation>保存 Excel...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="114" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="143" />
        <source>Generating...</source>
        <translation>正在生成...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="157" />
        <source>{pages} pages.</source>
        <translation>共 {pages} 页。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="165" />
        <source>The report could not be made: {error}</source>
        <translation>无法生成报告：{error}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="170" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="176" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="119" />
        <source>Failed: {error}. Nothing was changed.</source>
        <translation>失败：{error}。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="61" />
        <source>This database is empty.</source>
        <translation>此数据库为空。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="63" />
        <source>Load the demo campaign (2015-2017) to look around, or start empty?</source>
        <translation>载入演示行动数据（2015-2017）以便熟悉，还是从空数据库开始？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="68" />
        <source>Load the demo</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="70" />
        <source>Start empty</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/failures.py" line="45" />
        <source>Something unexpected went wrong. Your saved records are safe. The details are in {path}.</source>
        <translation>发生意外错误。已保存的记录是安全的。详情见 {path}。</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../smugdesk/ui/failures.py" line="22" />
        <source>something unexpected went wrong (the details are in {path})</source>
        <translation>发生了意外错误（详细信息见 {path}）</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="230" />
        <source>Blank template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="232" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="240" />
        <source>Not written</source>
        <translation>未写入</translation>
    </message>
</context>
</TS>