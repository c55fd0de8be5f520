"""Phrase banks for the demo data, written for each language (not translated word for word)."""

from __future__ import annotations

LANGUAGES = ("en", "es", "ru", "zh", "sv")
LOCALES = {"en": "en-US", "es": "es-ES", "ru": "ru", "zh": "zh-CN", "sv": "sv"}
TIME_ZONES = {
    "en": "America/New_York",
    "es": "Europe/Madrid",
    "ru": "Europe/Moscow",
    "zh": "Asia/Shanghai",
    "sv": "Europe/Stockholm",
}

FIRST_NAMES = {
    "en": (
        "Emma",
        "Liam",
        "Olivia",
        "Noah",
        "Ava",
        "James",
        "Sophia",
        "Lucas",
        "Mia",
        "Ethan",
        "Grace",
        "Henry",
        "Chloe",
        "Owen",
        "Ruby",
        "Isaac",
    ),
    "es": ("Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Pablo", "Valeria", "Álvaro", "Carmen"),
    "ru": ("Анна", "Дмитрий", "Мария", "Алексей", "Екатерина", "Иван", "Ольга", "Сергей"),
    "zh": ("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "杰"),
    "sv": ("Elsa", "Oskar", "Maja", "William", "Alva", "Hugo", "Astrid", "Nils", "Saga"),
}
LAST_NAMES = {
    "en": (
        "Smith",
        "Johnson",
        "Brown",
        "Taylor",
        "Wilson",
        "Clarke",
        "Walker",
        "Hughes",
        "Patel",
        "Murphy",
        "Bennett",
        "Foster",
    ),
    "es": ("García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"),
    "ru": ("Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Новикова"),
    "zh": ("王", "李", "张", "刘", "陈", "杨", "黄", "赵"),
    "sv": ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Lindqvist"),
}
RU_FEMININE = frozenset({"Анна", "Мария", "Екатерина", "Ольга"})
RU_FEMININE_SURNAME = {"Смирнов": "Смирнова", "Попов": "Попова", "Лебедев": "Лебедева"}
RU_MASCULINE_SURNAME = {
    "Иванова": "Иванов",
    "Кузнецова": "Кузнецов",
    "Соколова": "Соколов",
    "Новикова": "Новиков",
}
ASCII_NAMES = {  # for email addresses, matching FIRST_NAMES by position
    "ru": ("anna", "dmitry", "maria", "alexey", "ekaterina", "ivan", "olga", "sergey"),
    "zh": ("wei", "fang", "na", "min", "jing", "qiang", "lei", "yang", "yan", "jie"),
}

SUBJECTS = {
    "en": (
        "Bank feed stopped syncing",
        "Invoice total looks wrong",
        "Cannot log in",
        "VAT report question",
        "Export to CSV fails",
        "Duplicate transactions",
        "Change of billing address",
        "Receipt upload error",
        "Payroll export",
    ),
    "es": (
        "La conexión bancaria no sincroniza",
        "Error en el total de la factura",
        "No puedo iniciar sesión",
        "Duda sobre el informe de IVA",
        "Falla la exportación",
    ),
    "ru": (
        "Не синхронизируется банковская выписка",
        "Неверная сумма в счёте",
        "Не могу войти в аккаунт",
        "Вопрос по отчёту НДС",
        "Ошибка экспорта",
    ),
    "zh": ("银行流水无法同步", "发票金额有误", "无法登录", "关于增值税报表的问题", "导出失败"),
    "sv": (
        "Bankkopplingen synkar inte",
        "Fel belopp på fakturan",
        "Kan inte logga in",
        "Fråga om momsrapporten",
        "Exporten misslyckas",
    ),
}

GREETINGS = {
    "en": ("Hi,", "Hello,", "Hi there,", "Good morning,", ""),
    "es": ("Hola,", "Buenos días,", "Buenas tardes,", ""),
    "ru": ("Здравствуйте!", "Добрый день!", "Привет,", ""),
    "zh": ("你好，", "您好，", ""),
    "sv": ("Hej!", "Hej,", "God morgon,", ""),
}
PROBLEMS = {
    "en": (
        "my bank feed has not synced since Monday.",
        "the total on invoice {n} doesn't match the line items.",
        "I can't log in, the password reset email never arrives.",
        "the VAT report shows a different figure than last quarter.",
        "exporting my ledger to CSV gives an empty file.",
        "some transactions appear twice after the last import.",
        "I need to change the billing address on my account.",
        "uploading receipts from my phone fails with an error.",
    ),
    "es": (
        "mi conexión bancaria no se sincroniza desde el lunes.",
        "el total de la factura {n} no coincide con las líneas.",
        "no puedo entrar, el correo para restablecer la contraseña no llega.",
        "el informe de IVA no cuadra con el trimestre anterior.",
        "al exportar el libro mayor a CSV sale un archivo vacío.",
    ),
    "ru": (
        "банковская выписка не синхронизируется с понедельника.",
        "сумма в счёте {n} не совпадает с позициями.",
        "не могу войти, письмо для сброса пароля не приходит.",
        "отчёт по НДС расходится с прошлым кварталом.",
        "при экспорте книги в CSV получается пустой файл.",
    ),
    "zh": (
        "我的银行流水从周一开始就没有同步。",
        "发票{n}的总额和明细对不上。",
        "我登录不了，重置密码的邮件一直收不到。",
        "增值税报表和上个季度的数字不一致。",
        "把账簿导出为CSV时得到的是空文件。",
    ),
    "sv": (
        "min bankkoppling har inte synkat sedan i måndags.",
        "totalsumman på faktura {n} stämmer inte med raderna.",
        "jag kan inte logga in, mejlet för att återställa lösenordet kommer aldrig.",
        "momsrapporten visar en annan siffra än förra kvartalet.",
        "när jag exporterar huvudboken till CSV blir filen tom.",
    ),
}
DETAILS = {
    "en": (
        "I've already tried logging out and back in.",
        "Screenshot attached.",
        "It worked fine last month.",
        "Could you take a look?",
        "",
    ),
    "es": (
        "Ya he probado a cerrar sesión y volver a entrar.",
        "Adjunto una captura.",
        "El mes pasado funcionaba bien.",
        "",
    ),
    "ru": (
        "Я уже пробовал выйти и зайти снова.",
        "Скриншот во вложении.",
        "В прошлом месяце всё работало.",
        "",
    ),
    "zh": ("我已经试过退出再重新登录。", "截图见附件。", "上个月还是好的。", ""),
    "sv": (
        "Jag har redan provat att logga ut och in igen.",
        "Skärmdump bifogad.",
        "Det fungerade bra förra månaden.",
        "",
    ),
}
CLOSINGS = {
    "en": ("Thanks!", "Thanks for your help.", "Best regards,", "Cheers,"),
    "es": ("¡Gracias!", "Un saludo.", "Gracias de antemano."),
    "ru": ("Спасибо!", "С уважением.", "Заранее спасибо."),
    "zh": ("谢谢！", "麻烦了。", "谢谢你们的帮助。"),
    "sv": ("Tack!", "Vänliga hälsningar.", "Tack på förhand."),
}
AGENT_REPLIES = {
    "en": (
        "Thanks for reaching out. I've looked into this and fixed the sync; it should update "
        "within the hour.",
        "Sorry about that. I've corrected the invoice and sent a new copy.",
        "I've reset the login for you; please check your inbox (and spam folder).",
        "Thanks for your patience. Our engineers are on it and I'll update you tomorrow.",
    ),
    "es": (
        "Gracias por escribirnos. Ya he revisado la sincronización y debería actualizarse en "
        "una hora.",
        "Disculpe las molestias, he corregido la factura y le envío una copia.",
        "Gracias por su paciencia; el equipo técnico lo está revisando.",
    ),
    "ru": (
        "Спасибо за обращение. Я проверил синхронизацию, данные обновятся в течение часа.",
        "Извините за неудобства, я исправил счёт и отправил новую копию.",
        "Спасибо за терпение, наши инженеры уже занимаются этим.",
    ),
    "zh": (
        "感谢您的反馈，我已经检查并修复了同步问题，一小时内会更新。",
        "抱歉给您带来不便，发票已更正并重新发送给您。",
        "感谢您的耐心，我们的工程师正在处理。",
    ),
    "sv": (
        "Tack för att du hörde av dig. Jag har rättat synken, den bör uppdateras inom en timme.",
        "Förlåt för besväret, jag har rättat fakturan och skickat en ny.",
        "Tack för ditt tålamod, våra utvecklare tittar på det.",
    ),
}
INTERNAL_NOTES = (
    "Checked the logs: sync token expired.",
    "Escalated to tier 2.",
    "Customer on the legacy plan; see billing notes.",
)

CIVIL = {
    "en": (
        "This is not good enough, it keeps happening.",
        "I am very disappointed with your service.",
        "Third time I report this bug!!! Please escalate it.",
        "Your product is letting my team down and I expect a proper fix, not another workaround.",
        "I want a manager to look at this, the answers so far have not solved anything.",
    ),
    "es": (
        "Esto no es aceptable, sigue pasando una y otra vez.",
        "Estoy muy decepcionado con su servicio.",
        "¡¡Es la tercera vez que informo de este error!! Por favor, escálenlo.",
    ),
    "ru": (
        "Это никуда не годится, проблема повторяется снова и снова.",
        "Я очень разочарован вашим сервисом.",
        "Уже третий раз сообщаю об этой ошибке!!! Передайте, пожалуйста, выше.",
    ),
    "zh": (
        "这样不行，问题一再发生。",
        "我对你们的服务非常失望。",
        "这个问题我已经是第三次报告了！！！请尽快升级处理。",
    ),
    "sv": (
        "Det här är inte okej, det händer hela tiden.",
        "Jag är mycket besviken på er service.",
        "Tredje gången jag rapporterar det här felet!!! Eskalera det, tack.",
    ),
}

# The planted customer, by phase of his escalation.
PASSIVE_AGGRESSIVE = (
    "As I have explained three times already, the bank feed is still broken.",
    "Per my last email, which apparently nobody read: the invoice is still wrong.",
    "I'm sure you're very busy, but perhaps someone could actually read my message this time.",
    "Not sure why I have to repeat myself, but here we go again.",
    "Thanks for nothing, I suppose. The export still fails.",
)
INSULTS = {
    "en": (
        "You are useless.",
        "Are you an idiot? I told you this already.",
        "You're completely incompetent, you idiot.",
        "What a pathetic excuse for support, you clown.",
    ),
    "es": (
        "Es usted un inútil.",
        "¿Es usted idiota? Ya se lo he dicho.",
        "Eres un incompetente y un imbécil.",
    ),
    "ru": (
        "Вы совершенно бесполезны.",
        "Вы идиот? Я уже это объяснял.",
        "Вы некомпетентный идиот.",
    ),
    "zh": ("你真是个废物。", "你是白痴吗？我已经说过了。", "你这个蠢货，什么都不会。"),
    "sv": (
        "Du är helt värdelös.",
        "Är du idiot? Jag har redan sagt det.",
        "Din inkompetenta idiot.",
    ),
}
THREATS = {
    "threat_financial": {
        "en": "I will file a chargeback with my bank and dispute every single charge.",
        "es": "Voy a pedir un contracargo a mi banco y disputar todos los cobros.",
        "ru": "Я оформлю чарджбэк в банке и оспорю все списания.",
        "zh": "我会向银行申请拒付，并对所有扣款提出争议。",
        "sv": "Jag kommer att göra en chargeback via banken och bestrida varenda debitering.",
    },
    "threat_job": {
        "en": "I will contact your CEO to have you disciplined, and I'll make sure you get fired.",
        "es": "Voy a escribir a su director general para que lo sancionen; haré que lo despidan.",
        "ru": "Я напишу вашему генеральному директору, чтобы вас наказали и уволили.",
        "zh": "我会联系你们的CEO，让你受到处分，我一定让你被开除。",
        "sv": (
            "Jag ska kontakta er vd så att du får en varning, "
            "och jag ska se till att du får sparken."
        ),
    },
    "threat_legal": {
        "en": "My lawyer will be in touch. Expect legal action, I am suing you.",
        "es": "Mi abogado se pondrá en contacto con ustedes. Los voy a demandar.",
        "ru": "Мой адвокат свяжется с вами. Я подам на вас в суд.",
        "zh": "我的律师会联系你们，我要起诉你们。",
        "sv": "Min advokat kommer att kontakta er. Jag stämmer er.",
    },
    "threat_expose": {
        "en": "I know your full name and where you live, and I'll post it everywhere.",
        "es": "Sé su nombre completo y dónde vive, y lo voy a publicar en todas partes.",
        "ru": "Я знаю ваше полное имя и где вы живёте, и я опубликую это везде.",
        "zh": "我知道你的全名和住址，我会把它发到网上到处都是。",
        "sv": "Jag vet ditt fullständiga namn och var du bor, och jag lägger ut det överallt.",
    },
    "threat_public_shaming": {
        "en": "I'll tell everyone on Twitter and leave one-star reviews everywhere.",
        "es": "Lo voy a contar en Twitter y dejaré reseñas de una estrella en todas partes.",
        "ru": "Я расскажу всем в соцсетях и оставлю везде отзывы с одной звездой.",
        "zh": "我会在微博上告诉所有人，到处给你们打一星差评。",
        "sv": "Jag ska berätta för alla på sociala medier och ge er ett i betyg överallt.",
    },
    "emotional_blackmail": {
        "en": "If you don't fix this today my business goes under, and it will be your fault.",
        "es": "Si no lo arreglan hoy, mi empresa quiebra y será culpa suya.",
        "ru": (
            "Если вы не исправите это сегодня, моя компания разорится, "
            "и это будет на вашей совести."
        ),
        "zh": "如果你们今天不解决，我的公司就会倒闭，这都是你的错。",
        "sv": "Om ni inte fixar det här i dag går mitt företag i konkurs, och det blir ditt fel.",
    },
}
