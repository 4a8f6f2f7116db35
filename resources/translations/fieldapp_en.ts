<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldApp</source>
        <translation>About FieldApp</translation>
    </message>
    <message>
        <source>FieldApp %s</source>
        <translation>FieldApp %s</translation>
    </message>
    <message>
        <source>Growers, field visits and weighing for cooperatives</source>
        <translation>Growers, field visits and weighing for cooperatives</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Laptop code</source>
        <translation>Laptop code</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <source>Version, computer, paths and the latest log lines, for a support call</source>
        <translation>Version, computer, paths and the latest log lines, for a support call</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to support.</source>
        <translation>Copied. Paste it into a message to support.</translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <source>Advice sheet for the grower</source>
        <translation>Advice sheet for the grower</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5 (half of A4)</source>
        <translation>A5 (half of A4)</translation>
    </message>
    <message>
        <source> l</source>
        <translation> l</translation>
    </message>
    <message>
        <source>The number growers call with questions</source>
        <translation>The number growers call with questions</translation>
    </message>
    <message>
        <source>Tick up to three photos to print.</source>
        <translation>Tick up to three photos to print.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Sprayer tank</source>
        <translation>Sprayer tank</translation>
    </message>
    <message>
        <source>Technician's phone</source>
        <translation>Technician's phone</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This visit has no photos; the sheet prints without.</source>
        <translation>This visit has no photos; the sheet prints without.</translation>
    </message>
    <message>
        <source>At most three photos fit on the sheet.</source>
        <translation>At most three photos fit on the sheet.</translation>
    </message>
    <message>
        <source>Making the sheet…</source>
        <translation>Making the sheet…</translation>
    </message>
    <message>
        <source>The sheet could not be made: %1</source>
        <translation>The sheet could not be made: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <source>From %</source>
        <translation>From %</translation>
    </message>
    <message>
        <source>To %</source>
        <translation>To %</translation>
    </message>
    <message>
        <source>Deduct %/point</source>
        <translation>Deduct %/point</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Try a reading:</source>
        <translation>Try a reading:</translation>
    </message>
    <message>
        <source>Moisture</source>
        <translation>Moisture</translation>
    </message>
    <message>
        <source>Impurity</source>
        <translation>Impurity</translation>
    </message>
    <message>
        <source>Row {row}: “From” must be a percentage with at most one decimal, e.g. 14.0.</source>
        <translation>Row {row}: “From” must be a percentage with at most one decimal, e.g. 14.0.</translation>
    </message>
    <message>
        <source>Row {row}: “To” must be a percentage with at most one decimal, or empty for no limit.</source>
        <translation>Row {row}: “To” must be a percentage with at most one decimal, or empty for no limit.</translation>
    </message>
    <message>
        <source>Row {row}: the deduction must be a percentage of the weight with at most two decimals, e.g. 1.5.</source>
        <translation>Row {row}: the deduction must be a percentage of the weight with at most two decimals, e.g. 1.5.</translation>
    </message>
    <message>
        <source>Row {row}: percentages go from 0 to 100.</source>
        <translation>Row {row}: percentages go from 0 to 100.</translation>
    </message>
    <message>
        <source>Row {row}: “To” must be more than “From”.</source>
        <translation>Row {row}: “To” must be more than “From”.</translation>
    </message>
    <message>
        <source>Row {row}: the deduction per point must be between 0 and 100%.</source>
        <translation>Row {row}: the deduction per point must be between 0 and 100%.</translation>
    </message>
    <message>
        <source>Row {row} starts at {start}%, but another row has no upper limit: only the highest row may be open-ended.</source>
        <translation>Row {row} starts at {start}%, but another row has no upper limit: only the highest row may be open-ended.</translation>
    </message>
    <message>
        <source>Row {row} starts at {start}%, inside the row that ends at {end}%: rows must not overlap.</source>
        <translation>Row {row} starts at {start}%, inside the row that ends at {end}%: rows must not overlap.</translation>
    </message>
    <message>
        <source>(correct the table to see an example)</source>
        <translation>(correct the table to see an example)</translation>
    </message>
    <message>
        <source>No rows: {quality} deducts nothing.</source>
        <translation>No rows: {quality} deducts nothing.</translation>
    </message>
    <message>
        <source>(type a reading such as 16.5)</source>
        <translation>(type a reading such as 16.5)</translation>
    </message>
    <message>
        <source>(a reading is between 0 and 100)</source>
        <translation>(a reading is between 0 and 100)</translation>
    </message>
    <message>
        <source>{quality} {reading}%: deduct {percent}% of the weight</source>
        <translation>{quality} {reading}%: deduct {percent}% of the weight</translation>
    </message>
</context>
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
        <source>Reissue: new phone links, the old cards' links stop working</source>
        <translation>Reissue: new phone links, the old cards' links stop working</translation>
    </message>
    <message>
        <source>For a lost or stolen card. The old card's link to the grower's page stops working once this laptop has synced.</source>
        <translation>For a lost or stolen card. The old card's link to the grower's page stops working once this laptop has synced.</translation>
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
        <source>The cards could not be made: %s</source>
        <translation>The cards could not be made: %s</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Insect</source>
        <translation>Insect</translation>
    </message>
    <message>
        <source>Mite</source>
        <translation>Mite</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>Nematode</source>
        <translation>Nematode</translation>
    </message>
    <message>
        <source>Disorder</source>
        <translation>Disorder</translation>
    </message>
    <message>
        <source>, safe interval %n day(s)</source>
        <translation>, safe interval %n day(s)</translation>
    </message>
    <message>
        <source>%1–%2 %3 per mu, %4 l water</source>
        <translation>%1–%2 %3 per mu, %4 l water</translation>
    </message>
    <message>
        <source>Changed by the cooperative.</source>
        <translation>Changed by the cooperative.</translation>
    </message>
    <message>
        <source>Added by the cooperative.</source>
        <translation>Added by the cooperative.</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Check the dose and the safe interval on the product's label.</source>
        <translation>Check the dose and the safe interval on the product's label.</translation>
    </message>
    <message>
        <source>No product is recommended for this.</source>
        <translation>No product is recommended for this.</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>CatalogueEntryEditor</name>
    <message>
        <source>Catalogue entry</source>
        <translation>Catalogue entry</translation>
    </message>
    <message>
        <source>New catalogue entry</source>
        <translation>New catalogue entry</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Latin name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Crops</source>
        <translation>Crops</translation>
    </message>
    <message>
        <source>Symptoms (Chinese)</source>
        <translation>Symptoms (Chinese)</translation>
    </message>
    <message>
        <source>Symptoms (English)</source>
        <translation>Symptoms (English)</translation>
    </message>
    <message>
        <source>Prevention (Chinese)</source>
        <translation>Prevention (Chinese)</translation>
    </message>
    <message>
        <source>Prevention (English)</source>
        <translation>Prevention (English)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Dose per mu</source>
        <translation>Dose per mu</translation>
    </message>
    <message>
        <source>Water per mu</source>
        <translation>Water per mu</translation>
    </message>
    <message>
        <source>Safe interval</source>
        <translation>Safe interval</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Add product…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Add source</translation>
    </message>
    <message>
        <source>Where the facts come from: an extension service plan, a label.</source>
        <translation>Where the facts come from: an extension service plan, a label.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Put back as shipped</source>
        <translation>Put back as shipped</translation>
    </message>
    <message>
        <source>Take out of the list</source>
        <translation>Take out of the list</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 l</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Product %1: %2</translation>
    </message>
    <message>
        <source>The entry could not be saved: %1</source>
        <translation>The entry could not be saved: %1</translation>
    </message>
    <message>
        <source>Take “%1” out of the catalogue? Visits that named it keep their diagnosis.</source>
        <translation>Take “%1” out of the catalogue? Visits that named it keep their diagnosis.</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Pest and disease catalogue</source>
        <translation>Pest and disease catalogue</translation>
    </message>
    <message>
        <source>Type a name, a Latin name or a symptom</source>
        <translation>Type a name, a Latin name or a symptom</translation>
    </message>
    <message>
        <source>All crops</source>
        <translation>All crops</translation>
    </message>
    <message>
        <source>Use this diagnosis</source>
        <translation>Use this diagnosis</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>New entry…</translation>
    </message>
    <message>
        <source>Change entry…</source>
        <translation>Change entry…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation>The catalogue could not be read: %1</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches. Try fewer words.</source>
        <translation>Nothing in the catalogue matches. Try fewer words.</translation>
    </message>
    <message>
        <source>The entry is no longer in the list.</source>
        <translation>The entry is no longer in the list.</translation>
    </message>
</context>
<context>
    <name>CatalogueTreatmentDialog</name>
    <message>
        <source>Recommended product</source>
        <translation>Recommended product</translation>
    </message>
    <message>
        <source> l per mu</source>
        <translation> l per mu</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform><numerusform> days</numerusform></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Product (Chinese)</source>
        <translation>Product (Chinese)</translation>
    </message>
    <message>
        <source>Product (English)</source>
        <translation>Product (English)</translation>
    </message>
    <message>
        <source>Ingredient (Chinese)</source>
        <translation>Ingredient (Chinese)</translation>
    </message>
    <message>
        <source>Ingredient (English)</source>
        <translation>Ingredient (English)</translation>
    </message>
    <message>
        <source>Dose per mu, lowest – highest</source>
        <translation>Dose per mu, lowest – highest</translation>
    </message>
    <message>
        <source>Water per mu</source>
        <translation>Water per mu</translation>
    </message>
    <message>
        <source>Safe interval before harvest</source>
        <translation>Safe interval before harvest</translation>
    </message>
    <message>
        <source>Sprays per season at most</source>
        <translation>Sprays per season at most</translation>
    </message>
    <message>
        <source>When (Chinese)</source>
        <translation>When (Chinese)</translation>
    </message>
    <message>
        <source>When (English)</source>
        <translation>When (English)</translation>
    </message>
    <message>
        <source>Safety (Chinese)</source>
        <translation>Safety (Chinese)</translation>
    </message>
    <message>
        <source>Safety (English)</source>
        <translation>Safety (English)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>FieldApp ran into a problem it did not expect.</source>
        <translation>FieldApp ran into a problem it did not expect.</translation>
    </message>
    <message>
        <source>What you were doing may not have finished. Your open windows are still there: check the form you were filling in and save it again. If this happens again, please send the log file to support.</source>
        <translation>What you were doing may not have finished. Your open windows are still there: check the form you were filling in and save it again. If this happens again, please send the log file to support.</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Continue working</source>
        <translation>Continue working</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to FieldApp</source>
        <translation>Welcome to FieldApp</translation>
    </message>
    <message>
        <source>Three questions, and this laptop is ready to work.</source>
        <translation>Three questions, and this laptop is ready to work.</translation>
    </message>
    <message>
        <source>e.g. 绿源种植专业合作社</source>
        <translation>e.g. 绿源种植专业合作社</translation>
    </message>
    <message>
        <source>Cooperative name</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <source>What is this laptop for?</source>
        <translation>What is this laptop for?</translation>
    </message>
    <message>
        <source>Central server (optional)</source>
        <translation>Central server (optional)</translation>
    </message>
    <message>
        <source>If the coop has a server, type its address and the code the coordinator gave you, or scan the code's QR into the code field. You can also do this later on the Sync page.</source>
        <translation>If the coop has a server, type its address and the code the coordinator gave you, or scan the code's QR into the code field. You can also do this later on the Sync page.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Start without the server</source>
        <translation>Start without the server</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Technician
field visits</source>
        <translation>Technician
field visits</translation>
    </message>
    <message>
        <source>Clerk
weighing station</source>
        <translation>Clerk
weighing station</translation>
    </message>
    <message>
        <source>Coordinator
overview</source>
        <translation>Coordinator
overview</translation>
    </message>
    <message>
        <source>Please type the cooperative's name.</source>
        <translation>Please type the cooperative's name.</translation>
    </message>
    <message>
        <source>Type the server address (starting with http://) and the code.</source>
        <translation>Type the server address (starting with http://) and the code.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
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
        <source>Field visits</source>
        <translation>Field visits</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>New visit for this grower</source>
        <translation>New visit for this grower</translation>
    </message>
    <message>
        <source>No field visits yet.</source>
        <translation>No field visits yet.</translation>
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
    <name>GrowerPicker</name>
    <message>
        <source>Grower not found</source>
        <translation>Grower not found</translation>
    </message>
    <message>
        <source>No grower matches “%1”. Check the card or the spelling.</source>
        <translation>No grower matches “%1”. Check the card or the spelling.</translation>
    </message>
    <message>
        <source>Choose the grower</source>
        <translation>Choose the grower</translation>
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
    <name>HeatGrid</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>HeldRowsBox</name>
    <message>
        <source>Kept aside: the same ID number on two laptops</source>
        <translation>Kept aside: the same ID number on two laptops</translation>
    </message>
    <message>
        <source>From another laptop</source>
        <translation>From another laptop</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>The same person: keep one of the two records, the other is removed on every laptop. Two different people: correct the wrong ID number on the Growers page, then press Try again.</source>
        <translation>The same person: keep one of the two records, the other is removed on every laptop. Two different people: correct the wrong ID number on the Growers page, then press Try again.</translation>
    </message>
    <message>
        <source>Same person: keep the one here</source>
        <translation>Same person: keep the one here</translation>
    </message>
    <message>
        <source>Same person: keep the other one</source>
        <translation>Same person: keep the other one</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>a plot</source>
        <translation>a plot</translation>
    </message>
    <message>
        <source>a field visit</source>
        <translation>a field visit</translation>
    </message>
    <message>
        <source>%1 of a grower kept aside</source>
        <translation>%1 of a grower kept aside</translation>
    </message>
    <message>
        <source>%1 · ID %2 · card %3</source>
        <translation>%1 · ID %2 · card %3</translation>
    </message>
    <message>
        <source>%1 · card %2</source>
        <translation>%1 · card %2</translation>
    </message>
    <message>
        <source>(no longer here)</source>
        <translation>(no longer here)</translation>
    </message>
    <message>
        <source>a grower with the same ID number as one here</source>
        <translation>a grower with the same ID number as one here</translation>
    </message>
    <message>
        <source>This could not be settled: %1</source>
        <translation>This could not be settled: %1</translation>
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
        <source>Weighing</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
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
        <source>Outbreaks</source>
        <translation>Outbreaks</translation>
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
        <source>%n follow-up visit(s) due</source>
        <translation>
            <numerusform>%n follow-up visit due</numerusform><numerusform>%n follow-up visits due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n grower question(s) to answer</source>
        <translation>
            <numerusform>%n grower question to answer</numerusform><numerusform>%n grower questions to answer</numerusform></translation>
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
    <message numerus="yes">
        <source>%n grower(s) exported to %1</source>
        <translation>
            <numerusform>%n grower exported to %1</numerusform><numerusform>%n growers exported to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ManualWeightDialog</name>
    <message>
        <source>e.g. 1234.5</source>
        <translation>e.g. 1234.5</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>Why is the weight typed? e.g. scale broken</source>
        <translation>Why is the weight typed? e.g. scale broken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The reason is kept with the purchase and printed on the receipt.</source>
        <translation>The reason is kept with the purchase and printed on the receipt.</translation>
    </message>
    <message>
        <source>Type the weight in kg, e.g. 1234.5</source>
        <translation>Type the weight in kg, e.g. 1234.5</translation>
    </message>
    <message>
        <source>A typed weight needs a reason.</source>
        <translation>A typed weight needs a reason.</translation>
    </message>
</context>
<context>
    <name>MarkLabelDialog</name>
    <message>
        <source>Label for the mark</source>
        <translation>Label for the mark</translation>
    </message>
    <message>
        <source>What does the mark show? (optional, at most 40 characters)</source>
        <translation>What does the mark show? (optional, at most 40 characters)</translation>
    </message>
    <message>
        <source>e.g. rice blast lesion</source>
        <translation>e.g. rice blast lesion</translation>
    </message>
</context>
<context>
    <name>OutbreakPage</name>
    <message>
        <source>Pest outbreaks</source>
        <translation>Pest outbreaks</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Last 8 weeks</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Last 12 weeks</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Last 26 weeks</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Pest</source>
        <translation>Pest</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Fewer</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Open cases now</source>
        <translation>Open cases now</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Cases not yet marked resolved. The list of them is on the Field visits page.</source>
        <translation>Cases not yet marked resolved. The list of them is on the Field visits page.</translation>
    </message>
    <message>
        <source>Reading the field visits…</source>
        <translation>Reading the field visits…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not diagnosed</source>
        <translation>Not diagnosed</translation>
    </message>
    <message>
        <source>No township</source>
        <translation>No township</translation>
    </message>
    <message>
        <source>The field visits could not be read: %1</source>
        <translation>The field visits could not be read: %1</translation>
    </message>
    <message>
        <source>All pests</source>
        <translation>All pests</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>All townships</translation>
    </message>
    <message>
        <source>No field visits in the last 26 weeks. When technicians record visits, the cases appear here by township and week.</source>
        <translation>No field visits in the last 26 weeks. When technicians record visits, the cases appear here by township and week.</translation>
    </message>
    <message>
        <source>No cases in these weeks.</source>
        <translation>No cases in these weeks.</translation>
    </message>
    <message>
        <source>All cases per township and week</source>
        <translation>All cases per township and week</translation>
    </message>
    <message>
        <source>Cases of %1 per township and week</source>
        <translation>Cases of %1 per township and week</translation>
    </message>
    <message>
        <source>No cases of this pest in these weeks.</source>
        <translation>No cases of this pest in these weeks.</translation>
    </message>
    <message>
        <source>The dashed column is this week, not over yet. Click a township to see its pests below.</source>
        <translation>The dashed column is this week, not over yet. Click a township to see its pests below.</translation>
    </message>
    <message>
        <source>Cases per pest and week, all townships</source>
        <translation>Cases per pest and week, all townships</translation>
    </message>
    <message>
        <source>Cases per pest and week in %1</source>
        <translation>Cases per pest and week in %1</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>%1 follow-up visits due</source>
        <translation>%1 follow-up visits due</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Pay receipt {number}</source>
        <translation>Pay receipt {number}</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Amount to pay</translation>
    </message>
    <message>
        <source>{yuan} yuan</source>
        <translation>{yuan} yuan</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>The bank's transaction number</source>
        <translation>The bank's transaction number</translation>
    </message>
    <message>
        <source>Grower's account: {account}</source>
        <translation>Grower's account: {account}</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Paid in</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Transfer reference</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Mark as paid</translation>
    </message>
    <message>
        <source>A transfer needs the bank's reference.</source>
        <translation>A transfer needs the bank's reference.</translation>
    </message>
    <message>
        <source>Write who is paying.</source>
        <translation>Write who is paying.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Draw a box round something (B)</source>
        <translation>Draw a box round something (B)</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Draw an arrow at something (A)</source>
        <translation>Draw an arrow at something (A)</translation>
    </message>
    <message>
        <source>Move/View</source>
        <translation>Move/View</translation>
    </message>
    <message>
        <source>Drag to move the picture, wheel to zoom (V)</source>
        <translation>Drag to move the picture, wheel to zoom (V)</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Delete mark</translation>
    </message>
    <message>
        <source>Delete the chosen mark (Delete key)</source>
        <translation>Delete the chosen mark (Delete key)</translation>
    </message>
    <message>
        <source>Show marks</source>
        <translation>Show marks</translation>
    </message>
    <message>
        <source>Show or hide the marks</source>
        <translation>Show or hide the marks</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 of %2</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(loading…)</translation>
    </message>
    <message>
        <source>(cannot be shown)</source>
        <translation>(cannot be shown)</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Taken %1</translation>
    </message>
    <message>
        <source>No time recorded</source>
        <translation>No time recorded</translation>
    </message>
    <message>
        <source>GPS %1, %2</source>
        <translation>GPS %1, %2</translation>
    </message>
    <message>
        <source>no GPS</source>
        <translation>no GPS</translation>
    </message>
    <message>
        <source>Drag over the picture to draw a box. Esc cancels.</source>
        <translation>Drag over the picture to draw a box. Esc cancels.</translation>
    </message>
    <message>
        <source>Drag from where the arrow starts to what it points at. Esc cancels.</source>
        <translation>Drag from where the arrow starts to what it points at. Esc cancels.</translation>
    </message>
    <message>
        <source>Drag to move, wheel to zoom. Click a mark to choose it, double-click it to change its label.</source>
        <translation>Drag to move, wheel to zoom. Click a mark to choose it, double-click it to change its label.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>The mark could not be saved.</source>
        <translation>The mark could not be saved.</translation>
    </message>
    <message>
        <source>The photo or the mark was deleted meanwhile.</source>
        <translation>The photo or the mark was deleted meanwhile.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind of mark</source>
        <translation>Kind of mark</translation>
    </message>
    <message>
        <source>The mark must lie on the picture and have a size.</source>
        <translation>The mark must lie on the picture and have a size.</translation>
    </message>
    <message>
        <source>The new label could not be saved.</source>
        <translation>The new label could not be saved.</translation>
    </message>
    <message>
        <source>The mark could not be deleted.</source>
        <translation>The mark could not be deleted.</translation>
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
    <name>ReceiptPrinter</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>Grower</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Net (kg)</source>
        <translation>Net (kg)</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Voided {time} by {clerk}: {reason}</source>
        <translation>Voided {time} by {clerk}: {reason}</translation>
    </message>
    <message>
        <source>Corrected by receipt {number}</source>
        <translation>Corrected by receipt {number}</translation>
    </message>
    <message>
        <source>Paid {time} by {clerk}, {method}</source>
        <translation>Paid {time} by {clerk}, {method}</translation>
    </message>
    <message>
        <source>Corrects receipt {number}</source>
        <translation>Corrects receipt {number}</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Back to the day's receipts</source>
        <translation>Back to the day's receipts</translation>
    </message>
    <message>
        <source>Search receipt no. (or last digits), grower or card, or scan a receipt</source>
        <translation>Search receipt no. (or last digits), grower or card, or scan a receipt</translation>
    </message>
    <message>
        <source>Pay… (F6)</source>
        <translation>Pay… (F6)</translation>
    </message>
    <message>
        <source>Void… (F8)</source>
        <translation>Void… (F8)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Issue corrected receipt…</source>
        <translation>Issue corrected receipt…</translation>
    </message>
    <message>
        <source>Issue a corrected receipt</source>
        <translation>Issue a corrected receipt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Receipts of {name} · card {card}, all days</source>
        <translation>Receipts of {name} · card {card}, all days</translation>
    </message>
    <message>
        <source>Receipts of one grower, all days</source>
        <translation>Receipts of one grower, all days</translation>
    </message>
    <message>
        <source>The receipts could not be read: {detail}</source>
        <translation>The receipts could not be read: {detail}</translation>
    </message>
    <message>
        <source>No receipt matches “{text}”</source>
        <translation>No receipt matches “{text}”</translation>
    </message>
    <message>
        <source>Search by receipt number or its last digits, grower name or card number. Press Enter to look a receipt number up on every day.</source>
        <translation>Search by receipt number or its last digits, grower name or card number. Press Enter to look a receipt number up on every day.</translation>
    </message>
    <message>
        <source>No receipts for this grower yet</source>
        <translation>No receipts for this grower yet</translation>
    </message>
    <message>
        <source>Receipts appear here once the grower has sold at the weighing station.</source>
        <translation>Receipts appear here once the grower has sold at the weighing station.</translation>
    </message>
    <message>
        <source>No receipts today yet</source>
        <translation>No receipts today yet</translation>
    </message>
    <message>
        <source>No receipts on {day}</source>
        <translation>No receipts on {day}</translation>
    </message>
    <message>
        <source>No receipts from {first} to {last}</source>
        <translation>No receipts from {first} to {last}</translation>
    </message>
    <message>
        <source>Receipts appear here as soon as the weighing station issues them. To find an older receipt, choose other days or type its number and press Enter.</source>
        <translation>Receipts appear here as soon as the weighing station issues them. To find an older receipt, choose other days or type its number and press Enter.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform><numerusform>%n receipts</numerusform></translation>
    </message>
    <message>
        <source>net {kg} kg</source>
        <translation>net {kg} kg</translation>
    </message>
    <message>
        <source>amount &lt;b&gt;{yuan}&lt;/b&gt; yuan</source>
        <translation>amount &lt;b&gt;{yuan}&lt;/b&gt; yuan</translation>
    </message>
    <message>
        <source>unpaid &lt;b&gt;{yuan}&lt;/b&gt; yuan</source>
        <translation>unpaid &lt;b&gt;{yuan}&lt;/b&gt; yuan</translation>
    </message>
    <message numerus="yes">
        <source>%n void, not counted</source>
        <translation>
            <numerusform>%n void, not counted</numerusform><numerusform>%n void, not counted</numerusform></translation>
    </message>
    <message>
        <source>Shown: </source>
        <translation>Shown: </translation>
    </message>
    <message>
        <source>There is no receipt {number} in this laptop's ledger.</source>
        <translation>There is no receipt {number} in this laptop's ledger.</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>Receipt {number} is paid: {yuan} yuan, {method}.</source>
        <translation>Receipt {number} is paid: {yuan} yuan, {method}.</translation>
    </message>
    <message>
        <source>Receipt {number} is already paid, so it cannot be voided: the money has gone. Issue a new receipt for the difference instead.</source>
        <translation>Receipt {number} is already paid, so it cannot be voided: the money has gone. Issue a new receipt for the difference instead.</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>Not voided</translation>
    </message>
    <message>
        <source>Receipt {number} is void. If the grower is still owed, issue a corrected receipt.</source>
        <translation>Receipt {number} is void. If the grower is still owed, issue a corrected receipt.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Prices, grades and containers</source>
        <translation>Prices, grades and containers</translation>
    </message>
    <message>
        <source>Prices and grades</source>
        <translation>Prices and grades</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Price (yuan/kg)</source>
        <translation>Price (yuan/kg)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>No grades yet. Press “Add grade” to set the first price.</source>
        <translation>No grades yet. Press “Add grade” to set the first price.</translation>
    </message>
    <message>
        <source>Add grade</source>
        <translation>Add grade</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Stop buying…</source>
        <translation>Stop buying…</translation>
    </message>
    <message>
        <source>Choose a grade in the list and press Edit to change its price or deductions, or press Add grade.</source>
        <translation>Choose a grade in the list and press Edit to change its price or deductions, or press Add grade.</translation>
    </message>
    <message>
        <source>e.g. 一等, 特级, 统货</source>
        <translation>e.g. 一等, 特级, 统货</translation>
    </message>
    <message>
        <source>yuan/kg</source>
        <translation>yuan/kg</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Moisture deductions</source>
        <translation>Moisture deductions</translation>
    </message>
    <message>
        <source>Impurity deductions</source>
        <translation>Impurity deductions</translation>
    </message>
    <message>
        <source>Each row: above “From” and up to “To” (empty: no upper limit), every percentage point deducts the given share of the weight after tare.</source>
        <translation>Each row: above “From” and up to “To” (empty: no upper limit), every percentage point deducts the given share of the weight after tare.</translation>
    </message>
    <message>
        <source>Saving makes a new version of this grade's price. Receipts already issued keep the price they were made with.</source>
        <translation>Saving makes a new version of this grade's price. Receipts already issued keep the price they were made with.</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>New grade</translation>
    </message>
    <message>
        <source>Save grade</source>
        <translation>Save grade</translation>
    </message>
    <message>
        <source>{crop} · {grade} (now version {version})</source>
        <translation>{crop} · {grade} (now version {version})</translation>
    </message>
    <message>
        <source>Choose the crop.</source>
        <translation>Choose the crop.</translation>
    </message>
    <message>
        <source>Write the grade, e.g. 一等.</source>
        <translation>Write the grade, e.g. 一等.</translation>
    </message>
    <message>
        <source>The grade is too long (at most {n} characters).</source>
        <translation>The grade is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>{crop} already has the grade “{grade}”. Choose it in the list and press Edit to change its price.</source>
        <translation>{crop} already has the grade “{grade}”. Choose it in the list and press Edit to change its price.</translation>
    </message>
    <message>
        <source>Write the price in yuan per kg, e.g. 2.35.</source>
        <translation>Write the price in yuan per kg, e.g. 2.35.</translation>
    </message>
    <message>
        <source>A price has at most two decimals (fen): “{text}” cannot be paid. Write e.g. 2.35.</source>
        <translation>A price has at most two decimals (fen): “{text}” cannot be paid. Write e.g. 2.35.</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Write yuan per kg, e.g. 2.35.</source>
        <translation>“{text}” is not a price. Write yuan per kg, e.g. 2.35.</translation>
    </message>
    <message>
        <source>The price must be more than zero. To stop buying a grade, use “Stop buying” in the list.</source>
        <translation>The price must be more than zero. To stop buying a grade, use “Stop buying” in the list.</translation>
    </message>
    <message>
        <source>{price} yuan/kg is too high; check the figure.</source>
        <translation>{price} yuan/kg is too high; check the figure.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation>Nothing was saved: correct what is marked in red.</translation>
    </message>
    <message>
        <source>Saved: {crop} · {grade} is now version {version}, {price} yuan/kg. Receipts already issued keep their price.</source>
        <translation>Saved: {crop} · {grade} is now version {version}, {price} yuan/kg. Receipts already issued keep their price.</translation>
    </message>
    <message>
        <source>Stop buying</source>
        <translation>Stop buying</translation>
    </message>
    <message>
        <source>Stop buying {crop} · {grade}? It will no longer be offered at the weighing station. Receipts already issued are not changed. To buy it again later, add the grade again.</source>
        <translation>Stop buying {crop} · {grade}? It will no longer be offered at the weighing station. Receipts already issued are not changed. To buy it again later, add the grade again.</translation>
    </message>
    <message>
        <source>{crop} · {grade} is no longer bought.</source>
        <translation>{crop} · {grade} is no longer bought.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Tare (kg)</source>
        <translation>Tare (kg)</translation>
    </message>
    <message>
        <source>No containers yet. Add the sacks, baskets or crates growers bring, with what one weighs empty, and the station subtracts them from the gross weight.</source>
        <translation>No containers yet. Add the sacks, baskets or crates growers bring, with what one weighs empty, and the station subtracts them from the gross weight.</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>Add container</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>e.g. 编织袋, 竹筐, 塑料周转箱</source>
        <translation>e.g. 编织袋, 竹筐, 塑料周转箱</translation>
    </message>
    <message>
        <source>kg, one empty container</source>
        <translation>kg, one empty container</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Receipts already issued keep the tare they were weighed with.</source>
        <translation>Receipts already issued keep the tare they were weighed with.</translation>
    </message>
    <message>
        <source>Choose a container and press Edit, or press Add container.</source>
        <translation>Choose a container and press Edit, or press Add container.</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>New container</translation>
    </message>
    <message>
        <source>Edit container</source>
        <translation>Edit container</translation>
    </message>
    <message>
        <source>Write the container's name, e.g. 编织袋.</source>
        <translation>Write the container's name, e.g. 编织袋.</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation>The name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>There is already a container called “{name}”.</source>
        <translation>There is already a container called “{name}”.</translation>
    </message>
    <message>
        <source>Write what one empty container weighs, in kg, e.g. 0.15.</source>
        <translation>Write what one empty container weighs, in kg, e.g. 0.15.</translation>
    </message>
    <message>
        <source>“{text}” is not a weight. Write kg, e.g. 0.15.</source>
        <translation>“{text}” is not a weight. Write kg, e.g. 0.15.</translation>
    </message>
    <message>
        <source>The tare cannot be less than zero.</source>
        <translation>The tare cannot be less than zero.</translation>
    </message>
    <message>
        <source>{kg} kg is too heavy for a container; weigh the vehicle instead.</source>
        <translation>{kg} kg is too heavy for a container; weigh the vehicle instead.</translation>
    </message>
    <message>
        <source>Saved: {name}, {kg} kg each.</source>
        <translation>Saved: {name}, {kg} kg each.</translation>
    </message>
    <message>
        <source>Remove container</source>
        <translation>Remove container</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list? Receipts already issued keep the tare they were weighed with.</source>
        <translation>Remove “{name}” from the list? Receipts already issued keep the tare they were weighed with.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>“{name}” was removed.</translation>
    </message>
</context>
<context>
    <name>ScaleFeed</name>
    <message>
        <source>simulator</source>
        <translation>simulator</translation>
    </message>
    <message>
        <source>The scale settings are not valid.</source>
        <translation>The scale settings are not valid.</translation>
    </message>
    <message>
        <source>No scale port chosen (station settings).</source>
        <translation>No scale port chosen (station settings).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged frame(s) ignored</source>
        <translation>
            <numerusform>%n damaged frame ignored</numerusform><numerusform>%n damaged frames ignored</numerusform></translation>
    </message>
    <message>
        <source>Overload: take some weight off the scale.</source>
        <translation>Overload: take some weight off the scale.</translation>
    </message>
    <message>
        <source>Below zero: zero the scale.</source>
        <translation>Below zero: zero the scale.</translation>
    </message>
    <message>
        <source>The scale is busy.</source>
        <translation>The scale is busy.</translation>
    </message>
    <message>
        <source>The scale reports an error.</source>
        <translation>The scale reports an error.</translation>
    </message>
    <message>
        <source>Scale connected: %1</source>
        <translation>Scale connected: %1</translation>
    </message>
    <message>
        <source>The scale sends nothing. Is the indicator switched on?</source>
        <translation>The scale sends nothing. Is the indicator switched on?</translation>
    </message>
    <message>
        <source>The scale sends data this program cannot read: check the indicator, baud rate and parity in the station settings (or use Detect).</source>
        <translation>The scale sends data this program cannot read: check the indicator, baud rate and parity in the station settings (or use Detect).</translation>
    </message>
    <message>
        <source>The scale's port or address is not there. Is the cable plugged in?</source>
        <translation>The scale's port or address is not there. Is the cable plugged in?</translation>
    </message>
    <message>
        <source>This user may not open the scale's port.</source>
        <translation>This user may not open the scale's port.</translation>
    </message>
    <message>
        <source>Another program is using the scale's port.</source>
        <translation>Another program is using the scale's port.</translation>
    </message>
    <message>
        <source>The port refused these line settings.</source>
        <translation>The port refused these line settings.</translation>
    </message>
    <message>
        <source>Nothing answers at the scale's network address.</source>
        <translation>Nothing answers at the scale's network address.</translation>
    </message>
    <message>
        <source>The scale's network converter does not answer.</source>
        <translation>The scale's network converter does not answer.</translation>
    </message>
    <message>
        <source>The scale was disconnected. Reconnecting…</source>
        <translation>The scale was disconnected. Reconnecting…</translation>
    </message>
    <message>
        <source>The scale is not connected. Reconnecting…</source>
        <translation>The scale is not connected. Reconnecting…</translation>
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
    <name>SettlementDialog</name>
    <message>
        <source>Day settlement</source>
        <translation>Day settlement</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Adding up…</translation>
    </message>
    <message>
        <source>The settlement could not be made: %1</source>
        <translation>The settlement could not be made: %1</translation>
    </message>
    <message>
        <source>No receipts were issued on this day.</source>
        <translation>No receipts were issued on this day.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s), net %1 kg</source>
        <translation>
            <numerusform>%n receipt, net %1 kg</numerusform><numerusform>%n receipts, net %1 kg</numerusform></translation>
    </message>
    <message>
        <source>Total ¥%1 (%2)</source>
        <translation>Total ¥%1 (%2)</translation>
    </message>
    <message>
        <source>Paid ¥%1, unpaid ¥%2</source>
        <translation>Paid ¥%1, unpaid ¥%2</translation>
    </message>
    <message numerus="yes">
        <source>%n voided receipt(s), not counted</source>
        <translation>
            <numerusform>%n voided receipt, not counted</numerusform><numerusform>%n voided receipts, not counted</numerusform></translation>
    </message>
    <message>
        <source>settlement-%1</source>
        <translation>settlement-%1</translation>
    </message>
    <message>
        <source>Save the settlement</source>
        <translation>Save the settlement</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message numerus="yes">
        <source>All: %n case(s)</source>
        <translation>
            <numerusform>All: %n case</numerusform><numerusform>All: %n cases</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in these weeks</source>
        <translation>
            <numerusform>%n case in these weeks</numerusform><numerusform>%n cases in these weeks</numerusform></translation>
    </message>
    <message>
        <source>Other pests: %1</source>
        <translation>Other pests: %1</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>No scale connected</source>
        <translation>No scale connected</translation>
    </message>
    <message>
        <source>Scan the grower's card, or type a name or card number</source>
        <translation>Scan the grower's card, or type a name or card number</translation>
    </message>
    <message>
        <source>Their receipts</source>
        <translation>Their receipts</translation>
    </message>
    <message>
        <source>This grower's receipts and payments</source>
        <translation>This grower's receipts and payments</translation>
    </message>
    <message>
        <source>Station settings…</source>
        <translation>Station settings…</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Take gross weight (F2)</source>
        <translation>Take gross weight (F2)</translation>
    </message>
    <message>
        <source>Take tare weight (F3)</source>
        <translation>Take tare weight (F3)</translation>
    </message>
    <message>
        <source>Type a weight…</source>
        <translation>Type a weight…</translation>
    </message>
    <message>
        <source>Per container</source>
        <translation>Per container</translation>
    </message>
    <message>
        <source>Weighed empty</source>
        <translation>Weighed empty</translation>
    </message>
    <message>
        <source>No tare</source>
        <translation>No tare</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>Add to receipt (F4)</source>
        <translation>Add to receipt (F4)</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Moisture %</source>
        <translation>Moisture %</translation>
    </message>
    <message>
        <source>Impurity %</source>
        <translation>Impurity %</translation>
    </message>
    <message>
        <source>Gross kg</source>
        <translation>Gross kg</translation>
    </message>
    <message>
        <source>Tare kg</source>
        <translation>Tare kg</translation>
    </message>
    <message>
        <source>Deducted kg</source>
        <translation>Deducted kg</translation>
    </message>
    <message>
        <source>Net kg</source>
        <translation>Net kg</translation>
    </message>
    <message>
        <source>Price yuan/kg</source>
        <translation>Price yuan/kg</translation>
    </message>
    <message>
        <source>Amount yuan</source>
        <translation>Amount yuan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Remove lot (Del)</source>
        <translation>Remove lot (Del)</translation>
    </message>
    <message>
        <source>Start over (Esc)</source>
        <translation>Start over (Esc)</translation>
    </message>
    <message>
        <source>Save and print (F9)</source>
        <translation>Save and print (F9)</translation>
    </message>
    <message>
        <source>%1 (%2 kg)</source>
        <translation>%1 (%2 kg)</translation>
    </message>
    <message>
        <source>Another grower</source>
        <translation>Another grower</translation>
    </message>
    <message>
        <source>The lots on this receipt belong to %1. Start a new receipt for %2?</source>
        <translation>The lots on this receipt belong to %1. Start a new receipt for %2?</translation>
    </message>
    <message>
        <source>● Stable</source>
        <translation>● Stable</translation>
    </message>
    <message>
        <source>○ Moving</source>
        <translation>○ Moving</translation>
    </message>
    <message>
        <source>Wait until the scale shows a stable weight.</source>
        <translation>Wait until the scale shows a stable weight.</translation>
    </message>
    <message>
        <source>Type the gross weight</source>
        <translation>Type the gross weight</translation>
    </message>
    <message>
        <source>No price is set for this crop. Ask the coordinator.</source>
        <translation>No price is set for this crop. Ask the coordinator.</translation>
    </message>
    <message>
        <source>Type moisture and impurity as a percent, e.g. 14.5</source>
        <translation>Type moisture and impurity as a percent, e.g. 14.5</translation>
    </message>
    <message>
        <source>Take the gross weight from the scale (F2).</source>
        <translation>Take the gross weight from the scale (F2).</translation>
    </message>
    <message>
        <source>The tare is as heavy as the gross weight.</source>
        <translation>The tare is as heavy as the gross weight.</translation>
    </message>
    <message>
        <source>A tare cannot be negative.</source>
        <translation>A tare cannot be negative.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>A percentage must be between 0 and 100.</translation>
    </message>
    <message>
        <source>The deductions take the whole weight.</source>
        <translation>The deductions take the whole weight.</translation>
    </message>
    <message>
        <source>%1 yuan/kg (rule version %2)</source>
        <translation>%1 yuan/kg (rule version %2)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>(typed: %1)</source>
        <translation>(typed: %1)</translation>
    </message>
    <message>
        <source>weighed %1 kg</source>
        <translation>weighed %1 kg</translation>
    </message>
    <message>
        <source>Net: —</source>
        <translation>Net: —</translation>
    </message>
    <message>
        <source>Amount: —</source>
        <translation>Amount: —</translation>
    </message>
    <message>
        <source>Net: %1 kg</source>
        <translation>Net: %1 kg</translation>
    </message>
    <message>
        <source>Amount: ¥%1</source>
        <translation>Amount: ¥%1</translation>
    </message>
    <message>
        <source>Tare %1 kg</source>
        <translation>Tare %1 kg</translation>
    </message>
    <message>
        <source>Moisture</source>
        <translation>Moisture</translation>
    </message>
    <message>
        <source>Impurity</source>
        <translation>Impurity</translation>
    </message>
    <message>
        <source>%1%2: less %3 kg</source>
        <translation>%1%2: less %3 kg</translation>
    </message>
    <message>
        <source>Scan the grower's card first.</source>
        <translation>Scan the grower's card first.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message numerus="yes">
        <source>Throw away the %n lot(s) on this receipt?</source>
        <translation>
            <numerusform>Throw away the %n lot on this receipt?</numerusform><numerusform>Throw away the %n lots on this receipt?</numerusform></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Your name, printed on the receipts:</source>
        <translation>Your name, printed on the receipts:</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>The receipt could not be saved: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Add at least one lot.</source>
        <translation>Add at least one lot.</translation>
    </message>
    <message>
        <source>Too many lots for one receipt.</source>
        <translation>Too many lots for one receipt.</translation>
    </message>
    <message>
        <source>Type the clerk's name in the station settings.</source>
        <translation>Type the clerk's name in the station settings.</translation>
    </message>
    <message>
        <source>This grower is not in the registry.</source>
        <translation>This grower is not in the registry.</translation>
    </message>
    <message>
        <source>This grower has left the cooperative.</source>
        <translation>This grower has left the cooperative.</translation>
    </message>
    <message>
        <source>The price rule has changed. Price the lots again.</source>
        <translation>The price rule has changed. Price the lots again.</translation>
    </message>
    <message>
        <source>No grower yet</source>
        <translation>No grower yet</translation>
    </message>
    <message>
        <source>typed: %1</source>
        <translation>typed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s), net %1 kg, total ¥%2</source>
        <translation>
            <numerusform>%n lot, net %1 kg, total ¥%2</numerusform><numerusform>%n lots, net %1 kg, total ¥%2</numerusform></translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>In words: %1</translation>
    </message>
    <message>
        <source>No lots on this receipt yet</source>
        <translation>No lots on this receipt yet</translation>
    </message>
    <message>
        <source>Corrects voided receipt %1</source>
        <translation>Corrects voided receipt %1</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>58 mm thermal roll</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>A5 sheet</translation>
    </message>
    <message>
        <source>241 mm continuous form, 3 parts</source>
        <translation>241 mm continuous form, 3 parts</translation>
    </message>
    <message>
        <source>Ask for the printer every time</source>
        <translation>Ask for the printer every time</translation>
    </message>
    <message>
        <source>Choose another printer next time</source>
        <translation>Choose another printer next time</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Receipt number prefix</source>
        <translation>Receipt number prefix</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Serial port (RS-232 / USB)</source>
        <translation>Serial port (RS-232 / USB)</translation>
    </message>
    <message>
        <source>Network (serial-to-Ethernet converter)</source>
        <translation>Network (serial-to-Ethernet converter)</translation>
    </message>
    <message>
        <source>Simulator (no scale, for training)</source>
        <translation>Simulator (no scale, for training)</translation>
    </message>
    <message>
        <source>Yaohua XK3190 (tF=0)</source>
        <translation>Yaohua XK3190 (tF=0)</translation>
    </message>
    <message>
        <source>Yaohua XK3190 (= format)</source>
        <translation>Yaohua XK3190 (= format)</translation>
    </message>
    <message>
        <source>ST,GS,+0012.34kg lines</source>
        <translation>ST,GS,+0012.34kg lines</translation>
    </message>
    <message>
        <source>Mettler Toledo MT-SICS</source>
        <translation>Mettler Toledo MT-SICS</translation>
    </message>
    <message>
        <source>Mettler Toledo continuous</source>
        <translation>Mettler Toledo continuous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Even</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Odd</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Try every baud rate, parity and indicator format on this port</source>
        <translation>Try every baud rate, parity and indicator format on this port</translation>
    </message>
    <message>
        <source>Baud rate, parity</source>
        <translation>Baud rate, parity</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Network port</source>
        <translation>Network port</translation>
    </message>
    <message>
        <source>Stable within, for</source>
        <translation>Stable within, for</translation>
    </message>
    <message>
        <source>Choose the port the scale is plugged into.</source>
        <translation>Choose the port the scale is plugged into.</translation>
    </message>
    <message>
        <source>Listening on %1… (up to 30 s)</source>
        <translation>Listening on %1… (up to 30 s)</translation>
    </message>
    <message>
        <source>The port could not be opened: %1</source>
        <translation>The port could not be opened: %1</translation>
    </message>
    <message>
        <source>No indicator format recognised. Is the scale on and sending?</source>
        <translation>No indicator format recognised. Is the scale on and sending?</translation>
    </message>
    <message>
        <source>Found %1 at %2 baud (%3 good frames). Save to use it.</source>
        <translation>Found %1 at %2 baud (%3 good frames). Save to use it.</translation>
    </message>
    <message>
        <source>Letters and digits only, e.g. LQ</source>
        <translation>Letters and digits only, e.g. LQ</translation>
    </message>
    <message>
        <source>Type the converter's address.</source>
        <translation>Type the converter's address.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>No connection to the server. Your work stays on this laptop and is sent when a network is found.</source>
        <translation>No connection to the server. Your work stays on this laptop and is sent when a network is found.</translation>
    </message>
    <message>
        <source>The server did not answer in time (a weak signal?). Try again later.</source>
        <translation>The server did not answer in time (a weak signal?). Try again later.</translation>
    </message>
    <message>
        <source>The server does not accept this laptop any more. Ask the coordinator for a new enrolment code.</source>
        <translation>The server does not accept this laptop any more. Ask the coordinator for a new enrolment code.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>The server had a problem: %1</source>
        <translation>The server had a problem: %1</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>Grower</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Field visit</translation>
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
        <source>Catalogue entry</source>
        <translation>Catalogue entry</translation>
    </message>
    <message>
        <source>The picture file is no longer on this laptop. Import it again.</source>
        <translation>The picture file is no longer on this laptop. Import it again.</translation>
    </message>
    <message>
        <source>The picture file on this laptop has changed or is damaged.</source>
        <translation>The picture file on this laptop has changed or is damaged.</translation>
    </message>
    <message>
        <source>The picture arrived damaged. It is fetched again at the next sync.</source>
        <translation>The picture arrived damaged. It is fetched again at the next sync.</translation>
    </message>
    <message>
        <source>The picture arrived but cannot be opened.</source>
        <translation>The picture arrived but cannot be opened.</translation>
    </message>
    <message>
        <source>Not on the server yet: the laptop that took it has not sent it.</source>
        <translation>Not on the server yet: the laptop that took it has not sent it.</translation>
    </message>
    <message>
        <source>A small copy is here; the full picture comes later.</source>
        <translation>A small copy is here; the full picture comes later.</translation>
    </message>
    <message>
        <source>This laptop could not save the picture (is the disk full?).</source>
        <translation>This laptop could not save the picture (is the disk full?).</translation>
    </message>
    <message>
        <source>Being sent (%1%)</source>
        <translation>Being sent (%1%)</translation>
    </message>
    <message>
        <source>Small copy sent</source>
        <translation>Small copy sent</translation>
    </message>
    <message>
        <source>To be fetched</source>
        <translation>To be fetched</translation>
    </message>
    <message>
        <source>Being fetched (%1%)</source>
        <translation>Being fetched (%1%)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Connect this laptop to the cooperative's server</source>
        <translation>Connect this laptop to the cooperative's server</translation>
    </message>
    <message>
        <source>e.g. http://192.168.1.10:8765</source>
        <translation>e.g. http://192.168.1.10:8765</translation>
    </message>
    <message>
        <source>The 8-letter code from the coordinator</source>
        <translation>The 8-letter code from the coordinator</translation>
    </message>
    <message>
        <source>e.g. Zhang's laptop</source>
        <translation>e.g. Zhang's laptop</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Name of this laptop</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The advice sheet of each case answered here, for growers whose card has a portal link: they open it on their phone.</source>
        <translation>The advice sheet of each case answered here, for growers whose card has a portal link: they open it on their phone.</translation>
    </message>
    <message>
        <source>Advice sheets for phones</source>
        <translation>Advice sheets for phones</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from other laptops are kept aside, not lost: a record here already has the same ID number. See below what to do.</source>
        <translation>
            <numerusform>%n record from other laptops are kept aside, not lost: a record here already has the same ID number. See below what to do.</numerusform><numerusform>%n records from other laptops are kept aside, not lost: a record here already has the same ID number. See below what to do.</numerusform></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Send a reduced copy first on slow links</source>
        <translation>Send a reduced copy first on slow links</translation>
    </message>
    <message>
        <source>Each photo goes first as a small picture, so others see it soon; the full photo follows.</source>
        <translation>Each photo goes first as a small picture, so others see it soon; the full photo follows.</translation>
    </message>
    <message>
        <source>Photos not sent or fetched yet</source>
        <translation>Photos not sent or fetched yet</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Conflicts: the same thing changed on two laptops</source>
        <translation>Conflicts: the same thing changed on two laptops</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Value now</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Keep the value now</source>
        <translation>Keep the value now</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message>
        <source>Nothing: everything is on the server</source>
        <translation>Nothing: everything is on the server</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform><numerusform>%n sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fetched</source>
        <translation>
            <numerusform>%n fetched</numerusform><numerusform>%n fetched</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n small copy sent</source>
        <translation>
            <numerusform>%n small copy sent</numerusform><numerusform>%n small copy sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform><numerusform>%n waiting to be sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to be fetched</source>
        <translation>
            <numerusform>%n to be fetched</numerusform><numerusform>%n to be fetched</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>advice sheets</comment>
        <translation>
            <numerusform>%n sent</numerusform><numerusform>%n sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>advice sheets</comment>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <source>it could not be made here: %1</source>
        <translation>it could not be made here: %1</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>another laptop</translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message>
        <source>Type the server address (starting with http://) and the code.</source>
        <translation>Type the server address (starting with http://) and the code.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>TreatmentLineDialog</name>
    <message>
        <source>Product in the plan</source>
        <translation>Product in the plan</translation>
    </message>
    <message>
        <source>The product as sold, e.g. 25% pymetrozine WP</source>
        <translation>The product as sold, e.g. 25% pymetrozine WP</translation>
    </message>
    <message>
        <source> l per mu</source>
        <translation> l per mu</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform><numerusform> days</numerusform></translation>
    </message>
    <message>
        <source>e.g. at the first signs, on a dry morning</source>
        <translation>e.g. at the first signs, on a dry morning</translation>
    </message>
    <message>
        <source>e.g. keep away from fish ponds and silkworms</source>
        <translation>e.g. keep away from fish ponds and silkworms</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>Active ingredient</translation>
    </message>
    <message>
        <source>Dose per mu</source>
        <translation>Dose per mu</translation>
    </message>
    <message>
        <source>Water per mu</source>
        <translation>Water per mu</translation>
    </message>
    <message>
        <source>Per tank</source>
        <translation>Per tank</translation>
    </message>
    <message>
        <source>Safe interval before harvest</source>
        <translation>Safe interval before harvest</translation>
    </message>
    <message>
        <source>When to spray</source>
        <translation>When to spray</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Safety notes</translation>
    </message>
    <message>
        <source>Catalogue: %1 per mu</source>
        <translation>Catalogue: %1 per mu</translation>
    </message>
    <message>
        <source>%1 in a %2 l tank</source>
        <translation>%1 in a %2 l tank</translation>
    </message>
</context>
<context>
    <name>TreatmentPlan</name>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>The dose of %1, %2 per mu, is outside the catalogue's range of %3 per mu.

Keep this dose?</source>
        <translation>The dose of %1, %2 per mu, is outside the catalogue's range of %3 per mu.

Keep this dose?</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Per mu</source>
        <translation>Per mu</translation>
    </message>
    <message>
        <source>%1 in %2 l water</source>
        <translation>%1 in %2 l water</translation>
    </message>
    <message>
        <source>Per tank</source>
        <translation>Per tank</translation>
    </message>
    <message>
        <source>Safe interval</source>
        <translation>Safe interval</translation>
    </message>
    <message>
        <source>No spraying planned.</source>
        <translation>No spraying planned.</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Add product…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the catalogue's plan</source>
        <translation>Take the catalogue's plan</translation>
    </message>
    <message>
        <source>%1 per %2 l</source>
        <translation>%1 per %2 l</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Outside the catalogue's range of %1 per mu (confirmed)</source>
        <translation>Outside the catalogue's range of %1 per mu (confirmed)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a receipt</source>
        <translation>Check a receipt</translation>
    </message>
    <message>
        <source>Scan the QR code on the receipt, or paste its text and press Enter.</source>
        <translation>Scan the QR code on the receipt, or paste its text and press Enter.</translation>
    </message>
    <message>
        <source>Receipt code (FAR1:…)</source>
        <translation>Receipt code (FAR1:…)</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>Grower</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In words</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Net (kg)</source>
        <translation>Net (kg)</translation>
    </message>
    <message>
        <source>Price (yuan/kg)</source>
        <translation>Price (yuan/kg)</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Scan {n} at {time}. Ready for the next receipt.</source>
        <translation>Scan {n} at {time}. Ready for the next receipt.</translation>
    </message>
    <message>
        <source>Waiting for a receipt</source>
        <translation>Waiting for a receipt</translation>
    </message>
    <message>
        <source>Put the cursor in the field above and scan the receipt's QR code. The answer appears here.</source>
        <translation>Put the cursor in the field above and scan the receipt's QR code. The answer appears here.</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <source>This receipt is exactly as the cooperative's laptop signed it. What it says:</source>
        <translation>This receipt is exactly as the cooperative's laptop signed it. What it says:</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Altered</translation>
    </message>
    <message>
        <source>This receipt's code has been changed or damaged; do not pay on it.</source>
        <translation>This receipt's code has been changed or damaged; do not pay on it.</translation>
    </message>
    <message>
        <source>Cannot be checked yet</source>
        <translation>Cannot be checked yet</translation>
    </message>
    <message>
        <source>It was signed by a laptop this installation does not know yet. Sync with the cooperative first, then scan it again. Until then, do not pay on it. What it says, unchecked:</source>
        <translation>It was signed by a laptop this installation does not know yet. Sync with the cooperative first, then scan it again. Until then, do not pay on it. What it says, unchecked:</translation>
    </message>
    <message>
        <source>Not a receipt</source>
        <translation>Not a receipt</translation>
    </message>
    <message>
        <source>This is not a FieldApp receipt code: it is a grower card.</source>
        <translation>This is not a FieldApp receipt code: it is a grower card.</translation>
    </message>
    <message>
        <source>This is not a FieldApp receipt code.</source>
        <translation>This is not a FieldApp receipt code.</translation>
    </message>
    <message>
        <source>{yuan} yuan</source>
        <translation>{yuan} yuan</translation>
    </message>
    <message>
        <source>Not in this laptop's ledger: it was issued on another laptop that has not synced with this one yet.</source>
        <translation>Not in this laptop's ledger: it was issued on another laptop that has not synced with this one yet.</translation>
    </message>
    <message>
        <source>VOID in this laptop's ledger since {time} ({reason}). Do not pay on it.</source>
        <translation>VOID in this laptop's ledger since {time} ({reason}). Do not pay on it.</translation>
    </message>
    <message>
        <source>It was corrected by receipt {number}.</source>
        <translation>It was corrected by receipt {number}.</translation>
    </message>
    <message>
        <source>Already PAID on {time} ({method}, {clerk}). Do not pay it again.</source>
        <translation>Already PAID on {time} ({method}, {clerk}). Do not pay it again.</translation>
    </message>
    <message>
        <source>In this laptop's ledger: not paid yet.</source>
        <translation>In this laptop's ledger: not paid yet.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Field visit</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <source>New field visit</source>
        <translation>New field visit</translation>
    </message>
    <message>
        <source>Scan the card, or type a name and press Enter</source>
        <translation>Scan the card, or type a name and press Enter</translation>
    </message>
    <message>
        <source>Visit in the field</source>
        <translation>Visit in the field</translation>
    </message>
    <message>
        <source>Remote, from the grower's photos</source>
        <translation>Remote, from the grower's photos</translation>
    </message>
    <message>
        <source>e.g. sunny, 28 °C, rain two days ago</source>
        <translation>e.g. sunny, 28 °C, rain two days ago</translation>
    </message>
    <message>
        <source>e.g. tillering, flowering, fruit swelling</source>
        <translation>e.g. tillering, flowering, fruit swelling</translation>
    </message>
    <message>
        <source>Choose from the catalogue, or type it</source>
        <translation>Choose from the catalogue, or type it</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>Catalogue…</translation>
    </message>
    <message>
        <source>Pest and disease catalogue (Ctrl+K)</source>
        <translation>Pest and disease catalogue (Ctrl+K)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Anything else the grower should know about the plan</source>
        <translation>Anything else the grower should know about the plan</translation>
    </message>
    <message>
        <source>Come back on</source>
        <translation>Come back on</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Treated, watching</source>
        <translation>Treated, watching</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>Grower</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Crop stage</source>
        <translation>Crop stage</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Share of plot affected</source>
        <translation>Share of plot affected</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Treatment plan</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Plan notes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grower's phone: %1</source>
        <translation>Grower's phone: %1</translation>
    </message>
    <message>
        <source>no link on the grower's card yet (printing a card gives one).</source>
        <translation>no link on the grower's card yet (printing a card gives one).</translation>
    </message>
    <message>
        <source>shows that the case waits for an answer.</source>
        <translation>shows that the case waits for an answer.</translation>
    </message>
    <message>
        <source>shows the answer; a case closed this long ago gets no advice sheet.</source>
        <translation>shows the answer; a case closed this long ago gets no advice sheet.</translation>
    </message>
    <message>
        <source>the answer and its advice sheet are sent by the laptop that changed the case last.</source>
        <translation>the answer and its advice sheet are sent by the laptop that changed the case last.</translation>
    </message>
    <message>
        <source>the answer and its advice sheet are there (sent %1).</source>
        <translation>the answer and its advice sheet are there (sent %1).</translation>
    </message>
    <message>
        <source>shows the answer, but its advice sheet could not be sent: the Sync page says why.</source>
        <translation>shows the answer, but its advice sheet could not be sent: the Sync page says why.</translation>
    </message>
    <message>
        <source>the answer and its advice sheet go at the next sync.</source>
        <translation>the answer and its advice sheet go at the next sync.</translation>
    </message>
    <message>
        <source>Move to another visit of this grower…</source>
        <translation>Move to another visit of this grower…</translation>
    </message>
    <message>
        <source>Add photos from a folder…</source>
        <translation>Add photos from a folder…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Similar past cases</source>
        <translation>Similar past cases</translation>
    </message>
    <message>
        <source>Print advice sheet…</source>
        <translation>Print advice sheet…</translation>
    </message>
    <message>
        <source>No grower chosen</source>
        <translation>No grower chosen</translation>
    </message>
    <message>
        <source>(no particular plot)</source>
        <translation>(no particular plot)</translation>
    </message>
    <message>
        <source>Replace the plan with the catalogue's products for this diagnosis?</source>
        <translation>Replace the plan with the catalogue's products for this diagnosis?</translation>
    </message>
    <message>
        <source>The catalogue names no product for this.</source>
        <translation>The catalogue names no product for this.</translation>
    </message>
    <message>
        <source>Not from the catalogue.</source>
        <translation>Not from the catalogue.</translation>
    </message>
    <message>
        <source>Photos are kept with the visit: it is saved first.</source>
        <translation>Photos are kept with the visit: it is saved first.</translation>
    </message>
    <message>
        <source>The photos could not be read: %1</source>
        <translation>The photos could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message>
        <source>None found yet.</source>
        <translation>None found yet.</translation>
    </message>
    <message>
        <source>photos look alike</source>
        <translation>photos look alike</translation>
    </message>
    <message>
        <source>same diagnosis</source>
        <translation>same diagnosis</translation>
    </message>
    <message>
        <source>alike symptoms</source>
        <translation>alike symptoms</translation>
    </message>
    <message>
        <source>This grower has no other visit to move them to.</source>
        <translation>This grower has no other visit to move them to.</translation>
    </message>
    <message>
        <source>Move photos</source>
        <translation>Move photos</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to:</source>
        <translation>
            <numerusform>Move %n photo to:</numerusform><numerusform>Move %n photos to:</numerusform></translation>
    </message>
    <message>
        <source>Folder with the photos</source>
        <translation>Folder with the photos</translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation>Adding photos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform><numerusform>%n photos added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n were already with this visit.</source>
        <translation>
            <numerusform>%n were already with this visit.</numerusform><numerusform>%n were already with this visit.</numerusform></translation>
    </message>
    <message>
        <source>The plot's position was taken from the photos' GPS.</source>
        <translation>The plot's position was taken from the photos' GPS.</translation>
    </message>
    <message>
        <source>Stopped: adding the same folder again continues where it stopped.</source>
        <translation>Stopped: adding the same folder again continues where it stopped.</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Not added:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform><numerusform>…and %n more.</numerusform></translation>
    </message>
    <message>
        <source>The visit could not be saved: %1</source>
        <translation>The visit could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Field visits</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <source>New visit… (Ctrl+N)</source>
        <translation>New visit… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>Open the visit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Treated, watching</source>
        <translation>Treated, watching</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Pest catalogue…</source>
        <translation>Pest catalogue…</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Growers' questions</source>
        <translation>Growers' questions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>Grower</translation>
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
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>The visits could not be read: %1</source>
        <translation>The visits could not be read: %1</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation>Follow-ups due (%1)</translation>
    </message>
    <message>
        <source>Growers' questions (%1)</source>
        <translation>Growers' questions (%1)</translation>
    </message>
    <message>
        <source>Asks: %1</source>
        <translation>Asks: %1</translation>
    </message>
    <message>
        <source>No visits recorded today. Press “New visit” after a field visit.</source>
        <translation>No visits recorded today. Press “New visit” after a field visit.</translation>
    </message>
    <message>
        <source>No open cases: every problem recorded is resolved.</source>
        <translation>No open cases: every problem recorded is resolved.</translation>
    </message>
    <message>
        <source>No follow-ups are due.</source>
        <translation>No follow-ups are due.</translation>
    </message>
    <message>
        <source>No questions wait for an answer. Growers ask from the link on their card; their questions come with the next sync.</source>
        <translation>No questions wait for an answer. Growers ask from the link on their card; their questions come with the next sync.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void receipt {number}</source>
        <translation>Void receipt {number}</translation>
    </message>
    <message>
        <source>{kg} kg · {yuan} yuan</source>
        <translation>{kg} kg · {yuan} yuan</translation>
    </message>
    <message>
        <source>Voiding cannot be undone. The receipt stays in the ledger, marked void, with your reason, and its number is never used again. The grower's paper receipt is no longer valid: take it back if you can.</source>
        <translation>Voiding cannot be undone. The receipt stays in the ledger, marked void, with your reason, and its number is never used again. The grower's paper receipt is no longer valid: take it back if you can.</translation>
    </message>
    <message>
        <source>Why is this receipt void? e.g. gross weight typed wrong, wrong grower</source>
        <translation>Why is this receipt void? e.g. gross weight typed wrong, wrong grower</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Keep the receipt</source>
        <translation>Keep the receipt</translation>
    </message>
    <message>
        <source>Void receipt</source>
        <translation>Void receipt</translation>
    </message>
    <message>
        <source>{n} of {max} characters</source>
        <translation>{n} of {max} characters</translation>
    </message>
    <message>
        <source>Write why the receipt is void; the reason is kept and printed.</source>
        <translation>Write why the receipt is void; the reason is kept and printed.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>The reason is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Write who is voiding the receipt.</source>
        <translation>Write who is voiding the receipt.</translation>
    </message>
</context>
<context>
    <name>WeighingPage</name>
    <message>
        <source>Weigh and buy</source>
        <translation>Weigh and buy</translation>
    </message>
    <message>
        <source>Receipts and payments</source>
        <translation>Receipts and payments</translation>
    </message>
    <message>
        <source>Prices and grades…</source>
        <translation>Prices and grades…</translation>
    </message>
    <message>
        <source>Check a receipt…</source>
        <translation>Check a receipt…</translation>
    </message>
    <message>
        <source>Day settlement…</source>
        <translation>Day settlement…</translation>
    </message>
    <message>
        <source>Receipt %1 saved: ¥%2</source>
        <translation>Receipt %1 saved: ¥%2</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>The receipt is saved but could not be made ready for printing: %1</source>
        <translation>The receipt is saved but could not be made ready for printing: %1</translation>
    </message>
    <message>
        <source>The receipt is saved but the printer failed: %1
Print it again from Receipts and payments.</source>
        <translation>The receipt is saved but the printer failed: %1
Print it again from Receipts and payments.</translation>
    </message>
    <message>
        <source>(not printed: reprint it from the receipts)</source>
        <translation>(not printed: reprint it from the receipts)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>_WeekColumns</name>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <source>This week, so far</source>
        <translation>This week, so far</translation>
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
    <name>ledger</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Paid · transfer</source>
        <translation>Paid · transfer</translation>
    </message>
    <message>
        <source>Paid · cash</source>
        <translation>Paid · cash</translation>
    </message>
    <message>
        <source>Moisture</source>
        <translation>Moisture</translation>
    </message>
    <message>
        <source>Impurity</source>
        <translation>Impurity</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>The receipt has no lots.</source>
        <translation>The receipt has no lots.</translation>
    </message>
    <message>
        <source>A receipt can hold at most {detail} lots.</source>
        <translation>A receipt can hold at most {detail} lots.</translation>
    </message>
    <message>
        <source>The clerk's name is not set. Enter it in Settings.</source>
        <translation>The clerk's name is not set. Enter it in Settings.</translation>
    </message>
    <message>
        <source>This grower is not registered on this laptop.</source>
        <translation>This grower is not registered on this laptop.</translation>
    </message>
    <message>
        <source>{detail} has left the cooperative; no receipt can be made out to them.</source>
        <translation>{detail} has left the cooperative; no receipt can be made out to them.</translation>
    </message>
    <message>
        <source>The price of this grade is not known on this laptop. Sync, then try again.</source>
        <translation>The price of this grade is not known on this laptop. Sync, then try again.</translation>
    </message>
    <message>
        <source>Receipt {detail} is already void. Nothing was changed.</source>
        <translation>Receipt {detail} is already void. Nothing was changed.</translation>
    </message>
    <message>
        <source>Receipt {detail} is already paid. Nothing was changed.</source>
        <translation>Receipt {detail} is already paid. Nothing was changed.</translation>
    </message>
    <message>
        <source>Receipt {detail} is already paid, so it cannot be voided: the money has gone. Issue a new receipt for the difference instead.</source>
        <translation>Receipt {detail} is already paid, so it cannot be voided: the money has gone. Issue a new receipt for the difference instead.</translation>
    </message>
    <message>
        <source>This receipt is not in this laptop's ledger.</source>
        <translation>This receipt is not in this laptop's ledger.</translation>
    </message>
    <message>
        <source>The ledger refused the change ({detail}).</source>
        <translation>The ledger refused the change ({detail}).</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Moisture deductions</source>
        <translation>Moisture deductions</translation>
    </message>
    <message>
        <source>Impurity deductions</source>
        <translation>Impurity deductions</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Container name</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Transfer reference</translation>
    </message>
    <message>
        <source>Nothing was saved: {detail}</source>
        <translation>Nothing was saved: {detail}</translation>
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
        <source>Grower</source>
        <translation>Grower</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Crop stage</source>
        <translation>Crop stage</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Share of the plot affected</source>
        <translation>Share of the plot affected</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Treatment plan</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>Active ingredient</translation>
    </message>
    <message>
        <source>Dose per mu</source>
        <translation>Dose per mu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Water per mu</source>
        <translation>Water per mu</translation>
    </message>
    <message>
        <source>Safe interval before harvest</source>
        <translation>Safe interval before harvest</translation>
    </message>
    <message>
        <source>When to spray</source>
        <translation>When to spray</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Safety notes</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Latin name</translation>
    </message>
    <message>
        <source>Lowest dose per mu</source>
        <translation>Lowest dose per mu</translation>
    </message>
    <message>
        <source>Highest dose per mu</source>
        <translation>Highest dose per mu</translation>
    </message>
    <message>
        <source>Sprays per season</source>
        <translation>Sprays per season</translation>
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
        <source>{field} ({detail}) is before the visit.</source>
        <translation>{field} ({detail}) is before the visit.</translation>
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
        <source>The file is open in another program. Close it and try again.</source>
        <translation>The file is open in another program. Close it and try again.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the file is larger than 60 MB.</source>
        <translation>the file is larger than 60 MB.</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>the file could not be read.</translation>
    </message>
    <message>
        <source>this is not a picture.</source>
        <translation>this is not a picture.</translation>
    </message>
    <message>
        <source>HEIC photos from iPhones cannot be read yet: set the phone to save JPEG (Settings › Camera › Formats › Most Compatible), or send them through WeChat.</source>
        <translation>HEIC photos from iPhones cannot be read yet: set the phone to save JPEG (Settings › Camera › Formats › Most Compatible), or send them through WeChat.</translation>
    </message>
    <message>
        <source>this picture format is not supported.</source>
        <translation>this picture format is not supported.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (was the copy interrupted?).</source>
        <translation>the picture is damaged or incomplete (was the copy interrupted?).</translation>
    </message>
    <message>
        <source>the photo could not be saved (is the disk full?).</source>
        <translation>the photo could not be saved (is the disk full?).</translation>
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