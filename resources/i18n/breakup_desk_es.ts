<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>About Breakup Desk</source>
        <translation>Acerca de Breakup Desk</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence. Python {python}, Qt {qt}, PySide6 {pyside}.</source>
        <translation>Distribuido bajo la licencia MIT. Python {python}, Qt {qt}, PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Selecciona una biblioteca para leer su licencia.</translation>
    </message>
    <message>
        <source>Libraries and fonts included, and their licences:</source>
        <translation>Bibliotecas y fuentes incluidas, y sus licencias:</translation>
    </message>
    <message>
        <source>(no licence text in its metadata)</source>
        <translation>(sin texto de licencia en sus metadatos)</translation>
    </message>
</context>
<context>
    <name>BreakupWizard</name>
    <message>
        <source>End the relationship — case #{id}</source>
        <translation>Terminar la relación — caso #{id}</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>No se puede abrir el caso</translation>
    </message>
</context>
<context>
    <name>BusinessCasePanel</name>
    <message>
        <source>Drawing the headline chart…</source>
        <translation>Dibujando el gráfico principal…</translation>
    </message>
    <message>
        <source>Write the leadership brief…</source>
        <translation>Crear informe para la dirección…</translation>
    </message>
    <message>
        <source>The leadership brief</source>
        <translation>El informe para la dirección</translation>
    </message>
    <message>
        <source>A PDF that puts the case as a business problem: these figures and four charts, every incident quoted with its date, the warnings given, and the hash of each piece of evidence.</source>
        <translation>Un PDF que plantea el caso como un problema de negocio: estas cifras y cuatro gráficos, cada incidente citado con su fecha, las advertencias dadas y el hash de cada prueba.</translation>
    </message>
    <message>
        <source>reading the figures</source>
        <translation>leyendo las cifras</translation>
    </message>
    <message>
        <source>{unit} by {name}; the average customer: {mean}</source>
        <translation>{unit} por {name}; el cliente promedio: {mean}</translation>
    </message>
    <message numerus="yes">
        <source>the average customer; ranked no. {rank} of %Ln customer(s)</source>
        <translation>
            <numerusform>el cliente promedio; puesto n.º {rank} de %Ln cliente</numerusform>
            <numerusform>el cliente promedio; puesto n.º {rank} de %Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>in agent time: {hours} hours, {share} of the team&apos;s</source>
        <translation>en tiempo de agentes: {hours} horas, el {share} del equipo</translation>
    </message>
    <message numerus="yes">
        <source>agents involved; %Ln handoff(s)</source>
        <translation>
            <numerusform>agentes implicados; %Ln traspaso</numerusform>
            <numerusform>agentes implicados; %Ln traspasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln conversation(s)</source>
        <translation>
            <numerusform>en %Ln conversación</numerusform>
            <numerusform>en %Ln conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln prueba</numerusform>
            <numerusform>%Ln pruebas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>{items}, {warnings} on record.</source>
        <translation>En el expediente: {items} y {warnings}.</translation>
    </message>
    <message>
        <source>The case claims:</source>
        <translation>El caso alega:</translation>
    </message>
    <message>
        <source>Save the leadership brief</source>
        <translation>Guardar el informe para la dirección</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>Redactando el informe…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Calibration session</source>
        <translation>Sesión de calibración</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Ver informe</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Mensajes:</translation>
    </message>
    <message>
        <source>Labelling as:</source>
        <translation>Etiquetando como:</translation>
    </message>
    <message>
        <source>1 · Fine</source>
        <translation>1 · Bien</translation>
    </message>
    <message>
        <source>2 · Angry (not abusive)</source>
        <translation>2 · Enfadado (no abusivo)</translation>
    </message>
    <message>
        <source>3 · Abusive</source>
        <translation>3 · Abusivo</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Start a session, or pick one to label.</source>
        <translation>Inicia una sesión o elige una para etiquetar.</translation>
    </message>
    <message>
        <source>#{id} · {when} · {count} messages</source>
        <translation>#{id} · {when} · mensajes: {count}</translation>
    </message>
    <message>
        <source>Message {n} of {total} ({done} labelled). Keys: 1 fine, 2 angry, 3 abusive.</source>
        <translation>Mensaje {n} de {total} ({done} etiquetados). Teclas: 1 bien, 2 enfadado, 3 abusivo.</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>pobre</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>considerable</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>casi perfecto</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Sesión #{id}</translation>
    </message>
    <message>
        <source>Labelled by {people}.</source>
        <translation>Etiquetado por {people}.</translation>
    </message>
    <message>
        <source>Do we agree with each other?</source>
        <translation>¿Estamos de acuerdo entre nosotros?</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa {kappa}: {band} agreement (Landis &amp; Koch), over {n} messages everyone labelled.</source>
        <translation>Kappa de Fleiss {kappa}: acuerdo {band} (Landis y Koch), sobre los {n} mensajes que todos etiquetaron.</translation>
    </message>
    <message>
        <source>Abusive to the team, not flagged by the detector</source>
        <translation>Abusivo para el equipo, sin marca del detector</translation>
    </message>
    <message>
        <source>Flagged by the detector, not abusive to the team</source>
        <translation>Marcado por el detector, no abusivo para el equipo</translation>
    </message>
    <message>
        <source>The team is split</source>
        <translation>El equipo no está de acuerdo</translation>
    </message>
    <message>
        <source>The detector against the team</source>
        <translation>El detector frente al equipo</translation>
    </message>
    <message>
        <source>Precision {p}, recall {r}.</source>
        <translation>Precisión {p}, exhaustividad {r}.</translation>
    </message>
    <message>
        <source>precision {p}, recall {r}</source>
        <translation>precisión {p}, exhaustividad {r}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Log a &amp;call…</source>
        <translation>Registrar una &amp;llamada…</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>&amp;Reproducir grabación</translation>
    </message>
    <message>
        <source>&amp;Block at the helpdesk…</source>
        <translation>&amp;Bloquear en el helpdesk…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording {name} ({length}), SHA-256 {sha}</source>
        <translation>Grabación {name} ({length}), SHA-256 {sha}</translation>
    </message>
    <message>
        <source>duration unknown</source>
        <translation>duración desconocida</translation>
    </message>
    <message>
        <source>Add a helpdesk connection first (breakup-desk connect).</source>
        <translation>Primero agrega una conexión con el helpdesk (breakup-desk connect).</translation>
    </message>
    <message>
        <source>Block the customer</source>
        <translation>Bloquear al cliente</translation>
    </message>
    <message>
        <source>The case&apos;s copies are checked and the customer&apos;s whole history is kept on the case before the helpdesk is asked to block them. Connection:</source>
        <translation>Antes de pedir al helpdesk que bloquee al cliente, se verifican las copias del caso y se guarda en él todo su historial. Conexión:</translation>
    </message>
    <message>
        <source>Keeping the history, then blocking…</source>
        <translation>Guardando el historial y luego bloqueando…</translation>
    </message>
    <message>
        <source>History kept ({name}, SHA-256 {sha}). {detail}.</source>
        <translation>Historial guardado ({name}, SHA-256 {sha}). {detail}.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Reading the case…</source>
        <translation>Leyendo el caso…</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Criterion and the evidence behind it</source>
        <translation>Criterio y pruebas que lo respaldan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Backing</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Pattern rule met: incidents {counts} (the policy asks for {minimum}).</source>
        <translation>Regla del patrón cumplida: incidentes {counts} (la política exige {minimum}).</translation>
    </message>
    <message>
        <source>Pattern rule not met: incidents {counts} (the policy asks for {minimum}).</source>
        <translation>Regla del patrón no cumplida: incidentes {counts} (la política exige {minimum}).</translation>
    </message>
    <message>
        <source>Not needed: {categories} skips the ladder.</source>
        <translation>No hace falta: {categories} permite saltar la escala.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n prueba</numerusform>
            <numerusform>%n pruebas</numerusform>
        </translation>
    </message>
    <message>
        <source>pattern rule not met</source>
        <translation>no se cumple la regla del patrón</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>sin pruebas</translation>
    </message>
    <message>
        <source>Cannot be claimed: the pattern rule is not met (see below). It is backed by the other criteria&apos;s incidents once they span enough days and conversations.</source>
        <translation>No se puede invocar: no se cumple la regla del patrón (ver abajo). Lo respaldan los incidentes de los otros criterios cuando abarcan suficientes días y conversaciones.</translation>
    </message>
    <message>
        <source>Cannot be claimed: no evidence backs it. Add quotes, conversations or files under this criterion from the customer&apos;s page.</source>
        <translation>No se puede invocar: ninguna prueba lo respalda. Agrega citas, conversaciones o archivos a este criterio desde la página del cliente.</translation>
    </message>
    <message>
        <source>The case is {state}; it claims: {claims}. Claims and evidence can change only in a draft: withdraw the case from review to change them.</source>
        <translation>Estado del caso: {state}. Invoca: {claims}. Los motivos y las pruebas solo se pueden cambiar en un borrador: retira el caso de la revisión para cambiarlos.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Against the average</source>
        <translation>Frente al promedio</translation>
    </message>
    <message>
        <source>Among all customers</source>
        <translation>Entre todos los clientes</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <source>Agents involved</source>
        <translation>Agentes implicados</translation>
    </message>
    <message>
        <source>Top 20 customers</source>
        <translation>Los 20 principales</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Últimos 24 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Messages written</source>
        <translation>Mensajes escritos</translation>
    </message>
    <message>
        <source>Conversations opened</source>
        <translation>Conversaciones abiertas</translation>
    </message>
    <message>
        <source>Messages in their conversations</source>
        <translation>Mensajes en sus conversaciones</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Subdomain (acme for acme.zendesk.com)</source>
        <translation>Subdominio (acme para acme.zendesk.com)</translation>
    </message>
    <message>
        <source>Agent&apos;s e-mail</source>
        <translation>Correo electrónico del agente</translation>
    </message>
    <message>
        <source>Domain (acme for acme.freshdesk.com)</source>
        <translation>Dominio (acme para acme.freshdesk.com)</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>ID de la aplicación</translation>
    </message>
    <message>
        <source>Another API address (optional)</source>
        <translation>Otra dirección de API (opcional)</translation>
    </message>
    <message>
        <source>Server (imap.gmail.com, outlook.office365.com)</source>
        <translation>Servidor (imap.gmail.com, outlook.office365.com)</translation>
    </message>
    <message>
        <source>Port (optional: 993 with TLS, 143 with STARTTLS)</source>
        <translation>Puerto (opcional: 993 con TLS, 143 con STARTTLS)</translation>
    </message>
    <message>
        <source>Mailbox sign-in name</source>
        <translation>Usuario del buzón</translation>
    </message>
    <message>
        <source>Folders, comma-separated (optional: INBOX)</source>
        <translation>Carpetas, separadas por comas (opcional: INBOX)</translation>
    </message>
    <message>
        <source>Your company&apos;s domains (optional: inferred from the mail)</source>
        <translation>Dominios de su empresa (opcional: se deducen del correo)</translation>
    </message>
    <message>
        <source>CA certificate file (optional, PEM)</source>
        <translation>Archivo del certificado de la CA (opcional, PEM)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>TLS from the start (port 993)</source>
        <translation>TLS desde el inicio (puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Contraseña o contraseña de aplicación</translation>
    </message>
    <message>
        <source>OAuth access token (XOAUTH2)</source>
        <translation>Token de acceso OAuth (XOAUTH2)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secreto de la aplicación</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Contraseña o token</translation>
    </message>
    <message>
        <source>Connect a helpdesk</source>
        <translation>Conectar un helpdesk</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>It works: {who}.</source>
        <translation>Funciona: {who}.</translation>
    </message>
    <message>
        <source>The test failed: {reason}</source>
        <translation>La prueba falló: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}; the token is kept in the system keyring.</source>
        <translation>{name} guardada; el token se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>Probar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;incronizar</translation>
    </message>
    <message>
        <source>Volume only (counts first, text later)</source>
        <translation>Solo volumen (primero los recuentos, el texto después)</translation>
    </message>
    <message>
        <source>Reads every customer&apos;s tickets without their messages: the average and the rank of conversations in a fraction of the time. Zendesk and Freshdesk.</source>
        <translation>Lee los tickets de todos los clientes sin sus mensajes: el promedio y el puesto por conversaciones en una fracción del tiempo. Zendesk y Freshdesk.</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>{name}: never synced</source>
        <translation>{name}: nunca sincronizado</translation>
    </message>
    <message>
        <source>{name}: last sync {time} UTC</source>
        <translation>{name}: última sincronización {time} UTC</translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation>Probando {name}…</translation>
    </message>
    <message>
        <source>{name} works: {who}.</source>
        <translation>{name} funciona: {who}.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Removed {name}; what it imported stays.</source>
        <translation>{name} quitada; lo que importó se conserva.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Deteniendo tras esta página…</translation>
    </message>
    <message>
        <source>{pages} pages, {messages} messages, {rate} messages/s</source>
        <translation>páginas: {pages}, mensajes: {messages}, {rate} mensajes/s</translation>
    </message>
    <message>
        <source>{name}: {conversations} new conversations, {messages} new messages.</source>
        <translation>{name}: conversaciones nuevas: {conversations}; mensajes nuevos: {messages}.</translation>
    </message>
    <message>
        <source>{conversations} conversations are counted but have no text yet.</source>
        <translation>Conversaciones contadas aún sin texto: {conversations}.</translation>
    </message>
    <message>
        <source>The abuse scan failed: {reason}</source>
        <translation>El análisis de abusos falló: {reason}</translation>
    </message>
    <message>
        <source>Cancelled after {pages} pages; they are kept and the next sync resumes.</source>
        <translation>Cancelado (páginas leídas: {pages}); se conservan y la próxima sincronización continúa desde ahí.</translation>
    </message>
    <message>
        <source>The sync stopped after {pages} pages: {reason}</source>
        <translation>La sincronización se detuvo (páginas leídas: {pages}): {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {suggested} suggested</source>
        <translation>{confirmed} confirmadas, {suggested} sugeridas</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>set the company profile first (name and address) in Settings</source>
        <translation>primero completa el perfil de la empresa (nombre y dirección) en Configuración</translation>
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
        <translation>Los detalles están en el registro: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Backed by: {backing}</source>
        <translation>Respaldado por: {backing}</translation>
    </message>
    <message>
        <source>Flag categories: {names}</source>
        <translation>Categorías de marca: {names}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>conversation id</source>
        <translation>ID de conversación</translation>
    </message>
    <message>
        <source>message id</source>
        <translation>ID de mensaje</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>author email</source>
        <translation>correo del autor</translation>
    </message>
    <message>
        <source>is the customer (direction)</source>
        <translation>es el cliente (dirección)</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation>Asignar las columnas de {file}</translation>
    </message>
    <message>
        <source>Empty: the usual ones ({values} …)</source>
        <translation>Vacío: los habituales ({values} …)</translation>
    </message>
    <message>
        <source>The values of the direction column that mean the customer wrote the row, separated by commas.</source>
        <translation>Los valores de la columna de dirección que indican que el cliente escribió la fila, separados por comas.</translation>
    </message>
    <message>
        <source>Optional, e.g. %d.%m.%Y %H:%M</source>
        <translation>Opcional, p. ej., %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>A strptime pattern, for times the usual forms do not read (day first …).</source>
        <translation>Un patrón de strptime, para fechas que los formatos habituales no leen (día primero …).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>{header} (e.g. {sample})</source>
        <translation>{header} (p. ej., {sample})</translation>
    </message>
    <message>
        <source>Say which column holds what. The preview shows how the first rows will be read; a row with a problem is set aside at import, with the reason.</source>
        <translation>Indica qué columna contiene qué. La vista previa muestra cómo se leerán las primeras filas; una fila con algún problema se aparta al importar, con el motivo.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Time format:</source>
        <translation>Formato de fecha:</translation>
    </message>
    <message>
        <source>Customer values:</source>
        <translation>Valores de cliente:</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Guardar como perfil…</translation>
    </message>
    <message>
        <source>Preview of the first rows ({encoding}, “{delimiter}” between cells):</source>
        <translation>Vista previa de las primeras filas ({encoding}, “{delimiter}” entre celdas):</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Vista previa de las primeras filas:</translation>
    </message>
    <message>
        <source>(This file has no column {names}.)</source>
        <translation>(Este archivo no tiene la columna {names}.)</translation>
    </message>
    <message>
        <source>Still needed: {needs}.</source>
        <translation>Falta: {needs}.</translation>
    </message>
    <message>
        <source>Ready: {read} of {total} preview rows read.</source>
        <translation>Listo: {read} de {total} filas de la vista previa leídas.</translation>
    </message>
    <message>
        <source>{problems} with a problem will be set aside at import (see Problem).</source>
        <translation>Las filas con algún problema ({problems}) se apartarán al importar (ver Problema).</translation>
    </message>
    <message>
        <source>Guess from the header</source>
        <translation>Deducir del encabezado</translation>
    </message>
    <message>
        <source>(Saved profiles: {reason})</source>
        <translation>(Perfiles guardados: {reason})</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Guardar la asignación de columnas</translation>
    </message>
    <message>
        <source>Profile name, for the next export of this kind:</source>
        <translation>Nombre del perfil, para la próxima exportación de este tipo:</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”, replacing the one saved before.</source>
        <translation>Guardado como el perfil “{name}”; reemplaza al que había.</translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”.</source>
        <translation>Guardado como el perfil “{name}”.</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <source>Search name, email, organisation…</source>
        <translation>Buscar nombre, correo, organización…</translation>
    </message>
    <message>
        <source>Has suggested flags</source>
        <translation>Con marcas sugeridas</translation>
    </message>
    <message>
        <source>Has open case</source>
        <translation>Con caso abierto</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation>
            <numerusform>{shown} de %Ln cliente</numerusform>
            <numerusform>{shown} de %Ln clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation>Imágenes y PDF (*.png *.jpg *.jpeg *.gif *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Confirm flag</source>
        <translation>Confirmar marca</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Descartar marca</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Abrir un caso</translation>
    </message>
    <message>
        <source>Start the breakup wizard</source>
        <translation>Iniciar el asistente de cierre</translation>
    </message>
    <message>
        <source>&amp;Add selection to case</source>
        <translation>&amp;Agregar selección al caso</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Agregar &amp;nota…</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Adjuntar &amp;archivo…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Click a highlighted passage to confirm or dismiss its flag.</source>
        <translation>Haz clic en un pasaje resaltado para confirmar o descartar su marca.</translation>
    </message>
    <message>
        <source>{category} · {status} · score {score:.2f}</source>
        <translation>{category} · {status} · puntuación {score:.2f}</translation>
    </message>
    <message>
        <source>not enough decisions yet ({n} decided)</source>
        <translation>aún no hay suficientes decisiones ({n} decididas)</translation>
    </message>
    <message>
        <source>{share:.0%} confirmed ({confirmed}/{decided})</source>
        <translation>{share:.0%} confirmadas ({confirmed}/{decided})</translation>
    </message>
    <message>
        <source>Open a draft case against this customer</source>
        <translation>Abrir un caso en borrador contra este cliente</translation>
    </message>
    <message>
        <source>Case #{case} ({state})</source>
        <translation>Caso #{case} ({state})</translation>
    </message>
    <message>
        <source>Show the case&apos;s evidence</source>
        <translation>Mostrar las pruebas del caso</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Primero abre un caso.</translation>
    </message>
    <message>
        <source>Select words in one of the customer&apos;s messages.</source>
        <translation>Selecciona palabras en uno de los mensajes del cliente.</translation>
    </message>
    <message>
        <source>Only the customer&apos;s own words can be quoted.</source>
        <translation>Solo se pueden citar las palabras del propio cliente.</translation>
    </message>
    <message>
        <source>Add the selected words to the case as a quote.</source>
        <translation>Agregar las palabras seleccionadas al caso como cita.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Adjuntar un archivo al caso</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>vs average</source>
        <translation>vs. promedio</translation>
    </message>
    <message>
        <source>Confirmed flags</source>
        <translation>Marcas confirmadas</translation>
    </message>
    <message>
        <source>Suggested flags</source>
        <translation>Marcas sugeridas</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>{n} messages against an average of {mean:.1f}</source>
        <translation>{n} mensajes frente a un promedio de {mean:.1f}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Establish the cause</source>
        <translation>Establecer la causa</translation>
    </message>
    <message>
        <source>Claim the policy&apos;s grounds that the evidence backs. The bar is high: anger at the company is not abuse, and one bad day is not a pattern.</source>
        <translation>Invoca los motivos de la política que las pruebas respaldan. El umbral es alto: el malestar con la empresa no es abuso, y un mal día no es un patrón.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the letter for the executive to sign, or sign it now with a certificate file.</source>
        <translation>Guarda la carta para que la firme un directivo, o fírmala ahora con un archivo de certificado.</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Present it as a business problem, with data; then record leadership&apos;s decision.</source>
        <translation>Preséntalo como un problema de negocio, con datos; luego registra la decisión de la dirección.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Check the letter, edit its text if you must, and see the page as it will print.</source>
        <translation>Revisa la carta, edita su texto si es necesario y mira la página tal como se imprimirá.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>What the customer gets back, until when, and how they take their data.</source>
        <translation>Qué se le devuelve al cliente, hasta cuándo y cómo obtiene sus datos.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>The warnings already given on the policy&apos;s ladder. Record one here if it was given by phone; slurs and threats of violence skip the ladder.</source>
        <translation>Las advertencias ya dadas en la escala de la política. Registra aquí una si se dio por teléfono; los insultos discriminatorios y las amenazas de violencia se saltan la escala.</translation>
    </message>
</context>
<context>
    <name>EvidenceBasket</name>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Build the case before you block this customer in your helpdesk: Zendesk deletes spam-marked tickets after 30 days, Intercom archives a blocked person&apos;s messages, Freshdesk deletes the contact. This case keeps its own copy of every message it quotes, with its hash.</source>
        <translation>Prepara el caso antes de bloquear a este cliente en tu helpdesk: Zendesk elimina los tickets marcados como spam a los 30 días, Intercom archiva los mensajes de una persona bloqueada y Freshdesk elimina el contacto. Este caso guarda su propia copia de cada mensaje que cita, con su hash.</translation>
    </message>
    <message>
        <source>&amp;Remove from case</source>
        <translation>&amp;Quitar del caso</translation>
    </message>
    <message>
        <source>Take the selected item out of the case (Delete)</source>
        <translation>Quitar el elemento seleccionado del caso (Supr)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>No open case. Open a case to collect evidence.</source>
        <translation>No hay ningún caso abierto. Abre un caso para reunir pruebas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Case #{case} ({state}) · {items}</source>
        <translation>Caso #{case} ({state}) · {items}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Add quote “{text}”</source>
        <translation>Agregar cita “{text}”</translation>
    </message>
    <message>
        <source>Add note “{text}”</source>
        <translation>Agregar nota “{text}”</translation>
    </message>
    <message>
        <source>Attach {text}</source>
        <translation>Adjuntar {text}</translation>
    </message>
    <message>
        <source>Remove “{text}”</source>
        <translation>Quitar “{text}”</translation>
    </message>
    <message>
        <source>Reorder evidence</source>
        <translation>Reordenar pruebas</translation>
    </message>
    <message>
        <source>withdraw it from review to change its evidence</source>
        <translation>retíralo de la revisión para cambiar sus pruebas</translation>
    </message>
    <message>
        <source>its evidence is kept as it was decided</source>
        <translation>sus pruebas se conservan tal como se decidieron</translation>
    </message>
    <message>
        <source>Case #{case} is {state}: {hint}.</source>
        <translation>El caso #{case} está en estado «{state}»: {hint}.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Primero abre un caso.</translation>
    </message>
</context>
<context>
    <name>EvidenceTreeModel</name>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>ALTERED: {text}</source>
        <translation>ALTERADO: {text}</translation>
    </message>
    <message>
        <source>Notes and other</source>
        <translation>Notas y otros</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Version {version}, added by {who}</source>
        <translation>Versión {version}, agregada por {who}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>ALTERED since capture: {what}</source>
        <translation>ALTERADO desde la captura: {what}</translation>
    </message>
    <message>
        <source>SHA-256 of the attachment at capture: {digest}</source>
        <translation>SHA-256 del adjunto al registrarlo: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the attachment now: {digest}</source>
        <translation>SHA-256 del adjunto ahora: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the message copy at capture: {digest}</source>
        <translation>SHA-256 de la copia del mensaje al registrarla: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the message copy now: {digest}</source>
        <translation>SHA-256 de la copia del mensaje ahora: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence item at capture: {digest}</source>
        <translation>SHA-256 de la prueba al registrarla: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence item now: {digest}</source>
        <translation>SHA-256 de la prueba ahora: {digest}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&lt;b&gt;What happens next&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Save the PDF and give it to the signatory, or sign it here with their certificate (PAdES). The case moves to &lt;i&gt;letter issued&lt;/i&gt; and every step is in its audit log.&lt;/li&gt;&lt;li&gt;Send the signed letter, then refund the customer as it says.&lt;/li&gt;&lt;li&gt;Only then block the customer in your helpdesk: blocking deletes or archives their messages there. This case keeps its own copy of every message it quotes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Próximos pasos&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Guarda el PDF y entrégalo al firmante, o fírmalo aquí con su certificado (PAdES). El caso pasa a &lt;i&gt;carta emitida&lt;/i&gt; y cada paso queda en su registro de auditoría.&lt;/li&gt;&lt;li&gt;Envía la carta firmada y luego reembolsa al cliente como se indica en ella.&lt;/li&gt;&lt;li&gt;Solo entonces bloquea al cliente en tu helpdesk: al bloquearlo, sus mensajes se eliminan o se archivan allí. Este caso guarda su propia copia de cada mensaje que cita.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Save PDF for signing…</source>
        <translation>Guardar PDF para firmar…</translation>
    </message>
    <message>
        <source>Sign now with a certificate…</source>
        <translation>Firmar ahora con un certificado…</translation>
    </message>
    <message>
        <source>E-mail draft…</source>
        <translation>Borrador de correo…</translation>
    </message>
    <message>
        <source>An .eml draft of the signed letter for your mail program, kept on the case</source>
        <translation>Un borrador .eml de la carta firmada para tu programa de correo, guardado en el caso</translation>
    </message>
    <message>
        <source>Save the letter or sign it to finish.</source>
        <translation>Guarda la carta o fírmala para terminar.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Guardar la carta</translation>
    </message>
    <message>
        <source>Certificate (PKCS#12)</source>
        <translation>Certificado (PKCS#12)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Guardar el borrador de correo</translation>
    </message>
    <message>
        <source>The e-mail draft is at {path}: open it in your mail program to send it.</source>
        <translation>El borrador de correo está en {path}: ábrelo en tu programa de correo para enviarlo.</translation>
    </message>
    <message>
        <source>The letter for signing is at {path}.</source>
        <translation>La carta para firmar está en {path}.</translation>
    </message>
    <message>
        <source>The signed letter is at {path}; a copy is kept on the case.</source>
        <translation>La carta firmada está en {path}; se guarda una copia en el caso.</translation>
    </message>
    <message>
        <source>The case is now: letter issued.</source>
        <translation>Estado del caso: carta emitida.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Zendesk JSON (API responses or NDJSON export)</source>
        <translation>Zendesk JSON (respuestas de la API o exportación NDJSON)</translation>
    </message>
    <message>
        <source>Help Scout Mailbox API (conversations with threads, customers)</source>
        <translation>Help Scout Mailbox API (conversaciones con hilos, clientes)</translation>
    </message>
    <message>
        <source>Intercom conversations (REST API objects, list pages or NDJSON)</source>
        <translation>Conversaciones de Intercom (objetos de la API REST, páginas de listas o NDJSON)</translation>
    </message>
    <message>
        <source>Email archive (mbox, .eml, or a folder of them)</source>
        <translation>Archivo de correo (mbox, .eml o una carpeta con ellos)</translation>
    </message>
    <message>
        <source>Customer Support on Twitter (TWCS dataset CSV)</source>
        <translation>Customer Support on Twitter (CSV del conjunto de datos TWCS)</translation>
    </message>
    <message>
        <source>Freshdesk API v2 (tickets, conversations, contacts)</source>
        <translation>Freshdesk API v2 (tickets, conversaciones, contactos)</translation>
    </message>
    <message>
        <source>Freshdesk ticket export (CSV)</source>
        <translation>Exportación de tickets de Freshdesk (CSV)</translation>
    </message>
    <message>
        <source>Zendesk CSV (ticket export or a view exported as CSV)</source>
        <translation>Zendesk CSV (exportación de tickets o una vista exportada como CSV)</translation>
    </message>
    <message>
        <source>Zendesk XML export (tickets, users)</source>
        <translation>Exportación XML de Zendesk (tickets, usuarios)</translation>
    </message>
    <message>
        <source>Front analytics export (messages or events CSV)</source>
        <translation>Exportación de analítica de Front (CSV de mensajes o eventos)</translation>
    </message>
    <message>
        <source>Front Core API (messages, comments, conversations)</source>
        <translation>Front Core API (mensajes, comentarios, conversaciones)</translation>
    </message>
    <message>
        <source>Any CSV of messages (with a column mapping)</source>
        <translation>Cualquier CSV de mensajes (con asignación de columnas)</translation>
    </message>
    <message>
        <source>ZIP or gzip archive of exports</source>
        <translation>Archivo ZIP o gzip de exportaciones</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import helpdesk exports</source>
        <translation>Importar exportaciones del helpdesk</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Detectar por el contenido</translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation>Co&amp;lumnas…</translation>
    </message>
    <message>
        <source>Say which column of a CSV holds what</source>
        <translation>Indica qué columna de un CSV contiene qué</translation>
    </message>
    <message>
        <source>Show rejected records…</source>
        <translation>Ver registros rechazados…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Volver a analizar</translation>
    </message>
    <message>
        <source>Read the imported messages for abuse again</source>
        <translation>Volver a analizar los mensajes importados en busca de abuso</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Choose helpdesk exports</source>
        <translation>Elegir exportaciones del helpdesk</translation>
    </message>
    <message>
        <source>Exports (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;All files (*)</source>
        <translation>Exportaciones (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add the files your helpdesk exported.</source>
        <translation>Agrega los archivos que exportó tu helpdesk.</translation>
    </message>
    <message>
        <source>Every file will be read as this format.</source>
        <translation>Todos los archivos se leerán con este formato.</translation>
    </message>
    <message>
        <source>{file}: any CSV, with the columns as you mapped them</source>
        <translation>{file}: CSV genérico, con las columnas tal como las asignaste</translation>
    </message>
    <message>
        <source>{file}: any CSV, columns from its header or a profile (Columns… to check)</source>
        <translation>{file}: CSV genérico, columnas según su encabezado o un perfil (Columnas… para revisar)</translation>
    </message>
    <message>
        <source>{file}: a CSV whose columns need mapping: choose Columns…</source>
        <translation>{file}: un CSV cuyas columnas hay que asignar: elige Columnas…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation>, quedan unos {s} s</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB, {rate:.1f} MB/s{eta}</source>
        <translation>{done:.1f} de {total:.1f} MB, {rate:.1f} MB/s{eta}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The import stopped: {reason}. Files finished before it stay imported.</source>
        <translation>La importación se detuvo: {reason}. Los archivos terminados antes siguen importados.</translation>
    </message>
    <message>
        <source>Scanning again…</source>
        <translation>Volviendo a analizar…</translation>
    </message>
    <message>
        <source>Import cancelled. The database is as it was.</source>
        <translation>Importación cancelada. La base de datos está como estaba.</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was.</source>
        <translation>No se importó nada; la base de datos está como estaba.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message>
        <source>Not imported (the files above stay imported):</source>
        <translation>No importado (los archivos anteriores siguen importados):</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: not started (cancelled)</source>
        <translation>{file}: no iniciado (cancelado)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln mensaje nuevo</numerusform>
            <numerusform>%Ln mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conversation(s)</source>
        <translation>
            <numerusform>%Ln conversación nueva</numerusform>
            <numerusform>%Ln conversaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln cliente nuevo</numerusform>
            <numerusform>%Ln clientes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln fusionado</numerusform>
            <numerusform>%Ln fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) rejected</source>
        <translation>
            <numerusform>%Ln registro rechazado</numerusform>
            <numerusform>%Ln registros rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} ({format}): {counts}.</source>
        <translation>{file} ({format}): {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the new messages have suggested flags to review.</source>
        <translation>
            <numerusform>%Ln de los mensajes nuevos tiene marcas sugeridas para revisar.</numerusform>
            <numerusform>%Ln de los mensajes nuevos tienen marcas sugeridas para revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, but reading the messages for abuse failed: {reason}. They have no suggested flags yet: press Scan again (here, once the cause is fixed) or run &apos;breakup-desk scan&apos;.</source>
        <translation>Importado, pero falló el análisis de abuso de los mensajes: {reason}. Aún no tienen marcas sugeridas: haz clic en Volver a analizar (aquí, una vez resuelta la causa) o ejecuta &apos;breakup-desk scan&apos;.</translation>
    </message>
    <message>
        <source>The imported messages were not read for abuse (the import was cancelled): press Scan again, or run &apos;breakup-desk scan&apos;.</source>
        <translation>Los mensajes importados no se analizaron en busca de abuso (se canceló la importación): haz clic en Volver a analizar o ejecuta &apos;breakup-desk scan&apos;.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Registros rechazados</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>an internal error occurred ({kind}: {error})</source>
        <translation>se produjo un error interno ({kind}: {error})</translation>
    </message>
    <message>
        <source>cancelled; nothing of it was kept</source>
        <translation>cancelado; no se conservó nada de este archivo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>harassment</source>
        <translation>acoso</translation>
    </message>
    <message>
        <source>hate</source>
        <translation>odio</translation>
    </message>
    <message>
        <source>sexual harassment</source>
        <translation>acoso sexual</translation>
    </message>
    <message>
        <source>threat of violence</source>
        <translation>amenaza de violencia</translation>
    </message>
    <message>
        <source>threat to the agent&apos;s job</source>
        <translation>amenaza al empleo del agente</translation>
    </message>
    <message>
        <source>threat to expose the agent</source>
        <translation>amenaza de exponer al agente</translation>
    </message>
    <message>
        <source>financial threat</source>
        <translation>amenaza financiera</translation>
    </message>
    <message>
        <source>legal threat</source>
        <translation>amenaza legal</translation>
    </message>
    <message>
        <source>public shaming threat</source>
        <translation>amenaza de escarnio público</translation>
    </message>
    <message>
        <source>emotional blackmail</source>
        <translation>chantaje emocional</translation>
    </message>
    <message>
        <source>profanity</source>
        <translation>lenguaje soez</translation>
    </message>
    <message>
        <source>shouting</source>
        <translation>gritos</translation>
    </message>
    <message>
        <source>demand for a manager</source>
        <translation>exigencia de un supervisor</translation>
    </message>
    <message>
        <source>harassment language</source>
        <translation>lenguaje de acoso</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>amenazas</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patrón</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation>listo para revisión</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>letter issued</source>
        <translation>carta emitida</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>messages written</source>
        <translation>mensajes escritos</translation>
    </message>
    <message>
        <source>conversations opened</source>
        <translation>conversaciones abiertas</translation>
    </message>
    <message>
        <source>messages in their conversations</source>
        <translation>mensajes en sus conversaciones</translation>
    </message>
    <message>
        <source>IMAP mailbox</source>
        <translation>Buzón IMAP</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation>Qué significa el paso</translation>
    </message>
    <message>
        <source>Warning given</source>
        <translation>Advertencia dada</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No dada</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time Breakup Desk starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Breakup Desk.</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
</context>
<context>
    <name>LeadershipPage</name>
    <message>
        <source>Leadership&apos;s decision</source>
        <translation>Decisión de la dirección</translation>
    </message>
    <message>
        <source>Approve: end the relationship</source>
        <translation>Aprobar: terminar la relación</translation>
    </message>
    <message>
        <source>Decline: keep the customer</source>
        <translation>Rechazar: conservar al cliente</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>optional: what was considered, or why declined</source>
        <translation>opcional: qué se tuvo en cuenta o por qué se rechazó</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Aprobador:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Were reasonable adjustments for the customer&apos;s disability or circumstances considered?</source>
        <translation>¿Se consideraron ajustes razonables por la discapacidad o las circunstancias del cliente?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>approver&apos;s name</source>
        <translation>nombre del aprobador</translation>
    </message>
    <message>
        <source>title, such as COO</source>
        <translation>cargo, p. ej., COO</translation>
    </message>
    <message>
        <source>Approved by {name}, {title}, on {date}.</source>
        <translation>Aprobado por {name}, {title}, el {date}.</translation>
    </message>
    <message>
        <source>Declined by {name}, {title}, on {date}.</source>
        <translation>Rechazado por {name}, {title}, el {date}.</translation>
    </message>
    <message>
        <source>Leadership approved the case.</source>
        <translation>La dirección aprobó el caso.</translation>
    </message>
    <message>
        <source>The case is {state}.</source>
        <translation>Estado del caso: {state}.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Approve &gt;</source>
        <translation>A&amp;probar &gt;</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>The case is a draft: go back and submit it for review first.</source>
        <translation>El caso es un borrador: vuelve atrás y envíalo a revisión primero.</translation>
    </message>
    <message>
        <source>No letter can follow: the case is {state}.</source>
        <translation>No puede emitirse ninguna carta: el caso está {state}.</translation>
    </message>
    <message>
        <source>Case declined</source>
        <translation>Caso rechazado</translation>
    </message>
    <message>
        <source>Leadership declined case #{id}. The case is kept, with its evidence, warnings and the decision on record; it can be reopened later.</source>
        <translation>La dirección rechazó el caso #{id}. El caso se conserva, con sus pruebas, advertencias y la decisión registradas; se puede reabrir más adelante.</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Filling in the letter…</source>
        <translation>Completando la carta…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call recordings (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;All files (*)</source>
        <translation>Grabaciones de llamadas (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Log a call on case #{case}</source>
        <translation>Registrar una llamada en el caso #{case}</translation>
    </message>
    <message>
        <source>Who took the call</source>
        <translation>Quién atendió la llamada</translation>
    </message>
    <message>
        <source>What the customer said, as close to word for word</source>
        <translation>Lo que dijo el cliente, lo más literal posible</translation>
    </message>
    <message>
        <source>The line manager was told</source>
        <translation>Se informó al supervisor directo</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Sin grabación</translation>
    </message>
    <message>
        <source>Choose &amp;recording…</source>
        <translation>Elegir &amp;grabación…</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <source>&amp;Said:</source>
        <translation>&amp;Dijo:</translation>
    </message>
    <message>
        <source>&amp;Warnings given before the call was ended:</source>
        <translation>Advertencias dadas antes de &amp;terminar la llamada:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>Choose the call&apos;s recording</source>
        <translation>Elegir la grabación de la llamada</translation>
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
        <translation>Base de datos: {url}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation>&amp;Importar exportaciones…</translation>
    </message>
    <message>
        <source>Import the &amp;demo data</source>
        <translation>Importar datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Connect a helpdesk…</source>
        <translation>Co&amp;nectar un helpdesk…</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>Abrir &amp;base de datos…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Calibration session…</source>
        <translation>Sesión de ca&amp;libración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Breakup Desk</source>
        <translation>&amp;Acerca de Breakup Desk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Last sync of {name}: {time} UTC</source>
        <translation>Última sincronización de {name}: {time} UTC</translation>
    </message>
    <message>
        <source>Writing the demo export…</source>
        <translation>Generando la exportación de demostración…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Abrir o crear una base de datos</translation>
    </message>
    <message>
        <source>Breakup Desk database (*.sqlite3);;All files (*)</source>
        <translation>Base de datos de Breakup Desk (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message>
        <source> · internal note</source>
        <translation> · nota interna</translation>
    </message>
    <message>
        <source>Quoted in the case</source>
        <translation>Citado en el caso</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note to case #{case}</source>
        <translation>Agregar una nota al caso #{case}</translation>
    </message>
    <message>
        <source>What happened, and how you know (a call, a meeting, a post)…</source>
        <translation>Qué pasó y cómo lo sabes (una llamada, una reunión, una publicación)…</translation>
    </message>
    <message>
        <source>No criterion (notes and other)</source>
        <translation>Sin criterio (notas y otros)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterio:</translation>
    </message>
</context>
<context>
    <name>PickCustomerHint</name>
    <message>
        <source>Pick a customer</source>
        <translation>Elige un cliente</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their volume against the average customer, their conversations and the messages flagged for review.

The list is sorted by messages written, so the customers who take the most of your team&apos;s time come first; “vs average” says how many times the average customer&apos;s volume that is. Search by name, email or organisation, or right-click the column headers to show more columns.</source>
        <translation>Elige un cliente a la izquierda para ver su volumen frente al cliente promedio, sus conversaciones y los mensajes marcados para revisar.

La lista está ordenada por mensajes escritos, así que primero aparecen los clientes que más tiempo le quitan a tu equipo; “vs. promedio” indica cuántas veces supera su volumen al del cliente promedio. Busca por nombre, correo u organización, o haz clic derecho en los encabezados para mostrar más columnas.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Harassing, racist, sexist or homophobic language</source>
        <translation>Lenguaje acosador, racista, sexista u homófobo</translation>
    </message>
    <message>
        <source>Insults aimed at a person, slurs, sexual harassment of an agent.</source>
        <translation>Insultos dirigidos a una persona, insultos discriminatorios, acoso sexual a un agente.</translation>
    </message>
    <message>
        <source>Threats, personal or professional</source>
        <translation>Amenazas, personales o profesionales</translation>
    </message>
    <message>
        <source>Threats of violence, chargebacks or bank disputes, legal action, getting an agent disciplined or fired, exposing an agent, public shaming, emotional blackmail.</source>
        <translation>Amenazas de violencia, de contracargos o disputas bancarias, de acciones legales, de hacer que sancionen o despidan a un agente, de exponer a un agente, de escarnio público; chantaje emocional.</translation>
    </message>
    <message>
        <source>A history of bad behaviour with no sign of change</source>
        <translation>Un historial de mal comportamiento sin señales de cambio</translation>
    </message>
    <message>
        <source>Incidents on several days in several conversations, continuing after warnings. Backed by the incidents of the other criteria when the pattern rule is met.</source>
        <translation>Incidentes en varios días y en varias conversaciones, que continúan después de las advertencias. Lo respaldan los incidentes de los otros criterios cuando se cumple la regla del patrón.</translation>
    </message>
    <message>
        <source>Manager&apos;s callback</source>
        <translation>Llamada de un supervisor</translation>
    </message>
    <message>
        <source>A manager calls the customer back the next day to explain what is not acceptable.</source>
        <translation>Un supervisor devuelve la llamada al cliente al día siguiente para explicarle qué no es aceptable.</translation>
    </message>
    <message>
        <source>Specialist routing</source>
        <translation>Derivación a especialistas</translation>
    </message>
    <message>
        <source>The customer&apos;s contacts are routed to a specialist team.</source>
        <translation>Los contactos del cliente se derivan a un equipo especializado.</translation>
    </message>
    <message>
        <source>Email-only contact</source>
        <translation>Contacto solo por correo</translation>
    </message>
    <message>
        <source>Contact by email only; no more phone or chat.</source>
        <translation>Contacto solo por correo electrónico; sin más teléfono ni chat.</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>Fin de la relación</translation>
    </message>
    <message>
        <source>The relationship ends; the account is handed over to legal.</source>
        <translation>La relación termina; la cuenta pasa al departamento legal.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Flag categories that back it</source>
        <translation>Categorías de marca que lo respaldan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>hate, threat_violence</source>
        <translation>hate, threat_violence</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> conversations</source>
        <translation> conversaciones</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Agregar paso</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Quitar el último paso</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Restaurar predeterminados</translation>
    </message>
    <message>
        <source>Grounds for ending the relationship</source>
        <translation>Motivos para terminar la relación</translation>
    </message>
    <message>
        <source>Warning ladder, one step per offence</source>
        <translation>Escala de advertencias, un paso por falta</translation>
    </message>
    <message>
        <source>Skip the ladder for:</source>
        <translation>Saltar la escala por:</translation>
    </message>
    <message>
        <source>incidents on at least</source>
        <translation>incidentes en al menos</translation>
    </message>
    <message>
        <source>in at least</source>
        <translation>en al menos</translation>
    </message>
    <message>
        <source>A pattern, not a bad day:</source>
        <translation>Un patrón, no un mal día:</translation>
    </message>
    <message>
        <source>Refund, unasked:</source>
        <translation>Reembolso no solicitado:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Imagen del logotipo</translation>
    </message>
    <message>
        <source>How a customer exports their data, for the letter</source>
        <translation>Cómo exporta un cliente sus datos, para la carta</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Firma escaneada</translation>
    </message>
    <message>
        <source> min per message</source>
        <translation> min por mensaje</translation>
    </message>
    <message>
        <source>Company (letterhead)</source>
        <translation>Empresa (membrete)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation>Exportación de datos:</translation>
    </message>
    <message>
        <source>Who signs the letter</source>
        <translation>Quién firma la carta</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Imagen de la firma:</translation>
    </message>
    <message>
        <source>You and the cost of support</source>
        <translation>Tú y el costo del soporte</translation>
    </message>
    <message>
        <source>Your name (audit trail):</source>
        <translation>Tu nombre (registro de auditoría):</translation>
    </message>
    <message>
        <source>Average handle time:</source>
        <translation>Tiempo promedio de gestión:</translation>
    </message>
    <message>
        <source>Hourly cost of an agent:</source>
        <translation>Costo por hora de un agente:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Leyendo la configuración…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database in use&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;To use another one (a file, or a PostgreSQL database shared by the team), choose File › Open Database…, or start the app with &lt;code&gt;--db URL&lt;/code&gt; or the &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt; environment variable.</source>
        <translation>&lt;b&gt;Base de datos en uso&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;Para usar otra (un archivo o una base de datos PostgreSQL compartida por el equipo), elige Archivo › Abrir base de datos…, o inicia la app con &lt;code&gt;--db URL&lt;/code&gt; o con la variable de entorno &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Company and signatory</source>
        <translation>Empresa y firmante</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>You and costs</source>
        <translation>Tú y los costos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The policy has a mistake</source>
        <translation>La política tiene un error</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>No se puede leer la configuración</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>leave empty: months × monthly amount</source>
        <translation>vacío: meses × importe mensual</translation>
    </message>
    <message>
        <source>The contract was checked with legal (needed for business customers)</source>
        <translation>Se revisó el contrato con el departamento legal (necesario para clientes empresariales)</translation>
    </message>
    <message>
        <source>Refund (months):</source>
        <translation>Reembolso (meses):</translation>
    </message>
    <message>
        <source>Monthly amount:</source>
        <translation>Importe mensual:</translation>
    </message>
    <message>
        <source>Refund total:</source>
        <translation>Total del reembolso:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Service ends on:</source>
        <translation>Fin del servicio:</translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation>Exportación de datos:</translation>
    </message>
    <message>
        <source>Total refund: {total} {currency}</source>
        <translation>Reembolso total: {total} {currency}</translation>
    </message>
    <message>
        <source>Someone else changed case #{id} since you opened it, so your terms were not saved. The case now says: {terms}. Press Next to save yours instead.</source>
        <translation>Alguien más cambió el caso #{id} después de que lo abrieras, así que tus condiciones no se guardaron. Ahora el caso dice: {terms}. Haz clic en Siguiente para guardar las tuyas en su lugar.</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>Record a warning that was given by phone, email or in person</source>
        <translation>Registra una advertencia dada por teléfono, correo electrónico o en persona</translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation>quién la dio</translation>
    </message>
    <message>
        <source>what the customer was told, in a sentence or two</source>
        <translation>qué se le dijo al cliente, en una o dos frases</translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation>Registrar advertencia</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Dada el:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Dada por:</translation>
    </message>
    <message>
        <source>Ladder step:</source>
        <translation>Paso de la escala:</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Qué se dijo:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) on record.</source>
        <translation>
            <numerusform>%Ln advertencia registrada.</numerusform>
            <numerusform>%Ln advertencias registradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step {step} was</source>
        <translation>El paso {step} nunca se dio</translation>
    </message>
    <message>
        <source>Steps {steps} and {last} were</source>
        <translation>Los pasos {steps} y {last} nunca se dieron</translation>
    </message>
    <message>
        <source>{which} never given, and nothing in the evidence lets the case skip the ladder. The leadership brief shows this; if a warning was given by phone, record it below.</source>
        <translation>{which}, y nada en las pruebas permite que el caso se salte la escala. El informe para la dirección lo muestra; si se dio una advertencia por teléfono, regístrala abajo.</translation>
    </message>
    <message>
        <source>Every step before the last was given.</source>
        <translation>Se dieron todos los pasos anteriores al último.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrada.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Breakup Desk</source>
        <translation>Te damos la bienvenida a Breakup Desk</translation>
    </message>
    <message>
        <source>Breakup Desk shows, with your own helpdesk data, when one customer&apos;s behaviour has become a problem for the whole team, builds the case for leadership, and helps you write a calm, final letter.

Start by importing an export from your helpdesk (Zendesk, Freshdesk, Help Scout, Intercom, Front, an email archive or a CSV), or look around with the demo data of a fictional company.</source>
        <translation>Breakup Desk muestra, con los datos de tu propio helpdesk, cuándo el comportamiento de un cliente se ha convertido en un problema para todo el equipo, prepara el caso para la dirección y te ayuda a redactar una carta final y serena.

Empieza importando una exportación de tu helpdesk (Zendesk, Freshdesk, Help Scout, Intercom, Front, un archivo de correo o un CSV), o explora con los datos de demostración de una empresa ficticia.</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Importar una exportación…</translation>
    </message>
    <message>
        <source>Try the demo data</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Reviews due:</source>
        <translation>Revisiones pendientes:</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>due {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>venció el {date} (hace %n día)</numerusform>
            <numerusform>venció el {date} (hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}, case #{case}</source>
        <translation>{customer}, caso #{case}</translation>
    </message>
    <message>
        <source>review the restriction given on {date} (step {step})</source>
        <translation>revisar la restricción impuesta el {date} (paso {step})</translation>
    </message>
    <message>
        <source>hold the review or appeal the letter promised</source>
        <translation>hacer la revisión o atender la apelación que prometió la carta</translation>
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
        <translation>El reembolso debe ser de entre 0 y 36 meses.</translation>
    </message>
    <message>
        <source>The refund total is not a number.</source>
        <translation>El total del reembolso no es un número.</translation>
    </message>
    <message>
        <source>Type the monthly amount or the refund total.</source>
        <translation>Escribe el importe mensual o el total del reembolso.</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>El reembolso no puede ser negativo.</translation>
    </message>
    <message>
        <source>The refund total is too large.</source>
        <translation>El total del reembolso es demasiado grande.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, such as USD or EUR.</source>
        <translation>La moneda es un código de tres letras, como USD o EUR.</translation>
    </message>
    <message>
        <source>Choose the date the service ends.</source>
        <translation>Elige la fecha en que termina el servicio.</translation>
    </message>
    <message>
        <source>The service cannot end in the past.</source>
        <translation>El servicio no puede terminar en una fecha pasada.</translation>
    </message>
    <message>
        <source>Say how the customer can export their data.</source>
        <translation>Indica cómo puede exportar el cliente sus datos.</translation>
    </message>
    <message>
        <source>Confirm that the contract was checked with legal (business customers).</source>
        <translation>Confirma que se revisó el contrato con el departamento legal (clientes empresariales).</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>La carta no tiene texto.</translation>
    </message>
    <message>
        <source>No evidence backs any criterion yet: add quotes of the customer&apos;s messages from their page first.</source>
        <translation>Todavía no hay pruebas que respalden ningún criterio: primero agrega citas de los mensajes del cliente desde su página.</translation>
    </message>
    <message>
        <source>No evidence backs {titles}: do not claim it.</source>
        <translation>No hay pruebas que respalden {titles}: no lo alegues.</translation>
    </message>
    <message>
        <source>Tick at least one criterion that the evidence backs.</source>
        <translation>Marca al menos un criterio respaldado por las pruebas.</translation>
    </message>
    <message>
        <source>The pattern rule is not met (incidents {counts}; the policy asks for {minimum}). One bad day is not a pattern: add incidents from other days.</source>
        <translation>No se cumple la regla del patrón (incidentes {counts}; la política exige {minimum}). Un mal día no es un patrón: agrega incidentes de otros días.</translation>
    </message>
    <message>
        <source>Give the approver&apos;s name and title.</source>
        <translation>Indica el nombre y el cargo del aprobador.</translation>
    </message>
    <message>
        <source>Choose the decision: approve or decline.</source>
        <translation>Elige la decisión: aprobar o rechazar.</translation>
    </message>
    <message>
        <source>Answer whether reasonable adjustments were considered.</source>
        <translation>Responde si se consideraron ajustes razonables.</translation>
    </message>
    <message>
        <source>The case cannot be approved until reasonable adjustments for the customer&apos;s disability or circumstances have been considered.</source>
        <translation>El caso no puede aprobarse hasta que se hayan considerado ajustes razonables por la discapacidad o las circunstancias del cliente.</translation>
    </message>
    <message>
        <source>{days} {conversations}</source>
        <translation>{days} {conversations}</translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s)</source>
        <translation>
            <numerusform>en %n conversación</numerusform>
            <numerusform>en %n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n day(s)</source>
        <translation>
            <numerusform>al menos %n día</numerusform>
            <numerusform>al menos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in at least %n conversation(s)</source>
        <translation>
            <numerusform>en al menos %n conversación</numerusform>
            <numerusform>en al menos %n conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriterWaitBar</name>
    <message>
        <source>Waiting for another writer…</source>
        <translation>Esperando a que termine otra escritura…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Another import or window is writing to {database}</source>
        <translation>Otra importación u otra ventana está escribiendo en {database}</translation>
    </message>
</context>
</TS>
