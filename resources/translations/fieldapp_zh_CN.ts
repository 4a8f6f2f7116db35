<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldApp</source>
        <translation>关于 FieldApp 田间助手</translation>
    </message>
    <message>
        <source>FieldApp %s</source>
        <translation>FieldApp 田间助手 %s</translation>
    </message>
    <message>
        <source>Growers, field visits and weighing for cooperatives</source>
        <translation>合作社的农户档案、田间巡查和收购过磅</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（没有日志文件）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Laptop code</source>
        <translation>本机编号</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Version, computer, paths and the latest log lines, for a support call</source>
        <translation>版本、电脑、文件位置和最近的日志，联系技术支持时使用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to support.</source>
        <translation>已复制。请粘贴到发给技术支持的消息里。</translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <source>Advice sheet for the grower</source>
        <translation>社员防治建议书</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5 (half of A4)</source>
        <translation>A5（A4 的一半）</translation>
    </message>
    <message>
        <source> l</source>
        <translation> 升</translation>
    </message>
    <message>
        <source>The number growers call with questions</source>
        <translation>社员有问题时拨打的电话</translation>
    </message>
    <message>
        <source>Tick up to three photos to print.</source>
        <translation>勾选最多三张要打印的照片。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Sprayer tank</source>
        <translation>喷雾器容量</translation>
    </message>
    <message>
        <source>Technician's phone</source>
        <translation>技术员电话</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This visit has no photos; the sheet prints without.</source>
        <translation>本次记录没有照片，建议书将不含照片。</translation>
    </message>
    <message>
        <source>At most three photos fit on the sheet.</source>
        <translation>建议书最多放三张照片。</translation>
    </message>
    <message>
        <source>Making the sheet…</source>
        <translation>正在生成建议书…</translation>
    </message>
    <message>
        <source>The sheet could not be made: %1</source>
        <translation>建议书无法生成：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <source>From %</source>
        <translation>从 %</translation>
    </message>
    <message>
        <source>To %</source>
        <translation>到 %</translation>
    </message>
    <message>
        <source>Deduct %/point</source>
        <translation>每点扣重 %</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Try a reading:</source>
        <translation>试算读数：</translation>
    </message>
    <message>
        <source>Moisture</source>
        <translation>水分</translation>
    </message>
    <message>
        <source>Impurity</source>
        <translation>杂质</translation>
    </message>
    <message>
        <source>Row {row}: “From” must be a percentage with at most one decimal, e.g. 14.0.</source>
        <translation>第 {row} 行：“从”须为百分数，最多一位小数，例如 14.0。</translation>
    </message>
    <message>
        <source>Row {row}: “To” must be a percentage with at most one decimal, or empty for no limit.</source>
        <translation>第 {row} 行：“到”须为百分数，最多一位小数；不设上限请留空。</translation>
    </message>
    <message>
        <source>Row {row}: the deduction must be a percentage of the weight with at most two decimals, e.g. 1.5.</source>
        <translation>第 {row} 行：扣重须为重量的百分数，最多两位小数，例如 1.5。</translation>
    </message>
    <message>
        <source>Row {row}: percentages go from 0 to 100.</source>
        <translation>第 {row} 行：百分数须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Row {row}: “To” must be more than “From”.</source>
        <translation>第 {row} 行：“到”必须大于“从”。</translation>
    </message>
    <message>
        <source>Row {row}: the deduction per point must be between 0 and 100%.</source>
        <translation>第 {row} 行：每点扣重须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Row {row} starts at {start}%, but another row has no upper limit: only the highest row may be open-ended.</source>
        <translation>第 {row} 行从 {start}% 开始，但另有一行没有上限：只有最高的一行可以不设上限。</translation>
    </message>
    <message>
        <source>Row {row} starts at {start}%, inside the row that ends at {end}%: rows must not overlap.</source>
        <translation>第 {row} 行从 {start}% 开始，落在到 {end}% 为止的那一行里：各行不能重叠。</translation>
    </message>
    <message>
        <source>(correct the table to see an example)</source>
        <translation>（改正表格后显示示例）</translation>
    </message>
    <message>
        <source>No rows: {quality} deducts nothing.</source>
        <translation>没有设置：{quality}不扣重。</translation>
    </message>
    <message>
        <source>(type a reading such as 16.5)</source>
        <translation>（请输入读数，例如 16.5）</translation>
    </message>
    <message>
        <source>(a reading is between 0 and 100)</source>
        <translation>（读数须在 0 到 100 之间）</translation>
    </message>
    <message>
        <source>{quality} {reading}%: deduct {percent}% of the weight</source>
        <translation>{quality} {reading}%：扣重 {percent}%</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Grower cards</source>
        <translation>农户卡</translation>
    </message>
    <message numerus="yes">
        <source>Selected growers (%n)</source>
        <translation>
            <numerusform>选中的农户（%n 户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All growers in the list (%n)</source>
        <translation>
            <numerusform>列表中的全部农户（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose cards</source>
        <translation>为谁制卡</translation>
    </message>
    <message>
        <source>A4 sheets, 10 cards each, to cut out</source>
        <translation>A4 纸，每页 10 张，裁开使用</translation>
    </message>
    <message>
        <source>One card per page, for a card printer</source>
        <translation>每页一张卡，用于证卡打印机</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Reissue: new phone links, the old cards' links stop working</source>
        <translation>补发新卡：生成新的手机链接，旧卡的链接作废</translation>
    </message>
    <message>
        <source>For a lost or stolen card. The old card's link to the grower's page stops working once this laptop has synced.</source>
        <translation>用于遗失或被盗的卡。本电脑同步后，旧卡上通往社员页面的链接即失效。</translation>
    </message>
    <message>
        <source>No cooperative name is set; cards print without it. Set it in Settings.</source>
        <translation>还没有设置合作社名称，卡片上将不印名称。请在“设置”中填写。</translation>
    </message>
    <message>
        <source>Save PDF and open it…</source>
        <translation>保存 PDF 并打开…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save grower cards</source>
        <translation>保存农户卡</translation>
    </message>
    <message>
        <source>There are no growers in the list.</source>
        <translation>列表中没有农户。</translation>
    </message>
    <message numerus="yes">
        <source>Making %n card(s)…</source>
        <translation>
            <numerusform>正在制作 %n 张卡…</numerusform>
        </translation>
    </message>
    <message>
        <source>The cards could not be made: %s</source>
        <translation>无法制作农户卡：%s</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Insect</source>
        <translation>害虫</translation>
    </message>
    <message>
        <source>Mite</source>
        <translation>螨类</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病害</translation>
    </message>
    <message>
        <source>Nematode</source>
        <translation>线虫</translation>
    </message>
    <message>
        <source>Disorder</source>
        <translation>生理性病害</translation>
    </message>
    <message>
        <source>, safe interval %n day(s)</source>
        <translation>，安全间隔期 %n 天</translation>
    </message>
    <message>
        <source>%1–%2 %3 per mu, %4 l water</source>
        <translation>每亩 %1–%2 %3，兑水 %4 升</translation>
    </message>
    <message>
        <source>Changed by the cooperative.</source>
        <translation>合作社已修改此条目。</translation>
    </message>
    <message>
        <source>Added by the cooperative.</source>
        <translation>合作社自行添加的条目。</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>推荐药剂</translation>
    </message>
    <message>
        <source>Check the dose and the safe interval on the product's label.</source>
        <translation>用药前请核对农药标签上的用量和安全间隔期。</translation>
    </message>
    <message>
        <source>No product is recommended for this.</source>
        <translation>目录中没有推荐药剂。</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
</context>
<context>
    <name>CatalogueEntryEditor</name>
    <message>
        <source>Catalogue entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>New catalogue entry</source>
        <translation>新建目录条目</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>拉丁学名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Crops</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Symptoms (Chinese)</source>
        <translation>症状（中文）</translation>
    </message>
    <message>
        <source>Symptoms (English)</source>
        <translation>症状（英文）</translation>
    </message>
    <message>
        <source>Prevention (Chinese)</source>
        <translation>预防措施（中文）</translation>
    </message>
    <message>
        <source>Prevention (English)</source>
        <translation>预防措施（英文）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>药剂</translation>
    </message>
    <message>
        <source>Dose per mu</source>
        <translation>每亩用量</translation>
    </message>
    <message>
        <source>Water per mu</source>
        <translation>每亩兑水</translation>
    </message>
    <message>
        <source>Safe interval</source>
        <translation>安全间隔期</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>添加药剂…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Where the facts come from: an extension service plan, a label.</source>
        <translation>资料出处：如农技推广部门的防治方案、农药标签。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>推荐药剂</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Put back as shipped</source>
        <translation>恢复为原始内容</translation>
    </message>
    <message>
        <source>Take out of the list</source>
        <translation>从目录中移除</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 升</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>药剂 %1：%2</translation>
    </message>
    <message>
        <source>The entry could not be saved: %1</source>
        <translation>条目无法保存：%1</translation>
    </message>
    <message>
        <source>Take “%1” out of the catalogue? Visits that named it keep their diagnosis.</source>
        <translation>将“%1”从目录中移除？已使用该诊断的田间记录不受影响。</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Pest and disease catalogue</source>
        <translation>病虫害目录</translation>
    </message>
    <message>
        <source>Type a name, a Latin name or a symptom</source>
        <translation>输入名称、拉丁学名或症状</translation>
    </message>
    <message>
        <source>All crops</source>
        <translation>全部作物</translation>
    </message>
    <message>
        <source>Use this diagnosis</source>
        <translation>采用此诊断</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>新建条目…</translation>
    </message>
    <message>
        <source>Change entry…</source>
        <translation>修改条目…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation>无法读取病虫害目录：%1</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches. Try fewer words.</source>
        <translation>目录中没有匹配的条目，请减少关键词。</translation>
    </message>
    <message>
        <source>The entry is no longer in the list.</source>
        <translation>该条目已从目录中移除。</translation>
    </message>
</context>
<context>
    <name>CatalogueTreatmentDialog</name>
    <message>
        <source>Recommended product</source>
        <translation>推荐药剂</translation>
    </message>
    <message>
        <source> l per mu</source>
        <translation> 升/亩</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未规定</translation>
    </message>
    <message>
        <source>Product (Chinese)</source>
        <translation>药剂（中文）</translation>
    </message>
    <message>
        <source>Product (English)</source>
        <translation>药剂（英文）</translation>
    </message>
    <message>
        <source>Ingredient (Chinese)</source>
        <translation>有效成分（中文）</translation>
    </message>
    <message>
        <source>Ingredient (English)</source>
        <translation>有效成分（英文）</translation>
    </message>
    <message>
        <source>Dose per mu, lowest – highest</source>
        <translation>每亩用量（最低–最高）</translation>
    </message>
    <message>
        <source>Water per mu</source>
        <translation>每亩兑水</translation>
    </message>
    <message>
        <source>Safe interval before harvest</source>
        <translation>安全间隔期</translation>
    </message>
    <message>
        <source>Sprays per season at most</source>
        <translation>每季最多施药次数</translation>
    </message>
    <message>
        <source>When (Chinese)</source>
        <translation>施药时间（中文）</translation>
    </message>
    <message>
        <source>When (English)</source>
        <translation>施药时间（英文）</translation>
    </message>
    <message>
        <source>Safety (Chinese)</source>
        <translation>注意事项（中文）</translation>
    </message>
    <message>
        <source>Safety (English)</source>
        <translation>注意事项（英文）</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>FieldApp ran into a problem it did not expect.</source>
        <translation>FieldApp 田间助手遇到了一个意外的问题。</translation>
    </message>
    <message>
        <source>What you were doing may not have finished. Your open windows are still there: check the form you were filling in and save it again. If this happens again, please send the log file to support.</source>
        <translation>刚才的操作可能没有完成。打开的窗口都还在：请检查正在填写的表单，再保存一次。如果问题再次出现，请把日志文件发给技术支持。</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（没有日志文件）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Continue working</source>
        <translation>继续工作</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to FieldApp</source>
        <translation>欢迎使用 FieldApp 田间助手</translation>
    </message>
    <message>
        <source>Three questions, and this laptop is ready to work.</source>
        <translation>回答三个问题，这台电脑就可以开始工作了。</translation>
    </message>
    <message>
        <source>e.g. 绿源种植专业合作社</source>
        <translation>例如：绿源种植专业合作社</translation>
    </message>
    <message>
        <source>Cooperative name</source>
        <translation>合作社名称</translation>
    </message>
    <message>
        <source>What is this laptop for?</source>
        <translation>这台电脑做什么用？</translation>
    </message>
    <message>
        <source>Central server (optional)</source>
        <translation>中心服务器（可选）</translation>
    </message>
    <message>
        <source>If the coop has a server, type its address and the code the coordinator gave you, or scan the code's QR into the code field. You can also do this later on the Sync page.</source>
        <translation>如果合作社有服务器，请输入服务器地址和协调员给的注册码，也可以用扫码枪把注册二维码扫进注册码一栏。以后也可以在“同步”页面设置。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Start without the server</source>
        <translation>先不连服务器，直接开始</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Technician
field visits</source>
        <translation>技术员
田间巡查</translation>
    </message>
    <message>
        <source>Clerk
weighing station</source>
        <translation>收购员
收购过磅</translation>
    </message>
    <message>
        <source>Coordinator
overview</source>
        <translation>协调员
全社概况</translation>
    </message>
    <message>
        <source>Please type the cooperative's name.</source>
        <translation>请填写合作社名称。</translation>
    </message>
    <message>
        <source>Type the server address (starting with http://) and the code.</source>
        <translation>请输入服务器地址（以 http:// 开头）和注册码。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>GrowerEditor</name>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>在册社员</translation>
    </message>
    <message>
        <source>Left the cooperative</source>
        <translation>已退社</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入社日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>As on the ID card, e.g. 张三</source>
        <translation>与身份证一致，例如 张三</translation>
    </message>
    <message>
        <source>18 digits, the last may be X</source>
        <translation>18 位，最后一位可以是 X</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 位，例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Group / house number</source>
        <translation>组 / 门牌号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户信息</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>田间巡查</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>New grower</source>
        <translation>新增农户</translation>
    </message>
    <message>
        <source>%s · card %s</source>
        <translation>%s · 卡号 %s</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Born %s, %s</source>
        <translation>出生日期 %s，%s</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>请修改标红的项目。尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not save: %s</source>
        <translation>保存失败：%s</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>same name and mobile</source>
        <translation>姓名和手机相同</translation>
    </message>
    <message>
        <source>same name in the same village</source>
        <translation>同村同名</translation>
    </message>
    <message>
        <source>%s (card %s, %s, %s): %s</source>
        <translation>%s（卡号 %s，%s，%s）：%s</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>已经登记过</translation>
    </message>
    <message>
        <source>This ID number is already registered. The grower was not saved.</source>
        <translation>这个身份证号已经登记过，本次没有保存。</translation>
    </message>
    <message>
        <source>Open that grower</source>
        <translation>打开已登记的农户</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>A grower who looks the same is already registered:</source>
        <translation>已有一位看起来相同的农户：</translation>
    </message>
    <message>
        <source>Save this one as a different person?</source>
        <translation>确定这是另一个人并保存吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>打开已有的农户</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS 坐标</translation>
    </message>
    <message>
        <source>Save the household first, then add its plots.</source>
        <translation>请先保存农户信息，再添加地块。</translation>
    </message>
    <message>
        <source>Add plot</source>
        <translation>添加地块</translation>
    </message>
    <message>
        <source>Edit plot</source>
        <translation>修改地块</translation>
    </message>
    <message>
        <source>Remove plot</source>
        <translation>删除地块</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>New visit for this grower</source>
        <translation>为这位社员新建巡查</translation>
    </message>
    <message>
        <source>No field visits yet.</source>
        <translation>还没有巡查记录。</translation>
    </message>
    <message>
        <source>Remove the plot “%s”? Its history stays in the records.</source>
        <translation>删除地块“%s”吗？它的历史记录会保留。</translation>
    </message>
    <message>
        <source>Could not remove the plot: %s</source>
        <translation>无法删除地块：%s</translation>
    </message>
</context>
<context>
    <name>GrowerPicker</name>
    <message>
        <source>Grower not found</source>
        <translation>找不到社员</translation>
    </message>
    <message>
        <source>No grower matches “%1”. Check the card or the spelling.</source>
        <translation>没有与“%1”相符的社员，请检查社员卡或输入的文字。</translation>
    </message>
    <message>
        <source>Choose the grower</source>
        <translation>选择社员</translation>
    </message>
</context>
<context>
    <name>GrowerTableModel</name>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Crops</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退社</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
</context>
<context>
    <name>GrowersPage</name>
    <message>
        <source>Search: name, pinyin initials (zs), last digits of phone or ID, village</source>
        <translation>搜索：姓名、拼音首字母（zs）、手机或身份证尾号、村名</translation>
    </message>
    <message>
        <source>New grower</source>
        <translation>新增农户</translation>
    </message>
    <message>
        <source>Import sheet…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>导出名单…</translation>
    </message>
    <message>
        <source>Grower cards…</source>
        <translation>农户卡…</translation>
    </message>
    <message>
        <source>Register the first grower</source>
        <translation>登记第一户</translation>
    </message>
    <message>
        <source>Import the cooperative's spreadsheet…</source>
        <translation>导入合作社的花名册…</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>All crops</source>
        <translation>全部作物</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退社</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>Search failed: %s</source>
        <translation>搜索出错：%s</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) found</source>
        <translation>
            <numerusform>找到 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) registered</source>
        <translation>
            <numerusform>共登记 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>No grower matches</source>
        <translation>没有找到符合的农户</translation>
    </message>
    <message>
        <source>Try fewer characters, pinyin initials such as zs, the last 4 digits of a phone number, or clear the filters.</source>
        <translation>试试少输几个字、输入拼音首字母（如 zs）、手机号后 4 位，或清除筛选条件。</translation>
    </message>
    <message>
        <source>No growers yet</source>
        <translation>还没有农户</translation>
    </message>
    <message>
        <source>Register growers one by one, or import the member list the cooperative already keeps in Excel.</source>
        <translation>可以逐户登记，也可以导入合作社现有的 Excel 花名册。</translation>
    </message>
</context>
<context>
    <name>HeatGrid</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldRowsBox</name>
    <message>
        <source>Kept aside: the same ID number on two laptops</source>
        <translation>暂存的记录：两台电脑上登记了相同的身份证号</translation>
    </message>
    <message>
        <source>From another laptop</source>
        <translation>来自其他电脑</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>是什么</translation>
    </message>
    <message>
        <source>The same person: keep one of the two records, the other is removed on every laptop. Two different people: correct the wrong ID number on the Growers page, then press Try again.</source>
        <translation>如果是同一个人：保留其中一条记录，另一条会在所有电脑上删除。如果是两个不同的人：请在“农户”页面改正填错的身份证号，然后点“重试”。</translation>
    </message>
    <message>
        <source>Same person: keep the one here</source>
        <translation>同一个人：保留本机的</translation>
    </message>
    <message>
        <source>Same person: keep the other one</source>
        <translation>同一个人：保留另一台电脑的</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>a plot</source>
        <translation>一块地</translation>
    </message>
    <message>
        <source>a field visit</source>
        <translation>一次田间巡查</translation>
    </message>
    <message>
        <source>%1 of a grower kept aside</source>
        <translation>暂存农户的%1</translation>
    </message>
    <message>
        <source>%1 · ID %2 · card %3</source>
        <translation>%1 · 身份证 %2 · 卡号 %3</translation>
    </message>
    <message>
        <source>%1 · card %2</source>
        <translation>%1 · 卡号 %2</translation>
    </message>
    <message>
        <source>(no longer here)</source>
        <translation>（本机已没有）</translation>
    </message>
    <message>
        <source>a grower with the same ID number as one here</source>
        <translation>与本机某位农户身份证号相同的农户</translation>
    </message>
    <message>
        <source>This could not be settled: %1</source>
        <translation>无法处理：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import growers from a spreadsheet</source>
        <translation>从表格导入农户</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No file chosen. Excel (.xlsx) and CSV files work.</source>
        <translation>还没有选择文件。支持 Excel（.xlsx）和 CSV 文件。</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Column titles in row:</source>
        <translation>标题所在行：</translation>
    </message>
    <message>
        <source>Check what each column holds; change it where the guess is wrong.</source>
        <translation>请核对每一列的内容，猜错的地方请改正。</translation>
    </message>
    <message>
        <source>Import possible duplicates too</source>
        <translation>可能重复的也导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Excel)</source>
        <translation>GBK / GB18030（中文 Excel）</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16（Unicode 文本）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Choose the growers' spreadsheet</source>
        <translation>选择农户表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Automatic (%s)</source>
        <translation>自动识别（%s）</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>{valid} valid, {invalid} invalid, {possible} possible duplicates</source>
        <translation>{valid} 行有效，{invalid} 行有误，{possible} 行可能重复</translation>
    </message>
    <message>
        <source>Tell which column holds: %s.</source>
        <translation>请指定哪一列是：%s。</translation>
    </message>
    <message>
        <source>townships: %s</source>
        <translation>乡镇：%s</translation>
    </message>
    <message>
        <source>villages: %s</source>
        <translation>村：%s</translation>
    </message>
    <message>
        <source>crops: %s</source>
        <translation>作物：%s</translation>
    </message>
    <message>
        <source>Not in the lists yet, will be added: %s</source>
        <translation>以下名称还不在列表中，导入时会添加：%s</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) added.</source>
        <translation>
            <numerusform>已添加 %n 块地。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>rejected rows.xlsx</source>
        <translation>未导入的行.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The file could not be saved: %s</source>
        <translation>文件无法保存：%s</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 行未导入的数据保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>已停止，没有导入任何数据。</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was imported. (%s)</source>
        <translation>出现错误，没有导入任何数据。（%s）</translation>
    </message>
    <message numerus="yes">
        <source>Import %n grower(s)</source>
        <translation>
            <numerusform>导入 %n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldApp</source>
        <translation>FieldApp 田间助手</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>田间巡查</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>收购过磅</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Laptop %s</source>
        <translation>本机 %s</translation>
    </message>
    <message>
        <source>Growers</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Outbreaks</source>
        <translation>病虫疫情</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import growers…</source>
        <translation>导入农户(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>导出名单(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Growers</source>
        <translation>农户(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New grower</source>
        <translation>新增农户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>打开选中的农户(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Grower &amp;cards…</source>
        <translation>农户卡(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FieldApp</source>
        <translation>关于 FieldApp(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up visit(s) due</source>
        <translation>
            <numerusform>有 %n 个回访到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grower question(s) to answer</source>
        <translation>
            <numerusform>%n 条农户提问待回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) imported</source>
        <translation>
            <numerusform>已导入 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the grower list</source>
        <translation>导出农户名单</translation>
    </message>
    <message>
        <source>growers.xlsx</source>
        <translation>农户名单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>没有导出</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 户到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualWeightDialog</name>
    <message>
        <source>e.g. 1234.5</source>
        <translation>例如 1234.5</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <source>Why is the weight typed? e.g. scale broken</source>
        <translation>为什么手工输入？例如：秤故障</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The reason is kept with the purchase and printed on the receipt.</source>
        <translation>原因随收购记录保存，并打印在收购单上。</translation>
    </message>
    <message>
        <source>Type the weight in kg, e.g. 1234.5</source>
        <translation>请输入以公斤为单位的重量，例如 1234.5</translation>
    </message>
    <message>
        <source>A typed weight needs a reason.</source>
        <translation>手工输入重量必须填写原因。</translation>
    </message>
</context>
<context>
    <name>MarkLabelDialog</name>
    <message>
        <source>Label for the mark</source>
        <translation>标注文字</translation>
    </message>
    <message>
        <source>What does the mark show? (optional, at most 40 characters)</source>
        <translation>标注的是什么？（可不填，最多 40 个字）</translation>
    </message>
    <message>
        <source>e.g. rice blast lesion</source>
        <translation>例如：稻瘟病病斑</translation>
    </message>
</context>
<context>
    <name>OutbreakPage</name>
    <message>
        <source>Pest outbreaks</source>
        <translation>病虫疫情</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>最近 8 周</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>最近 12 周</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>最近 26 周</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Pest</source>
        <translation>病虫害</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>少</translation>
    </message>
    <message>
        <source>More</source>
        <translation>多</translation>
    </message>
    <message>
        <source>Open cases now</source>
        <translation>当前未结案例</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <source>Cases not yet marked resolved. The list of them is on the Field visits page.</source>
        <translation>尚未标为“已解决”的案例。明细见“田间巡查”页。</translation>
    </message>
    <message>
        <source>Reading the field visits…</source>
        <translation>正在读取田间巡查记录…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not diagnosed</source>
        <translation>未诊断</translation>
    </message>
    <message>
        <source>No township</source>
        <translation>未填乡镇</translation>
    </message>
    <message>
        <source>The field visits could not be read: %1</source>
        <translation>无法读取田间巡查记录：%1</translation>
    </message>
    <message>
        <source>All pests</source>
        <translation>全部病虫害</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>No field visits in the last 26 weeks. When technicians record visits, the cases appear here by township and week.</source>
        <translation>最近 26 周没有田间巡查记录。技术员记录巡查后，案例会按乡镇和周显示在这里。</translation>
    </message>
    <message>
        <source>No cases in these weeks.</source>
        <translation>这几周没有案例。</translation>
    </message>
    <message>
        <source>All cases per township and week</source>
        <translation>各乡镇每周案例数（全部病虫害）</translation>
    </message>
    <message>
        <source>Cases of %1 per township and week</source>
        <translation>各乡镇每周%1案例数</translation>
    </message>
    <message>
        <source>No cases of this pest in these weeks.</source>
        <translation>这几周没有这种病虫害的案例。</translation>
    </message>
    <message>
        <source>The dashed column is this week, not over yet. Click a township to see its pests below.</source>
        <translation>虚线框内是本周，尚未结束。点击乡镇，下方显示该乡镇的病虫害。</translation>
    </message>
    <message>
        <source>Cases per pest and week, all townships</source>
        <translation>每周各病虫害案例数（全部乡镇）</translation>
    </message>
    <message>
        <source>Cases per pest and week in %1</source>
        <translation>%1每周各病虫害案例数</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>未结 %1 例</translation>
    </message>
    <message>
        <source>%1 follow-up visits due</source>
        <translation>%1 次回访到期</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Pay receipt {number}</source>
        <translation>付款：收购单 {number}</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>{yuan} yuan</source>
        <translation>{yuan} 元</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>The bank's transaction number</source>
        <translation>银行的转账流水号</translation>
    </message>
    <message>
        <source>Grower's account: {account}</source>
        <translation>农户账号：{account}</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>转账流水号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>收购员</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>确认已付</translation>
    </message>
    <message>
        <source>A transfer needs the bank's reference.</source>
        <translation>转账必须填写银行流水号。</translation>
    </message>
    <message>
        <source>Write who is paying.</source>
        <translation>请填写付款的收购员。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>Draw a box round something (B)</source>
        <translation>用方框圈出（B）</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Draw an arrow at something (A)</source>
        <translation>用箭头指出（A）</translation>
    </message>
    <message>
        <source>Move/View</source>
        <translation>移动/查看</translation>
    </message>
    <message>
        <source>Drag to move the picture, wheel to zoom (V)</source>
        <translation>拖动移动图片，滚轮缩放（V）</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Delete the chosen mark (Delete key)</source>
        <translation>删除选中的标注（Delete 键）</translation>
    </message>
    <message>
        <source>Show marks</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <source>Show or hide the marks</source>
        <translation>显示或隐藏标注</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>（正在载入…）</translation>
    </message>
    <message>
        <source>(cannot be shown)</source>
        <translation>（无法显示）</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>拍摄于 %1</translation>
    </message>
    <message>
        <source>No time recorded</source>
        <translation>没有拍摄时间</translation>
    </message>
    <message>
        <source>GPS %1, %2</source>
        <translation>GPS %1, %2</translation>
    </message>
    <message>
        <source>no GPS</source>
        <translation>无 GPS</translation>
    </message>
    <message>
        <source>Drag over the picture to draw a box. Esc cancels.</source>
        <translation>在图片上拖动，画出方框。按 Esc 取消。</translation>
    </message>
    <message>
        <source>Drag from where the arrow starts to what it points at. Esc cancels.</source>
        <translation>从箭头起点拖到要指的地方。按 Esc 取消。</translation>
    </message>
    <message>
        <source>Drag to move, wheel to zoom. Click a mark to choose it, double-click it to change its label.</source>
        <translation>拖动移动，滚轮缩放。单击标注选中它，双击修改标注文字。</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>The mark could not be saved.</source>
        <translation>标注没有保存成功。</translation>
    </message>
    <message>
        <source>The photo or the mark was deleted meanwhile.</source>
        <translation>这张照片或这个标注已经被删除了。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标注文字</translation>
    </message>
    <message>
        <source>Kind of mark</source>
        <translation>标注类型</translation>
    </message>
    <message>
        <source>The mark must lie on the picture and have a size.</source>
        <translation>标注必须画在图片范围内，而且不能太小。</translation>
    </message>
    <message>
        <source>The new label could not be saved.</source>
        <translation>新的标注文字没有保存成功。</translation>
    </message>
    <message>
        <source>The mark could not be deleted.</source>
        <translation>标注没有删除成功。</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PlotEditor</name>
    <message>
        <source>Edit plot</source>
        <translation>修改地块</translation>
    </message>
    <message>
        <source>New plot</source>
        <translation>新增地块</translation>
    </message>
    <message>
        <source>e.g. 河边大田</source>
        <translation>例如 河边大田</translation>
    </message>
    <message>
        <source>in mu, e.g. 1.5</source>
        <translation>单位亩，例如 1.5</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>e.g. 25.043210</source>
        <translation>例如 25.043210</translation>
    </message>
    <message>
        <source>e.g. 102.712345</source>
        <translation>例如 102.712345</translation>
    </message>
    <message>
        <source>Plot name *</source>
        <translation>地块名称 *</translation>
    </message>
    <message>
        <source>Area (mu) *</source>
        <translation>面积（亩）*</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Soil notes</source>
        <translation>土壤情况</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not save: %s</source>
        <translation>保存失败：%s</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <source>Receipt no.</source>
        <translation>收购单号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Net (kg)</source>
        <translation>净重（公斤）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>收购员</translation>
    </message>
    <message>
        <source>Voided {time} by {clerk}: {reason}</source>
        <translation>{time} 由{clerk}作废：{reason}</translation>
    </message>
    <message>
        <source>Corrected by receipt {number}</source>
        <translation>已由收购单 {number} 更正</translation>
    </message>
    <message>
        <source>Paid {time} by {clerk}, {method}</source>
        <translation>{time} 由{clerk}付款，{method}</translation>
    </message>
    <message>
        <source>Corrects receipt {number}</source>
        <translation>更正收购单 {number}</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <source>Receipts</source>
        <translation>收购单</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Back to the day's receipts</source>
        <translation>回到当天的收购单</translation>
    </message>
    <message>
        <source>Search receipt no. (or last digits), grower or card, or scan a receipt</source>
        <translation>搜索：收购单号（或末几位）、农户、卡号，或扫描收购单</translation>
    </message>
    <message>
        <source>Pay… (F6)</source>
        <translation>付款… (F6)</translation>
    </message>
    <message>
        <source>Void… (F8)</source>
        <translation>作废… (F8)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>补打 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Issue corrected receipt…</source>
        <translation>开更正收购单…</translation>
    </message>
    <message>
        <source>Issue a corrected receipt</source>
        <translation>开更正收购单</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Receipts of {name} · card {card}, all days</source>
        <translation>{name}（卡号 {card}）的全部收购单</translation>
    </message>
    <message>
        <source>Receipts of one grower, all days</source>
        <translation>一位农户的全部收购单</translation>
    </message>
    <message>
        <source>The receipts could not be read: {detail}</source>
        <translation>无法读取收购单：{detail}</translation>
    </message>
    <message>
        <source>No receipt matches “{text}”</source>
        <translation>没有与“{text}”相符的收购单</translation>
    </message>
    <message>
        <source>Search by receipt number or its last digits, grower name or card number. Press Enter to look a receipt number up on every day.</source>
        <translation>可按收购单号或其末几位、农户姓名或卡号搜索。按回车可在所有日期中查找收购单号。</translation>
    </message>
    <message>
        <source>No receipts for this grower yet</source>
        <translation>这位农户还没有收购单</translation>
    </message>
    <message>
        <source>Receipts appear here once the grower has sold at the weighing station.</source>
        <translation>农户在收购点交售后，收购单就会显示在这里。</translation>
    </message>
    <message>
        <source>No receipts today yet</source>
        <translation>今天还没有收购单</translation>
    </message>
    <message>
        <source>No receipts on {day}</source>
        <translation>{day} 没有收购单</translation>
    </message>
    <message>
        <source>No receipts from {first} to {last}</source>
        <translation>{first} 至 {last} 没有收购单</translation>
    </message>
    <message>
        <source>Receipts appear here as soon as the weighing station issues them. To find an older receipt, choose other days or type its number and press Enter.</source>
        <translation>收购点一开出收购单，就会显示在这里。要找以前的收购单，请选择其他日期，或输入单号后按回车。</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n 张收购单</numerusform>
        </translation>
    </message>
    <message>
        <source>net {kg} kg</source>
        <translation>净重 {kg} 公斤</translation>
    </message>
    <message>
        <source>amount &lt;b&gt;{yuan}&lt;/b&gt; yuan</source>
        <translation>金额 &lt;b&gt;{yuan}&lt;/b&gt; 元</translation>
    </message>
    <message>
        <source>unpaid &lt;b&gt;{yuan}&lt;/b&gt; yuan</source>
        <translation>未付 &lt;b&gt;{yuan}&lt;/b&gt; 元</translation>
    </message>
    <message numerus="yes">
        <source>%n void, not counted</source>
        <translation>
            <numerusform>%n 张作废，未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: </source>
        <translation>当前显示：</translation>
    </message>
    <message>
        <source>There is no receipt {number} in this laptop's ledger.</source>
        <translation>这台电脑的台账里没有收购单 {number}。</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>Receipt {number} is paid: {yuan} yuan, {method}.</source>
        <translation>收购单 {number} 已付款：{yuan} 元，{method}。</translation>
    </message>
    <message>
        <source>Receipt {number} is already paid, so it cannot be voided: the money has gone. Issue a new receipt for the difference instead.</source>
        <translation>收购单 {number} 已经付款，钱已付出，不能作废。请另开一张收购单补差额。</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>未作废</translation>
    </message>
    <message>
        <source>Receipt {number} is void. If the grower is still owed, issue a corrected receipt.</source>
        <translation>收购单 {number} 已作废。如仍欠农户货款，请开更正收购单。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Prices, grades and containers</source>
        <translation>价格、等级和容器</translation>
    </message>
    <message>
        <source>Prices and grades</source>
        <translation>价格和等级</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Price (yuan/kg)</source>
        <translation>单价（元/公斤）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>No grades yet. Press “Add grade” to set the first price.</source>
        <translation>还没有等级。按“添加等级”设定第一个价格。</translation>
    </message>
    <message>
        <source>Add grade</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Stop buying…</source>
        <translation>停收…</translation>
    </message>
    <message>
        <source>Choose a grade in the list and press Edit to change its price or deductions, or press Add grade.</source>
        <translation>在左边列表中选一个等级，按“修改”更改单价或扣重；或按“添加等级”。</translation>
    </message>
    <message>
        <source>e.g. 一等, 特级, 统货</source>
        <translation>例如：一等、特级、统货</translation>
    </message>
    <message>
        <source>yuan/kg</source>
        <translation>元/公斤</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Moisture deductions</source>
        <translation>水分扣重</translation>
    </message>
    <message>
        <source>Impurity deductions</source>
        <translation>杂质扣重</translation>
    </message>
    <message>
        <source>Each row: above “From” and up to “To” (empty: no upper limit), every percentage point deducts the given share of the weight after tare.</source>
        <translation>每一行：超过“从”、不超过“到”（留空表示不设上限）的部分，每超 1 个百分点，按去皮后重量扣除所填的百分比。</translation>
    </message>
    <message>
        <source>Saving makes a new version of this grade's price. Receipts already issued keep the price they were made with.</source>
        <translation>保存后生成该等级价格的新版本。已开出的收购单仍按开单时的价格，不受影响。</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Save grade</source>
        <translation>保存等级</translation>
    </message>
    <message>
        <source>{crop} · {grade} (now version {version})</source>
        <translation>{crop} · {grade}（当前第 {version} 版）</translation>
    </message>
    <message>
        <source>Choose the crop.</source>
        <translation>请选择作物。</translation>
    </message>
    <message>
        <source>Write the grade, e.g. 一等.</source>
        <translation>请填写等级，例如：一等。</translation>
    </message>
    <message>
        <source>The grade is too long (at most {n} characters).</source>
        <translation>等级名称太长（最多 {n} 个字）。</translation>
    </message>
    <message>
        <source>{crop} already has the grade “{grade}”. Choose it in the list and press Edit to change its price.</source>
        <translation>{crop}已有等级“{grade}”。请在列表中选中它，按“修改”更改单价。</translation>
    </message>
    <message>
        <source>Write the price in yuan per kg, e.g. 2.35.</source>
        <translation>请填写单价（元/公斤），例如 2.35。</translation>
    </message>
    <message>
        <source>A price has at most two decimals (fen): “{text}” cannot be paid. Write e.g. 2.35.</source>
        <translation>单价最多两位小数（到分）：“{text}”无法付款。请写成例如 2.35。</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Write yuan per kg, e.g. 2.35.</source>
        <translation>“{text}”不是单价。请填写元/公斤，例如 2.35。</translation>
    </message>
    <message>
        <source>The price must be more than zero. To stop buying a grade, use “Stop buying” in the list.</source>
        <translation>单价必须大于零。如要停止收购某个等级，请在列表下方按“停收”。</translation>
    </message>
    <message>
        <source>{price} yuan/kg is too high; check the figure.</source>
        <translation>{price} 元/公斤太高了，请核对数字。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation>没有保存：请改正标红的地方。</translation>
    </message>
    <message>
        <source>Saved: {crop} · {grade} is now version {version}, {price} yuan/kg. Receipts already issued keep their price.</source>
        <translation>已保存：{crop} · {grade} 现为第 {version} 版，{price} 元/公斤。已开出的收购单价格不变。</translation>
    </message>
    <message>
        <source>Stop buying</source>
        <translation>停收</translation>
    </message>
    <message>
        <source>Stop buying {crop} · {grade}? It will no longer be offered at the weighing station. Receipts already issued are not changed. To buy it again later, add the grade again.</source>
        <translation>停止收购 {crop} · {grade}？收购点将不再提供这个等级，已开出的收购单不受影响。以后要再收购，重新添加这个等级即可。</translation>
    </message>
    <message>
        <source>{crop} · {grade} is no longer bought.</source>
        <translation>{crop} · {grade} 已停收。</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Tare (kg)</source>
        <translation>皮重（公斤）</translation>
    </message>
    <message>
        <source>No containers yet. Add the sacks, baskets or crates growers bring, with what one weighs empty, and the station subtracts them from the gross weight.</source>
        <translation>还没有容器。请添加农户常用的袋、筐、箱及其单个空重，收购时会从毛重中扣除。</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>添加容器</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>e.g. 编织袋, 竹筐, 塑料周转箱</source>
        <translation>例如：编织袋、竹筐、塑料周转箱</translation>
    </message>
    <message>
        <source>kg, one empty container</source>
        <translation>公斤（单个空容器）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>皮重</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Receipts already issued keep the tare they were weighed with.</source>
        <translation>已开出的收购单仍按过磅时的皮重，不受影响。</translation>
    </message>
    <message>
        <source>Choose a container and press Edit, or press Add container.</source>
        <translation>在左边选一个容器按“修改”，或按“添加容器”。</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>新容器</translation>
    </message>
    <message>
        <source>Edit container</source>
        <translation>修改容器</translation>
    </message>
    <message>
        <source>Write the container's name, e.g. 编织袋.</source>
        <translation>请填写容器名称，例如：编织袋。</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation>名称太长（最多 {n} 个字）。</translation>
    </message>
    <message>
        <source>There is already a container called “{name}”.</source>
        <translation>已有名为“{name}”的容器。</translation>
    </message>
    <message>
        <source>Write what one empty container weighs, in kg, e.g. 0.15.</source>
        <translation>请填写单个空容器的重量（公斤），例如 0.15。</translation>
    </message>
    <message>
        <source>“{text}” is not a weight. Write kg, e.g. 0.15.</source>
        <translation>“{text}”不是重量。请填写公斤数，例如 0.15。</translation>
    </message>
    <message>
        <source>The tare cannot be less than zero.</source>
        <translation>皮重不能小于零。</translation>
    </message>
    <message>
        <source>{kg} kg is too heavy for a container; weigh the vehicle instead.</source>
        <translation>{kg} 公斤对容器来说太重了；请改为称空车皮重。</translation>
    </message>
    <message>
        <source>Saved: {name}, {kg} kg each.</source>
        <translation>已保存：{name}，每个 {kg} 公斤。</translation>
    </message>
    <message>
        <source>Remove container</source>
        <translation>删除容器</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list? Receipts already issued keep the tare they were weighed with.</source>
        <translation>从列表中删除“{name}”？已开出的收购单仍按过磅时的皮重，不受影响。</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>已删除“{name}”。</translation>
    </message>
</context>
<context>
    <name>ScaleFeed</name>
    <message>
        <source>simulator</source>
        <translation>模拟秤</translation>
    </message>
    <message>
        <source>The scale settings are not valid.</source>
        <translation>地磅设置不正确。</translation>
    </message>
    <message>
        <source>No scale port chosen (station settings).</source>
        <translation>还没有选择地磅端口（收购站设置）。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged frame(s) ignored</source>
        <translation>
            <numerusform>已忽略 %n 个损坏的数据帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Overload: take some weight off the scale.</source>
        <translation>超载：请从秤上卸下部分货物。</translation>
    </message>
    <message>
        <source>Below zero: zero the scale.</source>
        <translation>低于零点：请将地磅清零。</translation>
    </message>
    <message>
        <source>The scale is busy.</source>
        <translation>地磅忙，请稍候。</translation>
    </message>
    <message>
        <source>The scale reports an error.</source>
        <translation>地磅报告故障。</translation>
    </message>
    <message>
        <source>Scale connected: %1</source>
        <translation>地磅已连接：%1</translation>
    </message>
    <message>
        <source>The scale sends nothing. Is the indicator switched on?</source>
        <translation>地磅没有发送数据。仪表开机了吗？</translation>
    </message>
    <message>
        <source>The scale sends data this program cannot read: check the indicator, baud rate and parity in the station settings (or use Detect).</source>
        <translation>地磅发送的数据无法识别：请在收购站设置中检查仪表型号、波特率和校验位（或使用“自动检测”）。</translation>
    </message>
    <message>
        <source>The scale's port or address is not there. Is the cable plugged in?</source>
        <translation>找不到地磅的端口或地址。数据线插好了吗？</translation>
    </message>
    <message>
        <source>This user may not open the scale's port.</source>
        <translation>当前用户没有权限打开地磅端口。</translation>
    </message>
    <message>
        <source>Another program is using the scale's port.</source>
        <translation>另一个程序正在使用地磅端口。</translation>
    </message>
    <message>
        <source>The port refused these line settings.</source>
        <translation>端口不接受这些通信设置。</translation>
    </message>
    <message>
        <source>Nothing answers at the scale's network address.</source>
        <translation>地磅的网络地址没有响应。</translation>
    </message>
    <message>
        <source>The scale's network converter does not answer.</source>
        <translation>地磅的网络转换器没有应答。</translation>
    </message>
    <message>
        <source>The scale was disconnected. Reconnecting…</source>
        <translation>地磅连接断开，正在重新连接…</translation>
    </message>
    <message>
        <source>The scale is not connected. Reconnecting…</source>
        <translation>地磅未连接，正在重新连接…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Printed on grower cards and receipts</source>
        <translation>印在农户卡和收据上</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Cooperative name</source>
        <translation>合作社名称</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>This laptop's code</source>
        <translation>本机编号</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>数据库版本</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Villages of the selected township</source>
        <translation>所选乡镇的村</translation>
    </message>
    <message>
        <source>Crops</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>New township</source>
        <translation>新增乡镇</translation>
    </message>
    <message>
        <source>New village in %s</source>
        <translation>在%s新增村</translation>
    </message>
    <message>
        <source>New crop</source>
        <translation>新增作物</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove “%s” from the list?</source>
        <translation>从列表中删除“%s”吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>仍在使用</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) or plot(s) still use this entry; change them first.</source>
        <translation>
            <numerusform>还有 %n 户农户或地块在使用这一项，请先修改它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language is used after FieldApp restarts.</source>
        <translation>新的界面语言将在 FieldApp 重新启动后生效。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Day settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>正在汇总…</translation>
    </message>
    <message>
        <source>The settlement could not be made: %1</source>
        <translation>无法生成日结：%1</translation>
    </message>
    <message>
        <source>No receipts were issued on this day.</source>
        <translation>这一天没有开出收购单。</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s), net %1 kg</source>
        <translation>
            <numerusform>共 %n 张收购单，净重 %1 公斤</numerusform>
        </translation>
    </message>
    <message>
        <source>Total ¥%1 (%2)</source>
        <translation>合计 ¥%1（%2）</translation>
    </message>
    <message>
        <source>Paid ¥%1, unpaid ¥%2</source>
        <translation>已付 ¥%1，未付 ¥%2</translation>
    </message>
    <message numerus="yes">
        <source>%n voided receipt(s), not counted</source>
        <translation>
            <numerusform>作废 %n 张，不计入合计</numerusform>
        </translation>
    </message>
    <message>
        <source>settlement-%1</source>
        <translation>日结-%1</translation>
    </message>
    <message>
        <source>Save the settlement</source>
        <translation>保存日结</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message numerus="yes">
        <source>All: %n case(s)</source>
        <translation>
            <numerusform>合计 %n 例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in these weeks</source>
        <translation>
            <numerusform>这几周共 %n 例</numerusform>
        </translation>
    </message>
    <message>
        <source>Other pests: %1</source>
        <translation>其他病虫害：%1</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>No scale connected</source>
        <translation>未连接地磅</translation>
    </message>
    <message>
        <source>Scan the grower's card, or type a name or card number</source>
        <translation>扫描社员卡，或输入姓名、卡号</translation>
    </message>
    <message>
        <source>Their receipts</source>
        <translation>该社员的收购单</translation>
    </message>
    <message>
        <source>This grower's receipts and payments</source>
        <translation>查看这位社员的收购单和付款记录</translation>
    </message>
    <message>
        <source>Station settings…</source>
        <translation>收购站设置…</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>地磅</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <source>Take gross weight (F2)</source>
        <translation>取毛重 (F2)</translation>
    </message>
    <message>
        <source>Take tare weight (F3)</source>
        <translation>取皮重 (F3)</translation>
    </message>
    <message>
        <source>Type a weight…</source>
        <translation>手工输入重量…</translation>
    </message>
    <message>
        <source>Per container</source>
        <translation>按件扣皮</translation>
    </message>
    <message>
        <source>Weighed empty</source>
        <translation>回皮称重</translation>
    </message>
    <message>
        <source>No tare</source>
        <translation>不扣皮</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>Add to receipt (F4)</source>
        <translation>加入本单 (F4)</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>毛重</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>皮重</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Moisture %</source>
        <translation>水分 %</translation>
    </message>
    <message>
        <source>Impurity %</source>
        <translation>杂质 %</translation>
    </message>
    <message>
        <source>Gross kg</source>
        <translation>毛重(公斤)</translation>
    </message>
    <message>
        <source>Tare kg</source>
        <translation>皮重(公斤)</translation>
    </message>
    <message>
        <source>Deducted kg</source>
        <translation>扣重(公斤)</translation>
    </message>
    <message>
        <source>Net kg</source>
        <translation>净重(公斤)</translation>
    </message>
    <message>
        <source>Price yuan/kg</source>
        <translation>单价(元/公斤)</translation>
    </message>
    <message>
        <source>Amount yuan</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remove lot (Del)</source>
        <translation>删除此批 (Del)</translation>
    </message>
    <message>
        <source>Start over (Esc)</source>
        <translation>重新开始 (Esc)</translation>
    </message>
    <message>
        <source>Save and print (F9)</source>
        <translation>保存并打印 (F9)</translation>
    </message>
    <message>
        <source>%1 (%2 kg)</source>
        <translation>%1（%2 公斤）</translation>
    </message>
    <message>
        <source>Another grower</source>
        <translation>换社员</translation>
    </message>
    <message>
        <source>The lots on this receipt belong to %1. Start a new receipt for %2?</source>
        <translation>本单上的货属于%1。要为%2开一张新单吗？</translation>
    </message>
    <message>
        <source>● Stable</source>
        <translation>● 稳定</translation>
    </message>
    <message>
        <source>○ Moving</source>
        <translation>○ 不稳定</translation>
    </message>
    <message>
        <source>Wait until the scale shows a stable weight.</source>
        <translation>请等秤上重量稳定后再取数。</translation>
    </message>
    <message>
        <source>Type the gross weight</source>
        <translation>手工输入毛重</translation>
    </message>
    <message>
        <source>No price is set for this crop. Ask the coordinator.</source>
        <translation>这种作物还没有定价，请联系负责人设置。</translation>
    </message>
    <message>
        <source>Type moisture and impurity as a percent, e.g. 14.5</source>
        <translation>水分和杂质请按百分数输入，例如 14.5</translation>
    </message>
    <message>
        <source>Take the gross weight from the scale (F2).</source>
        <translation>请从秤上取毛重 (F2)。</translation>
    </message>
    <message>
        <source>The tare is as heavy as the gross weight.</source>
        <translation>皮重不能大于或等于毛重。</translation>
    </message>
    <message>
        <source>A tare cannot be negative.</source>
        <translation>皮重不能是负数。</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>百分数必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The deductions take the whole weight.</source>
        <translation>扣重已超过全部重量。</translation>
    </message>
    <message>
        <source>%1 yuan/kg (rule version %2)</source>
        <translation>%1 元/公斤（价格第 %2 版）</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 公斤</translation>
    </message>
    <message>
        <source>(typed: %1)</source>
        <translation>（手工输入：%1）</translation>
    </message>
    <message>
        <source>weighed %1 kg</source>
        <translation>回皮 %1 公斤</translation>
    </message>
    <message>
        <source>Net: —</source>
        <translation>净重：—</translation>
    </message>
    <message>
        <source>Amount: —</source>
        <translation>金额：—</translation>
    </message>
    <message>
        <source>Net: %1 kg</source>
        <translation>净重：%1 公斤</translation>
    </message>
    <message>
        <source>Amount: ¥%1</source>
        <translation>金额：¥%1</translation>
    </message>
    <message>
        <source>Tare %1 kg</source>
        <translation>皮重 %1 公斤</translation>
    </message>
    <message>
        <source>Moisture</source>
        <translation>水分</translation>
    </message>
    <message>
        <source>Impurity</source>
        <translation>杂质</translation>
    </message>
    <message>
        <source>%1%2: less %3 kg</source>
        <translation>%1%2：扣 %3 公斤</translation>
    </message>
    <message>
        <source>Scan the grower's card first.</source>
        <translation>请先扫描社员卡。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message numerus="yes">
        <source>Throw away the %n lot(s) on this receipt?</source>
        <translation>
            <numerusform>要放弃本单上的 %n 批货吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>收购员</translation>
    </message>
    <message>
        <source>Your name, printed on the receipts:</source>
        <translation>您的姓名（打印在收购单上）：</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>收购单没有保存成功：%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Add at least one lot.</source>
        <translation>请至少加入一批货。</translation>
    </message>
    <message>
        <source>Too many lots for one receipt.</source>
        <translation>一张收购单上的货太多了。</translation>
    </message>
    <message>
        <source>Type the clerk's name in the station settings.</source>
        <translation>请在收购站设置中填写收购员姓名。</translation>
    </message>
    <message>
        <source>This grower is not in the registry.</source>
        <translation>花名册里没有这位社员。</translation>
    </message>
    <message>
        <source>This grower has left the cooperative.</source>
        <translation>这位社员已退社。</translation>
    </message>
    <message>
        <source>The price rule has changed. Price the lots again.</source>
        <translation>价格已调整，请重新计价。</translation>
    </message>
    <message>
        <source>No grower yet</source>
        <translation>尚未选择社员</translation>
    </message>
    <message>
        <source>typed: %1</source>
        <translation>手工输入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s), net %1 kg, total ¥%2</source>
        <translation>
            <numerusform>共 %n 批，净重 %1 公斤，合计 ¥%2</numerusform>
        </translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <source>No lots on this receipt yet</source>
        <translation>本单还没有货</translation>
    </message>
    <message>
        <source>Corrects voided receipt %1</source>
        <translation>更正已作废的收购单 %1</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>收购站设置</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收购单</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>80 毫米热敏纸</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>58 毫米热敏纸</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <source>241 mm continuous form, 3 parts</source>
        <translation>241 毫米连续纸（三联）</translation>
    </message>
    <message>
        <source>Ask for the printer every time</source>
        <translation>每次打印都选择打印机</translation>
    </message>
    <message>
        <source>Choose another printer next time</source>
        <translation>下次打印时重新选择打印机</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>合作社</translation>
    </message>
    <message>
        <source>Receipt number prefix</source>
        <translation>单号前缀</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>收购员</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>打印份数</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>地磅</translation>
    </message>
    <message>
        <source>Serial port (RS-232 / USB)</source>
        <translation>串口（RS-232 / USB）</translation>
    </message>
    <message>
        <source>Network (serial-to-Ethernet converter)</source>
        <translation>网络（串口转以太网）</translation>
    </message>
    <message>
        <source>Simulator (no scale, for training)</source>
        <translation>模拟秤（无地磅，培训用）</translation>
    </message>
    <message>
        <source>Yaohua XK3190 (tF=0)</source>
        <translation>耀华 XK3190（tF=0）</translation>
    </message>
    <message>
        <source>Yaohua XK3190 (= format)</source>
        <translation>耀华 XK3190（= 格式）</translation>
    </message>
    <message>
        <source>ST,GS,+0012.34kg lines</source>
        <translation>ST,GS,+0012.34kg 文本格式</translation>
    </message>
    <message>
        <source>Mettler Toledo MT-SICS</source>
        <translation>梅特勒-托利多 MT-SICS</translation>
    </message>
    <message>
        <source>Mettler Toledo continuous</source>
        <translation>梅特勒-托利多 连续输出</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <source> g</source>
        <translation> 克</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>仪表</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Try every baud rate, parity and indicator format on this port</source>
        <translation>在此端口上逐一尝试各种波特率、校验位和仪表格式</translation>
    </message>
    <message>
        <source>Baud rate, parity</source>
        <translation>波特率、校验位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Network port</source>
        <translation>网络端口</translation>
    </message>
    <message>
        <source>Stable within, for</source>
        <translation>稳定范围、持续时间</translation>
    </message>
    <message>
        <source>Choose the port the scale is plugged into.</source>
        <translation>请选择地磅所接的端口。</translation>
    </message>
    <message>
        <source>Listening on %1… (up to 30 s)</source>
        <translation>正在监听 %1…（最长 30 秒）</translation>
    </message>
    <message>
        <source>The port could not be opened: %1</source>
        <translation>无法打开端口：%1</translation>
    </message>
    <message>
        <source>No indicator format recognised. Is the scale on and sending?</source>
        <translation>没有识别出仪表格式。地磅开机并在发送数据吗？</translation>
    </message>
    <message>
        <source>Found %1 at %2 baud (%3 good frames). Save to use it.</source>
        <translation>找到 %1，波特率 %2（%3 个有效数据帧）。保存后生效。</translation>
    </message>
    <message>
        <source>Letters and digits only, e.g. LQ</source>
        <translation>只能用字母和数字，例如 LQ</translation>
    </message>
    <message>
        <source>Type the converter's address.</source>
        <translation>请输入转换器的地址。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>No connection to the server. Your work stays on this laptop and is sent when a network is found.</source>
        <translation>连不上服务器。您的数据都保存在本机，有网络时会自动发送。</translation>
    </message>
    <message>
        <source>The server did not answer in time (a weak signal?). Try again later.</source>
        <translation>服务器没有及时响应（信号弱？），请稍后再试。</translation>
    </message>
    <message>
        <source>The server does not accept this laptop any more. Ask the coordinator for a new enrolment code.</source>
        <translation>服务器已不再接受这台电脑。请向管理员索取新的注册码。</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The server had a problem: %1</source>
        <translation>服务器出现问题：%1</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>田间巡查</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>病虫害目录条目</translation>
    </message>
    <message>
        <source>The picture file is no longer on this laptop. Import it again.</source>
        <translation>这张照片的文件已不在这台电脑上，请重新导入。</translation>
    </message>
    <message>
        <source>The picture file on this laptop has changed or is damaged.</source>
        <translation>这台电脑上的照片文件已被改动或损坏。</translation>
    </message>
    <message>
        <source>The picture arrived damaged. It is fetched again at the next sync.</source>
        <translation>照片下载时损坏了，下次同步会重新下载。</translation>
    </message>
    <message>
        <source>The picture arrived but cannot be opened.</source>
        <translation>照片已下载，但打不开。</translation>
    </message>
    <message>
        <source>Not on the server yet: the laptop that took it has not sent it.</source>
        <translation>服务器上还没有：拍照的那台电脑还没上传。</translation>
    </message>
    <message>
        <source>A small copy is here; the full picture comes later.</source>
        <translation>已有小图，原图稍后到。</translation>
    </message>
    <message>
        <source>This laptop could not save the picture (is the disk full?).</source>
        <translation>这台电脑存不下这张照片（硬盘满了吗？）。</translation>
    </message>
    <message>
        <source>Being sent (%1%)</source>
        <translation>正在上传（%1%）</translation>
    </message>
    <message>
        <source>Small copy sent</source>
        <translation>小图已上传</translation>
    </message>
    <message>
        <source>To be fetched</source>
        <translation>等待下载</translation>
    </message>
    <message>
        <source>Being fetched (%1%)</source>
        <translation>正在下载（%1%）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Connect this laptop to the cooperative's server</source>
        <translation>将本机连接到合作社服务器</translation>
    </message>
    <message>
        <source>e.g. http://192.168.1.10:8765</source>
        <translation>如 http://192.168.1.10:8765</translation>
    </message>
    <message>
        <source>The 8-letter code from the coordinator</source>
        <translation>管理员给的 8 位注册码</translation>
    </message>
    <message>
        <source>e.g. Zhang's laptop</source>
        <translation>如：张技术员的电脑</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The advice sheet of each case answered here, for growers whose card has a portal link: they open it on their phone.</source>
        <translation>在这台电脑上回复的问诊，会把建议书发给卡上有手机链接的农户，农户在手机上打开。</translation>
    </message>
    <message>
        <source>Advice sheets for phones</source>
        <translation>手机上的建议书</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from other laptops are kept aside, not lost: a record here already has the same ID number. See below what to do.</source>
        <translation>
            <numerusform>有 %n 条来自其他电脑的记录被暂存（没有丢失）：本机已有相同身份证号的记录。处理方法见下方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Send a reduced copy first on slow links</source>
        <translation>网络慢时先传小图</translation>
    </message>
    <message>
        <source>Each photo goes first as a small picture, so others see it soon; the full photo follows.</source>
        <translation>每张照片先传一张小图，别人能早点看到；原图随后再传。</translation>
    </message>
    <message>
        <source>Photos not sent or fetched yet</source>
        <translation>还没上传或下载完的照片</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Conflicts: the same thing changed on two laptops</source>
        <translation>冲突：同一内容在两台电脑上被修改</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>Keep the value now</source>
        <translation>保留当前值</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>改用另一个值</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 条修改</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing: everything is on the server</source>
        <translation>没有：全部已在服务器上</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>已上传 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fetched</source>
        <translation>
            <numerusform>已下载 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small copy sent</source>
        <translation>
            <numerusform>%n 张已传小图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n 张等待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to be fetched</source>
        <translation>
            <numerusform>%n 张等待下载</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 张失败</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>还没有照片</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>还没有</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>advice sheets</comment>
        <translation>
            <numerusform>已发出 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>advice sheets</comment>
        <translation>
            <numerusform>%n 份没发出</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be made here: %1</source>
        <translation>这台电脑做不出建议书：%1</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Type the server address (starting with http://) and the code.</source>
        <translation>请输入服务器地址（以 http:// 开头）和注册码。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>TreatmentLineDialog</name>
    <message>
        <source>Product in the plan</source>
        <translation>方案中的药剂</translation>
    </message>
    <message>
        <source>The product as sold, e.g. 25% pymetrozine WP</source>
        <translation>药剂商品名称，如 25%吡蚜酮可湿性粉剂</translation>
    </message>
    <message>
        <source> l per mu</source>
        <translation> 升/亩</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. at the first signs, on a dry morning</source>
        <translation>如：发病初期，晴天上午露水干后</translation>
    </message>
    <message>
        <source>e.g. keep away from fish ponds and silkworms</source>
        <translation>如：远离鱼塘和蚕室</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>药剂</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>有效成分</translation>
    </message>
    <message>
        <source>Dose per mu</source>
        <translation>每亩用量</translation>
    </message>
    <message>
        <source>Water per mu</source>
        <translation>每亩兑水</translation>
    </message>
    <message>
        <source>Per tank</source>
        <translation>每桶</translation>
    </message>
    <message>
        <source>Safe interval before harvest</source>
        <translation>安全间隔期</translation>
    </message>
    <message>
        <source>When to spray</source>
        <translation>施药时间</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>安全注意事项</translation>
    </message>
    <message>
        <source>Catalogue: %1 per mu</source>
        <translation>目录推荐：每亩 %1</translation>
    </message>
    <message>
        <source>%1 in a %2 l tank</source>
        <translation>每 %2 升水（一桶）加 %1</translation>
    </message>
</context>
<context>
    <name>TreatmentPlan</name>
    <message>
        <source>g</source>
        <translation>克</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>毫升</translation>
    </message>
    <message>
        <source>The dose of %1, %2 per mu, is outside the catalogue's range of %3 per mu.

Keep this dose?</source>
        <translation>%1 的用量为每亩 %2，超出目录推荐的每亩 %3。

确定使用这个用量吗？</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>药剂</translation>
    </message>
    <message>
        <source>Per mu</source>
        <translation>每亩</translation>
    </message>
    <message>
        <source>%1 in %2 l water</source>
        <translation>%1，兑水 %2 升</translation>
    </message>
    <message>
        <source>Per tank</source>
        <translation>每桶</translation>
    </message>
    <message>
        <source>Safe interval</source>
        <translation>安全间隔期</translation>
    </message>
    <message>
        <source>No spraying planned.</source>
        <translation>暂不需要施药。</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>添加药剂…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Take the catalogue's plan</source>
        <translation>采用目录推荐方案</translation>
    </message>
    <message>
        <source>%1 per %2 l</source>
        <translation>%1 / %2 升</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the catalogue's range of %1 per mu (confirmed)</source>
        <translation>超出目录推荐的每亩 %1（已确认）</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>用量</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a receipt</source>
        <translation>验证收购单</translation>
    </message>
    <message>
        <source>Scan the QR code on the receipt, or paste its text and press Enter.</source>
        <translation>扫描收购单上的二维码，或粘贴其文字后按回车。</translation>
    </message>
    <message>
        <source>Receipt code (FAR1:…)</source>
        <translation>收购单码（FAR1:…）</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收购单号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>开单单位</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>更正单号</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Net (kg)</source>
        <translation>净重（公斤）</translation>
    </message>
    <message>
        <source>Price (yuan/kg)</source>
        <translation>单价（元/公斤）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scan {n} at {time}. Ready for the next receipt.</source>
        <translation>第 {n} 次扫描，{time}。可以扫描下一张。</translation>
    </message>
    <message>
        <source>Waiting for a receipt</source>
        <translation>等待扫描收购单</translation>
    </message>
    <message>
        <source>Put the cursor in the field above and scan the receipt's QR code. The answer appears here.</source>
        <translation>把光标放在上面的输入框里，扫描收购单上的二维码，结果会显示在这里。</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <source>This receipt is exactly as the cooperative's laptop signed it. What it says:</source>
        <translation>这张收购单与合作社电脑签发时完全一致。内容如下：</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>已被篡改</translation>
    </message>
    <message>
        <source>This receipt's code has been changed or damaged; do not pay on it.</source>
        <translation>这张收购单的二维码已被改动或损坏，不要凭它付款。</translation>
    </message>
    <message>
        <source>Cannot be checked yet</source>
        <translation>暂时无法验证（未知设备密钥）</translation>
    </message>
    <message>
        <source>It was signed by a laptop this installation does not know yet. Sync with the cooperative first, then scan it again. Until then, do not pay on it. What it says, unchecked:</source>
        <translation>它由本机尚不认识的电脑签发（未知设备密钥）。请先与合作社同步，再扫描一次；在此之前不要凭它付款。其内容（未经验证）如下：</translation>
    </message>
    <message>
        <source>Not a receipt</source>
        <translation>不是收购单</translation>
    </message>
    <message>
        <source>This is not a FieldApp receipt code: it is a grower card.</source>
        <translation>这不是 FieldApp 收购单码，而是农户卡。</translation>
    </message>
    <message>
        <source>This is not a FieldApp receipt code.</source>
        <translation>这不是 FieldApp 收购单码。</translation>
    </message>
    <message>
        <source>{yuan} yuan</source>
        <translation>{yuan} 元</translation>
    </message>
    <message>
        <source>Not in this laptop's ledger: it was issued on another laptop that has not synced with this one yet.</source>
        <translation>本机台账中没有这张收购单：它由另一台电脑开出，尚未同步到本机。</translation>
    </message>
    <message>
        <source>VOID in this laptop's ledger since {time} ({reason}). Do not pay on it.</source>
        <translation>本机台账记载：已于 {time} 作废（{reason}）。不要凭它付款。</translation>
    </message>
    <message>
        <source>It was corrected by receipt {number}.</source>
        <translation>已由收购单 {number} 更正。</translation>
    </message>
    <message>
        <source>Already PAID on {time} ({method}, {clerk}). Do not pay it again.</source>
        <translation>已于 {time} 付款（{method}，{clerk}）。不要重复付款。</translation>
    </message>
    <message>
        <source>In this laptop's ledger: not paid yet.</source>
        <translation>本机台账记载：尚未付款。</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Field visit</source>
        <translation>田间巡查</translation>
    </message>
    <message>
        <source>New field visit</source>
        <translation>新建巡查记录</translation>
    </message>
    <message>
        <source>Scan the card, or type a name and press Enter</source>
        <translation>扫描社员卡，或输入姓名后按回车</translation>
    </message>
    <message>
        <source>Visit in the field</source>
        <translation>实地查看</translation>
    </message>
    <message>
        <source>Remote, from the grower's photos</source>
        <translation>远程诊断（根据社员发来的照片）</translation>
    </message>
    <message>
        <source>e.g. sunny, 28 °C, rain two days ago</source>
        <translation>例如：晴，28 °C，两天前下过雨</translation>
    </message>
    <message>
        <source>e.g. tillering, flowering, fruit swelling</source>
        <translation>例如：分蘖期、开花期、果实膨大期</translation>
    </message>
    <message>
        <source>Choose from the catalogue, or type it</source>
        <translation>从目录中选择，或直接输入</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>病虫害目录…</translation>
    </message>
    <message>
        <source>Pest and disease catalogue (Ctrl+K)</source>
        <translation>病虫害目录（Ctrl+K）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <source>Anything else the grower should know about the plan</source>
        <translation>方案的其他说明</translation>
    </message>
    <message>
        <source>Come back on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Treated, watching</source>
        <translation>已处理，观察中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>Crop stage</source>
        <translation>生育期</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>田间症状</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Share of plot affected</source>
        <translation>发生面积占比</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>防治方案</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>方案说明</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grower's phone: %1</source>
        <translation>农户手机：%1</translation>
    </message>
    <message>
        <source>no link on the grower's card yet (printing a card gives one).</source>
        <translation>社员卡上还没有手机链接（打印一张卡就有了）。</translation>
    </message>
    <message>
        <source>shows that the case waits for an answer.</source>
        <translation>显示这条问诊在等技术员回复。</translation>
    </message>
    <message>
        <source>shows the answer; a case closed this long ago gets no advice sheet.</source>
        <translation>能看到回复；结案这么久的问诊不再发建议书。</translation>
    </message>
    <message>
        <source>the answer and its advice sheet are sent by the laptop that changed the case last.</source>
        <translation>回复和建议书由最后修改这条问诊的电脑发出。</translation>
    </message>
    <message>
        <source>the answer and its advice sheet are there (sent %1).</source>
        <translation>回复和建议书已经发到（%1）。</translation>
    </message>
    <message>
        <source>shows the answer, but its advice sheet could not be sent: the Sync page says why.</source>
        <translation>能看到回复，但建议书没能发出，原因见“同步”页。</translation>
    </message>
    <message>
        <source>the answer and its advice sheet go at the next sync.</source>
        <translation>回复和建议书在下次同步时发出。</translation>
    </message>
    <message>
        <source>Move to another visit of this grower…</source>
        <translation>移到这位社员的另一条巡查记录…</translation>
    </message>
    <message>
        <source>Add photos from a folder…</source>
        <translation>从文件夹添加照片…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Similar past cases</source>
        <translation>相似的历史病例</translation>
    </message>
    <message>
        <source>Print advice sheet…</source>
        <translation>打印防治建议书…</translation>
    </message>
    <message>
        <source>No grower chosen</source>
        <translation>尚未选择社员</translation>
    </message>
    <message>
        <source>(no particular plot)</source>
        <translation>（不指定地块）</translation>
    </message>
    <message>
        <source>Replace the plan with the catalogue's products for this diagnosis?</source>
        <translation>用目录中该病虫害的推荐药剂替换当前方案？</translation>
    </message>
    <message>
        <source>The catalogue names no product for this.</source>
        <translation>目录中没有针对此病虫害的推荐药剂。</translation>
    </message>
    <message>
        <source>Not from the catalogue.</source>
        <translation>非目录条目。</translation>
    </message>
    <message>
        <source>Photos are kept with the visit: it is saved first.</source>
        <translation>照片随巡查记录保存：添加前会先保存记录。</translation>
    </message>
    <message>
        <source>The photos could not be read: %1</source>
        <translation>无法读取照片：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>None found yet.</source>
        <translation>暂未找到。</translation>
    </message>
    <message>
        <source>photos look alike</source>
        <translation>照片相似</translation>
    </message>
    <message>
        <source>same diagnosis</source>
        <translation>诊断相同</translation>
    </message>
    <message>
        <source>alike symptoms</source>
        <translation>症状相似</translation>
    </message>
    <message>
        <source>This grower has no other visit to move them to.</source>
        <translation>这位社员没有其他巡查记录可以移入。</translation>
    </message>
    <message>
        <source>Move photos</source>
        <translation>移动照片</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to:</source>
        <translation>
            <numerusform>把 %n 张照片移到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder with the photos</source>
        <translation>照片所在的文件夹</translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation>正在添加照片…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>已添加 %n 张照片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already with this visit.</source>
        <translation>
            <numerusform>%n 张已在这条记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plot's position was taken from the photos' GPS.</source>
        <translation>已根据照片的 GPS 信息填写地块位置。</translation>
    </message>
    <message>
        <source>Stopped: adding the same folder again continues where it stopped.</source>
        <translation>已停止：再次添加同一文件夹会从中断处继续。</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>……还有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit could not be saved: %1</source>
        <translation>巡查记录没有保存成功：%1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Field visits</source>
        <translation>田间巡查</translation>
    </message>
    <message>
        <source>New visit… (Ctrl+N)</source>
        <translation>新建巡查… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Treated, watching</source>
        <translation>已处理，观察中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Pest catalogue…</source>
        <translation>病虫害目录…</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案例</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期回访</translation>
    </message>
    <message>
        <source>Growers' questions</source>
        <translation>农户提问</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>The visits could not be read: %1</source>
        <translation>无法读取巡查记录：%1</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation>到期回访（%1）</translation>
    </message>
    <message>
        <source>Growers' questions (%1)</source>
        <translation>农户提问（%1）</translation>
    </message>
    <message>
        <source>Asks: %1</source>
        <translation>问：%1</translation>
    </message>
    <message>
        <source>No visits recorded today. Press “New visit” after a field visit.</source>
        <translation>今天还没有巡查记录。巡查后请按“新建巡查”。</translation>
    </message>
    <message>
        <source>No open cases: every problem recorded is resolved.</source>
        <translation>没有未结案例：记录的问题都已解决。</translation>
    </message>
    <message>
        <source>No follow-ups are due.</source>
        <translation>没有到期的回访。</translation>
    </message>
    <message>
        <source>No questions wait for an answer. Growers ask from the link on their card; their questions come with the next sync.</source>
        <translation>没有待回复的提问。农户用社员卡上的链接提问，下次同步时就会收到。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void receipt {number}</source>
        <translation>作废收购单 {number}</translation>
    </message>
    <message>
        <source>{kg} kg · {yuan} yuan</source>
        <translation>{kg} 公斤 · {yuan} 元</translation>
    </message>
    <message>
        <source>Voiding cannot be undone. The receipt stays in the ledger, marked void, with your reason, and its number is never used again. The grower's paper receipt is no longer valid: take it back if you can.</source>
        <translation>作废后不能撤销。收购单仍留在台账中，标为作废并记下原因，单号不再使用。农户手中的纸质收购单随即失效，能收回请收回。</translation>
    </message>
    <message>
        <source>Why is this receipt void? e.g. gross weight typed wrong, wrong grower</source>
        <translation>为什么作废？例如：毛重录错、农户选错</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>收购员</translation>
    </message>
    <message>
        <source>Keep the receipt</source>
        <translation>不作废</translation>
    </message>
    <message>
        <source>Void receipt</source>
        <translation>作废收购单</translation>
    </message>
    <message>
        <source>{n} of {max} characters</source>
        <translation>{n}/{max} 字</translation>
    </message>
    <message>
        <source>Write why the receipt is void; the reason is kept and printed.</source>
        <translation>请写明作废原因；原因会保存并打印出来。</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>原因太长（最多 {n} 个字）。</translation>
    </message>
    <message>
        <source>Write who is voiding the receipt.</source>
        <translation>请填写作废的收购员。</translation>
    </message>
</context>
<context>
    <name>WeighingPage</name>
    <message>
        <source>Weigh and buy</source>
        <translation>过磅收购</translation>
    </message>
    <message>
        <source>Receipts and payments</source>
        <translation>收购单与付款</translation>
    </message>
    <message>
        <source>Prices and grades…</source>
        <translation>价格与等级…</translation>
    </message>
    <message>
        <source>Check a receipt…</source>
        <translation>验证收购单…</translation>
    </message>
    <message>
        <source>Day settlement…</source>
        <translation>日结…</translation>
    </message>
    <message>
        <source>Receipt %1 saved: ¥%2</source>
        <translation>收购单 %1 已保存：¥%2</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The receipt is saved but could not be made ready for printing: %1</source>
        <translation>收购单已保存，但无法生成打印内容：%1</translation>
    </message>
    <message>
        <source>The receipt is saved but the printer failed: %1
Print it again from Receipts and payments.</source>
        <translation>收购单已保存，但打印机出错：%1
请在“收购单与付款”中重新打印。</translation>
    </message>
    <message>
        <source>(not printed: reprint it from the receipts)</source>
        <translation>（未打印：请在收购单列表中补打）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>_WeekColumns</name>
    <message>
        <source>Week of %1 to %2</source>
        <translation>%1 至 %2 这一周</translation>
    </message>
    <message>
        <source>This week, so far</source>
        <translation>本周，尚未结束</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>FieldApp cannot start</source>
        <translation>FieldApp 无法启动</translation>
    </message>
    <message>
        <source>Updating the database failed at step %s. The database was restored from the backup %s; nothing was lost. Please call support.

%s</source>
        <translation>数据库升级在第 %s 步失败。数据库已从备份 %s 恢复，数据没有丢失。请联系技术支持。

%s</translation>
    </message>
    <message>
        <source>This database was written by a newer FieldApp (schema %s; this program knows %s). Please install the newer version. The database was not changed.</source>
        <translation>这个数据库由更新版本的 FieldApp 写入（数据库版本 %s，本程序只支持到 %s）。请安装新版本。数据库没有被改动。</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Paid · transfer</source>
        <translation>已付 转账</translation>
    </message>
    <message>
        <source>Paid · cash</source>
        <translation>已付 现金</translation>
    </message>
    <message>
        <source>Moisture</source>
        <translation>水分</translation>
    </message>
    <message>
        <source>Impurity</source>
        <translation>杂质</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The receipt has no lots.</source>
        <translation>收购单上没有任何批次。</translation>
    </message>
    <message>
        <source>A receipt can hold at most {detail} lots.</source>
        <translation>一张收购单最多只能有 {detail} 个批次。</translation>
    </message>
    <message>
        <source>The clerk's name is not set. Enter it in Settings.</source>
        <translation>还没有设置收购员姓名，请在“设置”中填写。</translation>
    </message>
    <message>
        <source>This grower is not registered on this laptop.</source>
        <translation>这台电脑上没有登记这位农户。</translation>
    </message>
    <message>
        <source>{detail} has left the cooperative; no receipt can be made out to them.</source>
        <translation>{detail}已退社，不能给其开收购单。</translation>
    </message>
    <message>
        <source>The price of this grade is not known on this laptop. Sync, then try again.</source>
        <translation>这台电脑上没有这个等级的价格。请先同步，再试一次。</translation>
    </message>
    <message>
        <source>Receipt {detail} is already void. Nothing was changed.</source>
        <translation>收购单 {detail} 已经作废，没有做任何更改。</translation>
    </message>
    <message>
        <source>Receipt {detail} is already paid. Nothing was changed.</source>
        <translation>收购单 {detail} 已经付过款，没有做任何更改。</translation>
    </message>
    <message>
        <source>Receipt {detail} is already paid, so it cannot be voided: the money has gone. Issue a new receipt for the difference instead.</source>
        <translation>收购单 {detail} 已经付款，钱已付出，不能作废。请另开一张收购单补差额。</translation>
    </message>
    <message>
        <source>This receipt is not in this laptop's ledger.</source>
        <translation>这台电脑的台账里没有这张收购单。</translation>
    </message>
    <message>
        <source>The ledger refused the change ({detail}).</source>
        <translation>台账拒绝了这次更改（{detail}）。</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Moisture deductions</source>
        <translation>水分扣重</translation>
    </message>
    <message>
        <source>Impurity deductions</source>
        <translation>杂质扣重</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>容器名称</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>皮重</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>转账流水号</translation>
    </message>
    <message>
        <source>Nothing was saved: {detail}</source>
        <translation>没有保存：{detail}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payment account type</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入社日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Plot name</source>
        <translation>地块名称</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>作物</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Soil notes</source>
        <translation>土壤情况</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>巡查方式</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>Crop stage</source>
        <translation>生育期</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Share of the plot affected</source>
        <translation>发生面积占比</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>防治方案</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>药剂</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>有效成分</translation>
    </message>
    <message>
        <source>Dose per mu</source>
        <translation>每亩用量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Water per mu</source>
        <translation>每亩兑水</translation>
    </message>
    <message>
        <source>Safe interval before harvest</source>
        <translation>安全间隔期</translation>
    </message>
    <message>
        <source>When to spray</source>
        <translation>施药时间</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>安全注意事项</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>拉丁学名</translation>
    </message>
    <message>
        <source>Lowest dose per mu</source>
        <translation>每亩最低用量</translation>
    </message>
    <message>
        <source>Highest dose per mu</source>
        <translation>每亩最高用量</translation>
    </message>
    <message>
        <source>Sprays per season</source>
        <translation>每季施药次数</translation>
    </message>
    <message>
        <source>{field}: “{detail}” is not in the list.</source>
        <translation>{field}：“{detail}”不在列表中。</translation>
    </message>
    <message>
        <source>{field}: please choose an entry from the list.</source>
        <translation>{field}：请从列表中选择。</translation>
    </message>
    <message>
        <source>{field}: “{detail}” is already taken.</source>
        <translation>{field}：“{detail}”已经存在。</translation>
    </message>
    <message>
        <source>{field}: this value is already taken.</source>
        <translation>{field}：这个值已经存在。</translation>
    </message>
    <message>
        <source>{field} must be filled in.</source>
        <translation>{field}必须填写。</translation>
    </message>
    <message>
        <source>{field} is too long (at most {detail} characters).</source>
        <translation>{field}太长（最多 {detail} 个字）。</translation>
    </message>
    <message>
        <source>{field} must have 18 characters; this one has {detail}.</source>
        <translation>{field}应为 18 位，现在是 {detail} 位。</translation>
    </message>
    <message>
        <source>{field} may only contain digits, and X as the last character.</source>
        <translation>{field}只能是数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>{field} starts with {detail}, which is no province's code.</source>
        <translation>{field}以 {detail} 开头，这不是任何省份的代码。</translation>
    </message>
    <message>
        <source>{field} holds an impossible birth date ({detail}).</source>
        <translation>{field}中的出生日期不存在（{detail}）。</translation>
    </message>
    <message>
        <source>{field} is wrong: by its check digit the last character should be {detail}. A digit was probably mistyped.</source>
        <translation>{field}有误：按校验规则最后一位应为 {detail}，可能有数字输错了。</translation>
    </message>
    <message>
        <source>{field} must have 11 digits; this one has {detail}.</source>
        <translation>{field}应为 11 位，现在是 {detail} 位。</translation>
    </message>
    <message>
        <source>{field} must start with 13 to 19; this one starts with {detail}.</source>
        <translation>{field}应以 13 至 19 开头，现在以 {detail} 开头。</translation>
    </message>
    <message>
        <source>{field} may only contain digits.</source>
        <translation>{field}只能包含数字。</translation>
    </message>
    <message>
        <source>{field}: “{detail}” is not a number.</source>
        <translation>{field}：“{detail}”不是数字。</translation>
    </message>
    <message>
        <source>{field} must be more than zero.</source>
        <translation>{field}必须大于零。</translation>
    </message>
    <message>
        <source>{field} is too large (at most {detail}).</source>
        <translation>{field}太大（最多 {detail}）。</translation>
    </message>
    <message>
        <source>{field}: “{detail}” is not a date (write it like 2019-03-01).</source>
        <translation>{field}：“{detail}”不是日期（请写成 2019-03-01 这样）。</translation>
    </message>
    <message>
        <source>{field} is in the future ({detail}).</source>
        <translation>{field}是将来的日期（{detail}）。</translation>
    </message>
    <message>
        <source>{field} ({detail}) is before the visit.</source>
        <translation>{field}（{detail}）早于巡查日期。</translation>
    </message>
    <message>
        <source>{field} must be between -90 and 90 degrees.</source>
        <translation>{field}必须在 -90 到 90 度之间。</translation>
    </message>
    <message>
        <source>{field} must be between -180 and 180 degrees.</source>
        <translation>{field}必须在 -180 到 180 度之间。</translation>
    </message>
    <message>
        <source>{field} may only contain Chinese characters, letters and the middle dot (·).</source>
        <translation>{field}只能包含汉字、字母和间隔号（·）。</translation>
    </message>
    <message>
        <source>{field} must be a bank card number of 12 to 19 digits.</source>
        <translation>{field}应为 12 到 19 位数字的银行卡号。</translation>
    </message>
    <message>
        <source>{field} was stored by Excel as a number ({detail}) and its last digits are lost. Format the column as Text in Excel, type the numbers again, then import.</source>
        <translation>{field}被 Excel 存成了数字（{detail}），后几位已经丢失。请在 Excel 中把这一列设为“文本”格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <source>{field} is not valid.</source>
        <translation>{field}无效。</translation>
    </message>
    <message>
        <source>The file is open in another program. Close it and try again.</source>
        <translation>文件正被其他程序打开，请关闭后再试。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>the file is larger than 60 MB.</source>
        <translation>文件大于 60 MB。</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>this is not a picture.</source>
        <translation>这不是图片。</translation>
    </message>
    <message>
        <source>HEIC photos from iPhones cannot be read yet: set the phone to save JPEG (Settings › Camera › Formats › Most Compatible), or send them through WeChat.</source>
        <translation>暂不能读取苹果手机的 HEIC 照片：请在手机“设置 › 相机 › 格式”中选择“兼容性最佳”，或通过微信发送。</translation>
    </message>
    <message>
        <source>this picture format is not supported.</source>
        <translation>不支持这种图片格式。</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (was the copy interrupted?).</source>
        <translation>图片已损坏或不完整（复制时是否中断？）。</translation>
    </message>
    <message>
        <source>the photo could not be saved (is the disk full?).</source>
        <translation>无法保存照片（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>姓名和手机相同</translation>
    </message>
    <message>
        <source>same name and village</source>
        <translation>同村同名</translation>
    </message>
    <message>
        <source>Row {row} of this file has the {reason} ({name}).</source>
        <translation>与本文件第 {row} 行{reason}（{name}）。</translation>
    </message>
    <message>
        <source>Already registered with the {reason}: {name}, card {card}.</source>
        <translation>已有登记且{reason}：{name}，卡号 {card}。</translation>
    </message>
    <message>
        <source>Imported only if “Import possible duplicates too” is ticked.</source>
        <translation>只有勾选“可能重复的也导入”时才会导入。</translation>
    </message>
    <message>
        <source>The file could not be opened ({detail}).</source>
        <translation>无法打开文件（{detail}）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is too big to be a list of growers.</source>
        <translation>文件太大，不像是农户名单。</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet. Choose an Excel file (.xlsx) or a CSV file.</source>
        <translation>这不是表格文件。请选择 Excel 文件（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls) or a password-protected one. Open it in Excel or WPS, choose Save As, pick “Excel Workbook (*.xlsx)” without a password, and import that file.</source>
        <translation>这是旧版 Excel 文件（.xls）或设有密码的文件。请用 Excel 或 WPS 打开，选择“另存为”，保存为不带密码的“Excel 工作簿 (*.xlsx)”，再导入该文件。</translation>
    </message>
    <message>
        <source>This Excel file is damaged or not really an Excel file. Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>这个 Excel 文件已损坏，或者并不是真正的 Excel 文件。请用 Excel 或 WPS 打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file cannot be read with the encoding {detail}. Choose “Automatic” or another encoding.</source>
        <translation>无法用 {detail} 编码读取该文件。请选择“自动识别”或其他编码。</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>文件中没有数据。</translation>
    </message>
    <message>
        <source>The file has more than {detail} rows. Split it into smaller files.</source>
        <translation>文件超过 {detail} 行，请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Nothing was imported: some of these growers were registered meanwhile ({detail}). Check the file again.</source>
        <translation>没有导入任何数据：其中一些农户在此期间已被登记（{detail}）。请重新检查文件。</translation>
    </message>
    <message>
        <source>Nothing was imported: the database refused the change ({detail}).</source>
        <translation>没有导入任何数据：数据库拒绝了这次修改（{detail}）。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何数据。</translation>
    </message>
</context>
</TS>