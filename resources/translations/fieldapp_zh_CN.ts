<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardsDialog</name>
    <message>
        <source>Grower cards</source>
        <translation>农户卡</translation>
    </message>
    <message numerus="yes">
        <source>Selected growers (%n)</source>
        <translation><numerusform>选中的农户（%n 户）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All growers in the list (%n)</source>
        <translation><numerusform>列表中的全部农户（%n 户）</numerusform></translation>
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
        <translation><numerusform>正在制作 %n 张卡…</numerusform></translation>
    </message>
    <message>
        <source>The file is open in another program. Close it and try again.</source>
        <translation>该文件正被其他程序打开。请关闭后重试。</translation>
    </message>
    <message>
        <source>The cards could not be made: %s</source>
        <translation>无法制作农户卡：%s</translation>
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
        <source>Remove the plot “%s”? Its history stays in the records.</source>
        <translation>删除地块“%s”吗？它的历史记录会保留。</translation>
    </message>
    <message>
        <source>Could not remove the plot: %s</source>
        <translation>无法删除地块：%s</translation>
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
        <translation><numerusform>找到 %n 户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) registered</source>
        <translation><numerusform>共登记 %n 户</numerusform></translation>
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
        <translation><numerusform>已导入 %n 户。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) added.</source>
        <translation><numerusform>已添加 %n 块地。</numerusform></translation>
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
        <translation><numerusform>已将 %n 行未导入的数据保存到 %1。</numerusform></translation>
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
        <translation><numerusform>导入 %n 户</numerusform></translation>
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
        <source>Recording visits, photos and treatment advice comes in a later version.</source>
        <translation>巡查记录、照片和防治建议将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>收购过磅</translation>
    </message>
    <message>
        <source>The weighing station and receipts come in a later version.</source>
        <translation>过磅收购和收据将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Everything is saved on this laptop. Sending it to the cooperative's server comes in a later version.</source>
        <translation>所有数据都已保存在这台电脑上。发送到合作社服务器的功能将在后续版本中提供。</translation>
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
        <source>%n grower(s)</source>
        <translation><numerusform>%n 户</numerusform></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) imported</source>
        <translation><numerusform>已导入 %n 户</numerusform></translation>
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
    <message>
        <source>The file is open in another program. Close it and try again.</source>
        <translation>该文件正被其他程序打开。请关闭后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) exported to %1</source>
        <translation><numerusform>已导出 %n 户到 %1</numerusform></translation>
    </message>
    <message>
        <source>About FieldApp</source>
        <translation>关于 FieldApp</translation>
    </message>
    <message>
        <source>FieldApp %s
Database schema %s
Data: %s
Laptop code: %s</source>
        <translation>FieldApp %s
数据库版本 %s
数据位置：%s
本机编号：%s</translation>
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
        <translation>没有保存</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>仍在使用</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) or plot(s) still use this entry; change them first.</source>
        <translation><numerusform>还有 %n 户农户或地块在使用这一项，请先修改它们。</numerusform></translation>
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