<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="34" />
        <source>Component</source>
        <translation>元件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="35" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="36" />
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="54" />
        <source>About smugdesk</source>
        <translation>關於 smugdesk</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="57" />
        <source>Licences</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="58" />
        <source>Notices</source>
        <translation>第三方聲明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="59" />
        <source>smugdesk's licence</source>
        <translation>smugdesk 的授權條款</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="74" />
        <source>Records catches and gang busts and writes press-conference reports.</source>
        <translation>記錄查獲和打擊團夥行動，並產生新聞發佈會報告。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="77" />
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="78" />
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="79" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="80" />
        <source>Logs</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/about_dialog.py" line="90" />
        <source>smugdesk is free software under the Apache License 2.0. It ships the components listed under Licences, each under its own licence; Qt for Python is used under the LGPL 3.0, and its libraries can be replaced.</source>
        <translation>smugdesk 是依 Apache 2.0 授權條款發布的自由軟體。它附帶「授權條款」中列出的元件，各自遵循其授權條款；Qt for Python 依 LGPL 3.0 使用，其程式庫可以替換。</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="196" />
        <source>Agency</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="198" />
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="199" />
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="200" />
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="202" />
        <source>Jurisdiction</source>
        <translation>轄區</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="205" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="129" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="136" />
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="138" />
        <source>(unknown name)</source>
        <translation>（未知用戶名）</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="141" />
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="146" />
        <source>Record reference</source>
        <translation>記錄編號</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="165" />
        <source>Verify the chain</source>
        <translation>核驗審計鏈</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="168" />
        <source>Record history...</source>
        <translation>記錄歷史...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="171" />
        <source>Export...</source>
        <translation>匯出...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="178" />
        <source>Not verified yet. Last entry: {head}</source>
        <translation>尚未核驗。最後一條：{head}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="197" />
        <source>{n} entries</source>
        <translation>{n} 條記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="200" />
        <source>Verifying...</source>
        <translation>正在核驗...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="213" />
        <source>Chain verified: {n} entries hold. Head {head}.</source>
        <translation>審計鏈已核驗：{n} 條記錄完整。鏈頭 {head}。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="221" />
        <source>The chain breaks at entry {entry} ({why}); the {n} entries before it hold.</source>
        <translation>審計鏈在第 {entry} 條斷開（{why}）；此前的 {n} 條記錄完整。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="229" />
        <source>Export audit entries</source>
        <translation>匯出審計記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="229" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="252" />
        <source>Not exported</source>
        <translation>未能匯出</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="123" />
        <source>Last backup: {when}</source>
        <translation>最近備份：{when}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="125" />
        <source>No backup yet</source>
        <translation>尚無備份</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="130" />
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="61" />
        <location filename="../../smugdesk/ui/backups.py" line="140" />
        <location filename="../../smugdesk/ui/backups.py" line="148" />
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="46" />
        <source>A backup can take its place: the damaged file is kept beside it, never deleted.</source>
        <translation>可以用備份取代它：已損壞的檔案保留在旁邊，絕不刪除。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="52" />
        <source>Restore from a backup...</source>
        <translation>從備份還原...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="63" />
        <location filename="../../smugdesk/ui/backups.py" line="142" />
        <source>smugdesk backups (*.sqlite)</source>
        <translation>smugdesk 備份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="69" />
        <source>Restoring {file}...</source>
        <translation>正在還原 {file}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="82" />
        <source>Restored {db} from {backup}. The damaged database is kept as {aside}.</source>
        <translation>已從 {backup} 還原 {db}。已損壞的資料庫保留為 {aside}。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="150" />
        <source>Put the backup {backup} in place of {db}? The database as it is now is kept beside it under another name, never deleted. What was saved after the backup was made is not in it.</source>
        <translation>用備份 {backup} 取代 {db}？現在的資料庫會以另一個名稱保存在旁邊，絕不刪除。備份之後儲存的內容不在備份裡。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="167" />
        <source>Backing up...</source>
        <translation>正在備份...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="171" />
        <source>Backing up: {stage}</source>
        <translation>正在備份：{stage}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="176" />
        <source>Not backed up</source>
        <translation>未能備份</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="189" />
        <source>Backing up before closing...</source>
        <translation>關閉前正在備份...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/backups.py" line="194" />
        <source>Backing up before closing: {stage}</source>
        <translation>關閉前正在備份：{stage}</translation>
    </message>
</context>
<context>
    <name>BustForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="49" />
        <source>Gang bust</source>
        <translation>打擊團夥行動</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="51" />
        <source>Gang</source>
        <translation>團夥</translation>
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
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="60" />
        <source>Arrested</source>
        <translation>抓獲人數</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="70" />
        <source>Total arrested: {n}</source>
        <translation>抓獲合計：{n}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="67" />
        <source>Add row</source>
        <translation>新增一行</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="68" />
        <source>Remove row</source>
        <translation>刪除一行</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="74" />
        <source>Persons found in this operation...</source>
        <translation>本次行動查獲人員...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="64" />
        <source>Organizers arrested by role (director, recruiter, transporter, harbourer, forger, other) and origin</source>
        <translation>按角色（指揮、招募、運送、窩藏、偽造證件、其他）和來源統計抓獲組織者</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="114" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未儲存：請修正標紅的欄位。</translation>
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
        <translation>案件編號</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="143" />
        <source>Opened on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="144" />
        <source>Cracked</source>
        <translation>已破獲</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="146" />
        <source>Cracked on</source>
        <translation>破獲日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="152" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/other_forms.py" line="156" />
        <source>Agency</source>
        <translation>單位</translation>
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
        <translation>查獲記錄</translation>
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
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="66" />
        <source>Persons</source>
        <translation>人數</translation>
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
        <translation>新增國籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="74" />
        <source>Remove row</source>
        <translation>刪除一行</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="72" />
        <source>Head counts by nationality (code or name)</source>
        <translation>按國籍統計人數（代碼或名稱）</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="86" />
        <source>Total: {persons} persons, {male} male, {female} female, {minors} minors</source>
        <translation>合計：{persons}人，男{male}，女{female}，未成年{minors}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/catch_form.py" line="143" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未儲存：請修正標紅的欄位。</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="133" />
        <source>Keep the selected value</source>
        <translation>保留所選的值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="139" />
        <source>or type a new value</source>
        <translation>或輸入新值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="140" />
        <source>Use this value</source>
        <translation>使用此值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="162" />
        <source>Records with conflicts to decide: {n}</source>
        <translation>待決定衝突的記錄：{n}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="164" />
        <source>No conflicts between stations.</source>
        <translation>站點之間沒有衝突。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="194" />
        <source>{field}: {problem}. Open the record and correct it.</source>
        <translation>{field}：{problem}。請開啟記錄加以更正。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="201" />
        <source>Open the record to change its key, or wait for the next bundle.</source>
        <translation>請開啟記錄修改其編號，或等待下一個資料包。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="203" />
        <source>Choose the value to keep: the decision goes to the other stations.</source>
        <translation>請選擇要保留的值：該決定會傳給其他站點。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="225" />
        <location filename="../../smugdesk/ui/conflicts_view.py" line="230" />
        <source>Not decided</source>
        <translation>未決定</translation>
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
        <translation>行動至今</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="53" />
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="63" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="173" />
        <source>No earlier period to compare with</source>
        <translation>沒有更早的時期可供對比</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="200" />
        <source>Persons caught</source>
        <translation>抓獲人數</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="209" />
        <source>Persons caught by month</source>
        <translation>每月抓獲人數</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/dashboard.py" line="241" />
        <source>Persons caught by region of origin</source>
        <translation>按來源地區統計抓獲人數</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="117" />
        <source>Encrypt database</source>
        <translation>加密資料庫</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="120" />
        <source>{path} will be encrypted (SQLCipher, AES-256). Each user's own password will open it; the others must choose a new password at their next login. Give your password to go on.</source>
        <translation>{path} 將被加密（SQLCipher，AES-256）。每位使用者以自己的密碼開啟它；除您以外，其他人下次登入時須選擇新密碼。請輸入您的密碼以繼續。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="126" />
        <source>{path} will be encrypted (SQLCipher, AES-256) and open only with the passphrase you choose here. Without it, or the recovery key shown next, nobody can read it, you included.</source>
        <translation>{path} 將被加密（SQLCipher，AES-256），只能用您在此選定的通關密語開啟。沒有它或接下來顯示的復原金鑰，任何人都無法讀取，包括您自己。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="138" />
        <location filename="../../smugdesk/ui/encryption.py" line="153" />
        <source>Your password</source>
        <translation>您的密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="141" />
        <source>at least {n} characters</source>
        <translation>至少 {n} 個字元</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="143" />
        <location filename="../../smugdesk/ui/encryption.py" line="154" />
        <source>Passphrase</source>
        <translation>通關密語</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="144" />
        <source>Passphrase again</source>
        <translation>再次輸入通關密語</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="145" />
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="161" />
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的通關密語不同。</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="22" />
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="23" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="25" />
        <source>Agency</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="28" />
        <source>Assisting agencies</source>
        <translation>協助單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="30" />
        <source>agency codes separated by ;</source>
        <translation>單位代碼，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="31" />
        <source>Province</source>
        <translation>省區</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="32" />
        <source>Place</source>
        <translation>地點</translation>
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
        <translation>新聞稿說明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/event.py" line="39" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="203" />
        <source>Export workbook</source>
        <translation>匯出活頁簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="204" />
        <source>Exporting to {name}...</source>
        <translation>正在匯出到 {name}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="206" />
        <source>{sheet}: {n} rows written...</source>
        <translation>{sheet}：已寫入 {n} 列...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="223" />
        <source>Exported: {rows}</source>
        <translation>已匯出：{rows}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="192" />
        <source>Protect this database with user accounts</source>
        <translation>以用戶帳戶保護此資料庫</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="194" />
        <source>Create the administrator of {path}. From then on everyone logs in, every change is recorded under their name, and each role may do only its part. This cannot be undone.</source>
        <translation>為 {path} 建立管理員。此後每個人都須登入，每項修改都記在其名下，每個角色只能做其分內之事。此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="205" />
        <source>at least {n} characters</source>
        <translation>至少 {n} 個字元</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="206" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="207" />
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="208" />
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="209" />
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="211" />
        <source>Create administrator</source>
        <translation>建立管理員</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="214" />
        <source>Not now</source>
        <translation>暫不</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="221" />
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="173" />
        <source>History of {key}</source>
        <translation>{key} 的歷史</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="197" />
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="198" />
        <source>Where each value came from</source>
        <translation>各項值的來源</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="225" />
        <source>Hub</source>
        <translation>中心庫</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="234" />
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="235" />
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="236" />
        <source>Waiting to go</source>
        <translation>待發送</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="237" />
        <source>Last attempt</source>
        <translation>上次嘗試</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="238" />
        <source>Choose connection file...</source>
        <translation>選擇連線檔案...</translation>
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
        <translation>未選擇中心庫：本工作站只用資料包交換。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="262" />
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="265" />
        <source>{n} of this station's changes</source>
        <translation>本工作站的 {n} 項變更</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="268" />
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="275" />
        <source>Hub connection file</source>
        <translation>中心庫連線檔案</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="277" />
        <source>smugdesk hub connections (*.smughub);;All files (*)</source>
        <translation>smugdesk 中心庫連線 (*.smughub);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="286" />
        <source>Not synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="289" />
        <source>{pushed} changes pushed, {pulled} pulled</source>
        <translation>推送 {pushed} 項變更，拉取 {pulled} 項</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="110" />
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="112" />
        <source>Hub away</source>
        <translation>中心庫無法連線</translation>
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
        <translation>中心庫：已於 {when} 同步</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="118" />
        <source>, {n} waiting</source>
        <translation>，{n} 項待發</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/hub_sync.py" line="120" />
        <source>, publications revised: {n}</source>
        <translation>，已被修訂的發佈：{n}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="135" />
        <source>Import workbook</source>
        <translation>匯入活頁簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="138" />
        <source>Importing {name}...</source>
        <translation>正在匯入 {name}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="141" />
        <source>Reading and checking every row...</source>
        <translation>正在讀取並檢查每一列...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="142" />
        <source>Writing...</source>
        <translation>正在寫入...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="143" />
        <source>Agencies written.</source>
        <translation>單位已寫入。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="144" />
        <source>Cases written.</source>
        <translation>案件已寫入。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="145" />
        <source>Catches written.</source>
        <translation>查獲記錄已寫入。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="146" />
        <source>Gang busts written.</source>
        <translation>打擊團夥行動已寫入。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="160" />
        <source>Imported {n} rows.</source>
        <translation>已匯入 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="165" />
        <source>{kind}: {a} added, {c} updated, {u} unchanged</source>
        <translation>{kind}：新增 {a}，更新 {c}，未變 {u}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="179" />
        <source>The workbook was refused; nothing was imported. {n} problem(s):</source>
        <translation>活頁簿被拒絕，未匯入任何內容。共 {n} 個問題：</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="185" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="185" />
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="185" />
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="185" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="192" />
        <source>Copy problems</source>
        <translation>複製問題列表</translation>
    </message>
</context>
<context>
    <name>LineGrid</name>
    <message>
        <location filename="../../smugdesk/ui/forms/grid.py" line="290" />
        <source>Row {row}, {field}: {message}</source>
        <translation>第{row}列，{field}：{message}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="266" />
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="269" />
        <source>Log in as someone else...</source>
        <translation>以其他用戶登入...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="277" />
        <source>Enter your password to go on where you left off.</source>
        <translation>輸入密碼，從離開處繼續。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="289" />
        <source>Locked — {user}</source>
        <translation>已鎖定 — {user}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="97" />
        <source>smugdesk — log in</source>
        <translation>smugdesk — 登入</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="95" />
        <source>{path} has user accounts. Log in to work in it.</source>
        <translation>{path} 設有用戶帳戶。請登入後使用。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="93" />
        <source>{path} is encrypted and has user accounts. Log in to open it.</source>
        <translation>{path} 已加密並設有使用者帳戶。請登入以開啟它。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="103" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="104" />
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="105" />
        <source>Log in</source>
        <translation>登入</translation>
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
        <translation>查獲記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="92" />
        <source>Gang busts</source>
        <translation>打擊團夥行動</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="93" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="94" />
        <source>Agencies</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="96" />
        <source>Dashboard</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="109" />
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="114" />
        <source>Publications</source>
        <translation>發佈記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="119" />
        <source>Users</source>
        <translation>用戶</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="123" />
        <source>Audit</source>
        <translation>審計</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="170" />
        <source>smugdesk — {path} — {user} ({role})</source>
        <translation>smugdesk — {path} — {user}（{role}）</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="181" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="182" />
        <source>&amp;Records</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="183" />
        <source>Re&amp;ports</source>
        <translation>報告(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="184" />
        <source>&amp;Account</source>
        <translation>帳戶(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="185" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="205" />
        <source>New database...</source>
        <translation>新增資料庫...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="211" />
        <source>Open database...</source>
        <translation>開啟資料庫...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="218" />
        <source>Import workbook...</source>
        <translation>匯入活頁簿...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="221" />
        <source>Export workbook...</source>
        <translation>匯出活頁簿...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="226" />
        <source>Write a bundle...</source>
        <translation>寫資料包...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="232" />
        <source>Merge bundles...</source>
        <translation>合併資料包...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="236" />
        <source>Hub...</source>
        <translation>中心庫...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="242" />
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="249" />
        <source>Backup folder...</source>
        <translation>備份資料夾...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="255" />
        <source>Restore from a backup...</source>
        <translation>從備份還原...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="258" />
        <source>Encrypt database...</source>
        <translation>加密資料庫...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="261" />
        <source>Decrypt database...</source>
        <translation>解密資料庫...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="264" />
        <source>New recovery key...</source>
        <translation>新的復原金鑰...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="268" />
        <source>Blank template...</source>
        <translation>空白範本...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="272" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="280" />
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="287" />
        <source>New catch</source>
        <translation>新增查獲記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="294" />
        <source>New gang bust</source>
        <translation>新增打擊團夥行動</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="301" />
        <source>New case</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="308" />
        <source>New agency</source>
        <translation>新增單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="316" />
        <source>Delete selected record</source>
        <translation>刪除所選記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="326" />
        <source>Summary report...</source>
        <translation>匯總報告...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="329" />
        <source>About smugdesk</source>
        <translation>關於 smugdesk</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="330" />
        <location filename="../../smugdesk/ui/main_window.py" line="481" />
        <source>The data standard</source>
        <translation>數據標準</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="358" />
        <source>Delete record</source>
        <translation>刪除記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="360" />
        <source>Delete this record? It leaves every list and figure; the audit trail keeps it.</source>
        <translation>刪除此記錄？它將從所有列表和統計中移除，審計記錄仍會保留。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="370" />
        <location filename="../../smugdesk/ui/main_window.py" line="375" />
        <source>Not deleted</source>
        <translation>未刪除</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="382" />
        <source>Import workbook</source>
        <translation>匯入活頁簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="382" />
        <location filename="../../smugdesk/ui/main_window.py" line="393" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="393" />
        <source>Export workbook</source>
        <translation>匯出活頁簿</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="411" />
        <location filename="../../smugdesk/ui/main_window.py" line="421" />
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="450" />
        <source>Close the open dialogs first, then try again.</source>
        <translation>請先關閉開啟的對話方塊，然後再試。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="473" />
        <source>Data standard v{version}: one sheet per record kind; the first row holds the column names. Required columns are marked *.</source>
        <translation>數據標準第{version}版：每類記錄一個工作表，第一行為欄名。必填欄標有 *。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="553" />
        <source>Decrypt database</source>
        <translation>解密資料庫</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="555" />
        <source>Decrypt {path}? It becomes a plain SQLite file that anyone with the file can read, and its key file is removed.</source>
        <translation>要解密 {path} 嗎？它將成為普通的 SQLite 檔案，任何拿到檔案的人都能讀取，其金鑰檔也會被刪除。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="565" />
        <source>New recovery key</source>
        <translation>新的復原金鑰</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="566" />
        <source>Make a new recovery key? The old one will no longer open the database.</source>
        <translation>要產生新的復原金鑰嗎？舊的將不再能開啟資料庫。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="594" />
        <source>Log in as someone else</source>
        <translation>以其他用戶登入</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="596" />
        <source>{n} open forms of {user} have changes that are not saved. Discard them and log in as someone else?</source>
        <translation>{user} 有 {n} 個開啟的表單含未儲存的修改。放棄這些修改並以其他用戶登入？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="407" />
        <source>smugdesk databases (*.sqlite)</source>
        <translation>smugdesk 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="422" />
        <source>{path} already exists. Use Open database to work in it.</source>
        <translation>{path} 已經存在。請用「開啟資料庫」在其中工作。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="428" />
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/main_window.py" line="492" />
        <source>{path} · {catch} catches · {bust} gang busts · {case} cases · {agency} agencies</source>
        <translation>{path} · 查獲 {catch} · 打擊團夥 {bust} · 案件 {case} · 單位 {agency}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="62" />
        <source>smugdesk — encrypted database</source>
        <translation>smugdesk — 加密資料庫</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="63" />
        <source>{path} is encrypted. Give its passphrase to open it.</source>
        <translation>{path} 已加密。請輸入其通關密語以開啟它。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="70" />
        <source>Passphrase</source>
        <translation>通關密語</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="72" />
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="75" />
        <source>Use the recovery key</source>
        <translation>改用復原金鑰</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="86" />
        <source>Give the recovery key of {path}, as it was written down.</source>
        <translation>請輸入 {path} 的復原金鑰（照抄下的寫）。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="90" />
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="147" />
        <source>An administrator reset your password, or the database was encrypted: choose a new one.</source>
        <translation>管理員重設了您的密碼，或資料庫已加密：請選擇新密碼。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="153" />
        <source>Change password</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="158" />
        <location filename="../../smugdesk/ui/login.py" line="181" />
        <source>Current password</source>
        <translation>目前密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="159" />
        <location filename="../../smugdesk/ui/login.py" line="182" />
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="160" />
        <source>New password again</source>
        <translation>再次輸入新密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="161" />
        <source>at least {n} characters</source>
        <translation>至少 {n} 個字元</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="162" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="170" />
        <source>The two new passwords differ.</source>
        <translation>兩次輸入的新密碼不一致。</translation>
    </message>
</context>
<context>
    <name>PublicationsView</name>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="215" />
        <source>Nothing published yet: publish a summary report's figures from it.</source>
        <translation>尚無發佈：可在匯總報告中發佈其數字。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="217" />
        <source>Checking {n} publications against the records as they are now...</source>
        <translation>正在按目前記錄核對 {n} 份發佈……</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="222" />
        <source>Revised since publication: {n} of {total}.</source>
        <translation>發佈後已被修訂：{total} 份中的 {n} 份。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="224" />
        <source>The records still give the figures of all {total} publications.</source>
        <translation>目前記錄仍得出全部 {total} 份發佈的數字。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="236" />
        <source>Through the records: {records}</source>
        <translation>涉及的記錄：{records}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="73" />
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="76" />
        <source>Save (Ctrl+S)</source>
        <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="78" />
        <source>Save and next</source>
        <translation>儲存並新增下一筆</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="81" />
        <source>Save and start the next (Ctrl+Shift+S)</source>
        <translation>儲存並新增下一筆 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="209" />
        <source>Approved by {by} on {on}: locked. A supervisor can unlock it (Records &gt; Unlock record) before it changes.</source>
        <translation>已由 {by} 於 {on} 審批並鎖定。須由主管解鎖（記錄 &gt; 解鎖記錄）後才能修改。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="249" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未儲存：請修正標紅的欄位。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="271" />
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="288" />
        <source>Unsaved changes</source>
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/forms/base.py" line="289" />
        <source>This form has changes that are not saved. Save them?</source>
        <translation>此表單有未儲存的更改。是否儲存？</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="129" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="137" />
        <source>All agencies</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="142" />
        <source>All jurisdictions</source>
        <translation>全部轄區</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="149" />
        <source>All nationalities</source>
        <translation>全部國籍</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="155" />
        <source>Search place, notes, press notes</source>
        <translation>搜尋地點、備註、新聞稿說明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="158" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="161" />
        <source>Not yet approved</source>
        <translation>尚未審批</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="201" />
        <source>Not shown</source>
        <translation>無法顯示</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/record_list.py" line="231" />
        <source>{n} records</source>
        <translation>{n} 筆記錄</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="184" />
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="187" />
        <source>This recovery key opens the database when every password is lost. It is shown only now: write it down and keep it apart from this computer.</source>
        <translation>所有密碼都遺失時，這個復原金鑰可以開啟資料庫。它只在此刻顯示：請抄下來，並與這台電腦分開保管。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="202" />
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/encryption.py" line="205" />
        <source>I have written the recovery key down</source>
        <translation>我已抄下復原金鑰</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="53" />
        <source>Summary report</source>
        <translation>匯總報告</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="65" />
        <source>Compare with another period</source>
        <translation>與其他期間對比</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="86" />
        <source>Default title</source>
        <translation>預設標題</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="92" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="98" />
        <source>Comparison</source>
        <translation>對比期間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="99" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="100" />
        <location filename="../../smugdesk/ui/report_dialog.py" line="179" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="101" />
        <source>Count approved records only</source>
        <translation>僅計已審批的記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="104" />
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="117" />
        <source>Print...</source>
        <translation>列印...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="119" />
        <source>Save PDF...</source>
        <translation>儲存 PDF...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="121" />
        <source>Save Excel...</source>
        <translation>儲存 Excel...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="123" />
        <source>Publish...</source>
        <translation>發佈...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="126" />
        <source>Keep these figures as published: you are told later if records revise them.</source>
        <translation>把這些數據保存為已發佈：日後記錄若有修訂會提示。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="135" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="188" />
        <source>Generating...</source>
        <translation>正在產生...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="206" />
        <source>{pages} pages.</source>
        <translation>共 {pages} 頁。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="214" />
        <source>The report could not be made: {error}</source>
        <translation>無法產生報告：{error}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="232" />
        <source>Not published</source>
        <translation>未發佈</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="236" />
        <source>Published as {id}: you will be told if merged records revise it.</source>
        <translation>已發佈，編號 {id}：合併的記錄若修訂它會提示。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="247" />
        <source>Published {at} by {user}, with other figures:</source>
        <translation>{at} 由 {user} 發佈，數據不同：</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="255" />
        <source>Publish again?</source>
        <translation>再次發佈？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="256" />
        <source>This period was published before.</source>
        <translation>此期間以前已發佈過。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="260" />
        <source>Publish these figures as well?</source>
        <translation>也發佈這些數據嗎？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="266" />
        <source>Save report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/report_dialog.py" line="272" />
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="150" />
        <source>Reset the password of {name}</source>
        <translation>重設 {name} 的密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="152" />
        <source>{name} must change this password at their next login. A reset also lifts a lock-out and re-enables a disabled account.</source>
        <translation>{name} 下次登入時必須修改此密碼。重設也會解除鎖定，並重新啟用已停用的帳戶。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="161" />
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="162" />
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="163" />
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="171" />
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="85" />
        <source>Add a user</source>
        <translation>新增用戶</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="87" />
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="100" />
        <source>(all agencies)</source>
        <translation>（全部單位）</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="103" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="104" />
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="105" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="106" />
        <source>Agency</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="110" />
        <source>First password</source>
        <translation>初始密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="111" />
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="118" />
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="136" />
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="194" />
        <source>Add...</source>
        <translation>新增...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="195" />
        <source>Change...</source>
        <translation>修改...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="196" />
        <source>Reset password...</source>
        <translation>重設密碼...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="197" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="210" />
        <source>Account settings</source>
        <translation>帳戶設定</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="222" />
        <source>Save settings</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="253" />
        <source>Disable user</source>
        <translation>停用用戶</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="255" />
        <source>Disable {name}? They can no longer log in; their records keep their name.</source>
        <translation>停用 {name}？其將不能再登入；其記錄仍保留其名稱。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="263" />
        <source>Not disabled</source>
        <translation>未能停用</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="271" />
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="119" />
        <source>Failed: {error}. Nothing was changed.</source>
        <translation>失敗：{error}。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="100" />
        <source>This database is empty.</source>
        <translation>此資料庫為空。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="102" />
        <source>Load the demo campaign (2015-2017) to look around, or start empty?</source>
        <translation>載入示範行動資料（2015-2017）以便熟悉，還是從空資料庫開始？</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="107" />
        <source>Load the demo</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="109" />
        <source>Start empty</source>
        <translation>從空資料庫開始</translation>
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
        <translation>正在還原 {file}...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/app.py" line="291" />
        <source>Restored {db} from {backup}. The database as it was is kept as {aside}.</source>
        <translation>已從 {backup} 還原 {db}。原來的資料庫保存為 {aside}。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/failures.py" line="68" />
        <source>Something unexpected went wrong. Your saved records are safe. The details are in {path}.</source>
        <translation>發生意外錯誤。已儲存的記錄是安全的。詳情見 {path}。</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="46" />
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="47" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="48" />
        <source>User</source>
        <translation>用戶</translation>
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
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/audit_view.py" line="52" />
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="41" />
        <location filename="../../smugdesk/ui/bundles.py" line="58" />
        <location filename="../../smugdesk/ui/bundles.py" line="66" />
        <source>Write a bundle</source>
        <translation>寫資料包</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="43" />
        <location filename="../../smugdesk/ui/bundles.py" line="83" />
        <source>smugdesk bundles (*.smugbundle)</source>
        <translation>smugdesk 資料包 (*.smugbundle)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="53" />
        <source>Wrote {file}: {changes} changes.</source>
        <translation>已寫入 {file}：{changes} 項變更。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="81" />
        <location filename="../../smugdesk/ui/bundles.py" line="131" />
        <location filename="../../smugdesk/ui/bundles.py" line="137" />
        <source>Merge bundles</source>
        <translation>合併資料包</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="108" />
        <source>{file}: {added} new changes from station {station}.</source>
        <translation>{file}：來自站點 {station} 的新變更 {added} 項。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="114" />
        <source>First bundle from {station}: its key {fingerprint} is now pinned.</source>
        <translation>首次收到 {station} 的資料包：其金鑰 {fingerprint} 現已固定。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="123" />
        <source>Records with conflicts to decide: {n} (see Conflicts).</source>
        <translation>待決定衝突的記錄：{n}（見「衝突」）。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/bundles.py" line="127" />
        <source>No conflicts between stations.</source>
        <translation>站點之間沒有衝突。</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="32" />
        <source>changed at two stations at once</source>
        <translation>在兩個站點被同時修改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="33" />
        <source>deleted at one station while changed at another</source>
        <translation>在一個站點被刪除，同時在另一站點被修改</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="36" />
        <source>another record has the same key</source>
        <translation>另一筆記錄的編號相同</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="37" />
        <source>breaks a rule once merged</source>
        <translation>合併後違反規則</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="38" />
        <source>refers to a record not received yet</source>
        <translation>引用了尚未收到的記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="47" />
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="48" />
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="49" />
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="75" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="76" />
        <source>Station</source>
        <translation>站點</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="77" />
        <source>User</source>
        <translation>用戶</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="78" />
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="79" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="80" />
        <source>Standing now</source>
        <translation>目前暫用</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="103" />
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/conflicts_view.py" line="105" />
        <source>not deleted</source>
        <translation>未刪除</translation>
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
        <translation>發生了意外錯誤（詳細資訊見 {path}）</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="57" />
        <source>Catch</source>
        <translation>查獲記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="58" />
        <source>Gang bust</source>
        <translation>打擊團夥行動</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="15" />
        <location filename="../../smugdesk/ui/field_titles.py" line="60" />
        <source>Agency</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="16" />
        <source>Assisting</source>
        <translation>協助單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="17" />
        <source>Province</source>
        <translation>省區</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="18" />
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="19" />
        <source>Persons</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="20" />
        <source>Nationalities</source>
        <translation>國籍</translation>
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
        <translation>團夥</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="25" />
        <source>Broken up</source>
        <translation>已打掉</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="26" />
        <source>Arrested</source>
        <translation>抓獲人數</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="27" />
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="28" />
        <source>Cracked</source>
        <translation>已破獲</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="29" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="30" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="31" />
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="32" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="33" />
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="34" />
        <source>Jurisdiction</source>
        <translation>轄區</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="35" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="36" />
        <source>Approved</source>
        <translation>已審批</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="37" />
        <source>Head counts</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="38" />
        <source>Arrests</source>
        <translation>抓獲情況</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="39" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="40" />
        <source>Press note</source>
        <translation>新聞稿說明</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="41" />
        <source>Notes</source>
        <translation>備註</translation>
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
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/field_titles.py" line="47" />
        <source>Deleted</source>
        <translation>已刪除</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="64" />
        <location filename="../../smugdesk/ui/history.py" line="131" />
        <source>User</source>
        <translation>用戶</translation>
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
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="84" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="85" />
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="129" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="130" />
        <source>Station</source>
        <translation>站點</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="132" />
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/history.py" line="146" />
        <source>(in conflict)</source>
        <translation>（存在衝突）</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="234" />
        <source>Blank template</source>
        <translation>空白範本</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="236" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/workbook_dialogs.py" line="244" />
        <source>Not written</source>
        <translation>未寫入</translation>
    </message>
</context>
<context>
    <name>publications</name>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="39" />
        <source>The figures published for {start} to {end} are revised by what arrived: {n} changed (see Publications).</source>
        <translation>{start} 至 {end} 已發佈的數字被新到的記錄修訂：{n} 項有變化（見「發佈記錄」）。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="51" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="52" />
        <source>Published</source>
        <translation>發佈時間</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="53" />
        <source>By</source>
        <translation>發佈人</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="54" />
        <source>Station</source>
        <translation>站點</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="55" />
        <source>Figures now</source>
        <translation>目前數字</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="70" />
        <source>checking...</source>
        <translation>核對中……</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="72" />
        <source>the same as published</source>
        <translation>與發佈時相同</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="73" />
        <source>revised: {n} figures changed</source>
        <translation>已修訂：{n} 項數字有變化</translation>
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
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="102" />
        <source>As published</source>
        <translation>發佈時</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/publications_view.py" line="103" />
        <source>Now</source>
        <translation>現在</translation>
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
        <translation>正在為此版本的 smugdesk 升級 {file}。此操作只進行一次，大型資料庫可能需要約一分鐘；您的記錄會全部保留。</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="237" />
        <location filename="../../smugdesk/ui/users_view.py" line="53" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="238" />
        <location filename="../../smugdesk/ui/users_view.py" line="54" />
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/login.py" line="239" />
        <source>Password</source>
        <translation>密碼</translation>
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
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="33" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="35" />
        <source>active</source>
        <translation>在職</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="39" />
        <source>locked until {until}</source>
        <translation>鎖定至 {until}</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="44" />
        <source>must change password</source>
        <translation>須修改密碼</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/users_view.py" line="57" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="41" />
        <source>Approve selected records</source>
        <translation>審批所選記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="47" />
        <source>Approve every record shown...</source>
        <translation>審批列表中的全部記錄...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="51" />
        <source>Unlock record...</source>
        <translation>解鎖記錄...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="58" />
        <source>Record history...</source>
        <translation>記錄歷史...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="83" />
        <source>Approve records</source>
        <translation>審批記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="85" />
        <source>Approve every record the list shows ({n})? Approved records are locked until a supervisor unlocks them.</source>
        <translation>審批列表顯示的全部記錄（{n} 條）？已審批的記錄將被鎖定，直至主管解鎖。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="95" />
        <source>Not approved</source>
        <translation>未能審批</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="97" />
        <source>{n} records approved.</source>
        <translation>已審批 {n} 條記錄。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="110" />
        <source>Unlock record</source>
        <translation>解鎖記錄</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="111" />
        <source>Why must this approved record change? The reason is kept in the audit.</source>
        <translation>為何必須修改這條已審批的記錄？理由會保存在審計日誌中。</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="118" />
        <source>Not unlocked</source>
        <translation>未能解鎖</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="141" />
        <source>Set up user accounts...</source>
        <translation>設定用戶帳戶...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="149" />
        <source>Change password...</source>
        <translation>修改密碼...</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="152" />
        <source>Lock now</source>
        <translation>立即鎖定</translation>
    </message>
    <message>
        <location filename="../../smugdesk/ui/account_actions.py" line="153" />
        <source>Log in as someone else...</source>
        <translation>以其他用戶登入...</translation>
    </message>
</context>
</TS>