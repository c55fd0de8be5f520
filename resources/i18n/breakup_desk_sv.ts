<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Breakup Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the MIT licence. Python {python}, Qt {qt}, PySide6 {pyside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and fonts included, and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no licence text in its metadata)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakupWizard</name>
    <message>
        <source>End the relationship — case #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCasePanel</name>
    <message>
        <source>Drawing the headline chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the leadership brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leadership brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF that puts the case as a business problem: these figures and four charts, every incident quoted with its date, the warnings given, and the hash of each piece of evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} by {name}; the average customer: {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the average customer; ranked no. {rank} of %Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in agent time: {hours} hours, {share} of the team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>agents involved; %Ln handoff(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{items}, {warnings} on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the leadership brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Reading the case…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Criterion and the evidence behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pattern rule not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be claimed: the pattern rule is not met (see below). It is backed by the other criteria&apos;s incidents once they span enough days and conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be claimed: no evidence backs it. Add quotes, conversations or files under this criterion from the customer&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is {state}; it claims: {claims}. Claims and evidence can change only in a draft: withdraw the case from review to change them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Against the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in their conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {suggested} suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Breakup Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Backed by: {backing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag categories: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the customer (direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the usual ones ({values} …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of the direction column that mean the customer wrote the row, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. %d.%m.%Y %H:%M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strptime pattern, for times the usual forms do not read (day first …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header} (e.g. {sample})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds what. The preview shows how the first rows will be read; a row with a problem is set aside at import, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows ({encoding}, “{delimiter}” between cells):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This file has no column {names}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: {needs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {read} of {total} preview rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems} with a problem will be set aside at import (see Problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Saved profiles: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name, for the next export of this kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”, replacing the one saved before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <source>Search name, email, organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has suggested flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the breakup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selection to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a highlighted passage to confirm or dismiss its flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} · {status} · score {score:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft case against this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case #{case} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words in one of the customer&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer&apos;s own words can be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected words to the case as a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakup Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} messages against an average of {mean:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Establish the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the policy&apos;s grounds that the evidence backs. The bar is high: anger at the company is not abuse, and one bad day is not a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter for the executive to sign, or sign it now with a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present it as a business problem, with data; then record leadership&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the letter, edit its text if you must, and see the page as it will print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer gets back, until when, and how they take their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warnings already given on the policy&apos;s ladder. Record one here if it was given by phone; slurs and threats of violence skip the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceBasket</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the case before you block this customer in your helpdesk: Zendesk deletes spam-marked tickets after 30 days, Intercom archives a blocked person&apos;s messages, Freshdesk deletes the contact. This case keeps its own copy of every message it quotes, with its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected item out of the case (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open case. Open a case to collect evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case #{case} ({state}) · {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add quote “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTreeModel</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERED: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, added by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERED since capture: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the {part} at capture: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the {part} now: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&lt;b&gt;What happens next&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Save the PDF and give it to the signatory, or sign it here with their certificate (PAdES). The case moves to &lt;i&gt;letter issued&lt;/i&gt; and every step is in its audit log.&lt;/li&gt;&lt;li&gt;Send the signed letter, then refund the customer as it says.&lt;/li&gt;&lt;li&gt;Only then block the customer in your helpdesk: blocking deletes or archives their messages there. This case keeps its own copy of every message it quotes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF for signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign now with a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .eml draft of the signed letter for your mail program, kept on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter or sign it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail draft is at {path}: open it in your mail program to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter for signing is at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed letter is at {path}; a copy is kept on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is now: letter issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import helpdesk exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column of a CSV holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rejected records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the imported messages for abuse again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose helpdesk exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files your helpdesk exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file will be read as this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: any CSV, with the columns as you mapped them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: any CSV, columns from its header or a profile (Columns… to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a CSV whose columns need mapping: choose Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB, {rate:.1f} MB/s{eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: {reason}. Files finished before it stay imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. The database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported (the files above stay imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not started (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{file} ({format}): {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the new messages have suggested flags to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, but reading the messages for abuse failed: {reason}. They have no suggested flags yet: press Scan again (here, once the cause is fixed) or run &apos;breakup-desk scan&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported messages were not read for abuse (the import was cancelled): press Scan again, or run &apos;breakup-desk scan&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat of violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat to the agent&apos;s job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat to expose the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public shaming threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotional blackmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profanity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand for a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harassment language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {channel}
{by}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Breakup Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadershipPage</name>
    <message>
        <source>Leadership&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve: end the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline: keep the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what was considered, or why declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were reasonable adjustments for the customer&apos;s disability or circumstances considered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title, such as COO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {name}, {title}, on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by {name}, {title}, on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is a draft: go back and submit it for review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter can follow: the case is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership declined case #{id}. The case is kept, with its evidence, warnings and the decision on record; it can be reopened later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling in the letter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Breakup Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Breakup Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakup Desk database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message>
        <source> · internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted in the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note to case #{case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and how you know (a call, a meeting, a post)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion (notes and other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickCustomerHint</name>
    <message>
        <source>Pick a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their volume against the average customer, their conversations and the messages flagged for review.

The list is sorted by messages written, so the customers who take the most of your team&apos;s time come first; “vs average” says how many times the average customer&apos;s volume that is. Search by name, email or organisation, or right-click the column headers to show more columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Harassing, racist, sexist or homophobic language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insults aimed at a person, slurs, sexual harassment of an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats, personal or professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats of violence, chargebacks or bank disputes, legal action, getting an agent disciplined or fired, exposing an agent, public shaming, emotional blackmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history of bad behaviour with no sign of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents on several days in several conversations, continuing after warnings. Backed by the incidents of the other criteria when the pattern rule is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager calls the customer back the next day to explain what is not acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s contacts are routed to a specialist team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email-only contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact by email only; no more phone or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship ends; the account is handed over to legal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag categories that back it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hate, threat_violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds for ending the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning ladder, one step per offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the ladder for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents on at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern, not a bad day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund, unasked:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a customer exports their data, for the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company (letterhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and the cost of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly cost of an agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Database in use&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;To use another one (a file, or a PostgreSQL database shared by the team), choose File › Open Database…, or start the app with &lt;code&gt;--db URL&lt;/code&gt; or the &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt; environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has a mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>leave empty: months × monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was checked with legal (needed for business customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total refund: {total} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed case #{id} since you opened it, so your terms were not saved. The case now says: {terms}. Press Next to save yours instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>Record a warning that was given by phone, email or in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the customer was told, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) on record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step {step} was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps {steps} and {last} were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which} never given, and nothing in the evidence lets the case skip the ladder. The leadership brief shows this; if a warning was given by phone, record it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step before the last was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Breakup Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakup Desk shows, with your own helpdesk data, when one customer&apos;s behaviour has become a problem for the whole team, builds the case for leadership, and helps you write a calm, final letter.

Start by importing an export from your helpdesk (Zendesk, Freshdesk, Help Scout, Intercom, Front, an email archive or a CSV), or look around with the demo data of a fictional company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriterWaitBar</name>
    <message>
        <source>Waiting for another writer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import or window is writing to {database}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
