<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Phrases (one per line)</source>
        <translation>用语（每行一条）</translation>
    </message>
</context>
<context>
    <name>CurtPhrasesPage</name>
    <message>
        <source>Phrase to avoid</source>
        <translation>应避免的说法</translation>
    </message>
    <message>
        <source>Suggested wording</source>
        <translation>建议说法</translation>
    </message>
    <message>
        <source>Add row (Ctrl+Shift+N)</source>
        <translation>添加一行 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Remove row (Ctrl+Shift+Del)</source>
        <translation>删除一行 (Ctrl+Shift+Del)</translation>
    </message>
</context>
<context>
    <name>Etiquette</name>
    <message>
        <source>Etiquette</source>
        <translation>服务礼仪</translation>
    </message>
    <message>
        <source>This is for shift leaders. Please ask your shift leader.</source>
        <translation>此功能供值班长使用，请联系您的值班长。</translation>
    </message>
    <message>
        <source>Etiquette panel</source>
        <translation>礼仪提示面板</translation>
    </message>
    <message>
        <source>Etiquette scripts (shift leader)…</source>
        <translation>礼仪话术维护（值班长）…</translation>
    </message>
    <message>
        <source>Etiquette figures (supervision)…</source>
        <translation>礼仪考核数据（监督）…</translation>
    </message>
</context>
<context>
    <name>EtiquetteMessages</name>
    <message>
        <source>A phrase category needs at least one phrase (rule 4.3).</source>
        <translation>每类用语至少要有一条（规范 4.3）。</translation>
    </message>
    <message>
        <source>A phrase uses a placeholder that does not exist; use one of those listed below.</source>
        <translation>用语中有不存在的占位符，请使用下方列出的占位符。</translation>
    </message>
    <message>
        <source>A flow needs at least one ticked stage.</source>
        <translation>流程至少要勾选一个环节。</translation>
    </message>
    <message>
        <source>A flow names a stage twice or a stage that does not exist.</source>
        <translation>流程中有重复或不存在的环节。</translation>
    </message>
    <message>
        <source>A suggested wording needs the phrase it replaces.</source>
        <translation>建议说法需要对应一条应避免的说法。</translation>
    </message>
    <message>
        <source>This phrase is listed twice.</source>
        <translation>这条说法重复了。</translation>
    </message>
    <message>
        <source>Each reminder group needs at least one line (rule 3.2.6).</source>
        <translation>每组提醒至少要有一条（规范 3.2.6）。</translation>
    </message>
    <message>
        <source>The last day must not come before the first.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Choose at most one year.</source>
        <translation>最多选择一年。</translation>
    </message>
    <message>
        <source>Morning must begin before afternoon, and afternoon before evening.</source>
        <translation>早上须早于下午，下午须早于晚上。</translation>
    </message>
    <message>
        <source>The night shift must begin at another time than the day shift.</source>
        <translation>夜班的开始时间不能与白班相同。</translation>
    </message>
    <message>
        <source>Enter a time of day as HH:MM, for example 08:00.</source>
        <translation>请按 时:分 输入时间，例如 08:00。</translation>
    </message>
</context>
<context>
    <name>EtiquettePanel</name>
    <message>
        <source>No words to say at this stage.</source>
        <translation>此环节没有需要说的话术。</translation>
    </message>
    <message>
        <source>‹ Back
Alt+PgUp</source>
        <translation>‹ 上一环节
Alt+PgUp</translation>
    </message>
    <message>
        <source>Next stage ›
Alt+PgDown</source>
        <translation>下一环节 ›
Alt+PgDown</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>已复制到剪贴板：%1</translation>
    </message>
    <message>
        <source>No text field is being typed in; copied to the clipboard: %1</source>
        <translation>当前没有正在输入的文本框，已复制到剪贴板：%1</translation>
    </message>
    <message>
        <source>Inserted: %1</source>
        <translation>已插入：%1</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>第 %1/%2 环节</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规范 %1</translation>
    </message>
    <message>
        <source>Form of address (Alt+S):</source>
        <translation>称呼语 (Alt+S)：</translation>
    </message>
    <message>
        <source>Click or %1: insert into the field you are typing in. Copy or Ctrl+%1: copy.</source>
        <translation>单击或按 %1：插入到正在输入的文本框；“复制”或 Ctrl+%1：复制。</translation>
    </message>
    <message>
        <source>Wording to avoid (rule 3.2.6):</source>
        <translation>用语提醒（规范 3.2.6）：</translation>
    </message>
    <message>
        <source>Answer within %1 rings</source>
        <translation>振铃 %1 声内接听</translation>
    </message>
    <message>
        <source>Ringing: ring %1 (answer within %2)</source>
        <translation>正在振铃：第 %1 声（%2 声内接听）</translation>
    </message>
    <message>
        <source>Answered at ring %1</source>
        <translation>第 %1 声接听</translation>
    </message>
    <message>
        <source>Offline: the call's etiquette record waits for the database.</source>
        <translation>数据库连接中断：本次通话的礼仪记录将在恢复后保存。</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Etiquette figures for supervision</source>
        <translation>服务礼仪考核数据</translation>
    </message>
    <message>
        <source>Per &amp;shift</source>
        <translation>按班次(&amp;S)</translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation>查询 (F5)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电数</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>有礼仪记录</translation>
    </message>
    <message>
        <source>Mean rings to answer</source>
        <translation>平均接听振铃声数</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按时接听</translation>
    </message>
    <message>
        <source>Greeting reached</source>
        <translation>完成问候</translation>
    </message>
    <message>
        <source>Farewell reached</source>
        <translation>完成道别</translation>
    </message>
    <message>
        <source>Phrase warnings</source>
        <translation>用语提醒次数</translation>
    </message>
    <message>
        <source>Curt phrases in saved notes</source>
        <translation>记录中的生硬用语</translation>
    </message>
    <message>
        <source>Shares are of the calls recorded by the etiquette panel. Shifts: the shift pattern of the roster; while none is set, day and night as set in the etiquette settings.</source>
        <translation>比例按礼仪面板记录的来电计算。班次按排班表的班次设置划分；未设置时按礼仪设置中的白班/夜班划分。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>day</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>night</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>outside the shift pattern</source>
        <translation>班次时间以外</translation>
    </message>
    <message>
        <source>The figures are for shift leaders.</source>
        <translation>考核数据仅供值班长查看。</translation>
    </message>
    <message>
        <source>The database cannot be reached; try again (F5).</source>
        <translation>无法连接数据库，请稍后重试 (F5)。</translation>
    </message>
    <message>
        <source>No calls in these days.</source>
        <translation>所选日期内没有来电。</translation>
    </message>
    <message>
        <location filename="../../app/ui/etiquette/figures_dialog.py"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移 (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移 (Alt+Down)</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Ticked stages, in order (Space ticks):</source>
        <translation>勾选的环节按顺序执行（空格键勾选）：</translation>
    </message>
</context>
<context>
    <name>PhraseRow</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>PhraseWatcher</name>
    <message>
        <source>“%1” may sound curt or shift responsibility. You could say: %2</source>
        <translation>“%1”听起来生硬或有推卸责任之嫌，可以这样说：%2</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <source>Etiquette scripts</source>
        <translation>服务礼仪话术</translation>
    </message>
    <message>
        <source>What changed (kept in the history)</source>
        <translation>修改说明（记入历史）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Phrases (rule 4.3)</source>
        <translation>礼貌用语（规范 4.3）</translation>
    </message>
    <message>
        <source>Call stages</source>
        <translation>通话环节</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Curt phrases (rule 3.2.6)</source>
        <translation>忌用语（规范 3.2.6）</translation>
    </message>
    <message>
        <source>Reminders (rule 3.2.6)</source>
        <translation>三要三不四个一样（规范 3.2.6）</translation>
    </message>
    <message>
        <source>Times and shifts</source>
        <translation>时间与班次</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Version in force: %1</source>
        <translation>当前使用版本：%1</translation>
    </message>
    <message>
        <source>Version in force: the default shipped with HeatDesk</source>
        <translation>当前使用版本：系统默认话术</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Restore this version (Ctrl+R)</source>
        <translation>恢复此版本 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>没有修改，无需保存。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Times saved.</source>
        <translation>时间已保存。</translation>
    </message>
    <message>
        <source>Choose a version in the list first.</source>
        <translation>请先在列表中选择一个版本。</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>恢复第 %1 版</translation>
    </message>
    <message>
        <source>Only a shift leader may change the scripts.</source>
        <translation>只有值班长可以修改话术。</translation>
    </message>
    <message>
        <source>The database cannot be reached; your edits are kept here, try again in a moment.</source>
        <translation>无法连接数据库；您的修改仍保留在此，请稍后重试。</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked entries.</source>
        <translation>未保存：请修改标出的内容。</translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Phrases (one per line)</source>
        <translation>用语（每行一条）</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <source>“Good morning” (早上好) from</source>
        <translation>“早上好”开始于</translation>
    </message>
    <message>
        <source>“Good afternoon” (下午好) from</source>
        <translation>“下午好”开始于</translation>
    </message>
    <message>
        <source>“Good evening” (晚上好) from</source>
        <translation>“晚上好”开始于</translation>
    </message>
    <message>
        <source>Day shift from</source>
        <translation>白班开始于</translation>
    </message>
    <message>
        <source>Night shift from</source>
        <translation>夜班开始于</translation>
    </message>
    <message>
        <source>While the roster has no shift pattern, the supervision figures group calls into these two shifts; a night belongs to the day it began.</source>
        <translation>排班表未设置班次时，考核数据按这两个班次统计来电；夜班计入其开始的那一天。</translation>
    </message>
</context>
</TS>
