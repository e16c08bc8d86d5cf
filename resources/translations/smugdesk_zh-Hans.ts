<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="34" />
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="35" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="36" />
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="54" />
        <source>About smugdesk</source>
        <translation>关于 smugdesk</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="57" />
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="58" />
        <source>Notices</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="59" />
        <source>smugdesk's licence</source>
        <translation>smugdesk 的许可证</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="74" />
        <source>Records catches and gang busts and writes press-conference reports.</source>
        <translation>记录查获和打击团伙行动，并生成新闻发布会报告。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="77" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="78" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="79" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="80" />
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="90" />
        <source>smugdesk is free software under the Apache License 2.0. It ships the components listed under Licences, each under its own licence; Qt for Python is used under the LGPL 3.0, and its libraries can be replaced.</source>
        <translation>smugdesk 是基于 Apache 2.0 许可证的自由软件。它附带“许可证”中列出的组件，各自遵循其许可证；Qt for Python 依 LGPL 3.0 使用，其库可以替换。</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="196" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="198" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="199" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="200" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="202" />
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="205" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="129" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="136" />
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="138" />
        <source>(unknown name)</source>
        <translation>（未知用户名）</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="141" />
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="146" />
        <source>Record reference</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="165" />
        <source>Verify the chain</source>
        <translation>核验审计链</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="168" />
        <source>Record history...</source>
        <translation>记录历史...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="171" />
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="178" />
        <source>Not verified yet. Last entry: {head}</source>
        <translation>尚未核验。最后一条：{head}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="197" />
        <source>{n} entries</source>
        <translation>{n} 条记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="200" />
        <source>Verifying...</source>
        <translation>正在核验...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="213" />
        <source>Chain verified: {n} entries hold. Head {head}.</source>
        <translation>审计链已核验：{n} 条记录完整。链头 {head}。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="221" />
        <source>The chain breaks at entry {entry} ({why}); the {n} entries before it hold.</source>
        <translation>审计链在第 {entry} 条断开（{why}）；此前的 {n} 条记录完整。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="229" />
        <source>Export audit entries</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="229" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="252" />
        <source>Not exported</source>
        <translation>未能导出</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="123" />
        <source>Last backup: {when}</source>
        <translation>最近备份：{when}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="125" />
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="130" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="61" />
        <location filename="../../smugdesk/ui/backups.py" line="140" />
        <location filename="../../smugdesk/ui/backups.py" line="148" />
        <source>Restore from a backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="46" />
        <source>A backup can take its place: the damaged file is kept beside it, never deleted.</source>
        <translation>可以用备份取代它：已损坏的文件保留在旁边，绝不删除。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="52" />
        <source>Restore from a backup...</source>
        <translation>从备份还原...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="63" />
        <location filename="../../smugdesk/ui/backups.py" line="142" />
        <source>smugdesk backups (*.sqlite)</source>
        <translation>smugdesk 备份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="69" />
        <source>Restoring {file}...</source>
        <translation>正在还原 {file}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="82" />
        <source>Restored {db} from {backup}. The damaged database is kept as {aside}.</source>
        <translation>已从 {backup} 还原 {db}。已损坏的数据库保留为 {aside}。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="150" />
        <source>Put the backup {backup} in place of {db}? The database as it is now is kept beside it under another name, never deleted. What was saved after the backup was made is not in it.</source>
        <translation>用备份 {backup} 替换 {db}？现在的数据库会以另一个名字保存在旁边，绝不删除。备份之后保存的内容不在备份里。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="167" />
        <source>Backing up...</source>
        <translation>正在备份...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="171" />
        <source>Backing up: {stage}</source>
        <translation>正在备份：{stage}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="176" />
        <source>Not backed up</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="189" />
        <source>Backing up before closing...</source>
        <translation>关闭前正在备份...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="194" />
        <source>Backing up before closing: {stage}</source>
        <translation>关闭前正在备份：{stage}</translation>
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
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="114" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未保存：请修正标红的栏目。</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="140" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="142" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="143" />
        <source>Opened on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="144" />
        <source>Cracked</source>
        <translation>已破获</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="146" />
        <source>Cracked on</source>
        <translation>破获日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="152" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="156" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="159" />
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
    <name>ConflictsView</name>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="133" />
        <source>Keep the selected value</source>
        <translation>保留所选的值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="139" />
        <source>or type a new value</source>
        <translation>或输入新值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="140" />
        <source>Use this value</source>
        <translation>使用此值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="162" />
        <source>Records with conflicts to decide: {n}</source>
        <translation>待决定冲突的记录：{n}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="164" />
        <source>No conflicts between stations.</source>
        <translation>站点之间没有冲突。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="194" />
        <source>{field}: {problem}. Open the record and correct it.</source>
        <translation>{field}：{problem}。请打开记录加以更正。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="201" />
        <source>Open the record to change its key, or wait for the next bundle.</source>
        <translation>请打开记录修改其编号，或等待下一个数据包。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="203" />
        <source>Choose the value to keep: the decision goes to the other stations.</source>
        <translation>请选择要保留的值：该决定会传给其他站点。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="225" />
        <location filename="../../smugdesk/ui/conflicts_view.py" line="230" />
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="50" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="51" />
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="52" />
        <source>Campaign to date</source>
        <translation>行动至今</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="53" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="63" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="173" />
        <source>No earlier period to compare with</source>
        <translation>没有更早的时期可供对比</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="200" />
        <source>Persons caught</source>
        <translation>抓获人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="209" />
        <source>Persons caught by month</source>
        <translation>每月抓获人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="241" />
        <source>Persons caught by region of origin</source>
        <translation>按来源地区统计抓获人数</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="117" />
        <source>Encrypt database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="120" />
        <source>{path} will be encrypted (SQLCipher, AES-256). Each user's own password will open it; the others must choose a new password at their next login. Give your password to go on.</source>
        <translation>{path} 将被加密（SQLCipher，AES-256）。每位用户以自己的密码打开它；除您以外，其他人下次登录时须选择新密码。请输入您的密码以继续。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="126" />
        <source>{path} will be encrypted (SQLCipher, AES-256) and open only with the passphrase you choose here. Without it, or the recovery key shown next, nobody can read it, you included.</source>
        <translation>{path} 将被加密（SQLCipher，AES-256），只能用您在此选定的口令打开。没有它或接下来显示的恢复密钥，任何人都无法读取，包括您自己。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="138" />
        <location filename="../../smugdesk/ui/encryption.py" line="153" />
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="141" />
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="143" />
        <location filename="../../smugdesk/ui/encryption.py" line="154" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="144" />
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="145" />
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="161" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不同。</translation>
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
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="203" />
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="204" />
        <source>Exporting to {name}...</source>
        <translation>正在导出到 {name}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="206" />
        <source>{sheet}: {n} rows written...</source>
        <translation>{sheet}：已写入 {n} 行...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="223" />
        <source>Exported: {rows}</source>
        <translation>已导出：{rows}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="192" />
        <source>Protect this database with user accounts</source>
        <translation>以用户账户保护此数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="194" />
        <source>Create the administrator of {path}. From then on everyone logs in, every change is recorded under their name, and each role may do only its part. This cannot be undone.</source>
        <translation>为 {path} 创建管理员。此后每个人都须登录，每项修改都记在其名下，每个角色只能做其分内之事。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="205" />
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="206" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="207" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="208" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="209" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="211" />
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="214" />
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="221" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="173" />
        <source>History of {key}</source>
        <translation>{key} 的历史</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="197" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="198" />
        <source>Where each value came from</source>
        <translation>各项值的来源</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="225" />
        <source>Hub</source>
        <translation>中心库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="234" />
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="235" />
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="236" />
        <source>Waiting to go</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="237" />
        <source>Last attempt</source>
        <translation>上次尝试</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="238" />
        <source>Choose connection file...</source>
        <translation>选择连接文件...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="239" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="240" />
        <source>Stop syncing</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="259" />
        <source>No hub chosen: this station shares by bundles only.</source>
        <translation>未选择中心库：本工作站只用数据包交换。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="262" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="265" />
        <source>{n} of this station's changes</source>
        <translation>本工作站的 {n} 项变更</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="268" />
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="275" />
        <source>Hub connection file</source>
        <translation>中心库连接文件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="277" />
        <source>smugdesk hub connections (*.smughub);;All files (*)</source>
        <translation>smugdesk 中心库连接 (*.smughub);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="286" />
        <source>Not synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="289" />
        <source>{pushed} changes pushed, {pulled} pulled</source>
        <translation>推送 {pushed} 项变更，拉取 {pulled} 项</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="110" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="112" />
        <source>Hub away</source>
        <translation>中心库无法连接</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="113" />
        <source>{why}
Last synced: {when}</source>
        <translation>{why}
上次同步：{when}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="115" />
        <source>Hub: synced {when}</source>
        <translation>中心库：已于 {when} 同步</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="118" />
        <source>, {n} waiting</source>
        <translation>，{n} 项待发</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="120" />
        <source>, publications revised: {n}</source>
        <translation>，已被修订的发布：{n}</translation>
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
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="165" />
        <source>{kind}: {a} added, {c} updated, {u} unchanged</source>
        <translation>{kind}：新增 {a}，更新 {c}，未变 {u}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="179" />
        <source>The workbook was refused; nothing was imported. {n} problem(s):</source>
        <translation>工作簿被拒绝，未导入任何内容。共 {n} 个问题：</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="185" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="185" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="185" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="185" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="192" />
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
    <name>LockScreen</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="266" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="269" />
        <source>Log in as someone else...</source>
        <translation>以其他用户登录...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="277" />
        <source>Enter your password to go on where you left off.</source>
        <translation>输入密码，从离开处继续。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="289" />
        <source>Locked — {user}</source>
        <translation>已锁定 — {user}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="97" />
        <source>smugdesk — log in</source>
        <translation>smugdesk — 登录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="95" />
        <source>{path} has user accounts. Log in to work in it.</source>
        <translation>{path} 设有用户账户。请登录后使用。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="93" />
        <source>{path} is encrypted and has user accounts. Log in to open it.</source>
        <translation>{path} 已加密并设有用户账户。请登录以打开它。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="103" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="104" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="105" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="168" />
        <source>smugdesk — {path}</source>
        <translation>smugdesk — {path}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="91" />
        <source>Catches</source>
        <translation>查获记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="92" />
        <source>Gang busts</source>
        <translation>打击团伙行动</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="93" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="94" />
        <source>Agencies</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="96" />
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="109" />
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="114" />
        <source>Publications</source>
        <translation>发布记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="119" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="123" />
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="170" />
        <source>smugdesk — {path} — {user} ({role})</source>
        <translation>smugdesk — {path} — {user}（{role}）</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="181" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="182" />
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="183" />
        <source>Re&amp;ports</source>
        <translation>报告(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="184" />
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="185" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="205" />
        <source>New database...</source>
        <translation>新建数据库...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="211" />
        <source>Open database...</source>
        <translation>打开数据库...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="218" />
        <source>Import workbook...</source>
        <translation>导入工作簿...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="221" />
        <source>Export workbook...</source>
        <translation>导出工作簿...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="226" />
        <source>Write a bundle...</source>
        <translation>写数据包...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="232" />
        <source>Merge bundles...</source>
        <translation>合并数据包...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="236" />
        <source>Hub...</source>
        <translation>中心库...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="242" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="249" />
        <source>Backup folder...</source>
        <translation>备份文件夹...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="255" />
        <source>Restore from a backup...</source>
        <translation>从备份还原...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="258" />
        <source>Encrypt database...</source>
        <translation>加密数据库...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="261" />
        <source>Decrypt database...</source>
        <translation>解密数据库...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="264" />
        <source>New recovery key...</source>
        <translation>新的恢复密钥...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="268" />
        <source>Blank template...</source>
        <translation>空白模板...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="272" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="280" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="287" />
        <source>New catch</source>
        <translation>新建查获记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="294" />
        <source>New gang bust</source>
        <translation>新建打击团伙行动</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="301" />
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="308" />
        <source>New agency</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="316" />
        <source>Delete selected record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="326" />
        <source>Summary report...</source>
        <translation>汇总报告...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="329" />
        <source>About smugdesk</source>
        <translation>关于 smugdesk</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="330" />
        <location filename="../../smugdesk/ui/main_window.py" line="481" />
        <source>The data standard</source>
        <translation>数据标准</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="358" />
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="360" />
        <source>Delete this record? It leaves every list and figure; the audit trail keeps it.</source>
        <translation>删除此记录？它将从所有列表和统计中移除，审计记录仍会保留。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="370" />
        <location filename="../../smugdesk/ui/main_window.py" line="375" />
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="382" />
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="382" />
        <location filename="../../smugdesk/ui/main_window.py" line="393" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="393" />
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="411" />
        <location filename="../../smugdesk/ui/main_window.py" line="421" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="450" />
        <source>Close the open dialogs first, then try again.</source>
        <translation>请先关闭打开的对话框，然后再试。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="473" />
        <source>Data standard v{version}: one sheet per record kind; the first row holds the column names. Required columns are marked *.</source>
        <translation>数据标准第{version}版：每类记录一个工作表，第一行为列名。必填列标有 *。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="553" />
        <source>Decrypt database</source>
        <translation>解密数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="555" />
        <source>Decrypt {path}? It becomes a plain SQLite file that anyone with the file can read, and its key file is removed.</source>
        <translation>要解密 {path} 吗？它将成为普通的 SQLite 文件，任何拿到文件的人都能读取，其密钥文件也会被删除。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="565" />
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="566" />
        <source>Make a new recovery key? The old one will no longer open the database.</source>
        <translation>要生成新的恢复密钥吗？旧的将不再能打开数据库。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="594" />
        <source>Log in as someone else</source>
        <translation>以其他用户登录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="596" />
        <source>{n} open forms of {user} have changes that are not saved. Discard them and log in as someone else?</source>
        <translation>{user} 有 {n} 个打开的表单含未保存的修改。放弃这些修改并以其他用户登录？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="407" />
        <source>smugdesk databases (*.sqlite)</source>
        <translation>smugdesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="422" />
        <source>{path} already exists. Use Open database to work in it.</source>
        <translation>{path} 已经存在。请用“打开数据库”在其中工作。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="428" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="492" />
        <source>{path} · {catch} catches · {bust} gang busts · {case} cases · {agency} agencies</source>
        <translation>{path} · 查获 {catch} · 打击团伙 {bust} · 案件 {case} · 单位 {agency}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="62" />
        <source>smugdesk — encrypted database</source>
        <translation>smugdesk — 加密数据库</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="63" />
        <source>{path} is encrypted. Give its passphrase to open it.</source>
        <translation>{path} 已加密。请输入其口令以打开它。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="70" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="72" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="75" />
        <source>Use the recovery key</source>
        <translation>改用恢复密钥</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="86" />
        <source>Give the recovery key of {path}, as it was written down.</source>
        <translation>请输入 {path} 的恢复密钥（照抄下的写）。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="90" />
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="147" />
        <source>An administrator reset your password, or the database was encrypted: choose a new one.</source>
        <translation>管理员重设了您的密码，或数据库已加密：请选择新密码。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="153" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="158" />
        <location filename="../../smugdesk/ui/login.py" line="181" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="159" />
        <location filename="../../smugdesk/ui/login.py" line="182" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="160" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="161" />
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="162" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="170" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PublicationsView</name>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="215" />
        <source>Nothing published yet: publish a summary report's figures from it.</source>
        <translation>尚无发布：可在汇总报告中发布其数字。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="217" />
        <source>Checking {n} publications against the records as they are now...</source>
        <translation>正在按当前记录核对 {n} 份发布……</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="222" />
        <source>Revised since publication: {n} of {total}.</source>
        <translation>发布后已被修订：{total} 份中的 {n} 份。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="224" />
        <source>The records still give the figures of all {total} publications.</source>
        <translation>当前记录仍得出全部 {total} 份发布的数字。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="236" />
        <source>Through the records: {records}</source>
        <translation>涉及的记录：{records}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="73" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="76" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="78" />
        <source>Save and next</source>
        <translation>保存并新建下一条</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="81" />
        <source>Save and start the next (Ctrl+Shift+S)</source>
        <translation>保存并新建下一条 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="209" />
        <source>Approved by {by} on {on}: locked. A supervisor can unlock it (Records &gt; Unlock record) before it changes.</source>
        <translation>已由 {by} 于 {on} 审批并锁定。须由主管解锁（记录 &gt; 解锁记录）后才能修改。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="249" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未保存：请修正标红的栏目。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="271" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="288" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="289" />
        <source>This form has changes that are not saved. Save them?</source>
        <translation>此表单有未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="129" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="137" />
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="142" />
        <source>All jurisdictions</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="149" />
        <source>All nationalities</source>
        <translation>全部国籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="155" />
        <source>Search place, notes, press notes</source>
        <translation>搜索地点、备注、新闻稿说明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="158" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="161" />
        <source>Not yet approved</source>
        <translation>尚未审批</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="201" />
        <source>Not shown</source>
        <translation>无法显示</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="231" />
        <source>{n} records</source>
        <translation>{n} 条记录</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="184" />
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="187" />
        <source>This recovery key opens the database when every password is lost. It is shown only now: write it down and keep it apart from this computer.</source>
        <translation>所有密码都遗失时，这个恢复密钥可以打开数据库。它只在此刻显示：请抄下来，并与这台电脑分开保管。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="202" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="205" />
        <source>I have written the recovery key down</source>
        <translation>我已抄下恢复密钥</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="53" />
        <source>Summary report</source>
        <translation>汇总报告</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="65" />
        <source>Compare with another period</source>
        <translation>与其他期间对比</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="86" />
        <source>Default title</source>
        <translation>默认标题</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="92" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="98" />
        <source>Comparison</source>
        <translation>对比期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="99" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="100" />
        <location filename="../../smugdesk/ui/report_dialog.py" line="179" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="101" />
        <source>Count approved records only</source>
        <translation>仅计已审批的记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="104" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="117" />
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="119" />
        <source>Save PDF...</source>
        <translation>保存 PDF...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="121" />
        <source>Save Excel...</source>
        <translation>保存 Excel...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="123" />
        <source>Publish...</source>
        <translation>发布...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="126" />
        <source>Keep these figures as published: you are told later if records revise them.</source>
        <translation>把这些数据保存为已发布：日后记录若有修订会提示。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="135" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="188" />
        <source>Generating...</source>
        <translation>正在生成...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="206" />
        <source>{pages} pages.</source>
        <translation>共 {pages} 页。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="214" />
        <source>The report could not be made: {error}</source>
        <translation>无法生成报告：{error}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="232" />
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="236" />
        <source>Published as {id}: you will be told if merged records revise it.</source>
        <translation>已发布，编号 {id}：合并的记录若修订它会提示。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="247" />
        <source>Published {at} by {user}, with other figures:</source>
        <translation>{at} 由 {user} 发布，数据不同：</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="255" />
        <source>Publish again?</source>
        <translation>再次发布？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="256" />
        <source>This period was published before.</source>
        <translation>此期间以前已发布过。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="260" />
        <source>Publish these figures as well?</source>
        <translation>也发布这些数据吗？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="266" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="272" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="150" />
        <source>Reset the password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="152" />
        <source>{name} must change this password at their next login. A reset also lifts a lock-out and re-enables a disabled account.</source>
        <translation>{name} 下次登录时必须修改此密码。重置也会解除锁定，并重新启用已停用的账户。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="161" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="162" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="163" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="171" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="85" />
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="87" />
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="100" />
        <source>(all agencies)</source>
        <translation>（全部单位）</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="103" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="104" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="105" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="106" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="110" />
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="111" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="118" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="136" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="194" />
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="195" />
        <source>Change...</source>
        <translation>修改...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="196" />
        <source>Reset password...</source>
        <translation>重置密码...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="197" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="210" />
        <source>Account settings</source>
        <translation>账户设置</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="222" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="253" />
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="255" />
        <source>Disable {name}? They can no longer log in; their records keep their name.</source>
        <translation>停用 {name}？其将不能再登录；其记录仍保留其名称。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="263" />
        <source>Not disabled</source>
        <translation>未能停用</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="271" />
        <source>Saved.</source>
        <translation>已保存。</translation>
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
        <location filename="../../smugdesk/ui/app.py" line="100" />
        <source>This database is empty.</source>
        <translation>此数据库为空。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="102" />
        <source>Load the demo campaign (2015-2017) to look around, or start empty?</source>
        <translation>载入演示行动数据（2015-2017）以便熟悉，还是从空数据库开始？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="107" />
        <source>Load the demo</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="109" />
        <source>Start empty</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="243" />
        <source>Encrypting {file}...</source>
        <translation>正在加密 {file}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="259" />
        <source>Decrypting {file}...</source>
        <translation>正在解密 {file}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="277" />
        <source>Restoring {file}...</source>
        <translation>正在还原 {file}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="291" />
        <source>Restored {db} from {backup}. The database as it was is kept as {aside}.</source>
        <translation>已从 {backup} 还原 {db}。原来的数据库保存为 {aside}。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/failures.py" line="68" />
        <source>Something unexpected went wrong. Your saved records are safe. The details are in {path}.</source>
        <translation>发生意外错误。已保存的记录是安全的。详情见 {path}。</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="46" />
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="47" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="48" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="49" />
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="50" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="51" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="52" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="41" />
        <location filename="../../smugdesk/ui/bundles.py" line="58" />
        <location filename="../../smugdesk/ui/bundles.py" line="66" />
        <source>Write a bundle</source>
        <translation>写数据包</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="43" />
        <location filename="../../smugdesk/ui/bundles.py" line="83" />
        <source>smugdesk bundles (*.smugbundle)</source>
        <translation>smugdesk 数据包 (*.smugbundle)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="53" />
        <source>Wrote {file}: {changes} changes.</source>
        <translation>已写入 {file}：{changes} 项变更。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="81" />
        <location filename="../../smugdesk/ui/bundles.py" line="131" />
        <location filename="../../smugdesk/ui/bundles.py" line="137" />
        <source>Merge bundles</source>
        <translation>合并数据包</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="108" />
        <source>{file}: {added} new changes from station {station}.</source>
        <translation>{file}：来自站点 {station} 的新变更 {added} 项。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="114" />
        <source>First bundle from {station}: its key {fingerprint} is now pinned.</source>
        <translation>首次收到 {station} 的数据包：其密钥 {fingerprint} 现已固定。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="123" />
        <source>Records with conflicts to decide: {n} (see Conflicts).</source>
        <translation>待决定冲突的记录：{n}（见“冲突”）。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="127" />
        <source>No conflicts between stations.</source>
        <translation>站点之间没有冲突。</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="32" />
        <source>changed at two stations at once</source>
        <translation>在两个站点被同时修改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="33" />
        <source>deleted at one station while changed at another</source>
        <translation>在一个站点被删除，同时在另一站点被修改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="36" />
        <source>another record has the same key</source>
        <translation>另一条记录的编号相同</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="37" />
        <source>breaks a rule once merged</source>
        <translation>合并后违反规则</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="38" />
        <source>refers to a record not received yet</source>
        <translation>引用了尚未收到的记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="47" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="48" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="49" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="75" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="76" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="77" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="78" />
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="79" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="80" />
        <source>Standing now</source>
        <translation>目前暂用</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="103" />
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="105" />
        <source>not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="107" />
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../smugdesk/ui/failures.py" line="24" />
        <source>something unexpected went wrong (the details are in {path})</source>
        <translation>发生了意外错误（详细信息见 {path}）</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="57" />
        <source>Catch</source>
        <translation>查获记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="58" />
        <source>Gang bust</source>
        <translation>打击团伙行动</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="22" />
        <location filename="../../smugdesk/ui/field_titles.py" line="59" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="13" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="14" />
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="15" />
        <location filename="../../smugdesk/ui/field_titles.py" line="60" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="16" />
        <source>Assisting</source>
        <translation>协助单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="17" />
        <source>Province</source>
        <translation>省区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="18" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="19" />
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="20" />
        <source>Nationalities</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="21" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="23" />
        <source>Notable</source>
        <translation>典型</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="24" />
        <source>Gang</source>
        <translation>团伙</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="25" />
        <source>Broken up</source>
        <translation>已打掉</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="26" />
        <source>Arrested</source>
        <translation>抓获人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="27" />
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="28" />
        <source>Cracked</source>
        <translation>已破获</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="29" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="30" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="31" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="32" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="33" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="34" />
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="35" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="36" />
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="37" />
        <source>Head counts</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="38" />
        <source>Arrests</source>
        <translation>抓获情况</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="39" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="40" />
        <source>Press note</source>
        <translation>新闻稿说明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="41" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="42" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="43" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="44" />
        <source>Minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="45" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="46" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="47" />
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="42" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="44" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="63" />
        <location filename="../../smugdesk/ui/history.py" line="133" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="64" />
        <location filename="../../smugdesk/ui/history.py" line="131" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="65" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="83" />
        <location filename="../../smugdesk/ui/history.py" line="128" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="84" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="85" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="129" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="130" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="132" />
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="146" />
        <source>(in conflict)</source>
        <translation>（存在冲突）</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="234" />
        <source>Blank template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="236" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="244" />
        <source>Not written</source>
        <translation>未写入</translation>
    </message>
</context>
<context>
    <name>publications</name>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="39" />
        <source>The figures published for {start} to {end} are revised by what arrived: {n} changed (see Publications).</source>
        <translation>{start} 至 {end} 已发布的数字被新到的记录修订：{n} 项有变化（见“发布记录”）。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="51" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="52" />
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="53" />
        <source>By</source>
        <translation>发布人</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="54" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="55" />
        <source>Figures now</source>
        <translation>当前数字</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="70" />
        <source>checking...</source>
        <translation>核对中……</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="72" />
        <source>the same as published</source>
        <translation>与发布时相同</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="73" />
        <source>revised: {n} figures changed</source>
        <translation>已修订：{n} 项数字有变化</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="83" />
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="88" />
        <source>this station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="101" />
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="102" />
        <source>As published</source>
        <translation>发布时</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="103" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="104" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>upgrading</name>
    <message>
        <location filename="../../smugdesk/ui/upgrading.py" line="29" />
        <source>Upgrading {file} for this version of smugdesk. This happens once and can take a minute for a large database; your records are kept.</source>
        <translation>正在为此版本的 smugdesk 升级 {file}。此操作只进行一次，大型数据库可能需要约一分钟；您的记录会全部保留。</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="237" />
        <location filename="../../smugdesk/ui/users_view.py" line="53" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="238" />
        <location filename="../../smugdesk/ui/users_view.py" line="54" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="239" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="240" />
        <location filename="../../smugdesk/ui/users_view.py" line="55" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="241" />
        <location filename="../../smugdesk/ui/users_view.py" line="56" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="33" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="35" />
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="39" />
        <source>locked until {until}</source>
        <translation>锁定至 {until}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="44" />
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="57" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="41" />
        <source>Approve selected records</source>
        <translation>审批所选记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="47" />
        <source>Approve every record shown...</source>
        <translation>审批列表中的全部记录...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="51" />
        <source>Unlock record...</source>
        <translation>解锁记录...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="58" />
        <source>Record history...</source>
        <translation>记录历史...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="83" />
        <source>Approve records</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="85" />
        <source>Approve every record the list shows ({n})? Approved records are locked until a supervisor unlocks them.</source>
        <translation>审批列表显示的全部记录（{n} 条）？已审批的记录将被锁定，直至主管解锁。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="95" />
        <source>Not approved</source>
        <translation>未能审批</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="97" />
        <source>{n} records approved.</source>
        <translation>已审批 {n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="110" />
        <source>Unlock record</source>
        <translation>解锁记录</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="111" />
        <source>Why must this approved record change? The reason is kept in the audit.</source>
        <translation>为何必须修改这条已审批的记录？理由会保存在审计日志中。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="118" />
        <source>Not unlocked</source>
        <translation>未能解锁</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="141" />
        <source>Set up user accounts...</source>
        <translation>设置用户账户...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="149" />
        <source>Change password...</source>
        <translation>修改密码...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="152" />
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="153" />
        <source>Log in as someone else...</source>
        <translation>以其他用户登录...</translation>
    </message>
</context>
</TS>