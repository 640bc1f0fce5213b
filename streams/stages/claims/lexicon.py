"""Word lists of reported speech in English news: cues, speakers' roles, groups, sources.

Kept apart from the rules that use them so that adding a verb or a title is a
one-line change here and nothing else.
"""

from __future__ import annotations

from streams.stages.claims.quotes import words

CUE_FORMS = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    # Cues with an audience before their clause, as "tell" has: "assured voters that …".
    "assure": "assure assures assured assuring",
    "remind": "remind reminds reminded reminding",
    "recount": "recounts recounted recounting",
    "lament": "laments lamented lamenting",
    "email": "emailed",
    "add": "add adds added adding",
    "claim": "claims claimed claiming",
    "insist": "insist insists insisted insisting",
    "warn": "warn warns warned warning",
    "note": "note notes noted noting",
    "argue": "argue argues argued arguing",
    "explain": "explain explains explained explaining",
    "announce": "announce announces announced announcing",
    "declare": "declare declares declared declaring",
    "state": "stated stating",
    "confirm": "confirm confirms confirmed confirming",
    "deny": "deny denies denied denying",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "admit": "admit admits admitted admitting",
    "assert": "assert asserts asserted asserting",
    "allege": "allege alleges alleged alleging",
    "accuse": "accuse accuses accused accusing",
    "describe": "describe describes described describing",
    "call": "call calls called calling",
    "report": "reports reported",
    "write": "write writes wrote writing written",
    "post": "posted",
    "tweet": "tweets tweeted tweeting",
    "estimate": "estimate estimates estimated estimating",
    "forecast": "forecast forecasts",
    "advise": "advised",
    "predict": "predict predicts predicted predicting",
    "suggest": "suggest suggests suggested suggesting",
    "stress": "stress stresses stressed stressing",
    "emphasise": "emphasised emphasized emphasize emphasizes emphasizing emphasising",
    "reiterate": "reiterated",
    "maintain": "maintain maintains maintained",
    "contend": "contend contends contended",
    "believe": "believe believes believed",
    "recall": "recalls recalled recalling",
    "ask": "asks asked asking",
    "reply": "replied",
    "answer": "answered",
    "continue": "continued",
    "concede": "concede concedes conceded",
    "complain": "complain complains complained complaining",
    "observe": "observed",
    # What a poll, a study or a person's mind holds: reported as surely as speech is.
    "show": "show shows showed showing",
    "find": "find finds found",
    "indicate": "indicate indicates indicated",
    "reveal": "reveal reveals revealed",
    "conclude": "conclude concludes concluded",
    "promise": "promise promises promised promising",
    "pledge": "pledge pledges pledged pledging",
    "vow": "vow vows vowed vowing",
    "agree": "agree agrees agreed",
    "respond": "responded responds",
    "charge": "charged",
    "mention": "mentioned mentioning",
    "worry": "worry worries worried",
    "testify": "testified",
    "rule": "ruled",
    "think": "think thinks thought",
    "know": "know knows knew",
    "feel": "feel feels felt",
    "hope": "hopes hoped hoping",
    "fear": "fear fears feared fearing",
    "boast": "boast boasts boasted boasting bragged bragging",
    "joke": "jokes joked joking",
    # From PolNeAR's train split: each a gold cue at least five times (counts weighted by
    # annotators) and annotated as one in at least half of its uses there; forms whose claims
    # matched a gold attribution less than a third of the time there are left out
    # ("highlighting", "implied", "realized", "mentions", "wondering", "conceding").
    "remark": "remarked remarking",
    "caution": "cautioned",
    "comment": "commented commenting",
    "speculate": "speculate speculated",
    "wonder": "wondered",
    "interject": "interjected",
    "signal": "signaled signalled",
    "hint": "hints hinted",
    "imply": "implying",
    "retweet": "retweeted",
    "tout": "tout touts touted touting trumpeting",
    "highlight": "highlighted",
    "disclose": "disclosed",
    "repeat": "repeating",
    "remember": "remembered remembers",
    "muse": "mused",
    "opine": "opined",
    "elaborate": "elaborated",
    "clarify": "clarified",
    "reaffirm": "reaffirmed",
    "proclaim": "proclaimed",
    "utter": "uttered",
    # Ways of voicing words that attribute only the words quoted: "chanting “U-S-A!”".
    "chant": "chant chants chanted chanting",
    "sing": "sings sang singing",
    "yell": "yells yelled yelling",
    "shout": "shouts shouted shouting",
    "scream": "screams screamed screaming",
    "quip": "quips quipped",
    "scold": "scolds scolded",
    "read": "reads",
    "crack": "cracked",
    "boom": "boomed",
}
CUES: dict[str, str] = {form: lemma for lemma, forms in CUE_FORMS.items() for form in forms.split()}
# Cues whose complement needs "that" (or a quote): without it they rarely report a statement.
NEED_THAT = frozenset(
    words(
        "add tell note explain announce declare report write post tweet stress emphasise reiterate"
        " maintain recall observe complain boast joke assure remind recount lament email"
        " point-out remark caution comment speculate wonder interject signal hint imply retweet"
        " remember muse opine elaborate clarify proclaim utter"
    )
)
# Cues that report only a "that" clause right after them ("the poll showed that …"), never
# one further on ("showed a video that …"): with a noun they report no statement.
THAT_NEXT = frozenset(
    words(
        "show find indicate reveal conclude promise pledge vow agree respond charge worry"
        " testify rule"
    )
)
# Cues whose audience comes before what they report: "told reporters the plan works".
AUDIENCE_CUES = frozenset(words("tell assure remind"))
# Cues whose object is what they report: "announced a $5 million fund for the port".
NOUN_OBJECT = frozenset(
    words("announce report note explain stress mention tout highlight disclose repeat reaffirm")
)
# Of those, findings that also report a clause led by a name, a pronoun or a number.
EVIDENCE = frozenset(words("show find indicate"))
# Cues of belief that report a bare clause too ("Trump thinks he can win").
BELIEF = frozenset(words("think know feel hope fear believe"))
# Cues of voicing that only attribute a direct quote ("…," she yelled): no indirect claim of
# their own. ("ask", "reply", "answer" and "continue" report a clause too: "replied that the
# fund was empty"; on train those claims matched 0.45 of the time.)
QUOTE_ONLY = frozenset(words("chant sing yell shout scream quip scold read put crack boom"))

PRONOUNS = frozenset({"he", "she", "they", "it"})
SKIP_BEFORE = frozenset(
    words(
        "has have had also later previously earlier long repeatedly again once then now publicly"
        " privately separately reportedly recently already further would will could did does do"
        " himself herself themselves only often has also just since subsequently both however"
        " therefore too here"
    )
)
ROLE_WORDS = frozenset(
    words(
        "president minister secretary secretary-general spokesperson spokesman spokeswoman chief"
        " director adviser advisor ambassador envoy general commander governor mayor senator"
        " chancellor premier leader head official chairman chairwoman chair ceo founder analyst"
        " representative congressman congresswoman lawmaker mp prosecutor judge economist"
        " professor researcher officer admiral colonel lieutenant captain sergeant prime foreign"
        " defence defense interior finance deputy vice acting former senior top press security"
        " national intelligence military state white house council executive lead"
        " correspondent negotiator diplomat aide member engineer manager coach pundit lawyer"
        " attorney minister"
    )
)
GROUP_HEADS = frozenset(
    words(
        "countries allies nations governments leaders states partners members lawmakers parties"
        " democrats republicans ministers militaries powers capitals neighbours neighbors"
        " west"
    )
)
ANON_HEADS = frozenset(
    words(
        "official officials source sources diplomat diplomats analyst analysts expert experts"
        " witness witnesses resident residents aide aides insider insiders observer observers"
        " spokesperson spokesman spokeswoman people person critics supporters investigators"
        " authorities police doctors medics rescuers activists someone"
    )
)
ORG_HEADS = frozenset(
    words(
        "ministry government kremlin army military company agency department office court committee"
        " council party embassy commission parliament administration cabinet presidency"
        " mission bank firm group union alliance service force forces delegation board authority"
        " institute university team club regulator watchdog bureau operator airline carrier"
        " newspaper broadcaster channel network organisation organization foundation charity"
        " coalition campaign movement corporation prosecutors"
    )
)
# Documents that say things: "the report said", "the ad says", "a memo from the agency shows".
DOCUMENT_HEADS = frozenset(
    words(
        "report reports ad ads statement letter memo memos email emails document documents"
        " filing complaint lawsuit indictment ruling website book article story editorial"
        " platform tweet post video study survey poll polls analysis data records transcript"
    )
)
NP_MODIFIERS = frozenset(
    words(
        "senior top former deputy acting chief foreign defence defense military interior finance"
        " national security intelligence western several two three four some many other anonymous"
        " unnamed local regional federal state government white press ukrainian russian american"
        " european u.s us un eu nato"
    )
)
LINKS = frozenset({"of", "and", "the", "a", "an", "for", "&", "'s", "’s"})
NP_PREPOSITIONS = frozenset({"of", "from", "in", "at", "for"})
POSSESSIVES = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my"})
# Words that end a search for a speaker: never the head of one.
HEAD_STOP = frozenset(
    words(
        "which that who whom what this these those there here and but or has have had was is are"
        " were be been being also not never then once later as so than when while where whether if"
        " because after before since until into onto upon with without about against between"
        " during through over under again only just even still already yet too very really to by"
        " on off out up down all both each every any few more most other some such own same can"
        " could may might must shall should will would did does done time year years week day days"
        " last next first night morning evening afternoon ago although though whereas unless"
        " whilst however meanwhile nevertheless instead"
    )
)
DETERMINERS = frozenset({"the", "a", "an", "and", "of", "for"})
FUNCTION_CAPS = frozenset(
    words(
        "in on but and yesterday today however meanwhile also earlier later last separately"
        " speaking asked after when while as at the this that then so still now thursday friday"
        " monday tuesday wednesday saturday sunday instead having holding because if although"
        " though since before during despite with without for from by until once among amid"
        " hours days weeks months years minutes moments"
    )
)
