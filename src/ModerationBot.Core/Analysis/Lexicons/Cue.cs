namespace ModerationBot.Core.Analysis.Lexicons;

/// <summary>What a lexicon word or phrase signals; names match the <c>cue</c> values in the lexicon files (snake_case).</summary>
internal enum Cue
{
    Violence,
    ViolenceNoun,
    Veiled,
    Harm,
    Proximity,
    Presence,
    Intransitive,
    WriterGroup,
    Frame,
    PersonRef,
    Comparison,
    Intent,
    InanimateSubject,
    Wish,
    Negation,
    Report,
    Idiom,
    FirstPerson,
    SecondPerson,
    SecondPersonPlural,
    ThirdPerson,
    Relation,
    Staff,
    Politician,
    Organisation,
    Group,
    Copula,
    Sensitive,
    InsultNoun,
    InsultWeak,
    InsultFrame,
    Profanity,
    Slur,
    Dehumanising,
    Harassment,
    Defamation,
    Incitement,
    Copyright,
    Disinformation,
    Confidential,
    SexualContent,
    Commercial,
    Spam,
    Praise,
    Criticism,
    Sarcasm,
    Question,
    Exposed,
    Routine,
    Menace,
    Insinuation,
    Watch,
    Benign,

    /// <summary>Ignition and flammability ("tändsticka", "en gnista", "brandfarligt", "flammable", "one match"): menace next to property.</summary>
    Fire,

    /// <summary>The writer's own agency or promise ("det ser vi till", "det lovar jag", "if I have my way", "mark my words").</summary>
    Agency,

    /// <summary>A place that pins a person down ("förskola", "skolan", "klass", "nursery"): with the target's family it discloses private knowledge.</summary>
    Locator,

    /// <summary>Where someone lives, sleeps or parks ("bor", "lives", "sover"): with "var"/"where"/"vilken" before it, the person's home.</summary>
    Dwell,

    /// <summary>Peace or quiet ("lugna nätter", "quiet weekends"): menace only when denied ("inte", "won't").</summary>
    Calm,

    /// <summary>A match, race or tournament ("i finalen", "in the cup final"): violence done in it is sport talk.</summary>
    Sport,

    /// <summary>A vehicle used as a weapon ("kör över", "run you over", wt 1) or a vehicle ("traktorn", "truck", wt below 1).</summary>
    Vehicle,

    /// <summary>Suffering or misfortune ("lida", "råka ut för", "karma", "lose your house"): with a wish at a target, a low-severity ill wish.</summary>
    Misfortune,

    /// <summary>Protective advice before an event or a planned surprise ("ta med hjälm", "bring a helmet", "something special planned").</summary>
    Ominous,

    /// <summary>An activity where protective gear is ordinary ("cykla", "skridskor", "bike", "construction"): no ominous hint.</summary>
    Activity,

    /// <summary>Belonging to a body ("med i", "medlem i", "röstade på", "member of"): before a party, union or faith community named in a <c>sensitive</c> entry with wt below 1, the membership is special-category data.</summary>
    Membership,

    /// <summary>
    /// A report of danger to others that breaks no rule itself but needs a person: wt 0.7 a sign (filming or
    /// photographing, "samma person", a fake account, a prize by DM), which with another sign or an object of wt 0.3
    /// (children, pupils, an account) in the sentence makes a concern; wt 0.25 a channel the writer heard something
    /// through ("fick ett sms", "commented") that counts only next to a threat word (a threat retold).
    /// </summary>
    Concern,

    /// <summary>A game, farm or wild animal ("vargen", "älg", "fåren", "the moose"): as the object of a violent verb it is hunting or farming talk.</summary>
    Animal,
}
