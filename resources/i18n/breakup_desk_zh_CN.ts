<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About Breakup Desk</source>
        <translation>关于 Breakup Desk</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence. Python {python}, Qt {qt}, PySide6 {pyside}.</source>
        <translation>以 MIT 许可证发布。Python {python}，Qt {qt}，PySide6 {pyside}。</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>选择一个库以查看其许可证。</translation>
    </message>
    <message>
        <source>Libraries and fonts included, and their licences:</source>
        <translation>随附的库和字体及其许可证：</translation>
    </message>
    <message>
        <source>(no licence text in its metadata)</source>
        <translation>（其元数据中没有许可证文本）</translation>
    </message>
</context>
<context>
    <name>BreakupWizard</name>
    <message>
        <source>End the relationship — case #{id}</source>
        <translation>终止客户关系 — 个案 #{id}</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>无法打开个案</translation>
    </message>
</context>
<context>
    <name>BusinessCasePanel</name>
    <message>
        <source>Drawing the headline chart…</source>
        <translation>正在绘制主图表…</translation>
    </message>
    <message>
        <source>Write the leadership brief…</source>
        <translation>撰写管理层简报…</translation>
    </message>
    <message>
        <source>The leadership brief</source>
        <translation>管理层简报</translation>
    </message>
    <message>
        <source>A PDF that puts the case as a business problem: these figures and four charts, every incident quoted with its date, the warnings given, and the hash of each piece of evidence.</source>
        <translation>一份以业务问题呈现该个案的 PDF：包含这些数据和四张图表、注明日期的每起事件引文、已发出的警告，以及每项证据的哈希值。</translation>
    </message>
    <message>
        <source>reading the figures</source>
        <translation>正在读取数据</translation>
    </message>
    <message>
        <source>{unit} by {name}; the average customer: {mean}</source>
        <translation>{name} 的{unit}；平均客户：{mean}</translation>
    </message>
    <message numerus="yes">
        <source>the average customer; ranked no. {rank} of %Ln customer(s)</source>
        <translation>
            <numerusform>平均客户的倍数；在 %Ln 位客户中排第 {rank} 名</numerusform>
        </translation>
    </message>
    <message>
        <source>in agent time: {hours} hours, {share} of the team&apos;s</source>
        <translation>客服工时成本：{hours} 小时，占团队的 {share}</translation>
    </message>
    <message numerus="yes">
        <source>agents involved; %Ln handoff(s)</source>
        <translation>
            <numerusform>位客服参与，转接 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln conversation(s)</source>
        <translation>
            <numerusform>（共 %Ln 个会话）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln 项证据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 次警告</numerusform>
        </translation>
    </message>
    <message>
        <source>{items}, {warnings} on record.</source>
        <translation>已记录 {items}，{warnings}。</translation>
    </message>
    <message>
        <source>The case claims:</source>
        <translation>个案主张的理由：</translation>
    </message>
    <message>
        <source>Save the leadership brief</source>
        <translation>保存管理层简报</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>正在撰写简报…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Calibration session</source>
        <translation>校准评审</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建评审</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>查看报告</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>评审：</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Labelling as:</source>
        <translation>标注人：</translation>
    </message>
    <message>
        <source>1 · Fine</source>
        <translation>1 · 正常</translation>
    </message>
    <message>
        <source>2 · Angry (not abusive)</source>
        <translation>2 · 愤怒（非辱骂）</translation>
    </message>
    <message>
        <source>3 · Abusive</source>
        <translation>3 · 辱骂</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Start a session, or pick one to label.</source>
        <translation>新建一个评审，或选择一个进行标注。</translation>
    </message>
    <message>
        <source>#{id} · {when} · {count} messages</source>
        <translation>#{id} · {when} · {count} 条消息</translation>
    </message>
    <message>
        <source>Message {n} of {total} ({done} labelled). Keys: 1 fine, 2 angry, 3 abusive.</source>
        <translation>第 {n} 条，共 {total} 条（已标注 {done} 条）。按键：1 正常，2 愤怒，3 辱骂。</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>近乎完全</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无人</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>评审 #{id}</translation>
    </message>
    <message>
        <source>Labelled by {people}.</source>
        <translation>标注人：{people}。</translation>
    </message>
    <message>
        <source>Do we agree with each other?</source>
        <translation>我们彼此的判断一致吗？</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa {kappa}: {band} agreement (Landis &amp; Koch), over {n} messages everyone labelled.</source>
        <translation>Fleiss kappa 系数 {kappa}：一致性{band}（Landis 与 Koch 标准），基于所有人都标注过的 {n} 条消息。</translation>
    </message>
    <message>
        <source>Abusive to the team, not flagged by the detector</source>
        <translation>团队认为是辱骂，检测器未标记</translation>
    </message>
    <message>
        <source>Flagged by the detector, not abusive to the team</source>
        <translation>检测器已标记，团队认为不是辱骂</translation>
    </message>
    <message>
        <source>The team is split</source>
        <translation>团队意见分歧</translation>
    </message>
    <message>
        <source>The detector against the team</source>
        <translation>检测器与团队的对比</translation>
    </message>
    <message>
        <source>Precision {p}, recall {r}.</source>
        <translation>精确率 {p}，召回率 {r}。</translation>
    </message>
    <message>
        <source>precision {p}, recall {r}</source>
        <translation>精确率 {p}，召回率 {r}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Log a &amp;call…</source>
        <translation>记录通话(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>播放录音(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Block at the helpdesk…</source>
        <translation>在客服系统中屏蔽(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 次警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording {name} ({length}), SHA-256 {sha}</source>
        <translation>录音 {name}（{length}），SHA-256 {sha}</translation>
    </message>
    <message>
        <source>duration unknown</source>
        <translation>时长未知</translation>
    </message>
    <message>
        <source>Add a helpdesk connection first (breakup-desk connect).</source>
        <translation>请先添加客服系统连接（breakup-desk connect）。</translation>
    </message>
    <message>
        <source>Block the customer</source>
        <translation>屏蔽客户</translation>
    </message>
    <message>
        <source>The case&apos;s copies are checked and the customer&apos;s whole history is kept on the case before the helpdesk is asked to block them. Connection:</source>
        <translation>在要求客服系统屏蔽该客户之前，会先核验个案中的副本，并将客户的全部历史保存到个案中。连接：</translation>
    </message>
    <message>
        <source>Keeping the history, then blocking…</source>
        <translation>正在保存历史记录，随后屏蔽…</translation>
    </message>
    <message>
        <source>History kept ({name}, SHA-256 {sha}). {detail}.</source>
        <translation>历史记录已保存（{name}，SHA-256 {sha}）。{detail}。</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Reading the case…</source>
        <translation>正在读取个案…</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Criterion and the evidence behind it</source>
        <translation>理由及其证据</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Backing</source>
        <translation>支持证据</translation>
    </message>
    <message>
        <source>Pattern rule met: incidents {counts} (the policy asks for {minimum}).</source>
        <translation>已满足持续性规则：事件{counts}（政策要求{minimum}）。</translation>
    </message>
    <message>
        <source>Pattern rule not met: incidents {counts} (the policy asks for {minimum}).</source>
        <translation>未满足持续性规则：事件{counts}（政策要求{minimum}）。</translation>
    </message>
    <message>
        <source>Not needed: {categories} skips the ladder.</source>
        <translation>无需满足：{categories} 可跳过警告阶梯。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>pattern rule not met</source>
        <translation>未满足持续性规则</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>无证据</translation>
    </message>
    <message>
        <source>Cannot be claimed: the pattern rule is not met (see below). It is backed by the other criteria&apos;s incidents once they span enough days and conversations.</source>
        <translation>无法主张：未满足持续性规则（见下文）。当其他理由下的事件跨越足够的天数和会话时，此项即由这些事件支持。</translation>
    </message>
    <message>
        <source>Cannot be claimed: no evidence backs it. Add quotes, conversations or files under this criterion from the customer&apos;s page.</source>
        <translation>无法主张：没有证据支持。请在客户页面中，将引文、会话或文件添加到此理由下。</translation>
    </message>
    <message>
        <source>The case is {state}; it claims: {claims}. Claims and evidence can change only in a draft: withdraw the case from review to change them.</source>
        <translation>个案状态为“{state}”；主张的理由：{claims}。只有草稿中的主张和证据才能更改：如需更改，请先将个案从审核中撤回。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Against the average</source>
        <translation>与平均对比</translation>
    </message>
    <message>
        <source>Among all customers</source>
        <translation>在所有客户中</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月</translation>
    </message>
    <message>
        <source>Agents involved</source>
        <translation>参与的客服</translation>
    </message>
    <message>
        <source>Top 20 customers</source>
        <translation>前 20 位客户</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>近 24 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Messages written</source>
        <translation>发送的消息</translation>
    </message>
    <message>
        <source>Conversations opened</source>
        <translation>发起的会话</translation>
    </message>
    <message>
        <source>Messages in their conversations</source>
        <translation>其会话中的消息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Subdomain (acme for acme.zendesk.com)</source>
        <translation>子域名（acme.zendesk.com 填 acme）</translation>
    </message>
    <message>
        <source>Agent&apos;s e-mail</source>
        <translation>客服的电子邮箱</translation>
    </message>
    <message>
        <source>Domain (acme for acme.freshdesk.com)</source>
        <translation>域名（acme.freshdesk.com 填 acme）</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Another API address (optional)</source>
        <translation>其他 API 地址（可选）</translation>
    </message>
    <message>
        <source>Server (imap.gmail.com, outlook.office365.com)</source>
        <translation>服务器（imap.gmail.com、outlook.office365.com）</translation>
    </message>
    <message>
        <source>Port (optional: 993 with TLS, 143 with STARTTLS)</source>
        <translation>端口（可选：TLS 用 993，STARTTLS 用 143）</translation>
    </message>
    <message>
        <source>Mailbox sign-in name</source>
        <translation>邮箱登录名</translation>
    </message>
    <message>
        <source>Folders, comma-separated (optional: INBOX)</source>
        <translation>文件夹，用逗号分隔（可选：INBOX）</translation>
    </message>
    <message>
        <source>Your company&apos;s domains (optional: inferred from the mail)</source>
        <translation>贵公司的域名（可选：从邮件中推断）</translation>
    </message>
    <message>
        <source>CA certificate file (optional, PEM)</source>
        <translation>CA 证书文件（可选，PEM）</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>TLS from the start (port 993)</source>
        <translation>全程 TLS（端口 993）</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS（端口 143）</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>密码或应用专用密码</translation>
    </message>
    <message>
        <source>OAuth access token (XOAUTH2)</source>
        <translation>OAuth 访问令牌（XOAUTH2）</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>密码或令牌</translation>
    </message>
    <message>
        <source>Connect a helpdesk</source>
        <translation>连接客服系统</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>客服系统</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>It works: {who}.</source>
        <translation>连接成功：{who}。</translation>
    </message>
    <message>
        <source>The test failed: {reason}</source>
        <translation>测试失败：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}; the token is kept in the system keyring.</source>
        <translation>已保存 {name}；令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>客服系统</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Volume only (counts first, text later)</source>
        <translation>仅统计数量（先计数，稍后取正文）</translation>
    </message>
    <message>
        <source>Reads every customer&apos;s tickets without their messages: the average and the rank of conversations in a fraction of the time. Zendesk and Freshdesk.</source>
        <translation>读取每位客户的工单但不读取消息正文：只需一小部分时间即可得到会话数的平均值和排名。适用于 Zendesk 和 Freshdesk。</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>{name}: never synced</source>
        <translation>{name}：从未同步</translation>
    </message>
    <message>
        <source>{name}: last sync {time} UTC</source>
        <translation>{name}：上次同步 {time} UTC</translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation>正在测试 {name}…</translation>
    </message>
    <message>
        <source>{name} works: {who}.</source>
        <translation>{name} 连接成功：{who}。</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>Removed {name}; what it imported stays.</source>
        <translation>已移除 {name}；其导入的数据仍保留。</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>将在本页后停止…</translation>
    </message>
    <message>
        <source>{pages} pages, {messages} messages, {rate} messages/s</source>
        <translation>{pages} 页，{messages} 条消息，每秒 {rate} 条</translation>
    </message>
    <message>
        <source>{name}: {conversations} new conversations, {messages} new messages.</source>
        <translation>{name}：新会话 {conversations} 个，新消息 {messages} 条。</translation>
    </message>
    <message>
        <source>{conversations} conversations are counted but have no text yet.</source>
        <translation>有 {conversations} 个会话已计数，但尚无正文。</translation>
    </message>
    <message>
        <source>The abuse scan failed: {reason}</source>
        <translation>辱骂扫描失败：{reason}</translation>
    </message>
    <message>
        <source>Cancelled after {pages} pages; they are kept and the next sync resumes.</source>
        <translation>已在 {pages} 页后取消；这些页面已保留，下次同步将从此处继续。</translation>
    </message>
    <message>
        <source>The sync stopped after {pages} pages: {reason}</source>
        <translation>同步在 {pages} 页后停止：{reason}</translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Opened</source>
        <translation>创建于</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {suggested} suggested</source>
        <translation>已确认 {confirmed}，建议 {suggested}</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>set the company profile first (name and address) in Settings</source>
        <translation>请先在“设置”中填写公司资料（名称和地址）</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Breakup Desk</source>
        <translation>Breakup Desk</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>详细信息见日志：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Backed by: {backing}</source>
        <translation>依据：{backing}</translation>
    </message>
    <message>
        <source>Flag categories: {names}</source>
        <translation>标记类别：{names}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>conversation id</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>author</source>
        <translation>发送者</translation>
    </message>
    <message>
        <source>author email</source>
        <translation>发送者邮箱</translation>
    </message>
    <message>
        <source>is the customer (direction)</source>
        <translation>是否为客户（方向）</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation>映射 {file} 的列</translation>
    </message>
    <message>
        <source>Empty: the usual ones ({values} …)</source>
        <translation>留空：使用常见值（{values} …）</translation>
    </message>
    <message>
        <source>The values of the direction column that mean the customer wrote the row, separated by commas.</source>
        <translation>方向列中表示该行由客户撰写的值，以逗号分隔。</translation>
    </message>
    <message>
        <source>Optional, e.g. %d.%m.%Y %H:%M</source>
        <translation>可选，例如 %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>A strptime pattern, for times the usual forms do not read (day first …).</source>
        <translation>strptime 格式，用于常规格式无法读取的时间（如日期在前…）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{header} (e.g. {sample})</source>
        <translation>{header}（例如 {sample}）</translation>
    </message>
    <message>
        <source>Say which column holds what. The preview shows how the first rows will be read; a row with a problem is set aside at import, with the reason.</source>
        <translation>指明每列的内容。预览显示前几行将如何读取；有问题的行会在导入时被搁置，并附上原因。</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Time format:</source>
        <translation>时间格式：</translation>
    </message>
    <message>
        <source>Customer values:</source>
        <translation>客户取值：</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>另存为方案…</translation>
    </message>
    <message>
        <source>Preview of the first rows ({encoding}, “{delimiter}” between cells):</source>
        <translation>前几行预览（{encoding}，单元格之间以“{delimiter}”分隔）：</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>前几行预览：</translation>
    </message>
    <message>
        <source>(This file has no column {names}.)</source>
        <translation>（此文件没有 {names} 列。）</translation>
    </message>
    <message>
        <source>Still needed: {needs}.</source>
        <translation>仍需指定：{needs}。</translation>
    </message>
    <message>
        <source>Ready: {read} of {total} preview rows read.</source>
        <translation>就绪：已读取 {total} 行预览中的 {read} 行。</translation>
    </message>
    <message>
        <source>{problems} with a problem will be set aside at import (see Problem).</source>
        <translation>其中 {problems} 行有问题，导入时将被搁置（见“问题”列）。</translation>
    </message>
    <message>
        <source>Guess from the header</source>
        <translation>根据表头推测</translation>
    </message>
    <message>
        <source>(Saved profiles: {reason})</source>
        <translation>（已保存的方案：{reason}）</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Profile name, for the next export of this kind:</source>
        <translation>方案名称，供下次导入同类导出文件时使用：</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”, replacing the one saved before.</source>
        <translation>已保存为方案“{name}”，替换了之前保存的同名方案。</translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”.</source>
        <translation>已保存为方案“{name}”。</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>发送者</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <source>Search name, email, organisation…</source>
        <translation>搜索姓名、邮箱、组织…</translation>
    </message>
    <message>
        <source>Has suggested flags</source>
        <translation>有建议标记</translation>
    </message>
    <message>
        <source>Has open case</source>
        <translation>有未结个案</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation>
            <numerusform>{shown} / %Ln 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation>图像和 PDF (*.png *.jpg *.jpeg *.gif *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Confirm flag</source>
        <translation>确认标记</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>驳回标记</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>建立个案</translation>
    </message>
    <message>
        <source>Start the breakup wizard</source>
        <translation>启动终止合作向导</translation>
    </message>
    <message>
        <source>&amp;Add selection to case</source>
        <translation>将所选内容加入个案(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>附加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Click a highlighted passage to confirm or dismiss its flag.</source>
        <translation>点击高亮的段落以确认或驳回其标记。</translation>
    </message>
    <message>
        <source>{category} · {status} · score {score:.2f}</source>
        <translation>{category} · {status} · 分数 {score:.2f}</translation>
    </message>
    <message>
        <source>not enough decisions yet ({n} decided)</source>
        <translation>决定尚不足（已决定 {n} 个）</translation>
    </message>
    <message>
        <source>{share:.0%} confirmed ({confirmed}/{decided})</source>
        <translation>{share:.0%} 已确认（{confirmed}/{decided}）</translation>
    </message>
    <message>
        <source>Open a draft case against this customer</source>
        <translation>针对此客户建立草稿个案</translation>
    </message>
    <message>
        <source>Case #{case} ({state})</source>
        <translation>个案 #{case}（{state}）</translation>
    </message>
    <message>
        <source>Show the case&apos;s evidence</source>
        <translation>显示个案的证据</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先建立个案。</translation>
    </message>
    <message>
        <source>Select words in one of the customer&apos;s messages.</source>
        <translation>请在客户的某条消息中选中文字。</translation>
    </message>
    <message>
        <source>Only the customer&apos;s own words can be quoted.</source>
        <translation>只能引用客户本人的话。</translation>
    </message>
    <message>
        <source>Add the selected words to the case as a quote.</source>
        <translation>将选中的文字作为引文加入个案。</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>为个案附加文件</translation>
    </message>
    <message>
        <source>Breakup Desk</source>
        <translation>Breakup Desk</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>vs average</source>
        <translation>对比平均</translation>
    </message>
    <message>
        <source>Confirmed flags</source>
        <translation>已确认标记</translation>
    </message>
    <message>
        <source>Suggested flags</source>
        <translation>建议标记</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>{n} messages against an average of {mean:.1f}</source>
        <translation>{n} 条消息，平均为 {mean:.1f} 条</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Establish the cause</source>
        <translation>确立理由</translation>
    </message>
    <message>
        <source>Claim the policy&apos;s grounds that the evidence backs. The bar is high: anger at the company is not abuse, and one bad day is not a pattern.</source>
        <translation>主张有证据支持的政策理由。门槛很高：对公司生气不等于辱骂，一次情绪失控也不构成持续行为。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the letter for the executive to sign, or sign it now with a certificate file.</source>
        <translation>保存信函供高管签署，或现在用证书文件签署。</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>Present it as a business problem, with data; then record leadership&apos;s decision.</source>
        <translation>用数据把它作为业务问题呈现，然后记录管理层的决定。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Check the letter, edit its text if you must, and see the page as it will print.</source>
        <translation>检查信函，如有必要可编辑文本，并查看打印效果。</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>What the customer gets back, until when, and how they take their data.</source>
        <translation>客户获得的退款、服务截止日期，以及如何取回其数据。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The warnings already given on the policy&apos;s ladder. Record one here if it was given by phone; slurs and threats of violence skip the ladder.</source>
        <translation>按政策阶梯已发出的警告。如警告是通过电话发出的，请在此记录；歧视性辱骂和暴力威胁可跳过阶梯。</translation>
    </message>
</context>
<context>
    <name>EvidenceBasket</name>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Build the case before you block this customer in your helpdesk: Zendesk deletes spam-marked tickets after 30 days, Intercom archives a blocked person&apos;s messages, Freshdesk deletes the contact. This case keeps its own copy of every message it quotes, with its hash.</source>
        <translation>在客服系统中屏蔽此客户之前，请先建立个案：Zendesk 会在 30 天后删除被标记为垃圾内容的工单，Intercom 会归档被屏蔽用户的消息，Freshdesk 会删除该联系人。本个案会保留其引用的每条消息的副本及哈希值。</translation>
    </message>
    <message>
        <source>&amp;Remove from case</source>
        <translation>从个案中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected item out of the case (Delete)</source>
        <translation>将所选项从个案中移除 (Delete)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>No open case. Open a case to collect evidence.</source>
        <translation>没有未结个案。请建立个案以收集证据。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Case #{case} ({state}) · {items}</source>
        <translation>个案 #{case}（{state}）· {items}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Add quote “{text}”</source>
        <translation>添加引文“{text}”</translation>
    </message>
    <message>
        <source>Add note “{text}”</source>
        <translation>添加备注“{text}”</translation>
    </message>
    <message>
        <source>Attach {text}</source>
        <translation>附加 {text}</translation>
    </message>
    <message>
        <source>Remove “{text}”</source>
        <translation>移除“{text}”</translation>
    </message>
    <message>
        <source>Reorder evidence</source>
        <translation>调整证据顺序</translation>
    </message>
    <message>
        <source>withdraw it from review to change its evidence</source>
        <translation>如需修改证据，请将其撤回审核</translation>
    </message>
    <message>
        <source>its evidence is kept as it was decided</source>
        <translation>其证据按作出决定时的状态保留</translation>
    </message>
    <message>
        <source>Case #{case} is {state}: {hint}.</source>
        <translation>个案 #{case} 状态为“{state}”：{hint}。</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先建立个案。</translation>
    </message>
</context>
<context>
    <name>EvidenceTreeModel</name>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>ALTERED: {text}</source>
        <translation>已被修改：{text}</translation>
    </message>
    <message>
        <source>Notes and other</source>
        <translation>备注及其他</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Version {version}, added by {who}</source>
        <translation>版本 {version}，由 {who} 添加</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>ALTERED since capture: {what}</source>
        <translation>采集后已被修改：{what}</translation>
    </message>
    <message>
        <source>SHA-256 of the attachment at capture: {digest}</source>
        <translation>附件在采集时的 SHA-256：{digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the attachment now: {digest}</source>
        <translation>附件当前的 SHA-256：{digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the message copy at capture: {digest}</source>
        <translation>消息副本在采集时的 SHA-256：{digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the message copy now: {digest}</source>
        <translation>消息副本当前的 SHA-256：{digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence item at capture: {digest}</source>
        <translation>证据项在采集时的 SHA-256：{digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence item now: {digest}</source>
        <translation>证据项当前的 SHA-256：{digest}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&lt;b&gt;What happens next&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Save the PDF and give it to the signatory, or sign it here with their certificate (PAdES). The case moves to &lt;i&gt;letter issued&lt;/i&gt; and every step is in its audit log.&lt;/li&gt;&lt;li&gt;Send the signed letter, then refund the customer as it says.&lt;/li&gt;&lt;li&gt;Only then block the customer in your helpdesk: blocking deletes or archives their messages there. This case keeps its own copy of every message it quotes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;后续步骤&lt;/b&gt;&lt;ol&gt;&lt;li&gt;保存 PDF 并交给签署人，或在此用其证书签署（PAdES）。个案将变为&lt;i&gt;已发函&lt;/i&gt;，每一步都记录在其审计日志中。&lt;/li&gt;&lt;li&gt;发送已签署的信函，然后按信中所述向客户退款。&lt;/li&gt;&lt;li&gt;完成以上步骤后，再在客服系统中屏蔽该客户：屏蔽会删除或归档其在系统中的消息。本个案会保留其引用的每条消息的副本。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Save PDF for signing…</source>
        <translation>保存待签署的 PDF…</translation>
    </message>
    <message>
        <source>Sign now with a certificate…</source>
        <translation>立即用证书签署…</translation>
    </message>
    <message>
        <source>E-mail draft…</source>
        <translation>邮件草稿…</translation>
    </message>
    <message>
        <source>An .eml draft of the signed letter for your mail program, kept on the case</source>
        <translation>已签署信函的 .eml 草稿，供邮件程序使用，保存在个案中</translation>
    </message>
    <message>
        <source>Save the letter or sign it to finish.</source>
        <translation>保存或签署信函即可完成。</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <source>Certificate (PKCS#12)</source>
        <translation>证书 (PKCS#12)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>保存邮件草稿</translation>
    </message>
    <message>
        <source>The e-mail draft is at {path}: open it in your mail program to send it.</source>
        <translation>邮件草稿位于 {path}：请在邮件程序中打开并发送。</translation>
    </message>
    <message>
        <source>The letter for signing is at {path}.</source>
        <translation>待签署的信函位于 {path}。</translation>
    </message>
    <message>
        <source>The signed letter is at {path}; a copy is kept on the case.</source>
        <translation>已签署的信函位于 {path}；个案中保留了一份副本。</translation>
    </message>
    <message>
        <source>The case is now: letter issued.</source>
        <translation>个案状态现为：已发函。</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Zendesk JSON (API responses or NDJSON export)</source>
        <translation>Zendesk JSON（API 响应或 NDJSON 导出）</translation>
    </message>
    <message>
        <source>Help Scout Mailbox API (conversations with threads, customers)</source>
        <translation>Help Scout Mailbox API（含消息串的会话、客户）</translation>
    </message>
    <message>
        <source>Intercom conversations (REST API objects, list pages or NDJSON)</source>
        <translation>Intercom 会话（REST API 对象、列表分页或 NDJSON）</translation>
    </message>
    <message>
        <source>Email archive (mbox, .eml, or a folder of them)</source>
        <translation>电子邮件存档（mbox、.eml 或包含它们的文件夹）</translation>
    </message>
    <message>
        <source>Customer Support on Twitter (TWCS dataset CSV)</source>
        <translation>Customer Support on Twitter（TWCS 数据集 CSV）</translation>
    </message>
    <message>
        <source>Freshdesk API v2 (tickets, conversations, contacts)</source>
        <translation>Freshdesk API v2（工单、会话、联系人）</translation>
    </message>
    <message>
        <source>Freshdesk ticket export (CSV)</source>
        <translation>Freshdesk 工单导出（CSV）</translation>
    </message>
    <message>
        <source>Zendesk CSV (ticket export or a view exported as CSV)</source>
        <translation>Zendesk CSV（工单导出或导出为 CSV 的视图）</translation>
    </message>
    <message>
        <source>Zendesk XML export (tickets, users)</source>
        <translation>Zendesk XML 导出（工单、用户）</translation>
    </message>
    <message>
        <source>Front analytics export (messages or events CSV)</source>
        <translation>Front 分析导出（消息或事件 CSV）</translation>
    </message>
    <message>
        <source>Front Core API (messages, comments, conversations)</source>
        <translation>Front Core API（消息、评论、会话）</translation>
    </message>
    <message>
        <source>Any CSV of messages (with a column mapping)</source>
        <translation>任意消息 CSV（需映射列）</translation>
    </message>
    <message>
        <source>ZIP or gzip archive of exports</source>
        <translation>导出文件的 ZIP 或 gzip 压缩包</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import helpdesk exports</source>
        <translation>导入客服系统导出文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>根据内容检测</translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation>列映射(&amp;L)…</translation>
    </message>
    <message>
        <source>Say which column of a CSV holds what</source>
        <translation>指定 CSV 中每列的内容</translation>
    </message>
    <message>
        <source>Show rejected records…</source>
        <translation>显示被拒记录…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>重新扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Read the imported messages for abuse again</source>
        <translation>重新检查已导入消息中的辱骂内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Choose helpdesk exports</source>
        <translation>选择客服系统导出文件</translation>
    </message>
    <message>
        <source>Exports (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;All files (*)</source>
        <translation>导出文件 (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add the files your helpdesk exported.</source>
        <translation>添加客服系统导出的文件。</translation>
    </message>
    <message>
        <source>Every file will be read as this format.</source>
        <translation>所有文件都将按此格式读取。</translation>
    </message>
    <message>
        <source>{file}: any CSV, with the columns as you mapped them</source>
        <translation>{file}：通用 CSV，按您映射的列读取</translation>
    </message>
    <message>
        <source>{file}: any CSV, columns from its header or a profile (Columns… to check)</source>
        <translation>{file}：通用 CSV，列取自表头或方案（可用“列映射…”检查）</translation>
    </message>
    <message>
        <source>{file}: a CSV whose columns need mapping: choose Columns…</source>
        <translation>{file}：此 CSV 的列需要映射：请选择“列映射…”</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation>，剩余约 {s} 秒</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB, {rate:.1f} MB/s{eta}</source>
        <translation>{done:.1f} / {total:.1f} MB，{rate:.1f} MB/s{eta}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import stopped: {reason}. Files finished before it stay imported.</source>
        <translation>导入已停止：{reason}。此前已完成的文件仍保持导入。</translation>
    </message>
    <message>
        <source>Scanning again…</source>
        <translation>正在重新扫描…</translation>
    </message>
    <message>
        <source>Import cancelled. The database is as it was.</source>
        <translation>导入已取消。数据库保持原样。</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was.</source>
        <translation>未导入任何内容；数据库保持原样。</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <source>Not imported (the files above stay imported):</source>
        <translation>未导入（上述文件仍保持导入）：</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>{file}: not started (cancelled)</source>
        <translation>{file}：未开始（已取消）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln 条新消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conversation(s)</source>
        <translation>
            <numerusform>%Ln 个新会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln 位新客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln 位已合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) rejected</source>
        <translation>
            <numerusform>%Ln 条记录被拒</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} ({format}): {counts}.</source>
        <translation>{file}（{format}）：{counts}。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the new messages have suggested flags to review.</source>
        <translation>
            <numerusform>新消息中有 %Ln 条带有待审核的建议标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, but reading the messages for abuse failed: {reason}. They have no suggested flags yet: press Scan again (here, once the cause is fixed) or run &apos;breakup-desk scan&apos;.</source>
        <translation>已导入，但检查消息中的辱骂内容失败：{reason}。这些消息尚无建议标记：请按“重新扫描”（问题解决后在此处操作），或运行 &apos;breakup-desk scan&apos;。</translation>
    </message>
    <message>
        <source>The imported messages were not read for abuse (the import was cancelled): press Scan again, or run &apos;breakup-desk scan&apos;.</source>
        <translation>已导入的消息未经辱骂检查（导入已取消）：请按“重新扫描”，或运行 &apos;breakup-desk scan&apos;。</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>被拒记录</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>an internal error occurred ({kind}: {error})</source>
        <translation>发生内部错误（{kind}：{error}）</translation>
    </message>
    <message>
        <source>cancelled; nothing of it was kept</source>
        <translation>已取消；该文件的内容均未保留</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>harassment</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <source>hate</source>
        <translation>仇恨言论</translation>
    </message>
    <message>
        <source>sexual harassment</source>
        <translation>性骚扰</translation>
    </message>
    <message>
        <source>threat of violence</source>
        <translation>暴力威胁</translation>
    </message>
    <message>
        <source>threat to the agent&apos;s job</source>
        <translation>威胁客服的工作</translation>
    </message>
    <message>
        <source>threat to expose the agent</source>
        <translation>威胁曝光客服</translation>
    </message>
    <message>
        <source>financial threat</source>
        <translation>财务威胁</translation>
    </message>
    <message>
        <source>legal threat</source>
        <translation>法律威胁</translation>
    </message>
    <message>
        <source>public shaming threat</source>
        <translation>威胁公开羞辱</translation>
    </message>
    <message>
        <source>emotional blackmail</source>
        <translation>情感勒索</translation>
    </message>
    <message>
        <source>profanity</source>
        <translation>脏话</translation>
    </message>
    <message>
        <source>shouting</source>
        <translation>咆哮</translation>
    </message>
    <message>
        <source>demand for a manager</source>
        <translation>要求找主管</translation>
    </message>
    <message>
        <source>harassment language</source>
        <translation>骚扰性语言</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>持续行为</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>letter issued</source>
        <translation>已发函</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>messages written</source>
        <translation>所写消息</translation>
    </message>
    <message>
        <source>conversations opened</source>
        <translation>发起的会话</translation>
    </message>
    <message>
        <source>messages in their conversations</source>
        <translation>其会话中的消息</translation>
    </message>
    <message>
        <source>IMAP mailbox</source>
        <translation>IMAP 邮箱</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation>该步骤的含义</translation>
    </message>
    <message>
        <source>Warning given</source>
        <translation>已发出警告</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未发出</translation>
    </message>
    <message>
        <source>{when} · {channel}
{by}</source>
        <translation>{when} · {channel}
{by}</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <source>A new language applies the next time Breakup Desk starts.</source>
        <translation>新语言将在下次启动 Breakup Desk 时生效。</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>界面语言：</translation>
    </message>
</context>
<context>
    <name>LeadershipPage</name>
    <message>
        <source>Leadership&apos;s decision</source>
        <translation>管理层的决定</translation>
    </message>
    <message>
        <source>Approve: end the relationship</source>
        <translation>批准：终止客户关系</translation>
    </message>
    <message>
        <source>Decline: keep the customer</source>
        <translation>拒绝：保留该客户</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>optional: what was considered, or why declined</source>
        <translation>可选：考虑过的因素，或拒绝的原因</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Were reasonable adjustments for the customer&apos;s disability or circumstances considered?</source>
        <translation>是否已考虑为客户的残障或特殊情况做出合理调整？</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>approver&apos;s name</source>
        <translation>批准人姓名</translation>
    </message>
    <message>
        <source>title, such as COO</source>
        <translation>职务，例如 COO</translation>
    </message>
    <message>
        <source>Approved by {name}, {title}, on {date}.</source>
        <translation>由 {name}（{title}）于 {date} 批准。</translation>
    </message>
    <message>
        <source>Declined by {name}, {title}, on {date}.</source>
        <translation>由 {name}（{title}）于 {date} 拒绝。</translation>
    </message>
    <message>
        <source>Leadership approved the case.</source>
        <translation>管理层已批准该个案。</translation>
    </message>
    <message>
        <source>The case is {state}.</source>
        <translation>个案状态：{state}。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Approve &gt;</source>
        <translation>批准(&amp;A) &gt;</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>The case is a draft: go back and submit it for review first.</source>
        <translation>个案仍是草稿：请返回并先提交审核。</translation>
    </message>
    <message>
        <source>No letter can follow: the case is {state}.</source>
        <translation>无法继续发函：个案状态为“{state}”。</translation>
    </message>
    <message>
        <source>Case declined</source>
        <translation>个案被拒绝</translation>
    </message>
    <message>
        <source>Leadership declined case #{id}. The case is kept, with its evidence, warnings and the decision on record; it can be reopened later.</source>
        <translation>管理层拒绝了个案 #{id}。该个案及其证据、警告和决定均保留在记录中，以后可以重新打开。</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Filling in the letter…</source>
        <translation>正在填写信函…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call recordings (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;All files (*)</source>
        <translation>通话录音 (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Log a call on case #{case}</source>
        <translation>为个案 #{case} 记录通话</translation>
    </message>
    <message>
        <source>Who took the call</source>
        <translation>接听通话的人</translation>
    </message>
    <message>
        <source>What the customer said, as close to word for word</source>
        <translation>客户说了什么，尽量逐字记录</translation>
    </message>
    <message>
        <source>The line manager was told</source>
        <translation>已告知直属主管</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>无录音</translation>
    </message>
    <message>
        <source>Choose &amp;recording…</source>
        <translation>选择录音(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>客服(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Said:</source>
        <translation>内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Warnings given before the call was ended:</source>
        <translation>结束通话前给出的警告次数(&amp;W)：</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>录音：</translation>
    </message>
    <message>
        <source>Choose the call&apos;s recording</source>
        <translation>选择通话录音</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Breakup Desk</source>
        <translation>Breakup Desk</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation>导入导出文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the &amp;demo data</source>
        <translation>导入演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect a helpdesk…</source>
        <translation>连接客服系统(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>打开数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Calibration session…</source>
        <translation>校准评审(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Breakup Desk</source>
        <translation>关于 Breakup Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Last sync of {name}: {time} UTC</source>
        <translation>{name} 上次同步：{time} UTC</translation>
    </message>
    <message>
        <source>Writing the demo export…</source>
        <translation>正在写入演示导出文件…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或创建数据库</translation>
    </message>
    <message>
        <source>Breakup Desk database (*.sqlite3);;All files (*)</source>
        <translation>Breakup Desk 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message>
        <source> · internal note</source>
        <translation> · 内部备注</translation>
    </message>
    <message>
        <source>Quoted in the case</source>
        <translation>已在个案中引用</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note to case #{case}</source>
        <translation>为个案 #{case} 添加备注</translation>
    </message>
    <message>
        <source>What happened, and how you know (a call, a meeting, a post)…</source>
        <translation>发生了什么，您是如何得知的（电话、会议、帖子）…</translation>
    </message>
    <message>
        <source>No criterion (notes and other)</source>
        <translation>不归入理由（备注及其他）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>理由(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>PickCustomerHint</name>
    <message>
        <source>Pick a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their volume against the average customer, their conversations and the messages flagged for review.

The list is sorted by messages written, so the customers who take the most of your team&apos;s time come first; “vs average” says how many times the average customer&apos;s volume that is. Search by name, email or organisation, or right-click the column headers to show more columns.</source>
        <translation>在左侧选择一位客户，查看其相对于平均客户的咨询量、其会话以及被标记待审核的消息。

列表按发送的消息数排序，占用团队时间最多的客户排在最前；“对比平均”表示其咨询量是平均客户的多少倍。可按姓名、邮箱或组织搜索，或右键单击列标题以显示更多列。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Harassing, racist, sexist or homophobic language</source>
        <translation>骚扰性、种族歧视、性别歧视或恐同言论</translation>
    </message>
    <message>
        <source>Insults aimed at a person, slurs, sexual harassment of an agent.</source>
        <translation>针对个人的侮辱、歧视性辱骂、对客服的性骚扰。</translation>
    </message>
    <message>
        <source>Threats, personal or professional</source>
        <translation>针对个人或职业的威胁</translation>
    </message>
    <message>
        <source>Threats of violence, chargebacks or bank disputes, legal action, getting an agent disciplined or fired, exposing an agent, public shaming, emotional blackmail.</source>
        <translation>威胁使用暴力、发起拒付或银行争议、采取法律行动、让客服受处分或被解雇、曝光客服、公开羞辱，以及情感勒索。</translation>
    </message>
    <message>
        <source>A history of bad behaviour with no sign of change</source>
        <translation>长期不当行为且毫无改变迹象</translation>
    </message>
    <message>
        <source>Incidents on several days in several conversations, continuing after warnings. Backed by the incidents of the other criteria when the pattern rule is met.</source>
        <translation>事件发生在多天、多个会话中，且在警告后仍在继续。满足持续性规则时，由其他理由下的事件支持。</translation>
    </message>
    <message>
        <source>Manager&apos;s callback</source>
        <translation>主管回电</translation>
    </message>
    <message>
        <source>A manager calls the customer back the next day to explain what is not acceptable.</source>
        <translation>由主管在次日回电给客户，说明哪些行为不可接受。</translation>
    </message>
    <message>
        <source>Specialist routing</source>
        <translation>转交专门团队</translation>
    </message>
    <message>
        <source>The customer&apos;s contacts are routed to a specialist team.</source>
        <translation>该客户的联系将转给专门团队处理。</translation>
    </message>
    <message>
        <source>Email-only contact</source>
        <translation>仅限邮件联系</translation>
    </message>
    <message>
        <source>Contact by email only; no more phone or chat.</source>
        <translation>仅通过邮件联系；不再提供电话或聊天。</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>终止客户关系</translation>
    </message>
    <message>
        <source>The relationship ends; the account is handed over to legal.</source>
        <translation>终止合作关系；账户移交法务部门。</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Flag categories that back it</source>
        <translation>支持它的标记类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <source>hate, threat_violence</source>
        <translation>hate, threat_violence</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> conversations</source>
        <translation> 个会话</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>移除最后一步</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>Grounds for ending the relationship</source>
        <translation>终止合作的理由</translation>
    </message>
    <message>
        <source>Warning ladder, one step per offence</source>
        <translation>警告阶梯，每次违规一个步骤</translation>
    </message>
    <message>
        <source>Skip the ladder for:</source>
        <translation>可跳过阶梯的类别：</translation>
    </message>
    <message>
        <source>incidents on at least</source>
        <translation>事件至少分布于</translation>
    </message>
    <message>
        <source>in at least</source>
        <translation>并涉及至少</translation>
    </message>
    <message>
        <source>A pattern, not a bad day:</source>
        <translation>持续行为而非偶发：</translation>
    </message>
    <message>
        <source>Refund, unasked:</source>
        <translation>主动退款：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo 图片</translation>
    </message>
    <message>
        <source>How a customer exports their data, for the letter</source>
        <translation>客户如何导出其数据（用于信函）</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>签名扫描件</translation>
    </message>
    <message>
        <source> min per message</source>
        <translation> 分钟/条消息</translation>
    </message>
    <message>
        <source>Company (letterhead)</source>
        <translation>公司（信头）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo：</translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation>数据导出：</translation>
    </message>
    <message>
        <source>Who signs the letter</source>
        <translation>信函签署人</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>签名图片：</translation>
    </message>
    <message>
        <source>You and the cost of support</source>
        <translation>您与客服成本</translation>
    </message>
    <message>
        <source>Your name (audit trail):</source>
        <translation>您的姓名（审计记录）：</translation>
    </message>
    <message>
        <source>Average handle time:</source>
        <translation>平均处理时长：</translation>
    </message>
    <message>
        <source>Hourly cost of an agent:</source>
        <translation>客服每小时成本：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>正在读取设置…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database in use&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;To use another one (a file, or a PostgreSQL database shared by the team), choose File › Open Database…, or start the app with &lt;code&gt;--db URL&lt;/code&gt; or the &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt; environment variable.</source>
        <translation>&lt;b&gt;当前使用的数据库&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;如需使用其他数据库（文件，或团队共享的 PostgreSQL 数据库），请选择“文件 › 打开数据库…”，或使用 &lt;code&gt;--db URL&lt;/code&gt; 参数或 &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt; 环境变量启动应用。</translation>
    </message>
    <message>
        <source>Company and signatory</source>
        <translation>公司与签署人</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>You and costs</source>
        <translation>您与成本</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The policy has a mistake</source>
        <translation>政策中有错误</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>leave empty: months × monthly amount</source>
        <translation>留空则为：月数 × 月费</translation>
    </message>
    <message>
        <source>The contract was checked with legal (needed for business customers)</source>
        <translation>已与法务核查合同（企业客户必需）</translation>
    </message>
    <message>
        <source>Refund (months):</source>
        <translation>退款（月数）：</translation>
    </message>
    <message>
        <source>Monthly amount:</source>
        <translation>月费：</translation>
    </message>
    <message>
        <source>Refund total:</source>
        <translation>退款总额：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Service ends on:</source>
        <translation>服务终止日期：</translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation>数据导出：</translation>
    </message>
    <message>
        <source>Total refund: {total} {currency}</source>
        <translation>退款总额：{total} {currency}</translation>
    </message>
    <message>
        <source>Someone else changed case #{id} since you opened it, so your terms were not saved. The case now says: {terms}. Press Next to save yours instead.</source>
        <translation>自您打开个案 #{id} 后，其他人已对其做了更改，因此您的条款未保存。个案当前为：{terms}。按“下一步”可改为保存您的条款。</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>Record a warning that was given by phone, email or in person</source>
        <translation>记录通过电话、邮件或当面发出的警告</translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation>发出人</translation>
    </message>
    <message>
        <source>what the customer was told, in a sentence or two</source>
        <translation>告知客户的内容，一两句话即可</translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation>记录警告</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>发出日期：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>发出人：</translation>
    </message>
    <message>
        <source>Ladder step:</source>
        <translation>阶梯步骤：</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>告知内容：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) on record.</source>
        <translation>
            <numerusform>已记录 %Ln 次警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step {step} was</source>
        <translation>步骤 {step}</translation>
    </message>
    <message>
        <source>Steps {steps} and {last} were</source>
        <translation>步骤 {steps} 和 {last}</translation>
    </message>
    <message>
        <source>{which} never given, and nothing in the evidence lets the case skip the ladder. The leadership brief shows this; if a warning was given by phone, record it below.</source>
        <translation>{which}从未发出，且证据中没有任何内容可让个案跳过阶梯。管理层简报会显示这一点；如果警告是通过电话发出的，请在下方记录。</translation>
    </message>
    <message>
        <source>Every step before the last was given.</source>
        <translation>最后一步之前的每一步都已发出。</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Breakup Desk</source>
        <translation>欢迎使用 Breakup Desk</translation>
    </message>
    <message>
        <source>Breakup Desk shows, with your own helpdesk data, when one customer&apos;s behaviour has become a problem for the whole team, builds the case for leadership, and helps you write a calm, final letter.

Start by importing an export from your helpdesk (Zendesk, Freshdesk, Help Scout, Intercom, Front, an email archive or a CSV), or look around with the demo data of a fictional company.</source>
        <translation>Breakup Desk 用您自己的客服系统数据，显示某位客户的行为何时已成为整个团队的问题，为管理层整理个案，并帮助您写一封冷静、明确的最终信函。

首先从客服系统导入一份导出文件（Zendesk、Freshdesk、Help Scout、Intercom、Front、邮件归档或 CSV），或使用一家虚构公司的演示数据随便看看。</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>导入导出文件…</translation>
    </message>
    <message>
        <source>Try the demo data</source>
        <translation>试用演示数据</translation>
    </message>
    <message>
        <source>Reviews due:</source>
        <translation>到期的复核：</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>due {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>已于 {date} 到期（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}, case #{case}</source>
        <translation>{customer}，个案 #{case}</translation>
    </message>
    <message>
        <source>review the restriction given on {date} (step {step})</source>
        <translation>复核 {date} 施加的限制（第 {step} 步）</translation>
    </message>
    <message>
        <source>hold the review or appeal the letter promised</source>
        <translation>进行信函中承诺的复核或申诉处理</translation>
    </message>
    <message>
        <source>{who}: {what}, {when}.</source>
        <translation>{who}：{what}，{when}。</translation>
    </message>
</context>
<context>
    <name>WizardReasons</name>
    <message>
        <source>Refund between 0 and 36 months.</source>
        <translation>退款月数须在 0 到 36 之间。</translation>
    </message>
    <message>
        <source>The refund total is not a number.</source>
        <translation>退款总额不是数字。</translation>
    </message>
    <message>
        <source>Type the monthly amount or the refund total.</source>
        <translation>请输入月费或退款总额。</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>退款不能为负数。</translation>
    </message>
    <message>
        <source>The refund total is too large.</source>
        <translation>退款总额过大。</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, such as USD or EUR.</source>
        <translation>货币须为三个字母的代码，例如 USD 或 EUR。</translation>
    </message>
    <message>
        <source>Choose the date the service ends.</source>
        <translation>请选择服务终止的日期。</translation>
    </message>
    <message>
        <source>The service cannot end in the past.</source>
        <translation>服务终止日期不能早于今天。</translation>
    </message>
    <message>
        <source>Say how the customer can export their data.</source>
        <translation>请说明客户如何导出其数据。</translation>
    </message>
    <message>
        <source>Confirm that the contract was checked with legal (business customers).</source>
        <translation>请确认已与法务核查合同（企业客户）。</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>信函没有内容。</translation>
    </message>
    <message>
        <source>No evidence backs any criterion yet: add quotes of the customer&apos;s messages from their page first.</source>
        <translation>目前还没有证据支持任何理由：请先在客户页面中加入其消息的引文。</translation>
    </message>
    <message>
        <source>No evidence backs {titles}: do not claim it.</source>
        <translation>没有证据支持“{titles}”：请勿主张此理由。</translation>
    </message>
    <message>
        <source>Tick at least one criterion that the evidence backs.</source>
        <translation>请至少勾选一个有证据支持的理由。</translation>
    </message>
    <message>
        <source>The pattern rule is not met (incidents {counts}; the policy asks for {minimum}). One bad day is not a pattern: add incidents from other days.</source>
        <translation>未满足持续性规则（事件{counts}；政策要求{minimum}）。一次糟糕的经历不构成持续行为：请添加其他日期的事件。</translation>
    </message>
    <message>
        <source>Give the approver&apos;s name and title.</source>
        <translation>请填写批准人的姓名和职务。</translation>
    </message>
    <message>
        <source>Choose the decision: approve or decline.</source>
        <translation>请选择决定：批准或拒绝。</translation>
    </message>
    <message>
        <source>Answer whether reasonable adjustments were considered.</source>
        <translation>请回答是否已考虑合理调整。</translation>
    </message>
    <message>
        <source>The case cannot be approved until reasonable adjustments for the customer&apos;s disability or circumstances have been considered.</source>
        <translation>在考虑针对客户残障或特殊情况的合理调整之前，不能批准该个案。</translation>
    </message>
    <message>
        <source>{days} {conversations}</source>
        <translation>{days}、{conversations}</translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>分布在 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n day(s)</source>
        <translation>
            <numerusform>至少 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in at least %n conversation(s)</source>
        <translation>
            <numerusform>至少 %n 个会话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriterWaitBar</name>
    <message>
        <source>Waiting for another writer…</source>
        <translation>正在等待另一个写入进程…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Another import or window is writing to {database}</source>
        <translation>另一个导入任务或窗口正在写入 {database}</translation>
    </message>
</context>
</TS>
