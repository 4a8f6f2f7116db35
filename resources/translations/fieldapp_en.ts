<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CardsDialog</name>
    <message>
        <source>Grower cards</source>
        <translation>Grower cards</translation>
    </message>
    <message numerus="yes">
        <source>Selected growers (%n)</source>
        <translation>
            <numerusform>Selected growers (%n)</numerusform><numerusform>Selected growers (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All growers in the list (%n)</source>
        <translation>
            <numerusform>All growers in the list (%n)</numerusform><numerusform>All growers in the list (%n)</numerusform></translation>
    </message>
    <message>
        <source>Whose cards</source>
        <translation>Whose cards</translation>
    </message>
    <message>
        <source>A4 sheets, 10 cards each, to cut out</source>
        <translation>A4 sheets, 10 cards each, to cut out</translation>
    </message>
    <message>
        <source>One card per page, for a card printer</source>
        <translation>One card per page, for a card printer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>No cooperative name is set; cards print without it. Set it in Settings.</source>
        <translation>No cooperative name is set; cards print without it. Set it in Settings.</translation>
    </message>
    <message>
        <source>Save PDF and open it…</source>
        <translation>Save PDF and open it…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save grower cards</source>
        <translation>Save grower cards</translation>
    </message>
    <message>
        <source>There are no growers in the list.</source>
        <translation>There are no growers in the list.</translation>
    </message>
    <message numerus="yes">
        <source>Making %n card(s)…</source>
        <translation>
            <numerusform>Making %n card…</numerusform><numerusform>Making %n cards…</numerusform></translation>
    </message>
    <message>
        <source>The file is open in another program. Close it and try again.</source>
        <translation>The file is open in another program. Close it and try again.</translation>
    </message>
    <message>
        <source>The cards could not be made: %s</source>
        <translation>The cards could not be made: %s</translation>
    </message>
</context>
<context>
    <name>GrowerEditor</name>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Active member</translation>
    </message>
    <message>
        <source>Left the cooperative</source>
        <translation>Left the cooperative</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>As on the ID card, e.g. 张三</source>
        <translation>As on the ID card, e.g. 张三</translation>
    </message>
    <message>
        <source>18 digits, the last may be X</source>
        <translation>18 digits, the last may be X</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 digits, e.g. 138 0013 8000</translation>
    </message>
    <message>
        <source>Group / house number</source>
        <translation>Group / house number</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Plots</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>New grower</source>
        <translation>New grower</translation>
    </message>
    <message>
        <source>%s · card %s</source>
        <translation>%s · card %s</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Born %s, %s</source>
        <translation>Born %s, %s</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Please correct the fields marked in red. Nothing was saved.</translation>
    </message>
    <message>
        <source>Could not save: %s</source>
        <translation>Could not save: %s</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>same name and mobile</source>
        <translation>same name and mobile</translation>
    </message>
    <message>
        <source>same name in the same village</source>
        <translation>same name in the same village</translation>
    </message>
    <message>
        <source>%s (card %s, %s, %s): %s</source>
        <translation>%s (card %s, %s, %s): %s</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>This ID number is already registered. The grower was not saved.</source>
        <translation>This ID number is already registered. The grower was not saved.</translation>
    </message>
    <message>
        <source>Open that grower</source>
        <translation>Open that grower</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>A grower who looks the same is already registered:</source>
        <translation>A grower who looks the same is already registered:</translation>
    </message>
    <message>
        <source>Save this one as a different person?</source>
        <translation>Save this one as a different person?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Open the existing one</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>Area (mu)</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>Variety</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Save the household first, then add its plots.</source>
        <translation>Save the household first, then add its plots.</translation>
    </message>
    <message>
        <source>Add plot</source>
        <translation>Add plot</translation>
    </message>
    <message>
        <source>Edit plot</source>
        <translation>Edit plot</translation>
    </message>
    <message>
        <source>Remove plot</source>
        <translation>Remove plot</translation>
    </message>
    <message>
        <source>Remove the plot “%s”? Its history stays in the records.</source>
        <translation>Remove the plot “%s”? Its history stays in the records.</translation>
    </message>
    <message>
        <source>Could not remove the plot: %s</source>
        <translation>Could not remove the plot: %s</translation>
    </message>
</context>
<context>
    <name>GrowerTableModel</name>
    <message>
        <source>Card no.</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Plots</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>Area (mu)</translation>
    </message>
    <message>
        <source>Crops</source>
        <translation>Crops</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>GrowersPage</name>
    <message>
        <source>Search: name, pinyin initials (zs), last digits of phone or ID, village</source>
        <translation>Search: name, pinyin initials (zs), last digits of phone or ID, village</translation>
    </message>
    <message>
        <source>New grower</source>
        <translation>New grower</translation>
    </message>
    <message>
        <source>Import sheet…</source>
        <translation>Import sheet…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Grower cards…</source>
        <translation>Grower cards…</translation>
    </message>
    <message>
        <source>Register the first grower</source>
        <translation>Register the first grower</translation>
    </message>
    <message>
        <source>Import the cooperative's spreadsheet…</source>
        <translation>Import the cooperative's spreadsheet…</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>All townships</translation>
    </message>
    <message>
        <source>All crops</source>
        <translation>All crops</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Search failed: %s</source>
        <translation>Search failed: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) found</source>
        <translation>
            <numerusform>%n grower found</numerusform><numerusform>%n growers found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) registered</source>
        <translation>
            <numerusform>%n grower registered</numerusform><numerusform>%n growers registered</numerusform></translation>
    </message>
    <message>
        <source>No grower matches</source>
        <translation>No grower matches</translation>
    </message>
    <message>
        <source>Try fewer characters, pinyin initials such as zs, the last 4 digits of a phone number, or clear the filters.</source>
        <translation>Try fewer characters, pinyin initials such as zs, the last 4 digits of a phone number, or clear the filters.</translation>
    </message>
    <message>
        <source>No growers yet</source>
        <translation>No growers yet</translation>
    </message>
    <message>
        <source>Register growers one by one, or import the member list the cooperative already keeps in Excel.</source>
        <translation>Register growers one by one, or import the member list the cooperative already keeps in Excel.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import growers from a spreadsheet</source>
        <translation>Import growers from a spreadsheet</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>No file chosen. Excel (.xlsx) and CSV files work.</source>
        <translation>No file chosen. Excel (.xlsx) and CSV files work.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Column titles in row:</source>
        <translation>Column titles in row:</translation>
    </message>
    <message>
        <source>Check what each column holds; change it where the guess is wrong.</source>
        <translation>Check what each column holds; change it where the guess is wrong.</translation>
    </message>
    <message>
        <source>Import possible duplicates too</source>
        <translation>Import possible duplicates too</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Save rejected rows…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Excel)</source>
        <translation>GBK / GB18030 (Chinese Excel)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (Unicode text)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Choose the growers' spreadsheet</source>
        <translation>Choose the growers' spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Automatic (%s)</source>
        <translation>Automatic (%s)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>{valid} valid, {invalid} invalid, {possible} possible duplicates</source>
        <translation>{valid} valid, {invalid} invalid, {possible} possible duplicates</translation>
    </message>
    <message>
        <source>Tell which column holds: %s.</source>
        <translation>Tell which column holds: %s.</translation>
    </message>
    <message>
        <source>townships: %s</source>
        <translation>townships: %s</translation>
    </message>
    <message>
        <source>villages: %s</source>
        <translation>villages: %s</translation>
    </message>
    <message>
        <source>crops: %s</source>
        <translation>crops: %s</translation>
    </message>
    <message>
        <source>Not in the lists yet, will be added: %s</source>
        <translation>Not in the lists yet, will be added: %s</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) imported.</source>
        <translation>
            <numerusform>%n grower imported.</numerusform><numerusform>%n growers imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) added.</source>
        <translation>
            <numerusform>%n plot added.</numerusform><numerusform>%n plots added.</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>rejected rows.xlsx</source>
        <translation>rejected rows.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>The file could not be saved: %s</source>
        <translation>The file could not be saved: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation>
            <numerusform>%n rejected row saved to %1.</numerusform><numerusform>%n rejected rows saved to %1.</numerusform></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Stopped. Nothing was imported.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was imported. (%s)</source>
        <translation>Something went wrong; nothing was imported. (%s)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n grower(s)</source>
        <translation>
            <numerusform>Import %n grower</numerusform><numerusform>Import %n growers</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldApp</source>
        <translation>FieldApp</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <source>Recording visits, photos and treatment advice comes in a later version.</source>
        <translation>Recording visits, photos and treatment advice comes in a later version.</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>The weighing station and receipts come in a later version.</source>
        <translation>The weighing station and receipts come in a later version.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Everything is saved on this laptop. Sending it to the cooperative's server comes in a later version.</source>
        <translation>Everything is saved on this laptop. Sending it to the cooperative's server comes in a later version.</translation>
    </message>
    <message>
        <source>Laptop %s</source>
        <translation>Laptop %s</translation>
    </message>
    <message>
        <source>Growers</source>
        <translation>Growers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import growers…</source>
        <translation>&amp;Import growers…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Export list…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Growers</source>
        <translation>&amp;Growers</translation>
    </message>
    <message>
        <source>&amp;New grower</source>
        <translation>&amp;New grower</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Open selected</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Grower &amp;cards…</source>
        <translation>Grower &amp;cards…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About FieldApp</source>
        <translation>&amp;About FieldApp</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s)</source>
        <translation>
            <numerusform>%n grower</numerusform><numerusform>%n growers</numerusform></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) imported</source>
        <translation>
            <numerusform>%n grower imported</numerusform><numerusform>%n growers imported</numerusform></translation>
    </message>
    <message>
        <source>Export the grower list</source>
        <translation>Export the grower list</translation>
    </message>
    <message>
        <source>growers.xlsx</source>
        <translation>growers.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>The file is open in another program. Close it and try again.</source>
        <translation>The file is open in another program. Close it and try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) exported to %1</source>
        <translation>
            <numerusform>%n grower exported to %1</numerusform><numerusform>%n growers exported to %1</numerusform></translation>
    </message>
    <message>
        <source>About FieldApp</source>
        <translation>About FieldApp</translation>
    </message>
    <message>
        <source>FieldApp %s
Database schema %s
Data: %s
Laptop code: %s</source>
        <translation>FieldApp %s
Database schema %s
Data: %s
Laptop code: %s</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PlotEditor</name>
    <message>
        <source>Edit plot</source>
        <translation>Edit plot</translation>
    </message>
    <message>
        <source>New plot</source>
        <translation>New plot</translation>
    </message>
    <message>
        <source>e.g. 河边大田</source>
        <translation>e.g. 河边大田</translation>
    </message>
    <message>
        <source>in mu, e.g. 1.5</source>
        <translation>in mu, e.g. 1.5</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>e.g. 25.043210</source>
        <translation>e.g. 25.043210</translation>
    </message>
    <message>
        <source>e.g. 102.712345</source>
        <translation>e.g. 102.712345</translation>
    </message>
    <message>
        <source>Plot name *</source>
        <translation>Plot name *</translation>
    </message>
    <message>
        <source>Area (mu) *</source>
        <translation>Area (mu) *</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>Variety</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Soil notes</source>
        <translation>Soil notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Could not save: %s</source>
        <translation>Could not save: %s</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Printed on grower cards and receipts</source>
        <translation>Printed on grower cards and receipts</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Cooperative name</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>This laptop's code</source>
        <translation>This laptop's code</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Villages of the selected township</source>
        <translation>Villages of the selected township</translation>
    </message>
    <message>
        <source>Crops</source>
        <translation>Crops</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New township</source>
        <translation>New township</translation>
    </message>
    <message>
        <source>New village in %s</source>
        <translation>New village in %s</translation>
    </message>
    <message>
        <source>New crop</source>
        <translation>New crop</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove “%s” from the list?</source>
        <translation>Remove “%s” from the list?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Still in use</translation>
    </message>
    <message numerus="yes">
        <source>%n grower(s) or plot(s) still use this entry; change them first.</source>
        <translation>
            <numerusform>%n grower or plot still use this entry; change them first.</numerusform><numerusform>%n growers or plots still use this entry; change them first.</numerusform></translation>
    </message>
    <message>
        <source>The new language is used after FieldApp restarts.</source>
        <translation>The new language is used after FieldApp restarts.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>FieldApp cannot start</source>
        <translation>FieldApp cannot start</translation>
    </message>
    <message>
        <source>Updating the database failed at step %s. The database was restored from the backup %s; nothing was lost. Please call support.

%s</source>
        <translation>Updating the database failed at step %s. The database was restored from the backup %s; nothing was lost. Please call support.

%s</translation>
    </message>
    <message>
        <source>This database was written by a newer FieldApp (schema %s; this program knows %s). Please install the newer version. The database was not changed.</source>
        <translation>This database was written by a newer FieldApp (schema %s; this program knows %s). Please install the newer version. The database was not changed.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Payment account type</source>
        <translation>Payment account type</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Plot name</source>
        <translation>Plot name</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>Area (mu)</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>Variety</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Soil notes</source>
        <translation>Soil notes</translation>
    </message>
    <message>
        <source>{field}: “{detail}” is not in the list.</source>
        <translation>{field}: “{detail}” is not in the list.</translation>
    </message>
    <message>
        <source>{field}: please choose an entry from the list.</source>
        <translation>{field}: please choose an entry from the list.</translation>
    </message>
    <message>
        <source>{field}: “{detail}” is already taken.</source>
        <translation>{field}: “{detail}” is already taken.</translation>
    </message>
    <message>
        <source>{field}: this value is already taken.</source>
        <translation>{field}: this value is already taken.</translation>
    </message>
    <message>
        <source>{field} must be filled in.</source>
        <translation>{field} must be filled in.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {detail} characters).</source>
        <translation>{field} is too long (at most {detail} characters).</translation>
    </message>
    <message>
        <source>{field} must have 18 characters; this one has {detail}.</source>
        <translation>{field} must have 18 characters; this one has {detail}.</translation>
    </message>
    <message>
        <source>{field} may only contain digits, and X as the last character.</source>
        <translation>{field} may only contain digits, and X as the last character.</translation>
    </message>
    <message>
        <source>{field} starts with {detail}, which is no province's code.</source>
        <translation>{field} starts with {detail}, which is no province's code.</translation>
    </message>
    <message>
        <source>{field} holds an impossible birth date ({detail}).</source>
        <translation>{field} holds an impossible birth date ({detail}).</translation>
    </message>
    <message>
        <source>{field} is wrong: by its check digit the last character should be {detail}. A digit was probably mistyped.</source>
        <translation>{field} is wrong: by its check digit the last character should be {detail}. A digit was probably mistyped.</translation>
    </message>
    <message>
        <source>{field} must have 11 digits; this one has {detail}.</source>
        <translation>{field} must have 11 digits; this one has {detail}.</translation>
    </message>
    <message>
        <source>{field} must start with 13 to 19; this one starts with {detail}.</source>
        <translation>{field} must start with 13 to 19; this one starts with {detail}.</translation>
    </message>
    <message>
        <source>{field} may only contain digits.</source>
        <translation>{field} may only contain digits.</translation>
    </message>
    <message>
        <source>{field}: “{detail}” is not a number.</source>
        <translation>{field}: “{detail}” is not a number.</translation>
    </message>
    <message>
        <source>{field} must be more than zero.</source>
        <translation>{field} must be more than zero.</translation>
    </message>
    <message>
        <source>{field} is too large (at most {detail}).</source>
        <translation>{field} is too large (at most {detail}).</translation>
    </message>
    <message>
        <source>{field}: “{detail}” is not a date (write it like 2019-03-01).</source>
        <translation>{field}: “{detail}” is not a date (write it like 2019-03-01).</translation>
    </message>
    <message>
        <source>{field} is in the future ({detail}).</source>
        <translation>{field} is in the future ({detail}).</translation>
    </message>
    <message>
        <source>{field} must be between -90 and 90 degrees.</source>
        <translation>{field} must be between -90 and 90 degrees.</translation>
    </message>
    <message>
        <source>{field} must be between -180 and 180 degrees.</source>
        <translation>{field} must be between -180 and 180 degrees.</translation>
    </message>
    <message>
        <source>{field} may only contain Chinese characters, letters and the middle dot (·).</source>
        <translation>{field} may only contain Chinese characters, letters and the middle dot (·).</translation>
    </message>
    <message>
        <source>{field} must be a bank card number of 12 to 19 digits.</source>
        <translation>{field} must be a bank card number of 12 to 19 digits.</translation>
    </message>
    <message>
        <source>{field} was stored by Excel as a number ({detail}) and its last digits are lost. Format the column as Text in Excel, type the numbers again, then import.</source>
        <translation>{field} was stored by Excel as a number ({detail}) and its last digits are lost. Format the column as Text in Excel, type the numbers again, then import.</translation>
    </message>
    <message>
        <source>{field} is not valid.</source>
        <translation>{field} is not valid.</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>same name and phone</translation>
    </message>
    <message>
        <source>same name and village</source>
        <translation>same name and village</translation>
    </message>
    <message>
        <source>Row {row} of this file has the {reason} ({name}).</source>
        <translation>Row {row} of this file has the {reason} ({name}).</translation>
    </message>
    <message>
        <source>Already registered with the {reason}: {name}, card {card}.</source>
        <translation>Already registered with the {reason}: {name}, card {card}.</translation>
    </message>
    <message>
        <source>Imported only if “Import possible duplicates too” is ticked.</source>
        <translation>Imported only if “Import possible duplicates too” is ticked.</translation>
    </message>
    <message>
        <source>The file could not be opened ({detail}).</source>
        <translation>The file could not be opened ({detail}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is too big to be a list of growers.</source>
        <translation>The file is too big to be a list of growers.</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet. Choose an Excel file (.xlsx) or a CSV file.</source>
        <translation>This file is not a spreadsheet. Choose an Excel file (.xlsx) or a CSV file.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls) or a password-protected one. Open it in Excel or WPS, choose Save As, pick “Excel Workbook (*.xlsx)” without a password, and import that file.</source>
        <translation>This is an old Excel file (.xls) or a password-protected one. Open it in Excel or WPS, choose Save As, pick “Excel Workbook (*.xlsx)” without a password, and import that file.</translation>
    </message>
    <message>
        <source>This Excel file is damaged or not really an Excel file. Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>This Excel file is damaged or not really an Excel file. Open it in Excel or WPS and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>The file cannot be read with the encoding {detail}. Choose “Automatic” or another encoding.</source>
        <translation>The file cannot be read with the encoding {detail}. Choose “Automatic” or another encoding.</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>The file holds no data.</translation>
    </message>
    <message>
        <source>The file has more than {detail} rows. Split it into smaller files.</source>
        <translation>The file has more than {detail} rows. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Nothing was imported: some of these growers were registered meanwhile ({detail}). Check the file again.</source>
        <translation>Nothing was imported: some of these growers were registered meanwhile ({detail}). Check the file again.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database refused the change ({detail}).</source>
        <translation>Nothing was imported: the database refused the change ({detail}).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
</TS>