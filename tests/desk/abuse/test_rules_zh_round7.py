"""Issue #19 round 7, Chinese: families, on variants written for this test (not the dev4/dev5
sentences). Traditional characters (Taiwan, Hong Kong) are read as Simplified before the rules
run, so every rule of the pack holds for "你這個廢物" as for "你这个废物"; Cantonese and
Taiwanese insults, pinyin initials; a bank or payment platform next to undoing a payment; the
legal bodies of Taiwan and Hong Kong; asking the company to dismiss "this person"; a forum or
newspaper named; settling scores; "if anything happens to me, you answer for it". A disclaimer
("已经退回了") no longer lowers a threat when what follows takes it back ("我根本没收到").
The hard negatives share their words: "退单" is also a cancelled order, "下班路上注意安全" is
said kindly, a region or a man asked for without contempt.

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from desk.abuse import zh_traditional
from desk.abuse.learned.features import normalise
from tests.desk.abuse.rule_cases import abuse_found


def test_traditional_characters_are_read_as_simplified_one_for_one() -> None:
    text = "你這個廢物，連個退款都搞不定，等著瞧！"
    simplified = zh_traditional.to_simplified(text)
    assert simplified == "你这个废物，连个退款都搞不定，等着瞧！"
    assert len(simplified) == len(text)  # spans stay offsets into the stored text
    assert zh_traditional.to_simplified("你这个废物") == "你这个废物"  # Simplified unchanged
    assert zh_traditional.to_simplified("hello, idiot") == "hello, idiot"
    assert normalise("妳這個白癡") == normalise("你这个白痴")  # the learned model's view too


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Traditional characters, caught by the Simplified rules of earlier rounds
        ("妳這個白癡客服，到底有沒有在聽？", "harassment"),
        ("你們這群廢物，拿錢不做事。", "harassment"),
        ("我已經請了律師，準備提告，等著收法院傳票吧。", "threat_legal"),
        ("再讓我遇到你，我一定打斷你的腿。", "threat_violence"),
        ("你們再不退錢，我就從樓上跳下去。", "emotional_blackmail"),
        # Cantonese, Taiwanese and pinyin insults
        ("你个扑街，退款都搞唔掂。", "harassment"),
        ("客服是北七嗎？講了三遍還不懂。", "harassment"),
        ("cnm 又让我等", "harassment"),
        ("你这种人也配当客服？", "harassment"),
        ("那个叫小美的客服就是个垃圾，什么都不会", "harassment"),
        ("你们这些客服都是一群吃屎的", "harassment"),
        # a region, "大陆/台湾/香港" or a gender with contempt
        ("香港人來的就是難搞，換個本地人。", "hate"),
        ("女的懂个屁，叫你们男的来。", "hate"),
        ("台巴子客服说话就是嗲，恶心。", "hate"),
        ("乡下出来的就是没规矩，换个人来。", "hate"),
        # a bank or platform next to undoing a payment
        ("我會叫銀行把這筆款項凍結，你們一分錢都拿不到。", "threat_financial"),
        ("不退的話我就申請退單。", "threat_financial"),
        ("我找花呗申诉说我没收到货，看你们怎么办。", "threat_financial"),
        ("微信支付那边我会投诉你们商户，让他们把钱划回给我", "threat_financial"),
        # legal bodies, hotlines, "to the end"
        ("我要去消保官那邊申訴你們。", "threat_legal"),
        ("我打12345市民热线投诉你们", "threat_legal"),
        ("我要上诉到底，你们等着", "threat_legal"),
        ("我直接去派出所报案，说你们诈骗。", "threat_legal"),
        # the job
        ("我會讓你主管知道你是怎麼對待客人的，等著被處分吧。", "threat_job"),
        ("你的工號我記下了，明天你就不用來了。", "threat_job"),
        ("我認識你們老闆，一通電話你就完了。", "threat_job"),
        ("我会投诉到你们领导那，看你还干不干得下去", "threat_job"),
        ("我保证让你这个月白干", "threat_job"),
        # exposure
        ("你女儿在哪个小学读书我都知道。", "threat_expose"),
        ("我已經找到你的IG了，照片拍得不錯嘛。", "threat_expose"),
        ("你的工牌照片我拍下来了，回头发网上", "threat_expose"),
        ("我找人查了你的手机号，你家是不是在海淀", "threat_expose"),
        # public shaming
        ("我會把對話截圖發到Dcard，讓大家看看。", "threat_public_shaming"),
        ("我要去連登開post鬧你們。", "threat_public_shaming"),
        ("我会写篇避雷文发在小红书。", "threat_public_shaming"),
        ("我要在抖音上直播你们的服务态度", "threat_public_shaming"),
        # violence
        ("你給我小心一點，下班路上注意安全。", "threat_violence"),
        ("我迟早找你算账。", "threat_violence"),
        ("你以为我不敢动你？", "threat_violence"),
        ("我会让你付出代价的", "threat_violence"),
        ("我这就提刀去你们店里", "threat_violence"),
        # emotional blackmail
        ("我被你們逼得快瘋了，出了事你們負責。", "emotional_blackmail"),
        ("我爸等这笔钱做手术，他要是有个三长两短，你们就是凶手。", "emotional_blackmail"),
        ("我有心脏病，你们再气我，我出事了你们担得起吗", "emotional_blackmail"),
        ("我孩子都没钱吃饭了，你们还有没有良心", "emotional_blackmail"),
        # the second batch of families
        ("你笨成这副德行，谁招你进来的", "harassment"),
        ("你们客服的智商真让人捉急", "harassment"),
        ("你个憨货，我说的是退款不是换货", "harassment"),
        ("你肯定转不了正，我说到做到", "threat_job"),
        ("我跟你们老总是老同学，你等着", "threat_job"),
        ("你胸牌上的名字我拍下了", "threat_expose"),
        ("我发个帖子，你们就等着被网暴吧", "threat_public_shaming"),
        ("你晚上最好别一个人回家", "threat_violence"),
        ("让我抓到你，你就横着出去", "threat_violence"),
        ("惹急了我啥都干得出来", "threat_violence"),
        ("我现在就站在江边，你们不退钱我就下去", "emotional_blackmail"),
        ("我老公脾气暴，他说要来找你们算账，我可管不住", "threat_violence"),
        # chat: curses, platforms, regulators' short names, doxxing slang
        ("客服死全家", "harassment"),
        ("不退钱我去投诉到支付宝", "threat_financial"),
        ("再不退我让银行冻结你们账户", "threat_financial"),
        ("市监局见", "threat_legal"),
        ("我要去通管局投诉你们", "threat_legal"),
        ("等着被开吧你", "threat_job"),
        ("信不信我给你开盒", "threat_expose"),
        ("我找人社工你", "threat_expose"),
        ("我发条微博骂你们", "threat_public_shaming"),
        ("等着挨揍吧", "threat_violence"),
        ("我要是出事你们全家负责", "emotional_blackmail"),
    ],
)
def test_round7_phrasings_are_caught_and_named(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "zh")}, abuse_found(text, "zh")


@pytest.mark.parametrize(
    "text",
    [
        "你们客服说钱已经退回了，我根本没收到，明天不到账我就去银行拒付。",
        "说是已经到账了，骗谁呢？再不退钱我就找律师起诉你们。",
        "已经到账的那笔不算，剩下的三百块再不退，我就申请拒付。",
    ],
)
def test_a_disclaimer_taken_back_does_not_lower_the_threat(text: str) -> None:
    assert abuse_found(text, "zh")


@pytest.mark.parametrize(
    "text",
    [
        "請問你們的退貨地址在哪裡？",
        "這個App真的很爛，一直閃退。",
        "我朋友說你們客服是白癡，但我覺得妳人很好。",
        "我不會去申請退單的，放心。",
        "銀行已經把爭議撤銷了，你們可以重新扣款。",
        "我會在PTT寫一篇好評推薦你們。",
        "我是香港人，能寄到香港嗎？",
        "我想申请退单，因为拍错了尺码，还没发货吧？",
        "这笔交易我想撤销，重新下单",
        "下班路上注意安全哦，辛苦了",
        "我写了一篇长文测评，发在知乎了，给你们五星",
        "活不下去了，这天太热了哈哈，空调快点装吧",
        "我是检察院的，单位要采购一批打印纸",
        "我会跟领导汇报一下，再联系你们。",
        "你的工号是多少？我想写封表扬信",
        "我在业主群里推荐了你们家的空调。",
        "这个垃圾袋质量太差了，一拉就破",
        "请把视频剪成三十秒的版本发给我。",
        "一分钱都没到账，能查一下吗",
        "我想找你们算一下运费",
        "三长两短的事谁也说不准，所以我想买个保险",
        "消协说根据消费者权益保护法我有权退款。",
        "你好，退款申请4269638一直显示审核中。",
        "我没打算去银行拒付，先等你们处理。",
        "我拦不住我女儿，她非要再买一个。",
        "我明天去你们门店办业务，到时候找你。",
        "我站在门口等快递半天了。",
        "盲盒开出来是空的，开盒视频我拍了",
        "我发条微博夸夸你们",
        "我工商银行的卡能付吗",
        "我想冻结我的会员账户",
        "我是湾湾的，能寄到台中吗？",
        "我是山东人，一听口音就知道吧哈哈",
        "本以为是靠颜值，没想到还有良心讲法",
    ],
)
def test_round7_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "zh") == []
