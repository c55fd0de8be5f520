<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>About Breakup Desk</source>
        <translation>О программе Breakup Desk</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence. Python {python}, Qt {qt}, PySide6 {pyside}.</source>
        <translation>Распространяется по лицензии MIT. Python {python}, Qt {qt}, PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Выберите библиотеку, чтобы прочитать её лицензию.</translation>
    </message>
    <message>
        <source>Libraries and fonts included, and their licences:</source>
        <translation>Включённые библиотеки и шрифты и их лицензии:</translation>
    </message>
    <message>
        <source>(no licence text in its metadata)</source>
        <translation>(в метаданных нет текста лицензии)</translation>
    </message>
</context>
<context>
    <name>BreakupWizard</name>
    <message>
        <source>End the relationship — case #{id}</source>
        <translation>Прекращение отношений — кейс №{id}</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Не удалось открыть кейс</translation>
    </message>
</context>
<context>
    <name>BusinessCasePanel</name>
    <message>
        <source>Drawing the headline chart…</source>
        <translation>Строим основной график…</translation>
    </message>
    <message>
        <source>Write the leadership brief…</source>
        <translation>Составить справку для руководства…</translation>
    </message>
    <message>
        <source>The leadership brief</source>
        <translation>Справка для руководства</translation>
    </message>
    <message>
        <source>A PDF that puts the case as a business problem: these figures and four charts, every incident quoted with its date, the warnings given, and the hash of each piece of evidence.</source>
        <translation>PDF, где кейс изложен как бизнес-проблема: эти цифры и четыре графика, каждый инцидент с цитатой и датой, выданные предупреждения и хеш каждого доказательства.</translation>
    </message>
    <message>
        <source>reading the figures</source>
        <translation>считываем цифры</translation>
    </message>
    <message>
        <source>{unit} by {name}; the average customer: {mean}</source>
        <translation>{unit} — {name}; у среднего клиента: {mean}</translation>
    </message>
    <message numerus="yes">
        <source>the average customer; ranked no. {rank} of %Ln customer(s)</source>
        <translation>
            <numerusform>от среднего клиента; место {rank} из %Ln клиента</numerusform>
            <numerusform>от среднего клиента; место {rank} из %Ln клиентов</numerusform>
            <numerusform>от среднего клиента; место {rank} из %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>in agent time: {hours} hours, {share} of the team&apos;s</source>
        <translation>время агентов: {hours} ч, {share} всего времени команды</translation>
    </message>
    <message numerus="yes">
        <source>agents involved; %Ln handoff(s)</source>
        <translation>
            <numerusform>агентов задействовано; %Ln передача</numerusform>
            <numerusform>агентов задействовано; %Ln передачи</numerusform>
            <numerusform>агентов задействовано; %Ln передач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln conversation(s)</source>
        <translation>
            <numerusform>в %Ln диалоге</numerusform>
            <numerusform>в %Ln диалогах</numerusform>
            <numerusform>в %Ln диалогах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln доказательство</numerusform>
            <numerusform>%Ln доказательства</numerusform>
            <numerusform>%Ln доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>{items}, {warnings} on record.</source>
        <translation>Зафиксировано: {items}, {warnings}.</translation>
    </message>
    <message>
        <source>The case claims:</source>
        <translation>Основания кейса:</translation>
    </message>
    <message>
        <source>Save the leadership brief</source>
        <translation>Сохранить справку для руководства</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>Составляем справку…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Calibration session</source>
        <translation>Калибровочная сессия</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Показать отчёт</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Сессия:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Сообщения:</translation>
    </message>
    <message>
        <source>Labelling as:</source>
        <translation>Размечает:</translation>
    </message>
    <message>
        <source>1 · Fine</source>
        <translation>1 · Нормально</translation>
    </message>
    <message>
        <source>2 · Angry (not abusive)</source>
        <translation>2 · Раздражение (не оскорбление)</translation>
    </message>
    <message>
        <source>3 · Abusive</source>
        <translation>3 · Оскорбление</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Start a session, or pick one to label.</source>
        <translation>Начните сессию или выберите существующую для разметки.</translation>
    </message>
    <message>
        <source>#{id} · {when} · {count} messages</source>
        <translation>№{id} · {when} · сообщений: {count}</translation>
    </message>
    <message>
        <source>Message {n} of {total} ({done} labelled). Keys: 1 fine, 2 angry, 3 abusive.</source>
        <translation>Сообщение {n} из {total} (размечено: {done}). Клавиши: 1 — нормально, 2 — раздражение, 3 — оскорбление.</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>плохая</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>незначительная</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>удовлетворительная</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умеренная</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>существенная</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>почти полная</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>не определена</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Сессия №{id}</translation>
    </message>
    <message>
        <source>Labelled by {people}.</source>
        <translation>Разметили: {people}.</translation>
    </message>
    <message>
        <source>Do we agree with each other?</source>
        <translation>Согласны ли мы друг с другом?</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa {kappa}: {band} agreement (Landis &amp; Koch), over {n} messages everyone labelled.</source>
        <translation>Каппа Флейса {kappa}: согласованность {band} (по Ландису и Коху); сообщений, размеченных всеми: {n}.</translation>
    </message>
    <message>
        <source>Abusive to the team, not flagged by the detector</source>
        <translation>Оскорбление по мнению команды, детектор не отметил</translation>
    </message>
    <message>
        <source>Flagged by the detector, not abusive to the team</source>
        <translation>Отмечено детектором, команда не считает оскорблением</translation>
    </message>
    <message>
        <source>The team is split</source>
        <translation>Мнения команды разделились</translation>
    </message>
    <message>
        <source>The detector against the team</source>
        <translation>Детектор против команды</translation>
    </message>
    <message>
        <source>Precision {p}, recall {r}.</source>
        <translation>Точность {p}, полнота {r}.</translation>
    </message>
    <message>
        <source>precision {p}, recall {r}</source>
        <translation>точность {p}, полнота {r}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Log a &amp;call…</source>
        <translation>&amp;Записать звонок…</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>&amp;Прослушать запись</translation>
    </message>
    <message>
        <source>&amp;Block at the helpdesk…</source>
        <translation>За&amp;блокировать в хелпдеске…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording {name} ({length}), SHA-256 {sha}</source>
        <translation>Запись {name} ({length}), SHA-256 {sha}</translation>
    </message>
    <message>
        <source>duration unknown</source>
        <translation>длительность неизвестна</translation>
    </message>
    <message>
        <source>Add a helpdesk connection first (breakup-desk connect).</source>
        <translation>Сначала добавьте подключение к хелпдеску (breakup-desk connect).</translation>
    </message>
    <message>
        <source>Block the customer</source>
        <translation>Заблокировать клиента</translation>
    </message>
    <message>
        <source>The case&apos;s copies are checked and the customer&apos;s whole history is kept on the case before the helpdesk is asked to block them. Connection:</source>
        <translation>Прежде чем хелпдеск заблокирует клиента, копии в кейсе проверяются, а вся история клиента сохраняется в кейсе. Подключение:</translation>
    </message>
    <message>
        <source>Keeping the history, then blocking…</source>
        <translation>Сохраняем историю, затем блокируем…</translation>
    </message>
    <message>
        <source>History kept ({name}, SHA-256 {sha}). {detail}.</source>
        <translation>История сохранена ({name}, SHA-256 {sha}). {detail}.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Reading the case…</source>
        <translation>Загружаем кейс…</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Criterion and the evidence behind it</source>
        <translation>Критерий и подтверждающие доказательства</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Backing</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Pattern rule met: incidents {counts} (the policy asks for {minimum}).</source>
        <translation>Правило систематичности выполнено: инциденты {counts} (политика требует: {minimum}).</translation>
    </message>
    <message>
        <source>Pattern rule not met: incidents {counts} (the policy asks for {minimum}).</source>
        <translation>Правило систематичности не выполнено: инциденты {counts} (политика требует: {minimum}).</translation>
    </message>
    <message>
        <source>Not needed: {categories} skips the ladder.</source>
        <translation>Не требуется: при категории «{categories}» шкала пропускается.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>pattern rule not met</source>
        <translation>правило систематичности не выполнено</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>нет доказательств</translation>
    </message>
    <message>
        <source>Cannot be claimed: the pattern rule is not met (see below). It is backed by the other criteria&apos;s incidents once they span enough days and conversations.</source>
        <translation>Нельзя заявить: правило систематичности не выполнено (см. ниже). Критерий подкрепляется инцидентами по другим критериям, когда они охватывают достаточно дней и диалогов.</translation>
    </message>
    <message>
        <source>Cannot be claimed: no evidence backs it. Add quotes, conversations or files under this criterion from the customer&apos;s page.</source>
        <translation>Нельзя заявить: нет подтверждающих доказательств. Добавьте цитаты, диалоги или файлы по этому критерию на странице клиента.</translation>
    </message>
    <message>
        <source>The case is {state}; it claims: {claims}. Claims and evidence can change only in a draft: withdraw the case from review to change them.</source>
        <translation>Статус кейса: {state}; заявлено: {claims}. Заявления и доказательства можно менять только в черновике: чтобы их изменить, отзовите кейс с рассмотрения.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Against the average</source>
        <translation>В сравнении со средним</translation>
    </message>
    <message>
        <source>Among all customers</source>
        <translation>Среди всех клиентов</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Agents involved</source>
        <translation>Задействованные агенты</translation>
    </message>
    <message>
        <source>Top 20 customers</source>
        <translation>Топ-20 клиентов</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Последние 24 месяца</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Messages written</source>
        <translation>Написано сообщений</translation>
    </message>
    <message>
        <source>Conversations opened</source>
        <translation>Открыто диалогов</translation>
    </message>
    <message>
        <source>Messages in their conversations</source>
        <translation>Сообщений в их диалогах</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Строим график…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Subdomain (acme for acme.zendesk.com)</source>
        <translation>Поддомен (acme для acme.zendesk.com)</translation>
    </message>
    <message>
        <source>Agent&apos;s e-mail</source>
        <translation>E-mail агента</translation>
    </message>
    <message>
        <source>Domain (acme for acme.freshdesk.com)</source>
        <translation>Домен (acme для acme.freshdesk.com)</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>ID приложения</translation>
    </message>
    <message>
        <source>Another API address (optional)</source>
        <translation>Другой адрес API (необязательно)</translation>
    </message>
    <message>
        <source>Server (imap.gmail.com, outlook.office365.com)</source>
        <translation>Сервер (imap.gmail.com, outlook.office365.com)</translation>
    </message>
    <message>
        <source>Port (optional: 993 with TLS, 143 with STARTTLS)</source>
        <translation>Порт (993 с TLS, 143 со STARTTLS)</translation>
    </message>
    <message>
        <source>Mailbox sign-in name</source>
        <translation>Имя для входа в ящик</translation>
    </message>
    <message>
        <source>Folders, comma-separated (optional: INBOX)</source>
        <translation>Папки через запятую (иначе INBOX)</translation>
    </message>
    <message>
        <source>Your company&apos;s domains (optional: inferred from the mail)</source>
        <translation>Домены компании (иначе — по почте)</translation>
    </message>
    <message>
        <source>CA certificate file (optional, PEM)</source>
        <translation>Сертификат УЦ (PEM, необязательно)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>TLS from the start (port 993)</source>
        <translation>TLS с самого начала (порт 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (порт 143)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Способ входа</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Пароль или пароль приложения</translation>
    </message>
    <message>
        <source>OAuth access token (XOAUTH2)</source>
        <translation>Токен доступа OAuth (XOAUTH2)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Секрет приложения</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Пароль или токен</translation>
    </message>
    <message>
        <source>Connect a helpdesk</source>
        <translation>Подключение хелпдеска</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Новое подключение</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Хелпдеск</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>It works: {who}.</source>
        <translation>Работает: {who}.</translation>
    </message>
    <message>
        <source>The test failed: {reason}</source>
        <translation>Проверка не прошла: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}; the token is kept in the system keyring.</source>
        <translation>Подключение {name} сохранено; токен хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Хелпдеск</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
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
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>С&amp;инхронизировать</translation>
    </message>
    <message>
        <source>Volume only (counts first, text later)</source>
        <translation>Только объём (сначала подсчёт, текст позже)</translation>
    </message>
    <message>
        <source>Reads every customer&apos;s tickets without their messages: the average and the rank of conversations in a fraction of the time. Zendesk and Freshdesk.</source>
        <translation>Читает тикеты всех клиентов без текста сообщений: среднее и место по числу диалогов — за малую долю времени. Zendesk и Freshdesk.</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Отменить синхронизацию</translation>
    </message>
    <message>
        <source>{name}: never synced</source>
        <translation>{name}: ещё не синхронизировалось</translation>
    </message>
    <message>
        <source>{name}: last sync {time} UTC</source>
        <translation>{name}: последняя синхронизация {time} UTC</translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation>Проверяем {name}…</translation>
    </message>
    <message>
        <source>{name} works: {who}.</source>
        <translation>{name} работает: {who}.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Removed {name}; what it imported stays.</source>
        <translation>Подключение {name} удалено; импортированные данные остаются.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Остановимся после этой страницы…</translation>
    </message>
    <message>
        <source>{pages} pages, {messages} messages, {rate} messages/s</source>
        <translation>страниц: {pages}, сообщений: {messages}, {rate} сообщ./с</translation>
    </message>
    <message>
        <source>{name}: {conversations} new conversations, {messages} new messages.</source>
        <translation>{name}: новых диалогов: {conversations}, новых сообщений: {messages}.</translation>
    </message>
    <message>
        <source>{conversations} conversations are counted but have no text yet.</source>
        <translation>Диалогов подсчитано, но ещё без текста: {conversations}.</translation>
    </message>
    <message>
        <source>The abuse scan failed: {reason}</source>
        <translation>Проверка на оскорбления не удалась: {reason}</translation>
    </message>
    <message>
        <source>Cancelled after {pages} pages; they are kept and the next sync resumes.</source>
        <translation>Отменено (прочитано страниц: {pages}); они сохранены, следующая синхронизация продолжит с этого места.</translation>
    </message>
    <message>
        <source>The sync stopped after {pages} pages: {reason}</source>
        <translation>Синхронизация остановилась (прочитано страниц: {pages}): {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {suggested} suggested</source>
        <translation>подтверждено: {confirmed}, предложено: {suggested}</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>set the company profile first (name and address) in Settings</source>
        <translation>сначала заполните профиль компании (название и адрес) в настройках</translation>
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
        <translation>Подробности в журнале: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Backed by: {backing}</source>
        <translation>Подтверждено: {backing}</translation>
    </message>
    <message>
        <source>Flag categories: {names}</source>
        <translation>Категории меток: {names}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>conversation id</source>
        <translation>ID диалога</translation>
    </message>
    <message>
        <source>message id</source>
        <translation>ID сообщения</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>author email</source>
        <translation>email автора</translation>
    </message>
    <message>
        <source>is the customer (direction)</source>
        <translation>пишет клиент (направление)</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation>Сопоставление столбцов: {file}</translation>
    </message>
    <message>
        <source>Empty: the usual ones ({values} …)</source>
        <translation>Пусто: стандартные ({values} …)</translation>
    </message>
    <message>
        <source>The values of the direction column that mean the customer wrote the row, separated by commas.</source>
        <translation>Значения столбца направления, означающие, что строку написал клиент, через запятую.</translation>
    </message>
    <message>
        <source>Optional, e.g. %d.%m.%Y %H:%M</source>
        <translation>Необязательно, напр. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>A strptime pattern, for times the usual forms do not read (day first …).</source>
        <translation>Шаблон strptime для времени, которое не читается в обычных форматах (сначала день …).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>{header} (e.g. {sample})</source>
        <translation>{header} (напр. {sample})</translation>
    </message>
    <message>
        <source>Say which column holds what. The preview shows how the first rows will be read; a row with a problem is set aside at import, with the reason.</source>
        <translation>Укажите, в каком столбце что находится. В превью видно, как будут прочитаны первые строки; строка с проблемой при импорте откладывается с указанием причины.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>Time format:</source>
        <translation>Формат времени:</translation>
    </message>
    <message>
        <source>Customer values:</source>
        <translation>Значения «клиент»:</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Сохранить как профиль…</translation>
    </message>
    <message>
        <source>Preview of the first rows ({encoding}, “{delimiter}” between cells):</source>
        <translation>Превью первых строк ({encoding}, разделитель ячеек «{delimiter}»):</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Превью первых строк:</translation>
    </message>
    <message>
        <source>(This file has no column {names}.)</source>
        <translation>(В этом файле нет столбца {names}.)</translation>
    </message>
    <message>
        <source>Still needed: {needs}.</source>
        <translation>Ещё нужно: {needs}.</translation>
    </message>
    <message>
        <source>Ready: {read} of {total} preview rows read.</source>
        <translation>Готово: прочитано {read} из {total} строк превью.</translation>
    </message>
    <message>
        <source>{problems} with a problem will be set aside at import (see Problem).</source>
        <translation>Строк с проблемой: {problems}; при импорте они будут отложены (см. «Проблема»).</translation>
    </message>
    <message>
        <source>Guess from the header</source>
        <translation>Определить по заголовку</translation>
    </message>
    <message>
        <source>(Saved profiles: {reason})</source>
        <translation>(Сохранённые профили: {reason})</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Сохранить сопоставление столбцов</translation>
    </message>
    <message>
        <source>Profile name, for the next export of this kind:</source>
        <translation>Название профиля для следующих выгрузок такого типа:</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”, replacing the one saved before.</source>
        <translation>Сохранено как профиль «{name}» вместо прежнего.</translation>
    </message>
    <message>
        <source>Saved as the profile “{name}”.</source>
        <translation>Сохранено как профиль «{name}».</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>агент</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <source>Search name, email, organisation…</source>
        <translation>Поиск по имени, email, организации…</translation>
    </message>
    <message>
        <source>Has suggested flags</source>
        <translation>Есть предложенные метки</translation>
    </message>
    <message>
        <source>Has open case</source>
        <translation>Есть открытый кейс</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation>
            <numerusform>{shown} из %Ln клиента</numerusform>
            <numerusform>{shown} из %Ln клиентов</numerusform>
            <numerusform>{shown} из %Ln клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation>Изображения и PDF (*.png *.jpg *.jpeg *.gif *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Confirm flag</source>
        <translation>Подтвердить метку</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Снять метку</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Открыть кейс</translation>
    </message>
    <message>
        <source>Start the breakup wizard</source>
        <translation>Мастер прекращения отношений</translation>
    </message>
    <message>
        <source>&amp;Add selection to case</source>
        <translation>&amp;Добавить выделенное в кейс</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Приложить &amp;файл…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Click a highlighted passage to confirm or dismiss its flag.</source>
        <translation>Нажмите на выделенный фрагмент, чтобы подтвердить или снять метку.</translation>
    </message>
    <message>
        <source>{category} · {status} · score {score:.2f}</source>
        <translation>{category} · {status} · оценка {score:.2f}</translation>
    </message>
    <message>
        <source>not enough decisions yet ({n} decided)</source>
        <translation>пока мало решений (принято: {n})</translation>
    </message>
    <message>
        <source>{share:.0%} confirmed ({confirmed}/{decided})</source>
        <translation>подтверждено {share:.0%} ({confirmed}/{decided})</translation>
    </message>
    <message>
        <source>Open a draft case against this customer</source>
        <translation>Открыть черновик кейса против этого клиента</translation>
    </message>
    <message>
        <source>Case #{case} ({state})</source>
        <translation>Кейс №{case} ({state})</translation>
    </message>
    <message>
        <source>Show the case&apos;s evidence</source>
        <translation>Показать доказательства кейса</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Сначала откройте кейс.</translation>
    </message>
    <message>
        <source>Select words in one of the customer&apos;s messages.</source>
        <translation>Выделите слова в одном из сообщений клиента.</translation>
    </message>
    <message>
        <source>Only the customer&apos;s own words can be quoted.</source>
        <translation>Цитировать можно только слова самого клиента.</translation>
    </message>
    <message>
        <source>Add the selected words to the case as a quote.</source>
        <translation>Добавить выделенные слова в кейс как цитату.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Приложить файл к кейсу</translation>
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
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>vs average</source>
        <translation>К среднему</translation>
    </message>
    <message>
        <source>Confirmed flags</source>
        <translation>Подтверждённые метки</translation>
    </message>
    <message>
        <source>Suggested flags</source>
        <translation>Предложенные метки</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>{n} messages against an average of {mean:.1f}</source>
        <translation>Сообщений: {n}, в среднем: {mean:.1f}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Establish the cause</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Claim the policy&apos;s grounds that the evidence backs. The bar is high: anger at the company is not abuse, and one bad day is not a pattern.</source>
        <translation>Заявите основания из политики, которые подтверждаются доказательствами. Планка высокая: гнев на компанию — ещё не оскорбление, а один плохой день — ещё не система.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the letter for the executive to sign, or sign it now with a certificate file.</source>
        <translation>Сохраните письмо для подписи руководителем или подпишите его сейчас файлом сертификата.</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Present it as a business problem, with data; then record leadership&apos;s decision.</source>
        <translation>Представьте кейс как бизнес-проблему, с данными, затем зафиксируйте решение руководства.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Check the letter, edit its text if you must, and see the page as it will print.</source>
        <translation>Проверьте письмо, при необходимости поправьте текст и посмотрите, как страница будет выглядеть при печати.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>What the customer gets back, until when, and how they take their data.</source>
        <translation>Что клиент получает обратно, до какого срока и как он заберёт свои данные.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>The warnings already given on the policy&apos;s ladder. Record one here if it was given by phone; slurs and threats of violence skip the ladder.</source>
        <translation>Предупреждения, уже выданные по шкале из политики. Если предупреждение было дано по телефону, зафиксируйте его здесь; оскорбления по признаку и угрозы насилием идут в обход шкалы.</translation>
    </message>
</context>
<context>
    <name>EvidenceBasket</name>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Build the case before you block this customer in your helpdesk: Zendesk deletes spam-marked tickets after 30 days, Intercom archives a blocked person&apos;s messages, Freshdesk deletes the contact. This case keeps its own copy of every message it quotes, with its hash.</source>
        <translation>Соберите кейс до того, как заблокировать клиента в хелпдеске: Zendesk удаляет тикеты, отмеченные как спам, через 30 дней, Intercom архивирует сообщения заблокированного пользователя, Freshdesk удаляет контакт. Кейс хранит собственную копию каждого цитируемого сообщения вместе с его хешем.</translation>
    </message>
    <message>
        <source>&amp;Remove from case</source>
        <translation>&amp;Убрать из кейса</translation>
    </message>
    <message>
        <source>Take the selected item out of the case (Delete)</source>
        <translation>Убрать выбранный материал из кейса (Delete)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No open case. Open a case to collect evidence.</source>
        <translation>Нет открытого кейса. Откройте кейс, чтобы собирать доказательства.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln материал</numerusform>
            <numerusform>%Ln материала</numerusform>
            <numerusform>%Ln материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Case #{case} ({state}) · {items}</source>
        <translation>Кейс №{case} ({state}) · {items}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <source>Add quote “{text}”</source>
        <translation>добавление цитаты «{text}»</translation>
    </message>
    <message>
        <source>Add note “{text}”</source>
        <translation>добавление заметки «{text}»</translation>
    </message>
    <message>
        <source>Attach {text}</source>
        <translation>прикрепление файла {text}</translation>
    </message>
    <message>
        <source>Remove “{text}”</source>
        <translation>удаление «{text}»</translation>
    </message>
    <message>
        <source>Reorder evidence</source>
        <translation>изменение порядка доказательств</translation>
    </message>
    <message>
        <source>withdraw it from review to change its evidence</source>
        <translation>чтобы изменить доказательства, отзовите кейс с рассмотрения</translation>
    </message>
    <message>
        <source>its evidence is kept as it was decided</source>
        <translation>доказательства сохраняются в том виде, в каком по ним принято решение</translation>
    </message>
    <message>
        <source>Case #{case} is {state}: {hint}.</source>
        <translation>Кейс №{case} — {state}: {hint}.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Сначала откройте кейс.</translation>
    </message>
</context>
<context>
    <name>EvidenceTreeModel</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>ALTERED: {text}</source>
        <translation>ИЗМЕНЕНО: {text}</translation>
    </message>
    <message>
        <source>Notes and other</source>
        <translation>Заметки и прочее</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заметка: {note}</translation>
    </message>
    <message>
        <source>Version {version}, added by {who}</source>
        <translation>Версия {version}, добавил(а) {who}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>ALTERED since capture: {what}</source>
        <translation>ИЗМЕНЕНО после сохранения: {what}</translation>
    </message>
    <message>
        <source>SHA-256 of the attachment at capture: {digest}</source>
        <translation>SHA-256 вложения при фиксации: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the attachment now: {digest}</source>
        <translation>SHA-256 вложения сейчас: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the message copy at capture: {digest}</source>
        <translation>SHA-256 копии сообщения при фиксации: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the message copy now: {digest}</source>
        <translation>SHA-256 копии сообщения сейчас: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence item at capture: {digest}</source>
        <translation>SHA-256 доказательства при фиксации: {digest}</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence item now: {digest}</source>
        <translation>SHA-256 доказательства сейчас: {digest}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&lt;b&gt;What happens next&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Save the PDF and give it to the signatory, or sign it here with their certificate (PAdES). The case moves to &lt;i&gt;letter issued&lt;/i&gt; and every step is in its audit log.&lt;/li&gt;&lt;li&gt;Send the signed letter, then refund the customer as it says.&lt;/li&gt;&lt;li&gt;Only then block the customer in your helpdesk: blocking deletes or archives their messages there. This case keeps its own copy of every message it quotes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Что дальше&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Сохраните PDF и передайте его подписанту или подпишите здесь его сертификатом (PAdES). Кейс перейдёт в статус &lt;i&gt;письмо оформлено&lt;/i&gt;, а каждый шаг попадёт в журнал аудита.&lt;/li&gt;&lt;li&gt;Отправьте подписанное письмо, затем верните клиенту деньги, как в нём указано.&lt;/li&gt;&lt;li&gt;Только после этого заблокируйте клиента в хелпдеске: блокировка удаляет или архивирует там его сообщения. Кейс хранит собственную копию каждого цитируемого сообщения.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Save PDF for signing…</source>
        <translation>Сохранить PDF для подписи…</translation>
    </message>
    <message>
        <source>Sign now with a certificate…</source>
        <translation>Подписать сертификатом…</translation>
    </message>
    <message>
        <source>E-mail draft…</source>
        <translation>Черновик e-mail…</translation>
    </message>
    <message>
        <source>An .eml draft of the signed letter for your mail program, kept on the case</source>
        <translation>Черновик подписанного письма в формате .eml для почтовой программы; хранится в кейсе</translation>
    </message>
    <message>
        <source>Save the letter or sign it to finish.</source>
        <translation>Чтобы завершить, сохраните письмо или подпишите его.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <source>Certificate (PKCS#12)</source>
        <translation>Сертификат (PKCS#12)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Пароль сертификата</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Сохранить черновик e-mail</translation>
    </message>
    <message>
        <source>The e-mail draft is at {path}: open it in your mail program to send it.</source>
        <translation>Черновик e-mail сохранён: {path}. Откройте его в почтовой программе, чтобы отправить.</translation>
    </message>
    <message>
        <source>The letter for signing is at {path}.</source>
        <translation>Письмо для подписи сохранено: {path}.</translation>
    </message>
    <message>
        <source>The signed letter is at {path}; a copy is kept on the case.</source>
        <translation>Подписанное письмо сохранено: {path}; копия хранится в кейсе.</translation>
    </message>
    <message>
        <source>The case is now: letter issued.</source>
        <translation>Статус кейса: письмо оформлено.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Zendesk JSON (API responses or NDJSON export)</source>
        <translation>Zendesk JSON (ответы API или выгрузка NDJSON)</translation>
    </message>
    <message>
        <source>Help Scout Mailbox API (conversations with threads, customers)</source>
        <translation>Help Scout Mailbox API (диалоги с ветками, клиенты)</translation>
    </message>
    <message>
        <source>Intercom conversations (REST API objects, list pages or NDJSON)</source>
        <translation>Диалоги Intercom (объекты REST API, страницы списков или NDJSON)</translation>
    </message>
    <message>
        <source>Email archive (mbox, .eml, or a folder of them)</source>
        <translation>Архив почты (mbox, .eml или папка с ними)</translation>
    </message>
    <message>
        <source>Customer Support on Twitter (TWCS dataset CSV)</source>
        <translation>Customer Support on Twitter (CSV набора данных TWCS)</translation>
    </message>
    <message>
        <source>Freshdesk API v2 (tickets, conversations, contacts)</source>
        <translation>Freshdesk API v2 (тикеты, диалоги, контакты)</translation>
    </message>
    <message>
        <source>Freshdesk ticket export (CSV)</source>
        <translation>Выгрузка тикетов Freshdesk (CSV)</translation>
    </message>
    <message>
        <source>Zendesk CSV (ticket export or a view exported as CSV)</source>
        <translation>Zendesk CSV (выгрузка тикетов или представление, выгруженное в CSV)</translation>
    </message>
    <message>
        <source>Zendesk XML export (tickets, users)</source>
        <translation>Выгрузка Zendesk XML (тикеты, пользователи)</translation>
    </message>
    <message>
        <source>Front analytics export (messages or events CSV)</source>
        <translation>Выгрузка аналитики Front (CSV сообщений или событий)</translation>
    </message>
    <message>
        <source>Front Core API (messages, comments, conversations)</source>
        <translation>Front Core API (сообщения, комментарии, диалоги)</translation>
    </message>
    <message>
        <source>Any CSV of messages (with a column mapping)</source>
        <translation>Любой CSV с сообщениями (с сопоставлением столбцов)</translation>
    </message>
    <message>
        <source>ZIP or gzip archive of exports</source>
        <translation>ZIP- или gzip-архив выгрузок</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import helpdesk exports</source>
        <translation>Импорт выгрузок из хелпдеска</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Определить по содержимому</translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation>&amp;Столбцы…</translation>
    </message>
    <message>
        <source>Say which column of a CSV holds what</source>
        <translation>Указать, в каком столбце CSV что находится</translation>
    </message>
    <message>
        <source>Show rejected records…</source>
        <translation>Отклонённые записи…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Read the imported messages for abuse again</source>
        <translation>Заново проверить импортированные сообщения на оскорбления</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Choose helpdesk exports</source>
        <translation>Выберите выгрузки из хелпдеска</translation>
    </message>
    <message>
        <source>Exports (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;All files (*)</source>
        <translation>Выгрузки (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add the files your helpdesk exported.</source>
        <translation>Добавьте файлы, выгруженные из вашего хелпдеска.</translation>
    </message>
    <message>
        <source>Every file will be read as this format.</source>
        <translation>Все файлы будут прочитаны в этом формате.</translation>
    </message>
    <message>
        <source>{file}: any CSV, with the columns as you mapped them</source>
        <translation>{file}: любой CSV, столбцы — как вы их сопоставили</translation>
    </message>
    <message>
        <source>{file}: any CSV, columns from its header or a profile (Columns… to check)</source>
        <translation>{file}: любой CSV, столбцы по заголовку или профилю (проверьте в «Столбцы…»)</translation>
    </message>
    <message>
        <source>{file}: a CSV whose columns need mapping: choose Columns…</source>
        <translation>{file}: CSV, столбцы которого нужно сопоставить: нажмите «Столбцы…»</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation>, осталось около {s} с</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB, {rate:.1f} MB/s{eta}</source>
        <translation>{done:.1f} из {total:.1f} МБ, {rate:.1f} МБ/с{eta}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>The import stopped: {reason}. Files finished before it stay imported.</source>
        <translation>Импорт остановлен: {reason}. Файлы, обработанные до этого, остаются импортированными.</translation>
    </message>
    <message>
        <source>Scanning again…</source>
        <translation>Повторная проверка…</translation>
    </message>
    <message>
        <source>Import cancelled. The database is as it was.</source>
        <translation>Импорт отменён. База данных не изменилась.</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was.</source>
        <translation>Ничего не импортировано; база данных не изменилась.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Импортировано:</translation>
    </message>
    <message>
        <source>Not imported (the files above stay imported):</source>
        <translation>Не импортировано (файлы выше остаются импортированными):</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: not started (cancelled)</source>
        <translation>{file}: не начат (отменено)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln новое сообщение</numerusform>
            <numerusform>%Ln новых сообщения</numerusform>
            <numerusform>%Ln новых сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conversation(s)</source>
        <translation>
            <numerusform>%Ln новый диалог</numerusform>
            <numerusform>%Ln новых диалога</numerusform>
            <numerusform>%Ln новых диалогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln новый клиент</numerusform>
            <numerusform>%Ln новых клиента</numerusform>
            <numerusform>%Ln новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>объединено: %Ln</numerusform>
            <numerusform>объединено: %Ln</numerusform>
            <numerusform>объединено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) rejected</source>
        <translation>
            <numerusform>%Ln запись отклонена</numerusform>
            <numerusform>%Ln записи отклонены</numerusform>
            <numerusform>%Ln записей отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} ({format}): {counts}.</source>
        <translation>{file} ({format}): {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the new messages have suggested flags to review.</source>
        <translation>
            <numerusform>В %Ln новом сообщении есть предложенные метки для проверки.</numerusform>
            <numerusform>В %Ln новых сообщениях есть предложенные метки для проверки.</numerusform>
            <numerusform>В %Ln новых сообщениях есть предложенные метки для проверки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, but reading the messages for abuse failed: {reason}. They have no suggested flags yet: press Scan again (here, once the cause is fixed) or run &apos;breakup-desk scan&apos;.</source>
        <translation>Импорт выполнен, но проверить сообщения на оскорбления не удалось: {reason}. Предложенных меток пока нет: нажмите «Проверить снова» (здесь, когда причина будет устранена) или выполните &apos;breakup-desk scan&apos;.</translation>
    </message>
    <message>
        <source>The imported messages were not read for abuse (the import was cancelled): press Scan again, or run &apos;breakup-desk scan&apos;.</source>
        <translation>Импортированные сообщения не проверены на оскорбления (импорт был отменён): нажмите «Проверить снова» или выполните &apos;breakup-desk scan&apos;.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Отклонённые записи</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>an internal error occurred ({kind}: {error})</source>
        <translation>произошла внутренняя ошибка ({kind}: {error})</translation>
    </message>
    <message>
        <source>cancelled; nothing of it was kept</source>
        <translation>отменено; из этого файла ничего не сохранено</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>harassment</source>
        <translation>оскорбления</translation>
    </message>
    <message>
        <source>hate</source>
        <translation>язык вражды</translation>
    </message>
    <message>
        <source>sexual harassment</source>
        <translation>сексуальные домогательства</translation>
    </message>
    <message>
        <source>threat of violence</source>
        <translation>угроза насилием</translation>
    </message>
    <message>
        <source>threat to the agent&apos;s job</source>
        <translation>угроза добиться увольнения агента</translation>
    </message>
    <message>
        <source>threat to expose the agent</source>
        <translation>угроза раскрыть личность агента</translation>
    </message>
    <message>
        <source>financial threat</source>
        <translation>финансовая угроза</translation>
    </message>
    <message>
        <source>legal threat</source>
        <translation>угроза судом</translation>
    </message>
    <message>
        <source>public shaming threat</source>
        <translation>угроза публично опозорить</translation>
    </message>
    <message>
        <source>emotional blackmail</source>
        <translation>эмоциональный шантаж</translation>
    </message>
    <message>
        <source>profanity</source>
        <translation>нецензурная брань</translation>
    </message>
    <message>
        <source>shouting</source>
        <translation>крик (капс)</translation>
    </message>
    <message>
        <source>demand for a manager</source>
        <translation>требование позвать руководителя</translation>
    </message>
    <message>
        <source>harassment language</source>
        <translation>оскорбительные высказывания</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>угрозы</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>систематичность</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>letter issued</source>
        <translation>письмо оформлено</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>предложена</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждена</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>снята</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>диалог</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>messages written</source>
        <translation>написано сообщений</translation>
    </message>
    <message>
        <source>conversations opened</source>
        <translation>открыто диалогов</translation>
    </message>
    <message>
        <source>messages in their conversations</source>
        <translation>сообщений в их диалогах</translation>
    </message>
    <message>
        <source>IMAP mailbox</source>
        <translation>Почтовый ящик IMAP</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>Step</source>
        <translation>Ступень</translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation>Что означает ступень</translation>
    </message>
    <message>
        <source>Warning given</source>
        <translation>Предупреждение выдано</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Что было сказано</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не выдано</translation>
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
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Язык системы ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time Breakup Desk starts.</source>
        <translation>Новый язык применится при следующем запуске Breakup Desk.</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>LeadershipPage</name>
    <message>
        <source>Leadership&apos;s decision</source>
        <translation>Решение руководства</translation>
    </message>
    <message>
        <source>Approve: end the relationship</source>
        <translation>Одобрить: прекратить отношения</translation>
    </message>
    <message>
        <source>Decline: keep the customer</source>
        <translation>Отклонить: сохранить клиента</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>optional: what was considered, or why declined</source>
        <translation>необязательно: что учитывалось или почему отклонено</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Руководитель:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Were reasonable adjustments for the customer&apos;s disability or circumstances considered?</source>
        <translation>Рассматривались ли разумные уступки с учётом инвалидности или обстоятельств клиента?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>approver&apos;s name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>title, such as COO</source>
        <translation>должность, напр. COO</translation>
    </message>
    <message>
        <source>Approved by {name}, {title}, on {date}.</source>
        <translation>Одобрено: {name}, {title}, {date}.</translation>
    </message>
    <message>
        <source>Declined by {name}, {title}, on {date}.</source>
        <translation>Отклонено: {name}, {title}, {date}.</translation>
    </message>
    <message>
        <source>Leadership approved the case.</source>
        <translation>Руководство одобрило кейс.</translation>
    </message>
    <message>
        <source>The case is {state}.</source>
        <translation>Статус кейса: {state}.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Approve &gt;</source>
        <translation>&amp;Одобрить &gt;</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>От&amp;клонить</translation>
    </message>
    <message>
        <source>The case is a draft: go back and submit it for review first.</source>
        <translation>Кейс ещё черновик: вернитесь назад и сначала отправьте его на рассмотрение.</translation>
    </message>
    <message>
        <source>No letter can follow: the case is {state}.</source>
        <translation>Письмо невозможно: статус кейса — {state}.</translation>
    </message>
    <message>
        <source>Case declined</source>
        <translation>Кейс отклонён</translation>
    </message>
    <message>
        <source>Leadership declined case #{id}. The case is kept, with its evidence, warnings and the decision on record; it can be reopened later.</source>
        <translation>Руководство отклонило кейс №{id}. Кейс сохранён вместе с доказательствами, предупреждениями и решением; его можно открыть повторно позже.</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Готовим предпросмотр…</translation>
    </message>
    <message>
        <source>Filling in the letter…</source>
        <translation>Заполняем письмо…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call recordings (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;All files (*)</source>
        <translation>Записи звонков (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Log a call on case #{case}</source>
        <translation>Звонок по кейсу №{case}</translation>
    </message>
    <message>
        <source>Who took the call</source>
        <translation>Кто принял звонок</translation>
    </message>
    <message>
        <source>What the customer said, as close to word for word</source>
        <translation>Что сказал клиент — как можно ближе к дословному</translation>
    </message>
    <message>
        <source>The line manager was told</source>
        <translation>Непосредственный руководитель уведомлён</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Без записи</translation>
    </message>
    <message>
        <source>Choose &amp;recording…</source>
        <translation>Выбрать &amp;запись…</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Агент:</translation>
    </message>
    <message>
        <source>&amp;Said:</source>
        <translation>&amp;Сказано:</translation>
    </message>
    <message>
        <source>&amp;Warnings given before the call was ended:</source>
        <translation>&amp;Предупреждений до завершения звонка:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>Choose the call&apos;s recording</source>
        <translation>Выберите запись звонка</translation>
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
        <translation>База данных: {url}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation>&amp;Импорт выгрузок…</translation>
    </message>
    <message>
        <source>Import the &amp;demo data</source>
        <translation>Импорт &amp;демо-данных</translation>
    </message>
    <message>
        <source>&amp;Connect a helpdesk…</source>
        <translation>&amp;Подключить хелпдеск…</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Н&amp;едавние базы данных</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Calibration session…</source>
        <translation>&amp;Калибровочная сессия…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Breakup Desk</source>
        <translation>&amp;О программе Breakup Desk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Last sync of {name}: {time} UTC</source>
        <translation>Последняя синхронизация {name}: {time} UTC</translation>
    </message>
    <message>
        <source>Writing the demo export…</source>
        <translation>Создаём демо-выгрузку…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Открыть или создать базу данных</translation>
    </message>
    <message>
        <source>Breakup Desk database (*.sqlite3);;All files (*)</source>
        <translation>База данных Breakup Desk (*.sqlite3);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message>
        <source> · internal note</source>
        <translation> · внутренняя заметка</translation>
    </message>
    <message>
        <source>Quoted in the case</source>
        <translation>Цитируется в кейсе</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note to case #{case}</source>
        <translation>Заметка к кейсу №{case}</translation>
    </message>
    <message>
        <source>What happened, and how you know (a call, a meeting, a post)…</source>
        <translation>Что произошло и откуда вы это знаете (звонок, встреча, публикация)…</translation>
    </message>
    <message>
        <source>No criterion (notes and other)</source>
        <translation>Без критерия (заметки и прочее)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Критерий:</translation>
    </message>
</context>
<context>
    <name>PickCustomerHint</name>
    <message>
        <source>Pick a customer</source>
        <translation>Выберите клиента</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their volume against the average customer, their conversations and the messages flagged for review.

The list is sorted by messages written, so the customers who take the most of your team&apos;s time come first; “vs average” says how many times the average customer&apos;s volume that is. Search by name, email or organisation, or right-click the column headers to show more columns.</source>
        <translation>Выберите клиента слева, чтобы увидеть его объём обращений в сравнении со средним клиентом, его диалоги и сообщения с метками для проверки.

Список отсортирован по числу написанных сообщений, поэтому первыми идут клиенты, отнимающие у команды больше всего времени; «К среднему» показывает, во сколько раз их объём больше, чем у среднего клиента. Ищите по имени, email или организации; щёлкните правой кнопкой по заголовкам столбцов, чтобы показать другие столбцы.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Harassing, racist, sexist or homophobic language</source>
        <translation>Оскорбления, расизм, сексизм или гомофобия</translation>
    </message>
    <message>
        <source>Insults aimed at a person, slurs, sexual harassment of an agent.</source>
        <translation>Оскорбления в адрес конкретного человека, оскорбления по признаку, сексуальные домогательства к агенту.</translation>
    </message>
    <message>
        <source>Threats, personal or professional</source>
        <translation>Угрозы, личные или профессиональные</translation>
    </message>
    <message>
        <source>Threats of violence, chargebacks or bank disputes, legal action, getting an agent disciplined or fired, exposing an agent, public shaming, emotional blackmail.</source>
        <translation>Угрозы насилием, чарджбэком или банковским спором, судом, наказанием или увольнением агента, раскрытием его личности, публичным позором; эмоциональный шантаж.</translation>
    </message>
    <message>
        <source>A history of bad behaviour with no sign of change</source>
        <translation>Систематическое плохое поведение без признаков изменения</translation>
    </message>
    <message>
        <source>Incidents on several days in several conversations, continuing after warnings. Backed by the incidents of the other criteria when the pattern rule is met.</source>
        <translation>Инциденты в разные дни и в разных диалогах, продолжающиеся после предупреждений. Подкрепляется инцидентами по другим критериям, если выполнено правило систематичности.</translation>
    </message>
    <message>
        <source>Manager&apos;s callback</source>
        <translation>Звонок руководителя</translation>
    </message>
    <message>
        <source>A manager calls the customer back the next day to explain what is not acceptable.</source>
        <translation>На следующий день руководитель перезванивает клиенту и объясняет, что недопустимо.</translation>
    </message>
    <message>
        <source>Specialist routing</source>
        <translation>Передача специалистам</translation>
    </message>
    <message>
        <source>The customer&apos;s contacts are routed to a specialist team.</source>
        <translation>Обращения клиента направляются специальной команде.</translation>
    </message>
    <message>
        <source>Email-only contact</source>
        <translation>Только email</translation>
    </message>
    <message>
        <source>Contact by email only; no more phone or chat.</source>
        <translation>Связь только по email; телефон и чат больше недоступны.</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>Прекращение отношений</translation>
    </message>
    <message>
        <source>The relationship ends; the account is handed over to legal.</source>
        <translation>Отношения прекращаются; аккаунт передаётся юристам.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Flag categories that back it</source>
        <translation>Категории меток для обоснования</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Ступень</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что происходит</translation>
    </message>
    <message>
        <source>hate, threat_violence</source>
        <translation>hate, threat_violence</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> conversations</source>
        <translation> диалогах</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить ступень</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Убрать последнюю</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
    <message>
        <source>Grounds for ending the relationship</source>
        <translation>Основания для прекращения отношений</translation>
    </message>
    <message>
        <source>Warning ladder, one step per offence</source>
        <translation>Шкала предупреждений, одна ступень на нарушение</translation>
    </message>
    <message>
        <source>Skip the ladder for:</source>
        <translation>В обход шкалы:</translation>
    </message>
    <message>
        <source>incidents on at least</source>
        <translation>инциденты минимум в</translation>
    </message>
    <message>
        <source>in at least</source>
        <translation>и минимум в</translation>
    </message>
    <message>
        <source>A pattern, not a bad day:</source>
        <translation>Система, а не один плохой день:</translation>
    </message>
    <message>
        <source>Refund, unasked:</source>
        <translation>Возврат без запроса:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>How a customer exports their data, for the letter</source>
        <translation>Как клиент может выгрузить свои данные (для письма)</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Скан подписи</translation>
    </message>
    <message>
        <source> min per message</source>
        <translation> мин на сообщение</translation>
    </message>
    <message>
        <source>Company (letterhead)</source>
        <translation>Компания (бланк письма)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation>Выгрузка данных:</translation>
    </message>
    <message>
        <source>Who signs the letter</source>
        <translation>Кто подписывает письмо</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Изображение подписи:</translation>
    </message>
    <message>
        <source>You and the cost of support</source>
        <translation>Вы и стоимость поддержки</translation>
    </message>
    <message>
        <source>Your name (audit trail):</source>
        <translation>Ваше имя (журнал аудита):</translation>
    </message>
    <message>
        <source>Average handle time:</source>
        <translation>Среднее время обработки:</translation>
    </message>
    <message>
        <source>Hourly cost of an agent:</source>
        <translation>Стоимость часа агента:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Загружаем настройки…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database in use&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;To use another one (a file, or a PostgreSQL database shared by the team), choose File › Open Database…, or start the app with &lt;code&gt;--db URL&lt;/code&gt; or the &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt; environment variable.</source>
        <translation>&lt;b&gt;Текущая база данных&lt;/b&gt;&lt;br&gt;{url}&lt;br&gt;&lt;br&gt;Чтобы выбрать другую (файл или общую для команды базу PostgreSQL), выберите Файл › Открыть базу данных… или запустите приложение с &lt;code&gt;--db URL&lt;/code&gt; либо переменной окружения &lt;code&gt;BREAKUP_DESK_DB&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Company and signatory</source>
        <translation>Компания и подписант</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>You and costs</source>
        <translation>Вы и затраты</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The policy has a mistake</source>
        <translation>В политике ошибка</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>Не удалось прочитать настройки</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>leave empty: months × monthly amount</source>
        <translation>пусто: месяцы × сумма в месяц</translation>
    </message>
    <message>
        <source>The contract was checked with legal (needed for business customers)</source>
        <translation>Договор проверен юристами (обязательно для бизнес-клиентов)</translation>
    </message>
    <message>
        <source>Refund (months):</source>
        <translation>Возврат (мес.):</translation>
    </message>
    <message>
        <source>Monthly amount:</source>
        <translation>Сумма в месяц:</translation>
    </message>
    <message>
        <source>Refund total:</source>
        <translation>Сумма возврата:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Service ends on:</source>
        <translation>Обслуживание до:</translation>
    </message>
    <message>
        <source>Data export:</source>
        <translation>Выгрузка данных:</translation>
    </message>
    <message>
        <source>Total refund: {total} {currency}</source>
        <translation>Всего к возврату: {total} {currency}</translation>
    </message>
    <message>
        <source>Someone else changed case #{id} since you opened it, so your terms were not saved. The case now says: {terms}. Press Next to save yours instead.</source>
        <translation>Кто-то другой изменил кейс №{id}, пока он был у вас открыт, поэтому ваши условия не сохранены. Сейчас в кейсе: {terms}. Нажмите «Далее», чтобы сохранить ваши.</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>Record a warning that was given by phone, email or in person</source>
        <translation>Зафиксировать предупреждение, выданное по телефону, email или лично</translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation>кто выдал</translation>
    </message>
    <message>
        <source>what the customer was told, in a sentence or two</source>
        <translation>что сказали клиенту, в одном-двух предложениях</translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation>Зафиксировать</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Кто выдал:</translation>
    </message>
    <message>
        <source>Ladder step:</source>
        <translation>Ступень шкалы:</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Что было сказано:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) on record.</source>
        <translation>
            <numerusform>Зафиксировано %Ln предупреждение.</numerusform>
            <numerusform>Зафиксировано %Ln предупреждения.</numerusform>
            <numerusform>Зафиксировано %Ln предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step {step} was</source>
        <translation>Ступень {step} не применялась</translation>
    </message>
    <message>
        <source>Steps {steps} and {last} were</source>
        <translation>Ступени {steps} и {last} не применялись</translation>
    </message>
    <message>
        <source>{which} never given, and nothing in the evidence lets the case skip the ladder. The leadership brief shows this; if a warning was given by phone, record it below.</source>
        <translation>{which}, и ничто в доказательствах не позволяет кейсу обойти шкалу. Это будет видно в справке для руководства; если предупреждение было дано по телефону, зафиксируйте его ниже.</translation>
    </message>
    <message>
        <source>Every step before the last was given.</source>
        <translation>Все ступени до последней выданы.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Зафиксировано.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Breakup Desk</source>
        <translation>Добро пожаловать в Breakup Desk</translation>
    </message>
    <message>
        <source>Breakup Desk shows, with your own helpdesk data, when one customer&apos;s behaviour has become a problem for the whole team, builds the case for leadership, and helps you write a calm, final letter.

Start by importing an export from your helpdesk (Zendesk, Freshdesk, Help Scout, Intercom, Front, an email archive or a CSV), or look around with the demo data of a fictional company.</source>
        <translation>Breakup Desk на данных вашего же хелпдеска показывает, когда поведение одного клиента стало проблемой для всей команды, собирает кейс для руководства и помогает написать спокойное, окончательное письмо.

Начните с импорта выгрузки из хелпдеска (Zendesk, Freshdesk, Help Scout, Intercom, Front, почтовый архив или CSV) или осмотритесь на демо-данных вымышленной компании.</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Импортировать выгрузку…</translation>
    </message>
    <message>
        <source>Try the demo data</source>
        <translation>Попробовать демо-данные</translation>
    </message>
    <message>
        <source>Reviews due:</source>
        <translation>Пора провести проверки:</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>due {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>срок был {date} (%n день назад)</numerusform>
            <numerusform>срок был {date} (%n дня назад)</numerusform>
            <numerusform>срок был {date} (%n дней назад)</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}, case #{case}</source>
        <translation>{customer}, кейс №{case}</translation>
    </message>
    <message>
        <source>review the restriction given on {date} (step {step})</source>
        <translation>пересмотреть ограничение от {date} (ступень {step})</translation>
    </message>
    <message>
        <source>hold the review or appeal the letter promised</source>
        <translation>провести пересмотр или рассмотреть апелляцию, обещанные в письме</translation>
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
        <translation>Возврат — от 0 до 36 месяцев.</translation>
    </message>
    <message>
        <source>The refund total is not a number.</source>
        <translation>Сумма возврата — не число.</translation>
    </message>
    <message>
        <source>Type the monthly amount or the refund total.</source>
        <translation>Введите ежемесячную сумму или общую сумму возврата.</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>Возврат не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The refund total is too large.</source>
        <translation>Сумма возврата слишком велика.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, such as USD or EUR.</source>
        <translation>Валюта — трёхбуквенный код, например USD или EUR.</translation>
    </message>
    <message>
        <source>Choose the date the service ends.</source>
        <translation>Выберите дату прекращения обслуживания.</translation>
    </message>
    <message>
        <source>The service cannot end in the past.</source>
        <translation>Обслуживание не может закончиться в прошлом.</translation>
    </message>
    <message>
        <source>Say how the customer can export their data.</source>
        <translation>Укажите, как клиент может выгрузить свои данные.</translation>
    </message>
    <message>
        <source>Confirm that the contract was checked with legal (business customers).</source>
        <translation>Подтвердите, что договор проверен юристами (для бизнес-клиентов).</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>В письме нет текста.</translation>
    </message>
    <message>
        <source>No evidence backs any criterion yet: add quotes of the customer&apos;s messages from their page first.</source>
        <translation>Пока ни один критерий не подкреплён доказательствами: сначала добавьте цитаты из сообщений клиента на его странице.</translation>
    </message>
    <message>
        <source>No evidence backs {titles}: do not claim it.</source>
        <translation>Критерий «{titles}» не подкреплён доказательствами: не заявляйте его.</translation>
    </message>
    <message>
        <source>Tick at least one criterion that the evidence backs.</source>
        <translation>Отметьте хотя бы один критерий, подкреплённый доказательствами.</translation>
    </message>
    <message>
        <source>The pattern rule is not met (incidents {counts}; the policy asks for {minimum}). One bad day is not a pattern: add incidents from other days.</source>
        <translation>Правило систематичности не выполнено (инциденты {counts}; политика требует: {minimum}). Один плохой день — ещё не система: добавьте инциденты за другие дни.</translation>
    </message>
    <message>
        <source>Give the approver&apos;s name and title.</source>
        <translation>Укажите имя и должность руководителя, принимающего решение.</translation>
    </message>
    <message>
        <source>Choose the decision: approve or decline.</source>
        <translation>Выберите решение: одобрить или отклонить.</translation>
    </message>
    <message>
        <source>Answer whether reasonable adjustments were considered.</source>
        <translation>Ответьте, рассматривались ли разумные уступки.</translation>
    </message>
    <message>
        <source>The case cannot be approved until reasonable adjustments for the customer&apos;s disability or circumstances have been considered.</source>
        <translation>Кейс нельзя одобрить, пока не рассмотрены разумные уступки с учётом инвалидности или обстоятельств клиента.</translation>
    </message>
    <message>
        <source>{days} {conversations}</source>
        <translation>{days} {conversations}</translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s)</source>
        <translation>
            <numerusform>в %n диалоге</numerusform>
            <numerusform>в %n диалогах</numerusform>
            <numerusform>в %n диалогах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n day(s)</source>
        <translation>
            <numerusform>не менее %n дня</numerusform>
            <numerusform>не менее %n дней</numerusform>
            <numerusform>не менее %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in at least %n conversation(s)</source>
        <translation>
            <numerusform>не менее чем в %n диалоге</numerusform>
            <numerusform>не менее чем в %n диалогах</numerusform>
            <numerusform>не менее чем в %n диалогах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriterWaitBar</name>
    <message>
        <source>Waiting for another writer…</source>
        <translation>Ожидаем доступа к записи…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Another import or window is writing to {database}</source>
        <translation>В {database} сейчас пишет другой импорт или окно</translation>
    </message>
</context>
</TS>
