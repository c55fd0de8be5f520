<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>About Breakup Desk</source>
        <translation>Om Breakup Desk</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence. Python {python}, Qt {qt}, PySide6 {pyside}.</source>
        <translation>Licensierad under MIT-licensen. Python {python}, Qt {qt}, PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Välj ett bibliotek för att läsa dess licens.</translation>
    </message>
    <message>
        <source>Libraries and fonts included, and their licences:</source>
        <translation>Medföljande bibliotek och typsnitt, och deras licenser:</translation>
    </message>
    <message>
        <source>(no licence text in its metadata)</source>
        <translation>(ingen licenstext i dess metadata)</translation>
    </message>
</context>
<context>
    <name>BreakupWizard</name>
    <message>
        <source>End the relationship — case #{id}</source>
        <translation>Avsluta kundrelationen — fall #{id}</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Fallet kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>BusinessCasePanel</name>
    <message>
        <source>Drawing the headline chart…</source>
        <translation>Ritar huvuddiagrammet…</translation>
    </message>
    <message>
        <source>Write the leadership brief…</source>
        <translation>Skriv ledningsunderlaget…</translation>
    </message>
    <message>
        <source>The leadership brief</source>
        <translation>Ledningsunderlaget</translation>
    </message>
    <message>
        <source>A PDF that puts the case as a business problem: these figures and four charts, every incident quoted with its date, the warnings given, and the hash of each piece of evidence.</source>
        <translation>En PDF som lägger fram fallet som ett affärsproblem: de här siffrorna och fyra diagram, varje incident citerad med datum, de varningar som getts och hashvärdet för varje bevis.</translation>
    </message>
    <message>
        <source>reading the figures</source>
        <translation>läser in siffrorna</translation>
    </message>
    <message>
        <source>{unit} by {name}; the average customer: {mean}</source>
        <translation>{unit} av {name}; genomsnittskunden: {mean}</translation>
    </message>
    <message numerus="yes">
        <source>the average customer; ranked no. {rank} of %Ln customer(s)</source>
        <translation>
            <numerusform>genomsnittskunden; plats {rank} av %Ln kund</numerusform>
            <numerusform>genomsnittskunden; plats {rank} av %Ln kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>in agent time: {hours} hours, {share} of the team&apos;s</source>
        <translation>i agenttid: {hours} timmar, {share} av teamets</translation>
    </message>
    <message numerus="yes">
        <source>agents involved; %Ln handoff(s)</source>
        <translation>
            <numerusform>inblandade agenter; %Ln överlämning</numerusform>
            <numerusform>inblandade agenter; %Ln överlämningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln conversation(s)</source>
        <translation>
            <numerusform>i %Ln konversation</numerusform>
            <numerusform>i %Ln konversationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln bevis</numerusform>
            <numerusform>%Ln bevis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln varning</numerusform>
            <numerusform>%Ln varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>{items}, {warnings} on record.</source>
        <translation>{items}, {warnings} registrerade.</translation>
    </message>
    <message>
        <source>The case claims:</source>
        <translation>Fallet gör gällande:</translation>
    </message>
    <message>
        <source>Save the leadership brief</source>
        <translation>Spara ledningsunderlaget</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>Skriver underlaget…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Sparat i {path}</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Calibration session</source>
        <translation>Kalibreringssession</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Visa rapport</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Meddelanden:</translation>
    </message>
    <message>
        <source>Labelling as:</source>
        <translation>Märker som:</translation>
    </message>
    <message>
        <source>1 · Fine</source>
        <translation>1 · Okej</translation>
    </message>
    <message>
        <source>2 · Angry (not abusive)</source>
        <translation>2 · Arg (inte kränkande)</translation>
    </message>
    <message>
        <source>3 · Abusive</source>
        <translation>3 · Kränkande</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>Start a session, or pick one to label.</source>
        <translation>Starta en session eller välj en att märka i.</translation>
    </message>
    <message>
        <source>#{id} · {when} · {count} messages</source>
        <translation>#{id} · {when} · meddelanden: {count}</translation>
    </message>
    <message>
        <source>Message {n} of {total} ({done} labelled). Keys: 1 fine, 2 angry, 3 abusive.</source>
        <translation>Meddelande {n} av {total} ({done} märkta). Tangenter: 1 okej, 2 arg, 3 kränkande.</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>dålig</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>svag</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>rimlig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>måttlig</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>betydande</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>nästan perfekt</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>ej definierad</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Session #{id}</translation>
    </message>
    <message>
        <source>Labelled by {people}.</source>
        <translation>Märkt av {people}.</translation>
    </message>
    <message>
        <source>Do we agree with each other?</source>
        <translation>Är vi överens med varandra?</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa {kappa}: {band} agreement (Landis &amp; Koch), over {n} messages everyone labelled.</source>
        <translation>Fleiss kappa {kappa}: {band} överensstämmelse (Landis &amp; Koch), över de {n} meddelanden som alla märkt.</translation>
    </message>
    <message>
        <source>Abusive to the team, not flagged by the detector</source>
        <translation>Kränkande enligt teamet, inte flaggat av detektorn</translation>
    </message>
    <message>
        <source>Flagged by the detector, not abusive to the team</source>
        <translation>Flaggat av detektorn, inte kränkande enligt teamet</translation>
    </message>
    <message>
        <source>The team is split</source>
        <translation>Teamet är oense</translation>
    </message>
    <message>
        <source>The detector against the team</source>
        <translation>Detektorn mot teamet</translation>
    </message>
    <message>
        <source>Precision {p}, recall {r}.</source>
        <translation>Precision {p}, täckning {r}.</translation>
    </message>
    <message>
        <source>precision {p}, recall {r}</source>
        <translation>precision {p}, täckning {r}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Log a &amp;call…</source>
        <translation>Logga ett &amp;samtal…</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>S&amp;pela upp inspelningen</translation>
    </message>
    <message>
        <source>&amp;Block at the helpdesk…</source>
        <translation>&amp;Blockera i helpdesken…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln varning</numerusform>
            <numerusform>%Ln varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording {name} ({length}), SHA-256 {sha}</source>
        <translation>Inspelning {name} ({length}), SHA-256 {sha}</translation>
    </message>
    <message>
        <source>duration unknown</source>
        <translation>okänd längd</translation>
    </message>
    <message>
        <source>Add a helpdesk connection first (breakup-desk connect).</source>
        <translation>Lägg först till en helpdesk-anslutning (breakup-desk connect).</translation>
    </message>
    <message>
        <source>Block the customer</source>
        <translation>Blockera kunden</translation>
    </message>
    <message>
        <source>The case&apos;s copies are checked and the customer&apos;s whole history is kept on the case before the helpdesk is asked to block them. Connection:</source>
        <translation>Fallets kopior kontrolleras och kundens hela historik sparas i fallet innan helpdesken ombeds blockera kunden. Anslutning:</translation>
    </message>
    <message>
        <source>Keeping the history, then blocking…</source>
        <translation>Sparar historiken och blockerar sedan…</translation>
    </message>
    <message>
        <source>History kept ({name}, SHA-256 {sha}). {detail}.</source>
        <translation>Historiken sparad ({name}, SHA-256 {sha}). {detail}.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Reading the case…</source>
        <translation>Läser in fallet…</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Criterion and the evidence behind it</source>
        <translation>Kriterium och bevisen bakom det</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Backing</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Pattern rule met: incidents {counts} (the policy asks for {minimum}).</source>
        <translation>Mönsterregeln uppfylld: incidenter {counts} (policyn kräver {minimum}).</translation>
    </message>
    <message>
        <source>Pattern rule not met: incidents {counts} (the policy asks for {minimum}).</source>
        <translation>Mönsterregeln ej uppfylld: incidenter {counts} (policyn kräver {minimum}).</translation>
    </message>
    <message>
        <source>Not needed: {categories} skips the ladder.</source>
        <translation>Behövs inte: {categories} hoppar över trappan.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n bevis</numerusform>
            <numerusform>%n bevis</numerusform>
        </translation>
    </message>
    <message>
        <source>pattern rule not met</source>
        <translation>mönsterregeln ej uppfylld</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>inga bevis</translation>
    </message>
    <message>
        <source>Cannot be claimed: the pattern rule is not met (see below). It is backed by the other criteria&apos;s incidents once they span enough days and conversations.</source>
        <translation>Kan inte åberopas: mönsterregeln är inte uppfylld (se nedan). Kriteriet stöds av de andra kriteriernas incidenter när de sträcker sig över tillräckligt många dagar och konversationer.</translation>
    </message>
    <message>
        <source>Cannot be claimed: no evidence backs it. Add quotes, conversations or files under this criterion from the customer&apos;s page.</source>
        <translation>Kan inte åberopas: inga bevis stöder det. Lägg till citat, konversationer eller filer under det här kriteriet från kundens sida.</translation>
    </message>
    <message>
        <source>The case is {state}; it claims: {claims}. Claims and evidence can change only in a draft: withdraw the case from review to change them.</source>
        <translation>Fallet är {state}; det åberopar: {claims}. Grunder och bevis kan bara ändras i ett utkast: dra tillbaka fallet från granskning för att ändra dem.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Against the average</source>
        <translation>Mot genomsnittet</translation>
    </message>
    <message>
        <source>Among all customers</source>
        <translation>Bland alla kunder</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Månad för månad</translation>
    </message>
    <message>
        <source>Agents involved</source>
        <translation>Inblandade agenter</translation>
    </message>
    <message>
        <source>Top 20 customers</source>
        <translation>Topp 20 kunder</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela perioden</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Senaste 24 månaderna</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Messages written</source>
        <translation>Skrivna meddelanden</translation>
    </message>
    <message>
        <source>Conversations opened</source>
        <translation>Öppnade konversationer</translation>
    </message>
    <message>
        <source>Messages in their conversations</source>
        <translation>Meddelanden i deras konversationer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Ritar…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-bild (*.png);;SVG-ritning (*.svg);;PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Subdomain (acme for acme.zendesk.com)</source>
        <translation>Underdomän (acme för acme.zendesk.com)</translation>
    </message>
    <message>
        <source>Agent&apos;s e-mail</source>
        <translation>Agentens e-post</translation>
    </message>
    <message>
        <source>Domain (acme for acme.freshdesk.com)</source>
        <translation>Domän (acme för acme.freshdesk.com)</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>App-id</translation>
    </message>
    <message>
        <source>Another API address (optional)</source>
        <translation>En annan API-adress (valfritt)</translation>
    </message>
    <message>
        <source>Server (imap.gmail.com, outlook.office365.com)</source>
        <translation>Server (imap.gmail.com, outlook.office365.com)</translation>
    </message>
    <message>
        <source>Port (optional: 993 with TLS, 143 with STARTTLS)</source>
        <translation>Port (valfri: 993 med TLS, 143 med STARTTLS)</translation>
    </message>
    <message>
        <source>Mailbox sign-in name</source>
        <translation>Inloggningsnamn för brevlådan</translation>
    </message>
    <message>
        <source>Folders, comma-separated (optional: INBOX)</source>
        <translation>Mappar, kommaseparerade (valfritt: INBOX)</translation>
    </message>
    <message>
        <source>Your company&apos;s domains (optional: inferred from the mail)</source>
        <translation>Företagets domäner (valfritt: härleds ur posten)</translation>
    </message>
    <message>
        <source>CA certificate file (optional, PEM)</source>
        <translation>CA-certifikatfil (valfri, PEM)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>TLS from the start (port 993)</source>
        <translation>TLS från start (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Logga in med</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Lösenord eller applösenord</translation>
    </message>
    <message>
        <source>OAuth access token (XOAUTH2)</source>
        <translation>OAuth-åtkomsttoken (XOAUTH2)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App-hemlighet</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Åtkomsttoken</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Lösenord eller token</translation>
    </message>
    <message>
        <source>Connect a helpdesk</source>
        <translation>Anslut en helpdesk</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny anslutning</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>It works: {who}.</source>
        <translation>Det fungerar: {who}.</translation>
    </message>
    <message>
        <source>The test failed: {reason}</source>
        <translation>Testet misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}; the token is kept in the system keyring.</source>
        <translation>{name} sparad; token sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparad: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synk</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
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
        <translation>Testa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynka</translation>
    </message>
    <message>
        <source>Volume only (counts first, text later)</source>
        <translation>Bara volym (antal först, text senare)</translation>
    </message>
    <message>
        <source>Reads every customer&apos;s tickets without their messages: the average and the rank of conversations in a fraction of the time. Zendesk and Freshdesk.</source>
        <translation>Läser alla kunders ärenden utan meddelandena: genomsnittet och placeringen efter konversationer på en bråkdel av tiden. Zendesk och Freshdesk.</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Avbryt synken</translation>
    </message>
    <message>
        <source>{name}: never synced</source>
        <translation>{name}: aldrig synkad</translation>
    </message>
    <message>
        <source>{name}: last sync {time} UTC</source>
        <translation>{name}: senaste synk {time} UTC</translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation>Testar {name}…</translation>
    </message>
    <message>
        <source>{name} works: {who}.</source>
        <translation>{name} fungerar: {who}.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Removed {name}; what it imported stays.</source>
        <translation>{name} borttagen; det den importerade finns kvar.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Stoppar efter den här sidan…</translation>
    </message>
    <message>
        <source>{pages} pages, {messages} messages, {rate} messages/s</source>
        <translation>sidor: {pages}, meddelanden: {messages}, {rate} meddelanden/s</translation>
    </message>
    <message>
        <source>{name}: {conversations} new conversations, {messages} new messages.</source>
        <translation>{name}: nya konversationer: {conversations}, nya meddelanden: {messages}.</translation>
    </message>
    <message>
        <source>{conversations} conversations are counted but have no text yet.</source>
        <translation>Konversationer som räknats men saknar text än: {conversations}.</translation>
    </message>
    <message>
        <source>The abuse scan failed: {reason}</source>
        <translation>Genomsökningen efter kränkningar misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Cancelled after {pages} pages; they are kept and the next sync resumes.</source>
        <translation>Avbrutet (lästa sidor: {pages}); de sparas och nästa synk fortsätter därifrån.</translation>
    </message>
    <message>
        <source>The sync stopped after {pages} pages: {reason}</source>
        <translation>Synken stoppade (lästa sidor: {pages}): {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenter</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {suggested} suggested</source>
        <translation>{confirmed} bekräftade, {suggested} föreslagna</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>set the company profile first (name and address) in Settings</source>
        <translation>fyll först i företagsprofilen (namn och adress) under Inställningar</translation>
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
        <translation>Detaljerna finns i loggen: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Backed by: {backing}</source>
        <translation>Stöds av: {backing}</translation>
    </message>
    <message>
        <source>Flag categories: {names}</source>
        <translation>Flaggkategorier: {names}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>conversation id</source>
        <translation>konversations-id</translation>
    </message>
    <message>
        <source>message id</source>
        <translation>meddelande-id</translation>
    </message>
    <message>
        <source>author</source>
        <translation>avsändare</translation>
    </message>
    <message>
        <source>author email</source>
        <translation>avsändarens e-post</translation>
    </message>
    <message>
        <source>is the customer (direction)</source>
        <translation>är kunden (riktning)</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>body</source>
        <translation>meddelandetext</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>ämne</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation>Mappa kolumnerna i {file}</translation>
    </message>
    <message>
        <source>Empty: the usual ones ({values} …)</source>
        <translation>Tomt: de vanliga ({values} …)</translation>
    </message>
    <message>
        <source>The values of the direction column that mean the customer wrote the row, separated by commas.</source>
        <translation>Värdena i riktningskolumnen som betyder att kunden skrev raden, separerade med kommatecken.</translation>
    </message>
    <message>
        <source>Optional, e.g. %d.%m.%Y %H:%M</source>
        <translation>Valfritt, t.ex. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>A strptime pattern, for times the usual forms do not read (day first …).</source>
        <translation>Ett strptime-mönster, för tider som de vanliga formaten inte läser (dag först …).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>{header} (e.g. {sample})</source>
        <translation>{header} (t.ex. {sample})</translation>
    </message>
    <message>
        <source>Say which column holds what. The preview shows how the first rows will be read; a row with a problem is set aside at import, with the reason.</source>
        <translation>Ange vilken kolumn som innehåller vad. Förhandsvisningen visar hur de första raderna kommer att läsas; en rad med problem läggs åt sidan vid importen, med orsaken.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Time format:</source>
        <translation>Tidsformat:</translation>
    </message>
    <message>
        <source>Customer values:</source>
        <translation>Kundvärden:</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Spara som profil…</translation>
    </message>
    <message>
        <source>Preview of the first rows ({encoding}, “{delimiter}” between cells):</source>
        <translation>Förhandsvisning av de första raderna ({encoding}, ”{delimiter}” mellan cellerna):</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Förhandsvisning av de första raderna:</translation>
    </message>
    <message>
        <source>(This file has no column {names}.)</source>
        <translation>(Filen har ingen kolumn {names}.)</translation>
    </message>
    <message>
        <source>Still needed: {needs}.</source>
        <translation>Saknas fortfarande: {needs}.</translation>
    </message>
    <message>
        <source>Ready: {read} of {total} preview rows read.</source>
        <translation>Klart: {read} av {total} förhandsvisade rader lästa.</translation>
    </message>
    <message>
        <source>{problems} with a problem will be set aside at import (see Problem).</source>
        <translation>{problems} med problem läggs åt sidan vid importen (se Problem).</translation>
    </message>
    <message>
        <source>Guess from the header</source>
        <translation>Gissa utifrån rubrikraden</translation>
    </message>
    <message>
        <source>(Saved profiles: {reason})</source>
        <translation>(Sparade profiler: {reason})</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Spara kolumnmappningen</translation>
    </message>
    <message>
        <source>Profile name, for the next export of this kind:</source>
        <translation>Profilnamn, för nästa export av det här slaget:</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparad: {reason}</translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”, replacing the one saved before.</source>
        <translation>Sparad som profilen ”{name}”, som ersätter den som sparades tidigare.</translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”.</source>
        <translation>Sparad som profilen ”{name}”.</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <source>Search name, email, organisation…</source>
        <translation>Sök namn, e-post, organisation…</translation>
    </message>
    <message>
        <source>Has suggested flags</source>
        <translation>Har föreslagna flaggor</translation>
    </message>
    <message>
        <source>Has open case</source>
        <translation>Har öppet fall</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Återställ kolumner</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation>
            <numerusform>{shown} av %Ln kund</numerusform>
            <numerusform>{shown} av %Ln kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation>Bilder och PDF-filer (*.png *.jpg *.jpeg *.gif *.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Confirm flag</source>
        <translation>Bekräfta flagga</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Avfärda flagga</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Öppna ett fall</translation>
    </message>
    <message>
        <source>Start the breakup wizard</source>
        <translation>Starta avslutsguiden</translation>
    </message>
    <message>
        <source>&amp;Add selection to case</source>
        <translation>&amp;Lägg till markeringen i fallet</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Lägg till &amp;anteckning…</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Bifoga &amp;fil…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Click a highlighted passage to confirm or dismiss its flag.</source>
        <translation>Klicka på ett markerat stycke för att bekräfta eller avfärda flaggan.</translation>
    </message>
    <message>
        <source>{category} · {status} · score {score:.2f}</source>
        <translation>{category} · {status} · poäng {score:.2f}</translation>
    </message>
    <message>
        <source>not enough decisions yet ({n} decided)</source>
        <translation>för få beslut än ({n} avgjorda)</translation>
    </message>
    <message>
        <source>{share:.0%} confirmed ({confirmed}/{decided})</source>
        <translation>{share:.0%} bekräftade ({confirmed}/{decided})</translation>
    </message>
    <message>
        <source>Open a draft case against this customer</source>
        <translation>Öppna ett fall mot den här kunden, som utkast</translation>
    </message>
    <message>
        <source>Case #{case} ({state})</source>
        <translation>Fall #{case} ({state})</translation>
    </message>
    <message>
        <source>Show the case&apos;s evidence</source>
        <translation>Visa fallets bevis</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Öppna ett fall först.</translation>
    </message>
    <message>
        <source>Select words in one of the customer&apos;s messages.</source>
        <translation>Markera ord i något av kundens meddelanden.</translation>
    </message>
    <message>
        <source>Only the customer&apos;s own words can be quoted.</source>
        <translation>Bara kundens egna ord kan citeras.</translation>
    </message>
    <message>
        <source>Add the selected words to the case as a quote.</source>
        <translation>Lägg till de markerade orden i fallet som ett citat.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Bifoga en fil till fallet</translation>
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
        <translation>Kund</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>vs average</source>
        <translation>mot snitt</translation>
    </message>
    <message>
        <source>Confirmed flags</source>
        <translation>Bekräftade flaggor</translation>
    </message>
    <message>
        <source>Suggested flags</source>
        <translation>Föreslagna flaggor</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>{n} messages against an average of {mean:.1f}</source>
        <translation>{n} meddelanden mot ett genomsnitt på {mean:.1f}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Establish the cause</source>
        <translation>Fastställ grunden</translation>
    </message>
    <message>
        <source>Claim the policy&apos;s grounds that the evidence backs. The bar is high: anger at the company is not abuse, and one bad day is not a pattern.</source>
        <translation>Åberopa de grunder i policyn som bevisen stöder. Ribban ligger högt: ilska mot företaget är inte kränkande beteende, och en dålig dag är inget mönster.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Save the letter for the executive to sign, or sign it now with a certificate file.</source>
        <translation>Spara brevet för underskrift av ledningen, eller signera det nu med en certifikatfil.</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Ledning</translation>
    </message>
    <message>
        <source>Present it as a business problem, with data; then record leadership&apos;s decision.</source>
        <translation>Lägg fram det som ett affärsproblem, med data; registrera sedan ledningens beslut.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Check the letter, edit its text if you must, and see the page as it will print.</source>
        <translation>Kontrollera brevet, redigera texten vid behov och se sidan så som den skrivs ut.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>What the customer gets back, until when, and how they take their data.</source>
        <translation>Vad kunden får tillbaka, till när, och hur kunden tar med sig sina data.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>The warnings already given on the policy&apos;s ladder. Record one here if it was given by phone; slurs and threats of violence skip the ladder.</source>
        <translation>De varningar som redan getts enligt policyns varningstrappa. Registrera en här om den gavs per telefon; glåpord och hot om våld hoppar över trappan.</translation>
    </message>
</context>
<context>
    <name>EvidenceBasket</name>
    <message>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Build the case before you block this customer in your helpdesk: Zendesk deletes spam-marked tickets after 30 days, Intercom archives a blocked person&apos;s messages, Freshdesk deletes the contact. This case keeps its own copy of every message it quotes, with its hash.</source>
        <translation>Bygg upp fallet innan du blockerar kunden i ditt helpdesksystem: Zendesk raderar ärenden som markerats som spam efter 30 dagar, Intercom arkiverar en blockerad persons meddelanden och Freshdesk raderar kontakten. Det här fallet sparar en egen kopia av varje meddelande det citerar, med dess hash.</translation>
    </message>
    <message>
        <source>&amp;Remove from case</source>
        <translation>&amp;Ta bort från fallet</translation>
    </message>
    <message>
        <source>Take the selected item out of the case (Delete)</source>
        <translation>Ta bort det valda beviset från fallet (Delete)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>No open case. Open a case to collect evidence.</source>
        <translation>Inget öppet fall. Öppna ett fall för att samla bevis.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln bevis</numerusform>
            <numerusform>%Ln bevis</numerusform>
        </translation>
    </message>
    <message>
        <source>Case #{case} ({state}) · {items}</source>
        <translation>Fall #{case} ({state}) · {items}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Inget att ångra</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Inget att göra om</translation>
    </message>
    <message>
        <source>Add quote “{text}”</source>
        <translation>Lägg till citat ”{text}”</translation>
    </message>
    <message>
        <source>Add note “{text}”</source>
        <translation>Lägg till anteckning ”{text}”</translation>
    </message>
    <message>
        <source>Attach {text}</source>
        <translation>Bifoga {text}</translation>
    </message>
    <message>
        <source>Remove “{text}”</source>
        <translation>Ta bort ”{text}”</translation>
    </message>
    <message>
        <source>Reorder evidence</source>
        <translation>Ändra ordning på bevis</translation>
    </message>
    <message>
        <source>withdraw it from review to change its evidence</source>
        <translation>dra tillbaka det från granskning för att ändra bevisen</translation>
    </message>
    <message>
        <source>its evidence is kept as it was decided</source>
        <translation>bevisen behålls som de var när beslutet fattades</translation>
    </message>
    <message>
        <source>Case #{case} is {state}: {hint}.</source>
        <translation>Fall #{case} är {state}: {hint}.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Öppna ett fall först.</translation>
    </message>
</context>
<context>
    <name>EvidenceTreeModel</name>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>ALTERED: {text}</source>
        <translation>ÄNDRAT: {text}</translation>
    </message>
    <message>
        <source>Notes and other</source>
        <translation>Anteckningar och annat</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <source>Version {version}, added by {who}</source>
        <translation>Version {version}, tillagd av {who}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>inget registrerat</translation>
    </message>
    <message>
        <source>ALTERED since capture: {what}</source>
        <translation>ÄNDRAT sedan insamlingen: {what}</translation>
    </message>
    <message>
        <source>SHA-256 of the attachment at capture: {digest}</source>
        <translation>SHA-256 för bilagan när den sparades: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the attachment now: {digest}</source>
        <translation>SHA-256 för bilagan nu: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the message copy at capture: {digest}</source>
        <translation>SHA-256 för meddelandekopian när den sparades: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the message copy now: {digest}</source>
        <translation>SHA-256 för meddelandekopian nu: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence item at capture: {digest}</source>
        <translation>SHA-256 för beviset när det sparades: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence item now: {digest}</source>
        <translation>SHA-256 för beviset nu: {digest}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&lt;b&gt;What happens next&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Save the PDF and give it to the signatory, or sign it here with their certificate (PAdES). The case moves to &lt;i&gt;letter issued&lt;/i&gt; and every step is in its audit log.&lt;/li&gt;&lt;li&gt;Send the signed letter, then refund the customer as it says.&lt;/li&gt;&lt;li&gt;Only then block the customer in your helpdesk: blocking deletes or archives their messages there. This case keeps its own copy of every message it quotes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Nästa steg&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Spara PDF:en och ge den till den som ska signera, eller signera den här med hens certifikat (PAdES). Fallet går över till &lt;i&gt;brev utfärdat&lt;/i&gt; och varje steg finns i dess granskningslogg.&lt;/li&gt;&lt;li&gt;Skicka det signerade brevet och återbetala sedan kunden enligt brevet.&lt;/li&gt;&lt;li&gt;Blockera först därefter kunden i ditt helpdesksystem: en blockering raderar eller arkiverar kundens meddelanden där. Det här fallet sparar en egen kopia av varje meddelande det citerar.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Save PDF for signing…</source>
        <translation>Spara PDF för signering…</translation>
    </message>
    <message>
        <source>Sign now with a certificate…</source>
        <translation>Signera nu med ett certifikat…</translation>
    </message>
    <message>
        <source>E-mail draft…</source>
        <translation>E-postutkast…</translation>
    </message>
    <message>
        <source>An .eml draft of the signed letter for your mail program, kept on the case</source>
        <translation>Ett .eml-utkast av det signerade brevet för ditt e-postprogram, sparat i fallet</translation>
    </message>
    <message>
        <source>Save the letter or sign it to finish.</source>
        <translation>Spara eller signera brevet för att slutföra.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Spara brevet</translation>
    </message>
    <message>
        <source>Certificate (PKCS#12)</source>
        <translation>Certifikat (PKCS#12)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Certifikatets lösenord</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Spara e-postutkastet</translation>
    </message>
    <message>
        <source>The e-mail draft is at {path}: open it in your mail program to send it.</source>
        <translation>E-postutkastet finns i {path}: öppna det i ditt e-postprogram för att skicka det.</translation>
    </message>
    <message>
        <source>The letter for signing is at {path}.</source>
        <translation>Brevet för signering finns i {path}.</translation>
    </message>
    <message>
        <source>The signed letter is at {path}; a copy is kept on the case.</source>
        <translation>Det signerade brevet finns i {path}; en kopia sparas i fallet.</translation>
    </message>
    <message>
        <source>The case is now: letter issued.</source>
        <translation>Fallet har nu status: brev utfärdat.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Zendesk JSON (API responses or NDJSON export)</source>
        <translation>Zendesk JSON (API-svar eller NDJSON-export)</translation>
    </message>
    <message>
        <source>Help Scout Mailbox API (conversations with threads, customers)</source>
        <translation>Help Scout Mailbox API (konversationer med trådar, kunder)</translation>
    </message>
    <message>
        <source>Intercom conversations (REST API objects, list pages or NDJSON)</source>
        <translation>Intercom-konversationer (REST API-objekt, listsidor eller NDJSON)</translation>
    </message>
    <message>
        <source>Email archive (mbox, .eml, or a folder of them)</source>
        <translation>E-postarkiv (mbox, .eml eller en mapp med sådana)</translation>
    </message>
    <message>
        <source>Customer Support on Twitter (TWCS dataset CSV)</source>
        <translation>Customer Support on Twitter (CSV från datamängden TWCS)</translation>
    </message>
    <message>
        <source>Freshdesk API v2 (tickets, conversations, contacts)</source>
        <translation>Freshdesk API v2 (ärenden, konversationer, kontakter)</translation>
    </message>
    <message>
        <source>Freshdesk ticket export (CSV)</source>
        <translation>Freshdesk-ärendeexport (CSV)</translation>
    </message>
    <message>
        <source>Zendesk CSV (ticket export or a view exported as CSV)</source>
        <translation>Zendesk CSV (ärendeexport eller en vy exporterad som CSV)</translation>
    </message>
    <message>
        <source>Zendesk XML export (tickets, users)</source>
        <translation>Zendesk XML-export (ärenden, användare)</translation>
    </message>
    <message>
        <source>Front analytics export (messages or events CSV)</source>
        <translation>Front-analysexport (CSV med meddelanden eller händelser)</translation>
    </message>
    <message>
        <source>Front Core API (messages, comments, conversations)</source>
        <translation>Front Core API (meddelanden, kommentarer, konversationer)</translation>
    </message>
    <message>
        <source>Any CSV of messages (with a column mapping)</source>
        <translation>Valfri CSV med meddelanden (med kolumnmappning)</translation>
    </message>
    <message>
        <source>ZIP or gzip archive of exports</source>
        <translation>ZIP- eller gzip-arkiv med exporter</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import helpdesk exports</source>
        <translation>Importera helpdesk-exporter</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Identifiera utifrån innehållet</translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation>Ko&amp;lumner…</translation>
    </message>
    <message>
        <source>Say which column of a CSV holds what</source>
        <translation>Ange vilken kolumn i en CSV som innehåller vad</translation>
    </message>
    <message>
        <source>Show rejected records…</source>
        <translation>Visa avvisade poster…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Skanna igen</translation>
    </message>
    <message>
        <source>Read the imported messages for abuse again</source>
        <translation>Läs igenom de importerade meddelandena efter kränkningar igen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Choose helpdesk exports</source>
        <translation>Välj helpdesk-exporter</translation>
    </message>
    <message>
        <source>Exports (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;All files (*)</source>
        <translation>Exporter (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Add the files your helpdesk exported.</source>
        <translation>Lägg till filerna som ditt helpdesksystem exporterade.</translation>
    </message>
    <message>
        <source>Every file will be read as this format.</source>
        <translation>Alla filer läses i det här formatet.</translation>
    </message>
    <message>
        <source>{file}: any CSV, with the columns as you mapped them</source>
        <translation>{file}: valfri CSV, med kolumnerna som du mappade dem</translation>
    </message>
    <message>
        <source>{file}: any CSV, columns from its header or a profile (Columns… to check)</source>
        <translation>{file}: valfri CSV, kolumner från rubrikraden eller en profil (kontrollera med Kolumner…)</translation>
    </message>
    <message>
        <source>{file}: a CSV whose columns need mapping: choose Columns…</source>
        <translation>{file}: en CSV vars kolumner behöver mappas: välj Kolumner…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation>, cirka {s} s kvar</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB, {rate:.1f} MB/s{eta}</source>
        <translation>{done:.1f} av {total:.1f} MB, {rate:.1f} MB/s{eta}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>The import stopped: {reason}. Files finished before it stay imported.</source>
        <translation>Importen avbröts: {reason}. Filer som blev klara innan dess förblir importerade.</translation>
    </message>
    <message>
        <source>Scanning again…</source>
        <translation>Skannar igen…</translation>
    </message>
    <message>
        <source>Import cancelled. The database is as it was.</source>
        <translation>Importen avbröts. Databasen är oförändrad.</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was.</source>
        <translation>Inget importerades; databasen är oförändrad.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importerat:</translation>
    </message>
    <message>
        <source>Not imported (the files above stay imported):</source>
        <translation>Inte importerat (filerna ovan förblir importerade):</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: not started (cancelled)</source>
        <translation>{file}: inte påbörjad (avbruten)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln nytt meddelande</numerusform>
            <numerusform>%Ln nya meddelanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conversation(s)</source>
        <translation>
            <numerusform>%Ln ny konversation</numerusform>
            <numerusform>%Ln nya konversationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln ny kund</numerusform>
            <numerusform>%Ln nya kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln sammanslagen</numerusform>
            <numerusform>%Ln sammanslagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) rejected</source>
        <translation>
            <numerusform>%Ln post avvisad</numerusform>
            <numerusform>%Ln poster avvisade</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} ({format}): {counts}.</source>
        <translation>{file} ({format}): {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the new messages have suggested flags to review.</source>
        <translation>
            <numerusform>%Ln av de nya meddelandena har föreslagna flaggor att granska.</numerusform>
            <numerusform>%Ln av de nya meddelandena har föreslagna flaggor att granska.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, but reading the messages for abuse failed: {reason}. They have no suggested flags yet: press Scan again (here, once the cause is fixed) or run &apos;breakup-desk scan&apos;.</source>
        <translation>Importerat, men genomläsningen av meddelandena efter kränkningar misslyckades: {reason}. De har inga föreslagna flaggor än: tryck på Skanna igen (här, när orsaken är åtgärdad) eller kör &apos;breakup-desk scan&apos;.</translation>
    </message>
    <message>
        <source>The imported messages were not read for abuse (the import was cancelled): press Scan again, or run &apos;breakup-desk scan&apos;.</source>
        <translation>De importerade meddelandena lästes inte igenom efter kränkningar (importen avbröts): tryck på Skanna igen eller kör &apos;breakup-desk scan&apos;.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Avvisade poster</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>an internal error occurred ({kind}: {error})</source>
        <translation>ett internt fel inträffade ({kind}: {error})</translation>
    </message>
    <message>
        <source>cancelled; nothing of it was kept</source>
        <translation>avbruten; inget av den sparades</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>harassment</source>
        <translation>trakasserier</translation>
    </message>
    <message>
        <source>hate</source>
        <translation>hat</translation>
    </message>
    <message>
        <source>sexual harassment</source>
        <translation>sexuella trakasserier</translation>
    </message>
    <message>
        <source>threat of violence</source>
        <translation>hot om våld</translation>
    </message>
    <message>
        <source>threat to the agent&apos;s job</source>
        <translation>hot mot agentens jobb</translation>
    </message>
    <message>
        <source>threat to expose the agent</source>
        <translation>hot om att hänga ut agenten</translation>
    </message>
    <message>
        <source>financial threat</source>
        <translation>ekonomiskt hot</translation>
    </message>
    <message>
        <source>legal threat</source>
        <translation>hot om rättsliga åtgärder</translation>
    </message>
    <message>
        <source>public shaming threat</source>
        <translation>hot om offentlig uthängning</translation>
    </message>
    <message>
        <source>emotional blackmail</source>
        <translation>känslomässig utpressning</translation>
    </message>
    <message>
        <source>profanity</source>
        <translation>svordomar</translation>
    </message>
    <message>
        <source>shouting</source>
        <translation>skrikande</translation>
    </message>
    <message>
        <source>demand for a manager</source>
        <translation>krav på att få tala med chef</translation>
    </message>
    <message>
        <source>harassment language</source>
        <translation>trakasserande språk</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>hot</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>mönster</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation>redo för granskning</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkänt</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>avslaget</translation>
    </message>
    <message>
        <source>letter issued</source>
        <translation>brev utfärdat</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>föreslagen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekräftad</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>avfärdad</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>konversation</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>bilaga</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chatt</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>messages written</source>
        <translation>skrivna meddelanden</translation>
    </message>
    <message>
        <source>conversations opened</source>
        <translation>öppnade konversationer</translation>
    </message>
    <message>
        <source>messages in their conversations</source>
        <translation>meddelanden i deras konversationer</translation>
    </message>
    <message>
        <source>IMAP mailbox</source>
        <translation>IMAP-brevlåda</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation>Vad steget innebär</translation>
    </message>
    <message>
        <source>Warning given</source>
        <translation>Varning given</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Vad som sades</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte given</translation>
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
        <translation>Språk</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemets språk ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time Breakup Desk starts.</source>
        <translation>Ett nytt språk gäller från nästa gång Breakup Desk startar.</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>Gränssnittsspråk:</translation>
    </message>
</context>
<context>
    <name>LeadershipPage</name>
    <message>
        <source>Leadership&apos;s decision</source>
        <translation>Ledningens beslut</translation>
    </message>
    <message>
        <source>Approve: end the relationship</source>
        <translation>Godkänn: avsluta relationen</translation>
    </message>
    <message>
        <source>Decline: keep the customer</source>
        <translation>Avslå: behåll kunden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>optional: what was considered, or why declined</source>
        <translation>valfritt: vad som övervägdes, eller varför det avslogs</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Beslutsfattare:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Were reasonable adjustments for the customer&apos;s disability or circumstances considered?</source>
        <translation>Har skäliga anpassningar för kundens funktionsnedsättning eller omständigheter övervägts?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>approver&apos;s name</source>
        <translation>beslutsfattarens namn</translation>
    </message>
    <message>
        <source>title, such as COO</source>
        <translation>titel, t.ex. COO</translation>
    </message>
    <message>
        <source>Approved by {name}, {title}, on {date}.</source>
        <translation>Godkänt av {name}, {title}, den {date}.</translation>
    </message>
    <message>
        <source>Declined by {name}, {title}, on {date}.</source>
        <translation>Avslaget av {name}, {title}, den {date}.</translation>
    </message>
    <message>
        <source>Leadership approved the case.</source>
        <translation>Ledningen godkände fallet.</translation>
    </message>
    <message>
        <source>The case is {state}.</source>
        <translation>Fallet är {state}.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Approve &gt;</source>
        <translation>&amp;Godkänn &gt;</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Avslå</translation>
    </message>
    <message>
        <source>The case is a draft: go back and submit it for review first.</source>
        <translation>Fallet är ett utkast: gå tillbaka och skicka det på granskning först.</translation>
    </message>
    <message>
        <source>No letter can follow: the case is {state}.</source>
        <translation>Inget brev kan skrivas: fallet är {state}.</translation>
    </message>
    <message>
        <source>Case declined</source>
        <translation>Fallet avslogs</translation>
    </message>
    <message>
        <source>Leadership declined case #{id}. The case is kept, with its evidence, warnings and the decision on record; it can be reopened later.</source>
        <translation>Ledningen avslog fall #{id}. Fallet sparas, med bevis, varningar och beslutet registrerade; det kan öppnas igen senare.</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Förbereder förhandsvisningen…</translation>
    </message>
    <message>
        <source>Filling in the letter…</source>
        <translation>Fyller i brevet…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call recordings (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;All files (*)</source>
        <translation>Samtalsinspelningar (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Log a call on case #{case}</source>
        <translation>Logga ett samtal i fall #{case}</translation>
    </message>
    <message>
        <source>Who took the call</source>
        <translation>Vem som tog samtalet</translation>
    </message>
    <message>
        <source>What the customer said, as close to word for word</source>
        <translation>Vad kunden sa, så ordagrant som möjligt</translation>
    </message>
    <message>
        <source>The line manager was told</source>
        <translation>Närmaste chefen har informerats</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Ingen inspelning</translation>
    </message>
    <message>
        <source>Choose &amp;recording…</source>
        <translation>Välj &amp;inspelning…</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>&amp;Said:</source>
        <translation>&amp;Sagt:</translation>
    </message>
    <message>
        <source>&amp;Warnings given before the call was ended:</source>
        <translation>&amp;Varningar innan samtalet avslutades:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Inspelning:</translation>
    </message>
    <message>
        <source>Choose the call&apos;s recording</source>
        <translation>Välj samtalets inspelning</translation>
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
        <translation>Databas: {url}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation>&amp;Importera exporter…</translation>
    </message>
    <message>
        <source>Import the &amp;demo data</source>
        <translation>Importera &amp;demodata</translation>
    </message>
    <message>
        <source>&amp;Connect a helpdesk…</source>
        <translation>Anslut en &amp;helpdesk…</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>Öppna data&amp;bas…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Senaste databaser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Calibration session…</source>
        <translation>&amp;Kalibreringssession…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Breakup Desk</source>
        <translation>&amp;Om Breakup Desk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Last sync of {name}: {time} UTC</source>
        <translation>Senaste synk av {name}: {time} UTC</translation>
    </message>
    <message>
        <source>Writing the demo export…</source>
        <translation>Skriver demoexporten…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln kund</numerusform>
            <numerusform>%Ln kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln meddelande</numerusform>
            <numerusform>%Ln meddelanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Öppna eller skapa en databas</translation>
    </message>
    <message>
        <source>Breakup Desk database (*.sqlite3);;All files (*)</source>
        <translation>Breakup Desk-databas (*.sqlite3);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message>
        <source> · internal note</source>
        <translation> · intern anteckning</translation>
    </message>
    <message>
        <source>Quoted in the case</source>
        <translation>Citerat i fallet</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note to case #{case}</source>
        <translation>Lägg till en anteckning i fall #{case}</translation>
    </message>
    <message>
        <source>What happened, and how you know (a call, a meeting, a post)…</source>
        <translation>Vad som hände, och hur du vet det (ett samtal, ett möte, ett inlägg)…</translation>
    </message>
    <message>
        <source>No criterion (notes and other)</source>
        <translation>Inget kriterium (anteckningar och annat)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Kriterium:</translation>
    </message>
</context>
<context>
    <name>PickCustomerHint</name>
    <message>
        <source>Pick a customer</source>
        <translation>Välj en kund</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their volume against the average customer, their conversations and the messages flagged for review.

The list is sorted by messages written, so the customers who take the most of your team&apos;s time come first; “vs average” says how many times the average customer&apos;s volume that is. Search by name, email or organisation, or right-click the column headers to show more columns.</source>
        <translation>Välj en kund till vänster för att se kundens volym jämfört med genomsnittskunden, kundens konversationer och de meddelanden som flaggats för granskning.

Listan är sorterad efter skrivna meddelanden, så de kunder som tar mest av teamets tid kommer först; ”mot snitt” anger hur många gånger genomsnittskundens volym det är. Sök på namn, e-post eller organisation, eller högerklicka på kolumnrubrikerna för att visa fler kolumner.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Harassing, racist, sexist or homophobic language</source>
        <translation>Trakasserande, rasistiskt, sexistiskt eller homofobt språk</translation>
    </message>
    <message>
        <source>Insults aimed at a person, slurs, sexual harassment of an agent.</source>
        <translation>Förolämpningar riktade mot en person, nedsättande glåpord, sexuella trakasserier mot en agent.</translation>
    </message>
    <message>
        <source>Threats, personal or professional</source>
        <translation>Hot, personliga eller yrkesmässiga</translation>
    </message>
    <message>
        <source>Threats of violence, chargebacks or bank disputes, legal action, getting an agent disciplined or fired, exposing an agent, public shaming, emotional blackmail.</source>
        <translation>Hot om våld, om chargeback eller bankreklamation, om rättsliga åtgärder, om att få en agent varnad eller avskedad, om att hänga ut en agent eller skämma ut någon offentligt; känslomässig utpressning.</translation>
    </message>
    <message>
        <source>A history of bad behaviour with no sign of change</source>
        <translation>Upprepat dåligt beteende utan tecken på förändring</translation>
    </message>
    <message>
        <source>Incidents on several days in several conversations, continuing after warnings. Backed by the incidents of the other criteria when the pattern rule is met.</source>
        <translation>Incidenter under flera dagar i flera konversationer, som fortsätter efter varningar. Stöds av de andra kriteriernas incidenter när mönsterregeln är uppfylld.</translation>
    </message>
    <message>
        <source>Manager&apos;s callback</source>
        <translation>Chef ringer upp</translation>
    </message>
    <message>
        <source>A manager calls the customer back the next day to explain what is not acceptable.</source>
        <translation>En chef ringer upp kunden nästa dag och förklarar vad som inte är acceptabelt.</translation>
    </message>
    <message>
        <source>Specialist routing</source>
        <translation>Dirigering till specialistteam</translation>
    </message>
    <message>
        <source>The customer&apos;s contacts are routed to a specialist team.</source>
        <translation>Kundens kontakter dirigeras till ett specialistteam.</translation>
    </message>
    <message>
        <source>Email-only contact</source>
        <translation>Kontakt endast via e-post</translation>
    </message>
    <message>
        <source>Contact by email only; no more phone or chat.</source>
        <translation>Kontakt endast via e-post; inte längre telefon eller chatt.</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>Kundrelationen avslutas</translation>
    </message>
    <message>
        <source>The relationship ends; the account is handed over to legal.</source>
        <translation>Relationen avslutas; kontot lämnas över till juridiska avdelningen.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Flag categories that back it</source>
        <translation>Flaggkategorier som stöder det</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>hate, threat_violence</source>
        <translation>hate, threat_violence</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> conversations</source>
        <translation> konversationer</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Lägg till steg</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Ta bort sista steget</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
    <message>
        <source>Grounds for ending the relationship</source>
        <translation>Grunder för att avsluta relationen</translation>
    </message>
    <message>
        <source>Warning ladder, one step per offence</source>
        <translation>Varningstrappa, ett steg per förseelse</translation>
    </message>
    <message>
        <source>Skip the ladder for:</source>
        <translation>Hoppa över trappan vid:</translation>
    </message>
    <message>
        <source>incidents on at least</source>
        <translation>incidenter under minst</translation>
    </message>
    <message>
        <source>in at least</source>
        <translation>i minst</translation>
    </message>
    <message>
        <source>A pattern, not a bad day:</source>
        <translation>Ett mönster, inte en dålig dag:</translation>
    </message>
    <message>
        <source>Refund, unasked:</source>
        <translation>Återbetalning utan begäran:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logotypbild</translation>
    </message>
    <message>
        <source>How a customer exports their data, for the letter</source>
        <translation>Hur en kund exporterar sina data, för brevet</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Inskannad namnteckning</translation>
    </message>
    <message>
        <source> min per message</source>
        <translation> min per meddelande</translation>
    </message>
    <message>
        <source>Company (letterhead)</source>
        <translation>Företag (brevhuvud)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation>Dataexport:</translation>
    </message>
    <message>
        <source>Who signs the letter</source>
        <translation>Vem som signerar brevet</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Namnteckning (bild):</translation>
    </message>
    <message>
        <source>You and the cost of support</source>
        <translation>Du och supportkostnaden</translation>
    </message>
    <message>
        <source>Your name (audit trail):</source>
        <translation>Ditt namn (granskningslogg):</translation>
    </message>
    <message>
        <source>Average handle time:</source>
        <translation>Genomsnittlig hanteringstid:</translation>
    </message>
    <message>
        <source>Hourly cost of an agent:</source>
        <translation>Timkostnad per agent:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Läser in inställningarna…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database in use&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;To use another one (a file, or a PostgreSQL database shared by the team), choose File › Open Database…, or start the app with &lt;code&gt;--db URL&lt;/code&gt; or the &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt; environment variable.</source>
        <translation>&lt;b&gt;Databas som används&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;Om du vill använda en annan (en fil, eller en PostgreSQL-databas som teamet delar) väljer du Arkiv › Öppna databas…, eller startar appen med &lt;code&gt;--db URL&lt;/code&gt; eller miljövariabeln &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Company and signatory</source>
        <translation>Företag och undertecknare</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>You and costs</source>
        <translation>Du och kostnader</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The policy has a mistake</source>
        <translation>Policyn innehåller ett fel</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>Inställningarna kan inte läsas</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>leave empty: months × monthly amount</source>
        <translation>lämna tomt: månader × månadsbelopp</translation>
    </message>
    <message>
        <source>The contract was checked with legal (needed for business customers)</source>
        <translation>Avtalet har granskats av juristerna (krävs för företagskunder)</translation>
    </message>
    <message>
        <source>Refund (months):</source>
        <translation>Återbetalning (månader):</translation>
    </message>
    <message>
        <source>Monthly amount:</source>
        <translation>Månadsbelopp:</translation>
    </message>
    <message>
        <source>Refund total:</source>
        <translation>Återbetalning totalt:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Service ends on:</source>
        <translation>Tjänsten upphör den:</translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation>Dataexport:</translation>
    </message>
    <message>
        <source>Total refund: {total} {currency}</source>
        <translation>Total återbetalning: {total} {currency}</translation>
    </message>
    <message>
        <source>Someone else changed case #{id} since you opened it, so your terms were not saved. The case now says: {terms}. Press Next to save yours instead.</source>
        <translation>Någon annan har ändrat fall #{id} sedan du öppnade det, så dina villkor sparades inte. Fallet anger nu: {terms}. Tryck på Nästa för att spara dina i stället.</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>Record a warning that was given by phone, email or in person</source>
        <translation>Registrera en varning som gavs per telefon, e-post eller personligen</translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation>vem som gav den</translation>
    </message>
    <message>
        <source>what the customer was told, in a sentence or two</source>
        <translation>vad kunden fick veta, i en eller två meningar</translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation>Registrera varning</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Given den:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Given av:</translation>
    </message>
    <message>
        <source>Ladder step:</source>
        <translation>Steg i trappan:</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Vad som sades:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) on record.</source>
        <translation>
            <numerusform>%Ln varning registrerad.</numerusform>
            <numerusform>%Ln varningar registrerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step {step} was</source>
        <translation>Steg {step} har</translation>
    </message>
    <message>
        <source>Steps {steps} and {last} were</source>
        <translation>Steg {steps} och {last} har</translation>
    </message>
    <message>
        <source>{which} never given, and nothing in the evidence lets the case skip the ladder. The leadership brief shows this; if a warning was given by phone, record it below.</source>
        <translation>{which} aldrig getts, och inget i bevisen låter fallet hoppa över trappan. Ledningsunderlaget visar detta; om en varning gavs per telefon, registrera den nedan.</translation>
    </message>
    <message>
        <source>Every step before the last was given.</source>
        <translation>Alla steg före det sista har getts.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrerar…</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrerat.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Breakup Desk</source>
        <translation>Välkommen till Breakup Desk</translation>
    </message>
    <message>
        <source>Breakup Desk shows, with your own helpdesk data, when one customer&apos;s behaviour has become a problem for the whole team, builds the case for leadership, and helps you write a calm, final letter.

Start by importing an export from your helpdesk (Zendesk, Freshdesk, Help Scout, Intercom, Front, an email archive or a CSV), or look around with the demo data of a fictional company.</source>
        <translation>Breakup Desk visar, med dina egna helpdeskdata, när en kunds beteende har blivit ett problem för hela teamet, bygger upp fallet för ledningen och hjälper dig att skriva ett lugnt, slutgiltigt brev.

Börja med att importera en export från ditt helpdesksystem (Zendesk, Freshdesk, Help Scout, Intercom, Front, ett e-postarkiv eller en CSV), eller titta runt med demodata från ett påhittat företag.</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Importera en export…</translation>
    </message>
    <message>
        <source>Try the demo data</source>
        <translation>Prova demodata</translation>
    </message>
    <message>
        <source>Reviews due:</source>
        <translation>Granskningar att göra:</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>ska göras i dag</translation>
    </message>
    <message numerus="yes">
        <source>due {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>skulle ha gjorts {date} (för %n dag sedan)</numerusform>
            <numerusform>skulle ha gjorts {date} (för %n dagar sedan)</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}, case #{case}</source>
        <translation>{customer}, fall #{case}</translation>
    </message>
    <message>
        <source>review the restriction given on {date} (step {step})</source>
        <translation>se över begränsningen från {date} (steg {step})</translation>
    </message>
    <message>
        <source>hold the review or appeal the letter promised</source>
        <translation>hålla den omprövning eller det överklagande som brevet utlovade</translation>
    </message>
    <message>
        <source>{who}: {what}, {when}.</source>
        <translation>{who}: {what}, {when}.</translation>
    </message>
</context>
<context>
    <name>WizardReasons</name>
    <message>
        <source>Refund between 0 and 36 months.</source>
        <translation>Återbetalning mellan 0 och 36 månader.</translation>
    </message>
    <message>
        <source>The refund total is not a number.</source>
        <translation>Återbetalningens totalbelopp är inte ett tal.</translation>
    </message>
    <message>
        <source>Type the monthly amount or the refund total.</source>
        <translation>Skriv in månadsbeloppet eller det totala återbetalningsbeloppet.</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>Återbetalningen kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The refund total is too large.</source>
        <translation>Återbetalningens totalbelopp är för stort.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, such as USD or EUR.</source>
        <translation>Valutan är en kod på tre bokstäver, till exempel USD eller EUR.</translation>
    </message>
    <message>
        <source>Choose the date the service ends.</source>
        <translation>Välj det datum då tjänsten upphör.</translation>
    </message>
    <message>
        <source>The service cannot end in the past.</source>
        <translation>Tjänsten kan inte upphöra bakåt i tiden.</translation>
    </message>
    <message>
        <source>Say how the customer can export their data.</source>
        <translation>Beskriv hur kunden kan exportera sina data.</translation>
    </message>
    <message>
        <source>Confirm that the contract was checked with legal (business customers).</source>
        <translation>Bekräfta att avtalet har granskats av juristerna (företagskunder).</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>Brevet har ingen text.</translation>
    </message>
    <message>
        <source>No evidence backs any criterion yet: add quotes of the customer&apos;s messages from their page first.</source>
        <translation>Inga bevis stöder något kriterium än: lägg först till citat ur kundens meddelanden från kundens sida.</translation>
    </message>
    <message>
        <source>No evidence backs {titles}: do not claim it.</source>
        <translation>Inga bevis stöder {titles}: gör inte gällande det.</translation>
    </message>
    <message>
        <source>Tick at least one criterion that the evidence backs.</source>
        <translation>Kryssa i minst ett kriterium som bevisen stöder.</translation>
    </message>
    <message>
        <source>The pattern rule is not met (incidents {counts}; the policy asks for {minimum}). One bad day is not a pattern: add incidents from other days.</source>
        <translation>Mönsterregeln är inte uppfylld (incidenter {counts}; policyn kräver {minimum}). En dålig dag är inget mönster: lägg till incidenter från andra dagar.</translation>
    </message>
    <message>
        <source>Give the approver&apos;s name and title.</source>
        <translation>Ange beslutsfattarens namn och titel.</translation>
    </message>
    <message>
        <source>Choose the decision: approve or decline.</source>
        <translation>Välj beslut: godkänn eller avslå.</translation>
    </message>
    <message>
        <source>Answer whether reasonable adjustments were considered.</source>
        <translation>Svara på om skäliga anpassningar har övervägts.</translation>
    </message>
    <message>
        <source>The case cannot be approved until reasonable adjustments for the customer&apos;s disability or circumstances have been considered.</source>
        <translation>Fallet kan inte godkännas förrän skäliga anpassningar för kundens funktionsnedsättning eller omständigheter har övervägts.</translation>
    </message>
    <message>
        <source>{days} {conversations}</source>
        <translation>{days} {conversations}</translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>på %n dag</numerusform>
            <numerusform>på %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s)</source>
        <translation>
            <numerusform>i %n konversation</numerusform>
            <numerusform>i %n konversationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n day(s)</source>
        <translation>
            <numerusform>minst %n dag</numerusform>
            <numerusform>minst %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in at least %n conversation(s)</source>
        <translation>
            <numerusform>i minst %n konversation</numerusform>
            <numerusform>i minst %n konversationer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriterWaitBar</name>
    <message>
        <source>Waiting for another writer…</source>
        <translation>Väntar på att en annan process skriver klart…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Another import or window is writing to {database}</source>
        <translation>En annan import eller ett annat fönster skriver till {database}</translation>
    </message>
</context>
</TS>
