<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AuditWindow</name>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>account number</source>
            <translation>用户编号</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Older events</source>
            <translation>更早的记录(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>导出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>人员(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>工作台(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Order</source>
            <translation>工单(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Customer</source>
            <translation>客户(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>到(&amp;T)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Searching the audit log…</source>
            <translation>正在查询审计日志…</translation>
        </message>
        <message>
            <source>Reading older events…</source>
            <translation>正在读取更早的记录…</translation>
        </message>
        <message>
            <source>%1 events shown; older ones load as you scroll.</source>
            <translation>已显示 %1 条记录；向下滚动可继续加载更早的记录。</translation>
        </message>
        <message>
            <source>%1 events: all that match.</source>
            <translation>共 %1 条记录，已全部显示。</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>工单 %1</translation>
        </message>
        <message>
            <source>Customer %1</source>
            <translation>客户 %1</translation>
        </message>
        <message>
            <source>Staff %1</source>
            <translation>员工 %1</translation>
        </message>
        <message>
            <source>Unknown job number</source>
            <translation>不存在的工号</translation>
        </message>
        <message>
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>logged in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>failed login</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>account locked</source>
            <translation>账号锁定</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>%1 events exported.</source>
            <translation>已导出 %1 条记录。</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <source>refused (no permission)</source>
            <translation>被拒绝（无权限）</translation>
        </message>
    </context>
    <context>
        <name>Cover</name>
        <message>
            <source>HeatDesk is locked</source>
            <translation>HeatDesk 已锁定</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>HeatDesk is locked</source>
            <translation>HeatDesk 已锁定</translation>
        </message>
        <message>
            <source>This desk is locked. %1 (%2), enter your password to go on; everything you typed is kept.</source>
            <translation>工作台已锁定。%1（%2），请输入密码继续；已输入的内容都会保留。</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在核对…</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>The job number or the password is not correct, or the account is locked after too many attempts. Try again, or ask the shift leader to unlock it.</source>
            <translation>工号或密码不正确，或账号因尝试次数过多已被锁定。请重试，或请值班长解锁。</translation>
        </message>
        <message>
            <source>Choose your own password to go on.</source>
            <translation>请先设置您自己的密码。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>An administrator set this password for %1. Choose your own before the desk opens: only you should know it.</source>
            <translation>此密码由管理员为 %1 设置。进入工作台前请设置您自己的密码：密码只应由您本人知道。</translation>
        </message>
        <message>
            <source>Choose a new password. Use a few words that are easy for you to remember and hard for others to guess.</source>
            <translation>请设置新密码。可用几个您容易记住、他人难以猜到的词语。</translation>
        </message>
        <message>
            <source>&amp;Current password</source>
            <translation>当前密码(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;New password</source>
            <translation>新密码(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Repeat new password</source>
            <translation>再次输入新密码(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Change password</source>
            <translation>修改密码(&amp;C)</translation>
        </message>
        <message>
            <source>Changing the password…</source>
            <translation>正在修改密码…</translation>
        </message>
    </context>
    <context>
        <name>ResetDialog</name>
        <message>
            <source>Reset password of %1</source>
            <translation>重置 %1 的密码</translation>
        </message>
        <message>
            <source>&amp;Temporary password</source>
            <translation>临时密码(&amp;T)</translation>
        </message>
        <message>
            <source>Re&amp;peat</source>
            <translation>再次输入(&amp;P)</translation>
        </message>
        <message>
            <source>Tell it to the colleague in person; they must choose their own at the next login.</source>
            <translation>请当面告知该同事；其下次登录时必须设置自己的密码。</translation>
        </message>
    </context>
    <context>
        <name>SecurityMessages</name>
        <message>
            <source>Too short: choose a longer password (a few words are easy to remember and hard to guess).</source>
            <translation>密码过短：请设置更长的密码（几个词语组成的密码容易记住，也难以猜到）。</translation>
        </message>
        <message>
            <source>Too long: at most 128 characters.</source>
            <translation>密码过长：最多 128 个字符。</translation>
        </message>
        <message>
            <source>The password must not contain the job number.</source>
            <translation>密码中不能包含工号。</translation>
        </message>
        <message>
            <source>Choose a password different from the current one.</source>
            <translation>新密码不能与当前密码相同。</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>The current password is not correct.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <source>This is the last active administrator: keep one, or make another administrator first.</source>
            <translation>这是最后一个在用的管理员账号：请保留，或先设置另一名管理员。</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <source>This account is not locked.</source>
            <translation>该账号未被锁定。</translation>
        </message>
        <message>
            <source>Choose a unit from the list.</source>
            <translation>请从列表中选择单位。</translation>
        </message>
        <message>
            <source>Filter by an order or by a customer, not both at once.</source>
            <translation>请按工单或按客户筛选，不能同时按两者。</translation>
        </message>
        <message>
            <source>An order number looks like GD00000012.</source>
            <translation>工单号的格式如 GD00000012。</translation>
        </message>
        <message>
            <source>No customer has this account number.</source>
            <translation>没有该用户编号的客户。</translation>
        </message>
        <message>
            <source>The database cannot be reached; what you typed is kept. Try again.</source>
            <translation>无法连接数据库；已输入的内容已保留。请重试。</translation>
        </message>
        <message>
            <source>Your role may not do this; nothing was changed.</source>
            <translation>您的角色无权执行此操作；未做任何更改。</translation>
        </message>
        <message>
            <source>The password is not correct, or the account is locked after too many attempts (a shift leader can unlock it).</source>
            <translation>密码不正确，或账号因尝试次数过多已被锁定（值班长可以解锁）。</translation>
        </message>
    </context>
    <context>
        <name>StaffForm</name>
        <message>
            <source>Add staff member</source>
            <translation>新增员工</translation>
        </message>
        <message>
            <source>Change staff member</source>
            <translation>修改员工信息</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>&amp;Job number</source>
            <translation>工号(&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>角色(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>单位(&amp;U)</translation>
        </message>
        <message>
            <source>First &amp;password</source>
            <translation>初始密码(&amp;P)</translation>
        </message>
        <message>
            <source>Re&amp;peat</source>
            <translation>再次输入(&amp;E)</translation>
        </message>
        <message>
            <source>The new colleague must change this password at the first login.</source>
            <translation>新同事首次登录时必须修改此密码。</translation>
        </message>
    </context>
    <context>
        <name>StaffWindow</name>
        <message>
            <source>Staff administration</source>
            <translation>员工账号管理</translation>
        </message>
        <message>
            <source>Job number</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号状态</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>新增(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>修改(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>Accounts are deactivated, never deleted: the audit log keeps naming who did what.</source>
            <translation>账号只停用、不删除：审计日志始终能说明谁做了什么。</translation>
        </message>
        <message>
            <source>Select a locked-out colleague and press Unlock (Alt+U).</source>
            <translation>选择被锁定的同事，然后按“解锁”（Alt+U）。</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <source>Failed attempts: %1</source>
            <translation>失败次数：%1</translation>
        </message>
        <message>
            <source>Must change</source>
            <translation>须修改</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>启用(&amp;A)</translation>
        </message>
        <message>
            <source>%1 (first %2)</source>
            <translation>%1（首次 %2）</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <source>Staff administration</source>
            <translation>员工账号管理</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Lock the desk</source>
            <translation>锁定工作台</translation>
        </message>
    </context>
</TS>
