"""Issue #19 round 4, Chinese: threats said without the pack's stock words (a bank or
regulator named, the agent's car, child or habits described, self-harm as leverage), hate
without a slur and insults about a named agent are caught by the rules, with the words a
manager would quote; the hard negatives that share those words stay unflagged.

The phrasings are new (not lines of the training, dev, support or holdout files), so these
tests fail on the round-3 pack and pass on this one.
"""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("今晚我叫上几个兄弟过去，跟你好好聊聊。", "threat_violence", "叫上几个兄弟过去"),
        ("下班别让我碰上你，我这拳头可不认人。", "threat_violence", "拳头可不认人"),
        ("你那辆车停哪我知道，划几道你就心疼了。", "threat_violence", "你那辆车停哪我知道，划几道"),
        ("我会让你们主管把你调走，以后别在这干了。", "threat_job", "把你调走"),
        ("你这个月的奖金就别想要了，等着吧。", "threat_job", "你这个月的奖金就别想"),
        ("这事没完，咱们仲裁庭见。", "threat_legal", "仲裁庭见"),
        ("我已经去工信部申诉了你们乱扣费，等着被处罚吧。", "threat_legal", "去工信部申诉"),
        ("我会告诉广发这笔是盗刷，让他们把钱追回。", "threat_financial", "告诉广发这笔是盗刷"),
        ("我知道你儿子在哪个幼儿园，你自己想想。", "threat_expose", "知道你儿子在哪"),
        ("你的抖音号我已经找到了，挺好认的。", "threat_expose", "你的抖音号我已经找到"),
        ("不给我退钱，我就把这事发到抖音，让几十万人看看。", "threat_public_shaming", "发到抖音"),
        ("你们再拖下去，我就从天台跳下去，你们负责。", "emotional_blackmail", "跳下去"),
        ("你们东北人就是嘴上厉害，办事一点不行。", "hate", "东北人就是"),
        ("一个小姑娘懂什么，叫个男的来。", "hate", "小姑娘懂什么"),
        ("你们的小李简直就是头猪。", "harassment", "简直就是头猪"),
        ("你们不退，我就把事情闹大，看你们怎么收场。", "threat_public_shaming", "把事情闹大"),
        ("单子的截图我全都留着，我们法律上见。", "threat_legal", "法律上见"),
    ],
)
def test_round4_phrasings_are_caught_with_their_words(text: str, category: str, span: str) -> None:
    found = abuse_found(text, "zh", zh_model=True)
    assert (category, span) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "我家天台的太阳能热水器漏水了，能派师傅来看看吗？",  # 天台, not a threat to jump
        "我知道你每天要接很多电话，不着急，慢慢查。",  # the agent's day, said kindly
        "我打算在大众点评写一下这次经历，好的坏的都会写。",  # an honest review
        "热搜上说你们在搞活动，是真的吗？",  # a trending topic, no leverage
        "这个bug真是欠收拾，修了三次还在。",  # anger at the software
        "你们客服说话太有人性了，点赞。",  # praise
        "我女儿在读三年级，想给她买个学习平板，哪款合适？",  # the customer's own child
        "我想查一下这笔交易是不是未授权的，我不记得买过。",  # a question, not a dispute threat
        "仲裁委那边通知我下周三调解，你们会派人来吗？",  # a dispute already filed
        "不用找律师，这点小事你们改一下就好。",  # a lawyer declined ("不用" negates)
        "我把聊天记录截图发给你们，方便核对。",  # screenshots sent to the company itself
        "我是河南人，能发货到郑州吗？",  # a region named by the customer about themself
        "这条命都是医生救回来的，现在身体好了想续保。",  # no leverage in it
        "我会在知乎写个测评，好的坏的都写。",  # a review promised without leverage
        "你工牌上的名字挺特别的，谢谢你帮我。",  # the agent's badge, read kindly
    ],
)
def test_round4_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "zh", zh_model=True) == []
